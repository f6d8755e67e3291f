#!/usr/bin/env python3
"""Writes gold/NN_slug.entities.json and gold/NN_slug.facts.jsonl for the 11 blind articles.

The annotations live here so that an entity shared by several articles (United States,
Donald Trump, Qatar...) carries the same name, kind and aliases everywhere. Run
tools/check_gold.py afterwards.
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "gold")

def E(name, kind, aliases=(), date=None):
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e

# ---- entities that occur in more than one article -------------------------------------
C = {e["name"]: e for e in [
    E("United States", "State", ["US", "U.S.", "USA", "United States of America", "America", "American", "Washington", "the White House", "White House"]),
    E("Russia", "State", ["Russian Federation", "Russian", "Moscow", "the Kremlin", "Kremlin"]),
    E("Ukraine", "State", ["Ukrainian", "Kyiv", "Kiev"]),
    E("Iran", "State", ["Iranian", "Tehran", "Islamic Republic of Iran"]),
    E("Israel", "State", ["Israeli", "State of Israel"]),
    E("Qatar", "State", ["Qatari", "State of Qatar"]),
    E("Turkey", "State", ["Turkish", "Turkiye", "T\u00fcrkiye", "Ankara"]),
    E("China", "State", ["Chinese", "People's Republic of China", "Beijing"]),
    E("Egypt", "State", ["Egyptian"]),
    E("France", "State", ["French"]),
    E("Germany", "State", ["German"]),
    E("United Kingdom", "State", ["UK", "U.K.", "Britain", "Great Britain", "British"]),
    E("Poland", "State", ["Polish"]),
    E("Serbia", "State", ["Serbian"]),
    E("Soviet Union", "State", ["Soviet", "USSR"]),
    E("NATO", "Organization", ["Nato", "North Atlantic Treaty Organization", "the alliance"]),
    E("United Nations", "Organization", ["UN", "U.N."]),
    E("European Union", "Organization", ["EU", "E.U."]),
    E("Hamas", "Organization", ["Islamic Resistance Movement"]),
    E("United States Congress", "Organization", ["Congress", "US Congress", "U.S. Congress"]),
    E("Russian Foreign Ministry", "Organization", ["Russia's foreign ministry", "Russian foreign ministry"]),
    E("Qatari Foreign Ministry", "Organization", ["Qatari foreign ministry", "Qatar's foreign ministry"]),
    E("Donald Trump", "Person", ["Trump", "President Donald Trump", "Donald J. Trump"]),
    E("Vladimir Putin", "Person", ["Putin", "President Vladimir Putin"]),
    E("Volodymyr Zelenskyy", "Person", ["Zelenskyy", "Zelensky", "Volodymyr Zelensky"]),
    E("Recep Tayyip Erdogan", "Person", ["Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdo\u011fan", "Erdo\u011fan"]),
    E("Marco Rubio", "Person", ["Rubio"]),
    E("Benjamin Netanyahu", "Person", ["Netanyahu"]),
    E("Jens Stoltenberg", "Person", ["Stoltenberg"]),
    E("Donald Tusk", "Person", ["Tusk"]),
    E("Tamim bin Hamad Al Thani", "Person", ["Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Qatar's emir", "emir of Qatar", "the emir"]),
    E("Mohammed bin Abdulrahman Al Thani", "Person", ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman bin Jassim Al Thani", "Sheikh Mohammed"]),
    E("Majed al-Ansari", "Person", ["al-Ansari", "Majed Al Ansari", "Majed Al-Ansari"]),
    E("Doha", "Place", []),
    E("Al Udeid Air Base", "Place", ["Al Udeid", "Al-Udeid Air Base"]),
    E("Black Sea", "Place", []),
    E("Paris", "Place", []),
    E("Europe", "Place", []),
    E("Middle East", "Place", []),
    E("Gaza Strip", "Place", ["Gaza"]),
]}

def c(*names):
    return [C[n] for n in names]

def F(s, p, o, date, ev, alleged=False):
    f = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        f["modality"] = "alleged"
    return f

def R(s, o, ev):
    return F(s, "represents", o, "", ev)

ARTICLES = {}

# ---- 01 Israel-Iran war and ceasefire ------------------------------------------------
ARTICLES["01_israel-iran-war-ceasefire"] = dict(
    entities=c("Israel", "Iran", "United States", "Qatar", "NATO", "United Nations", "Qatari Foreign Ministry",
               "Donald Trump", "Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani", "Benjamin Netanyahu",
               "Majed al-Ansari", "Doha", "Al Udeid Air Base", "Middle East") + [
        E("Netherlands", "State", ["Dutch"]),
        E("International Atomic Energy Agency", "Organization", ["IAEA"]),
        E("Islamic Revolutionary Guard Corps", "Organization", ["IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards"]),
        E("Iranian Armed Forces", "Organization", ["Iran's armed forces"]),
        E("US Central Command", "Organization", ["U.S. Central Command", "CENTCOM", "Central Command"]),
        E("Israeli Health Ministry", "Organization", ["Israel's health ministry"]),
        E("Israel-Iran ceasefire", "Agreement", ["Israel-Iran truce", "ceasefire between Israel and Iran"], "2025-06-24"),
        E("Article 51 of the UN Charter", "Agreement", ["Article 51", "Article 51 of the U.N. Charter"]),
        E("Israel Katz", "Person", ["Katz"]),
        E("Hossein Salami", "Person", ["Salami"]),
        E("Mohammad Bagheri", "Person", ["Bagheri"]),
        E("Abbas Araghchi", "Person", ["Araghchi", "Abbas Araqchi"]),
        E("Jerusalem", "Place", []),
        E("Natanz", "Place", ["Natanz enrichment complex"]),
        E("Isfahan", "Place", ["Esfahan"]),
        E("Fordow", "Place", ["Fordo"]),
        E("Beersheba", "Place", ["Beer Sheva"]),
    ],
    facts=[
        F("Qatar", "mediated", "Israel-Iran ceasefire", "2025-06-23", "Tehran had accepted a truce mediated by Qatar"),
        F("United States", "mediated", "Israel-Iran ceasefire", "2025-06-23", "Within hours the U.S.-brokered truce was put to the test."),
        F("Iran", "violated", "Israel-Iran ceasefire", "2025-06-24", "accusing Iran of firing missiles in \"blatant violation\" of the ceasefire", True),
        F("Israel", "violated", "Israel-Iran ceasefire", "2025-06-24", "told reporters that both sides had violated the ceasefire", True),
        F("Israel", "attacked", "Iran", "2025-06-13", "Israel launched waves of air strikes against Iran's nuclear programme and military command"),
        F("Israel", "struck", "Natanz", "2025-06-13", "Among the first targets was the uranium enrichment complex at Natanz"),
        F("Israel", "struck", "Isfahan", "2025-06", "nuclear and missile facilities around Isfahan were also hit"),
        F("Iran", "attacked", "Israel", "2025-06", "Iran answered with repeated barrages of ballistic missiles and drones aimed at Israeli cities."),
        F("Iran", "struck", "Beersheba", "2025-06-24", "Four people were killed early on Tuesday when an Iranian missile hit a residential building in Beersheba"),
        F("United States", "attacked", "Iran", "2025-06-22", "Washington entered the conflict at the weekend."),
        F("United States", "struck", "Fordow", "2025-06-22", "B-2 bombers dropped 14 bunker-busting bombs on the underground enrichment plant at Fordow and on Natanz"),
        F("United States", "struck", "Natanz", "2025-06-22", "B-2 bombers dropped 14 bunker-busting bombs on the underground enrichment plant at Fordow and on Natanz"),
        F("United States", "struck", "Isfahan", "2025-06-22", "Tomahawk cruise missiles fired from a submarine struck Isfahan"),
        F("Iran", "invoked", "Article 51 of the UN Charter", "2025-06", "Tehran, which has invoked its right to self-defence under Article 51 of the U.N. Charter"),
        F("Iran", "struck", "Al Udeid Air Base", "2025-06-23", "Iran's answer came on Monday evening, when the Revolutionary Guards fired missiles at Al Udeid Air Base"),
        F("Islamic Revolutionary Guard Corps", "struck", "Al Udeid Air Base", "2025-06-23", "the Revolutionary Guards fired missiles at Al Udeid Air Base"),
        R("Donald Trump", "United States", "U.S. President Donald Trump"),
        R("Tamim bin Hamad Al Thani", "Qatar", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani"),
        R("Mohammed bin Abdulrahman Al Thani", "Qatar", "The Gulf state's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani"),
        R("Israel Katz", "Israel", "Israeli Defence Minister Israel Katz"),
        R("Benjamin Netanyahu", "Israel", "Prime Minister Benjamin Netanyahu"),
        R("Hossein Salami", "Islamic Revolutionary Guard Corps", "Hossein Salami, commander of the Islamic Revolutionary Guard Corps"),
        R("Mohammad Bagheri", "Iranian Armed Forces", "the chief of staff of Iran's armed forces, Mohammad Bagheri"),
        R("Majed al-Ansari", "Qatari Foreign Ministry", "Qatari foreign ministry spokesman Majed al-Ansari"),
        R("Abbas Araghchi", "Iran", "Iranian Foreign Minister Abbas Araghchi"),
    ])

# ---- 02 Dayton / Paris signing -------------------------------------------------------
ARTICLES["02_dayton-accords-paris-signing"] = dict(
    entities=c("United States", "France", "United Kingdom", "Germany", "Russia", "Serbia", "NATO", "United Nations",
               "European Union", "United States Congress", "Paris") + [
        E("Bosnia and Herzegovina", "State", ["Bosnia", "Bosnian", "Bosnia-Herzegovina"]),
        E("Croatia", "State", ["Croatian"]),
        E("Federal Republic of Yugoslavia", "State", ["FRY", "rump Yugoslavia"]),
        E("Socialist Federal Republic of Yugoslavia", "State", ["Yugoslavia", "SFRY"]),
        E("Bosnian Serb Army", "Organization", ["Bosnian Serb army", "Bosnian Serb forces", "Army of Republika Srpska"]),
        E("Implementation Force", "Organization", ["IFOR", "the Implementation Force"]),
        E("International Criminal Tribunal for the former Yugoslavia", "Organization", ["ICTY", "U.N. war crimes tribunal"]),
        E("Dayton Agreement", "Agreement", ["General Framework Agreement for Peace in Bosnia and Herzegovina", "Dayton Accords", "Dayton accords", "Dayton peace agreement", "Bosnia peace treaty"], "1995-12-14"),
        E("Alija Izetbegovic", "Person", ["Izetbegovic", "Alija Izetbegovi\u0107"]),
        E("Slobodan Milosevic", "Person", ["Milosevic", "Slobodan Milo\u0161evi\u0107"]),
        E("Franjo Tudjman", "Person", ["Tudjman", "Franjo Tu\u0111man"]),
        E("Bill Clinton", "Person", ["Clinton", "President Bill Clinton"]),
        E("Jacques Chirac", "Person", ["Chirac"]),
        E("John Major", "Person", ["Major"]),
        E("Helmut Kohl", "Person", ["Kohl"]),
        E("Viktor Chernomyrdin", "Person", ["Chernomyrdin"]),
        E("Richard Holbrooke", "Person", ["Holbrooke"]),
        E("Warren Christopher", "Person", ["Christopher"]),
        E("Carl Bildt", "Person", ["Bildt"]),
        E("Radovan Karadzic", "Person", ["Karadzic", "Radovan Karad\u017ei\u0107"]),
        E("Ratko Mladic", "Person", ["Mladic", "General Ratko Mladic", "Ratko Mladi\u0107"]),
        E("Elysee Palace", "Place", ["\u00c9lys\u00e9e Palace", "Elysee"]),
        E("Sarajevo", "Place", []),
        E("Republika Srpska", "Place", ["Bosnian Serb republic"]),
        E("Federation of Bosnia and Herzegovina", "Place", ["Muslim-Croat federation"]),
        E("Wright-Patterson Air Force Base", "Place", ["Wright-Patterson"]),
        E("Dayton", "Place", ["Dayton, Ohio"]),
        E("Ohio", "Place", []),
        E("The Hague", "Place", []),
        E("Srebrenica", "Place", []),
        E("Krajina", "Place", ["Krajina region"]),
        E("London", "Place", []),
    ],
    facts=[
        F("Alija Izetbegovic", "signed", "Dayton Agreement", "1995-12-14", "Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman put their names to the General Framework Agreement for Peace in Bosnia and Herzegovina"),
        F("Slobodan Milosevic", "signed", "Dayton Agreement", "1995-12-14", "Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman put their names to the General Framework Agreement for Peace in Bosnia and Herzegovina"),
        F("Franjo Tudjman", "signed", "Dayton Agreement", "1995-12-14", "Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman put their names to the General Framework Agreement for Peace in Bosnia and Herzegovina"),
    ] + [
        F(p, "signed", "Dayton Agreement", "1995-12-14", "President Bill Clinton, French President Jacques Chirac, British Prime Minister John Major, German Chancellor Helmut Kohl and Russian Prime Minister Viktor Chernomyrdin then added their own signatures as witnesses.")
        for p in ["Bill Clinton", "Jacques Chirac", "John Major", "Helmut Kohl", "Viktor Chernomyrdin"]
    ] + [
        F(s, "signed", "Dayton Agreement", "1995-12-14", "The treaty, which Bosnia, Croatia and the Federal Republic of Yugoslavia signed as its formal parties")
        for s in ["Bosnia and Herzegovina", "Croatia", "Federal Republic of Yugoslavia"]
    ] + [
        F("United States", "mediated", "Dayton Agreement", "1995-11", "The presidents of Bosnia, Serbia and Croatia signed a U.S.-brokered peace treaty"),
        F("Richard Holbrooke", "mediated", "Dayton Agreement", "1995-11", "The talks were brokered by Richard Holbrooke, the U.S. assistant secretary of state"),
        F("Carl Bildt", "mediated", "Dayton Agreement", "1995-11", "the European Union's mediator, Carl Bildt, helped broker the final compromises on the map"),
        F("NATO", "led", "Implementation Force", "1995-12", "a force of some 60,000 troops led by NATO, the Implementation Force or IFOR"),
        F("Bosnian Serb Army", "attacked", "Sarajevo", "1992-04", "Bosnian Serb forces besieged Sarajevo for more than three years"),
        F("Bosnian Serb Army", "attacked", "Srebrenica", "1995-07", "in July of this year, overran the U.N.-declared safe area of Srebrenica"),
        F("Croatia", "attacked", "Krajina", "1995-08", "Croatia's army recaptured the rebel Serb-held Krajina region in a lightning offensive in August"),
        F("NATO", "struck", "Bosnian Serb Army", "1995-08", "NATO warplanes pounded Bosnian Serb army positions for two weeks in late August and September"),
        R("Alija Izetbegovic", "Bosnia and Herzegovina", "Bosnian President Alija Izetbegovic"),
        R("Slobodan Milosevic", "Serbia", "Serbian President Slobodan Milosevic"),
        R("Franjo Tudjman", "Croatia", "Croatian President Franjo Tudjman"),
        R("Bill Clinton", "United States", "President Bill Clinton, French President Jacques Chirac"),
        R("Jacques Chirac", "France", "French President Jacques Chirac"),
        R("John Major", "United Kingdom", "British Prime Minister John Major"),
        R("Helmut Kohl", "Germany", "German Chancellor Helmut Kohl"),
        R("Viktor Chernomyrdin", "Russia", "Russian Prime Minister Viktor Chernomyrdin"),
        R("Richard Holbrooke", "United States", "Richard Holbrooke, the U.S. assistant secretary of state"),
        R("Warren Christopher", "United States", "Secretary of State Warren Christopher"),
        R("Carl Bildt", "European Union", "the European Union's mediator, Carl Bildt"),
    ])

# ---- 03 DRC-Rwanda agreement -----------------------------------------------------------
ARTICLES["03_drc-rwanda-washington-agreement"] = dict(
    entities=c("United States", "Qatar", "United Nations", "Donald Trump", "Marco Rubio", "Tamim bin Hamad Al Thani", "Doha") + [
        E("Democratic Republic of the Congo", "State", ["Democratic Republic of Congo", "DRC", "DR Congo", "Congo", "Congolese", "Kinshasa"]),
        E("Rwanda", "State", ["Rwandan", "Republic of Rwanda", "Kigali"]),
        E("Angola", "State", ["Angolan"]),
        E("M23", "Organization", ["M23 rebels", "March 23 Movement", "the M23"]),
        E("African Union", "Organization", ["AU"]),
        E("US State Department", "Organization", ["State Department", "U.S. State Department"]),
        E("Democratic Forces for the Liberation of Rwanda", "Organization", ["FDLR"]),
        E("Congo River Alliance", "Organization", ["Alliance Fleuve Congo", "AFC"]),
        E("Independent National Electoral Commission", "Organization", ["Congo's electoral commission", "CENI"]),
        E("DRC-Rwanda Peace Agreement", "Agreement", ["Peace Agreement between the Democratic Republic of the Congo and the Republic of Rwanda", "Congo-Rwanda peace deal", "Washington deal"], "2025-06-27"),
        E("DRC-Rwanda Declaration of Principles", "Agreement", ["declaration of principles"], "2025-04-25"),
        E("Therese Kayikwamba Wagner", "Person", ["Kayikwamba Wagner", "Th\u00e9r\u00e8se Kayikwamba Wagner"]),
        E("Olivier Nduhungirehe", "Person", ["Nduhungirehe"]),
        E("Massad Boulos", "Person", ["Boulos"]),
        E("Felix Tshisekedi", "Person", ["Tshisekedi", "F\u00e9lix Tshisekedi"]),
        E("Paul Kagame", "Person", ["Kagame"]),
        E("Corneille Nangaa", "Person", ["Nangaa"]),
        E("Goma", "Place", []),
        E("Bukavu", "Place", []),
        E("North Kivu", "Place", ["North Kivu province"]),
        E("South Kivu", "Place", ["South Kivu province"]),
        E("Oval Office", "Place", []),
    ],
    facts=[
        F("Democratic Republic of the Congo", "signed", "DRC-Rwanda Peace Agreement", "2025-06-27", "The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday"),
        F("Rwanda", "signed", "DRC-Rwanda Peace Agreement", "2025-06-27", "The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday"),
        F("Therese Kayikwamba Wagner", "signed", "DRC-Rwanda Peace Agreement", "2025-06-27", "The agreement was signed at the State Department by Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe"),
        F("Olivier Nduhungirehe", "signed", "DRC-Rwanda Peace Agreement", "2025-06-27", "The agreement was signed at the State Department by Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe"),
        F("Marco Rubio", "signed", "DRC-Rwanda Peace Agreement", "2025-06-27", "with Secretary of State Marco Rubio adding his signature as a witness"),
        F("Therese Kayikwamba Wagner", "signed", "DRC-Rwanda Declaration of Principles", "2025-04-25", "a declaration of principles that the two ministers signed in Washington on April 25"),
        F("Olivier Nduhungirehe", "signed", "DRC-Rwanda Declaration of Principles", "2025-04-25", "a declaration of principles that the two ministers signed in Washington on April 25"),
        F("United States", "mediated", "DRC-Rwanda Peace Agreement", "2025-06", "caps weeks of U.S. mediation led by Massad Boulos"),
        F("Massad Boulos", "mediated", "DRC-Rwanda Peace Agreement", "2025-06", "caps weeks of U.S. mediation led by Massad Boulos"),
        F("Donald Trump", "met_with", "Therese Kayikwamba Wagner", "2025-06-27", "Trump later received the two ministers in the Oval Office"),
        F("Donald Trump", "met_with", "Olivier Nduhungirehe", "2025-06-27", "Trump later received the two ministers in the Oval Office"),
    ] + [
        F(a, "met_with", b, "2025-03", "Tshisekedi and Kagame held their first face-to-face talks since the fall of Goma in the Qatari capital in March, at a meeting with the emir of Qatar, Sheikh Tamim bin Hamad Al Thani")
        for a, b in [("Felix Tshisekedi", "Paul Kagame"), ("Tamim bin Hamad Al Thani", "Felix Tshisekedi"), ("Tamim bin Hamad Al Thani", "Paul Kagame")]
    ] + [
        F("M23", "attacked", "Goma", "2025-01", "launched a lightning advance in January and captured Goma"),
        F("M23", "attacked", "Bukavu", "2025-02", "before taking Bukavu, the capital of South Kivu, in February"),
        F("Corneille Nangaa", "led", "Congo River Alliance", "", "the Congo River Alliance, a political and military coalition led by Corneille Nangaa"),
        R("Therese Kayikwamba Wagner", "Democratic Republic of the Congo", "Congolese Foreign Minister Therese Kayikwamba Wagner"),
        R("Olivier Nduhungirehe", "Rwanda", "her Rwandan counterpart, Olivier Nduhungirehe"),
        R("Marco Rubio", "United States", "Secretary of State Marco Rubio"),
        R("Massad Boulos", "United States", "Massad Boulos, President Donald Trump's senior adviser for Africa"),
        R("Donald Trump", "United States", "President Donald Trump's senior adviser for Africa"),
        R("Felix Tshisekedi", "Democratic Republic of the Congo", "Congolese President Felix Tshisekedi"),
        R("Paul Kagame", "Rwanda", "Rwandan President Paul Kagame"),
        R("Tamim bin Hamad Al Thani", "Qatar", "the emir of Qatar, Sheikh Tamim bin Hamad Al Thani"),
        R("Corneille Nangaa", "Congo River Alliance", "a political and military coalition led by Corneille Nangaa"),
    ])

# ---- 04 Thailand-Cambodia ceasefire ----------------------------------------------------
ARTICLES["04_thailand-cambodia-putrajaya-ceasefire"] = dict(
    entities=c("United States", "China", "France", "Donald Trump") + [
        E("Thailand", "State", ["Thai", "Bangkok", "Kingdom of Thailand"]),
        E("Cambodia", "State", ["Cambodian", "Phnom Penh", "Kingdom of Cambodia"]),
        E("Malaysia", "State", ["Malaysian"]),
        E("Association of Southeast Asian Nations", "Organization", ["ASEAN"]),
        E("Cambodian Ministry of National Defence", "Organization", ["Cambodia's defence ministry"]),
        E("Constitutional Court of Thailand", "Organization", ["Constitutional Court"]),
        E("Senate of Cambodia", "Organization", ["Senate", "Cambodian Senate"]),
        E("General Border Committee", "Organization", []),
        E("Thailand-Cambodia ceasefire", "Agreement", ["Putrajaya ceasefire", "Thailand-Cambodia truce"], "2025-07-28"),
        E("Ottawa Convention", "Agreement", ["Mine Ban Treaty", "Ottawa Treaty", "Anti-Personnel Mine Ban Convention"], "1997-12"),
        E("Anwar Ibrahim", "Person", ["Anwar"]),
        E("Hun Manet", "Person", []),
        E("Phumtham Wechayachai", "Person", ["Phumtham", "Phumtham Wichaiyachai"]),
        E("Maly Socheata", "Person", []),
        E("Paetongtarn Shinawatra", "Person", ["Paetongtarn"]),
        E("Hun Sen", "Person", []),
        E("Putrajaya", "Place", []),
        E("Sisaket province", "Place", ["Sisaket", "Si Sa Ket"]),
        E("Kantharalak district", "Place", ["Kantharalak"]),
        E("Phanom Dong Rak Hospital", "Place", []),
        E("Surin province", "Place", ["Surin"]),
    ],
    facts=[
        F("Anwar Ibrahim", "mediated", "Thailand-Cambodia ceasefire", "2025-07-28", "The truce was reached at talks mediated by Anwar"),
        F("Malaysia", "mediated", "Thailand-Cambodia ceasefire", "2025-07-28", "attended the Malaysia-brokered talks as observers"),
    ] + [
        F(a, "met_with", b, "2025-07-28", "where Cambodian Prime Minister Hun Manet and Thailand's acting prime minister, Phumtham Wechayachai, met in his presence for about two hours")
        for a, b in [("Hun Manet", "Phumtham Wechayachai"), ("Anwar Ibrahim", "Hun Manet"), ("Anwar Ibrahim", "Phumtham Wechayachai")]
    ] + [
        F("Cambodia", "violated", "Ottawa Convention", "2025-07", "Bangkok accused Cambodia of laying new mines in breach of the Ottawa Convention", True),
        F("Cambodia", "attacked", "Thailand", "2025-07-24", "Cambodian forces fired BM-21 rockets and artillery into Thailand on the first day of the clashes"),
        F("Thailand", "attacked", "Cambodia", "2025-07-24", "Thailand responded by sending F-16 fighter jets to bomb Cambodian military targets across the border."),
        F("Cambodia", "struck", "Kantharalak district", "2025-07-24", "one rocket hit a petrol station in Sisaket province's Kantharalak district"),
        F("Cambodia", "struck", "Sisaket province", "2025-07-24", "one rocket hit a petrol station in Sisaket province's Kantharalak district"),
        F("Cambodia", "struck", "Phanom Dong Rak Hospital", "2025-07-24", "shells struck Phanom Dong Rak Hospital in Surin province"),
        F("Cambodia", "struck", "Surin province", "2025-07-24", "shells struck Phanom Dong Rak Hospital in Surin province"),
        R("Anwar Ibrahim", "Malaysia", "Malaysian Prime Minister Anwar Ibrahim"),
        R("Hun Manet", "Cambodia", "Cambodian Prime Minister Hun Manet"),
        R("Phumtham Wechayachai", "Thailand", "Thailand's acting prime minister, Phumtham Wechayachai"),
        R("Donald Trump", "United States", "U.S. President Donald Trump"),
        R("Maly Socheata", "Cambodian Ministry of National Defence", "Cambodia's defence ministry spokeswoman, Maly Socheata"),
        R("Paetongtarn Shinawatra", "Thailand", "Prime Minister Paetongtarn Shinawatra was suspended from office"),
        R("Hun Sen", "Senate of Cambodia", "who is now president of the Senate"),
    ])

# ---- 05 INF withdrawal -------------------------------------------------------------------
ARTICLES["05_us-inf-treaty-withdrawal"] = dict(
    entities=c("United States", "Russia", "Soviet Union", "China", "Poland", "NATO", "Russian Foreign Ministry",
               "Donald Trump", "Vladimir Putin", "Jens Stoltenberg", "Europe") + [
        E("Romania", "State", ["Romanian"]),
        E("US Department of Defense", "Organization", ["Pentagon", "the Pentagon", "Department of Defense"]),
        E("INF Treaty", "Agreement", ["Intermediate-Range Nuclear Forces Treaty", "INF treaty", "INF"], "1987-12-08"),
        E("Article XV of the INF Treaty", "Agreement", ["Article XV"]),
        E("New START", "Agreement", ["New START treaty"], "2010-04-08"),
        E("Mike Pompeo", "Person", ["Pompeo"]),
        E("Sergei Ryabkov", "Person", ["Ryabkov", "Sergey Ryabkov"]),
        E("Ronald Reagan", "Person", ["Reagan", "President Ronald Reagan"]),
        E("Mikhail Gorbachev", "Person", ["Gorbachev"]),
        E("Mark Esper", "Person", ["Esper"]),
        E("Barack Obama", "Person", ["Obama"]),
        E("Brussels", "Place", []),
        E("Asia", "Place", []),
    ],
    facts=[
        F("United States", "withdrew_from", "INF Treaty", "2019-08-02", "The United States formally withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia on Friday"),
        F("Russia", "violated", "INF Treaty", "2014", "The Obama administration first publicly accused Moscow of breaking the treaty in 2014.", True),
        F("United States", "violated", "INF Treaty", "2019", "It has in turn accused the United States of violating the accord with missile-defence launchers deployed in Romania", True),
        F("United States", "invoked", "Article XV of the INF Treaty", "2019-02-02", "The next day it gave formal notice of withdrawal, invoking Article XV of the treaty"),
        F("Ronald Reagan", "signed", "INF Treaty", "1987-12", "The treaty was signed at the White House in December 1987 by President Ronald Reagan and Soviet leader Mikhail Gorbachev."),
        F("Mikhail Gorbachev", "signed", "INF Treaty", "1987-12", "The treaty was signed at the White House in December 1987 by President Ronald Reagan and Soviet leader Mikhail Gorbachev."),
        R("Mike Pompeo", "United States", "Secretary of State Mike Pompeo"),
        R("Jens Stoltenberg", "NATO", "NATO Secretary General Jens Stoltenberg"),
        R("Sergei Ryabkov", "Russia", "Deputy Foreign Minister Sergei Ryabkov"),
        R("Vladimir Putin", "Russia", "President Vladimir Putin responded by suspending Russia's own participation"),
        R("Ronald Reagan", "United States", "President Ronald Reagan"),
        R("Mikhail Gorbachev", "Soviet Union", "Soviet leader Mikhail Gorbachev"),
        R("Mark Esper", "United States", "Defense Secretary Mark Esper"),
        R("Donald Trump", "United States", "President Donald Trump has said"),
    ])

# ---- 06 Kerch Strait ----------------------------------------------------------------------
ARTICLES["06_kerch-strait-incident"] = dict(
    entities=c("Ukraine", "Russia", "United States", "Germany", "NATO", "Black Sea", "Jens Stoltenberg", "Donald Tusk",
               "Vladimir Putin") + [
        E("Moldova", "State", ["Moldovan"]),
        E("Verkhovna Rada", "Organization", ["Rada", "Ukraine's parliament"]),
        E("Ukrainian Navy", "Organization", ["Ukrainian navy", "Ukraine's navy", "Naval Forces of Ukraine"]),
        E("Federal Security Service", "Organization", ["FSB", "FSB border service"]),
        E("United Nations Security Council", "Organization", ["U.N. Security Council", "UN Security Council"]),
        E("European Council", "Organization", []),
        E("Treaty on the Sea of Azov and the Kerch Strait", "Agreement", ["2003 treaty", "Azov Sea treaty"], "2003-12-24"),
        E("UN Convention on the Law of the Sea", "Agreement", ["U.N. Convention on the Law of the Sea", "UNCLOS"], "1982-12-10"),
        E("Petro Poroshenko", "Person", ["Poroshenko", "President Petro Poroshenko"]),
        E("Dmitry Peskov", "Person", ["Peskov"]),
        E("Nikki Haley", "Person", ["Haley"]),
        E("Angela Merkel", "Person", ["Merkel"]),
        E("Kerch Strait", "Place", []),
        E("Crimea", "Place", ["Crimean peninsula"]),
        E("Transdniestria", "Place", ["Transnistria"]),
        E("Sea of Azov", "Place", ["Azov Sea"]),
        E("Odessa", "Place", ["Odesa"]),
        E("Mariupol", "Place", []),
        E("Berdyansk", "Place", ["Berdiansk"]),
        E("Kerch", "Place", []),
        E("Crimean Bridge", "Place", ["Kerch bridge"]),
        E("New York", "Place", []),
    ],
    facts=[
        F("Russia", "attacked", "Ukrainian Navy", "2018-11-25", "Russian border guards opened fire on three Ukrainian navy vessels near the Kerch Strait and seized them"),
        F("Federal Security Service", "attacked", "Ukrainian Navy", "2018-11-25", "They were pursued by vessels of the border service of the FSB, Russia's main security agency, which fired on them"),
        F("Russia", "annexed", "Crimea", "2014-03", "Russia annexed Crimea in March 2014"),
        F("Russia", "violated", "Treaty on the Sea of Azov and the Kerch Strait", "2018-11-25", "the seizure violated a 2003 treaty under which the Kerch Strait and the Sea of Azov are shared waters", True),
        F("Russia", "violated", "UN Convention on the Law of the Sea", "2018-11-25", "the seizure violated a 2003 treaty under which the Kerch Strait and the Sea of Azov are shared waters open to both countries' ships, as well as the U.N. Convention on the Law of the Sea", True),
        R("Petro Poroshenko", "Ukraine", "President Petro Poroshenko"),
        R("Dmitry Peskov", "Russia", "Kremlin spokesman Dmitry Peskov"),
        R("Nikki Haley", "United States", "U.S. Ambassador Nikki Haley"),
        R("Jens Stoltenberg", "NATO", "NATO Secretary General Jens Stoltenberg"),
        R("Donald Tusk", "European Council", "European Council President Donald Tusk"),
        R("Angela Merkel", "Germany", "German Chancellor Angela Merkel"),
        R("Vladimir Putin", "Russia", "President Vladimir Putin"),
    ])

# ---- 07 Sochi memorandum -----------------------------------------------------------------
ARTICLES["07_sochi-idlib-memorandum"] = dict(
    entities=c("Russia", "Turkey", "Iran", "United Nations", "Vladimir Putin", "Recep Tayyip Erdogan", "Black Sea") + [
        E("Syria", "State", ["Syrian", "Damascus", "Syrian Arab Republic"]),
        E("Nusra Front", "Organization", ["al-Nusra Front", "Jabhat al-Nusra"]),
        E("Hayat Tahrir al-Sham", "Organization", ["HTS"]),
        E("al-Qaeda", "Organization", ["al Qaeda", "Al-Qaeda"]),
        E("Sochi memorandum", "Agreement", ["Memorandum on Stabilisation of the Situation in the Idlib De-escalation Area", "Sochi agreement", "Sochi deal", "Idlib memorandum", "memorandum on stabilising the situation in the Idlib de-escalation zone"], "2018-09-17"),
        E("Bashar al-Assad", "Person", ["Assad", "President Bashar al-Assad"]),
        E("Sergei Shoigu", "Person", ["Shoigu", "Sergey Shoigu"]),
        E("Hulusi Akar", "Person", ["Akar"]),
        E("Hassan Rouhani", "Person", ["Rouhani"]),
        E("Staffan de Mistura", "Person", ["de Mistura"]),
        E("Sochi", "Place", []),
        E("Idlib province", "Place", ["Idlib", "Idlib de-escalation zone"]),
        E("Aleppo", "Place", []),
        E("Latakia", "Place", []),
        E("Hama", "Place", []),
    ],
    facts=[
        F("Vladimir Putin", "met_with", "Recep Tayyip Erdogan", "2018-09-17", "after more than four hours of talks with his Turkish counterpart, Tayyip Erdogan, at his residence in the Black Sea resort"),
        F("Sergei Shoigu", "signed", "Sochi memorandum", "2018-09-17", "Russian Defence Minister Sergei Shoigu and his Turkish counterpart, Hulusi Akar, then signed a memorandum on stabilising the situation in the Idlib de-escalation zone"),
        F("Hulusi Akar", "signed", "Sochi memorandum", "2018-09-17", "Russian Defence Minister Sergei Shoigu and his Turkish counterpart, Hulusi Akar, then signed a memorandum on stabilising the situation in the Idlib de-escalation zone"),
        F("Vladimir Putin", "met_with", "Hassan Rouhani", "2018-09-07", "a summit in Tehran, where Putin, Erdogan and Iranian President Hassan Rouhani"),
        F("Recep Tayyip Erdogan", "met_with", "Hassan Rouhani", "2018-09-07", "a summit in Tehran, where Putin, Erdogan and Iranian President Hassan Rouhani"),
        F("Russia", "struck", "Idlib province", "2018-09", "Russian and Syrian government warplanes carried out air strikes on the south of Idlib province"),
        F("Syria", "struck", "Idlib province", "2018-09", "Russian and Syrian government warplanes carried out air strikes on the south of Idlib province"),
        R("Vladimir Putin", "Russia", "President Vladimir Putin announced the arrangement"),
        R("Recep Tayyip Erdogan", "Turkey", "his Turkish counterpart, Tayyip Erdogan"),
        R("Bashar al-Assad", "Syria", "President Bashar al-Assad"),
        R("Sergei Shoigu", "Russia", "Russian Defence Minister Sergei Shoigu"),
        R("Hulusi Akar", "Turkey", "his Turkish counterpart, Hulusi Akar"),
        R("Hassan Rouhani", "Iran", "Iranian President Hassan Rouhani"),
        R("Staffan de Mistura", "United Nations", "U.N. Syria envoy Staffan de Mistura"),
    ])

# ---- 08 Israeli strike in Doha -------------------------------------------------------------
ARTICLES["08_israel-strike-doha-hamas"] = dict(
    entities=c("Israel", "Qatar", "United States", "Egypt", "Turkey", "Iran", "Hamas", "United Nations", "Qatari Foreign Ministry",
               "Benjamin Netanyahu", "Mohammed bin Abdulrahman Al Thani", "Majed al-Ansari", "Donald Trump", "Doha",
               "Al Udeid Air Base", "Gaza Strip") + [
        E("Saudi Arabia", "State", ["Saudi", "Riyadh", "Kingdom of Saudi Arabia"]),
        E("United Arab Emirates", "State", ["UAE", "Emirati"]),
        E("Jordan", "State", ["Jordanian"]),
        E("Israel Defense Forces", "Organization", ["IDF", "Israeli military"]),
        E("United States Armed Forces", "Organization", ["U.S. military", "US military"]),
        E("Shin Bet", "Organization", ["Shin Bet security agency", "Israel Security Agency"]),
        E("Qatari Interior Ministry", "Organization", ["Qatar's interior ministry"]),
        E("Gaza Health Ministry", "Organization", ["health ministry in the territory"]),
        E("Gaza ceasefire agreement", "Agreement", ["Gaza ceasefire deal", "Israel-Hamas ceasefire agreement"], "2025-01-15"),
        E("Khalil al-Hayya", "Person", []),
        E("Humam al-Hayya", "Person", []),
        E("Jihad Labad", "Person", []),
        E("Antonio Guterres", "Person", ["Guterres", "Ant\u00f3nio Guterres"]),
        E("Steve Witkoff", "Person", ["Witkoff"]),
        E("Karoline Leavitt", "Person", ["Leavitt"]),
        E("Jerusalem", "Place", []),
    ],
    facts=[
        F("Israel", "struck", "Hamas", "2025-09-09", "Israel carried out an air strike on Hamas's political leadership in Doha on Tuesday"),
        F("Israel", "struck", "Doha", "2025-09-09", "Israel carried out an air strike on Hamas's political leadership in Doha on Tuesday"),
        F("Israel Defense Forces", "struck", "Hamas", "2025-09-09", "The Israeli military and the Shin Bet security agency said in a joint statement that they had conducted \"a precise strike\" against Hamas's top leadership"),
        F("Shin Bet", "struck", "Hamas", "2025-09-09", "The Israeli military and the Shin Bet security agency said in a joint statement that they had conducted \"a precise strike\" against Hamas's top leadership"),
        F("Israel", "attacked", "Qatar", "2025-09-09", "in an unprecedented attack on the soil of a Gulf state that has been one of the main mediators in the war"),
        F("Qatar", "mediated", "Gaza ceasefire agreement", "2025-01", "Together with Egypt and the United States, it brokered the Gaza ceasefire agreement that took effect in January"),
        F("Egypt", "mediated", "Gaza ceasefire agreement", "2025-01", "Together with Egypt and the United States, it brokered the Gaza ceasefire agreement that took effect in January"),
        F("United States", "mediated", "Gaza ceasefire agreement", "2025-01", "Together with Egypt and the United States, it brokered the Gaza ceasefire agreement that took effect in January"),
        F("Hamas", "attacked", "Israel", "2023-10-07", "Hamas's attack on southern Israel on October 7, 2023"),
        F("Israel", "attacked", "Gaza Strip", "2023-10", "Israel's offensive has since killed more than 64,000 Palestinians"),
        R("Khalil al-Hayya", "Hamas", "the group's exiled Gaza chief and lead negotiator, Khalil al-Hayya"),
        R("Benjamin Netanyahu", "Israel", "Prime Minister Benjamin Netanyahu's office"),
        R("Majed al-Ansari", "Qatari Foreign Ministry", "Qatari foreign ministry spokesman Majed al-Ansari"),
        R("Mohammed bin Abdulrahman Al Thani", "Qatar", "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, who is also foreign minister"),
        R("Antonio Guterres", "United Nations", "U.N. Secretary-General Antonio Guterres"),
        R("Donald Trump", "United States", "U.S. President Donald Trump"),
        R("Steve Witkoff", "United States", "his special envoy, Steve Witkoff"),
        R("Karoline Leavitt", "United States", "White House press secretary Karoline Leavitt"),
    ])

# ---- 09 Armenia-Azerbaijan (scraped page) -------------------------------------------------
ARTICLES["09_armenia-azerbaijan-white-house-page"] = dict(
    articles=[
        "Armenia and Azerbaijan sign US-brokered peace declaration at White House",
        "Nagorno-Karabakh: how a 35-year conflict reshaped the South Caucasus",
        "Trump says he will meet Putin in Alaska on 15 August",
        "Israel's security cabinet approves plan to take control of Gaza City",
        "Bank of England cuts interest rates to 4% after knife-edge vote",
    ],
    not_articles=[
        "Skip to main content", "WORLDLINE", "News  World  Politics  Business  Climate  Opinion  Video  Podcasts",
        "Search", "Subscribe  Sign in", "We value your privacy",
        "We and our 214 partners use cookies and similar technologies to personalise content and ads, to measure performance and to improve our services. You can accept all cookies or choose which ones to allow.",
        "Accept all  Reject non-essential  Manage preferences", "World / Europe / South Caucasus",
        "By Lena Marchetti and Daniel Osei", "9 August 2025, 02:14 BST | Updated 9 August 2025, 09:40 BST", "5 min read",
        "Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "Photo: Pool / Worldline", "Read more:",
        "Topics", "Armenia  Azerbaijan  Donald Trump  US foreign policy", "Comments (112)", "Show comments", "Related",
        "8 August 2025", "7 August 2025", "Sign up for The Morning Dispatch, our daily newsletter", "Enter your email  Sign up",
        "Advertisement", "About us  Contact  Terms of use  Privacy policy  Cookie settings  Accessibility",
        "(c) 2025 Worldline Media Ltd. All rights reserved.",
    ],
    entities=c("United States", "Russia", "Iran", "Israel", "Soviet Union", "United States Congress", "Russian Foreign Ministry",
               "Donald Trump", "Vladimir Putin", "Benjamin Netanyahu") + [
        E("Armenia", "State", ["Armenian", "Yerevan", "Republic of Armenia"]),
        E("Azerbaijan", "State", ["Azerbaijani", "Baku", "Republic of Azerbaijan"]),
        E("Organization for Security and Co-operation in Europe", "Organization", ["OSCE", "Organization for Security and Cooperation in Europe"]),
        E("OSCE Minsk Group", "Organization", ["Minsk Group"]),
        E("Israeli security cabinet", "Organization", ["Israel's security cabinet", "security cabinet"]),
        E("Bank of England", "Organization", ["BoE"]),
        E("Monetary Policy Committee", "Organization", ["MPC"]),
        E("Truth Social", "Organization", []),
        E("Armenia-Azerbaijan Joint Declaration", "Agreement", ["joint declaration", "US-brokered peace declaration", "Washington Declaration"], "2025-08-08"),
        E("Armenia-Azerbaijan peace treaty", "Agreement", ["Agreement on the Establishment of Peace and Interstate Relations", "Armenia-Azerbaijan peace agreement"], "2025-08-08"),
        E("2020 Nagorno-Karabakh ceasefire agreement", "Agreement", ["Moscow-brokered ceasefire", "2020 Nagorno-Karabakh ceasefire"], "2020-11-10"),
        E("Ilham Aliyev", "Person", ["Aliyev", "President Ilham Aliyev"]),
        E("Nikol Pashinyan", "Person", ["Pashinyan", "Nikol Pashinian", "Pashinian"]),
        E("Jeyhun Bayramov", "Person", ["Bayramov"]),
        E("Ararat Mirzoyan", "Person", ["Mirzoyan"]),
        E("Maria Zakharova", "Person", ["Zakharova"]),
        E("Joe Biden", "Person", ["Biden", "President Joe Biden"]),
        E("Andrew Bailey", "Person", ["Bailey"]),
        E("Trump Route for International Peace and Prosperity", "Place", ["TRIPP", "Trump Route"]),
        E("Syunik province", "Place", ["Syunik"]),
        E("Nakhchivan", "Place", ["Nakhichevan"]),
        E("Nagorno-Karabakh", "Place", ["Karabakh"]),
        E("South Caucasus", "Place", []),
        E("Alaska", "Place", []),
        E("Geneva", "Place", []),
        E("Gaza City", "Place", []),
    ],
    facts=[
        F("Ilham Aliyev", "signed", "Armenia-Azerbaijan Joint Declaration", "2025-08-08", "Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan signed a joint declaration at the White House on Friday"),
        F("Nikol Pashinyan", "signed", "Armenia-Azerbaijan Joint Declaration", "2025-08-08", "Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan signed a joint declaration at the White House on Friday"),
        F("Donald Trump", "signed", "Armenia-Azerbaijan Joint Declaration", "2025-08-08", "at a ceremony hosted by US President Donald Trump, who signed the document as a witness"),
        F("Armenia", "signed", "Armenia-Azerbaijan Joint Declaration", "2025-08-08", "Armenia and Azerbaijan sign US-brokered peace declaration at White House"),
        F("Azerbaijan", "signed", "Armenia-Azerbaijan Joint Declaration", "2025-08-08", "Armenia and Azerbaijan sign US-brokered peace declaration at White House"),
        F("United States", "mediated", "Armenia-Azerbaijan Joint Declaration", "2025-08", "Armenia and Azerbaijan sign US-brokered peace declaration at White House"),
    ] + [
        F(a, "met_with", b, "2025-08-08", "standing between the two leaders after the three had held talks. At the end of the ceremony the three men clasped hands.")
        for a, b in [("Donald Trump", "Ilham Aliyev"), ("Donald Trump", "Nikol Pashinyan"), ("Ilham Aliyev", "Nikol Pashinyan")]
    ] + [
        F("Russia", "mediated", "2020 Nagorno-Karabakh ceasefire agreement", "2020-11", "a six-week war in 2020 that ended with a Moscow-brokered ceasefire"),
        F("Azerbaijan", "attacked", "Nagorno-Karabakh", "2023-09", "in September 2023 it retook the region itself in a one-day offensive"),
        F("Vladimir Putin", "met_with", "Joe Biden", "2021-06", "since Vladimir Putin met Joe Biden in Geneva in June 2021"),
        R("Ilham Aliyev", "Azerbaijan", "Azerbaijan's President Ilham Aliyev"),
        R("Nikol Pashinyan", "Armenia", "Armenia's Prime Minister Nikol Pashinyan"),
        R("Donald Trump", "United States", "US President Donald Trump"),
        R("Jeyhun Bayramov", "Azerbaijan", "the two countries' foreign ministers, Jeyhun Bayramov of Azerbaijan"),
        R("Ararat Mirzoyan", "Armenia", "Ararat Mirzoyan of Armenia"),
        R("Maria Zakharova", "Russian Foreign Ministry", "Russian foreign ministry spokeswoman Maria Zakharova"),
        R("Vladimir Putin", "Russia", "the first meeting between a sitting American president and the Russian leader"),
        R("Benjamin Netanyahu", "Israel", "Prime Minister Benjamin Netanyahu's office"),
        R("Andrew Bailey", "Bank of England", "Governor Andrew Bailey"),
    ])

# ---- 10 Istanbul talks (live blog) ----------------------------------------------------------
TIMES = ["19:05 BST", "18:47 BST", "18:20 BST", "17:35 BST", "16:10 BST", "13:41 BST", "11:50 BST", "09:30 BST"]
ARTICLES["10_istanbul-russia-ukraine-talks-liveblog"] = dict(
    articles=[
        "Russia-Ukraine talks in Istanbul: sides agree 1,000-for-1,000 prisoner swap - as it happened",
        "Who is Vladimir Medinsky, the historian leading Russia's negotiators?",
        "EU readies 17th sanctions package against Russia",
        "Ukraine war: the map of the front line",
    ],
    not_articles=[
        "Menu", "EUROPE NOW", "Live", "Sign in", "Home > World > Europe > Russia-Ukraine war", "LIVE",
        "Updated 16 May 2025, 19:05 BST", "Europe live team", "Key events", "Show key events only",
        "Please turn on JavaScript to use this feature", "Auto-update: On",
    ] + TIMES + ["Share", "More on this story", "Reuse this content", "Advertisement", "Back to top", "Terms  Privacy  Cookies  Help"],
    entities=c("Russia", "Ukraine", "Turkey", "United States", "France", "United Kingdom", "Germany", "Poland", "European Union",
               "Vladimir Putin", "Volodymyr Zelenskyy", "Recep Tayyip Erdogan", "Marco Rubio", "Donald Trump", "Donald Tusk", "Europe") + [
        E("Albania", "State", ["Albanian"]),
        E("Istanbul prisoner exchange agreement", "Agreement", ["1,000-for-1,000 prisoner swap", "1,000-for-1,000 prisoner exchange", "thousand-for-thousand exchange"], "2025-05-16"),
        E("Vladimir Medinsky", "Person", ["Medinsky"]),
        E("Rustem Umerov", "Person", ["Umerov", "Rustem Umierov"]),
        E("Hakan Fidan", "Person", ["Fidan"]),
        E("Emmanuel Macron", "Person", ["Macron"]),
        E("Keir Starmer", "Person", ["Starmer"]),
        E("Friedrich Merz", "Person", ["Merz"]),
        E("Istanbul", "Place", []),
        E("Dolmabahce Palace", "Place", ["Dolmabah\u00e7e Palace", "Istanbul's Dolmabahce Palace"]),
        E("Bosphorus", "Place", []),
        E("Tirana", "Place", []),
        E("Donetsk region", "Place", ["Donetsk"]),
        E("Luhansk region", "Place", ["Luhansk"]),
        E("Zaporizhzhia region", "Place", ["Zaporizhzhia"]),
        E("Kherson region", "Place", ["Kherson"]),
    ],
    facts=[
        F(a, "met_with", b, "2025-05-16", "Umerov and Medinsky sat across from each other, with Turkish Foreign Minister Hakan Fidan at the head of the table.")
        for a, b in [("Rustem Umerov", "Vladimir Medinsky"), ("Hakan Fidan", "Rustem Umerov"), ("Hakan Fidan", "Vladimir Medinsky")]
    ] + [
        F(a, "met_with", b, "2025-05-16", "U.S. Secretary of State Marco Rubio held a three-way meeting at the palace with Fidan and the Ukrainian delegation led by Umerov.")
        for a, b in [("Marco Rubio", "Hakan Fidan"), ("Marco Rubio", "Rustem Umerov")]
    ] + [
        F("Volodymyr Zelenskyy", "met_with", "Recep Tayyip Erdogan", "2025-05-15", "Zelenskyy flew to the Turkish capital on Thursday for talks with President Recep Tayyip Erdogan"),
    ] + [
        F("Russia", "annexed", r, "2022-09", "the Donetsk, Luhansk, Zaporizhzhia and Kherson regions, which Moscow claimed to have annexed in September 2022")
        for r in ["Donetsk region", "Luhansk region", "Zaporizhzhia region", "Kherson region"]
    ] + [
        F("Russia", "attacked", "Ukraine", "2022-02", "Russia launched its full-scale invasion of Ukraine in February 2022."),
        R("Vladimir Medinsky", "Russia", "Vladimir Medinsky, the Kremlin aide who led Russia's delegation"),
        R("Rustem Umerov", "Ukraine", "Ukraine's defence minister, Rustem Umerov"),
        R("Hakan Fidan", "Turkey", "Turkish Foreign Minister Hakan Fidan"),
        R("Marco Rubio", "United States", "U.S. Secretary of State Marco Rubio"),
        R("Donald Trump", "United States", "U.S. President Donald Trump"),
        R("Recep Tayyip Erdogan", "Turkey", "President Recep Tayyip Erdogan"),
        R("Emmanuel Macron", "France", "French President Emmanuel Macron"),
        R("Keir Starmer", "United Kingdom", "British Prime Minister Keir Starmer"),
        R("Friedrich Merz", "Germany", "German Chancellor Friedrich Merz"),
        R("Donald Tusk", "Poland", "Polish Prime Minister Donald Tusk"),
        R("Volodymyr Zelenskyy", "Ukraine", "a meeting between presidents Volodymyr Zelenskyy and Vladimir Putin"),
        R("Vladimir Putin", "Russia", "a meeting between presidents Volodymyr Zelenskyy and Vladimir Putin"),
    ])

# ---- 11 negative control: Wimbledon men's final ------------------------------------------------
ARTICLES["11_wimbledon-mens-final-2025"] = dict(
    entities=c("United States", "Poland", "Serbia", "Paris") + [
        E("Italy", "State", ["Italian"]),
        E("Spain", "State", ["Spanish", "Spaniard"]),
        E("Bulgaria", "State", ["Bulgarian"]),
        E("All England Club", "Organization", ["All England Lawn Tennis Club"]),
        E("World Anti-Doping Agency", "Organization", ["WADA"]),
        E("Jannik Sinner", "Person", ["Sinner", "Jannik"]),
        E("Carlos Alcaraz", "Person", ["Alcaraz"]),
        E("Grigor Dimitrov", "Person", ["Dimitrov"]),
        E("Ben Shelton", "Person", ["Shelton"]),
        E("Novak Djokovic", "Person", ["Djokovic"]),
        E("Taylor Fritz", "Person", ["Fritz"]),
        E("Roger Federer", "Person", ["Federer"]),
        E("Rafael Nadal", "Person", ["Nadal"]),
        E("Iga Swiatek", "Person", ["Swiatek", "Iga \u015awi\u0105tek"]),
        E("Amanda Anisimova", "Person", ["Anisimova"]),
        E("London", "Place", []),
        E("Wimbledon", "Place", []),
        E("Centre Court", "Place", []),
        E("Rome", "Place", []),
        E("Roland Garros", "Place", ["Roland-Garros"]),
        E("Queen's Club", "Place", ["Queen's"]),
    ],
    facts=[])


def main():
    os.makedirs(GOLD, exist_ok=True)
    for slug, a in ARTICLES.items():
        doc = {"source": f"corpus/{slug}.txt"}
        if "articles" in a:
            doc["articles"] = a["articles"]
            doc["not_articles"] = a["not_articles"]
        doc["entities"] = a["entities"]
        with open(os.path.join(GOLD, slug + ".entities.json"), "w") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(GOLD, slug + ".facts.jsonl"), "w") as f:
            for x in a["facts"]:
                f.write(json.dumps(x, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
