package loaders

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// RelationExtractor is the last pipeline stage: it reads a Document's sentences and resolved
// mentions and adds Facts (signed, violated, struck, represents, …) with their evidence, and
// Attack entities for the strikes it finds. All of its language knowledge comes from tables:
// triggers*.tsv (trigger words), dates*.tsv, and rel_*.tsv (argument kinds, roles, cues,
// anaphors).
type RelationExtractor struct {
	triggers relPhrases[[]relTrigger]
	args     map[string]relArgs
	roles    relPhrases[string]
	cues     relPhrases[relCue]
	// collectiveKinds holds the kind a collective refers to ("the two countries": states);
	// a collective missing here refers to any actor ("the two sides").
	collectiveKinds map[string]graph.Kind
	// collectiveSizes holds how many actors a collective names when not two ("the three
	// leaders").
	collectiveSizes map[string]int
	// capitals holds the states' capitals by name, which set a sentence in their state
	// ("In Ankara, Premier Bulent Ecevit said"); the pipeline gives them from its Knowledge.
	capitals map[string]bool
	// numberedDeals are the words that with a number name a resolution or a treaty's
	// article ("Resolution 598"), the mention stage's numbered_deal cue.
	numberedDeals map[string]bool
	anaphors      relPhrases[relAnaphor]
	attack        relPhrases[string]
	dates         *DateParser
	// roleWords holds every word of a role phrase, for finding the edges of a title.
	roleWords map[string]bool
	// orgRoles are offices of companies and bodies rather than of states.
	orgRoles map[string]bool
	// leadRoles are the posts that lead a state or organization.
	leadRoles map[string]bool
	// roleStates are offices only one state has, by its ISO code: "secretary of state" is
	// the United States', whatever other state the article is about.
	roleStates map[string]string
}

type relTriggerType int

const (
	relVerb   relTriggerType = iota // "Russia violated X", "X was signed by A"
	relNoun                         // "Russia's annexation of X"
	relInto                         // "incorporated X into Y"
	relSym                          // "X and Y shook hands"
	relWeapon                       // "X fired missiles at Y"
)

type relTrigger struct {
	pred   string
	typ    relTriggerType
	preps  [][]string // object prepositions
	coSubj [][]string // prepositions introducing more subjects after the object
	conf   float64
	multi  bool // the form has several words (no POS check needed)
}

type relArgs struct {
	subj, obj map[graph.Kind]bool
}

// relCue is a set of cue classes (one word can be both "aux" and "allege").
type relCue uint64

const (
	cueNegation relCue = 1 << iota
	cueModal
	cueAllege
	cueDeny
	cueAux
	cueBe
	cueLight
	cueSep
	cueRelative
	cueTransparent
	cueCollective
	cueActorHead
	cuePlaceHead
	cueNonviolent
	cueContrast
	cueClausePrep
	cueObjectless
	cueClauseOpen
	cueVote
	cueResist
	cueFacility
	cueOrgHead
	cueMembers
	cueScene
	cueNaming
	cueAgentMod
	cueQuantity
	cueFrequency
	cueMandative
	cueBehind
	cueBlame
	cueRemote
	cueEnvoys
	cueAccompany
	cueBehalf
	cueCopula
	cueLabel
	cueAspect
	cuePlainMod
	cueEvaluative
	cueMotion
	cuePartitive
	cuePosting
	cueExtent
	cueHoldOffice
	cueMemberHead
	cueLooseAttack
)

// relCueClass names the cue classes of rel_cues_en.tsv.
func relCueClass(name string) (relCue, bool) {
	switch name {
	case "negation":
		return cueNegation, true
	case "modal":
		return cueModal, true
	case "allege":
		return cueAllege, true
	case "deny":
		return cueDeny, true
	case "aux":
		return cueAux, true
	case "be":
		return cueBe, true
	case "light":
		return cueLight, true
	case "sep":
		return cueSep, true
	case "relative":
		return cueRelative, true
	case "transparent":
		return cueTransparent, true
	case "collective":
		return cueCollective, true
	case "actorhead":
		return cueActorHead, true
	case "placehead":
		return cuePlaceHead, true
	case "nonviolent":
		return cueNonviolent, true
	case "contrast":
		return cueContrast, true
	case "clauseprep":
		return cueClausePrep, true
	case "objectless":
		return cueObjectless, true
	case "clauseopen":
		return cueClauseOpen, true
	case "vote":
		return cueVote, true
	case "resist":
		return cueResist, true
	case "facility":
		return cueFacility, true
	case "orghead":
		return cueOrgHead, true
	case "members":
		return cueMembers, true
	case "scene":
		return cueScene, true
	case "naming":
		return cueNaming, true
	case "agentmod":
		return cueAgentMod, true
	case "quantity":
		return cueQuantity, true
	case "frequency":
		return cueFrequency, true
	case "mandative":
		return cueMandative, true
	case "behind":
		return cueBehind, true
	case "blame":
		return cueBlame, true
	case "remote":
		return cueRemote, true
	case "envoys":
		return cueEnvoys, true
	case "accompany":
		return cueAccompany, true
	case "behalf":
		return cueBehalf, true
	case "copula":
		return cueCopula, true
	case "label":
		return cueLabel, true
	case "aspect":
		return cueAspect, true
	case "plainmod":
		return cuePlainMod, true
	case "evaluative":
		return cueEvaluative, true
	case "motion":
		return cueMotion, true
	case "partitive":
		return cuePartitive, true
	case "posting":
		return cuePosting, true
	case "extent":
		return cueExtent, true
	case "hold_office":
		return cueHoldOffice, true
	case "memberhead":
		return cueMemberHead, true
	case "looseattack":
		return cueLooseAttack, true
	}
	return 0, false
}

type relAnaphor struct {
	kind  graph.Kind
	class string // focus, recent, talks, dominant
	// introduces: a describing phrase with this noun may stand for an entity never named
	// ("a revised peace agreement").
	introduces bool
	// sort groups nouns that name one sort of agreement ("ceasefire", "truce", "armistice"):
	// "the truce" refers to a ceasefire rather than to a declaration in focus. "" for nouns
	// any agreement may be called ("deal", "agreement").
	sort string
}

// relPhrases maps word sequences (lower case) to values; lookups try the longest first.
type relPhrases[T any] struct {
	byFirst map[string][]relPhrase[T]
}

type relPhrase[T any] struct {
	words []string
	val   T
}

func (p *relPhrases[T]) add(phrase string, val T) {
	if p.byFirst == nil {
		p.byFirst = map[string][]relPhrase[T]{}
	}
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 0 {
		return
	}
	list := p.byFirst[w[0]]
	list = append(list, relPhrase[T]{words: w, val: val})
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	p.byFirst[w[0]] = list
}

// match returns the longest phrase starting at words[i].
func (p *relPhrases[T]) match(words []string, i int) (T, int, bool) {
	var zero T
	if i < 0 || i >= len(words) {
		return zero, 0, false
	}
	for _, ph := range p.byFirst[words[i]] {
		if i+len(ph.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range ph.words {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return ph.val, len(ph.words), true
		}
	}
	return zero, 0, false
}

// each calls f with every phrase starting at words[i], longest first, until f returns false.
func (p *relPhrases[T]) each(words []string, i int, f func(val T, n int) bool) {
	if i < 0 || i >= len(words) {
		return
	}
	for _, ph := range p.byFirst[words[i]] {
		if relWordsAt(words, i, ph.words) && !f(ph.val, len(ph.words)) {
			return
		}
	}
}

// matchEnding returns the longest phrase that ends just before words[end].
func (p *relPhrases[T]) matchEnding(words []string, end int) (T, int, bool) {
	var best T
	bestN := 0
	for start := max(0, end-5); start < end; start++ {
		v, n, ok := p.match(words, start)
		if ok && start+n == end && n > bestN {
			best, bestN = v, n
		}
	}
	return best, bestN, bestN > 0
}

// NewRelationExtractor reads the trigger, date and rel_* tables from knowledge.
func NewRelationExtractor(knowledge fs.FS) (*RelationExtractor, error) {
	x := &RelationExtractor{args: map[string]relArgs{}, roleWords: map[string]bool{}, orgRoles: map[string]bool{}, leadRoles: map[string]bool{}, roleStates: map[string]string{}, collectiveKinds: map[string]graph.Kind{}, collectiveSizes: map[string]int{}}
	var err error
	if x.dates, err = NewDateParser(knowledge); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	if err := x.loadTriggers(knowledge); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	if err := x.loadArgs(knowledge, "rel_args_en.tsv"); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	if err := eachRow(knowledge, "rel_roles_en.tsv", 2, func(r Row) error {
		switch c := r.Field(1); c {
		case "role", "block", "qualifier", "regional":
			x.roles.add(r.Field(0), c)
			if c == "role" {
				// "the heads of the two peace panels": an office's plural names its holders.
				if pl := relPlural(r.Field(0)); pl != "" {
					if _, _, ok := x.roles.match(strings.Fields(pl), 0); !ok {
						x.roles.add(pl, c)
						for _, w := range strings.Fields(pl) {
							x.roleWords[w] = true
						}
					}
				}
			}
			switch d := r.Field(2); {
			case d == "", d == "state":
			case d == "org":
				x.orgRoles[strings.ToLower(r.Field(0))] = true
			case strings.HasPrefix(d, "state:") && len(d) == len("state:")+3:
				x.roleStates[strings.ToLower(r.Field(0))] = strings.TrimPrefix(d, "state:")
			default:
				return r.Errorf("field 3: unknown role domain %q (want state, org or state:ISO3)", d)
			}
			switch r.Field(3) {
			case "":
			case "lead":
				x.leadRoles[strings.ToLower(r.Field(0))] = true
			default:
				return r.Errorf("unknown lead flag %q (want lead or nothing)", r.Field(3))
			}
			for _, w := range strings.Fields(strings.ToLower(r.Field(0))) {
				x.roleWords[w] = true
			}
			return nil
		default:
			return r.Errorf("unknown role class %q (want role, block, qualifier, regional)", c)
		}
	}); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	cues := map[string]relCue{}
	if err := eachRow(knowledge, "rel_cues_en.tsv", 2, func(r Row) error {
		c, ok := relCueClass(r.Field(1))
		if !ok {
			return r.Errorf("unknown cue class %q", r.Field(1))
		}
		phrase := strings.ToLower(r.Field(0))
		cues[phrase] |= c
		if k := r.Field(2); k != "" {
			if c != cueCollective {
				return r.Errorf("a kind (%q) is only for collective cues", k)
			}
			kind, err := graph.ParseKind(k)
			if err != nil {
				return r.Errorf("collective kind: %v", err)
			}
			x.collectiveKinds[phrase] = kind
		}
		if n := r.Field(3); n != "" {
			size, err := strconv.Atoi(n)
			if c != cueCollective || err != nil || size < 2 {
				return r.Errorf("a size (%q) is a whole number of two or more, and only for collective cues", n)
			}
			x.collectiveSizes[phrase] = size
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	for w, c := range cues {
		x.cues.add(w, c)
	}
	if err := eachRow(knowledge, "rel_anaphors_en.tsv", 2, func(r Row) error {
		k, err := graph.ParseKind(r.Field(1))
		if err != nil {
			return r.Errorf("kind: %v", err)
		}
		intro := false
		switch f := r.Field(3); f {
		case "":
		case "new":
			intro = true
		default:
			return r.Errorf("unknown introduces value %q (want new or nothing)", f)
		}
		switch c := r.Field(2); c {
		case "focus", "recent", "named", "talks", "dominant":
			x.anaphors.add(r.Field(0), relAnaphor{kind: k, class: c, introduces: intro, sort: r.Field(4)})
			return nil
		default:
			return r.Errorf("unknown anaphor class %q (want focus, recent, named, talks, dominant)", c)
		}
	}); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	if err := eachRow(knowledge, "triggers_attack_en.tsv", 2, func(r Row) error {
		switch c := r.Field(1); c {
		case "weapon", "attack", "killed", "injured":
			x.attack.add(r.Field(0), c)
			return nil
		default:
			return r.Errorf("unknown attack word class %q (want weapon, attack, killed, injured)", c)
		}
	}); err != nil {
		return nil, fmt.Errorf("relation extractor: %w", err)
	}
	return x, nil
}

func relSplitAlts(s string) [][]string {
	if s == "" || s == "-" {
		return nil
	}
	var out [][]string
	for _, a := range strings.Split(s, "|") {
		if w := strings.Fields(strings.ToLower(a)); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

func (x *RelationExtractor) loadTriggers(fsys fs.FS) error {
	names, err := fs.Glob(fsys, "triggers*.tsv")
	if err != nil {
		return err
	}
	n := 0
	for _, name := range names {
		if name == "triggers_attack_en.tsv" {
			continue
		}
		rows, err := ReadTable(fsys, name, 3)
		if err != nil {
			return err
		}
		for _, r := range rows {
			pred := r.Field(0)
			if _, err := graph.LookupPredicate(pred); err != nil {
				return r.Errorf("predicate: %v", err)
			}
			t := relTrigger{pred: pred, preps: relSplitAlts(r.Field(3)), coSubj: relSplitAlts(r.Field(4)), conf: 0.8}
			switch r.Field(1) {
			case "verb":
				t.typ = relVerb
			case "noun":
				t.typ = relNoun
			case "into":
				t.typ = relInto
			case "sym":
				t.typ = relSym
			case "weapon":
				t.typ = relWeapon
			default:
				return r.Errorf("unknown trigger type %q (want verb, noun, into, sym, weapon)", r.Field(1))
			}
			if c := r.Field(5); c != "" {
				f, err := strconv.ParseFloat(c, 64)
				if err != nil || f <= 0 || f > 1 {
					return r.Errorf("confidence %q is not a number in (0, 1]", c)
				}
				t.conf = f
			}
			for _, form := range relSplitAlts(r.Field(2)) {
				tt := t
				tt.multi = len(form) > 1
				phrase := strings.Join(form, " ")
				if v, k, ok := x.triggers.match(form, 0); ok && k == len(form) {
					// The same form under several predicates or types: keep them all.
					x.triggers.replace(phrase, append(v, tt))
					continue
				}
				x.triggers.add(phrase, []relTrigger{tt})
				n++
			}
		}
	}
	if n == 0 {
		return fmt.Errorf("no trigger tables (triggers*.tsv) in knowledge")
	}
	return nil
}

func (p *relPhrases[T]) replace(phrase string, val T) {
	w := strings.Fields(phrase)
	for i, ph := range p.byFirst[w[0]] {
		if strings.Join(ph.words, " ") == phrase {
			p.byFirst[w[0]][i].val = val
			return
		}
	}
}

func (x *RelationExtractor) loadArgs(fsys fs.FS, name string) error {
	rows, err := ReadTable(fsys, name, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if _, err := graph.LookupPredicate(r.Field(0)); err != nil {
			return r.Errorf("predicate: %v", err)
		}
		a := relArgs{subj: map[graph.Kind]bool{}, obj: map[graph.Kind]bool{}}
		for i, m := range []map[graph.Kind]bool{a.subj, a.obj} {
			for _, k := range strings.Split(r.Field(1+i), ",") {
				kind, err := graph.ParseKind(strings.TrimSpace(k))
				if err != nil {
					return r.Errorf("kind: %v", err)
				}
				m[kind] = true
			}
		}
		x.args[r.Field(0)] = a
	}
	return nil
}

// Extract adds the facts stated in doc's sentences to doc.Facts, and Attack entities for
// the strikes it finds to doc.Entities. It is safe on any Document: out-of-range indexes in
// mentions are ignored.
func (x *RelationExtractor) Extract(ctx context.Context, doc *Document) error {
	return x.extract(ctx, doc, relTitle{})
}

// extract is Extract with what the article's headline names: its agreements give their name
// to an agreement the body only describes ("signed an agreement" under "… sign Doha deal"),
// and its states tell which state the article is about.
func (x *RelationExtractor) extract(ctx context.Context, doc *Document, title relTitle) error {
	if doc == nil {
		return nil
	}
	d := newRelDoc(x, doc, title)
	// Pass 1: who represents what, so that "his Ukrainian counterpart" can be resolved.
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("relations in %s: %w", doc.Name, err)
		}
		s := d.sentence(si)
		s.represents()
	}
	d.resolveBare()
	// Pass 2: the other predicates, in reading order, tracking focus for "the deal".
	d.resetFocus()
	d.reading = true
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("relations in %s: %w", doc.Name, err)
		}
		s := d.sentence(si)
		s.relations()
		d.afterSentence(s)
	}
	d.dropStruckSite()
	d.finish()
	return nil
}

// describedDeals finds the agreements a headline calls by a place or a name of its own and a
// common noun ("Greek parliament ratifies Prespa accord", "Minsk deal collapses"): the name
// words before an agreement noun that no state, body or person claims.
func (x *RelationExtractor) describedDeals(sents []Sentence, cands []candidate) (out []string, byPlace []relPlaceDeal) {
	for si, s := range sents {
		words := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			words[i] = strings.ToLower(t.Text)
		}
		actor := make([]bool, len(s.Tokens))
		for _, c := range cands {
			if c.Sentence != si {
				continue
			}
			// A lone unknown word ("Prespa") is a person only if the body says so.
			switch {
			case c.Kind == graph.KindPerson && c.weak:
			case c.Kind == graph.KindState, c.Kind == graph.KindOrganization, c.Kind == graph.KindPerson, c.Kind == graph.KindAgreement:
				for k := c.TokStart; k < c.TokEnd && k < len(actor); k++ {
					actor[k] = true
				}
			}
		}
		for i := 1; i < len(words); i++ {
			a, n, ok := x.anaphors.match(words, i)
			if !ok || a.kind != graph.KindAgreement || !a.introduces || !startsLower(s.Tokens[i].Text) {
				continue
			}
			j := i
			for j > 0 && s.Tokens[j-1].Tag == "NNP" && !actor[j-1] && !startsLower(s.Tokens[j-1].Text) {
				j--
			}
			if j < i {
				out = append(out, s.Text[s.Tokens[j].Start-s.Start:s.Tokens[i+n-1].End-s.Start])
			} else if place := placeAfter(s, cands, si, i+n); place != "" {
				// "Armenia and Turkey sign protocols in Zurich": the Zurich protocols. Only a
				// known place counts, as a headline's capitals say little.
				byPlace = append(byPlace, relPlaceDeal{place, place + " " + s.Text[s.Tokens[i].Start-s.Start:s.Tokens[i+n-1].End-s.Start]})
			}
			i += n - 1
		}
	}
	return out, byPlace
}

// placeAfter is the name of the known place that "in" or "at" at token k of sentence si
// introduces, or "".
func placeAfter(s Sentence, cands []candidate, si, k int) string {
	if k+1 >= len(s.Tokens) || !strings.EqualFold(s.Tokens[k].Text, "in") && !strings.EqualFold(s.Tokens[k].Text, "at") {
		return ""
	}
	for _, c := range cands {
		if c.Sentence == si && c.TokStart == k+1 && c.Kind == graph.KindPlace {
			return c.Canonical
		}
	}
	return ""
}

// relPlural is the English plural of an office's phrase ("head" → "heads", "chairman" →
// "chairmen", "secretary" → "secretaries"), or "" for one that ends in "s" already.
func relPlural(phrase string) string {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 0 {
		return ""
	}
	// "head of state" → "heads of state": the noun before "of" takes the plural.
	at := len(w) - 1
	if i := slices.Index(w, "of"); i > 0 {
		at = i - 1
	}
	last := w[at]
	switch {
	case strings.HasSuffix(last, "s"):
		return ""
	case strings.HasSuffix(last, "man"):
		last = strings.TrimSuffix(last, "man") + "men"
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		last = strings.TrimSuffix(last, "y") + "ies"
	default:
		last += "s"
	}
	w[at] = last
	return strings.Join(w, " ")
}
