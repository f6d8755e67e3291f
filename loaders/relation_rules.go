package loaders

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// relTrig is one trigger found in a sentence.
type relTrig struct {
	t          relTrigger
	start, end int
}

// findTriggers returns the triggers of the sentence, left to right, longest match first.
func (s *relSent) findTriggers() []relTrig {
	var out []relTrig
	for i := 0; i < len(s.words); i++ {
		if sl := s.slotOf(i); sl >= 0 && s.slots[sl].ana == "" && s.slots[sl].role != RolePronoun {
			continue // a word inside a name ("Strike Force") is no trigger
		}
		// The longest phrase whose part of speech fits: "held a meeting with" is the noun
		// "meeting", not the verb phrase "meeting with".
		s.d.x.triggers.each(s.words, i, func(list []relTrigger, n int) bool {
			for _, t := range list {
				if !t.multi && !s.tagFits(t, i) {
					continue
				}
				if t.typ != relNoun && s.compoundModifier(i) {
					continue // "the Communist-led Vietminh": a verb in a compound adjective has no subject
				}
				if t.multi && t.typ != relNoun && i > 0 && s.slotOf(i-1) < 0 && (s.isDet(i-1) && s.cue(i-1)&cueAux == 0 || s.tag(i-1) == "JJ") {
					continue // a verb phrase after a determiner is a noun's; not after "both", "each"
				}
				out = append(out, relTrig{t: t, start: i, end: i + n})
				return false
			}
			return true
		})
	}
	return out
}

// compoundModifier reports a word joined by a hyphen to the word before it ("Communist-led",
// "US-brokered"): part of an adjective, not a clause's verb.
func (s *relSent) compoundModifier(i int) bool {
	if i < 2 || s.word(i-1) != "-" {
		return false
	}
	toks := s.s.Tokens
	return toks[i-2].End == toks[i-1].Start && toks[i-1].End == toks[i].Start
}

// tagFits checks a one-word trigger against its part of speech: "leads" the verb, not the
// noun; "strikes" the noun, not the verb.
func (s *relSent) tagFits(t relTrigger, i int) bool {
	tag := s.tag(i)
	// "a meeting", "their first meeting": a gerund after a determiner or adjective is a noun.
	nominal := tag == "VBG" && i > 0 && s.slotOf(i-1) < 0 && (s.isDet(i-1) || s.tag(i-1) == "JJ")
	switch t.typ {
	case relNoun:
		return !strings.HasPrefix(tag, "VB") || tag == "VBZ" && i > 0 && (s.isAdj(i-1) || s.isDet(i-1) || s.slotOf(i-1) >= 0) || nominal
	default:
		// "A British submarine torpedoed/IN the cruiser": a past form the tagger never saw,
		// between a noun and a determiner, is the verb all the same.
		mistagged := !strings.HasPrefix(tag, "VB") && strings.HasSuffix(s.word(i), "ed") && s.isNounTag(i-1) && s.isDet(i+1)
		return strings.HasPrefix(tag, "VB") && !nominal || mistagged
	}
}

// relations extracts every predicate but represents from the sentence.
func (s *relSent) relations() {
	s.namesStruckSite()
	for _, tr := range s.findTriggers() {
		switch tr.t.typ {
		case relVerb:
			s.verbTrigger(tr)
		case relNoun:
			s.nounTrigger(tr)
		case relInto:
			s.intoTrigger(tr)
		case relSym:
			s.symTrigger(tr)
		case relWeapon:
			s.weaponTrigger(tr)
		}
	}
	s.brokeredDeals()
	s.followed()
}

// brokeredDeals reads "a China-brokered deal", "the Russian-mediated truce": an agreement
// named after who brokered it, whose name's first part is a mention of its own.
func (s *relSent) brokeredDeals() {
	s.brokeredDescriptions()
	for sl := range s.slots {
		slot := s.slots[sl]
		if slot.start+3 > slot.end || s.word(slot.start+1) != "-" || s.slotKind(sl) != graph.KindAgreement || slot.ana != "" {
			continue
		}
		list, n, ok := s.d.x.triggers.match(s.words, slot.start+2)
		ti := slices.IndexFunc(list, func(t relTrigger) bool { return t.pred == "mediated" && t.typ == relVerb })
		if !ok || n != 1 || ti < 0 {
			continue
		}
		t := list[ti]
		mod, claimant, ok := s.modality(slot.start)
		if !ok {
			continue
		}
		a := s.d.x.args[t.pred]
		for _, mi := range s.d.byS[s.si] {
			m := &s.d.doc.Mentions[mi]
			if m.TokStart != slot.start || m.TokEnd != slot.start+1 || m.Entity < 0 || !a.subj[s.d.kind(m.Entity)] {
				continue
			}
			for _, deal := range s.pick(sl, a.obj) {
				s.emit(t.pred, m.Entity, deal, t.conf, t.pred+"/brokered_deal", mod, claimant, slot.start)
			}
		}
	}
}

// brokeredDescriptions reads "the same French-brokered document", "a US-brokered deal"
// where the noun refers back to an agreement, and "the Malaysia-brokered talks" that made
// one: the actor before "-brokered" mediated it ("the Saudi- and US-brokered talks": each).
func (s *relSent) brokeredDescriptions() {
	for sl := range s.slots {
		slot := s.slots[sl]
		if slot.ana != "focus" && slot.ana != "talks" || s.slotKind(sl) != graph.KindAgreement {
			continue
		}
		k := slot.start - 1
		for k >= 0 && (s.tag(k) == "JJ" || s.tag(k) == "NN") && s.slotOf(k) < 0 {
			k-- // "the same French-brokered peace document"
		}
		list, n, ok := s.d.x.triggers.match(s.words, k)
		if !ok || n != 1 || s.word(k-1) != "-" || !slices.ContainsFunc(list, func(t relTrigger) bool { return t.pred == "mediated" && t.typ == relVerb }) {
			continue
		}
		by := s.slotOf(k - 2)
		mod, claimant, ok := s.modality(slot.start)
		if by < 0 || !ok {
			continue
		}
		brokers := []int{by}
		if first := s.slots[by].start; s.word(first-1) == "and" && s.word(first-2) == "-" && s.slotOf(first-3) >= 0 {
			brokers = append(brokers, s.slotOf(first-3))
		}
		a := s.d.x.args["mediated"]
		for _, b := range brokers {
			for _, m := range s.pick(b, a.subj) {
				for _, deal := range s.pick(sl, a.obj) {
					s.emit("mediated", m, deal, 0.75, "mediated/brokered_description", mod, claimant, slot.start)
				}
			}
		}
	}
}

// relStruckSite is a strike on a site described but not named: who struck, and how the
// fact would be stated.
type relStruckSite struct {
	s        *relSent
	subjs    []int // entities
	places   []int // entities: where the site is, struck instead when no name follows
	t        relTrigger
	at       int
	mod      graph.Modality
	claimant int
}

// noteStruckSite remembers a strike whose object is an unnamed site ("hitting targets
// including an electronics plant"), so that a name given soon after can complete it.
func (s *relSent) noteStruckSite(t relTrigger, subjs []int, tr relTrig, mod graph.Modality, claimant int, places []int) bool {
	a, ok := s.d.x.args[t.pred]
	if !ok || mod != graph.Asserted {
		return false
	}
	k := tr.end
	for s.tag(k) == "RB" || s.tag(k) == "RP" {
		k++
	}
	np := s.npRight(k)
	// "targets including an electronics plant", "sites such as a fuel depot"
	switch {
	case np.ref >= 0:
	case s.word(np.end) == "including":
		np = s.npRight(np.end + 1)
	case s.word(np.end) == "such" && s.word(np.end+1) == "as":
		np = s.npRight(np.end + 2)
	}
	if np.ref >= 0 || np.head < 0 || s.cue(np.head)&cueFacility == 0 || np.start >= np.end || (s.word(np.start) != "a" && s.word(np.start) != "an") {
		return false
	}
	var ents, where []int
	for _, sl := range subjs {
		ents = append(ents, s.pick(sl, a.subj)...)
	}
	for _, sl := range places {
		where = append(where, s.pick(sl, a.obj)...)
	}
	if len(ents) == 0 {
		return false
	}
	s.d.dropStruckSite()
	s.d.struckSite = &relStruckSite{s: s, subjs: ents, places: where, t: t, at: tr.start, mod: mod, claimant: claimant}
	return true
}

// dropStruckSite forgets the unnamed struck site: no name came, so the place it was in is
// what the strike hit.
func (d *relDoc) dropStruckSite() {
	p := d.struckSite
	if p == nil {
		return
	}
	d.struckSite = nil
	for _, oe := range p.places {
		for _, se := range p.subjs {
			p.s.emit(p.t.pred, se, oe, p.t.conf*0.8, p.t.pred+"/site_place", p.mod, p.claimant, p.at)
		}
	}
}

// namesStruckSite completes a strike on a described site when this sentence, one of the
// six after it, names a site by a definite "the <name> <site noun>" ("The Flex factory is …"):
// the named organization or place is what was struck.
func (s *relSent) namesStruckSite() {
	p := s.d.struckSite
	if p == nil || !s.d.reading {
		return
	}
	if s.si-p.s.si > 6 {
		s.d.dropStruckSite()
		return
	}
	if s.si == p.s.si {
		return
	}
	for k := range s.words {
		if s.cue(k)&cueNegation != 0 || s.word(k) == "undamaged" || s.word(k) == "spared" {
			return // "The Siemens factory nearby was not hit": a site named as unharmed
		}
	}
	a := s.d.x.args[p.t.pred]
	for i := 0; i+1 < len(s.words); i++ {
		if s.word(i) != "the" {
			continue
		}
		sl := s.slotOf(i + 1)
		if sl < 0 || s.slots[sl].start != i+1 || s.slots[sl].ana != "" || s.slots[sl].role != RoleName {
			continue
		}
		end := s.slots[sl].end
		named := s.cue(end)&cueFacility != 0 && s.slotKind(sl) == graph.KindOrganization || // "the Flex factory"
			s.cue(end-1)&cueFacility != 0 && s.slotKind(sl) == graph.KindPlace // "the Ryazan refinery"
		if !named {
			continue
		}
		for _, oe := range s.pick(sl, a.obj) {
			for _, se := range p.subjs {
				p.s.emit(p.t.pred, se, oe, p.t.conf*0.8, p.t.pred+"/named_site", p.mod, p.claimant, p.at)
			}
		}
		s.d.struckSite = nil
		return
	}
}

// followed reads ellipsis: "The Senate ratified the accord and the House followed on
// Wednesday", "Spain signed it in May. Portugal followed suit." The subject of an objectless
// "followed" (or "followed suit") did what the fact before it says, to the same object.
func (s *relSent) followed() {
	for i, w := range s.words {
		if w != "followed" || !s.isVerb(i) || s.slotOf(i) >= 0 || s.isPassive(i, i+1) {
			continue
		}
		next := i + 1
		if s.word(next) == "suit" {
			next++
		} else if !s.objectless(next) {
			continue // "followed the talks closely", "followed up with strikes"
		}
		s.repeatFact(i, s.subjectOf(i, 0), "followed", false)
	}
	// "So did U.S. Secretary of State Colin Powell", "…, as did Thomas McLarty": the actors
	// after "did" do what was just said; after "as", what the clause before says ("Albright
	// attended, as did Obasanjo" repeats no signing said a sentence earlier).
	for i, w := range s.words {
		if (w == "did" || w == "does" || w == "do") && (s.word(i-1) == "so" || s.word(i-1) == "as") && s.slotOf(i) < 0 {
			if g, _ := s.groupRight(i + 1); len(g) > 0 {
				s.repeatFact(i-1, g, "so_did", s.word(i-1) == "as")
			}
		}
	}
}

// pastYear reports a date (or year) a year or more before the article's: "in July 2002" in
// a report of 2005, not "on Monday" that fell in the last days of the year before.
func (d *relDoc) pastYear(date string) bool {
	at, ok := relMonths(date, 12)
	pub, okp := relMonths(d.doc.Article.Published, 1)
	return ok && okp && pub-at >= 12
}

// relMonths counts the months to an ISO-partial date's month (the month missing taken as
// month m).
func relMonths(date string, m int) (int, bool) {
	if len(date) < 4 {
		return 0, false
	}
	y, ok := isoDigits(date[:4])
	if !ok {
		return 0, false
	}
	if len(date) >= 7 {
		if mm, ok := isoDigits(date[5:7]); ok {
			m = mm
		}
	}
	return y*12 + m, true
}

// repeatFact states the fact said last before token i (factBefore) of the actors in slots
// subjs: "Portugal followed suit", "So did Powell"; only one of this sentence when within.
func (s *relSent) repeatFact(i int, subjs []int, rule string, within bool) {
	ante := s.factBefore(i, within)
	if ante < 0 {
		return
	}
	mod, claimant, ok := s.modality(i)
	if !ok {
		return
	}
	f := s.d.doc.Facts[ante]
	obj := -1
	for ei, e := range s.d.doc.Entities {
		if e.Name == f.Object && e.Kind == f.ObjectKind {
			obj = ei
			break
		}
	}
	args, ok := s.d.x.args[f.Predicate]
	if obj < 0 || !ok {
		return
	}
	for _, sl := range subjs {
		for _, se := range s.pick(sl, args.subj) {
			s.emit(f.Predicate, se, obj, f.Confidence*0.9, f.Predicate+"/"+rule, mod, claimant, i)
		}
	}
}

// factBefore is the last fact stated before token i in this sentence, or else (unless
// within) the last of the sentence before, that another actor can follow: not who represents
// whom or met whom, nor an alleged one.
func (s *relSent) factBefore(i int, within bool) int {
	ok := func(fi int) bool {
		f := s.d.doc.Facts[fi]
		return f.Predicate != "represents" && f.Predicate != "met_with" && f.Modality != graph.Alleged
	}
	for k := len(s.facts) - 1; k >= 0; k-- {
		if s.factAt[k] < i && ok(s.facts[k]) {
			return s.facts[k]
		}
	}
	if len(s.facts) > 0 || within {
		return -1 // this sentence's own facts come later: not what was followed
	}
	for k := len(s.d.prevFacts) - 1; k >= 0; k-- {
		if fi := s.d.prevFacts[k]; fi < len(s.d.doc.Facts) && ok(fi) {
			return fi
		}
	}
	return -1
}

// verbGroupStart walks left from token i over auxiliaries, adverbs, negation and modals.
func (s *relSent) verbGroupStart(i int) int {
	j := i - 1
	for j >= 0 && s.slotOf(j) < 0 {
		c := s.cue(j)
		tag := s.tag(j)
		if c&(cueAux|cueBe|cueNegation|cueModal) != 0 || tag == "MD" || tag == "RB" || tag == "RBR" || tag == "TO" && s.word(j) == "to" {
			j--
			continue
		}
		// "were hosted and mediated by Qatar"
		if s.word(j) == "and" && j > 0 && s.tag(j-1) == "VBN" {
			j -= 2
			continue
		}
		break
	}
	return j + 1
}

// modality reads the verb group before token i: negated or planned events give no fact
// (ok=false); accusations and claims make the fact alleged, by the returned claimant.
func (s *relSent) modality(i int) (mod graph.Modality, claimant int, ok bool) {
	g := s.verbGroupStart(i)
	for k := g; k < i; k++ {
		c := s.cue(k)
		if c&(cueNegation|cueModal) != 0 || s.tag(k) == "MD" || s.word(k) == "to" {
			return "", -1, false
		}
	}
	for end := i; end > max(0, g-1); end-- {
		if c, _, ok := s.d.x.cues.matchEnding(s.words, end); ok && c&(cueNegation|cueModal) != 0 {
			return "", -1, false
		}
	}
	// "demanded that Iraq withdraw its troops": a base-form verb after a verb of demanding,
	// "that" and its subject is a demand (the mandative subjunctive), nothing done.
	if g == i && g >= 3 { // "demanded that X withdraw": a verb, "that" and a subject before it
		// One singular name as subject ("Iraq", not "the Houthis" or "A and B"), whose
		// present tense would end in -s.
		np := s.npLeft(g - 1)
		if np.ref >= 0 && np.start == s.slots[np.ref].start && s.word(np.start-1) == "that" && s.cue(np.start-2)&cueMandative != 0 &&
			!s.slots[np.ref].group && !strings.HasSuffix(s.word(np.end-1), "s") && s.baseForm(i) {
			return "", -1, false
		}
	}
	// Conditions and denials anywhere before the trigger in the sentence.
	mod, claimant = graph.Asserted, -1
	for k := 0; k < g; k++ {
		w := s.word(k)
		if w == ";" {
			mod, claimant = graph.Asserted, -1
			continue
		}
		c := s.cue(k)
		if c&cueDeny != 0 {
			return "", -1, false
		}
		if (w == "if" || w == "unless" || w == "whether") && i-k < 15 {
			// "pledged aid if either is attacked, under a treaty signed by …": a condition
			// after its main clause ends at its comma.
			if k > s.firstWord() && slices.Contains(s.words[k:g], ",") {
				continue
			}
			return "", -1, false
		}
		if c&cueAllege != 0 {
			mod = graph.Alleged
			claimant = s.claimantBefore(k)
		}
	}
	return mod, claimant, true
}

// baseForm reports whether the trigger verb at i is its plain form ("withdraw", "sign"): the
// trigger table also lists the form with -s, whatever the tagger made of it.
func (s *relSent) baseForm(i int) bool {
	w := s.word(i)
	if strings.HasSuffix(w, "s") {
		return false
	}
	for _, f := range []string{w + "s", w + "es"} {
		if _, n, ok := s.d.x.triggers.match([]string{f}, 0); ok && n == 1 {
			return true
		}
	}
	return false
}

// claimantBefore is the actor that accuses or claims, the subject of the cue at k.
func (s *relSent) claimantBefore(k int) int {
	actors := map[graph.Kind]bool{graph.KindPerson: true, graph.KindState: true, graph.KindOrganization: true}
	for j := k - 1; j >= 0; j-- {
		if sl := s.slotOf(j); sl >= 0 {
			if c := s.pick(sl, actors); len(c) > 0 {
				return c[0]
			}
		}
	}
	return -1
}

// subjectOf finds the subjects of the verb whose verb group ends just before token i.
func (s *relSent) subjectOf(i int, depth int) []int {
	if depth > 3 {
		return nil
	}
	// "Prigozhin was seen talking with …": the participle after a passive shares its subject.
	if s.tag(i) == "VBG" && s.tag(i-1) == "VBN" && s.cue(i-2)&cueBe != 0 {
		return s.subjectOf(i-1, depth+1)
	}
	// "Jordanian artillery began shelling West Jerusalem": the gerund after a verb of
	// beginning or going on has that verb's subject.
	if s.tag(i) == "VBG" && i > 0 && s.cue(i-1)&cueAspect != 0 && s.isVerb(i-1) {
		return s.subjectOf(i-1, depth+1)
	}
	// Gerunds after a preposition: "accused Eritrea of launching", "reasons for attacking".
	if s.tag(i) == "VBG" && s.isPrep(i-1) {
		// "accused Moscow last month of violating": a date between the object and the
		// preposition is not the object.
		k := i - 2
		for k > 0 && s.inDate[k] {
			k--
		}
		np := s.npLeft(k)
		if np.ref >= 0 {
			return []int{np.ref}
		}
		if np.head >= 0 && s.cue(np.start-1)&cueAllege != 0 && s.isVerb(np.start-1) {
			return nil // "accused Darfur rebels of violating": the accused, whom no name gives
		}
		return s.clauseSubject(i)
	}
	j := s.verbGroupStart(i) - 1
	if j < 0 {
		return nil
	}
	if relIsQuote(s.word(j)) && s.word(j-1) == "," {
		j-- // "The accord, formally titled "Procedure …," was signed": the quote closes a title
	}
	if s.word(j) == "," {
		if people, _, ok := s.respectiveList(j); ok {
			return people // "The foreign ministers of A, B and C, X, Y and Z, met"
		}
		if s.tag(i) == "VBG" {
			// A participle clause: ", hitting targets" — the phrase before the comma,
			// without its prepositional phrases.
			np := s.npLeft(j - 1)
			for s.isPrep(np.start-1) && np.start-2 >= 0 {
				np = s.npLeft(np.start - 2)
			}
			if np.ref >= 0 {
				return []int{np.ref}
			}
			// "Iraq answered within hours, firing missiles": no phrase right before the
			// comma, so the clause's own subject.
			if np.end == np.start || s.isVerb(np.end) {
				if v := s.clauseVerbBefore(j - 1); v >= 0 && s.isFinite(v) {
					return s.subjectOf(v, depth+1)
				}
			}
			return nil
		}
		k := s.skipAppositiveLeft(j)
		if k == j {
			return nil
		}
		// "Kim's late father, Kim Jong Il, hosted": the description names no one, the
		// name in apposition to it does.
		// Also "The separatist leaders, A and B, signed", "The three foreign ministers, A,
		// B and C, put their names to it": the list may hold commas of its own.
		if g, gs := s.groupLeft(j - 1); len(g) > 0 && gs <= k+2 && gs >= 2 && s.word(gs-1) == "," && s.npLeft(gs-2).ref < 0 && s.allPersons(g) {
			return g
		}
		j = k
	}
	if s.cue(j)&cueRelative != 0 && s.slotOf(j) < 0 {
		k := j - 1
		if s.word(k) == "and" && depth < 3 {
			// "X, who chaired the talks and who is credited with brokering the deal": a
			// second relative clause is about what the first one is about.
			for r := k - 1; r >= 0 && k-r < 30; r-- {
				if s.word(r) == s.word(j) && s.slotOf(r) < 0 {
					for v := r + 1; v < k; v++ {
						if s.isVerb(v) {
							return s.subjectOf(v, depth+1)
						}
					}
					break
				}
			}
		}
		if s.word(k) == "," {
			k--
		}
		// "the Geneva Agreement of February 1966, which was signed by": the date after the
		// phrase is no part of what the clause is about.
		if d := k; s.inDate != nil && d > 0 && s.inDate[d] {
			for d > 0 && s.inDate[d] {
				d--
			}
			if w := s.word(d); (w == "of" || w == "in" || w == "on") && s.slotOf(d) < 0 {
				k = d - 1
			}
		}
		g, start := s.groupLeft(k)
		if len(g) == 0 {
			// "X was among the mediators who brokered it", "X, one of the officials who
			// signed it,": the relative clause is said of X, a member of the group.
			if m := s.memberOf(start, depth); len(m) > 0 {
				return m
			}
		}
		if len(g) == 0 && s.word(start-1) == "," {
			// "X, the former Senate majority leader who brokered it": a description in
			// apposition to a person (or a body), whom the clause is about.
			if np := s.npLeft(start - 2); np.ref >= 0 && s.isActor(np.ref) {
				return []int{np.ref}
			}
		}
		if w := s.word(start - 1); w == "of" || w == "to" || w == "for" || w == "as" {
			// "X, secretary of A and an adviser to B, who negotiated", "the Unitary
			// Platform, the coalition of opposition parties that signed it": the relative
			// clause continues the appositive chain about X.
			for c := start - 2; c >= 0 && start-c < 25; c-- {
				if s.word(c) == "," {
					if np := s.npLeft(c - 1); np.ref >= 0 && s.isActor(np.ref) {
						return []int{np.ref}
					}
					break
				}
			}
		}
		return g
	}
	if w := s.word(j); w == "and" || w == "but" {
		np := s.npLeft(j - 1)
		if np.ref < 0 || s.isPrep(np.start-1) || s.isVerb(np.start-1) {
			for v := j - 1; v >= 0; v-- {
				if s.isVerb(v) && s.cue(v)&(cueAux|cueBe) == 0 {
					return s.subjectOf(v, depth+1)
				}
			}
			// The tagger missed the first verb ("Altman co-founded/JJ OpenAI … and has
			// led it"): the sentence's opening name is the shared subject.
			if first := s.slotOf(s.firstWord()); first >= 0 && s.slots[first].end < j {
				return []int{first}
			}
			return nil
		}
	}
	g, start := s.groupLeft(j)
	if len(g) == 0 {
		np := s.npLeft(j)
		start = np.start
	}
	// "The Saudi-led coalition fighting the rebels struck": the phrase after a participle
	// that describes the subject is the participle's object, not the subject.
	if p := start - 1; p > 0 && s.tag(p) == "VBG" && s.slotOf(p) < 0 && s.npTok(p-1) && !s.isPrep(p-1) {
		if head := s.npLeft(p - 1); head.end > head.start {
			if head.ref >= 0 {
				return []int{head.ref}
			}
			return nil
		}
	}
	// "The foreign ministers of Saudi Arabia and Iran held talks": the head is before "of";
	// "three Russian cruise missiles with cluster munitions struck": likewise.
	for hops := 0; s.isPrep(start-1) && start-2 >= 0 && hops < 3; hops++ {
		if start-1 == 0 || s.cue(start-1)&cueClauseOpen != 0 && len(g) > 0 {
			break // "a day after the State Duma ratified it": the clause's own subject
		}
		// "10 fighter jets taking off from the UAE and Jordan dropped": the phrase after the
		// preposition belongs to a participle that describes the subject; but "drones
		// launched by the Houthis struck" are the agent's.
		p := start - 2
		if s.tag(p) == "RP" {
			p--
		}
		if (s.tag(p) == "VBG" || s.tag(p) == "VBN") && s.slotOf(p) < 0 && p > 0 && s.word(start-1) != "by" {
			head := s.npLeft(p - 1)
			if head.end == head.start {
				break
			}
			if head.ref >= 0 {
				return []int{head.ref}
			}
			g, start = nil, head.start
			continue
		}
		// "the junta in Buenos Aires has flouted": the seat of government after "in" is
		// its state, which the mention stage read as a metonym, whoever the head is.
		if s.word(start-1) == "in" && len(g) == 1 && s.slots[g[0]].role == RoleMetonym {
			return g
		}
		head := s.npLeft(start - 2)
		if head.end == head.start {
			break
		}
		if head.ref >= 0 {
			if s.word(start-1) == "of" && s.slotKind(head.ref) == graph.KindPerson {
				return s.peopleOfStatesLeft(head.ref) // "A of India and B of Pakistan"
			}
			return []int{head.ref}
		}
		if s.word(start-1) == "of" && head.head >= 0 && s.cue(head.head)&(cuePlaceHead|cueTransparent) != 0 && len(g) > 0 {
			return g // "the port of Odesa", "the city of Sumy", "a handful of Iranian missiles"
		}
		if len(g) > 0 && s.titleOf(start-1) {
			return g // "US Secretary of State Warren Christopher and …": "of" inside a title
		}
		g = nil
		start = head.start
	}
	return g
}

// peopleOfStatesLeft is the list "Prime Minister A of India and President B of Pakistan"
// that ends with the person of slot last: each person, in text order.
func (s *relSent) peopleOfStatesLeft(last int) []int {
	out := []int{last}
	for p := last; ; {
		k := s.zoneBefore(s.slots[p].start)
		if w := s.word(k); w != "and" && w != "," {
			break
		}
		st := s.slotOf(k - 1)
		if st < 0 || !isParty(s.slotKind(st)) || s.word(s.slots[st].start-1) != "of" && !(s.word(s.slots[st].start-1) == "the" && s.word(s.slots[st].start-2) == "of") {
			break
		}
		of := s.slots[st].start - 1
		if s.word(of) == "the" {
			of--
		}
		q := s.slotOf(of - 1)
		if q < 0 || s.slotKind(q) != graph.KindPerson || s.slots[q].end != of {
			break
		}
		out = append([]int{q}, out...)
		p = q
	}
	return out
}

// allPersons says whether every slot of g names a person.
func (s *relSent) allPersons(g []int) bool {
	for _, sl := range g {
		if s.slotKind(sl) != graph.KindPerson {
			return false
		}
	}
	return true
}

// memberOf is X in "X was among <the phrase at start>" or "X, one of <the phrase>": the
// member of a group that a relative clause after the phrase describes; nil otherwise.
func (s *relSent) memberOf(start, depth int) []int {
	k := start - 1
	switch {
	case s.word(k) == "among":
		k--
	case s.word(k) == "of" && s.word(k-1) == "one":
		k -= 2
	default:
		return nil
	}
	for k >= 0 && s.tag(k) == "RB" && s.slotOf(k) < 0 {
		k-- // "was also among"
	}
	switch {
	case s.word(k) == ",":
		if np := s.npLeft(k - 1); np.ref >= 0 {
			return []int{np.ref}
		}
	case s.cue(k)&cueBe != 0 && s.slotOf(k) < 0:
		return s.subjectOf(k, depth+1)
	}
	return nil
}

// clauseSubject is the subject of the nearest finite verb before token i: "met …, and ended
// the day by signing" gives the signing to whoever met.
func (s *relSent) clauseSubject(i int) []int {
	for v := i - 1; v >= 0; v-- {
		if !s.isVerb(v) || s.cue(v)&(cueAux|cueBe) != 0 {
			continue
		}
		// "have accused each other of …": a participle after a finite auxiliary.
		if s.isFinite(v) || s.hasFinite(s.verbGroupStart(v), v) {
			return s.subjectOf(v, 2)
		}
	}
	return nil
}

// objectOf reads the objects of a verb ending at token i.
func (s *relSent) objectOf(i int, preps [][]string) ([]int, int) {
	j := i
	// Adverbs and particles, and "there" after a verb, which is never existential: "met
	// there with A".
	for j < len(s.words) && (s.tag(j) == "RB" || s.tag(j) == "RP" || s.tag(j) == "EX") && s.slotOf(j) < 0 {
		j++
	}
	for _, p := range preps {
		if relWordsAt(s.words, j, p) {
			j += len(p)
			break
		}
	}
	np := s.npRight(j)
	if np.head >= 0 && s.cue(np.head)&cueTransparent != 0 && s.word(np.end) == "of" {
		j = np.end + 1
	}
	return s.groupRight(j)
}

func relWordsAt(words []string, i int, p []string) bool {
	if i+len(p) > len(words) {
		return false
	}
	for k, w := range p {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// byAgents finds "by A, B and C" after token i within the clause.
func (s *relSent) byAgents(i int) ([]int, int) {
	for k := i; k < len(s.words) && k < i+25; k++ {
		w := s.word(k)
		if w == ";" || w == ":" || s.isFinite(k) {
			break
		}
		if s.tag(k) == "VBN" && s.word(k+1) == "by" && s.cue(k)&cueAgentMod == 0 {
			// "was signed after talks mediated by Norway": the agent of another verb; but
			// "mediation led by Algeria" is Algeria's.
			break
		}
		if w == "by" {
			g, end := s.groupRight(s.afterPluralTitle(k + 1))
			if len(g) == 0 {
				// "brokered by the UN special representative for Angola, Alioune Blondin
				// Beye": the office's holder in apposition.
				g, end = s.groupRight(s.holderAfterTitle(k + 1))
			}
			g, end = s.moreByAgents(g, end)
			// "brokered by Egypt, Qatar and Turkey together with the United States": the
			// actors it was done with are agents too.
			if len(g) > 0 {
				if c, n, ok := s.d.x.cues.match(s.words, end); ok && c&cueAccompany != 0 {
					if more, e := s.groupRight(end + n); len(more) > 0 {
						g, end = append(g, more...), e
					}
				}
			}
			return g, end
		}
	}
	return nil, i
}

// signedForBy reads the sides of a passive signing, "was signed for France by Gen. Henri
// Delteil and for the Vietminh by Ta Quang Buu": each signer represents the side before
// them, and the signers after the first sign too.
func (s *relSent) signedForBy(t relTrigger, tr relTrig, objs []int, mod graph.Modality, claimant int) {
	k := tr.end
	for pair := 0; k < len(s.words); pair++ {
		if pair > 0 {
			if s.word(k) != "and" {
				return
			}
			k++
		}
		if s.word(k) != "for" {
			return
		}
		side := s.npRight(k + 1)
		if side.ref < 0 || !s.isActor(side.ref) || s.word(side.end) != "by" {
			return
		}
		signers, end := s.groupRight(side.end + 1)
		if len(signers) == 0 {
			return
		}
		rt := t
		rt.pred = "represents"
		s.emitAll(rt, signers, []int{side.ref}, "signed_for_by", mod, claimant, tr.start)
		if pair > 0 {
			s.emitAll(t, signers, objs, "passive_for_by", mod, claimant, tr.start)
		}
		k = end
	}
}

// afterPluralTitle skips a plural office that a comma and the names holding it follow
// ("by the two foreign ministers, Nikos Kotzias of Greece and …"): where the names start, or
// k itself.
func (s *relSent) afterPluralTitle(k int) int {
	for j := k; j < len(s.words) && j < k+10; j++ {
		if s.slotOf(j) >= 0 || s.isFinite(j) {
			return k
		}
		if s.word(j) == "," {
			z := s.analyseZone(k, j, -1)
			if j > k && z.role && !z.block && strings.HasSuffix(z.roleWord, "s") {
				// The names may have titles of their own: "…, chief government negotiator
				// Miriam Coronel-Ferrer and MILF panel chairman Mohagher Iqbal".
				for p := j + 1; p < len(s.words) && p < j+6; p++ {
					if sl := s.slotOf(p); sl >= 0 && s.slotKind(sl) == graph.KindPerson && s.slots[sl].role == RoleName {
						return j + 1
					}
					if w := s.word(p); w == "," || w == "and" || w == ";" || s.slotOf(p) >= 0 || s.isFinite(p) || !s.isNounTag(p) && !s.isAdj(p) {
						break
					}
				}
			}
			return k
		}
	}
	return k
}

// holderAfterTitle is where the name of the holder starts when a description of an office
// from token k is followed by a comma and that name ("the UN special representative for
// Angola, Alioune Blondin Beye"); k otherwise.
func (s *relSent) holderAfterTitle(k int) int {
	for j := k; j < len(s.words) && j < k+10; j++ {
		if s.isFinite(j) || s.word(j) == ";" {
			return k
		}
		if s.word(j) != "," {
			continue
		}
		if z := s.analyseZone(k, j, -1); j > k && z.role && !z.block {
			if sl := s.slotOf(j + 1); sl >= 0 && s.slots[sl].start == j+1 && s.slotKind(sl) == graph.KindPerson && s.slots[sl].role == RoleName {
				return j + 1
			}
		}
		return k
	}
	return k
}

// moreByAgents adds the agents of coordinated "by" phrases after a group that ends at end:
// "signed by A on behalf of X, and by B on behalf of Y".
func (s *relSent) moreByAgents(g []int, end int) ([]int, int) {
	for len(g) > 0 {
		k := end
		// Skip what the group's last member says of itself: "on behalf of the government".
		for j := k; j < len(s.words) && j < end+12; j++ {
			if s.word(j) == "by" && (s.word(j-1) == "and" || s.word(j-1) == "," && s.word(j-2) != "and") {
				k = j
				break
			}
			if s.isFinite(j) || s.word(j) == ";" || s.word(j) == "by" {
				return g, end
			}
		}
		if s.word(k) != "by" {
			return g, end
		}
		more, e := s.groupRight(k + 1)
		if len(more) == 0 {
			return g, end
		}
		g, end = append(g, more...), e
	}
	return g, end
}

// isPassive says whether the participle at i is passive: after a form of "be", or directly
// followed by "by" ("the accord signed by Israel").
func (s *relSent) isPassive(i, end int) bool {
	tag := s.tag(i)
	if tag != "VBN" && tag != "VBD" {
		return false
	}
	for j := i - 1; j >= s.verbGroupStart(i); j-- {
		if s.cue(j)&cueBe != 0 && s.word(j) != "'s" {
			return true
		}
	}
	k := end
	for k < len(s.words) && s.tag(k) == "RB" {
		k++
	}
	if s.word(k) == "by" {
		return true
	}
	return false
}

func (s *relSent) verbTrigger(tr relTrig) {
	t := tr.t
	mod, claimant, ok := s.modality(tr.start)
	voter := -1
	if !ok && t.pred == "ratified" {
		// "the upper house voted unanimously on Friday to ratify the treaty": the vote is
		// the ratification, so the infinitive is no plan here.
		if v := s.votedTo(tr.start); v >= 0 {
			if mod, claimant, ok = s.modality(v); ok {
				voter = v
			}
		}
	}
	if !ok {
		return
	}
	if s.isPassive(tr.start, tr.end) {
		agents, after := s.byAgents(tr.end)
		if len(agents) == 0 && t.pred == "signed" {
			// "a disengagement agreement between Israel and Syria was signed": its sides.
			if deal, sides := s.betweenSides(tr.start); len(sides) == 2 {
				s.emitAll(t, sides, []int{deal}, "passive_between", mod, claimant, tr.start)
				return
			}
		}
		if len(agents) == 0 {
			return // "were repeatedly violated": no actor asserted
		}
		var objs []int
		if s.verbGroupStart(tr.start) == s.firstWord() {
			// "Mediated by France and Germany, they promised …"
			if s.word(after) == "," {
				np := s.npRight(after + 1)
				if np.ref >= 0 {
					objs = []int{np.ref}
				}
			}
		} else {
			objs = s.subjectOf(tr.start, 0)
		}
		if len(objs) == 0 {
			if ref := s.describedBy(s.verbGroupStart(tr.start), 0); ref >= 0 {
				objs = []int{ref}
			}
		}
		t, _ = s.envoysLed(t, s.npLeft(s.verbGroupStart(tr.start)-1))
		s.emitAll(t, agents, objs, "passive", mod, claimant, tr.start)
		if t.pred == "signed" && len(objs) > 0 {
			s.signedForBy(t, tr, objs, mod, claimant)
		}
		return
	}
	subjs := s.subjectOf(tr.start, 0)
	if voter >= 0 {
		subjs = s.subjectOf(voter, 0)
	}
	subjs = append(subjs, s.accompanying(tr.start, subjs)...)
	if len(subjs) == 0 && t.pred == "struck" {
		g := s.verbGroupStart(tr.start)
		if s.word(g-1) == "and" {
			// "the missiles killed 31 civilians and hit mosques": the first verb's subject.
			for v := g - 2; v >= 0 && g-v < 15; v-- {
				if s.isFinite(v) {
					g = s.verbGroupStart(v)
					break
				}
			}
		}
		if np := s.npLeft(g - 1); s.attackHead(np.head) {
			subjs = s.lastAttacker(tr.start)
		}
	}
	objs, end := s.objectOf(tr.end, t.preps)
	fits := false
	for _, o := range objs {
		fits = fits || len(s.pick(o, s.d.x.args[t.pred].obj)) > 0
	}
	if w := s.word(tr.end); (w == "in" || w == "at") && !fits {
		// "signed in Warsaw a twenty-year treaty": the object after a phrase of place.
		if pp := s.npRight(tr.end + 1); pp.ref >= 0 && (s.isDet(pp.end) || s.slotOf(pp.end) >= 0) {
			objs, end = s.objectOf(pp.end, t.preps)
		}
	}
	if led, side := s.envoysLed(t, s.npRight(tr.end)); led.pred != t.pred {
		t = led
		if len(objs) == 0 {
			objs = side // "led Ukraine's negotiating team"
		}
	}
	if t.pred == "violated" && !s.anyOfKind(objs, graph.KindAgreement) {
		if a, e := s.agreementSettingTerms(tr.end); a >= 0 {
			objs, end = []int{a}, e // "breached the cap on its stockpile set by the deal"
		}
	}
	if len(objs) == 0 && t.pred == "sanctioned" {
		k := tr.end
		for s.word(k) == "on" || s.word(k) == "against" || s.tag(k) == "RB" && s.slotOf(k) < 0 {
			k++
		}
		objs, end = s.demonymTargets(k)
	}
	if (t.pred == "struck" || t.pred == "attacked") && s.nonviolentAfter(end) {
		return // "hit Russia with sanctions", "attacked Beijing over its trade policy"
	}
	if len(objs) == 0 && t.pred == "struck" {
		// "hit a military base near the airport in the capital Sanaa": an unnamed site in a
		// named place, within the clause, strikes the place, unless the site is named soon
		// after ("… in the Volgograd region. The Lukoil refinery …").
		places, pend := s.placeAfter(end)
		if len(places) > 0 && s.clauseEndsBefore(end, s.slots[places[0]].start) && !s.listOfSitesBefore(end, s.slots[places[0]].start) {
			places = nil
		}
		if !s.noteStruckSite(t, subjs, tr, mod, claimant, places) && len(places) > 0 {
			objs, end = places, pend
		}
	}
	if len(subjs) == 0 && len(objs) > 0 {
		subjs = s.groupMembers(tr.start, end)
	}
	unnamedHead := false
	if len(objs) == 0 {
		objs, unnamedHead = s.relativeObjectOrHead(tr.start)
	}
	if len(objs) == 0 && !unnamedHead && (t.pred == "signed" || t.pred == "ratified" || t.pred == "mediated") && len(subjs) > 0 && s.objectless(tr.end) {
		objs = s.d.coref.focusAgreement(s, tr.start)
	}
	if t.pred == "met_with" && s.cue(end)&cueAgentMod != 0 && s.word(end+1) == "by" {
		// "received an Eritrean delegation led by Foreign Minister Osman Saleh": the
		// delegation's leader is who was met.
		if g, e := s.groupRight(end + 2); len(g) > 0 && s.allPersons(g) {
			objs, end = g, e
		}
	}
	if t.pred == "met_with" && (len(subjs) >= 2 || len(subjs) == 1 && s.slots[subjs[0]].group) {
		// "A and B met", "the three leaders met": each other. "A and B met with C": a joint
		// meeting, so each other too (not so the objects: "A met with B and C" may be two
		// meetings).
		s.emitPairs(t, subjs, "verb_pair", mod, claimant, tr.start)
		if len(objs) == 0 {
			return
		}
	}
	var co []int
	if len(t.coSubj) > 0 && len(objs) > 0 {
		co = s.coSubjects(t, end)
	}
	if t.pred == "signed" && len(objs) == 1 && mod == graph.Asserted {
		s.nameByParties(append(append([]int(nil), subjs...), co...), objs[0])
		s.nameByPlace(objs[0])
	}
	s.emitAll(t, subjs, objs, "active", mod, claimant, tr.start)
	if t.pred == "met_with" && len(objs) >= 2 && s.word(end) == "together" {
		// "received Rabin, Arafat and Mubarak together": one meeting of them all.
		s.emitPairs(t, objs, "active_together", mod, claimant, tr.start)
	}
	if t.pred == "signed" && len(objs) > 0 {
		// "Malik Mahmud signed for the movement", "signed the memorandum for Jakarta": the
		// signer acts for the side named after "for".
		if side := s.behalfOf(max(end, tr.end)); len(side) > 0 {
			rt := t
			rt.pred = "represents"
			s.emitAll(rt, subjs, side, "signed_for", mod, claimant, tr.start)
		}
	}
	if len(t.coSubj) > 0 && len(objs) > 0 {
		s.emitAll(t, co, objs, "active_cosubject", mod, claimant, tr.start)
	} else if len(t.coSubj) > 0 {
		objs2 := s.relativeObject(tr.start)
		s.emitAll(t, s.coSubjects(t, tr.end), objs2, "relative_cosubject", mod, claimant, tr.start)
	}
}

// betweenSides reads "<agreement> between A and B" right before the verb group of the
// trigger at i, returning the agreement's slot and the two sides' slots.
func (s *relSent) betweenSides(i int) (int, []int) {
	g := s.verbGroupStart(i)
	for j := g - 1; j > 0 && j > g-12; j-- {
		if s.word(j) != "between" {
			continue
		}
		deal := s.slotOf(j - 1)
		if deal < 0 || s.slotKind(deal) != graph.KindAgreement {
			return -1, nil
		}
		a := s.slotOf(j + 1)
		if a < 0 || s.word(s.slots[a].end) != "and" {
			return -1, nil
		}
		b := s.slotOf(s.slots[a].end + 1)
		if b < 0 || s.slots[b].end != g || !s.d.coref.isSide(s, a) || !s.d.coref.isSide(s, b) {
			return -1, nil
		}
		return deal, []int{a, b}
	}
	return -1, nil
}

// nameByParties names an agreement known only by its description after the two sides that
// sign it where it is first told: "Israel and Jordan signed a peace treaty" is the
// Israel-Jordan peace treaty, as news and readers call it once the story moves on.
func (s *relSent) nameByParties(signers []int, obj int) {
	d := s.d
	if len(s.slots[obj].cands) != 1 {
		return
	}
	e := s.slots[obj].cands[0]
	en := d.entity(e)
	if en == nil || en.Props["described"] != "true" || en.Props["parties"] != "" || d.coref.nameContrast(e) != "" {
		return
	}
	// A description that names a place or a party already ("ceasefire in Gaza") keeps it.
	for _, w := range strings.Fields(en.Name) {
		if !isLowerWord(w) {
			return
		}
	}
	signers = append([]int(nil), signers...)
	sort.Slice(signers, func(i, j int) bool { return s.slots[signers[i]].start < s.slots[signers[j]].start })
	var parties []string
	var ents []int
	seen := map[int]bool{}
	for _, sl := range signers {
		if len(s.slots[sl].cands) != 1 || s.slots[sl].group {
			return
		}
		p := s.slots[sl].cands[0]
		if !isParty(d.kind(p)) {
			return // people sign for sides the sentence does not name
		}
		if !seen[p] {
			seen[p] = true
			parties = append(parties, s.partyName(sl))
			ents = append(ents, p)
		}
	}
	if len(parties) != 2 {
		return
	}
	// "Armenia and Azerbaijan sign …" over "Azerbaijan and Armenia signed": the headline's
	// order is the one readers see.
	a, b := slices.Index(d.titleStates, d.entity(ents[0]).Name), slices.Index(d.titleStates, d.entity(ents[1]).Name)
	if a >= 0 && b >= 0 && b < a {
		parties[0], parties[1] = parties[1], parties[0]
	}
	en.Props["parties"] = "true"
	en.Name = parties[0] + "-" + parties[1] + " " + en.Name
}

// nameByPlace names an agreement known only by its description, and not after its sides,
// after the city where the sentence says it was signed: "Kabbah and Sankoh signed a peace
// agreement here" under a LOME dateline is the Lome peace agreement.
func (s *relSent) nameByPlace(obj int) {
	d := s.d
	if len(s.slots[obj].cands) != 1 {
		return
	}
	en := d.entity(s.slots[obj].cands[0])
	if en == nil || en.Props["described"] != "true" || en.Props["parties"] != "" || en.Props["place"] != "" || d.coref.nameContrast(s.slots[obj].cands[0]) != "" {
		return
	}
	// Only a plain description ("a peace agreement", "an accord") is named after where it was
	// signed; "a declaration of principles", "a cessation-of-hostilities agreement" say what
	// they are.
	// Words of extent ("a comprehensive peace agreement") leave it plain, and the place's
	// name goes without them: the Algiers peace agreement.
	words := strings.Fields(en.Name)
	kept := make([]string, 0, len(words))
	lower := strings.Fields(strings.ToLower(en.Name))
	for i := range lower {
		if c, _, ok := d.x.cues.match(lower, i); ok && c&(cuePlainMod|cueExtent) != 0 {
			if c&cueExtent == 0 {
				kept = append(kept, words[i])
			}
			continue
		}
		if a, _, ok := d.x.anaphors.match(lower, i); !ok || a.kind != graph.KindAgreement || i != len(lower)-1 {
			return
		}
		kept = append(kept, words[i])
	}
	place := s.placeOfSigning(s.slots[obj].end, 12)
	if place == "" {
		return
	}
	en.Props["place"] = place
	en.Name = place + " " + strings.Join(kept, " ")
}

// placeOfSigning is the city the clause from token from on says an agreement was signed
// in: "here" (the dateline's city) or "in" a named place, within the next words tokens and
// before the clause ends; or "".
func (s *relSent) placeOfSigning(from, words int) string {
	for k := from; k < len(s.words) && k < from+words; k++ {
		switch w := s.word(k); {
		case w == ";" || w == "," && s.cue(k+1)&cueRelative != 0:
			return ""
		case w == "here":
			return s.d.datelineCity()
		case w == "in" || w == "at":
			// "in Abidjan", "in the Zambian capital" (Lusaka), "at Lancaster House".
			if sl := s.npRight(k + 1).ref; sl >= 0 && (s.slots[sl].ana == "" || s.slots[sl].ana == "recent") && len(s.slots[sl].cands) == 1 && s.slotKind(sl) == graph.KindPlace {
				return s.d.entity(s.slots[sl].cands[0]).Name
			}
		}
	}
	return ""
}

// datelineCity is the city of the article's dateline ("LOME, July 7 (Xinhua) -"), or "".
func (d *relDoc) datelineCity() string {
	if mi := d.datelineMention(); mi >= 0 {
		return d.entity(d.doc.Mentions[mi].Entity).Name
	}
	return ""
}

// datelineMention is the mention of the dateline's city, the place that opens the first
// sentence before a comma, or -1.
func (d *relDoc) datelineMention() int {
	if len(d.doc.Sentences) == 0 {
		return -1
	}
	toks := d.doc.Sentences[0].Tokens
	for mi, m := range d.doc.Mentions {
		if m.Sentence == 0 && m.TokStart == 0 && d.kind(m.Entity) == graph.KindPlace && m.TokEnd < len(toks) && toks[m.TokEnd].Text == "," {
			return mi
		}
	}
	return -1
}

// datelineState is the state of the article's dateline, when the article is about it (one
// of the two states it names most): the one named after the city ("SIMLA, India, July 3")
// or the one whose capital the city is ("HANOI, Nov 5"); or -1. A peace signed in a third
// country's capital is datelined there.
func (d *relDoc) datelineState() int {
	if st := d.datelineStateNamed(); st >= 0 && d.leadStates[st] {
		return st
	}
	return -1
}

func (d *relDoc) datelineStateNamed() int {
	mi := d.datelineMention()
	if mi < 0 {
		return -1
	}
	city := d.doc.Mentions[mi]
	if st := d.stateByISO(d.entity(city.Entity).Props["country"]); st >= 0 {
		return st
	}
	for _, m := range d.doc.Mentions {
		if m.Sentence == 0 && m.TokStart == city.TokEnd+1 && d.kind(m.Entity) == graph.KindState {
			return m.Entity
		}
	}
	return -1
}

// partyName is how the text names a side: the name as written ("the US" → "US", "the ELN"),
// or its entity's name when the text gives a demonym or a description ("Israeli", "the
// government").
func (s *relSent) partyName(sl int) string {
	slot := s.slots[sl]
	name := s.d.entity(slot.cands[0]).Name
	if slot.ana != "" || slot.role != RoleName || slot.start >= slot.end {
		return name
	}
	words := make([]string, 0, slot.end-slot.start)
	for _, t := range s.s.Tokens[slot.start:slot.end] {
		words = append(words, t.Text)
	}
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if !startsUpper(words[0]) {
		return name
	}
	return strings.Join(words, " ")
}

// envoysLed turns leading into representing when what is led, the noun phrase np, is a
// delegation or a team of negotiators: "headed the Unitary Platform's delegation", "Hamas's
// delegation was led by X", "led Ukraine's negotiating team". Its leader speaks for the side
// the group was sent by, and does not lead that side.
func (s *relSent) envoysLed(t relTrigger, np relNP) (relTrigger, []int) {
	if t.pred != "led" || np.head < 0 {
		return t, nil
	}
	// The phrase may end the noun phrase ("the Russian negotiating team") or follow its
	// possessor ("Ukraine's negotiating team", where the participle ends the phrase).
	if !s.envoys(np) {
		return t, nil
	}
	t.pred = "represents"
	if side := s.envoysSide(np); side >= 0 {
		return t, []int{side}
	}
	return t, nil
}

// envoys reports a noun phrase that names a delegation or a team of negotiators.
func (s *relSent) envoys(np relNP) bool {
	if np.head < 0 {
		return false
	}
	for k := max(np.head-2, 0); k <= np.end; k++ {
		if c, n, ok := s.d.x.cues.match(s.words, k); ok && c&cueEnvoys != 0 && (k+n-1 == np.head || k == np.end) {
			return true
		}
	}
	return false
}

// envoysSide is the slot of the side that sent the delegation np: its possessor, a name
// before its head, or a noun that stands for a side ("the government delegation"); or -1.
func (s *relSent) envoysSide(np relNP) int {
	for _, side := range []int{np.possessor, np.modSlot} {
		if side >= 0 {
			return side
		}
	}
	for k := np.start; k < np.head; k++ {
		if sl := s.slotOf(k); sl >= 0 && s.slots[sl].ana != "" && len(s.slots[sl].cands) == 1 && isParty(s.slotKind(sl)) {
			return sl
		}
	}
	return -1
}

// accompanying finds the actors of a phrase set off by commas that joins them to the
// subject of the verb at token i: "Together with Egypt and the United States, Qatar
// brokered …" before the subject, "Qatar, along with Egypt, signed …" after it.
func (s *relSent) accompanying(i int, subjs []int) []int {
	g := s.verbGroupStart(i)
	if s.word(g-1) == "," {
		// After the subject: the phrase ends at the comma before the verb.
		for o := g - 2; o > 0 && g-o < 20; o-- {
			if s.word(o) != "," {
				continue
			}
			if c, n, ok := s.d.x.cues.match(s.words, o+1); ok && c&cueAccompany != 0 {
				if grp, end := s.groupRight(o + 1 + n); end == g-1 {
					if len(subjs) == 0 {
						// The commas hid the subject itself: "Qatar, along with Egypt, signed".
						if own, _ := s.groupLeft(o - 1); len(own) > 0 {
							grp = append(own, grp...)
						}
					}
					return grp
				}
			}
			break
		}
		return nil
	}
	// Before the subject: the sentence opens with the phrase.
	if len(subjs) == 0 {
		return nil
	}
	f := s.firstWord()
	if c, n, ok := s.d.x.cues.match(s.words, f); ok && c&cueAccompany != 0 {
		if grp, end := s.groupRight(f + n); s.word(end) == "," && s.slotOf(end+1) >= 0 && slices.Contains(subjs, s.slotOf(end+1)) {
			return grp
		}
	}
	return nil
}

// lightVerbEndingAt returns where a light verb that ends at token k starts ("held",
// "carried out"), or -1.
func (s *relSent) lightVerbEndingAt(k int) int {
	if k < 0 {
		return -1
	}
	if c, n, ok := s.d.x.cues.matchEnding(s.words, k+1); ok && c&cueLight != 0 {
		return k - n + 1
	}
	return -1
}

// isActor reports a slot of a person, a state or an organization.
func (s *relSent) isActor(sl int) bool {
	switch s.slotKind(sl) {
	case graph.KindPerson, graph.KindState, graph.KindOrganization:
		return true
	}
	return false
}

// votedTo returns the voting verb of "voted (unanimously on Friday) to <verb at i>", or -1.
func (s *relSent) votedTo(i int) int {
	g := s.verbGroupStart(i)
	if s.word(g) != "to" {
		return -1
	}
	for k := g - 1; k >= 0 && k >= g-6; k-- {
		if s.cue(k)&cueVote != 0 {
			return k
		}
		if s.word(k) == "," || s.isVerb(k) || s.slotOf(k) >= 0 {
			return -1
		}
	}
	return -1
}

// objectless says whether the verb ending before token i has no object: the sentence ends or
// a phrase about time, place or manner follows ("signed on Tuesday", "signed as witnesses").
func (s *relSent) objectless(i int) bool {
	for i < len(s.words) && (s.tag(i) == "RB" && s.cue(i)&cueObjectless == 0) {
		i++
	}
	if i >= len(s.words) {
		return true
	}
	cue, _, ok := s.d.x.cues.match(s.words, i) // "on behalf of"
	return (s.cue(i)&cueObjectless != 0 || ok && cue&cueObjectless != 0) && s.slotOf(i) < 0
}

func (s *relSent) firstWord() int {
	i := 0
	for i < len(s.words) && relIsQuote(s.words[i]) {
		i++
	}
	return i
}

// nonviolentAfter says whether "with sanctions" or "over …" follows token i.
func (s *relSent) nonviolentAfter(i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		if s.cue(k)&cueNonviolent != 0 {
			return true
		}
		if s.word(k) == "," || s.word(k) == ";" {
			break
		}
	}
	return false
}

// coSubjects reads "alongside A and B", "together with A", "with A" after token i.
func (s *relSent) coSubjects(t relTrigger, i int) []int {
	for k := i; k < len(s.words) && k < i+20; k++ {
		if s.word(k) == ";" || s.isFinite(k) || s.tag(k) == "VBG" || s.meetingNoun(k) {
			return nil // "signed after talks with Rice": the talks were with her
		}
		for _, p := range t.coSubj {
			if relWordsAt(s.words, k, p) {
				// "together with A, North Vietnam's foreign minister; B, the foreign minister
				// of South Vietnam; and C": items whose appositives part them by semicolons.
				if items, _ := s.semicolonList(k + len(p)); len(items) > 1 {
					return items
				}
				g, _ := s.groupRight(k + len(p))
				return g
			}
		}
	}
	return nil
}

// clauseVerbBefore is the nearest full verb (no auxiliary, no form of "be") at or before token
// k within its clause and 14 tokens, or -1.
func (s *relSent) clauseVerbBefore(k int) int {
	for v := k; v >= 0 && k-v < 14 && s.word(v) != "," && s.word(v) != ";"; v-- {
		if s.isVerb(v) && s.cue(v)&(cueAux|cueBe) == 0 {
			return v
		}
	}
	return -1
}

// violationOfAct reads the act a noun of violation that starts at token k is said of: "India's
// action was (a violation)", "the seizure amounts to", "called the U.S. strike (a violation)",
// "described the raid as". It returns the actor of that act — its possessor or actor
// modifier, or for an attack named by no actor the attacker of the latest one — and, for a
// verb of labelling, the verb's token (else -1).
func (s *relSent) violationOfAct(k int) ([]int, int) {
	j := k - 1
	labelled := -1
	c, n, copula := s.d.x.cues.matchEnding(s.words, k)
	switch {
	case s.cue(j)&cueBe != 0:
		j--
	case copula && c&cueCopula != 0:
		j -= n // "amounts to", "constitutes"
	default:
		if s.word(j) == "as" {
			j--
		}
		act := s.npLeft(j)
		if act.end == act.start || s.cue(act.start-1)&cueLabel == 0 {
			return nil, -1
		}
		labelled = act.start - 1
	}
	act := s.npLeft(j)
	if s.word(act.start-1) == "of" && act.possessor < 0 && act.modSlot < 0 {
		act = s.npLeft(act.start - 2) // "Israel's seizure of the buffer zone"
	}
	if act.end == act.start || act.ref >= 0 {
		return nil, -1
	}
	switch {
	case act.possessor >= 0 && isParty(s.slotKind(act.possessor)):
		return []int{act.possessor}, labelled
	case act.modSlot >= 0 && isParty(s.slotKind(act.modSlot)):
		return []int{act.modSlot}, labelled
	case act.head >= 0 && s.attackHead(act.head):
		return s.lastAttacker(act.start), labelled
	}
	return nil, -1
}

// meetingNoun says whether token k is a noun for a meeting ("talks", "a summit"), whose
// "with" names the other side of the meeting.
func (s *relSent) meetingNoun(k int) bool {
	list, _, ok := s.d.x.triggers.match(s.words, k)
	if !ok || !s.isNounTag(k) {
		return false
	}
	for _, t := range list {
		if t.pred == "met_with" && t.typ == relNoun {
			return true
		}
	}
	return false
}

// relativeObject finds the object of a verb in a relative clause that comes before its
// subject: "the Panmunjom Declaration, which Kim signed", "an agreement the two countries
// signed".
func (s *relSent) relativeObject(i int) []int {
	refs, _ := s.relativeObjectOrHead(i)
	return refs
}

// relativeObjectOrHead is relativeObject, and whether the clause's head is a noun phrase that
// names nothing the text resolved ("The armistice, which North Korea signed …" when no
// armistice was named): then the clause says nothing of the agreement in focus either.
func (s *relSent) relativeObjectOrHead(i int) ([]int, bool) {
	j := s.verbGroupStart(i) - 1
	_, start := s.groupLeft(j)
	if start > j {
		return nil, false
	}
	k := start - 1
	pronoun := s.cue(k)&cueRelative != 0 && s.slotOf(k) < 0
	if pronoun {
		k--
	}
	if s.word(k) == "," {
		k--
	}
	if k < 0 || k == start-1 && s.slotOf(k) < 0 && !s.isNounTag(k) {
		return nil, false
	}
	np := s.npLeft(k)
	if np.ref < 0 {
		if np.head < 0 {
			return nil, false
		}
		a, _, ok := s.d.x.anaphors.match(s.words, np.head)
		return nil, pronoun && ok && a.kind == graph.KindAgreement
	}
	return []int{np.ref}, false
}

func (s *relSent) nounTrigger(tr relTrig) {
	t := tr.t
	np := s.npLeft(tr.end - 1)
	var subjs []int
	switch {
	case np.possessor >= 0:
		subjs = []int{np.possessor}
	case np.modSlot >= 0:
		subjs = []int{np.modSlot}
	}
	if len(subjs) == 0 {
		subjs = s.agentModifier(tr.start)
	}
	if len(subjs) == 0 {
		subjs = s.behindSubject(np.start)
	}
	// The verb that governs the noun: "launched an offensive", "held talks", "to hold talks",
	// also across a partitive: "held two rounds of talks", "launched a wave of air strikes".
	lv := np.start - 1
	if p := s.slotOf(lv - 1); s.word(lv) == "of" && s.cue(lv-1)&cuePartitive != 0 && (p < 0 || s.slots[p].ana != "") {
		lv -= 2
		for lv >= 0 && (s.tag(lv) == "CD" || s.tag(lv) == "JJ") && s.slotOf(lv) < 0 {
			lv--
		}
	}
	for lv >= 0 && (s.tag(lv) == "RB" || s.isDet(lv) || s.tag(lv) == "``") {
		lv-- // also the quote that opens on the phrase: "conducted "a precise strike""
	}
	govStart := tr.start
	if start := s.lightVerbEndingAt(lv); start >= 0 {
		lv = start // "carried out an air strike": the phrase's first word governs
		govStart = lv
		// "Santos and Londono held their first meeting": the pronoun stands for the light
		// verb's subjects, which the sentence gives outright.
		if len(subjs) == 1 && s.slots[subjs[0]].role == RolePronoun {
			if g := s.subjectOf(lv, 0); len(g) > 0 {
				subjs = g
			}
		}
		if len(subjs) == 0 {
			subjs = s.subjectOf(lv, 0)
		}
	} else if len(subjs) == 0 && t.pred == "met_with" && s.word(np.start-1) == "for" {
		// "Ecevit flew to London for talks with Wilson": who went for them held them; not
		// who asked for them.
		if v := s.clauseVerbBefore(np.start - 2); v >= 0 && s.cue(v)&cueMotion != 0 {
			subjs, govStart = s.subjectOf(v, 0), v
		}
	} else if len(subjs) == 0 && s.isPrep(np.start-1) && s.word(np.start-1) == "of" {
		// "accused Eritrea of a large-scale offensive"
		if p := s.npLeft(np.start - 2); p.ref >= 0 {
			subjs = []int{p.ref}
		}
	} else if len(subjs) == 0 && t.pred == "violated" && s.word(np.start-1) == "in" {
		// "fired missiles in violation of the ceasefire", "laying mines in breach of the
		// Ottawa Convention": who did what the clause says breached the agreement; "Iraq
		// was in material breach of Resolution 1441": who is in breach.
		if be := np.start - 2; s.cue(be)&cueBe != 0 && s.isVerb(be) {
			subjs, govStart = s.subjectOf(be, 0), be
		} else if v := s.clauseVerbBefore(np.start - 2); v >= 0 {
			subjs, govStart = s.subjectOf(v, 0), v
		}
	}
	// "condemned Russia's decision and its war against Ukraine": a war whose only author is
	// a possessive pronoun is too loosely tied to be read as an attack; one a verb launches
	// ("launched its war against Iraq") took the verb's subject above.
	if (t.pred == "attacked" || t.pred == "struck") && govStart == tr.start && len(subjs) == 1 && s.slots[subjs[0]].role == RolePronoun && s.cue(tr.start)&cueLooseAttack != 0 {
		return
	}
	labelled := -1
	if len(subjs) == 0 && t.pred == "violated" {
		// "India's action was a violation of …", "called the U.S. action a serious
		// violation of …": what the act was is said of the phrase before.
		subjs, labelled = s.violationOfAct(np.start)
	}
	mod, claimant, ok := s.modality(govStart)
	if !ok {
		return
	}
	if labelled >= 0 {
		// Who calls an act a violation claims it; the text does not assert it.
		mod, claimant = graph.Alleged, -1
		if g := s.subjectOf(labelled, 0); len(g) == 1 {
			claimant = g[0]
		}
	}
	if !s.nounModalityOK(np.start) {
		return
	}
	if s.word(np.start-1) == "under" {
		// "Negotiations are to open in Geneva under U.N. auspices": the clause the phrase
		// belongs to says whether the mediation happened.
		if v := s.clauseVerbBefore(np.start - 2); v >= 0 {
			if _, _, ok := s.modality(v); !ok {
				return
			}
		}
	}
	if w := s.word(np.start - 1); len(subjs) == 0 && t.pred == "met_with" && (w == "after" || w == "following") && s.word(tr.end) != "between" {
		// "Albanese and Adeang put their names to the treaty after talks at Parliament
		// House": the people who did what the clause says held the talks with each other.
		if v := s.clauseVerbBefore(np.start - 2); v >= 0 {
			if g := s.subjectOf(v, 0); len(g) >= 2 && s.allPersons(g) && !slices.Contains(s.words[tr.end:], "with") {
				s.emitPairs(t, g, "after_talks", mod, claimant, tr.start)
				return
			}
		}
	}
	var objs []int
	end := tr.end
	k := tr.end
	if relIsQuote(s.word(k)) && k > 0 && s.isNounTag(k-1) {
		k++ // "\"repeated violations\" of the understanding": the quote closes on the noun
	}
	if t.pred == "met_with" && (s.word(k) == "in" || s.word(k) == "at") {
		// "talks in Tbilisi with Rice": the place of the meeting before its other side.
		if np := s.npRight(k + 1); np.ref >= 0 && s.slotKind(np.ref) == graph.KindPlace && s.word(np.end) == "with" {
			k = np.end
		}
	}
	if t.pred == "met_with" && s.word(k) == "over" && s.slotOf(k+1) < 0 && s.word(k+2) == "with" {
		k += 2 // "talks over dinner with Prime Minister Harold Wilson"
	}
	between := false
	for _, p := range t.preps {
		if relWordsAt(s.words, k, p) {
			between = len(p) == 1 && p[0] == "between"
			objs, end = s.groupRight(k + len(p))
			if np := s.npRight(k + len(p)); len(objs) == 0 && np.ref < 0 && np.head >= 0 && s.cue(np.head)&cueTransparent != 0 && s.word(np.end) == "of" {
				objs, end = s.groupRight(np.end + 1) // "a violation of the principles of the UN Charter"
			}
			if np := s.npRight(k + len(p)); len(objs) == 0 && t.pred == "struck" && np.ref < 0 && np.possessor >= 0 && s.slotKind(np.possessor) == graph.KindOrganization {
				// "an air strike on Hamas's political leadership in Doha": the body whose
				// people or sites were hit, and the place where.
				places, pend := s.placesAt(np.end)
				objs, end = append([]int{np.possessor}, places...), max(np.end, pend)
			}
			if len(objs) == 0 && t.pred == "sanctioned" {
				objs, end = s.demonymTargets(k + len(p))
			}
			if between && len(objs) == 1 {
				// "Talks between A and B began": groupRight takes "B began" for a new
				// clause, but "between" always joins two.
				if n := s.sepAt(end); n > 0 {
					if np := s.npRight(end + n); np.ref >= 0 {
						objs, end = append(objs, np.ref), np.end
					}
				}
			}
			break
		}
	}
	if t.pred == "struck" || t.pred == "attacked" {
		if v := s.resistVerb(np.start - 1); len(objs) == 0 && v >= 0 {
			// "Georgia resisted Russia's invasion": who resists was attacked; who prepares
			// "to resist an invasion" was not, yet.
			if _, _, ok := s.modality(v); !ok {
				return
			}
			objs = s.subjectOf(v, 0)
		}
		// "Wagner's operations in Africa": a noun of attack whose object never follows "in"
		// ("operations against X") takes no place after it either.
		if len(objs) == 0 && (t.pred == "struck" || slices.ContainsFunc(t.preps, func(p []string) bool { return len(p) == 1 && p[0] == "in" })) {
			objs, end = s.placeAfter(tr.end)
			// "the Polish operation, which forced the closure of airports in Rzeszow": a
			// place after the clause ends is not where the event happened.
			if len(objs) > 0 && s.relativeClauseBefore(tr.end, s.slots[objs[0]].start) {
				objs, end = nil, tr.end
			}
		}
	}
	if len(subjs) == 0 {
		subjs, _ = s.byAgents(end)
	}
	if len(subjs) == 0 && len(objs) > 0 && t.pred == "met_with" {
		subjs = s.sceneSubject(np.start, end)
	}
	if len(subjs) == 0 && (t.pred == "struck" || t.pred == "attacked") {
		if g, by := s.blamedFor(np.start, end); len(g) > 0 {
			subjs, mod, claimant = g, graph.Alleged, by
		}
	}
	if len(subjs) == 0 && (t.pred == "struck" || t.pred == "attacked") {
		subjs = s.attackSubject(tr.start)
	}
	if s.modalAfter(end) {
		return // "Talks between A and B could resume next month": not yet
	}
	if len(objs) == 0 && t.pred == "met_with" && len(subjs) < 2 {
		if g := s.theirMeeting(np.start, tr.start); len(g) >= 2 {
			subjs = g // "Kim signed it with Moon at their own summit"
		}
	}
	if len(objs) == 0 && t.pred == "met_with" && len(subjs) >= 2 {
		s.emitPairs(t, subjs, "noun_pair", mod, claimant, tr.start)
		return
	}
	if between {
		s.emitPairs(t, objs, "noun_between", mod, claimant, tr.start)
		return
	}
	if len(objs) == 0 && t.pred == "mediated" {
		objs = s.d.coref.focusAgreement(s, tr.start)
	}
	s.emitAll(t, subjs, objs, "noun", mod, claimant, tr.start)
	if t.pred == "met_with" && len(subjs) > 0 && len(objs) >= 2 && s.tag(tr.end-1) == "NN" {
		// "chaired a session with Kiir, Machar and Museveni": one meeting, so those it was
		// with met each other too ("met with A and B" may be two meetings).
		s.emitPairs(t, objs, "noun_with_group", mod, claimant, tr.start)
	}
}

// blamedFor finds who is blamed for the event phrase [start, end): X in "blamed X for the
// strike" and in "blamed the attack on the base on X", with who blames them (-1 if unnamed).
func (s *relSent) blamedFor(start, end int) ([]int, int) {
	verb := -1
	var g []int
	switch {
	case s.word(start-1) == "for":
		// "Russian officials blamed Ukraine for the strike"
		np := s.npLeft(start - 2)
		if np.ref >= 0 && s.isBlame(np.start-1) {
			verb, g = np.start-1, []int{np.ref}
		}
	case s.isBlame(start-1) && s.word(end) == "on":
		// "Moscow blamed the attack on the Engels air base on Ukraine"
		if np := s.npRight(end + 1); np.ref >= 0 {
			verb, g = start-1, []int{np.ref}
		}
	}
	if verb < 0 {
		return nil, -1
	}
	by := -1
	if subj := s.subjectOf(verb, 1); len(subj) > 0 && len(s.slots[subj[0]].cands) > 0 {
		by = s.slots[subj[0]].cands[0]
	}
	return g, by
}

// isBlame says whether token k is a verb of blaming ("blamed", "blames").
func (s *relSent) isBlame(k int) bool {
	return k >= 0 && s.cue(k)&cueBlame != 0 && s.isVerb(k)
}

// remoteAfter says whether a phrase of talking at a distance ("by phone", "via video
// link") follows the trigger at token at within its clause.
func (s *relSent) remoteAfter(at int) bool {
	for k := at; k < len(s.words) && k < at+15; k++ {
		if s.word(k) == ";" || s.word(k) == "," || k > at && s.isFinite(k) && s.cue(k)&(cueAux|cueBe) == 0 {
			return false
		}
		if c, _, ok := s.d.x.cues.match(s.words, k); ok && c&cueRemote != 0 {
			return true
		}
	}
	return false
}

// agreementSettingTerms finds the agreement of "the limits set by the deal", "the cap laid
// down in the accord" after token i, within the clause: a participle and "by" or "in", then
// a phrase that refers to an agreement. It returns that phrase's slot and end, or -1.
func (s *relSent) agreementSettingTerms(i int) (int, int) {
	for k := i; k < len(s.words) && k < i+15; k++ {
		if s.word(k) == ";" || s.isFinite(k) {
			break
		}
		if s.tag(k) != "VBN" || s.slotOf(k) >= 0 {
			continue
		}
		p := k + 1
		if s.word(p) == "down" {
			p++
		}
		if w := s.word(p); w != "by" && w != "in" && w != "under" {
			continue
		}
		if np := s.npRight(p + 1); np.ref >= 0 && s.slotKind(np.ref) == graph.KindAgreement {
			return np.ref, np.end
		}
	}
	return -1, i
}

// anyOfKind says whether one of the slots names an entity of kind k.
func (s *relSent) anyOfKind(slots []int, k graph.Kind) bool {
	for _, sl := range slots {
		if s.slotKind(sl) == k {
			return true
		}
	}
	return false
}

// behindSubject is X in "X was behind the attacks", "X is responsible for the strike": the
// subject of "be" before a cue that makes it the author of the event phrase at start.
func (s *relSent) behindSubject(start int) []int {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		c, n, ok := s.d.x.cues.match(s.words, k)
		if !ok || c&cueBehind == 0 {
			continue
		}
		for j := k + n; j < start; j++ {
			if s.tag(j) != "RB" && s.tag(j) != "CD" && !s.isDet(j) {
				return nil // "behind closed doors, the attack …"
			}
		}
		if v := k - 1; v >= 0 && s.cue(v)&cueBe != 0 && s.isFinite(v) {
			return s.subjectOf(v, 1)
		}
	}
	return nil
}

// agentModifier is X in "the Hamas-led attack", "a Russian-led cross-border offensive": a
// compound modifier of the event noun at i whose participle makes X its agent.
func (s *relSent) agentModifier(i int) []int {
	k := i - 1
	for k >= 0 && k > i-4 && s.slotOf(k) < 0 && s.cue(k)&cueAgentMod == 0 && (s.isAdj(k) || s.tag(k) == "NN" || s.word(k) == "-") {
		k--
	}
	if k < 2 || s.cue(k)&cueAgentMod == 0 || s.word(k-1) != "-" {
		return nil
	}
	if sl := s.slotOf(k - 2); sl >= 0 && s.slots[sl].end == k-1 {
		return []int{sl}
	}
	return nil
}

// sceneSubject is Y in "after talks with X, Y said": the subject of the clause that a
// phrase opened by a scene word (at start-1) and ending at end leads into.
func (s *relSent) sceneSubject(start, end int) []int {
	// "after some five hours of talks": the scene word stands before the measure.
	if s.word(start-1) == "of" && start >= 2 {
		if np := s.npLeft(start - 2); np.ref < 0 && np.start < start-1 {
			start = np.start
		}
	}
	if s.cue(start-1)&cueScene == 0 {
		return nil
	}
	if s.word(end) != "," || start-1 > s.firstWord() {
		// "X signed the plan after talks with Y", "… signed it at a meeting with Y": the
		// clause before the phrase is the one whose subject held the talks.
		for v := start - 2; v >= 0 && start-v < 20; v-- {
			if s.word(v) == ";" || s.cue(v)&cueRelative != 0 {
				break
			}
			if s.isFinite(v) && s.cue(v)&(cueAux|cueBe) == 0 {
				return s.subjectOf(v, 1)
			}
		}
		if s.word(end) != "," {
			return nil
		}
	}
	np := s.npRight(end + 1)
	k := np.end
	for k < len(s.words) && s.tag(k) == "RB" {
		k++
	}
	if np.ref < 0 || !s.isFinite(k) {
		return nil
	}
	return []int{np.ref}
}

// demonymTargets reads the targets of sanctions from token i: coordinated phrases that name
// no entity but are a state's ("Russian tankers and traders", "Iranian drone makers") stand
// for that state, as measures against a country's firms and officials are against it.
func (s *relSent) demonymTargets(i int) ([]int, int) {
	var out []int
	j, end := i, i
	for n := 0; n < 6; n++ {
		np := s.npRight(j)
		if np.end == np.start {
			break
		}
		ref := np.ref
		if ref < 0 && np.modSlot >= 0 && np.head > s.slots[np.modSlot].start && s.slotKind(np.modSlot) == graph.KindState {
			ref = np.modSlot
		}
		if ref < 0 {
			break
		}
		out = append(out, ref)
		j, end = np.end, np.end
		k := s.sepAt(j)
		if k == 0 {
			break
		}
		j += k
	}
	return out, end
}

// modalAfter says whether the verb group right after a noun phrase that ends before token
// i is modal or negated: the phrase is its subject, and the event is planned or denied.
func (s *relSent) modalAfter(i int) bool {
	for k := i; k < len(s.words) && k < i+4; k++ {
		// one word or a phrase: "could", "are due to", "no longer"
		if c, _, ok := s.d.x.cues.match(s.words, k); ok && c&(cueModal|cueNegation) != 0 || s.tag(k) == "MD" {
			return true
		}
		if s.tag(k) != "RB" || s.slotOf(k) >= 0 {
			return false
		}
	}
	return false
}

// theirMeeting reads "A VERBed … with B at their summit": "their" before the meeting noun
// at trig (its phrase starting at start) is the clause's subject and whoever acted with it.
func (s *relSent) theirMeeting(start, trig int) []int {
	their := false
	for k := start; k < trig; k++ {
		their = their || s.word(k) == "their"
	}
	// "at", "during" or "after" their summit: it took place ("before" it may yet not).
	if p := s.word(start - 1); !their || p != "at" && p != "during" && p != "after" {
		return nil
	}
	v := start - 2
	for v >= 0 && !(s.isVerb(v) && s.cue(v)&(cueAux|cueBe) == 0) {
		if w := s.word(v); w == "," || w == ";" {
			return nil
		}
		v--
	}
	if v < 0 {
		return nil
	}
	g := s.subjectOf(v, 0)
	for k := v + 1; k < start-1; k++ {
		if s.word(k) == "with" {
			more, _ := s.groupRight(k + 1)
			return append(g, more...)
		}
	}
	return nil
}

// groupMembers reads "the panel that mediated the talks (also) included A and B": the
// verb at i is in a relative clause about a group no name gives, its object ends at end, and
// the members named after it did what the clause says.
func (s *relSent) groupMembers(i, end int) []int {
	r := s.verbGroupStart(i) - 1
	if r < 0 || s.cue(r)&cueRelative == 0 || s.slotOf(r) >= 0 {
		return nil
	}
	k := end
	for s.tag(k) == "RB" && s.slotOf(k) < 0 {
		k++
	}
	if s.cue(k)&cueMembers == 0 {
		return nil
	}
	g, _ := s.groupRight(k + 1)
	return g
}

// resistVerb is the verb of resisting that governs the noun phrase ending at token k
// ("fighting off", "repelled"), or -1.
func (s *relSent) resistVerb(k int) int {
	for k >= 0 && s.slotOf(k) < 0 && (s.tag(k) == "RP" || s.tag(k) == "RB" || s.word(k) == "off" || s.word(k) == "back" || s.word(k) == "against") {
		k--
	}
	if k >= 0 && s.slotOf(k) < 0 && s.isVerb(k) && s.cue(k)&cueResist != 0 {
		return k
	}
	return -1
}

// attackSubject is the attacker of "Russian drones killed nine people in a strike on …":
// the subject of the nearest finite verb before token i, when it names weapons or an attack.
func (s *relSent) attackSubject(i int) []int {
	for v := i - 1; v >= 0; v-- {
		// The tagger reads some finite verbs as participles ("drones killed/VBN nine
		// people"): a participle right after weapons counts as their verb.
		if s.isVerb(v) && s.cue(v)&(cueAux|cueBe) == 0 && (s.isFinite(v) || s.tag(v) == "VBN") {
			np := s.npLeft(s.verbGroupStart(v) - 1)
			if np.ref >= 0 && s.attackHead(np.head) {
				return []int{np.ref}
			}
			if s.isFinite(v) {
				return nil
			}
		}
	}
	return nil
}

// nounModalityOK rejects "potential attacks", "future strikes", "a planned summit".
func (s *relSent) nounModalityOK(start int) bool {
	// "preparing for his own meeting with Kim": a modal phrase just before the noun's phrase.
	for k := max(start-3, 0); k < start; k++ {
		if c, n, ok := s.d.x.cues.match(s.words, k); ok && c&cueModal != 0 && k+n == start {
			return false
		}
	}
	for k := start; k < len(s.words) && k < start+4; k++ {
		if c := s.cue(k); c&(cueModal|cueNegation) != 0 {
			return false
		}
		if s.word(k) == "planned" || s.word(k) == "proposed" || s.word(k) == "no" {
			return false
		}
	}
	return true
}

// relativeClauseBefore reports a relative clause set off by a comma in [from, to): ", which".
func (s *relSent) relativeClauseBefore(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if s.word(k) == "," && s.cue(k+1)&cueRelative != 0 {
			return true
		}
	}
	return false
}

// listOfSitesBefore reports a list of unnamed sites in [from, to) whose commas separate its
// items, not clauses: "air bases, weapons depots and a research centre (in …)" — no verb,
// nothing named, and "and" before the last item.
func (s *relSent) listOfSitesBefore(from, to int) bool {
	lastComma, and := -1, false
	for k := from; k < to; k++ {
		switch w := s.word(k); {
		case w == ";" || s.isFinite(k) || s.slotOf(k) >= 0:
			return false
		case w == ",":
			lastComma, and = k, false
		case w == "and" && lastComma >= 0:
			and = true
		}
	}
	return lastComma >= 0 && and
}

// clauseEndsBefore reports a comma, semicolon or finite verb in [from, to).
func (s *relSent) clauseEndsBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if w := s.word(k); w == "," || w == ";" || s.isFinite(k) {
			return true
		}
	}
	return false
}

// placeAfter finds "in X" / "on X" places after token i, for attacks without an object.
func (s *relSent) placeAfter(i int) ([]int, int) {
	for k := i; k < len(s.words) && k < i+25; k++ {
		if s.word(k) == ";" {
			break
		}
		if places, end := s.placesAt(k); len(places) > 0 {
			// "… near the airport in Sanaa as well as sites in Hodeidah and in Saada": more
			// unnamed sites in more places, listed after the first.
			for more := 0; more < 4; more++ {
				last := s.slots[places[len(places)-1]].end
				n := s.sepAt(last)
				if n == 0 {
					break
				}
				found := false
				for p := last + n; p < len(s.words) && p < last+n+6 && !s.isFinite(p) && s.word(p) != ";" && s.word(p) != ","; p++ {
					// Not "…, and officials in Odesa said": a phrase that is a new clause's subject.
					if next, e := s.placesAt(p); len(next) > 0 && s.slots[next[0]].start > last && !s.isFinite(s.slots[next[len(next)-1]].end) {
						places, end, found = append(places, next...), max(end, e), true
						break
					}
				}
				if !found {
					break
				}
			}
			return places, end
		}
	}
	return nil, i
}

// placesAt reads the places of a locative phrase opened at token k ("in Gaza City's Sheikh
// Radwan neighbourhood", "at Bani", "in the northeastern Ukrainian city of Sumy").
func (s *relSent) placesAt(k int) ([]int, int) {
	if s.word(k) == "on" || s.word(k) == "at" {
		// "at Bani", "at the remote Shaybah oilfield"; not "at a news conference".
		if np := s.npRight(k + 1); s.slotOf(k+1) < 0 && (np.ref < 0 || s.slotKind(np.ref) != graph.KindPlace) {
			return nil, k
		}
	} else if s.word(k) != "in" {
		return nil, k
	}
	var places []int
	if np := s.npRight(k + 1); np.possessor >= 0 && s.slotKind(np.possessor) == graph.KindPlace {
		places = append(places, np.possessor) // "in Gaza City's Sheikh Radwan neighbourhood"
	}
	g, end := s.groupRight(k + 1)
	for _, sl := range g {
		if s.slotKind(sl) == graph.KindPlace {
			places = append(places, sl)
		}
	}
	// "in the northeastern Ukrainian city of Sumy": the place follows its noun.
	if np := s.npRight(k + 1); len(places) == 0 && np.head >= 0 && s.word(np.end) == "of" {
		if sl := s.slotOf(np.end + 1); sl >= 0 && s.slotKind(sl) == graph.KindPlace {
			places, end = append(places, sl), s.slots[sl].end
		}
	}
	return places, end
}

func (s *relSent) intoTrigger(tr relTrig) {
	mod, claimant, ok := s.modality(tr.start)
	if !ok {
		return
	}
	objs, end := s.groupRight(tr.end)
	for k := end; k < len(s.words) && k < end+4; k++ {
		if s.word(k) == "into" {
			subjs, _ := s.groupRight(k + 1)
			s.emitAll(tr.t, subjs, objs, "into", mod, claimant, tr.start)
			return
		}
	}
}

func (s *relSent) symTrigger(tr relTrig) {
	mod, claimant, ok := s.modality(tr.start)
	if !ok {
		return
	}
	subjs := s.subjectOf(tr.start, 0)
	if len(subjs) < 2 && s.tag(tr.start) == "VBG" {
		// "A and B were shown on television greeting each other": the participle's
		// subject is that of the verb it follows.
		if g := s.participleSubject(tr.start); len(g) > len(subjs) {
			subjs = g
		}
	}
	if s.word(tr.end) == "with" {
		objs, _ := s.groupRight(tr.end + 1)
		s.emitAll(tr.t, subjs, objs, "sym_with", mod, claimant, tr.start)
		return
	}
	s.emitPairs(tr.t, subjs, "sym", mod, claimant, tr.start)
}

// weaponTrigger reads "X fired missiles at Y", "launched drones and rockets against Y": the
// verb's object is a weapon and the target follows one of the trigger's prepositions. The
// same form may stand under several predicates (a missile fired at a city struck it, one
// fired at a state attacked it): each target takes the first whose object kinds fit it.
func (s *relSent) weaponTrigger(tr relTrig) {
	mod, claimant, ok := s.modality(tr.start)
	if !ok {
		return
	}
	k := tr.end
	for weapons := 0; ; weapons++ {
		// Adverbs and quantities: "more than 300 drones", "at least 20 missiles".
		for s.slotOf(k) < 0 && (s.tag(k) == "RB" || s.tag(k) == "JJR" || s.tag(k) == "RBR" || s.tag(k) == "JJS" || s.tag(k) == "CD" ||
			s.word(k) == "than" || s.word(k) == "at" && s.tag(k+1) == "JJS") {
			k++
		}
		np := s.npRight(k)
		if np.end == np.start || !s.weaponHead(np.head) {
			if weapons == 0 {
				return
			}
			break
		}
		k = np.end
		if n := s.sepAt(k); n > 0 && s.weaponHead(s.npRight(k+n).head) {
			k += n
			continue
		}
		break
	}
	for s.tag(k) == "RB" && s.slotOf(k) < 0 {
		k++
	}
	var objs []int
	// "fired rockets into Thailand" attacks the state; a missile fired "into the Sea of
	// Japan" strikes no place and attacks no one.
	into := s.word(k) == "into"
	// "dropped bombs on the plant at Fordow and on Natanz": each target after a preposition.
	for more := 0; more < 4; more++ {
		found := false
		for _, p := range tr.t.preps {
			if relWordsAt(s.words, k, p) {
				g, end := s.groupRight(k + len(p))
				// "fired missiles at targets in Jericho": an unnamed target in a named place.
				if np := s.npRight(k + len(p)); len(g) == 0 && np.ref < 0 && np.head >= 0 {
					g, end = s.placesAt(np.end)
				}
				objs, k, found = append(objs, g...), end, len(g) > 0
				break
			}
		}
		n := s.sepAt(k)
		if !found || n == 0 {
			break
		}
		k += n
	}
	if len(objs) == 0 {
		return
	}
	subjs := s.subjectOf(tr.start, 0)
	alts, _, _ := s.d.x.triggers.match(s.words, tr.start)
	for _, o := range objs {
		for _, t := range alts {
			a, ok := s.d.x.args[t.pred]
			if t.typ != relWeapon || !ok || len(s.pick(o, a.obj)) == 0 || into && (t.pred == "struck" || s.slotKind(o) != graph.KindState) {
				continue
			}
			s.emitAll(t, subjs, []int{o}, "weapon", mod, claimant, tr.start)
			break
		}
	}
}

// participleSubject is the subject of the verb that a participle at i follows within its
// clause ("were shown … greeting"), or nil when punctuation or a name of its own intervenes.
// behalfOf returns the actor a signer signs for when a behalf cue ("for", "on behalf of")
// follows within a few words of k ("signed the memorandum of understanding for Jakarta").
func (s *relSent) behalfOf(k int) []int {
	for j := k; j < len(s.words) && j < k+4; j++ {
		if w := s.word(j); w == "," || w == ";" || s.isFinite(j) {
			return nil
		}
		cue, n, ok := s.d.x.cues.match(s.words, j)
		if !ok || cue&cueBehalf == 0 {
			continue
		}
		at := j + n
		if s.word(at) == "the" {
			at++
		}
		if sl := s.slotOf(at); sl >= 0 && s.isActor(sl) {
			return []int{sl}
		}
		return nil
	}
	return nil
}

// describedBy returns the slot of the phrase that a participle phrase starting at token g
// describes, or -1: "The accord, brokered by Qatar, was signed" (the phrase before the
// comma), "The accord that both sides signed in 2002, brokered by Qatar, …" (the phrase
// before the relative clause), "The accord, signed in 2002 and brokered by Qatar, …" (what
// the first participle describes).
func (s *relSent) describedBy(g, depth int) int {
	switch {
	case depth > 2 || g < 2:
		return -1
	case s.word(g-1) == ",":
		if np := s.npLeft(g - 2); np.ref >= 0 {
			return np.ref
		}
		for v := g - 2; v > 0 && v > g-25; v-- {
			if w := s.word(v); w == "," || w == ";" {
				return -1
			}
			if s.cue(v)&cueRelative != 0 && s.slotOf(v) < 0 {
				return s.npLeft(v - 1).ref
			}
		}
	case s.isNounTag(g - 1):
		// "the Libyan National Army, the eastern-based force led by Khalifa Haftar": the
		// participle describes an appositive description, and so the name before it.
		np := s.npLeft(g - 1)
		if np.ref >= 0 && s.slotKind(np.ref) == graph.KindAgreement {
			return np.ref // "under a deal brokered by Lukashenko"
		}
		if np.ref < 0 && np.head >= 0 && np.start >= 2 && s.isDet(np.start) && s.word(np.start-1) == "," {
			if left := s.npLeft(np.start - 2); left.ref >= 0 {
				return left.ref
			}
		}
	case s.word(g-1) == "and":
		for v := g - 2; v > 0 && v > g-12; v-- {
			if w := s.word(v); w == "," || w == ";" {
				return -1
			}
			if s.tag(v) == "VBN" {
				return s.describedBy(s.verbGroupStart(v), depth+1)
			}
		}
	}
	return -1
}

func (s *relSent) participleSubject(i int) []int {
	for v := i - 1; v >= 0; v-- {
		if w := s.word(v); w == "," || w == ";" || w == ":" || s.cue(v)&cueRelative != 0 {
			return nil
		}
		if s.isVerb(v) && s.cue(v)&(cueAux|cueBe) == 0 {
			return s.subjectOf(v, 1)
		}
	}
	return nil
}

// emitAll adds one fact per (subject, object) pair whose kinds the predicate allows.
// numberedProvision reports an agreement named by a word and a number, a body's resolution
// or a treaty's article ("Resolution 598", "Article 5").
func (d *relDoc) numberedProvision(e int) bool {
	word, num, ok := strings.Cut(d.entity(e).Name, " ")
	return ok && d.x.numberedDeals[word] && isSectionNumber(num)
}

func (s *relSent) emitAll(t relTrigger, subjs, objs []int, rule string, mod graph.Modality, claimant int, at int) {
	a, ok := s.d.x.args[t.pred]
	if !ok {
		return
	}
	for _, ss := range subjs {
		for _, se := range s.pick(ss, a.subj) {
			for _, os := range objs {
				if s.slots[os].ana == "talks" && t.pred != "mediated" {
					continue // concluding or holding talks is not signing their outcome
				}
				t, a := t, a
				if t.pred == "struck" && len(s.pick(os, a.obj)) == 0 && s.slotKind(os) == graph.KindState {
					// "air strikes against Iran", "struck Iran": strikes on a state, not on a
					// place in it, attack that state.
					if aa, ok := s.d.x.args["attacked"]; ok {
						t.pred, a = "attacked", aa
					}
				}
				for _, oe := range s.pick(os, a.obj) {
					conf := t.conf
					if len(s.slots[ss].cands) > 1 || s.slots[ss].ana != "" || s.slots[os].ana != "" || len(s.slots[os].cands) > 1 {
						conf *= 0.85 // resolved by coref
					}
					s.emit(t.pred, se, oe, conf, t.pred+"/"+rule, mod, claimant, at)
				}
			}
		}
	}
}

// leadsNow says whether the leading verb at token at is in the present ("heads", "leads")
// or the present perfect ("has led"): a current post, unlike "led the party until 2012".
func (s *relSent) leadsNow(at int) bool {
	if s.tag(at) == "VBZ" || s.tag(at) == "VBP" {
		return true
	}
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch s.word(k) {
		case "has", "have":
			return true
		}
		if s.tag(k) != "RB" {
			break
		}
	}
	return false
}

// emitPairs adds a symmetric fact for every pair of the group.
func (s *relSent) emitPairs(t relTrigger, group []int, rule string, mod graph.Modality, claimant int, at int) {
	a, ok := s.d.x.args[t.pred]
	if !ok {
		return
	}
	var ents []int
	for _, sl := range group {
		ents = append(ents, s.pick(sl, a.subj)...)
	}
	for i := 0; i < len(ents); i++ {
		for j := i + 1; j < len(ents); j++ {
			s.emit(t.pred, ents[i], ents[j], t.conf*0.9, t.pred+"/"+rule, mod, claimant, at)
		}
	}
}

// emit adds one fact with the sentence as evidence, unless it is already there.
func (s *relSent) emit(pred string, subj, obj int, conf float64, rule string, mod graph.Modality, claimant int, at int) {
	d := s.d
	se, oe := d.entity(subj), d.entity(obj)
	if se == nil || oe == nil || subj == obj || se.Name == oe.Name {
		return
	}
	if pred == "met_with" && s.remoteAfter(at) {
		return // "talked with Biden by phone": no meeting in person
	}
	if (pred == "signed" || pred == "mediated") && d.numberedProvision(obj) {
		return // a resolution or an article is adopted or invoked, not signed or brokered
	}
	key := relFactKey{se.Name, pred, oe.Name}
	if pred == "met_with" && key.s > key.o {
		key.s, key.o = key.o, key.s
	}
	if _, ok := d.factIdx[relFactAt{key, s.s.Start}]; ok {
		return // the same fact from the same sentence, by another rule
	}
	evidence := s.s.Text
	if t := d.doc.Article.Text; s.s.Start >= 0 && s.s.End <= len(t) && s.s.Start < s.s.End {
		evidence = t[s.s.Start:s.s.End]
	}
	f := Fact{
		Subject: se.Name, SubjectKind: se.Kind,
		Predicate: pred,
		Object:    oe.Name, ObjectKind: oe.Kind,
		Date:       s.dateFor(at),
		Modality:   mod,
		Confidence: relClamp(conf),
		Rule:       rule,
		Evidence:   evidence,
		Start:      s.s.Start,
		End:        s.s.End,
	}
	if mod == graph.Alleged && claimant >= 0 {
		if ce := d.entity(claimant); ce != nil {
			f.ClaimedBy = ce.Name
		}
	}
	if pred == "led" && se.Kind == graph.KindPerson && oe.Kind == graph.KindOrganization {
		if _, ok := d.leads[subj]; !ok {
			d.leads[subj] = obj
		}
	}
	if pred == "represents" {
		f.Date = ""
		if _, ok := d.personState[subj]; !ok {
			d.personState[subj] = obj
		}
	}
	d.factIdx[relFactAt{key, s.s.Start}] = len(d.doc.Facts)
	s.facts = append(s.facts, len(d.doc.Facts))
	s.factAt = append(s.factAt, at)
	d.doc.Facts = append(d.doc.Facts, f)
	// "the 2016 accord that the state signed with the FARC", "the Machakos Protocol, which
	// the two sides signed in July 2002" in a report of a later year: an agreement of another
	// year is background, not what "the talks" or "the agreement" that follow are about.
	if oe.Kind == graph.KindAgreement {
		if d.pastYear(oe.Props["year"]) || d.pastYear(f.Date) {
			d.coref.background()
		}
		d.coref.setFocus(obj)
	}
	if pred == "struck" || pred == "attacked" {
		d.noteAttack(s, subj, obj, pred, f.Date)
	}
	if pred == "led" && se.Kind == graph.KindPerson && oe.Kind == graph.KindOrganization && s.leadsNow(at) {
		// "X, who heads the group", "X has led it since 2019": its head acts for it.
		s.emit("represents", subj, obj, conf*0.9, "represents/leads", mod, claimant, at)
	}
	if pred == "struck" && d.struckSite != nil && d.struckSite.s != s {
		d.dropStruckSite() // another strike is told: a site named now is not the one described
	}
}

// relClamp keeps a confidence in [0, 1], rounded to three decimals.
func relClamp(c float64) float64 {
	switch {
	case c < 0:
		return 0
	case c > 1:
		return 1
	}
	return math.Round(c*1000) / 1000
}

// dateFor is the date the sentence gives the event at token at: the nearest date
// expression, skipping name qualifiers ("the Minsk Agreements of 2014 and 2015").
func (s *relSent) dateFor(at int) string {
	best, bestDist := "", 1<<30
	for _, e := range s.dates {
		v := e.Value
		if v == "" && e.Next != 0 {
			if s.d.prevDate == "" {
				continue
			}
			v = dateAddDays(s.d.prevDate, e.Next)
		}
		if v == "" {
			continue
		}
		if s.word(e.Start-1) == "of" && s.slotOf(e.Start-2) >= 0 && s.slotKind(s.slotOf(e.Start-2)) == graph.KindAgreement {
			continue
		}
		dist := e.Start - at
		if dist < 0 {
			dist = -dist
		}
		for k := e.Start - 1; k >= 0 && k >= e.Start-4; k-- {
			if s.word(k) == "since" {
				dist += 100 // "since its inception in 1949" dates a state, not the event
			}
		}
		if dist < bestDist {
			best, bestDist = v, dist
		}
	}
	return best
}
