#!/usr/bin/env python3
"""Validate the whole wire15 set: corpus headers and datelines, gold JSON, kinds, predicates,
names, evidence, page furniture, dates, modality, the negative control, duplicates and the
set-wide alias table. Names are normalised exactly as /work/shared/tools/score_facts.py does.

usage: check_gold.py [--score]     (--score also runs score_facts.py gold-against-itself per file)
Exit status 0 when clean, 1 when any problem is found.
"""
import glob, importlib.util, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS, GOLD = os.path.join(ROOT, "corpus"), os.path.join(ROOT, "gold")
SHARED = "/work/shared"
SCORER = os.path.join(SHARED, "tools", "score_facts.py")
README = os.path.join(SHARED, "gold", "README.md")

KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
NEGATIVE = {"11_total-solar-eclipse-north-america-2024"}   # non-political control: no facts
LIVE = {"09_gaza-ceasefire-live-blog-2012"}                 # live blog: timestamps, no dateline
SMALL = {"a", "an", "the", "and", "or", "of", "at", "as", "in", "on", "to", "for", "by", "from", "with"}

spec = importlib.util.spec_from_file_location("score_facts", SCORER)
sf = importlib.util.module_from_spec(spec); spec.loader.exec_module(sf)
norm = sf.norm

problems = []
def bad(where, msg):
    problems.append(f"{where}: {msg}")

def predicates_from_readme():
    text = open(README, encoding="utf-8").read()
    m = re.search(r"Predicates:\s*(.+?)\.\s*\n", text, re.S)
    if not m:
        sys.exit("cannot find the predicate list in " + README)
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    return {p.strip() for p in body.replace("\n", " ").split(",") if p.strip()}

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
def valid_date(d):
    if d == "":
        return True
    m = DATE_RE.match(d)
    if not m:
        return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        return False
    if m.group(3):
        import datetime
        try:
            datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return True

DATELINE_RE = re.compile(
    r"^[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*"          # CITY in capitals
    r"(?:, [A-Z][A-Za-z.\- ]+?)?"                      # optional ", Country" or ", N.Y."
    r"(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?"               # optional ", Month D"
    r"(?: \([A-Za-z ]+\))?"                            # optional (Agency)
    r" ?[—-] ")

def headline_style(t):
    letters = [c for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "caps"
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*", t)]
    content = [w for w in words[1:] if w.lower() not in SMALL]
    if content and sum(w[0].isupper() for w in content) / len(content) >= 0.85:
        return "title"
    return "sentence"

def main():
    preds = predicates_from_readme()
    files = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(CORPUS, "*.txt")))
    if len(files) != 11:
        bad("corpus", f"expected 11 articles, found {len(files)}")
    styles, pages, lives = {}, [], []
    alias_owner, kind_of = {}, {}
    total = {}
    for name in files:
        text = open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        # ---- header
        if not re.match(r"^\d{2}_[a-z0-9-]+$", name):
            bad(name, "file name is not NN_slug")
        if len(lines) < 5 or not lines[0].strip():
            bad(name, "line 1 must be the title"); continue
        if not (lines[1].startswith("Source: ") and lines[1].endswith("; reworded")):
            bad(name, "line 2 must be 'Source: ...; reworded'")
        m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})$", lines[2])
        if not m or not valid_date(m.group(1)):
            bad(name, "line 3 must be 'Published: YYYY-MM-DD'"); continue
        year = int(m.group(1)[:4])
        if lines[3] != "":
            bad(name, "line 4 must be blank")
        body = "\n".join(lines[4:])
        nwords = len(body.split())
        if not 350 <= nwords <= 900:
            bad(name, f"body has {nwords} words (350-900)")
        styles[name] = headline_style(lines[0])
        if name not in NEGATIVE and year % 2:
            bad(name, f"political article dated {year}, an odd year")
        if not 1950 <= year <= 2026:
            bad(name, f"year {year} outside 1950-2026")
        # ---- dateline
        if name in LIVE:
            stamps = [l for l in lines[4:] if re.match(r"^\d{2}:\d{2}$", l)]
            if len(stamps) < 5:
                bad(name, "live blog needs timestamped entries")
        elif not any(DATELINE_RE.match(l) for l in lines[4:]):
            bad(name, "no dateline ('CITY, Month D (Agency) —' or 'CITY —') found")
        # ---- gold files
        ep, fp = os.path.join(GOLD, name + ".entities.json"), os.path.join(GOLD, name + ".facts.jsonl")
        try:
            doc = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            bad(name, f"entities.json unreadable: {e}"); continue
        if doc.get("source") != f"corpus/{name}.txt":
            bad(name, "entities.json 'source' must be corpus/NAME.txt")
        table = {}
        for e in doc.get("entities", []):
            en = e.get("name")
            if not en or e.get("kind") not in KINDS or not isinstance(e.get("aliases"), list):
                bad(name, f"bad entity record {e}"); continue
            if "date" in e and (e["kind"] != "Agreement" or not valid_date(e["date"]) or not e["date"]):
                bad(name, f"entity date only for Agreements, valid format: {en}")
            if kind_of.setdefault(en, e["kind"]) != e["kind"]:
                bad(name, f"entity {en} has kind {e['kind']} here but {kind_of[en]} elsewhere")
            forms = [en] + e["aliases"]
            if not any(f.lower() in text.lower() for f in forms):
                bad(name, f"entity {en} is listed but none of its forms occurs in the text")
            for f in forms:
                k = norm(f)
                if not k:
                    bad(name, f"empty normalised alias {f!r} of {en}"); continue
                if table.get(k, en) != en:
                    bad(name, f"alias {f!r} belongs to both {table[k]} and {en}")
                table[k] = en
                alias_owner.setdefault(k, set()).add(en)
        # ---- pages
        if "articles" in doc or "not_articles" in doc:
            pages.append(name)
            if name in LIVE:
                lives.append(name)
            arts, furn = doc.get("articles", []), doc.get("not_articles", [])
            if len(arts) != 4:
                bad(name, "a scraped page lists its main story and three teasers (4 articles)")
            if arts and arts[0] != lines[0]:
                bad(name, "first listed article must be the title on line 1")
            for s in arts + furn:
                if s not in body:
                    bad(name, f"page string not verbatim: {s!r}")
            for s in furn:
                if norm(s) in table:
                    bad(name, f"page furniture {s!r} is also an entity ({table[norm(s)]})")
            if len(furn) < 8:
                bad(name, "page furniture looks incomplete")
        # ---- facts
        facts, seen = [], set()
        for i, line in enumerate(open(fp, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                x = json.loads(line)
            except Exception as e:
                bad(name, f"facts line {i}: bad JSON ({e})"); continue
            facts.append(x)
            for key in ("subject", "predicate", "object", "date", "evidence"):
                if key not in x:
                    bad(name, f"facts line {i}: missing {key}")
            extra = set(x) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                bad(name, f"facts line {i}: unknown keys {extra}")
            p = x.get("predicate")
            if p not in preds:
                bad(name, f"facts line {i}: predicate {p!r} not in {sorted(preds)}")
            for role in ("subject", "object"):
                if norm(x.get(role, "")) not in table:
                    bad(name, f"facts line {i}: {role} {x.get(role)!r} is not an entity name or alias of this file")
            if not valid_date(x.get("date", "")):
                bad(name, f"facts line {i}: bad date {x.get('date')!r}")
            if p == "represents" and x.get("date"):
                bad(name, f"facts line {i}: represents facts carry an empty date")
            if "modality" in x and x["modality"] != "alleged":
                bad(name, f"facts line {i}: modality must be 'alleged'")
            ev = x.get("evidence", "")
            if not ev or ev not in body:
                bad(name, f"facts line {i}: evidence not verbatim in the article body: {ev!r}")
            if p == "represents":
                s_kind = kind_of.get(table.get(norm(x["subject"]), ""))
                o_kind = kind_of.get(table.get(norm(x["object"]), ""))
                if s_kind != "Person" or o_kind not in ("State", "Organization"):
                    bad(name, f"facts line {i}: represents needs Person -> State/Organization")
            if p in ("signed", "violated", "invoked") and kind_of.get(table.get(norm(x["object"]), "")) != "Agreement":
                bad(name, f"facts line {i}: object of {p} must be an Agreement")
            if p == "met_with" and {kind_of.get(table.get(norm(x[r]), "")) for r in ("subject", "object")} != {"Person"}:
                bad(name, f"facts line {i}: met_with links two Persons")
            if p in preds and all(norm(x.get(r, "")) in table for r in ("subject", "object")):
                k = sf.key({n: table[n] for n in table}, x["subject"], p, x["object"])
                if k in seen:
                    bad(name, f"facts line {i}: duplicate fact {k}")
                seen.add(k)
        total[name] = len(facts)
        if name in NEGATIVE and facts:
            bad(name, "negative control must have an empty facts file")
        if name not in NEGATIVE and not facts:
            bad(name, "political article has no facts")
    # ---- set-wide checks
    for k, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            bad("set", f"normalised alias {k!r} belongs to several entities: {sorted(owners)}")
    caps = [n for n, s in styles.items() if s == "caps"]
    title = [n for n, s in styles.items() if s == "title"]
    if len(caps) != 1 or len(title) != 1:
        bad("set", f"headline styles: caps={caps} title={title} (need one of each, the rest sentence case)")
    if len(pages) != 2 or len(lives) != 1:
        bad("set", f"need 2 scraped pages, one of them a live blog: pages={pages} live={lives}")
    if len(NEGATIVE & set(files)) != 1:
        bad("set", "negative control missing")
    # ---- optional: gold scored against itself
    if "--score" in sys.argv:
        for name in files:
            with tempfile.TemporaryDirectory() as d:
                for suf in (".entities.json", ".facts.jsonl"):
                    shutil.copy(os.path.join(GOLD, name + suf), d)
                out = subprocess.run([sys.executable, SCORER, d, os.path.join(GOLD, name + ".facts.jsonl"), "--json"],
                                     capture_output=True, text=True)
                if out.returncode != 0 or out.stderr.strip():
                    bad(name, f"score_facts failed: {out.stderr.strip()}"); continue
                r = json.loads(out.stdout)
                if name in NEGATIVE:
                    ok = r["tp"] == r["fp"] == r["fn"] == 0
                    print(f"{name}: score_facts parses; no facts (tp=fp=fn=0)")
                else:
                    ok = r["f1"] == 1.0
                    print(f"{name}: F1 {r['f1']:.3f} tp={r['tp']} fp={r['fp']} fn={r['fn']}")
                if not ok:
                    bad(name, "gold scored against itself is not perfect")
    for p in problems:
        print("PROBLEM", p)
    print(f"checked {len(files)} articles, {sum(total.values())} facts; {len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
