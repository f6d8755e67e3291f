#!/usr/bin/env python3
"""Write the gold annotations for the wire11 evaluation set.

Every entity and fact of every article is declared below, one article per block.
Running the script rewrites gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl
and reports any evidence string, or page string (articles / not_articles), that is
not found verbatim in its corpus file. Exit status 1 if anything is missing.

usage: python3 tools/build_gold.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def E(name, kind, *aliases, date=None):
    """An entity: canonical name, kind, aliases, optional date (agreements)."""
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e


def F(subject, predicate, obj, date, evidence, alleged=False):
    """A fact. date is "" when the text gives none."""
    f = {"subject": subject, "predicate": predicate, "object": obj,
         "date": date, "evidence": evidence}
    if alleged:
        f["modality"] = "alleged"
    return f


# Entities shared by several articles keep the same name and aliases everywhere.
US = E("United States", "State", "US", "U.S.", "USA", "United States of America",
       "America", "American", "Washington", "the White House", "White House")
RUSSIA = E("Russia", "State", "Russian", "Russian Federation")
UN = E("United Nations", "Organization", "UN", "U.N.")
UNSC = E("UN Security Council", "Organization", "Security Council",
         "U.N. Security Council", "United Nations Security Council")
FRANCE = E("France", "State", "French")
PAKISTAN = E("Pakistan", "State", "Pakistani")
SOUTH_AFRICA = E("South Africa", "State", "South African")
PORTUGAL = E("Portugal", "State", "Portuguese")
SUDAN = E("Sudan", "State", "Sudanese")
EU = E("European Union", "Organization", "EU")
OBAMA = E("Barack Obama", "Person", "Obama", "President Barack Obama",
          "US President Barack Obama")
IRAN = E("Iran", "State", "Iranian", "Tehran", "Islamic Republic of Iran")
PAK_ARMY = E("Pakistan Army", "Organization", "Pakistani Army", "Pakistani army", "Pakistan's army")

ARTICLES = []

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="01_simla-agreement-1972",
    entities=[
        E("Indira Gandhi", "Person", "Gandhi", "Mrs. Gandhi", "Prime Minister Indira Gandhi"),
        E("Zulfikar Ali Bhutto", "Person", "Bhutto", "Mr. Bhutto", "Zulfiqar Ali Bhutto",
          "President Zulfikar Ali Bhutto"),
        E("Swaran Singh", "Person", "Sardar Swaran Singh"),
        E("Jagjivan Ram", "Person"),
        E("Y. B. Chavan", "Person", "Chavan", "Yashwantrao Chavan"),
        E("India", "State", "Indian"),
        PAKISTAN,
        E("Bangladesh", "State"),
        E("Indian Cabinet", "Organization", "Union Cabinet"),
        PAK_ARMY,
        E("Simla Agreement", "Agreement", "Shimla Agreement", "Simla accord", date="1972-07-03"),
        E("Simla", "Place", "Shimla"),
        E("Himachal Bhavan", "Place", "Durbar Hall of Himachal Bhavan"),
        E("Jammu and Kashmir", "Place", "Kashmir"),
        E("Amritsar", "Place"),
        E("Pathankot", "Place"),
        E("Islamabad", "Place"),
    ],
    facts=[
        F("Indira Gandhi", "signed", "Simla Agreement", "1972-07-03",
          "Prime Minister Indira Gandhi of India and President Zulfikar Ali Bhutto of Pakistan signed an agreement here early today"),
        F("Zulfikar Ali Bhutto", "signed", "Simla Agreement", "1972-07-03",
          "Prime Minister Indira Gandhi of India and President Zulfikar Ali Bhutto of Pakistan signed an agreement here early today"),
        F("India", "signed", "Simla Agreement", "1972-07-03",
          "The document signed by the two Governments must now be ratified."),
        F("Pakistan", "signed", "Simla Agreement", "1972-07-03",
          "The document signed by the two Governments must now be ratified."),
        F("Indira Gandhi", "met_with", "Zulfikar Ali Bhutto", "1972-07-02",
          "Mrs. Gandhi and Mr. Bhutto held two rounds of talks"),
        F("Pakistan", "struck", "Amritsar", "1971-12-03",
          "Pakistani aircraft struck Indian airfields at Amritsar and Pathankot"),
        F("Pakistan", "struck", "Pathankot", "1971-12-03",
          "Pakistani aircraft struck Indian airfields at Amritsar and Pathankot"),
        F("Indira Gandhi", "represents", "India", "", "Prime Minister Indira Gandhi of India"),
        F("Zulfikar Ali Bhutto", "represents", "Pakistan", "", "President Zulfikar Ali Bhutto of Pakistan"),
        F("Swaran Singh", "represents", "India", "", "Sardar Swaran Singh, the External Affairs Minister"),
        F("Jagjivan Ram", "represents", "India", "", "Jagjivan Ram, the Defense Minister"),
        F("Y. B. Chavan", "represents", "India", "", "Y. B. Chavan, the Finance Minister"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="02_rome-mozambique-peace-accord-1992",
    entities=[
        E("Joaquim Chissano", "Person", "Chissano", "President Joaquim Chissano"),
        E("Afonso Dhlakama", "Person", "Dhlakama"),
        E("Andrea Riccardi", "Person", "Riccardi"),
        E("Matteo Zuppi", "Person", "Zuppi"),
        E("Jaime Goncalves", "Person", "Jaime Gonçalves", "Goncalves", "Gonçalves"),
        E("Mario Raffaelli", "Person", "Raffaelli"),
        E("Armando Guebuza", "Person", "Guebuza"),
        E("Raul Domingos", "Person", "Domingos"),
        E("Mozambique", "State", "Mozambican", "Maputo"),
        E("Italy", "State", "Italian", "Italian government"),
        E("Rhodesia", "State"),
        SOUTH_AFRICA,
        PORTUGAL,
        E("Renamo", "Organization", "Mozambique National Resistance", "RENAMO"),
        E("Frelimo", "Organization", "FRELIMO", "Frelimo party"),
        E("Community of Sant'Egidio", "Organization", "Sant'Egidio", "Sant'Egidio community"),
        UN,
        E("Rome General Peace Accords", "Agreement", "General Peace Agreement",
          "Rome peace accord", "Rome General Peace Accord", date="1992-10-04"),
        E("Rome", "Place"),
        E("Trastevere", "Place"),
        E("Beira", "Place"),
    ],
    facts=[
        F("Joaquim Chissano", "signed", "Rome General Peace Accords", "1992-10-04",
          "Mozambican President Joaquim Chissano and rebel leader Afonso Dhlakama signed a general peace agreement in the Italian capital on Sunday"),
        F("Afonso Dhlakama", "signed", "Rome General Peace Accords", "1992-10-04",
          "Mozambican President Joaquim Chissano and rebel leader Afonso Dhlakama signed a general peace agreement in the Italian capital on Sunday"),
        F("Mozambique", "signed", "Rome General Peace Accords", "1992-10-04",
          "Under the pact, signed by Maputo and the rebels"),
        F("Renamo", "signed", "Rome General Peace Accords", "1992-10-04",
          "Under the pact, signed by Maputo and the rebels"),
        F("Joaquim Chissano", "met_with", "Afonso Dhlakama", "1992-10",
          "after a last round of talks between the two leaders"),
        F("Andrea Riccardi", "mediated", "Rome General Peace Accords", "1992",
          "The talks were brokered by a team of four mediators: Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio"),
        F("Matteo Zuppi", "mediated", "Rome General Peace Accords", "1992",
          "The talks were brokered by a team of four mediators: Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio"),
        F("Jaime Goncalves", "mediated", "Rome General Peace Accords", "1992",
          "The talks were brokered by a team of four mediators: Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio, a Roman Catholic lay group based in the Trastevere district of Rome; Jaime Goncalves, the Archbishop of Beira; and Mario Raffaelli, representing the Italian government."),
        F("Mario Raffaelli", "mediated", "Rome General Peace Accords", "1992",
          "The talks were brokered by a team of four mediators: Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio, a Roman Catholic lay group based in the Trastevere district of Rome; Jaime Goncalves, the Archbishop of Beira; and Mario Raffaelli, representing the Italian government."),
        F("Joaquim Chissano", "led", "Frelimo", "", "Chissano, who heads the ruling Frelimo party"),
        F("Afonso Dhlakama", "led", "Renamo", "1979",
          "Dhlakama, who has led the Mozambique National Resistance (Renamo) since 1979"),
        F("Joaquim Chissano", "represents", "Mozambique", "", "Mozambican President Joaquim Chissano"),
        F("Joaquim Chissano", "represents", "Frelimo", "", "Chissano, who heads the ruling Frelimo party"),
        F("Afonso Dhlakama", "represents", "Renamo", "",
          "Dhlakama, who has led the Mozambique National Resistance (Renamo) since 1979"),
        F("Andrea Riccardi", "represents", "Community of Sant'Egidio", "",
          "Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio"),
        F("Matteo Zuppi", "represents", "Community of Sant'Egidio", "",
          "Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio"),
        F("Mario Raffaelli", "represents", "Italy", "", "Mario Raffaelli, representing the Italian government"),
        F("Armando Guebuza", "represents", "Mozambique", "", "Armando Guebuza headed the government delegation"),
        F("Raul Domingos", "represents", "Renamo", "", "Renamo's team was led by Raul Domingos"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="03_lusaka-protocol-angola-1994",
    entities=[
        E("Venancio de Moura", "Person", "de Moura", "Venâncio de Moura"),
        E("Eugenio Manuvakola", "Person", "Manuvakola", "Eugénio Manuvakola"),
        E("Jose Eduardo dos Santos", "Person", "dos Santos", "José Eduardo dos Santos",
          "Eduardo dos Santos"),
        E("Frederick Chiluba", "Person", "Chiluba"),
        E("Jonas Savimbi", "Person", "Savimbi"),
        E("Alioune Blondin Beye", "Person", "Blondin Beye", "Beye"),
        E("Robert Mugabe", "Person", "Mugabe"),
        E("Nelson Mandela", "Person", "Mandela"),
        E("Boutros Boutros-Ghali", "Person", "Boutros-Ghali"),
        E("Angola", "State", "Angolan", "Luanda"),
        E("Zambia", "State", "Zambian"),
        E("Zimbabwe", "State", "Zimbabwean"),
        SOUTH_AFRICA, US, RUSSIA, PORTUGAL,
        E("UNITA", "Organization", "National Union for the Total Independence of Angola"),
        E("Angolan Armed Forces", "Organization", "FAA", "Forcas Armadas Angolanas"),
        UN,
        E("Lusaka Protocol", "Agreement", "Lusaka peace protocol", "Protocol of Lusaka",
          date="1994-11-20"),
        E("Bicesse Accords", "Agreement", "Bicesse Accord", date="1991-05"),
        E("Lusaka", "Place", "the Zambian capital"),
        E("Huambo", "Place"),
    ],
    facts=[
        F("Venancio de Moura", "signed", "Lusaka Protocol", "1994-11-20",
          "The Lusaka Protocol was signed by Foreign Minister Venancio de Moura for the government and by Eugenio Manuvakola"),
        F("Eugenio Manuvakola", "signed", "Lusaka Protocol", "1994-11-20",
          "The Lusaka Protocol was signed by Foreign Minister Venancio de Moura for the government and by Eugenio Manuvakola"),
        F("Angola", "signed", "Lusaka Protocol", "1994-11-20",
          "Angola's government and the UNITA rebel movement signed a peace protocol in the Zambian capital on Sunday"),
        F("UNITA", "signed", "Lusaka Protocol", "1994-11-20",
          "Angola's government and the UNITA rebel movement signed a peace protocol in the Zambian capital on Sunday"),
        F("Alioune Blondin Beye", "mediated", "Lusaka Protocol", "1994",
          "The accord was brokered by the UN special representative for Angola, Alioune Blondin Beye"),
        F("Angola", "attacked", "Huambo", "1994-11",
          "Earlier this month government troops attacked Huambo"),
        F("Robert Mugabe", "met_with", "Nelson Mandela", "1994-11",
          "Zimbabwean President Robert Mugabe and South African President Nelson Mandela met in Lusaka"),
        F("Jose Eduardo dos Santos", "signed", "Bicesse Accords", "1991-05",
          "the Bicesse Accords, which dos Santos and Savimbi signed in Portugal in May 1991"),
        F("Jonas Savimbi", "signed", "Bicesse Accords", "1991-05",
          "the Bicesse Accords, which dos Santos and Savimbi signed in Portugal in May 1991"),
        F("Venancio de Moura", "represents", "Angola", "",
          "Foreign Minister Venancio de Moura for the government"),
        F("Eugenio Manuvakola", "represents", "UNITA", "",
          "Eugenio Manuvakola, secretary-general of the National Union for the Total Independence of Angola (UNITA)"),
        F("Jose Eduardo dos Santos", "represents", "Angola", "", "Angolan President Jose Eduardo dos Santos"),
        F("Frederick Chiluba", "represents", "Zambia", "", "Zambian President Frederick Chiluba"),
        F("Jonas Savimbi", "represents", "UNITA", "", "UNITA leader Jonas Savimbi"),
        F("Alioune Blondin Beye", "represents", "United Nations", "",
          "the UN special representative for Angola, Alioune Blondin Beye"),
        F("Robert Mugabe", "represents", "Zimbabwe", "", "Zimbabwean President Robert Mugabe"),
        F("Nelson Mandela", "represents", "South Africa", "", "South African President Nelson Mandela"),
        F("Boutros Boutros-Ghali", "represents", "United Nations", "",
          "UN Secretary-General Boutros Boutros-Ghali"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="04_car-khartoum-agreement-bangui-2019",
    entities=[
        E("Central African Republic", "State", "CAR", "Central African"),
        SUDAN,
        E("African Union", "Organization", "AU"),
        E("African Union Commission", "Organization", "AU Commission"),
        UN,
        E("Seleka", "Organization", "Seleka rebels"),
        E("Anti-Balaka", "Organization", "anti-Balaka militias"),
        E("Faustin-Archange Touadera", "Person", "Touadera", "Faustin-Archange Touadéra",
          "Faustin Archange Touadera", "Touadéra"),
        E("Moussa Faki Mahamat", "Person", "Moussa Faki"),
        E("Parfait Onanga-Anyanga", "Person", "Onanga-Anyanga"),
        E("Firmin Ngrebada", "Person", "Ngrebada"),
        E("Khartoum Agreement", "Agreement",
          "Political Agreement for Peace and Reconciliation in the Central African Republic",
          date="2019-02-06"),
        E("Bangui", "Place"),
        E("Khartoum", "Place"),
    ],
    facts=[
        F("Central African Republic", "signed", "Khartoum Agreement", "2019-02-06",
          "The government of the Central African Republic (CAR) and 14 armed groups on Wednesday signed a peace agreement in the capital Bangui"),
        F("African Union", "mediated", "Khartoum Agreement", "2019-02",
          "The deal, brokered by the African Union (AU) with the support of the United Nations"),
        F("Faustin-Archange Touadera", "represents", "Central African Republic", "",
          "CAR President Faustin-Archange Touadera"),
        F("Moussa Faki Mahamat", "represents", "African Union Commission", "",
          "Moussa Faki Mahamat, chairperson of the AU Commission"),
        F("Parfait Onanga-Anyanga", "represents", "United Nations", "",
          "Parfait Onanga-Anyanga, the UN special representative in the CAR"),
        F("Firmin Ngrebada", "represents", "Central African Republic", "",
          "Firmin Ngrebada, head of the government delegation at the talks"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="05_yemen-decisive-storm-liveblog-2015",
    articles=[
        "Yemen live: Saudi-led coalition launches air strikes against Houthi rebels",
        "Islamic State claims deadly attack on Tunis museum",
        "Obama slows Afghan drawdown after talks with Ghani",
        "Germanwings jet crashes in French Alps",
    ],
    not_articles=[
        "We use cookies to improve your experience and to show you personalised content. By clicking \"Accept all\" you agree to our use of cookies. Manage preferences",
        "Accept all",
        "Reject non-essential",
        "Home | World | Middle East | Africa | Business | Opinion | Video | Live",
        "Sign in   Subscribe",
        "LIVE",
        "By the World Desk | Updated 26 March 2015, 17:40 GMT",
        "Share on Facebook   Share on Twitter   Email   Copy link",
        "17:25 GMT", "15:10 GMT", "13:40 GMT", "11:05 GMT", "09:30 GMT",
        "07:15 GMT", "04:50 GMT", "02:20 GMT", "00:30 GMT",
        "Photo: An anti-aircraft gun on a hill above Taiz, 26 March 2015. (Reuters)",
        "Tags: Yemen, Saudi Arabia, Houthis, Middle East",
        "Newsletter",
        "Get the World briefing in your inbox every morning.",
        "Enter your email   Sign up",
        "Comments (214)",
        "Comments are closed for this live blog.",
        "Related",
        "More from World | About us | Contact | Terms | Privacy",
        "© 2015 All rights reserved",
    ],
    entities=[
        E("Saudi Arabia", "State", "Saudi", "Riyadh", "the kingdom", "Kingdom of Saudi Arabia"),
        E("Yemen", "State", "Yemeni"),
        US, IRAN,
        E("United Arab Emirates", "State", "UAE"),
        E("Qatar", "State", "Qatari"),
        E("Kuwait", "State"),
        E("Bahrain", "State"),
        E("Jordan", "State"),
        E("Morocco", "State"),
        SUDAN,
        E("Egypt", "State", "Egyptian"),
        PAKISTAN,
        E("Oman", "State"),
        E("Saudi-led coalition", "Organization", "the coalition", "Decisive Storm coalition"),
        E("Houthis", "Organization", "Houthi", "Houthi rebels", "Houthi fighters", "Houthi movement"),
        UNSC,
        E("Gulf Cooperation Council", "Organization", "GCC"),
        E("Arab League", "Organization", "League of Arab States"),
        E("Al Arabiya", "Organization"),
        E("Article 51 of the UN Charter", "Agreement", "Article 51"),
        E("UN Charter", "Agreement", "Charter of the United Nations"),
        E("Ahmed Asiri", "Person", "Asiri", "Brigadier General Ahmed Asiri", "Ahmad Assiri"),
        E("Abd-Rabbu Mansour Hadi", "Person", "Hadi", "President Abd-Rabbu Mansour Hadi",
          "Abed Rabbo Mansour Hadi"),
        E("Salman bin Abdulaziz", "Person", "King Salman", "King Salman of Saudi Arabia"),
        E("Adel al-Jubeir", "Person", "al-Jubeir", "Jubeir"),
        E("Sanaa", "Place", "Sana'a"),
        E("Sanaa International Airport", "Place", "Sanaa airport"),
        E("Al-Dulaimi air base", "Place", "Dulaimi military base"),
        E("al-Anad air base", "Place", "al-Anad airbase"),
        E("Lahj province", "Place", "Lahj"),
        E("Saada", "Place", "Sa'ada"),
        E("Aden", "Place"),
        # teasers
        E("Islamic State", "Organization", "Islamic State group", "IS", "ISIS", "ISIL"),
        E("Bardo National Museum", "Place", "Bardo museum"),
        E("Tunis", "Place"),
        E("Tunisia", "State", "Tunisian"),
        E("Habib Essid", "Person", "Essid"),
        OBAMA,
        E("Ashraf Ghani", "Person", "Ghani", "President Ashraf Ghani"),
        E("Afghanistan", "State", "Afghan"),
        E("Germanwings", "Organization"),
        E("Airbus", "Organization"),
        E("Barcelona", "Place"),
        E("Dusseldorf", "Place", "Düsseldorf"),
        E("French Alps", "Place"),
    ],
    facts=[
        F("Saudi Arabia", "led", "Saudi-led coalition", "2015-03",
          "a coalition of Gulf and Arab states led by Saudi Arabia"),
        F("Saudi-led coalition", "struck", "Al-Dulaimi air base", "2015-03-26",
          "warplanes from the coalition struck the Al-Dulaimi air base next to Sanaa International Airport, which was also hit"),
        F("Saudi-led coalition", "struck", "Sanaa International Airport", "2015-03-26",
          "warplanes from the coalition struck the Al-Dulaimi air base next to Sanaa International Airport, which was also hit"),
        F("Saudi-led coalition", "struck", "al-Anad air base", "2015-03-26",
          "Raids were also reported on the al-Anad air base in Lahj province", alleged=True),
        F("Saudi Arabia", "attacked", "Houthis", "2015-03-26",
          "the kingdom had launched air strikes against Houthi fighters"),
        F("Abd-Rabbu Mansour Hadi", "invoked", "Article 51 of the UN Charter", "2015-03-24",
          "In his letter Hadi cited Article 51 of the UN Charter"),
        F("Ahmed Asiri", "represents", "Saudi-led coalition", "",
          "Brigadier General Ahmed Asiri, spokesman for the coalition"),
        F("Abd-Rabbu Mansour Hadi", "represents", "Yemen", "", "President Abd-Rabbu Mansour Hadi"),
        F("Salman bin Abdulaziz", "represents", "Saudi Arabia", "", "King Salman of Saudi Arabia"),
        F("Adel al-Jubeir", "represents", "Saudi Arabia", "",
          "Saudi Arabia's ambassador to the United States, Adel al-Jubeir"),
        # teasers
        F("Islamic State", "attacked", "Bardo National Museum", "2015-03-18",
          "The Islamic State group claimed responsibility for the assault", alleged=True),
        F("Habib Essid", "represents", "Tunisia", "", "Tunisian Prime Minister Habib Essid"),
        F("Barack Obama", "met_with", "Ashraf Ghani", "2015-03-24",
          "President Barack Obama met Afghan President Ashraf Ghani at the White House on Tuesday"),
        F("Barack Obama", "represents", "United States", "", "President Barack Obama met Afghan President"),
        F("Ashraf Ghani", "represents", "Afghanistan", "", "Afghan President Ashraf Ghani"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="06_armenia-turkey-zurich-protocols-2009",
    articles=[
        "Armenia and Turkey sign protocols in Zurich after last-minute standoff",
        "Polish president signs EU's Lisbon treaty",
        "Gunmen storm Pakistan army headquarters in Rawalpindi",
        "Obama wins Nobel Peace Prize",
    ],
    not_articles=[
        "This site uses cookies. Continue browsing to accept, or read our cookie policy.",
        "OK   Cookie policy",
        "WORLD | EUROPE | ASIA | AMERICAS | AFRICA | MIDDLE EAST | OPINION | MARKETS",
        "Search   Log in",
        "Europe",
        "By a staff correspondent in Zurich",
        "10 October 2009",
        "Share   Tweet   Email   Print",
        "Photo: Eduard Nalbandian and Ahmet Davutoglu exchange documents at the University of Zurich. (Reuters)",
        "Tags: Armenia, Turkey, Switzerland, diplomacy",
        "Sign up for our Europe newsletter",
        "Your email address   Subscribe",
        "Comments",
        "Be the first to comment.",
        "Related stories",
        "More from World | Contact us | Advertise | Terms of use | Privacy",
        "© 2009",
    ],
    entities=[
        E("Armenia", "State", "Armenian", "Yerevan"),
        E("Turkey", "State", "Turkish", "Ankara", "Turkiye"),
        E("Switzerland", "State", "Swiss"),
        US, FRANCE, RUSSIA, EU,
        E("Azerbaijan", "State", "Azerbaijani"),
        E("Ottoman Empire", "State", "Ottoman"),
        E("Eduard Nalbandian", "Person", "Nalbandian", "Edward Nalbandian", "Eduard Nalbandyan"),
        E("Ahmet Davutoglu", "Person", "Davutoglu", "Ahmet Davutoğlu"),
        E("Micheline Calmy-Rey", "Person", "Calmy-Rey"),
        E("Hillary Clinton", "Person", "Clinton", "Hillary Rodham Clinton"),
        E("Bernard Kouchner", "Person", "Kouchner"),
        E("Sergei Lavrov", "Person", "Lavrov", "Sergey Lavrov"),
        E("Javier Solana", "Person", "Solana"),
        E("Abdullah Gul", "Person", "Gul", "Abdullah Gül"),
        E("Serzh Sargsyan", "Person", "Sargsyan", "Serzh Sarkisian"),
        E("Zurich Protocols", "Agreement", "Armenia-Turkey protocols",
          "Armenian-Turkish protocols", date="2009-10-10"),
        E("Zurich", "Place"),
        E("University of Zurich", "Place"),
        E("Nagorno-Karabakh", "Place", "Karabakh"),
        # teasers
        E("Lech Kaczynski", "Person", "Kaczynski", "Lech Kaczyński"),
        E("Jose Manuel Barroso", "Person", "Barroso", "José Manuel Barroso"),
        E("Jerzy Buzek", "Person", "Buzek"),
        E("Fredrik Reinfeldt", "Person", "Reinfeldt"),
        E("Poland", "State", "Polish"),
        E("Sweden", "State", "Swedish"),
        E("Czech Republic", "State", "Czech"),
        E("European Commission", "Organization"),
        E("European Parliament", "Organization"),
        E("Lisbon Treaty", "Agreement", "Treaty of Lisbon"),
        E("Warsaw", "Place"),
        PAKISTAN,
        PAK_ARMY,
        E("Pakistan Army General Headquarters", "Place", "Pakistan's army headquarters",
          "army headquarters", "GHQ"),
        E("Rawalpindi", "Place"),
        E("Tehrik-e-Taliban Pakistan", "Organization", "TTP", "Pakistani Taliban",
          "Tehrik-i-Taliban Pakistan"),
        E("Athar Abbas", "Person", "Major General Athar Abbas", "Abbas"),
        E("Norwegian Nobel Committee", "Organization", "Nobel Committee"),
        OBAMA,
    ],
    facts=[
        F("Eduard Nalbandian", "signed", "Zurich Protocols", "2009-10-10",
          "The foreign ministers of Armenia and Turkey signed two protocols on Saturday evening"),
        F("Ahmet Davutoglu", "signed", "Zurich Protocols", "2009-10-10",
          "The foreign ministers of Armenia and Turkey signed two protocols on Saturday evening"),
        F("Armenia", "signed", "Zurich Protocols", "2009-10-10",
          "The agreements, signed by Yerevan and Ankara"),
        F("Turkey", "signed", "Zurich Protocols", "2009-10-10",
          "The agreements, signed by Yerevan and Ankara"),
        F("Switzerland", "mediated", "Zurich Protocols", "2009",
          "The protocols, brokered by Switzerland over two years of discreet talks"),
        F("Eduard Nalbandian", "met_with", "Ahmet Davutoglu", "2009-10-10",
          "Armenian Foreign Minister Eduard Nalbandian and his Turkish counterpart, Ahmet Davutoglu, met at the University of Zurich"),
        F("Abdullah Gul", "met_with", "Serzh Sargsyan", "2008-09",
          "Turkish President Abdullah Gul travelled to Yerevan for a football match between the two national sides and held talks with Armenian President Serzh Sargsyan"),
        F("Eduard Nalbandian", "represents", "Armenia", "", "Armenian Foreign Minister Eduard Nalbandian"),
        F("Ahmet Davutoglu", "represents", "Turkey", "", "his Turkish counterpart, Ahmet Davutoglu"),
        F("Micheline Calmy-Rey", "represents", "Switzerland", "", "Swiss Foreign Minister Micheline Calmy-Rey"),
        F("Hillary Clinton", "represents", "United States", "", "US Secretary of State Hillary Clinton"),
        F("Bernard Kouchner", "represents", "France", "", "French Foreign Minister Bernard Kouchner"),
        F("Sergei Lavrov", "represents", "Russia", "", "Russian Foreign Minister Sergei Lavrov"),
        F("Javier Solana", "represents", "European Union", "",
          "the European Union's foreign policy chief, Javier Solana"),
        F("Abdullah Gul", "represents", "Turkey", "", "Turkish President Abdullah Gul"),
        F("Serzh Sargsyan", "represents", "Armenia", "", "Armenian President Serzh Sargsyan"),
        # teasers
        F("Lech Kaczynski", "signed", "Lisbon Treaty", "2009-10-10",
          "Polish President Lech Kaczynski signed the Lisbon Treaty"),
        F("Lech Kaczynski", "represents", "Poland", "", "Polish President Lech Kaczynski"),
        F("Jose Manuel Barroso", "represents", "European Commission", "",
          "European Commission President Jose Manuel Barroso"),
        F("Jerzy Buzek", "represents", "European Parliament", "", "European Parliament President Jerzy Buzek"),
        F("Fredrik Reinfeldt", "represents", "Sweden", "", "Swedish Prime Minister Fredrik Reinfeldt"),
        F("Tehrik-e-Taliban Pakistan", "attacked", "Pakistan Army General Headquarters", "2009-10-10",
          "A spokesman for the Tehrik-e-Taliban Pakistan claimed the attack.", alleged=True),
        F("Athar Abbas", "represents", "Pakistan Army", "", "army spokesman Major General Athar Abbas"),
        F("Barack Obama", "represents", "United States", "", "US President Barack Obama"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="07_kosovo-serbia-brussels-agreement-analysis",
    entities=[
        E("Serbia", "State", "Serbian", "Belgrade"),
        E("Kosovo", "State", "Pristina", "Republic of Kosovo"),
        E("Yugoslavia", "State", "Federal Republic of Yugoslavia"),
        E("Bosnia and Herzegovina", "State", "Bosnia"),
        US, EU,
        E("NATO", "Organization", "North Atlantic Treaty Organization"),
        E("Kosovo Liberation Army", "Organization", "KLA"),
        E("Interpol", "Organization"),
        E("Constitutional Court of Kosovo", "Organization", "Kosovo's Constitutional Court"),
        E("Association of Serb-majority municipalities", "Organization", "Association",
          "Community of Serb-majority municipalities"),
        E("Catherine Ashton", "Person", "Ashton"),
        E("Ivica Dacic", "Person", "Dacic", "Ivica Dačić", "Dačić"),
        E("Hashim Thaci", "Person", "Thaci", "Hashim Thaçi", "Thaçi"),
        E("Slobodan Milosevic", "Person", "Milosevic", "Slobodan Milošević"),
        E("Aleksandar Vucic", "Person", "Vucic", "Aleksandar Vučić", "Vučić"),
        E("Ramush Haradinaj", "Person", "Haradinaj"),
        E("Federica Mogherini", "Person", "Mogherini"),
        E("Brussels Agreement", "Agreement",
          "First Agreement of Principles Governing the Normalisation of Relations",
          "First Agreement of Principles Governing the Normalization of Relations",
          "Serbia-Kosovo Brussels agreement", date="2013-04-19"),
        E("Central European Free Trade Agreement", "Agreement", "CEFTA"),
        E("Brussels", "Place"),
    ],
    facts=[
        F("Catherine Ashton", "mediated", "Brussels Agreement", "2013-04-19",
          "It was brokered by Catherine Ashton, then the EU's High Representative for Foreign Affairs and Security Policy"),
        F("European Union", "mediated", "Brussels Agreement", "2013-04-19",
          "The text was the product of months of shuttle diplomacy under the auspices of the European Union."),
        F("Ivica Dacic", "met_with", "Hashim Thaci", "2013",
          "The two prime ministers met face to face in Brussels"),
        F("NATO", "attacked", "Yugoslavia", "1999",
          "NATO bombed Yugoslavia for 78 days in the spring of 1999"),
        F("Kosovo", "violated", "Brussels Agreement", "",
          "Serbian President Aleksandar Vucic has repeatedly accused Pristina of violating the deal by failing to form the Association",
          alleged=True),
        F("Kosovo", "violated", "Central European Free Trade Agreement", "2018-11",
          "called the measure \"a clear violation\" of the Central European Free Trade Agreement (CEFTA)",
          alleged=True),
        F("Serbia", "violated", "Central European Free Trade Agreement", "",
          "a response to ongoing violations of CEFTA by Serbia", alleged=True),
        F("Catherine Ashton", "represents", "European Union", "",
          "Catherine Ashton, then the EU's High Representative for Foreign Affairs and Security Policy"),
        F("Ivica Dacic", "represents", "Serbia", "", "Serbian Prime Minister Ivica Dacic"),
        F("Hashim Thaci", "represents", "Kosovo", "", "his Kosovo counterpart, Hashim Thaci"),
        F("Aleksandar Vucic", "represents", "Serbia", "", "Serbian President Aleksandar Vucic"),
        F("Ramush Haradinaj", "represents", "Kosovo", "",
          "After Kosovo's bid to join Interpol failed, the government of Prime Minister Ramush Haradinaj"),
        F("Federica Mogherini", "represents", "European Union", "",
          "Federica Mogherini, Ashton's successor as EU foreign policy chief"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="08_iran-iraq-ceasefire-1988",
    entities=[
        IRAN,
        E("Iraq", "State", "Iraqi", "Baghdad", "Republic of Iraq"),
        E("China", "State", "Chinese"),
        US, UN, UNSC,
        E("National Governors' Association", "Organization", "National Governors Association"),
        E("Javier Perez de Cuellar", "Person", "Perez de Cuellar", "Javier Pérez de Cuéllar",
          "Pérez de Cuéllar", "Secretary-General Javier Perez de Cuellar"),
        E("Ali Akbar Velayati", "Person", "Velayati"),
        E("Li Luye", "Person", "Ambassador Li Luye"),
        E("Ismat Kittani", "Person", "Kittani"),
        E("Saddam Hussein", "Person", "Saddam", "President Saddam Hussein"),
        E("Ronald Reagan", "Person", "Reagan", "President Reagan"),
        E("Vernon Walters", "Person", "Walters", "Vernon A. Walters"),
        E("Ali Khamenei", "Person", "Khamenei", "President Ali Khamenei"),
        E("Iran-Iraq ceasefire", "Agreement", "Iran-Iraq cease-fire", "Gulf war cease-fire",
          date="1988-08-20"),
        E("Resolution 598", "Agreement", "UN Security Council Resolution 598",
          "Security Council Resolution 598"),
        E("Geneva", "Place"),
        E("Cincinnati", "Place"),
        E("Persian Gulf", "Place", "Gulf"),
    ],
    facts=[
        F("United Nations", "mediated", "Iran-Iraq ceasefire", "1988-08",
          "after two weeks of U.N.-mediated truce talks"),
        F("Javier Perez de Cuellar", "invoked", "Resolution 598", "1988-08-08",
          "Invoking the mandate the council gave him under Resolution 598"),
        F("Iraq", "attacked", "Iran", "1980-09",
          "The war began in September 1980, when Iraqi troops invaded Iran"),
        F("Javier Perez de Cuellar", "represents", "United Nations", "",
          "Secretary-General Javier Perez de Cuellar"),
        F("Ali Akbar Velayati", "represents", "Iran", "", "Iran's foreign minister, Ali Akbar Velayati"),
        F("Li Luye", "represents", "China", "", "Ambassador Li Luye of China"),
        F("Li Luye", "represents", "UN Security Council", "",
          "In a letter to the council president, Ambassador Li Luye"),
        F("Ismat Kittani", "represents", "Iraq", "", "Iraq's U.N. ambassador, Ismat Kittani"),
        F("Saddam Hussein", "represents", "Iraq", "", "Iraqi President Saddam Hussein"),
        F("Ronald Reagan", "represents", "United States", "", "In Cincinnati, President Reagan welcomed the news"),
        F("Vernon Walters", "represents", "United States", "", "U.S. Ambassador Vernon Walters"),
        F("Ali Khamenei", "represents", "Iran", "", "In Tehran, President Ali Khamenei"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="09_israel-golan-heights-law-1981",
    entities=[
        E("Israel", "State", "Israeli"),
        US,
        E("Syria", "State", "Syrian"),
        FRANCE,
        E("Egypt", "State", "Egyptian"),
        UNSC,
        E("Knesset", "Organization"),
        E("Labor Party", "Organization", "Israeli Labor Party"),
        E("State Department", "Organization", "US State Department"),
        E("Menachem Begin", "Person", "Begin", "Prime Minister Menachem Begin"),
        E("Samuel W. Lewis", "Person", "Samuel Lewis", "Lewis"),
        E("Ariel Sharon", "Person", "Sharon"),
        E("Caspar Weinberger", "Person", "Weinberger"),
        E("Alexander Haig", "Person", "Haig"),
        E("Hafez Assad", "Person", "Assad", "Hafez al-Assad"),
        E("Claude Cheysson", "Person", "Cheysson"),
        E("Hosni Mubarak", "Person", "Mubarak"),
        E("US-Israel Memorandum of Understanding on Strategic Cooperation", "Agreement",
          "memorandum of understanding on strategic cooperation",
          "strategic cooperation agreement", date="1981-11-30"),
        E("Resolution 242", "Agreement", "U.N. Security Council Resolution 242",
          "UN Security Council Resolution 242"),
        E("Resolution 497", "Agreement", "UN Security Council Resolution 497"),
        E("1907 Hague Convention", "Agreement", "Hague Convention"),
        E("Golan Heights", "Place", "Golan"),
        E("Jerusalem", "Place"),
        E("Middle East", "Place"),
    ],
    facts=[
        F("Israel", "annexed", "Golan Heights", "1981-12-14",
          "in protest at Israel's annexation of the Golan Heights"),
        F("Ariel Sharon", "signed", "US-Israel Memorandum of Understanding on Strategic Cooperation",
          "1981-11-30",
          "The accord had been signed in Washington on Nov. 30 by Defense Minister Ariel Sharon and U.S. Defense Secretary Caspar Weinberger"),
        F("Caspar Weinberger", "signed", "US-Israel Memorandum of Understanding on Strategic Cooperation",
          "1981-11-30",
          "The accord had been signed in Washington on Nov. 30 by Defense Minister Ariel Sharon and U.S. Defense Secretary Caspar Weinberger"),
        F("Menachem Begin", "met_with", "Samuel W. Lewis", "1981-12-20",
          "Begin summoned U.S. Ambassador Samuel W. Lewis to his Jerusalem residence and read him a statement"),
        F("Israel", "violated", "Resolution 242", "1981-12",
          "said the Golan law contravened U.N. Security Council Resolution 242", alleged=True),
        F("Israel", "violated", "1907 Hague Convention", "1981-12",
          "charged that the move violated the 1907 Hague Convention", alleged=True),
        F("Menachem Begin", "represents", "Israel", "", "the Israeli leader asked in the statement"),
        F("Samuel W. Lewis", "represents", "United States", "", "U.S. Ambassador Samuel W. Lewis"),
        F("Ariel Sharon", "represents", "Israel", "", "Defense Minister Ariel Sharon"),
        F("Caspar Weinberger", "represents", "United States", "", "U.S. Defense Secretary Caspar Weinberger"),
        F("Alexander Haig", "represents", "United States", "", "Secretary of State Alexander Haig"),
        F("Hafez Assad", "represents", "Syria", "", "Syrian President Hafez Assad"),
        F("Claude Cheysson", "represents", "France", "", "French Foreign Minister Claude Cheysson"),
        F("Hosni Mubarak", "represents", "Egypt", "", "Egyptian President Hosni Mubarak"),
    ],
))

# ---------------------------------------------------------------------------
ARTICLES.append(dict(
    slug="10_moldova-transnistria-ceasefire-1992",
    entities=[
        RUSSIA,
        E("Moldova", "State", "Moldovan", "Chisinau", "Republic of Moldova"),
        E("Romania", "State", "Romanian"),
        E("Soviet Union", "State", "USSR", "Soviet"),
        E("14th Army", "Organization", "Russian 14th Army"),
        E("Moldovan parliament", "Organization", "Parliament of Moldova"),
        E("Conference on Security and Cooperation in Europe", "Organization", "CSCE"),
        E("UN Charter", "Agreement", "Charter of the United Nations"),
        E("Boris Yeltsin", "Person", "Yeltsin", "President Boris Yeltsin"),
        E("Mircea Snegur", "Person", "Snegur"),
        E("Igor Smirnov", "Person", "Smirnov"),
        E("Alexander Lebed", "Person", "Lebed", "Maj. Gen. Alexander Lebed"),
        E("Dniester ceasefire agreement", "Agreement",
          "Agreement on the Principles for a Peaceful Settlement of the Armed Conflict in the Dniester Region",
          "Dniester peace accord", date="1992-07-21"),
        E("Transnistria", "Place", "Dniester region", "self-proclaimed Dniester republic",
          "Dniester republic", "Pridnestrovian Moldavian Republic"),
        E("Dniester", "Place", "Dniester River", "Nistru"),
        E("Bender", "Place", "Tighina", "Bendery"),
        E("Kremlin", "Place", "the Kremlin"),
        E("Moscow", "Place"),
    ],
    facts=[
        F("Boris Yeltsin", "signed", "Dniester ceasefire agreement", "1992-07-21",
          "Russian President Boris Yeltsin and Moldovan President Mircea Snegur signed an agreement in the Kremlin on Tuesday"),
        F("Mircea Snegur", "signed", "Dniester ceasefire agreement", "1992-07-21",
          "Russian President Boris Yeltsin and Moldovan President Mircea Snegur signed an agreement in the Kremlin on Tuesday"),
        F("Boris Yeltsin", "met_with", "Mircea Snegur", "1992-07-21",
          "The two presidents met for about 90 minutes before putting their names to the document"),
        F("Alexander Lebed", "led", "14th Army", "1992-06",
          "has been led since late June by Maj. Gen. Alexander Lebed"),
        F("Boris Yeltsin", "represents", "Russia", "", "Russian President Boris Yeltsin"),
        F("Mircea Snegur", "represents", "Moldova", "", "Moldovan President Mircea Snegur"),
    ],
))

# ---------------------------------------------------------------------------
# Negative control: no political fact, facts file stays empty.
ARTICLES.append(dict(
    slug="11_world-cup-final-argentina-france-2022",
    entities=[
        E("Argentina", "State", "Argentine", "Argentinian"),
        FRANCE,
        E("Qatar", "State", "Qatari"),
        E("Netherlands", "State", "Dutch"),
        E("FIFA", "Organization", "Fédération Internationale de Football Association"),
        E("Lionel Messi", "Person", "Messi"),
        E("Kylian Mbappe", "Person", "Mbappe", "Kylian Mbappé", "Mbappé"),
        E("Emiliano Martinez", "Person", "Martinez", "Emiliano Martínez"),
        E("Ousmane Dembele", "Person", "Dembele", "Ousmane Dembélé"),
        E("Angel Di Maria", "Person", "Di Maria", "Ángel Di María"),
        E("Hugo Lloris", "Person", "Lloris"),
        E("Alexis Mac Allister", "Person", "Mac Allister"),
        E("Didier Deschamps", "Person", "Deschamps"),
        E("Nicolas Otamendi", "Person", "Otamendi"),
        E("Randal Kolo Muani", "Person", "Kolo Muani"),
        E("Szymon Marciniak", "Person", "Marciniak"),
        E("Gonzalo Montiel", "Person", "Montiel"),
        E("Geoff Hurst", "Person", "Hurst"),
        E("Kingsley Coman", "Person", "Coman"),
        E("Aurelien Tchouameni", "Person", "Tchouameni", "Aurélien Tchouaméni"),
        E("Lusail", "Place"),
        E("Lusail Stadium", "Place"),
    ],
    facts=[],
))


def main():
    gold = os.path.join(ROOT, "gold")
    os.makedirs(gold, exist_ok=True)
    problems = 0
    for art in ARTICLES:
        slug = art["slug"]
        src = os.path.join(ROOT, "corpus", slug + ".txt")
        text = open(src, encoding="utf-8").read()
        ent = {"source": "corpus/" + slug + ".txt"}
        if "articles" in art:
            ent["articles"] = art["articles"]
            ent["not_articles"] = art["not_articles"]
            for s in art["articles"] + art["not_articles"]:
                if s not in text:
                    print(f"{slug}: page string not found: {s!r}")
                    problems += 1
        ent["entities"] = art["entities"]
        with open(os.path.join(gold, slug + ".entities.json"), "w", encoding="utf-8") as fh:
            json.dump(ent, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(gold, slug + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in art["facts"]:
                if f["evidence"] not in text:
                    print(f"{slug}: evidence not found: {f['evidence']!r}")
                    problems += 1
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    nf = sum(len(a["facts"]) for a in ARTICLES)
    ne = sum(len(a["entities"]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {nf} facts, {ne} entity entries; {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
