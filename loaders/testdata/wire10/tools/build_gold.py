#!/usr/bin/env python3
"""Build the gold annotations of the wire10 evaluation set.

Every entity and fact of every article lives in this one file. Running it writes
gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl next to corpus/, in the format of
/work/shared/gold/README.md, and reports every evidence string, page string (articles,
not_articles) or fact argument that cannot be found. Exit status 1 if anything is missing.

usage: build_gold.py [SET_DIR]        (default: the parent of this tools/ folder)
"""
import json
import os
import sys

# ---------------------------------------------------------------------------
# helpers


def ent(name, kind, aliases, date=None):
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e


def P(name, *aliases):
    return ent(name, "Person", aliases)


def S(name, *aliases):
    return ent(name, "State", aliases)


def O(name, *aliases):
    return ent(name, "Organization", aliases)


def L(name, *aliases):
    return ent(name, "Place", aliases)


def A(name, *aliases, date=None):
    return ent(name, "Agreement", aliases, date)


def F(subject, predicate, obj, date, evidence, alleged=False):
    f = {"subject": subject, "predicate": predicate, "object": obj, "date": date, "evidence": evidence}
    if alleged:
        f["modality"] = "alleged"
    return f


def R(person, org, evidence):
    """represents: a person speaks or acts for a state or organization (no date)."""
    return F(person, "represents", org, "", evidence)


# ---------------------------------------------------------------------------
# entities shared by several articles (same canonical name and alias list everywhere)

US = S("United States", "US", "U.S.", "USA", "United States of America", "America", "American",
       "Washington", "the White House", "White House")
UK = S("United Kingdom", "UK", "U.K.", "Britain", "British", "Great Britain", "Britons", "London",
       "Downing Street")
RUSSIA = S("Russia", "Russian", "Russian Federation", "Moscow", "the Kremlin", "Kremlin")
UKRAINE = S("Ukraine", "Ukrainian", "Kiev", "Kyiv")
CHINA = S("China", "Chinese", "People's Republic of China", "Beijing")
INDIA = S("India", "Indian", "Republic of India", "New Delhi")
IRAN = S("Iran", "Iranian", "Islamic Republic of Iran", "Tehran")
IRAQ = S("Iraq", "Iraqi")
SYRIA = S("Syria", "Syrian", "Syrian Arab Republic", "Damascus")
ISRAEL = S("Israel", "Israeli", "State of Israel")
TURKEY = S("Turkey", "Turkish", "Turkiye", "Ankara")
GREECE = S("Greece", "Greek", "Athens", "Athens junta")
FRANCE = S("France", "French")
GERMANY = S("Germany", "German")
SOUTH_AFRICA = S("South Africa", "South African")
EU = O("European Union", "EU", "E.U.", "the bloc")
UN = O("United Nations", "UN", "U.N.")
UNSC = O("UN Security Council", "Security Council", "U.N. Security Council", "United Nations Security Council")
NATO = O("NATO", "Nato", "North Atlantic Treaty Organization")
AU = O("African Union", "AU")
EUROPEAN_COUNCIL = O("European Council")
EUROPEAN_COMMISSION = O("European Commission")
REUTERS = O("Reuters", "Reuter")
AFP = O("AFP", "Agence France-Presse")
BRUSSELS = L("Brussels")
TRUMP = P("Donald Trump", "Trump", "President Donald Trump", "President Trump", "Donald J. Trump")
PUTIN = P("Vladimir Putin", "Putin", "Russian Prime Minister Vladimir Putin")

# ---------------------------------------------------------------------------
# the articles

SET = []

# 01 --------------------------------------------------------------------------
SET.append(dict(
    slug="01_uk-invokes-article-50",
    entities=[
        UK, EU, EUROPEAN_COUNCIL, EUROPEAN_COMMISSION, GERMANY, REUTERS,
        O("House of Commons", "Commons"),
        O("Scottish Parliament", "Holyrood"),
        O("Scottish National Party", "SNP"),
        A("Article 50", "Article 50 of the Lisbon Treaty", "Article 50 of the Treaty on European Union",
          "Article 50 TEU"),
        A("Treaty of Lisbon", "Lisbon Treaty", "European Union's Lisbon Treaty", date="2007-12-13"),
        P("Theresa May", "May", "Prime Minister Theresa May", "Mrs May"),
        P("Tim Barrow", "Sir Tim Barrow", "Barrow"),
        P("Donald Tusk", "Tusk", "European Council President Donald Tusk"),
        P("Angela Merkel", "Merkel", "German Chancellor Angela Merkel"),
        P("Michel Barnier", "Barnier"),
        P("David Davis", "Davis", "Brexit Secretary David Davis"),
        P("Nicola Sturgeon", "Sturgeon"),
        BRUSSELS,
        L("Glasgow"),
        L("Scotland"),
        L("Europa building"),
    ],
    facts=[
        F("United Kingdom", "invoked", "Article 50", "2017-03-29",
          "Britain formally invoked Article 50 of the European Union's Lisbon Treaty on Wednesday"),
        F("Theresa May", "invoked", "Article 50", "2017-03-29",
          "May told the House of Commons that she had triggered Article 50"),
        F("Tim Barrow", "met_with", "Donald Tusk", "2017-03-29",
          "Sir Tim Barrow, Britain's permanent representative to the EU, handed it in person to European "
          "Council President Donald Tusk shortly after 1120 GMT"),
        F("Theresa May", "met_with", "Nicola Sturgeon", "2017-03-27",
          "On Monday May travelled to Glasgow, where she held talks for about an hour with Nicola Sturgeon"),
        R("Theresa May", "United Kingdom", "Prime Minister Theresa May"),
        R("Tim Barrow", "United Kingdom", "Sir Tim Barrow, Britain's permanent representative to the EU"),
        R("Donald Tusk", "European Council", "European Council President Donald Tusk"),
        R("Angela Merkel", "Germany", "German Chancellor Angela Merkel"),
        R("Michel Barnier", "European Commission", "Michel Barnier, the European Commission's chief negotiator"),
        R("David Davis", "United Kingdom", "Brexit Secretary David Davis"),
        R("Nicola Sturgeon", "Scottish National Party",
          "Nicola Sturgeon, Scotland's first minister and leader of the Scottish National Party (SNP)"),
    ],
))

# 02 --------------------------------------------------------------------------
SET.append(dict(
    slug="02_sudan-south-sudan-addis-agreements",
    entities=[
        S("Sudan", "Sudanese", "Republic of the Sudan", "Khartoum"),
        S("South Sudan", "South Sudanese", "Republic of South Sudan", "Juba"),
        S("Ethiopia", "Ethiopian"),
        SOUTH_AFRICA, AU, UNSC, AFP,
        O("AU High-Level Implementation Panel", "African Union High-Level Implementation Panel", "AUHIP"),
        A("Sudan-South Sudan Cooperation Agreement", "cooperation agreement", "Cooperation Agreement",
          "2012 Cooperation Agreement", date="2012-09-27"),
        A("Agreement on Security Arrangements", "accord on security arrangements",
          "security arrangements agreement", date="2012-09-27"),
        P("Omar al-Bashir", "Bashir", "al-Bashir", "Omar Hassan al-Bashir", "President Omar al-Bashir"),
        P("Salva Kiir", "Kiir", "Salva Kiir Mayardit"),
        P("Thabo Mbeki", "Mbeki"),
        P("Abdel Rahim Mohammed Hussein", "Abdel Rahim Mohammed Hussain"),
        P("John Kong Nyuon", "Kong Nyuon"),
        P("Hailemariam Desalegn", "Hailemariam", "Ethiopian Prime Minister Hailemariam Desalegn"),
        L("Addis Ababa", "the Ethiopian capital"),
        L("Heglig", "Heglig oilfield"),
        L("Rubkona"),
        L("Bentiu"),
        L("Unity State"),
        L("Abyei", "Abyei region"),
    ],
    facts=[
        F("Omar al-Bashir", "signed", "Sudan-South Sudan Cooperation Agreement", "2012-09-27",
          "Sudan's President Omar al-Bashir and his South Sudanese counterpart Salva Kiir put their signatures "
          "to an overarching cooperation agreement"),
        F("Salva Kiir", "signed", "Sudan-South Sudan Cooperation Agreement", "2012-09-27",
          "Sudan's President Omar al-Bashir and his South Sudanese counterpart Salva Kiir put their signatures "
          "to an overarching cooperation agreement"),
        F("Sudan", "signed", "Sudan-South Sudan Cooperation Agreement", "2012-09-27",
          "Under the deals signed by Khartoum and Juba"),
        F("South Sudan", "signed", "Sudan-South Sudan Cooperation Agreement", "2012-09-27",
          "Under the deals signed by Khartoum and Juba"),
        F("Abdel Rahim Mohammed Hussein", "signed", "Agreement on Security Arrangements", "2012-09-27",
          "the two defence ministers, Abdel Rahim Mohammed Hussein of Sudan and John Kong Nyuon of South Sudan, "
          "had signed a separate accord on security arrangements"),
        F("John Kong Nyuon", "signed", "Agreement on Security Arrangements", "2012-09-27",
          "the two defence ministers, Abdel Rahim Mohammed Hussein of Sudan and John Kong Nyuon of South Sudan, "
          "had signed a separate accord on security arrangements"),
        F("AU High-Level Implementation Panel", "mediated", "Sudan-South Sudan Cooperation Agreement", "2012-09",
          "The deal was brokered by the AU High-Level Implementation Panel"),
        F("Thabo Mbeki", "mediated", "Sudan-South Sudan Cooperation Agreement", "2012-09",
          "Mbeki, the AU's chief mediator, told the ceremony"),
        F("Thabo Mbeki", "led", "AU High-Level Implementation Panel", "",
          "the AU High-Level Implementation Panel, which former South African president Thabo Mbeki leads"),
        F("South Sudan", "attacked", "Heglig", "2012-04",
          "South Sudanese troops attacked and briefly occupied the Heglig oilfield"),
        F("Sudan", "struck", "Rubkona", "2012-04-23",
          "On April 23 Sudanese MiG-29 jets bombed a market in Rubkona"),
        F("Omar al-Bashir", "met_with", "Salva Kiir", "2012-07",
          "Bashir and Kiir first met again face to face in July, on the sidelines of an AU summit in the "
          "Ethiopian capital"),
        R("Omar al-Bashir", "Sudan", "Sudan's President Omar al-Bashir"),
        R("Salva Kiir", "South Sudan", "his South Sudanese counterpart Salva Kiir"),
        R("Abdel Rahim Mohammed Hussein", "Sudan", "Abdel Rahim Mohammed Hussein of Sudan"),
        R("John Kong Nyuon", "South Sudan", "John Kong Nyuon of South Sudan"),
        R("Thabo Mbeki", "African Union", "Mbeki, the AU's chief mediator"),
        R("Hailemariam Desalegn", "Ethiopia", "Ethiopian Prime Minister Hailemariam Desalegn"),
    ],
))

# 03 --------------------------------------------------------------------------
SET.append(dict(
    slug="03_turkey-invades-cyprus-1974",
    entities=[
        TURKEY, GREECE, UK, US, UN, UNSC,
        S("Cyprus", "Cypriot", "Republic of Cyprus"),
        O("Cypriot National Guard", "National Guard", "Greek Cypriot National Guard"),
        O("Turkish Air Force"),
        A("Treaty of Guarantee", "1960 Treaty of Guarantee", "Article IV of the 1960 Treaty of Guarantee",
          "Treaty of Guarantee of 1960", date="1960-08-16"),
        P("Makarios III", "Makarios", "Archbishop Makarios", "President Makarios"),
        P("Bulent Ecevit", "Ecevit", "Bülent Ecevit", "Premier Bulent Ecevit", "Mr. Ecevit", "the Turkish Premier"),
        P("Harold Wilson", "Wilson", "Prime Minister Harold Wilson"),
        P("James Callaghan", "Callaghan", "Foreign Secretary James Callaghan"),
        P("Joseph J. Sisco", "Joseph Sisco", "Sisco", "Mr. Sisco"),
        P("Henry Kissinger", "Henry A. Kissinger", "Kissinger"),
        P("Nikos Sampson", "Sampson", "Nicos Sampson"),
        L("Nicosia"),
        L("Kyrenia"),
        L("New York"),
        L("British sovereign base areas", "Sovereign Base Areas"),
    ],
    facts=[
        F("Turkey", "attacked", "Cyprus", "1974-07-20",
          "Turkish forces invaded Cyprus from the sea and the air at dawn today"),
        F("Turkey", "struck", "Kyrenia", "1974-07-20",
          "Throughout the day Turkish Air Force jets pounded National Guard positions around Kyrenia"),
        F("Turkish Air Force", "struck", "Kyrenia", "1974-07-20",
          "Throughout the day Turkish Air Force jets pounded National Guard positions around Kyrenia"),
        F("Turkey", "invoked", "Treaty of Guarantee", "1974-07-20",
          "The Turkish Government said it was invoking Article IV of the 1960 Treaty of Guarantee"),
        F("Greece", "violated", "Treaty of Guarantee", "1974-07",
          "Mr. Ecevit has argued all week that the coup, engineered by the military regime in Athens, was a "
          "violation of the international treaties on which the independence of Cyprus rests", alleged=True),
        F("Greece", "attacked", "Cyprus", "1974-07-15",
          "had told the Council in New York on Friday that the coup was nothing less than an invasion of his "
          "country by the Athens junta", alleged=True),
        F("Bulent Ecevit", "met_with", "Harold Wilson", "1974-07-17",
          "On Wednesday Mr. Ecevit flew to London for talks over dinner with Prime Minister Harold Wilson and "
          "Foreign Secretary James Callaghan"),
        F("Bulent Ecevit", "met_with", "James Callaghan", "1974-07-17",
          "On Wednesday Mr. Ecevit flew to London for talks over dinner with Prime Minister Harold Wilson and "
          "Foreign Secretary James Callaghan"),
        F("Joseph J. Sisco", "met_with", "Bulent Ecevit", "1974-07-18",
          "Mr. Sisco held two rounds of talks with the Turkish Premier in London on Thursday"),
        R("Bulent Ecevit", "Turkey", "Premier Bulent Ecevit"),
        R("Harold Wilson", "United Kingdom", "Prime Minister Harold Wilson"),
        R("James Callaghan", "United Kingdom", "Foreign Secretary James Callaghan"),
        R("Joseph J. Sisco", "United States", "Joseph J. Sisco, the American Under Secretary of State"),
        R("Henry Kissinger", "United States", "Secretary of State Henry A. Kissinger"),
        R("Makarios III", "Cyprus", "overthrew President Makarios"),
    ],
))

# 04 --------------------------------------------------------------------------
SET.append(dict(
    slug="04_galwan-valley-clash-analysis",
    entities=[
        INDIA, CHINA,
        O("Indian Army", "Indian Army's 14 Corps"),
        O("People's Liberation Army", "PLA", "Chinese People's Liberation Army"),
        O("16th Battalion of the Bihar Regiment", "16 Bihar", "16th Bihar"),
        O("Indian external affairs ministry", "India's external affairs ministry", "Ministry of External Affairs",
          "MEA"),
        O("Chinese foreign ministry", "Ministry of Foreign Affairs of China"),
        A("June 6 disengagement understanding", "June 6 understanding", "the June 6 understanding",
          "June 6 consensus", "commander-level consensus", "consensus of the two sides", date="2020-06-06"),
        A("1993 Agreement on Maintenance of Peace and Tranquillity",
          "agreement on the maintenance of peace and tranquillity along the LAC",
          "Agreement on the Maintenance of Peace and Tranquillity along the Line of Actual Control",
          "1993 agreement", date="1993-09-07"),
        A("1996 Agreement on Confidence-Building Measures",
          "accord, on confidence-building measures in the military field",
          "Agreement on Confidence-Building Measures in the Military Field along the Line of Actual Control",
          "1996 agreement", "1996 text", date="1996-11-29"),
        P("Harinder Singh", "Lieutenant General Harinder Singh", "Lt Gen Harinder Singh"),
        P("Liu Lin", "Major General Liu Lin", "Lin Liu"),
        P("S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister S. Jaishankar"),
        P("Wang Yi", "Wang"),
        P("Anurag Srivastava", "Srivastava"),
        P("Zhao Lijian", "Zhao"),
        P("P. V. Narasimha Rao", "Narasimha Rao", "Prime Minister P. V. Narasimha Rao"),
        P("Jiang Zemin", "Jiang"),
        P("Narendra Modi", "Modi", "Prime Minister Narendra Modi"),
        P("Rajnath Singh", "Defence Minister Rajnath Singh"),
        P("B. Santosh Babu", "Santosh Babu", "Colonel B. Santosh Babu"),
        L("Ladakh", "eastern Ladakh"),
        L("Galwan Valley", "Galwan valley", "Galwan", "Galwan river"),
        L("Line of Actual Control", "LAC"),
        L("Moldo"),
        L("Chushul", "Chushul sector"),
        L("South Xinjiang military region"),
        L("Pangong lake", "Pangong Tso"),
        L("Telangana"),
    ],
    facts=[
        F("Harinder Singh", "met_with", "Liu Lin", "2020-06-06",
          "Lieutenant General Harinder Singh, commander of the Indian Army's 14 Corps, sat down with Major "
          "General Liu Lin"),
        F("China", "violated", "June 6 disengagement understanding", "2020-06-15",
          "the Indian readout accused Beijing of a breach of the June 6 understanding", alleged=True),
        F("India", "violated", "June 6 disengagement understanding", "2020-06-15",
          "Chinese foreign ministry spokesman Zhao Lijian said Indian troops had \"severely violated\" the "
          "consensus of the two sides", alleged=True),
        F("India", "attacked", "China", "2020-06-15",
          "Indian troops had \"severely violated\" the consensus of the two sides, crossed the line twice and "
          "provoked and attacked Chinese personnel", alleged=True),
        F("China", "attacked", "India", "2020-06-15",
          "Chinese soldiers had set upon an Indian patrol with stones and clubs wrapped in barbed wire",
          alleged=True),
        F("India", "signed", "1993 Agreement on Maintenance of Peace and Tranquillity", "1993-09",
          "India and China signed an agreement on the maintenance of peace and tranquillity along the LAC"),
        F("China", "signed", "1993 Agreement on Maintenance of Peace and Tranquillity", "1993-09",
          "India and China signed an agreement on the maintenance of peace and tranquillity along the LAC"),
        F("India", "signed", "1996 Agreement on Confidence-Building Measures", "1996-11",
          "the two countries signed a second accord, on confidence-building measures in the military field, "
          "in New Delhi"),
        F("China", "signed", "1996 Agreement on Confidence-Building Measures", "1996-11",
          "the two countries signed a second accord, on confidence-building measures in the military field, "
          "in New Delhi"),
        F("B. Santosh Babu", "led", "16th Battalion of the Bihar Regiment", "",
          "Colonel B. Santosh Babu, who led the 16th Battalion of the Bihar Regiment"),
        R("Harinder Singh", "Indian Army",
          "Lieutenant General Harinder Singh, commander of the Indian Army's 14 Corps"),
        R("Liu Lin", "People's Liberation Army",
          "Major General Liu Lin, commander of the People's Liberation Army's South Xinjiang military region"),
        R("S. Jaishankar", "India", "External Affairs Minister S. Jaishankar"),
        R("Wang Yi", "China", "his Chinese counterpart, Wang Yi"),
        R("Anurag Srivastava", "India", "Anurag Srivastava, spokesman for India's external affairs ministry"),
        R("Zhao Lijian", "China", "Chinese foreign ministry spokesman Zhao Lijian"),
        R("P. V. Narasimha Rao", "India", "Prime Minister P. V. Narasimha Rao"),
        R("Jiang Zemin", "China", "a Chinese president, Jiang Zemin"),
        R("Narendra Modi", "India", "Prime Minister Narendra Modi"),
        R("Rajnath Singh", "India", "Defence Minister Rajnath Singh"),
    ],
))

# 05 --------------------------------------------------------------------------
SET.append(dict(
    slug="05_lome-peace-agreement-sierra-leone",
    entities=[
        S("Sierra Leone", "Sierra Leonean", "Government of Sierra Leone"),
        S("Togo", "Togolese", "Togolese Republic"),
        S("Burkina Faso"),
        S("Liberia"),
        S("Nigeria"),
        US, UN,
        O("Revolutionary United Front", "RUF", "Revolutionary United Front of Sierra Leone", "RUF/SL"),
        O("Armed Forces Revolutionary Council", "AFRC"),
        O("Economic Community of West African States", "ECOWAS"),
        O("ECOMOG", "ECOWAS Monitoring Group"),
        O("Organization of African Unity", "OAU"),
        O("Commonwealth", "Commonwealth of Nations"),
        O("Xinhua", "Xinhua News Agency"),
        A("Lome Peace Agreement", "Lomé Peace Agreement", "Lome Peace Accord", "Lomé Peace Accord",
          "Lome Agreement", date="1999-07-07"),
        A("Lome ceasefire agreement", "Lomé ceasefire agreement", "May 18 ceasefire", date="1999-05-18"),
        A("Abidjan Peace Accord", "Abidjan accord", "Abidjan Peace Agreement", date="1996-11-30"),
        P("Ahmad Tejan Kabbah", "Kabbah", "Ahmed Tejan Kabbah", "President Ahmad Tejan Kabbah"),
        P("Foday Sankoh", "Sankoh", "Foday Saybana Sankoh", "Corporal Foday Sankoh"),
        P("Gnassingbe Eyadema", "Eyadema", "Gnassingbé Eyadéma", "Togolese President Gnassingbe Eyadema"),
        P("Blaise Compaore", "Compaore", "Blaise Compaoré"),
        P("Charles Taylor", "Taylor"),
        P("Olusegun Obasanjo", "Obasanjo"),
        P("Francis Okelo", "Okelo"),
        P("Jesse Jackson", "Jackson", "Rev. Jesse Jackson"),
        P("Omrie Golley", "Golley"),
        P("Felix Mujakperuo", "Mujakperuo", "Major General Felix Mujakperuo"),
        P("Solomon Berewa", "Berewa", "Attorney General Solomon Berewa"),
        L("Lome", "Lomé", "the Togolese capital"),
        L("Freetown"),
        L("Magburaka"),
        L("Okra Hill"),
        L("Abidjan"),
    ],
    facts=[
        F("Ahmad Tejan Kabbah", "signed", "Lome Peace Agreement", "1999-07-07",
          "Sierra Leonean President Ahmad Tejan Kabbah and Foday Sankoh, leader of the rebel Revolutionary "
          "United Front (RUF), signed a peace agreement here on Wednesday"),
        F("Foday Sankoh", "signed", "Lome Peace Agreement", "1999-07-07",
          "Sierra Leonean President Ahmad Tejan Kabbah and Foday Sankoh, leader of the rebel Revolutionary "
          "United Front (RUF), signed a peace agreement here on Wednesday"),
        F("Gnassingbe Eyadema", "mediated", "Lome Peace Agreement", "1999",
          "after six weeks of negotiations brokered by Togolese President Gnassingbe Eyadema"),
        F("Blaise Compaore", "signed", "Lome Peace Agreement", "1999-07-07",
          "Presidents Blaise Compaore of Burkina Faso, Charles Taylor of Liberia and Olusegun Obasanjo of "
          "Nigeria, together with Eyadema, also put their signatures to the document as witnesses"),
        F("Charles Taylor", "signed", "Lome Peace Agreement", "1999-07-07",
          "Presidents Blaise Compaore of Burkina Faso, Charles Taylor of Liberia and Olusegun Obasanjo of "
          "Nigeria, together with Eyadema, also put their signatures to the document as witnesses"),
        F("Olusegun Obasanjo", "signed", "Lome Peace Agreement", "1999-07-07",
          "Presidents Blaise Compaore of Burkina Faso, Charles Taylor of Liberia and Olusegun Obasanjo of "
          "Nigeria, together with Eyadema, also put their signatures to the document as witnesses"),
        F("Gnassingbe Eyadema", "signed", "Lome Peace Agreement", "1999-07-07",
          "Presidents Blaise Compaore of Burkina Faso, Charles Taylor of Liberia and Olusegun Obasanjo of "
          "Nigeria, together with Eyadema, also put their signatures to the document as witnesses"),
        F("United Nations", "signed", "Lome Peace Agreement", "1999-07-07",
          "as did representatives of the United Nations and the Organization of African Unity (OAU)"),
        F("Organization of African Unity", "signed", "Lome Peace Agreement", "1999-07-07",
          "as did representatives of the United Nations and the Organization of African Unity (OAU)"),
        F("Francis Okelo", "signed", "Lome Peace Agreement", "1999-07-07",
          "Francis Okelo, signed the agreement with a written reservation"),
        F("Ahmad Tejan Kabbah", "met_with", "Foday Sankoh", "1999-05-18",
          "Kabbah met Sankoh in Lome on May 18 in the presence of Eyadema and U.S. special envoy Jesse Jackson"),
        # Eyadema and Jackson were at that meeting (cf. devset Oslo: presence at the encounter counts)
        F("Gnassingbe Eyadema", "met_with", "Ahmad Tejan Kabbah", "1999-05-18",
          "Kabbah met Sankoh in Lome on May 18 in the presence of Eyadema and U.S. special envoy Jesse Jackson"),
        F("Gnassingbe Eyadema", "met_with", "Foday Sankoh", "1999-05-18",
          "Kabbah met Sankoh in Lome on May 18 in the presence of Eyadema and U.S. special envoy Jesse Jackson"),
        F("Jesse Jackson", "met_with", "Ahmad Tejan Kabbah", "1999-05-18",
          "Kabbah met Sankoh in Lome on May 18 in the presence of Eyadema and U.S. special envoy Jesse Jackson"),
        F("Jesse Jackson", "met_with", "Foday Sankoh", "1999-05-18",
          "Kabbah met Sankoh in Lome on May 18 in the presence of Eyadema and U.S. special envoy Jesse Jackson"),
        F("Ahmad Tejan Kabbah", "signed", "Lome ceasefire agreement", "1999-05-18",
          "the two men signed a ceasefire that took effect on May 24"),
        F("Foday Sankoh", "signed", "Lome ceasefire agreement", "1999-05-18",
          "the two men signed a ceasefire that took effect on May 24"),
        F("Revolutionary United Front", "attacked", "Magburaka", "1999-05-24",
          "ECOMOG said its troops came under rebel attack around Magburaka", alleged=True),
        F("ECOMOG", "violated", "Lome ceasefire agreement", "1999-05-24",
          "Omrie Golley, blamed ECOMOG helicopter gunships for a breach of the ceasefire near the same town",
          alleged=True),
        F("Revolutionary United Front", "violated", "Lome ceasefire agreement", "1999-05",
          "Major General Felix Mujakperuo later complained of violations of the ceasefire by the rebels", alleged=True),
        F("Ahmad Tejan Kabbah", "signed", "Abidjan Peace Accord", "1996-11",
          "Kabbah and Sankoh signed an earlier accord in Abidjan in November 1996"),
        F("Foday Sankoh", "signed", "Abidjan Peace Accord", "1996-11",
          "Kabbah and Sankoh signed an earlier accord in Abidjan in November 1996"),
        F("Revolutionary United Front", "attacked", "Freetown", "1999-01",
          "In January this year the RUF and its allies in the Armed Forces Revolutionary Council (AFRC) "
          "attacked Freetown"),
        F("Armed Forces Revolutionary Council", "attacked", "Freetown", "1999-01",
          "In January this year the RUF and its allies in the Armed Forces Revolutionary Council (AFRC) "
          "attacked Freetown"),
        R("Ahmad Tejan Kabbah", "Sierra Leone", "Sierra Leonean President Ahmad Tejan Kabbah"),
        R("Foday Sankoh", "Revolutionary United Front",
          "Foday Sankoh, leader of the rebel Revolutionary United Front (RUF)"),
        R("Gnassingbe Eyadema", "Togo", "Togolese President Gnassingbe Eyadema"),
        R("Gnassingbe Eyadema", "Economic Community of West African States",
          "the current chairman of the Economic Community of West African States (ECOWAS)"),
        R("Blaise Compaore", "Burkina Faso", "Presidents Blaise Compaore of Burkina Faso"),
        R("Charles Taylor", "Liberia", "Charles Taylor of Liberia"),
        R("Olusegun Obasanjo", "Nigeria", "Olusegun Obasanjo of Nigeria"),
        R("Francis Okelo", "United Nations", "The UN special representative for Sierra Leone, Francis Okelo"),
        R("Jesse Jackson", "United States", "U.S. special envoy Jesse Jackson"),
        R("Omrie Golley", "Revolutionary United Front", "the RUF's legal spokesman, Omrie Golley"),
        R("Felix Mujakperuo", "ECOMOG", "ECOMOG force commander Major General Felix Mujakperuo"),
        R("Solomon Berewa", "Sierra Leone",
          "The government delegation at the talks was headed by Attorney General Solomon Berewa."),
    ],
))

# 06 --------------------------------------------------------------------------
SET.append(dict(
    slug="06_ohrid-framework-agreement",
    entities=[
        S("Macedonia", "Macedonian", "Republic of Macedonia", "North Macedonia", "FYROM", "Skopje"),
        S("Albania"),
        EU, US, NATO, UK, FRANCE, GERMANY,
        S("Italy"),
        O("VMRO-DPMNE",
          "Internal Macedonian Revolutionary Organization-Democratic Party for Macedonian National Unity"),
        O("Social Democratic Union of Macedonia", "SDSM"),
        O("Democratic Party of Albanians", "DPA"),
        O("Party for Democratic Prosperity", "PDP"),
        O("National Liberation Army", "NLA"),
        O("US State Department", "State Department", "U.S. Department of State"),
        O("Assembly of the Republic of Macedonia", "Macedonian parliament", "Sobranie"),
        O("Operation Essential Harvest", "Task Force Harvest"),
        O("Associated Press", "AP"),
        A("Ohrid Framework Agreement", "Ohrid Agreement", "framework agreement", "Ohrid accord", "OFA",
          date="2001-08-13"),
        P("Boris Trajkovski", "Trajkovski", "President Boris Trajkovski"),
        P("Ljubco Georgievski", "Georgievski", "Ljubčo Georgievski", "Prime Minister Ljubco Georgievski"),
        P("Branko Crvenkovski", "Crvenkovski"),
        P("Arben Xhaferi", "Xhaferi"),
        P("Imer Imeri", "Imeri"),
        P("Francois Leotard", "Leotard", "François Léotard"),
        P("James Pardew", "Pardew", "James W. Pardew"),
        P("George Robertson", "Lord Robertson", "Robertson", "NATO Secretary-General Lord Robertson"),
        P("Javier Solana", "Solana"),
        P("Ali Ahmeti", "Ahmeti"),
        P("Ljube Boskovski", "Boskovski", "Interior Minister Ljube Boskovski"),
        P("Philip Reeker", "Reeker"),
        P("George W. Bush", "Bush", "President Bush"),
        L("Ohrid"),
        L("Debar", "Debar region"),
        BRUSSELS,
    ],
    facts=[
        F("Boris Trajkovski", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "Trajkovski signed it together with the leaders of the country's four largest parties"),
        F("Ljubco Georgievski", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "Trajkovski signed it together with the leaders of the country's four largest parties: Prime Minister "
          "Ljubco Georgievski"),
        F("Branko Crvenkovski", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "Branko Crvenkovski of the opposition Social Democratic Union of Macedonia, known as SDSM"),
        F("Arben Xhaferi", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "Arben Xhaferi of the Democratic Party of Albanians (DPA)"),
        F("Imer Imeri", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "and Imer Imeri of the Party for Democratic Prosperity (PDP)"),
        F("Francois Leotard", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "the two mediators, Francois Leotard for the EU and James Pardew for Washington, also put their names "
          "to the document"),
        F("James Pardew", "signed", "Ohrid Framework Agreement", "2001-08-13",
          "the two mediators, Francois Leotard for the EU and James Pardew for Washington, also put their names "
          "to the document"),
        F("European Union", "mediated", "Ohrid Framework Agreement", "2001-08",
          "The accord was brokered by the European Union and the United States"),
        F("United States", "mediated", "Ohrid Framework Agreement", "2001-08",
          "The accord was brokered by the European Union and the United States"),
        F("Francois Leotard", "mediated", "Ohrid Framework Agreement", "2001-08",
          "the two mediators, Francois Leotard for the EU and James Pardew for Washington"),
        F("James Pardew", "mediated", "Ohrid Framework Agreement", "2001-08",
          "said Pardew, who helped broker the accord."),
        F("Ali Ahmeti", "led", "National Liberation Army", "",
          "Ali Ahmeti, who leads the NLA"),
        F("National Liberation Army", "attacked", "Debar", "2001-08-13",
          "Interior Minister Ljube Boskovski said guerrillas had attacked a border post in the Debar region",
          alleged=True),
        R("Boris Trajkovski", "Macedonia", "President Boris Trajkovski"),
        R("Ljubco Georgievski", "Macedonia", "Prime Minister Ljubco Georgievski"),
        R("Ljubco Georgievski", "VMRO-DPMNE",
          "Ljubco Georgievski of the Internal Macedonian Revolutionary Organization-Democratic Party for "
          "Macedonian National Unity, or VMRO-DPMNE"),
        R("Branko Crvenkovski", "Social Democratic Union of Macedonia",
          "Branko Crvenkovski of the opposition Social Democratic Union of Macedonia"),
        R("Arben Xhaferi", "Democratic Party of Albanians", "Arben Xhaferi of the Democratic Party of Albanians"),
        R("Imer Imeri", "Party for Democratic Prosperity", "Imer Imeri of the Party for Democratic Prosperity"),
        R("Francois Leotard", "European Union", "Francois Leotard for the EU"),
        R("James Pardew", "United States", "James Pardew for Washington"),
        R("George Robertson", "NATO", "NATO Secretary-General Lord Robertson"),
        R("Javier Solana", "European Union", "Javier Solana, the EU's foreign policy chief"),
        R("Ljube Boskovski", "Macedonia", "Interior Minister Ljube Boskovski"),
        R("Philip Reeker", "United States", "State Department spokesman Philip Reeker"),
        R("George W. Bush", "United States", "President Bush called the signing"),
    ],
))

# 07 --------------------------------------------------------------------------
SET.append(dict(
    slug="07_indonesia-annexes-east-timor-1976",
    entities=[
        S("Indonesia", "Indonesian", "Republic of Indonesia", "Jakarta"),
        S("Portugal", "Portuguese", "Portuguese Government", "Lisbon"),
        S("Australia"),
        S("Netherlands", "Dutch"),
        L("West Irian", "West New Guinea", "Dutch New Guinea", "West Papua"),
        L("East Timor", "Portuguese Timor", "Timor-Leste", "Timor Timur", "Timorese"),
        UN, UNSC, REUTERS,
        O("UN General Assembly", "U.N. General Assembly", "General Assembly"),
        O("Provisional Government of East Timor", "PGET"),
        O("Popular Assembly", "East Timor Popular Assembly"),
        O("Fretilin", "Revolutionary Front for an Independent East Timor"),
        O("Indonesian Parliament", "DPR"),
        A("Balibo Declaration", "declaration issued at Balibo", date="1975-11-30"),
        P("Suharto", "President Suharto", "Soeharto"),
        P("Arnaldo dos Reis Araujo", "Araujo", "Arnaldo dos Reis Araújo"),
        P("Amir Machmud", "Amirmachmud", "Home Affairs Minister Amir Machmud"),
        P("Jose Ramos Horta", "Ramos Horta", "José Ramos-Horta", "Jose Ramos-Horta"),
        L("Dili"),
        L("Merdeka Palace"),
        L("Balibo"),
    ],
    facts=[
        F("Indonesia", "annexed", "East Timor", "1976-07-17",
          "Indonesia has annexed the former Portuguese colony of East Timor"),
        F("Indonesia", "annexed", "West Irian", "1969",
          "West Irian, the former Dutch colony that Indonesia annexed after a consultation of some 1,000 "
          "hand-picked community leaders"),
        F("Indonesia", "attacked", "Dili", "1975-12-07",
          "Portugal and the left-wing independence movement Fretilin say the town was taken in an airborne and "
          "seaborne assault by the Indonesian armed forces", alleged=True),
        F("Suharto", "met_with", "Arnaldo dos Reis Araujo", "1976-06-07",
          "A delegation led by Arnaldo dos Reis Araujo, chief executive of the provisional government, was "
          "received by President Suharto at Merdeka Palace on June 7"),
        R("Suharto", "Indonesia", "President Suharto"),
        R("Arnaldo dos Reis Araujo", "Provisional Government of East Timor",
          "Arnaldo dos Reis Araujo, chief executive of the provisional government"),
        R("Amir Machmud", "Indonesia", "Home Affairs Minister Amir Machmud"),
        R("Jose Ramos Horta", "Fretilin", "Its representative abroad, Jose Ramos Horta"),
    ],
))

# 08 (scraped live blog) ------------------------------------------------------
SET.append(dict(
    slug="08_soleimani-strike-live-blog",
    articles=[
        "Live: US strike at Baghdad airport kills Iran's Quds Force commander Qassem Soleimani",
        "US strikes Kataib Hezbollah bases in Iraq and Syria after contractor is killed",
        "Militia supporters storm US embassy compound in Baghdad",
        "Who was Qassem Soleimani, the general behind Iran's regional network?",
    ],
    not_articles=[
        "We care about your privacy",
        "We and our 187 partners store and access information on your device, such as cookies, to personalise "
        "ads and content, measure performance and develop services. You can change your choices at any time "
        "under Privacy settings.",
        "Accept all | Reject all | Manage options",
        "Skip to main content",
        "NEWSWIRE24",
        "Home | World | Middle East | US | Business | Climate | Opinion | Video",
        "Subscribe | Sign in",
        "World > Middle East",
        "LIVE",
        "By our Middle East desk",
        "Last updated: 3 January 2020, 17:05 GMT",
        "Share on Facebook | Share on Twitter | Share on WhatsApp | Email | Copy link",
        "The charred wreckage of a vehicle on the airport road in Baghdad after the strike, in a photograph "
        "released by the Iraqi prime minister's press office.",
        "Key points",
        "16:55 GMT", "15:10 GMT", "13:40 GMT", "12:20 GMT", "11:30 GMT", "10:45 GMT", "09:30 GMT", "07:50 GMT",
        "06:30 GMT", "03:40 GMT", "01:50 GMT",
        "Advertisement",
        "Topics: Iran | Iraq | US foreign policy | Donald Trump | Middle East",
        "World Briefing",
        "The day's top international stories, in your inbox every morning.",
        "Enter your email address",
        "Sign up",
        "By signing up you agree to our Terms and Privacy Policy.",
        "Comments (312)",
        "Comments on this live blog are now closed.",
        "Show comments",
        "More from World",
        "5 days ago", "3 days ago", "1 hour ago",
        "(c) 2020 Newswire24. All rights reserved.",
        "About us | Contact | Terms of use | Privacy policy | Cookie settings",
    ],
    entities=[
        US, UK, IRAN, IRAQ, SYRIA, TRUMP,
        S("Lebanon", "Lebanese"),
        S("Yemen", "Yemeni"),
        O("US Department of Defense", "Pentagon", "the Pentagon", "Defense Department", "Department of Defense"),
        O("United States Marine Corps", "US Marines", "Marines"),
        O("Quds Force", "IRGC Quds Force", "Qods Force"),
        O("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"),
        O("Popular Mobilization Forces", "PMF", "Popular Mobilization Units", "Hashd al-Shaabi"),
        O("Kataib Hezbollah", "Kata'ib Hezbollah", "KH"),
        O("Twitter"),
        P("Qassem Soleimani", "Soleimani", "Qasem Soleimani", "General Qassem Soleimani"),
        P("Abu Mahdi al-Muhandis", "Muhandis", "al-Muhandis"),
        P("Ali Khamenei", "Khamenei", "Ayatollah Ali Khamenei", "Supreme Leader Ayatollah Ali Khamenei",
          "the Supreme Leader"),
        P("Mike Pompeo", "Pompeo", "Secretary of State Mike Pompeo"),
        P("Esmail Ghaani", "Ghaani", "Esmail Qaani", "Qaani", "Brigadier General Esmail Ghaani"),
        P("Adel Abdul Mahdi", "Abdul Mahdi"),
        P("Mohammad Javad Zarif", "Zarif", "Javad Zarif"),
        P("Jonathan Hoffman", "Hoffman"),
        P("Dominic Raab", "Raab", "British Foreign Secretary Dominic Raab"),
        L("Baghdad"),
        L("Baghdad International Airport", "Baghdad airport", "Baghdad's airport"),
        L("US Embassy in Baghdad", "US embassy in Baghdad", "US embassy compound in Baghdad"),
        L("Mar-a-Lago", "Mar-a-Lago resort"),
        L("Florida"),
        L("K-1 Air Base", "K-1 military base", "K-1 base"),
        L("Kirkuk"),
        L("al-Qaim", "Al-Qaim"),
        L("the Gulf", "Persian Gulf"),
    ],
    facts=[
        F("United States", "struck", "Baghdad International Airport", "2020-01-03",
          "A US air strike at Baghdad International Airport early on Friday killed Qassem Soleimani"),
        F("Qassem Soleimani", "led", "Quds Force", "1998",
          "Qassem Soleimani, who had led the Quds Force of Iran's Islamic Revolutionary Guard Corps (IRGC) "
          "since 1998"),
        F("Qassem Soleimani", "led", "Quds Force", "",
          "Soleimani, 62, commanded the Quds Force, the foreign operations arm of the IRGC, for more than two "
          "decades"),
        F("Qassem Soleimani", "led", "Quds Force", "",
          "the Iranian Quds Force led by Soleimani"),
        F("United States", "struck", "al-Qaim", "2019-12-29",
          "The US military carried out air strikes on Sunday on three sites in Iraq and two in Syria used by "
          "Kataib Hezbollah, an Iran-backed Shi'ite militia, hitting its headquarters near al-Qaim"),
        F("Kataib Hezbollah", "attacked", "K-1 Air Base", "2019-12-27",
          "Washington accused the group of firing more than 30 rockets at the K-1 military base near Kirkuk",
          alleged=True),
        F("Popular Mobilization Forces", "attacked", "US Embassy in Baghdad", "2019-12-31",
          "Fighters and supporters of the Popular Mobilization Forces attacked the US embassy compound in "
          "Baghdad on Tuesday"),
        F("Iran", "attacked", "US Embassy in Baghdad", "2019-12-31",
          "President Trump accused Iran of \"orchestrating an attack\" on the embassy", alleged=True),
        R("Qassem Soleimani", "Quds Force", "Iran's Quds Force commander Qassem Soleimani"),
        R("Abu Mahdi al-Muhandis", "Popular Mobilization Forces",
          "Abu Mahdi al-Muhandis, deputy commander of Iraq's Popular Mobilization Forces (PMF)"),
        R("Ali Khamenei", "Iran", "Iran's Supreme Leader Ayatollah Ali Khamenei"),
        R("Donald Trump", "United States", "President Donald Trump told reporters"),
        R("Mike Pompeo", "United States", "Secretary of State Mike Pompeo"),
        R("Esmail Ghaani", "Quds Force",
          "Brigadier General Esmail Ghaani, until now Soleimani's deputy, as the new commander of the Quds Force"),
        R("Adel Abdul Mahdi", "Iraq", "Iraq's caretaker prime minister, Adel Abdul Mahdi"),
        R("Mohammad Javad Zarif", "Iran", "Iran's foreign minister, Mohammad Javad Zarif"),
        R("Dominic Raab", "United Kingdom", "British Foreign Secretary Dominic Raab"),
        R("Jonathan Hoffman", "US Department of Defense", "Chief Pentagon spokesman Jonathan Hoffman"),
    ],
))

# 09 (scraped article page) ---------------------------------------------------
SET.append(dict(
    slug="09_kharkiv-pact-page",
    articles=[
        "Ukraine extends Russian fleet's Crimea lease to 2042 in return for cheaper gas",
        "Russia and Ukraine sign 10-year gas deal, ending supply crisis",
        "Eggs and smoke bombs as Ukraine's parliament ratifies fleet deal",
        "Yanukovych chooses Brussels for first trip abroad as president",
    ],
    not_articles=[
        "This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more",
        "OK, got it",
        "EASTERN EUROPE TODAY",
        "Menu | News | Politics | Economy | Energy | Regions | Opinion | Photo | Search",
        "World | Ukraine",
        "Staff correspondent, Kharkiv | 21.04.2010 18:42 | Updated 22.04.2010 09:15",
        "Tweet | Share | Email | Print | A- A+",
        "Russian President Dmitry Medvedev, left, and Ukrainian President Viktor Yanukovych shake hands after "
        "the signing in Kharkiv. Photo: Xinhua",
        "Tags: Ukraine | Russia | Black Sea Fleet | Gas | Crimea | Sevastopol",
        "Share this article: Facebook | Twitter | VKontakte | Email",
        "Get our morning newsletter",
        "Sign up for the Eastern Europe Today briefing. We will never share your email address.",
        "Your email",
        "Subscribe",
        "Comments (0)",
        "You must be logged in to post a comment. Log in | Register",
        "Related",
        "19.01.2009", "27.04.2010", "01.03.2010",
        "About us | Advertise | Contact | Terms of use | Privacy",
        "(c) 2010 Eastern Europe Today",
    ],
    entities=[
        UKRAINE, RUSSIA, EU, NATO, EUROPEAN_COUNCIL, EUROPEAN_COMMISSION, PUTIN,
        S("Soviet Union", "USSR", "Soviet"),
        L("Europe"),
        O("Black Sea Fleet", "Russia's Black Sea Fleet"),
        O("International Monetary Fund", "IMF"),
        O("Batkivshchyna", "Fatherland", "Batkivshchyna (Fatherland) party", "All-Ukrainian Union Fatherland"),
        O("Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry"),
        O("Gazprom"),
        O("Naftogaz", "Naftohaz", "Naftogaz Ukrainy"),
        O("Verkhovna Rada", "Rada", "Ukraine's parliament"),
        O("State Duma", "Duma", "Russia's State Duma"),
        O("European Parliament"),
        A("Kharkiv Pact", "Kharkiv agreement", "Kharkov agreement", "Kharkiv Accords",
          "Black Sea Fleet agreement", "fleet deal", date="2010-04-21"),
        A("2009 Russia-Ukraine gas contracts", "10-year gas deal", "ten-year contracts on gas supplies and transit",
          date="2009-01-19"),
        P("Viktor Yanukovych", "Yanukovych", "Yanukovich", "President Viktor Yanukovych",
          "Ukraine's new president"),
        P("Dmitry Medvedev", "Medvedev", "Russian President Dmitry Medvedev"),
        P("Viktor Yushchenko", "Yushchenko"),
        P("Yulia Tymoshenko", "Tymoshenko", "Timoshenko"),
        P("Oleh Voloshin", "Voloshin"),
        P("Alexei Miller", "Miller", "Aleksei Miller"),
        P("Oleh Dubyna", "Dubyna"),
        P("Volodymyr Lytvyn", "Lytvyn", "Speaker Volodymyr Lytvyn", "Vladimir Litvin"),
        P("Herman Van Rompuy", "Van Rompuy"),
        P("Jose Manuel Barroso", "Barroso", "José Manuel Barroso"),
        P("Catherine Ashton", "Ashton"),
        P("Jerzy Buzek", "Buzek"),
        P("Anders Fogh Rasmussen", "Rasmussen"),
        L("Kharkiv", "Kharkov"),
        L("Sevastopol"),
        L("Crimea", "Crimean peninsula", "Crimean"),
        BRUSSELS,
    ],
    facts=[
        F("Viktor Yanukovych", "signed", "Kharkiv Pact", "2010-04-21",
          "Ukraine's President Viktor Yanukovych and Russian President Dmitry Medvedev signed an agreement on "
          "Wednesday"),
        F("Dmitry Medvedev", "signed", "Kharkiv Pact", "2010-04-21",
          "Ukraine's President Viktor Yanukovych and Russian President Dmitry Medvedev signed an agreement on "
          "Wednesday"),
        F("Viktor Yanukovych", "met_with", "Dmitry Medvedev", "2010-04-21",
          "The two presidents met in the eastern Ukrainian city of Kharkiv"),
        F("Yulia Tymoshenko", "led", "Batkivshchyna", "",
          "Tymoshenko, who leads the Batkivshchyna (Fatherland) party"),
        R("Viktor Yanukovych", "Ukraine", "Ukraine's President Viktor Yanukovych"),
        R("Dmitry Medvedev", "Russia", "Russian President Dmitry Medvedev"),
        R("Oleh Voloshin", "Ukraine",
          "Oleh Voloshin, director of information policy at Ukraine's Foreign Ministry"),
        # related teaser 1 (2009 gas deal)
        F("Alexei Miller", "signed", "2009 Russia-Ukraine gas contracts", "2009-01-19",
          "The heads of Gazprom and Naftogaz, Alexei Miller and Oleh Dubyna, signed ten-year contracts on gas "
          "supplies and transit in Moscow on Monday"),
        F("Oleh Dubyna", "signed", "2009 Russia-Ukraine gas contracts", "2009-01-19",
          "The heads of Gazprom and Naftogaz, Alexei Miller and Oleh Dubyna, signed ten-year contracts on gas "
          "supplies and transit in Moscow on Monday"),
        F("Vladimir Putin", "met_with", "Yulia Tymoshenko", "2009-01",
          "watched by Russian Prime Minister Vladimir Putin and his Ukrainian counterpart Yulia Tymoshenko, who "
          "had held days of talks in the Russian capital to end the dispute"),
        R("Alexei Miller", "Gazprom", "The heads of Gazprom and Naftogaz, Alexei Miller and Oleh Dubyna"),
        R("Oleh Dubyna", "Naftogaz", "The heads of Gazprom and Naftogaz, Alexei Miller and Oleh Dubyna"),
        R("Vladimir Putin", "Russia", "Russian Prime Minister Vladimir Putin"),
        R("Yulia Tymoshenko", "Ukraine", "his Ukrainian counterpart Yulia Tymoshenko"),
        # related teaser 2 (ratification)
        F("Viktor Yanukovych", "met_with", "Vladimir Putin", "2010-04-26",
          "Yanukovych had received Russian Prime Minister Vladimir Putin in Kiev on Monday"),
        R("Volodymyr Lytvyn", "Verkhovna Rada", "Speaker Volodymyr Lytvyn"),
        # related teaser 3 (Brussels visit)
        F("Viktor Yanukovych", "met_with", "Herman Van Rompuy", "2010-03-01",
          "Ukraine's new president held talks in Brussels on Monday with European Council President Herman Van "
          "Rompuy"),
        F("Viktor Yanukovych", "met_with", "Jose Manuel Barroso", "2010-03-01",
          "Ukraine's new president held talks in Brussels on Monday with European Council President Herman Van "
          "Rompuy, European Commission President Jose Manuel Barroso"),
        F("Viktor Yanukovych", "met_with", "Catherine Ashton", "2010-03-01",
          "Ukraine's new president held talks in Brussels on Monday with European Council President Herman Van "
          "Rompuy, European Commission President Jose Manuel Barroso, EU foreign policy chief Catherine Ashton"),
        F("Viktor Yanukovych", "met_with", "Jerzy Buzek", "2010-03-01",
          "Ukraine's new president held talks in Brussels on Monday with European Council President Herman Van "
          "Rompuy, European Commission President Jose Manuel Barroso, EU foreign policy chief Catherine Ashton "
          "and European Parliament President Jerzy Buzek"),
        R("Herman Van Rompuy", "European Council", "European Council President Herman Van Rompuy"),
        R("Jose Manuel Barroso", "European Commission", "European Commission President Jose Manuel Barroso"),
        R("Catherine Ashton", "European Union", "EU foreign policy chief Catherine Ashton"),
        R("Jerzy Buzek", "European Parliament", "European Parliament President Jerzy Buzek"),
        R("Anders Fogh Rasmussen", "NATO", "NATO Secretary General Anders Fogh Rasmussen"),
    ],
))

# 10 (short brief) ------------------------------------------------------------
SET.append(dict(
    slug="10_israel-confirms-al-kibar-strike",
    entities=[
        ISRAEL, SYRIA, IRAN, UNSC, AFP,
        O("Israeli Air Force", "IAF"),
        O("International Atomic Energy Agency", "IAEA"),
        O("Islamic State", "Islamic State group", "IS", "ISIS"),
        A("Syria's IAEA safeguards agreement", "safeguards agreement", "Syria's safeguards agreement",
          "NPT safeguards agreement"),
        P("Gadi Eisenkot", "Eisenkot", "Lieutenant General Gadi Eisenkot"),
        P("Avigdor Lieberman", "Lieberman", "Defence Minister Avigdor Lieberman"),
        P("Israel Katz", "Katz", "Intelligence Minister Israel Katz"),
        P("Ehud Olmert", "Olmert"),
        P("Ehud Barak", "Barak"),
        L("al-Kibar", "al-Kibar facility", "Al Kibar", "al-Kibar reactor", "Dair Alzour site"),
        L("Deir ez-Zor", "Deir ez-Zor region", "Deir al-Zor", "Deir el-Zour"),
        L("Jerusalem"),
    ],
    facts=[
        F("Israel", "struck", "al-Kibar", "2007-09-06",
          "Israel admitted on Wednesday for the first time that its warplanes destroyed a suspected nuclear "
          "reactor in eastern Syria in 2007"),
        F("Israeli Air Force", "struck", "al-Kibar", "2007-09-06",
          "Israeli Air Force jets struck the al-Kibar facility in the Deir ez-Zor region"),
        F("Syria", "violated", "Syria's IAEA safeguards agreement", "2011",
          "the board of the International Atomic Energy Agency (IAEA) found Damascus in breach of its "
          "safeguards agreement", alleged=True),
        R("Gadi Eisenkot", "Israel", "Chief of Staff Lieutenant General Gadi Eisenkot"),
        R("Avigdor Lieberman", "Israel", "Defence Minister Avigdor Lieberman"),
        R("Israel Katz", "Israel", "Intelligence Minister Israel Katz"),
        R("Ehud Olmert", "Israel", "then-prime minister Ehud Olmert"),
        R("Ehud Barak", "Israel", "Ehud Barak, his defence minister at the time"),
    ],
))

# 11 (negative control: sport) --------------------------------------------------
SET.append(dict(
    slug="11_rugby-world-cup-final-2023",
    negative_control=True,
    entities=[
        SOUTH_AFRICA, FRANCE, REUTERS,
        S("New Zealand", "New Zealander"),
        S("Ireland", "Irish"),
        L("England", "English"),
        O("Springboks", "the Boks", "Boks", "South Africa national rugby union team"),
        O("All Blacks", "New Zealand national rugby union team"),
        O("Racing 92"),
        O("Leinster", "Leinster Rugby"),
        P("Handre Pollard", "Pollard", "Handré Pollard"),
        P("Sam Cane", "Cane"),
        P("Wayne Barnes", "Barnes"),
        P("Jesse Kriel", "Kriel"),
        P("Shannon Frizell", "Frizell"),
        P("Bongi Mbonambi", "Mbonambi"),
        P("Beauden Barrett"),
        P("Richie Mo'unga", "Mo'unga"),
        P("Siya Kolisi", "Kolisi"),
        P("Ardie Savea", "Savea"),
        P("Pieter-Steph du Toit", "du Toit"),
        P("Jacques Nienaber", "Nienaber"),
        P("Ian Foster", "Foster"),
        P("Scott Robertson"),
        P("Roger Federer", "Federer"),
        P("Novak Djokovic", "Djokovic"),
        L("Paris"),
        L("Stade de France"),
        L("Johannesburg"),
    ],
    facts=[],
))

# ---------------------------------------------------------------------------
# driver


def body_of(text):
    """The text that evidence may quote: the whole file (headline and body)."""
    return text


def build(set_dir):
    corpus, gold = os.path.join(set_dir, "corpus"), os.path.join(set_dir, "gold")
    os.makedirs(gold, exist_ok=True)
    problems = 0
    for art in SET:
        slug = art["slug"]
        path = os.path.join(corpus, slug + ".txt")
        text = open(path, encoding="utf-8").read()
        names = {}
        for e in art["entities"]:
            for n in [e["name"]] + e["aliases"]:
                names[n] = e["name"]
        for key in ("articles", "not_articles"):
            for s in art.get(key, []):
                if s not in text:
                    print(f"{slug}: {key} string not found: {s!r}")
                    problems += 1
        for f in art["facts"]:
            if f["evidence"] not in body_of(text):
                print(f"{slug}: evidence not found: {f['evidence']!r}")
                problems += 1
            for role in ("subject", "object"):
                if f[role] not in names:
                    print(f"{slug}: {role} is not an entity: {f[role]!r}")
                    problems += 1
        ents = {"source": f"corpus/{slug}.txt"}
        if "articles" in art:
            ents["articles"] = art["articles"]
            ents["not_articles"] = art["not_articles"]
        ents["entities"] = art["entities"]
        with open(os.path.join(gold, slug + ".entities.json"), "w", encoding="utf-8") as out:
            json.dump(ents, out, indent=1, ensure_ascii=False)
            out.write("\n")
        with open(os.path.join(gold, slug + ".facts.jsonl"), "w", encoding="utf-8") as out:
            for f in art["facts"]:
                out.write(json.dumps(f, ensure_ascii=False) + "\n")
    nf = sum(len(a["facts"]) for a in SET)
    ne = sum(len(a["entities"]) for a in SET)
    print(f"wrote {len(SET)} articles, {nf} fact lines, {ne} entities to {gold}; {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)))
