#!/usr/bin/env python3
"""Validate the wire13 evaluation set.

usage: check_gold.py [ROOT]     (ROOT defaults to the folder above this script)

Checks, for every corpus/NN_slug.txt and its gold files:
  - corpus header: headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line, body;
    ordinary (non-scraped) articles open with a dateline;
  - both gold files exist and parse; entity kinds are Person/State/Organization/Agreement/Place;
  - predicates are those listed in /work/shared/gold/README.md;
  - subjects and objects are names or aliases of an entity of the same article;
  - evidence strings occur verbatim in the article; page strings (articles, not_articles) are lines
    of the page, and page furniture is not also an entity;
  - dates are "", YYYY, YYYY-MM or YYYY-MM-DD; modality, when present, is "alleged";
  - file 11 (negative control) has no facts, every other file has some;
  - no duplicate (subject, predicate, object) within a file (met_with symmetric);
  - every alias (normalised as the scorer does) belongs to one entity across the whole set.
Prints a summary table and exits 1 on any problem.
"""
import glob, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = "/work/shared/gold/README.md"
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
DATELINE = re.compile(r"^[A-Z][A-Z .,'()-]+(, [A-Z][a-z]+\.? \d{1,2})?.{0,40}(—|-) ")


def norm(s):  # same normalisation as /work/shared/tools/score_facts.py
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def predicates():
    text = open(README, encoding="utf-8").read()
    m = re.search(r"Predicates:(.*?)(?:\n\n|$)", text, re.S)
    words = re.findall(r"[a-z_]+", re.sub(r"\(.*?\)", "", m.group(1)))
    return set(words)


def main():
    preds = predicates()
    problems, rows = [], []
    alias_owner = {}
    files = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
    if len(files) != 11:
        problems.append(f"expected 11 corpus files, found {len(files)}")
    for path in files:
        slug = os.path.basename(path)[:-4]
        P = lambda msg: problems.append(f"{slug}: {msg}")
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 5 or not lines[0].strip():
            P("missing headline")
        if not (lines[1].startswith("Source: ") and lines[1].endswith("; reworded")):
            P("line 2 must be 'Source: ...; reworded'")
        if not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", lines[2]):
            P("line 3 must be 'Published: YYYY-MM-DD'")
        if lines[3] != "":
            P("line 4 must be blank")
        body = "\n".join(lines[4:]).strip()
        if not body:
            P("empty body")
        ef = os.path.join(ROOT, "gold", slug + ".entities.json")
        ff = os.path.join(ROOT, "gold", slug + ".facts.jsonl")
        try:
            ent = json.load(open(ef, encoding="utf-8"))
        except Exception as e:
            P(f"entities.json: {e}"); continue
        facts = []
        try:
            for n, line in enumerate(open(ff, encoding="utf-8"), 1):
                if line.strip():
                    facts.append(json.loads(line))
        except Exception as e:
            P(f"facts.jsonl line {n}: {e}"); continue
        scraped = "articles" in ent
        if not scraped and not DATELINE.match(lines[4]):
            P(f"ordinary article should open with a dateline: {lines[4][:50]!r}")
        if ent.get("source") != f"corpus/{slug}.txt":
            P("entities.json source field is wrong")
        local = {}
        names = set()
        for e in ent.get("entities", []):
            if e.get("kind") not in KINDS:
                P(f"bad kind {e.get('kind')!r} for {e.get('name')!r}")
            if e["name"] in names:
                P(f"entity listed twice: {e['name']!r}")
            names.add(e["name"])
            if "date" in e and not DATE.match(e["date"]):
                P(f"bad entity date {e['date']!r}")
            for a in [e["name"]] + e.get("aliases", []):
                k = norm(a)
                if local.get(k, e["name"]) != e["name"]:
                    P(f"alias {a!r} belongs to both {local[k]!r} and {e['name']!r}")
                local[k] = e["name"]
                owner = alias_owner.setdefault(k, (e["name"], slug))
                if owner[0] != e["name"]:
                    P(f"alias {a!r} is {e['name']!r} here but {owner[0]!r} in {owner[1]}")
        if scraped:
            page_lines = set(l.strip() for l in lines)
            for key in ("articles", "not_articles"):
                for x in ent.get(key, []):
                    if x not in page_lines:
                        P(f"{key} string is not a line of the page: {x!r}")
            for x in ent.get("not_articles", []):
                if norm(x) in local:
                    P(f"page furniture {x!r} is also an entity")
            if len(ent.get("articles", [])) != 4:
                P("a scraped page should list the main story and three teasers")
        seen = set()
        for f in facts:
            for k in ("subject", "predicate", "object", "evidence"):
                if not isinstance(f.get(k), str) or not f.get(k):
                    P(f"fact missing {k}: {f}")
            if f["predicate"] not in preds:
                P(f"predicate not allowed: {f['predicate']!r}")
            for k in ("subject", "object"):
                if norm(f[k]) not in local:
                    P(f"{k} {f[k]!r} is not an entity name or alias")
            if f["evidence"] not in text:
                P(f"evidence not verbatim: {f['evidence'][:60]!r}")
            if not DATE.match(f.get("date", "")):
                P(f"bad date {f.get('date')!r}")
            if "modality" in f and f["modality"] != "alleged":
                P(f"bad modality {f['modality']!r}")
            extra = set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                P(f"unknown fact keys {extra}")
            s, o = local.get(norm(f["subject"])), local.get(norm(f["object"]))
            key = (f["predicate"],) + tuple(sorted((s, o)) if f["predicate"] == "met_with" else (s, o))
            if key in seen:
                P(f"duplicate fact {key}")
            seen.add(key)
        negative = slug.startswith("11_")
        if negative and facts:
            P("negative control must have no facts")
        if not negative and not facts:
            P("political article has no facts")
        rows.append((slug, len(body.split()), len(facts), len(ent.get("entities", [])), scraped))
    print(f"{'file':58} {'words':>5} {'facts':>5} {'ents':>5}")
    for slug, w, nf, ne, sc in rows:
        print(f"{slug:58} {w:5} {nf:5} {ne:5}" + ("  (scraped page)" if sc else ""))
    print(f"predicates allowed: {', '.join(sorted(preds))}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
