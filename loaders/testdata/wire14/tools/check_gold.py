#!/usr/bin/env python3
"""Validate the whole wire14 set (corpus/ and gold/) and print every problem found.

usage: check_gold.py [ROOT]        # ROOT defaults to the folder above tools/

Checks
 - corpus headers: line 1 title, line 2 "Source: ...; reworded", line 3 "Published: YYYY-MM-DD", line 4 blank;
   one ALL CAPS headline and at least one Title Case headline in the set;
 - datelines: every wire article (no "articles" list in its gold) opens with a dateline such as
   "CITY, Month D (Agency) —" or "CITY —"; a scraped page must carry its headline again inside the page;
 - gold JSON parses; entities have name/kind/aliases; kinds and predicates are the ones listed in
   /work/shared/gold/README.md (read at run time);
 - facts: subject and object are entity names of the same article (aliases are accepted but reported),
   evidence is verbatim in the article, date is "", YYYY, YYYY-MM or YYYY-MM-DD, modality absent or "alleged",
   no duplicate facts in a file (met_with is symmetric), no self-facts;
 - every listed entity (by name or alias) occurs in its article;
 - scraped pages: every "articles" and "not_articles" string is verbatim in the page, and no furniture string
   is an entity name or alias;
 - exactly one negative control, i.e. one article whose facts file is empty;
 - each alias (normalised as score_facts.py does) belongs to one entity across the whole set, and an entity
   name has the same kind everywhere;
 - political articles (those with facts) report events of an odd year (checked on the Published year).
Exits 0 when clean, 1 otherwise.
"""
import glob, json, os, re, sys

README = "/work/shared/gold/README.md"
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):  # identical to /work/shared/tools/score_facts.py
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()


def readme_lists():
    txt = open(README, encoding="utf-8").read()
    flat = " ".join(txt.split())
    m = re.search(r"Kinds:\s*(.*?)\.", flat)
    kinds = {k.strip() for k in m.group(1).split(",")}
    m = re.search(r"Predicates:\s*(.*?\))\.", flat)
    preds_txt = re.sub(r"\([^)]*\)", "", m.group(1))
    preds = {p.strip() for p in preds_txt.split(",") if p.strip()}
    return kinds, preds


DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]+(, [A-Z][A-Za-z.]+)*(, [A-Z][a-z]{2,4}\.? \d{1,2})?( \((AP|UPI|Reuters|AFP|UP)\))? (—|-|–) ")


def is_all_caps(t):
    letters = [c for c in t if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


SMALL = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with", "as", "vs"}


def is_title_case(t):
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'.\-]*", t)]
    if len(words) < 4 or is_all_caps(t):
        return False
    big = [w for i, w in enumerate(words) if i == 0 or w.lower() not in SMALL]
    return all(w[0].isupper() for w in big)


def main():
    kinds, preds = readme_lists()
    problems = []
    corpus = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
    if not corpus:
        print("no corpus files"); return 1
    alias_owner, name_kind = {}, {}
    titles, empty_fact_files, n_facts = [], [], 0
    for cpath in corpus:
        stem = os.path.basename(cpath)[:-4]
        raw = open(cpath, encoding="utf-8").read()
        lines = raw.split("\n")
        tag = stem
        # ---- header
        if len(lines) < 6 or not lines[0].strip():
            problems.append(f"{tag}: missing title line")
        if not (lines[1].startswith("Source: ") and "reworded" in lines[1]):
            problems.append(f"{tag}: line 2 must be 'Source: ...; reworded'")
        m = re.match(r"^Published: (\d{4})-(\d{2})-(\d{2})$", lines[2])
        if not m:
            problems.append(f"{tag}: line 3 must be 'Published: YYYY-MM-DD'")
        if lines[3] != "":
            problems.append(f"{tag}: line 4 must be blank")
        titles.append((tag, lines[0]))
        text = lines[0] + "\n" + "\n".join(lines[4:])
        body = "\n".join(lines[4:])
        nwords = len(body.split())
        # ---- gold files
        epath = os.path.join(ROOT, "gold", stem + ".entities.json")
        fpath = os.path.join(ROOT, "gold", stem + ".facts.jsonl")
        if not (os.path.exists(epath) and os.path.exists(fpath)):
            problems.append(f"{tag}: gold files missing"); continue
        try:
            edoc = json.load(open(epath, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{tag}: entities JSON does not parse: {e}"); continue
        if edoc.get("source") != f"corpus/{stem}.txt":
            problems.append(f"{tag}: entities 'source' should be corpus/{stem}.txt")
        scraped = "articles" in edoc
        # ---- dateline / length
        first = next((l for l in lines[4:] if l.strip()), "")
        if not scraped:
            if not DATELINE_RE.match(first):
                problems.append(f"{tag}: body does not open with a dateline: {first[:60]!r}")
            if not (350 <= nwords <= 900):
                problems.append(f"{tag}: body has {nwords} words (want 350-900)")
        else:
            if lines[0] not in body:
                problems.append(f"{tag}: scraped page does not repeat its headline inside the page")
            for s in edoc.get("articles", []) + edoc.get("not_articles", []):
                if s not in text:
                    problems.append(f"{tag}: page string not verbatim: {s!r}")
            if len(edoc.get("articles", [])) != 4:
                problems.append(f"{tag}: a scraped page should list its main story and three teasers")
        # ---- entities
        ents = edoc.get("entities", [])
        names = {}
        for e in ents:
            if not {"name", "kind", "aliases"} <= set(e):
                problems.append(f"{tag}: entity lacks name/kind/aliases: {e}"); continue
            if e["kind"] not in kinds:
                problems.append(f"{tag}: entity {e['name']!r} has unknown kind {e['kind']!r}")
            if "date" in e and not DATE_RE.match(e["date"]):
                problems.append(f"{tag}: entity {e['name']!r} has bad date {e['date']!r}")
            if e["name"] in names:
                problems.append(f"{tag}: entity {e['name']!r} listed twice")
            names[e["name"]] = e
            prev = name_kind.setdefault(e["name"], e["kind"])
            if prev != e["kind"]:
                problems.append(f"{tag}: entity {e['name']!r} is {e['kind']} here but {prev} elsewhere")
            for a in [e["name"]] + e["aliases"]:
                k = norm(a)
                if not k:
                    problems.append(f"{tag}: empty alias on {e['name']!r}"); continue
                owner = alias_owner.setdefault(k, (e["name"], tag))
                if owner[0] != e["name"]:
                    problems.append(f"{tag}: alias {a!r} of {e['name']!r} already belongs to {owner[0]!r} ({owner[1]})")
        alias_here = {norm(a): e["name"] for e in ents for a in [e["name"]] + e["aliases"]}
        ntext = " " + norm(text.replace("\n", " ")) + " "
        for e in ents:
            if not any(" " + norm(a) + " " in ntext for a in [e["name"]] + e["aliases"] if norm(a)):
                problems.append(f"{tag}: entity {e['name']!r} is listed but neither it nor an alias occurs in the text")
        for s in edoc.get("not_articles", []):
            if norm(s) in alias_here:
                problems.append(f"{tag}: furniture string {s!r} is an entity name or alias")
        # ---- facts
        seen = set()
        nlines = 0
        for i, line in enumerate(open(fpath, encoding="utf-8"), 1):
            if not line.strip():
                continue
            nlines += 1
            try:
                f = json.loads(line)
            except Exception as e:
                problems.append(f"{tag}: facts line {i} does not parse: {e}"); continue
            for k in ("subject", "predicate", "object", "evidence"):
                if not isinstance(f.get(k), str) or not f.get(k):
                    problems.append(f"{tag}: facts line {i} lacks {k}")
            if f.get("predicate") not in preds:
                problems.append(f"{tag}: facts line {i} predicate {f.get('predicate')!r} not in README list {sorted(preds)}")
            for k in ("subject", "object"):
                v = f.get(k, "")
                if v in names:
                    continue
                if norm(v) in alias_here:
                    problems.append(f"{tag}: facts line {i} {k} {v!r} is an alias; use the name {alias_here[norm(v)]!r}")
                else:
                    problems.append(f"{tag}: facts line {i} {k} {v!r} is not an entity of this article")
            if f.get("evidence", "") not in text:
                problems.append(f"{tag}: facts line {i} evidence not verbatim: {f.get('evidence')!r}")
            if not DATE_RE.match(f.get("date", "")):
                problems.append(f"{tag}: facts line {i} bad date {f.get('date')!r}")
            if "modality" in f and f["modality"] != "alleged":
                problems.append(f"{tag}: facts line {i} modality must be 'alleged'")
            extra = set(f) - {"subject", "predicate", "object", "date", "evidence", "modality"}
            if extra:
                problems.append(f"{tag}: facts line {i} unexpected keys {sorted(extra)}")
            s_, p_, o_ = norm(f.get("subject")), f.get("predicate"), norm(f.get("object"))
            if s_ == o_:
                problems.append(f"{tag}: facts line {i} subject equals object")
            if p_ == "met_with" and s_ > o_:
                s_, o_ = o_, s_
            if (s_, p_, o_) in seen:
                problems.append(f"{tag}: facts line {i} duplicates an earlier fact")
            seen.add((s_, p_, o_))
        n_facts += nlines
        if nlines == 0:
            empty_fact_files.append(tag)
        elif m and int(m.group(1)) % 2 == 0:
            problems.append(f"{tag}: political article dated in an even year ({m.group(1)})")
    # ---- set-level
    if len(empty_fact_files) != 1:
        problems.append(f"expected exactly one negative control (empty facts file), found {empty_fact_files}")
    caps = [t for t, h in titles if is_all_caps(h)]
    tcase = [t for t, h in titles if is_title_case(h)]
    if len(caps) != 1:
        problems.append(f"expected exactly one ALL CAPS headline, found {caps}")
    if not tcase:
        problems.append("expected at least one Title Case headline")
    for p in problems:
        print(p)
    print(f"checked {len(corpus)} articles, {n_facts} fact lines, {len(alias_owner)} distinct aliases; "
          f"negative control: {empty_fact_files}; ALL CAPS: {caps}; Title Case: {tcase}; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
