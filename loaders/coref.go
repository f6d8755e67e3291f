package loaders

import (
	"slices"
	"sort"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// corefState resolves pronouns ("they", "its"), definite descriptions ("the deal", "the
// city"), collectives ("the two sides") and "his Ukrainian counterpart" to entities named
// earlier. Candidates are ordered by salience — the current sentence right to left, then
// earlier sentences with their subjects first — and the relation rules take the first one
// whose kind the predicate allows.
type corefState struct {
	d       *relDoc
	focus   int                // the agreement in focus, -1
	history map[int][]corefRef // sentence → its entity references, in reading order
	pair    [2]int             // the last two entities named together ("A and B"), or -1s
	// pairs holds the last such pair of each kind: "the two governments" are the last two
	// states named together, even when two people were paired since.
	pairs map[graph.Kind][2]int
	// sorts caches nameSort by agreement entity.
	sorts map[int]string
	// restore is set while an agreement of another year holds the focus; before is the
	// focus to go back to at the sentence's end.
	restore bool
	before  int
}

type corefRef struct {
	ent     int
	subject bool
}

// corefWindow is how many earlier sentences a pronoun or description may reach back.
const corefWindow = 3

func newCorefState(d *relDoc) *corefState {
	return &corefState{d: d, focus: -1, history: map[int][]corefRef{}, pair: [2]int{-1, -1}, pairs: map[graph.Kind][2]int{}, sorts: map[int]string{}}
}

func (c *corefState) reset() {
	c.focus, c.restore = -1, false
	c.pair = [2]int{-1, -1}
	c.pairs = map[graph.Kind][2]int{}
	c.history = map[int][]corefRef{}
}

func (c *corefState) setFocus(e int) { c.focus = e }

// background marks the agreement about to take the focus as one of another year ("the
// Machakos Protocol, which the two sides signed in July 2002"): it holds the focus for the
// rest of the sentence, and the agreement in focus before it takes it back afterwards.
func (c *corefState) background() {
	if !c.restore {
		c.restore, c.before = true, c.focus
	}
}

// record notes the sentence's named entities once it has been read.
func (c *corefState) record(s *relSent) {
	var refs []corefRef
	subjectDone := false
	for k := 0; k < len(s.words); k++ {
		if s.isFinite(k) {
			subjectDone = true
		}
		sl := s.slotOf(k)
		if sl < 0 {
			continue
		}
		slot := s.slots[sl]
		k = slot.end - 1
		if len(slot.cands) == 0 || slot.group || s.bracketed(slot) {
			continue
		}
		e := slot.cands[0]
		if slot.ana != "" || slot.role == RolePronoun {
			if len(slot.cands) != 1 {
				continue
			}
		}
		refs = append(refs, corefRef{ent: e, subject: !subjectDone && !s.isPrep(slot.start-1)})
		// The agreement a sentence is about is its subject, named or described: "The
		// ceasefire is the first phase of …" turns the focus from a declaration to it.
		if !subjectDone && c.d.kind(e) == graph.KindAgreement && (slot.ana == "" || slot.ana == "focus") {
			c.focus = e
		}
	}
	if c.focus < 0 {
		for _, r := range refs {
			if c.d.kind(r.ent) == graph.KindAgreement {
				c.focus = r.ent
				break
			}
		}
	}
	if c.restore {
		c.focus, c.restore = c.before, false
	}
	c.history[s.si] = refs
	c.notePairs(s)
}

// notePairs remembers, for each kind, the last two entities of that kind the sentence
// joins with "and": "the British and Irish governments", "Serbia and Kosovo".
func (c *corefState) notePairs(s *relSent) {
	for sl := 0; sl+1 < len(s.slots); sl++ {
		a, b := s.slots[sl], s.slots[sl+1]
		if b.start != a.end+1 || s.word(a.end) != "and" || s.slotOf(b.end) >= 0 || s.word(b.end) == "and" || s.word(a.start-1) == "," {
			continue // not exactly two: "A, B and C", "A and B and C"
		}
		if len(a.cands) != 1 || len(b.cands) != 1 || a.ana != "" || b.ana != "" || a.group || b.group || a.cands[0] == b.cands[0] {
			continue
		}
		if k := c.d.kind(a.cands[0]); k == c.d.kind(b.cands[0]) {
			c.pairs[k] = [2]int{a.cands[0], b.cands[0]}
		}
	}
}

// candidates lists entities before token tok of sentence s, most salient first.
func (c *corefState) candidates(s *relSent, tok int, want func(graph.Kind) bool) []int {
	var out []int
	seen := map[int]bool{}
	add := func(e int) {
		if e >= 0 && !seen[e] && want(c.d.kind(e)) {
			seen[e] = true
			out = append(out, e)
		}
	}
	// A pronoun in a later clause of the sentence refers to its subject before anything
	// named in between: "Biden met Duda …, where he met Zelenskyy" (he = Biden).
	for k := 0; k < tok && !s.isFinite(k); k++ {
		sl := s.slotOf(k)
		if sl < 0 {
			continue
		}
		slot := s.slots[sl]
		if slot.end > tok {
			break
		}
		if s.bracketed(slot) {
			k = slot.end - 1 // "WASHINGTON (Reuters) - The United States …": the agency is no subject
			continue
		}
		if s.isPrep(slot.start - 1) {
			// "In Tehran on Wednesday he received …": a fronted place is no subject.
			if len(out) > 0 {
				break
			}
			k = slot.end - 1
			continue
		}
		// The subject may itself be a pronoun already resolved: "he received X, and on
		// Friday he held talks" (both he are one).
		if !slot.group && s.hasFinite(slot.end, tok) {
			switch {
			case slot.ana == "" && slot.role != RolePronoun:
				for _, e := range slot.cands {
					add(e)
				}
			case slot.role == RolePronoun && len(slot.cands) > 0 && !possessivePronoun(s.word(slot.start)):
				// what the pronoun was read as; "his son, X, …" is about X, not him
				add(slot.cands[0])
			}
		}
		k = slot.end - 1
	}
	for k := tok - 1; k >= 0; k-- {
		sl := s.slotOf(k)
		if sl < 0 {
			continue
		}
		slot := s.slots[sl]
		k = slot.start
		// "In Sudan they destroyed …", "In eastern Afghanistan, they …": a fronted phrase of
		// place right before the pronoun is not what the pronoun stands for.
		p := slot.start - 1
		for p > 0 && s.tag(p) == "JJ" && s.slotOf(p) < 0 {
			p--
		}
		if p == s.firstWord() && s.isPrep(p) && (tok == slot.end || tok == slot.end+1 && s.word(slot.end) == ",") {
			continue
		}
		if slot.ana == "" && slot.role != RolePronoun && !slot.group && !s.bracketed(slot) {
			for _, e := range slot.cands {
				add(e)
			}
		}
	}
	for back := 1; back <= corefWindow && s.si-back >= 0; back++ {
		refs := c.history[s.si-back]
		for _, r := range refs {
			if r.subject {
				add(r.ent)
			}
		}
		for i := len(refs) - 1; i >= 0; i-- {
			add(refs[i].ent)
		}
	}
	return out
}

// later lists entities of kind k named in the next few sentences, first named first.
func (c *corefState) later(s *relSent, k graph.Kind) []int {
	var out []int
	d := c.d
	for si := s.si + 1; si <= s.si+2 && si < len(d.doc.Sentences); si++ {
		for _, mi := range d.byS[si] {
			e := d.doc.Mentions[mi].Entity
			// "an Interim Accord the two countries signed": an indefinite brings in another.
			if m := d.doc.Mentions[mi]; d.kind(e) == k && m.Role == RoleName && !relIndefinite(d.doc.Sentences[si].Tokens, m.TokStart) {
				out = append(out, e)
			}
		}
	}
	return out
}

// relIndefinite reports an indefinite article right before token k.
func relIndefinite(toks []Token, k int) bool {
	if k < 1 || k > len(toks) {
		return false
	}
	w := strings.ToLower(toks[k-1].Text)
	return w == "a" || w == "an"
}

// relPronounClass says what a pronoun can refer to: "person", "thing" or "any" ("they").
func relPronounClass(w string) string {
	switch w {
	case "he", "him", "his", "himself", "she", "her", "herself":
		return "person"
	case "it", "its", "itself":
		return "thing"
	case "they", "them", "their", "themselves":
		return "any"
	}
	return ""
}

// sameSide reports whether e is one of ents or acts for one of them, or one of them acts
// for e: Israel and its defence minister are one side, not "both sides".
func (c *corefState) sameSide(ents []int, e int) bool {
	for _, x := range ents {
		if st, ok := c.d.personState[e]; ok && st == x {
			return true
		}
		if st, ok := c.d.personState[x]; ok && st == e {
			return true
		}
	}
	return false
}

// speakers are the subjects of a reporting verb whose clause holds token k: "Trump told
// reporters that both sides had violated it", "Riyadh and Washington said both sides had
// violated it" — who reports is not one of the sides.
func (c *corefState) speakers(s *relSent, k int) map[int]bool {
	v := -1
	switch {
	case s.isFinite(k - 1):
		v = k - 1 // "said both sides"
	default:
		for j := k - 1; j >= 0 && k-j < 3; j-- {
			if s.word(j) == "that" && s.slotOf(j) < 0 {
				// "told reporters that": a finite verb at most two words before "that".
				for i := j - 1; i >= 0 && j-i <= 3; i-- {
					if s.isFinite(i) {
						v = i
						break
					}
				}
				break
			}
		}
	}
	out := map[int]bool{}
	if v < 0 {
		return out
	}
	// The subject and whatever is said of it before the verb: "Trump, leaving the White
	// House for a NATO summit, told reporters that …".
	subj := s.subjectOf(v, 0)
	from := v
	for _, sl := range subj {
		from = min(from, s.slots[sl].start)
	}
	for j := from; j < v; j++ {
		if sl := s.slotOf(j); sl >= 0 {
			for _, e := range s.slots[sl].cands {
				out[e] = true
			}
			j = s.slots[sl].end - 1
		}
	}
	return out
}

// addVirtualSlots adds slots for the sentence's pronouns, descriptions and collectives
// that the mention stage left unresolved.
func (c *corefState) addVirtualSlots(s *relSent) {
	for k := 0; k < len(s.words); k++ {
		if s.slotOf(k) >= 0 {
			k = s.slots[s.slotOf(k)].end - 1
			continue
		}
		w := s.words[k]
		// Collectives: "the two sides", "both countries".
		if cue, n, ok := c.d.x.cues.match(s.words, k); ok && cue&cueCollective != 0 && c.free(s, k, k+n) {
			// "the two foreign ministers, Nikos Kotzias of Greece and …": the names follow.
			if p := s.slotOf(k + n + 1); s.word(k+n) == "," && p >= 0 && s.slotKind(p) == graph.KindPerson && s.slots[p].ana == "" {
				k += n - 1
				continue
			}
			phrase := strings.Join(s.words[k:k+n], " ")
			kind := c.d.x.collectiveKinds[phrase]
			size := max(c.d.x.collectiveSizes[phrase], 2)
			speakers := c.speakers(s, k)
			p := c.pair
			if q, ok := c.pairs[kind]; ok && kind != "" && (p[0] < 0 || c.d.kind(p[0]) != kind) {
				p = q
			}
			if size == 2 && p[0] >= 0 && !speakers[p[0]] && !speakers[p[1]] && (kind == "" || c.d.kind(p[0]) == kind && c.d.kind(p[1]) == kind) {
				s.addSlot(relSlot{start: k, end: k + n, cands: []int{p[0], p[1]}, group: true, ana: "collective"})
				k += n - 1
				continue
			}
			// "The Saudi- and US-brokered talks … which both sides signed": who brokered is no side.
			brokers := map[int]bool{}
			for _, sl := range s.slots {
				if sl.start < k && s.word(sl.end) == "-" && len(sl.cands) == 1 {
					brokers[sl.cands[0]] = true
				}
			}
			var ents []int
			for _, e := range c.candidates(s, k, func(kk graph.Kind) bool {
				if kind != "" {
					return kk == kind
				}
				return kk == graph.KindPerson || kk == graph.KindState || kk == graph.KindOrganization
			}) {
				if len(ents) < size && !speakers[e] && !brokers[e] && !c.sameSide(ents, e) {
					ents = append(ents, e)
				}
			}
			if len(ents) == size {
				s.addSlot(relSlot{start: k, end: k + n, cands: ents, group: true, ana: "collective"})
			}
			k += n - 1
			continue
		}
		if class := relPronounClass(w); class != "" && (s.tag(k) == "PRP" || s.tag(k) == "PRP$") {
			// "his Ukrainian counterpart"
			if (w == "his" || w == "her" || w == "their") && k+2 < len(s.words) && s.words[k+2] == "counterpart" && s.slotOf(k+1) >= 0 && s.slotOf(k+2) < 0 {
				if cands := c.counterpart(s, s.slotOf(k+1)); len(cands) > 0 {
					s.addSlot(relSlot{start: k, end: k + 3, cands: cands, role: RoleTitle, ana: "counterpart"})
					k += 2
					continue
				}
			}
			want := func(kk graph.Kind) bool {
				return kk == graph.KindState || kk == graph.KindOrganization || kk == graph.KindAgreement || kk == graph.KindPlace
			}
			switch class {
			case "person":
				want = func(kk graph.Kind) bool { return kk == graph.KindPerson }
			case "any":
				want = func(kk graph.Kind) bool { return kk != "" && kk != graph.KindAttack && kk != graph.KindArticle }
			}
			cands := c.candidates(s, k, want)
			if w == "they" {
				// "Putin condemned the strikes and said they violated the UN Charter": who
				// says it is not "they".
				speakers := c.speakers(s, k)
				cands = slices.DeleteFunc(cands, func(e int) bool { return speakers[e] })
			}
			if len(cands) > 6 {
				cands = cands[:6]
			}
			if len(cands) > 0 {
				s.addSlot(relSlot{start: k, end: k + 1, cands: cands, role: RolePronoun})
			}
			continue
		}
		// Definite and indefinite descriptions: "the deal", "that accord", "the 310-page accord".
		a, n, ok := c.d.x.anaphors.match(s.words, k)
		// "signed agreements with A and B": a bare plural right after a verb is its object.
		bareObject := k > 0 && s.isVerb(k-1) && s.tag(k+n-1) == "NNS" && a.kind == graph.KindAgreement
		if !ok || !c.free(s, k, k+n) || !(c.determined(s, k) || a.class == "talks" || bareObject) {
			continue
		}
		if k+n < len(s.words) && s.slotOf(k+n) < 0 && s.startsUpper(k+n) && s.tag(k+n) == "NNP" {
			continue // part of a name the mention stage missed
		}
		if a.class == "recent" && s.word(k+n) == "of" && s.slotOf(k+n+1) >= 0 {
			continue // "the city of Sumy" names its city
		}
		var cands []int
		switch a.class {
		case "focus", "talks":
			cands = c.agreementCands(s, k, k+n)
			if len(cands) == 0 && a.introduces && a.kind == graph.KindAgreement {
				if e := c.introduce(s, k, n); e >= 0 {
					cands = []int{e}
				}
			}
		case "dominant":
			// "the government", "the federal government": not "the government of Chad", and
			// not "a government", which is any; "accused the government of violating it" is.
			if (s.word(k+n) != "of" || s.tag(k+n+1) == "VBG") && c.descStart(s, k) >= 0 && s.word(c.descStart(s, k)-1) == "the" {
				if e := c.dominant(a.kind); e >= 0 {
					cands = []int{e}
				}
			}
		case "named":
			// "the coalition" is the Saudi-led coalition named before, not the Houthis
			// named last.
			noun := " " + s.word(k+n-1)
			for _, e := range c.candidates(s, k, func(kk graph.Kind) bool { return kk == a.kind }) {
				if strings.Contains(" "+strings.ToLower(c.d.entity(e).Name), noun) {
					cands = []int{e}
					break
				}
			}
		case "recent":
			if c.indefiniteStart(s, k) >= 0 {
				break // "a territory it has guarded" brings in a place; it names none before
			}
			cands = c.candidates(s, k, func(kk graph.Kind) bool { return kk == a.kind })
			if a.kind == graph.KindState && (s.word(k-1) == "his" || s.word(k-1) == "her") {
				// "an invasion of his country": the state of the person he is, or none.
				cands = nil
				if ps := c.candidates(s, k-1, func(kk graph.Kind) bool { return kk == graph.KindPerson }); len(ps) > 0 {
					if st, ok := c.d.personState[ps[0]]; ok {
						cands = []int{st}
					}
				}
			}

			// "the Palestinian group": of the organizations before, the one of that state.
			if sl := s.slotOf(k - 1); sl >= 0 && s.slotKind(sl) == graph.KindState && len(s.slots[sl].cands) > 0 {
				iso := c.d.entity(s.slots[sl].cands[0]).Props["iso"]
				kept := cands[:0]
				for _, e := range cands {
					if iso != "" && c.d.entity(e).Props["country"] == iso {
						kept = append(kept, e)
					}
				}
				cands = kept
			}
			if len(cands) > 1 {
				cands = cands[:1]
			}
		}
		if len(cands) > 0 {
			// The slot sits on the description's head noun: "the memorandum of understanding"
			// is a memorandum, and "of understanding" no phrase of its own.
			head := k + n - 1
			for j := k + 1; j < k+n-1; j++ {
				if s.word(j) == "of" {
					head = j - 1
					break
				}
			}
			s.addSlot(relSlot{start: head, end: head + 1, cands: cands, role: RoleAnaphor, ana: a.class})
		}
		k += n - 1
	}
}

func (c *corefState) free(s *relSent, from, to int) bool {
	for k := from; k < to && k < len(s.words); k++ {
		if s.slotOf(k) >= 0 {
			return false
		}
	}
	return to <= len(s.words)
}

// determined says whether the noun at k has a determiner in its phrase: "the deal",
// "that accord", "an agreement", "the revised peace agreement".
func (c *corefState) determined(s *relSent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch s.words[j] {
		case "new", "another", "other", "separate", "second", "third", "previous", "earlier", "future", "possible", "potential", "proposed", "draft":
			return false // not the agreement in focus
		}
		switch s.words[j] {
		case "the", "this", "that", "these", "those", "its", "their", "an", "a", "his", "her", "both":
			return true
		}
		// "the Palestinian group": a one-word state modifier right before the noun.
		demonym := j == k-1 && s.slotOf(j) >= 0 && s.slots[s.slotOf(j)].start == j && s.slots[s.slotOf(j)].end == k && s.slotKind(s.slotOf(j)) == graph.KindState
		// "a peace and reconciliation accord": two modifiers joined by "and".
		joined := s.word(j) == "and" && j > 0 && j < k-1 && s.slotOf(j-1) < 0 && s.slotOf(j+1) < 0 && (s.tag(j-1) == "NN" || s.isAdj(j-1)) && (s.tag(j+1) == "NN" || s.isAdj(j+1))
		if !(s.isAdj(j) || joined || demonym || s.tag(j) == "NN" || s.tag(j) == "NNS" || s.tag(j) == "CD" || s.tag(j) == "NNP" && s.slotOf(j) < 0 || s.word(j) == "-" || (s.tag(j) == "VBN" || s.tag(j) == "VBD") && s.word(j-1) == "-" || s.slotOf(j) >= 0 && s.word(j+1) == "-") {
			return false // "the same French-brokered document" goes on
		}
	}
	return false
}

// agreementCands resolves "the deal": an agreement the phrase itself names next ("The deal,
// which has become known as the Pretoria Agreement"), the agreement in focus, agreements
// named before, and, when none was named yet, the next one named.
func (c *corefState) agreementCands(s *relSent, k, end int) []int {
	out := c.agreementCandsAnyYear(s, k, end)
	// "a ceasefire document at talks in Moscow" is no agreement made in Geneva.
	if c.indefiniteStart(s, k) >= 0 {
		if at := s.placeOfSigning(end, 12); at != "" {
			out = slices.DeleteFunc(out, func(e int) bool {
				p := c.d.entity(e).Props["place"]
				return p != "" && p != at
			})
		}
	}
	// "the 1994 ceasefire" after a truce signed in 2016, "a peace agreement that the two
	// countries signed in Algiers in December 2000": a year that is not the year of an
	// agreement's signing, nor in its name, sets the description apart from it.
	year, undated := c.yearOf(s, k), ""
	if year == "" {
		// An agreement of no known date in an article is taken to be of the article's year
		// here: the clause tells of one signed in another.
		year = c.clauseYear(s, k, end)
		if pub := c.d.doc.Article.Published; len(pub) >= 4 {
			undated = pub[:4]
		}
	}
	if year == "" {
		return out
	}
	sameYear := func(cands []int, undated string) []int {
		var kept []int
		for _, e := range cands {
			y := c.signedYear(e)
			if y == "" {
				y = undated
			}
			name := c.d.entity(e).Name
			// "the 1950 treaty" is not "the 1973 agreement", signed or not.
			if y == "" && yearInName(name) != "" {
				y = yearInName(name)
			}
			if y == "" || y == year || strings.Contains(name, year) {
				kept = append(kept, e)
			}
		}
		return kept
	}
	if kept := sameYear(out, undated); len(kept) > 0 || len(out) == 0 {
		return kept
	}
	// The agreement in view is another one: the description may be of one named just after
	// ("… signed in Algiers in December 2000. … violating the Algiers agreement").
	return sameYear(c.later(s, graph.KindAgreement), "")
}

func (c *corefState) agreementCandsAnyYear(s *relSent, k, end int) []int {
	var out []int
	seen := map[int]bool{}
	add := func(e int) {
		if e >= 0 && !seen[e] && c.d.kind(e) == graph.KindAgreement {
			seen[e] = true
			out = append(out, e)
		}
	}
	if s.word(end) == "," || s.word(end) == "(" {
		naming := false
		for j := end + 1; j < len(s.words) && j < end+15; j++ {
			if s.cue(j)&cueNaming != 0 {
				naming = true
			}
			switch s.word(j) {
			case ",", ")", ";":
				j = len(s.words)
				continue
			}
			if sl := s.slotOf(j); sl >= 0 && naming && s.slots[sl].ana == "" {
				for _, e := range s.slots[sl].cands {
					add(e)
				}
			}
		}
	}
	named := len(out)
	// "the original accord" is the agreement described as original, never the revised one.
	contrast := c.contrastOf(s, k)
	if named == 0 && contrast != "" {
		for _, e := range c.d.introduced {
			if c.nameContrast(e) == contrast {
				return []int{e}
			}
		}
	}
	// An agreement the sentence itself named or described before the phrase is more salient
	// than the one in focus: "they signed the original accord in Cartagena, where both men
	// put their names to the document".
	for j := k - 1; j >= 0; j-- {
		if sl := s.slotOf(j); sl >= 0 {
			if slot := s.slots[sl]; len(slot.cands) == 1 && !slot.group && slot.ana != "talks" {
				add(slot.cands[0])
			}
			j = s.slots[sl].start
		}
	}
	add(c.focus)
	for _, e := range c.candidates(s, k, func(kk graph.Kind) bool { return kk == graph.KindAgreement }) {
		add(e)
	}
	if named == 0 && contrast != "" {
		kept := out[:0]
		for _, e := range out {
			if w := c.nameContrast(e); w == "" || w == contrast {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	// "reactivate a security cooperation agreement": an indefinite description that says what
	// sets its agreement apart brings in a new one, unless an earlier one has those words.
	mods := c.indefiniteModifiers(s, k, end)
	if named == 0 && len(mods) > 0 {
		kept := out[:0]
		for _, e := range out {
			name := " " + strings.ToLower(c.d.entity(e).Name) + " "
			for _, m := range mods {
				if strings.Contains(name, " "+m+" ") {
					kept = append(kept, e)
					break
				}
			}
		}
		out = kept
	}
	if len(out) == 0 {
		for _, e := range c.later(s, graph.KindAgreement) {
			add(e)
		}
	}
	// "the statement" prefers the agreement whose name says so ("Joint Statement") over
	// the one in focus, and "the truce" the ceasefire named before ("Hezbollah truce").
	want := ""     // the sort of agreement the noun names
	plain := false // a noun any agreement may be called: "the accord", "the deal"
	if a, n, ok := c.d.x.anaphors.match(s.words, k); ok && k+n == end {
		want, plain = a.sort, a.sort == "" && a.introduces
	}
	if start := c.descStart(s, k); want == "" && start >= 0 {
		// "the armistice agreement": a modifier of a sort makes the description that sort.
		if w := c.wordsSort(s.words[start:end]); w != "" {
			want, plain = w, false
		}
	}
	// "the accord" is the agreement in focus, not one named "… Accords" in passing.
	if named == 0 && k < end && len(mods) == 0 && contrast == "" && !(plain && c.focus >= 0) {
		noun := strings.TrimSuffix(s.word(end-1), "s")
		if want != "" && c.nameSort(c.focus) == want {
			return []int{c.focus}
		}
		for si := s.si; si >= 0; si-- {
			for _, mi := range c.d.byS[si] {
				e := c.d.doc.Mentions[mi].Entity
				if c.d.kind(e) != graph.KindAgreement || si == s.si && c.d.doc.Mentions[mi].TokStart >= k {
					continue
				}
				if w := strings.Fields(strings.ToLower(c.d.doc.Entities[e].Name)); len(w) > 1 && strings.TrimSuffix(w[len(w)-1], "s") == noun || want != "" && c.nameSort(e) == want {
					return []int{e}
				}
			}
		}
		// Agreements made of descriptions have no mention of their own: "the ceasefire in
		// Gaza" four sentences before.
		for i := len(c.d.introduced) - 1; i >= 0 && want != ""; i-- {
			if e := c.d.introduced[i]; c.nameSort(e) == want && c.introducedBefore(e, s.si, k) {
				return []int{e}
			}
		}
	}
	// "the ceasefire in Gaza" is no declaration in focus: an agreement whose name says it
	// is of another sort is not the one a noun of a sort refers to.
	if want != "" && named == 0 {
		kept := out[:0]
		for _, e := range out {
			if w := c.nameSort(e); w == "" || w == want {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	if len(out) > 1 {
		out = out[:1]
	}
	return out
}

// dominant is the entity of kind k the article is clearly about, or -1.
func (c *corefState) dominant(k graph.Kind) int {
	switch k {
	case graph.KindState:
		return c.d.domState
	case graph.KindOrganization:
		return c.d.domOrg
	}
	return -1
}

// descStart returns the first token after the determiner of the description whose noun
// starts at k ("the revised peace agreement" → "revised"), or -1 when it has none.
func (c *corefState) descStart(s *relSent, k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.isDet(j) {
			return j + 1
		}
	}
	return -1
}

// yearOf returns the year ("1994") among the modifiers of the description whose noun starts
// at k, or "".
func (c *corefState) yearOf(s *relSent, k int) string {
	start := c.descStart(s, k)
	if start < 0 {
		return ""
	}
	for j := start; j < k; j++ {
		if isYear(s.word(j)) {
			return s.word(j)
		}
	}
	return ""
}

// clauseYear is the year of a date in the relative clause right after an indefinite
// description whose noun spans [k, end) ("a peace agreement that the two countries signed
// in Algiers in December 2000"), or "".
func (c *corefState) clauseYear(s *relSent, k, end int) string {
	if c.indefiniteStart(s, k) < 0 {
		return ""
	}
	if s.cue(end)&cueRelative == 0 {
		return ""
	}
	for _, e := range s.dates {
		if e.Start > end && e.Start < end+15 && len(e.Value) >= 4 && !e.Relative && !s.clauseEndsBefore(end+1, e.Start) {
			return e.Value[:4]
		}
	}
	return ""
}

// isYear reports a four-digit year ("1994").
func isYear(w string) bool {
	_, ok := dateYearNumber(w)
	return ok
}

// signedYear is the year of the earliest dated signing or brokering of agreement e found so
// far, or "".
func (c *corefState) signedYear(e int) string {
	name := c.d.entity(e).Name
	year := ""
	for _, f := range c.d.doc.Facts {
		if (f.Predicate == "signed" || f.Predicate == "mediated") && f.Object == name && len(f.Date) >= 4 && (year == "" || f.Date[:4] < year) {
			year = f.Date[:4]
		}
	}
	return year
}

// contrastOf returns the contrast word ("original", "revised") among the modifiers of the
// description whose noun starts at k, or "".
func (c *corefState) contrastOf(s *relSent, k int) string {
	start := c.descStart(s, k)
	if start < 0 {
		return ""
	}
	for j := start; j < k; j++ {
		if s.cue(j)&cueContrast != 0 {
			return s.word(j)
		}
	}
	return ""
}

// indefiniteStart is where the modifiers of an indefinite description whose noun starts at k
// begin ("a six-month ceasefire"), or -1 when the description is not indefinite.
func (c *corefState) indefiniteStart(s *relSent, k int) int {
	start := c.descStart(s, k)
	if start < 1 || s.word(start-1) != "a" && s.word(start-1) != "an" {
		return -1
	}
	return start
}

// indefiniteModifiers returns the common-noun modifiers of an indefinite description whose
// noun starts at k and ends before end ("a security cooperation agreement" → security,
// cooperation; "a declaration of principles" → principles), or nil.
func (c *corefState) indefiniteModifiers(s *relSent, k, end int) []string {
	start := c.indefiniteStart(s, k)
	if start < 0 {
		return nil
	}
	var out []string
	for j := start; j < k; j++ {
		if s.tag(j) == "NN" || s.tag(j) == "NNS" || s.tag(j) == "JJ" && c.nounCompound(s.word(j)) {
			out = append(out, s.word(j))
		}
	}
	if end-k > 2 && s.word(end-2) == "of" {
		out = append(out, s.word(end-1)) // the table's own phrase: "a declaration of principles"
	}
	if head, _ := s.nominalTopic(end + 1); head > 0 && s.word(end) == "on" {
		out = append(out, s.word(head)) // "an agreement on the cessation of hostilities"
	}
	if s.word(end) == "of" && s.slotOf(end+1) < 0 && (s.tag(end+1) == "NN" || s.tag(end+1) == "NNS") {
		out = append(out, s.word(end+1)) // "a twenty-year treaty of friendship"
	}
	return out
}

// nounCompound reports a hyphened modifier made of nouns, which says what sort of thing the
// agreement is as a noun does ("a cessation-of-hostilities agreement", "a power-sharing
// deal"), unlike a measure ("a six-month truce") or a participle ("a long-awaited accord",
// "a US-brokered deal").
func (c *corefState) nounCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || strings.HasSuffix(parts[len(parts)-1], "ed") {
		return false
	}
	for _, p := range parts {
		if _, ok := c.d.x.dates.Number(p); ok || p == "" {
			return false
		}
	}
	return true
}

// introducedBefore reports whether agreement e was made of a description before token k of
// sentence si and taken by the reading pass: the first pass, which knows no focus, may have
// made one of "the U.S.-brokered truce" that the reading pass found to be the agreement in
// focus.
func (c *corefState) introducedBefore(e, si, k int) bool {
	if !c.d.introRead[e] {
		return false
	}
	for at, x := range c.d.introAt {
		if x == e && (at[0] < si || at[0] == si && at[1] < k) {
			return true
		}
	}
	return false
}

// nameSort returns the sort of agreement entity e's name says it is ("Gaza ceasefire" →
// ceasefire, "Joint Declaration on …" → declaration): that of the last noun of a sort in
// it, or "".
func (c *corefState) nameSort(e int) string {
	if e < 0 || c.d.kind(e) != graph.KindAgreement {
		return ""
	}
	if w, ok := c.sorts[e]; ok {
		return w
	}
	kind := c.wordsSort(strings.Fields(strings.ToLower(c.d.entity(e).Name)))
	c.sorts[e] = kind // names do not change while a document is read
	return kind
}

// wordsSort is the sort of agreement lower-cased words name, the last one that names one
// ("ceasefire" for "the armistice agreement"), or "".
func (c *corefState) wordsSort(words []string) string {
	kind := ""
	for i := 0; i < len(words); i++ {
		if a, n, ok := c.d.x.anaphors.match(words, i); ok && a.kind == graph.KindAgreement {
			if a.sort != "" {
				kind = a.sort
			}
			i += n - 1
		}
	}
	return kind
}

// nameContrast returns the contrast word in entity e's name, or "".
func (c *corefState) nameContrast(e int) string {
	en := c.d.entity(e)
	if en == nil {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(en.Name)) {
		if cue, n, ok := c.d.x.cues.match([]string{w}, 0); ok && n == 1 && cue&cueContrast != 0 {
			return w
		}
	}
	return ""
}

// introduce makes an Agreement entity of a description that refers to no agreement named
// before or just after: the headline's deal when the headline names one and none was taken
// yet, else the description itself when it says what sets the agreement apart — a noun or
// name modifier ("a security cooperation agreement"), a contrast word ("the original
// accord") or a participle clause ("a treaty incorporating Crimea into Russia"). A bare "an
// agreement" under a headline that names none stays unresolved. The entity is dropped at
// the end unless some fact names it.
// nominalTopic returns the end of a topic phrase at token i that a nominalisation heads
// ("the definitive cessation of military hostilities", "the normalisation of relations"),
// or -1. "the sidelines of the summit" and "the occasion" are no topic: the head must be
// a noun of action, whose suffix says so.
func (s *relSent) nominalTopic(i int) (head, end int) {
	if s.word(i) != "the" {
		return -1, -1
	}
	j := i + 1
	for j < len(s.words) && j < i+4 && s.isAdj(j) && s.slotOf(j) < 0 {
		j++
	}
	w := s.word(j)
	if s.tag(j) != "NN" || s.slotOf(j) >= 0 || !(strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "ment")) || s.word(j+1) != "of" {
		return -1, -1
	}
	e := j + 2
	for e < len(s.words) && e < j+6 && s.slotOf(e) < 0 && (s.inDate == nil || !s.inDate[e]) && (s.isAdj(e) || s.tag(e) == "NN" || s.tag(e) == "NNS") {
		e++
	}
	if e == j+2 || !strings.HasPrefix(s.tag(e-1), "NN") {
		return -1, -1
	}
	return j, e
}

func (c *corefState) introduce(s *relSent, k, n int) int {
	d := c.d
	at := [2]int{s.si, k}
	if e, ok := d.introAt[at]; ok {
		d.introRead[e] = d.introRead[e] || d.reading
		return e
	}
	start := c.descStart(s, k)
	if start < 0 {
		return -1
	}
	// Measures and numbers describe the copy, not the agreement: "the 310-page accord"; a
	// year names it ("the 1994 ceasefire").
	for start < k && !isYear(s.word(start)) && (s.tag(start) == "CD" || strings.IndexAny(s.word(start), "0123456789") >= 0 || relIsQuote(s.word(start))) {
		start++
	}
	// "an overarching cooperation agreement", "a landmark accord": words that praise or
	// weigh an agreement do not name it.
	for start < k && s.cue(start)&cueEvaluative != 0 {
		start++
	}
	naming := n > 1 // "a joint statement"
	for j := start; j < k; j++ {
		if isYear(s.word(j)) {
			naming = true // "the 1994 ceasefire"
		}
		// "a six-month bilateral ceasefire": adjectives that classify the agreement name it
		// as well as nouns do.
		if s.slotOf(j) >= 0 || s.cue(j)&cueContrast != 0 || strings.HasPrefix(s.tag(j), "NN") || s.isAdj(j) {
			naming = true
		}
		if relIsQuote(s.word(j)) || s.word(j) == "," {
			return -1
		}
	}
	end := k + n
	if s.tag(end) == "VBG" && s.slotOf(end) < 0 {
		e := end + 1
		for ; e < len(s.words) && e < end+8; e++ {
			w := s.word(e)
			if s.tag(e) == "," || s.tag(e) == "." || s.tag(e) == ":" || relIsQuote(w) || w == "(" || w == ")" ||
				s.cue(e)&cueRelative != 0 && s.slotOf(e) < 0 || s.isFinite(e) ||
				s.isPrep(e) && s.cue(e)&cueClausePrep == 0 {
				break
			}
		}
		if e > end+1 && s.slotOf(e-1) >= 0 {
			end = e // ends on a name: "incorporating Crimea into Russia"
			naming = true
		}
	}
	// "an agreement on electoral conditions", "a deal on grain exports": a topic phrase
	// describes the agreement; not "a deal on Tuesday" nor "an accord on the sidelines".
	if !naming && (s.word(end) == "on" || s.word(end) == "over") {
		e := end + 1
		for e < len(s.words) && e < end+5 && s.slotOf(e) < 0 && (s.inDate == nil || !s.inDate[e]) && (s.isAdj(e) || s.tag(e) == "NN" || s.tag(e) == "NNS") {
			e++
		}
		if e > end+1 && (s.tag(e-1) == "NN" || s.tag(e-1) == "NNS") {
			end, naming = e, true
		} else if _, e := s.nominalTopic(end + 1); e > 0 {
			end, naming = e, true // "an agreement on the definitive cessation of military hostilities"
		} else if s.tag(end+1) == "VBG" && s.slotOf(end+1) < 0 {
			// "a memorandum on stabilising the situation in the Idlib de-escalation zone": a
			// gerund after "on" says what the agreement does, up to the clause's end.
			last := -1
			for e = end + 2; e < len(s.words) && e < end+12; e++ {
				// Prepositions of time and manner end it: "… on Tuesday", "… at the talks".
				if w := s.word(e); w == "," || w == ";" || w == "." || relIsQuote(w) || s.isFinite(e) || s.tag(e) == "VBG" ||
					s.isPrep(e) && w != "of" && w != "in" && w != "for" && w != "to" && w != "between" && w != "with" ||
					s.cue(e)&cueRelative != 0 && s.slotOf(e) < 0 || s.inDate != nil && s.inDate[e] {
					break
				}
				if s.slotOf(e) >= 0 || s.isNounTag(e) {
					last = e
				}
			}
			if last > end+1 {
				end, naming = last+1, true
			}
		}
	}
	// "the ceasefire in Gaza": the place it holds in names it, as "the Gaza ceasefire"; but
	// "rallied against the accord in Athens" is where the rally was.
	place := ""
	if a, _, ok := d.x.anaphors.match(s.words, k); ok && a.sort == "ceasefire" && !naming && s.word(end) == "in" {
		if sl := s.slotOf(end + 1); sl >= 0 && len(s.slots[sl].cands) > 0 && s.slots[sl].ana == "" {
			if k := d.kind(s.slots[sl].cands[0]); k == graph.KindPlace || k == graph.KindState {
				place, naming = s.partyName(sl), true
			}
		}
	}
	// "a disengagement agreement between Israel and Syria" is the Israel-Syria
	// disengagement agreement: the two sides name it.
	var sides []string
	if s.word(end) == "between" && end == k+n {
		if a := s.slotOf(end + 1); a >= 0 && c.isSide(s, a) && s.word(s.slots[a].end) == "and" {
			if b := s.slotOf(s.slots[a].end + 1); b >= 0 && c.isSide(s, b) {
				sides, naming = []string{s.partyName(a), s.partyName(b)}, true
			}
		}
	}
	// "signed an agreement here" under a SIMLA dateline, "an accord in Rome": a bare
	// indefinite description is named after the city it was made in, said right after it
	// ("a ceasefire document at talks in Moscow" is where the talks were).
	if !naming && start == k && c.indefiniteStart(s, k) == k {
		if place = s.placeOfSigning(end, 1); place != "" {
			naming = true
		}
	}
	name := ""
	if !d.titleUsed && len(d.titleDeals) > 0 {
		name = d.titleDeals[0]
		d.titleUsed = true
	} else if naming {
		toks := s.s.Tokens
		a, b := toks[start].Start-s.s.Start, toks[end-1].End-s.s.Start
		if a < 0 || b > len(s.s.Text) || a >= b {
			return -1
		}
		name = s.s.Text[a:b]
		if sides != nil {
			name = sides[0] + "-" + sides[1] + " " + name
		}
		if place != "" {
			name = place + " " + name
		}
		if sides == nil && place == "" && strings.Contains(name, " ") {
			// "signed a peace agreement on Thursday" in the lead, "The Bougainville Peace
			// Agreement rests on …" further on: the article names what it described.
			if named := c.laterNamedAs(s.si, name); named != "" {
				name = named
			}
		}
	}
	// The headline's "protocols in Zurich" name a description that names nothing, unless
	// the sentence says it was made elsewhere ("a ceasefire document at talks in Moscow"
	// under "… sign ceasefire in Geneva").
	if name == "" && !d.titleUsed && len(d.titlePlaceDeals) > 0 {
		if at := s.placeOfSigning(end, 12); at == "" || at == d.titlePlaceDeals[0].place {
			name, place = d.titlePlaceDeals[0].name, d.titlePlaceDeals[0].place
			d.titleUsed = true
		}
	}
	if name == "" {
		return -1
	}
	e := -1
	for i, en := range d.doc.Entities {
		if en.Kind == graph.KindAgreement && (strings.EqualFold(en.Name, name) || place != "" && namedAfterPlace(en.Name, place, name)) {
			e = i
			break
		}
	}
	if e < 0 {
		e = len(d.doc.Entities)
		props := map[string]string{"described": "true"}
		if y := c.yearOf(s, k); y != "" {
			props["year"] = y
		}
		if sides != nil {
			props["parties"] = "true"
		}
		if place != "" {
			props["place"] = place
		}
		d.doc.Entities = append(d.doc.Entities, Entity{Name: name, Kind: graph.KindAgreement, Props: props})
		d.introduced = append(d.introduced, e)
	}
	d.introAt[at] = e
	d.introRead[e] = d.introRead[e] || d.reading
	return e
}

// laterNamedAs is the name of an agreement the article names after sentence si whose name
// ends in the words of desc ("Bougainville Peace Agreement" for "peace agreement"), or "".
func (c *corefState) laterNamedAs(si int, desc string) string {
	d := c.d
	tail := " " + strings.ToLower(desc)
	for sj := si + 1; sj < len(d.byS); sj++ {
		for _, mi := range d.byS[sj] {
			m := d.doc.Mentions[mi]
			if en := d.entity(m.Entity); en != nil && en.Kind == graph.KindAgreement && m.Role == RoleName && strings.HasSuffix(strings.ToLower(en.Name), tail) {
				return en.Name
			}
		}
	}
	return ""
}

// namedAfterPlace reports whether name, an agreement the article names, is the one the
// description desc signed in place is: "the Evian agreements" for "an agreement" signed
// here under an EVIAN-LES-BAINS dateline — the place's name or its first part, then the
// description's noun, in either number.
func namedAfterPlace(name, place, desc string) bool {
	words, dw := strings.Fields(name), strings.Fields(desc)
	if len(words) < 2 || len(dw) == 0 {
		return false
	}
	first, _, _ := strings.Cut(place, "-")
	if !strings.EqualFold(words[0], place) && !strings.EqualFold(words[0], first) {
		return false
	}
	noun := func(w string) string { return strings.TrimSuffix(strings.ToLower(w), "s") }
	return noun(words[len(words)-1]) == noun(dw[len(dw)-1])
}

// isSide reports a slot that names one state or organization: a side of an agreement.
func (c *corefState) isSide(s *relSent, sl int) bool {
	if len(s.slots[sl].cands) != 1 || s.slots[sl].group {
		return false
	}
	return isParty(c.d.kind(s.slots[sl].cands[0]))
}

// focusAgreement adds an empty slot standing for the agreement in focus at token tok, for
// nouns like "mediation" whose agreement the sentence leaves implicit.
func (c *corefState) focusAgreement(s *relSent, tok int) []int {
	cands := c.agreementCands(s, tok, tok)
	if len(cands) == 0 {
		return nil
	}
	idx := len(s.slots)
	s.slots = append(s.slots, relSlot{start: tok, end: tok, cands: cands, role: RoleAnaphor, ana: "focus"})
	return []int{idx}
}

// counterpart resolves "his Ukrainian counterpart" to the person the document says
// represents that state.
func (c *corefState) counterpart(s *relSent, stateSlot int) []int {
	if len(s.slots[stateSlot].cands) == 0 {
		return nil
	}
	st := s.slots[stateSlot].cands[0]
	var out []int
	for p, a := range c.d.personState {
		if a == st {
			out = append(out, p)
		}
	}
	if len(out) != 1 {
		return nil // none, or ambiguous
	}
	return out
}

// resolveTitles gives role descriptions the mention stage left unresolved ("the Russian
// leader") a person: the one the document already ties to that state, or else the nearest
// person named just before, in the same sentence or the one before, who is not tied to
// another state. Titles it cannot resolve are dropped; their nested names stay.
func (c *corefState) resolveTitles(s *relSent, titles []relSlot) {
	for _, t := range titles {
		nested := true
		for k := t.start; k < t.end; k++ {
			if sl := s.slotOf(k); sl >= 0 && (s.slots[sl].start < t.start || s.slots[sl].end > t.end) {
				nested = false
			}
		}
		if !nested {
			continue
		}
		state := -1
		for _, in := range s.slots {
			if in.start >= t.start && in.end <= t.end && len(in.cands) > 0 && c.d.kind(in.cands[0]) == graph.KindState {
				state = in.cands[0]
			}
		}
		if state < 0 {
			continue
		}
		title := ""
		for k := t.start; k < t.end; k++ {
			if class, n, ok := c.d.x.roles.match(s.words, k); ok && class == "role" {
				title = strings.Join(s.words[k:k+n], " ")
				break
			}
		}
		// "his Iranian counterpart, Hossein Amir-Abdollahian,": the apposition names the
		// holder outright, whoever else holds such an office in the article.
		if person := c.appositiveName(s, t.end); person >= 0 {
			c.placeTitle(s, t, person)
			continue
		}
		// "Henry Kissinger, then the US secretary of state,": the description in apposition
		// after a name is that person's.
		if person := c.nameBeforeAppositive(s, t.start); person >= 0 {
			c.placeTitle(s, t, person)
			continue
		}
		var holders []int
		for off, p := range c.d.offices {
			if off.actor == state && c.sameOffice(off.role, title) {
				holders = append(holders, p)
			}
		}
		if len(holders) == 0 {
			holders = c.nationals(state)
		}
		person := -1
		if len(holders) == 1 {
			person = holders[0]
		} else if len(holders) == 0 && !c.afterVerb(s, t.start) {
			// "Rusk protested to the Indian Ambassador": a description after the clause's
			// verb is someone the subject acts on, not the subject again.
			for k := t.start - 1; k >= 0 && person < 0; k-- {
				if sl := s.slotOf(k); sl >= 0 {
					slot := s.slots[sl]
					if slot.ana == "" && slot.role == RoleName && len(slot.cands) == 1 && c.d.kind(slot.cands[0]) == graph.KindPerson {
						if _, tied := c.d.personState[slot.cands[0]]; !tied {
							person = slot.cands[0]
						}
					}
					k = slot.start
				}
			}
			if refs := c.history[s.si-1]; person < 0 {
				for i := len(refs) - 1; i >= 0; i-- {
					if c.d.kind(refs[i].ent) == graph.KindPerson {
						if _, tied := c.d.personState[refs[i].ent]; !tied {
							person = refs[i].ent
							break
						}
					}
				}
			}
		}
		if person < 0 {
			continue
		}
		c.placeTitle(s, t, person)
	}
}

// afterVerb reports a finite verb before token k in its clause (after the last ";").
func (c *corefState) afterVerb(s *relSent, k int) bool {
	for j := k - 1; j >= 0 && s.word(j) != ";"; j-- {
		if s.isFinite(j) {
			return true
		}
	}
	return false
}

// appositiveName is the person a name in apposition right after token end-1 gives (", Hossein
// Amir-Abdollahian,"), or -1.
func (c *corefState) appositiveName(s *relSent, end int) int {
	if w := s.word(end); w == "to" || w == "in" || w == "at" {
		end = s.npRight(end + 1).end // "Iran's ambassador to Syria, Hossein Akbari"
	}
	if s.word(end) != "," {
		return -1
	}
	sl := s.slotOf(end + 1)
	if sl < 0 {
		return -1
	}
	slot := s.slots[sl]
	if slot.start != end+1 || slot.ana != "" || slot.role != RoleName || len(slot.cands) != 1 || c.d.kind(slot.cands[0]) != graph.KindPerson {
		return -1
	}
	if w := s.word(slot.end); w != "," && w != "." && slot.end < len(s.words) {
		return -1
	}
	return slot.cands[0]
}

// nameBeforeAppositive is the person named right before ", (then) <description at start>",
// or -1.
func (c *corefState) nameBeforeAppositive(s *relSent, start int) int {
	k := start - 1
	if s.tag(k) == "RB" && s.slotOf(k) < 0 {
		k-- // "then", "now"
	}
	if s.word(k) != "," {
		return -1
	}
	sl := s.slotOf(k - 1)
	if sl < 0 {
		return -1
	}
	slot := s.slots[sl]
	if slot.end != k || slot.ana != "" || slot.role != RoleName || len(slot.cands) != 1 || c.d.kind(slot.cands[0]) != graph.KindPerson {
		return -1
	}
	return slot.cands[0]
}

// placeTitle makes title t a slot of person, over the names nested in it ("Iranian").
func (c *corefState) placeTitle(s *relSent, t relSlot, person int) {
	// The title covers its nested names: move them to inner.
	var keep []relSlot
	for _, in := range s.slots {
		if in.start >= t.start && in.end <= t.end {
			s.inner = append(s.inner, in)
			continue
		}
		keep = append(keep, in)
	}
	s.slots = s.slots[:0]
	for i := range s.slotAt {
		s.slotAt[i] = -1
	}
	for _, in := range keep {
		s.addSlot(in)
	}
	t.cands = []int{person}
	s.addSlot(t)
	sortSlots(s)
}

// sortSlots re-indexes the sentence's slots in reading order.
func sortSlots(s *relSent) {
	sl := append([]relSlot(nil), s.slots...)
	sort.SliceStable(sl, func(i, j int) bool { return sl[i].start < sl[j].start })
	s.slots = s.slots[:0]
	for i := range s.slotAt {
		s.slotAt[i] = -1
	}
	for _, x := range sl {
		s.addSlot(x)
	}
}

// notePair remembers a coordination of exactly two named entities of one kind, which "the
// two leaders" or "both sides" later refers back to.
func (c *corefState) notePair(s *relSent, group []int) {
	if len(group) != 2 {
		return
	}
	a, b := s.slots[group[0]], s.slots[group[1]]
	// Names, and "the government" of the state the article is about, make a pair.
	named := func(sl relSlot) bool { return sl.ana == "" || sl.ana == "dominant" }
	if len(a.cands) != 1 || len(b.cands) != 1 || !named(a) || !named(b) || a.cands[0] == b.cands[0] {
		return
	}
	// "The Indonesian government and the Free Aceh Movement signed …; both sides": a state
	// and a body may be the two sides; a person and a state are not.
	if ka, kb := c.d.kind(a.cands[0]), c.d.kind(b.cands[0]); ka != kb && !(isParty(ka) && isParty(kb)) {
		return
	}
	c.pair = [2]int{a.cands[0], b.cands[0]}
}

// isParty reports the kinds that are sides of a conflict or a deal.
func isParty(k graph.Kind) bool { return k == graph.KindState || k == graph.KindOrganization }

// sameOffice says whether a description's role ("leader") fits an office ("president"):
// the same words, or both among the posts that lead a state.
func (c *corefState) sameOffice(office, title string) bool {
	lead := c.d.x.leadRoles
	return office == title || lead[office] && lead[title]
}

// nationals lists the document's people whose knowledge tables tie them to state (their
// "country" property equals the state's "iso").
func (c *corefState) nationals(state int) []int {
	st := c.d.entity(state)
	if st == nil || st.Props["iso"] == "" {
		return nil
	}
	var out []int
	for e, en := range c.d.doc.Entities {
		if en.Kind == graph.KindPerson && en.Props["country"] == st.Props["iso"] {
			out = append(out, e)
		}
	}
	return out
}

// possessivePronoun reports a pronoun that only says whose: "his", "her", "its", "their".
func possessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their":
		return true
	}
	return false
}

// yearInName returns the first year a name holds ("1973 agreement" → "1973"), or "".
func yearInName(name string) string {
	for _, w := range strings.Fields(name) {
		if isYear(w) {
			return w
		}
	}
	return ""
}
