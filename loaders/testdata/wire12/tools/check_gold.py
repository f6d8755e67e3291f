#!/usr/bin/env python3
"""Validate the wire12 evaluation set.

usage: check_gold.py [ROOT] [--readme PATH]

ROOT defaults to the folder above tools/. The allowed predicates are read from the shared gold
README (default /work/shared/gold/README.md, the line starting "Predicates:").

Checks: corpus headers (headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line,
body); every corpus file has a gold pair and vice versa; JSON shape; entity kinds; predicates;
subjects and objects are entity names or aliases of the article; evidence and page strings
(articles, not_articles) verbatim in the article; date format; modality; the negative control
(file 11_*) has no facts and every other article has some; no duplicate facts in a file
(met_with compared both ways); each alias (normalised as the scorer does) belongs to one entity
across the whole set. Exits 1 on any error and prints a summary table otherwise.
"""
import glob, json, os, re, sys, datetime

KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
SYMMETRIC = {"met_with"}


def norm(s):
    # same normalisation as /work/shared/tools/score_facts.py
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def read_predicates(readme):
    text = open(readme, encoding="utf-8").read()
    m = re.search(r"Predicates:(.*?)(?:\.\s*\n|\n\s*\n)", text, re.S)
    if not m:
        sys.exit(f"no 'Predicates:' line in {readme}")
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    return {p.strip() for p in body.replace("\n", " ").split(",") if p.strip()}


def valid_date(d):
    if d == "":
        return True
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(d) == n:
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    readme = "/work/shared/gold/README.md"
    if "--readme" in argv:
        readme = argv[argv.index("--readme") + 1]
        args = [a for a in args if a != readme]
    root = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    preds = read_predicates(readme)
    errors, rows = [], []
    err = lambda msg: errors.append(msg)
    alias_owner = {}   # normalised alias -> entity name
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(root, "corpus", "*.txt")))
    gold_names = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(root, "gold", "*"))}
    for g in sorted(gold_names - set(names)):
        err(f"gold/{g}: no corpus file")
    total_facts, triples = 0, set()
    for name in names:
        text = open(os.path.join(root, "corpus", name + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 5 or not lines[0].strip():
            err(f"{name}: missing headline")
        if not re.fullmatch(r"Source: .+; reworded", lines[1] if len(lines) > 1 else ""):
            err(f"{name}: line 2 must be 'Source: ...; reworded'")
        m = re.fullmatch(r"Published: (\d{4}-\d{2}-\d{2})", lines[2] if len(lines) > 2 else "")
        if not m or not valid_date(m.group(1)):
            err(f"{name}: line 3 must be 'Published: YYYY-MM-DD'")
        if len(lines) > 3 and lines[3].strip():
            err(f"{name}: line 4 must be blank")
        body = "\n".join(lines[4:])
        words = len(body.split())
        if not body.strip():
            err(f"{name}: empty body")
        ep = os.path.join(root, "gold", name + ".entities.json")
        fp = os.path.join(root, "gold", name + ".facts.jsonl")
        if not (os.path.exists(ep) and os.path.exists(fp)):
            err(f"{name}: missing gold files"); continue
        try:
            doc = json.load(open(ep, encoding="utf-8"))
        except Exception as e:
            err(f"{name}: entities.json is not JSON: {e}"); continue
        if doc.get("source") != f"corpus/{name}.txt":
            err(f"{name}: entities.json 'source' should be corpus/{name}.txt")
        local = {}
        for e in doc.get("entities", []):
            if not isinstance(e, dict) or not {"name", "kind", "aliases"} <= set(e):
                err(f"{name}: bad entity {e!r}"); continue
            if e["kind"] not in KINDS:
                err(f"{name}: entity {e['name']!r} has unknown kind {e['kind']!r}")
            if "date" in e and not valid_date(e["date"]):
                err(f"{name}: entity {e['name']!r} has bad date {e['date']!r}")
            for a in [e["name"]] + list(e["aliases"]):
                k = norm(a)
                if not k:
                    err(f"{name}: empty alias for {e['name']!r}"); continue
                owner = alias_owner.setdefault(k, e["name"])
                if owner != e["name"]:
                    err(f"{name}: alias {a!r} of {e['name']!r} already belongs to {owner!r}")
                local[a] = e["name"]
        pages = 0
        for key in ("articles", "not_articles"):
            for s in doc.get(key, []):
                pages += 1
                if s not in text:
                    err(f"{name}: {key} string not verbatim: {s!r}")
        if ("articles" in doc) != ("not_articles" in doc):
            err(f"{name}: scraped pages need both 'articles' and 'not_articles'")
        if "articles" in doc and len(doc["articles"]) != 4:
            err(f"{name}: a scraped page should list the main story and three teasers")
        facts, seen = [], set()
        for n, line in enumerate(open(fp, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                x = json.loads(line)
            except Exception as e:
                err(f"{name}: facts line {n} is not JSON: {e}"); continue
            facts.append(x)
            for k in ("subject", "predicate", "object", "evidence"):
                if not isinstance(x.get(k), str) or not x.get(k):
                    err(f"{name}:{n}: missing {k}")
            extra = set(x) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                err(f"{name}:{n}: unexpected keys {sorted(extra)}")
            if x.get("predicate") not in preds:
                err(f"{name}:{n}: predicate {x.get('predicate')!r} not allowed ({', '.join(sorted(preds))})")
            for k in ("subject", "object"):
                if x.get(k) not in local:
                    err(f"{name}:{n}: {k} {x.get(k)!r} is not an entity name or alias of this article")
            if x.get("evidence", "") not in text:
                err(f"{name}:{n}: evidence not verbatim: {x.get('evidence')!r}")
            if not valid_date(x.get("date", "")):
                err(f"{name}:{n}: bad date {x.get('date')!r}")
            if "modality" in x and x["modality"] != "alleged":
                err(f"{name}:{n}: modality must be 'alleged'")
            s, p, o = local.get(x.get("subject")), x.get("predicate"), local.get(x.get("object"))
            if s and o and s == o:
                err(f"{name}:{n}: subject and object are the same entity")
            key = (s, p, o) if p not in SYMMETRIC else (min(s or "", o or ""), p, max(s or "", o or ""))
            if key in seen:
                err(f"{name}:{n}: duplicate fact {key}")
            seen.add(key)
            triples.add((norm(key[0]), p, norm(key[2])))
        if name.startswith("11_"):
            if facts:
                err(f"{name}: the negative control must have no facts")
        elif not facts:
            err(f"{name}: no facts")
        total_facts += len(facts)
        counts = {}
        for x in facts:
            counts[x.get("predicate")] = counts.get(x.get("predicate"), 0) + 1
        rows.append((name, words, len(facts), len(doc.get("entities", [])), pages, counts))
    for name, words, nf, ne, pages, counts in rows:
        c = " ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        print(f"{name:45} words={words:4} facts={nf:3} entities={ne:3}" + (f" page_strings={pages}" if pages else "") + (f"  [{c}]" if c else ""))
    print(f"{len(rows)} articles, {total_facts} fact lines, {len(triples)} distinct triples, {len(alias_owner)} distinct aliases")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
