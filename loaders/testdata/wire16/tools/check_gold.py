#!/usr/bin/env python3
"""Validate the whole wire16 set: corpus headers and datelines, headline styles, gold JSON,
kinds, predicates (read from /work/shared/gold/README.md), subjects/objects as entity names
or aliases, verbatim evidence and page strings, page furniture kept out of the entities,
date formats, modality, the empty negative control, duplicate facts, and alias uniqueness
across the set (names normalised exactly as score_facts.py does).

usage: check_gold.py [ROOT] [--selfscore]
  --selfscore  also score each file's gold against itself with score_facts.py (facts and
               entity lines) and require F1 = 1.000 (entities only for the empty control).
Exit status 0 when clean, 1 when any error is found.
"""
import glob, importlib.util, json, os, re, shutil, subprocess, sys, tempfile
sys.dont_write_bytecode = True
from datetime import date

SHARED = "/work/shared"
README = os.path.join(SHARED, "gold", "README.md")
SCORER = os.path.join(SHARED, "tools", "score_facts.py")
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTHS.update({"june": 6, "july": 7, "sept": 9})
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'/ -]*[A-Z])"            # CITY or CITY/CITY
    r"(?:, (?:[A-Z][A-Za-z.'-]*)(?: [A-Z][A-Za-z.'-]*)*)?"  # , Country / State
    r"(?:, (?P<mon>[A-Z][a-z]{2,4})\.? (?P<day>\d{1,2}))?"  # , Month D
    r"(?: \((?P<agency>[A-Za-z]+)\))?"             # (Agency)
    r" (?:—|-) \S")
DATE_RE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
TIMESTAMP = re.compile(r"^\d{2}:\d{2}( [A-Z]{2,4})?$")


def load_norm():
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def readme_predicates():
    text = open(README, encoding="utf-8").read()
    m = re.search(r"Predicates:(.*?)\.\s*\n", text, re.S)
    if not m:
        raise SystemExit("cannot find the predicate list in " + README)
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    return {p.strip() for p in body.replace("\n", " ").split(",") if p.strip()}


def headline_style(t):
    letters = [c for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "caps"
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "into"}
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z.'-]*", t)]
    content = [w for w in words[1:] if w.lower() not in small]
    if content and all(w[0].isupper() for w in content):
        return "title"
    return "sentence"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    norm = load_norm()
    preds = readme_predicates()
    errs, warns = [], []
    E = errs.append

    corpus = sorted(glob.glob(os.path.join(root, "corpus", "*.txt")))
    slugs = [os.path.basename(p)[:-4] for p in corpus]
    if len(slugs) != 11:
        E(f"expected 11 articles, found {len(slugs)}")
    for s in slugs:
        if not re.match(r"^\d{2}_[a-z0-9-]+$", s):
            E(f"{s}: file name is not NN_slug")

    alias_owner = {}      # norm(alias) -> entity name
    entity_def = {}       # name -> (kind, sorted aliases, date)
    styles, pages, live, empty = {}, [], [], []
    stats = {}

    for path, slug in zip(corpus, slugs):
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        # ---- header
        if len(lines) < 6 or not lines[0].strip():
            E(f"{slug}: missing title line"); continue
        if not (lines[1].startswith("Source: ") and lines[1].rstrip().endswith("; reworded")):
            E(f"{slug}: line 2 must be 'Source: ...; reworded'")
        m = re.match(r"^Published: (\d{4})-(\d{2})-(\d{2})$", lines[2])
        pub = None
        if not m:
            E(f"{slug}: line 3 must be 'Published: YYYY-MM-DD'")
        else:
            try:
                pub = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                E(f"{slug}: invalid Published date")
        if lines[3] != "":
            E(f"{slug}: line 4 must be blank")
        body_lines = [l for l in lines[4:]]
        words = len(text.split())
        if not 350 <= words <= 900:
            E(f"{slug}: {words} words, outside 350-900")
        styles[slug] = headline_style(lines[0])
        # ---- gold files
        ep = os.path.join(root, "gold", slug + ".entities.json")
        fp = os.path.join(root, "gold", slug + ".facts.jsonl")
        if not (os.path.exists(ep) and os.path.exists(fp)):
            E(f"{slug}: gold files missing"); continue
        try:
            doc = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            E(f"{slug}: entities JSON does not parse: {e}"); continue
        if doc.get("source") != f"corpus/{slug}.txt":
            E(f"{slug}: source field is {doc.get('source')!r}")
        is_page = "articles" in doc or "not_articles" in doc
        # ---- datelines
        first = next((l for l in body_lines if l.strip()), "")
        cands = [first] if not is_page else [l for l in body_lines if DATELINE.match(l)]
        dl = DATELINE.match(cands[0]) if cands else None
        if not dl:
            E(f"{slug}: no wire dateline ('CITY, Month D (Agency) —' or 'CITY —') at the start of the story")
        elif dl.group("mon") and pub:
            mon = MONTHS.get(dl.group("mon").lower().rstrip("."))
            if mon != pub.month or int(dl.group("day")) != pub.day:
                E(f"{slug}: dateline date {dl.group('mon')} {dl.group('day')} differs from Published {pub}")
        # ---- page furniture
        furniture = []
        if is_page:
            pages.append(slug)
            arts, furn = doc.get("articles", []), doc.get("not_articles", [])
            if len(arts) != 4:
                E(f"{slug}: a scraped page needs its main story plus 3 related teasers in 'articles' (found {len(arts)})")
            if arts and arts[0] != lines[0]:
                E(f"{slug}: first listed article should be the page's main headline (line 1)")
            for s in arts + furn:
                if s not in text:
                    E(f"{slug}: page string not verbatim: {s[:80]!r}")
            furniture = furn
            if not any(re.search(r"(?i)cookie", s) for s in furn): E(f"{slug}: no cookie banner among the furniture")
            if not any(re.search(r"(?i)share", s) for s in furn): E(f"{slug}: no share buttons among the furniture")
            if not any(re.search(r"(?i)sign up|newsletter", s) for s in furn): E(f"{slug}: no newsletter box among the furniture")
            if not any(re.search(r"©", s) for s in furn): E(f"{slug}: no footer among the furniture")
            if "Related" not in furn: E(f"{slug}: no 'Related' heading among the furniture")
            if sum(1 for s in furn if TIMESTAMP.match(s)) >= 3:
                live.append(slug)
        # ---- entities
        names, art_alias = set(), {}
        furn_norm = {norm(s) for s in furniture}
        for e in doc.get("entities", []):
            n, k, al = e.get("name"), e.get("kind"), e.get("aliases")
            if not isinstance(n, str) or not n or not isinstance(al, list):
                E(f"{slug}: malformed entity {e}"); continue
            if k not in KINDS:
                E(f"{slug}: entity {n!r} has kind {k!r}")
            if "date" in e and not DATE_RE.match(e["date"]):
                E(f"{slug}: entity {n!r} date {e['date']!r} is not YYYY[-MM[-DD]]")
            if n in names:
                E(f"{slug}: entity {n!r} listed twice")
            names.add(n)
            sig = (k, tuple(sorted(al)), e.get("date"))
            if n in entity_def and entity_def[n] != sig:
                E(f"{slug}: entity {n!r} defined differently from another file")
            entity_def.setdefault(n, sig)
            for a in [n] + al:
                key = norm(a)
                if not key:
                    E(f"{slug}: alias {a!r} of {n!r} normalises to nothing"); continue
                if key in furn_norm:
                    E(f"{slug}: entity {n!r} alias {a!r} is page furniture")
                owner = alias_owner.setdefault(key, n)
                if owner != n:
                    E(f"alias {a!r} (norm {key!r}) belongs to both {owner!r} and {n!r}")
                art_alias.setdefault(key, n)
            # the text must name the entity
            ntext = " " + re.sub(r"[^a-z0-9]+", " ", text.lower().replace("\u2019", "'")) + " "
            if not any(" " + norm(a) + " " in ntext for a in [n] + al if norm(a)):
                E(f"{slug}: entity {n!r} is not named in the text by its name or any alias")
        # ---- facts
        facts, seen = [], set()
        for i, line in enumerate(open(fp, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                f = json.loads(line)
            except Exception as e:
                E(f"{slug}: facts line {i} does not parse: {e}"); continue
            extra = set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                E(f"{slug}: facts line {i} has unknown keys {sorted(extra)}")
            for k in ("subject", "predicate", "object", "evidence"):
                if not isinstance(f.get(k), str) or not f.get(k):
                    E(f"{slug}: facts line {i} lacks {k}")
            p = f.get("predicate", "")
            if p not in preds:
                E(f"{slug}: facts line {i} predicate {p!r} is not in the README list {sorted(preds)}")
            for k in ("subject", "object"):
                key = norm(f.get(k, ""))
                if key not in art_alias:
                    E(f"{slug}: facts line {i} {k} {f.get(k)!r} is not an entity name or alias of this article")
            if f.get("evidence", "") not in text:
                E(f"{slug}: facts line {i} evidence not verbatim: {f.get('evidence','')[:80]!r}")
            d = f.get("date", "")
            if d and not DATE_RE.match(d):
                E(f"{slug}: facts line {i} date {d!r} is not YYYY[-MM[-DD]]")
            if "modality" in f and f["modality"] != "alleged":
                E(f"{slug}: facts line {i} modality {f['modality']!r} (only 'alleged' is allowed)")
            if p == "represents":
                if art_alias.get(norm(f.get("object", ""))) not in {n for n, sg in entity_def.items() if sg[0] in ("State", "Organization")}:
                    E(f"{slug}: facts line {i} represents needs a State or Organization object")
                if entity_def.get(art_alias.get(norm(f.get("subject", ""))), ("",))[0] != "Person":
                    E(f"{slug}: facts line {i} represents needs a Person subject")
            s_, o_ = art_alias.get(norm(f.get("subject", ""))), art_alias.get(norm(f.get("object", "")))
            if s_ and s_ == o_:
                E(f"{slug}: facts line {i} subject and object are the same entity")
            key = (s_, p, o_)
            if p == "met_with" and s_ and o_ and s_ > o_:
                key = (o_, p, s_)
            if (key, d) in seen:
                E(f"{slug}: facts line {i} duplicates an earlier fact {key} {d}")
            seen.add((key, d))
            facts.append(f)
        if not facts:
            empty.append(slug)
        stats[slug] = (len(doc.get("entities", [])), len(facts))

    # ---- set-level checks
    if len(pages) != 2:
        E(f"expected 2 scraped pages, found {pages}")
    if len(live) != 1:
        E(f"expected exactly 1 live blog among the pages, found {live}")
    if len(empty) != 1:
        E(f"expected exactly 1 negative control with an empty facts file, found {empty}")
    caps = [s for s, v in styles.items() if v == "caps"]
    title = [s for s, v in styles.items() if v == "title"]
    if len(caps) != 1 or len(title) != 1:
        E(f"need one ALL CAPS and one Title Case headline, found caps={caps} title={title}")

    if "--selfscore" in argv and not errs:
        tmp = tempfile.mkdtemp(prefix=".selfscore-", dir=root)
        try:
            for slug in slugs:
                d = os.path.join(tmp, slug); os.makedirs(d)
                for ext in (".entities.json", ".facts.jsonl"):
                    shutil.copy(os.path.join(root, "gold", slug + ext), d)
                sysf = os.path.join(tmp, slug + ".system.jsonl")
                with open(sysf, "w", encoding="utf-8") as fh:
                    fh.write(open(os.path.join(root, "gold", slug + ".facts.jsonl"), encoding="utf-8").read())
                    for e in json.load(open(os.path.join(root, "gold", slug + ".entities.json")))["entities"]:
                        fh.write(json.dumps({"name": e["name"], "kind": e["kind"]}, ensure_ascii=False) + "\n")
                r = subprocess.run([sys.executable, SCORER, d, sysf, "--json"], capture_output=True, text=True)
                if r.returncode != 0 or r.stderr.strip():
                    E(f"{slug}: score_facts.py failed: {r.stderr.strip()[:200]}"); continue
                res = json.loads(r.stdout)
                ef1 = res["entities"].get("ALL", {}).get("f1")
                ok_f = res["f1"] == 1.0 or (slug in empty and res["tp"] == res["fp"] == res["fn"] == 0)
                print(f"selfscore {slug}: facts F1={res['f1']:.3f} (tp={res['tp']} fp={res['fp']} fn={res['fn']}), entities F1={ef1}")
                if not ok_f or ef1 != 1.0:
                    E(f"{slug}: self-score is not perfect")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    total_f = sum(v[1] for v in stats.values())
    print(f"{len(slugs)} articles, {sum(v[0] for v in stats.values())} entity entries, {total_f} facts; "
          f"pages={pages} live={live} control={empty} caps={caps} title={title}; predicates from README: {sorted(preds)}")
    print("CLEAN" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
