#!/usr/bin/env python3
"""Build the wire16 gold files (gold/NN_slug.entities.json, gold/NN_slug.facts.jsonl).

All entities and facts of the set live in this one file. The entity table is global, so an
alias string always points to the same entity in every article. Each article lists the
entities its text names and the facts its text states, with verbatim evidence.

Exits 1 (and writes nothing) if any evidence string, or any page string (articles /
not_articles of a scraped page), is not a verbatim substring of its article.
usage: build_gold.py [ROOT]   (ROOT defaults to the folder above tools/)
"""
import json, os, sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))

P, S, O, A, L = "Person", "State", "Organization", "Agreement", "Place"

# name: (kind, aliases, date-or-None)
ENTITIES = {
    # ---- states
    "United States": (S, ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington", "the White House", "White House"], None),
    "United Kingdom": (S, ["UK", "U.K.", "Britain", "Great Britain", "British"], None),
    "France": (S, ["French"], None),
    "Soviet Union": (S, ["Soviet", "Soviets", "USSR", "U.S.S.R."], None),
    "Austria": (S, ["Austrian", "Austrians"], None),
    "Germany": (S, ["German"], None),
    "Nazi Germany": (S, ["Hitler's Germany", "Third Reich"], None),
    "West Germany": (S, ["Federal Republic of Germany"], None),
    "China": (S, ["Chinese", "Beijing", "People's Republic of China"], None),
    "El Salvador": (S, ["Salvadoran", "Salvadorans", "San Salvador"], None),
    "Honduras": (S, ["Honduran", "Hondurans", "Republic of Honduras"], None),
    "Guatemala": (S, ["Guatemalan"], None),
    "Mexico": (S, ["Mexican"], None),
    "North Vietnam": (S, ["North Vietnamese", "Democratic Republic of Vietnam", "Democratic Republic of Viet-Nam", "DRV"], None),
    "South Vietnam": (S, ["South Vietnamese", "Saigon", "Saigon government", "Republic of Vietnam", "Republic of Viet-Nam"], None),
    "Canada": (S, ["Canadian"], None),
    "Hungary": (S, ["Hungarian"], None),
    "Indonesia": (S, ["Indonesian"], None),
    "Poland": (S, ["Polish"], None),
    "Lebanon": (S, ["Lebanese"], None),
    "Saudi Arabia": (S, ["Saudi", "Riyadh", "Kingdom of Saudi Arabia"], None),
    "Morocco": (S, ["Moroccan"], None),
    "Algeria": (S, ["Algerian"], None),
    "Syria": (S, ["Syrian", "Syrians", "Damascus", "Syrian Arab Republic"], None),
    "Israel": (S, ["Israeli"], None),
    "Angola": (S, ["Angolan", "Luanda"], None),
    "Portugal": (S, ["Portuguese"], None),
    "Cuba": (S, ["Cuban", "Cubans"], None),
    "South Africa": (S, ["South African"], None),
    "Namibia": (S, ["Namibian"], None),
    "Papua New Guinea": (S, ["PNG", "Port Moresby", "Papua New Guinean"], None),
    "Australia": (S, ["Australian"], None),
    "New Zealand": (S, [], None),
    "Fiji": (S, ["Fijian"], None),
    "Vanuatu": (S, [], None),
    "Costa Rica": (S, ["Costa Rican"], None),
    "Brazil": (S, ["Brazilian"], None),
    "Russia": (S, ["Russian", "Russian Federation"], None),
    "India": (S, ["Indian", "New Delhi"], None),
    "Pakistan": (S, ["Pakistani", "Islamabad"], None),
    "South Korea": (S, ["South Korean", "Seoul", "Republic of Korea"], None),
    "Japan": (S, ["Japanese"], None),
    "Silla": (S, ["Silla kingdom"], None),
    "Chile": (S, ["Chilean"], None),
    "Spain": (S, ["Spanish"], None),
    "Sweden": (S, ["Swedish"], None),
    # ---- organizations
    "United Press": (O, ["UP"], None),
    "Associated Press": (O, ["AP"], None),
    "Reuters": (O, [], None),
    "Agence France-Presse": (O, ["AFP"], None),
    "ANI": (O, ["ANI news agency", "Asian News International"], None),
    "Xinhua": (O, ["Xinhua News Agency"], None),
    "Truth Social": (O, [], None),
    "NATO": (O, ["North Atlantic Treaty Organization", "Nato"], None),
    "Organization of American States": (O, ["OAS", "O.A.S.", "O.A.S. Council", "OAS Council"], None),
    "US State Department": (O, ["State Department", "U.S. State Department"], None),
    "Provisional Revolutionary Government": (O, ["PRG", "Provisional Revolutionary Government of the Republic of South Vietnam"], None),
    "Viet Cong": (O, ["National Liberation Front"], None),
    "Arab League": (O, ["League of Arab States"], None),
    "Lebanese Parliament": (O, ["Lebanon's parliament"], None),
    "Lebanese Army": (O, ["Lebanon's army"], None),
    "UNITA": (O, ["National Union for the Total Independence of Angola"], None),
    "MPLA": (O, ["Popular Movement for the Liberation of Angola"], None),
    "FNLA": (O, ["National Front for the Liberation of Angola"], None),
    "United Nations": (O, ["UN", "U.N."], None),
    "Bougainville People's Congress": (O, ["BPC"], None),
    "Bougainville Revolutionary Army": (O, ["BRA"], None),
    "Bougainville Resistance Force": (O, ["Resistance Forces", "Resistance Force"], None),
    "Peace Monitoring Group": (O, ["PMG"], None),
    "Truce Monitoring Group": (O, ["TMG"], None),
    "National Congress of Honduras": (O, ["Congress", "Honduran Congress"], None),
    "Supreme Court of Honduras": (O, ["Supreme Court"], None),
    "Supreme Electoral Tribunal": (O, [], None),
    "Liberal Party of Honduras": (O, ["Liberal Party"], None),
    "OPCW": (O, ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"], None),
    "United Nations Security Council": (O, ["Security Council", "U.N. Security Council", "UN Security Council"], None),
    "House of Commons": (O, ["British House of Commons"], None),
    "Jaish-e-Mohammed": (O, ["JeM", "Jaish", "Jaish-e-Mohammad"], None),
    "Indian Air Force": (O, ["IAF"], None),
    "Pakistan Air Force": (O, ["PAF"], None),
    "Pakistan Army": (O, ["Pakistani army"], None),
    "National Security Committee": (O, ["Pakistan's National Security Committee"], None),
    "Central Reserve Police Force": (O, ["CRPF"], None),
    "Indian Parliament": (O, ["Parliament of India"], None),
    "Cabinet Committee on Security": (O, ["CCS"], None),
    "Indian Ministry of External Affairs": (O, ["Ministry of External Affairs", "MEA", "India's foreign ministry"], None),
    "Chinese Ministry of Commerce": (O, ["China's commerce ministry", "Ministry of Commerce"], None),
    "Department of War": (O, ["US Department of War", "Pentagon"], None),
    "Asia-Pacific Economic Cooperation": (O, ["APEC"], None),
    "ASEAN": (O, ["Association of Southeast Asian Nations"], None),
    "G20": (O, ["Group of 20"], None),
    "Event Horizon Telescope": (O, ["Event Horizon Telescope collaboration", "EHT"], None),
    "The Astrophysical Journal Letters": (O, ["Astrophysical Journal Letters"], None),
    # ---- agreements
    "Austrian State Treaty": (A, ["State Treaty for the Re-establishment of an Independent and Democratic Austria", "State Treaty"], "1955-05-15"),
    "Warsaw Pact": (A, ["Warsaw treaty", "Treaty of Friendship, Cooperation and Mutual Assistance"], "1955-05-14"),
    "Rio Treaty": (A, ["1947 Rio Treaty", "Inter-American Treaty of Reciprocal Assistance"], "1947"),
    "El Salvador-Honduras cease-fire": (A, ["O.A.S. Cease-Fire", "OAS cease-fire"], "1969-07-18"),
    "Paris Peace Accords": (A, ["Agreement on Ending the War and Restoring Peace in Viet-Nam", "Agreement on Ending the War and Restoring Peace in Vietnam", "Paris Peace Agreement", "Vietnam peace agreement"], "1973-01-27"),
    "Taif Agreement": (A, ["Taif accord", "national reconciliation charter", "Document of National Accord"], "1989-10-22"),
    "Bicesse Accords": (A, ["Bicesse Accord", "Estoril Accords", "Lisbon accord"], "1991-05-31"),
    "Tripartite Accord": (A, ["New York Accords", "Tripartite Agreement"], "1988-12-22"),
    "Alvor Agreement": (A, [], "1975-01"),
    "Bougainville Peace Agreement": (A, ["BPA"], "2001-08-30"),
    "Arawa Agreement": (A, ["Arawa ceasefire agreement", "Agreement covering Implementation of the Ceasefire"], "1998-04-30"),
    "Tegucigalpa-San José Accord": (A, ["Tegucigalpa-San Jose Accord", "Tegucigalpa/San José accord", "Guaymuras accord"], "2009-10-30"),
    "San José Accord": (A, ["San Jose Accord"], "2009-07"),
    "Framework for Elimination of Syrian Chemical Weapons": (A, ["U.S.-Russian framework", "Geneva framework"], "2013-09-14"),
    "Chemical Weapons Convention": (A, ["CWC", "Convention on the Prohibition of Chemical Weapons"], "1993-01"),
    "United Nations Charter": (A, ["U.N. Charter", "UN Charter", "Charter of the United Nations"], "1945-06"),
    "Phase One trade deal": (A, ["US-China phase one trade deal", "Economic and Trade Agreement"], "2020-01"),
    "US-Japan critical minerals framework": (A, ["U.S.-Japan critical minerals framework", "critical minerals framework"], "2025-10-28"),
    "Saudi-Pakistani investment agreements": (A, ["investment agreements"], "2019-02"),
    # ---- people
    "John Foster Dulles": (P, ["Dulles", "Mr. Dulles"], None),
    "Harold Macmillan": (P, ["Macmillan"], None),
    "Antoine Pinay": (P, ["Pinay"], None),
    "Vyacheslav Molotov": (P, ["Vyacheslav M. Molotov", "Molotov", "Mr. Molotov"], None),
    "Leopold Figl": (P, ["Figl", "Mr. Figl"], None),
    "Llewellyn E. Thompson": (P, ["Llewellyn Thompson", "Thompson"], None),
    "Geoffrey Wallinger": (P, ["Sir Geoffrey Wallinger", "Wallinger"], None),
    "Ivan Ilyichev": (P, ["Ivan I. Ilyichev", "Ilyichev", "Ivan Ilichev"], None),
    "Roger Lalouette": (P, ["Lalouette"], None),
    "Theodor Koerner": (P, ["Theodor Körner", "Koerner", "President Theodor Koerner"], None),
    "Dwight D. Eisenhower": (P, ["Eisenhower", "President Eisenhower"], None),
    "Julius Raab": (P, ["Raab", "Chancellor Julius Raab"], None),
    "Adolf Hitler": (P, ["Hitler"], None),
    "William G. Bowdler": (P, ["William Bowdler", "Bowdler", "Ambassador William G. Bowdler"], None),
    "Fidel Sánchez Hernández": (P, ["Fidel Sanchez Hernandez", "Sánchez Hernández", "Sanchez Hernandez"], None),
    "Oswaldo López Arellano": (P, ["Oswaldo Lopez Arellano", "López Arellano", "Lopez Arellano"], None),
    "William P. Rogers": (P, ["William Rogers", "Rogers", "Mr. Rogers"], None),
    "Nguyen Duy Trinh": (P, ["Trinh", "Mr. Trinh"], None),
    "Tran Van Lam": (P, ["Lam", "Mr. Lam"], None),
    "Nguyen Thi Binh": (P, ["Binh", "Mrs. Binh"], None),
    "Henry Kissinger": (P, ["Henry A. Kissinger", "Kissinger"], None),
    "Le Duc Tho": (P, ["Tho"], None),
    "Richard Nixon": (P, ["Nixon", "President Nixon", "Mr. Nixon"], None),
    "Nguyen Van Thieu": (P, ["Thieu", "President Nguyen Van Thieu"], None),
    "King Fahd": (P, ["Fahd", "Fahd bin Abdulaziz"], None),
    "Hassan II": (P, ["King Hassan II"], None),
    "Chadli Bendjedid": (P, ["Bendjedid", "Chadli"], None),
    "Lakhdar Brahimi": (P, ["Brahimi"], None),
    "Saud al-Faisal": (P, ["Prince Saud al-Faisal", "Saud al Faisal"], None),
    "Hussein Husseini": (P, ["Husseini", "Hussein el-Husseini"], None),
    "Michel Aoun": (P, ["Aoun", "Gen. Michel Aoun"], None),
    "Amin Gemayel": (P, ["Gemayel", "Amine Gemayel"], None),
    "Hafez Assad": (P, ["Hafez al-Assad", "President Hafez Assad"], None),
    "José Eduardo dos Santos": (P, ["Jose Eduardo dos Santos", "dos Santos"], None),
    "Jonas Savimbi": (P, ["Savimbi"], None),
    "Aníbal Cavaco Silva": (P, ["Anibal Cavaco Silva", "Cavaco Silva"], None),
    "James Baker": (P, ["James A. Baker", "Baker"], None),
    "Alexander Bessmertnykh": (P, ["Bessmertnykh"], None),
    "José Manuel Durão Barroso": (P, ["Jose Manuel Durao Barroso", "Durão Barroso", "Durao Barroso", "Barroso"], None),
    "Afonso Van-Dunem": (P, ["Van-Dunem", "Afonso Van-Dúnem"], None),
    "Isidoro Malmierca": (P, ["Malmierca", "Isidoro Malmierca Peoli"], None),
    "Pik Botha": (P, ["Roelof Botha", "Roelof \"Pik\" Botha", "Roelof F. Botha", "Botha"], None),
    "Chester Crocker": (P, ["Crocker"], None),
    "Joseph Kabui": (P, ["Kabui"], None),
    "Mekere Morauta": (P, ["Sir Mekere Morauta", "Morauta"], None),
    "Moi Avei": (P, ["Avei"], None),
    "Alexander Downer": (P, ["Downer"], None),
    "Alan Ferguson": (P, ["Senator Alan Ferguson", "Ferguson"], None),
    "Francis Ona": (P, ["Ona"], None),
    "Manuel Zelaya": (P, ["Zelaya", "Mel Zelaya"], None),
    "Roberto Micheletti": (P, ["Micheletti"], None),
    "Víctor Meza": (P, ["Victor Meza", "Meza"], None),
    "Rodil Rivera": (P, ["Rivera"], None),
    "Vilma Morales": (P, ["Morales"], None),
    "Víctor Rico": (P, ["Victor Rico", "Rico"], None),
    "José Miguel Insulza": (P, ["Jose Miguel Insulza", "Insulza"], None),
    "Hillary Clinton": (P, ["Clinton", "Hillary Rodham Clinton"], None),
    "Thomas Shannon": (P, ["Shannon", "Thomas A. Shannon"], None),
    "José Alfredo Saavedra": (P, ["Jose Alfredo Saavedra", "Saavedra"], None),
    "Oscar Arias": (P, ["Óscar Arias", "Arias"], None),
    "Porfirio Lobo": (P, ["Pepe Lobo", "Lobo"], None),
    "John Kerry": (P, ["Kerry"], None),
    "Sergey Lavrov": (P, ["Sergei Lavrov", "Lavrov"], None),
    "Bashar al-Assad": (P, ["Assad", "Bashar Assad", "President Bashar Assad"], None),
    "Ban Ki-moon": (P, ["Ban"], None),
    "Bashar Jaafari": (P, ["Bashar Ja'afari", "Jaafari"], None),
    "Barack Obama": (P, ["Obama", "President Barack Obama"], None),
    "David Cameron": (P, ["Cameron"], None),
    "Vladimir Putin": (P, ["Putin"], None),
    "Ake Sellstrom": (P, ["Åke Sellström", "Sellstrom"], None),
    "Vijay Gokhale": (P, ["Gokhale"], None),
    "Masood Azhar": (P, ["Maulana Masood Azhar"], None),
    "Yousuf Azhar": (P, ["Maulana Yousuf Azhar", "Yusuf Azhar"], None),
    "Asif Ghafoor": (P, ["Ghafoor", "Maj Gen Asif Ghafoor"], None),
    "Imran Khan": (P, ["Khan"], None),
    "Shah Mahmood Qureshi": (P, ["Qureshi"], None),
    "Narendra Modi": (P, ["Modi"], None),
    "Rajnath Singh": (P, [], None),
    "Arun Jaitley": (P, ["Jaitley"], None),
    "Mohammed bin Salman": (P, ["Crown Prince Mohammed bin Salman", "MBS"], None),
    "Qamar Javed Bajwa": (P, ["Bajwa", "General Qamar Javed Bajwa"], None),
    "Donald Trump": (P, ["Trump", "President Donald Trump", "Donald J. Trump"], None),
    "Xi Jinping": (P, ["Xi", "President Xi"], None),
    "Marco Rubio": (P, ["Rubio"], None),
    "Scott Bessent": (P, ["Bessent"], None),
    "Howard Lutnick": (P, ["Lutnick"], None),
    "Wang Yi": (P, [], None),
    "He Lifeng": (P, [], None),
    "Wang Wentao": (P, [], None),
    "Liu He": (P, [], None),
    "Sanae Takaichi": (P, ["Takaichi"], None),
    "Luiz Inácio Lula da Silva": (P, ["Luiz Inacio Lula da Silva", "Lula"], None),
    "Lee Jae-myung": (P, ["Lee Jae Myung", "Lee", "President Lee Jae-myung"], None),
    "Sheperd Doeleman": (P, ["Shep Doeleman", "Doeleman"], None),
    "Priyamvada Natarajan": (P, ["Natarajan"], None),
    "Kip Thorne": (P, ["Thorne"], None),
    "Heino Falcke": (P, ["Falcke"], None),
    "Albert Einstein": (P, ["Einstein"], None),
    # ---- places
    "Vienna": (L, ["Viennese"], None),
    "Belvedere Palace": (L, ["Belvedere"], None),
    "Moscow": (L, [], None),
    "Warsaw": (L, [], None),
    "Eastern Europe": (L, [], None),
    "Toncontín airport": (L, ["Toncontin airport", "Toncontín"], None),
    "Tegucigalpa": (L, [], None),
    "Nueva Ocotepeque": (L, [], None),
    "Pan-American Highway": (L, [], None),
    "Ilopango": (L, ["Ilopango air base"], None),
    "Acajutla": (L, ["port of Acajutla"], None),
    "Mexico City": (L, [], None),
    "Paris": (L, [], None),
    "International Conference Center": (L, ["Hotel Majestic", "Kleber International Conference Center"], None),
    "Avenue Kleber": (L, ["Avenue Kléber"], None),
    "Hanoi": (L, [], None),
    "Haiphong": (L, [], None),
    "Vietnam": (L, ["Viet-Nam"], None),
    "Taif": (L, [], None),
    "Beirut": (L, [], None),
    "East Beirut": (L, [], None),
    "Bekaa Valley": (L, ["Bekaa"], None),
    "Lisbon": (L, [], None),
    "Evora": (L, ["Évora"], None),
    "Bicesse": (L, [], None),
    "Estoril": (L, [], None),
    "New York": (L, ["New York City"], None),
    "United Nations headquarters": (L, ["UN headquarters"], None),
    "Africa": (L, [], None),
    "Arawa": (L, [], None),
    "Arawa sports ground": (L, [], None),
    "Bougainville": (L, ["Bougainville island"], None),
    "Panguna copper mine": (L, ["Panguna mine", "Panguna"], None),
    "Burnham military camp": (L, ["Burnham"], None),
    "San José": (L, ["San Jose"], None),
    "Brazilian embassy in Tegucigalpa": (L, ["Brazilian embassy"], None),
    "Geneva": (L, [], None),
    "The Hague": (L, [], None),
    "Ghouta": (L, [], None),
    "Balakot": (L, [], None),
    "Balakot camp": (L, ["Balakot training camp", "Jaish camp", "JeM camp"], None),
    "Line of Control": (L, ["LoC"], None),
    "Bahawalpur": (L, [], None),
    "Muzaffarabad": (L, [], None),
    "Pulwama": (L, [], None),
    "Indian-administered Kashmir": (L, [], None),
    "Pakistan-administered Kashmir": (L, [], None),
    "Kashmir": (L, [], None),
    "Rajasthan": (L, [], None),
    "Uri": (L, [], None),
    "Lethpora": (L, [], None),
    "Jammu-Srinagar highway": (L, [], None),
    "Busan": (L, [], None),
    "Gimhae Air Base": (L, [], None),
    "Naraemaru": (L, [], None),
    "Gimhae International Airport": (L, [], None),
    "Gyeongju": (L, [], None),
    "Gyeongju National Museum": (L, [], None),
    "Osaka": (L, [], None),
    "Tokyo": (L, [], None),
    "Akasaka Palace": (L, [], None),
    "Kuala Lumpur": (L, [], None),
    "Taiwan": (L, [], None),
    "Brussels": (L, [], None),
    "Santiago": (L, [], None),
    "Shanghai": (L, [], None),
    "Taipei": (L, [], None),
    "Hawaii": (L, [], None),
    "Arizona": (L, [], None),
    "South Pole": (L, [], None),
}

def F(s, p, o, date, ev, alleged=False):
    d = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        d["modality"] = "alleged"
    return d

ARTICLES = []

# ------------------------------------------------------------------ 01
ev_lead = "The United States, Britain, France and the Soviet Union signed a treaty here today restoring Austria's independence"
ev_min = "Secretary of State John Foster Dulles, Foreign Secretary Harold Macmillan of Britain, Foreign Minister Antoine Pinay of France and Foreign Minister Vyacheslav M. Molotov of the Soviet Union wrote their names first."
ev_hc = "Beneath the ministers' signatures the four high commissioners added their own: Llewellyn E. Thompson for the United States, Sir Geoffrey Wallinger for Britain, Ivan I. Ilyichev for the Soviet Union and Roger Lalouette, the French deputy high commissioner."
ev_aut = "Austria, the fifth party, signed through its foreign minister, Leopold Figl."
T = "Austrian State Treaty"; D = "1955-05-15"
ARTICLES.append(dict(
    slug="01_austrian-state-treaty-1955",
    entities=["United States", "United Kingdom", "France", "Soviet Union", "Austria", "Germany", "Nazi Germany", "West Germany",
              "China", "United Press", "NATO", T, "Warsaw Pact",
              "John Foster Dulles", "Harold Macmillan", "Antoine Pinay", "Vyacheslav Molotov", "Leopold Figl", "Llewellyn E. Thompson",
              "Geoffrey Wallinger", "Ivan Ilyichev", "Roger Lalouette", "Theodor Koerner", "Dwight D. Eisenhower", "Julius Raab", "Adolf Hitler",
              "Vienna", "Belvedere Palace", "Moscow", "Warsaw", "Eastern Europe"],
    facts=[
        F("United States", "signed", T, D, ev_lead), F("United Kingdom", "signed", T, D, ev_lead),
        F("France", "signed", T, D, ev_lead), F("Soviet Union", "signed", T, D, ev_lead),
        F("Austria", "signed", T, D, ev_aut), F("Leopold Figl", "signed", T, D, ev_aut),
        F("John Foster Dulles", "signed", T, D, ev_min), F("Harold Macmillan", "signed", T, D, ev_min),
        F("Antoine Pinay", "signed", T, D, ev_min), F("Vyacheslav Molotov", "signed", T, D, ev_min),
        F("Llewellyn E. Thompson", "signed", T, D, ev_hc), F("Geoffrey Wallinger", "signed", T, D, ev_hc),
        F("Ivan Ilyichev", "signed", T, D, ev_hc), F("Roger Lalouette", "signed", T, D, ev_hc),
        F("John Foster Dulles", "met_with", "Theodor Koerner", D, "Mr. Dulles presented President Theodor Koerner with a letter from President Eisenhower"),
        F("John Foster Dulles", "met_with", "Vyacheslav Molotov", "1955-05-14", "Mr. Dulles and Mr. Molotov also talked privately on Saturday night"),
        F("Nazi Germany", "annexed", "Austria", "1938-03", "Hitler's Germany annexed the country in March of that year."),
        F("Soviet Union", "signed", "Warsaw Pact", "1955-05-14", "the Soviet Union and seven Communist countries of Eastern Europe signed in Warsaw a twenty-year treaty of friendship, cooperation and mutual assistance"),
        F("John Foster Dulles", "represents", "United States", "", "Secretary of State John Foster Dulles"),
        F("Harold Macmillan", "represents", "United Kingdom", "", "Foreign Secretary Harold Macmillan of Britain"),
        F("Antoine Pinay", "represents", "France", "", "Foreign Minister Antoine Pinay of France"),
        F("Vyacheslav Molotov", "represents", "Soviet Union", "", "Foreign Minister Vyacheslav M. Molotov of the Soviet Union"),
        F("Leopold Figl", "represents", "Austria", "", ev_aut),
        F("Llewellyn E. Thompson", "represents", "United States", "", "Llewellyn E. Thompson for the United States"),
        F("Geoffrey Wallinger", "represents", "United Kingdom", "", "Sir Geoffrey Wallinger for Britain"),
        F("Ivan Ilyichev", "represents", "Soviet Union", "", "Ivan I. Ilyichev for the Soviet Union"),
        F("Roger Lalouette", "represents", "France", "", "Roger Lalouette, the French deputy high commissioner"),
        F("Theodor Koerner", "represents", "Austria", "", "President Theodor Koerner"),
        F("Dwight D. Eisenhower", "represents", "United States", "", "a letter from President Eisenhower conveying the good wishes of the American people"),
        F("Julius Raab", "represents", "Austria", "", "Chancellor Julius Raab, who led an Austrian government delegation there"),
    ]))

# ------------------------------------------------------------------ 02
C = "El Salvador-Honduras cease-fire"
ARTICLES.append(dict(
    slug="02_football-war-oas-ceasefire-1969",
    entities=["United States", "El Salvador", "Honduras", "Guatemala", "Associated Press", "Organization of American States", "US State Department",
              C, "Rio Treaty", "William G. Bowdler", "Fidel Sánchez Hernández", "Oswaldo López Arellano",
              "Toncontín airport", "Tegucigalpa", "Nueva Ocotepeque", "Pan-American Highway", "Ilopango", "Acajutla", "Mexico City"],
    facts=[
        F("Organization of American States", "mediated", C, "1969-07-18", "A cease-fire arranged by the Organization of American States held uneasily along the border between El Salvador and Honduras today"),
        F("Organization of American States", "invoked", "Rio Treaty", "1969-07-18", "Invoking the 1947 Rio Treaty, the council called for a cease-fire"),
        F("El Salvador", "struck", "Toncontín airport", "1969-07-14", "The fighting began on Monday evening, when Salvadoran aircraft, some of them transport planes fitted out as bombers, bombed Toncontín airport outside Tegucigalpa and other Honduran airfields."),
        F("El Salvador", "attacked", "Honduras", "1969-07", "Salvadoran army columns then invaded Honduras on two fronts."),
        F("El Salvador", "attacked", "Nueva Ocotepeque", "1969-07-16", "By Wednesday one of them had surrounded and taken the town of Nueva Ocotepeque"),
        F("Honduras", "struck", "Ilopango", "1969-07", "Honduras struck back from the air. Its planes bombed Ilopango, the main Salvadoran air base outside San Salvador"),
        F("Honduras", "struck", "Acajutla", "1969-07", "Its planes bombed Ilopango, the main Salvadoran air base outside San Salvador, and set the oil storage tanks at the port of Acajutla on fire."),
        F("William G. Bowdler", "represents", "United States", "", "The State Department on Wednesday told its embassy in San Salvador to press the Salvadoran government \"to issue immediate orders for a cease-fire on all fronts,\" and Ambassador William G. Bowdler was instructed to make a strong representation."),
        F("Fidel Sánchez Hernández", "represents", "El Salvador", "", "El Salvador's president, Fidel Sánchez Hernández"),
        F("Oswaldo López Arellano", "represents", "Honduras", "", "Honduran President Oswaldo López Arellano"),
    ]))

# ------------------------------------------------------------------ 03
T = "Paris Peace Accords"; D = "1973-01-27"
ev_lead = "The United States, North Vietnam, South Vietnam and the Viet Cong's Provisional Revolutionary Government signed an agreement here today to end the war in Vietnam"
ev_sig = "Secretary of State William P. Rogers signed for the United States, together with Nguyen Duy Trinh, North Vietnam's foreign minister; Tran Van Lam, the foreign minister of South Vietnam; and Nguyen Thi Binh, who holds the same post in the Provisional Revolutionary Government."
ARTICLES.append(dict(
    slug="03_paris-peace-accords-vietnam-1973",
    entities=["United States", "North Vietnam", "South Vietnam", "Provisional Revolutionary Government", "Viet Cong", "Canada", "Hungary",
              "Indonesia", "Poland", "Reuters", T, "William P. Rogers", "Nguyen Duy Trinh", "Tran Van Lam", "Nguyen Thi Binh", "Henry Kissinger",
              "Le Duc Tho", "Richard Nixon", "Nguyen Van Thieu", "Paris", "International Conference Center", "Avenue Kleber", "Hanoi", "Haiphong", "Vietnam"],
    facts=[
        F("United States", "signed", T, D, ev_lead), F("North Vietnam", "signed", T, D, ev_lead),
        F("South Vietnam", "signed", T, D, ev_lead), F("Provisional Revolutionary Government", "signed", T, D, ev_lead),
        F("William P. Rogers", "signed", T, D, ev_sig), F("Nguyen Duy Trinh", "signed", T, D, ev_sig),
        F("Tran Van Lam", "signed", T, D, ev_sig), F("Nguyen Thi Binh", "signed", T, D, ev_sig),
        F("Henry Kissinger", "met_with", "Le Duc Tho", "1973-01-23", "The text was initialled on Tuesday in the same building by Henry A. Kissinger, President Nixon's national security adviser, and Le Duc Tho"),
        F("United States", "struck", "Hanoi", "1972-12", "American B-52 bombers struck Hanoi and the port of Haiphong"),
        F("United States", "struck", "Haiphong", "1972-12", "American B-52 bombers struck Hanoi and the port of Haiphong"),
        F("William P. Rogers", "represents", "United States", "", "Secretary of State William P. Rogers signed for the United States"),
        F("Nguyen Duy Trinh", "represents", "North Vietnam", "", "Nguyen Duy Trinh, North Vietnam's foreign minister"),
        F("Tran Van Lam", "represents", "South Vietnam", "", "Tran Van Lam, the foreign minister of South Vietnam"),
        F("Nguyen Thi Binh", "represents", "Provisional Revolutionary Government", "", "Nguyen Thi Binh, who holds the same post in the Provisional Revolutionary Government"),
        F("Henry Kissinger", "represents", "United States", "", "Henry A. Kissinger, President Nixon's national security adviser"),
        F("Le Duc Tho", "represents", "North Vietnam", "", "Le Duc Tho, the North Vietnamese negotiator"),
        F("Richard Nixon", "represents", "United States", "", "That evening, in a broadcast from the White House, Mr. Nixon told Americans the settlement would bring \"peace with honor.\""),
        F("Nguyen Van Thieu", "represents", "South Vietnam", "", "President Nguyen Van Thieu of South Vietnam"),
    ]))

# ------------------------------------------------------------------ 04
T = "Taif Agreement"; D = "1989-10"
ev_cm = "The deputies, survivors of a parliament last elected in 1972, had been summoned here by the committee, made up of Saudi Arabia, Morocco and Algeria, which mediated the talks."
ARTICLES.append(dict(
    slug="04_taif-agreement-lebanon-1989",
    entities=["Lebanon", "Saudi Arabia", "Morocco", "Algeria", "Syria", "Israel", "Associated Press", "Arab League", "Lebanese Parliament",
              "Lebanese Army", T, "King Fahd", "Hassan II", "Chadli Bendjedid", "Lakhdar Brahimi", "Saud al-Faisal", "Hussein Husseini",
              "Michel Aoun", "Amin Gemayel", "Hafez Assad", "Taif", "Beirut", "East Beirut", "Bekaa Valley"],
    facts=[
        F("Arab League", "mediated", T, D, "after 23 days of talks brokered by a three-member Arab League committee"),
        F("Saudi Arabia", "mediated", T, D, ev_cm), F("Morocco", "mediated", T, D, ev_cm), F("Algeria", "mediated", T, D, ev_cm),
        F("Lakhdar Brahimi", "mediated", T, D, "Lakhdar Brahimi, the Arab League envoy who helped broker the charter"),
        F("Israel", "attacked", "Lebanon", "1982", "Lebanon has also been occupied in part by Israel, which invaded in 1982"),
        F("King Fahd", "represents", "Saudi Arabia", "", "King Fahd of Saudi Arabia"),
        F("Hassan II", "represents", "Morocco", "", "King Hassan II of Morocco"),
        F("Chadli Bendjedid", "represents", "Algeria", "", "President Chadli Bendjedid of Algeria"),
        F("Lakhdar Brahimi", "represents", "Arab League", "", "Lakhdar Brahimi, the Arab League envoy"),
        F("Saud al-Faisal", "represents", "Saudi Arabia", "", "Saudi Foreign Minister Prince Saud al-Faisal"),
        F("Hussein Husseini", "represents", "Lebanese Parliament", "", "Hussein Husseini, the speaker of the Lebanese parliament"),
        F("Michel Aoun", "represents", "Lebanese Army", "", "Gen. Michel Aoun, the Lebanese army commander"),
        F("Hafez Assad", "represents", "Syria", "", "President Hafez Assad of Syria"),
        F("Amin Gemayel", "represents", "Lebanon", "", "The post has been vacant since Amin Gemayel's term ran out in September 1987."),
    ]))

# ------------------------------------------------------------------ 05
T = "Bicesse Accords"; D = "1991-05-31"
ev_lead = "Angola's government and the UNITA rebel movement signed a peace accord here on Friday"
ev_ps = "President José Eduardo dos Santos and UNITA leader Jonas Savimbi signed the agreement"
ev_tri = "the Tripartite Accord, which Angola, Cuba and South Africa signed at United Nations headquarters in New York on Dec. 22, 1988"
ev_fm = "The three foreign ministers, Afonso Van-Dunem of Angola, Isidoro Malmierca of Cuba and Roelof \"Pik\" Botha of South Africa, put their names to it after years of mediation by the United States led by Chester Crocker, then assistant secretary of state for African affairs."
ev_alv = "In January 1975 Portugal signed the Alvor Agreement with the three liberation movements, the MPLA, the National Front for the Liberation of Angola and UNITA"
TR = "Tripartite Accord"; AL = "Alvor Agreement"
ARTICLES.append(dict(
    slug="05_bicesse-accords-angola-1991",
    entities=["Angola", "Portugal", "United States", "Soviet Union", "Cuba", "South Africa", "Namibia", "Reuters", "UNITA", "MPLA", "FNLA",
              "United Nations", T, TR, AL, "José Eduardo dos Santos", "Jonas Savimbi", "Aníbal Cavaco Silva", "James Baker",
              "Alexander Bessmertnykh", "José Manuel Durão Barroso", "Afonso Van-Dunem", "Isidoro Malmierca", "Pik Botha", "Chester Crocker",
              "Lisbon", "Evora", "Bicesse", "Estoril", "New York", "United Nations headquarters", "Africa"],
    facts=[
        F("Angola", "signed", T, D, ev_lead), F("UNITA", "signed", T, D, ev_lead),
        F("José Eduardo dos Santos", "signed", T, D, ev_ps), F("Jonas Savimbi", "signed", T, D, ev_ps),
        F("José Eduardo dos Santos", "met_with", "Jonas Savimbi", D, "Then dos Santos reached across the table and Savimbi took his hand."),
        F("Portugal", "mediated", T, "1991", "Portugal, the former colonial power, mediated the year of negotiations"),
        F("José Manuel Durão Barroso", "mediated", T, "1991", "Portugal's chief mediator, Secretary of State for Foreign Affairs and Cooperation José Manuel Durão Barroso, steered the final rounds"),
        F("Angola", "signed", TR, "1988-12-22", ev_tri), F("Cuba", "signed", TR, "1988-12-22", ev_tri), F("South Africa", "signed", TR, "1988-12-22", ev_tri),
        F("Afonso Van-Dunem", "signed", TR, "1988-12-22", ev_fm), F("Isidoro Malmierca", "signed", TR, "1988-12-22", ev_fm),
        F("Pik Botha", "signed", TR, "1988-12-22", ev_fm),
        F("United States", "mediated", TR, "1988", "after years of mediation by the United States led by Chester Crocker"),
        F("Chester Crocker", "mediated", TR, "1988", "after years of mediation by the United States led by Chester Crocker"),
        F("Portugal", "signed", AL, "1975-01", ev_alv), F("MPLA", "signed", AL, "1975-01", ev_alv),
        F("FNLA", "signed", AL, "1975-01", ev_alv), F("UNITA", "signed", AL, "1975-01", ev_alv),
        F("MPLA", "violated", AL, "1975", "All three movements violated it within months"),
        F("FNLA", "violated", AL, "1975", "All three movements violated it within months"),
        F("UNITA", "violated", AL, "1975", "All three movements violated it within months"),
        F("José Eduardo dos Santos", "represents", "Angola", "", "President José Eduardo dos Santos"),
        F("Jonas Savimbi", "represents", "UNITA", "", "UNITA leader Jonas Savimbi"),
        F("Aníbal Cavaco Silva", "represents", "Portugal", "", "Portuguese Prime Minister Aníbal Cavaco Silva"),
        F("James Baker", "represents", "United States", "", "U.S. Secretary of State James Baker"),
        F("Alexander Bessmertnykh", "represents", "Soviet Union", "", "Soviet Foreign Minister Alexander Bessmertnykh"),
        F("José Manuel Durão Barroso", "represents", "Portugal", "", "Portugal's chief mediator, Secretary of State for Foreign Affairs and Cooperation José Manuel Durão Barroso"),
        F("Afonso Van-Dunem", "represents", "Angola", "", "Afonso Van-Dunem of Angola"),
        F("Isidoro Malmierca", "represents", "Cuba", "", "Isidoro Malmierca of Cuba"),
        F("Pik Botha", "represents", "South Africa", "", "Roelof \"Pik\" Botha of South Africa"),
        F("Chester Crocker", "represents", "United States", "", "Chester Crocker, then assistant secretary of state for African affairs"),
    ]))

# ------------------------------------------------------------------ 06
T = "Bougainville Peace Agreement"; D = "2001-08-30"; AR = "Arawa Agreement"
ev_ar = "representatives of the Bougainville Revolutionary Army and the national government signed a permanent ceasefire, the Arawa Agreement"
ev_dw = "Kabui singled out Alexander Downer, Australia's foreign minister, saying the agreement would not have been reached without his personal intervention earlier this year to negotiate a compromise on the referendum."
ARTICLES.append(dict(
    slug="06_bougainville-peace-agreement-2001",
    entities=["Papua New Guinea", "Australia", "New Zealand", "Fiji", "Vanuatu", "Agence France-Presse", "United Nations",
              "Bougainville People's Congress", "Bougainville Revolutionary Army", "Bougainville Resistance Force", "Peace Monitoring Group",
              "Truce Monitoring Group", T, AR, "Joseph Kabui", "Mekere Morauta", "Moi Avei", "Alexander Downer", "Alan Ferguson", "Francis Ona",
              "Arawa", "Arawa sports ground", "Bougainville", "Panguna copper mine", "Burnham military camp"],
    facts=[
        F("Papua New Guinea", "signed", T, D, "Papua New Guinea's government and leaders from the island of Bougainville signed a peace agreement on Thursday"),
        F("Joseph Kabui", "signed", T, D, "watched as leaders from both sides signed the 74-page document on a small dais at the Arawa sports ground. Among them was Joseph Kabui, president of the Bougainville People's Congress."),
        F("Mekere Morauta", "met_with", "Joseph Kabui", D, "Later Prime Minister Sir Mekere Morauta and Kabui stood side by side with a woven ceremonial basket holding the agreement."),
        F("Alexander Downer", "mediated", T, "2001", ev_dw),
        F("Australia", "led", "Peace Monitoring Group", "1998", "the Australian-led Peace Monitoring Group"),
        F("New Zealand", "led", "Truce Monitoring Group", "1997", "A New Zealand-led truce monitoring group arrived at the end of that year"),
        F("Bougainville Revolutionary Army", "signed", AR, "1998-04-30", ev_ar),
        F("Papua New Guinea", "signed", AR, "1998-04-30", ev_ar),
        F("Joseph Kabui", "represents", "Bougainville People's Congress", "", "Joseph Kabui, president of the Bougainville People's Congress"),
        F("Mekere Morauta", "represents", "Papua New Guinea", "", "Later Prime Minister Sir Mekere Morauta"),
        F("Moi Avei", "represents", "Papua New Guinea", "", "In July, when Port Moresby floated changes, Bougainville leaders wrote to the minister for Bougainville affairs, Moi Avei, refusing to reopen the text."),
        F("Alexander Downer", "represents", "Australia", "", "Alexander Downer, Australia's foreign minister"),
        F("Alan Ferguson", "represents", "Australia", "", "Senator Alan Ferguson witnessed the signing on Australia's behalf."),
    ]))

# ------------------------------------------------------------------ 07
T = "Tegucigalpa-San José Accord"; D = "2009-10-30"
ev_sig = "Víctor Meza and Rodil Rivera signed for Zelaya's side, and Vilma Morales, a former president of the Supreme Court, for Micheletti's."
ev_us = "a U.S. delegation sent by Secretary of State Hillary Clinton and led by Thomas Shannon, the assistant secretary of state for Western Hemisphere affairs, helped mediate the final compromise"
ARTICLES.append(dict(
    slug="07_honduras-tegucigalpa-san-jose-accord-2009",
    entities=["Honduras", "United States", "Costa Rica", "Brazil", "Reuters", "Organization of American States", "National Congress of Honduras",
              "Supreme Court of Honduras", "Supreme Electoral Tribunal", "Liberal Party of Honduras", T, "San José Accord",
              "Manuel Zelaya", "Roberto Micheletti", "Víctor Meza", "Rodil Rivera", "Vilma Morales", "Víctor Rico", "José Miguel Insulza",
              "Hillary Clinton", "Thomas Shannon", "José Alfredo Saavedra", "Oscar Arias", "Porfirio Lobo",
              "Tegucigalpa", "San José", "Brazilian embassy in Tegucigalpa"],
    facts=[
        F("Víctor Meza", "signed", T, D, ev_sig), F("Rodil Rivera", "signed", T, D, ev_sig), F("Vilma Morales", "signed", T, D, ev_sig),
        F("United States", "mediated", T, "2009-10", ev_us), F("Thomas Shannon", "mediated", T, "2009-10", ev_us),
        F("Oscar Arias", "mediated", "San José Accord", "2009-07", "Costa Rican President Oscar Arias mediated the first round of talks in San José in July and drafted the San José Accord"),
        F("Manuel Zelaya", "represents", "Honduras", "", "ousted Honduran President Manuel Zelaya"),
        F("Roberto Micheletti", "represents", "Honduras", "", "Congress swore in Micheletti, its speaker, as interim president the same day."),
        F("Roberto Micheletti", "represents", "National Congress of Honduras", "", "Congress swore in Micheletti, its speaker, as interim president the same day."),
        F("Víctor Rico", "represents", "Organization of American States", "", "Víctor Rico, the political affairs secretary of the Organization of American States"),
        F("José Miguel Insulza", "represents", "Organization of American States", "", "OAS Secretary-General José Miguel Insulza"),
        F("Hillary Clinton", "represents", "United States", "", "a U.S. delegation sent by Secretary of State Hillary Clinton"),
        F("Thomas Shannon", "represents", "United States", "", ev_us),
        F("José Alfredo Saavedra", "represents", "National Congress of Honduras", "", "The signed text was handed to the secretariat of Congress, whose president, José Alfredo Saavedra"),
        F("Oscar Arias", "represents", "Costa Rica", "", "Costa Rican President Oscar Arias"),
    ]))

# ------------------------------------------------------------------ 08
ev_fri = "On Friday the two ministers met Lakhdar Brahimi, the joint U.N.-Arab League envoy for Syria"
ARTICLES.append(dict(
    slug="08_syria-chemical-weapons-framework-2013",
    entities=["United States", "Russia", "Syria", "United Kingdom", "Associated Press", "United Nations", "Arab League", "OPCW",
              "United Nations Security Council", "House of Commons", "Framework for Elimination of Syrian Chemical Weapons",
              "Chemical Weapons Convention", "United Nations Charter", "John Kerry", "Sergey Lavrov", "Lakhdar Brahimi", "Bashar al-Assad",
              "Ban Ki-moon", "Bashar Jaafari", "Barack Obama", "David Cameron", "Vladimir Putin", "Ake Sellstrom", "Sweden",
              "Geneva", "The Hague", "Ghouta", "New York"],
    facts=[
        F("John Kerry", "met_with", "Sergey Lavrov", "2013-09", "Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov agreed Saturday on a framework for Syria to account for and give up its entire chemical arsenal, after three days of talks in Geneva"),
        F("John Kerry", "met_with", "Lakhdar Brahimi", "2013-09-13", ev_fri),
        F("Sergey Lavrov", "met_with", "Lakhdar Brahimi", "2013-09-13", ev_fri),
        F("Syria", "struck", "Ghouta", "2013-08-21", "The United States says forces loyal to Assad fired rockets carrying nerve agent into the Ghouta area, killing 1,429 people, including 426 children.", alleged=True),
        F("John Kerry", "represents", "United States", "", "Secretary of State John Kerry"),
        F("Sergey Lavrov", "represents", "Russia", "", "Russian Foreign Minister Sergey Lavrov"),
        F("Lakhdar Brahimi", "represents", "United Nations", "", "Lakhdar Brahimi, the joint U.N.-Arab League envoy for Syria"),
        F("Lakhdar Brahimi", "represents", "Arab League", "", "Lakhdar Brahimi, the joint U.N.-Arab League envoy for Syria"),
        F("Ban Ki-moon", "represents", "United Nations", "", "Later on Saturday the United Nations said it had received Syria's formal instrument of accession to the Chemical Weapons Convention, which will enter into force for Syria on Oct. 14. Secretary-General Ban Ki-moon welcomed the step."),
        F("Bashar al-Assad", "represents", "Syria", "", "President Bashar Assad"),
        F("Bashar Jaafari", "represents", "Syria", "", "Syria's U.N. ambassador, Bashar Jaafari"),
        F("Barack Obama", "represents", "United States", "", "President Barack Obama"),
        F("David Cameron", "represents", "United Kingdom", "", "Britain will not join any strike. On Aug. 29 the House of Commons voted 285-272 against Prime Minister David Cameron's motion"),
        F("Vladimir Putin", "represents", "Russia", "", "Russian President Vladimir Putin"),
    ]))

# ------------------------------------------------------------------ 09
CAMP = "Balakot camp"; D = "2019-02-26"
ev_mbs = "Crown Prince Mohammed bin Salman was welcomed by Prime Minister Imran Khan and army chief General Qamar Javed Bajwa at an air base near Islamabad"
ARTICLES.append(dict(
    slug="09_balakot-air-strike-2019",
    page=dict(
        articles=["India says jets hit Jaish camp inside Pakistan; Islamabad vows to respond",
                  "Suicide bomber kills 40 paramilitary police in Kashmir's Pulwama",
                  "India strips Pakistan of most-favoured nation trade status",
                  "Saudi crown prince lands in Pakistan with $20bn in deals"],
        not_articles=["Skip to main content", "The Northgate Courier", "Home | World | Politics | Business | Opinion | Sport | Video",
                      "Subscribe | Sign in",
                      "We use cookies to personalise content and to analyse our traffic. By clicking \"Accept all\" you agree to our use of cookies. Cookie policy",
                      "Accept all | Manage preferences", "World › South Asia", "Northgate Courier staff and agencies", "Tue 26 Feb 2019 18.40 GMT",
                      "Share on Facebook | Share on Twitter | Share on WhatsApp | Email this article", "Newsletter",
                      "South Asia Briefing: the region's essential stories, in your inbox every weekday morning.",
                      "Enter your email address | Sign up", "By signing up you agree to our privacy notice.", "Related",
                      "14 Feb 2019", "15 Feb 2019", "17 Feb 2019",
                      "About us | Contact | Careers | Terms of use | Privacy policy | Cookie settings",
                      "© 2019 The Northgate Courier. All rights reserved."]),
    entities=["India", "Pakistan", "Saudi Arabia", "China", "United Nations", "Jaish-e-Mohammed", "Indian Air Force", "Pakistan Air Force",
              "Pakistan Army", "National Security Committee", "Central Reserve Police Force", "Indian Parliament", "Cabinet Committee on Security",
              "Indian Ministry of External Affairs", "ANI", "Saudi-Pakistani investment agreements",
              "Vijay Gokhale", "Masood Azhar", "Yousuf Azhar", "Asif Ghafoor", "Imran Khan", "Shah Mahmood Qureshi", "Narendra Modi",
              "Rajnath Singh", "Arun Jaitley", "Mohammed bin Salman", "Qamar Javed Bajwa",
              "Balakot", CAMP, "Line of Control", "Bahawalpur", "Muzaffarabad", "Pulwama", "Indian-administered Kashmir",
              "Pakistan-administered Kashmir", "Kashmir", "Rajasthan", "Uri", "Lethpora", "Jammu-Srinagar highway"],
    facts=[
        F("India", "struck", CAMP, D, "Indian warplanes struck what New Delhi called the largest training camp of the militant group Jaish-e-Mohammed near the town of Balakot in Pakistan early on Tuesday"),
        F("Indian Air Force", "struck", CAMP, D, "Twelve Mirage 2000 jets of the Indian Air Force took part, dropping 1,000kg bombs on the camp"),
        F("Masood Azhar", "led", "Jaish-e-Mohammed", "", "JeM, Gokhale added, is led by Masood Azhar"),
        F("Jaish-e-Mohammed", "attacked", "Indian Parliament", "2001-12", "JeM, Gokhale added, is led by Masood Azhar and has its headquarters in Bahawalpur, and had also carried out earlier attacks, including the assault on the Indian Parliament in December 2001.", alleged=True),
        F("Jaish-e-Mohammed", "attacked", "Central Reserve Police Force", "2019-02-14", "The strike came 12 days after a suicide car bombing claimed by Jaish-e-Mohammed killed 40 members of the Central Reserve Police Force in Pulwama"),
        F("India", "attacked", "Pakistan", D, "Islamabad \"strongly rejected\" the Indian claim and said India had \"committed uncalled for aggression", alleged=True),
        F("India", "struck", "Pakistan-administered Kashmir", "2016-09", "India last acknowledged cross-border action in September 2016, when it said its commandos had carried out \"surgical strikes\" on militant launch pads in Pakistan-administered Kashmir", alleged=True),
        F("Mohammed bin Salman", "met_with", "Imran Khan", "2019-02-17", ev_mbs),
        F("Mohammed bin Salman", "met_with", "Qamar Javed Bajwa", "2019-02-17", ev_mbs),
        F("Saudi Arabia", "signed", "Saudi-Pakistani investment agreements", "2019-02-17", "The two countries signed investment agreements worth about $20 billion."),
        F("Pakistan", "signed", "Saudi-Pakistani investment agreements", "2019-02-17", "The two countries signed investment agreements worth about $20 billion."),
        F("Vijay Gokhale", "represents", "India", "", "Foreign Secretary Vijay Gokhale told reporters in New Delhi"),
        F("Asif Ghafoor", "represents", "Pakistan Army", "", "Maj Gen Asif Ghafoor, the Pakistani army's spokesman"),
        F("Imran Khan", "represents", "Pakistan", "", "Prime Minister Imran Khan, Islamabad \"strongly rejected\" the Indian claim"),
        F("Shah Mahmood Qureshi", "represents", "Pakistan", "", "Foreign Minister Shah Mahmood Qureshi"),
        F("Narendra Modi", "represents", "India", "", "Prime Minister Narendra Modi told supporters the country was \"in safe hands\""),
        F("Rajnath Singh", "represents", "India", "", "Home Minister Rajnath Singh blamed the \"Pakistan-based, Pakistan-backed\" Jaish-e-Mohammed."),
        F("Arun Jaitley", "represents", "India", "", "Finance Minister Arun Jaitley announced the step"),
        F("Mohammed bin Salman", "represents", "Saudi Arabia", "", "Saudi crown prince lands in Pakistan with $20bn in deals"),
        F("Qamar Javed Bajwa", "represents", "Pakistan Army", "", "army chief General Qamar Javed Bajwa"),
    ]))

# ------------------------------------------------------------------ 10
MF = "US-Japan critical minerals framework"
ev_tak = "President Donald Trump and Japan's new prime minister, Sanae Takaichi, signed a framework on securing supplies of critical minerals and rare earths after talks at the Akasaka Palace."
ev_ph1 = "Seven months later Trump signed the \"phase one\" trade deal at the White House with Liu He, then China's vice premier."
ev_del = "Secretary of State Marco Rubio, Treasury Secretary Scott Bessent and Commerce Secretary Howard Lutnick sat on the U.S. side of the table, facing Foreign Minister Wang Yi, Vice Premier He Lifeng and Commerce Minister Wang Wentao."
ARTICLES.append(dict(
    slug="10_trump-xi-busan-live-2025",
    page=dict(
        articles=["Trump and Xi meet in Busan, agree tariff cut and one-year pause on rare-earth curbs: live updates",
                  "Trump and Takaichi sign critical minerals framework in Tokyo",
                  "Trump meets Lula in Kuala Lumpur, predicts trade deal with Brazil",
                  "Lee gives Trump South Korea's highest honour and a golden crown"],
        not_articles=["Pacific Current", "World | Asia-Pacific | Business | Markets | Climate | Opinion | Live", "Search | Log in | Subscribe",
                      "Your privacy choices: we and our partners use cookies to measure audiences and personalise ads. Accept all | Reject all | Customise",
                      "LIVE", "Updated 30 October 2025, 16:12 KST", "Share | X | Facebook | LinkedIn | Copy link", "Key points",
                      "16:12 KST", "15:30 KST", "13:55 KST", "13:10 KST", "12:50 KST", "11:20 KST", "10:40 KST", "09:40 KST", "08:55 KST",
                      "Newsletter", "Asia Morning Brief: the day's top Asia-Pacific stories before breakfast.", "Email address | Sign up",
                      "Related", "28 Oct 2025", "26 Oct 2025", "29 Oct 2025",
                      "About Pacific Current | Contact us | Terms of use | Privacy | Cookie settings", "© 2025 Pacific Current Media"]),
    entities=["United States", "China", "South Korea", "Russia", "Japan", "Brazil", "Silla", "Chinese Ministry of Commerce", "Xinhua",
              "Truth Social", "Department of War", "Asia-Pacific Economic Cooperation", "ASEAN", "G20", "Phase One trade deal", MF,
              "Donald Trump", "Xi Jinping", "Marco Rubio", "Scott Bessent", "Howard Lutnick", "Wang Yi", "He Lifeng", "Wang Wentao", "Liu He",
              "Vladimir Putin", "Sanae Takaichi", "Luiz Inácio Lula da Silva", "Lee Jae-myung",
              "Busan", "Gimhae Air Base", "Naraemaru", "Gimhae International Airport", "Gyeongju", "Gyeongju National Museum", "Osaka",
              "Tokyo", "Akasaka Palace", "Kuala Lumpur", "Taiwan"],
    facts=[
        F("Donald Trump", "met_with", "Xi Jinping", "2025-10-30", "U.S. President Donald Trump and Chinese President Xi Jinping held their first face-to-face talks in six years at an air base in Busan on Thursday"),
        F("Donald Trump", "met_with", "Xi Jinping", "2019-06", "the two leaders last sat down together at the G20 summit in Osaka in June 2019"),
        F("Donald Trump", "signed", "Phase One trade deal", "2020-01", ev_ph1),
        F("Liu He", "signed", "Phase One trade deal", "2020-01", ev_ph1),
        F("Donald Trump", "signed", MF, "2025-10-28", ev_tak),
        F("Sanae Takaichi", "signed", MF, "2025-10-28", ev_tak),
        F("Donald Trump", "met_with", "Sanae Takaichi", "2025-10-28", ev_tak),
        F("Donald Trump", "met_with", "Luiz Inácio Lula da Silva", "2025-10-26", "Trump met Brazilian President Luiz Inácio Lula da Silva on the sidelines of the ASEAN summit."),
        F("Lee Jae-myung", "met_with", "Donald Trump", "2025-10-29", "South Korean President Lee Jae-myung received Trump at the Gyeongju National Museum"),
        F("Donald Trump", "represents", "United States", "", "U.S. President Donald Trump"),
        F("Xi Jinping", "represents", "China", "", "Chinese President Xi Jinping"),
        F("Marco Rubio", "represents", "United States", "", ev_del),
        F("Scott Bessent", "represents", "United States", "", ev_del),
        F("Howard Lutnick", "represents", "United States", "", ev_del),
        F("Wang Yi", "represents", "China", "", ev_del),
        F("He Lifeng", "represents", "China", "", ev_del),
        F("Wang Wentao", "represents", "China", "", ev_del),
        F("Liu He", "represents", "China", "", "Liu He, then China's vice premier"),
        F("Vladimir Putin", "represents", "Russia", "", "Russian President Vladimir Putin"),
        F("Sanae Takaichi", "represents", "Japan", "", "Japan's new prime minister, Sanae Takaichi"),
        F("Luiz Inácio Lula da Silva", "represents", "Brazil", "", "Brazilian President Luiz Inácio Lula da Silva"),
        F("Lee Jae-myung", "represents", "South Korea", "", "South Korean President Lee Jae-myung"),
    ]))

# ------------------------------------------------------------------ 11 (negative control: no facts)
ARTICLES.append(dict(
    slug="11_black-hole-first-image-2019",
    entities=["United States", "Chile", "Mexico", "Spain", "Event Horizon Telescope", "The Astrophysical Journal Letters",
              "Sheperd Doeleman", "Priyamvada Natarajan", "Kip Thorne", "Heino Falcke", "Albert Einstein",
              "Brussels", "Santiago", "Shanghai", "Taipei", "Tokyo", "Hawaii", "Arizona", "South Pole"],
    facts=[]))


def main():
    errors = []
    out = []
    for art in ARTICLES:
        slug = art["slug"]
        path = os.path.join(ROOT, "corpus", slug + ".txt")
        text = open(path, encoding="utf-8").read()
        for n in art["entities"]:
            if n not in ENTITIES:
                errors.append(f"{slug}: unknown entity {n!r}")
        for f in art["facts"]:
            if f["evidence"] not in text:
                errors.append(f"{slug}: evidence not verbatim: {f['evidence'][:90]!r}")
            for k in ("subject", "object"):
                if f[k] not in art["entities"]:
                    errors.append(f"{slug}: fact {k} {f[k]!r} not in the article's entity list")
        page = art.get("page")
        if page:
            for s in page["articles"] + page["not_articles"]:
                if s not in text:
                    errors.append(f"{slug}: page string not verbatim: {s[:90]!r}")
        ents = []
        for n in art["entities"]:
            if n in ENTITIES:
                kind, aliases, date = ENTITIES[n]
                e = {"name": n, "kind": kind, "aliases": list(aliases)}
                if date:
                    e["date"] = date
                ents.append(e)
        doc = {"source": f"corpus/{slug}.txt"}
        if page:
            doc["articles"] = page["articles"]
            doc["not_articles"] = page["not_articles"]
        doc["entities"] = ents
        out.append((slug, doc, art["facts"]))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for slug, doc, facts in out:
        with open(os.path.join(ROOT, "gold", slug + ".entities.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(ROOT, "gold", slug + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in facts:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"{slug}: {len(doc['entities'])} entities, {len(facts)} facts")
    return 0

if __name__ == "__main__":
    sys.exit(main())
