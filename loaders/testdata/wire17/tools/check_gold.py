#!/usr/bin/env python3
"""Validate the whole wire17 set: corpus headers, headlines, datelines, gold JSON, kinds, predicates,
entity references, evidence, page furniture, dates, modality, the negative control, duplicates and
alias uniqueness across the set.

usage: check_gold.py [SET_DIR] [--shared /work/shared]

Kinds and predicates are read from SHARED/gold/README.md; names are normalised with the same
norm() as SHARED/tools/score_facts.py (imported from there). Prints every problem and exits 1 if
there is any; prints a one-line summary and exits 0 otherwise.
"""
import datetime, glob, importlib.util, json, os, re, sys

MINOR = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or",
         "the", "to", "with", "after", "over", "per", "vs"}
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4, "May": 5, "June": 6, "Jun": 6,
          "July": 7, "Jul": 7, "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'/ -]*[A-Z])"            # CITY
    r"(?:, (?P<region>[A-Z][A-Za-z.' ]+?))?"         # optional country / state
    r"(?:, (?P<mon>[A-Z][a-z]+)\.? (?P<day>\d{1,2}))?"  # optional Month D
    r"(?: \((?P<agency>[A-Za-z-]+)\))?"              # optional (Agency)
    r" (?:—|-) \S")
TIMESTAMP = re.compile(r"^\d{2}:\d{2} [A-Z]{2,4}$")
SYMMETRIC = {"met_with"}
# Kinds a predicate's subject and object may have (a sanity check, not a rule from the README).
ROLE_KINDS = {
    "signed": ({"Person", "State", "Organization"}, {"Agreement"}),
    "violated": ({"Person", "State", "Organization"}, {"Agreement"}),
    "mediated": ({"Person", "State", "Organization"}, {"Agreement"}),
    "invoked": ({"Person", "State", "Organization"}, {"Agreement"}),
    "struck": ({"State", "Organization", "Person"}, {"State", "Organization", "Place", "Person"}),
    "attacked": ({"State", "Organization", "Person"}, {"State", "Organization", "Place", "Person"}),
    "annexed": ({"State"}, {"Place", "State"}),
    "met_with": ({"Person"}, {"Person"}),
    "led": ({"Person", "State"}, {"Organization", "State"}),
    "represents": ({"Person"}, {"State", "Organization"}),
}


def load_norm(shared):
    spec = importlib.util.spec_from_file_location("score_facts", os.path.join(shared, "tools", "score_facts.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def readme_lists(shared):
    text = open(os.path.join(shared, "gold", "README.md"), encoding="utf-8").read()
    km = re.search(r"Kinds:\s*([^.]+)\.", text)
    kinds = {k.strip() for k in km.group(1).split(",")}
    pm = re.search(r"Predicates:\s*(.+?)(?:\n\n|`)", text, re.S)
    plist = re.sub(r"\([^)]*\)", "", pm.group(1))
    preds = {p.strip().strip(".").strip() for p in plist.replace("\n", " ").split(",")}
    preds.discard("")
    return kinds, preds


def headline_style(t):
    letters = [c for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "caps"
    words = [w.strip("'\"(),:;") for w in t.split()]
    words = [w for w in words if w and w[0].isalpha()]
    lower = [w for w in words[1:] if w[0].islower() and w.lower() not in MINOR]
    if not lower and words and all(w[0].isupper() for w in words if w.lower() not in MINOR):
        return "title"
    if words and words[0][0].isupper() and len(lower) >= 2:
        return "sentence"
    return "unknown"


def named_in(low, n, aliases):
    """True if the name or an alias occurs in the text, or (for descriptions such as "the provincial
    governments of Malaita and Guadalcanal") every content word of the name occurs as a 5-letter prefix."""
    if any(s.lower() in low for s in [n] + aliases):
        return True
    words = [w for w in re.split(r"[^a-z0-9']+", n.lower()) if len(w) >= 4 and w not in MINOR]
    return bool(words) and all(w[:5] in low for w in words)


def valid_date(d):
    if d == "":
        return True
    for fmt, rx in (("%Y", r"^\d{4}$"), ("%Y-%m", r"^\d{4}-\d{2}$"), ("%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}$")):
        if re.match(rx, d):
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    shared = "/work/shared"
    if "--shared" in argv:
        shared = argv[argv.index("--shared") + 1]
        args = [a for a in args if a != shared]
    top = os.path.abspath(args[0]) if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    norm = load_norm(shared)
    kinds, preds = readme_lists(shared)
    corpus, gold = os.path.join(top, "corpus"), os.path.join(top, "gold")
    err = []
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(corpus, "*.txt")))
    if len(names) != 11:
        err.append(f"expected 11 articles, found {len(names)}")
    styles, negatives, scraped, live = {}, [], [], []
    alias_owner, kind_of = {}, {}
    nfacts = 0
    for name in names:
        if not re.match(r"^\d{2}_[a-z0-9-]+$", name):
            err.append(f"{name}: file name is not NN_slug")
        raw = open(os.path.join(corpus, name + ".txt"), encoding="utf-8").read()
        lines = raw.split("\n")
        # --- header -------------------------------------------------------
        title = lines[0].strip()
        if not title:
            err.append(f"{name}: line 1 (title) is empty")
        if not (lines[1].startswith("Source: ") and lines[1].endswith("; reworded")):
            err.append(f"{name}: line 2 is not 'Source: ...; reworded'")
        m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})$", lines[2])
        pub = None
        if not m:
            err.append(f"{name}: line 3 is not 'Published: YYYY-MM-DD'")
        else:
            try:
                pub = datetime.date.fromisoformat(m.group(1))
            except ValueError:
                err.append(f"{name}: bad Published date")
        if lines[3].strip() != "":
            err.append(f"{name}: line 4 is not blank")
        body = "\n".join(lines[4:])
        words = len(body.split())
        if not 350 <= words <= 900:
            err.append(f"{name}: body has {words} words (want 350-900)")
        styles[name] = headline_style(title)
        # --- gold files ----------------------------------------------------
        try:
            ej = json.load(open(os.path.join(gold, name + ".entities.json"), encoding="utf-8"))
        except Exception as e:
            err.append(f"{name}: entities.json: {e}")
            continue
        facts = []
        try:
            for i, line in enumerate(open(os.path.join(gold, name + ".facts.jsonl"), encoding="utf-8"), 1):
                if line.strip():
                    facts.append(json.loads(line))
        except Exception as e:
            err.append(f"{name}: facts.jsonl: {e}")
            continue
        nfacts += len(facts)
        if ej.get("source") != f"corpus/{name}.txt":
            err.append(f"{name}: source field is {ej.get('source')!r}")
        is_page = "articles" in ej or "not_articles" in ej
        body_lines = [l.strip() for l in body.split("\n")]
        stamps = [l for l in body_lines if TIMESTAMP.match(l)]
        if is_page:
            scraped.append(name)
            if len(stamps) >= 3:
                live.append(name)
            for key in ("articles", "not_articles"):
                if not isinstance(ej.get(key), list) or not ej[key]:
                    err.append(f"{name}: {key} missing or empty")
                for s in ej.get(key, []):
                    if s not in body:
                        err.append(f"{name}: {key} string not verbatim: {s!r}")
            arts = ej.get("articles", [])
            if len(arts) != 4:
                err.append(f"{name}: a scraped page should list 1 story + 3 related teasers, has {len(arts)}")
            if title not in arts[:1]:
                err.append(f"{name}: file title is not the page's main story")
            if "Related" not in ej.get("not_articles", []):
                err.append(f"{name}: no 'Related' furniture line")
        # --- datelines ------------------------------------------------------
        first = next((l for l in body_lines if l), "")
        dl_lines = [l for l in body_lines if DATELINE.match(l)]
        if not is_page:
            dm = DATELINE.match(first)
            if not dm:
                err.append(f"{name}: first paragraph has no dateline: {first[:60]!r}")
            elif dm.group("mon") and pub:
                mon = MONTHS.get(dm.group("mon"))
                if mon != pub.month or int(dm.group("day")) != pub.day:
                    err.append(f"{name}: dateline date {dm.group('mon')} {dm.group('day')} != Published {pub}")
        elif name not in live and not dl_lines:
            err.append(f"{name}: scraped page's story has no dateline")
        # --- entities --------------------------------------------------------
        seen = set()
        local = {}
        low = body.lower()
        furniture = {norm(s) for s in ej.get("not_articles", [])}
        for e in ej.get("entities", []):
            n, k, al = e.get("name"), e.get("kind"), e.get("aliases")
            if not n or k not in kinds or not isinstance(al, list):
                err.append(f"{name}: bad entity {e}")
                continue
            if n in seen:
                err.append(f"{name}: entity {n!r} listed twice")
            seen.add(n)
            if "date" in e and not valid_date(e["date"]):
                err.append(f"{name}: entity {n!r} has bad date {e['date']!r}")
            if kind_of.setdefault(n, k) != k:
                err.append(f"{name}: entity {n!r} is {k} here but {kind_of[n]} elsewhere")
            if not named_in(low, n, al):
                err.append(f"{name}: entity {n!r} is not named in the text")
            for s in [n] + al:
                key = norm(s)
                if not key:
                    err.append(f"{name}: alias {s!r} of {n!r} normalises to nothing")
                    continue
                if key in furniture:
                    err.append(f"{name}: page furniture {s!r} is an entity name or alias")
                owner = alias_owner.setdefault(key, (n, name))
                if owner[0] != n:
                    err.append(f"{name}: alias {s!r} of {n!r} already belongs to {owner[0]!r} ({owner[1]})")
                if local.setdefault(key, n) != n:
                    err.append(f"{name}: alias {s!r} is ambiguous within the file")
        for s in ej.get("not_articles", []):
            for e in ej.get("entities", []):
                if norm(e["name"]) == norm(s):
                    err.append(f"{name}: furniture {s!r} is an entity")
        # --- facts -------------------------------------------------------------
        if not facts:
            negatives.append(name)
        dup = set()
        kinds_here = {e["name"]: e["kind"] for e in ej.get("entities", [])}
        for i, f in enumerate(facts, 1):
            where = f"{name} fact {i}"
            keys = set(f)
            if not {"subject", "predicate", "object", "date", "evidence"} <= keys or \
                    keys - {"subject", "predicate", "object", "date", "evidence", "modality"}:
                err.append(f"{where}: keys {sorted(keys)}")
                continue
            p = f["predicate"]
            if p not in preds:
                err.append(f"{where}: predicate {p!r} not in README list {sorted(preds)}")
            res = {}
            for role in ("subject", "object"):
                r = local.get(norm(f[role]))
                if r is None:
                    err.append(f"{where}: {role} {f[role]!r} is not an entity name or alias of this article")
                res[role] = r
            if p in ROLE_KINDS and res["subject"] and res["object"]:
                sk, ok = ROLE_KINDS[p]
                if kinds_here[res["subject"]] not in sk or kinds_here[res["object"]] not in ok:
                    err.append(f"{where}: {p} between {kinds_here[res['subject']]} and {kinds_here[res['object']]}")
            if res["subject"] and res["subject"] == res["object"]:
                err.append(f"{where}: subject and object are the same entity")
            if f["evidence"] not in body:
                err.append(f"{where}: evidence not verbatim: {f['evidence']!r}")
            for s in ej.get("not_articles", []):
                if f["evidence"] in s:
                    err.append(f"{where}: evidence lies inside page furniture")
            if not valid_date(f["date"]):
                err.append(f"{where}: bad date {f['date']!r}")
            if pub and f["date"] and f["date"][:4] > str(pub.year):
                err.append(f"{where}: date {f['date']} is after the article's publication")
            if "modality" in f and f["modality"] != "alleged":
                err.append(f"{where}: modality {f['modality']!r}")
            s_, o_ = res["subject"] or f["subject"], res["object"] or f["object"]
            if p in SYMMETRIC and s_ > o_:
                s_, o_ = o_, s_
            k = (s_, p, o_, f["date"])
            if k in dup:
                err.append(f"{where}: duplicate fact {k}")
            dup.add(k)
        if facts and pub and pub.year % 2:
            err.append(f"{name}: political article published in an odd year ({pub.year})")
    # --- set-level ------------------------------------------------------------
    caps = [n for n, s in styles.items() if s == "caps"]
    title = [n for n, s in styles.items() if s == "title"]
    other = [n for n, s in styles.items() if s not in ("caps", "title", "sentence")]
    if len(caps) != 1:
        err.append(f"want exactly one ALL CAPS headline, have {caps}")
    if len(title) != 1:
        err.append(f"want exactly one Title Case headline, have {title}")
    if other:
        err.append(f"headlines of unknown style: {other}")
    if len(negatives) != 1:
        err.append(f"want exactly one negative control (empty facts), have {negatives}")
    elif negatives[0] in scraped:
        err.append("the negative control should not be a scraped page")
    if len(scraped) != 2:
        err.append(f"want two scraped pages, have {scraped}")
    if len(live) != 1:
        err.append(f"want exactly one live blog among the scraped pages, have {live}")
    if err:
        for e in err:
            print("ERROR", e)
        print(f"{len(err)} problem(s)")
        return 1
    print(f"OK: {len(names)} articles, {nfacts} facts, {len(alias_owner)} distinct normalised names; "
          f"predicates {sorted(preds)}; caps={caps[0]}, title={title[0]}, negative={negatives[0]}, "
          f"scraped={scraped}, live={live[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
