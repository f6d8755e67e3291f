#!/usr/bin/env python3
"""Validate the wire10 evaluation set.

usage: check_gold.py [SET_DIR] [--readme PATH_TO_GOLD_README]

Checks, for every corpus/NN_slug.txt and its gold/NN_slug.{entities.json,facts.jsonl}:
  - the corpus header: headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line, body;
  - the gold files exist and parse; entity kinds are Person, State, Organization, Agreement or Place;
  - every predicate is one listed in the gold README; modality, when present, is "alleged";
  - subjects and objects are entity names or aliases of the same file (and preferably names);
  - every evidence string, and every articles / not_articles string, occurs verbatim in the article;
  - dates are "", YYYY, YYYY-MM or YYYY-MM-DD and real calendar dates;
  - the negative control (file number 11) has no facts, every other file has some;
  - across the whole set one normalised alias names one entity, and one name has one kind
    (the scorer pools aliases of all files, so a clash would silently merge two entities).
Prints a summary table and exits 1 if any error was found.
"""
import datetime
import glob
import json
import os
import re
import sys

KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
DEFAULT_README = "/work/shared/gold/README.md"
FALLBACK_PREDICATES = {"signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with",
                       "invoked", "led", "represents"}
NEGATIVE_PREFIX = "11_"


def norm(s):
    """The scorer's name normalisation (score_facts.py), copied so the check runs anywhere."""
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def readme_predicates(path):
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return FALLBACK_PREDICATES, f"(README not readable, using built-in list)"
    m = re.search(r"Predicates:(.*?)(?:\n\n|$)", text, re.S)
    if not m:
        return FALLBACK_PREDICATES, "(no Predicates line in README, using built-in list)"
    found = set(re.findall(r"\b([a-z_]+)\b(?:\s*\([^)]*\))?\s*[,.]", m.group(1)))
    return found, f"from {path}"


def good_date(d):
    if d == "":
        return True
    for fmt, n in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
        if len(d) == n:
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    readme = DEFAULT_README
    if "--readme" in argv:
        readme = argv[argv.index("--readme") + 1]
        args = [a for a in args if a != readme]
    here = os.path.dirname(os.path.abspath(__file__))
    set_dir = args[0] if args else os.path.dirname(here)
    preds, where = readme_predicates(readme)
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append

    corpus = sorted(glob.glob(os.path.join(set_dir, "corpus", "*.txt")))
    slugs = [os.path.basename(p)[:-4] for p in corpus]
    gold_slugs = {os.path.basename(p).split(".")[0] for p in glob.glob(os.path.join(set_dir, "gold", "*"))}
    for s in sorted(gold_slugs - set(slugs)):
        err(f"{s}: gold without a corpus file")

    alias_owner = {}   # normalised alias -> (entity name, file)
    name_kind = {}     # entity name -> (kind, file)
    rows, headlines = [], []
    pred_count, total_facts, total_ents = {}, 0, 0
    scraped = 0

    for slug, path in zip(slugs, corpus):
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        # header -----------------------------------------------------------
        if len(lines) < 5 or not lines[0].strip():
            err(f"{slug}: line 1 must be the headline")
        if not (lines[1].startswith("Source: ") and lines[1].rstrip().endswith("; reworded")):
            err(f"{slug}: line 2 must be 'Source: ...; reworded'")
        m = re.fullmatch(r"Published: (\d{4}-\d{2}-\d{2})", lines[2].strip())
        if not m or not good_date(m.group(1)):
            err(f"{slug}: line 3 must be 'Published: YYYY-MM-DD'")
        published = m.group(1) if m else ""
        if lines[3].strip():
            err(f"{slug}: line 4 must be blank")
        body = "\n".join(lines[4:])
        words = len(body.split())
        headlines.append((slug, lines[0]))
        # gold files -------------------------------------------------------
        epath = os.path.join(set_dir, "gold", slug + ".entities.json")
        fpath = os.path.join(set_dir, "gold", slug + ".facts.jsonl")
        try:
            ej = json.load(open(epath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"{slug}: entities file unreadable: {e}")
            continue
        facts = []
        try:
            for n, line in enumerate(open(fpath, encoding="utf-8"), 1):
                if line.strip():
                    try:
                        facts.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        err(f"{slug}: facts line {n} is not JSON: {e}")
        except OSError as e:
            err(f"{slug}: facts file unreadable: {e}")
        if ej.get("source") != f"corpus/{slug}.txt":
            err(f"{slug}: entities 'source' should be corpus/{slug}.txt")
        # scraped pages ----------------------------------------------------
        if "articles" in ej or "not_articles" in ej:
            scraped += 1
            if not ej.get("articles") or "not_articles" not in ej:
                err(f"{slug}: a scraped page needs both 'articles' and 'not_articles'")
            for key in ("articles", "not_articles"):
                for s in ej.get(key, []):
                    if s not in text:
                        err(f"{slug}: {key} string not in the page: {s!r}")
            if ej.get("articles") and ej["articles"][0] != lines[0]:
                err(f"{slug}: first entry of 'articles' should be the page headline")
        # entities ---------------------------------------------------------
        names, local = set(), {}
        for e in ej.get("entities", []):
            name, kind, aliases = e.get("name"), e.get("kind"), e.get("aliases")
            if not name or kind not in KINDS or not isinstance(aliases, list):
                err(f"{slug}: malformed entity {e!r}")
                continue
            if "date" in e and not good_date(e["date"]):
                err(f"{slug}: entity {name}: bad date {e['date']!r}")
            if name in names:
                err(f"{slug}: entity listed twice: {name}")
            names.add(name)
            prev = name_kind.setdefault(name, (kind, slug))
            if prev[0] != kind:
                err(f"{slug}: {name} is a {kind} here but a {prev[0]} in {prev[1]}")
            for a in [name] + aliases:
                k = norm(a)
                if not k:
                    err(f"{slug}: alias {a!r} of {name} normalises to nothing")
                    continue
                if local.get(k, name) != name:
                    err(f"{slug}: alias {a!r} names both {local[k]} and {name}")
                local[k] = name
                owner = alias_owner.setdefault(k, (name, slug))
                if owner[0] != name:
                    err(f"{slug}: alias {a!r} of {name} already names {owner[0]} in {owner[1]}")
            for s in ej.get("not_articles", []):
                if norm(s) == norm(name):
                    err(f"{slug}: page furniture {s!r} is also an entity")
        total_ents += len(ej.get("entities", []))
        # facts ------------------------------------------------------------
        seen = set()
        for f in facts:
            tag = f"{slug}: fact {f.get('subject')} {f.get('predicate')} {f.get('object')}"
            for key in ("subject", "predicate", "object", "evidence"):
                if not isinstance(f.get(key), str) or not f.get(key):
                    err(f"{tag}: missing {key}")
            extra = set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                err(f"{tag}: unexpected keys {sorted(extra)}")
            p = f.get("predicate", "")
            if p not in preds:
                err(f"{tag}: predicate {p!r} is not in the README list")
            pred_count[p] = pred_count.get(p, 0) + 1
            if "modality" in f and f["modality"] != "alleged":
                err(f"{tag}: modality must be 'alleged'")
            if not good_date(f.get("date", "")):
                err(f"{tag}: bad date {f.get('date')!r}")
            elif f.get("date") and published and f["date"] > published and "articles" not in ej:
                # a scraped page may carry teasers newer than its own article; elsewhere this is a slip
                warn(f"{tag}: date {f['date']} is after publication {published}")
            for role in ("subject", "object"):
                v = f.get(role, "")
                if v not in names:
                    if norm(v) in local:
                        warn(f"{tag}: {role} {v!r} is an alias, not the name {local[norm(v)]!r}")
                    else:
                        err(f"{tag}: {role} {v!r} is not an entity of this file")
            if f.get("subject") == f.get("object"):
                err(f"{tag}: subject equals object")
            if f.get("evidence") and f["evidence"] not in text:
                err(f"{tag}: evidence not verbatim: {f['evidence']!r}")
            key = (f.get("subject"), p, f.get("object"))
            if p == "met_with":
                key = (p,) + tuple(sorted((f.get("subject", ""), f.get("object", ""))))
            # the same triple may be annotated again from another sentence, never from the same one
            if key + (f.get("evidence"),) in seen:
                warn(f"{tag}: same triple and evidence annotated twice")
            seen.add(key + (f.get("evidence"),))
        total_facts += len(facts)
        if slug.startswith(NEGATIVE_PREFIX):
            if facts:
                err(f"{slug}: the negative control must have no facts")
        elif not facts:
            err(f"{slug}: no facts (only {NEGATIVE_PREFIX}* is a negative control)")
        rows.append((slug, published, words, len(facts), len(ej.get("entities", []))))

    # headline styles (reported, not enforced)
    caps = [s for s, h in headlines if h.upper() == h]
    title = [s for s, h in headlines
             if h.upper() != h and all(w[:1].isupper() or not w[:1].isalpha() for w in h.split())]
    print(f"predicates {where}: {', '.join(sorted(preds))}")
    print(f"{'file':45} {'published':10} {'words':>5} {'facts':>5} {'ents':>5}")
    for r in rows:
        print(f"{r[0]:45} {r[1]:10} {r[2]:5} {r[3]:5} {r[4]:5}")
    print(f"{'TOTAL':45} {'':10} {sum(r[2] for r in rows):5} {total_facts:5} {total_ents:5}")
    print("facts per predicate: " + ", ".join(f"{p} {n}" for p, n in sorted(pred_count.items())))
    print(f"scraped pages: {scraped}; ALL-CAPS headlines: {caps}; Title Case headlines: {title}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
