#!/usr/bin/env python3
"""Build the wire14 gold annotations (all entities and facts of the set) and write gold/.

usage: build_gold.py            # writes ../gold/NN_slug.entities.json and NN_slug.facts.jsonl

Every entity is declared once in ENT (canonical name -> kind, aliases) so that an alias
string points to the same entity in every file of the set. Each article lists the entities
its text names, its facts and, for scraped web pages, its real articles (main story and
"Related" teasers) and the page furniture that must not become an article or an entity.

Exits 1 (and writes nothing) if any evidence string, article title or furniture string is
not found verbatim in its article, or if a fact names an entity the article does not list.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

P, S, O, A, L = "Person", "State", "Organization", "Agreement", "Place"

# ---------------------------------------------------------------- entity catalogue
ENT = {
    # ---- states
    "United States": (S, ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans",
                          "Washington", "the White House", "White House"]),
    "United Kingdom": (S, ["UK", "U.K.", "Britain", "Great Britain", "British", "London"]),
    "Soviet Union": (S, ["Soviet", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviets"]),
    "Russia": (S, ["Russian", "Russian Federation"]),
    "China": (S, ["Chinese", "Communist China", "People's Republic of China"]),
    "France": (S, ["French", "Paris"]),
    "India": (S, ["Indian", "New Delhi", "Republic of India", "Indian Union"]),
    "Pakistan": (S, ["Pakistani", "Islamic Republic of Pakistan"]),
    "Saudi Arabia": (S, ["Saudi", "Riyadh", "Kingdom of Saudi Arabia", "KSA"]),
    "North Korea": (S, ["North Korean", "DPRK", "Democratic People's Republic of Korea", "Pyongyang"]),
    "South Korea": (S, ["South Korean", "Republic of Korea", "ROK", "Seoul"]),
    "Nepal": (S, ["Nepalese"]),
    "Rhodesia": (S, ["Zimbabwe Rhodesia", "Rhodesian", "Southern Rhodesia"]),
    "Zimbabwe": (S, []),
    "Mozambique": (S, ["Mozambican"]),
    "Zambia": (S, ["Zambian"]),
    "Australia": (S, ["Australian"]),
    "New Zealand": (S, ["New Zealander"]),
    "Kenya": (S, ["Kenyan"]),
    "Fiji": (S, ["Fijian"]),
    "Grenada": (S, ["Grenadian"]),
    "Jamaica": (S, ["Jamaican"]),
    "Barbados": (S, ["Barbadian"]),
    "Antigua and Barbuda": (S, ["Antigua"]),
    "Dominica": (S, []),
    "Saint Lucia": (S, ["St. Lucia", "St Lucia"]),
    "Saint Vincent and the Grenadines": (S, ["St. Vincent", "St Vincent", "Saint Vincent"]),
    "Cuba": (S, ["Cuban", "Cubans"]),
    "Canada": (S, ["Canadian"]),
    "Mexico": (S, ["Mexican"]),
    "Nicaragua": (S, ["Nicaraguan"]),
    "Portugal": (S, ["Portuguese"]),
    "Switzerland": (S, ["Swiss"]),
    "Netherlands": (S, ["Dutch", "the Netherlands"]),
    "Luxembourg": (S, []),
    "Slovenia": (S, ["Slovene", "Slovenes", "Slovenian"]),
    "Croatia": (S, ["Croatian", "Croat"]),
    "Yugoslavia": (S, ["Yugoslav", "Yugoslav federal government", "federal government of Yugoslavia",
                       "Socialist Federal Republic of Yugoslavia", "SFRY", "Belgrade"]),
    "Austria": (S, ["Austrian"]),
    "Italy": (S, ["Italian"]),
    "Hungary": (S, ["Hungarian"]),
    "Iraq": (S, ["Iraqi", "Iraqis"]),
    "Kuwait": (S, ["Kuwaiti"]),
    "Libya": (S, ["Libyan", "Libyans", "Libyan government"]),
    "Germany": (S, ["German"]),
    "Brazil": (S, ["Brazilian"]),
    "Bahrain": (S, ["Bahraini", "Kingdom of Bahrain"]),
    "United Arab Emirates": (S, ["UAE", "Emirati"]),
    "Yemen": (S, ["Yemeni"]),
    "Egypt": (S, ["Egyptian", "Egyptians"]),
    "Estonia": (S, ["Estonian"]),
    "Norway": (S, ["Norwegian"]),
    "Kazakhstan": (S, []),
    # ---- organisations
    "United Nations": (O, ["UN", "U.N."]),
    "United Nations Security Council": (O, ["Security Council", "UN Security Council", "U.N. Security Council",
                                            "Security Council of the United Nations"]),
    "United Nations Command": (O, ["UN Command", "U.N. Command", "UNC"]),
    "Korean People's Army": (O, ["KPA", "North Korean army"]),
    "Chinese People's Volunteers": (O, ["Chinese People's Volunteer Army", "Chinese forces in Korea", "CPV"]),
    "Military Armistice Commission": (O, []),
    "United States Navy": (O, ["Navy", "U.S. Navy"]),
    "Associated Press": (O, ["AP"]),
    "United Press International": (O, ["UPI"]),
    "Reuters": (O, []),
    "United States Senate": (O, ["Senate", "U.S. Senate"]),
    "Sikkim Assembly": (O, ["Sikkim legislative assembly"]),
    "Government of Sikkim": (O, ["Sikkim government"]),
    "Sikkim Congress": (O, ["Sikkim National Congress"]),
    "Lok Sabha": (O, []),
    "Rajya Sabha": (O, []),
    "Patriotic Front": (O, ["Patriotic Front alliance"]),
    "Zimbabwe African National Union": (O, ["ZANU"]),
    "Zimbabwe African People's Union": (O, ["ZAPU"]),
    "Commonwealth": (O, ["Commonwealth of Nations"]),
    "Organization of Eastern Caribbean States": (O, ["OECS", "Organisation of Eastern Caribbean States"]),
    "Revolutionary Military Council": (O, ["RMC"]),
    "New Jewel Movement": (O, []),
    "United States Marine Corps": (O, ["Marines", "United States Marines", "U.S. Marines", "US Marines"]),
    "US Army Rangers": (O, ["Army Rangers", "Rangers", "U.S. Army Rangers"]),
    "St. George's University School of Medicine": (O, ["St. George's University"]),
    "United States Congress": (O, ["Congress"]),
    "Democratic Party": (O, ["Democrats"]),
    "United States Department of Defense": (O, ["Pentagon", "the Pentagon", "Department of Defense"]),
    "DGSE": (O, ["Direction Generale de la Securite Exterieure", "Direction générale de la sécurité extérieure",
                 "France's foreign intelligence service"]),
    "Greenpeace": (O, []),
    "New Zealand Police": (O, ["New Zealand police"]),
    "New Zealand Labour Party": (O, ["Labour", "Labour government"]),
    "French Senate": (O, []),
    "European Community": (O, ["EC", "the Community", "European Communities"]),
    "EC troika": (O, ["troika", "EC Troika", "European Community troika"]),
    "Presidency of Yugoslavia": (O, ["collective presidency", "Yugoslav presidency"]),
    "Yugoslav People's Army": (O, ["JNA", "Yugoslav army", "federal army"]),
    "Slovenian Territorial Defence": (O, ["Slovenia's territorial defence units", "territorial defence units"]),
    "Slovenian parliament": (O, ["Slovenia's parliament", "Slovene parliament"]),
    "Croatian police": (O, []),
    "Central Intelligence Agency": (O, ["CIA"]),
    "Joint Chiefs of Staff": (O, ["US Joint Chiefs of Staff"]),
    "Parliament of the United Kingdom": (O, ["Parliament", "British Parliament"]),
    "French Defence Ministry": (O, ["French Ministry of Defence", "French defence ministry"]),
    "Joint Staff": (O, ["Pentagon's Joint Staff"]),
    "Arab League": (O, ["League of Arab States"]),
    "National Transitional Council": (O, ["National Council", "rebels' National Council", "Libyan National Council"]),
    "Al Jazeera": (O, []),
    "Cobra": (O, ["Cobra emergency committee"]),
    "Gulf Cooperation Council": (O, ["GCC"]),
    "Wefaq": (O, ["Al Wefaq"]),
    "International Atomic Energy Agency": (O, ["IAEA"]),
    "X": (O, ["Twitter"]),
    "United States Armed Forces": (O, ["Armed Forces of the United States", "US armed forces"]),
    "Pakistan Army": (O, ["Pakistani army", "Pakistan's army"]),
    "Ministry of External Affairs": (O, ["India's foreign ministry", "MEA", "External Affairs Ministry"]),
    "NATO": (O, ["North Atlantic Treaty Organization", "Nato"]),
    "NATO Baltic Air Policing": (O, ["Baltic air policing mission", "NATO's Baltic air policing mission"]),
    "Russian Ministry of Defence": (O, ["Russia's defence ministry", "Russian defence ministry"]),
    "FIDE": (O, ["International Chess Federation"]),
    # ---- agreements
    "Korean Armistice Agreement": (A, ["armistice", "Korean armistice", "Korean War Armistice Agreement"]),
    "Partial Test Ban Treaty": (A, ["Limited Test Ban Treaty", "Nuclear Test Ban Treaty", "PTBT", "LTBT",
                                    "test ban treaty", "partial nuclear test ban treaty",
                                    "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water"]),
    "May 8 Agreement": (A, ["agreement of May 8, 1973", "1973 agreement", "May 8 Agreement of 1973",
                            "Tripartite Agreement of 1973"]),
    "India-Sikkim Treaty of 1950": (A, ["Indo-Sikkim Treaty", "1950 treaty", "India-Sikkim Peace Treaty"]),
    "Lancaster House Agreement": (A, ["Lancaster House agreement", "Rhodesia settlement", "Lancaster House settlement"]),
    "Treaty of Basseterre": (A, ["1981 treaty", "OECS treaty",
                                "Treaty Establishing the Organisation of Eastern Caribbean States"]),
    "ANZUS Treaty": (A, ["ANZUS", "ANZUS alliance"]),
    "Brioni Declaration": (A, ["Brioni Agreement", "Brioni deal", "Brijuni Declaration"]),
    "UN Security Council Resolution 1441": (A, ["Resolution 1441", "Security Council Resolution 1441", "UNSCR 1441"]),
    "UN Security Council Resolution 1973": (A, ["Resolution 1973", "UNSCR 1973", "Security Council Resolution 1973"]),
    "GCC joint defence pact": (A, ["Gulf Cooperation Council joint defence pact", "GCC Joint Defence Agreement"]),
    "Strategic Mutual Defence Agreement": (A, ["Strategic Mutual Defense Agreement", "SMDA",
                                               "Saudi-Pakistan defence pact", "Saudi-Pakistan mutual defence pact"]),
    "Article 4": (A, ["Article 4 of the North Atlantic Treaty", "NATO Article 4"]),
    "North Atlantic Treaty": (A, ["Washington Treaty"]),
    # ---- people, 01 Korea
    "William K. Harrison Jr.": (P, ["Lt. Gen. William K. Harrison Jr.", "William Harrison", "Harrison"]),
    "Nam Il": (P, ["Gen. Nam Il"]),
    "Mark W. Clark": (P, ["Gen. Mark W. Clark", "Mark Clark", "Clark"]),
    "Kim Il Sung": (P, ["Marshal Kim Il Sung", "Kim Il-sung"]),
    "Peng Dehuai": (P, ["Peng Teh-huai", "Gen. Peng Teh-huai", "Peng"]),
    "Dwight D. Eisenhower": (P, ["Eisenhower", "President Eisenhower"]),
    "Syngman Rhee": (P, ["Rhee", "President Syngman Rhee"]),
    # 02 PTBT
    "Dean Rusk": (P, ["Rusk", "Secretary of State Dean Rusk"]),
    "Andrei Gromyko": (P, ["Andrei A. Gromyko", "Gromyko"]),
    "Lord Home": (P, ["Alec Douglas-Home", "Sir Alec Douglas-Home", "Home"]),
    "Nikita Khrushchev": (P, ["Nikita S. Khrushchev", "Khrushchev", "Premier Nikita S. Khrushchev"]),
    "U Thant": (P, ["Thant"]),
    "W. Averell Harriman": (P, ["Averell Harriman", "Harriman"]),
    "Lord Hailsham": (P, ["Hailsham", "Quintin Hogg"]),
    "John F. Kennedy": (P, ["Kennedy", "President Kennedy"]),
    "Adlai E. Stevenson": (P, ["Adlai Stevenson", "Stevenson"]),
    # 03 Sikkim
    "Palden Thondup Namgyal": (P, ["Chogyal", "the Chogyal", "Chogyal Palden Thondup Namgyal"]),
    "Tashi Namgyal": (P, ["Sir Tashi Namgyal"]),
    "Kazi Lhendup Dorji": (P, ["Kazi", "the Kazi", "Lhendup Dorji", "Kazi Lhendup Dorjee"]),
    "Indira Gandhi": (P, ["Gandhi", "Prime Minister Indira Gandhi"]),
    "Fakhruddin Ali Ahmed": (P, ["President Fakhruddin Ali Ahmed"]),
    "Kewal Singh": (P, []),
    "B. B. Lal": (P, ["B.B. Lal", "Lal"]),
    # 04 Lancaster House
    "Lord Carrington": (P, ["Carrington", "Peter Carrington", "Foreign Secretary Lord Carrington"]),
    "Ian Gilmour": (P, ["Sir Ian Gilmour", "Gilmour"]),
    "Abel Muzorewa": (P, ["Bishop Abel Muzorewa", "Muzorewa"]),
    "Silas Mundawarara": (P, ["Mundawarara"]),
    "Robert Mugabe": (P, ["Mugabe"]),
    "Joshua Nkomo": (P, ["Nkomo"]),
    "Lord Soames": (P, ["Soames", "Christopher Soames"]),
    "Samora Machel": (P, ["Machel", "President Samora Machel"]),
    "Ian Smith": (P, ["Smith", "Prime Minister Ian Smith"]),
    "Margaret Thatcher": (P, ["Thatcher", "Prime Minister Margaret Thatcher"]),
    # 05 Grenada
    "Ronald Reagan": (P, ["Reagan", "President Reagan", "Mr. Reagan"]),
    "Eugenia Charles": (P, ["Prime Minister Eugenia Charles"]),
    "Caspar W. Weinberger": (P, ["Caspar Weinberger", "Weinberger"]),
    "Maurice Bishop": (P, ["Bishop", "Prime Minister Maurice Bishop"]),
    "Hudson Austin": (P, ["Gen. Hudson Austin", "Austin"]),
    "Edward Seaga": (P, ["Seaga"]),
    "Tom Adams": (P, ["Adams"]),
    # 06 Rainbow Warrior
    "Laurent Fabius": (P, ["Fabius", "Prime Minister Laurent Fabius"]),
    "Paul Quiles": (P, ["Quiles", "Paul Quilès"]),
    "Bernard Tricot": (P, ["Tricot"]),
    "Francois Mitterrand": (P, ["Mitterrand", "François Mitterrand", "President Francois Mitterrand"]),
    "Pierre Lacoste": (P, ["Admiral Pierre Lacoste", "Lacoste"]),
    "Charles Hernu": (P, ["Hernu"]),
    "Fernando Pereira": (P, ["Pereira"]),
    "Alain Mafart": (P, ["Major Alain Mafart", "Mafart"]),
    "Dominique Prieur": (P, ["Captain Dominique Prieur", "Prieur"]),
    "David Lange": (P, ["Lange", "Prime Minister David Lange"]),
    "Charles Pasqua": (P, ["Pasqua"]),
    # 07 Brioni
    "Hans van den Broek": (P, ["van den Broek", "Van den Broek"]),
    "Jacques Poos": (P, ["Poos"]),
    "Joao de Deus Pinheiro": (P, ["João de Deus Pinheiro", "Pinheiro"]),
    "Milan Kucan": (P, ["Kucan", "Milan Kučan"]),
    "Franjo Tudjman": (P, ["Tudjman", "Franjo Tuđman"]),
    "Ante Markovic": (P, ["Markovic", "Ante Marković"]),
    "Budimir Loncar": (P, ["Loncar", "Budimir Lončar"]),
    "Stipe Mesic": (P, ["Mesic", "Stjepan Mesić", "Stipe Mesić"]),
    "Josip Broz Tito": (P, ["Tito", "Marshal Tito"]),
    "Veljko Kadijevic": (P, ["Gen. Veljko Kadijevic", "Kadijevic"]),
    "Stane Brovet": (P, ["Vice Adm. Stane Brovet", "Brovet"]),
    # 08 Iraq
    "George W. Bush": (P, ["Bush", "President George W. Bush"]),
    "Saddam Hussein": (P, ["Saddam", "the Iraqi leader"]),
    "Donald Rumsfeld": (P, ["Rumsfeld", "Defense Secretary Donald Rumsfeld"]),
    "George Tenet": (P, ["Tenet"]),
    "Richard Myers": (P, ["Gen. Richard Myers", "Myers"]),
    "Tony Blair": (P, ["Blair"]),
    "Ari Fleischer": (P, ["Fleischer"]),
    "Vladimir Putin": (P, ["Putin"]),
    "Jacques Chirac": (P, ["Chirac"]),
    "Kofi Annan": (P, ["Annan"]),
    # 09 Libya
    "Muammar Gaddafi": (P, ["Gaddafi", "Colonel Gaddafi", "the Libyan leader", "Moammar Gadhafi", "Gadhafi"]),
    "Barack Obama": (P, ["Obama", "President Barack Obama"]),
    "Dilma Rousseff": (P, ["Rousseff"]),
    "William Gortney": (P, ["Vice Admiral William Gortney", "Gortney", "William E. Gortney"]),
    "David Cameron": (P, ["Cameron"]),
    "Thierry Burkhard": (P, ["Burkhard"]),
    "Nicolas Sarkozy": (P, ["Sarkozy"]),
    "Stephen Harper": (P, ["Harper"]),
    "Hillary Clinton": (P, ["Clinton", "Hillary Rodham Clinton"]),
    "Angela Merkel": (P, ["Merkel"]),
    "Ban Ki-moon": (P, ["Ban"]),
    "Amr Moussa": (P, []),
    "Mustafa Abdel Jalil": (P, ["Abdel Jalil", "Moustafa Abdel Jalil"]),
    "Moussa Koussa": (P, ["Koussa"]),
    "Abdullah bin Zayed Al Nahyan": (P, ["Sheikh Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed"]),
    "Ali Abdullah Saleh": (P, ["Saleh", "President Ali Abdullah Saleh"]),
    "Muttahar al-Masri": (P, ["al-Masri", "Interior Minister Muttahar al-Masri"]),
    "Hosni Mubarak": (P, ["Mubarak"]),
    "Mohamed ElBaradei": (P, ["ElBaradei"]),
    # 10 Saudi-Pakistan
    "Mohammed bin Salman": (P, ["Crown Prince Mohammed bin Salman", "MBS", "the crown prince"]),
    "Shehbaz Sharif": (P, ["Sharif", "Prime Minister Shehbaz Sharif", "Muhammad Shehbaz Sharif"]),
    "Salman bin Abdulaziz": (P, ["King Salman bin Abdulaziz", "King Salman", "Salman bin Abdulaziz Al Saud"]),
    "Asim Munir": (P, ["Field Marshal Asim Munir", "Munir", "Syed Asim Munir"]),
    "Ishaq Dar": (P, ["Dar", "Mohammad Ishaq Dar"]),
    "Khawaja Muhammad Asif": (P, ["Khawaja Asif"]),
    "Khalid bin Salman": (P, ["Prince Khalid bin Salman"]),
    "Randhir Jaiswal": (P, ["Jaiswal"]),
    "Kristen Michal": (P, ["Michal"]),
    "Donald Trump": (P, ["Trump", "President Donald Trump"]),
    "Imran Khan": (P, []),
    # 11 chess (negative control)
    "Gukesh Dommaraju": (P, ["Gukesh", "D Gukesh", "Gukesh D"]),
    "Ding Liren": (P, ["Ding"]),
    "Garry Kasparov": (P, ["Kasparov"]),
    "Anatoly Karpov": (P, ["Karpov"]),
    "Viswanathan Anand": (P, ["Anand"]),
    "Ian Nepomniachtchi": (P, ["Nepomniachtchi"]),
    "Magnus Carlsen": (P, ["Carlsen"]),
    # ---- places
    "Munsan": (L, ["Munsan-ni"]),
    "Panmunjom": (L, ["P'anmunjom"]),
    "Kaesong": (L, []),
    "38th parallel": (L, []),
    "Korea": (L, ["Korean peninsula", "Korean Peninsula"]),
    "Moscow": (L, []),
    "Grand Kremlin Palace": (L, ["Great Kremlin Palace"]),
    "St. Catherine's Hall": (L, ["Catherine Hall"]),
    "Hiroshima": (L, []),
    "Sahara": (L, []),
    "Black Sea": (L, []),
    "Gangtok": (L, []),
    "Sikkim": (L, ["Sikkimese", "Himalayan kingdom of Sikkim", "Kingdom of Sikkim"]),
    "Tibet": (L, []),
    "Lancaster House": (L, []),
    "Salisbury": (L, []),
    "Lusaka": (L, []),
    "Caribbean": (L, []),
    "Pearls airport": (L, ["Pearls"]),
    "Point Salines": (L, ["Point Salinas"]),
    "St. George's": (L, ["St George's"]),
    "Fort Rupert": (L, []),
    "Auckland": (L, ["Auckland harbour"]),
    "Mururoa": (L, ["Moruroa", "Mururoa atoll"]),
    "French Polynesia": (L, []),
    "Marsden Wharf": (L, []),
    "Wellington": (L, []),
    "Rainbow Warrior": (L, ["Greenpeace flagship Rainbow Warrior"]),
    "Ouvea": (L, []),
    "Brioni": (L, ["Brijuni", "Brioni Islands"]),
    "Adriatic": (L, ["Adriatic Sea"]),
    "The Hague": (L, []),
    "Ljubljana": (L, []),
    "Baghdad": (L, ["Iraqi capital"]),
    "Tigris": (L, []),
    "Red Sea": (L, []),
    "Persian Gulf": (L, ["Gulf", "the Gulf"]),
    "Oval Office": (L, []),
    "New York": (L, []),
    "Benghazi": (L, []),
    "Tripoli": (L, []),
    "Misrata": (L, ["Misurata", "Misratah"]),
    "Sirte": (L, ["Surt"]),
    "Brasilia": (L, ["Brasília"]),
    "Elysee Palace": (L, ["Elysee", "Élysée Palace"]),
    "Downing Street": (L, []),
    "Mediterranean": (L, ["Mediterranean Sea"]),
    "Sanaa": (L, ["Sana'a"]),
    "Sanaa University": (L, []),
    "Cairo": (L, []),
    "Mokattam": (L, ["Mokatam"]),
    "Al-Yamamah Palace": (L, ["Yamama Palace", "Qasr Al-Yamamah"]),
    "Vaindloo": (L, ["Vaindloo island"]),
    "Gulf of Finland": (L, []),
    "Chennai": (L, []),
    "Singapore": (L, []),
    "Resorts World Sentosa": (L, []),
    "Astana": (L, []),
    "Toronto": (L, []),
}

AGREEMENT_DATES = {
    "Korean Armistice Agreement": "1953-07-27",
    "Partial Test Ban Treaty": "1963-08-05",
    "May 8 Agreement": "1973-05-08",
    "India-Sikkim Treaty of 1950": "1950",
    "Lancaster House Agreement": "1979-12-21",
    "Treaty of Basseterre": "1981-06-18",
    "ANZUS Treaty": "1951-09-01",
    "North Atlantic Treaty": "1949-04-04",
    "Brioni Declaration": "1991-07-07",
    "UN Security Council Resolution 1441": "2002-11-08",
    "UN Security Council Resolution 1973": "2011-03-17",
    "Strategic Mutual Defence Agreement": "2025-09-17",
}


def F(s, p, o, date, ev, alleged=False):
    d = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        d["modality"] = "alleged"
    return d


def R(s, o, ev):
    return F(s, "represents", o, "", ev)


ARTICLES = []

# ------------------------------------------------------------------ 01 Korea 1953
ARTICLES.append({
    "file": "01_korean-armistice-panmunjom-1953",
    "entities": ["United Nations Command", "Korean People's Army", "Chinese People's Volunteers", "North Korea",
                 "South Korea", "United States", "China", "India", "United Nations", "United Nations Security Council",
                 "Military Armistice Commission", "United States Navy", "Associated Press",
                 "Korean Armistice Agreement",
                 "William K. Harrison Jr.", "Nam Il", "Mark W. Clark", "Kim Il Sung", "Peng Dehuai",
                 "Dwight D. Eisenhower", "Syngman Rhee",
                 "Munsan", "Panmunjom", "Kaesong", "38th parallel", "Korea"],
    "facts": [
        F("United Nations Command", "signed", "Korean Armistice Agreement", "1953-07-27",
          "The United Nations Command and the Communist commanders in Korea signed an armistice at Panmunjom this morning"),
        F("William K. Harrison Jr.", "signed", "Korean Armistice Agreement", "1953-07-27",
          "Lt. Gen. William K. Harrison Jr., the senior United Nations Command delegate, signed for the allied side."),
        F("Nam Il", "signed", "Korean Armistice Agreement", "1953-07-27",
          "North Korean Gen. Nam Il signed for the Korean People's Army and the Chinese People's Volunteers."),
        F("Mark W. Clark", "signed", "Korean Armistice Agreement", "1953-07-27",
          "Gen. Mark W. Clark, commander in chief of the United Nations Command, countersigned the documents"),
        F("William K. Harrison Jr.", "met_with", "Nam Il", "1952-05",
          "Harrison, who has sat across the conference table from Nam Il since he took over the allied delegation in May 1952"),
        F("North Korea", "attacked", "South Korea", "1950-06-25",
          "The war began on June 25, 1950, when North Korean troops invaded South Korea across the 38th parallel."),
        R("William K. Harrison Jr.", "United Nations Command",
          "Lt. Gen. William K. Harrison Jr., the senior United Nations Command delegate"),
        R("Nam Il", "North Korea", "North Korean Gen. Nam Il"),
        R("Nam Il", "Korean People's Army",
          "Nam Il signed for the Korean People's Army and the Chinese People's Volunteers"),
        R("Nam Il", "Chinese People's Volunteers",
          "Nam Il signed for the Korean People's Army and the Chinese People's Volunteers"),
        R("Mark W. Clark", "United Nations Command",
          "Gen. Mark W. Clark, commander in chief of the United Nations Command"),
        R("Kim Il Sung", "North Korea", "Marshal Kim Il Sung, the North Korean premier"),
        R("Peng Dehuai", "Chinese People's Volunteers", "Gen. Peng Teh-huai, commander of the Chinese forces in Korea"),
        R("Dwight D. Eisenhower", "United States",
          "In Washington, where the signing fell on Sunday evening, President Eisenhower went on radio and television"),
        R("Syngman Rhee", "South Korea",
          "The Republic of Korea did not sign. President Syngman Rhee"),
    ],
})

# ------------------------------------------------------------------ 02 PTBT 1963
ARTICLES.append({
    "file": "02_partial-test-ban-treaty-moscow-1963",
    "entities": ["United States", "United Kingdom", "Soviet Union", "China", "France", "United Nations",
                 "United States Senate", "United Press International", "Partial Test Ban Treaty",
                 "Dean Rusk", "Andrei Gromyko", "Lord Home", "Nikita Khrushchev", "U Thant", "W. Averell Harriman",
                 "Lord Hailsham", "John F. Kennedy", "Adlai E. Stevenson",
                 "Moscow", "Grand Kremlin Palace", "St. Catherine's Hall", "Hiroshima", "Sahara", "Black Sea"],
    "facts": [
        F("United States", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "The United States, Britain and the Soviet Union today signed a treaty outlawing nuclear weapons tests"),
        F("United Kingdom", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "The United States, Britain and the Soviet Union today signed a treaty outlawing nuclear weapons tests"),
        F("Soviet Union", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "The United States, Britain and the Soviet Union today signed a treaty outlawing nuclear weapons tests"),
        F("Dean Rusk", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "Secretary of State Dean Rusk, Soviet Foreign Minister Andrei A. Gromyko and British Foreign Secretary Lord Home put their names to the document"),
        F("Andrei Gromyko", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "Secretary of State Dean Rusk, Soviet Foreign Minister Andrei A. Gromyko and British Foreign Secretary Lord Home put their names to the document"),
        F("Lord Home", "signed", "Partial Test Ban Treaty", "1963-08-05",
          "Secretary of State Dean Rusk, Soviet Foreign Minister Andrei A. Gromyko and British Foreign Secretary Lord Home put their names to the document"),
        F("Nikita Khrushchev", "met_with", "Dean Rusk", "1963-08-05",
          "Khrushchev led Rusk, Lord Home and the other guests into one of the palace's most glittering ballrooms for a reception"),
        F("Nikita Khrushchev", "met_with", "Lord Home", "1963-08-05",
          "Khrushchev led Rusk, Lord Home and the other guests into one of the palace's most glittering ballrooms for a reception"),
        F("Andrei Gromyko", "met_with", "W. Averell Harriman", "1963-07",
          "The text was worked out in 10 days of bargaining in Moscow last month between Gromyko, W. Averell Harriman, the American Under Secretary of State, and Lord Hailsham"),
        F("Andrei Gromyko", "met_with", "Lord Hailsham", "1963-07",
          "The text was worked out in 10 days of bargaining in Moscow last month between Gromyko, W. Averell Harriman, the American Under Secretary of State, and Lord Hailsham"),
        F("W. Averell Harriman", "met_with", "Lord Hailsham", "1963-07",
          "The text was worked out in 10 days of bargaining in Moscow last month between Gromyko, W. Averell Harriman, the American Under Secretary of State, and Lord Hailsham"),
        F("United States", "struck", "Hiroshima", "1945-08-06",
          "the day the United States dropped an atomic bomb on Hiroshima"),
        R("Dean Rusk", "United States", "Secretary of State Dean Rusk"),
        R("Andrei Gromyko", "Soviet Union", "Soviet Foreign Minister Andrei A. Gromyko"),
        R("Lord Home", "United Kingdom", "British Foreign Secretary Lord Home"),
        R("Nikita Khrushchev", "Soviet Union", "Premier Nikita S. Khrushchev"),
        R("U Thant", "United Nations", "U Thant, the Secretary General of the United Nations"),
        R("W. Averell Harriman", "United States", "W. Averell Harriman, the American Under Secretary of State"),
        R("Lord Hailsham", "United Kingdom", "Lord Hailsham, Britain's minister for science"),
        R("John F. Kennedy", "United States", "President Kennedy told the American people"),
        R("Adlai E. Stevenson", "United States",
          "Adlai E. Stevenson, the United States ambassador to the United Nations"),
    ],
})

# ------------------------------------------------------------------ 03 Sikkim 1975
ARTICLES.append({
    "file": "03_sikkim-becomes-indian-state-1975",
    "entities": ["India", "China", "Pakistan", "Nepal", "Sikkim Assembly", "Government of Sikkim", "Sikkim Congress",
                 "Lok Sabha", "Rajya Sabha", "Reuters", "May 8 Agreement", "India-Sikkim Treaty of 1950",
                 "Palden Thondup Namgyal", "Tashi Namgyal", "Kazi Lhendup Dorji", "Indira Gandhi",
                 "Fakhruddin Ali Ahmed", "Kewal Singh", "B. B. Lal",
                 "Sikkim", "Gangtok", "Tibet"],
    "facts": [
        F("India", "annexed", "Sikkim", "1975-05-16",
          "The Himalayan kingdom of Sikkim formally became the 22nd state of the Indian Union today, completing India's annexation of a territory it has guarded as a protectorate since 1950"),
        F("Palden Thondup Namgyal", "violated", "May 8 Agreement", "",
          "the assembly accused the Chogyal, Palden Thondup Namgyal, of harmful activities that it said violated the agreement of May 8, 1973",
          alleged=True),
        F("India", "mediated", "May 8 Agreement", "1973",
          "India, which mediated between the Chogyal and the Nepali-led parties"),
        F("Palden Thondup Namgyal", "signed", "May 8 Agreement", "1973-05-08",
          "the accord was signed in Gangtok by the Chogyal, India's foreign secretary Kewal Singh and the leaders of the political parties"),
        F("Kewal Singh", "signed", "May 8 Agreement", "1973-05-08",
          "the accord was signed in Gangtok by the Chogyal, India's foreign secretary Kewal Singh and the leaders of the political parties"),
        F("India", "signed", "India-Sikkim Treaty of 1950", "1950",
          "the 1950 Indo-Sikkim treaty, signed by India and the then ruler, Sir Tashi Namgyal"),
        F("Tashi Namgyal", "signed", "India-Sikkim Treaty of 1950", "1950",
          "the 1950 Indo-Sikkim treaty, signed by India and the then ruler, Sir Tashi Namgyal"),
        F("Kazi Lhendup Dorji", "led", "Sikkim Congress", "",
          "The Kazi, 71, leads the Sikkim Congress"),
        R("Kazi Lhendup Dorji", "Sikkim Congress", "The Kazi, 71, leads the Sikkim Congress"),
        R("Fakhruddin Ali Ahmed", "India", "President Fakhruddin Ali Ahmed"),
        R("Indira Gandhi", "India", "Prime Minister Indira Gandhi's government"),
        R("Kewal Singh", "India", "India's foreign secretary Kewal Singh"),
    ],
})

# ------------------------------------------------------------------ 04 Lancaster House 1979
ARTICLES.append({
    "file": "04_lancaster-house-rhodesia-agreement-1979",
    "entities": ["United Kingdom", "Rhodesia", "Zimbabwe", "Mozambique", "Zambia", "Australia", "New Zealand", "Kenya",
                 "Fiji", "Patriotic Front", "Zimbabwe African National Union", "Zimbabwe African People's Union",
                 "Commonwealth", "Associated Press", "Lancaster House Agreement",
                 "Lord Carrington", "Ian Gilmour", "Abel Muzorewa", "Silas Mundawarara", "Robert Mugabe",
                 "Joshua Nkomo", "Lord Soames", "Samora Machel", "Ian Smith", "Margaret Thatcher",
                 "Lancaster House", "Salisbury", "Lusaka"],
    "facts": [
        F("United Kingdom", "signed", "Lancaster House Agreement", "1979-12-21",
          "Britain, the government of Zimbabwe Rhodesia and the guerrilla Patriotic Front signed an agreement at Lancaster House today"),
        F("Rhodesia", "signed", "Lancaster House Agreement", "1979-12-21",
          "Britain, the government of Zimbabwe Rhodesia and the guerrilla Patriotic Front signed an agreement at Lancaster House today"),
        F("Patriotic Front", "signed", "Lancaster House Agreement", "1979-12-21",
          "Britain, the government of Zimbabwe Rhodesia and the guerrilla Patriotic Front signed an agreement at Lancaster House today"),
        F("Lord Carrington", "signed", "Lancaster House Agreement", "1979-12-21",
          "Foreign Secretary Lord Carrington, who chaired the 14-week conference, and Sir Ian Gilmour, the Lord Privy Seal, signed for the British government."),
        F("Ian Gilmour", "signed", "Lancaster House Agreement", "1979-12-21",
          "Foreign Secretary Lord Carrington, who chaired the 14-week conference, and Sir Ian Gilmour, the Lord Privy Seal, signed for the British government."),
        F("Abel Muzorewa", "signed", "Lancaster House Agreement", "1979-12-21",
          "Bishop Abel Muzorewa, the prime minister of Zimbabwe Rhodesia, signed with his deputy, Silas Mundawarara."),
        F("Silas Mundawarara", "signed", "Lancaster House Agreement", "1979-12-21",
          "Bishop Abel Muzorewa, the prime minister of Zimbabwe Rhodesia, signed with his deputy, Silas Mundawarara."),
        F("Robert Mugabe", "signed", "Lancaster House Agreement", "1979-12-21",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance, signed for the guerrillas."),
        F("Joshua Nkomo", "signed", "Lancaster House Agreement", "1979-12-21",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance, signed for the guerrillas."),
        F("Robert Mugabe", "led", "Patriotic Front", "",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance"),
        F("Joshua Nkomo", "led", "Patriotic Front", "",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance"),
        F("Robert Mugabe", "led", "Zimbabwe African National Union", "",
          "Mugabe, who leads the Zimbabwe African National Union"),
        R("Lord Carrington", "United Kingdom", "Foreign Secretary Lord Carrington"),
        R("Ian Gilmour", "United Kingdom", "Sir Ian Gilmour, the Lord Privy Seal, signed for the British government"),
        R("Abel Muzorewa", "Rhodesia", "Bishop Abel Muzorewa, the prime minister of Zimbabwe Rhodesia"),
        R("Silas Mundawarara", "Rhodesia", "signed with his deputy, Silas Mundawarara"),
        R("Robert Mugabe", "Patriotic Front",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance, signed for the guerrillas"),
        R("Joshua Nkomo", "Patriotic Front",
          "Robert Mugabe and Joshua Nkomo, who jointly lead the Patriotic Front alliance, signed for the guerrillas"),
        R("Robert Mugabe", "Zimbabwe African National Union", "Mugabe, who leads the Zimbabwe African National Union"),
        R("Joshua Nkomo", "Zimbabwe African People's Union", "Nkomo, head of the Zimbabwe African People's Union"),
        R("Samora Machel", "Mozambique", "President Samora Machel of Mozambique"),
        R("Ian Smith", "Rhodesia", "the white minority government of Prime Minister Ian Smith"),
        R("Margaret Thatcher", "United Kingdom", "Prime Minister Margaret Thatcher, whose government took office in May"),
    ],
})

# ------------------------------------------------------------------ 05 Grenada 1983
ARTICLES.append({
    "file": "05_grenada-invasion-1983",
    "entities": ["United States", "Grenada", "Jamaica", "Barbados", "Antigua and Barbuda", "Dominica", "Saint Lucia",
                 "Saint Vincent and the Grenadines", "Cuba", "Soviet Union", "United Kingdom", "Canada", "France",
                 "Mexico", "Nicaragua", "Organization of Eastern Caribbean States", "Revolutionary Military Council",
                 "New Jewel Movement", "Commonwealth", "United States Marine Corps", "US Army Rangers",
                 "St. George's University School of Medicine", "United States Congress", "Democratic Party",
                 "United States Department of Defense", "Treaty of Basseterre",
                 "Ronald Reagan", "Eugenia Charles", "Caspar W. Weinberger", "Maurice Bishop", "Hudson Austin",
                 "Margaret Thatcher", "Edward Seaga", "Tom Adams",
                 "Caribbean", "Pearls airport", "Point Salines", "St. George's", "Fort Rupert"],
    "facts": [
        F("United States", "attacked", "Grenada", "1983-10-25",
          "About 1,900 United States Marines and Army Rangers invaded the Caribbean island of Grenada before dawn today"),
        F("United States Marine Corps", "attacked", "Grenada", "1983-10-25",
          "About 1,900 United States Marines and Army Rangers invaded the Caribbean island of Grenada before dawn today"),
        F("US Army Rangers", "attacked", "Grenada", "1983-10-25",
          "About 1,900 United States Marines and Army Rangers invaded the Caribbean island of Grenada before dawn today"),
    ] + [
        F(st, "attacked", "Grenada", "1983-10-25",
          "Some 300 soldiers and policemen from Jamaica, Barbados, Antigua, Dominica, St. Lucia and St. Vincent took part in the invasion")
        for st in ["Jamaica", "Barbados", "Antigua and Barbuda", "Dominica", "Saint Lucia",
                   "Saint Vincent and the Grenadines"]
    ] + [
        F("Organization of Eastern Caribbean States", "invoked", "Treaty of Basseterre", "1983-10-21",
          "the organization, invoking the collective defence provisions of the 1981 treaty that created it, had decided on Friday"),
        F("Ronald Reagan", "met_with", "Eugenia Charles", "1983-10-25",
          "Beside him stood Prime Minister Eugenia Charles of Dominica"),
        F("Hudson Austin", "led", "Revolutionary Military Council", "1983-10-19",
          "Gen. Hudson Austin, the army commander, who has led the Revolutionary Military Council since the killings"),
        R("Ronald Reagan", "United States", "President Reagan announced the operation"),
        R("Eugenia Charles", "Dominica", "Prime Minister Eugenia Charles of Dominica"),
        R("Eugenia Charles", "Organization of Eastern Caribbean States",
          "Eugenia Charles of Dominica, chairman of the Organization of Eastern Caribbean States"),
        R("Caspar W. Weinberger", "United States", "Defense Secretary Caspar W. Weinberger"),
        R("Maurice Bishop", "Grenada", "Prime Minister Maurice Bishop and several of his ministers were shot dead"),
        R("Margaret Thatcher", "United Kingdom",
          "The invasion drew an unusually sharp rebuke from Britain. Grenada is a member of the Commonwealth, and Prime Minister Margaret Thatcher"),
        R("Edward Seaga", "Jamaica", "Jamaica and Barbados, whose prime ministers, Edward Seaga and Tom Adams"),
        R("Tom Adams", "Barbados", "Jamaica and Barbados, whose prime ministers, Edward Seaga and Tom Adams"),
    ],
})

# ------------------------------------------------------------------ 06 Rainbow Warrior 1985
ARTICLES.append({
    "file": "06_rainbow-warrior-fabius-admission-1985",
    "entities": ["France", "New Zealand", "United States", "Portugal", "Switzerland", "DGSE", "Greenpeace",
                 "New Zealand Police", "New Zealand Labour Party", "French Senate", "European Community", "Reuters",
                 "ANZUS Treaty",
                 "Laurent Fabius", "Paul Quiles", "Bernard Tricot", "Francois Mitterrand", "Pierre Lacoste",
                 "Charles Hernu", "Fernando Pereira", "Alain Mafart", "Dominique Prieur", "David Lange",
                 "Charles Pasqua",
                 "Rainbow Warrior", "Ouvea", "Auckland", "Mururoa", "French Polynesia", "Marsden Wharf", "Wellington"],
    "facts": [
        F("DGSE", "struck", "Rainbow Warrior", "1985-07-10",
          "\"Agents of the DGSE sank this boat. They acted on orders,\" Fabius said"),
        F("France", "struck", "Rainbow Warrior", "1985-07-10",
          "agents of France's foreign intelligence service sank the Greenpeace flagship Rainbow Warrior in Auckland harbour in July"),
        R("Laurent Fabius", "France", "Prime Minister Laurent Fabius"),
        R("Paul Quiles", "France", "the new defence minister, Paul Quiles"),
        R("Francois Mitterrand", "France", "President Francois Mitterrand's four years in office"),
        R("Pierre Lacoste", "DGSE", "the head of the DGSE, Admiral Pierre Lacoste"),
        R("Charles Hernu", "France", "Charles Hernu, a close friend of Mitterrand's for decades, resigned as defence minister"),
        R("Alain Mafart", "DGSE", "Major Alain Mafart and Captain Dominique Prieur, both officers of the DGSE"),
        R("Dominique Prieur", "DGSE", "Major Alain Mafart and Captain Dominique Prieur, both officers of the DGSE"),
        R("David Lange", "New Zealand", "In Wellington, Prime Minister David Lange"),
    ],
})

# ------------------------------------------------------------------ 07 Brioni 1991
TROIKA = ("It was brokered by the foreign ministers of the Netherlands, Luxembourg and Portugal, who make up the "
          "Community's so-called troika: Hans van den Broek, Jacques Poos and Joao de Deus Pinheiro.")
SIGNERS = ("Slovenia's president, Milan Kucan, and Croatia's president, Franjo Tudjman, put their names to it along with "
           "federal Prime Minister Ante Markovic, Foreign Minister Budimir Loncar and members of the eight-man collective "
           "presidency, including its new chairman, Stipe Mesic")
ARTICLES.append({
    "file": "07_brioni-declaration-yugoslavia-1991",
    "entities": ["Slovenia", "Croatia", "Yugoslavia", "Netherlands", "Luxembourg", "Portugal", "Austria", "Italy",
                 "Hungary", "European Community", "EC troika", "Presidency of Yugoslavia", "Yugoslav People's Army",
                 "Slovenian Territorial Defence", "Slovenian parliament", "Croatian police", "Associated Press",
                 "Brioni Declaration",
                 "Hans van den Broek", "Jacques Poos", "Joao de Deus Pinheiro", "Milan Kucan", "Franjo Tudjman",
                 "Ante Markovic", "Budimir Loncar", "Stipe Mesic", "Josip Broz Tito", "Veljko Kadijevic",
                 "Stane Brovet",
                 "Brioni", "Adriatic", "The Hague", "Ljubljana"],
    "facts": [
        F("European Community", "mediated", "Brioni Declaration", "1991-07",
          "under a peace plan brokered by the European Community"),
        F("EC troika", "mediated", "Brioni Declaration", "1991-07",
          "EC troika brokers Brioni deal"),
        F("Hans van den Broek", "mediated", "Brioni Declaration", "1991-07", TROIKA),
        F("Jacques Poos", "mediated", "Brioni Declaration", "1991-07", TROIKA),
        F("Joao de Deus Pinheiro", "mediated", "Brioni Declaration", "1991-07", TROIKA),
        F("Slovenia", "signed", "Brioni Declaration", "1991-07-07",
          "The declaration was signed by Slovenia, Croatia and the Yugoslav federal government."),
        F("Croatia", "signed", "Brioni Declaration", "1991-07-07",
          "The declaration was signed by Slovenia, Croatia and the Yugoslav federal government."),
        F("Yugoslavia", "signed", "Brioni Declaration", "1991-07-07",
          "The declaration was signed by Slovenia, Croatia and the Yugoslav federal government."),
    ] + [F(p, "signed", "Brioni Declaration", "1991-07-07", SIGNERS)
         for p in ["Milan Kucan", "Franjo Tudjman", "Ante Markovic", "Budimir Loncar", "Stipe Mesic"]] + [
        F("Yugoslav People's Army", "attacked", "Slovenia", "1991-06-27", "The army had attacked Slovenia on June 27"),
        R("Hans van den Broek", "Netherlands", TROIKA),
        R("Jacques Poos", "Luxembourg", TROIKA),
        R("Joao de Deus Pinheiro", "Portugal", TROIKA),
        R("Hans van den Broek", "European Community", TROIKA),
        R("Jacques Poos", "European Community", TROIKA),
        R("Joao de Deus Pinheiro", "European Community", TROIKA),
        R("Milan Kucan", "Slovenia", "Slovenia's president, Milan Kucan"),
        R("Franjo Tudjman", "Croatia", "Croatia's president, Franjo Tudjman"),
        R("Ante Markovic", "Yugoslavia", "federal Prime Minister Ante Markovic"),
        R("Budimir Loncar", "Yugoslavia", "Foreign Minister Budimir Loncar"),
        R("Stipe Mesic", "Presidency of Yugoslavia",
          "members of the eight-man collective presidency, including its new chairman, Stipe Mesic"),
        R("Stipe Mesic", "Yugoslavia",
          "members of the eight-man collective presidency, including its new chairman, Stipe Mesic"),
        R("Veljko Kadijevic", "Yugoslavia", "Gen. Veljko Kadijevic, the defence minister"),
        R("Stane Brovet", "Yugoslavia", "was represented by his deputy, Vice Adm. Stane Brovet"),
    ],
})

# ------------------------------------------------------------------ 08 Iraq 2003
MEETING = ("Bush gave the order near the end of a meeting in the Oval Office on Wednesday evening with Defense "
           "Secretary Donald Rumsfeld, CIA Director George Tenet and Gen. Richard Myers")
ARTICLES.append({
    "file": "08_iraq-war-opening-strikes-2003",
    "entities": ["United States", "Iraq", "Kuwait", "United Kingdom", "Russia", "France", "United Nations",
                 "United Nations Security Council", "Central Intelligence Agency", "Joint Chiefs of Staff",
                 "United States Department of Defense", "Parliament of the United Kingdom",
                 "UN Security Council Resolution 1441",
                 "George W. Bush", "Saddam Hussein", "Donald Rumsfeld", "George Tenet", "Richard Myers", "Tony Blair",
                 "Ari Fleischer", "Vladimir Putin", "Jacques Chirac", "Kofi Annan",
                 "Baghdad", "Tigris", "Red Sea", "Persian Gulf", "Oval Office", "New York"],
    "facts": [
        F("United States", "attacked", "Iraq", "2003-03-20",
          "The United States launched its war against Iraq before dawn on Thursday"),
        F("United States", "struck", "Baghdad", "2003-03-20",
          "firing cruise missiles and dropping precision-guided bombs on a target on the southern edge of Baghdad"),
        F("Iraq", "attacked", "Kuwait", "2003-03-20",
          "Iraq answered within hours, firing several missiles toward northern Kuwait"),
        F("Iraq", "violated", "UN Security Council Resolution 1441", "",
          "Washington and London accuse Iraq of violating the resolution", alleged=True),
        F("George W. Bush", "met_with", "Donald Rumsfeld", "2003-03-19", MEETING),
        F("George W. Bush", "met_with", "George Tenet", "2003-03-19", MEETING),
        F("George W. Bush", "met_with", "Richard Myers", "2003-03-19", MEETING),
        R("George W. Bush", "United States", "President George W. Bush"),
        R("Donald Rumsfeld", "United States", "Defense Secretary Donald Rumsfeld"),
        R("George Tenet", "Central Intelligence Agency", "CIA Director George Tenet"),
        R("Richard Myers", "Joint Chiefs of Staff", "Gen. Richard Myers, chairman of the Joint Chiefs of Staff"),
        R("Saddam Hussein", "Iraq", "the Iraqi leader's location"),
        R("Tony Blair", "United Kingdom", "British Prime Minister Tony Blair"),
        R("Ari Fleischer", "United States", "White House spokesman Ari Fleischer"),
        R("Vladimir Putin", "Russia", "Russian President Vladimir Putin"),
        R("Jacques Chirac", "France", "French President Jacques Chirac"),
        R("Kofi Annan", "United Nations", "At U.N. headquarters in New York, Secretary General Kofi Annan"),
    ],
})

# ------------------------------------------------------------------ 09 Libya live blog 2011
TOMAHAWK = ("112 Tomahawk cruise missiles, fired from American destroyers and submarines and from one British "
            "submarine, struck more than 20 air defence sites around Tripoli, Misrata and Sirte")
OPENED = "France, Britain and the United States opened military action against Libya on Saturday"
ARTICLES.append({
    "file": "09_libya-strikes-begin-liveblog-2011",
    "articles": [
        "Libya: French jets open fire and US and British missiles hit Gaddafi's air defences - as it happened",
        "Saudi troops roll into Bahrain as Gulf allies answer call for help",
        "Yemen's Saleh declares emergency after snipers kill dozens of protesters",
        "Egyptians queue for hours in referendum; ElBaradei pelted with stones",
    ],
    "not_articles": [
        "Skip to main content", "The Meridian Wire",
        "World | Africa | Middle East | Europe | Americas | Business | Opinion | Video",
        "This site uses cookies to give you the best experience. By continuing to browse you agree to our use of cookies. Accept and close | Find out more",
        "LIVE", "Last updated 23:52 GMT, Saturday 19 March 2011", "Share on Facebook | Tweet this | Email | Print",
        "Key events", "23:52 GMT", "23:05 GMT", "21:40 GMT", "20:35 GMT", "17:20 GMT", "16:10 GMT", "13:15 GMT",
        "10:05 GMT", "08:30 GMT",
        "Get the Middle East Briefing in your inbox every weekday morning", "Enter your email address | Sign up",
        "Related", "14 March 2011", "18 March 2011", "19 March 2011",
        "About us | Contact | Terms and conditions | Privacy policy | Cookie policy",
        "© 2011 The Meridian Wire. All rights reserved.",
    ],
    "entities": ["France", "United Kingdom", "United States", "Libya", "Brazil", "Canada", "Germany", "Bahrain",
                 "Saudi Arabia", "United Arab Emirates", "Yemen", "Egypt", "United Nations",
                 "United Nations Security Council", "United States Department of Defense", "Joint Staff",
                 "French Defence Ministry", "Arab League", "National Transitional Council", "Al Jazeera", "Cobra",
                 "Gulf Cooperation Council", "Wefaq", "International Atomic Energy Agency", "X", "United States Armed Forces",
                 "UN Security Council Resolution 1973", "GCC joint defence pact",
                 "Muammar Gaddafi", "Barack Obama", "Dilma Rousseff", "William Gortney", "David Cameron",
                 "Thierry Burkhard", "Nicolas Sarkozy", "Stephen Harper", "Hillary Clinton", "Angela Merkel",
                 "Ban Ki-moon", "Amr Moussa", "Mustafa Abdel Jalil", "Moussa Koussa", "Abdullah bin Zayed Al Nahyan",
                 "Ali Abdullah Saleh", "Muttahar al-Masri", "Hosni Mubarak", "Mohamed ElBaradei",
                 "Benghazi", "Tripoli", "Misrata", "Sirte", "Brasilia", "Elysee Palace", "Downing Street",
                 "Mediterranean", "New York", "Sanaa", "Sanaa University", "Cairo", "Mokattam"],
    "facts": [
        F("France", "attacked", "Libya", "2011-03-19", OPENED),
        F("United Kingdom", "attacked", "Libya", "2011-03-19", OPENED),
        F("United States", "attacked", "Libya", "2011-03-19", OPENED),
    ] + [F(s_, "struck", o_, "2011-03-19", TOMAHAWK)
         for s_ in ["United States", "United Kingdom"] for o_ in ["Tripoli", "Misrata", "Sirte"]] + [
        F("Libya", "attacked", "Benghazi", "2011-03-19", "Gaddafi's forces attacked Benghazi this morning"),
        F("Libya", "violated", "UN Security Council Resolution 1973", "2011-03",
          "Western governments accuse Gaddafi's forces of violating the resolution", alleged=True),
        F("Hillary Clinton", "met_with", "Nicolas Sarkozy", "2011-03-19",
          "Hillary Clinton, the US secretary of state, met Sarkozy and Cameron before the full session."),
        F("Hillary Clinton", "met_with", "David Cameron", "2011-03-19",
          "Hillary Clinton, the US secretary of state, met Sarkozy and Cameron before the full session."),
        F("Barack Obama", "met_with", "Dilma Rousseff", "2011-03-19",
          "where he held talks with Brazil's president, Dilma Rousseff, earlier in the day"),
        F("Bahrain", "invoked", "GCC joint defence pact", "2011-03-14",
          "after Bahrain, invoking a Gulf Cooperation Council joint defence pact, asked its neighbours for support"),
        R("Muammar Gaddafi", "Libya", "accusing the Libyan leader of \"murderous madness\""),
        R("Barack Obama", "United States", "President Barack Obama"),
        R("Dilma Rousseff", "Brazil", "Brazil's president, Dilma Rousseff"),
        R("William Gortney", "Joint Staff", "Vice Admiral William Gortney, director of the Joint Staff"),
        R("David Cameron", "United Kingdom", "David Cameron, the British prime minister"),
        R("Thierry Burkhard", "French Defence Ministry", "French Defence Ministry spokesman Thierry Burkhard"),
        R("Nicolas Sarkozy", "France", "the French president said"),
        R("Stephen Harper", "Canada", "Stephen Harper, the Canadian prime minister"),
        R("Hillary Clinton", "United States", "Hillary Clinton, the US secretary of state"),
        R("Angela Merkel", "Germany", "Angela Merkel, the German chancellor"),
        R("Ban Ki-moon", "United Nations", "UN Secretary-General Ban Ki-moon"),
        R("Amr Moussa", "Arab League", "Amr Moussa, the secretary-general of the Arab League"),
        R("Mustafa Abdel Jalil", "National Transitional Council",
          "Mustafa Abdel Jalil, head of the rebels' National Council"),
        R("Moussa Koussa", "Libya", "Libya's foreign minister, Moussa Koussa"),
        R("Abdullah bin Zayed Al Nahyan", "United Arab Emirates",
          "The United Arab Emirates is sending about 500 police, its foreign minister, Sheikh Abdullah bin Zayed Al Nahyan, said."),
        R("Ali Abdullah Saleh", "Yemen", "President Ali Abdullah Saleh"),
        R("Muttahar al-Masri", "Yemen", "Interior Minister Muttahar al-Masri"),
    ],
})

# ------------------------------------------------------------------ 10 Saudi-Pakistan pact 2025
ARTICLES.append({
    "file": "10_saudi-pakistan-defence-pact-2025",
    "articles": [
        "Saudi Arabia and Pakistan sign mutual defence pact: an attack on one is an attack on both",
        "India says it will study implications of Saudi-Pakistan defence pact",
        "Estonia seeks NATO Article 4 consultations after Russian jets enter its airspace",
        "Trump hosts Sharif and Field Marshal Munir in Oval Office",
    ],
    "not_articles": [
        "Gulf Ledger", "Home | Gulf | South Asia | World | Economy | Energy | Opinion | Podcasts",
        "We value your privacy. We and our partners use cookies to personalise content and ads and to analyse our traffic. Accept all | Reject all | Cookie settings",
        "Advertisement", "Updated 18 September 2025, 09:14 AST", "Share: Facebook | X | WhatsApp | LinkedIn | Copy link",
        "Newsletter: The Gulf Ledger Morning Brief, the region's news before your first coffee. Subscribe free",
        "Related", "18 September 2025", "19 September 2025", "26 September 2025",
        "About Gulf Ledger | Advertise | Careers | Contact | Terms of use | Privacy notice",
        "© 2025 Gulf Ledger Media. All rights reserved.",
    ],
    "entities": ["Saudi Arabia", "Pakistan", "United States", "India", "Estonia", "Russia", "Italy", "United Kingdom",
                 "Pakistan Army", "X", "Ministry of External Affairs", "NATO", "NATO Baltic Air Policing",
                 "Russian Ministry of Defence", "Strategic Mutual Defence Agreement", "Article 4", "North Atlantic Treaty",
                 "Mohammed bin Salman", "Shehbaz Sharif", "Salman bin Abdulaziz", "Asim Munir", "Ishaq Dar",
                 "Khawaja Muhammad Asif", "Khalid bin Salman", "Randhir Jaiswal", "Kristen Michal", "Donald Trump",
                 "Imran Khan",
                 "Al-Yamamah Palace", "Vaindloo", "Gulf of Finland", "Oval Office"],
    "facts": [
        F("Saudi Arabia", "signed", "Strategic Mutual Defence Agreement", "2025-09-17",
          "Saudi Arabia and Pakistan signed a \"Strategic Mutual Defence Agreement\" on Wednesday"),
        F("Pakistan", "signed", "Strategic Mutual Defence Agreement", "2025-09-17",
          "Saudi Arabia and Pakistan signed a \"Strategic Mutual Defence Agreement\" on Wednesday"),
        F("Mohammed bin Salman", "signed", "Strategic Mutual Defence Agreement", "2025-09-17",
          "The pact was signed at Al-Yamamah Palace in Riyadh by Crown Prince Mohammed bin Salman, who is also the Saudi prime minister, and Prime Minister Shehbaz Sharif"),
        F("Shehbaz Sharif", "signed", "Strategic Mutual Defence Agreement", "2025-09-17",
          "The pact was signed at Al-Yamamah Palace in Riyadh by Crown Prince Mohammed bin Salman, who is also the Saudi prime minister, and Prime Minister Shehbaz Sharif"),
        F("Shehbaz Sharif", "met_with", "Mohammed bin Salman", "2025-09-17",
          "The two leaders first held talks with their delegations"),
        F("Estonia", "invoked", "Article 4", "2025-09-19",
          "Estonia invoked Article 4 of the North Atlantic Treaty on Friday"),
        F("Donald Trump", "met_with", "Shehbaz Sharif", "2025-09-25",
          "President Donald Trump met Shehbaz Sharif and Asim Munir behind closed doors at the White House on Thursday"),
        F("Donald Trump", "met_with", "Asim Munir", "2025-09-25",
          "President Donald Trump met Shehbaz Sharif and Asim Munir behind closed doors at the White House on Thursday"),
        F("Imran Khan", "met_with", "Donald Trump", "2019-07", "since Imran Khan met Trump in July 2019"),
        R("Mohammed bin Salman", "Saudi Arabia",
          "Crown Prince Mohammed bin Salman, who is also the Saudi prime minister"),
        R("Shehbaz Sharif", "Pakistan", "Prime Minister Shehbaz Sharif, who was on a state visit"),
        R("Salman bin Abdulaziz", "Saudi Arabia", "King Salman bin Abdulaziz, the Custodian of the Two Holy Mosques"),
        R("Asim Munir", "Pakistan Army", "Pakistan's army chief, Field Marshal Asim Munir"),
        R("Ishaq Dar", "Pakistan", "Ishaq Dar, the deputy prime minister and foreign minister"),
        R("Khawaja Muhammad Asif", "Pakistan", "Defence Minister Khawaja Muhammad Asif"),
        R("Khalid bin Salman", "Saudi Arabia", "The Saudi defence minister, Prince Khalid bin Salman"),
        R("Randhir Jaiswal", "Ministry of External Affairs", "spokesperson Randhir Jaiswal said in New Delhi"),
        R("Kristen Michal", "Estonia", "Prime Minister Kristen Michal wrote"),
        R("Donald Trump", "United States", "President Donald Trump met Shehbaz Sharif"),
    ],
})

# ------------------------------------------------------------------ 11 chess (negative control)
ARTICLES.append({
    "file": "11_gukesh-world-chess-champion-2024",
    "entities": ["India", "China", "Russia", "Norway", "FIDE", "Reuters",
                 "Gukesh Dommaraju", "Ding Liren", "Garry Kasparov", "Anatoly Karpov", "Viswanathan Anand",
                 "Ian Nepomniachtchi", "Magnus Carlsen",
                 "Singapore", "Chennai", "Resorts World Sentosa", "Astana", "Toronto"],
    "facts": [],
})


# ------------------------------------------------------------------ build
def article_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    # title + body; header lines 2-3 (Source, Published) are not part of the article
    return lines[0] + "\n" + "\n".join(lines[4:])


def main():
    errors = []
    names = set(ENT)
    for art in ARTICLES:
        path = os.path.join(CORPUS, art["file"] + ".txt")
        if not os.path.exists(path):
            errors.append(f"{art['file']}: corpus file missing"); continue
        text = article_text(path)
        listed = set(art["entities"])
        for n in art["entities"]:
            if n not in names:
                errors.append(f"{art['file']}: entity {n!r} not in catalogue")
        if len(listed) != len(art["entities"]):
            errors.append(f"{art['file']}: duplicate entity in list")
        for s in art.get("articles", []) + art.get("not_articles", []):
            if s not in text:
                errors.append(f"{art['file']}: page string not verbatim: {s!r}")
        for f in art["facts"]:
            if f["evidence"] not in text:
                errors.append(f"{art['file']}: evidence not verbatim: {f['evidence']!r}")
            for k in ("subject", "object"):
                if f[k] not in listed:
                    errors.append(f"{art['file']}: {k} {f[k]!r} not listed as an entity of the article")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} error(s); gold not written", file=sys.stderr)
        return 1
    os.makedirs(GOLD, exist_ok=True)
    for art in ARTICLES:
        ents = []
        for n in art["entities"]:
            kind, aliases = ENT[n]
            e = {"name": n, "kind": kind, "aliases": list(aliases)}
            if kind == A and n in AGREEMENT_DATES:
                e["date"] = AGREEMENT_DATES[n]
            ents.append(e)
        doc = {"source": f"corpus/{art['file']}.txt"}
        if "articles" in art:
            doc["articles"] = art["articles"]
            doc["not_articles"] = art["not_articles"]
        doc["entities"] = ents
        with open(os.path.join(GOLD, art["file"] + ".entities.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(GOLD, art["file"] + ".facts.jsonl"), "w", encoding="utf-8") as fh:
            for f in art["facts"]:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    n = sum(len(a["facts"]) for a in ARTICLES)
    print(f"wrote gold for {len(ARTICLES)} articles, {n} fact lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
