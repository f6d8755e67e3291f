#!/usr/bin/env python3
"""Build the gold annotations for the wire9 evaluation set.

usage: build_gold.py [--check-only]

Every entity and fact of the eleven articles in ../corpus/ is written out below.
Entities live in one registry (REGISTRY) so that a name, its kind and its aliases
are the same in every file; each article then lists the registry names it uses and
its facts. Running the script writes ../gold/NN_slug.entities.json and
../gold/NN_slug.facts.jsonl, and reports every evidence string, page title or
page-furniture line that is not found verbatim in its article. It exits 1 if any
string is missing or a fact names an entity the article does not list.

Conventions follow /work/shared/gold/README.md and /work/shared/devset/README.md:
city metonyms are aliases of their state everywhere in the set (so a city that is
ever used as a metonym is never a Place here); claims and accusations carry
"modality": "alleged"; planned, hypothetical and negated events give no fact.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")

# ---------------------------------------------------------------------------
# Entity registry: name -> (kind, aliases[, date])
# ---------------------------------------------------------------------------

US_ALIASES = ["US", "U.S.", "USA", "United States of America", "America", "American",
              "Washington", "the White House", "White House"]

REGISTRY = {
    # States
    "United States": ("State", US_ALIASES),
    "Russia": ("State", ["Russian", "Russian Federation", "Moscow", "the Kremlin", "Kremlin"]),
    "Soviet Union": ("State", ["USSR", "U.S.S.R.", "Soviet"]),
    "India": ("State", ["Indian", "New Delhi", "Republic of India"]),
    "Pakistan": ("State", ["Pakistani"]),
    "United Kingdom": ("State", ["UK", "U.K.", "Britain", "Great Britain", "British", "London"]),
    "Israel": ("State", ["Israeli", "State of Israel"]),
    "Iraq": ("State", ["Iraqi", "Baghdad", "Republic of Iraq"]),
    "Iran": ("State", ["Iranian", "Tehran", "Islamic Republic of Iran"]),
    "France": ("State", ["French", "Paris"]),
    "Egypt": ("State", ["Egyptian", "Cairo", "Arab Republic of Egypt"]),
    "Lebanon": ("State", ["Lebanese"]),
    "Azerbaijan": ("State", ["Azerbaijani", "Azeri", "Baku", "Republic of Azerbaijan"]),
    "Armenia": ("State", ["Armenian", "Yerevan", "Republic of Armenia"]),
    "Saudi Arabia": ("State", ["Saudi", "Riyadh", "Kingdom of Saudi Arabia"]),
    "Qatar": ("State", ["Qatari", "Doha", "State of Qatar"]),
    "Kuwait": ("State", ["Kuwaiti"]),
    "United Arab Emirates": ("State", ["UAE", "Emirati"]),
    "Bahrain": ("State", ["Bahraini"]),
    "Oman": ("State", ["Omani"]),
    "Turkey": ("State", ["Turkish", "Turkiye"]),
    "Jordan": ("State", ["Jordanian"]),
    "Syria": ("State", ["Syrian"]),
    "North Korea": ("State", ["North Korean", "N. Korea", "DPRK", "Democratic People's Republic of Korea",
                              "Pyongyang", "the North"]),
    "South Korea": ("State", ["South Korean", "S. Korea", "Seoul", "Republic of Korea"]),
    "China": ("State", ["Chinese", "Beijing", "People's Republic of China"]),
    "Philippines": ("State", ["Philippine", "Filipino", "Manila", "Republic of the Philippines",
                              "Philippine government"]),
    "Malaysia": ("State", ["Malaysian"]),
    "Japan": ("State", ["Japanese"]),
    "Sudan": ("State", ["Sudanese", "Khartoum", "Khartoum government"]),
    "Kenya": ("State", ["Kenyan"]),
    "Uganda": ("State", ["Ugandan"]),
    "Tanzania": ("State", ["Tanzanian"]),
    "Rwanda": ("State", ["Rwandan"]),
    "Algeria": ("State", ["Algerian"]),
    "Ukraine": ("State", ["Ukrainian"]),
    "Australia": ("State", ["Australian"]),
    "Spain": ("State", ["Spanish"]),
    "Greece": ("State", ["Greek", "Hellenic Republic"]),

    # Organizations
    "United Nations": ("Organization", ["UN", "U.N."]),
    "United Nations Security Council": ("Organization", ["Security Council", "UN Security Council",
                                                         "U.N. Security Council"]),
    "Associated Press": ("Organization", ["AP"]),
    "Agence France-Presse": ("Organization", ["AFP"]),
    "Reuters": ("Organization", []),
    "Yonhap": ("Organization", ["Yonhap News Agency"]),
    "Twitter": ("Organization", []),
    "US State Department": ("Organization", ["State Department", "U.S. State Department", "Department of State"]),
    "United States Congress": ("Organization", ["Congress", "US Congress", "U.S. Congress"]),
    "US Department of Defense": ("Organization", ["Department of Defense", "Pentagon", "the Pentagon"]),
    "US Joint Chiefs of Staff": ("Organization", ["U.S. Joint Chiefs of Staff"]),
    "Israeli Labor Party": ("Organization", ["Labor Party"]),
    "French Foreign Ministry": ("Organization", ["Quai d'Orsay"]),
    "Organization for Security and Cooperation in Europe": ("Organization", [
        "OSCE", "Organization for Security and Co-operation in Europe"]),
    "OSCE Minsk Group": ("Organization", ["Minsk Group"]),
    "Azerbaijani Defence Ministry": ("Organization", ["Azerbaijan's defence ministry",
                                                      "Azerbaijani defence ministry"]),
    "Nagorno-Karabakh Defence Ministry": ("Organization", [
        "defence ministry of the separatist Nagorno-Karabakh authorities"]),
    "Gulf Cooperation Council": ("Organization", ["GCC", "Cooperation Council for the Arab States of the Gulf"]),
    "Al Jazeera": ("Organization", ["Al Jazeera television network"]),
    "Palestine Liberation Organization": ("Organization", ["PLO", "P.L.O."]),
    "Israeli Air Force": ("Organization", ["Israel Air Force", "IAF"]),
    "Knesset": ("Organization", []),
    "South Korean Joint Chiefs of Staff": ("Organization", ["Joint Chiefs of Staff", "JCS"]),
    "Moro Islamic Liberation Front": ("Organization", ["MILF"]),
    "Moro National Liberation Front": ("Organization", ["MNLF"]),
    "Congress of the Philippines": ("Organization", ["Philippine Congress"]),
    "Supreme Court of the Philippines": ("Organization", ["Supreme Court", "Philippine Supreme Court"]),
    "Sudan People's Liberation Movement/Army": ("Organization", [
        "SPLM/A", "SPLM", "SPLA", "Sudan People's Liberation Movement", "Sudan People's Liberation Army"]),
    "Intergovernmental Authority on Development": ("Organization", ["IGAD",
                                                                    "Inter-Governmental Authority on Development"]),
    "Janjaweed": ("Organization", ["Janjaweed militias"]),
    "National Assembly of Sudan": ("Organization", ["Sudan's parliament"]),
    "NATO": ("Organization", ["North Atlantic Treaty Organization", "Nato", "the alliance"]),
    "Islamic Revolutionary Guard Corps": ("Organization", ["IRGC", "Revolutionary Guards",
                                                           "Iran's Revolutionary Guards"]),
    "Quds Force": ("Organization", ["Quds Force of Iran's Revolutionary Guards"]),
    "Asaib Ahl al-Haq": ("Organization", []),
    "Islamic State": ("Organization", ["Islamic State group", "IS", "ISIS"]),
    "Ukraine International Airlines": ("Organization", ["UIA"]),
    "Council of Representatives of Iraq": ("Organization", ["Iraq's parliament", "Iraqi parliament"]),
    "Popular Mobilization Forces": ("Organization", ["PMF", "Iraq's Popular Mobilization Forces",
                                                     "Hashd al-Shaabi"]),
    "Kataib Hezbollah": ("Organization", ["Kataeb Hezbollah", "Kata'ib Hezbollah"]),
    "Shanghai Cooperation Organisation": ("Organization", ["SCO", "Shanghai Cooperation Organization"]),
    "People's Liberation Army": ("Organization", ["PLA", "Chinese People's Liberation Army"]),
    "PLA Western Theater Command": ("Organization", ["Western Theater Command",
                                                     "PLA's Western Theater Command"]),
    "Chinese Foreign Ministry": ("Organization", ["Chinese foreign ministry"]),
    "Indian Army": ("Organization", []),
    "European Union": ("Organization", ["EU", "E.U.", "Brussels"]),
    "European Commission": ("Organization", []),
    "ATP": ("Organization", ["Association of Tennis Professionals"]),

    # Agreements (third element: date)
    "Tashkent Declaration": ("Agreement", ["Tashkent pact", "Tashkent Agreement", "Declaration of Tashkent"],
                             "1966-01-10"),
    "Charter of the United Nations": ("Agreement", ["United Nations Charter", "UN Charter", "U.N. Charter"],
                                      "1945-06-26"),
    "Article 51 of the UN Charter": ("Agreement", ["Article 51"], "1945-06-26"),
    "April 2016 Nagorno-Karabakh ceasefire": ("Agreement", ["Moscow ceasefire agreement",
                                                            "Russia-brokered truce"], "2016-04-05"),
    "1994 Nagorno-Karabakh ceasefire": ("Agreement", ["1994 ceasefire", "1994 truce"], "1994-05"),
    "Al-Ula Declaration": ("Agreement", ["AlUla Declaration", "Al Ula Declaration", "Al-Ula statement"],
                           "2021-01-05"),
    "Egypt-Jordan Mutual Defence Treaty": ("Agreement", ["Egyptian-Jordanian Mutual Defence Treaty",
                                                         "Jordan-Egypt defence pact"], "1967-05-30"),
    "UN Security Council Resolution 242": ("Agreement", ["Resolution 242"], "1967-11-22"),
    "UN Security Council Resolution 497": ("Agreement", ["Resolution 497"], "1981-12-17"),
    "Korean Armistice Agreement": ("Agreement", ["1953 armistice", "Korean War armistice"], "1953-07-27"),
    "Comprehensive Agreement on the Bangsamoro": ("Agreement", ["CAB", "Bangsamoro peace agreement",
                                                                "Bangsamoro peace pact"], "2014-03-27"),
    "1996 Final Peace Agreement": ("Agreement", ["1996 deal", "Final Peace Agreement"], "1996-09"),
    "Comprehensive Peace Agreement": ("Agreement", ["CPA", "Sudan Comprehensive Peace Agreement",
                                                    "Naivasha Agreement"], "2005-01-09"),
    "Machakos Protocol": ("Agreement", [], "2002-07-20"),
    "1996 India-China border agreement": ("Agreement", [
        "1996 accord",
        "Agreement on Confidence-Building Measures in the Military Field along the Line of Actual Control"],
        "1996-11"),
    "India-China disengagement consensus": ("Agreement", [
        "consensus reached in earlier military and diplomatic talks"], "2020"),
    "Brexit Withdrawal Agreement": ("Agreement", ["Withdrawal Agreement", "Brexit divorce deal"], "2020-01"),

    # Places
    "Tashkent": ("Place", []),
    "Kashmir": ("Place", ["Jammu and Kashmir"]),
    "Punjab": ("Place", []),
    "Lahore": ("Place", []),
    "Tel Aviv": ("Place", []),
    "Osirak reactor": ("Place", ["Osirak", "Tammuz", "Osiraq", "Osirak nuclear reactor"]),
    "Tuwaitha nuclear research center": ("Place", ["Tuwaitha", "Tuwaitha site"]),
    "Sharm el-Sheikh": ("Place", ["Ophira", "Ofira"]),
    "Sinai Peninsula": ("Place", ["Sinai"]),
    "Hiroshima": ("Place", []),
    "Nagorno-Karabakh": ("Place", ["Karabakh", "Nagorno-Karabakh region", "Nagorny Karabakh"]),
    "Al-Ula": ("Place", ["AlUla", "Al Ula"]),
    "Dubai": ("Place", []),
    "Mediterranean": ("Place", ["Mediterranean Sea"]),
    "Straits of Tiran": ("Place", ["Strait of Tiran"]),
    "Amman": ("Place", []),
    "Jerusalem": ("Place", []),
    "West Jerusalem": ("Place", []),
    "East Jerusalem": ("Place", []),
    "Old City of Jerusalem": ("Place", ["Old City"]),
    "Gaza Strip": ("Place", ["Gaza"]),
    "West Bank": ("Place", []),
    "Golan Heights": ("Place", ["Golan", "the Golan"]),
    "Yeonpyeong Island": ("Place", ["Yeonpyeong"]),
    "Gaemeori": ("Place", ["Gaemeori coastal artillery base", "Gaemeori base", "Kaemori"]),
    "Baengnyeong Island": ("Place", []),
    "Mindanao": ("Place", ["Muslim Mindanao"]),
    "Malacañang Palace": ("Place", ["Malacañang", "Malacanang", "Malacañan Palace"]),
    "Kalayaan gardens": ("Place", []),
    "Bangsamoro": ("Place", []),
    "Autonomous Region in Muslim Mindanao": ("Place", ["ARMM"]),
    "Narita airport": ("Place", ["Narita International Airport"]),
    "Tokyo": ("Place", []),
    "Nairobi": ("Place", []),
    "Nyayo National Stadium": ("Place", ["Nyayo Stadium"]),
    "Southern Sudan": ("Place", []),
    "Machakos": ("Place", []),
    "Naivasha": ("Place", []),
    "Darfur": ("Place", []),
    "Anbar province": ("Place", ["Anbar"]),
    "Ain al-Asad Air Base": ("Place", ["Ain al-Asad", "Al-Asad", "Ain al-Asad air base", "Ain al-Assad"]),
    "Erbil": ("Place", ["Irbil", "Arbil"]),
    "Imam Khomeini International Airport": ("Place", []),
    "Kyiv": ("Place", ["Kiev"]),
    "Baghdad International Airport": ("Place", ["Baghdad airport"]),
    "US embassy in Baghdad": ("Place", ["US embassy compound in Baghdad", "US embassy compound",
                                        "U.S. Embassy in Baghdad"]),
    "Kirkuk": ("Place", []),
    "Middle East": ("Place", []),
    "Ladakh": ("Place", ["Ladakh region", "eastern Ladakh"]),
    "Galwan Valley": ("Place", ["Galwan"]),
    "Pangong Tso": ("Place", ["Pangong Tso lake", "Pangong Lake"]),
    "Line of Actual Control": ("Place", ["LAC"]),
    "Northern Ireland": ("Place", []),
    "Beirut": ("Place", []),
    "Melbourne": ("Place", []),
    "Melbourne Park": ("Place", []),
    "Rod Laver Arena": ("Place", []),
    "Athens": ("Place", []),

    # People
    "Lal Bahadur Shastri": ("Person", ["Shastri", "Mr. Shastri", "Prime Minister Lal Bahadur Shastri"]),
    "Mohammad Ayub Khan": ("Person", ["Ayub Khan", "Field Marshal Ayub", "Ayub", "Muhammad Ayub Khan",
                                      "President Mohammad Ayub Khan"]),
    "Alexei Kosygin": ("Person", ["Aleksei N. Kosygin", "Aleksei Kosygin", "Kosygin", "Mr. Kosygin"]),
    "Andrei Gromyko": ("Person", ["Andrei A. Gromyko", "Gromyko"]),
    "Swaran Singh": ("Person", ["Sardar Swaran Singh"]),
    "Zulfikar Ali Bhutto": ("Person", ["Bhutto", "Mr. Bhutto"]),
    "Menachem Begin": ("Person", ["Begin", "Mr. Begin", "Prime Minister Menachem Begin"]),
    "Saddam Hussein": ("Person", ["President Saddam Hussein"]),
    "Anwar Sadat": ("Person", ["Sadat", "President Anwar Sadat"]),
    "Dean Fischer": ("Person", ["Fischer"]),
    "Shimon Peres": ("Person", ["Peres"]),
    "Najmeddin Sadigov": ("Person", ["Sadigov", "Najmaddin Sadigov", "Najmeddin Sadikov"]),
    "Yuri Khachaturov": ("Person", ["Khachaturov", "Yuri Khatchaturov"]),
    "Seyran Ohanyan": ("Person", ["Ohanyan"]),
    "Serzh Sargsyan": ("Person", ["Sargsyan", "Serzh Sarkisian", "Sarkisian"]),
    "Senor Hasratyan": ("Person", ["Hasratyan", "Senor Asratyan"]),
    "Vladimir Putin": ("Person", ["Putin", "President Vladimir Putin"]),
    "Ilham Aliyev": ("Person", ["Aliyev", "President Ilham Aliyev"]),
    "Joe Biden": ("Person", ["Biden"]),
    "John Kerry": ("Person", ["Kerry"]),
    "Tamim bin Hamad Al Thani": ("Person", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Tamim",
                                            "Emir Sheikh Tamim bin Hamad Al Thani"]),
    "Mohammed bin Salman": ("Person", ["Crown Prince Mohammed bin Salman", "Prince Mohammed", "MBS"]),
    "Salman bin Abdulaziz Al Saud": ("Person", ["King Salman"]),
    "Nawaf al-Ahmad al-Jaber al-Sabah": ("Person", ["Sheikh Nawaf al-Ahmad al-Jaber al-Sabah", "Sheikh Nawaf"]),
    "Salman bin Hamad Al Khalifa": ("Person", ["Crown Prince Salman bin Hamad Al Khalifa"]),
    "Fahd bin Mahmoud Al Said": ("Person", ["Sayyid Fahd bin Mahmoud Al Said"]),
    "Mohammed bin Rashid Al Maktoum": ("Person", ["Sheikh Mohammed bin Rashid Al Maktoum"]),
    "Sameh Shoukry": ("Person", ["Shoukry", "Sameh Shoukri"]),
    "Sabah al-Ahmad al-Sabah": ("Person", ["Sheikh Sabah al-Ahmad al-Sabah", "Sheikh Sabah"]),
    "Jared Kushner": ("Person", ["Kushner"]),
    "Faisal bin Farhan Al Saud": ("Person", ["Prince Faisal bin Farhan", "Prince Faisal", "Faisal bin Farhan"]),
    "Nayef al-Hajraf": ("Person", ["al-Hajraf", "Nayef Al-Hajraf"]),
    "Donald Trump": ("Person", ["Trump", "President Donald Trump", "Donald J. Trump"]),
    "Gamal Abdel Nasser": ("Person", ["Nasser", "President Gamal Abdel Nasser"]),
    "U Thant": ("Person", ["Secretary-General U Thant"]),
    "Hussein bin Talal": ("Person", ["King Hussein", "King Hussein of Jordan"]),
    "Ahmad Shukeiri": ("Person", ["Ahmed Shukairy", "Shukeiri"]),
    "Levi Eshkol": ("Person", ["Eshkol"]),
    "Moshe Dayan": ("Person", ["Dayan"]),
    "Mordechai Hod": ("Person", ["Hod"]),
    "Abdel Hakim Amer": ("Person", ["Field Marshal Abdel Hakim Amer", "Amer"]),
    "Antonio Guterres": ("Person", ["Guterres", "António Guterres"]),
    "Lee Hong-ki": ("Person", ["Lt. Gen. Lee Hong-ki"]),
    "Lee Myung-bak": ("Person", ["President Lee Myung-bak"]),
    "Hong Sang-pyo": ("Person", []),
    "Kim Jong-il": ("Person", ["Kim Jong Il"]),
    "Kim Jong-un": ("Person", ["Kim Jong Un"]),
    "Barack Obama": ("Person", ["Obama", "President Barack Obama"]),
    "Ban Ki-moon": ("Person", ["Ban"]),
    "Miriam Coronel-Ferrer": ("Person", ["Coronel-Ferrer", "Miriam Coronel Ferrer"]),
    "Mohagher Iqbal": ("Person", ["Iqbal"]),
    "Tengku Abdul Ghafar Tengku Mohamed": ("Person", ["Tengku Abdul Ghafar",
                                                      "Tengku Dato' Ab Ghafar Tengku Mohamed"]),
    "Benigno Aquino III": ("Person", ["Aquino", "President Benigno Aquino III", "Benigno Aquino"]),
    "Murad Ebrahim": ("Person", ["Al Haj Murad Ebrahim", "Murad", "Al Haj Murad Ibrahim"]),
    "Najib Razak": ("Person", ["Najib"]),
    "Teresita Quintos-Deles": ("Person", ["Quintos-Deles", "Teresita Deles"]),
    "Salamat Hashim": ("Person", ["Hashim Salamat"]),
    "Toshinao Urabe": ("Person", ["Urabe"]),
    "Ali Osman Mohamed Taha": ("Person", ["Taha", "Ali Osman Taha"]),
    "John Garang": ("Person", ["Garang", "John Garang de Mabior"]),
    "Lazaro Sumbeiywo": ("Person", ["Gen. Lazaro Sumbeiywo", "Lazarus Sumbeiywo", "Sumbeiywo"]),
    "Mwai Kibaki": ("Person", ["Kibaki"]),
    "Yoweri Museveni": ("Person", ["Museveni"]),
    "Colin Powell": ("Person", ["Powell"]),
    "Omar el-Bashir": ("Person", ["Omar al-Bashir", "el-Bashir", "Bashir", "Omar Hassan al-Bashir"]),
    "Benjamin Mkapa": ("Person", ["Mkapa"]),
    "Paul Kagame": ("Person", ["Kagame"]),
    "Abdelaziz Bouteflika": ("Person", ["Bouteflika"]),
    "Qassem Soleimani": ("Person", ["Soleimani", "Qasem Soleimani", "Major General Qassem Soleimani"]),
    "Abu Mahdi al-Muhandis": ("Person", ["al-Muhandis", "Muhandis"]),
    "Mike Pence": ("Person", ["Pence", "Vice President Mike Pence"]),
    "Mike Pompeo": ("Person", ["Pompeo"]),
    "Mark Esper": ("Person", ["Esper"]),
    "Mark Milley": ("Person", ["Gen. Mark Milley", "Milley"]),
    "Boris Johnson": ("Person", ["Johnson"]),
    "Dominic Raab": ("Person", ["Raab"]),
    "Jens Stoltenberg": ("Person", ["Stoltenberg"]),
    "Ali Khamenei": ("Person", ["Ayatollah Ali Khamenei", "Khamenei", "Supreme Leader Ali Khamenei"]),
    "Qais al-Khazali": ("Person", ["Khazali"]),
    "Adel Abdul Mahdi": ("Person", ["Abdul Mahdi", "Adil Abdul Mahdi"]),
    "Volodymyr Zelensky": ("Person", ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"]),
    "Mohammad Javad Zarif": ("Person", ["Zarif", "Javad Zarif"]),
    "Morgan Ortagus": ("Person", ["Ortagus"]),
    "Subrahmanyam Jaishankar": ("Person", ["Jaishankar", "S Jaishankar", "S. Jaishankar"]),
    "Wang Yi": ("Person", ["Wang"]),
    "Sergei Lavrov": ("Person", ["Lavrov", "Sergey Lavrov"]),
    "Zhang Shuili": ("Person", ["Senior Col. Zhang Shuili"]),
    "Zhao Lijian": ("Person", []),
    "Rajnath Singh": ("Person", []),
    "Wei Fenghe": ("Person", ["General Wei Fenghe"]),
    "Maros Sefcovic": ("Person", ["Maroš Šefčovič", "Sefcovic"]),
    "Michael Gove": ("Person", ["Gove"]),
    "Brandon Lewis": ("Person", []),
    "Emmanuel Macron": ("Person", ["Macron"]),
    "Michel Aoun": ("Person", ["Aoun", "President Michel Aoun"]),
    "Mustapha Adib": ("Person", ["Adib"]),
    "Novak Djokovic": ("Person", ["Djokovic", "the 35-year-old Serb"]),
    "Stefanos Tsitsipas": ("Person", ["Tsitsipas", "the 24-year-old from Athens"]),
    "Rafael Nadal": ("Person", ["Nadal"]),
    "Carlos Alcaraz": ("Person", ["Alcaraz"]),
    "Goran Ivanisevic": ("Person", ["Ivanisevic", "Goran Ivanišević"]),
    "Serena Williams": ("Person", []),
    "Steffi Graf": ("Person", ["Graf"]),
    "Margaret Court": ("Person", []),
}


def F(subject, predicate, obj, date, evidence, alleged=False):
    """One gold fact, in the field order of the shared gold files."""
    fact = {"subject": subject, "predicate": predicate, "object": obj, "date": date, "evidence": evidence}
    if alleged:
        fact["modality"] = "alleged"
    return fact


def R(person, body, evidence):
    """A `represents` fact (no date, as in the shared gold)."""
    return F(person, "represents", body, "", evidence)


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------

ARTICLES = []

# 01 -- old newspaper style, ALL CAPS headline -------------------------------
ARTICLES.append({
    "slug": "01_tashkent-declaration-1966",
    "entities": [
        "India", "Pakistan", "Soviet Union", "United States", "United Kingdom", "United Nations",
        "United Nations Security Council", "Tashkent Declaration", "Charter of the United Nations",
        "Tashkent", "Kashmir", "Punjab", "Lahore",
        "Lal Bahadur Shastri", "Mohammad Ayub Khan", "Alexei Kosygin", "Andrei Gromyko", "Swaran Singh",
        "Zulfikar Ali Bhutto",
    ],
    "facts": [
        F("Lal Bahadur Shastri", "signed", "Tashkent Declaration", "1966-01-10",
          "Prime Minister Lal Bahadur Shastri of India and President Mohammad Ayub Khan of Pakistan signed a declaration here this afternoon"),
        F("Mohammad Ayub Khan", "signed", "Tashkent Declaration", "1966-01-10",
          "Prime Minister Lal Bahadur Shastri of India and President Mohammad Ayub Khan of Pakistan signed a declaration here this afternoon"),
        F("India", "signed", "Tashkent Declaration", "1966-01-10",
          "is the first accord India and Pakistan have signed since the fighting ended in September"),
        F("Pakistan", "signed", "Tashkent Declaration", "1966-01-10",
          "is the first accord India and Pakistan have signed since the fighting ended in September"),
        F("Soviet Union", "mediated", "Tashkent Declaration", "1966-01",
          "It was brokered by the Soviet Union"),
        F("Alexei Kosygin", "mediated", "Tashkent Declaration", "1966-01",
          "Mr. Kosygin, who did not sign the declaration, mediated in person."),
        F("Alexei Kosygin", "met_with", "Lal Bahadur Shastri", "1966-01-09",
          "He saw Mr. Shastri and Field Marshal Ayub separately several times yesterday"),
        F("Alexei Kosygin", "met_with", "Mohammad Ayub Khan", "1966-01-09",
          "He saw Mr. Shastri and Field Marshal Ayub separately several times yesterday"),
        F("Lal Bahadur Shastri", "met_with", "Mohammad Ayub Khan", "1966-01-04",
          "The two leaders had met face to face on Jan. 4, the opening day of the conference"),
        F("Pakistan", "attacked", "Kashmir", "1965-08",
          "India accused Pakistan of attacking Kashmir in August with thousands of armed infiltrators.",
          alleged=True),
        F("India", "attacked", "Pakistan", "1965-09-06",
          "Indian forces struck across the Punjab frontier toward Lahore on Sept. 6"),
        R("Lal Bahadur Shastri", "India", "Prime Minister Lal Bahadur Shastri of India"),
        R("Mohammad Ayub Khan", "Pakistan", "President Mohammad Ayub Khan of Pakistan"),
        R("Alexei Kosygin", "Soviet Union", "the Soviet Union, whose Premier, Aleksei N. Kosygin"),
        R("Andrei Gromyko", "Soviet Union", "Foreign Minister Andrei A. Gromyko of the Soviet Union"),
        R("Swaran Singh", "India", "Sardar Swaran Singh, India's Minister of External Affairs"),
        R("Zulfikar Ali Bhutto", "Pakistan", "Zulfikar Ali Bhutto, Foreign Minister of Pakistan"),
    ],
})

# 02 -- AP wire, 1981 -----------------------------------------------------------
ARTICLES.append({
    "slug": "02_osirak-reactor-strike-1981",
    "entities": [
        "Israel", "Iraq", "France", "Iran", "Egypt", "Lebanon", "United States", "Associated Press",
        "US State Department", "United States Congress", "French Foreign Ministry", "Israeli Labor Party",
        "Tel Aviv", "Osirak reactor", "Tuwaitha nuclear research center", "Sharm el-Sheikh",
        "Sinai Peninsula", "Hiroshima",
        "Menachem Begin", "Saddam Hussein", "Anwar Sadat", "Dean Fischer", "Shimon Peres",
    ],
    "facts": [
        F("Israel", "struck", "Osirak reactor", "1981-06-07",
          "Israeli warplanes bombed and destroyed a French-built nuclear reactor outside Baghdad on Sunday"),
        F("Iran", "struck", "Osirak reactor", "1980-09",
          "Iranian jets attacked the reactor last September"),
        F("Iraq", "attacked", "Iran", "1980-09",
          "days after Iraq invaded Iran"),
        F("Menachem Begin", "met_with", "Anwar Sadat", "1981-06-04",
          "It came three days after Mr. Begin met President Anwar Sadat of Egypt at Sharm el-Sheikh"),
        F("Shimon Peres", "led", "Israeli Labor Party", "",
          "the Labor Party, which Shimon Peres leads"),
        R("Menachem Begin", "Israel", "Prime Minister Menachem Begin's government"),
        R("Saddam Hussein", "Iraq", "President Saddam Hussein of Iraq"),
        R("Anwar Sadat", "Egypt", "President Anwar Sadat of Egypt"),
        R("Dean Fischer", "US State Department", "the State Department spokesman, Dean Fischer"),
    ],
})

# 03 -- AFP wire ------------------------------------------------------------------
ARTICLES.append({
    "slug": "03_karabakh-moscow-truce-2016",
    "entities": [
        "Azerbaijan", "Armenia", "Russia", "France", "United States", "Soviet Union", "Agence France-Presse",
        "Azerbaijani Defence Ministry", "Nagorno-Karabakh Defence Ministry",
        "Organization for Security and Cooperation in Europe", "OSCE Minsk Group",
        "April 2016 Nagorno-Karabakh ceasefire", "1994 Nagorno-Karabakh ceasefire", "Nagorno-Karabakh",
        "Najmeddin Sadigov", "Yuri Khachaturov", "Seyran Ohanyan", "Serzh Sargsyan", "Senor Hasratyan",
        "Vladimir Putin", "Ilham Aliyev", "Joe Biden", "John Kerry",
    ],
    "facts": [
        F("Russia", "mediated", "April 2016 Nagorno-Karabakh ceasefire", "2016-04-05",
          "A ceasefire brokered by Russia"),
        F("Najmeddin Sadigov", "met_with", "Yuri Khachaturov", "2016-04-05",
          "had been reached through Russian mediation at a meeting in Moscow between the chiefs of general staff of the two countries' armed forces, Najmeddin Sadigov of Azerbaijan and Yuri Khachaturov of Armenia"),
        F("Azerbaijan", "attacked", "Nagorno-Karabakh", "2016-04",
          "Armenia accused Azerbaijan of launching \"a massive attack\" along the Karabakh front", alleged=True),
        F("Armenia", "attacked", "Azerbaijan", "2016-04",
          "Azerbaijan insisted it had only responded to Armenian shelling of its positions and frontline villages",
          alleged=True),
        F("Azerbaijan", "violated", "1994 Nagorno-Karabakh ceasefire", "2016-04",
          "Each side accused the other of violating the 1994 ceasefire", alleged=True),
        F("Armenia", "violated", "1994 Nagorno-Karabakh ceasefire", "2016-04",
          "Each side accused the other of violating the 1994 ceasefire", alleged=True),
        F("Azerbaijan", "violated", "April 2016 Nagorno-Karabakh ceasefire", "2016-04",
          "accused Azerbaijani forces of violating the new truce with sporadic fire overnight", alleged=True),
        F("Serzh Sargsyan", "met_with", "Joe Biden", "2016-03-31",
          "On the sidelines of the gathering, Sargsyan held talks with US Vice President Joe Biden"),
        F("Ilham Aliyev", "met_with", "John Kerry", "2016-03-30",
          "while Aliyev met Secretary of State John Kerry"),
        F("Russia", "led", "OSCE Minsk Group", "",
          "which is jointly led by Russia, France and the United States"),
        F("France", "led", "OSCE Minsk Group", "",
          "which is jointly led by Russia, France and the United States"),
        F("United States", "led", "OSCE Minsk Group", "",
          "which is jointly led by Russia, France and the United States"),
        R("Najmeddin Sadigov", "Azerbaijan", "Najmeddin Sadigov of Azerbaijan"),
        R("Yuri Khachaturov", "Armenia", "Yuri Khachaturov of Armenia"),
        R("Seyran Ohanyan", "Armenia", "Armenian Defence Minister Seyran Ohanyan"),
        R("Serzh Sargsyan", "Armenia", "Armenian President Serzh Sargsyan"),
        R("Ilham Aliyev", "Azerbaijan", "Azerbaijani President Ilham Aliyev"),
        R("Vladimir Putin", "Russia", "President Vladimir Putin urged both sides to show restraint"),
        R("Senor Hasratyan", "Nagorno-Karabakh Defence Ministry",
          "Senor Hasratyan, a spokesman for the defence ministry of the separatist Nagorno-Karabakh authorities"),
        R("Joe Biden", "United States", "US Vice President Joe Biden"),
        R("John Kerry", "United States", "Secretary of State John Kerry"),
    ],
})

# 04 -- Reuters wire --------------------------------------------------------------
AL_ULA_SIGNERS = ("Those who put their names to it were Prince Mohammed, who chaired the meeting on behalf "
                  "of his father, King Salman; Sheikh Tamim; Kuwait's Emir Sheikh Nawaf al-Ahmad al-Jaber "
                  "al-Sabah; Bahrain's Crown Prince Salman bin Hamad Al Khalifa; Sayyid Fahd bin Mahmoud Al "
                  "Said, Oman's deputy prime minister; Sheikh Mohammed bin Rashid Al Maktoum, vice president "
                  "of the UAE and ruler of Dubai; and Egyptian Foreign Minister Sameh Shoukry.")
AL_ULA_STATES = ("The Al-Ula Declaration was signed by Saudi Arabia, Qatar, Kuwait, the United Arab Emirates, "
                 "Bahrain, Oman and Egypt")
ARTICLES.append({
    "slug": "04_al-ula-declaration-2021",
    "entities": [
        "Saudi Arabia", "Qatar", "Kuwait", "United Arab Emirates", "Bahrain", "Oman", "Egypt",
        "United States", "Iran", "Turkey", "Reuters", "Gulf Cooperation Council", "Al Jazeera",
        "Al-Ula Declaration", "Al-Ula", "Dubai",
        "Tamim bin Hamad Al Thani", "Mohammed bin Salman", "Salman bin Abdulaziz Al Saud",
        "Nawaf al-Ahmad al-Jaber al-Sabah", "Salman bin Hamad Al Khalifa", "Fahd bin Mahmoud Al Said",
        "Mohammed bin Rashid Al Maktoum", "Sameh Shoukry", "Sabah al-Ahmad al-Sabah", "Jared Kushner",
        "Faisal bin Farhan Al Saud", "Nayef al-Hajraf", "Donald Trump",
    ],
    "facts": [
        F(state, "signed", "Al-Ula Declaration", "2021-01-05", AL_ULA_STATES)
        for state in ["Saudi Arabia", "Qatar", "Kuwait", "United Arab Emirates", "Bahrain", "Oman", "Egypt"]
    ] + [
        F(person, "signed", "Al-Ula Declaration", "2021-01-05", AL_ULA_SIGNERS)
        for person in ["Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Nawaf al-Ahmad al-Jaber al-Sabah",
                       "Salman bin Hamad Al Khalifa", "Fahd bin Mahmoud Al Said",
                       "Mohammed bin Rashid Al Maktoum", "Sameh Shoukry"]
    ] + [
        F("Kuwait", "mediated", "Al-Ula Declaration", "2021-01",
          "The breakthrough followed months of mediation by Kuwait and the United States."),
        F("United States", "mediated", "Al-Ula Declaration", "2021-01",
          "The breakthrough followed months of mediation by Kuwait and the United States."),
        F("Jared Kushner", "mediated", "Al-Ula Declaration", "2021-01",
          "Jared Kushner, the senior White House adviser who helped broker the deal"),
        F("Mohammed bin Salman", "met_with", "Tamim bin Hamad Al Thani", "2021-01-05",
          "The two men later met separately on the sidelines of the summit"),
        R("Tamim bin Hamad Al Thani", "Qatar", "Qatar's ruler, Emir Sheikh Tamim bin Hamad Al Thani"),
        R("Mohammed bin Salman", "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman"),
        R("Salman bin Abdulaziz Al Saud", "Saudi Arabia", "on behalf of his father, King Salman"),
        R("Nawaf al-Ahmad al-Jaber al-Sabah", "Kuwait", "Kuwait's Emir Sheikh Nawaf al-Ahmad al-Jaber al-Sabah"),
        R("Salman bin Hamad Al Khalifa", "Bahrain", "Bahrain's Crown Prince Salman bin Hamad Al Khalifa"),
        R("Fahd bin Mahmoud Al Said", "Oman", "Sayyid Fahd bin Mahmoud Al Said, Oman's deputy prime minister"),
        R("Mohammed bin Rashid Al Maktoum", "United Arab Emirates",
          "Sheikh Mohammed bin Rashid Al Maktoum, vice president of the UAE"),
        R("Sameh Shoukry", "Egypt", "Egyptian Foreign Minister Sameh Shoukry"),
        R("Sabah al-Ahmad al-Sabah", "Kuwait", "Kuwait's late emir, Sheikh Sabah al-Ahmad al-Sabah"),
        R("Jared Kushner", "United States", "Jared Kushner, the senior White House adviser"),
        R("Faisal bin Farhan Al Saud", "Saudi Arabia", "Saudi Foreign Minister Prince Faisal bin Farhan"),
        R("Nayef al-Hajraf", "Gulf Cooperation Council", "GCC Secretary-General Nayef al-Hajraf"),
        R("Donald Trump", "United States", "The outgoing administration of President Donald Trump"),
    ],
})

# 05 -- analysis, Title Case headline -----------------------------------------------
ARTICLES.append({
    "slug": "05_six-day-war-fifty-years",
    "entities": [
        "Israel", "Egypt", "Jordan", "Syria", "Iraq", "Sudan", "United Nations", "United Nations Security Council",
        "Palestine Liberation Organization", "Israeli Air Force", "Knesset",
        "Egypt-Jordan Mutual Defence Treaty", "UN Security Council Resolution 242",
        "UN Security Council Resolution 497",
        "Mediterranean", "Sinai Peninsula", "Straits of Tiran", "Amman", "Jerusalem", "West Jerusalem",
        "East Jerusalem", "Old City of Jerusalem", "Gaza Strip", "West Bank", "Golan Heights",
        "Gamal Abdel Nasser", "U Thant", "Hussein bin Talal", "Ahmad Shukeiri", "Levi Eshkol", "Moshe Dayan",
        "Mordechai Hod", "Abdel Hakim Amer", "Menachem Begin", "Antonio Guterres",
    ],
    "facts": [
        F("Hussein bin Talal", "met_with", "Gamal Abdel Nasser", "1967-05-30",
          "Nasser met him at the airport"),
        F("Hussein bin Talal", "signed", "Egypt-Jordan Mutual Defence Treaty", "1967-05-30",
          "within hours the two leaders had signed the Egyptian-Jordanian Mutual Defence Treaty"),
        F("Gamal Abdel Nasser", "signed", "Egypt-Jordan Mutual Defence Treaty", "1967-05-30",
          "within hours the two leaders had signed the Egyptian-Jordanian Mutual Defence Treaty"),
        F("Jordan", "signed", "Egypt-Jordan Mutual Defence Treaty", "1967-05-30",
          "The pact, signed by Jordan and Egypt"),
        F("Egypt", "signed", "Egypt-Jordan Mutual Defence Treaty", "1967-05-30",
          "The pact, signed by Jordan and Egypt"),
        F("Iraq", "signed", "Egypt-Jordan Mutual Defence Treaty", "1967-06",
          "Iraq signed up to it days later."),
        F("Israel", "attacked", "Egypt", "1967-06-05",
          "almost the entire Israeli air force took off, flew low over the Mediterranean to stay under Egyptian radar and attacked Egypt's airfields"),
        F("Jordan", "struck", "West Jerusalem", "1967-06-05",
          "Jordanian artillery began shelling West Jerusalem later that morning"),
        F("Israel", "attacked", "Jordan", "1967-06-05",
          "Israel turned on Jordan too"),
        F("Jordan", "annexed", "West Bank", "1950",
          "Jordan, which had annexed the West Bank in 1950"),
        F("Israel", "annexed", "East Jerusalem", "1967-06-28",
          "the government extended Israeli law and administration to East Jerusalem and a ring of surrounding villages, in effect annexing them"),
        F("Israel", "annexed", "Golan Heights", "1981-12-14",
          "Israel thereby annexed the Golan Heights in all but name"),
        R("Gamal Abdel Nasser", "Egypt", "President Gamal Abdel Nasser of Egypt"),
        R("U Thant", "United Nations", "asked the United Nations to withdraw the peacekeepers it had kept in Sinai since 1956, and Secretary-General U Thant complied"),
        R("Hussein bin Talal", "Jordan", "King Hussein of Jordan"),
        R("Ahmad Shukeiri", "Palestine Liberation Organization",
          "Ahmad Shukeiri, chairman of the Palestine Liberation Organization"),
        R("Levi Eshkol", "Israel", "In Israel, Prime Minister Levi Eshkol"),
        R("Moshe Dayan", "Israel", "brought Moshe Dayan into the cabinet as defence minister"),
        R("Mordechai Hod", "Israeli Air Force", "Maj. Gen. Mordechai Hod, commander of the Israeli Air Force"),
        R("Abdel Hakim Amer", "Egypt", "Egypt's commander, Field Marshal Abdel Hakim Amer"),
        R("Menachem Begin", "Israel", "Prime Minister Menachem Begin objected to the word"),
        R("Antonio Guterres", "United Nations", "UN Secretary-General Antonio Guterres"),
    ],
})

# 06 -- Yonhap wire ---------------------------------------------------------------------
ARTICLES.append({
    "slug": "06_yeonpyeong-shelling-2010",
    "entities": [
        "North Korea", "South Korea", "United States", "China", "Russia", "United Nations", "Yonhap",
        "South Korean Joint Chiefs of Staff", "Korean Armistice Agreement",
        "Yeonpyeong Island", "Gaemeori", "Baengnyeong Island",
        "Lee Hong-ki", "Lee Myung-bak", "Hong Sang-pyo", "Kim Jong-il", "Kim Jong-un", "Barack Obama",
        "Ban Ki-moon",
    ],
    "facts": [
        F("North Korea", "struck", "Yeonpyeong Island", "2010-11-23",
          "North Korea fired a barrage of artillery shells onto the South Korean island of Yeonpyeong"),
        F("South Korea", "struck", "Gaemeori", "2010-11-23",
          "From 2:47 p.m. their K-9 self-propelled howitzers fired about 80 rounds at the Gaemeori base and other North Korean gun positions"),
        F("North Korea", "violated", "Korean Armistice Agreement", "2010-11-23",
          "adding that the shelling violated the 1953 armistice that halted the Korean War", alleged=True),
        F("North Korea", "attacked", "South Korea", "2010-03-26",
          "A multinational investigation led by South Korea blamed that sinking on a North Korean torpedo",
          alleged=True),
        R("Lee Hong-ki", "South Korean Joint Chiefs of Staff", "Lt. Gen. Lee Hong-ki of the JCS"),
        R("Lee Myung-bak", "South Korea", "President Lee Myung-bak called his security ministers"),
        R("Hong Sang-pyo", "South Korea", "Presidential spokesman Hong Sang-pyo"),
        R("Kim Jong-il", "North Korea", "leader Kim Jong-il"),
        R("Barack Obama", "United States", "US President Barack Obama"),
        R("Ban Ki-moon", "United Nations", "UN Secretary-General Ban Ki-moon"),
    ],
})

# 07 -- Manila broadsheet ------------------------------------------------------------------
CAB_PANELS = ("The five-page accord was signed at 5:29 p.m. in the Kalayaan gardens of Malacañang Palace by "
              "the heads of the two peace panels, chief government negotiator Miriam Coronel-Ferrer and MILF "
              "panel chairman Mohagher Iqbal.")
ARTICLES.append({
    "slug": "07_bangsamoro-agreement-2014",
    "entities": [
        "Philippines", "Malaysia", "Japan", "Moro Islamic Liberation Front", "Moro National Liberation Front",
        "Congress of the Philippines", "Supreme Court of the Philippines",
        "Comprehensive Agreement on the Bangsamoro", "1996 Final Peace Agreement",
        "Mindanao", "Malacañang Palace", "Kalayaan gardens", "Bangsamoro",
        "Autonomous Region in Muslim Mindanao", "Narita airport", "Tokyo",
        "Miriam Coronel-Ferrer", "Mohagher Iqbal", "Tengku Abdul Ghafar Tengku Mohamed", "Benigno Aquino III",
        "Murad Ebrahim", "Najib Razak", "Teresita Quintos-Deles", "Salamat Hashim", "Toshinao Urabe",
    ],
    "facts": [
        F("Philippines", "signed", "Comprehensive Agreement on the Bangsamoro", "2014-03-27",
          "The government and the Moro Islamic Liberation Front (MILF) signed the Comprehensive Agreement on the Bangsamoro on Thursday evening"),
        F("Moro Islamic Liberation Front", "signed", "Comprehensive Agreement on the Bangsamoro", "2014-03-27",
          "The government and the Moro Islamic Liberation Front (MILF) signed the Comprehensive Agreement on the Bangsamoro on Thursday evening"),
        F("Miriam Coronel-Ferrer", "signed", "Comprehensive Agreement on the Bangsamoro", "2014-03-27", CAB_PANELS),
        F("Mohagher Iqbal", "signed", "Comprehensive Agreement on the Bangsamoro", "2014-03-27", CAB_PANELS),
        F("Tengku Abdul Ghafar Tengku Mohamed", "signed", "Comprehensive Agreement on the Bangsamoro",
          "2014-03-27",
          "Tengku Abdul Ghafar Tengku Mohamed, the Malaysian facilitator of the talks, added his signature as a witness."),
        F("Malaysia", "mediated", "Comprehensive Agreement on the Bangsamoro", "2014-03",
          "The agreement, brokered by Malaysia, which has facilitated the negotiations since 2001"),
        F("Tengku Abdul Ghafar Tengku Mohamed", "mediated", "Comprehensive Agreement on the Bangsamoro", "2014-03",
          "Tengku Abdul Ghafar Tengku Mohamed, the Malaysian facilitator of the talks"),
        F("Murad Ebrahim", "led", "Moro Islamic Liberation Front", "2003-07",
          "Murad, who has led the MILF since the death of its founding chairman, Salamat Hashim, in July 2003"),
        F("Benigno Aquino III", "met_with", "Murad Ebrahim", "2011-08",
          "The president flew unannounced to Japan and met Murad at a hotel near Narita airport outside Tokyo"),
        F("Philippines", "signed", "1996 Final Peace Agreement", "1996",
          "A 1996 deal that the government signed with the rival Moro National Liberation Front (MNLF)"),
        F("Moro National Liberation Front", "signed", "1996 Final Peace Agreement", "1996",
          "A 1996 deal that the government signed with the rival Moro National Liberation Front (MNLF)"),
        R("Miriam Coronel-Ferrer", "Philippines", "chief government negotiator Miriam Coronel-Ferrer"),
        R("Mohagher Iqbal", "Moro Islamic Liberation Front", "MILF panel chairman Mohagher Iqbal"),
        R("Tengku Abdul Ghafar Tengku Mohamed", "Malaysia",
          "Tengku Abdul Ghafar Tengku Mohamed, the Malaysian facilitator of the talks"),
        R("Benigno Aquino III", "Philippines", "President Benigno Aquino III"),
        R("Murad Ebrahim", "Moro Islamic Liberation Front", "MILF chairman Al Haj Murad Ebrahim"),
        R("Najib Razak", "Malaysia", "Malaysian Prime Minister Najib Razak"),
        R("Teresita Quintos-Deles", "Philippines", "presidential peace adviser Teresita Quintos-Deles"),
        R("Salamat Hashim", "Moro Islamic Liberation Front", "its founding chairman, Salamat Hashim"),
        R("Toshinao Urabe", "Japan", "Japan's ambassador to the Philippines, Toshinao Urabe"),
    ],
})

# 08 -- broadsheet report from Nairobi ------------------------------------------------------
CPA_LEADERS = ("Ali Osman Mohamed Taha, the first vice president, and John Garang, who has led the Sudan "
               "People's Liberation Movement/Army (SPLM/A) since it took up arms in 1983, put their names to "
               "the accord")
CPA_WITNESSES = ("Kenyan President Mwai Kibaki, whose country spearheaded the mediation, and Ugandan President "
                 "Yoweri Museveni, the current chairman of IGAD, signed the agreement as witnesses.")
ARTICLES.append({
    "slug": "08_sudan-comprehensive-peace-agreement-2005",
    "entities": [
        "Sudan", "Kenya", "Uganda", "United States", "Tanzania", "Rwanda", "Algeria",
        "Sudan People's Liberation Movement/Army", "Intergovernmental Authority on Development", "Janjaweed",
        "National Assembly of Sudan", "Comprehensive Peace Agreement", "Machakos Protocol",
        "Nairobi", "Nyayo National Stadium", "Southern Sudan", "Machakos", "Naivasha", "Darfur",
        "Ali Osman Mohamed Taha", "John Garang", "Lazaro Sumbeiywo", "Mwai Kibaki", "Yoweri Museveni",
        "Colin Powell", "Omar el-Bashir", "Benjamin Mkapa", "Paul Kagame", "Abdelaziz Bouteflika",
    ],
    "facts": [
        F("Ali Osman Mohamed Taha", "signed", "Comprehensive Peace Agreement", "2005-01-09", CPA_LEADERS),
        F("John Garang", "signed", "Comprehensive Peace Agreement", "2005-01-09", CPA_LEADERS),
        F("Sudan", "signed", "Comprehensive Peace Agreement", "2005-01-09",
          "The agreement, signed by the Khartoum government and the SPLM/A"),
        F("Sudan People's Liberation Movement/Army", "signed", "Comprehensive Peace Agreement", "2005-01-09",
          "The agreement, signed by the Khartoum government and the SPLM/A"),
        F("Mwai Kibaki", "signed", "Comprehensive Peace Agreement", "2005-01-09", CPA_WITNESSES),
        F("Yoweri Museveni", "signed", "Comprehensive Peace Agreement", "2005-01-09", CPA_WITNESSES),
        F("Colin Powell", "signed", "Comprehensive Peace Agreement", "2005-01-09",
          "So did U.S. Secretary of State Colin Powell"),
        F("John Garang", "led", "Sudan People's Liberation Movement/Army", "1983",
          "John Garang, who has led the Sudan People's Liberation Movement/Army (SPLM/A) since it took up arms in 1983"),
        F("Sudan", "signed", "Machakos Protocol", "2002-07",
          "the Machakos Protocol, which the two sides signed in July 2002"),
        F("Sudan People's Liberation Movement/Army", "signed", "Machakos Protocol", "2002-07",
          "the Machakos Protocol, which the two sides signed in July 2002"),
        F("Intergovernmental Authority on Development", "mediated", "Comprehensive Peace Agreement", "2005-01",
          "The talks were mediated by the Intergovernmental Authority on Development (IGAD)"),
        F("Lazaro Sumbeiywo", "mediated", "Comprehensive Peace Agreement", "2005-01",
          "with Gen. Lazaro Sumbeiywo of Kenya as chief mediator"),
        F("Kenya", "mediated", "Comprehensive Peace Agreement", "2005-01",
          "Kenyan President Mwai Kibaki, whose country spearheaded the mediation"),
        F("Janjaweed", "attacked", "Darfur", "",
          "in Darfur, where government-backed Janjaweed militias are accused of attacking villages",
          alleged=True),
        R("Ali Osman Mohamed Taha", "Sudan", "Sudan's first vice president"),
        R("John Garang", "Sudan People's Liberation Movement/Army",
          "John Garang, who has led the Sudan People's Liberation Movement/Army (SPLM/A)"),
        R("Lazaro Sumbeiywo", "Intergovernmental Authority on Development",
          "The talks were mediated by the Intergovernmental Authority on Development (IGAD), the East African regional bloc, with Gen. Lazaro Sumbeiywo of Kenya as chief mediator"),
        R("Mwai Kibaki", "Kenya", "Kenyan President Mwai Kibaki"),
        R("Yoweri Museveni", "Uganda", "Ugandan President Yoweri Museveni"),
        R("Yoweri Museveni", "Intergovernmental Authority on Development",
          "Yoweri Museveni, the current chairman of IGAD"),
        R("Colin Powell", "United States", "U.S. Secretary of State Colin Powell"),
        R("Omar el-Bashir", "Sudan", "President Omar el-Bashir of Sudan"),
        R("Benjamin Mkapa", "Tanzania", "other African heads of state, among them Benjamin Mkapa of Tanzania"),
        R("Paul Kagame", "Rwanda", "Paul Kagame of Rwanda"),
        R("Abdelaziz Bouteflika", "Algeria", "Abdelaziz Bouteflika, president of Algeria"),
    ],
})

# 09 -- scraped live page with three teasers ------------------------------------------------
ARTICLES.append({
    "slug": "09_iran-missile-strikes-iraq-live-2020",
    "articles": [
        "Iran fires missiles at US forces in Iraq – live updates",
        "Iraqi lawmakers vote to end foreign troop presence after Soleimani killing",
        "US strike at Baghdad airport kills Iran's Quds Force commander",
        "Militia supporters storm US embassy compound in Baghdad",
    ],
    "not_articles": [
        'We use cookies and similar technologies to personalise content and ads and to analyse our traffic. '
        'Choose "Accept all" to agree, or manage your settings at any time.',
        "Accept all",
        "Manage preferences",
        "Skip to main content",
        "Home | World | Middle East | US & Canada | Business | Opinion | Video",
        "World / Middle East",
        "LIVE",
        "By the World News live team",
        "Updated 18:42 GMT, Wednesday 8 January 2020",
        "Share on Facebook",
        "Share on Twitter",
        "Share via Email",
        "Copy link",
        "Iraqi security forces beside a helicopter at Ain al-Asad air base in Anbar province, in a file "
        "picture from December 2019. Photograph: Reuters",
        "Key events",
        "Show key events only",
        "Please turn on JavaScript to use this feature",
        "18:40 GMT", "16:35 GMT", "13:10 GMT", "11:55 GMT", "10:20 GMT", "09:05 GMT", "07:30 GMT",
        "04:15 GMT", "02:40 GMT", "01:50 GMT",
        "Load earlier updates",
        "Topics: Iran · Iraq · United States · Middle East",
        "Sign up for our Middle East briefing",
        "Get the day's top stories from the region in your inbox every weekday morning.",
        "Enter your email address",
        "Subscribe",
        "Comments (418)",
        "Comments on this live page are now closed.",
        "Related",
        "Middle East · 5 January 2020",
        "Middle East · 3 January 2020",
        "More from World",
        "Middle East · 31 December 2019",
        "Back to top",
        "About us | Contact | Terms of use | Privacy policy | Cookie settings",
        "© 2020 World News Network",
    ],
    "entities": [
        "Iran", "Iraq", "United States", "United Kingdom", "Ukraine", "Oman", "Syria", "NATO",
        "Islamic Revolutionary Guard Corps", "Quds Force", "Asaib Ahl al-Haq", "Islamic State",
        "Ukraine International Airlines", "US Department of Defense", "US Joint Chiefs of Staff",
        "US State Department", "Council of Representatives of Iraq", "Popular Mobilization Forces",
        "Kataib Hezbollah", "Twitter", "Charter of the United Nations", "Article 51 of the UN Charter",
        "Ain al-Asad Air Base", "Anbar province", "Erbil", "Imam Khomeini International Airport", "Kyiv",
        "Baghdad International Airport", "US embassy in Baghdad", "Kirkuk", "Middle East",
        "Qassem Soleimani", "Abu Mahdi al-Muhandis", "Donald Trump", "Mike Pence", "Mike Pompeo", "Mark Esper",
        "Mark Milley", "Boris Johnson", "Dominic Raab", "Jens Stoltenberg", "Ali Khamenei", "Qais al-Khazali",
        "Adel Abdul Mahdi", "Volodymyr Zelensky", "Mohammad Javad Zarif", "Morgan Ortagus",
    ],
    "facts": [
        # live page
        F("Iran", "struck", "Ain al-Asad Air Base", "2020-01-08",
          "Iran fired more than a dozen ballistic missiles at Ain al-Asad air base in Anbar province and at a base in Erbil early on Wednesday"),
        F("Iran", "struck", "Erbil", "2020-01-08",
          "Iran fired more than a dozen ballistic missiles at Ain al-Asad air base in Anbar province and at a base in Erbil early on Wednesday"),
        F("Islamic Revolutionary Guard Corps", "struck", "Ain al-Asad Air Base", "2020-01-08",
          "Iran's Islamic Revolutionary Guard Corps (IRGC) launched dozens of missiles at Ain al-Asad"),
        F("Iran", "invoked", "Article 51 of the UN Charter", "2020-01-08",
          "Iran invoked Article 51 of the UN Charter to justify the attack."),
        F("United States", "struck", "Baghdad International Airport", "2020-01-03",
          "who was killed in a US drone strike at Baghdad airport on Friday"),
        R("Mike Pence", "United States", "Vice President Mike Pence"),
        R("Mike Pompeo", "United States", "Secretary of State Mike Pompeo"),
        R("Mark Esper", "United States", "Defense Secretary Mark Esper"),
        R("Mark Milley", "US Joint Chiefs of Staff", "Gen. Mark Milley, chairman of the US Joint Chiefs of Staff"),
        R("Boris Johnson", "United Kingdom", "British Prime Minister Boris Johnson"),
        R("Dominic Raab", "United Kingdom", "Foreign Secretary Dominic Raab"),
        R("Jens Stoltenberg", "NATO", "NATO Secretary General Jens Stoltenberg"),
        R("Ali Khamenei", "Iran", "Iran's Supreme Leader Ayatollah Ali Khamenei"),
        R("Qais al-Khazali", "Asaib Ahl al-Haq",
          "Qais al-Khazali, leader of the Iran-backed Iraqi militia Asaib Ahl al-Haq"),
        R("Adel Abdul Mahdi", "Iraq", "caretaker Prime Minister Adel Abdul Mahdi"),
        R("Volodymyr Zelensky", "Ukraine", "Ukraine's President Volodymyr Zelensky"),
        R("Mohammad Javad Zarif", "Iran", "Foreign Minister Mohammad Javad Zarif wrote on Twitter that his country"),
        R("Donald Trump", "United States", "Donald Trump said Iran \"appears to be standing down\""),
        R("Qassem Soleimani", "Quds Force", "Soleimani, the commander of its Quds Force"),
        # teaser: Iraqi parliament vote
        R("Morgan Ortagus", "US State Department", "State Department spokeswoman Morgan Ortagus"),
        # teaser: Soleimani killed
        F("United States", "struck", "Baghdad International Airport", "2020-01-03",
          "A US drone strike on a convoy at Baghdad International Airport early on Friday"),
        R("Qassem Soleimani", "Quds Force",
          "Major General Qassem Soleimani, head of the Quds Force of Iran's Revolutionary Guards"),
        R("Abu Mahdi al-Muhandis", "Popular Mobilization Forces",
          "Abu Mahdi al-Muhandis, deputy chief of Iraq's Popular Mobilization Forces"),
        R("Ali Khamenei", "Iran", "Supreme Leader Ali Khamenei vowed"),
        # teaser: embassy stormed
        F("Kataib Hezbollah", "attacked", "US embassy in Baghdad", "2019-12-31",
          "Members and supporters of Kataib Hezbollah, an Iran-backed Iraqi militia, stormed the US embassy compound in Baghdad on Tuesday"),
        F("United States", "struck", "Kataib Hezbollah", "2019-12-29",
          "two days after US F-15 jets struck five of the group's facilities in Iraq and Syria"),
        F("Kataib Hezbollah", "struck", "Kirkuk", "2019-12-27",
          "Washington blamed the militia for a rocket attack near Kirkuk on Friday that killed an American civilian contractor",
          alleged=True),
        F("Iran", "attacked", "US embassy in Baghdad", "2019-12-31",
          "President Donald Trump accused Iran of \"orchestrating an attack\" on the embassy", alleged=True),
        R("Donald Trump", "United States", "President Donald Trump accused Iran"),
    ],
})

# 10 -- scraped article page with three teasers ---------------------------------------------
ARTICLES.append({
    "slug": "10_india-china-moscow-talks-2020",
    "articles": [
        "India and China agree five-point plan to cool border standoff after ministers meet in Moscow",
        "Rajnath Singh meets Chinese counterpart Wei Fenghe in Moscow",
        "EU gives Britain until end of month to drop Brexit bill clauses",
        "Macron back in Beirut, presses Lebanese leaders to form government quickly",
    ],
    "not_articles": [
        "This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more",
        "OK, got it",
        "Menu",
        "Search",
        "Sign in",
        "World | Asia | India | China | Business | Tech | Opinion",
        "Asia",
        "By Asia desk",
        "Published 11 September 2020, 09:14 IST",
        "Share",
        "Tweet",
        "WhatsApp",
        "Email",
        "Indian soldiers at a checkpoint on a road leading to Ladakh, in a picture taken in June. "
        "Photograph: agency handout",
        "Tags: India · China · Ladakh · Diplomacy",
        "Newsletter",
        "The Asia Briefing: our correspondents on the stories that matter, every morning.",
        "Your email",
        "Sign up",
        "Comments",
        "Be the first to comment. Comments are moderated and may take some time to appear.",
        "More from World",
        "4 September 2020",
        "10 September 2020",
        "1 September 2020",
        "About | Advertise | Careers | Privacy | Terms",
        "© 2020 Asia Desk Media Ltd. All rights reserved.",
    ],
    "entities": [
        "India", "China", "Russia", "United Kingdom", "European Union", "France", "Lebanon",
        "Shanghai Cooperation Organisation", "People's Liberation Army", "PLA Western Theater Command",
        "Chinese Foreign Ministry", "Indian Army", "European Commission",
        "1996 India-China border agreement", "India-China disengagement consensus", "Brexit Withdrawal Agreement",
        "Ladakh", "Galwan Valley", "Pangong Tso", "Line of Actual Control", "Northern Ireland", "Beirut",
        "Subrahmanyam Jaishankar", "Wang Yi", "Sergei Lavrov", "Zhang Shuili", "Zhao Lijian", "Rajnath Singh",
        "Wei Fenghe", "Maros Sefcovic", "Michael Gove", "Brandon Lewis", "Emmanuel Macron", "Michel Aoun",
        "Mustapha Adib",
    ],
    "facts": [
        # main article
        F("Subrahmanyam Jaishankar", "met_with", "Wang Yi", "2020-09-10",
          "External Affairs Minister Subrahmanyam Jaishankar and Chinese State Councillor and Foreign Minister Wang Yi met late on Thursday on the sidelines of a meeting of Shanghai Cooperation Organisation (SCO) foreign ministers"),
        F("Sergei Lavrov", "met_with", "Subrahmanyam Jaishankar", "2020-09-10",
          "both ministers attended the SCO session and a Russia-India-China lunch hosted by Russian Foreign Minister Sergei Lavrov"),
        F("Sergei Lavrov", "met_with", "Wang Yi", "2020-09-10",
          "both ministers attended the SCO session and a Russia-India-China lunch hosted by Russian Foreign Minister Sergei Lavrov"),
        F("China", "attacked", "India", "2020-06-15",
          "Jaishankar accused China of \"pre-meditated and planned action\" that was directly responsible for the violence",
          alleged=True),
        F("People's Liberation Army", "violated", "India-China disengagement consensus", "2020-08",
          "troops of the People's Liberation Army (PLA) had violated the consensus reached in earlier military and diplomatic talks",
          alleged=True),
        F("India", "violated", "1996 India-China border agreement", "2020-09-07",
          "Each side accused the other of violating bilateral agreements, including a 1996 accord", alleged=True),
        F("China", "violated", "1996 India-China border agreement", "2020-09-07",
          "Each side accused the other of violating bilateral agreements, including a 1996 accord", alleged=True),
        R("Subrahmanyam Jaishankar", "India", "External Affairs Minister Subrahmanyam Jaishankar"),
        R("Wang Yi", "China", "Chinese State Councillor and Foreign Minister Wang Yi"),
        R("Sergei Lavrov", "Russia", "Russian Foreign Minister Sergei Lavrov"),
        R("Zhao Lijian", "Chinese Foreign Ministry", "Chinese foreign ministry spokesman Zhao Lijian"),
        R("Zhang Shuili", "PLA Western Theater Command",
          "Senior Col. Zhang Shuili, a spokesman for the PLA's Western Theater Command"),
        # teaser: defence ministers
        F("Rajnath Singh", "met_with", "Wei Fenghe", "2020-09-04",
          "Indian Defence Minister Rajnath Singh met his Chinese counterpart, General Wei Fenghe, on Friday on the sidelines of a meeting of SCO defence ministers in Moscow"),
        R("Rajnath Singh", "India", "Indian Defence Minister Rajnath Singh"),
        R("Wei Fenghe", "China", "his Chinese counterpart, General Wei Fenghe"),
        # teaser: EU and UK
        F("Maros Sefcovic", "met_with", "Michael Gove", "2020-09-10",
          "European Commission Vice-President Maros Sefcovic met Michael Gove"),
        R("Maros Sefcovic", "European Commission", "European Commission Vice-President Maros Sefcovic"),
        R("Michael Gove", "United Kingdom", "Michael Gove, the British cabinet minister"),
        R("Brandon Lewis", "United Kingdom", "Northern Ireland Secretary Brandon Lewis"),
        # teaser: Macron in Beirut
        F("Emmanuel Macron", "met_with", "Michel Aoun", "2020-08-31",
          "French President Emmanuel Macron returned to Beirut for the second time since the port explosion and was greeted at the airport by President Michel Aoun"),
        R("Emmanuel Macron", "France", "French President Emmanuel Macron"),
        R("Michel Aoun", "Lebanon", "greeted at the airport by President Michel Aoun"),
    ],
})

# 11 -- negative control: sport, no political fact ------------------------------------------
ARTICLES.append({
    "slug": "11_australian-open-final-2023",
    "negative_control": True,
    "entities": [
        "Australia", "Spain", "Greece", "Associated Press", "ATP",
        "Melbourne", "Melbourne Park", "Rod Laver Arena", "Athens",
        "Novak Djokovic", "Stefanos Tsitsipas", "Rafael Nadal", "Carlos Alcaraz", "Goran Ivanisevic",
        "Serena Williams", "Steffi Graf", "Margaret Court",
    ],
    "facts": [],
})


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------

def entity_record(name):
    entry = REGISTRY[name]
    rec = {"name": name, "kind": entry[0], "aliases": list(entry[1])}
    if len(entry) > 2:
        rec["date"] = entry[2]
    return rec


def known_names(art):
    names = set()
    for n in art["entities"]:
        names.add(n)
        names.update(REGISTRY[n][1])
    return names


def build(write=True):
    problems = []
    for art in ARTICLES:
        slug = art["slug"]
        path = os.path.join(CORPUS, slug + ".txt")
        text = open(path, encoding="utf-8").read()
        lines = set(text.splitlines())
        for n in art["entities"]:
            if n not in REGISTRY:
                problems.append(f"{slug}: entity {n!r} is not in the registry")
        names = known_names(art)
        for i, fact in enumerate(art["facts"], 1):
            if fact["evidence"] not in text:
                problems.append(f"{slug}: fact {i} evidence not found verbatim: {fact['evidence']!r}")
            for role in ("subject", "object"):
                if fact[role] not in names:
                    problems.append(f"{slug}: fact {i} {role} {fact[role]!r} is not an entity of this article")
        for key in ("articles", "not_articles"):
            for s in art.get(key, []):
                if s not in lines:
                    problems.append(f"{slug}: {key} string is not a line of the page: {s!r}")
        if not write:
            continue
        ents = {"source": f"corpus/{slug}.txt"}
        if "articles" in art:
            ents["articles"] = art["articles"]
            ents["not_articles"] = art["not_articles"]
        ents["entities"] = [entity_record(n) for n in art["entities"]]
        with open(os.path.join(GOLD, slug + ".entities.json"), "w", encoding="utf-8") as f:
            json.dump(ents, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(GOLD, slug + ".facts.jsonl"), "w", encoding="utf-8") as f:
            for fact in art["facts"]:
                f.write(json.dumps(fact, ensure_ascii=False) + "\n")
    return problems


def main(argv):
    os.makedirs(GOLD, exist_ok=True)
    problems = build(write="--check-only" not in argv)
    nfacts = sum(len(a["facts"]) for a in ARTICLES)
    nents = sum(len(a["entities"]) for a in ARTICLES)
    for p in problems:
        print("MISSING", p)
    print(f"{len(ARTICLES)} articles, {nfacts} facts, {nents} entity records; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
