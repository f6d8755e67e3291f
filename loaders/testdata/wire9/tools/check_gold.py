#!/usr/bin/env python3
"""Validate the wire9 evaluation set.

usage: check_gold.py [SET_DIR]      (default: the folder above tools/)

Checks, for every corpus/NN_slug.txt and its gold/NN_slug.{entities.json,facts.jsonl}:
  * the header: headline, "Source: ...; reworded", "Published: YYYY-MM-DD", blank line;
  * both gold files parse; entity kinds are Person, State, Organization, Agreement or Place;
  * every entity name (or one of its aliases) occurs in the article;
  * facts use only the predicates listed in /work/shared/gold/README.md, their subject and
    object are entity names or aliases of that file, their evidence is verbatim article text
    of at least three words,
    dates are "", YYYY, YYYY-MM or YYYY-MM-DD and real calendar dates, modality is "alleged";
  * subject/object kinds fit the predicate (e.g. signed -> Agreement, represents -> Person);
  * across the set, one alias string (normalised as score_facts.py does) names one entity,
    and an entity keeps the same kind everywhere;
  * scraped pages: every `articles` title and `not_articles` string is a whole line of the
    page, and no furniture string is an entity name or alias;
  * the negative control (file 11) has no facts;
  * headline styles: exactly one ALL CAPS and one Title Case headline, the rest sentence case.
Prints one line per problem and a summary; exits 1 if there is any problem.
"""
import datetime
import glob
import json
import os
import re
import sys

SHARED_README = "/work/shared/gold/README.md"
FALLBACK_PREDICATES = ["signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with",
                       "invoked", "led", "represents"]
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
ACTOR = {"Person", "State", "Organization"}
# predicate -> (allowed subject kinds, allowed object kinds)
SIGNATURES = {
    "signed": (ACTOR, {"Agreement"}),
    "violated": (ACTOR, {"Agreement"}),
    "mediated": (ACTOR, {"Agreement"}),
    "invoked": (ACTOR, {"Agreement"}),
    "struck": (ACTOR, {"Place", "Organization"}),
    "attacked": (ACTOR, {"State", "Place", "Organization"}),
    "annexed": ({"State"}, {"Place"}),
    "met_with": ({"Person"}, {"Person"}),
    "led": (ACTOR, {"Organization"}),
    "represents": ({"Person"}, {"State", "Organization"}),
}
NEGATIVE_CONTROL_PREFIX = "11_"


def norm(s):
    """Same normalisation as /work/shared/tools/score_facts.py."""
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def readme_predicates():
    try:
        text = open(SHARED_README, encoding="utf-8").read()
    except OSError:
        return FALLBACK_PREDICATES
    m = re.search(r"Predicates:(.*?)(?:\n\s*\n|\Z)", text, re.S)
    if not m:
        return FALLBACK_PREDICATES
    body = re.sub(r"\([^)]*\)", "", m.group(1))
    preds = [p.strip(" .\n`") for p in body.split(",")]
    return [p for p in preds if re.fullmatch(r"[a-z_]+", p)] or FALLBACK_PREDICATES


def valid_date(d):
    if d == "":
        return True
    for fmt, pat in (("%Y", r"\d{4}"), ("%Y-%m", r"\d{4}-\d{2}"), ("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")):
        if re.fullmatch(pat, d):
            try:
                datetime.datetime.strptime(d, fmt)
                return True
            except ValueError:
                return False
    return False


def headline_style(h):
    letters = [c for c in h if c.isalpha()]
    if letters and all(not c.islower() for c in letters):
        return "ALL CAPS"
    small = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with", "from"}
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", h)]
    if words and all(w[0].isupper() or w.lower() in small for w in words[1:]) and sum(
            1 for w in words[1:] if w.lower() not in small) >= 3:
        return "Title Case"
    return "sentence case"


def main(argv):
    root = argv[0] if argv else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus, gold = os.path.join(root, "corpus"), os.path.join(root, "gold")
    predicates = set(readme_predicates())
    problems, styles = [], {}
    alias_owner, kind_of = {}, {}
    nfacts = nents = 0

    texts = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    slugs = [os.path.basename(p)[:-4] for p in texts]
    for g in glob.glob(os.path.join(gold, "*")):
        base = os.path.basename(g).split(".")[0]
        if base not in slugs:
            problems.append(f"{os.path.basename(g)}: gold file without an article")

    for path, slug in zip(texts, slugs):
        def bad(msg):
            problems.append(f"{slug}: {msg}")

        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        if len(lines) < 5 or lines[3] != "":
            bad("header must be headline, Source, Published, blank line")
        if not lines[1].startswith("Source: ") or not lines[1].endswith("; reworded"):
            bad("line 2 must be 'Source: <outlets>; reworded'")
        m = re.fullmatch(r"Published: (\d{4}-\d{2}-\d{2})", lines[2])
        if not m or not valid_date(m.group(1)):
            bad("line 3 must be 'Published: YYYY-MM-DD'")
        styles[slug] = headline_style(lines[0])
        body = "\n".join(lines[4:])
        low = text.lower()

        ents_path = os.path.join(gold, slug + ".entities.json")
        facts_path = os.path.join(gold, slug + ".facts.jsonl")
        try:
            ents = json.load(open(ents_path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            bad(f"entities file unreadable: {e}")
            continue
        if ents.get("source") != f"corpus/{slug}.txt":
            bad(f"entities 'source' is {ents.get('source')!r}")
        names = {}
        for e in ents.get("entities", []):
            nents += 1
            name, kind, aliases = e.get("name"), e.get("kind"), e.get("aliases")
            if not isinstance(name, str) or kind not in KINDS or not isinstance(aliases, list):
                bad(f"malformed entity {e!r}")
                continue
            if "date" in e and not valid_date(e["date"]):
                bad(f"entity {name!r} has a bad date {e['date']!r}")
            if not any(n.lower() in low for n in [name] + aliases):
                bad(f"entity {name!r} is not named in the article")
            if kind_of.setdefault(name, kind) != kind:
                bad(f"entity {name!r} is a {kind} here but a {kind_of[name]} elsewhere")
            for n in [name] + aliases:
                names[n] = kind
                k = norm(n)
                owner = alias_owner.setdefault(k, (name, slug))
                if owner[0] != name:
                    bad(f"alias {n!r} names {name!r} here but {owner[0]!r} in {owner[1]}")

        page_keys = [k for k in ("articles", "not_articles") if k in ents]
        if page_keys and len(page_keys) != 2:
            bad("a scraped page needs both 'articles' and 'not_articles'")
        line_set = set(lines)
        for key in page_keys:
            for s in ents[key]:
                if s not in line_set:
                    bad(f"{key} string is not a whole line of the page: {s!r}")
        for s in ents.get("not_articles", []):
            if norm(s) in alias_owner and s in names:
                bad(f"page furniture {s!r} is also an entity name")
        if page_keys and ents["articles"][0] != lines[0]:
            bad("the first listed article should be the page headline")

        facts = []
        try:
            for i, line in enumerate(open(facts_path, encoding="utf-8"), 1):
                if line.strip():
                    facts.append((i, json.loads(line)))
        except (OSError, ValueError) as e:
            bad(f"facts file unreadable: {e}")
        nfacts += len(facts)
        if slug.startswith(NEGATIVE_CONTROL_PREFIX) and facts:
            bad(f"negative control has {len(facts)} fact(s)")
        seen = set()
        for i, f in facts:
            where = f"fact line {i}"
            extra = set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                bad(f"{where}: unexpected keys {sorted(extra)}")
            p = f.get("predicate")
            if p not in predicates:
                bad(f"{where}: predicate {p!r} is not in the gold README's list")
            for role in ("subject", "object"):
                if f.get(role) not in names:
                    bad(f"{where}: {role} {f.get(role)!r} is not an entity name or alias")
            sk, ok = names.get(f.get("subject")), names.get(f.get("object"))
            if p in SIGNATURES and sk and ok:
                sub_kinds, obj_kinds = SIGNATURES[p]
                if sk not in sub_kinds or ok not in obj_kinds:
                    bad(f"{where}: {p} does not take {sk} -> {ok}")
            if not isinstance(f.get("date"), str) or not valid_date(f["date"]):
                bad(f"{where}: bad date {f.get('date')!r}")
            ev = f.get("evidence")
            if not isinstance(ev, str) or not ev or ev not in body:
                bad(f"{where}: evidence is not verbatim article text: {ev!r}")
            elif len(ev.split()) < 3:
                bad(f"{where}: evidence is too short to locate the statement: {ev!r}")
            if "modality" in f and f["modality"] != "alleged":
                bad(f"{where}: modality must be 'alleged'")
            if f.get("subject") == f.get("object"):
                bad(f"{where}: subject and object are the same")
            key = (f.get("subject"), p, f.get("object"), ev)
            if key in seen:
                bad(f"{where}: duplicate of an earlier line")
            seen.add(key)

    caps = [s for s, st in styles.items() if st == "ALL CAPS"]
    title = [s for s, st in styles.items() if st == "Title Case"]
    if len(caps) != 1 or len(title) != 1:
        problems.append(f"headlines: expected one ALL CAPS and one Title Case, got {caps} and {title}")
    if not any(s.startswith(NEGATIVE_CONTROL_PREFIX) for s in slugs):
        problems.append("no negative control (file 11)")

    for p in problems:
        print("PROBLEM", p)
    print(f"{len(slugs)} articles, {nfacts} facts, {nents} entity records, "
          f"predicates checked against {sorted(predicates)}; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
