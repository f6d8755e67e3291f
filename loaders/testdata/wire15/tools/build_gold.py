#!/usr/bin/env python3
"""Build the wire15 gold annotations (entities and facts) for every article in ../corpus.

All entities and facts of the set live in this one file. Entities are kept in one registry so
that a name and its aliases are the same in every file that uses them. Running the script
rewrites ../gold/NN_slug.entities.json and ../gold/NN_slug.facts.jsonl and exits 1 if any
evidence string or page string (articles / not_articles) is not verbatim in its article.

usage: build_gold.py
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

# ---------------------------------------------------------------- entity registry
ENT = {}

def E(name, kind, aliases=(), date=None):
    assert name not in ENT, name
    ENT[name] = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        ENT[name]["date"] = date

US_ALIASES = ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
              "Washington", "the White House", "White House"]

# States
E("United States", "State", US_ALIASES)
E("France", "State", ["French", "French Republic", "Paris"])
E("United Kingdom", "State", ["UK", "U.K.", "Britain", "Great Britain", "British", "London"])
E("Soviet Union", "State", ["Soviet", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Moscow", "the Kremlin", "Kremlin"])
E("China", "State", ["Chinese", "Communist China", "Red China", "People's Republic of China", "PRC", "Beijing", "Peking", "Peiping"])
E("India", "State", ["Indian"])
E("Canada", "State", ["Canadian"])
E("Poland", "State", ["Polish"])
E("Laos", "State", ["Laotian"])
E("Cambodia", "State", ["Cambodian"])
E("State of Vietnam", "State", ["Saigon", "Saigon government"])
E("Algeria", "State", ["Algerian"])
E("Switzerland", "State", ["Swiss"])
E("East Germany", "State", ["German Democratic Republic", "GDR", "East German"])
E("Hungary", "State", ["Hungarian"])
E("Bulgaria", "State", ["Bulgarian"])
E("Czechoslovakia", "State", ["Czechoslovak", "Czechoslovak Socialist Republic"])
E("Romania", "State", ["Romanian"])
E("Austria", "State", ["Austrian"])
E("Morocco", "State", ["Moroccan", "Rabat", "Kingdom of Morocco"])
E("Mauritania", "State", ["Mauritanian", "Nouakchott"])
E("Spain", "State", ["Spanish"])
E("Saharan Arab Democratic Republic", "State", ["Sahrawi Arab Democratic Republic", "SADR"])
E("Israel", "State", ["Israeli", "State of Israel"])
E("Jordan", "State", ["Jordanian"])
E("Netherlands", "State", ["Dutch", "the Netherlands"])
E("Sudan", "State", ["Sudanese", "Khartoum"])
E("Afghanistan", "State", ["Afghan"])
E("Saudi Arabia", "State", ["Saudi"])
E("Kenya", "State", ["Kenyan", "Kenyans"])
E("Colombia", "State", ["Colombian", "Bogotá", "Bogota"])
E("Ecuador", "State", ["Ecuadorean", "Ecuadorian", "Quito"])
E("Venezuela", "State", ["Venezuelan", "Caracas"])
E("Nicaragua", "State", ["Nicaraguan"])
E("Dominican Republic", "State", ["Dominican"])
E("South Korea", "State", ["South Korean", "Seoul", "Republic of Korea", "ROK"])
E("North Korea", "State", ["North Korean", "Pyongyang", "DPRK", "Democratic People's Republic of Korea"])
E("Australia", "State", ["Australian", "Canberra", "Commonwealth of Australia"])
E("Sweden", "State", ["Swedish"])
E("Egypt", "State", ["Egyptian", "Arab Republic of Egypt"])
E("Iran", "State", ["Iranian", "Tehran"])
E("Nauru", "State", ["Nauruan", "Republic of Nauru"])
E("Taiwan", "State", ["Taiwanese", "Republic of China", "Taipei"])
E("Tuvalu", "State", ["Tuvaluan", "Tuvaluans"])
E("Solomon Islands", "State", ["Honiara", "Solomons"])
E("Papua New Guinea", "State", ["PNG", "Papua New Guinean"])
E("Mexico", "State", ["Mexican"])

# Organizations
E("Associated Press", "Organization", ["AP", "The Associated Press"])
E("United Press International", "Organization", ["UPI"])
E("Reuters", "Organization", [])
E("Agence France-Presse", "Organization", ["AFP", "Agence France Presse"])
E("Viet Minh", "Organization", ["Vietminh", "Communist-led Vietminh", "Viet-Minh"])
E("French Union", "Organization", ["French Union forces"])
E("National Liberation Front", "Organization", ["FLN", "Algerian rebels' National Liberation Front", "Front de Libération Nationale"])
E("Provisional Government of the Algerian Republic", "Organization", ["GPRA", "provisional government", "Algerian provisional government"])
E("Secret Army Organization", "Organization", ["OAS", "Secret Army", "Organisation armée secrète", "Organisation de l'armée secrète"])
E("Communist Party of Czechoslovakia", "Organization", ["Czechoslovak Communist Party", "KSC"])
E("Presidium of the Czechoslovak Communist Party", "Organization", ["Presidium"])
E("Czechoslovak National Assembly", "Organization", ["National Assembly"])
E("Tass", "Organization", ["TASS", "Soviet news agency"])
E("Czechoslovak Radio", "Organization", ["Prague radio", "Radio Prague"])
E("Soviet Politburo", "Organization", ["Politburo"])
E("Warsaw Pact", "Organization", ["Warsaw Treaty Organization"])
E("US National Security Council", "Organization", ["National Security Council"])
E("US State Department", "Organization", ["State Department", "U.S. State Department", "Department of State"])
E("UN Security Council", "Organization", ["Security Council", "U.N. Security Council", "United Nations Security Council"])
E("United Nations", "Organization", ["UN", "U.N."])
E("Mauritanian National Assembly", "Organization", [])
E("Polisario Front", "Organization", ["Polisario", "Popular Front for the Liberation of Saguia el-Hamra and Rio de Oro"])
E("International Court of Justice", "Organization", ["ICJ", "World Court"])
E("Knesset", "Organization", ["Israeli parliament"])
E("Israeli Foreign Ministry", "Organization", ["Israel's Foreign Ministry", "Foreign Ministry"])
E("Supreme Court of Israel", "Organization", ["Supreme Court"])
E("Taliban", "Organization", ["the Taliban", "Taliban regime", "Taliban rulers"])
E("Rio Group", "Organization", [])
E("Organization of American States", "Organization", ["OEA"])
E("OAS Permanent Council", "Organization", ["permanent council", "Permanent Council of the Organization of American States"])
E("Revolutionary Armed Forces of Colombia", "Organization", ["FARC", "FARC rebels"])
E("International Criminal Court", "Organization", ["ICC"])
E("Joint Civilian-Military Investigation Group", "Organization", ["JIG"])
E("National Defence Commission", "Organization", ["National Defense Commission"])
E("United Nations Command", "Organization", ["U.N. Command", "UN Command", "UNC"])
E("Hamas", "Organization", ["Islamic Resistance Movement", "Hamas government"])
E("Hamas political bureau", "Organization", ["Hamas's political bureau"])
E("Islamic Jihad", "Organization", ["Palestinian Islamic Jihad"])
E("Izz ad-Din al-Qassam Brigades", "Organization", ["Qassam Brigades", "Hamas's armed wing", "al-Qassam Brigades"])
E("Palestinian Authority", "Organization", ["PA"])
E("Israel Defense Forces", "Organization", ["Israeli military", "IDF", "Israeli army"])
E("Israeli Defence Ministry", "Organization", ["defence ministry", "Israeli Ministry of Defence"])
E("Bendigo Bank", "Organization", ["Bendigo", "Bendigo and Adelaide Bank"])
E("Commonwealth Bank of Australia", "Organization", ["Commonwealth Bank", "CommBank"])
E("Pacific Islands Forum", "Organization", ["PIF"])
E("NASA", "Organization", ["National Aeronautics and Space Administration"])

# Agreements (and other legal instruments, typed Agreement)
E("Geneva armistice agreement for Vietnam", "Agreement",
  ["armistice for Vietnam", "cease-fire agreement for Vietnam", "Vietnam agreement", "Vietnam armistice",
   "Agreement on the Cessation of Hostilities in Viet-Nam", "Indochina armistice"], "1954-07-21")
E("Final Declaration of the Geneva Conference", "Agreement", ["final declaration", "Geneva final declaration"], "1954-07-21")
E("Évian Accords", "Agreement", ["Evian Accords", "Evian agreement", "Evian agreements", "Évian agreements"], "1962-03-18")
E("Bratislava Declaration", "Agreement", ["Bratislava declaration", "declaration in Bratislava", "Bratislava statement"], "1968-08-03")
E("United Nations Charter", "Agreement", ["UN Charter", "U.N. Charter", "Charter of the United Nations", "United Nations charter"])
E("Western Sahara partition agreement", "Agreement",
  ["convention concerning the state frontier line", "Convention concerning the State Frontier Line",
   "Moroccan-Mauritanian convention"], "1976-04-14")
E("Madrid Accords", "Agreement", ["Madrid agreement", "Madrid Tripartite Agreement"], "1975-11-14")
E("Jerusalem Law", "Agreement", ["Basic Law: Jerusalem, Capital of Israel", "Jerusalem law", "Basic Law on Jerusalem"], "1980-07-30")
E("UN Security Council Resolution 478", "Agreement", ["Resolution 478", "United Nations Security Council Resolution 478"], "1980-08-20")
E("UN Security Council Resolution 476", "Agreement", ["Resolution 476", "United Nations Security Council Resolution 476"], "1980-06-30")
E("Israel-Jordan Armistice Agreement", "Agreement", ["1949 Armistice Agreement between Israel and Jordan", "Rhodes armistice",
  "armistice agreement that Israel and Jordan signed at Rhodes"], "1949-04-03")
E("Article 51", "Agreement", ["Article 51 of the United Nations Charter", "Article 51 of the U.N. Charter", "Article 51 of the UN Charter"])
E("Rio Group declaration", "Agreement", ["Rio Group's final declaration"], "2008-03-07")
E("Korean War Armistice Agreement", "Agreement", ["Korean Armistice Agreement", "armistice agreement", "1953 armistice", "armistice"], "1953-07-27")
E("Inter-Korean Basic Agreement", "Agreement", ["basic agreement", "1991 basic agreement", "Basic Agreement",
  "Agreement on Reconciliation, Non-aggression, and Exchanges and Cooperation"], "1991-12-13")
E("November 2012 Gaza ceasefire", "Agreement", ["truce", "ceasefire", "Gaza truce", "Gaza ceasefire", "Egyptian-brokered truce"], "2012-11-21")
E("Nauru-Australia Treaty", "Agreement", ["Nauru–Australia Treaty", "Nauru Australia treaty"], "2024-12-09")
E("China-Solomon Islands security agreement", "Agreement", ["China-Solomon Islands security pact", "security pact"], "2022-04")
E("Falepili Union", "Agreement", ["Australia-Tuvalu Falepili Union", "Falepili Union treaty"], "2023-11-09")
E("Australia-Papua New Guinea bilateral security agreement", "Agreement",
  ["bilateral security agreement", "Australia-PNG security agreement"], "2023-12-07")
E("US-Papua New Guinea Defence Cooperation Agreement", "Agreement",
  ["defence cooperation agreement", "Defense Cooperation Agreement"], "2023-05")

# People
def P(name, *aliases):
    E(name, "Person", aliases)

P("Henri Delteil", "Gen. Henri Delteil", "Delteil")
P("Ta Quang Buu", "Ta Quang Bửu")
P("Pierre Mendes-France", "Mendes-France", "Mr. Mendes-France", "Pierre Mendès France", "Mendès France", "Premier Pierre Mendes-France")
P("Anthony Eden", "Eden", "Mr. Eden", "Sir Anthony Eden")
P("Vyacheslav Molotov", "Vyacheslav M. Molotov", "Molotov")
P("Walter Bedell Smith", "Under Secretary of State Walter Bedell Smith", "Gen. Walter Bedell Smith")
P("Dwight D. Eisenhower", "Eisenhower", "President Eisenhower")
P("Tran Van Do", "Trần Văn Đỗ")
P("Chou En-lai", "Zhou Enlai", "Chou", "Mr. Chou")
P("Pham Van Dong", "Phạm Văn Đồng")
P("Vo Nguyen Giap", "Giap", "Gen. Vo Nguyen Giap")
P("Louis Joxe", "Joxe", "Mr. Joxe")
P("Robert Buron", "Buron")
P("Jean de Broglie", "de Broglie")
P("Belkacem Krim", "Krim Belkacem", "Krim", "Mr. Krim")
P("Charles de Gaulle", "de Gaulle", "President de Gaulle", "General de Gaulle")
P("Benyoucef Ben Khedda", "Ben Khedda", "Benkhedda")
P("Charles Ailleret", "Ailleret", "Gen. Charles Ailleret")
P("Raoul Salan", "Salan")
P("Camille Blanc")
P("Ahmed Ben Bella", "Ben Bella")
P("Alexander Dubcek", "Dubcek", "Mr. Dubcek", "Alexander Dubček", "Dubček")
P("Stepan Chervonenko", "Stepan V. Chervonenko", "Chervonenko")
P("Ludvik Svoboda", "President Ludvik Svoboda", "Svoboda", "Ludvík Svoboda")
P("Oldrich Cernik", "Premier Oldrich Cernik", "Cernik", "Oldřich Černík")
P("Josef Smrkovsky", "Smrkovsky", "Josef Smrkovský")
P("Leonid Brezhnev", "Leonid I. Brezhnev", "Brezhnev")
P("Nicolae Ceausescu", "Ceausescu", "Nicolae Ceaușescu")
P("Lyndon B. Johnson", "President Johnson", "Johnson", "Mr. Johnson", "Lyndon Johnson")
P("Anatoly Dobrynin", "Anatoly F. Dobrynin", "Dobrynin", "Mr. Dobrynin")
P("Dean Rusk", "Rusk", "Secretary of State Dean Rusk")
P("George W. Ball", "George Ball", "Ambassador George W. Ball")
P("Ahmed Laraki", "Laraki")
P("Hamdi Ould Mouknass", "Ould Mouknass", "Mouknass")
P("Hassan II", "King Hassan II", "King Hassan")
P("Mokhtar Ould Daddah", "Ould Daddah")
P("Edmund Muskie", "Edmund S. Muskie", "Muskie", "Mr. Muskie")
P("Geula Cohen")
P("Menachem Begin", "Begin", "Prime Minister Menachem Begin")
P("Jimmy Carter", "Carter", "President Carter")
P("Ralph Bunche", "Bunche")
P("Osama bin Laden", "bin Laden", "Usama bin Ladin", "Osama Bin Laden")
P("Bill Richardson", "Ambassador Bill Richardson", "Richardson")
P("Bill Clinton", "President Clinton", "William J. Clinton", "President Bill Clinton")
P("William Cohen", "Defense Secretary William Cohen", "William S. Cohen")
P("Ghazi Salaheddin", "Ghazi Salah-Eddin", "Ghazi Salaheddin Atabani", "Salaheddin")
P("Majthob al-Khalifa", "al-Khalifa")
P("Elfatih Mohamed Ahmed Erwa", "Erwa")
P("Kofi Annan", "Annan")
P("Álvaro Uribe", "Uribe", "Alvaro Uribe")
P("Rafael Correa", "Correa")
P("Hugo Chávez", "Chávez", "Chavez", "Hugo Chavez")
P("Daniel Ortega", "Ortega")
P("Raúl Reyes", "Reyes", "Raul Reyes")
P("Leonel Fernández", "Fernández", "Fernandez", "Leonel Fernandez")
P("José Miguel Insulza", "Insulza", "Jose Miguel Insulza")
P("Juan Manuel Santos", "Santos")
P("Iván Ríos", "Ivan Rios", "Ríos")
P("Lee Myung-bak", "Lee", "President Lee Myung-bak")
P("Yoon Duk-yong", "Yoon", "Yoon Deok-yong")
P("Barack Obama", "Obama", "President Barack Obama")
P("Khaled Meshaal", "Meshaal", "Khaled Mashaal", "Khaled Mashal")
P("Ramadan Shallah", "Shallah", "Ramadan Abdullah Shallah")
P("Benjamin Netanyahu", "Netanyahu")
P("Ehud Barak", "Barak")
P("Avigdor Lieberman", "Lieberman")
P("Mohamed Kamel Amr", "Amr", "Kamel Amr")
P("Hillary Clinton", "Clinton", "Hillary Rodham Clinton", "Secretary Clinton")
P("Mohamed Morsi", "Morsi", "Mohammed Morsi", "Morsy")
P("Ban Ki-moon", "Ban")
P("Mahmoud Abbas", "Abbas")
P("Sami Abu Zuhri", "Abu Zuhri")
P("Yitzhak Aharonovich", "Aharonovich")
P("Ahmed Jabari", "Jabari")
P("Hisham Qandil", "Qandil", "Hesham Qandil")
P("Ismail Haniyeh", "Haniyeh", "Ismail Haniya")
P("Anthony Albanese", "Albanese")
P("David Adeang", "Adeang")
P("Feleti Teo", "Teo")
P("Kausea Natano", "Natano")
P("James Marape", "Marape")
P("Tien Chung-kwang", "Tien")
P("Lourdes Corro", "Corro")
P("Justin Pape", "Pape")
P("Bob Love")
P("Teresa Love")

# Places
def L(name, *aliases):
    E(name, "Place", aliases)

L("Geneva", "Genève")
L("Indochina")
L("Vietnam", "Viet-Nam")
L("Hanoi")
L("Red River delta")
L("Bern", "Berne")
L("French Embassy in Bern", "French Embassy")
L("Dienbienphu", "Dien Bien Phu")
L("Evian-les-Bains", "Évian-les-Bains", "Evian", "Évian")
L("Hotel du Parc", "Hôtel du Parc")
L("Lake Geneva", "Lac Léman")
L("Mers-el-Kebir", "Mers El Kébir")
L("Sahara")
L("Tunis")
L("Algiers")
L("Oran")
L("Les Rousses")
L("Jura mountains", "Jura")
L("Vienna")
L("Prague")
L("Ruzyne airport", "Ruzyne")
L("Bratislava")
L("Cierna nad Tisou", "Čierna nad Tisou")
L("Bucharest")
L("Europe")
L("Spanish Sahara", "former Spanish Sahara", "Western Sahara")
L("Atlantic Ocean", "Atlantic")
L("Saguia el-Hamra", "Saguia el Hamra")
L("El Aaiun", "Laayoune", "El Aaiún")
L("Bou Craa")
L("Tiris el-Gharbia", "Tiris al-Gharbiya")
L("Dakhla", "Villa Cisneros")
L("Madrid")
L("Amgala")
L("Tindouf")
L("Jerusalem", "holy city")
L("East Jerusalem", "Arab East Jerusalem", "eastern sector")
L("Old City of Jerusalem", "Old City")
L("Palestine", "Mandatory Palestine")
L("Maine")
L("Tel Aviv")
L("Rhodes")
L("Nairobi")
L("Dar es Salaam")
L("US Embassy in Khartoum", "U.S. embassy building", "U.S. embassy in Khartoum")
L("Red Sea")
L("Arabian Sea")
L("Al-Shifa pharmaceutical factory", "al-Shifa pharmaceutical factory", "al-Shifa factory", "Khartoum plant", "El Shifa pharmaceutical plant")
L("Khartoum North")
L("Zhawar Kili", "Zhawar Kili camps")
L("Khost")
L("Martha's Vineyard")
L("Oval Office")
L("Khartoum State", "Khartoum state")
L("Santo Domingo")
L("FARC camp near Angostura", "rebel camp", "FARC camp")
L("Angostura")
L("Sucumbíos", "Sucumbíos province", "Sucumbios")
L("Caldas", "province of Caldas")
L("War Memorial of Korea", "War Memorial")
L("ROKS Cheonan", "Cheonan", "corvette Cheonan")
L("Baengnyeong Island", "Baengnyeong", "Baekryeong Island")
L("Kaesong")
L("Cairo")
L("Gaza Strip", "Gaza")
L("Gaza City")
L("Beersheba", "Beer Sheva")
L("Ramallah")
L("West Bank")
L("Shaul Hamelech Boulevard")
L("Gaza interior ministry headquarters", "Hamas-run interior ministry headquarters", "interior ministry headquarters")
L("Rafah")
L("al-Shifa hospital", "Shifa hospital")
L("Parliament House", "Parliament House, Canberra")
L("Pacific")
L("South Pacific")
L("Nuku'alofa", "Nukualofa")
L("Rarotonga")
L("North America")
L("Mazatlan", "Mazatlán")
L("Texas")
L("Eagle Pass")
L("Arkansas")
L("Missouri")
L("Illinois")
L("Indiana")
L("Ohio")
L("New York", "New York State", "upstate New York")
L("Vermont")
L("Newfoundland")
L("Mesquite")
L("Dallas")
L("Niagara Falls", "Niagara Falls, New York")
L("York, Pennsylvania")
L("Pennsylvania")
L("North Hudson")
L("Connecticut")

# ---------------------------------------------------------------- articles
ARTS = []

def A(file, entities, facts, articles=None, not_articles=None, negative=False, live=False):
    ARTS.append(dict(file=file, entities=entities, facts=facts, articles=articles,
                     not_articles=not_articles, negative=negative, live=live))

def F(s, p, o, date, ev, alleged=False):
    d = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        d["modality"] = "alleged"
    return d

def R(s, o, ev):
    return F(s, "represents", o, "", ev)

# 01 -------------------------------------------------------------------------
ev_sign = "France and the Communist-led Vietminh signed an armistice for Vietnam in the small hours of today"
ev_sign2 = "The cease-fire agreement for Vietnam was signed for France by Gen. Henri Delteil and for the Vietminh by Ta Quang Buu"
ev_mon = "On Monday evening the French Premier sat down with Mr. Chou and Mr. Eden"
A("01_geneva-indochina-armistice-1954",
  ["Geneva", "Associated Press", "France", "Viet Minh", "Vietnam", "Indochina", "United States",
   "Geneva armistice agreement for Vietnam", "Final Declaration of the Geneva Conference",
   "Henri Delteil", "Ta Quang Buu", "Pierre Mendes-France", "Laos", "Cambodia", "French Union",
   "India", "Canada", "Poland", "Anthony Eden", "United Kingdom", "Vyacheslav Molotov", "Soviet Union",
   "Walter Bedell Smith", "Dwight D. Eisenhower", "Tran Van Do", "State of Vietnam", "Hanoi",
   "Red River delta", "Chou En-lai", "China", "French Embassy in Bern", "Bern", "Pham Van Dong",
   "Dienbienphu", "Vo Nguyen Giap"],
  [F("France", "signed", "Geneva armistice agreement for Vietnam", "1954-07-21", ev_sign),
   F("Viet Minh", "signed", "Geneva armistice agreement for Vietnam", "1954-07-21", ev_sign),
   F("Henri Delteil", "signed", "Geneva armistice agreement for Vietnam", "1954-07-21", ev_sign2),
   F("Ta Quang Buu", "signed", "Geneva armistice agreement for Vietnam", "1954-07-21", ev_sign2),
   R("Henri Delteil", "France", "signed for France by Gen. Henri Delteil"),
   R("Ta Quang Buu", "Viet Minh", "Ta Quang Buu, the Vietminh Vice Minister of National Defense"),
   R("Pierre Mendes-France", "France", "the midnight deadline that Premier Pierre Mendes-France had set himself"),
   R("Anthony Eden", "United Kingdom", "Anthony Eden, the British Foreign Secretary"),
   R("Vyacheslav Molotov", "Soviet Union", "Vyacheslav M. Molotov, the Soviet Foreign Minister"),
   R("Walter Bedell Smith", "United States", "Under Secretary of State Walter Bedell Smith told the session that his Government was \"not prepared to join\" in the declaration"),
   R("Dwight D. Eisenhower", "United States", "President Eisenhower told his news conference that the United States had not been a party to the decisions"),
   R("Tran Van Do", "State of Vietnam", "Tran Van Do, Foreign Minister of the State of Vietnam"),
   R("Chou En-lai", "China", "Chou En-lai, Premier and Foreign Minister of Communist China"),
   F("Pierre Mendes-France", "met_with", "Chou En-lai", "1954-06-23", "when he met Chou En-lai, Premier and Foreign Minister of Communist China, at the French Embassy in Bern"),
   F("Pierre Mendes-France", "met_with", "Anthony Eden", "1954-07-19", ev_mon),
   F("Chou En-lai", "met_with", "Anthony Eden", "1954-07-19", ev_mon),
   R("Pham Van Dong", "Viet Minh", "Pham Van Dong, who led the Vietminh delegation"),
   F("Viet Minh", "attacked", "Dienbienphu", "1954", "the fortress of Dienbienphu fell after a siege of 55 days by Vietminh divisions"),
  ])

# 02 -------------------------------------------------------------------------
ev_ev = "France and the Algerian rebels' National Liberation Front signed an agreement here this evening to end the seven-year war in Algeria"
ev_joxe = "Louis Joxe, the French Minister of State for Algerian Affairs, signed for France together with two other members of the Cabinet, Robert Buron and Jean de Broglie"
A("02_evian-accords-algeria-1962",
  ["Evian-les-Bains", "France", "United Press International", "National Liberation Front", "Algeria",
   "Évian Accords", "Hotel du Parc", "Lake Geneva", "Louis Joxe", "Robert Buron", "Jean de Broglie",
   "Belkacem Krim", "Provisional Government of the Algerian Republic", "Mers-el-Kebir", "Sahara",
   "Charles de Gaulle", "Tunis", "Benyoucef Ben Khedda", "Charles Ailleret", "Algiers", "Oran",
   "Secret Army Organization", "Raoul Salan", "Camille Blanc", "Les Rousses", "Jura mountains",
   "Switzerland", "Ahmed Ben Bella", "Geneva"],
  [F("France", "signed", "Évian Accords", "1962-03-18", ev_ev),
   F("National Liberation Front", "signed", "Évian Accords", "1962-03-18", ev_ev),
   F("Louis Joxe", "signed", "Évian Accords", "1962-03-18", ev_joxe),
   F("Robert Buron", "signed", "Évian Accords", "1962-03-18", ev_joxe),
   F("Jean de Broglie", "signed", "Évian Accords", "1962-03-18", ev_joxe),
   F("Belkacem Krim", "signed", "Évian Accords", "1962-03-18", "On the Algerian side the only signature was that of Belkacem Krim"),
   R("Louis Joxe", "France", "Louis Joxe, the French Minister of State for Algerian Affairs"),
   R("Robert Buron", "France", ev_joxe),
   R("Jean de Broglie", "France", ev_joxe),
   R("Belkacem Krim", "Provisional Government of the Algerian Republic", "Belkacem Krim, Vice Premier of the Provisional Government of the Algerian Republic"),
   R("Charles de Gaulle", "France", "President de Gaulle went on the state radio and television networks in France and Algeria tonight"),
   R("Benyoucef Ben Khedda", "Provisional Government of the Algerian Republic", "Benyoucef Ben Khedda, Premier of the provisional government"),
   R("Charles Ailleret", "France", "The French commander in Algeria, Gen. Charles Ailleret"),
   F("Raoul Salan", "led", "Secret Army Organization", "", "the Secret Army Organization, the underground of European diehards led by the former general Raoul Salan"),
   F("Louis Joxe", "met_with", "Belkacem Krim", "1962-02", "The two delegations, led by Mr. Joxe and Mr. Krim, met again in great secrecy last month at Les Rousses"),
  ])

# 03 -------------------------------------------------------------------------
ev_inv = "The Soviet Union, Poland, East Germany, Hungary and Bulgaria invaded Czechoslovakia overnight"
ev_brat = "Czechoslovakia signed a declaration in Bratislava with the Soviet Union, Poland, East Germany, Hungary and Bulgaria"
A("03_warsaw-pact-invades-czechoslovakia-1968",
  ["Vienna", "Reuters", "Soviet Union", "Poland", "East Germany", "Hungary", "Bulgaria", "Czechoslovakia",
   "Prague", "Czechoslovak Radio", "Alexander Dubcek", "Presidium of the Czechoslovak Communist Party",
   "Communist Party of Czechoslovakia", "Czechoslovak National Assembly", "Stepan Chervonenko",
   "Ludvik Svoboda", "Oldrich Cernik", "Austria", "Ruzyne airport", "Josef Smrkovsky", "Tass",
   "Bratislava Declaration", "Bratislava", "Cierna nad Tisou", "Leonid Brezhnev", "Soviet Politburo",
   "Romania", "Warsaw Pact", "Nicolae Ceausescu", "Bucharest", "Europe", "United States",
   "Lyndon B. Johnson", "United Nations Charter", "Anatoly Dobrynin", "US National Security Council",
   "Dean Rusk", "US State Department", "UN Security Council", "George W. Ball"],
  [F("Soviet Union", "attacked", "Czechoslovakia", "1968-08-20", ev_inv),
   F("Poland", "attacked", "Czechoslovakia", "1968-08-20", ev_inv),
   F("East Germany", "attacked", "Czechoslovakia", "1968-08-20", ev_inv),
   F("Hungary", "attacked", "Czechoslovakia", "1968-08-20", ev_inv),
   F("Bulgaria", "attacked", "Czechoslovakia", "1968-08-20", ev_inv),
   F("Stepan Chervonenko", "met_with", "Ludvik Svoboda", "1968-08-20", "Shortly before midnight the Soviet Ambassador, Stepan V. Chervonenko, called on President Ludvik Svoboda"),
   R("Stepan Chervonenko", "Soviet Union", "the Soviet Ambassador, Stepan V. Chervonenko"),
   R("Ludvik Svoboda", "Czechoslovakia", "President Ludvik Svoboda"),
   R("Oldrich Cernik", "Czechoslovakia", "Premier Oldrich Cernik"),
   R("Alexander Dubcek", "Communist Party of Czechoslovakia", "Mr. Dubcek, the party's First Secretary"),
   R("Josef Smrkovsky", "Czechoslovak National Assembly", "Josef Smrkovsky, chairman of the National Assembly"),
   F("Czechoslovakia", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("Soviet Union", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("Poland", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("East Germany", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("Hungary", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("Bulgaria", "signed", "Bratislava Declaration", "1968-08-03", ev_brat),
   F("Soviet Union", "invoked", "Bratislava Declaration", "1968-08-21", "The Soviet statement invoked the Bratislava declaration"),
   F("Alexander Dubcek", "met_with", "Leonid Brezhnev", "1968-07", "where Mr. Dubcek faced the Soviet leader, Leonid I. Brezhnev"),
   R("Leonid Brezhnev", "Soviet Union", "the Soviet leader, Leonid I. Brezhnev"),
   R("Nicolae Ceausescu", "Romania", "Nicolae Ceausescu, Romania's leader"),
   R("Lyndon B. Johnson", "United States", "In Washington, President Johnson called on the Soviet Union"),
   F("Soviet Union", "violated", "United Nations Charter", "1968-08", "the Soviet action was a flat violation of the United Nations Charter", alleged=True),
   F("Lyndon B. Johnson", "met_with", "Anatoly Dobrynin", "1968-08-20", "Mr. Johnson learned of the invasion from the Soviet Ambassador, Anatoly F. Dobrynin, who read him a message from Moscow at the White House on Tuesday evening"),
   R("Anatoly Dobrynin", "Soviet Union", "the Soviet Ambassador, Anatoly F. Dobrynin"),
   F("Dean Rusk", "met_with", "Anatoly Dobrynin", "1968-08-20", "Secretary of State Dean Rusk called Mr. Dobrynin to the State Department for a short meeting before midnight"),
   R("Dean Rusk", "United States", "Secretary of State Dean Rusk"),
   R("George W. Ball", "United States", "Ambassador George W. Ball was instructed to insist upon the charter rights of Czechoslovakia"),
   F("Soviet Union", "attacked", "Hungary", "1956", "In 1956 Soviet troops invaded Hungary to crush the uprising there"),
  ])

# 04 -------------------------------------------------------------------------
ev_ws = "Morocco and Mauritania today signed a convention fixing a new frontier across the former Spanish Sahara"
ev_ws_ann = "Morocco and Mauritania today signed a convention fixing a new frontier across the former Spanish Sahara, formally carving up the desert territory between them"
ev_min = "was signed here by the two foreign ministers, Ahmed Laraki of Morocco and Hamdi Ould Mouknass of Mauritania"
ev_mad = "the Madrid agreement, which Spain, Morocco and Mauritania signed on Nov. 14 last year"
A("04_western-sahara-partition-1976",
  ["Morocco", "Agence France-Presse", "Mauritania", "Spanish Sahara", "Western Sahara partition agreement",
   "Ahmed Laraki", "Hamdi Ould Mouknass", "Atlantic Ocean", "Saguia el-Hamra", "El Aaiun", "Bou Craa",
   "Tiris el-Gharbia", "Dakhla", "Mauritanian National Assembly", "Madrid Accords", "Spain", "Madrid",
   "Hassan II", "Mokhtar Ould Daddah", "Polisario Front", "Algeria", "Saharan Arab Democratic Republic",
   "Amgala", "Tindouf", "International Court of Justice"],
  [F("Morocco", "signed", "Western Sahara partition agreement", "1976-04-14", ev_ws),
   F("Mauritania", "signed", "Western Sahara partition agreement", "1976-04-14", ev_ws),
   F("Ahmed Laraki", "signed", "Western Sahara partition agreement", "1976-04-14", ev_min),
   F("Hamdi Ould Mouknass", "signed", "Western Sahara partition agreement", "1976-04-14", ev_min),
   R("Ahmed Laraki", "Morocco", "the two foreign ministers, Ahmed Laraki of Morocco"),
   R("Hamdi Ould Mouknass", "Mauritania", "the two foreign ministers, Ahmed Laraki of Morocco and Hamdi Ould Mouknass of Mauritania"),
   F("Morocco", "annexed", "Spanish Sahara", "1976-04-14", ev_ws_ann),
   F("Mauritania", "annexed", "Spanish Sahara", "1976-04-14", ev_ws_ann),
   F("Morocco", "annexed", "Saguia el-Hamra", "1976-04-14", "Under the convention Morocco annexes Saguia el-Hamra"),
   F("Mauritania", "annexed", "Tiris el-Gharbia", "1976-04-14", "Mauritania takes the southern third of the territory, which Nouakchott has already renamed Tiris el-Gharbia"),
   F("Spain", "signed", "Madrid Accords", "1975-11-14", ev_mad),
   F("Morocco", "signed", "Madrid Accords", "1975-11-14", ev_mad),
   F("Mauritania", "signed", "Madrid Accords", "1975-11-14", ev_mad),
   R("Hassan II", "Morocco", "King Hassan II had pressed Morocco's historic claim to the territory"),
   R("Mokhtar Ould Daddah", "Mauritania", "Mauritania's President, Mokhtar Ould Daddah"),
   F("Morocco", "attacked", "Algeria", "1976-01", "Algeria says its soldiers were attacked by Moroccan forces at Amgala", alleged=True),
  ])

# 05 -------------------------------------------------------------------------
A("05_jerusalem-law-un-censure-1980",
  ["United Nations", "United Press International", "UN Security Council", "Israel", "Jerusalem",
   "United States", "UN Security Council Resolution 478", "Edmund Muskie", "Maine",
   "United Nations Charter", "Jerusalem Law", "Knesset", "Supreme Court of Israel", "Geula Cohen",
   "Menachem Begin", "East Jerusalem", "Old City of Jerusalem", "Jordan", "Israel-Jordan Armistice Agreement", "Rhodes",
   "Ralph Bunche", "Palestine",
   "Netherlands", "Tel Aviv", "Israeli Foreign Ministry", "Jimmy Carter", "UN Security Council Resolution 476"],
  [R("Edmund Muskie", "United States", "Secretary of State Edmund S. Muskie"),
   R("Menachem Begin", "Israel", "Prime Minister Menachem Begin"),
   F("Israel", "annexed", "East Jerusalem", "1967", "Israel annexed East Jerusalem, which it captured from Jordan in the 1967 Middle East war"),
   F("Israel", "signed", "Israel-Jordan Armistice Agreement", "1949-04", "the armistice agreement that Israel and Jordan signed at Rhodes in April 1949"),
   F("Jordan", "signed", "Israel-Jordan Armistice Agreement", "1949-04", "the armistice agreement that Israel and Jordan signed at Rhodes in April 1949"),
   F("Ralph Bunche", "mediated", "Israel-Jordan Armistice Agreement", "1949", "after talks mediated by Ralph Bunche, the acting United Nations mediator for Palestine"),
   R("Ralph Bunche", "United Nations", "Ralph Bunche, the acting United Nations mediator for Palestine"),
   F("Jordan", "annexed", "East Jerusalem", "1950", "Jordan annexed the eastern sector, with the Old City, the following year"),
  ])

# 06 -------------------------------------------------------------------------
ev_emb = "bin Laden's organisation was responsible for the Aug. 7 bombings of the American embassies in Nairobi and Dar es Salaam"
ev_sh = "In Sudan they destroyed the al-Shifa pharmaceutical factory in Khartoum North"
A("06_us-strikes-sudan-afghanistan-1998",
  ["United States", "Reuters", "Article 51", "United Nations Charter", "Sudan", "Afghanistan",
   "UN Security Council", "Osama bin Laden", "Saudi Arabia", "Bill Richardson", "Nairobi", "Dar es Salaam", "Kenya", "Taliban", "Red Sea",
   "Arabian Sea", "Al-Shifa pharmaceutical factory", "Khartoum North", "Zhawar Kili", "Khost",
   "Bill Clinton", "Martha's Vineyard", "Oval Office", "William Cohen", "Ghazi Salaheddin", "Khartoum State",
   "Majthob al-Khalifa", "United Nations", "Elfatih Mohamed Ahmed Erwa", "US Embassy in Khartoum",
   "Kofi Annan"],
  [F("United States", "invoked", "Article 51", "1998-08-21", "The United States invoked Article 51 of the United Nations Charter on Friday"),
   R("Bill Richardson", "United States", "U.S. Ambassador Bill Richardson"),
   F("Osama bin Laden", "struck", "Nairobi", "1998-08-07", ev_emb, alleged=True),
   F("Osama bin Laden", "struck", "Dar es Salaam", "1998-08-07", ev_emb, alleged=True),
   F("United States", "struck", "Al-Shifa pharmaceutical factory", "1998-08-20", ev_sh),
   F("United States", "struck", "Khartoum North", "1998-08-20", ev_sh),
   F("United States", "struck", "Zhawar Kili", "1998-08-20", "In eastern Afghanistan they hit a complex of training camps at Zhawar Kili"),
   R("Bill Clinton", "United States", "President Clinton, who announced the strikes"),
   R("William Cohen", "United States", "Defense Secretary William Cohen"),
   R("Ghazi Salaheddin", "Sudan", "Sudan rejected the accusation. Information Minister Ghazi Salaheddin"),
   R("Elfatih Mohamed Ahmed Erwa", "Sudan", "Khartoum's ambassador to the United Nations, Elfatih Mohamed Ahmed Erwa"),
   R("Kofi Annan", "United Nations", "U.N. Secretary-General Kofi Annan"),
  ])

# 07 -------------------------------------------------------------------------
A("07_rio-group-summit-colombia-ecuador-2008",
  ["Santo Domingo", "Dominican Republic", "Colombia", "Ecuador", "Venezuela", "Rio Group", "Álvaro Uribe",
   "Rafael Correa", "Hugo Chávez", "Nicaragua", "Daniel Ortega", "Raúl Reyes", "Leonel Fernández",
   "José Miguel Insulza", "Organization of American States", "Revolutionary Armed Forces of Colombia",
   "FARC camp near Angostura", "Angostura", "Sucumbíos", "OAS Permanent Council", "United States",
   "Rio Group declaration", "International Criminal Court", "Juan Manuel Santos", "Iván Ríos", "Caldas"],
  [F("Álvaro Uribe", "met_with", "Rafael Correa", "2008-03-07", "Uribe then walked to Correa's seat and shook his hand"),
   F("Álvaro Uribe", "met_with", "Hugo Chávez", "2008-03-07", "before embracing Venezuelan President Hugo Chávez"),
   F("Álvaro Uribe", "met_with", "Daniel Ortega", "2008-03-07", "and greeting Nicaragua's Daniel Ortega"),
   R("Álvaro Uribe", "Colombia", "Colombian President Álvaro Uribe"),
   R("Rafael Correa", "Ecuador", "Ecuadorean President Rafael Correa"),
   R("Hugo Chávez", "Venezuela", "Venezuelan President Hugo Chávez"),
   R("Daniel Ortega", "Nicaragua", "Ortega, Nicaragua's president"),
   R("Leonel Fernández", "Dominican Republic", "Dominican President Leonel Fernández"),
   R("José Miguel Insulza", "Organization of American States", "José Miguel Insulza, secretary general of the Organization of American States"),
   F("Colombia", "struck", "FARC camp near Angostura", "2008-03-01", "Colombian aircraft bombed a camp of the Revolutionary Armed Forces of Colombia, or FARC, near Angostura"),
   R("Raúl Reyes", "Revolutionary Armed Forces of Colombia", "a member of the FARC's seven-man secretariat and its best-known international spokesman"),
   R("Juan Manuel Santos", "Colombia", "Colombia's defense minister, Juan Manuel Santos"),
  ])

# 08 -------------------------------------------------------------------------
ev_viol = "Lee said the attack on the 1,200-ton corvette Cheonan violated the Charter of the United Nations, the armistice agreement that ended the fighting in the Korean War, and the 1991 basic agreement between the two Koreas."
ev_arm = "The 1953 armistice was signed by the U.N. Command, North Korea and China"
ev_ba = "North and South Korea signed the basic agreement on reconciliation and non-aggression in December 1991"
A("08_cheonan-sinking-seoul-measures-2010",
  ["South Korea", "Associated Press", "Lee Myung-bak", "North Korea", "War Memorial of Korea", "ROKS Cheonan",
   "United Nations Charter", "Korean War Armistice Agreement", "Inter-Korean Basic Agreement",
   "UN Security Council", "United States", "United Kingdom", "Australia", "Sweden", "Baengnyeong Island",
   "Joint Civilian-Military Investigation Group", "Yoon Duk-yong", "National Defence Commission", "Kaesong",
   "Barack Obama", "China", "United Nations Command"],
  [F("North Korea", "struck", "ROKS Cheonan", "2010-03-26", "the Cheonan was split in two by a torpedo fired from a North Korean submarine near Baengnyeong Island on March 26", alleged=True),
   F("North Korea", "violated", "United Nations Charter", "2010-03-26", ev_viol, alleged=True),
   F("North Korea", "violated", "Korean War Armistice Agreement", "2010-03-26", ev_viol, alleged=True),
   F("North Korea", "violated", "Inter-Korean Basic Agreement", "2010-03-26", ev_viol, alleged=True),
   R("Lee Myung-bak", "South Korea", "President Lee Myung-bak suspended nearly all trade with North Korea"),
   F("Yoon Duk-yong", "led", "Joint Civilian-Military Investigation Group", "", "The Joint Civilian-Military Investigation Group, co-led by Yoon Duk-yong"),
   R("Barack Obama", "United States", "President Barack Obama has directed U.S. military commanders"),
   F("United Nations Command", "signed", "Korean War Armistice Agreement", "1953", ev_arm),
   F("North Korea", "signed", "Korean War Armistice Agreement", "1953", ev_arm),
   F("China", "signed", "Korean War Armistice Agreement", "1953", ev_arm),
   F("North Korea", "signed", "Inter-Korean Basic Agreement", "1991-12", ev_ba),
   F("South Korea", "signed", "Inter-Korean Basic Agreement", "1991-12", ev_ba),
  ])

# 09 -------------------------------------------------------------------------
G_NOT = ["THE LEVANT DISPATCH",
         "Home | World | Middle East | Politics | Business | Opinion | Live",
         "We use cookies to personalise content and analyse our traffic. By continuing to browse this site you agree to our use of cookies.",
         "Accept all | Manage preferences", "Middle East", "LIVE | Last updated 23:48 local time",
         "Share on Facebook | Share on Twitter | Email | Print", "Key events", "All times are local (GMT+2)",
         "23:41", "22:35", "21:04", "20:41", "20:02", "17:15", "15:20", "12:50", "12:34", "10:12", "07:30",
         "Breaking", "Get the Middle East Briefing",
         "The day's most important stories from the region, in your inbox every morning.",
         "Enter your email address | Sign up", "Related", "14 November 2012", "16 November 2012",
         "About us | Contact | Advertise | Terms of use | Privacy policy | Cookie policy",
         "© 2012 The Levant Dispatch. All rights reserved."]
ev_idf = "The Israeli military says it struck about 100 targets across the Gaza Strip overnight, among them the Hamas-run interior ministry headquarters in Gaza City"
A("09_gaza-ceasefire-live-blog-2012",
  ["Israel", "Gaza Strip", "Cairo", "Egypt", "Hamas", "November 2012 Gaza ceasefire", "Tel Aviv",
   "Khaled Meshaal", "Hamas political bureau", "Iran", "Ramadan Shallah", "Islamic Jihad", "Beersheba",
   "Reuters", "Gaza City", "Benjamin Netanyahu", "Ehud Barak", "Avigdor Lieberman", "Barack Obama",
   "United States", "Mohamed Kamel Amr", "Hillary Clinton", "Mohamed Morsi", "Ban Ki-moon", "United Nations",
   "Mahmoud Abbas", "Ramallah", "Sami Abu Zuhri", "Shaul Hamelech Boulevard", "Israeli Defence Ministry",
   "Yitzhak Aharonovich", "Palestinian Authority", "US State Department", "Jerusalem", "West Bank",
   "Israel Defense Forces", "Gaza interior ministry headquarters", "Ahmed Jabari",
   "Izz ad-Din al-Qassam Brigades", "Hisham Qandil", "Rafah", "al-Shifa hospital", "Ismail Haniyeh"],
  [F("Egypt", "mediated", "November 2012 Gaza ceasefire", "2012-11-21", "Egypt brokered the truce between Israel and Hamas"),
   F("Israel", "attacked", "Gaza Strip", "2012-11-14", "since Israel launched its offensive on Gaza on 14 November"),
   R("Khaled Meshaal", "Hamas political bureau", "Khaled Meshaal, the exiled head of Hamas's political bureau"),
   R("Ramadan Shallah", "Islamic Jihad", "Ramadan Shallah, the leader of Islamic Jihad"),
   R("Benjamin Netanyahu", "Israel", "The Israeli prime minister says he has agreed to give the Egyptian proposal a chance"),
   R("Ehud Barak", "Israel", "the defence minister, Ehud Barak"),
   R("Avigdor Lieberman", "Israel", "the foreign minister, Avigdor Lieberman"),
   R("Barack Obama", "United States", "President Barack Obama"),
   R("Mohamed Kamel Amr", "Egypt", "Egypt's foreign minister, Mohamed Kamel Amr"),
   R("Hillary Clinton", "United States", "the US secretary of state, Hillary Clinton"),
   F("Hillary Clinton", "met_with", "Mohamed Morsi", "2012-11-21", "Clinton is at the presidential palace in Cairo with President Mohamed Morsi"),
   F("Hillary Clinton", "met_with", "Mohamed Kamel Amr", "2012-11-21", "The foreign minister, Amr, is also in the room."),
   R("Mohamed Morsi", "Egypt", "at the presidential palace in Cairo with President Mohamed Morsi"),
   F("Ban Ki-moon", "met_with", "Mahmoud Abbas", "2012-11-21", "Ban Ki-moon, the UN secretary-general, who saw Mahmoud Abbas in Ramallah this morning"),
   F("Ban Ki-moon", "met_with", "Mohamed Morsi", "2012-11-21", "is back in Cairo and has met Morsi"),
   R("Ban Ki-moon", "United Nations", "Ban Ki-moon, the UN secretary-general"),
   R("Sami Abu Zuhri", "Hamas", "A Hamas spokesman, Sami Abu Zuhri"),
   R("Yitzhak Aharonovich", "Israel", "Israel's internal security minister, Yitzhak Aharonovich"),
   F("Hillary Clinton", "met_with", "Mahmoud Abbas", "2012-11-21", "Clinton spent about half an hour with the Palestinian president, Mahmoud Abbas, in Ramallah this morning"),
   R("Mahmoud Abbas", "Palestinian Authority", "the Palestinian president, Mahmoud Abbas"),
   F("Hillary Clinton", "met_with", "Benjamin Netanyahu", "2012-11-20", "She had met Netanyahu in Jerusalem last night"),
   F("Israel Defense Forces", "struck", "Gaza interior ministry headquarters", "2012-11-21", ev_idf),
   F("Israel Defense Forces", "struck", "Gaza City", "2012-11-21", ev_idf),
   # teasers
   F("Israel", "struck", "Gaza City", "2012-11-14", "An Israeli air strike on a car in Gaza City killed Ahmed Jabari"),
   R("Ahmed Jabari", "Izz ad-Din al-Qassam Brigades", "Ahmed Jabari, commander of the Izz ad-Din al-Qassam Brigades"),
   F("Hisham Qandil", "met_with", "Ismail Haniyeh", "2012-11-16", "toured al-Shifa hospital in Gaza City with Ismail Haniyeh"),
   R("Hisham Qandil", "Egypt", "Egypt's Prime Minister Hisham Qandil"),
   R("Ismail Haniyeh", "Hamas", "Ismail Haniyeh, prime minister of the Hamas government"),
  ],
  articles=["Israel-Gaza live: truce announced in Cairo after eight days of fighting",
            "Hamas military chief Ahmed Jabari killed in Israeli air strike",
            "Egypt's prime minister visits Gaza as air strikes continue",
            "Rocket fired at Jerusalem falls in open ground"],
  not_articles=G_NOT, live=True)

# 10 -------------------------------------------------------------------------
N_NOT = ["Pacific Ledger", "News | Pacific | Politics | Business | Climate | Sport | Podcasts", "Subscribe | Sign in",
         "This website uses cookies to give you the best experience. Read our cookie policy.", "OK, got it",
         "Politics", "Monday 9 December 2024", "Share | Post | Email | Copy link", "Newsletter",
         "Get Pacific Ledger's morning briefing: the region's top stories before breakfast.",
         "Your email | Subscribe", "Related stories", "28 August 2024", "7 December 2023", "15 January 2024",
         "About | Contact | Advertise | Corrections | Privacy | Terms", "© 2024 Pacific Ledger"]
ev_nsign = "Prime Minister Anthony Albanese and Nauru's President, David Adeang, put their names to the Nauru-Australia Treaty after talks at Parliament House"
ev_cs = "China and the Solomon Islands signed a security pact"
ev_fal = "was signed in Rarotonga last November by Albanese and Teo's predecessor, Kausea Natano"
ev_png = "Australia and Papua New Guinea signed a bilateral security agreement in Canberra on Thursday"
ev_dca = "PNG signed a defence cooperation agreement with the United States in May"
A("10_nauru-australia-treaty-2024",
  ["Australia", "Nauru", "Nauru-Australia Treaty", "Anthony Albanese", "David Adeang", "Parliament House",
   "Bendigo Bank", "Commonwealth Bank of Australia", "China", "Taiwan", "Tuvalu", "United States",
   "Solomon Islands", "China-Solomon Islands security agreement", "South Pacific", "Pacific",
   "Falepili Union", "Feleti Teo", "Nuku'alofa", "Pacific Islands Forum", "Rarotonga", "Kausea Natano",
   "Papua New Guinea", "Australia-Papua New Guinea bilateral security agreement", "James Marape",
   "US-Papua New Guinea Defence Cooperation Agreement", "Tien Chung-kwang"],
  [F("Australia", "signed", "Nauru-Australia Treaty", "2024-12-09", "Australia and Nauru signed a treaty on Monday"),
   F("Nauru", "signed", "Nauru-Australia Treaty", "2024-12-09", "Australia and Nauru signed a treaty on Monday"),
   F("Anthony Albanese", "signed", "Nauru-Australia Treaty", "2024-12-09", ev_nsign),
   F("David Adeang", "signed", "Nauru-Australia Treaty", "2024-12-09", ev_nsign),
   F("Anthony Albanese", "met_with", "David Adeang", "2024-12-09", ev_nsign),
   R("Anthony Albanese", "Australia", "Prime Minister Anthony Albanese"),
   R("David Adeang", "Nauru", "Nauru's President, David Adeang"),
   F("China", "signed", "China-Solomon Islands security agreement", "2022", ev_cs),
   F("Solomon Islands", "signed", "China-Solomon Islands security agreement", "2022", ev_cs),
   # teasers
   F("Anthony Albanese", "met_with", "Feleti Teo", "2024-08-28", "Anthony Albanese and Tuvalu's Prime Minister, Feleti Teo, marked the entry into force of the Falepili Union at a ceremony in Nuku'alofa"),
   R("Feleti Teo", "Tuvalu", "Tuvalu's Prime Minister, Feleti Teo"),
   F("Anthony Albanese", "signed", "Falepili Union", "2023-11", ev_fal),
   F("Kausea Natano", "signed", "Falepili Union", "2023-11", ev_fal),
   F("Australia", "signed", "Australia-Papua New Guinea bilateral security agreement", "2023-12-07", ev_png),
   F("Papua New Guinea", "signed", "Australia-Papua New Guinea bilateral security agreement", "2023-12-07", ev_png),
   R("James Marape", "Papua New Guinea", "Prime Minister James Marape called the two \"brother and sister nations\" but said PNG would remain"),
   F("Papua New Guinea", "signed", "US-Papua New Guinea Defence Cooperation Agreement", "2023-05", ev_dca),
   F("United States", "signed", "US-Papua New Guinea Defence Cooperation Agreement", "2023-05", ev_dca),
   R("Tien Chung-kwang", "Taiwan", "Taiwan's deputy foreign minister, Tien Chung-kwang"),
  ],
  articles=["Australia gains say over Nauru's security ties in A$140 million treaty",
            "Australia and Tuvalu bring Falepili Union into force at Pacific summit",
            "Australia, Papua New Guinea sign security agreement",
            "Nauru switches diplomatic recognition from Taiwan to China"],
  not_articles=N_NOT)

# 11 (negative control) -------------------------------------------------------
A("11_total-solar-eclipse-north-america-2024",
  ["Mazatlan", "Mexico", "North America", "United States", "Canada", "NASA", "Lourdes Corro", "Texas",
   "Eagle Pass", "Arkansas", "Missouri", "Illinois", "Indiana", "Ohio", "New York", "Vermont", "Maine",
   "Newfoundland", "Atlantic Ocean", "Mesquite", "Dallas", "Niagara Falls", "Justin Pape",
   "York, Pennsylvania", "Pennsylvania", "North Hudson", "Bob Love", "Teresa Love", "Connecticut"],
  [], negative=True)


# ---------------------------------------------------------------- build
def main():
    bad = 0
    os.makedirs(GOLD, exist_ok=True)
    for a in ARTS:
        text = open(os.path.join(CORPUS, a["file"] + ".txt"), encoding="utf-8").read()
        for x in a["facts"]:
            if x["evidence"] not in text:
                print(f"{a['file']}: evidence not verbatim: {x['evidence']!r}", file=sys.stderr); bad += 1
        for s in (a["articles"] or []) + (a["not_articles"] or []):
            if s not in text:
                print(f"{a['file']}: page string not verbatim: {s!r}", file=sys.stderr); bad += 1
        ents = []
        for n in a["entities"]:
            if n not in ENT:
                print(f"{a['file']}: unknown entity {n!r}", file=sys.stderr); bad += 1; continue
            ents.append(ENT[n])
        doc = {"source": "corpus/" + a["file"] + ".txt"}
        if a["articles"] is not None:
            doc["articles"] = a["articles"]
            doc["not_articles"] = a["not_articles"]
        doc["entities"] = ents
        with open(os.path.join(GOLD, a["file"] + ".entities.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(GOLD, a["file"] + ".facts.jsonl"), "w", encoding="utf-8") as f:
            for x in a["facts"]:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    n = sum(len(a["facts"]) for a in ARTS)
    print(f"wrote {len(ARTS)} articles, {n} facts, {len(ENT)} registry entities; {bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
