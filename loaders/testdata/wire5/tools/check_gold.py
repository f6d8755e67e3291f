#!/usr/bin/env python3
"""Checks the blind5 gold against its corpus.

usage: check_gold.py [ROOT] [--scorer PATH]

ROOT (default: the folder above this script) holds corpus/NN_slug.txt and
gold/NN_slug.{entities.json,facts.jsonl}. Checks: file pairing and header layout,
article length, entity and fact schema, every subject/object an entity of its file,
every evidence an exact substring of its article body (and not page furniture),
no alias or name shared by two entities across all files (compared as the scorer
normalises names), one kind per canonical name, predicate argument kinds,
articles/not_articles lines present, and finally the scorer run on the gold
against itself (facts and entities must both score 1.000).
Exit status 0 when there are no errors; warnings are printed but do not fail.
"""
import glob, json, os, re, subprocess, sys, tempfile

KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
PREDICATES = {"signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with",
              "invoked", "led", "represents",
              # used by the devset as well
              "sanctioned", "ratified", "withdrew_from"}
ACTOR = {"Person", "State", "Organization"}
ARGS = {  # predicate: (subject kinds, object kinds)
    "signed": (ACTOR, {"Agreement"}),
    "ratified": (ACTOR, {"Agreement"}),
    "violated": (ACTOR, {"Agreement"}),
    "withdrew_from": (ACTOR, {"Agreement"}),
    "invoked": (ACTOR, {"Agreement"}),
    "mediated": (ACTOR, {"Agreement", "State", "Organization"}),
    "struck": (ACTOR, {"Place", "State", "Organization"}),
    "attacked": (ACTOR, {"Place", "State", "Organization"}),
    "annexed": ({"State"}, {"Place"}),
    "met_with": ({"Person"}, {"Person"}),
    "led": ({"Person", "State"}, {"Organization", "State"}),
    "represents": ({"Person"}, {"State", "Organization"}),
    "sanctioned": (ACTOR, {"State", "Organization", "Person"}),
}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
WORDS = (450, 650)

def norm(s):  # same normalisation as tools/score_facts.py
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()

def loose(s):
    return s.lower().replace("\u2019", "'")

def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.abspath(args[0]) if args else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    scorer = "/work/shared/tools/score_facts.py"
    if "--scorer" in argv:
        scorer = argv[argv.index("--scorer") + 1]
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append
    corpus = {os.path.basename(p)[:-4]: p for p in sorted(glob.glob(os.path.join(root, "corpus", "*.txt")))}
    gold_slugs = {os.path.basename(p)[:-len(".entities.json")] for p in glob.glob(os.path.join(root, "gold", "*.entities.json"))}
    fact_slugs = {os.path.basename(p)[:-len(".facts.jsonl")] for p in glob.glob(os.path.join(root, "gold", "*.facts.jsonl"))}
    for s in sorted(set(corpus) ^ gold_slugs):
        err(f"{s}: corpus and entities files do not pair up")
    for s in sorted(set(corpus) ^ fact_slugs):
        err(f"{s}: corpus and facts files do not pair up")
    for s in corpus:
        if not re.match(r"^\d\d_[a-z0-9-]+$", s):
            err(f"{s}: file name is not NN_slug")

    alias_owner = {}   # norm(string) -> {canonical name}
    name_kind = {}     # canonical name -> {kind}
    name_aliases = {}  # canonical name -> {frozenset(aliases)}
    counts = {}
    table = []
    for slug in sorted(set(corpus) & gold_slugs & fact_slugs):
        text = open(corpus[slug], encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 5 or not lines[1].startswith("Source: ") or not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", lines[2]) or lines[3] != "":
            err(f"{slug}: header must be title / Source: ... / Published: YYYY-MM-DD / blank line")
        body = "\n".join(lines[4:])
        ents_doc = json.load(open(os.path.join(root, "gold", slug + ".entities.json"), encoding="utf-8"))
        if ents_doc.get("source") != f"corpus/{slug}.txt":
            err(f"{slug}: entities 'source' should be corpus/{slug}.txt")
        furniture = ents_doc.get("not_articles", [])
        articles = ents_doc.get("articles", [])
        line_set = set(l.strip() for l in lines)
        for a in articles:
            if a not in line_set:
                err(f"{slug}: article title not a line of the page: {a!r}")
        for a in furniture:
            if a not in line_set:
                err(f"{slug}: not_articles entry not a line of the page: {a!r}")
        # length of the (main) article
        if articles:
            start = next((i for i, l in enumerate(lines) if i > 4 and re.match(r"^[A-Z][A-Z .'-]+(, [A-Za-z .]+)*(,? [A-Z][a-z]{2,}\.? \d{1,2})? [—-] ", l)), None)
            stop = next((i for i, l in enumerate(lines) if len(articles) > 1 and l.strip() == articles[1]), len(lines))
            main_lines = [l for l in lines[start:stop] if l.strip() not in set(furniture)] if start is not None else []
            if start is None:
                err(f"{slug}: no dateline found for the main article")
            nwords = len(" ".join(main_lines).split())
        else:
            nwords = len(body.split())
        if not WORDS[0] <= nwords <= WORDS[1]:
            err(f"{slug}: main article has {nwords} words, outside {WORDS}")
        # entities
        names = {}
        for e in ents_doc.get("entities", []):
            if set(e) - {"name", "kind", "aliases", "date"} or not isinstance(e.get("aliases"), list):
                err(f"{slug}: bad entity record {e}")
                continue
            n, k = e["name"], e["kind"]
            if k not in KINDS:
                err(f"{slug}: {n}: unknown kind {k}")
            if n in names:
                err(f"{slug}: entity {n} listed twice")
            names[n] = k
            name_kind.setdefault(n, set()).add(k)
            name_aliases.setdefault(n, set()).add(frozenset(e["aliases"]))
            if "date" in e and not DATE.match(e["date"]):
                err(f"{slug}: {n}: bad date {e['date']}")
            for a in [n] + e["aliases"]:
                if not norm(a):
                    err(f"{slug}: {n}: alias {a!r} normalises to nothing")
                alias_owner.setdefault(norm(a), set()).add(n)
            if not any(loose(a) in loose(text) for a in [n] + e["aliases"]):
                warn(f"{slug}: entity {n} ({k}) not found in the text under its name or any alias")
            for a in e["aliases"]:
                if norm(a) == norm(n) and a != n:
                    pass  # spelling variant the scorer folds anyway
        # facts
        seen = set()
        nf = 0
        for i, line in enumerate(open(os.path.join(root, "gold", slug + ".facts.jsonl"), encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                x = json.loads(line)
            except Exception as ex:
                err(f"{slug}:{i}: not JSON: {ex}")
                continue
            nf += 1
            extra = set(x) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra or not {"subject", "predicate", "object", "evidence"} <= set(x):
                err(f"{slug}:{i}: bad keys {sorted(x)}")
                continue
            s, p, o, ev = x["subject"], x["predicate"], x["object"], x["evidence"]
            if p not in PREDICATES:
                err(f"{slug}:{i}: unknown predicate {p}")
            for role, n in (("subject", s), ("object", o)):
                if n not in names:
                    err(f"{slug}:{i}: {role} {n!r} is not an entity name of this file")
            if s == o:
                err(f"{slug}:{i}: subject equals object")
            if ev not in body:
                err(f"{slug}:{i}: evidence is not a substring of the article: {ev!r}")
            elif any(ev in f for f in furniture):
                err(f"{slug}:{i}: evidence lies in page furniture: {ev!r}")
            elif body.count(ev) > 1:
                warn(f"{slug}:{i}: evidence occurs {body.count(ev)} times")
            if not DATE.match(x.get("date", "")):
                err(f"{slug}:{i}: bad date {x.get('date')!r}")
            if "modality" in x and x["modality"] != "alleged":
                err(f"{slug}:{i}: modality must be 'alleged'")
            if p == "represents" and x.get("date"):
                warn(f"{slug}:{i}: represents with a date")
            if p in ARGS and s in names and o in names:
                sk, ok = ARGS[p]
                if names[s] not in sk or names[o] not in ok:
                    err(f"{slug}:{i}: {p}({names[s]}, {names[o]}) has unexpected argument kinds")
            key = (s, p, o, x.get("date", ""), ev)
            if key in seen:
                err(f"{slug}:{i}: duplicate fact line")
            seen.add(key)
            counts[p] = counts.get(p, 0) + 1
        table.append((slug, nwords, nf, len(names)))

    for a, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            err(f"alias/name {a!r} is shared by different entities: {sorted(owners)}")
    for n, ks in sorted(name_kind.items()):
        if len(ks) > 1:
            err(f"entity {n} has different kinds across files: {sorted(ks)}")
    for n, al in sorted(name_aliases.items()):
        if len(al) > 1:
            warn(f"entity {n} has different alias lists across files")

    # scorer: gold against itself
    gold_dir = os.path.join(root, "gold")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for p in sorted(glob.glob(os.path.join(gold_dir, "*.facts.jsonl"))):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    tmp.write(line if line.endswith("\n") else line + "\n")
        for p in sorted(glob.glob(os.path.join(gold_dir, "*.entities.json"))):
            for e in json.load(open(p, encoding="utf-8"))["entities"]:
                tmp.write(json.dumps({"name": e["name"], "kind": e["kind"]}, ensure_ascii=False) + "\n")
        sysfile = tmp.name
    score = None
    if os.path.exists(scorer):
        r = subprocess.run([sys.executable, scorer, gold_dir, sysfile, "--json"], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"scorer failed: {r.stderr.strip()}")
        else:
            score = json.loads(r.stdout)
            if score["f1"] != 1.0:
                err(f"scorer: facts F1 on gold against itself is {score['f1']}")
            if score["entities"].get("ALL", {}).get("f1") != 1.0:
                err(f"scorer: entity F1 on gold against itself is {score['entities'].get('ALL')}")
    else:
        warn(f"scorer not found at {scorer}; self-score skipped")
    os.unlink(sysfile)

    print(f"{'file':45} {'words':>5} {'facts':>5} {'ents':>5}")
    for slug, w, nf, ne in table:
        print(f"{slug:45} {w:5} {nf:5} {ne:5}")
    print("facts per predicate:", ", ".join(f"{p} {c}" for p, c in sorted(counts.items())), f"(total {sum(counts.values())})")
    if score:
        print(f"scorer, gold vs itself: facts P/R/F1 {score['precision']}/{score['recall']}/{score['f1']} "
              f"({score['tp']} distinct triples); entities F1 {score['entities']['ALL']['f1']}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
