#!/usr/bin/env python3
"""Validate the wire11 evaluation set (corpus/ and gold/).

Checks: corpus headers; JSON parses; entity kinds; predicates from the gold README's list;
subjects and objects are entity names or aliases of their article; evidence and page
strings verbatim; dates well-formed; modality values; the negative control has no facts;
one entity per alias across the whole set (the scorer pools aliases).

usage: python3 tools/check_gold.py [--readme PATH_TO_GOLD_README]
Exit status 1 if any error is found.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_README = "/work/shared/gold/README.md"
FALLBACK_PREDICATES = {"signed", "violated", "mediated", "struck", "attacked", "annexed",
                       "met_with", "invoked", "led", "represents"}
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
NEGATIVE_CONTROL = "11_world-cup-final-argentina-france-2022"


def norm(s):
    """Same normalisation as /work/shared/tools/score_facts.py."""
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def readme_predicates(path):
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return FALLBACK_PREDICATES
    m = re.search(r"Predicates:\s*(.*?)\.\s*$", text, re.S | re.M)
    if not m:
        return FALLBACK_PREDICATES
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    return {p.strip() for p in body.replace("\n", " ").split(",") if p.strip()}


def main(argv):
    readme = DEFAULT_README
    if "--readme" in argv:
        readme = argv[argv.index("--readme") + 1]
    preds = readme_predicates(readme)
    errors, warnings = [], []
    alias_owner = {}  # norm(alias) -> {canonical names}
    counts = {}
    slugs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
    if len(slugs) != 11:
        errors.append(f"expected 11 corpus files, found {len(slugs)}")
    for slug in slugs:
        text = open(os.path.join(ROOT, "corpus", slug + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 5 or not lines[0].strip():
            errors.append(f"{slug}: missing headline")
        if not (lines[1].startswith("Source: ") and lines[1].endswith("; reworded")):
            errors.append(f"{slug}: line 2 must be 'Source: ...; reworded'")
        m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})$", lines[2])
        if not m:
            errors.append(f"{slug}: line 3 must be 'Published: YYYY-MM-DD'")
        if lines[3].strip():
            errors.append(f"{slug}: line 4 must be blank")
        ent_path = os.path.join(ROOT, "gold", slug + ".entities.json")
        fact_path = os.path.join(ROOT, "gold", slug + ".facts.jsonl")
        try:
            ent = json.load(open(ent_path, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{slug}: entities file: {e}")
            continue
        if ent.get("source") != f"corpus/{slug}.txt":
            errors.append(f"{slug}: bad source field {ent.get('source')!r}")
        for key in ("articles", "not_articles"):
            for s in ent.get(key, []):
                if s not in text:
                    errors.append(f"{slug}: {key} string not in text: {s!r}")
        local = {}
        names = set()
        for e in ent.get("entities", []):
            if set(e) - {"name", "kind", "aliases", "date"}:
                errors.append(f"{slug}: unexpected keys in entity {e.get('name')}")
            if e.get("kind") not in KINDS:
                errors.append(f"{slug}: bad kind {e.get('kind')!r} for {e.get('name')}")
            if "date" in e and not DATE.match(e["date"]):
                errors.append(f"{slug}: bad entity date {e['date']!r} for {e['name']}")
            if e["name"] in names:
                errors.append(f"{slug}: entity listed twice: {e['name']}")
            names.add(e["name"])
            for n in [e["name"]] + e.get("aliases", []):
                k = norm(n)
                if not k:
                    errors.append(f"{slug}: empty alias for {e['name']}")
                    continue
                if local.get(k, e["name"]) != e["name"]:
                    errors.append(f"{slug}: alias {n!r} used by {local[k]} and {e['name']}")
                local[k] = e["name"]
                alias_owner.setdefault(k, {}).setdefault(e["name"], set()).add(slug)
        facts, seen = [], set()
        for i, line in enumerate(open(fact_path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                f = json.loads(line)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{slug}: facts line {i}: {e}")
                continue
            facts.append(f)
            for key in ("subject", "predicate", "object", "evidence"):
                if not isinstance(f.get(key), str) or not f.get(key):
                    errors.append(f"{slug}: facts line {i}: missing {key}")
            if f.get("predicate") not in preds:
                errors.append(f"{slug}: facts line {i}: predicate {f.get('predicate')!r} not in README list")
            for role in ("subject", "object"):
                if norm(f.get(role)) not in local:
                    errors.append(f"{slug}: facts line {i}: {role} {f.get(role)!r} is not an entity name or alias")
            if f.get("evidence", "") not in text:
                errors.append(f"{slug}: facts line {i}: evidence not verbatim: {f.get('evidence')!r}")
            d = f.get("date", "")
            if d and not DATE.match(d):
                errors.append(f"{slug}: facts line {i}: bad date {d!r}")
            if "modality" in f and f["modality"] != "alleged":
                errors.append(f"{slug}: facts line {i}: modality must be 'alleged'")
            if set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}:
                errors.append(f"{slug}: facts line {i}: unexpected keys")
            s, o = local.get(norm(f.get("subject"))), local.get(norm(f.get("object")))
            k = (s, f.get("predicate"), o)
            if f.get("predicate") == "met_with" and s and o and s > o:
                k = (o, "met_with", s)
            if k in seen:
                errors.append(f"{slug}: facts line {i}: duplicate fact {k}")
            seen.add(k)
            kinds = {e["name"]: e["kind"] for e in ent["entities"]}
            if f.get("predicate") == "represents" and kinds.get(s) != "Person":
                warnings.append(f"{slug}: represents with non-Person subject {s}")
            if f.get("predicate") == "met_with" and (kinds.get(s), kinds.get(o)) != ("Person", "Person"):
                warnings.append(f"{slug}: met_with between {s} and {o}")
        if slug == NEGATIVE_CONTROL and facts:
            errors.append(f"{slug}: negative control must have no facts")
        counts[slug] = (len(facts), len(ent.get("entities", [])))
    for k, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            errors.append(f"alias {k!r} points to several entities across the set: "
                          + "; ".join(f"{n} ({', '.join(sorted(s))})" for n, s in owners.items()))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(slugs)} articles, {sum(c[0] for c in counts.values())} facts, "
          f"{sum(c[1] for c in counts.values())} entity entries; predicates checked against "
          f"{sorted(preds)}; {len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
