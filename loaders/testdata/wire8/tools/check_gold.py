#!/usr/bin/env python3
"""Validate the gold annotations of blind test set 8.

Checks, for every article in ../corpus and its gold in ../gold:
  - the corpus layout: headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line;
  - the gold folder loads with load_gold() of /work/shared/tools/score_facts.py;
  - every evidence string occurs verbatim in the article;
  - every fact's subject and object are canonical names of entities of that article;
  - relation names and entity kinds are the ones /work/shared/gold/README.md allows,
    and subject/object kinds fit the relation;
  - dates are "", YYYY, YYYY-MM or YYYY-MM-DD; modality is absent or "alleged";
  - every entity is named in its article (by its name or one of its aliases, ignoring case);
  - no alias string points to two different entities anywhere in the set;
  - scraped pages: "articles" and "not_articles" strings occur in the page;
  - the negative control (the last article) has no facts;
  - scoring the gold against itself with score_facts.py gives F1 = 1.0.
Exit status 0 when everything passes.

usage: python3 tools/check_gold.py [--scorer PATH]
"""
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold")
SCORER = "/work/shared/tools/score_facts.py"

PREDICATES = {"signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with",
              "invoked", "led", "represents"}
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
ACTOR = {"Person", "State", "Organization"}
# predicate -> (allowed subject kinds, allowed object kinds)
SIGNATURE = {
    "signed": (ACTOR, {"Agreement"}),
    "violated": (ACTOR, {"Agreement"}),
    "mediated": (ACTOR, {"Agreement"}),
    "invoked": (ACTOR, {"Agreement"}),
    "struck": (ACTOR, {"Place", "Organization", "State"}),
    "attacked": (ACTOR, {"Place", "Organization", "State"}),
    "annexed": ({"State"}, {"Place"}),
    "met_with": ({"Person"}, {"Person"}),
    "led": (ACTOR, {"Organization", "State"}),
    "represents": ({"Person"}, {"State", "Organization"}),
}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
NEGATIVE_CONTROL = "11_messi-eighth-ballon-dor-2023"

errors = []


def err(msg):
    errors.append(msg)


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_facts", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_layout(name, text):
    lines = text.split("\n")
    if len(lines) < 5:
        err(f"{name}: too short")
        return
    if not lines[0].strip():
        err(f"{name}: line 1 (headline) is empty")
    if not (lines[1].startswith("Source: ") and lines[1].rstrip().endswith("; reworded")):
        err(f"{name}: line 2 is not 'Source: ...; reworded'")
    if not re.fullmatch(r"Published: \d{4}-\d{2}-\d{2}", lines[2].strip()):
        err(f"{name}: line 3 is not 'Published: YYYY-MM-DD'")
    if lines[3].strip():
        err(f"{name}: line 4 is not blank")


def main(argv):
    scorer = SCORER
    if "--scorer" in argv:
        scorer = argv[argv.index("--scorer") + 1]
    sf = load_scorer(scorer)

    corpus = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(CORPUS, "*.txt")))
    if not corpus:
        err("no corpus files")
    if corpus and corpus[-1] != NEGATIVE_CONTROL:
        err(f"the negative control {NEGATIVE_CONTROL} is not the last article")

    alias_owner = {}       # normalised alias -> (canonical name, file)
    n_facts = n_ents = 0
    for name in corpus:
        text = open(os.path.join(CORPUS, name + ".txt"), encoding="utf-8").read()
        check_layout(name, text)
        ef = os.path.join(GOLD, name + ".entities.json")
        ff = os.path.join(GOLD, name + ".facts.jsonl")
        if not (os.path.exists(ef) and os.path.exists(ff)):
            err(f"{name}: gold files missing")
            continue
        ed = json.load(open(ef, encoding="utf-8"))
        if ed.get("source") != "corpus/" + name + ".txt":
            err(f"{name}: entities 'source' is {ed.get('source')!r}")
        kinds = {}
        for e in ed["entities"]:
            n_ents += 1
            if set(e) - {"name", "kind", "aliases", "date"}:
                err(f"{name}: entity {e['name']!r} has unknown keys {set(e) - {'name', 'kind', 'aliases', 'date'}}")
            if e["kind"] not in KINDS:
                err(f"{name}: entity {e['name']!r} has kind {e['kind']!r}")
            if e["name"] in kinds:
                err(f"{name}: entity {e['name']!r} listed twice")
            kinds[e["name"]] = e["kind"]
            if "date" in e and not DATE.match(e["date"]):
                err(f"{name}: entity {e['name']!r} has bad date {e['date']!r}")
            forms = [e["name"]] + e.get("aliases", [])
            if not any(f.lower() in text.lower() for f in forms):
                err(f"{name}: entity {e['name']!r} is not named in the text")
            for a in forms:
                k = sf.norm(a)
                if not k:
                    err(f"{name}: alias {a!r} of {e['name']!r} normalises to nothing")
                    continue
                if k in alias_owner and alias_owner[k][0] != e["name"]:
                    err(f"{name}: alias {a!r} of {e['name']!r} already points to "
                        f"{alias_owner[k][0]!r} ({alias_owner[k][1]})")
                alias_owner.setdefault(k, (e["name"], name))
        is_page = "articles" in ed or "not_articles" in ed
        if is_page:
            for s in ed.get("articles", []) + ed.get("not_articles", []):
                if s not in text:
                    err(f"{name}: page string not in text: {s!r}")
            if not ed.get("articles"):
                err(f"{name}: page without 'articles'")
        facts = [json.loads(l) for l in open(ff, encoding="utf-8") if l.strip()]
        n_facts += len(facts)
        if name == NEGATIVE_CONTROL and facts:
            err(f"{name}: the negative control has {len(facts)} facts")
        for i, f in enumerate(facts, 1):
            where = f"{name}: fact {i}"
            if set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}:
                err(f"{where}: unknown keys")
            p = f["predicate"]
            if p not in PREDICATES:
                err(f"{where}: predicate {p!r} is not allowed")
                continue
            for role in ("subject", "object"):
                if f[role] not in kinds:
                    err(f"{where}: {role} {f[role]!r} is not an entity of this article")
            if f["subject"] == f["object"]:
                err(f"{where}: subject and object are the same")
            if f["subject"] in kinds and f["object"] in kinds:
                sk, ok = SIGNATURE[p]
                if kinds[f["subject"]] not in sk or kinds[f["object"]] not in ok:
                    err(f"{where}: {p} does not fit {kinds[f['subject']]} -> {kinds[f['object']]}")
            if not DATE.match(f.get("date", "")):
                err(f"{where}: bad date {f.get('date')!r}")
            if f.get("modality", "alleged") != "alleged":
                err(f"{where}: modality {f['modality']!r}")
            if not f.get("evidence") or f["evidence"] not in text:
                err(f"{where}: evidence not found verbatim: {f.get('evidence')!r}")
    for p in glob.glob(os.path.join(GOLD, "*")):
        b = os.path.basename(p)
        stem = b.split(".")[0]
        if stem not in corpus or not (b.endswith(".entities.json") or b.endswith(".facts.jsonl")):
            err(f"gold file without article or unexpected name: {b}")

    # load with the scorer's own loader
    try:
        alias, gold, ents = sf.load_gold(GOLD)
        print(f"score_facts.load_gold: {len(gold)} distinct fact triples, {len(ents)} distinct entities, "
              f"{len(alias)} alias keys")
    except Exception as e:  # noqa: BLE001
        err(f"score_facts.load_gold failed: {e}")
        gold = set()

    # gold against itself must score 1.0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for ff in sorted(glob.glob(os.path.join(GOLD, "*.facts.jsonl"))):
            for l in open(ff, encoding="utf-8"):
                if l.strip():
                    tmp.write(l)
        for ef in sorted(glob.glob(os.path.join(GOLD, "*.entities.json"))):
            for e in json.load(open(ef, encoding="utf-8"))["entities"]:
                tmp.write(json.dumps({"name": e["name"], "kind": e["kind"]}, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, scorer, GOLD, tmp.name, "--json"], capture_output=True, text=True)
    os.unlink(tmp.name)
    try:
        r = json.loads(out.stdout)
        if r["f1"] != 1.0 or r["entities"]["ALL"]["f1"] != 1.0:
            err(f"gold against itself: facts F1 {r['f1']}, entities F1 {r['entities']['ALL']['f1']}")
        else:
            print(f"score_facts.py gold vs gold: facts P/R/F1 {r['precision']}/{r['recall']}/{r['f1']} "
                  f"(tp {r['tp']}), entities F1 {r['entities']['ALL']['f1']}")
    except Exception as e:  # noqa: BLE001
        err(f"score_facts.py did not run: {e} {out.stderr}")

    print(f"{len(corpus)} articles, {n_facts} fact lines, {n_ents} entity entries")
    for e in errors:
        print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
