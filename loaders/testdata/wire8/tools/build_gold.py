#!/usr/bin/env python3
"""Build the gold annotations of blind test set 8.

Every entity and fact of the eleven articles in ../corpus is written out below,
one block per article. Running this file writes ../gold/NAME.entities.json and
../gold/NAME.facts.jsonl in the format of /work/shared/gold and
/work/shared/devset/gold, and reports every evidence string that is not found
verbatim in its article (exit status 1 if there is any).

usage: python3 tools/build_gold.py
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")


def E(name, kind, *aliases, date=None):
    """One entity: canonical name, kind, aliases (other ways the text or common usage names it)."""
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e


def F(subject, predicate, obj, date, evidence, alleged=False):
    """One fact. `evidence` must be an exact substring of the article."""
    f = {"subject": subject, "predicate": predicate, "object": obj, "date": date, "evidence": evidence}
    if alleged:
        f["modality"] = "alleged"
    return f


# ---------------------------------------------------------------------------
# Entities that occur in several articles share one definition, so that an
# alias string always points to the same entity across the set.
# ---------------------------------------------------------------------------
US = E("United States", "State", "US", "U.S.", "USA", "United States of America", "America",
       "American", "Washington", "the White House", "White House")
RUSSIA = E("Russia", "State", "Russian Federation", "Russian", "Moscow", "the Kremlin", "Kremlin")
UK = E("United Kingdom", "State", "UK", "U.K.", "Britain", "Great Britain", "British", "London")
FRANCE = E("France", "State", "French")
TURKEY = E("Turkey", "State", "Turkish", "Turkiye", "Ankara")
ISRAEL = E("Israel", "State", "Israeli", "the Jewish state", "State of Israel")
SYRIA = E("Syria", "State", "Syrian", "Syrian government", "Syrian Arab Republic")
CHINA = E("China", "State", "Chinese", "People's Republic of China")
IRAN = E("Iran", "State", "Iranian", "Islamic Republic of Iran")
EGYPT = E("Egypt", "State", "Egyptian", "Cairo")
ARGENTINA = E("Argentina", "State", "Argentine", "Argentines", "Argentinian")
UKRAINE = E("Ukraine", "State", "Ukrainian")
UN = E("United Nations", "Organization", "UN", "U.N.")
UNSC = E("United Nations Security Council", "Organization", "UN Security Council",
         "U.N. Security Council", "Security Council")
NATO = E("NATO", "Organization", "North Atlantic Treaty Organization", "Nato")
EU = E("European Union", "Organization", "EU", "E.U.")
TRUMP = E("Donald Trump", "Person", "Trump", "President Donald Trump", "Donald J. Trump")
BIDEN = E("Joe Biden", "Person", "Biden", "President Joe Biden")
PUTIN = E("Vladimir Putin", "Person", "Putin", "President Vladimir Putin")
XI = E("Xi Jinping", "Person", "Xi", "President Xi Jinping", "Chinese President Xi Jinping")
CLINTON = E("Bill Clinton", "Person", "Clinton", "President Bill Clinton")
ASSAD = E("Bashar al-Assad", "Person", "Assad", "Bashar Assad", "President Bashar al-Assad")
LAVROV = E("Sergei Lavrov", "Person", "Lavrov", "Sergey Lavrov")
KATZ = E("Israel Katz", "Person", "Katz")
PARIS = E("Paris", "Place")
DAMASCUS = E("Damascus", "Place", "Syrian capital")
JERUSALEM = E("Jerusalem", "Place")
MIDDLE_EAST = E("Middle East", "Place")
ISLAMIC_STATE = E("Islamic State", "Organization", "IS", "ISIS", "Islamic State group", "ISIL")

ARTICLES = []


def article(slug, entities, facts, articles=None, not_articles=None):
    ARTICLES.append({"slug": slug, "entities": entities, "facts": facts,
                     "articles": articles, "not_articles": not_articles})


# ---------------------------------------------------------------------------
# 01  India takes Goa, Daman and Diu (17-19 December 1961)
# ---------------------------------------------------------------------------
T = "Anglo-Portuguese Alliance"
CH = "Charter of the United Nations"
article("01_india-takes-goa-1961", [
    E("India", "State", "Indian", "Republic of India", "Indian Government"),
    E("Portugal", "State", "Portuguese", "Lisbon"),
    UK, FRANCE, TURKEY, US,
    E("Soviet Union", "State", "Soviet", "USSR", "Union of Soviet Socialist Republics"),
    E("Indian Army", "Organization"),
    E("Indian Air Force", "Organization", "IAF"),
    E("Southern Command", "Organization", "Indian Army's Southern Command"),
    UNSC, UN,
    E("Commonwealth", "Organization", "Commonwealth of Nations"),
    E(T, "Agreement", "alliance with Britain", "Anglo-Portuguese Treaty", "Treaty of Windsor",
      "Portugal's centuries-old alliance with Britain", date="1373"),
    E(CH, "Agreement", "United Nations Charter", "UN Charter", "U.N. Charter", date="1945"),
    E("Manuel Antonio Vassalo e Silva", "Person", "Vassalo e Silva", "Manuel António Vassalo e Silva"),
    E("J. N. Chaudhuri", "Person", "Chaudhuri", "Jayanto Nath Chaudhuri", "Lieut. Gen. J. N. Chaudhuri"),
    E("Jawaharlal Nehru", "Person", "Mr. Nehru", "Prime Minister Jawaharlal Nehru"),
    E("V. K. Krishna Menon", "Person", "Krishna Menon", "Menon", "V.K. Krishna Menon"),
    E("Antonio de Oliveira Salazar", "Person", "Salazar", "António de Oliveira Salazar", "Premier Antonio de Oliveira Salazar"),
    E("Adlai E. Stevenson", "Person", "Adlai Stevenson", "Stevenson"),
    E("Leonid I. Brezhnev", "Person", "Leonid Brezhnev", "Brezhnev"),
    E("Dean Rusk", "Person", "Rusk"),
    E("B. K. Nehru", "Person", "B.K. Nehru", "Braj Kumar Nehru"),
    E("New Delhi", "Place"),
    E("Goa", "Place"),
    E("Daman", "Place", "Damao", "Damão"),
    E("Diu", "Place"),
    E("Portuguese India", "Place", "Estado da India", "Estado da Índia"),
    E("Dabolim airfield", "Place", "Dabolim", "airfield at Dabolim"),
    E("Mormugao", "Place", "Mormugão", "Marmagao"),
    E("Bombay", "Place", "Mumbai"),
    E("Indian subcontinent", "Place"),
], [
    F("India", "attacked", "Goa", "1961-12-18", "about 36 hours after Indian troops crossed into Goa, Daman and Diu"),
    F("India", "attacked", "Daman", "1961-12-18", "about 36 hours after Indian troops crossed into Goa, Daman and Diu"),
    F("India", "attacked", "Diu", "1961-12-18", "about 36 hours after Indian troops crossed into Goa, Daman and Diu"),
    F("Indian Air Force", "struck", "Dabolim airfield", "1961-12-18",
      "Canberra bombers of the Indian Air Force struck the airfield at Dabolim early on Monday"),
    F("India", "annexed", "Goa", "1961-12-19", "With the surrender, India has in effect annexed Goa, Daman and Diu"),
    F("India", "annexed", "Daman", "1961-12-19", "With the surrender, India has in effect annexed Goa, Daman and Diu"),
    F("India", "annexed", "Diu", "1961-12-19", "With the surrender, India has in effect annexed Goa, Daman and Diu"),
    F("Portugal", "invoked", T, "1961-12",
      "The Government of Premier Antonio de Oliveira Salazar invoked Portugal's centuries-old alliance with Britain and asked for help"),
    F("India", "attacked", "Portugal", "1961-12-18", "Lisbon called the invasion an aggression against Portuguese soil.",
      alleged=True),
    F("India", "violated", CH, "1961-12-18",
      "said the Indian action was a violation of the principles of the United Nations Charter", alleged=True),
    F("J. N. Chaudhuri", "represents", "Indian Army", "", "Lieut. Gen. J. N. Chaudhuri, head of the Indian Army's Southern Command"),
    F("Jawaharlal Nehru", "represents", "India", "", "the Government of Prime Minister Jawaharlal Nehru"),
    F("V. K. Krishna Menon", "represents", "India", "", "The Indian Defense Minister, V. K. Krishna Menon"),
    F("Antonio de Oliveira Salazar", "represents", "Portugal", "", "The Government of Premier Antonio de Oliveira Salazar"),
    F("Adlai E. Stevenson", "represents", "United States", "", "Adlai E. Stevenson, the United States representative"),
    F("Leonid I. Brezhnev", "represents", "Soviet Union", "", "The Soviet head of state, Leonid I. Brezhnev"),
    F("Dean Rusk", "represents", "United States", "", "Secretary of State Dean Rusk protested"),
    F("B. K. Nehru", "represents", "India", "", "the Indian Ambassador, B. K. Nehru"),
])

# ---------------------------------------------------------------------------
# 02  Israel-Jordan peace treaty (26 October 1994)
# ---------------------------------------------------------------------------
T = "Israel-Jordan peace treaty"
WD = "Washington Declaration"
article("02_israel-jordan-peace-treaty-1994", [
    ISRAEL,
    E("Jordan", "State", "Jordanian", "Hashemite Kingdom of Jordan"),
    EGYPT, US,
    E("Tunisia", "State", "Tunisian"),
    E("Mauritania", "State", "Mauritanian"),
    E("Malaysia", "State", "Malaysian"),
    E("Lebanon", "State", "Lebanese"),
    E("Palestine Liberation Organization", "Organization", "PLO", "P.L.O."),
    E(T, "Agreement", "Israel–Jordan peace treaty", "Jordan-Israel peace treaty", "Wadi Araba Treaty",
      "Treaty of Peace between the State of Israel and the Hashemite Kingdom of Jordan",
      "Israel-Jordan Treaty of Peace", date="1994-10-26"),
    E(WD, "Agreement", "the Washington Declaration", date="1994-07-25"),
    E("Yitzhak Rabin", "Person", "Rabin", "Prime Minister Yitzhak Rabin"),
    E("Abdul Salam Majali", "Person", "Majali", "Abdelsalam al-Majali", "Abdul Salam al-Majali"),
    E("King Hussein", "Person", "Hussein", "Hussein bin Talal", "King Hussein of Jordan", "the king"),
    CLINTON,
    E("Ezer Weizman", "Person", "Weizman"),
    E("Warren Christopher", "Person", "Christopher"),
    E("Arava crossing", "Place", "Arava Crossing", "Wadi Araba crossing", "Yitzhak Rabin crossing"),
    E("Eilat", "Place"),
    E("Jordan River", "Place", "River Jordan"),
    E("Yarmouk River", "Place", "Yarmouk"),
    E("Arava valley", "Place", "Arava", "Wadi Araba"),
    E("Naharayim", "Place", "Baqoura"),
    E("Tzofar", "Place", "al-Ghamr"),
    JERUSALEM,
    E("Amman", "Place"),
], [
    F("Israel", "signed", T, "1994-10-26", "Israel and Jordan signed a peace treaty on Wednesday"),
    F("Jordan", "signed", T, "1994-10-26", "Israel and Jordan signed a peace treaty on Wednesday"),
    F("Yitzhak Rabin", "signed", T, "1994-10-26",
      "The treaty was signed by Israeli Prime Minister Yitzhak Rabin and Jordan's prime minister, Abdul Salam Majali"),
    F("Abdul Salam Majali", "signed", T, "1994-10-26",
      "The treaty was signed by Israeli Prime Minister Yitzhak Rabin and Jordan's prime minister, Abdul Salam Majali"),
    F("Bill Clinton", "signed", T, "1994-10-26", "Clinton then put his own signature to the document as an official witness."),
    F("United States", "mediated", T, "1994", "Both Hussein and Rabin praised the United States for helping to broker the accord"),
    F("Ezer Weizman", "met_with", "King Hussein", "1994-10-26", "Israeli President Ezer Weizman shook hands with the king"),
    F("King Hussein", "met_with", "Yitzhak Rabin", "1994-07-25", "Hussein and Rabin held their first public meeting on July 25 at the White House"),
    F("King Hussein", "signed", WD, "1994-07-25",
      "Hussein and Rabin held their first public meeting on July 25 at the White House, where they signed the Washington Declaration"),
    F("Yitzhak Rabin", "signed", WD, "1994-07-25",
      "Hussein and Rabin held their first public meeting on July 25 at the White House, where they signed the Washington Declaration"),
    F("King Hussein", "met_with", "Yitzhak Rabin", "1975", "are reported to have met in secret as early as 1975"),
    F("Yitzhak Rabin", "represents", "Israel", "", "Israeli Prime Minister Yitzhak Rabin"),
    F("Abdul Salam Majali", "represents", "Jordan", "", "Jordan's prime minister, Abdul Salam Majali"),
    F("King Hussein", "represents", "Jordan", "", "Jordan's King Hussein"),
    F("Bill Clinton", "represents", "United States", "", "U.S. President Bill Clinton"),
    F("Ezer Weizman", "represents", "Israel", "", "Israeli President Ezer Weizman"),
    F("Warren Christopher", "represents", "United States", "", "U.S. Secretary of State Warren Christopher"),
])

# ---------------------------------------------------------------------------
# 03  Peru and Ecuador sign the Presidential Act of Brasilia (26 October 1998)
# ---------------------------------------------------------------------------
T = "Presidential Act of Brasilia"
RIO = "Rio de Janeiro Protocol"
ITA = "Itamaraty Peace Declaration"
SIGN = ("was signed in the Itamaraty Palace, the home of Brazil's foreign ministry, by Alberto Fujimori of Peru "
        "and Jamil Mahuad of Ecuador and by their foreign ministers, Fernando de Trazegnies and Jose Ayala Lasso")
GUAR = ("Brazil's Fernando Henrique Cardoso, Argentina's Carlos Menem and Chile's Eduardo Frei, "
        "added their names to the document")
MED = "The four countries mediated the three years of negotiations"
article("03_peru-ecuador-brasilia-peace-1998", [
    E("Peru", "State", "Peruvian", "Lima"),
    E("Ecuador", "State", "Ecuadorean", "Ecuadorian"),
    E("Brazil", "State", "Brazilian"),
    ARGENTINA,
    E("Chile", "State", "Chilean"),
    US,
    E("Brazilian Foreign Ministry", "Organization", "Brazil's foreign ministry", "Itamaraty"),
    E(T, "Agreement", "Acta Presidencial de Brasilia", "Brasilia Presidential Act", "Brasilia peace accord",
      "Peru-Ecuador peace agreement", "Global and Definitive Peace Agreement", date="1998-10-26"),
    E(RIO, "Agreement", "1942 Rio de Janeiro Protocol", "Rio Protocol", "Protocol of Rio de Janeiro",
      "1942 protocol", date="1942-01"),
    E(ITA, "Agreement", "Itamaraty Declaration", "Declaration of Itamaraty", date="1995-02-17"),
    E("Alberto Fujimori", "Person", "Fujimori", "Alberto K. Fujimori"),
    E("Jamil Mahuad", "Person", "Mahuad", "Jamil Mahuad Witt"),
    E("Fernando de Trazegnies", "Person", "de Trazegnies", "Fernando de Trazegnies Granda", "Trazegnies"),
    E("Jose Ayala Lasso", "Person", "Ayala Lasso", "José Ayala Lasso"),
    E("Fernando Henrique Cardoso", "Person", "Cardoso"),
    E("Carlos Menem", "Person", "Menem", "Carlos Saul Menem"),
    E("Eduardo Frei", "Person", "Frei", "Eduardo Frei Ruiz-Tagle"),
    E("Thomas McLarty", "Person", "McLarty", "Thomas F. McLarty III", "Mack McLarty"),
    CLINTON,
    E("Brasilia", "Place", "Brasília"),
    E("Itamaraty Palace", "Place"),
    E("Cordillera del Condor", "Place", "Cordillera del Cóndor", "Condor mountains"),
    E("Tiwinza", "Place"),
    E("Amazon River", "Place", "Amazon"),
    E("Americas", "Place"),
    E("Western Hemisphere", "Place"),
], [
    F("Alberto Fujimori", "signed", T, "1998-10-26", SIGN),
    F("Jamil Mahuad", "signed", T, "1998-10-26", SIGN),
    F("Fernando de Trazegnies", "signed", T, "1998-10-26", SIGN),
    F("Jose Ayala Lasso", "signed", T, "1998-10-26", SIGN),
    F("Fernando Henrique Cardoso", "signed", T, "1998-10-26", GUAR),
    F("Carlos Menem", "signed", T, "1998-10-26", GUAR),
    F("Eduardo Frei", "signed", T, "1998-10-26", GUAR),
    F("Thomas McLarty", "signed", T, "1998-10-26", "as did Thomas McLarty, the personal representative of U.S. President Bill Clinton"),
    F("Peru", "signed", RIO, "1942", "the 1942 Rio de Janeiro Protocol, which Peru and Ecuador signed after their 1941 war"),
    F("Ecuador", "signed", RIO, "1942", "the 1942 Rio de Janeiro Protocol, which Peru and Ecuador signed after their 1941 war"),
    F("Argentina", "mediated", T, "1998", MED),
    F("Brazil", "mediated", T, "1998", MED),
    F("Chile", "mediated", T, "1998", MED),
    F("United States", "mediated", T, "1998", MED),
    F("Peru", "signed", ITA, "1995-02-17", "the Itamaraty Peace Declaration, which Peru and Ecuador signed on Feb. 17, 1995"),
    F("Ecuador", "signed", ITA, "1995-02-17", "the Itamaraty Peace Declaration, which Peru and Ecuador signed on Feb. 17, 1995"),
    F("Alberto Fujimori", "met_with", "Jamil Mahuad", "1998",
      "The two presidents, who have held a series of face-to-face meetings since Mahuad took office in August"),
    F("Bill Clinton", "met_with", "Alberto Fujimori", "1998-10-09", "Clinton met Fujimori and Mahuad at the White House on Oct. 9"),
    F("Bill Clinton", "met_with", "Jamil Mahuad", "1998-10-09", "Clinton met Fujimori and Mahuad at the White House on Oct. 9"),
    F("Alberto Fujimori", "represents", "Peru", "", "The presidents of Peru and Ecuador put their signatures"),
    F("Jamil Mahuad", "represents", "Ecuador", "", "The presidents of Peru and Ecuador put their signatures"),
    F("Fernando de Trazegnies", "represents", "Peru", "", "by their foreign ministers, Fernando de Trazegnies and Jose Ayala Lasso"),
    F("Jose Ayala Lasso", "represents", "Ecuador", "", "by their foreign ministers, Fernando de Trazegnies and Jose Ayala Lasso"),
    F("Fernando Henrique Cardoso", "represents", "Brazil", "", "The leaders of three of the four guarantor countries, Brazil's Fernando Henrique Cardoso"),
    F("Carlos Menem", "represents", "Argentina", "", "Argentina's Carlos Menem"),
    F("Eduardo Frei", "represents", "Chile", "", "Chile's Eduardo Frei"),
    F("Thomas McLarty", "represents", "United States", "", "Thomas McLarty, the personal representative of U.S. President Bill Clinton"),
    F("Bill Clinton", "represents", "United States", "", "U.S. President Bill Clinton"),
])

# ---------------------------------------------------------------------------
# 04  Kenya power-sharing agreement (28 February 2008)
# ---------------------------------------------------------------------------
T = "Agreement on the Principles of Partnership of the Coalition Government"
PANEL = "Panel of Eminent African Personalities"
TALKS = "after several hours of closed-door talks with former UN secretary general Kofi Annan"
article("04_kenya-power-sharing-deal-2008", [
    E("Kenya", "State", "Kenyan", "Republic of Kenya"),
    E("Tanzania", "State", "Tanzanian"),
    E("Mozambique", "State", "Mozambican"),
    E("South Africa", "State", "South African"),
    US,
    E("African Union", "Organization", "AU"),
    UN,
    E(PANEL, "Organization", "the panel", "AU Panel of Eminent African Personalities"),
    E("Orange Democratic Movement", "Organization", "ODM"),
    E(T, "Agreement", "power-sharing agreement", "power-sharing deal", "Kenya power-sharing agreement",
      "National Accord", "coalition agreement", date="2008-02-28"),
    E("Mwai Kibaki", "Person", "Kibaki", "President Mwai Kibaki"),
    E("Raila Odinga", "Person", "Odinga", "Raila"),
    E("Kofi Annan", "Person", "Annan"),
    E("Benjamin Mkapa", "Person", "Mkapa"),
    E("Graca Machel", "Person", "Graça Machel", "Machel"),
    E("Jakaya Kikwete", "Person", "Kikwete"),
    E("Condoleezza Rice", "Person", "Rice"),
    E("Martha Karua", "Person", "Karua"),
    E("William Ruto", "Person", "Ruto"),
    E("Musalia Mudavadi", "Person", "Mudavadi"),
    E("Nairobi", "Place", "the Kenyan capital"),
    E("Harambee House", "Place"),
    E("Molo", "Place", "Molo district"),
    E("Rift Valley", "Place"),
    E("Kisumu", "Place"),
    E("Mombasa", "Place"),
], [
    F("Mwai Kibaki", "signed", T, "2008-02-28",
      "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement on Thursday"),
    F("Raila Odinga", "signed", T, "2008-02-28",
      "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement on Thursday"),
    F("Kofi Annan", "mediated", T, "2008-02",
      "Kofi Annan, who has spent more than a month in the Kenyan capital mediating between them"),
    F(PANEL, "mediated", T, "2008-02", "Annan chairs the Panel of Eminent African Personalities, which has mediated the talks since late January"),
    F("Benjamin Mkapa", "mediated", T, "2008-02",
      "The panel also includes former Tanzanian president Benjamin Mkapa and Graca Machel"),
    F("Graca Machel", "mediated", T, "2008-02",
      "The panel also includes former Tanzanian president Benjamin Mkapa and Graca Machel"),
    F("Jakaya Kikwete", "mediated", T, "2008-02",
      "enlisted Tanzanian President Jakaya Kikwete, the current chairman of the African Union, to help him broker a compromise directly between the two leaders"),
    F("Kofi Annan", "led", PANEL, "", "Annan chairs the Panel of Eminent African Personalities"),
    F("Raila Odinga", "led", "Orange Democratic Movement", "", "Odinga, who leads the ODM"),
    F("Kofi Annan", "met_with", "Mwai Kibaki", "2008-02-28", TALKS),
    F("Kofi Annan", "met_with", "Raila Odinga", "2008-02-28", TALKS),
    F("Mwai Kibaki", "met_with", "Raila Odinga", "2008-02-28", "The two rivals signed the deal at a table set up outside Harambee House, the president's office in central Nairobi, " + TALKS),
    F("Mwai Kibaki", "met_with", "Raila Odinga", "2008-01-24", "Kibaki and Odinga first met face to face since the crisis began on January 24"),
    F("Condoleezza Rice", "met_with", "Mwai Kibaki", "2008-02-18", "flew to Nairobi on February 18 and met Kibaki and Odinga separately"),
    F("Condoleezza Rice", "met_with", "Raila Odinga", "2008-02-18", "flew to Nairobi on February 18 and met Kibaki and Odinga separately"),
    F("Mwai Kibaki", "represents", "Kenya", "", "Kenyan President Mwai Kibaki"),
    F("Raila Odinga", "represents", "Orange Democratic Movement", "", "Odinga, who leads the ODM"),
    F("Kofi Annan", "represents", PANEL, "", "Annan chairs the Panel of Eminent African Personalities"),
    F("Jakaya Kikwete", "represents", "Tanzania", "", "Tanzanian President Jakaya Kikwete"),
    F("Jakaya Kikwete", "represents", "African Union", "", "Jakaya Kikwete, the current chairman of the African Union"),
    F("Condoleezza Rice", "represents", "United States", "", "US Secretary of State Condoleezza Rice"),
    F("Martha Karua", "represents", "Kenya", "", "The government side, whose negotiators included Justice Minister Martha Karua"),
    F("William Ruto", "represents", "Orange Democratic Movement", "", "ODM negotiators, among them William Ruto and Musalia Mudavadi"),
    F("Musalia Mudavadi", "represents", "Orange Democratic Movement", "", "ODM negotiators, among them William Ruto and Musalia Mudavadi"),
])

# ---------------------------------------------------------------------------
# 05  US missile strike on Shayrat air base (7 April 2017)
# ---------------------------------------------------------------------------
MOU = "US-Russia memorandum on air safety in Syria"
DEAL13 = "2013 Syrian chemical weapons deal"
article("05_us-missile-strike-shayrat-2017", [
    US, SYRIA, RUSSIA, CHINA, UK, ISRAEL,
    E("Saudi Arabia", "State", "Saudi"),
    TURKEY, IRAN,
    E("US Department of Defense", "Organization", "Pentagon", "the Pentagon", "Department of Defense"),
    E("Russian Foreign Ministry", "Organization", "Russia's Foreign Ministry"),
    E("Russian Defence Ministry", "Organization", "Russian Ministry of Defence", "Russia's Defence Ministry"),
    E("Syrian Presidency", "Organization", "Assad's office"),
    UNSC,
    E(MOU, "Agreement", "memorandum on the prevention of incidents and ensuring air safety during operations in Syria",
      "air safety memorandum", "air safety pact", "Memorandum on prevention of incidents and providing security during operations in the air space of Syria",
      date="2015-10"),
    E(DEAL13, "Agreement", "Russian-brokered deal", "Framework for Elimination of Syrian Chemical Weapons", date="2013-09"),
    ASSAD, TRUMP, XI, PUTIN,
    E("Talal Barazi", "Person", "Barazi", "Talal al-Barazi"),
    E("Jeff Davis", "Person", "Captain Jeff Davis", "Davis"),
    E("Dmitry Peskov", "Person", "Peskov"),
    E("Barack Obama", "Person", "Obama", "President Barack Obama"),
    E("Shayrat air base", "Place", "Shayrat", "Shayrat airfield", "Al Shayrat airfield", "Sha'irat airfield"),
    E("Homs", "Place"),
    E("Homs province", "Place"),
    E("Mediterranean", "Place", "eastern Mediterranean", "Mediterranean Sea"),
    E("Mar-a-Lago", "Place", "Mar-a-Lago resort"),
    E("Palm Beach", "Place"),
    E("Florida", "Place"),
    E("Khan Sheikhoun", "Place", "Khan Shaykhun"),
    E("Idlib province", "Place", "Idlib"),
    DAMASCUS,
], [
    F("United States", "struck", "Shayrat air base", "2017-04-07",
      "The missiles were fired from two American destroyers in the eastern Mediterranean at about 4:40 a.m. local time and struck Shayrat air base"),
    F("Syria", "struck", "Khan Sheikhoun", "2017-04-04",
      "U.S. officials say Syrian government aircraft flying from Shayrat carried out Tuesday's attack on the rebel-held town of Khan Sheikhoun",
      alleged=True),
    F("Donald Trump", "met_with", "Xi Jinping", "2017-04-06",
      "the same day he welcomed Chinese President Xi Jinping to the resort for two days of talks, and the two men had dinner together"),
    F("Russia", "signed", MOU, "2015-10", "which Moscow and Washington signed in October 2015"),
    F("United States", "signed", MOU, "2015-10", "which Moscow and Washington signed in October 2015"),
    F("United States", "violated", MOU, "2017-04-07",
      "The Russian Defence Ministry called the U.S. action a serious violation of the memorandum", alleged=True),
    F("Russia", "mediated", DEAL13, "2013", "accepting instead a Russian-brokered deal"),
    F("Bashar al-Assad", "represents", "Syria", "", "President Bashar al-Assad"),
    F("Donald Trump", "represents", "United States", "", "President Donald Trump, who announced the strike"),
    F("Xi Jinping", "represents", "China", "", "Chinese President Xi Jinping"),
    F("Jeff Davis", "represents", "US Department of Defense", "", "Pentagon spokesman Captain Jeff Davis"),
    F("Dmitry Peskov", "represents", "Russia", "", "Kremlin spokesman Dmitry Peskov"),
    F("Vladimir Putin", "represents", "Russia", "", "President Vladimir Putin"),
    F("Barack Obama", "represents", "United States", "", "In 2013 President Barack Obama stepped back"),
])

# ---------------------------------------------------------------------------
# 06  Greece ratifies the Prespa agreement (25 January 2019)
# ---------------------------------------------------------------------------
T = "Prespa agreement"
IA = "Interim Accord"
SIGN = "by the two foreign ministers, Nikos Kotzias of Greece and Nikola Dimitrov of the former Yugoslav Republic of Macedonia"
NIM = ("Matthew Nimetz, the veteran U.N. envoy who had mediated between the two governments for nearly two decades, "
       "also signed")
article("06_greece-ratifies-prespa-agreement-2019", [
    E("Greece", "State", "Greek", "Greeks", "Hellenic Republic"),
    E("North Macedonia", "State", "Republic of North Macedonia", "former Yugoslav Republic of Macedonia",
      "FYROM", "Macedonian", "Skopje", "Republic of Macedonia"),
    NATO, EU, UN,
    E("Hellenic Parliament", "Organization", "Greece's parliament", "Greek parliament"),
    E("Assembly of North Macedonia", "Organization", "North Macedonia's parliament"),
    E("SYRIZA", "Organization", "Syriza"),
    E("Independent Greeks", "Organization", "ANEL"),
    E("New Democracy", "Organization", "New Democracy party"),
    E("Communist Party of Greece", "Organization", "Communist Party", "KKE"),
    E("Golden Dawn", "Organization"),
    E("European Council", "Organization"),
    E("Twitter", "Organization", "X"),
    E(T, "Agreement", "Prespa accord", "Prespes Agreement", "Treaty of Prespa", "Prespa deal", date="2018-06-17"),
    E(IA, "Agreement", "Interim Accord of 1995", "1995 Interim Accord", date="1995-09-13"),
    E("Alexis Tsipras", "Person", "Tsipras", "Prime Minister Alexis Tsipras"),
    E("Zoran Zaev", "Person", "Zaev"),
    E("Nikos Voutsis", "Person", "Voutsis"),
    E("Kyriakos Mitsotakis", "Person", "Mitsotakis"),
    E("Nikos Kotzias", "Person", "Kotzias"),
    E("Nikola Dimitrov", "Person", "Dimitrov"),
    E("Matthew Nimetz", "Person", "Nimetz"),
    E("Panos Kammenos", "Person", "Kammenos"),
    E("Jens Stoltenberg", "Person", "Stoltenberg"),
    E("Donald Tusk", "Person", "Tusk"),
    E("Alexander the Great", "Person"),
    E("Athens", "Place"),
    E("Macedonia", "Place", "Macedonia region", "Greek Macedonia"),
    E("Psarades", "Place"),
    E("Lake Prespa", "Place", "Prespa"),
    E("New York", "Place"),
], [
    F("Nikos Kotzias", "signed", T, "2018-06-17", SIGN),
    F("Nikola Dimitrov", "signed", T, "2018-06-17", SIGN),
    F("Matthew Nimetz", "signed", T, "2018-06-17", NIM),
    F("Matthew Nimetz", "mediated", T, "2018", NIM),
    F("Alexis Tsipras", "met_with", "Zoran Zaev", "2018-06-17", "The two prime ministers embraced on the village jetty before the ceremony."),
    F("Greece", "signed", IA, "1995", "an Interim Accord the two countries signed in New York in 1995"),
    F("North Macedonia", "signed", IA, "1995", "an Interim Accord the two countries signed in New York in 1995"),
    F("Alexis Tsipras", "represents", "Greece", "", "Prime Minister Alexis Tsipras"),
    F("Zoran Zaev", "represents", "North Macedonia", "", "His Macedonian counterpart, Zoran Zaev"),
    F("Nikos Voutsis", "represents", "Hellenic Parliament", "", "Nikos Voutsis, the speaker of parliament"),
    F("Kyriakos Mitsotakis", "represents", "New Democracy", "", "New Democracy party, whose leader Kyriakos Mitsotakis"),
    F("Nikos Kotzias", "represents", "Greece", "", SIGN),
    F("Nikola Dimitrov", "represents", "North Macedonia", "", SIGN),
    F("Matthew Nimetz", "represents", "United Nations", "", "Matthew Nimetz, the veteran U.N. envoy"),
    F("Panos Kammenos", "represents", "Greece", "", "Panos Kammenos, the defence minister"),
    F("Jens Stoltenberg", "represents", "NATO", "", "NATO Secretary General Jens Stoltenberg"),
    F("Donald Tusk", "represents", "European Council", "", "European Council President Donald Tusk"),
])

# ---------------------------------------------------------------------------
# 07  US sanctions on Turkey over the S-400 purchase (14-16 December 2020)
# ---------------------------------------------------------------------------
T = "Turkey-Russia S-400 contract"
SSB = "Presidency of Defence Industries"
article("07_us-sanctions-turkey-s400-2020", [
    US, TURKEY, RUSSIA,
    E("Greece", "State", "Greek", "Greeks", "Hellenic Republic"),
    E("Cyprus", "State", "Cypriot"),
    SYRIA,
    NATO, EU,
    E(SSB, "Organization", "SSB", "Presidency of Defense Industries", "Savunma Sanayii Baskanligi"),
    E("Rosoboronexport", "Organization"),
    E("United States Congress", "Organization", "Congress", "US Congress"),
    E("Turkish Foreign Ministry", "Organization", "Turkey's Foreign Ministry"),
    E(T, "Agreement", "S-400 deal", "contract for the S-400 system", "S-400 contract", "S-400 purchase", date="2017-12"),
    E("Mike Pompeo", "Person", "Pompeo", "Secretary of State Mike Pompeo"),
    E("Ismail Demir", "Person", "Demir", "Dr Ismail Demir"),
    TRUMP,
    E("Recep Tayyip Erdogan", "Person", "Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    E("Mevlut Cavusoglu", "Person", "Cavusoglu", "Mevlüt Çavuşoğlu"),
    PUTIN, LAVROV,
    E("Istanbul", "Place"),
], [
    F("Turkey", "signed", T, "2017-12", "Turkey signed the contract for the S-400 system with Russia in December 2017"),
    F("Russia", "signed", T, "2017-12", "Turkey signed the contract for the S-400 system with Russia in December 2017"),
    F("Donald Trump", "met_with", "Recep Tayyip Erdogan", "2019-11",
      "Trump, who hosted Turkish President Tayyip Erdogan at the White House in November 2019"),
    F("Mike Pompeo", "represents", "United States", "", "announced on Monday by Secretary of State Mike Pompeo"),
    F("Ismail Demir", "represents", SSB, "", "its president, Ismail Demir"),
    F("Donald Trump", "represents", "United States", "", "President Donald Trump leaves office"),
    F("Recep Tayyip Erdogan", "represents", "Turkey", "", "Turkish President Tayyip Erdogan"),
    F("Mevlut Cavusoglu", "represents", "Turkey", "", "Foreign Minister Mevlut Cavusoglu conveyed Ankara's objections"),
    F("Vladimir Putin", "represents", "Russia", "", "Russian President Vladimir Putin"),
    F("Sergei Lavrov", "represents", "Russia", "", "Russian Foreign Minister Sergei Lavrov"),
])

# ---------------------------------------------------------------------------
# 08  Mali ends the 2015 Algiers peace accord (25 January 2024)
# ---------------------------------------------------------------------------
T = "Algiers Accord"
CMA = "Coordination of Azawad Movements"
KIDAL = ("Malian troops and Russian mercenaries of the Wagner Group launched an offensive that captured "
         "the rebel stronghold of Kidal on November 14")
article("08_mali-ends-algiers-accord-2024", [
    E("Mali", "State", "Malian", "Malian government", "Republic of Mali"),
    E("Algeria", "State", "Algerian"),
    RUSSIA, FRANCE,
    E("Burkina Faso", "State"),
    E("Niger", "State", "Nigerien"),
    UN,
    E("MINUSMA", "Organization", "UN peacekeeping mission in Mali",
      "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    E(CMA, "Organization", "CMA"),
    E("Permanent Strategic Framework", "Organization", "CSP", "CSP-PSD",
      "Permanent Strategic Framework for Peace, Security and Development"),
    E("Wagner Group", "Organization", "Wagner"),
    E("AFP", "Organization", "Agence France-Presse"),
    E(T, "Agreement", "Agreement for Peace and Reconciliation in Mali", "Algiers accord", "Algiers Agreement",
      "2015 peace agreement", "Algiers peace accord", date="2015"),
    E("Abdoulaye Maiga", "Person", "Maiga", "Abdoulaye Maïga", "Colonel Abdoulaye Maiga"),
    E("Assimi Goita", "Person", "Goita", "Assimi Goïta", "Colonel Assimi Goita"),
    E("Abdelmadjid Tebboune", "Person", "Tebboune"),
    E("Mahmoud Dicko", "Person", "Dicko"),
    E("Mohamed Elmaouloud Ramadane", "Person", "Ramadane", "Mohamed El Maouloud Ramadane"),
    E("Bamako", "Place"),
    E("Algiers", "Place", "the Algerian capital"),
    E("Kidal", "Place"),
    E("Sahel", "Place"),
], [
    F("Mali", "signed", T, "2015-05-15", "The Malian government signed it in Bamako on May 15, 2015."),
    F(CMA, "signed", T, "2015-06-20",
      "held out for several weeks over its demands for northern autonomy and signed on June 20"),
    F("Algeria", "mediated", T, "2015", "that were mediated by Algeria with the backing of the United Nations"),
    F(CMA, "violated", T, "", "accusing them of breaching their commitments under the deal", alleged=True),
    F("Mali", "attacked", "Kidal", "2023-11", KIDAL),
    F("Wagner Group", "attacked", "Kidal", "2023-11", KIDAL),
    F("Abdelmadjid Tebboune", "met_with", "Mahmoud Dicko", "2023-12",
      "Algeria's President Abdelmadjid Tebboune received Mahmoud Dicko, an influential Malian imam and critic of the junta, in Algiers"),
    F("Abdoulaye Maiga", "represents", "Mali", "", "government spokesman Colonel Abdoulaye Maiga"),
    F("Assimi Goita", "represents", "Mali", "", "the head of the junta, Colonel Assimi Goita"),
    F("Abdelmadjid Tebboune", "represents", "Algeria", "", "Algeria's President Abdelmadjid Tebboune"),
    F("Mohamed Elmaouloud Ramadane", "represents", "Permanent Strategic Framework", "",
      "Mohamed Elmaouloud Ramadane, a spokesman for the Permanent Strategic Framework"),
])

# ---------------------------------------------------------------------------
# 09  Scraped live blog: fall of Assad, Israel in the Golan buffer zone (8-9 December 2024)
# ---------------------------------------------------------------------------
T = "Agreement on Disengagement"
DOHA = ("The foreign ministers of Russia, Iran and Turkey, Sergei Lavrov, Abbas Araghchi and Hakan Fidan, "
        "met on Saturday in Doha")
PED = "The UN special envoy for Syria, Geir Pedersen, also attended the talks"
ELY = ("US President-elect Donald Trump held talks with French President Emmanuel Macron at the Elysee Palace in Paris "
       "on Saturday and was then joined by Ukrainian President Volodymyr Zelensky for a three-way meeting")
NAVY = "Israeli missile boats struck the Syrian ports of Latakia and Minet al-Beida overnight"
article("09_syria-assad-falls-liveblog-2024", [
    SYRIA, ISRAEL, RUSSIA, US, EGYPT, IRAN, TURKEY, UKRAINE, FRANCE,
    E("Hayat Tahrir al-Sham", "Organization", "HTS"),
    ISLAMIC_STATE,
    E("US Central Command", "Organization", "Centcom", "CENTCOM", "U.S. Central Command"),
    E("Israel Defense Forces", "Organization", "IDF", "Israeli military"),
    E("Egyptian Foreign Ministry", "Organization", "Egypt's foreign ministry"),
    E("Syrian Observatory for Human Rights", "Organization", "SOHR"),
    UNSC, UN,
    E(T, "Agreement", "1974 Agreement on Disengagement", "1974 disengagement deal", "1974 agreement",
      "Agreement on Disengagement between Israel and Syria", "Israel-Syria disengagement agreement",
      "disengagement agreement", date="1974-05-31"),
    ASSAD,
    E("Gideon Saar", "Person", "Saar", "Gideon Sa'ar"),
    E("Henry Kissinger", "Person", "Kissinger"),
    E("Michael Erik Kurilla", "Person", "Kurilla", "General Michael Erik Kurilla", "Michael Kurilla"),
    BIDEN,
    E("Benjamin Netanyahu", "Person", "Netanyahu"),
    KATZ,
    E("Abu Mohammed al-Jolani", "Person", "al-Jolani", "Jolani", "Ahmed al-Sharaa", "Abu Mohammad al-Jolani"),
    E("Mohammed Ghazi al-Jalali", "Person", "al-Jalali", "Jalali", "Mohammad Ghazi al-Jalali"),
    E("Rami Abdel Rahman", "Person", "Abdel Rahman"),
    LAVROV,
    E("Abbas Araghchi", "Person", "Araghchi"),
    E("Hakan Fidan", "Person", "Fidan"),
    E("Geir Pedersen", "Person", "Pedersen", "Geir O. Pedersen"),
    TRUMP,
    E("Emmanuel Macron", "Person", "Macron"),
    E("Volodymyr Zelensky", "Person", "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"),
    DAMASCUS,
    E("Golan Heights", "Place", "Golan", "occupied Golan Heights"),
    E("Golan buffer zone", "Place", "buffer zone", "demilitarised buffer zone"),
    E("Umayyad Square", "Place"),
    E("Umayyad Mosque", "Place"),
    E("Geneva", "Place"),
    JERUSALEM,
    E("Mount Bental", "Place"),
    E("Damascus international airport", "Place", "Damascus International Airport"),
    E("Aleppo", "Place"),
    E("Doha", "Place"),
    PARIS,
    E("Elysee Palace", "Place", "Élysée Palace"),
    E("Notre-Dame cathedral", "Place", "Notre-Dame", "Notre Dame Cathedral"),
    E("Latakia", "Place"),
    E("Minet al-Beida", "Place", "al-Bayda", "Mina al-Bayda", "Minet el-Beida"),
    MIDDLE_EAST,
], [
    F("Israel", "violated", T, "2024-12-08",
      "Israel's seizure of the buffer zone, saying it amounts to \"an occupation of Syrian territory\" and \"a clear breach of the 1974 Agreement on Disengagement\"",
      alleged=True),
    F("Israel", "struck", "Damascus", "2024-12-09",
      "Israeli warplanes struck air bases, weapons depots and a research centre in the Damascus area overnight"),
    F("Israel", "signed", T, "1974-05-31", "Israel and Syria signed the Agreement on Disengagement in Geneva on May 31, 1974"),
    F("Syria", "signed", T, "1974-05-31", "Israel and Syria signed the Agreement on Disengagement in Geneva on May 31, 1974"),
    F("Henry Kissinger", "mediated", T, "1974", "It was brokered by Henry Kissinger, then the US secretary of state"),
    F("Israel", "annexed", "Golan Heights", "1981",
      "Israel captured the Golan Heights from Syria in 1967 and annexed the territory in 1981"),
    F("United States", "struck", "Islamic State", "2024-12-08",
      "The United States also struck Islamic State camps in central Syria on Sunday."),
    F("US Central Command", "struck", "Islamic State", "2024-12-08",
      "US Central Command says its B-52 bombers, F-15 fighters and A-10 attack jets hit more than 75 targets, including IS leaders and operatives."),
    F("Hayat Tahrir al-Sham", "attacked", "Aleppo", "2024-11-27",
      "The lightning offensive began on November 27 with an HTS attack on Aleppo."),
    F("Abu Mohammed al-Jolani", "led", "Hayat Tahrir al-Sham", "", "Abu Mohammed al-Jolani, who leads Hayat Tahrir al-Sham"),
    F("Bashar al-Assad", "represents", "Syria", "", "President Bashar al-Assad has fled to Russia"),
    F("Gideon Saar", "represents", "Israel", "", "Foreign Minister Gideon Saar said Israel was targeting"),
    F("Henry Kissinger", "represents", "United States", "", "Henry Kissinger, then the US secretary of state"),
    F("Michael Erik Kurilla", "represents", "US Central Command", "", "General Michael Erik Kurilla, the Centcom commander"),
    F("Joe Biden", "represents", "United States", "", "Speaking at the White House, President Joe Biden"),
    F("Benjamin Netanyahu", "represents", "Israel", "", "Israeli Prime Minister Benjamin Netanyahu"),
    F("Israel Katz", "represents", "Israel", "", "Defence Minister Israel Katz"),
    F("Abu Mohammed al-Jolani", "represents", "Hayat Tahrir al-Sham", "", "Abu Mohammed al-Jolani, who leads Hayat Tahrir al-Sham"),
    F("Mohammed Ghazi al-Jalali", "represents", "Syria", "", "Syria's prime minister, Mohammed Ghazi al-Jalali"),
    F("Rami Abdel Rahman", "represents", "Syrian Observatory for Human Rights", "",
      "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights"),
    # related teaser 1
    F("Sergei Lavrov", "met_with", "Abbas Araghchi", "2024-12-07", DOHA),
    F("Sergei Lavrov", "met_with", "Hakan Fidan", "2024-12-07", DOHA),
    F("Abbas Araghchi", "met_with", "Hakan Fidan", "2024-12-07", DOHA),
    F("Geir Pedersen", "met_with", "Sergei Lavrov", "2024-12-07", PED),
    F("Geir Pedersen", "met_with", "Abbas Araghchi", "2024-12-07", PED),
    F("Geir Pedersen", "met_with", "Hakan Fidan", "2024-12-07", PED),
    F("Sergei Lavrov", "represents", "Russia", "", DOHA),
    F("Abbas Araghchi", "represents", "Iran", "", DOHA),
    F("Hakan Fidan", "represents", "Turkey", "", DOHA),
    F("Geir Pedersen", "represents", "United Nations", "", PED),
    # related teaser 2
    F("Donald Trump", "met_with", "Emmanuel Macron", "2024-12-07", ELY),
    F("Donald Trump", "met_with", "Volodymyr Zelensky", "2024-12-07", ELY),
    F("Emmanuel Macron", "met_with", "Volodymyr Zelensky", "2024-12-07", ELY),
    F("Emmanuel Macron", "represents", "France", "", "French President Emmanuel Macron"),
    F("Volodymyr Zelensky", "represents", "Ukraine", "", "Ukrainian President Volodymyr Zelensky"),
    # related teaser 3
    F("Israel", "struck", "Latakia", "2024-12-10", NAVY),
    F("Israel", "struck", "Minet al-Beida", "2024-12-10", NAVY),
    F("Israel", "struck", "Syria", "2024-12",
      "The military said its aircraft had carried out more than 350 strikes across Syria since Sunday."),
    F("Israel Defense Forces", "struck", "Syria", "2024-12",
      "The military said its aircraft had carried out more than 350 strikes across Syria since Sunday."),
], articles=[
    "Syria live: Assad flees as rebels take Damascus; Israel seizes Golan buffer zone",
    "Russia, Iran and Turkey foreign ministers meet in Doha on Syria",
    "Trump meets Zelensky and Macron in Paris before Notre-Dame reopening",
    "Israel says it destroyed Syrian navy in overnight strikes",
], not_articles=[
    "We value your privacy",
    "Accept all | Reject all | Manage preferences",
    "Skip to main content",
    "Home | World | Middle East | Africa | Europe | Americas | Asia | Business | Opinion | Video | Live",
    "Search | Sign in | Subscribe",
    "Middle East",
    "LIVE",
    "By the Middle East live team",
    "Last updated 9 December 2024, 11:40 GMT",
    "Share: Facebook | X | WhatsApp | Email | Copy link",
    "Rebel fighters and residents celebrate in Umayyad Square in Damascus on Sunday. Photograph: agency pool",
    "Key points",
    "Show key events only",
    "Topics: Syria | Israel | Middle East | Bashar al-Assad | Live blogs",
    "Related",
    "2 days ago",
    "1 hour ago",
    "Sign up to Middle East Briefing",
    "Comments (214)",
    "Comments are closed on this live blog.",
    "About us | Contact | Advertise | Terms of use | Privacy policy | Cookie settings",
    "(c) 2024 All rights reserved",
])

# ---------------------------------------------------------------------------
# 10  Scraped article page: Biden-Xi summit at Woodside (15 November 2023)
# ---------------------------------------------------------------------------
GREET = "was greeted on the tarmac by Treasury Secretary Janet Yellen and California Governor Gavin Newsom"
article("10_biden-xi-woodside-summit-2023", [
    US, CHINA,
    E("Indonesia", "State", "Indonesian"),
    E("Japan", "State", "Japanese"),
    E("Australia", "State", "Australian"),
    ISRAEL, UKRAINE, RUSSIA, IRAN,
    E("Iraq", "State", "Iraqi"),
    SYRIA,
    E("Asia-Pacific Economic Cooperation", "Organization", "APEC"),
    E("Group of 20", "Organization", "G20", "G-20"),
    E("Chinese Foreign Ministry", "Organization", "China's foreign ministry"),
    E("US House of Representatives", "Organization", "House of Representatives", "House"),
    E("Hamas", "Organization"),
    E("Islamic Revolutionary Guard Corps", "Organization", "IRGC", "Iran's Islamic Revolutionary Guard Corps"),
    BIDEN, XI,
    E("Nancy Pelosi", "Person", "Pelosi"),
    E("Janet Yellen", "Person", "Yellen"),
    E("Gavin Newsom", "Person", "Newsom"),
    E("Karine Jean-Pierre", "Person", "Jean-Pierre"),
    E("Lloyd Austin", "Person", "Austin", "Lloyd J. Austin III"),
    E("Fumio Kishida", "Person", "Kishida"),
    E("Anthony Albanese", "Person", "Albanese"),
    E("Penny Wong", "Person", "Wong"),
    E("Woodside", "Place", "Woodside, California"),
    E("Filoli Estate", "Place", "Filoli estate", "Filoli"),
    E("San Francisco", "Place"),
    E("Bali", "Place"),
    E("Taiwan", "Place"),
    E("California", "Place"),
    E("Beijing", "Place"),
    E("Great Hall of the People", "Place"),
    E("Gaza", "Place", "Gaza Strip"),
    E("Deir ez-Zor", "Place", "Deir al-Zour", "Deir Ezzor"),
], [
    F("Joe Biden", "met_with", "Xi Jinping", "2023-11-15",
      "President Joe Biden and Chinese President Xi Jinping met for four hours on Wednesday at a historic country estate south of San Francisco"),
    F("Joe Biden", "met_with", "Xi Jinping", "2022-11", "They last met in November 2022 on the Indonesian island of Bali"),
    F("Xi Jinping", "met_with", "Janet Yellen", "2023-11-14", GREET),
    F("Xi Jinping", "met_with", "Gavin Newsom", "2023-11-14", GREET),
    F("Gavin Newsom", "met_with", "Xi Jinping", "2023-10", "California Governor Gavin Newsom, who had met Xi in Beijing last month"),
    F("Joe Biden", "represents", "United States", "", "President Joe Biden and Chinese President Xi Jinping"),
    F("Xi Jinping", "represents", "China", "", "Chinese President Xi Jinping"),
    F("Nancy Pelosi", "represents", "US House of Representatives", "", "then-House Speaker Nancy Pelosi"),
    F("Janet Yellen", "represents", "United States", "", "Treasury Secretary Janet Yellen"),
    F("Karine Jean-Pierre", "represents", "United States", "", "White House press secretary Karine Jean-Pierre"),
    F("Lloyd Austin", "represents", "United States", "", "Defense Secretary Lloyd Austin is expected"),
    # more from World 1
    F("Joe Biden", "met_with", "Fumio Kishida", "2023-11-16",
      "President Joe Biden met Japanese Prime Minister Fumio Kishida in San Francisco on Thursday"),
    F("Fumio Kishida", "represents", "Japan", "", "Japanese Prime Minister Fumio Kishida"),
    # more from World 2
    F("Anthony Albanese", "met_with", "Xi Jinping", "2023-11-06",
      "Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Monday"),
    F("Penny Wong", "met_with", "Xi Jinping", "2023-11-06", "Foreign Minister Penny Wong joined him for the talks."),
    F("Anthony Albanese", "represents", "Australia", "", "Australian Prime Minister Anthony Albanese"),
    F("Penny Wong", "represents", "Australia", "", "Foreign Minister Penny Wong joined him"),
    # more from World 3
    F("United States", "struck", "Deir ez-Zor", "2023-11-08",
      "Two U.S. F-15 fighter jets struck a weapons storage facility near Deir ez-Zor in eastern Syria"),
    F("Lloyd Austin", "represents", "United States", "", "Defense Secretary Lloyd Austin said on Wednesday"),
], articles=[
    "Biden and Xi agree to curb fentanyl and restore military talks at California summit",
    "Biden and Japan's Kishida condemn Hamas in San Francisco meeting",
    "Albanese meets Xi in Beijing on first visit by an Australian leader in seven years",
    "US jets strike Iran-linked weapons depot in eastern Syria",
], not_articles=[
    "This site uses cookies.",
    "[ I agree ]  [ Manage cookies ]",
    "Menu | Home | U.S. | World | Politics | Business | Tech | Climate | Sports | Weather",
    "Watch Live | Sign in | Subscribe for $1",
    "World > Asia-Pacific",
    "By Staff and wire reports",
    "Published 7:58 PM PST, November 15, 2023 | Updated 9:12 PM PST, November 15, 2023",
    "6 min read",
    "Share this article: Facebook | X | LinkedIn | Email | Print",
    "President Joe Biden greets Chinese President Xi Jinping at the Filoli Estate in Woodside, California, on Wednesday. (Photo courtesy of the White House)",
    "Tags: China | Joe Biden | Xi Jinping | APEC | Fentanyl | Taiwan",
    "Sign up for The Morning Brief",
    "Comments (37)",
    "Join the conversation. Please log in to comment. Read our community guidelines.",
    "More from World",
    "Nov 16, 2023",
    "Nov 6, 2023",
    "Nov 8, 2023",
    "Advertisement",
    "About | Contact us | Careers | Terms of Service | Privacy Policy | Do Not Sell My Personal Information",
    "(c) 2023 All rights reserved.",
])

# ---------------------------------------------------------------------------
# 11  Negative control: Messi's eighth Ballon d'Or (30 October 2023). No facts.
# ---------------------------------------------------------------------------
article("11_messi-eighth-ballon-dor-2023", [
    E("Lionel Messi", "Person", "Messi", "Leo Messi"),
    E("Erling Haaland", "Person", "Haaland", "Erling Braut Haaland"),
    E("Kylian Mbappe", "Person", "Mbappe", "Kylian Mbappé", "Mbappé"),
    E("David Beckham", "Person", "Beckham"),
    E("Diego Maradona", "Person", "Maradona"),
    E("Aitana Bonmati", "Person", "Bonmati", "Aitana Bonmatí", "Bonmatí"),
    E("Jude Bellingham", "Person", "Bellingham"),
    E("Emiliano Martinez", "Person", "Emiliano Martínez", "Martinez"),
    E("Vinicius Junior", "Person", "Vinícius Júnior", "Vinicius"),
    E("Cristiano Ronaldo", "Person", "Ronaldo"),
    E("Luka Modric", "Person", "Luka Modrić", "Modric"),
    E("Karim Benzema", "Person", "Benzema"),
    E("Inter Miami", "Organization", "Inter Miami CF"),
    E("Paris Saint-Germain", "Organization", "PSG"),
    E("Major League Soccer", "Organization", "MLS"),
    E("France Football", "Organization"),
    E("Manchester City", "Organization", "Man City"),
    E("FC Barcelona", "Organization", "Barcelona"),
    E("Real Madrid", "Organization"),
    E("Premier League", "Organization"),
    E("Liga F", "Organization"),
    ARGENTINA, FRANCE,
    E("Qatar", "State", "Qatari"),
    E("Spain", "State", "Spanish"),
    E("Australia", "State", "Australian"),
    E("New Zealand", "State"),
    PARIS,
    E("Theatre du Chatelet", "Place", "Théâtre du Châtelet", "Chatelet"),
    E("England", "Place"),
], [])


# ---------------------------------------------------------------------------
def main():
    os.makedirs(GOLD, exist_ok=True)
    problems = 0
    for a in ARTICLES:
        path = os.path.join(CORPUS, a["slug"] + ".txt")
        text = open(path, encoding="utf-8").read()
        for f in a["facts"]:
            if f["evidence"] not in text:
                problems += 1
                print(f"{a['slug']}: evidence not in text: {f['evidence']!r}")
        for s in (a["articles"] or []) + (a["not_articles"] or []):
            if s not in text:
                problems += 1
                print(f"{a['slug']}: page string not in text: {s!r}")
        ent = {"source": "corpus/" + a["slug"] + ".txt"}
        if a["articles"] is not None:
            ent["articles"] = a["articles"]
            ent["not_articles"] = a["not_articles"]
        ent["entities"] = a["entities"]
        with open(os.path.join(GOLD, a["slug"] + ".entities.json"), "w", encoding="utf-8") as fh:
            fh.write(json.dumps(ent, indent=1, ensure_ascii=False))
        with open(os.path.join(GOLD, a["slug"] + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in a["facts"]:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"{a['slug']}: {len(a['entities'])} entities, {len(a['facts'])} facts")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("all evidence strings found verbatim")
    return 0


if __name__ == "__main__":
    sys.exit(main())
