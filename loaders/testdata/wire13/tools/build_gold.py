#!/usr/bin/env python3
"""Build the wire13 gold files from the hand annotations below.

usage: build_gold.py            (run from anywhere; paths are relative to this file)

Every entity and fact of every article lives in this one file. For each article
the script writes gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl in the
format of /work/shared/devset/gold, then checks that every evidence string and
every page string (articles, not_articles) occurs verbatim in the article.
It exits 1 and lists the problems if any string is missing.
"""
import json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS, GOLD = os.path.join(ROOT, "corpus"), os.path.join(ROOT, "gold")

ARTICLES = {}


def E(name, kind, *aliases, date=None):
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e


def F(s, p, o, date, evidence, alleged=False):
    f = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": evidence}
    if alleged:
        f["modality"] = "alleged"
    return f


def article(slug, entities, facts, articles=None, not_articles=None):
    ARTICLES[slug] = dict(entities=entities, facts=facts, articles=articles, not_articles=not_articles)


# Shared entity records (the same name and aliases wherever they occur).
US = lambda *extra: E("United States", "State", "U.S.", "US", "United States of America", "American", "Washington", *extra)
UK = lambda *extra: E("United Kingdom", "State", "Britain", "British", "U.K.", "UK", *extra)
TURKEY = lambda *extra: E("Turkey", "State", "Turkish", "Ankara", "Turkiye", *extra)
SYRIA = lambda *extra: E("Syria", "State", "Syrian", "Damascus", "Syrian government", *extra)
RUSSIA = lambda *extra: E("Russia", "State", "Russian", "Moscow", *extra)
UN = lambda *extra: E("United Nations", "Organization", "U.N.", "UN", *extra)
UNSC = lambda *extra: E("United Nations Security Council", "Organization", "U.N. Security Council", "UN Security Council", "Security Council", *extra)
ERDOGAN = lambda *extra: E("Tayyip Erdogan", "Person", "Recep Tayyip Erdogan", "Erdogan", "President Tayyip Erdogan", *extra)
BASHAR = lambda *extra: E("Bashar al-Assad", "Person", "President Bashar al-Assad", "Assad", *extra)
GUTERRES = lambda *extra: E("Antonio Guterres", "Person", "Guterres", "UN Secretary-General Antonio Guterres", *extra)

# ---------------------------------------------------------------- 01
s = "01_esquipulas-ii-central-america-1987"
d = "1987-08-07"
ev_sign = ("was signed in the reception hall of the National Palace by President Vinicio Cerezo of Guatemala, "
           "President José Napoleón Duarte of El Salvador, President José Azcona Hoyo of Honduras, "
           "President Daniel Ortega Saavedra of Nicaragua and President Oscar Arias Sánchez of Costa Rica")
ev_meet = "The signing ended a two-day summit meeting at which the five leaders met behind closed doors"
five = ["Vinicio Cerezo", "José Napoleón Duarte", "José Azcona Hoyo", "Daniel Ortega", "Oscar Arias"]
article(s, [
    E("Esquipulas II", "Agreement", "Procedure for the Establishment of a Firm and Lasting Peace in Central America",
      "Esquipulas II Accord", "Esquipulas peace agreement", "Central American peace plan", date=d),
    E("Vinicio Cerezo", "Person", "President Vinicio Cerezo", "Mr. Cerezo", "Cerezo", "Marco Vinicio Cerezo Arévalo"),
    E("José Napoleón Duarte", "Person", "President José Napoleón Duarte", "Duarte", "Jose Napoleon Duarte"),
    E("José Azcona Hoyo", "Person", "President José Azcona Hoyo", "Azcona", "José Azcona del Hoyo", "Jose Azcona Hoyo"),
    E("Daniel Ortega", "Person", "Daniel Ortega Saavedra", "President Daniel Ortega Saavedra", "Ortega"),
    E("Oscar Arias", "Person", "Oscar Arias Sánchez", "Óscar Arias", "President Oscar Arias Sánchez", "Mr. Arias", "Arias"),
    E("Ronald Reagan", "Person", "President Reagan", "Reagan"),
    E("Jim Wright", "Person", "Wright", "Speaker Jim Wright"),
    E("Guatemala", "State", "Guatemalan"),
    E("El Salvador", "State", "Salvadoran"),
    E("Honduras", "State", "Honduran"),
    E("Nicaragua", "State", "Nicaraguan", "Managua", "Sandinista Government", "Sandinistas"),
    E("Costa Rica", "State", "Costa Rican"),
    US("Reagan Administration"),
    E("Mexico", "State", "Mexican"),
    E("Panama", "State", "Panamanian"),
    E("Colombia", "State", "Colombian"),
    E("Venezuela", "State", "Venezuelan"),
    E("Contadora group", "Organization", "Contadora"),
    E("Contras", "Organization", "Contra rebels", "Contra"),
    E("House of Representatives", "Organization", "the House", "U.S. House of Representatives"),
    E("Guatemala City", "Place"),
    E("National Palace", "Place", "National Palace of Guatemala"),
    E("Esquipulas", "Place"),
    E("Central America", "Place", "Central American"),
], [
    *[F(p, "signed", "Esquipulas II", d, ev_sign) for p in five],
    F("Vinicio Cerezo", "represents", "Guatemala", "", "President Vinicio Cerezo of Guatemala"),
    F("José Napoleón Duarte", "represents", "El Salvador", "", "President José Napoleón Duarte of El Salvador"),
    F("José Azcona Hoyo", "represents", "Honduras", "", "President José Azcona Hoyo of Honduras"),
    F("Daniel Ortega", "represents", "Nicaragua", "", "President Daniel Ortega Saavedra of Nicaragua"),
    F("Oscar Arias", "represents", "Costa Rica", "", "President Oscar Arias Sánchez of Costa Rica"),
    F("Ronald Reagan", "represents", "United States", "", "On Wednesday, President Reagan and the Speaker of the House, Jim Wright, unveiled a plan of their own"),
    F("Jim Wright", "represents", "House of Representatives", "", "the Speaker of the House, Jim Wright"),
    *[F(a, "met_with", b, "1987-08", ev_meet) for i, a in enumerate(five) for b in five[i + 1:]],
])

# ---------------------------------------------------------------- 02
s = "02_belgrano-sinking-falklands-1982"
article(s, [
    UK("London"),
    E("Argentina", "State", "Argentine", "Buenos Aires", "Argentine Republic"),
    US(),
    E("Peru", "State", "Peruvian"),
    E("General Belgrano", "Place", "ARA General Belgrano", "Belgrano", "Argentine cruiser General Belgrano"),
    E("Royal Navy", "Organization", "British navy"),
    E("Ministry of Defence", "Organization", "Defense Ministry", "British Defence Ministry"),
    E("Royal Marines", "Organization"),
    E("House of Commons", "Organization", "Commons"),
    UNSC(),
    E("UN Security Council Resolution 502", "Agreement", "U.N. Security Council Resolution 502", "Resolution 502", date="1982-04-03"),
    E("Ian McDonald", "Person", "McDonald"),
    E("Margaret Thatcher", "Person", "Prime Minister Margaret Thatcher", "Thatcher", "Mrs. Thatcher"),
    E("John Nott", "Person", "Defense Secretary John Nott", "Nott"),
    E("Alexander Haig", "Person", "Alexander M. Haig Jr.", "Secretary of State Alexander M. Haig Jr.", "Haig"),
    E("Fernando Belaúnde Terry", "Person", "President Fernando Belaúnde Terry", "Belaúnde", "Fernando Belaunde Terry", "Belaunde"),
    E("Leopoldo Galtieri", "Person", "Lt. Gen. Leopoldo Galtieri", "Galtieri"),
    E("Falkland Islands", "Place", "Falklands", "Malvinas", "Islas Malvinas"),
    E("South Atlantic", "Place"),
    E("Port Stanley", "Place", "Stanley"),
    E("Port Stanley airfield", "Place", "airfield at Port Stanley", "Stanley airfield"),
    E("Goose Green", "Place", "Goose Green airstrip"),
], [
    F("United Kingdom", "struck", "General Belgrano", "1982-05-02", "A British nuclear-powered submarine torpedoed the Argentine cruiser General Belgrano in the South Atlantic on Sunday"),
    F("Royal Navy", "struck", "General Belgrano", "1982-05-02", "the Royal Navy submarine hit the 44-year-old cruiser with two torpedoes"),
    F("United Kingdom", "attacked", "Argentina", "1982-05-02", "it accused London of an unprovoked act of war", alleged=True),
    F("United Kingdom", "struck", "Port Stanley airfield", "1982-05-01", "British Vulcan bombers and carrier-based Sea Harrier jets attacked the airfield at Port Stanley"),
    F("United Kingdom", "struck", "Goose Green", "1982-05-01", "attacked the airfield at Port Stanley, the islands' capital, and a second airstrip at Goose Green"),
    F("Argentina", "attacked", "Falkland Islands", "1982-04-02", "invaded the islands, which Argentina calls the Malvinas, on April 2"),
    F("Argentina", "violated", "UN Security Council Resolution 502", "1982", "Britain says the junta in Buenos Aires has flouted U.N. Security Council Resolution 502", alleged=True),
    F("Ian McDonald", "represents", "Ministry of Defence", "", "Defense Ministry spokesman Ian McDonald"),
    F("Margaret Thatcher", "represents", "United Kingdom", "", "Prime Minister Margaret Thatcher's Government"),
    F("John Nott", "represents", "United Kingdom", "", "Defense Secretary John Nott"),
    F("Alexander Haig", "represents", "United States", "", "Secretary of State Alexander M. Haig Jr. abandoned his shuttle diplomacy"),
    F("Fernando Belaúnde Terry", "represents", "Peru", "", "President Fernando Belaúnde Terry of Peru"),
    F("Leopoldo Galtieri", "represents", "Argentina", "", "the country's president, Lt. Gen. Leopoldo Galtieri"),
])

# ---------------------------------------------------------------- 03
s = "03_sri-lanka-ltte-ceasefire-2002"
d = "2002-02-22"
ev_sign = "Sri Lanka's government and Tamil Tiger rebels have signed an indefinite ceasefire agreement brokered by Norway"
ev_sign2 = ("was signed separately by Prime Minister Ranil Wickremesinghe and by Velupillai Prabhakaran, "
            "the elusive leader of the Liberation Tigers of Tamil Eelam (LTTE)")
ev_air = ("a Tiger suicide squad attacked Bandaranaike International Airport north of Colombo and the "
          "neighbouring Katunayake air force base")
ev_1995 = "when the Tigers broke it by sinking two navy gunboats in the eastern harbour of Trincomalee"
article(s, [
    E("Sri Lanka", "State", "Sri Lankan", "Sri Lanka's government", "Government of Sri Lanka"),
    E("Liberation Tigers of Tamil Eelam", "Organization", "LTTE", "Tamil Tigers", "Tamil Tiger rebels", "Tigers", "Tiger"),
    E("Norway", "State", "Norwegian", "Norwegian government"),
    E("India", "State", "Indian"),
    US(),
    UK(),
    E("Sri Lanka ceasefire agreement 2002", "Agreement",
      "Agreement on a Ceasefire between the Government of Sri Lanka and the Liberation Tigers of Tamil Eelam",
      "Sri Lanka-LTTE ceasefire agreement", "2002 ceasefire agreement", date=d),
    E("Sri Lanka ceasefire 1995", "Agreement", "1995 ceasefire", "January 1995 ceasefire", date="1995-01"),
    E("Ranil Wickremesinghe", "Person", "Prime Minister Ranil Wickremesinghe", "Wickremesinghe", "Ranil Wickramasinghe"),
    E("Velupillai Prabhakaran", "Person", "Prabhakaran", "Vellupillai Prabhakaran"),
    E("Jan Petersen", "Person", "Petersen", "Norwegian Foreign Minister Jan Petersen"),
    E("Vidar Helgesen", "Person", "Helgesen"),
    E("Anton Balasingham", "Person", "Balasingham"),
    E("Colombo", "Place"),
    E("Oslo", "Place"),
    E("Vavuniya", "Place"),
    E("Kilinochchi", "Place"),
    E("Trincomalee harbour", "Place", "harbour of Trincomalee", "Trincomalee"),
    E("Bandaranaike International Airport", "Place", "Colombo international airport"),
    E("Katunayake air force base", "Place", "Katunayake air base"),
], [
    F("Sri Lanka", "signed", "Sri Lanka ceasefire agreement 2002", d, ev_sign),
    F("Liberation Tigers of Tamil Eelam", "signed", "Sri Lanka ceasefire agreement 2002", d, ev_sign),
    F("Norway", "mediated", "Sri Lanka ceasefire agreement 2002", "2002-02", ev_sign),
    F("Ranil Wickremesinghe", "signed", "Sri Lanka ceasefire agreement 2002", d, ev_sign2),
    F("Velupillai Prabhakaran", "signed", "Sri Lanka ceasefire agreement 2002", d, ev_sign2),
    F("Ranil Wickremesinghe", "represents", "Sri Lanka", "", "Prime Minister Ranil Wickremesinghe"),
    F("Velupillai Prabhakaran", "represents", "Liberation Tigers of Tamil Eelam", "", "Velupillai Prabhakaran, the elusive leader of the Liberation Tigers of Tamil Eelam (LTTE)"),
    F("Velupillai Prabhakaran", "led", "Liberation Tigers of Tamil Eelam", "1976", "Prabhakaran has led the Tigers since founding the group in 1976"),
    F("Jan Petersen", "represents", "Norway", "", "Norwegian Foreign Minister Jan Petersen"),
    F("Vidar Helgesen", "represents", "Norway", "", "Norway's deputy foreign minister, Vidar Helgesen"),
    F("Anton Balasingham", "represents", "Liberation Tigers of Tamil Eelam", "", "The Tigers' chief negotiator, Anton Balasingham"),
    F("Liberation Tigers of Tamil Eelam", "violated", "Sri Lanka ceasefire 1995", "1995-04", ev_1995),
    F("Liberation Tigers of Tamil Eelam", "struck", "Trincomalee harbour", "1995-04", ev_1995),
    F("Liberation Tigers of Tamil Eelam", "struck", "Bandaranaike International Airport", "2001-07", ev_air),
    F("Liberation Tigers of Tamil Eelam", "struck", "Katunayake air force base", "2001-07", ev_air),
])

# ---------------------------------------------------------------- 04
s = "04_ramsi-solomon-islands-2003"
article(s, [
    E("Australia", "State", "Australian"),
    E("Solomon Islands", "State", "Solomons"),
    E("New Zealand", "State"),
    E("Fiji", "State", "Fijian"),
    E("Papua New Guinea", "State"),
    E("Tonga", "State"),
    US(),
    E("Regional Assistance Mission to Solomon Islands", "Organization", "RAMSI", "Operation Helpem Fren", "Helpem Fren"),
    E("Pacific Islands Forum", "Organization", "PIF"),
    E("Biketawa Declaration", "Agreement", date="2000-10"),
    E("US Marines", "Organization", "United States Marine Corps"),
    E("HMAS Manoora", "Organization", "Manoora"),
    E("Nick Warner", "Person", "Warner"),
    E("Allan Kemakeza", "Person", "Sir Allan Kemakeza", "Prime Minister Sir Allan Kemakeza", "Kemakeza"),
    E("John Howard", "Person", "Australian Prime Minister John Howard", "Howard"),
    E("Harold Keke", "Person", "Keke"),
    E("Honiara", "Place"),
    E("Henderson Airport", "Place", "Henderson Field"),
    E("Red Beach", "Place"),
    E("Sydney", "Place"),
    E("Townsville", "Place"),
    E("Weathercoast", "Place", "Weather Coast"),
    E("Guadalcanal", "Place"),
    E("South Pacific", "Place", "Pacific"),
], [
    F("Australia", "led", "Regional Assistance Mission to Solomon Islands", "2003-07", "The first troops and police of an Australian-led regional force landed in the Solomon Islands on Thursday"),
    F("Nick Warner", "led", "Regional Assistance Mission to Solomon Islands", "2003-07", "The Regional Assistance Mission to Solomon Islands, expected to grow to about 2,200 personnel from Australia, New Zealand, Fiji, Papua New Guinea and Tonga, is led by Australian diplomat Nick Warner."),
    F("Nick Warner", "represents", "Australia", "", "Australian diplomat Nick Warner"),
    F("Pacific Islands Forum", "invoked", "Biketawa Declaration", "2003-06-30", "The Pacific Islands Forum backed the operation after its foreign ministers, meeting in Sydney on June 30, invoked the Biketawa Declaration"),
    F("Allan Kemakeza", "met_with", "Nick Warner", "2003-07", "Prime Minister Sir Allan Kemakeza, whose government appealed to its neighbours for help after parliament unanimously backed the deployment, met Warner in Honiara last week."),
    F("Allan Kemakeza", "represents", "Solomon Islands", "", "Prime Minister Sir Allan Kemakeza, whose government appealed to its neighbours for help"),
    F("John Howard", "represents", "Australia", "", "Australian Prime Minister John Howard"),
])

# ---------------------------------------------------------------- 05
s = "05_mozambique-renamo-maputo-accord-2019"
d, d2 = "2019-08-06", "2019-08-01"
ev_sign = ("Mozambican President Filipe Nyusi and Ossufo Momade, leader of the former rebel movement Renamo, "
           "signed a peace and reconciliation accord in the capital on Tuesday")
ev_coh = "an agreement on the definitive cessation of military hostilities that Nyusi and Momade signed last Thursday in the Gorongosa mountains"
ev_med = "The negotiations behind both agreements were mediated by Mirko Manzoni"
article(s, [
    E("Mozambique", "State", "Mozambican", "Mozambique's government"),
    E("Renamo", "Organization", "Mozambican National Resistance", "RENAMO"),
    E("Frelimo", "Organization", "FRELIMO"),
    E("Renamo Military Junta", "Organization", "Renamo Junta"),
    E("South Africa", "State", "South African"),
    E("European Union", "Organization", "EU"),
    E("Portugal", "State", "Portuguese"),
    E("Switzerland", "State", "Swiss"),
    UN(),
    E("Maputo Accord for Peace and National Reconciliation", "Agreement", "Maputo Accord",
      "Agreement on Peace and Reconciliation", "Maputo peace accord", date=d),
    E("Agreement on the Cessation of Military Hostilities", "Agreement",
      "agreement on the definitive cessation of military hostilities", "Gorongosa cessation of hostilities agreement", date=d2),
    E("Filipe Nyusi", "Person", "President Filipe Nyusi", "Nyusi"),
    E("Ossufo Momade", "Person", "Momade"),
    E("Cyril Ramaphosa", "Person", "South African President Cyril Ramaphosa", "Ramaphosa"),
    E("Federica Mogherini", "Person", "Mogherini"),
    E("Teresa Ribeiro", "Person", "Ribeiro"),
    E("Mirko Manzoni", "Person", "Manzoni"),
    GUTERRES("U.N. Secretary-General Antonio Guterres"),
    E("Afonso Dhlakama", "Person", "Dhlakama"),
    E("Mariano Nhongo", "Person", "Nhongo"),
    E("Maputo", "Place"),
    E("Gorongosa mountains", "Place", "Gorongosa", "Serra da Gorongosa"),
    E("Sofala", "Place", "Sofala province"),
    E("Cabo Delgado", "Place", "Cabo Delgado province"),
], [
    F("Filipe Nyusi", "signed", "Maputo Accord for Peace and National Reconciliation", d, ev_sign),
    F("Ossufo Momade", "signed", "Maputo Accord for Peace and National Reconciliation", d, ev_sign),
    F("Mozambique", "signed", "Maputo Accord for Peace and National Reconciliation", d, "It is the third peace agreement signed between Mozambique's government and Renamo."),
    F("Renamo", "signed", "Maputo Accord for Peace and National Reconciliation", d, "It is the third peace agreement signed between Mozambique's government and Renamo."),
    F("Filipe Nyusi", "signed", "Agreement on the Cessation of Military Hostilities", d2, ev_coh),
    F("Ossufo Momade", "signed", "Agreement on the Cessation of Military Hostilities", d2, ev_coh),
    F("Mirko Manzoni", "mediated", "Maputo Accord for Peace and National Reconciliation", "2019", ev_med),
    F("Mirko Manzoni", "mediated", "Agreement on the Cessation of Military Hostilities", "2019", ev_med),
    F("Filipe Nyusi", "represents", "Mozambique", "", "Mozambican President Filipe Nyusi"),
    F("Ossufo Momade", "represents", "Renamo", "", "Ossufo Momade, leader of the former rebel movement Renamo"),
    F("Cyril Ramaphosa", "represents", "South Africa", "", "South African President Cyril Ramaphosa"),
    F("Federica Mogherini", "represents", "European Union", "", "European Union foreign policy chief Federica Mogherini"),
    F("Teresa Ribeiro", "represents", "Portugal", "", "Portugal's secretary of state for foreign affairs, Teresa Ribeiro"),
    F("Mirko Manzoni", "represents", "Switzerland", "", "Mirko Manzoni, Switzerland's ambassador to Mozambique"),
    F("Mirko Manzoni", "represents", "United Nations", "", "last month was named personal envoy of U.N. Secretary-General Antonio Guterres"),
    F("Antonio Guterres", "represents", "United Nations", "", "U.N. Secretary-General Antonio Guterres"),
    F("Afonso Dhlakama", "led", "Renamo", "", "Afonso Dhlakama, who led Renamo for nearly four decades"),
    F("Mariano Nhongo", "led", "Renamo Military Junta", "2019", "A breakaway faction of Renamo fighters led by Mariano Nhongo, calling itself the Renamo Military Junta"),
])

# ---------------------------------------------------------------- 06
s = "06_adana-agreement-analysis-2019"
d = "1998-10-20"
ev_med = "Egypt and Iran mediated to defuse the stand-off."
article(s, [
    TURKEY(),
    SYRIA("Syrian state"),
    RUSSIA(),
    US(),
    E("Egypt", "State", "Egyptian"),
    E("Iran", "State", "Iranian"),
    E("Kenya", "State", "Kenyan"),
    E("France", "State", "French"),
    E("Adana Agreement", "Agreement", "Adana agreement", "Adana accord", "Adana protocol", "Adana text", date=d),
    E("Kurdistan Workers Party", "Organization", "PKK", "Kurdistan Workers' Party"),
    E("YPG", "Organization", "YPG militia", "People's Protection Units"),
    E("Islamic State", "Organization", "ISIS", "IS"),
    E("Vladimir Putin", "Person", "Russian President Vladimir Putin", "Putin"),
    ERDOGAN("Turkish President Tayyip Erdogan"),
    E("Donald Trump", "Person", "U.S. President Donald Trump", "Trump"),
    E("Abdullah Ocalan", "Person", "Ocalan", "Öcalan"),
    E("Hosni Mubarak", "Person", "Mubarak"),
    E("Kamal Kharrazi", "Person", "Iranian Foreign Minister Kamal Kharrazi", "Kharrazi"),
    E("Suleyman Demirel", "Person", "then-President Suleyman Demirel", "Demirel", "Süleyman Demirel"),
    E("Hafez al-Assad", "Person", "President Hafez al-Assad", "Hafez"),
    BASHAR(),
    E("Adana", "Place"),
    E("Erzurum", "Place"),
    E("Hatay", "Place", "Hatay province"),
    E("Afrin", "Place"),
    E("Istanbul", "Place"),
    E("Euphrates", "Place"),
], [
    F("Vladimir Putin", "met_with", "Tayyip Erdogan", "2019-01-23", "when Russian President Vladimir Putin met Turkish President Tayyip Erdogan for their first talks since"),
    F("Tayyip Erdogan", "invoked", "Adana Agreement", "2019-01-25", "He invoked the Adana agreement as grounds for Turkish troops to enter Syrian territory"),
    F("Egypt", "mediated", "Adana Agreement", "1998-10", ev_med),
    F("Iran", "mediated", "Adana Agreement", "1998-10", ev_med),
    F("Hosni Mubarak", "mediated", "Adana Agreement", "1998-10", "Egypt's then-president, Hosni Mubarak, shuttled between Damascus and Ankara"),
    F("Kamal Kharrazi", "mediated", "Adana Agreement", "1998-10", "Iranian Foreign Minister Kamal Kharrazi carried messages between the two sides"),
    F("Turkey", "signed", "Adana Agreement", d, "on Oct. 20, 1998, the two countries signed the protocol"),
    F("Syria", "signed", "Adana Agreement", d, "on Oct. 20, 1998, the two countries signed the protocol"),
    F("Turkey", "violated", "Adana Agreement", "2011", "Turkey had violated it since 2011 by arming and training militants", alleged=True),
    F("Syria", "violated", "Adana Agreement", "", "say the Syrian government failed to honour its obligations by letting the YPG take root along the border", alleged=True),
    F("Turkey", "annexed", "Hatay", "1939", "Turkey annexed the province of Hatay, then part of French-ruled Syria, in 1939"),
    F("Turkey", "attacked", "Afrin", "2018-01", "In January 2018 Turkish forces and allied Syrian fighters attacked the Kurdish-held enclave of Afrin"),
    F("Bashar al-Assad", "met_with", "Tayyip Erdogan", "2004", "President Bashar al-Assad, became the first Syrian head of state to visit Turkey, where he held talks with Erdogan, then prime minister"),
    F("Vladimir Putin", "represents", "Russia", "", "Russian President Vladimir Putin"),
    F("Tayyip Erdogan", "represents", "Turkey", "", "Turkish President Tayyip Erdogan"),
    F("Donald Trump", "represents", "United States", "", "U.S. President Donald Trump"),
    F("Abdullah Ocalan", "represents", "Kurdistan Workers Party", "", "Abdullah Ocalan, leader of the Kurdistan Workers Party (PKK)"),
    F("Hosni Mubarak", "represents", "Egypt", "", "Egypt's then-president, Hosni Mubarak"),
    F("Kamal Kharrazi", "represents", "Iran", "", "Iranian Foreign Minister Kamal Kharrazi"),
    F("Suleyman Demirel", "represents", "Turkey", "", "on the Turkish side under then-President Suleyman Demirel"),
    F("Hafez al-Assad", "represents", "Syria", "", "on the Syrian side under the late President Hafez al-Assad"),
    F("Bashar al-Assad", "represents", "Syria", "", "President Bashar al-Assad, became the first Syrian head of state"),
])

# ---------------------------------------------------------------- 07 (scraped page)
s = "07_turkey-nato-article4-idlib-2020"
article(s, [
    TURKEY(),
    SYRIA("Syrian regime", "Syrian government forces"),
    RUSSIA(),
    US(),
    E("Greece", "State", "Greek"),
    E("NATO", "Organization", "North Atlantic Treaty Organization", "the alliance", "Alliance"),
    E("Article 4", "Agreement", "Article 4 of the North Atlantic Treaty", "NATO Article 4"),
    E("North Atlantic Treaty", "Agreement", "Washington Treaty", "NATO's founding Washington Treaty", date="1949-04-04"),
    UN(),
    UNSC(),
    E("National Liberation Front", "Organization", "NLF"),
    E("Syrian Observatory for Human Rights", "Organization", "SOHR"),
    E("U.S. State Department", "Organization", "State Department", "US State Department"),
    E("Russian Defence Ministry", "Organization", "Russia's defence ministry", "Russian defence ministry"),
    E("GlobeWire Daily", "Organization", "GlobeWire"),
    E("Jens Stoltenberg", "Person", "NATO Secretary-General Jens Stoltenberg"),
    E("Mevlut Cavusoglu", "Person", "Cavusoglu", "Mevlüt Çavuşoğlu"),
    E("Rahmi Dogan", "Person", "Dogan"),
    ERDOGAN(),
    E("Fahrettin Altun", "Person", "Altun"),
    E("Hulusi Akar", "Person", "Defence Minister Hulusi Akar", "Akar"),
    BASHAR(),
    GUTERRES(),
    E("Idlib", "Place", "Idlib province"),
    E("Hatay", "Place", "Hatay province"),
    E("Brussels", "Place"),
    E("Saraqeb", "Place"),
    E("Aleppo", "Place"),
    E("M5 highway", "Place", "M5"),
    E("Europe", "Place"),
], [
    F("Turkey", "invoked", "Article 4", "2020-02-28", "Alliance ambassadors met in Brussels at Turkey's request under Article 4 of NATO's founding Washington Treaty"),
    F("Syria", "attacked", "Turkey", "2020-02-27", "an air strike that Ankara blamed on Syrian government forces killed at least 33 Turkish soldiers", alleged=True),
    F("Turkey", "attacked", "Syria", "2020-02-28", "\"all known\" Syrian government targets were under fire from Turkish air and land units"),
    F("Syria", "attacked", "Idlib", "2019-12", "Turkey has sent thousands of troops and armoured vehicles into Idlib to try to halt the Russian-backed offensive that Syrian government forces launched in December"),
    F("Syria", "struck", "Idlib", "2020-02", "the continued indiscriminate air strikes by the Syrian regime and its backer Russia in Idlib"),
    F("Russia", "struck", "Idlib", "2020-02", "the continued indiscriminate air strikes by the Syrian regime and its backer Russia in Idlib"),
    F("Jens Stoltenberg", "represents", "NATO", "", "NATO Secretary-General Jens Stoltenberg"),
    F("Mevlut Cavusoglu", "represents", "Turkey", "", "Turkish Foreign Minister Mevlut Cavusoglu"),
    F("Tayyip Erdogan", "represents", "Turkey", "", "President Tayyip Erdogan chaired an emergency security meeting overnight."),
    F("Fahrettin Altun", "represents", "Turkey", "", "his communications director, Fahrettin Altun"),
    F("Hulusi Akar", "represents", "Turkey", "", "Defence Minister Hulusi Akar, who went to the border with senior commanders"),
    F("Bashar al-Assad", "represents", "Syria", "", "President Bashar al-Assad's forces"),
    # teasers
    F("Antonio Guterres", "represents", "United Nations", "", "UN Secretary-General Antonio Guterres"),
    F("National Liberation Front", "attacked", "Saraqeb", "2020-02-27", "The Turkish-backed National Liberation Front said its fighters had stormed Saraqeb and driven out government forces"),
], articles=[
    "Turkey seeks NATO consultations after air strike kills 33 soldiers in Syria's Idlib",
    "Turkey will no longer stop refugees heading for Europe, official says",
    "UN chief Guterres calls for immediate ceasefire in Idlib",
    "Syrian rebels retake strategic town of Saraqeb",
], not_articles=[
    "We use cookies to give you the best experience on our site. By continuing to browse you agree to our use of cookies.",
    "Accept all cookies", "Manage preferences", "Home", "Latest", "World", "Politics",
    "Business", "Opinion", "Video", "Subscribe", "World > Middle East", "By GlobeWire staff and agencies",
    "Published 28 February 2020, 11:42 GMT", "Updated 28 February 2020, 16:05 GMT",
    "Share on Facebook", "Share on Twitter", "Share by email", "Print",
    "Turkish armoured vehicles on a road in Hatay province near the Syrian border. (File photo)",
    "Tags: Turkey, Syria, NATO, Idlib, Middle East", "Sign up to the Middle East Briefing",
    "Our editors' pick of the day's top stories from the region, straight to your inbox.",
    "Enter your email address", "Sign up", "Related", "28 February 2020", "27 February 2020",
    "Comments (0)", "Be the first to comment", "Log in to comment", "Most read", "About us", "Contact",
    "Advertise", "Privacy policy", "Terms of use", "© 2020 GlobeWire Daily. All rights reserved.",
])

# ---------------------------------------------------------------- 08
s = "08_houthi-attack-abu-dhabi-2022"
d = "2022-01-17"
article(s, [
    E("Houthis", "Organization", "Houthi", "Houthi rebels", "Yemen's Houthi rebels", "Ansar Allah"),
    E("United Arab Emirates", "State", "UAE", "Emirati", "Emirates", "U.A.E."),
    E("Saudi Arabia", "State", "Saudi", "the kingdom"),
    E("Saudi-led coalition", "Organization", "the coalition", "Saudi-led military coalition"),
    E("Yemen", "State", "Yemeni"),
    E("Iran", "State", "Iranian"),
    E("India", "State", "Indian"),
    E("Pakistan", "State", "Pakistani", "Islamabad"),
    US(),
    E("Abu Dhabi National Oil Company", "Organization", "ADNOC"),
    E("Abu Dhabi Police", "Organization", "Abu Dhabi police"),
    E("Musaffah fuel depot", "Place", "Musaffah refinery", "ADNOC storage depot", "ADNOC fuel depot"),
    E("Musaffah", "Place", "Mussafah"),
    E("Abu Dhabi International Airport", "Place", "Abu Dhabi airport"),
    E("Dubai International Airport", "Place", "Dubai airport"),
    E("Abu Dhabi", "Place"),
    E("Dubai", "Place"),
    E("Sanaa", "Place", "Sana'a"),
    E("Red Sea", "Place"),
    E("Rwabee", "Place", "Emirati-flagged cargo ship"),
    E("Yahya Saree", "Person", "Saree", "Yahya Sarea"),
    E("Abdullah bin Zayed Al Nahyan", "Person", "Sheikh Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah"),
    E("Anwar Gargash", "Person", "Gargash"),
    E("Antony Blinken", "Person", "U.S. Secretary of State Antony Blinken", "Blinken"),
    E("Abdullah Qassem al-Junaid", "Person", "Brig. Gen. Abdullah Qassem al-Junaid", "al-Junaid"),
    E("Turki al-Maliki", "Person", "al-Maliki"),
], [
    F("Houthis", "attacked", "United Arab Emirates", d, "Yemen's Houthi rebels claimed a drone and missile attack on the United Arab Emirates on Monday"),
    F("Houthis", "struck", "Abu Dhabi", d, "Houthi drone attack on Abu Dhabi kills 3"),
    F("Houthis", "struck", "Musaffah fuel depot", d, "blew up three fuel tanker trucks near a storage depot of the state oil company in Abu Dhabi"),
    F("Houthis", "struck", "Abu Dhabi International Airport", d, "set off a fire at the city's international airport"),
    F("Houthis", "struck", "Dubai International Airport", d, "the group had fired five ballistic missiles and a large number of drones at the airports of Abu Dhabi and Dubai", alleged=True),
    F("Houthis", "attacked", "Saudi Arabia", d, "Coalition spokesman Turki al-Maliki called the Houthi attacks on the UAE and Saudi Arabia war crimes.", alleged=True),
    F("Saudi-led coalition", "struck", "Sanaa", d, "the Saudi-led coalition fighting the rebels answered with airstrikes on Yemen's capital, Sanaa"),
    F("Saudi Arabia", "led", "Saudi-led coalition", "", "The UAE is a key member of the coalition led by Saudi Arabia"),
    F("Yahya Saree", "represents", "Houthis", "", "Houthi military spokesman Yahya Saree"),
    F("Abdullah bin Zayed Al Nahyan", "represents", "United Arab Emirates", "", "The Emirati foreign minister, Sheikh Abdullah bin Zayed Al Nahyan"),
    F("Anwar Gargash", "represents", "United Arab Emirates", "", "Anwar Gargash, a senior adviser to the UAE president"),
    F("Antony Blinken", "represents", "United States", "", "U.S. Secretary of State Antony Blinken"),
    F("Turki al-Maliki", "represents", "Saudi-led coalition", "", "Coalition spokesman Turki al-Maliki"),
])

# ---------------------------------------------------------------- 09 (scraped live blog)
s = "09_pakistan-afghanistan-doha-ceasefire-liveblog-2025"
d = "2025-10-19"
ev_med = "The talks were mediated by Qatar and Turkey, the ministry said"
ev_broke = "Pakistan had broken the ceasefire and bombed three locations in Paktika province late on Friday"
ev_sec = "Security sources told Dawn the targets were hideouts of the Hafiz Gul Bahadur group in the Urgun and Barmal districts of Paktika."
article(s, [
    E("Pakistan", "State", "Pakistani", "Islamabad"),
    E("Afghanistan", "State", "Afghan", "Taliban", "Taliban government", "Afghan authorities", "Afghan forces",
      "Afghanistan's defence ministry", "Islamic Emirate of Afghanistan"),
    E("Qatar", "State", "Qatari", "Qatar's foreign ministry"),
    TURKEY(),
    E("India", "State", "Indian"),
    E("Sri Lanka", "State", "Sri Lankan"),
    E("Pakistan-Afghanistan ceasefire agreement", "Agreement", "Doha ceasefire", "Doha ceasefire agreement", date=d),
    E("48-hour ceasefire", "Agreement", "48-hour truce", date="2025-10-15"),
    E("Inter-Services Intelligence", "Organization", "ISI", "Inter-Services Intelligence agency"),
    E("Pakistan Armed Forces", "Organization", "Pakistan's military", "Pakistani military"),
    E("Afghanistan Cricket Board", "Organization", "ACB", "Afghan cricket board"),
    E("International Cricket Council", "Organization", "ICC"),
    E("Hafiz Gul Bahadur group", "Organization", "Gul Bahadur group"),
    E("Tehreek-e-Taliban Pakistan", "Organization", "TTP", "Pakistani Taliban"),
    E("Dawn", "Organization"),
    E("AFP", "Organization", "Agence France-Presse"),
    E("X", "Organization"),
    E("South Asia Now", "Organization"),
    E("Khawaja Asif", "Person", "Defence Minister Khawaja Asif", "Asif", "Khawaja Muhammad Asif"),
    E("Mohammad Yaqoob", "Person", "Mullah Mohammad Yaqoob", "Yaqoob", "Mullah Yaqoob"),
    E("Zabihullah Mujahid", "Person", "Mujahid"),
    E("Asim Malik", "Person", "Lieutenant General Asim Malik"),
    E("Attaullah Tarar", "Person", "Information Minister Attaullah Tarar", "Tarar"),
    E("Said Nasim Sadat", "Person", "Sadat"),
    E("S. Jaishankar", "Person", "External Affairs Minister S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"),
    E("Amir Khan Muttaqi", "Person", "Muttaqi"),
    E("Ahmed Sharif Chaudhry", "Person", "Lieutenant General Ahmed Sharif Chaudhry", "Chaudhry"),
    E("Doha", "Place"),
    E("Istanbul", "Place"),
    E("Paktika", "Place", "Paktika province"),
    E("Urgun", "Place", "Urgun district"),
    E("Barmal", "Place", "Barmal district"),
    E("Kabul", "Place"),
    E("Marghi", "Place", "Marghi area"),
    E("Spin Boldak", "Place"),
    E("Chaman", "Place"),
    E("New Delhi", "Place", "Delhi"),
], [
    F("Qatar", "mediated", "Pakistan-Afghanistan ceasefire agreement", d, ev_med),
    F("Turkey", "mediated", "Pakistan-Afghanistan ceasefire agreement", d, ev_med),
    F("Khawaja Asif", "met_with", "Mohammad Yaqoob", d, "Asif shaking hands with Afghanistan's defence minister, Mullah Mohammad Yaqoob, at the close of the talks"),
    F("Khawaja Asif", "represents", "Pakistan", "", "Pakistan's defence minister welcomes deal"),
    F("Mohammad Yaqoob", "represents", "Afghanistan", "", "Afghanistan's defence minister, Mullah Mohammad Yaqoob"),
    F("Zabihullah Mujahid", "represents", "Afghanistan", "", "Zabihullah Mujahid, spokesman for the Taliban government"),
    F("Asim Malik", "represents", "Inter-Services Intelligence", "", "the head of the Inter-Services Intelligence agency, Lieutenant General Asim Malik"),
    F("Attaullah Tarar", "represents", "Pakistan", "", "Information Minister Attaullah Tarar said Friday's strikes hit militants"),
    F("Said Nasim Sadat", "represents", "Afghanistan Cricket Board", "", "ACB spokesman Said Nasim Sadat"),
    F("Pakistan", "struck", "Urgun", "2025-10-17", ev_sec),
    F("Pakistan", "struck", "Barmal", "2025-10-17", ev_sec),
    F("Pakistan", "struck", "Paktika", "2025-10-17", ev_broke, alleged=True),
    F("Pakistan", "violated", "48-hour ceasefire", "2025-10-17", ev_broke, alleged=True),
    F("Pakistan", "struck", "Kabul", "2025-10-09", "two explosions shook Kabul on the night of October 9, which the Taliban blamed on Pakistan", alleged=True),
    F("Afghanistan", "attacked", "Pakistan", "2025-10-11", "On October 11 Afghan forces attacked Pakistani border posts"),
    # teasers
    F("S. Jaishankar", "met_with", "Amir Khan Muttaqi", "2025-10-10", "External Affairs Minister S. Jaishankar met Afghanistan's foreign minister, Amir Khan Muttaqi, in New Delhi"),
    F("S. Jaishankar", "represents", "India", "", "Jaishankar said India's technical mission in Kabul would be raised to a full embassy"),
    F("Amir Khan Muttaqi", "represents", "Afghanistan", "", "Afghanistan's foreign minister, Amir Khan Muttaqi"),
    F("Pakistan", "struck", "Marghi", "2025-10-09", "Afghanistan's defence ministry accused Pakistan of violating Afghan airspace and bombing a civilian market in the Marghi area of Paktika", alleged=True),
    F("Ahmed Sharif Chaudhry", "represents", "Pakistan Armed Forces", "", "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry"),
    F("Pakistan", "struck", "Spin Boldak", "2025-10-15", "The Taliban said Pakistani forces had attacked Spin Boldak", alleged=True),
    F("Afghanistan", "struck", "Chaman", "2025-10-15", "Pakistan said a Taliban attack near Chaman had wounded four civilians", alleged=True),
], articles=[
    "Pakistan-Afghanistan LIVE: Neighbours agree immediate ceasefire after Doha talks mediated by Qatar and Turkey",
    "India to upgrade Kabul mission to embassy as Taliban foreign minister visits Delhi",
    "Taliban accuse Pakistan of bombing Paktika market and 'violating Kabul's sovereign territory'",
    "Pakistan, Afghanistan agree 48-hour truce after deadly border clashes",
], not_articles=[
    "This site uses cookies. Some are essential, others help us improve your experience. Read our cookie notice.",
    "Accept", "Reject non-essential", "Customise", "Live", "News", "Politics", "Security",
    "Region", "Cricket", "Business", "Opinion", "Search", "LIVE", "By our live desk, with agency reports",
    "Last updated: 19 October 2025, 10:25 PKT", "Share", "Copy link", "WhatsApp", "Post", "Key points",
    "Refresh for latest updates", "10:25 PKT", "09:40 PKT", "08:55 PKT", "08:20 PKT", "07:45 PKT",
    "Saturday, 18 October", "23:10 PKT", "16:30 PKT", "13:05 PKT", "09:15 PKT", "Background",
    "Tags: Pakistan, Afghanistan, Qatar, Turkey, Ceasefire", "Get the South Asia Now morning newsletter",
    "Sign up", "Related stories", "10 October 2025", "15 October 2025",
    "Comments are closed for this live blog.", "About", "Contact us", "Corrections", "Privacy", "Terms",
    "© 2025 South Asia Now",
])

# ---------------------------------------------------------------- 10
s = "10_erdut-agreement-eastern-slavonia-1995"
d = "1995-11-12"
ev_sign = "Croatia and rebel Serb leaders in eastern Slavonia signed an agreement on Sunday"
ev_wit = "Galbraith and Stoltenberg signed the document as witnesses."
ev_med = "The deal, brokered by U.S. ambassador to Croatia Peter Galbraith and U.N. mediator Thorvald Stoltenberg"
article(s, [
    E("Croatia", "State", "Croatian", "Croatian government", "Republic of Croatia"),
    E("Serb authorities of Eastern Slavonia", "Organization", "rebel Serb leaders in eastern Slavonia",
      "rebel Serb leaders", "local Serb authorities", "Serb negotiating team"),
    E("Serbia", "State", "Serbian", "Belgrade"),
    US(),
    UN(),
    UNSC(),
    E("Yugoslav People's Army", "Organization", "Yugoslav army", "JNA"),
    E("Erdut Agreement", "Agreement", "Basic Agreement on the Region of Eastern Slavonia, Baranja and Western Sirmium",
      "Erdut agreement", "Basic Agreement", date=d),
    E("Peter Galbraith", "Person", "Galbraith", "Peter W. Galbraith"),
    E("Thorvald Stoltenberg", "Person", "Stoltenberg"),
    E("Milan Milanovic", "Person", "Milanovic", "Milan Milanović"),
    E("Hrvoje Sarinic", "Person", "Sarinic", "Hrvoje Šarinić"),
    E("Franjo Tudjman", "Person", "Croatian President Franjo Tudjman", "Tudjman", "Franjo Tuđman"),
    E("Slobodan Milosevic", "Person", "Serbian President Slobodan Milosevic", "Milosevic", "Slobodan Milošević"),
    E("Eastern Slavonia", "Place", "eastern Slavonia"),
    E("Erdut", "Place"),
    E("Zagreb", "Place"),
    E("Danube", "Place"),
    E("Vukovar", "Place"),
    E("Krajina", "Place"),
], [
    F("Croatia", "signed", "Erdut Agreement", d, ev_sign),
    F("Serb authorities of Eastern Slavonia", "signed", "Erdut Agreement", d, ev_sign),
    F("Milan Milanovic", "signed", "Erdut Agreement", d, "was signed first by Milan Milanovic, head of the Serb negotiating team, at the village of Erdut"),
    F("Hrvoje Sarinic", "signed", "Erdut Agreement", d, "Hrvoje Sarinic, head of the Croatian government delegation, put his name to the same 14-point text"),
    F("Peter Galbraith", "signed", "Erdut Agreement", d, ev_wit),
    F("Thorvald Stoltenberg", "signed", "Erdut Agreement", d, ev_wit),
    F("Peter Galbraith", "mediated", "Erdut Agreement", "1995-11", ev_med),
    F("Thorvald Stoltenberg", "mediated", "Erdut Agreement", "1995-11", ev_med),
    F("Peter Galbraith", "represents", "United States", "", "U.S. ambassador to Croatia Peter Galbraith"),
    F("Thorvald Stoltenberg", "represents", "United Nations", "", "U.N. mediator Thorvald Stoltenberg"),
    F("Milan Milanovic", "represents", "Serb authorities of Eastern Slavonia", "", "Milan Milanovic, head of the Serb negotiating team"),
    F("Hrvoje Sarinic", "represents", "Croatia", "", "Hrvoje Sarinic, head of the Croatian government delegation"),
    F("Franjo Tudjman", "represents", "Croatia", "", "Croatian President Franjo Tudjman"),
    F("Slobodan Milosevic", "represents", "Serbia", "", "Serbian President Slobodan Milosevic"),
    F("Yugoslav People's Army", "attacked", "Vukovar", "1991", "the Yugoslav army and Serb paramilitaries besieged and captured the town of Vukovar"),
    F("Croatia", "attacked", "Krajina", "1995-08", "In August its army overran the rebel Serb stronghold of Krajina"),
])

# ---------------------------------------------------------------- 11 (negative control: no facts)
s = "11_dragon-man-skull-homo-longi-2021"
article(s, [
    E("China", "State", "Chinese"),
    E("Harbin", "Place"),
    E("Songhua River", "Place", "Songhua"),
    E("Heilongjiang", "Place", "Heilongjiang province"),
    E("Long Jiang", "Place", "Dragon River"),
    E("Hebei GEO University", "Organization", "Geoscience Museum of Hebei GEO University"),
    E("The Innovation", "Organization"),
    E("Qiang Ji", "Person", "Ji Qiang"),
    E("Xijun Ni", "Person", "Ni Xijun"),
    E("Chris Stringer", "Person", "Stringer"),
], [])


# ---------------------------------------------------------------- writer
def main():
    problems = []
    os.makedirs(GOLD, exist_ok=True)
    for slug, a in ARTICLES.items():
        path = os.path.join(CORPUS, slug + ".txt")
        text = open(path, encoding="utf-8").read()
        lines = set(l.strip() for l in text.splitlines())
        for f in a["facts"]:
            if f["evidence"] not in text:
                problems.append(f"{slug}: evidence not verbatim: {f['evidence']!r}")
        for key in ("articles", "not_articles"):
            for x in a[key] or []:
                if x not in lines:
                    problems.append(f"{slug}: {key} string is not a line of the page: {x!r}")
        ent = {"source": f"corpus/{slug}.txt"}
        if a["articles"] is not None:
            ent["articles"] = a["articles"]
            ent["not_articles"] = a["not_articles"]
        ent["entities"] = a["entities"]
        with open(os.path.join(GOLD, slug + ".entities.json"), "w", encoding="utf-8") as fh:
            json.dump(ent, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(GOLD, slug + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in a["facts"]:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    n = sum(len(a["facts"]) for a in ARTICLES.values())
    print(f"wrote {len(ARTICLES)} articles, {n} fact lines to {GOLD}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
