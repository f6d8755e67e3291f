#!/usr/bin/env python3
"""Writes gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl for the blind5 set.
The annotations are hand-made; this file only keeps them in one place and serialises them."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from gold_common import E, P, F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = {}

# ---------------------------------------------------------------- 01
CF = "Colombia-ELN bilateral ceasefire"
FARC_DEAL = "Colombia-FARC peace agreement"
med01 = "The talks are mediated by six guarantor countries — Cuba, Norway, Venezuela, Mexico, Brazil and Chile —"
GOLD["01_colombia-eln-ceasefire-havana"] = dict(
 entities=E("Cuba", "Norway", "Germany", "Spain", "Switzerland", "United Nations", "UN Security Council", "Antonio Guterres", extra=[
  P("Colombia", "State", ["Colombian", "Colombian government", "Colombia's government"]),
  P("Venezuela", "State", ["Venezuelan"]),
  P("Mexico", "State", ["Mexican"]),
  P("Brazil", "State", ["Brazilian"]),
  P("Chile", "State", ["Chilean"]),
  P("Sweden", "State", ["Swedish"]),
  P("National Liberation Army", "Organization", ["ELN", "Ejército de Liberación Nacional", "ELN rebels"]),
  P("Revolutionary Armed Forces of Colombia", "Organization", ["FARC", "FARC rebels"]),
  P("UN Verification Mission in Colombia", "Organization", ["UN mission in Colombia", "United Nations Verification Mission in Colombia"]),
  P("Catholic Church", "Organization", ["Roman Catholic Church"]),
  P("M-19", "Organization", ["M-19 guerrilla movement", "19th of April Movement"]),
  P("Truth Commission of Colombia", "Organization", ["Colombia's truth commission", "Commission for the Clarification of Truth"]),
  P(CF, "Agreement", ["bilateral ceasefire", "six-month bilateral ceasefire", "six-month ceasefire", "Colombia-ELN ceasefire agreement"], "2023-06-09"),
  P(FARC_DEAL, "Agreement", ["2016 accord", "2016 peace accord", "Colombia-FARC peace accord"], "2016-09-26"),
  P("Gustavo Petro", "Person", ["Petro", "President Gustavo Petro"]),
  P("Antonio García", "Person", ["García", "Antonio Garcia", "Garcia"]),
  P("Miguel Díaz-Canel", "Person", ["Díaz-Canel", "Miguel Diaz-Canel", "Diaz-Canel"]),
  P("Otty Patiño", "Person", ["Patiño", "Otty Patino", "Patino"]),
  P("Pablo Beltrán", "Person", ["Beltrán", "Pablo Beltran", "Beltran"]),
  P("Carlos Ruiz Massieu", "Person", ["Ruiz Massieu"]),
  P("Iván Duque", "Person", ["Duque", "Ivan Duque"]),
  P("Havana", "Place", ["the Cuban capital"]),
  P("Bogota", "Place", ["Bogotá"]),
  P("Caracas", "Place", []),
  P("Mexico City", "Place", []),
  P("General Santander police academy", "Place", ["General Santander National Police Academy", "General Santander police cadet school"]),
  P("Catatumbo", "Place", ["Catatumbo region"]),
 ]),
 facts=[
  F("Colombia", "signed", CF, "The accord was signed by the government and rebel delegations at a ceremony in the Cuban capital", "2023-06-09"),
  F("National Liberation Army", "signed", CF, "The accord was signed by the government and rebel delegations at a ceremony in the Cuban capital", "2023-06-09"),
  F("Otty Patiño", "signed", CF, "It was put to paper by the heads of the two negotiating teams, Otty Patiño for the government and Pablo Beltrán for the ELN", "2023-06-09"),
  F("Pablo Beltrán", "signed", CF, "It was put to paper by the heads of the two negotiating teams, Otty Patiño for the government and Pablo Beltrán for the ELN", "2023-06-09"),
  F("Gustavo Petro", "met_with", "Antonio García", "President Gustavo Petro, who flew in on Thursday night for his first appearance at the negotiating table, shook hands with the ELN’s top commander, Antonio García", "2023-06-09"),
  F("Miguel Díaz-Canel", "met_with", "Gustavo Petro", "shook hands with the ELN’s top commander, Antonio García, as Cuban President Miguel Díaz-Canel stood between the two men", "2023-06-09"),
  F("Miguel Díaz-Canel", "met_with", "Antonio García", "shook hands with the ELN’s top commander, Antonio García, as Cuban President Miguel Díaz-Canel stood between the two men", "2023-06-09"),
 ] + [F(c, "mediated", CF, med01, "2023") for c in ["Cuba", "Norway", "Venezuela", "Mexico", "Brazil", "Chile"]] + [
  F("Colombia", "signed", FARC_DEAL, "the 2016 accord that the state signed with the Revolutionary Armed Forces of Colombia (FARC)", "2016"),
  F("Revolutionary Armed Forces of Colombia", "signed", FARC_DEAL, "the 2016 accord that the state signed with the Revolutionary Armed Forces of Colombia (FARC)", "2016"),
  F("Carlos Ruiz Massieu", "led", "UN Verification Mission in Colombia", "The UN mission in Colombia, which is headed by Carlos Ruiz Massieu"),
  F("National Liberation Army", "struck", "General Santander police academy", "the ELN’s car bombing of the General Santander police academy in Bogota", "2019-01"),
  F("National Liberation Army", "attacked", "Catatumbo", "nine soldiers were killed in an ELN attack in the northeastern Catatumbo region in March", "2023-03"),
  F("Gustavo Petro", "represents", "Colombia", "President Gustavo Petro"),
  F("Antonio García", "represents", "National Liberation Army", "the ELN’s top commander, Antonio García"),
  F("Miguel Díaz-Canel", "represents", "Cuba", "Cuban President Miguel Díaz-Canel"),
  F("Otty Patiño", "represents", "Colombia", "Otty Patiño for the government"),
  F("Pablo Beltrán", "represents", "National Liberation Army", "Pablo Beltrán for the ELN"),
  F("Carlos Ruiz Massieu", "represents", "UN Verification Mission in Colombia", "The UN mission in Colombia, which is headed by Carlos Ruiz Massieu"),
  F("Antonio Guterres", "represents", "United Nations", "Secretary-General António Guterres congratulated both parties"),
 ])

# ---------------------------------------------------------------- 02
MDT = "Mutual Defense Treaty"
GOLD["02_second-thomas-shoal-water-cannon"] = dict(
 entities=E("China", "United States", "US State Department", "Matthew Miller", "Antony Blinken", extra=[
  P("Philippines", "State", ["Philippine", "Filipino", "Filipinos", "Manila", "Republic of the Philippines"]),
  P("China Coast Guard", "Organization", ["Chinese coast guard", "CCG", "China's coast guard"]),
  P("Philippine Coast Guard", "Organization", ["PCG"]),
  P("Armed Forces of the Philippines", "Organization", ["Philippine military", "Philippine armed forces"]),
  P("Philippine Navy", "Organization", []),
  P("Chinese maritime militia", "Organization", ["maritime militia", "China's maritime militia"]),
  P("National Task Force for the West Philippine Sea", "Organization", ["NTF-WPS"]),
  P("Permanent Court of Arbitration", "Organization", []),
  P(MDT, "Agreement", ["1951 Mutual Defense Treaty", "US-Philippines Mutual Defense Treaty", "MDT", "Mutual Defence Treaty", "defence treaty"], "1951-08-30"),
  P("Jay Tarriela", "Person", ["Tarriela"]),
  P("Gan Yu", "Person", []),
  P("Ferdinand Marcos Jr.", "Person", ["Marcos", "Ferdinand Marcos", "Bongbong Marcos", "President Ferdinand Marcos Jr."]),
  P("Enrique Manalo", "Person", ["Manalo"]),
  P("Second Thomas Shoal", "Place", ["Ren'ai Jiao", "Ayungin Shoal", "Ren'ai Reef"]),
  P("South China Sea", "Place", []),
  P("BRP Sierra Madre", "Place", ["Sierra Madre"]),
  P("Unaizah May 4", "Place", ["UM4"]),
  P("BRP Cabra", "Place", ["Cabra"]),
  P("Palawan", "Place", []),
  P("Spratly Islands", "Place", ["Spratlys"]),
  P("The Hague", "Place", []),
 ]),
 facts=[
  F("China Coast Guard", "attacked", "Unaizah May 4", "China Coast Guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal", "2024-03-23"),
  F("China Coast Guard", "attacked", "Unaizah May 4", "On March 5, Chinese coast guard vessels hit it with water cannon that shattered its windscreen", "2024-03-05"),
  F("United States", "signed", MDT, "The pact, which the United States and the Philippines signed in August 1951", "1951-08"),
  F("Philippines", "signed", MDT, "The pact, which the United States and the Philippines signed in August 1951", "1951-08"),
  F("Antony Blinken", "met_with", "Ferdinand Marcos Jr.", "Secretary of State Antony Blinken visited Manila, where he held talks with Marcos and with Foreign Secretary Enrique Manalo", "2024-03"),
  F("Antony Blinken", "met_with", "Enrique Manalo", "Secretary of State Antony Blinken visited Manila, where he held talks with Marcos and with Foreign Secretary Enrique Manalo", "2024-03"),
  F("Jay Tarriela", "represents", "Philippine Coast Guard", "Jay Tarriela, a Philippine Coast Guard spokesman"),
  F("Gan Yu", "represents", "China Coast Guard", "Gan Yu, a spokesman for the China Coast Guard"),
  F("Ferdinand Marcos Jr.", "represents", "Philippines", "President Ferdinand Marcos Jr. said at the time"),
  F("Matthew Miller", "represents", "US State Department", "Matthew Miller, a spokesman for the US State Department"),
  F("Antony Blinken", "represents", "United States", "Secretary of State Antony Blinken visited Manila"),
  F("Enrique Manalo", "represents", "Philippines", "Foreign Secretary Enrique Manalo"),
 ])

# ---------------------------------------------------------------- 03
MOU = "Ethiopia-Somaliland memorandum of understanding"
GOLD["03_ethiopia-somaliland-sea-access-mou"] = dict(
 entities=E("Egypt", "United States", "United Kingdom", "United Nations", "European Union", "African Union", "US State Department", "Matthew Miller", "al-Qaeda", "Red Sea", extra=[
  P("Somalia", "State", ["Somali", "Somalis", "Mogadishu", "Federal Republic of Somalia", "Somali government"]),
  P("Ethiopia", "State", ["Ethiopian", "Addis Ababa", "Ethiopian government", "Federal Democratic Republic of Ethiopia"]),
  P("Somaliland", "State", ["Republic of Somaliland", "Hargeisa"]),
  P("Djibouti", "State", ["Djiboutian"]),
  P("Eritrea", "State", ["Eritrean"]),
  P("Cabinet of Somalia", "Organization", ["Somali cabinet"]),
  P("Arab League", "Organization", ["League of Arab States"]),
  P("Intergovernmental Authority on Development", "Organization", ["IGAD"]),
  P("al-Shabaab", "Organization", ["al Shabaab", "Al-Shabaab", "al-Shabab"]),
  P("African Union Transition Mission in Somalia", "Organization", ["ATMIS"]),
  P("DP World", "Organization", []),
  P(MOU, "Agreement", ["memorandum of understanding", "MoU", "MOU", "Ethiopia-Somaliland MoU", "sea access pact", "Somaliland port deal"], "2024-01-01"),
  P("Hassan Sheikh Mohamud", "Person", ["Hassan Sheikh", "Mohamud", "President Hassan Sheikh Mohamud"]),
  P("Abiy Ahmed", "Person", ["Abiy", "Prime Minister Abiy Ahmed", "Abiy Ahmed Ali"]),
  P("Muse Bihi Abdi", "Person", ["Bihi", "Muse Bihi", "Musa Bihi Abdi"]),
  P("Redwan Hussein", "Person", ["Redwan", "Redwan Hussien"]),
  P("Ismail Omar Guelleh", "Person", ["Guelleh", "Ismaïl Omar Guelleh"]),
  P("Moussa Faki Mahamat", "Person", ["Moussa Faki", "Faki"]),
  P("Gulf of Aden", "Place", []),
  P("Horn of Africa", "Place", []),
  P("Blue Nile", "Place", []),
  P("Berbera", "Place", ["port of Berbera"]),
  P("Dubai", "Place", []),
 ]),
 facts=[
  F("Ethiopia", "signed", MOU, "Ethiopia and Somaliland signed the memorandum on Monday in Addis Ababa.", "2024-01-01"),
  F("Somaliland", "signed", MOU, "Ethiopia and Somaliland signed the memorandum on Monday in Addis Ababa.", "2024-01-01"),
  F("Abiy Ahmed", "signed", MOU, "The document, put to paper by Ethiopian Prime Minister Abiy Ahmed and Somaliland's president, Muse Bihi Abdi", "2024-01-01"),
  F("Muse Bihi Abdi", "signed", MOU, "The document, put to paper by Ethiopian Prime Minister Abiy Ahmed and Somaliland's president, Muse Bihi Abdi", "2024-01-01"),
  F("Hassan Sheikh Mohamud", "met_with", "Muse Bihi Abdi", "Hassan Sheikh and Bihi had met in Djibouti for their first talks in years", "2023-12"),
  F("Hassan Sheikh Mohamud", "represents", "Somalia", "President Hassan Sheikh Mohamud approved the legislation"),
  F("Abiy Ahmed", "represents", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed"),
  F("Muse Bihi Abdi", "represents", "Somaliland", "Somaliland's president, Muse Bihi Abdi"),
  F("Redwan Hussein", "represents", "Ethiopia", "Abiy's national security adviser, Redwan Hussein"),
  F("Ismail Omar Guelleh", "represents", "Djibouti", "met in Djibouti for their first talks in years, hosted by President Ismail Omar Guelleh"),
  F("Moussa Faki Mahamat", "represents", "African Union", "Moussa Faki Mahamat, chairperson of the African Union Commission"),
  F("Matthew Miller", "represents", "US State Department", "Matthew Miller, a State Department spokesman"),
 ])

# ---------------------------------------------------------------- 04
LC = "Israel-Hezbollah ceasefire agreement"
GOLD["04_israel-hezbollah-ceasefire"] = dict(
 entities=E("Israel", "United States", "France", "Iran", "Hamas", "UN Security Council", "Benjamin Netanyahu", "Joe Biden", "Emmanuel Macron", "Gaza Strip", extra=[
  P("Lebanon", "State", ["Lebanese", "Lebanese government"]),
  P("Hezbollah", "Organization", ["Hizbollah", "Hizballah", "Hizbullah"]),
  P("Israel Defense Forces", "Organization", ["Israeli military", "IDF", "Israeli army"]),
  P("Lebanese Armed Forces", "Organization", ["Lebanese army", "Lebanon's army"]),
  P("Israeli security cabinet", "Organization", ["Israel's security cabinet"]),
  P("Parliament of Lebanon", "Organization", ["Lebanese parliament", "Lebanon's parliament"]),
  P("Lebanese Health Ministry", "Organization", ["Lebanon's health ministry"]),
  P(LC, "Agreement", ["Israel-Hezbollah ceasefire", "Israel-Hezbollah truce", "Hezbollah truce", "Lebanon ceasefire", "Israel-Lebanon ceasefire"], "2024-11-27"),
  P("UN Security Council Resolution 1701", "Agreement", ["Resolution 1701", "UNSCR 1701"], "2006-08-11"),
  P("Amos Hochstein", "Person", ["Hochstein"]),
  P("Nabih Berri", "Person", ["Berri"]),
  P("Najib Mikati", "Person", ["Mikati"]),
  P("Hassan Nasrallah", "Person", ["Nasrallah"]),
  P("Naim Qassem", "Person", ["Qassem", "Naim Kassem"]),
  P("South Lebanon", "Place", ["southern Lebanon"]),
  P("Beirut", "Place", []),
  P("Dahiyeh", "Place", ["Beirut's southern suburbs", "southern suburbs", "Dahieh"]),
  P("Litani River", "Place", ["Litani"]),
  P("Jerusalem", "Place", []),
  P("Rose Garden", "Place", ["White House Rose Garden"]),
 ]),
 facts=[
  F("Israel", "struck", "South Lebanon", "Israeli aircraft struck a facility in southern Lebanon on Thursday", "2024-11-28"),
  F("Israeli security cabinet", "ratified", LC, "Israel’s security cabinet approved the agreement by 10 votes to one.", "2024-11-26"),
  F("Hezbollah", "violated", LC, "The Israeli military said it had detected “terrorist activity” at the site, which it described as a violation of the agreement.", "2024-11-28", alleged=True),
  F("Israel", "violated", LC, "Lebanon’s army, for its part, said Israel had violated the ceasefire several times on Wednesday and Thursday", "2024-11", alleged=True),
  F("United States", "mediated", LC, "was brokered by the United States and France", "2024-11"),
  F("France", "mediated", LC, "was brokered by the United States and France", "2024-11"),
  F("Amos Hochstein", "mediated", LC, "was brokered by the United States and France after weeks of shuttle diplomacy by Amos Hochstein, the White House envoy", "2024-11"),
  F("Amos Hochstein", "met_with", "Nabih Berri", "who held talks with Lebanese parliament speaker Nabih Berri in Beirut and with Israeli Prime Minister Benjamin Netanyahu in Jerusalem last week", "2024-11"),
  F("Amos Hochstein", "met_with", "Benjamin Netanyahu", "who held talks with Lebanese parliament speaker Nabih Berri in Beirut and with Israeli Prime Minister Benjamin Netanyahu in Jerusalem last week", "2024-11"),
  F("Hezbollah", "attacked", "Israel", "when Hezbollah opened fire on northern Israel", "2023-10-08"),
  F("Hamas", "attacked", "Israel", "the Palestinian group’s attack on southern Israel", "2023-10-07"),
  F("Israel", "struck", "Dahiyeh", "in an air strike on Beirut’s southern suburbs, known as Dahiyeh", "2024-09"),
  F("Israel", "attacked", "Lebanon", "Israel then launched a ground invasion of Lebanon on Oct. 1.", "2024-10-01"),
  F("Israel", "struck", "Beirut", "Israeli jets pounded Beirut, hitting the southern suburbs as well as buildings in the centre of the capital", "2024-11-26"),
  F("Israel", "struck", "Dahiyeh", "Israeli jets pounded Beirut, hitting the southern suburbs", "2024-11-26"),
  F("Hassan Nasrallah", "led", "Hezbollah", "Hassan Nasrallah, who had led the group since 1992", "1992"),
  F("Hassan Nasrallah", "represents", "Hezbollah", "Hezbollah’s longtime leader, Hassan Nasrallah"),
  F("Amos Hochstein", "represents", "United States", "Amos Hochstein, the White House envoy"),
  F("Nabih Berri", "represents", "Parliament of Lebanon", "Lebanese parliament speaker Nabih Berri"),
  F("Nabih Berri", "represents", "Hezbollah", "Berri, a close Hezbollah ally, negotiated on the group’s behalf"),
  F("Benjamin Netanyahu", "represents", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
  F("Joe Biden", "represents", "United States", "US President Joe Biden"),
  F("Emmanuel Macron", "represents", "France", "French President Emmanuel Macron"),
  F("Najib Mikati", "represents", "Lebanon", "Najib Mikati, Lebanon’s caretaker prime minister"),
  F("Naim Qassem", "represents", "Hezbollah", "its secretary-general, Naim Qassem"),
 ])

# ---------------------------------------------------------------- 05
CNSP = "National Council for the Safeguard of the Homeland"
PG = "Presidential Guard of Niger"
d01 = "flew to Niamey on July 30 and held talks with Bazoum, with Tiani and with former president Mahamadou Issoufou"
GOLD["05_niger-coup-ecowas-standby-force"] = dict(
 entities=E("France", "United States", "al-Qaeda", "Islamic State", extra=[
  P("Niger", "State", ["Nigerien", "Republic of Niger"]),
  P("Nigeria", "State", ["Nigerian"]),
  P("Chad", "State", ["Chadian"]),
  P("Mali", "State", ["Malian"]),
  P("Burkina Faso", "State", ["Burkinabe"]),
  P("Algeria", "State", ["Algerian"]),
  P("ECOWAS", "Organization", ["Economic Community of West African States", "ECOWAS Commission", "the bloc"]),
  P(CNSP, "Organization", ["CNSP", "the junta", "junta", "National Council for Safeguarding the Homeland"]),
  P(PG, "Organization", ["presidential guard", "Niger's presidential guard"]),
  P("ECOWAS Standby Force", "Organization", ["standby force", "regional standby force"]),
  P("Mohamed Bazoum", "Person", ["Bazoum", "President Mohamed Bazoum"]),
  P("Omar Alieu Touray", "Person", ["Touray"]),
  P("Bola Tinubu", "Person", ["Tinubu", "Bola Ahmed Tinubu"]),
  P("Abdourahamane Tiani", "Person", ["Tiani", "Abdourahamane Tchiani", "Tchiani", "General Abdourahamane Tiani"]),
  P("Mahamat Idriss Deby", "Person", ["Deby", "Déby", "Mahamat Idriss Déby", "Mahamat Idriss Deby Itno"]),
  P("Mahamadou Issoufou", "Person", ["Issoufou"]),
  P("Abdulsalami Abubakar", "Person", ["Abubakar"]),
  P("Victoria Nuland", "Person", ["Nuland"]),
  P("Moussa Salaou Barmou", "Person", ["Barmou"]),
  P("Abuja", "Place", ["the Nigerian capital"]),
  P("Niamey", "Place", []),
  P("Sahel", "Place", []),
  P("Agadez", "Place", []),
 ]),
 facts=[
  F("ECOWAS", "sanctioned", "Niger", "The 15-nation bloc imposed sweeping sanctions on Niger at an earlier summit on July 30", "2023-07-30"),
  F("Mahamat Idriss Deby", "met_with", "Mohamed Bazoum", d01, "2023-07-30"),
  F("Mahamat Idriss Deby", "met_with", "Abdourahamane Tiani", d01, "2023-07-30"),
  F("Mahamat Idriss Deby", "met_with", "Mahamadou Issoufou", d01, "2023-07-30"),
  F("Victoria Nuland", "met_with", "Moussa Salaou Barmou", "acting US Deputy Secretary of State Victoria Nuland spent more than two hours with Brigadier General Moussa Salaou Barmou", "2023-08-07"),
  F("Abdourahamane Tiani", "led", PG, "who has commanded the presidential guard since 2011", "2011"),
  F("Abdourahamane Tiani", "represents", PG, "General Abdourahamane Tiani, who has commanded the presidential guard since 2011"),
  F("Abdourahamane Tiani", "represents", CNSP, "declared himself leader of the junta, which calls itself the National Council for the Safeguard of the Homeland (CNSP)"),
  F("Omar Alieu Touray", "represents", "ECOWAS", "Omar Alieu Touray, president of the ECOWAS Commission"),
  F("Bola Tinubu", "represents", "Nigeria", "Nigerian President Bola Tinubu"),
  F("Bola Tinubu", "represents", "ECOWAS", "Nigerian President Bola Tinubu, the bloc's current chairman"),
  F("Mohamed Bazoum", "represents", "Niger", "soldiers toppled President Mohamed Bazoum"),
  F("Mahamat Idriss Deby", "represents", "Chad", "Chad's President Mahamat Idriss Deby"),
  F("Abdulsalami Abubakar", "represents", "ECOWAS", "An ECOWAS delegation led by Nigeria's former military ruler Abdulsalami Abubakar"),
  F("Victoria Nuland", "represents", "United States", "acting US Deputy Secretary of State Victoria Nuland"),
  F("Moussa Salaou Barmou", "represents", CNSP, "Brigadier General Moussa Salaou Barmou, the junta's self-proclaimed chief of defence staff"),
 ])

# ---------------------------------------------------------------- 06
TCSP = "Treaty on Comprehensive Strategic Partnership"
T61 = "1961 Treaty of Friendship, Cooperation and Mutual Assistance"
UNSCR = "UN Security Council resolutions on North Korea"
GOLD["06_russia-north-korea-partnership-treaty"] = dict(
 entities=E("Russia", "North Korea", "South Korea", "United States", "Ukraine", "Japan", "Soviet Union", "United Nations", "UN Security Council", "NATO", "Vladimir Putin", "Kim Jong Un", "Sergei Lavrov", extra=[
  P("Vietnam", "State", ["Vietnamese"]),
  P("Korean Central News Agency", "Organization", ["KCNA", "KCNA news agency"]),
  P("UN Panel of Experts on North Korea", "Organization", ["UN panel of experts", "panel of experts"]),
  P(TCSP, "Agreement", ["Comprehensive Strategic Partnership Treaty", "Russia-North Korea treaty", "mutual defence pact", "comprehensive strategic partnership"], "2024-06-19"),
  P(T61, "Agreement", ["1961 treaty of friendship and mutual assistance", "1961 treaty", "Treaty of Friendship and Mutual Assistance"], "1961"),
  P("UN Charter", "Agreement", ["Charter of the United Nations", "United Nations Charter"], "1945"),
  P(UNSCR, "Agreement", ["UN Security Council resolutions", "UN sanctions resolutions"]),
  P("Yuri Ushakov", "Person", ["Ushakov", "Yury Ushakov"]),
  P("Andrei Belousov", "Person", ["Belousov", "Andrey Belousov"]),
  P("Chang Ho-jin", "Person", ["Chang"]),
  P("Jens Stoltenberg", "Person", ["Stoltenberg"]),
  P("Kumsusan guesthouse", "Place", ["Kumsusan"]),
  P("Kim Il Sung Square", "Place", []),
  P("Vostochny cosmodrome", "Place", ["Vostochny", "Vostochny Cosmodrome"]),
  P("Kharkiv", "Place", []),
  P("Korean Peninsula", "Place", ["Korean peninsula"]),
 ]),
 facts=[
  F("Vladimir Putin", "signed", TCSP, "under a treaty signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang", "2024-06-19"),
  F("Kim Jong Un", "signed", TCSP, "under a treaty signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang", "2024-06-19"),
  F("Russia", "signed", TCSP, "The Treaty on Comprehensive Strategic Partnership, which the two countries signed on Wednesday", "2024-06-19"),
  F("North Korea", "signed", TCSP, "The Treaty on Comprehensive Strategic Partnership, which the two countries signed on Wednesday", "2024-06-19"),
  F("Vladimir Putin", "met_with", "Kim Jong Un", "Putin, who landed in the early hours of Wednesday and was greeted on the tarmac by Kim", "2024-06-19"),
  F("Vladimir Putin", "met_with", "Kim Jong Un", "Their last summit, in September, took place at the Vostochny cosmodrome in Russia’s Far East.", "2023-09"),
  F("North Korea", "signed", T61, "the 1961 treaty of friendship and mutual assistance that Pyongyang signed with the Soviet Union", "1961"),
  F("Soviet Union", "signed", T61, "the 1961 treaty of friendship and mutual assistance that Pyongyang signed with the Soviet Union", "1961"),
  F("North Korea", "violated", UNSCR, "accuse North Korea of shipping millions of artillery shells and dozens of ballistic missiles to Russia in breach of UN Security Council resolutions", "", alleged=True),
  F("Russia", "struck", "Kharkiv", "Ukrainian prosecutors say Russian forces have fired North Korean-made ballistic missiles at the city of Kharkiv", "2024-01", alleged=True),
  F("Russia", "attacked", "Ukraine", "the war it launched against Ukraine in February 2022", "2022-02"),
  F("Vladimir Putin", "represents", "Russia", "Russian President Vladimir Putin"),
  F("Kim Jong Un", "represents", "North Korea", "North Korean leader Kim Jong Un"),
  F("Yuri Ushakov", "represents", "Russia", "Yuri Ushakov, a Kremlin foreign policy aide"),
  F("Sergei Lavrov", "represents", "Russia", "Foreign Minister Sergei Lavrov"),
  F("Andrei Belousov", "represents", "Russia", "Defence Minister Andrei Belousov"),
  F("Chang Ho-jin", "represents", "South Korea", "Chang Ho-jin, South Korea’s national security adviser"),
  F("Jens Stoltenberg", "represents", "NATO", "NATO Secretary General Jens Stoltenberg"),
 ])

# ---------------------------------------------------------------- 07
GOLD["07_trump-putin-anchorage-summit"] = dict(
 entities=E("United States", "Russia", "Ukraine", "Soviet Union", "Donald Trump", "Vladimir Putin", "Sergei Lavrov", "Steve Witkoff", "Crimea", "New York", extra=[
  P("International Criminal Court", "Organization", ["ICC"]),
  P("UN General Assembly", "Organization", ["United Nations General Assembly"]),
  P("Fox News", "Organization", []),
  P("Marco Rubio", "Person", ["Rubio"]),
  P("Volodymyr Zelenskyy", "Person", ["Zelenskyy", "Zelensky", "Volodymyr Zelensky"]),
  P("Anchorage", "Place", []),
  P("Alaska", "Place", []),
  P("Joint Base Elmendorf-Richardson", "Place", ["Elmendorf-Richardson", "JBER"]),
  P("Helsinki", "Place", []),
  P("Donetsk region", "Place", ["Donetsk", "Donetsk Oblast"]),
 ]),
 facts=[
  F("Donald Trump", "met_with", "Vladimir Putin", "US President Donald Trump and Russian President Vladimir Putin met for nearly three hours at a military base in Alaska on Friday", "2025-08-15"),
  F("Donald Trump", "met_with", "Vladimir Putin", "since they met in Helsinki in 2018", "2018"),
  F("Steve Witkoff", "met_with", "Vladimir Putin", "special envoy Steve Witkoff, who has met Putin several times in Russia this year", "2025"),
  F("Russia", "attacked", "Ukraine", "Russia's full-scale invasion of Ukraine in February 2022", "2022-02"),
  F("Russia", "annexed", "Crimea", "Russia, which annexed Crimea in 2014", "2014"),
  F("Donald Trump", "represents", "United States", "US President Donald Trump"),
  F("Vladimir Putin", "represents", "Russia", "Russian President Vladimir Putin"),
  F("Sergei Lavrov", "represents", "Russia", "Foreign Minister Sergei Lavrov, part of the Russian delegation"),
  F("Marco Rubio", "represents", "United States", "Secretary of State Marco Rubio"),
  F("Steve Witkoff", "represents", "United States", "Secretary of State Marco Rubio and special envoy Steve Witkoff"),
  F("Volodymyr Zelenskyy", "represents", "Ukraine", "Ukrainian President Volodymyr Zelenskyy"),
 ])

# ---------------------------------------------------------------- 08
JCPOA = "Joint Comprehensive Plan of Action"
mus = "he and Witkoff spoke face to face for several minutes in Albusaidi’s presence"
GOLD["08_us-iran-talks-oman-mediation"] = dict(
 entities=E("Iran", "United States", "Italy", "Russia", "Israel", "China", "Donald Trump", "Steve Witkoff", "Sergei Lavrov", extra=[
  P("Oman", "State", ["Omani", "Sultanate of Oman", "Gulf sultanate"]),
  P("International Atomic Energy Agency", "Organization", ["IAEA"]),
  P("Iranian Foreign Ministry", "Organization", ["Iranian foreign ministry", "Iran's foreign ministry"]),
  P(JCPOA, "Agreement", ["JCPOA", "2015 nuclear deal", "Iran nuclear deal", "2015 accord", "2015 agreement"], "2015-07-14"),
  P("Abbas Araghchi", "Person", ["Araghchi", "Abbas Araqchi", "Araqchi", "Seyed Abbas Araghchi"]),
  P("Badr Albusaidi", "Person", ["Albusaidi", "Badr al-Busaidi", "al-Busaidi", "Badr bin Hamad Albusaidi"]),
  P("Antonio Tajani", "Person", ["Tajani"]),
  P("Esmaeil Baghaei", "Person", ["Baghaei", "Esmail Baghaei"]),
  P("Ali Khamenei", "Person", ["Khamenei", "Ayatollah Ali Khamenei", "Supreme Leader Ayatollah Ali Khamenei"]),
  P("Rafael Grossi", "Person", ["Grossi"]),
  P("Rome", "Place", []),
  P("Muscat", "Place", []),
  P("Camilluccia", "Place", []),
 ]),
 facts=[
  F("Oman", "mediated", "United States", "The roughly four-hour session, mediated like the first by Oman", "2025-04"),
  F("Oman", "mediated", "Iran", "The roughly four-hour session, mediated like the first by Oman", "2025-04"),
  F("Badr Albusaidi", "mediated", "United States", "The first round, a week earlier in Muscat, was mediated by Albusaidi", "2025-04"),
  F("Badr Albusaidi", "mediated", "Iran", "The first round, a week earlier in Muscat, was mediated by Albusaidi", "2025-04"),
  F("Abbas Araghchi", "met_with", "Steve Witkoff", mus, "2025-04-12"),
  F("Badr Albusaidi", "met_with", "Steve Witkoff", mus, "2025-04-12"),
  F("Abbas Araghchi", "met_with", "Badr Albusaidi", "Araghchi first met the Omani minister to hand over Tehran’s positions", "2025-04-12"),
  F("Abbas Araghchi", "met_with", "Rafael Grossi", "In Tehran on Wednesday he received Rafael Grossi", "2025-04-16"),
  F("Abbas Araghchi", "met_with", "Sergei Lavrov", "on Friday he held talks in Moscow with his Russian counterpart, Sergei Lavrov", "2025-04-18"),
  F("United States", "withdrew_from", JCPOA, "Trump pulled the United States out of it in 2018", "2018"),
  F("Iran", "violated", JCPOA, "Iran has since breached the deal’s limits"),
  F("United States", "sanctioned", "Iran", "imposing fresh sanctions on Iran’s oil trade this week", "2025-04"),
  F("United States", "sanctioned", "Iran", "Trump pulled the United States out of it in 2018, during his first term, and reimposed sweeping sanctions", "2018"),
  F("Israel", "struck", "Iran", "Israel, which struck Iranian air defences and missile production sites last October", "2024-10"),
  F("Abbas Araghchi", "represents", "Iran", "Iranian Foreign Minister Abbas Araghchi"),
  F("Steve Witkoff", "represents", "United States", "Steve Witkoff, President Donald Trump’s special envoy for the Middle East"),
  F("Donald Trump", "represents", "United States", "President Donald Trump’s special envoy"),
  F("Badr Albusaidi", "represents", "Oman", "Oman’s foreign minister, Badr Albusaidi"),
  F("Antonio Tajani", "represents", "Italy", "Italian Foreign Minister Antonio Tajani"),
  F("Esmaeil Baghaei", "represents", "Iranian Foreign Ministry", "Esmaeil Baghaei, the Iranian foreign ministry’s spokesman"),
  F("Ali Khamenei", "represents", "Iran", "Supreme Leader Ayatollah Ali Khamenei"),
  F("Rafael Grossi", "represents", "International Atomic Energy Agency", "Rafael Grossi, head of the International Atomic Energy Agency"),
  F("Sergei Lavrov", "represents", "Russia", "his Russian counterpart, Sergei Lavrov"),
 ])

# ---------------------------------------------------------------- 09
MDA = "1958 US-UK Mutual Defence Agreement"
m3 = "The three leaders met at Naval Base Point Loma on Monday"
GOLD["09_aukus-san-diego-submarine-plan"] = dict(
 articles=[
  "AUKUS leaders unveil nuclear submarine plan for Australia at San Diego naval base",
  "Yoon and Kishida vow fresh start at first Japan–South Korea summit in 12 years",
  "Credit Suisse to borrow up to 50bn francs from Swiss central bank after share rout",
  "Russian assault on Bakhmut grinds on as Ukraine vows to hold the city",
 ],
 not_articles=[
  "Skip to main content", "We value your privacy",
  "We and our 214 partners store and access information on your device, such as cookies, to personalise content and ads, measure performance and develop services. You can accept all, reject all or choose which purposes to allow.",
  "Accept all | Reject all | Manage options", "THE TASMAN LEDGER", "Menu", "World", "Australia", "Asia-Pacific", "Business", "Opinion", "Sport", "Podcasts", "Search",
  "Subscribe from $1", "Sign in", "World / Defence / AUKUS", "By Harriet Cole in San Diego",
  "Updated 14 March 2023 — 1.47pm AEDT", "First published 14 March 2023 — 9.12am AEDT",
  "Share on Facebook", "Share on X", "Share via WhatsApp", "Email this article", "Copy link", "Gift this article", "8 min read", "Listen to this article · 9:41",
  "Advertisement", "Read more: What the Virginia-class purchase means for Australia’s shipyards",
  "Topics", "AUKUS", "Defence", "Anthony Albanese", "Joe Biden", "China", "Comments (214)", "Show comments", "Related",
  "4 hours ago", "Yesterday", "15 Mar 2023",
  "Sign up for the Morning Edition newsletter", "Get our top stories in your inbox every weekday morning.", "Sign up",
  "© 2023 Tasman Ledger Pty Ltd", "About us", "Contact", "Terms of use", "Privacy policy", "Cookie settings", "Advertise with us",
 ],
 entities=E("United States", "United Kingdom", "China", "France", "Japan", "South Korea", "North Korea", "Ukraine", "Russia", "Switzerland", "Chinese Foreign Ministry", "Joe Biden", extra=[
  P("Australia", "State", ["Australian", "Canberra", "Commonwealth of Australia"]),
  P("AUKUS", "Agreement", ["AUKUS partnership", "AUKUS pact", "AUKUS security pact", "Australia-United Kingdom-United States partnership"], "2021-09-15"),
  P(MDA, "Agreement", ["US-UK Mutual Defence Agreement", "1958 Mutual Defence Agreement", "defence agreement"], "1958"),
  P("US Pacific Fleet", "Organization", ["Pacific Fleet"]),
  P("Royal Navy", "Organization", []),
  P("Royal Australian Navy", "Organization", []),
  P("Australian Labor Party", "Organization", ["Labor Party", "Labor"]),
  P("Credit Suisse", "Organization", []),
  P("Swiss National Bank", "Organization", ["SNB", "Swiss central bank"]),
  P("Saudi National Bank", "Organization", []),
  P("Wagner Group", "Organization", ["Wagner", "Wagner mercenaries"]),
  P("Anthony Albanese", "Person", ["Albanese"]),
  P("Rishi Sunak", "Person", ["Sunak"]),
  P("Richard Marles", "Person", ["Marles"]),
  P("Wang Wenbin", "Person", []),
  P("Paul Keating", "Person", ["Keating"]),
  P("Scott Morrison", "Person", ["Morrison"]),
  P("Boris Johnson", "Person", ["Johnson"]),
  P("Yoon Suk Yeol", "Person", ["Yoon"]),
  P("Fumio Kishida", "Person", ["Kishida"]),
  P("Ammar Al Khudairy", "Person", ["Al Khudairy", "Ammar al-Khudairy"]),
  P("San Diego", "Place", []),
  P("Naval Base Point Loma", "Place", ["Point Loma"]),
  P("USS Missouri", "Place", []),
  P("HMAS Stirling", "Place", []),
  P("Perth", "Place", []),
  P("California", "Place", []),
  P("Nevada", "Place", []),
  P("Tokyo", "Place", []),
  P("Bakhmut", "Place", []),
 ]),
 facts=[
  F("Joe Biden", "met_with", "Anthony Albanese", m3, "2023-03-13"),
  F("Joe Biden", "met_with", "Rishi Sunak", m3, "2023-03-13"),
  F("Anthony Albanese", "met_with", "Rishi Sunak", m3, "2023-03-13"),
  F("United States", "signed", MDA, "with Britain, under a defence agreement the two countries signed in 1958", "1958"),
  F("United Kingdom", "signed", MDA, "with Britain, under a defence agreement the two countries signed in 1958", "1958"),
  F("Joe Biden", "represents", "United States", "US President Joe Biden"),
  F("Anthony Albanese", "represents", "Australia", "Australian Prime Minister Anthony Albanese"),
  F("Rishi Sunak", "represents", "United Kingdom", "British Prime Minister Rishi Sunak"),
  F("Richard Marles", "represents", "Australia", "Defence Minister Richard Marles"),
  F("Wang Wenbin", "represents", "Chinese Foreign Ministry", "Wang Wenbin, a spokesman for the Chinese foreign ministry"),
  F("Boris Johnson", "represents", "United Kingdom", "Boris Johnson, then Britain’s prime minister"),
  F("Yoon Suk Yeol", "met_with", "Fumio Kishida", "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held talks in Tokyo on Thursday", "2023-03-16"),
  F("Yoon Suk Yeol", "represents", "South Korea", "South Korean President Yoon Suk Yeol"),
  F("Fumio Kishida", "represents", "Japan", "Japanese Prime Minister Fumio Kishida"),
  F("Ammar Al Khudairy", "represents", "Saudi National Bank", "Saudi National Bank chairman Ammar Al Khudairy"),
  F("Russia", "attacked", "Bakhmut", "Russian troops and Wagner mercenaries pressed their months-long assault on the eastern Ukrainian city of Bakhmut", "2023-03"),
  F("Wagner Group", "attacked", "Bakhmut", "Russian troops and Wagner mercenaries pressed their months-long assault on the eastern Ukrainian city of Bakhmut", "2023-03"),
 ])

# ---------------------------------------------------------------- 10
DECL = "Trump Declaration for Enduring Peace and Prosperity"
GAZA = "October 2025 Gaza ceasefire agreement"
PLAN = "Comprehensive Plan to End the Gaza Conflict"
sig10 = "Trump signed the document at a summit in the Egyptian Red Sea resort alongside Egyptian President Abdel Fattah el-Sisi, Qatar’s emir, Sheikh Tamim bin Hamad Al Thani, and Turkish President Recep Tayyip Erdogan"
brok10 = "The deal was brokered by Egypt, Qatar and Turkey together with the United States"
env10 = "whose envoys Steve Witkoff and Jared Kushner helped broker the final compromises"
GOLD["10_sharm-el-sheikh-gaza-summit"] = dict(
 articles=[
  "Trump and Gaza mediators sign Sharm el-Sheikh declaration as hostages come home",
  "Nobel economics prize rewards work on innovation",
  "Madagascar’s president says he has moved to a “safe place”",
 ],
 not_articles=[
  "View this email in your browser", "THE DISPATCH BRIEFING", "Tuesday 14 October 2025 · Edition No. 1,482 · 7 min read",
  "Good morning. World leaders gathered on the Red Sea coast yesterday to put their names to a declaration backing the Gaza ceasefire — here is what was signed, and what was left out. Also today: a Nobel for the economics of innovation, and turmoil in Madagascar.",
  "IN THIS EDITION",
  "1. Gaza summit: Trump and mediators sign declaration in Sharm el-Sheikh",
  "2. Nobel economics prize rewards work on innovation",
  "3. Madagascar’s president says he has moved to a “safe place”",
  "———", "TOP STORY", "By our Middle East desk | Filed 13 Oct 2025, 22:40 GMT", "Read the full story on our website →", "ALSO TODAY",
  "PARTNER CONTENT", "Plan your winter escape: 20% off Nile cruises booked before 31 October. Terms apply.",
  "Forward to a friend | Share on LinkedIn | Share on X",
  "You are receiving this email because you signed up for The Dispatch Briefing. Update your preferences or unsubscribe.",
  "The Dispatch Media Ltd, 4th Floor, 12 Fenwick Street, London",
 ],
 entities=E("United States", "Egypt", "Qatar", "Turkey", "Israel", "United Kingdom", "France", "Italy", "Hamas", "United Nations",
            "Donald Trump", "Abdel Fattah el-Sisi", "Emmanuel Macron", "Antonio Guterres", "Benjamin Netanyahu", "Steve Witkoff", "Gaza Strip", "Red Sea", extra=[
  P("Jordan", "State", ["Jordanian"]),
  P("Madagascar", "State", ["Malagasy"]),
  P("Palestinian Authority", "Organization", ["Palestinian National Authority"]),
  P("Knesset", "Organization", ["Israeli parliament"]),
  P("Gaza Health Ministry", "Organization", ["the territory's health ministry", "Gaza health ministry"]),
  P("Royal Swedish Academy of Sciences", "Organization", []),
  P("CAPSAT", "Organization", ["CAPSAT unit"]),
  P("Facebook", "Organization", []),
  P(DECL, "Agreement", ["Sharm el-Sheikh declaration", "Trump Declaration", "Sharm el-Sheikh document"], "2025-10-13"),
  P(GAZA, "Agreement", ["ceasefire in Gaza", "Gaza ceasefire", "first phase of the Trump plan", "Gaza peace deal", "Sharm el-Sheikh agreement", "Sharm El-Sheikh Agreement to End the War in Gaza", "Trump Peace Agreement"], "2025-10-09"),
  P(PLAN, "Agreement", ["20-point plan", "Trump's 20-point plan", "Trump peace plan", "Gaza peace plan"], "2025-09-29"),
  P("Tamim bin Hamad Al Thani", "Person", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Qatar's emir", "emir of Qatar"]),
  P("Recep Tayyip Erdogan", "Person", ["Erdogan", "Erdoğan", "Recep Tayyip Erdoğan"]),
  P("Keir Starmer", "Person", ["Starmer", "Sir Keir Starmer"]),
  P("Giorgia Meloni", "Person", ["Meloni"]),
  P("Abdullah II", "Person", ["King Abdullah II", "Abdullah II of Jordan"]),
  P("Mahmoud Abbas", "Person", ["Abbas"]),
  P("Jared Kushner", "Person", ["Kushner"]),
  P("Joel Mokyr", "Person", ["Mokyr"]),
  P("Philippe Aghion", "Person", ["Aghion"]),
  P("Peter Howitt", "Person", ["Howitt"]),
  P("Andry Rajoelina", "Person", ["Rajoelina"]),
  P("Sharm el-Sheikh", "Place", ["Sharm El-Sheikh", "Sharm al-Sheikh"]),
  P("Ben Gurion Airport", "Place", []),
  P("Antananarivo", "Place", []),
 ]),
 facts=[F(p, "signed", DECL, sig10, "2025-10-13") for p in ["Donald Trump", "Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"]] + [
  F("Israel", "signed", GAZA, "Israeli and Hamas negotiators signed the agreement in the resort on Oct. 9", "2025-10-09"),
  F("Hamas", "signed", GAZA, "Israeli and Hamas negotiators signed the agreement in the resort on Oct. 9", "2025-10-09"),
 ] + [F(c, "mediated", GAZA, brok10, "2025-10") for c in ["Egypt", "Qatar", "Turkey", "United States"]] + [
  F("Steve Witkoff", "mediated", GAZA, env10, "2025-10"),
  F("Jared Kushner", "mediated", GAZA, env10, "2025-10"),
  F("Donald Trump", "met_with", "Abdel Fattah el-Sisi", "Before the ceremony Trump held talks with Sisi", "2025-10-13"),
  F("Donald Trump", "met_with", "Mahmoud Abbas", "briefly shook hands with Palestinian Authority President Mahmoud Abbas", "2025-10-13"),
  F("Donald Trump", "met_with", "Benjamin Netanyahu", "where he was welcomed at Ben Gurion Airport by Netanyahu", "2025-10-13"),
  F("Hamas", "attacked", "Israel", "Hamas’s Oct. 7, 2023, attack on southern Israel", "2023-10-07"),
  F("Israel", "attacked", "Gaza Strip", "Israel’s ensuing offensive in Gaza", "2023-10"),
  F("Donald Trump", "represents", "United States", "US President Donald Trump"),
  F("Abdel Fattah el-Sisi", "represents", "Egypt", "Egyptian President Abdel Fattah el-Sisi"),
  F("Tamim bin Hamad Al Thani", "represents", "Qatar", "Qatar’s emir, Sheikh Tamim bin Hamad Al Thani"),
  F("Recep Tayyip Erdogan", "represents", "Turkey", "Turkish President Recep Tayyip Erdogan"),
  F("Keir Starmer", "represents", "United Kingdom", "British Prime Minister Keir Starmer"),
  F("Emmanuel Macron", "represents", "France", "French President Emmanuel Macron"),
  F("Giorgia Meloni", "represents", "Italy", "Italian Prime Minister Giorgia Meloni"),
  F("Abdullah II", "represents", "Jordan", "Jordan’s King Abdullah II"),
  F("Antonio Guterres", "represents", "United Nations", "UN Secretary-General Antonio Guterres"),
  F("Benjamin Netanyahu", "represents", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
  F("Mahmoud Abbas", "represents", "Palestinian Authority", "Palestinian Authority President Mahmoud Abbas"),
  F("Steve Witkoff", "represents", "United States", "the United States, whose envoys Steve Witkoff and Jared Kushner"),
  F("Jared Kushner", "represents", "United States", "the United States, whose envoys Steve Witkoff and Jared Kushner"),
  F("Andry Rajoelina", "represents", "Madagascar", "President Andry Rajoelina said in an address streamed on Facebook"),
 ])

# ---------------------------------------------------------------- 11 (negative control)
GOLD["11_wimbledon-sinner-beats-alcaraz"] = dict(
 entities=E("Italy", "Spain", "United States", "United Kingdom", "New York", extra=[
  P("Serbia", "State", ["Serbian"]),
  P("Bulgaria", "State", ["Bulgarian"]),
  P("Poland", "State", ["Polish"]),
  P("Belarus", "State", ["Belarusian"]),
  P("All England Club", "Organization", ["All England Lawn Tennis and Croquet Club", "All England Lawn Tennis Club"]),
  P("Hawk-Eye", "Organization", ["Hawk-Eye Innovations"]),
  P("Jannik Sinner", "Person", ["Sinner"]),
  P("Carlos Alcaraz", "Person", ["Alcaraz"]),
  P("Roger Federer", "Person", ["Federer"]),
  P("Rafael Nadal", "Person", ["Nadal"]),
  P("Novak Djokovic", "Person", ["Djokovic"]),
  P("Grigor Dimitrov", "Person", ["Dimitrov"]),
  P("Ben Shelton", "Person", ["Shelton"]),
  P("Juan Carlos Ferrero", "Person", ["Ferrero"]),
  P("Fabio Fognini", "Person", ["Fognini"]),
  P("Cameron Norrie", "Person", ["Norrie"]),
  P("Taylor Fritz", "Person", ["Fritz"]),
  P("Darren Cahill", "Person", ["Cahill"]),
  P("Simone Vagnozzi", "Person", ["Vagnozzi"]),
  P("Iga Swiatek", "Person", ["Swiatek", "Iga Świątek", "Świątek"]),
  P("Amanda Anisimova", "Person", ["Anisimova"]),
  P("Aryna Sabalenka", "Person", ["Sabalenka"]),
  P("London", "Place", []),
  P("Wimbledon", "Place", ["SW19"]),
  P("Centre Court", "Place", []),
  P("Paris", "Place", []),
 ]),
 facts=[])


def main():
    gdir = os.path.join(ROOT, "gold")
    os.makedirs(gdir, exist_ok=True)
    for slug, g in GOLD.items():
        ent = {"source": f"corpus/{slug}.txt"}
        if "articles" in g:
            ent["articles"] = g["articles"]
            ent["not_articles"] = g["not_articles"]
        ent["entities"] = g["entities"]
        with open(os.path.join(gdir, slug + ".entities.json"), "w") as f:
            json.dump(ent, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(gdir, slug + ".facts.jsonl"), "w") as f:
            for x in g["facts"]:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote", len(GOLD), "articles")

if __name__ == "__main__":
    main()
