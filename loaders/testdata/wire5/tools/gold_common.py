"""Shared entity registry for the blind5 gold: recurring entities get one canonical
name, kind and alias list in every file where they occur."""

R = {}

def reg(name, kind, aliases=(), date=None):
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    R[name] = e

# States
reg("United States", "State", ["US", "U.S.", "USA", "United States of America", "America", "American", "Americans", "Washington", "the White House", "White House"])
reg("Russia", "State", ["Russian", "Russians", "Russian Federation", "Moscow", "the Kremlin", "Kremlin"])
reg("China", "State", ["Chinese", "People's Republic of China", "PRC", "Beijing"])
reg("United Kingdom", "State", ["UK", "U.K.", "Britain", "Great Britain", "British"])
reg("France", "State", ["French"])
reg("Germany", "State", ["German"])
reg("Italy", "State", ["Italian"])
reg("Spain", "State", ["Spanish", "Spaniard"])
reg("Switzerland", "State", ["Swiss"])
reg("Israel", "State", ["Israeli", "Israelis"])
reg("Egypt", "State", ["Egyptian"])
reg("Qatar", "State", ["Qatari", "State of Qatar"])
reg("Turkey", "State", ["Turkish", "Turkiye", "Türkiye"])
reg("Ukraine", "State", ["Ukrainian", "Ukrainians", "Kyiv"])
reg("Iran", "State", ["Iranian", "Tehran", "Islamic Republic of Iran"])
reg("North Korea", "State", ["North Korean", "DPRK", "Democratic People's Republic of Korea", "Pyongyang", "the North"])
reg("South Korea", "State", ["South Korean", "Seoul", "Republic of Korea", "the South"])
reg("Japan", "State", ["Japanese"])
reg("Soviet Union", "State", ["Soviet", "USSR", "CCCP"])
reg("Cuba", "State", ["Cuban", "Cuban government"])
reg("Norway", "State", ["Norwegian"])
# Organizations
reg("United Nations", "Organization", ["UN", "U.N."])
reg("UN Security Council", "Organization", ["Security Council", "United Nations Security Council", "U.N. Security Council"])
reg("NATO", "Organization", ["Nato", "North Atlantic Treaty Organization"])
reg("European Union", "Organization", ["EU", "E.U."])
reg("African Union", "Organization", ["AU", "African Union Commission"])
reg("Hamas", "Organization", ["Islamic Resistance Movement"])
reg("US State Department", "Organization", ["State Department", "U.S. State Department"])
reg("al-Qaeda", "Organization", ["al Qaeda", "Al-Qaeda", "Al Qaeda"])
reg("Islamic State", "Organization", ["Islamic State group", "IS", "ISIS"])
reg("Chinese Foreign Ministry", "Organization", ["Chinese foreign ministry", "China's foreign ministry"])
# Persons
reg("Donald Trump", "Person", ["Trump", "President Donald Trump", "Donald J. Trump"])
reg("Vladimir Putin", "Person", ["Putin", "President Vladimir Putin"])
reg("Steve Witkoff", "Person", ["Witkoff"])
reg("Sergei Lavrov", "Person", ["Lavrov", "Sergey Lavrov"])
reg("Benjamin Netanyahu", "Person", ["Netanyahu"])
reg("Joe Biden", "Person", ["Biden", "President Joe Biden"])
reg("Emmanuel Macron", "Person", ["Macron"])
reg("Matthew Miller", "Person", ["Miller"])
reg("Antony Blinken", "Person", ["Blinken"])
reg("Antonio Guterres", "Person", ["Guterres", "António Guterres"])
reg("Abdel Fattah el-Sisi", "Person", ["el-Sisi", "Sisi", "Abdel Fattah al-Sisi"])
reg("Kim Jong Un", "Person", ["Kim", "Kim Jong-un", "Chairman Kim"])
# Places
reg("Gaza Strip", "Place", ["Gaza"])
reg("Red Sea", "Place", [])
reg("Crimea", "Place", ["Crimean peninsula"])
reg("New York", "Place", ["New York City"])


def E(*names, extra=()):
    """Registry entities by name, plus ad-hoc entity dicts in extra."""
    out = [dict(R[n], aliases=list(R[n]["aliases"])) for n in names]
    return out + list(extra)


def P(name, kind, aliases=(), date=None):
    e = {"name": name, "kind": kind, "aliases": list(aliases)}
    if date:
        e["date"] = date
    return e


def F(s, p, o, ev, date="", alleged=False):
    x = {"subject": s, "predicate": p, "object": o, "date": date, "evidence": ev}
    if alleged:
        x["modality"] = "alleged"
    return x
