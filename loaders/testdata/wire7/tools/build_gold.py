#!/usr/bin/env python3
"""Writes gold/*.entities.json and gold/*.facts.jsonl for the blind7 set (hand-made annotations)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def E(name, kind, *aliases, date=None):
    d = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date: d["date"] = date
    return d
def F(s, p, o, date, ev, alleged=False):
    d = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged: d["modality"] = "alleged"
    return d
def R(s, o, ev):
    return F(s, "represents", o, "", ev)

US = E("United States", "State", "US", "U.S.", "USA", "United States of America", "America", "American", "Washington", "the White House", "White House")
RU = E("Russia", "State", "Russian Federation", "Russian", "Moscow", "the Kremlin", "Kremlin", "the Russian capital")
UA = E("Ukraine", "State", "Ukrainian", "Kyiv", "Kiev")
TR = E("Turkey", "State", "Turkish", "Turkiye", "Ankara")
SY = E("Syria", "State", "Syrian", "Damascus")
IL = E("Israel", "State", "Israeli")
EG = E("Egypt", "State", "Egyptian")
ET = E("Ethiopia", "State", "Ethiopian")
SD = E("Sudan", "State", "Sudanese")
SS = E("South Sudan", "State", "South Sudanese")
UK = E("United Kingdom", "State", "UK", "U.K.", "Britain", "Great Britain", "British")
NO = E("Norway", "State", "Norwegian")
FI = E("Finland", "State", "Finnish")
SA = E("Saudi Arabia", "State", "Saudi")
EU = E("European Union", "Organization", "EU", "E.U.")
UN = E("United Nations", "Organization", "UN", "U.N.")
AU = E("African Union", "Organization", "AU")
NATO = E("NATO", "Organization", "Nato", "North Atlantic Treaty Organization")
HAMAS = E("Hamas", "Organization", "Islamic Resistance Movement")
PLO = E("Palestine Liberation Organization", "Organization", "PLO")
TRUMP = E("Donald Trump", "Person", "Trump", "President Donald Trump")
ERDOGAN = E("Recep Tayyip Erdogan", "Person", "Erdogan", "Tayyip Erdogan", "President Tayyip Erdogan", "Turkish President Tayyip Erdogan")
ABIY = E("Abiy Ahmed", "Person", "Abiy", "Ethiopian Prime Minister Abiy Ahmed")
KIIR = E("Salva Kiir", "Person", "Kiir", "Salva Kiir Mayardit")
BASHIR = E("Omar al-Bashir", "Person", "Bashir", "al-Bashir")
GUTERRES = E("Antonio Guterres", "Person", "Guterres", "António Guterres")
POMPEO = E("Mike Pompeo", "Person", "Pompeo")
PUTIN = E("Vladimir Putin", "Person", "Putin")
NETANYAHU = E("Benjamin Netanyahu", "Person", "Netanyahu")
GAZA = E("Gaza Strip", "Place", "Gaza")

D = {}

# ---------------------------------------------------------------- 01
OSLO2 = "Oslo II"
D["01_oslo-ii-interim-agreement"] = dict(entities=[
  E("Yitzhak Rabin", "Person", "Rabin"),
  E("Yasser Arafat", "Person", "Arafat"),
  E("Bill Clinton", "Person", "Clinton", "President Bill Clinton"),
  E("Hosni Mubarak", "Person", "Mubarak", "Egyptian President Hosni Mubarak"),
  E("King Hussein", "Person", "Hussein", "King Hussein of Jordan", "Hussein bin Talal"),
  E("Shimon Peres", "Person", "Peres"),
  IL, PLO, US, EG, E("Jordan", "State", "Jordanian"), RU, NO, EU, HAMAS, SY, E("Lebanon", "State", "Lebanese"),
  E("Knesset", "Organization", "the Knesset"),
  E(OSLO2, "Agreement", "Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip", "Interim Agreement", "Oslo II accord", "Taba agreement", date="1995-09-28"),
  E("Oslo Accords", "Agreement", "Oslo accord", "Declaration of Principles", "declaration of principles", "Oslo I", date="1993-09-13"),
  E("Gaza-Jericho Agreement", "Agreement", "Gaza-Jericho agreement", "Cairo Agreement", date="1994-05-04"),
  E("West Bank", "Place", "occupied West Bank"), GAZA, E("Jericho", "Place"), E("Hebron", "Place"),
  E("Cairo", "Place"), E("Taba", "Place"), E("Jerusalem", "Place"), E("East Room", "Place"), E("Oval Office", "Place"),
 ], facts=[
  F("Yitzhak Rabin", "signed", OSLO2, "1995-09-28", "Israeli Prime Minister Yitzhak Rabin and Yasser Arafat, chairman of the Palestine Liberation Organization, signed an agreement at the White House on Thursday"),
  F("Yasser Arafat", "signed", OSLO2, "1995-09-28", "Israeli Prime Minister Yitzhak Rabin and Yasser Arafat, chairman of the Palestine Liberation Organization, signed an agreement at the White House on Thursday"),
  F("Israel", "signed", OSLO2, "1995-09-28", "Israel and the PLO signed the accord as President Bill Clinton, Egyptian President Hosni Mubarak and King Hussein of Jordan looked on."),
  F("Palestine Liberation Organization", "signed", OSLO2, "1995-09-28", "Israel and the PLO signed the accord as President Bill Clinton, Egyptian President Hosni Mubarak and King Hussein of Jordan looked on."),
  F("Yitzhak Rabin", "signed", "Gaza-Jericho Agreement", "1994-05", "the Gaza-Jericho agreement that Rabin and Arafat signed in Cairo in May 1994"),
  F("Yasser Arafat", "signed", "Gaza-Jericho Agreement", "1994-05", "the Gaza-Jericho agreement that Rabin and Arafat signed in Cairo in May 1994"),
  F("Norway", "mediated", "Oslo Accords", "1993", "The 1993 breakthrough came out of secret contacts in Norway, which brokered the back-channel talks that produced it."),
  F("Hamas", "attacked", "Jerusalem", "1995-08", "Hamas, the Islamic movement that rejects the deal, claimed a suicide bombing on a Jerusalem bus in August"),
 ] + [F(a, "met_with", b, "1995-09-28", "Earlier in the day Clinton received Rabin, Arafat, Mubarak and the king together in the Oval Office")
      for i, a in enumerate(["Bill Clinton", "Yitzhak Rabin", "Yasser Arafat", "Hosni Mubarak", "King Hussein"])
      for b in ["Bill Clinton", "Yitzhak Rabin", "Yasser Arafat", "Hosni Mubarak", "King Hussein"][i+1:]] + [
  R("Yitzhak Rabin", "Israel", "Israeli Prime Minister Yitzhak Rabin"),
  R("Yasser Arafat", "Palestine Liberation Organization", "Yasser Arafat, chairman of the Palestine Liberation Organization"),
  R("Bill Clinton", "United States", "President Bill Clinton"),
  R("Hosni Mubarak", "Egypt", "Egyptian President Hosni Mubarak"),
  R("King Hussein", "Jordan", "King Hussein of Jordan"),
  R("Shimon Peres", "Israel", "Israeli Foreign Minister Shimon Peres"),
 ])

# ---------------------------------------------------------------- 02
CD = "Sudan Constitutional Declaration"
PA = "Sudan Political Agreement"
D["02_sudan-constitutional-declaration"] = dict(entities=[
  SD, ET, EG, FI, E("Chad", "State", "Chadian"), SS, E("Kenya", "State", "Kenyan"), E("Central African Republic", "State", "CAR"), US,
  E("Transitional Military Council", "Organization", "TMC", "military council", "ruling military council"),
  E("Forces for Freedom and Change", "Organization", "FFC", "protest alliance", "protest coalition"),
  E("Rapid Support Forces", "Organization", "RSF"), AU, EU, UN,
  E("Mohamed Hamdan Dagalo", "Person", "Hemedti", "Hemeti", "Mohamed Hamdan Daglo", "Lieutenant General Mohamed Hamdan Dagalo"),
  E("Ahmed al-Rabie", "Person", "Rabie", "Ahmed Rabie", "Ahmed Rabee"),
  ABIY,
  E("Moussa Faki Mahamat", "Person", "Moussa Faki", "Faki"),
  E("Mostafa Madbouly", "Person", "Madbouly", "Mustafa Madbuli"),
  E("Pekka Haavisto", "Person", "Haavisto"),
  E("Abdel Fattah al-Burhan", "Person", "Burhan", "General Abdel Fattah al-Burhan"),
  E("Idriss Deby", "Person", "Deby", "Idriss Deby Itno"),
  KIIR,
  E("Uhuru Kenyatta", "Person", "Kenyatta"),
  E("Faustin-Archange Touadera", "Person", "Touadera"),
  E("Mohamed El Hacen Lebatt", "Person", "Lebatt"),
  E("Mahmoud Dirir", "Person", "Dirir"),
  E("Abdalla Hamdok", "Person", "Hamdok"),
  BASHIR,
  E("Donald Booth", "Person", "Booth"),
  E(CD, "Agreement", "constitutional declaration", "Constitutional Declaration", "transition deal", date="2019-08-17"),
  E(PA, "Agreement", "political agreement", "July 17 political agreement", "power-sharing deal", date="2019-07-17"),
  E("Khartoum", "Place"), E("Friendship Hall", "Place", "the Friendship Hall"),
 ], facts=[
  F("Transitional Military Council", "signed", CD, "2019-08-17", "Sudan's ruling military council and the coalition that led months of street protests formally signed a constitutional declaration on Saturday"),
  F("Forces for Freedom and Change", "signed", CD, "2019-08-17", "Sudan's ruling military council and the coalition that led months of street protests formally signed a constitutional declaration on Saturday"),
  F("Mohamed Hamdan Dagalo", "signed", CD, "2019-08-17", "who is better known as Hemedti, signed on behalf of the council"),
  F("Ahmed al-Rabie", "signed", CD, "2019-08-17", "Ahmed al-Rabie signed for the Forces for Freedom and Change"),
  F("Abiy Ahmed", "signed", CD, "2019-08-17", "Ethiopian Prime Minister Abiy Ahmed, African Union Commission chairman Moussa Faki Mahamat and Egyptian Prime Minister Mostafa Madbouly then signed as witnesses."),
  F("Moussa Faki Mahamat", "signed", CD, "2019-08-17", "Ethiopian Prime Minister Abiy Ahmed, African Union Commission chairman Moussa Faki Mahamat and Egyptian Prime Minister Mostafa Madbouly then signed as witnesses."),
  F("Mostafa Madbouly", "signed", CD, "2019-08-17", "Ethiopian Prime Minister Abiy Ahmed, African Union Commission chairman Moussa Faki Mahamat and Egyptian Prime Minister Mostafa Madbouly then signed as witnesses."),
  F("Pekka Haavisto", "signed", CD, "2019-08-17", "Pekka Haavisto, the Finnish foreign minister, signed on behalf of the European Union"),
  F("African Union", "mediated", CD, "2019-08", "The deal was brokered by African Union and Ethiopian mediators"),
  F("Ethiopia", "mediated", CD, "2019-08", "The deal was brokered by African Union and Ethiopian mediators"),
  F("Mohamed El Hacen Lebatt", "mediated", CD, "2019-08", "Mohamed El Hacen Lebatt, the AU envoy, and Mahmoud Dirir, Ethiopia's envoy, shuttled between the generals and the protest leaders for weeks"),
  F("Mahmoud Dirir", "mediated", CD, "2019-08", "Mohamed El Hacen Lebatt, the AU envoy, and Mahmoud Dirir, Ethiopia's envoy, shuttled between the generals and the protest leaders for weeks"),
  F("Mohamed Hamdan Dagalo", "led", "Rapid Support Forces", "", "the Rapid Support Forces, the paramilitary force commanded by Hemedti"),
  F("Abiy Ahmed", "met_with", "Abdel Fattah al-Burhan", "2019-06", "Abiy himself flew to Khartoum in June and met Burhan and opposition figures"),
  F("Transitional Military Council", "signed", PA, "2019-07-17", "a political agreement that the military council and the protest alliance signed on July 17"),
  F("Forces for Freedom and Change", "signed", PA, "2019-07-17", "a political agreement that the military council and the protest alliance signed on July 17"),
  F("Rapid Support Forces", "attacked", "Khartoum", "2019-06-03", "They blame the RSF for the June 3 raid on their sit-in outside the army headquarters in Khartoum", alleged=True),
  R("Mohamed Hamdan Dagalo", "Transitional Military Council", "Lieutenant General Mohamed Hamdan Dagalo, the deputy head of the Transitional Military Council"),
  R("Ahmed al-Rabie", "Forces for Freedom and Change", "Ahmed al-Rabie signed for the Forces for Freedom and Change"),
  R("Abiy Ahmed", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed"),
  R("Moussa Faki Mahamat", "African Union", "African Union Commission chairman Moussa Faki Mahamat"),
  R("Mostafa Madbouly", "Egypt", "Egyptian Prime Minister Mostafa Madbouly"),
  R("Pekka Haavisto", "Finland", "Pekka Haavisto, the Finnish foreign minister"),
  R("Pekka Haavisto", "European Union", "signed on behalf of the European Union"),
  R("Abdel Fattah al-Burhan", "Transitional Military Council", "the council's chairman, General Abdel Fattah al-Burhan"),
  R("Idriss Deby", "Chad", "Chadian President Idriss Deby"),
  R("Salva Kiir", "South Sudan", "South Sudan's President Salva Kiir"),
  R("Uhuru Kenyatta", "Kenya", "Kenyan President Uhuru Kenyatta"),
  R("Faustin-Archange Touadera", "Central African Republic", "Faustin-Archange Touadera, president of the Central African Republic"),
  R("Mohamed El Hacen Lebatt", "African Union", "Mohamed El Hacen Lebatt, the AU envoy"),
  R("Mahmoud Dirir", "Ethiopia", "Mahmoud Dirir, Ethiopia's envoy"),
  R("Donald Booth", "United States", "Donald Booth, the US special envoy for Sudan"),
 ])

# ---------------------------------------------------------------- 03
GC = "Libya Geneva ceasefire agreement"
MT = "Moscow ceasefire document"
D["03_libya-geneva-ceasefire"] = dict(entities=[
  E("Libya", "State", "Libyan"),
  E("Government of National Accord", "Organization", "GNA"),
  E("Libyan National Army", "Organization", "LNA"),
  E("Joint Military Commission", "Organization", "5+5 Joint Military Commission"),
  E("United Nations Support Mission in Libya", "Organization", "UN Support Mission in Libya", "UNSMIL"),
  UN, E("UN Security Council", "Organization", "Security Council"), EU, TR, RU, E("Germany", "State", "German"),
  E("United Arab Emirates", "State", "UAE"), EG,
  E("Khalifa Haftar", "Person", "Haftar"),
  E("Ahmed Abu Shahma", "Person", "Abu Shahma", "Ahmed Abushahma", "Major General Ahmed Abu Shahma"),
  E("Amhimmid Mohamed al-Amami", "Person", "al-Amami", "Lieutenant General Amhimmid Mohamed al-Amami"),
  E("Stephanie Williams", "Person", "Williams"),
  E("Fayez al-Sarraj", "Person", "Sarraj", "Prime Minister Fayez al-Sarraj"),
  E("Angela Merkel", "Person", "Merkel", "German Chancellor Angela Merkel"),
  ERDOGAN, GUTERRES,
  E("Peter Stano", "Person", "Stano"),
  E("Muammar Gaddafi", "Person", "Gaddafi", "Moammar Gadhafi"),
  E(GC, "Agreement", "Geneva ceasefire", "permanent ceasefire", "permanent, nationwide ceasefire", "ceasefire agreement", date="2020-10-23"),
  E(MT, "Agreement", "ceasefire document", "January truce", "Moscow truce", date="2020-01-13"),
  E("Geneva", "Place"), E("Tripoli", "Place"), E("Sirte", "Place"), E("Jufra air base", "Place", "Jufra"),
  E("Berlin", "Place"), E("Tunisia", "State", "Tunisian"),
 ], facts=[
  F("Government of National Accord", "signed", GC, "2020-10-23", "The agreement was signed at 11:15 a.m. by the two five-member teams of the Joint Military Commission, one representing the Government of National Accord in Tripoli and the other the Libyan National Army"),
  F("Libyan National Army", "signed", GC, "2020-10-23", "The agreement was signed at 11:15 a.m. by the two five-member teams of the Joint Military Commission, one representing the Government of National Accord in Tripoli and the other the Libyan National Army"),
  F("Joint Military Commission", "signed", GC, "2020-10-23", "The agreement was signed at 11:15 a.m. by the two five-member teams of the Joint Military Commission"),
  F("Stephanie Williams", "signed", GC, "2020-10-23", "who said the UN had signed the document as a witness"),
  F("United Nations", "signed", GC, "2020-10-23", "who said the UN had signed the document as a witness"),
  F("United Nations Support Mission in Libya", "mediated", GC, "2020-10", "The talks were brokered by the UN Support Mission in Libya and mediated by Stephanie Williams, its acting head"),
  F("Stephanie Williams", "mediated", GC, "2020-10", "The talks were brokered by the UN Support Mission in Libya and mediated by Stephanie Williams, its acting head"),
  F("Khalifa Haftar", "led", "Libyan National Army", "", "the Libyan National Army, the eastern-based force led by Khalifa Haftar"),
  F("Libyan National Army", "attacked", "Tripoli", "2019-04", "Haftar's forces launched an offensive on Tripoli in April 2019"),
  F("Fayez al-Sarraj", "signed", MT, "2020-01", "Prime Minister Fayez al-Sarraj, who heads the GNA, signed a ceasefire document at talks in Moscow brokered by Russia and Turkey"),
  F("Russia", "mediated", MT, "2020-01", "signed a ceasefire document at talks in Moscow brokered by Russia and Turkey"),
  F("Turkey", "mediated", MT, "2020-01", "signed a ceasefire document at talks in Moscow brokered by Russia and Turkey"),
  F("Fayez al-Sarraj", "led", "Government of National Accord", "", "Prime Minister Fayez al-Sarraj, who heads the GNA"),
  R("Fayez al-Sarraj", "Government of National Accord", "Prime Minister Fayez al-Sarraj, who heads the GNA"),
  R("Ahmed Abu Shahma", "Government of National Accord", "Major General Ahmed Abu Shahma headed the GNA team"),
  R("Amhimmid Mohamed al-Amami", "Libyan National Army", "Lieutenant General Amhimmid Mohamed al-Amami headed the LNA team"),
  R("Stephanie Williams", "United Nations Support Mission in Libya", "mediated by Stephanie Williams, its acting head"),
  R("Angela Merkel", "Germany", "German Chancellor Angela Merkel"),
  R("Recep Tayyip Erdogan", "Turkey", "Turkish President Tayyip Erdogan"),
  R("Antonio Guterres", "United Nations", "UN Secretary-General Antonio Guterres"),
  R("Peter Stano", "European Union", "Peter Stano, the EU's foreign affairs spokesman"),
 ])

# ---------------------------------------------------------------- 04 (live blog)
SDFD = "SDF-Damascus deployment deal"
D["04_peace-spring-live-blog"] = dict(
 articles=["Turkey's Syria offensive: US sanctions Ankara, Syrian army moves north - live updates",
           "Ecuador's government and indigenous protesters agree deal to end unrest",
           "Spain's Supreme Court jails Catalan separatist leaders for sedition",
           "Hong Kong protesters rally to urge US Congress to act"],
 not_articles=['We use cookies to personalise content and ads and to analyse our traffic. By clicking "Accept all" you agree to the storing of cookies on your device. Manage preferences',
           "Accept all | Reject non-essential", "Skip to main content",
           "Home | World | Middle East | Europe | Americas | Business | Opinion | Video", "Search", "Subscribe | Sign in",
           "World > Middle East", "LIVE", "By our Middle East desk, with agency reporting", "Updated 14 October 2019, 23:40 (GMT+3)",
           "Share on Facebook | Share on X | Share on WhatsApp | Email | Copy link",
           "Photo: Smoke rises over the Syrian border town of Ras al-Ain, seen from Ceylanpinar in Turkey's Sanliurfa province. (Reuters)",
           "Key events", "Show key events only", "Please turn on JavaScript to use this feature",
           "Topics: Syria, Turkey, Kurds, United States, Sanctions", "Comments (412)", "Sign in to comment", "Most viewed", "More from World",
           "2 hours ago", "5 hours ago", "7 hours ago", "Newsletter: Get the day's top world stories in your inbox", "Sign up",
           "About us | Contact | Terms of use | Privacy policy | Cookie settings", "\u00a9 2019 All rights reserved",
           "23:15", "21:50", "19:30", "17:05", "14:20", "12:40", "10:15", "09:00", "08:30"],
 entities=[
  US, TR, SY, RU, EU, UN,
  E("Ministry of National Defence", "Organization", "Turkey's Ministry of National Defence", "Turkish defence ministry"),
  E("Ministry of Energy and Natural Resources", "Organization", "Turkey's Ministry of Energy and Natural Resources"),
  E("Syrian Democratic Forces", "Organization", "SDF", "Kurdish-led Syrian Democratic Forces"),
  E("YPG", "Organization", "People's Protection Units", "YPG militia"),
  E("Syrian National Army", "Organization", "allied Syrian rebels", "Turkey-backed Syrian rebels"),
  E("Autonomous Administration of North and East Syria", "Organization", "Kurdish-led administration"),
  E("Islamic State", "Organization", "Islamic State group", "IS", "ISIS"),
  TRUMP, ERDOGAN,
  E("Hulusi Akar", "Person", "Akar", "Defence Minister Hulusi Akar"),
  E("Fatih Donmez", "Person", "Donmez", "Fatih Dönmez", "Energy Minister Fatih Donmez"),
  E("Suleyman Soylu", "Person", "Soylu", "Süleyman Soylu", "Interior Minister Suleyman Soylu"),
  E("Steven Mnuchin", "Person", "Mnuchin", "Treasury Secretary Steven Mnuchin"),
  E("Mike Pence", "Person", "Pence", "Vice President Mike Pence"),
  E("Mark Esper", "Person", "Esper", "Defence Secretary Mark Esper"),
  E("Bashar al-Assad", "Person", "Assad", "President Bashar al-Assad"),
  E("Mazloum Abdi", "Person", "Mazlum Abdi", "Mazloum Kobani"),
  E("Dmitry Peskov", "Person", "Peskov"),
  E(SDFD, "Agreement", "deal between the Kurdish-led administration and Damascus", "SDF-Damascus deal", date="2019-10-13"),
  E("Ras al-Ain", "Place", "Serekaniye"), E("Tal Abyad", "Place"), E("Akcakale", "Place"), E("Manbij", "Place"),
  E("Tabqa", "Place"), E("Ain Issa", "Place"), E("Ceylanpinar", "Place"), E("Sanliurfa province", "Place", "Sanliurfa"),
  E("Luxembourg", "Place"),
  E("Middle East", "Place"),
  E("Ecuador", "State", "Ecuadorean"), E("Lenin Moreno", "Person", "Moreno", "President Lenin Moreno"),
  E("Roman Catholic Church", "Organization", "Catholic Church"),
  E("CONAIE", "Organization", "Confederation of Indigenous Nationalities of Ecuador", "indigenous federation CONAIE"),
  E("Jaime Vargas", "Person", "Vargas"),
  E("Ecuador fuel-subsidy deal", "Agreement", "deal to end unrest", date="2019-10-13"),
  E("Quito", "Place"),
  E("Spain", "State", "Spanish"), E("Supreme Court of Spain", "Organization", "Spain's Supreme Court", "Spain's top court"),
  E("Oriol Junqueras", "Person", "Junqueras"), E("Catalonia", "Place", "Catalan"), E("Barcelona airport", "Place"),
  E("Hong Kong", "Place"), E("US Congress", "Organization", "Congress"),
 ], facts=[
  F("United States", "sanctioned", "Turkey", "2019-10-14", "The United States imposed sanctions on Turkey on Monday evening over its assault on northeast Syria."),
  F("United States", "sanctioned", "Ministry of National Defence", "2019-10-14", "The measures freeze any US assets of Turkey's Ministry of National Defence and its Ministry of Energy and Natural Resources"),
  F("United States", "sanctioned", "Ministry of Energy and Natural Resources", "2019-10-14", "The measures freeze any US assets of Turkey's Ministry of National Defence and its Ministry of Energy and Natural Resources"),
  F("United States", "sanctioned", "Hulusi Akar", "2019-10-14", "and of three ministers: Defence Minister Hulusi Akar, Energy Minister Fatih Donmez and Interior Minister Suleyman Soylu"),
  F("United States", "sanctioned", "Fatih Donmez", "2019-10-14", "and of three ministers: Defence Minister Hulusi Akar, Energy Minister Fatih Donmez and Interior Minister Suleyman Soylu"),
  F("United States", "sanctioned", "Suleyman Soylu", "2019-10-14", "and of three ministers: Defence Minister Hulusi Akar, Energy Minister Fatih Donmez and Interior Minister Suleyman Soylu"),
  F("Russia", "mediated", SDFD, "2019-10-13", "The deployment follows a deal between the Kurdish-led administration and Damascus, reached in talks mediated by Russia"),
  F("Turkey", "attacked", "Syria", "2019-10-09", "Turkey launched the offensive, which it calls Operation Peace Spring, on Wednesday"),
  F("Turkey", "struck", "Ras al-Ain", "2019-10-14", "Turkish warplanes and artillery pounded Ras al-Ain for a sixth day"),
  F("Turkey", "attacked", "Tal Abyad", "2019-10-13", "Turkish troops and allied Syrian rebels stormed the border town of Tal Abyad on Sunday."),
  F("Syrian National Army", "attacked", "Tal Abyad", "2019-10-13", "Turkish troops and allied Syrian rebels stormed the border town of Tal Abyad on Sunday."),
  F("YPG", "struck", "Akcakale", "2019-10", "Turkish officials say mortar and rocket fire from Syria has killed civilians in border towns including Akcakale, and blame the YPG for the shelling.", alleged=True),
  F("Mazloum Abdi", "led", "Syrian Democratic Forces", "", "Mazloum Abdi, who leads the Syrian Democratic Forces"),
  F("United Nations", "mediated", "Ecuador fuel-subsidy deal", "2019-10-13", "The agreement came after televised talks mediated by the United Nations and the Roman Catholic Church."),
  F("Roman Catholic Church", "mediated", "Ecuador fuel-subsidy deal", "2019-10-13", "The agreement came after televised talks mediated by the United Nations and the Roman Catholic Church."),
  R("Hulusi Akar", "Turkey", "Defence Minister Hulusi Akar"),
  R("Fatih Donmez", "Turkey", "Energy Minister Fatih Donmez"),
  R("Suleyman Soylu", "Turkey", "Interior Minister Suleyman Soylu"),
  R("Steven Mnuchin", "United States", "Treasury Secretary Steven Mnuchin"),
  R("Donald Trump", "United States", "President Donald Trump said in a statement"),
  R("Mike Pence", "United States", "Vice President Mike Pence is to travel to the region"),
  R("Mark Esper", "United States", "Defence Secretary Mark Esper had announced the pullout on Sunday"),
  R("Bashar al-Assad", "Syria", "President Bashar al-Assad's army"),
  R("Recep Tayyip Erdogan", "Turkey", "Turkish President Tayyip Erdogan"),
  R("Dmitry Peskov", "Russia", "Kremlin spokesman Dmitry Peskov"),
  R("Lenin Moreno", "Ecuador", "President Lenin Moreno agreed on Sunday to withdraw a decree"),
  R("Jaime Vargas", "CONAIE", "Jaime Vargas, president of the indigenous federation CONAIE"),
 ])

# ---------------------------------------------------------------- 05
OST = "Open Skies Treaty"
D["05_us-leaves-open-skies-treaty"] = dict(entities=[
  US, RU, E("Poland", "State", "Polish"), E("Lithuania", "State", "Lithuanian"), E("Georgia", "State", "Georgian"),
  E("France", "State", "French"), E("Germany", "State", "German"),
  E("State Department", "Organization", "US State Department"),
  E("National Security Council", "Organization", "NSC"),
  E("Organization for Security and Cooperation in Europe", "Organization", "OSCE"),
  E("Pentagon", "Organization", "the Pentagon"),
  POMPEO, TRUMP,
  E("Robert O'Brien", "Person", "O'Brien"),
  E("Sergei Ryabkov", "Person", "Ryabkov", "Sergey Ryabkov"),
  E("Steven Pifer", "Person", "Pifer"),
  E("Joe Biden", "Person", "Biden", "President-elect Joe Biden"),
  E(OST, "Agreement", "Treaty on Open Skies", "Open Skies", "Open Skies pact", date="1992-03-24"),
  E("Joint Comprehensive Plan of Action", "Agreement", "2015 Iran nuclear deal", "Iran nuclear deal", "JCPOA", date="2015-07-14"),
  E("Intermediate-Range Nuclear Forces Treaty", "Agreement", "INF Treaty", "INF", date="1987-12-08"),
  E("Paris Agreement", "Agreement", "Paris climate agreement", "Paris climate accord", date="2015-12-12"),
  E("New START", "Agreement", "New START treaty", date="2010-04-08"),
  E("Helsinki", "Place", "the Finnish capital"), E("Kaliningrad", "Place", "Kaliningrad exclave"), UA, E("Abkhazia", "Place"), E("South Ossetia", "Place"),
  E("Alaska", "Place"), E("Hawaii", "Place"), E("Iran", "State", "Iranian"),
 ], facts=[
  F("United States", "withdrew_from", OST, "2020-11-22", "The United States formally withdrew from the Open Skies Treaty on Sunday"),
  F("Russia", "violated", OST, "", "The National Security Council said Moscow had \"flagrantly violated\" the accord for years", alleged=True),
  F("Russia", "violated", OST, "", "Washington has long accused Russia of breaching the pact by limiting the length of observation flights over its Kaliningrad exclave", alleged=True),
  F("United States", "violated", OST, "", "Russian officials in turn accuse the United States of violating the treaty by curbing Russian flights over Alaska and Hawaii.", alleged=True),
  F("United States", "signed", OST, "1992-03", "The treaty was signed in Helsinki in March 1992 by the United States, Russia and more than two dozen other members"),
  F("Russia", "signed", OST, "1992-03", "The treaty was signed in Helsinki in March 1992 by the United States, Russia and more than two dozen other members"),
  F("Russia", "ratified", OST, "2001", "It took effect in 2002, the year after Russia ratified it"),
  F("United States", "withdrew_from", "Joint Comprehensive Plan of Action", "2018-05", "the United States withdrew from the 2015 Iran nuclear deal in May 2018"),
  F("United States", "withdrew_from", "Intermediate-Range Nuclear Forces Treaty", "2019-08", "and from the Intermediate-Range Nuclear Forces Treaty in August 2019"),
  F("United States", "withdrew_from", "Paris Agreement", "2020-11", "earlier this month it formally left the Paris climate agreement"),
  R("Mike Pompeo", "United States", "Secretary of State Mike Pompeo wrote on Twitter"),
  R("Robert O'Brien", "United States", "national security adviser Robert O'Brien"),
  R("Sergei Ryabkov", "Russia", "In Moscow, Deputy Foreign Minister Sergei Ryabkov said"),
  R("Donald Trump", "United States", "President Donald Trump announced in May that he intended to pull out"),
 ])

# ---------------------------------------------------------------- 06
AA = "EU-Ukraine Association Agreement"
MP = "Minsk Protocol"
D["06_ukraine-eu-association-ratified"] = dict(entities=[
  UA, EU, RU, NATO, E("Poland", "State", "Polish"),
  E("Verkhovna Rada", "Organization", "Rada", "Ukraine's parliament"),
  E("European Parliament", "Organization", "the European Parliament"),
  E("European Council", "Organization"), E("European Commission", "Organization", "Commission"),
  E("Pro-Russian separatists", "Organization", "pro-Russian separatists"),
  E("Rosneft", "Organization"), E("Transneft", "Organization"), E("Gazprom Neft", "Organization"),
  E("Eastern Partnership", "Organization", "EU's Eastern Partnership"),
  E("Petro Poroshenko", "Person", "Poroshenko", "President Petro Poroshenko"),
  E("Martin Schulz", "Person", "Schulz", "European Parliament President Martin Schulz"),
  E("Jacek Saryusz-Wolski", "Person", "Saryusz-Wolski"),
  E("Arseniy Yatsenyuk", "Person", "Yatsenyuk", "Prime Minister Arseniy Yatsenyuk"),
  E("Viktor Yanukovych", "Person", "Yanukovych", "Viktor Yanukovich"),
  E("Herman Van Rompuy", "Person", "Van Rompuy"),
  E("Jose Manuel Barroso", "Person", "Barroso", "José Manuel Barroso"),
  E("Radoslaw Sikorski", "Person", "Sikorski", "Radosław Sikorski"),
  E(AA, "Agreement", "Association Agreement", "association pact", "EU-Ukraine association agreement", date="2014-06-27"),
  E(MP, "Agreement", "Minsk ceasefire", date="2014-09-05"),
  E("Strasbourg", "Place"), E("Brussels", "Place"), E("Vilnius", "Place"), E("Crimea", "Place"),
  E("Donetsk", "Place", "Donetsk region"), E("Luhansk", "Place", "Luhansk region"), E("Donetsk airport", "Place", "the airport in Donetsk"),
 ], facts=[
  F("Verkhovna Rada", "ratified", AA, "2014-09-16", "Ukraine's parliament and the European Parliament ratified the EU-Ukraine Association Agreement at the same moment on Tuesday"),
  F("European Parliament", "ratified", AA, "2014-09-16", "Ukraine's parliament and the European Parliament ratified the EU-Ukraine Association Agreement at the same moment on Tuesday"),
  F("Arseniy Yatsenyuk", "signed", AA, "2014-03", "Prime Minister Arseniy Yatsenyuk signed its political chapters in March"),
  F("Petro Poroshenko", "signed", AA, "2014-06-27", "Poroshenko signed the economic part on June 27, alongside European Council President Herman Van Rompuy and Commission President Jose Manuel Barroso, who signed for the European Union."),
  F("Herman Van Rompuy", "signed", AA, "2014-06-27", "Poroshenko signed the economic part on June 27, alongside European Council President Herman Van Rompuy and Commission President Jose Manuel Barroso, who signed for the European Union."),
  F("Jose Manuel Barroso", "signed", AA, "2014-06-27", "Poroshenko signed the economic part on June 27, alongside European Council President Herman Van Rompuy and Commission President Jose Manuel Barroso, who signed for the European Union."),
  F("European Union", "signed", AA, "2014-06-27", "Commission President Jose Manuel Barroso, who signed for the European Union."),
  F("Russia", "annexed", "Crimea", "2014-03", "Russia's annexation of Crimea in March"),
  F("Russia", "attacked", "Ukraine", "2014", "NATO says Russian troops and armour have crossed the border to fight alongside pro-Russian separatists in the Donetsk and Luhansk regions, a charge the Kremlin denies.", alleged=True),
  F("European Union", "sanctioned", "Russia", "2014-09-12", "The European Union tightened its sanctions on Russia on Friday"),
  F("European Union", "sanctioned", "Rosneft", "2014-09-12", "restricting access to its capital markets for state oil companies including Rosneft, Transneft and Gazprom Neft"),
  F("European Union", "sanctioned", "Transneft", "2014-09-12", "restricting access to its capital markets for state oil companies including Rosneft, Transneft and Gazprom Neft"),
  F("European Union", "sanctioned", "Gazprom Neft", "2014-09-12", "restricting access to its capital markets for state oil companies including Rosneft, Transneft and Gazprom Neft"),
  F("Ukraine", "violated", MP, "2014-09", "Government forces and the rebels each accuse the other of violating the truce", alleged=True),
  F("Pro-Russian separatists", "violated", MP, "2014-09", "Government forces and the rebels each accuse the other of violating the truce", alleged=True),
  R("Petro Poroshenko", "Ukraine", "President Petro Poroshenko signed the ratification law"),
  R("Martin Schulz", "European Parliament", "European Parliament President Martin Schulz"),
  R("Jacek Saryusz-Wolski", "European Parliament", "Jacek Saryusz-Wolski, the parliament's rapporteur on the pact"),
  R("Arseniy Yatsenyuk", "Ukraine", "Prime Minister Arseniy Yatsenyuk"),
  R("Herman Van Rompuy", "European Council", "European Council President Herman Van Rompuy"),
  R("Jose Manuel Barroso", "European Commission", "Commission President Jose Manuel Barroso"),
  R("Viktor Yanukovych", "Ukraine", "Yanukovych, then president"),
  R("Radoslaw Sikorski", "Poland", "Polish Foreign Minister Radoslaw Sikorski"),
 ])

# ---------------------------------------------------------------- 07
DIS = "Israel-Syria disengagement agreement"
D["07_us-recognises-golan-sovereignty"] = dict(entities=[
  US, IL, SY, E("Iran", "State", "Iranian"), TR, RU, EU, UN, HAMAS,
  E("Hezbollah", "Organization", "Hizballah"),
  E("Arab League", "Organization"), E("UN Security Council", "Organization", "Security Council"),
  E("AIPAC", "Organization", "American Israel Public Affairs Committee"),
  E("Israeli military", "Organization", "Israel Defense Forces", "IDF"),
  TRUMP, NETANYAHU,
  E("Ismail Haniyeh", "Person", "Haniyeh"),
  E("Stephane Dujarric", "Person", "Dujarric"),
  E("Henry Kissinger", "Person", "Kissinger"),
  E("Benny Gantz", "Person", "Gantz"),
  E(DIS, "Agreement", "disengagement agreement", "1974 disengagement agreement", date="1974-05-31"),
  E("Golan Heights", "Place", "Golan"), GAZA, E("Mishmeret", "Place"), E("Tel Aviv", "Place"),
  E("Rafah", "Place"), E("Gaza City", "Place"), E("Haniyeh's office", "Place", "Gaza City office of Hamas political chief Ismail Haniyeh"),
  E("Geneva", "Place"), E("Oval Office", "Place"),
 ], facts=[
  F("Donald Trump", "met_with", "Benjamin Netanyahu", "2019-03-25", "Netanyahu, who held talks with Trump in the Oval Office during the shortened visit"),
  F("Israel", "annexed", "Golan Heights", "1981", "Israel seized the strategic plateau from Syria in the 1967 Middle East war and annexed it in 1981"),
  F("Hamas", "struck", "Mishmeret", "2019-03-25", "The Israeli military said the rocket had been made and fired by Hamas from a position near Rafah", alleged=True),
  F("Israel", "struck", "Gaza Strip", "2019-03-25", "By evening Israeli aircraft were striking targets across the enclave"),
  F("Israel", "struck", "Haniyeh's office", "2019-03-25", "an air strike destroyed the Gaza City office of Hamas political chief Ismail Haniyeh"),
  F("Israel", "struck", "Gaza City", "2019-03-25", "an air strike destroyed the Gaza City office of Hamas political chief Ismail Haniyeh"),
  F("Israel", "signed", DIS, "1974-05-31", "a disengagement agreement between Israel and Syria was signed in Geneva on May 31, 1974"),
  F("Syria", "signed", DIS, "1974-05-31", "a disengagement agreement between Israel and Syria was signed in Geneva on May 31, 1974"),
  F("Henry Kissinger", "mediated", DIS, "1974", "That deal was brokered by Henry Kissinger, then the US secretary of state, through weeks of shuttle diplomacy"),
  F("Israel", "struck", "Syria", "", "In recent years Israel has repeatedly struck Iranian and Hezbollah targets inside Syria."),
  R("Donald Trump", "United States", "President Donald Trump on Monday signed a proclamation"),
  R("Benjamin Netanyahu", "Israel", "Israeli Prime Minister Benjamin Netanyahu"),
  R("Ismail Haniyeh", "Hamas", "Hamas political chief Ismail Haniyeh"),
  R("Stephane Dujarric", "United Nations", "UN spokesman Stephane Dujarric"),
  R("Henry Kissinger", "United States", "Henry Kissinger, then the US secretary of state"),
 ])

# ---------------------------------------------------------------- 08 (scraped page)
MOU = "Helsinki MoU"
COHA = "Cessation of Hostilities Agreement"
D["08_aceh-helsinki-mou"] = dict(
 articles=["Indonesia and Aceh Rebels Sign Peace Deal in Helsinki, Ending Three Decades of War",
           "Israel begins Gaza pullout as settlers defy deadline",
           "Six-party nuclear talks in Beijing go into recess",
           "Sri Lanka declares emergency after foreign minister is shot dead"],
 not_articles=["This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more | OK, got it",
           "Asia Pacific News Online", "Home | Asia | Indonesia | World | Business | Tech | Sport | Travel | Weather",
           "Today's paper | Archive | Login", "Indonesia > Aceh", "Posted: Monday, August 15, 2005 18:42 | Updated: 21:05",
           "By a staff correspondent in Helsinki, with wire reports",
           "Email | Print | Share: Facebook | Digg | del.icio.us | Comments (38)",
           "Photo caption: Hamid Awaluddin (left) and Malik Mahmud shake hands after signing the memorandum at the Government Banquet Hall in Helsinki. Martti Ahtisaari stands between them. (Photo: Lehtikuva)",
           "Tags: Aceh, Indonesia, GAM, Peace talks, Finland, Tsunami", "Share this article: Email | Facebook | Digg | del.icio.us",
           "Print this page | Send feedback", "RELATED STORIES", "Aug 15, 2005", "Aug 7, 2005", "Aug 13, 2005",
           "MOST READ | MOST EMAILED", "Advertisement", "About us | Advertise | Contact | Privacy | Terms", "Copyright 2005. All rights reserved."],
 entities=[
  E("Indonesia", "State", "Indonesian", "Jakarta", "Republic of Indonesia"),
  E("Free Aceh Movement", "Organization", "GAM", "Gerakan Aceh Merdeka"),
  FI, EU, E("Sweden", "State", "Swedish"),
  E("Crisis Management Initiative", "Organization", "CMI"),
  E("Henry Dunant Centre", "Organization", "Centre for Humanitarian Dialogue", "HD Centre"),
  E("Hamid Awaluddin", "Person", "Awaluddin", "Hamid Awaludin", "Indonesian Justice and Human Rights Minister Hamid Awaluddin"),
  E("Malik Mahmud", "Person", "Mahmud"),
  E("Martti Ahtisaari", "Person", "Ahtisaari"),
  E("Susilo Bambang Yudhoyono", "Person", "Yudhoyono", "President Susilo Bambang Yudhoyono"),
  E("Jusuf Kalla", "Person", "Kalla", "Vice President Jusuf Kalla"),
  E("Hasan di Tiro", "Person", "di Tiro", "Hasan Tiro"),
  E(MOU, "Agreement", "memorandum of understanding", "Memorandum of Understanding between the Government of the Republic of Indonesia and the Free Aceh Movement", "Helsinki Agreement", "Aceh peace deal", date="2005-08-15"),
  E(COHA, "Agreement", "cessation-of-hostilities agreement", "COHA", date="2002-12-09"),
  E("Aceh", "Place", "Acehnese", "Aceh province"), E("Helsinki", "Place", "the Finnish capital"), E("Banda Aceh", "Place"),
  E("Baiturrahman Grand Mosque", "Place"), E("Government Banquet Hall", "Place"), E("Geneva", "Place"),
  E("East Timor", "Place", "Timor-Leste"), E("Stockholm", "Place"),
  E("Lehtikuva", "Organization"),
  IL, E("Ariel Sharon", "Person", "Sharon", "Prime Minister Ariel Sharon"), GAZA, E("Neve Dekalim", "Place"),
  E("North Korea", "State", "North Korean"), US, E("China", "State", "Chinese"), E("Beijing", "Place"),
  E("Christopher Hill", "Person", "Hill"), E("Kim Kye-gwan", "Person", "Kim Kye Gwan"),
  E("Sri Lanka", "State", "Sri Lankan"), E("Chandrika Kumaratunga", "Person", "Kumaratunga", "President Chandrika Kumaratunga"),
  E("Lakshman Kadirgamar", "Person", "Kadirgamar"), E("Liberation Tigers of Tamil Eelam", "Organization", "Tamil Tigers", "LTTE"),
  E("Colombo", "Place"),
 ], facts=[
  F("Indonesia", "signed", MOU, "2005-08-15", "The Indonesian government and the Free Aceh Movement signed a peace agreement in the Finnish capital on Monday"),
  F("Free Aceh Movement", "signed", MOU, "2005-08-15", "The Indonesian government and the Free Aceh Movement signed a peace agreement in the Finnish capital on Monday"),
  F("Hamid Awaluddin", "signed", MOU, "2005-08-15", "Indonesian Justice and Human Rights Minister Hamid Awaluddin signed the memorandum of understanding for Jakarta"),
  F("Malik Mahmud", "signed", MOU, "2005-08-15", "Malik Mahmud, the rebels' prime minister-in-exile, signed for the movement"),
  F("Martti Ahtisaari", "signed", MOU, "2005-08-15", "Martti Ahtisaari, the former Finnish president who mediated seven months of talks, added his signature as a witness."),
  F("Martti Ahtisaari", "mediated", MOU, "2005", "Martti Ahtisaari, the former Finnish president who mediated seven months of talks"),
  F("Crisis Management Initiative", "mediated", MOU, "2005", "The talks were mediated by the Crisis Management Initiative"),
  F("Martti Ahtisaari", "led", "Crisis Management Initiative", "", "a conflict-resolution group that Ahtisaari founded and still chairs"),
  F("Indonesia", "signed", COHA, "2002-12", "A cessation-of-hostilities agreement that both sides signed in Geneva in December 2002"),
  F("Free Aceh Movement", "signed", COHA, "2002-12", "A cessation-of-hostilities agreement that both sides signed in Geneva in December 2002"),
  F("Henry Dunant Centre", "mediated", COHA, "2002-12", "brokered by the Henry Dunant Centre"),
  F("Indonesia", "attacked", "Aceh", "2003-05", "In May 2003 Jakarta declared martial law and launched its largest military operation"),
  F("Indonesia", "attacked", "East Timor", "1975", "since the invasion of East Timor in 1975"),
  R("Hamid Awaluddin", "Indonesia", "Indonesian Justice and Human Rights Minister Hamid Awaluddin"),
  R("Malik Mahmud", "Free Aceh Movement", "Malik Mahmud, the rebels' prime minister-in-exile"),
  R("Martti Ahtisaari", "Crisis Management Initiative", "a conflict-resolution group that Ahtisaari founded and still chairs"),
  R("Susilo Bambang Yudhoyono", "Indonesia", "President Susilo Bambang Yudhoyono"),
  R("Jusuf Kalla", "Indonesia", "Vice President Jusuf Kalla"),
  R("Ariel Sharon", "Israel", "Prime Minister Ariel Sharon's plan"),
  R("Christopher Hill", "United States", "The chief US negotiator, Christopher Hill"),
  R("Kim Kye-gwan", "North Korea", "North Korea's delegate Kim Kye-gwan"),
  R("Chandrika Kumaratunga", "Sri Lanka", "President Chandrika Kumaratunga declared a state of emergency"),
  R("Lakshman Kadirgamar", "Sri Lanka", "Foreign Minister Lakshman Kadirgamar"),
 ])

# ---------------------------------------------------------------- 09
RAR = "Revitalised Agreement on the Resolution of the Conflict in South Sudan"
KD = "Khartoum Declaration"
D["09_south-sudan-revitalised-agreement"] = dict(entities=[
  SS, ET, E("Uganda", "State", "Ugandan"), SD, US, UK, NO, E("Botswana", "State"), E("South Africa", "State", "South African"),
  E("Intergovernmental Authority on Development", "Organization", "IGAD"),
  E("Sudan People's Liberation Movement-in-Opposition", "Organization", "SPLM-IO", "SPLM/A-IO"),
  E("South Sudanese army", "Organization", "SPLA", "Sudan People's Liberation Army"),
  E("Joint Monitoring and Evaluation Commission", "Organization", "JMEC"),
  E("UN Mission in South Sudan", "Organization", "UNMISS", "United Nations Mission in South Sudan"),
  E("Troika", "Organization", "the Troika"),
  E("National Salvation Front", "Organization", "NAS"),
  KIIR, E("Riek Machar", "Person", "Machar", "Riek Machar Teny"),
  ABIY, E("Yoweri Museveni", "Person", "Museveni", "Ugandan President Yoweri Museveni"), BASHIR,
  E("Ateny Wek Ateny", "Person", "Ateny"),
  E("Festus Mogae", "Person", "Mogae"),
  E("David Shearer", "Person", "Shearer"),
  E(RAR, "Agreement", "Revitalised Agreement", "R-ARCSS", "revitalised peace deal", "Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan", date="2018-09-12"),
  E(KD, "Agreement", "Khartoum Declaration of Agreement", date="2018-06-27"),
  E("Agreement on the Resolution of the Conflict in South Sudan", "Agreement", "ARCSS", "2015 peace deal", date="2015-08"),
  E("Addis Ababa", "Place", "the Ethiopian capital"), E("Khartoum", "Place"), E("Juba", "Place"), E("Wau", "Place"),
 ], facts=[
  F("Salva Kiir", "signed", RAR, "2018-09-12", "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace agreement in the Ethiopian capital on Wednesday"),
  F("Riek Machar", "signed", RAR, "2018-09-12", "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace agreement in the Ethiopian capital on Wednesday"),
  F("Intergovernmental Authority on Development", "mediated", RAR, "2018", "the East African bloc that has brokered successive rounds of talks since the war began in December 2013"),
  F("Sudan", "mediated", RAR, "2018", "The final text came out of weeks of talks in Khartoum that were mediated by Sudan"),
  F("Omar al-Bashir", "mediated", RAR, "2018", "with Bashir personally pressing the two rivals to settle their differences over power-sharing"),
 ] + [F(a, "met_with", b, "2018-09-12", "Ethiopian Prime Minister Abiy Ahmed chaired a brief closed-door session with Kiir, Machar, Ugandan President Yoweri Museveni and Sudan's President Omar al-Bashir.")
      for i, a in enumerate(["Abiy Ahmed", "Salva Kiir", "Riek Machar", "Yoweri Museveni", "Omar al-Bashir"])
      for b in ["Abiy Ahmed", "Salva Kiir", "Riek Machar", "Yoweri Museveni", "Omar al-Bashir"][i+1:]] + [
  F("Salva Kiir", "met_with", "Riek Machar", "2018-06", "when Abiy hosted Kiir and Machar in Addis Ababa for their first face-to-face meeting in nearly two years"),
  F("Salva Kiir", "signed", KD, "2018-06-27", "on June 27, Kiir and Machar signed the Khartoum Declaration"),
  F("Riek Machar", "signed", KD, "2018-06-27", "on June 27, Kiir and Machar signed the Khartoum Declaration"),
  F("South Sudanese army", "violated", KD, "2018-06", "the South Sudanese army and the SPLM-IO accused each other of attacking positions near the town of Wau after it came into force", alleged=True),
  F("Sudan People's Liberation Movement-in-Opposition", "violated", KD, "2018-06", "the South Sudanese army and the SPLM-IO accused each other of attacking positions near the town of Wau after it came into force", alleged=True),
  F("Riek Machar", "led", "Sudan People's Liberation Movement-in-Opposition", "", "Machar, who leads the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)"),
  F("Festus Mogae", "led", "Joint Monitoring and Evaluation Commission", "", "Festus Mogae, the former president of Botswana who chairs the Joint Monitoring and Evaluation Commission"),
  R("Salva Kiir", "South Sudan", "South Sudan's President Salva Kiir"),
  R("Riek Machar", "Sudan People's Liberation Movement-in-Opposition", "Machar, who leads the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)"),
  R("Abiy Ahmed", "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed"),
  R("Yoweri Museveni", "Uganda", "Ugandan President Yoweri Museveni"),
  R("Omar al-Bashir", "Sudan", "Sudan's President Omar al-Bashir"),
  R("Ateny Wek Ateny", "South Sudan", "Government spokesman Ateny Wek Ateny"),
  R("Festus Mogae", "Joint Monitoring and Evaluation Commission", "who chairs the Joint Monitoring and Evaluation Commission"),
  R("David Shearer", "UN Mission in South Sudan", "David Shearer, head of the UN Mission in South Sudan"),
 ])

# ---------------------------------------------------------------- 10
SWAP = "September 2022 Russia-Ukraine prisoner exchange"
D["10_azovstal-prisoner-swap"] = dict(entities=[
  RU, UA, TR, SA, E("Poland", "State", "Polish"), UK, US, UN,
  E("Office of the President of Ukraine", "Organization", "Ukrainian presidential office"),
  E("Azov Regiment", "Organization", "Azov"),
  E("Saudi foreign ministry", "Organization", "Saudi Ministry of Foreign Affairs"),
  E("UN General Assembly", "Organization", "General Assembly"),
  E("Donetsk People's Republic", "Organization", "Russian-backed Donetsk separatist region", "Donetsk separatists"),
  PUTIN, E("Volodymyr Zelenskyy", "Person", "Zelenskyy", "Zelensky", "President Volodymyr Zelenskyy"),
  E("Viktor Medvedchuk", "Person", "Medvedchuk"),
  E("Andriy Yermak", "Person", "Yermak"),
  E("Denys Prokopenko", "Person", "Prokopenko"),
  E("Svyatoslav Palamar", "Person", "Palamar", "Sviatoslav Palamar"),
  ERDOGAN,
  E("Mohammed bin Salman", "Person", "Saudi Crown Prince Mohammed bin Salman", "MBS"),
  E("Aiden Aslin", "Person", "Aslin"), E("Shaun Pinner", "Person", "Pinner"),
  E("Ibrahim Kalin", "Person", "Kalin"),
  GUTERRES,
  E("Liz Truss", "Person", "Truss", "British Prime Minister Liz Truss"),
  E("Antony Blinken", "Person", "Blinken", "US Secretary of State Antony Blinken"),
  E(SWAP, "Agreement", "prisoner swap", "Russia-Ukraine prisoner swap", "prisoner-exchange deal", "exchange of captives", date="2022-09-21"),
  E("Azovstal steelworks", "Place", "Azovstal"), E("Mariupol", "Place"), E("Chernihiv region", "Place"),
  E("Riyadh", "Place"), E("New York", "Place"), E("Lviv", "Place"), E("Samarkand", "Place"),
 ], facts=[
  F("Turkey", "mediated", SWAP, "2022-09", "It was brokered by Turkey and Saudi Arabia."),
  F("Saudi Arabia", "mediated", SWAP, "2022-09", "It was brokered by Turkey and Saudi Arabia."),
  F("Mohammed bin Salman", "mediated", SWAP, "2022-09", "in an exchange mediated by Saudi Crown Prince Mohammed bin Salman"),
  F("Recep Tayyip Erdogan", "met_with", "Volodymyr Zelenskyy", "2022-08", "The Turkish leader met Zelenskyy and UN Secretary-General Antonio Guterres in Lviv in August."),
  F("Recep Tayyip Erdogan", "met_with", "Antonio Guterres", "2022-08", "The Turkish leader met Zelenskyy and UN Secretary-General Antonio Guterres in Lviv in August."),
  F("Volodymyr Zelenskyy", "met_with", "Antonio Guterres", "2022-08", "The Turkish leader met Zelenskyy and UN Secretary-General Antonio Guterres in Lviv in August."),
  F("Recep Tayyip Erdogan", "met_with", "Vladimir Putin", "2022-09", "Erdogan also held talks with Putin in Samarkand last week on the sidelines of a regional summit"),
  F("Russia", "attacked", "Mariupol", "2022", "after a siege of nearly three months during Russia's assault on Mariupol"),
  F("Russia", "attacked", "Ukraine", "2022-02", "Russia's invasion of Ukraine in February has killed thousands of civilians"),
  R("Andriy Yermak", "Office of the President of Ukraine", "Andriy Yermak, head of the Ukrainian presidential office"),
  R("Volodymyr Zelenskyy", "Ukraine", "President Volodymyr Zelenskyy said in his nightly address"),
  R("Denys Prokopenko", "Azov Regiment", "Denys Prokopenko, commander of the Azov Regiment"),
  R("Svyatoslav Palamar", "Azov Regiment", "his deputy Svyatoslav Palamar"),
  R("Recep Tayyip Erdogan", "Turkey", "under the protection of President Tayyip Erdogan"),
  R("Mohammed bin Salman", "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman"),
  R("Ibrahim Kalin", "Turkey", "His spokesman, Ibrahim Kalin, said Ankara had worked on the list"),
  R("Antonio Guterres", "United Nations", "UN Secretary-General Antonio Guterres"),
  R("Liz Truss", "United Kingdom", "British Prime Minister Liz Truss"),
  R("Antony Blinken", "United States", "US Secretary of State Antony Blinken"),
 ])

# ---------------------------------------------------------------- 11 (negative control)
D["11_fosse-nobel-literature"] = dict(entities=[
  E("Jon Fosse", "Person", "Fosse"),
  E("Norway", "State", "Norwegian"), E("Sweden", "State", "Swedish"), E("France", "State", "French"),
  E("Swedish Academy", "Organization", "the Academy"),
  E("NRK", "Organization"), E("Samlaget", "Organization"), E("Fitzcarraldo Editions", "Organization", "Fitzcarraldo"),
  E("Bjornstjerne Bjornson", "Person", "Bjornson", "Bjørnstjerne Bjørnson"),
  E("Knut Hamsun", "Person", "Hamsun"), E("Sigrid Undset", "Person", "Undset"),
  E("Henrik Ibsen", "Person", "Ibsen"), E("Samuel Beckett", "Person", "Beckett"),
  E("Annie Ernaux", "Person", "Ernaux"), E("Karl Ove Knausgaard", "Person", "Knausgaard"),
  E("Alfred Nobel", "Person"),
  E("Stockholm", "Place"), E("Bergen", "Place"), E("Haugesund", "Place"), E("Strandebarm", "Place"),
  E("Hordaland", "Place"), E("London", "Place"), E("Africa", "Place"), E("Asia", "Place"), E("Latin America", "Place"),
 ], facts=[])

def main():
    g = os.path.join(ROOT, "gold"); os.makedirs(g, exist_ok=True)
    for name, d in D.items():
        body = open(os.path.join(ROOT, "corpus", name + ".txt")).read()
        out = {"source": f"corpus/{name}.txt"}
        if "articles" in d:
            out["articles"] = d["articles"]; out["not_articles"] = d["not_articles"]
        out["entities"] = d["entities"]
        json.dump(out, open(os.path.join(g, name + ".entities.json"), "w"), indent=1, ensure_ascii=False)
        with open(os.path.join(g, name + ".facts.jsonl"), "w") as f:
            for x in d["facts"]:
                if x["evidence"] not in body:
                    print("EVIDENCE NOT FOUND", name, x["evidence"][:80])
                f.write(json.dumps(x, ensure_ascii=False) + "\n")
        print(name, len(d["entities"]), len(d["facts"]))

if __name__ == "__main__":
    main()
