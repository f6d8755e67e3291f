#!/usr/bin/env python3
"""Check the blind gold set for internal consistency.

usage: check_gold.py [ROOT]   (ROOT defaults to the folder above this script)

ROOT/corpus/NN_slug.txt must have ROOT/gold/NN_slug.entities.json and .facts.jsonl. Checks:
- article header: title, "Source: ...", "Published: YYYY-MM-DD", blank line;
- entities: valid kinds, no duplicate names in a file, every entity named in its article
  (its name or one alias occurs, case-insensitively), same name -> same kind in every file;
- aliases: after the scorer's own normalisation, a string (name or alias) points to one entity
  across ALL files;
- facts: known predicate, subject and object are entity names of that file, kinds fit the
  predicate, evidence is an exact substring of the article, date format, modality, no duplicate
  or reflexive triples;
- scraped pages: every "articles" / "not_articles" string occurs in the page;
- reports words per article and facts per predicate.
Exits 1 if any error was found.
"""
import json, os, re, sys, glob, importlib.util
from collections import Counter, defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = "/work/shared/tools/score_facts.py"

def load_norm():
    if os.path.exists(SCORER):
        spec = importlib.util.spec_from_file_location("score_facts", SCORER)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        return m.norm
    def norm(s):  # copy of the scorer's norm()
        s = (s or "").lower().replace("\u2019", "'")
        s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
        s = re.sub(r"'s$", "", s)
        s = re.sub(r"[^a-z0-9]+", " ", s)
        return s.strip()
    return norm

norm = load_norm()
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
# predicate -> (allowed subject kinds, allowed object kinds)
ACTOR = {"State", "Organization", "Person"}
PRED = {
    "signed": (ACTOR, {"Agreement"}),
    "violated": (ACTOR, {"Agreement"}),
    "mediated": (ACTOR, {"Agreement"}),
    "invoked": (ACTOR, {"Agreement"}),
    "withdrew_from": (ACTOR, {"Agreement", "Organization"}),
    "ratified": (ACTOR, {"Agreement"}),
    "struck": (ACTOR, {"Place", "Organization"}),
    "attacked": (ACTOR, {"State", "Place", "Organization"}),
    "annexed": ({"State"}, {"Place"}),
    "sanctioned": (ACTOR, ACTOR),
    "met_with": ({"Person"}, {"Person"}),
    "led": (ACTOR, {"Organization"}),
    "represents": ({"Person"}, {"State", "Organization"}),
}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

texts = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read()
         for p in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))}
golds = {os.path.basename(p)[:-len(".entities.json")]
         for p in glob.glob(os.path.join(ROOT, "gold", "*.entities.json"))}
for s in sorted(set(texts) ^ golds):
    err(f"{s}: article and gold files do not match")

alias_owner = {}             # normalised string -> (canonical name, file)
kind_of = {}                 # canonical name -> (kind, file)
pred_count, rows = Counter(), []

for slug, text in texts.items():
    ep = os.path.join(ROOT, "gold", slug + ".entities.json")
    fp = os.path.join(ROOT, "gold", slug + ".facts.jsonl")
    if not (os.path.exists(ep) and os.path.exists(fp)):
        continue
    lines = text.split("\n")
    if not (len(lines) > 4 and lines[0].strip() and lines[1].startswith("Source: ")
            and re.match(r"^Published: \d{4}-\d{2}-\d{2}$", lines[2]) and lines[3] == ""):
        err(f"{slug}: header must be title / Source: / Published: YYYY-MM-DD / blank")
    body = "\n".join(lines[4:])
    low = text.lower()
    doc = json.load(open(ep, encoding="utf-8"))
    if doc.get("source") != f"corpus/{slug}.txt":
        err(f"{slug}: source field is {doc.get('source')!r}")
    ents = {}
    for e in doc["entities"]:
        n, k = e.get("name"), e.get("kind")
        if k not in KINDS: err(f"{slug}: {n}: bad kind {k}")
        if n in ents: err(f"{slug}: duplicate entity {n}")
        ents[n] = e
        if not isinstance(e.get("aliases"), list): err(f"{slug}: {n}: aliases must be a list")
        if "date" in e and not DATE.match(e["date"]): err(f"{slug}: {n}: bad date {e['date']}")
        forms = [n] + e.get("aliases", [])
        if not any(f.lower() in low for f in forms):
            err(f"{slug}: entity {n} is not named in the article")
        if n in kind_of and kind_of[n][0] != k:
            err(f"{slug}: {n} is {k} here but {kind_of[n][0]} in {kind_of[n][1]}")
        kind_of.setdefault(n, (k, slug))
        for f in forms:
            key = norm(f)
            if not key:
                err(f"{slug}: {n}: alias {f!r} normalises to nothing"); continue
            if key in alias_owner and alias_owner[key][0] != n:
                err(f"{slug}: alias {f!r} of {n} also belongs to {alias_owner[key][0]} ({alias_owner[key][1]})")
            alias_owner.setdefault(key, (n, slug))
    for field in ("articles", "not_articles"):
        for s in doc.get(field, []):
            if s not in text: err(f"{slug}: {field} string not in page: {s!r}")
    seen, nfacts = set(), 0
    for i, line in enumerate(open(fp, encoding="utf-8"), 1):
        if not line.strip(): continue
        try:
            x = json.loads(line)
        except Exception as ex:
            err(f"{slug}:{i}: bad JSON: {ex}"); continue
        nfacts += 1
        s, p, o, ev = x.get("subject"), x.get("predicate"), x.get("object"), x.get("evidence", "")
        extra = set(x) - {"subject", "predicate", "object", "date", "evidence", "modality"}
        if extra: err(f"{slug}:{i}: unexpected keys {extra}")
        if p not in PRED: err(f"{slug}:{i}: unknown predicate {p}"); continue
        pred_count[p] += 1
        for role, name in (("subject", s), ("object", o)):
            if name not in ents: err(f"{slug}:{i}: {role} {name!r} is not an entity name of this file")
        if s in ents and ents[s]["kind"] not in PRED[p][0]: err(f"{slug}:{i}: {p} subject {s} is {ents[s]['kind']}")
        if o in ents and ents[o]["kind"] not in PRED[p][1]: err(f"{slug}:{i}: {p} object {o} is {ents[o]['kind']}")
        if not ev or ev not in body: err(f"{slug}:{i}: evidence not found verbatim in the article body: {ev!r}")
        if not DATE.match(x.get("date", "")): err(f"{slug}:{i}: bad date {x.get('date')!r}")
        if "modality" in x and x["modality"] != "alleged": err(f"{slug}:{i}: modality must be 'alleged'")
        if s == o: err(f"{slug}:{i}: reflexive fact")
        k = (s, p, o) if p != "met_with" else (min(s, o), p, max(s, o))
        if k in seen: err(f"{slug}:{i}: duplicate triple {k}")
        seen.add(k)
    words = len(body.split())
    rows.append((slug, words, nfacts))

# the same canonical entity should carry the same alias list everywhere (warning only)
alias_sets = defaultdict(set)
for p in glob.glob(os.path.join(ROOT, "gold", "*.entities.json")):
    for e in json.load(open(p, encoding="utf-8"))["entities"]:
        alias_sets[e["name"]].add(tuple(sorted(e.get("aliases", []))))
for n, v in sorted(alias_sets.items()):
    if len(v) > 1: warn(f"{n}: alias lists differ between files")

print(f"{'article':48} {'words':>6} {'facts':>6}")
for slug, w, n in rows:
    print(f"{slug:48} {w:6} {n:6}")
print("facts per predicate:", dict(sorted(pred_count.items())), "total", sum(pred_count.values()))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
