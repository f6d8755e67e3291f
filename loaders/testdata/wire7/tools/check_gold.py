#!/usr/bin/env python3
"""Check the blind7 gold set.

usage: python3 tools/check_gold.py [--scorer /work/shared/tools/score_facts.py]

Checks: header layout; schema of entities/facts files; evidence is an exact substring of the body;
subject and object of each fact are entities (name or alias) of the same file; body word counts
(450-650, story part only for scraped pages); no alias string (normalised as the scorer does) belongs
to two different entities anywhere in the set; the negative control has no facts; and the official
scorer run on gold vs a system file made of all gold facts plus entity lines gives F1 = 1.000.
"""
import glob, json, os, re, subprocess, sys, tempfile, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = "/work/shared/tools/score_facts.py"
if "--scorer" in sys.argv:
    SCORER = sys.argv[sys.argv.index("--scorer") + 1]
KINDS = {"Person", "State", "Organization", "Agreement", "Place"}
PREDS = {"signed", "violated", "mediated", "struck", "attacked", "annexed", "met_with", "invoked", "led",
         "represents", "sanctioned", "ratified", "withdrew_from"}
NEGATIVE = {"11_fosse-nobel-literature"}
# scraped pages: the story is the text between these two markers (start line included, end line excluded)
STORY = {"04_peace-spring-live-blog": ("23:15\n", "Share on Facebook | Share on X | Share on WhatsApp | Email | Copy link\nTopics:"),
         "08_aceh-helsinki-mou": ("HELSINKI, Aug 15 - ", "Tags: ")}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")

def norm(s):  # same normalisation as score_facts.py
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|mr|mrs|ms|sir|dr)\.?\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return s.strip()

errors, warnings = [], []
def err(m): errors.append(m)

rows, pred_count, alias_owner = [], collections.Counter(), collections.defaultdict(set)
kind_of = {}
all_ents, all_facts = [], []
files = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))
for path in files:
    name = os.path.basename(path)[:-4]
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[1].startswith("Source: ") or not lines[1].endswith("; reworded"):
        err(f"{name}: line 2 must be 'Source: ...; reworded'")
    if not re.match(r"^Published: \d{4}-\d{2}-\d{2}$", lines[2]): err(f"{name}: bad Published line")
    if lines[3] != "": err(f"{name}: line 4 must be blank")
    body = "\n".join(lines[4:])
    if name in STORY:
        a, b = STORY[name]
        i, j = body.find(a), body.find(b)
        if i < 0 or j < 0 or j <= i: err(f"{name}: story markers not found"); story = body
        else: story = body[i:j]
    else:
        story = body
    words, page_words = len(story.split()), len(body.split())
    if not 450 <= words <= 650: err(f"{name}: story has {words} words (want 450-650)")
    # entities
    epath = os.path.join(ROOT, "gold", name + ".entities.json")
    fpath = os.path.join(ROOT, "gold", name + ".facts.jsonl")
    if not os.path.exists(epath) or not os.path.exists(fpath): err(f"{name}: gold files missing"); continue
    ed = json.load(open(epath, encoding="utf-8"))
    if ed.get("source") != f"corpus/{name}.txt": err(f"{name}: bad source field")
    if name in STORY:
        for k in ("articles", "not_articles"):
            if not isinstance(ed.get(k), list) or not ed[k]: err(f"{name}: scraped page needs '{k}'")
        for t in ed.get("articles", []) + ed.get("not_articles", []):
            if t not in body: err(f"{name}: articles/not_articles line not in page: {t[:60]}")
        if lines[0] not in ed.get("articles", []): err(f"{name}: headline missing from articles")
    elif "articles" in ed or "not_articles" in ed:
        err(f"{name}: articles/not_articles only for scraped pages")
    lookup = {}
    for e in ed["entities"]:
        if set(e) - {"name", "kind", "aliases", "date"} or not {"name", "kind", "aliases"} <= set(e):
            err(f"{name}: bad entity keys {e}")
        if e["kind"] not in KINDS: err(f"{name}: bad kind {e}")
        if "date" in e and not DATE.match(e["date"]): err(f"{name}: bad entity date {e}")
        if e["name"] in kind_of and kind_of[e["name"]] != e["kind"]:
            err(f"{name}: {e['name']} has kind {e['kind']} here but {kind_of[e['name']]} elsewhere")
        kind_of[e["name"]] = e["kind"]
        forms = [e["name"]] + e["aliases"]
        if not any(f in body for f in forms): warnings.append(f"{name}: no surface form of {e['name']} in body")
        for f in forms:
            k = norm(f)
            alias_owner[k].add(e["name"])
            if lookup.get(k, e["name"]) != e["name"]: err(f"{name}: alias '{f}' used for two entities in this file")
            lookup[k] = e["name"]
        all_ents.append((e["name"], e["kind"]))
    # facts
    facts = [json.loads(l) for l in open(fpath, encoding="utf-8") if l.strip()]
    for x in facts:
        keys = set(x)
        if not {"subject", "predicate", "object", "date", "evidence"} <= keys or keys - {"subject", "predicate", "object", "date", "evidence", "modality"}:
            err(f"{name}: bad fact keys {x}")
        if x.get("modality", "alleged") != "alleged": err(f"{name}: bad modality {x}")
        if x["predicate"] not in PREDS: err(f"{name}: bad predicate {x['predicate']}")
        if not DATE.match(x["date"]): err(f"{name}: bad date {x['date']}")
        if x["predicate"] == "represents" and x["date"] != "": err(f"{name}: represents carries a date")
        if x["evidence"] not in body: err(f"{name}: evidence not in body: {x['evidence'][:70]}")
        for r in ("subject", "object"):
            if lookup.get(norm(x[r])) != x[r]: err(f"{name}: {r} '{x[r]}' is not an entity name of this file")
        if x["subject"] == x["object"]: err(f"{name}: self-relation {x}")
        pred_count[x["predicate"]] += 1
        all_facts.append(x)
    if name in NEGATIVE and facts: err(f"{name}: negative control must have no facts")
    if name not in NEGATIVE and not facts: err(f"{name}: no facts")
    rows.append((name, lines[0], words, page_words, len(facts), len(ed["entities"]), bool(name in STORY)))

for k, owners in sorted(alias_owner.items()):
    if len(owners) > 1: err(f"alias '{k}' belongs to several entities: {sorted(owners)}")

print(f"{'file':42} {'words':>6} {'page':>5} {'facts':>5} {'ents':>5}")
for name, title, w, pw, nf, ne, scraped in rows:
    print(f"{name:42} {w:6} {pw if scraped else '':>5} {nf:5} {ne:5}")
print(f"{'TOTAL':42} {sum(r[2] for r in rows):6} {'':>5} {sum(r[4] for r in rows):5} {sum(r[5] for r in rows):5}")
print("\nfacts per predicate:")
for p, n in sorted(pred_count.items(), key=lambda t: (-t[1], t[0])):
    print(f"  {p:14} {n}")
print(f"  {'alleged':14} {sum(1 for x in all_facts if x.get('modality') == 'alleged')} (modality)")
triples = {(x['subject'], x['predicate'], x['object']) if x['predicate'] != 'met_with' else tuple(sorted((x['subject'], x['object']))) + ('met_with',) for x in all_facts}
print(f"  distinct triples: {len(triples)}; distinct entities: {len(set(all_ents))}")

# scorer round trip
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
    for x in all_facts:
        t.write(json.dumps({"subject": x["subject"], "predicate": x["predicate"], "object": x["object"]}) + "\n")
    for n, k in sorted(set(all_ents)):
        t.write(json.dumps({"name": n, "kind": k}) + "\n")
    sysfile = t.name
out = subprocess.run([sys.executable, SCORER, os.path.join(ROOT, "gold"), sysfile, "--json"], capture_output=True, text=True)
os.unlink(sysfile)
if out.returncode != 0: err("scorer failed: " + out.stderr)
else:
    r = json.loads(out.stdout)
    print(f"\nscore_facts.py gold vs gold-derived system: facts P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
          f"(tp={r['tp']} fp={r['fp']} fn={r['fn']}); entities F1={r['entities']['ALL']['f1']:.3f}")
    if r["f1"] != 1.0: err("scorer F1 is not 1.000")
    if r["entities"]["ALL"]["f1"] != 1.0: err("entity F1 is not 1.000")

for w in warnings: print("warning:", w)
for e in errors: print("ERROR:", e)
print("\nOK" if not errors else f"\n{len(errors)} error(s)")
sys.exit(1 if errors else 0)
