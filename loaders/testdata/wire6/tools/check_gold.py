#!/usr/bin/env python3
"""Check the blind test set in ../corpus and ../gold.

usage: check_gold.py [SET_DIR] [--scorer PATH]

Checks, for every corpus/NN_slug.txt and its gold files:
  - header layout: headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line;
  - body length between 450 and 650 words (everything after the blank line);
  - a wire dateline ("CITY, Mon D (Agency) —") opening the body, or, for scraped pages,
    somewhere in the dump; scraped pages list `articles` and `not_articles` that occur in it;
  - entity and fact schema (kinds, predicates, dates, modality);
  - every evidence is an exact substring of the body;
  - every fact's subject and object are canonical entity names of the same file;
  - no alias (normalised as the scorer does) names two different entities anywhere in the
    set, and an entity name has one kind and one alias list across files;
  - score_facts.py on the gold against a system file made of all gold facts plus one entity
    line per gold entity gives F1 = 1.000 for facts and entities.
Prints a file table and per-predicate counts. Exit status 0 when no check fails.
"""
import collections, glob, importlib.util, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
PREDICATES = {"signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with",
              "invoked", "led", "represents", "sanctioned", "ratified", "withdrew_from"}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
DATELINE = re.compile(r"^[A-Z][A-Z\-'. ]+(/[A-Z][A-Z\-'. ]+)?(, [A-Z][A-Za-z .]+)?, "
                      r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2} \([A-Za-z ]+\) — ",
                      re.M)
MIN_WORDS, MAX_WORDS = 450, 650


def load_norm(scorer):
    spec = importlib.util.spec_from_file_location("score_facts", scorer)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    root = os.path.abspath(args[0]) if args else os.path.dirname(HERE)
    scorer = "/work/shared/tools/score_facts.py"
    if "--scorer" in argv:
        scorer = argv[argv.index("--scorer") + 1]
        args = [a for a in args if a != scorer]
        root = os.path.abspath(args[0]) if args else os.path.dirname(HERE)
    norm = load_norm(scorer)
    errors, warnings = [], []
    err = errors.append

    corpus = sorted(glob.glob(os.path.join(root, "corpus", "*.txt")))
    if not corpus:
        print("no corpus files under", root); return 2
    rows, pred_count, all_facts, all_entities = [], collections.Counter(), [], []
    alias_owner = {}                      # normalised alias -> (entity name, file)
    entity_def = {}                       # entity name -> (kind, sorted aliases, file)

    for path in corpus:
        slug = os.path.basename(path)[:-4]
        lines = open(path, encoding="utf-8").read().split("\n")
        if len(lines) < 5:
            err(f"{slug}: too short"); continue
        head, src, pub, blank = lines[:4]
        body = "\n".join(lines[4:])
        if not head.strip():
            err(f"{slug}: empty headline")
        if not (src.startswith("Source: ") and src.endswith("; reworded")):
            err(f"{slug}: line 2 is not 'Source: ...; reworded'")
        if not re.fullmatch(r"Published: \d{4}-\d{2}-\d{2}", pub):
            err(f"{slug}: line 3 is not 'Published: YYYY-MM-DD'")
        if blank != "":
            err(f"{slug}: line 4 is not blank")
        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(f"{slug}: body has {words} words, outside {MIN_WORDS}-{MAX_WORDS}")

        epath = os.path.join(root, "gold", slug + ".entities.json")
        fpath = os.path.join(root, "gold", slug + ".facts.jsonl")
        if not (os.path.exists(epath) and os.path.exists(fpath)):
            err(f"{slug}: gold files missing"); continue
        ent = json.load(open(epath, encoding="utf-8"))
        scraped = "articles" in ent or "not_articles" in ent
        if ent.get("source") != f"corpus/{slug}.txt":
            err(f"{slug}: entities 'source' is {ent.get('source')!r}")
        extra = set(ent) - {"source", "entities", "articles", "not_articles"}
        if extra:
            err(f"{slug}: unknown keys in entities file: {sorted(extra)}")
        if scraped:
            for key in ("articles", "not_articles"):
                for t in ent.get(key, []):
                    if t not in body.split("\n"):
                        err(f"{slug}: {key} entry is not a line of the page: {t[:60]!r}")
            if not DATELINE.search(body):
                err(f"{slug}: no wire dateline anywhere in the scraped page")
            if head not in ent.get("articles", []):
                err(f"{slug}: headline is not listed in 'articles'")
        elif not DATELINE.match(body):
            err(f"{slug}: body does not open with a wire dateline")

        names = {}
        for e in ent.get("entities", []):
            if set(e) - {"name", "kind", "aliases", "date"} or not {"name", "kind", "aliases"} <= set(e):
                err(f"{slug}: bad entity keys {sorted(e)}"); continue
            if e["kind"] not in KINDS:
                err(f"{slug}: entity {e['name']!r} has kind {e['kind']!r}")
            if not isinstance(e["aliases"], list) or not all(isinstance(a, str) and a for a in e["aliases"]):
                err(f"{slug}: entity {e['name']!r} aliases must be a list of strings")
            if "date" in e and not DATE.match(e["date"]):
                err(f"{slug}: entity {e['name']!r} date {e['date']!r}")
            if e["name"] in names:
                err(f"{slug}: entity {e['name']!r} listed twice")
            names[e["name"]] = e
            all_entities.append((e["name"], e["kind"]))
            prev = entity_def.get(e["name"])
            here = (e["kind"], sorted(e["aliases"]))
            if prev and prev[:2] != here:
                err(f"{slug}: entity {e['name']!r} differs from its definition in {prev[2]}")
            entity_def.setdefault(e["name"], here + (slug,))
            for a in [e["name"]] + e["aliases"]:
                k = norm(a)
                if not k:
                    err(f"{slug}: alias {a!r} normalises to nothing"); continue
                owner = alias_owner.get(k)
                if owner and owner[0] != e["name"]:
                    err(f"{slug}: alias {a!r} names {e['name']!r} here and {owner[0]!r} in {owner[1]}")
                alias_owner.setdefault(k, (e["name"], slug))
            text = (head + "\n" + body).lower()
            if not any(s.lower() in text for s in [e["name"]] + e["aliases"]):
                warnings.append(f"{slug}: no surface form of {e['name']!r} occurs in the body")

        nfacts = 0
        for n, line in enumerate(open(fpath, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                x = json.loads(line)
            except ValueError as ex:
                err(f"{slug}: facts line {n}: {ex}"); continue
            nfacts += 1
            keys = set(x)
            if not {"subject", "predicate", "object", "date", "evidence"} <= keys or keys - {"subject", "predicate", "object", "date", "evidence", "modality"}:
                err(f"{slug}: facts line {n}: keys {sorted(keys)}"); continue
            if x["predicate"] not in PREDICATES:
                err(f"{slug}: facts line {n}: predicate {x['predicate']!r}")
            if "modality" in x and x["modality"] != "alleged":
                err(f"{slug}: facts line {n}: modality {x['modality']!r}")
            if not DATE.match(x["date"]):
                err(f"{slug}: facts line {n}: date {x['date']!r}")
            if not x["evidence"] or x["evidence"] not in body:
                err(f"{slug}: facts line {n}: evidence not in body: {x['evidence'][:70]!r}")
            for role in ("subject", "object"):
                if x[role] not in names:
                    err(f"{slug}: facts line {n}: {role} {x[role]!r} is not an entity of this file")
            if x["subject"] == x["object"]:
                err(f"{slug}: facts line {n}: subject equals object")
            if x["predicate"] == "represents" and x["subject"] in names and names[x["subject"]]["kind"] != "Person":
                err(f"{slug}: facts line {n}: represents needs a Person subject")
            pred_count[x["predicate"]] += 1
            all_facts.append(x)
        rows.append((slug, head, words, nfacts, len(names), "scraped" if scraped else ("negative control" if nfacts == 0 else "")))

    # self-score: gold facts plus gold entities must give F1 = 1.000
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for x in all_facts:
            tmp.write(json.dumps({k: x[k] for k in ("subject", "predicate", "object")}) + "\n")
        for name, kind in sorted(set(all_entities)):
            tmp.write(json.dumps({"name": name, "kind": kind}) + "\n")
    out = subprocess.run([sys.executable, scorer, os.path.join(root, "gold"), tmp.name, "--json"],
                         capture_output=True, text=True)
    os.unlink(tmp.name)
    try:
        score = json.loads(out.stdout)
    except ValueError:
        err(f"scorer failed: {out.stderr.strip()}"); score = None
    if score:
        if score["f1"] != 1.0 or score["fp"] or score["fn"]:
            err(f"self-score facts F1 {score['f1']} (fp {score['fp']}, fn {score['fn']})")
        ent_all = score.get("entities", {}).get("ALL")
        if not ent_all or ent_all["f1"] != 1.0:
            err(f"self-score entities {ent_all}")

    print(f"{'file':45} {'words':>5} {'facts':>5} {'ents':>5}  note")
    for slug, head, words, nf, ne, note in rows:
        print(f"{slug:45} {words:5} {nf:5} {ne:5}  {note}")
    tw, tf, te = (sum(r[i] for r in rows) for i in (2, 3, 4))
    print(f"{'TOTAL':45} {tw:5} {tf:5} {te:5}")
    triples = {(x["subject"], x["predicate"], tuple(sorted((x["subject"], x["object"]))) if x["predicate"] == "met_with" else x["object"]) for x in all_facts}
    print(f"\nfact lines {len(all_facts)}, distinct triples {len(triples)}, "
          f"alleged {sum(1 for x in all_facts if x.get('modality') == 'alleged')}")
    print("per predicate: " + ", ".join(f"{p} {c}" for p, c in pred_count.most_common()))
    if score:
        print(f"self-score (score_facts.py): facts P/R/F1 = 1.000 expected, got F1 {score['f1']:.3f} "
              f"(tp {score['tp']}, fp {score['fp']}, fn {score['fn']}); "
              f"entities F1 {score['entities']['ALL']['f1']:.3f} (tp {score['entities']['ALL']['tp']})")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
