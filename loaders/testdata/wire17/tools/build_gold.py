#!/usr/bin/env python3
"""Build the wire17 gold annotations (entities and facts) for every article in ../corpus.

usage: build_gold.py [SET_DIR]     (default: the folder above this script)

All entities and facts of the set live in this one file. The script writes
gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl and exits 1, writing nothing,
if any evidence string or page string (articles / not_articles) is not verbatim in its
article body, or if a fact names an entity the article's entity list does not hold.
"""
import json, os, re, sys

# ---------------------------------------------------------------------------
# Entity registry. One definition per entity for the whole set, so that a name or
# alias always points to the same entity in every file.
# ---------------------------------------------------------------------------
E = {}


def ent(name, kind, aliases=(), date=None):
    assert name not in E, name
    E[name] = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        E[name]["date"] = date


US_ALIASES = ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
              "Washington", "the White House", "White House", "Johnson Administration"]

# States
ent("United States", "State", US_ALIASES)
ent("United Kingdom", "State", ["UK", "U.K.", "Britain", "Great Britain", "British", "British Government"])
ent("France", "State", ["French"])
ent("Egypt", "State", ["Egyptian", "Egyptian Government"])
ent("Israel", "State", ["Israeli", "Israeli Government"])
ent("Soviet Union", "State", ["USSR", "Soviet", "Soviets", "Union of Soviet Socialist Republics"])
ent("Yugoslavia", "State", ["Yugoslav"])
ent("North Vietnam", "State", ["North Vietnamese", "North Viet Nam", "Hanoi", "Democratic Republic of Vietnam"])
ent("South Vietnam", "State", ["South Viet Nam", "South Vietnamese", "Republic of Vietnam"])
ent("China", "State", ["Chinese", "People's Republic of China", "Beijing", "Peking", "Communist China"])
ent("West Germany", "State", ["West German", "West Germans", "Federal Republic", "Federal Republic of Germany", "FRG", "Bonn"])
ent("Poland", "State", ["Polish", "People's Republic of Poland"])
ent("Nazi Germany", "State", ["Hitler's Germany", "Third Reich"])
ent("South Africa", "State", ["South African", "Pretoria", "Republic of South Africa"])
ent("Mozambique", "State", ["Mozambican", "Mozambican Government", "People's Republic of Mozambique"])
ent("Angola", "State", ["Angolan"])
ent("Guatemala", "State", ["Guatemalan", "Guatemala's government", "Guatemalan government"])
ent("Mexico", "State", ["Mexican"])
ent("Norway", "State", ["Norwegian"])
ent("Spain", "State", ["Spanish"])
ent("Colombia", "State", ["Colombian"])
ent("Venezuela", "State", ["Venezuelan"])
ent("Solomon Islands", "State", ["Solomons", "Solomon Islands government", "national government"])
ent("Australia", "State", ["Australian", "Australians", "Canberra"])
ent("New Zealand", "State", ["New Zealander", "New Zealanders"])
ent("Fiji", "State", ["Fijian"])
ent("Cuba", "State", ["Cuban", "Cubans", "Havana"])
ent("Vatican", "State", ["Holy See", "Vatican City"])
ent("Canada", "State", ["Canadian"])
ent("Russia", "State", ["Russian", "Russian Federation", "Kremlin", "the Kremlin"])
ent("Iran", "State", ["Iranian", "Tehran", "Islamic Republic of Iran"])
ent("Kazakhstan", "State", ["Kazakh"])
ent("Azerbaijan", "State", ["Azerbaijani"])
ent("Turkmenistan", "State", ["Turkmen"])
ent("Syria", "State", ["Syrian"])
ent("Pakistan", "State", ["Pakistani", "Islamabad"])
ent("Iraq", "State", ["Iraqi"])
ent("Taiwan", "State", [])
ent("Sweden", "State", ["Swedish"])

# Organizations
ent("United Nations", "Organization", ["UN", "U.N."])
ent("UN Security Council", "Organization", ["Security Council", "United Nations Security Council", "Council"])
ent("UN General Assembly", "Organization", ["General Assembly", "United Nations General Assembly"])
ent("Labour Party", "Organization", ["Labour"])
ent("House of Commons", "Organization", [])
ent("Royal Air Force", "Organization", ["RAF"])
ent("Suez Canal Company", "Organization", [])
ent("Cairo Radio", "Organization", ["Radio Cairo"])
ent("Egyptian Air Force", "Organization", ["Egypt's air force"])
ent("Associated Press", "Organization", ["AP"])
ent("United Press International", "Organization", ["UPI"])
ent("Reuters", "Organization", [])
ent("Agence France-Presse", "Organization", ["AFP"])
ent("United States Navy", "Organization", ["Navy", "U.S. Navy", "US Navy"])
ent("United States Department of Defense", "Organization", ["Pentagon", "the Pentagon", "Department of Defense"])
ent("Radio Hanoi", "Organization", [])
ent("United States Congress", "Organization", ["Congress", "U.S. Congress"])
ent("United States Senate", "Organization", ["Senate", "U.S. Senate"])
ent("Polish United Workers' Party", "Organization", ["PUWP"])
ent("Bundestag", "Organization", [])
ent("Christian Democratic Union", "Organization", ["CDU", "Christian Democrats", "Christian Democratic opposition"])
ent("Red Cross", "Organization", [])
ent("African National Congress", "Organization", ["ANC"])
ent("Renamo", "Organization", ["RENAMO", "Mozambique National Resistance", "Mozambican National Resistance"])
ent("South African Air Force", "Organization", ["SAAF"])
ent("Southern African Development Coordination Conference", "Organization", ["SADCC"])
ent("Guatemalan National Revolutionary Unity", "Organization", ["URNG", "Unidad Revolucionaria Nacional Guatemalteca"])
ent("Group of Friends", "Organization", ["Group of Friends of the Guatemalan peace process"])
ent("Central Intelligence Agency", "Organization", ["CIA"])
ent("Malaita Eagle Force", "Organization", ["MEF"])
ent("Isatabu Freedom Movement", "Organization", ["IFM"])
ent("Malaita Provincial Government", "Organization", ["provincial government of Malaita"])
ent("Guadalcanal Provincial Government", "Organization", ["provincial government of Guadalcanal"])
ent("Department of Foreign Affairs and Trade", "Organization", ["DFAT", "Australia's Department of Foreign Affairs and Trade"])
ent("Commonwealth of Nations", "Organization", ["Commonwealth"])
ent("National Parliament of Solomon Islands", "Organization", ["parliament"])
ent("United States Agency for International Development", "Organization", ["USAID", "U.S. Agency for International Development"])
ent("National Security Council", "Organization", ["NSC", "White House National Security Council"])
ent("Republican Party", "Organization", ["Republicans", "Republican"])
ent("Chinese Foreign Ministry", "Organization", ["China's foreign ministry", "Chinese Ministry of Foreign Affairs"])
ent("US State Department", "Organization", ["State Department", "U.S. State Department"])
ent("Australian Federal Police", "Organization", [])
ent("Inter-Services Public Relations", "Organization", ["ISPR"])
ent("Pakistani Foreign Office", "Organization", ["Foreign Office", "Pakistan's Foreign Office"])
ent("Iranian Foreign Ministry", "Organization", ["Iran's foreign ministry", "Iranian foreign ministry"])
ent("Islamic Revolutionary Guard Corps", "Organization", ["IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards", "Guards"])
ent("Jaish al-Adl", "Organization", ["Jaish ul-Adl", "Army of Justice"])
ent("Balochistan Liberation Army", "Organization", ["BLA"])
ent("Balochistan Liberation Front", "Organization", ["BLF"])
ent("Mossad", "Organization", [])
ent("Islamic State", "Organization", ["IS", "ISIS", "Islamic State group"])
ent("World Economic Forum", "Organization", ["WEF"])
ent("Pakistan Army", "Organization", [])
ent("Falklands Maritime Heritage Trust", "Organization", [])
ent("Saab", "Organization", [])

# Agreements
ent("Egyptian-Israeli General Armistice Agreement", "Agreement",
    ["armistice agreement between Egypt and Israel", "1949 armistice agreement"], "1949-02")
ent("Anglo-Egyptian Agreement of 1954", "Agreement", ["Anglo-Egyptian agreement"], "1954-10")
ent("Charter of the United Nations", "Agreement", ["UN Charter", "United Nations Charter", "Charter"], "1945-06-26")
ent("Southeast Asia Collective Defense Treaty", "Agreement", ["SEATO treaty", "Manila Pact"], "1954-09")
ent("Treaty of Warsaw", "Agreement", ["Warsaw treaty", "Warsaw Treaty", "treaty on the basis for normalising relations"], "1970-12-07")
ent("Moscow Treaty", "Agreement", ["Treaty of Moscow"], "1970-08-12")
ent("Nkomati Accord", "Agreement", ["Agreement on Non-Aggression and Good Neighbourliness", "Nkomati agreement"], "1984-03-16")
ent("Lusaka Accord", "Agreement", ["disengagement agreement"], "1984-02")
ent("Agreement on a Firm and Lasting Peace", "Agreement", ["Accord for a Firm and Lasting Peace"], "1996-12-29")
ent("Agreement on a Definitive Ceasefire", "Agreement", ["definitive ceasefire", "Oslo ceasefire"], "1996-12-04")
ent("Agreement on Constitutional Reforms and the Electoral Regime", "Agreement",
    ["agreement on constitutional and electoral reforms"], "1996-12-07")
ent("Agreement on the Basis for the Legal Integration of the URNG", "Agreement",
    ["accord on the URNG's return to legal political life"], "1996-12-12")
ent("Townsville Peace Agreement", "Agreement", ["TPA"], "2000-10-15")
ent("Honiara Peace Accord", "Agreement", [], "1999-06-28")
ent("US-Cuba agreement to restore diplomatic relations", "Agreement", ["U.S.-Cuba agreement", "US-Cuba normalization agreement"], "2014-12-17")
ent("Convention on the Legal Status of the Caspian Sea", "Agreement", ["Caspian convention"], "2018-08-12")
ent("Soviet-Iranian Treaty of Commerce and Navigation", "Agreement", ["1940 trade and navigation treaty"], "1940")
ent("China-Solomon Islands security agreement", "Agreement",
    ["China security pact", "security cooperation agreement",
     "intergovernmental framework agreement on security cooperation"], "2022-04")
ent("Australia-Solomon Islands Bilateral Security Treaty", "Agreement", ["bilateral security treaty"], "2017")
ent("Antarctic Treaty", "Agreement", [], "1959-12-01")

# Persons
P = [
    # 01 Suez
    ("Gamal Abdel Nasser", ["Nasser", "President Gamal Abdel Nasser"]),
    ("Anthony Eden", ["Sir Anthony Eden", "Eden", "Prime Minister Sir Anthony Eden"]),
    ("Selwyn Lloyd", ["Lloyd", "Foreign Secretary Selwyn Lloyd"]),
    ("Guy Mollet", ["Mollet"]),
    ("Christian Pineau", ["Pineau"]),
    ("Hugh Gaitskell", ["Gaitskell"]),
    ("Henry Cabot Lodge", ["Lodge", "Henry Cabot Lodge Jr."]),
    ("Arkady Sobolev", ["Arkady A. Sobolev", "Sobolev"]),
    ("Pierson Dixon", ["Sir Pierson Dixon", "Dixon"]),
    ("Dag Hammarskjold", ["Dag Hammarskjöld", "Hammarskjold", "Hammarskjöld"]),
    ("Dwight D. Eisenhower", ["Eisenhower", "President Eisenhower"]),
    # 02 Tonkin
    ("Robert McNamara", ["Robert S. McNamara", "McNamara"]),
    ("Lyndon B. Johnson", ["Johnson", "President Johnson", "Mr. Johnson", "Lyndon Johnson"]),
    ("Adlai Stevenson", ["Adlai E. Stevenson", "Stevenson"]),
    # 03 Warsaw
    ("Willy Brandt", ["Brandt", "Chancellor Willy Brandt"]),
    ("Jozef Cyrankiewicz", ["Józef Cyrankiewicz", "Cyrankiewicz"]),
    ("Walter Scheel", ["Scheel"]),
    ("Stefan Jedrychowski", ["Stefan Jędrychowski", "Jedrychowski"]),
    ("Wladyslaw Gomulka", ["Władysław Gomułka", "Gomulka"]),
    ("Alexei Kosygin", ["Kosygin", "Aleksei Kosygin"]),
    ("Adolf Hitler", ["Hitler"]),
    # 04 Nkomati
    ("P.W. Botha", ["Botha", "Pieter Willem Botha", "P. W. Botha", "Prime Minister P.W. Botha"]),
    ("Samora Machel", ["Machel", "President Samora Machel"]),
    ("Pik Botha", ["R.F. Botha", "R.F. (Pik) Botha", "Roelof Botha"]),
    ("Graca Machel", ["Graça Machel"]),
    # 05 Guatemala
    ("Gustavo Porras", ["Gustavo Porras Castejon", "Porras"]),
    ("Otto Perez Molina", ["Otto Pérez Molina", "Perez Molina"]),
    ("Raquel Zelaya", ["Raquel Zelaya Rosales", "Zelaya"]),
    ("Richard Aitkenhead", ["Richard Aitkenhead Castillo", "Aitkenhead"]),
    ("Rolando Moran", ["Rolando Morán", "Moran", "Commander Rolando Moran"]),
    ("Pablo Monsanto", ["Monsanto", "Commander Pablo Monsanto"]),
    ("Carlos Gonzalez", ["Carlos González"]),
    ("Jorge Rosal", ["Rosal"]),
    ("Boutros Boutros-Ghali", ["Boutros-Ghali"]),
    ("Alvaro Arzu", ["Álvaro Arzú", "Arzu", "President Alvaro Arzu"]),
    ("Eduardo Stein", ["Stein"]),
    ("Jean Arnault", ["Arnault"]),
    ("Mack McLarty", ["McLarty", "Thomas F. McLarty"]),
    ("Bill Clinton", ["Clinton", "President Bill Clinton"]),
    ("Jacobo Arbenz", ["Jacobo Árbenz", "Arbenz", "President Jacobo Arbenz"]),
    # 06 Townsville
    ("Jeremy Rua", ["Rua"]),
    ("Andrew Te'e", ["Te'e", "Andrew Tee"]),
    ("Andrew Nori", ["Nori"]),
    ("Tarcisius Tara", ["Tarcisius Tara Kabutaulaka", "Tara"]),
    ("Alexander Downer", ["Downer"]),
    ("Manasseh Sogavare", ["Sogavare", "Prime Minister Manasseh Sogavare"]),
    ("Bartholomew Ulufa'alu", ["Ulufa'alu", "Prime Minister Bartholomew Ulufa'alu"]),
    ("Sitiveni Rabuka", ["Rabuka"]),
    # 07 US-Cuba
    ("Barack Obama", ["Obama", "President Barack Obama"]),
    ("Raul Castro", ["Raúl Castro", "Castro", "President Raúl Castro"]),
    ("Alan Gross", ["Gross"]),
    ("Judy Gross", ["Judy"]),
    ("Gerardo Hernandez", ["Gerardo Hernández"]),
    ("Ramon Labanino", ["Ramón Labañino"]),
    ("Antonio Guerrero", []),
    ("Pope Francis", ["Francis", "the pope"]),
    ("Ben Rhodes", ["Rhodes"]),
    ("Ricardo Zuniga", ["Ricardo Zúñiga", "Zuniga", "Zúñiga"]),
    ("John Kerry", ["Kerry", "Secretary of State John Kerry"]),
    ("Bruno Rodriguez", ["Bruno Rodríguez", "Bruno Rodriguez Parrilla"]),
    ("Pietro Parolin", ["Cardinal Pietro Parolin", "Parolin"]),
    ("Roberta Jacobson", ["Jacobson"]),
    ("Nelson Mandela", ["Mandela"]),
    ("Fidel Castro", []),
    # 08 Caspian
    ("Vladimir Putin", ["Putin"]),
    ("Hassan Rouhani", ["Rouhani", "Hasan Rouhani"]),
    ("Ilham Aliyev", ["Aliyev"]),
    ("Gurbanguly Berdimuhamedov", ["Berdimuhamedov", "Gurbanguly Berdimuhamedow", "Berdimuhamedow"]),
    ("Nursultan Nazarbayev", ["Nazarbayev"]),
    ("Sergei Lavrov", ["Lavrov", "Sergey Lavrov"]),
    # 09 Endurance (negative control)
    ("Ernest Shackleton", ["Shackleton", "Sir Ernest Shackleton"]),
    ("Frank Worsley", ["Worsley"]),
    ("Mensun Bound", []),
    ("John Shears", ["Shears"]),
    # 10 Solomons-China
    ("Jeremiah Manele", ["Manele"]),
    ("Wang Yi", ["Wang"]),
    ("Wang Wenbin", []),
    ("Zed Seselja", ["Seselja"]),
    ("Ned Price", []),
    ("John Kirby", ["Kirby"]),
    ("Wendy Sherman", ["Sherman"]),
    ("Kurt Campbell", ["Campbell"]),
    ("Daniel Kritenbrink", ["Kritenbrink"]),
    ("Frank Bainimarama", ["Bainimarama", "Voreqe Bainimarama"]),
    ("Scott Morrison", ["Morrison"]),
    # 11 Iran-Pakistan
    ("Nasser Kanani", ["Kanani", "Nasser Kanaani"]),
    ("Ahmad Vahidi", ["Vahidi"]),
    ("Mumtaz Zahra Baloch", ["Baloch"]),
    ("Alireza Marhamati", ["Marhamati"]),
    ("Hossein Amir-Abdollahian", ["Amir-Abdollahian", "Hossein Amirabdollahian", "Amir Abdollahian"]),
    ("Anwaar-ul-Haq Kakar", ["Kakar", "Anwaarul Haq Kakar"]),
    ("Jalil Abbas Jilani", ["Jilani"]),
    ("Asim Munir", ["General Asim Munir", "Munir"]),
    ("Masrour Barzani", ["Barzani"]),
    ("Peshraw Dizayee", ["Dizayee"]),
]
for n, a in P:
    ent(n, "Person", a)

# Places
PL = [
    ("London", []), ("Nicosia", []), ("Cyprus", []), ("Malta", []), ("Cairo", []), ("Alexandria", []),
    ("Port Said", []), ("Ismailia", []), ("Suez", []), ("Nile Delta", []), ("Canal Zone", []),
    ("Suez Canal", []), ("Sinai Peninsula", ["Sinai"]), ("Aswan High Dam", []),
    ("Gulf of Tonkin", ["Tonkin Gulf"]), ("Vinh", []), ("Southeast Asia", []),
    ("USS Maddox", ["Maddox", "the Maddox"]), ("USS C. Turner Joy", ["C. Turner Joy", "Turner Joy"]),
    ("USS Ticonderoga", ["Ticonderoga"]), ("USS Constellation", ["Constellation"]),
    ("Warsaw", ["the Polish capital"]), ("Oder-Neisse line", ["Oder-Neisse border"]), ("Oder", ["Oder River"]),
    ("Neisse", ["western Neisse", "Lusatian Neisse"]), ("Potsdam", []), ("Tomb of the Unknown Soldier", []),
    ("Ghetto Heroes Monument", ["memorial to the heroes of the Warsaw Ghetto rising", "ghetto memorial"]),
    ("Lwow", ["Lwów", "Lviv"]), ("Moscow", []), ("Europe", []),
    ("Komatipoort", []), ("Matola", []), ("Maputo", []), ("Church Street", []), ("Lusaka", []),
    ("Guatemala City", []), ("National Palace", []), ("Oslo", []), ("Stockholm", []), ("Madrid", []),
    ("Central America", []),
    ("Townsville", []), ("Guadalcanal", []), ("Malaita", []), ("Honiara", []),
    ("Johannesburg", []), ("Florida", []),
    ("Aktau", []), ("Caspian Sea", ["Caspian"]),
    ("Endurance", ["Endurance wreck"]), ("S.A. Agulhas II", ["Agulhas II"]), ("Weddell Sea", []),
    ("Antarctica", ["Antarctic"]), ("Cape Town", []), ("Ross Sea", []), ("South Pole", []),
    ("Elephant Island", []), ("South Georgia", []), ("Falkland Islands", ["Falklands"]),
    ("Suva", []),
    ("Sistan-Baluchestan", ["Sistan and Baluchestan", "Sistan-Baluchistan"]), ("Saravan", []),
    ("Balochistan", ["Baluchistan"]), ("Panjgur", []), ("Davos", []), ("Erbil", []),
    ("Kurdistan Region", ["Kurdistan region", "Iraq's Kurdistan region"]), ("Rask", []),
]
for n, a in PL:
    ent(n, "Place", a)


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------
def F(s, p, o, date, ev, alleged=False):
    d = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        d["modality"] = "alleged"
    return d


ARTICLES = []


def article(file, entities, facts, articles=None, not_articles=None):
    ARTICLES.append({"file": file, "entities": entities, "facts": facts,
                     "articles": articles, "not_articles": not_articles})


# 01 Suez ------------------------------------------------------------------
ev_bomb = "British and French bombers attacked military airfields in Egypt last night"
ev_cairo = ("Cairo Radio said late in the evening that British planes had dropped high explosive and "
            "incendiary bombs on Cairo, Alexandria, Port Said, Ismailia and Suez")
ev_meet = ("Prime Minister Sir Anthony Eden and Foreign Secretary Selwyn Lloyd met the French Premier, "
           "Guy Mollet, and his Foreign Minister, Christian Pineau")
article("01_suez-anglo-french-air-raids", [
    "United Kingdom", "France", "Egypt", "Israel", "United States", "Soviet Union", "Yugoslavia",
    "United Nations", "UN Security Council", "UN General Assembly", "Labour Party", "House of Commons",
    "Royal Air Force", "Egyptian Air Force", "Suez Canal Company", "Cairo Radio", "Associated Press",
    "Gamal Abdel Nasser", "Anthony Eden", "Selwyn Lloyd", "Guy Mollet", "Christian Pineau", "Hugh Gaitskell",
    "Henry Cabot Lodge", "Arkady Sobolev", "Pierson Dixon", "Dag Hammarskjold", "Dwight D. Eisenhower",
    "Egyptian-Israeli General Armistice Agreement", "Anglo-Egyptian Agreement of 1954", "Charter of the United Nations",
    "London", "Nicosia", "Cyprus", "Malta", "Cairo", "Alexandria", "Port Said", "Ismailia", "Suez", "Nile Delta",
    "Canal Zone", "Suez Canal", "Sinai Peninsula", "Aswan High Dam"], [
    F("United Kingdom", "struck", "Egypt", "1956-10-31", ev_bomb),
    F("France", "struck", "Egypt", "1956-10-31", ev_bomb),
    F("Israel", "attacked", "Egypt", "1956-10-29", "two days after Israeli forces invaded Egypt"),
    F("United Kingdom", "struck", "Cairo", "1956-10-31", ev_cairo, True),
    F("United Kingdom", "struck", "Alexandria", "1956-10-31", ev_cairo, True),
    F("United Kingdom", "struck", "Port Said", "1956-10-31", ev_cairo, True),
    F("United Kingdom", "struck", "Ismailia", "1956-10-31", ev_cairo, True),
    F("United Kingdom", "struck", "Suez", "1956-10-31", ev_cairo, True),
    F("Anthony Eden", "met_with", "Guy Mollet", "1956-10-30", ev_meet),
    F("Anthony Eden", "met_with", "Christian Pineau", "1956-10-30", ev_meet),
    F("Selwyn Lloyd", "met_with", "Guy Mollet", "1956-10-30", ev_meet),
    F("Selwyn Lloyd", "met_with", "Christian Pineau", "1956-10-30", ev_meet),
    F("Israel", "violated", "Egyptian-Israeli General Armistice Agreement", "1956-10",
      "The American draft said Israeli forces had penetrated deeply into Egyptian territory \"in violation of the armistice agreement between Egypt and Israel\"", True),
    F("United Kingdom", "signed", "Anglo-Egyptian Agreement of 1954", "1954-10",
      "the Anglo-Egyptian agreement that Britain and Egypt signed in Cairo in October 1954"),
    F("Egypt", "signed", "Anglo-Egyptian Agreement of 1954", "1954-10",
      "the Anglo-Egyptian agreement that Britain and Egypt signed in Cairo in October 1954"),
    F("Hugh Gaitskell", "led", "Labour Party", "", "Hugh Gaitskell, who leads the Labour Party"),
    F("Hugh Gaitskell", "represents", "Labour Party", "", "Hugh Gaitskell, who leads the Labour Party"),
    F("Gamal Abdel Nasser", "represents", "Egypt", "", "President Gamal Abdel Nasser"),
    F("Anthony Eden", "represents", "United Kingdom", "", "Prime Minister Sir Anthony Eden"),
    F("Selwyn Lloyd", "represents", "United Kingdom", "", "Foreign Secretary Selwyn Lloyd"),
    F("Guy Mollet", "represents", "France", "", "the French Premier, Guy Mollet"),
    F("Christian Pineau", "represents", "France", "", "his Foreign Minister, Christian Pineau"),
    F("Henry Cabot Lodge", "represents", "United States", "", "Henry Cabot Lodge, the chief United States delegate"),
    F("Arkady Sobolev", "represents", "Soviet Union", "", "Arkady A. Sobolev, the Soviet delegate"),
    F("Pierson Dixon", "represents", "United Kingdom", "", "Sir Pierson Dixon, the British representative"),
    F("Dag Hammarskjold", "represents", "United Nations", "", "Dag Hammarskjold, the Secretary General"),
    F("Dwight D. Eisenhower", "represents", "United States", "", "President Eisenhower said in a broadcast to the nation"),
])

# 02 Gulf of Tonkin ----------------------------------------------------------
ev_aug4 = "According to the Pentagon, the Maddox and a second destroyer, the C. Turner Joy, came under renewed torpedo attack"
article("02_gulf-of-tonkin-reprisal-raids", [
    "United States", "North Vietnam", "South Vietnam", "China", "Soviet Union", "United Nations",
    "UN Security Council", "United States Navy", "United States Department of Defense", "United States Congress",
    "United States Senate", "Radio Hanoi", "United Press International",
    "Robert McNamara", "Lyndon B. Johnson", "Dwight D. Eisenhower", "Adlai Stevenson",
    "Southeast Asia Collective Defense Treaty",
    "Gulf of Tonkin", "Vinh", "Southeast Asia", "USS Maddox", "USS C. Turner Joy", "USS Ticonderoga",
    "USS Constellation"], [
    F("United States Navy", "struck", "North Vietnam", "1964-08-05",
      "Navy planes from two aircraft carriers bombed North Vietnamese torpedo boat bases and an oil depot today"),
    F("United States Navy", "struck", "Vinh", "1964-08-05",
      "64 sorties flown from the carriers Ticonderoga and Constellation had destroyed or damaged about 25 patrol boats, heavily damaged four bases along some 100 miles of coast and left the oil storage installation at Vinh about 90 per cent destroyed"),
    F("United States", "struck", "North Vietnam", "1964-08-05",
      "Air action, the President said, was \"now in execution against gunboats and certain supporting facilities in North Viet Nam"),
    F("North Vietnam", "attacked", "USS Maddox", "1964-08-02",
      "three North Vietnamese PT boats fired torpedoes and machine guns at the destroyer Maddox"),
    F("North Vietnam", "attacked", "USS Maddox", "1964-08-04", ev_aug4, True),
    F("North Vietnam", "attacked", "USS C. Turner Joy", "1964-08-04", ev_aug4, True),
    F("Robert McNamara", "represents", "United States", "", "Secretary of Defense Robert S. McNamara"),
    F("Lyndon B. Johnson", "represents", "United States", "", "President Johnson announced the decision to hit back"),
    F("Adlai Stevenson", "represents", "United States", "", "Adlai E. Stevenson, the chief United States delegate"),
    F("Dwight D. Eisenhower", "represents", "United States", "", "first made by President Eisenhower in 1954"),
])

# 03 Treaty of Warsaw -------------------------------------------------------
ev_fm = ("The foreign ministers, Walter Scheel of West Germany and Stefan Jedrychowski of Poland, who initialled "
         "the text here on Nov. 18 after ten months of negotiations, added their signatures.")
ev_moscow = "In August he and the Soviet Premier, Alexei Kosygin, signed a treaty in Moscow"
article("03_warsaw-treaty-oder-neisse", [
    "West Germany", "Poland", "Soviet Union", "Nazi Germany", "Polish United Workers' Party", "Bundestag",
    "Christian Democratic Union", "Red Cross", "Reuters",
    "Willy Brandt", "Jozef Cyrankiewicz", "Walter Scheel", "Stefan Jedrychowski", "Wladyslaw Gomulka",
    "Alexei Kosygin", "Adolf Hitler",
    "Treaty of Warsaw", "Moscow Treaty",
    "Warsaw", "Oder-Neisse line", "Oder", "Neisse", "Potsdam", "Tomb of the Unknown Soldier",
    "Ghetto Heroes Monument", "Lwow", "Moscow", "Europe"], [
    F("Willy Brandt", "signed", "Treaty of Warsaw", "1970-12-07",
      "Chancellor Willy Brandt today signed a treaty under which West Germany accepts the Oder-Neisse line"),
    F("Jozef Cyrankiewicz", "signed", "Treaty of Warsaw", "1970-12-07",
      "The treaty on the basis for normalising relations was signed in Warsaw by Brandt and the Polish Prime Minister, Jozef Cyrankiewicz."),
    F("Walter Scheel", "signed", "Treaty of Warsaw", "1970-12-07", ev_fm),
    F("Stefan Jedrychowski", "signed", "Treaty of Warsaw", "1970-12-07", ev_fm),
    F("Nazi Germany", "attacked", "Poland", "1939-09-01", "Hitler's Germany invaded Poland on Sept. 1, 1939."),
    F("Soviet Union", "annexed", "Lwow", "1939", "its eastern provinces around Lwow, which the Soviet Union annexed in 1939"),
    F("Willy Brandt", "signed", "Moscow Treaty", "1970-08", ev_moscow),
    F("Alexei Kosygin", "signed", "Moscow Treaty", "1970-08", ev_moscow),
    F("Willy Brandt", "represents", "West Germany", "", "Chancellor Willy Brandt"),
    F("Jozef Cyrankiewicz", "represents", "Poland", "", "the Polish Prime Minister, Jozef Cyrankiewicz"),
    F("Walter Scheel", "represents", "West Germany", "", "Walter Scheel of West Germany"),
    F("Stefan Jedrychowski", "represents", "Poland", "", "Stefan Jedrychowski of Poland"),
    F("Wladyslaw Gomulka", "represents", "Polish United Workers' Party", "",
      "Wladyslaw Gomulka, first secretary of the Polish United Workers' Party"),
    F("Alexei Kosygin", "represents", "Soviet Union", "", "the Soviet Premier, Alexei Kosygin"),
])

# 04 Nkomati Accord ----------------------------------------------------------
ev_nk = ("Prime Minister P.W. Botha of South Africa and President Samora Machel of Mozambique signed a "
         "non-aggression pact today")
ev_lus = "Last month South Africa signed a separate disengagement agreement with Angola in Lusaka"
article("04_nkomati-accord", [
    "South Africa", "Mozambique", "Angola", "African National Congress", "Renamo", "South African Air Force",
    "Southern African Development Coordination Conference", "Associated Press",
    "P.W. Botha", "Samora Machel", "Pik Botha", "Graca Machel",
    "Nkomati Accord", "Lusaka Accord",
    "Komatipoort", "Matola", "Maputo", "Church Street", "Lusaka"], [
    F("P.W. Botha", "signed", "Nkomati Accord", "1984-03-16", ev_nk),
    F("Samora Machel", "signed", "Nkomati Accord", "1984-03-16", ev_nk),
    F("South Africa", "attacked", "Mozambique", "", "The accord follows years of South African raids into Mozambique."),
    F("South Africa", "attacked", "Matola", "1981-01",
      "In January 1981 South African commandos attacked three houses used by the ANC in Matola"),
    F("South Africa", "struck", "Matola", "1983-05-23", "On May 23 last year South African Impala jets struck Matola again"),
    F("African National Congress", "attacked", "South African Air Force", "1983-05-20",
      "a car bomb, for which the ANC claimed responsibility, killed 19 people outside South African Air Force headquarters in Church Street"),
    F("South Africa", "signed", "Lusaka Accord", "1984-02", ev_lus),
    F("Angola", "signed", "Lusaka Accord", "1984-02", ev_lus),
    F("P.W. Botha", "represents", "South Africa", "", "Prime Minister P.W. Botha of South Africa"),
    F("Samora Machel", "represents", "Mozambique", "", "President Samora Machel of Mozambique"),
    F("Pik Botha", "represents", "South Africa", "", "Foreign Minister R.F. (Pik) Botha"),
])

# 05 Guatemala ----------------------------------------------------------------
ev_g1 = ("Guatemala's government and the leftist guerrillas of the Guatemalan National Revolutionary Unity (URNG) "
         "signed a final peace agreement on Sunday")
ev_g2 = ("The Agreement on a Firm and Lasting Peace was signed at the National Palace in the capital by the four "
         "members of the government's peace commission -- Gustavo Porras, Otto Perez Molina, Raquel Zelaya and "
         "Richard Aitkenhead -- and by the four members of the rebel high command, Rolando Moran, Pablo Monsanto, "
         "Carlos Gonzalez and Jorge Rosal, who signed for the URNG.")
ev_gov = ("the four members of the government's peace commission -- Gustavo Porras, Otto Perez Molina, "
          "Raquel Zelaya and Richard Aitkenhead")
ev_urng = "Rolando Moran, Pablo Monsanto, Carlos Gonzalez and Jorge Rosal, who signed for the URNG"
ev_g3 = ("In the last four weeks alone the two sides signed a definitive ceasefire in Oslo on Dec. 4, an agreement "
         "on constitutional and electoral reforms in Stockholm on Dec. 7 and an accord on the URNG's return to legal "
         "political life in Madrid on Dec. 12.")
AFLP = "Agreement on a Firm and Lasting Peace"
gov4 = ["Gustavo Porras", "Otto Perez Molina", "Raquel Zelaya", "Richard Aitkenhead"]
urng4 = ["Rolando Moran", "Pablo Monsanto", "Carlos Gonzalez", "Jorge Rosal"]
g_facts = [
    F("Guatemala", "signed", AFLP, "1996-12-29", ev_g1),
    F("Guatemalan National Revolutionary Unity", "signed", AFLP, "1996-12-29", ev_g1),
]
g_facts += [F(p, "signed", AFLP, "1996-12-29", ev_g2) for p in gov4 + urng4]
g_facts += [
    F("Boutros Boutros-Ghali", "signed", AFLP, "1996-12-29",
      "United Nations Secretary-General Boutros Boutros-Ghali, two days before leaving office, added his signature."),
    F("United Nations", "mediated", AFLP, "1996", "The United Nations has mediated the negotiations since 1994"),
    F("Jean Arnault", "mediated", AFLP, "1996", "Jean Arnault, a Frenchman, has served as the U.N. moderator"),
]
for agr, d in [("Agreement on a Definitive Ceasefire", "1996-12-04"),
               ("Agreement on Constitutional Reforms and the Electoral Regime", "1996-12-07"),
               ("Agreement on the Basis for the Legal Integration of the URNG", "1996-12-12")]:
    g_facts += [F("Guatemala", "signed", agr, d, ev_g3),
                F("Guatemalan National Revolutionary Unity", "signed", agr, d, ev_g3)]
g_facts += [F("Jean Arnault", "signed", "Agreement on a Definitive Ceasefire", "1996-12-04",
              "Arnault signed the Oslo ceasefire for the United Nations.")]
g_facts += [F(p, "represents", "Guatemala", "", ev_gov) for p in gov4]
g_facts += [F(p, "represents", "Guatemalan National Revolutionary Unity", "", ev_urng) for p in urng4]
g_facts += [
    F("Boutros Boutros-Ghali", "represents", "United Nations", "", "United Nations Secretary-General Boutros Boutros-Ghali"),
    F("Alvaro Arzu", "represents", "Guatemala", "", "President Alvaro Arzu attended as an honorary witness"),
    F("Eduardo Stein", "represents", "Guatemala", "", "Foreign Minister Eduardo Stein"),
    F("Jean Arnault", "represents", "United Nations", "", "Jean Arnault, a Frenchman, has served as the U.N. moderator"),
    F("Mack McLarty", "represents", "United States", "", "Mack McLarty, President Bill Clinton's special envoy for the Americas"),
    F("Bill Clinton", "represents", "United States", "", "President Bill Clinton's special envoy"),
    F("Jacobo Arbenz", "represents", "Guatemala", "", "the elected government of President Jacobo Arbenz"),
]
article("05_guatemala-firm-and-lasting-peace", [
    "Guatemala", "Guatemalan National Revolutionary Unity", "United Nations", "United States", "Mexico", "Norway",
    "Spain", "Colombia", "Venezuela", "Group of Friends", "Central Intelligence Agency", "Reuters",
    *gov4, *urng4, "Boutros Boutros-Ghali", "Alvaro Arzu", "Eduardo Stein", "Jean Arnault", "Mack McLarty",
    "Bill Clinton", "Jacobo Arbenz",
    AFLP, "Agreement on a Definitive Ceasefire", "Agreement on Constitutional Reforms and the Electoral Regime",
    "Agreement on the Basis for the Legal Integration of the URNG",
    "Guatemala City", "National Palace", "Oslo", "Stockholm", "Madrid", "Central America"], g_facts)

# 06 Townsville ----------------------------------------------------------------
ev_t1 = ("The Malaita Eagle Force (MEF) and the Isatabu Freedom Movement (IFM) put their names to the 30-page "
         "Townsville Peace Agreement along with the national government and the provincial governments of Malaita "
         "and Guadalcanal")
ev_t2 = ("Among about a dozen militia commanders who signed were Jeremy Rua, supreme commander of the Malaita Eagle "
         "Force, and Andrew Te'e, the Isatabu Freedom Movement's supreme commander for the eastern region.")
ev_t3 = "Andrew Nori, the MEF's spokesman and chief negotiator, and Tarcisius Tara, his counterpart from the IFM, also signed."
TPA = "Townsville Peace Agreement"
article("06_townsville-peace-agreement", [
    "Solomon Islands", "Malaita Eagle Force", "Isatabu Freedom Movement", "Malaita Provincial Government",
    "Guadalcanal Provincial Government", "Australia", "New Zealand", "Department of Foreign Affairs and Trade",
    "Commonwealth of Nations", "Fiji", "National Parliament of Solomon Islands", "Agence France-Presse",
    "Jeremy Rua", "Andrew Te'e", "Andrew Nori", "Tarcisius Tara", "Alexander Downer", "Manasseh Sogavare",
    "Bartholomew Ulufa'alu", "Sitiveni Rabuka",
    TPA, "Honiara Peace Accord",
    "Townsville", "Guadalcanal", "Malaita", "Honiara"], [
    F("Malaita Eagle Force", "signed", TPA, "2000-10-15", ev_t1),
    F("Isatabu Freedom Movement", "signed", TPA, "2000-10-15", ev_t1),
    F("Solomon Islands", "signed", TPA, "2000-10-15", ev_t1),
    F("Malaita Provincial Government", "signed", TPA, "2000-10-15", ev_t1),
    F("Guadalcanal Provincial Government", "signed", TPA, "2000-10-15", ev_t1),
    F("Jeremy Rua", "signed", TPA, "2000-10-15", ev_t2),
    F("Andrew Te'e", "signed", TPA, "2000-10-15", ev_t2),
    F("Andrew Nori", "signed", TPA, "2000-10-15", ev_t3),
    F("Tarcisius Tara", "signed", TPA, "2000-10-15", ev_t3),
    F("Sitiveni Rabuka", "mediated", "Honiara Peace Accord", "1999-06",
      "the Honiara Peace Accord of June 1999, was brokered by Sitiveni Rabuka"),
    F("Jeremy Rua", "represents", "Malaita Eagle Force", "", "Jeremy Rua, supreme commander of the Malaita Eagle Force"),
    F("Andrew Te'e", "represents", "Isatabu Freedom Movement", "",
      "Andrew Te'e, the Isatabu Freedom Movement's supreme commander for the eastern region"),
    F("Andrew Nori", "represents", "Malaita Eagle Force", "", "Andrew Nori, the MEF's spokesman and chief negotiator"),
    F("Tarcisius Tara", "represents", "Isatabu Freedom Movement", "", "Tarcisius Tara, his counterpart from the IFM"),
    F("Alexander Downer", "represents", "Australia", "", "Alexander Downer, the Australian Foreign Minister"),
    F("Manasseh Sogavare", "represents", "Solomon Islands", "", "Manasseh Sogavare, who became prime minister at the end of June"),
    F("Bartholomew Ulufa'alu", "represents", "Solomon Islands", "", "Prime Minister Bartholomew Ulufa'alu"),
    F("Sitiveni Rabuka", "represents", "Commonwealth of Nations", "", "who was acting as the Commonwealth's special envoy"),
])

# 07 US-Cuba -------------------------------------------------------------------
ev_brok = "The Vatican, which helped broker the agreement along with Canada"
ev_rz = ("The American side was led by Ben Rhodes, a deputy national security adviser, and Ricardo Zúñiga, "
         "the top Latin America official on the National Security Council")
USC = "US-Cuba agreement to restore diplomatic relations"
article("07_us-cuba-restore-relations", [
    "United States", "Cuba", "Vatican", "Canada", "United States Congress", "Republican Party",
    "United States Agency for International Development", "National Security Council",
    "Barack Obama", "Raul Castro", "Alan Gross", "Judy Gross", "Gerardo Hernandez", "Ramon Labanino",
    "Antonio Guerrero", "Pope Francis", "Ben Rhodes", "Ricardo Zuniga", "John Kerry", "Bruno Rodriguez",
    "Pietro Parolin", "Roberta Jacobson", "Nelson Mandela", "Fidel Castro",
    USC, "Johannesburg", "Florida"], [
    F("Barack Obama", "met_with", "Raul Castro", "2013-12",
      "The two men had shaken hands at Nelson Mandela's memorial service in Johannesburg a year ago."),
    F("Vatican", "mediated", USC, "2014", ev_brok),
    F("Canada", "mediated", USC, "2014", ev_brok),
    F("Barack Obama", "met_with", "Pope Francis", "2014-03", "When Obama visited Pope Francis at the Vatican in March"),
    F("John Kerry", "met_with", "Pietro Parolin", "2014",
      "Kerry also pressed for the contractor's release in meetings this year with his Vatican counterpart, Cardinal Pietro Parolin."),
    F("Barack Obama", "represents", "United States", "", "President Barack Obama"),
    F("Raul Castro", "represents", "Cuba", "", "President Raúl Castro"),
    F("John Kerry", "represents", "United States", "", "Secretary of State John Kerry"),
    F("Bruno Rodriguez", "represents", "Cuba", "", "Cuba's foreign minister, Bruno Rodríguez"),
    F("Pietro Parolin", "represents", "Vatican", "", "his Vatican counterpart, Cardinal Pietro Parolin"),
    F("Pope Francis", "represents", "Vatican", "", "Pope Francis had written to both presidents"),
    F("Ben Rhodes", "represents", "United States", "", ev_rz),
    F("Ricardo Zuniga", "represents", "United States", "", ev_rz),
    F("Ricardo Zuniga", "represents", "National Security Council", "",
      "Ricardo Zúñiga, the top Latin America official on the National Security Council"),
    F("Roberta Jacobson", "represents", "United States", "",
      "Roberta Jacobson, the assistant secretary of state for Western Hemisphere affairs, is to lead a U.S. delegation"),
])

# 08 Caspian --------------------------------------------------------------------
ev_c1 = ("Russia, Iran, Kazakhstan, Azerbaijan and Turkmenistan signed a convention on Sunday settling the legal "
         "status of the Caspian Sea")
ev_c2 = ("The Convention on the Legal Status of the Caspian Sea was signed at the end of the fifth Caspian summit in "
         "this Kazakh port by the presidents of the five littoral states: Vladimir Putin of Russia, Hassan Rouhani of "
         "Iran, Ilham Aliyev of Azerbaijan, Gurbanguly Berdimuhamedov of Turkmenistan and the host, Kazakhstan's "
         "Nursultan Nazarbayev.")
CONV = "Convention on the Legal Status of the Caspian Sea"
ev_1940 = "a 1940 trade and navigation treaty signed by the Soviet Union and Iran"
leaders = [("Vladimir Putin", "Russia", "Vladimir Putin of Russia"),
           ("Hassan Rouhani", "Iran", "Hassan Rouhani of Iran"),
           ("Ilham Aliyev", "Azerbaijan", "Ilham Aliyev of Azerbaijan"),
           ("Gurbanguly Berdimuhamedov", "Turkmenistan", "Gurbanguly Berdimuhamedov of Turkmenistan"),
           ("Nursultan Nazarbayev", "Kazakhstan", "Kazakhstan's Nursultan Nazarbayev")]
c_facts = [F(s, "signed", CONV, "2018-08-12", ev_c1) for s in ["Russia", "Iran", "Kazakhstan", "Azerbaijan", "Turkmenistan"]]
c_facts += [F(p, "signed", CONV, "2018-08-12", ev_c2) for p, _, _ in leaders]
c_facts += [
    F("Soviet Union", "signed", "Soviet-Iranian Treaty of Commerce and Navigation", "1940", ev_1940),
    F("Iran", "signed", "Soviet-Iranian Treaty of Commerce and Navigation", "1940", ev_1940),
    F("Vladimir Putin", "met_with", "Hassan Rouhani", "2018-08-12", "On the sidelines of the summit Putin held talks with Rouhani"),
]
c_facts += [F(p, "represents", s, "", ev) for p, s, ev in leaders]
c_facts += [F("Sergei Lavrov", "represents", "Russia", "", "Russian Foreign Minister Sergei Lavrov")]
article("08_caspian-sea-convention", [
    "Russia", "Iran", "Kazakhstan", "Azerbaijan", "Turkmenistan", "Soviet Union", "United States", "Syria", "Reuters",
    "Vladimir Putin", "Hassan Rouhani", "Ilham Aliyev", "Gurbanguly Berdimuhamedov", "Nursultan Nazarbayev",
    "Sergei Lavrov", CONV, "Soviet-Iranian Treaty of Commerce and Navigation",
    "Aktau", "Caspian Sea", "Moscow", "Europe"], c_facts)

# 09 Endurance (negative control: no facts) --------------------------------------
article("09_shackleton-endurance-wreck-found", [
    "Ernest Shackleton", "Frank Worsley", "Mensun Bound", "John Shears",
    "Falklands Maritime Heritage Trust", "Saab", "Associated Press", "South Africa", "Sweden",
    "Antarctic Treaty",
    "Endurance", "S.A. Agulhas II", "Weddell Sea", "Antarctica", "Cape Town", "Ross Sea", "South Pole",
    "Elephant Island", "South Georgia", "Falkland Islands", "London"], [])

# 10 Solomon Islands - China (scraped page) --------------------------------------
SIC = "China-Solomon Islands security agreement"
BST = "Australia-Solomon Islands Bilateral Security Treaty"
ev_s1 = ("Prime Minister Manasseh Sogavare confirmed to parliament on Wednesday that Solomon Islands has signed a "
         "security cooperation agreement with China")
ev_s2 = ("Sogavare said the pact had been signed \"a few days ago\" by his foreign minister, Jeremiah Manele, and "
         "China's foreign minister, Wang Yi.")
ev_s3 = ("A high-level US delegation led by Kurt Campbell, the White House Indo-Pacific coordinator, and Daniel "
         "Kritenbrink, assistant secretary of state for East Asian and Pacific affairs, met Prime Minister Manasseh "
         "Sogavare and members of his government for 90 minutes in Honiara on Friday.")
ev_s4 = "Solomon Islands has invoked the bilateral security treaty the two countries signed in 2017"
article("10_solomon-islands-china-security-pact", [
    "Solomon Islands", "China", "Australia", "United States", "Taiwan", "Fiji", "National Parliament of Solomon Islands",
    "Chinese Foreign Ministry", "US State Department", "United States Department of Defense", "National Security Council",
    "Australian Federal Police",
    "Manasseh Sogavare", "Jeremiah Manele", "Wang Yi", "Wang Wenbin", "Zed Seselja", "Ned Price", "John Kirby",
    "Wendy Sherman", "Kurt Campbell", "Daniel Kritenbrink", "Frank Bainimarama", "Scott Morrison",
    SIC, BST, "Honiara", "Suva"], [
    F("Solomon Islands", "signed", SIC, "2022-04", ev_s1),
    F("China", "signed", SIC, "2022-04", ev_s1),
    F("Jeremiah Manele", "signed", SIC, "2022-04", ev_s2),
    F("Wang Yi", "signed", SIC, "2022-04", ev_s2),
    F("Zed Seselja", "met_with", "Manasseh Sogavare", "2022-04-13", "where he met Sogavare on April 13"),
    F("Manasseh Sogavare", "represents", "Solomon Islands", "", "Prime Minister Manasseh Sogavare confirmed to parliament"),
    F("Jeremiah Manele", "represents", "Solomon Islands", "", "his foreign minister, Jeremiah Manele"),
    F("Wang Yi", "represents", "China", "", "China's foreign minister, Wang Yi"),
    F("Wang Wenbin", "represents", "Chinese Foreign Ministry", "", "foreign ministry spokesman Wang Wenbin"),
    F("Zed Seselja", "represents", "Australia", "", "Zed Seselja, Australia's minister for international development and the Pacific"),
    F("Ned Price", "represents", "US State Department", "", "State Department spokesman Ned Price"),
    F("John Kirby", "represents", "United States Department of Defense", "", "Pentagon spokesman John Kirby"),
    F("Wendy Sherman", "represents", "United States", "", "Wendy Sherman, the US deputy secretary of state"),
    F("Kurt Campbell", "represents", "National Security Council", "",
      "Kurt Campbell, the National Security Council's Indo-Pacific coordinator"),
    # teaser 1
    F("Kurt Campbell", "met_with", "Manasseh Sogavare", "2022-04-22", ev_s3),
    F("Daniel Kritenbrink", "met_with", "Manasseh Sogavare", "2022-04-22", ev_s3),
    F("Kurt Campbell", "represents", "United States", "", "Kurt Campbell, the White House Indo-Pacific coordinator"),
    F("Daniel Kritenbrink", "represents", "United States", "",
      "A high-level US delegation led by Kurt Campbell, the White House Indo-Pacific coordinator, and Daniel Kritenbrink, assistant secretary of state for East Asian and Pacific affairs"),
    # teaser 2
    F("Wang Yi", "met_with", "Frank Bainimarama", "2022-05-30",
      "Wang Yi, who co-chaired the meeting with Fiji's prime minister, Frank Bainimarama"),
    F("Wang Yi", "met_with", "Jeremiah Manele", "2022-05-26",
      "Wang began his tour of the region in Honiara on May 26, where he held talks with Manele."),
    F("Frank Bainimarama", "represents", "Fiji", "", "Fiji's prime minister, Frank Bainimarama"),
    # teaser 3
    F("Solomon Islands", "invoked", BST, "2021-11-25", ev_s4),
    F("Australia", "signed", BST, "2017", ev_s4),
    F("Solomon Islands", "signed", BST, "2017", ev_s4),
    F("Scott Morrison", "represents", "Australia", "", "Prime Minister Scott Morrison said on Thursday"),
], articles=[
    "Solomon Islands PM confirms China security pact, says no base will be allowed",
    "US delegation meets Sogavare, warns against Chinese military presence",
    "China and Pacific islands fail to agree sweeping regional pact",
    "Australia sends police and troops to Honiara after Solomon Islands requests help",
], not_articles=[
    "Skip to main content",
    "PACIFIC TIDINGS",
    "Home | Pacific | World | Business | Climate | Opinion | Video",
    "Subscribe | Sign in",
    "We use cookies to improve your experience and to show you relevant advertising. By clicking \"Accept all\" you agree to our use of cookies.",
    "Accept all | Manage preferences",
    "Pacific > Solomon Islands",
    "By Pacific Tidings staff and agencies",
    "Wednesday 20 April 2022 14:32 AEST",
    "Share on Facebook | Share on X | Share on WhatsApp | Copy link",
    "Pacific Briefing",
    "Get the week's biggest stories from across the islands in your inbox every Friday.",
    "Enter your email address",
    "Sign up",
    "By signing up you agree to our Privacy Policy.",
    "Related",
    "22 April 2022",
    "30 May 2022",
    "25 November 2021",
    "About us | Contact | Advertise | Privacy policy | Terms of use | Cookie settings",
    "(c) 2022 Pacific Tidings. All rights reserved.",
])

# 11 Iran-Pakistan (live blog) ------------------------------------------------------
ev_p1 = ("the country had carried out \"a series of highly coordinated and specifically targeted precision military "
         "strikes\" against terrorist hideouts in Iran's Sistan-Baluchestan province early this morning")
ev_p2 = ("Iranian state media are reporting several explosions around Saravan, in Sistan-Baluchestan near the "
         "Pakistani border. Alireza Marhamati, the province's deputy governor for security, said rockets fired from "
         "Pakistan hit a border village at about 4:30 a.m.")
ev_p3 = ("Pakistani forces had struck hideouts used by the Balochistan Liberation Army and the Balochistan "
         "Liberation Front")
ev_p4 = ("Late on Tuesday, Iran's Revolutionary Guards fired missiles and drones at what Iranian state media called "
         "two bases of the Sunni militant group Jaish al-Adl near Panjgur, in Pakistan's Balochistan province.")
ev_p5 = "The attack came a day after Iran hit targets in Iraq and Syria."
ev_p6 = ("Iran fired ballistic missiles late on Monday at what its Revolutionary Guards called one of the main "
         "espionage headquarters of Israel's Mossad in Erbil")
ev_p7 = ("and called on the caretaker prime minister and the army chief, General Asim Munir")
article("11_iran-pakistan-cross-border-strikes-live", [
    "Pakistan", "Iran", "China", "Iraq", "Syria", "Israel", "United Nations", "Islamic Revolutionary Guard Corps",
    "Jaish al-Adl", "Balochistan Liberation Army", "Balochistan Liberation Front", "Inter-Services Public Relations",
    "Pakistani Foreign Office", "Iranian Foreign Ministry", "Mossad", "Islamic State", "World Economic Forum",
    "Pakistan Army",
    "Nasser Kanani", "Ahmad Vahidi", "Mumtaz Zahra Baloch", "Alireza Marhamati", "Hossein Amir-Abdollahian",
    "Anwaar-ul-Haq Kakar", "Jalil Abbas Jilani", "Asim Munir", "Masrour Barzani", "Peshraw Dizayee",
    "Charter of the United Nations",
    "Sistan-Baluchestan", "Saravan", "Balochistan", "Panjgur", "Davos", "Erbil", "Kurdistan Region", "Rask"], [
    F("Pakistan", "struck", "Sistan-Baluchestan", "2024-01-18", ev_p1),
    F("Pakistan", "struck", "Saravan", "2024-01-18", ev_p2),
    F("Pakistan", "struck", "Balochistan Liberation Army", "2024-01-18", ev_p3, True),
    F("Pakistan", "struck", "Balochistan Liberation Front", "2024-01-18", ev_p3, True),
    F("Iran", "struck", "Balochistan", "2024-01-16",
      "The raid follows Tuesday's Iranian missile and drone strike in Pakistan's Balochistan province"),
    F("Islamic Revolutionary Guard Corps", "struck", "Panjgur", "2024-01-16", ev_p4),
    F("Islamic Revolutionary Guard Corps", "struck", "Jaish al-Adl", "2024-01-16", ev_p4, True),
    F("Iran", "violated", "Charter of the United Nations", "2024-01-16",
      "\"Last night's unprovoked and blatant breach of Pakistan's sovereignty by Iran is a violation of international law and the purposes and principles of the charter of the United Nations,\" Baloch said.", True),
    F("Hossein Amir-Abdollahian", "met_with", "Anwaar-ul-Haq Kakar", "2024-01-16",
      "Only hours before the strike he had met Pakistan's caretaker prime minister, Anwaar-ul-Haq Kakar, on the sidelines of the World Economic Forum there."),
    F("Iran", "struck", "Iraq", "2024-01-15", ev_p5),
    F("Iran", "struck", "Syria", "2024-01-15", ev_p5),
    F("Nasser Kanani", "represents", "Iranian Foreign Ministry", "",
      "Iran's foreign ministry has summoned Pakistan's charge d'affaires in Tehran to demand an explanation, the ministry's spokesman, Nasser Kanani"),
    F("Ahmad Vahidi", "represents", "Iran", "", "Ahmad Vahidi, Iran's interior minister"),
    F("Mumtaz Zahra Baloch", "represents", "Pakistani Foreign Office", "", "Foreign Office spokeswoman Mumtaz Zahra Baloch"),
    F("Hossein Amir-Abdollahian", "represents", "Iran", "", "Iran's foreign minister, Hossein Amir-Abdollahian"),
    F("Anwaar-ul-Haq Kakar", "represents", "Pakistan", "", "Pakistan's caretaker prime minister, Anwaar-ul-Haq Kakar"),
    # teaser 1
    F("Iran", "struck", "Erbil", "2024-01-15", ev_p6),
    F("Iran", "struck", "Mossad", "2024-01-15", ev_p6, True),
    F("Islamic Revolutionary Guard Corps", "struck", "Islamic State", "2024-01-15",
      "The Guards said they had also destroyed Islamic State targets in Syria.", True),
    # teaser 2
    F("Jaish al-Adl", "attacked", "Rask", "2023-12-15",
      "Militants attacked the police headquarters in the town of Rask, in Sistan-Baluchestan province, overnight, killing 11 police officers"),
    # teaser 3
    F("Hossein Amir-Abdollahian", "met_with", "Jalil Abbas Jilani", "2024-01-29",
      "Hossein Amir-Abdollahian held talks in Islamabad on Monday with his Pakistani counterpart, Jalil Abbas Jilani"),
    F("Hossein Amir-Abdollahian", "met_with", "Anwaar-ul-Haq Kakar", "2024-01-29", ev_p7),
    F("Hossein Amir-Abdollahian", "met_with", "Asim Munir", "2024-01-29", ev_p7),
    F("Jalil Abbas Jilani", "represents", "Pakistan", "", "his Pakistani counterpart, Jalil Abbas Jilani"),
    F("Asim Munir", "represents", "Pakistan Army", "", "the army chief, General Asim Munir"),
], articles=[
    "Pakistan strikes 'terrorist hideouts' inside Iran two days after Iranian missile attack - live updates",
    "Iranian missiles hit Erbil as Guards claim strike on Israeli 'spy headquarters'",
    "Gunmen kill 11 police in attack on station in south-eastern Iran",
    "Iran's foreign minister in Islamabad to mend ties after tit-for-tat strikes",
], not_articles=[
    "Skip to content",
    "THE FRONTIER LEDGER",
    "News | Pakistan | World | Business | Sport | Opinion | Live",
    "Log in | Subscribe",
    "This site uses cookies to personalise content and ads. Read our cookie policy.",
    "Accept | Reject non-essential",
    "LIVE",
    "Last updated 18 January 2024, 15:40 PKT",
    "Share | Post | Email",
    "Key points",
    "15:40 PKT", "14:10 PKT", "12:55 PKT", "11:20 PKT", "09:45 PKT", "08:30 PKT", "07:15 PKT",
    "Related",
    "16 January 2024",
    "15 December 2023",
    "29 January 2024",
    "Most read",
    "Contact us | Complaints | Advertise | Privacy | Terms",
    "(c) 2024 The Frontier Ledger",
])


# ---------------------------------------------------------------------------
def body_of(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    return "\n".join(lines[4:])


def main(argv):
    top = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus, gold = os.path.join(top, "corpus"), os.path.join(top, "gold")
    errors, out = [], {}
    files = sorted(f[:-4] for f in os.listdir(corpus) if f.endswith(".txt"))
    if sorted(a["file"] for a in ARTICLES) != files:
        errors.append(f"articles in build_gold.py {sorted(a['file'] for a in ARTICLES)} != corpus files {files}")
    for a in ARTICLES:
        path = os.path.join(corpus, a["file"] + ".txt")
        if not os.path.exists(path):
            continue
        body = body_of(path)
        names = set(a["entities"])
        for n in a["entities"]:
            if n not in E:
                errors.append(f"{a['file']}: unknown entity {n!r}")
        if len(names) != len(a["entities"]):
            errors.append(f"{a['file']}: entity listed twice")
        for i, f in enumerate(a["facts"], 1):
            if f["evidence"] not in body:
                errors.append(f"{a['file']} fact {i}: evidence not verbatim: {f['evidence']!r}")
            for role in ("subject", "object"):
                if f[role] not in names:
                    errors.append(f"{a['file']} fact {i}: {role} {f[role]!r} not in the article's entities")
        for key in ("articles", "not_articles"):
            for s in a[key] or []:
                if s not in body:
                    errors.append(f"{a['file']}: {key} string not verbatim: {s!r}")
        ents = {"source": f"corpus/{a['file']}.txt"}
        if a["articles"] is not None:
            ents["articles"] = a["articles"]
            ents["not_articles"] = a["not_articles"]
        ents["entities"] = [E[n] for n in a["entities"] if n in E]
        out[a["file"]] = (ents, a["facts"])
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    os.makedirs(gold, exist_ok=True)
    for name, (ents, facts) in out.items():
        with open(os.path.join(gold, name + ".entities.json"), "w", encoding="utf-8") as fh:
            json.dump(ents, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(gold, name + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} articles, {sum(len(f) for _, f in out.values())} facts, "
          f"{sum(len(e['entities']) for e, _ in out.values())} entity entries to {gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
