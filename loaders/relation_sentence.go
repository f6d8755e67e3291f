package loaders

import (
	"cmp"
	"slices"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// relDoc is the extractor's state for one document.
type relDoc struct {
	x           *RelationExtractor
	doc         *Document
	byS         [][]int        // mention indexes per sentence
	aliases     map[string]int // names and aliases of the document's states and organizations
	personState map[int]int    // person entity → the state or organization it represents
	// leads maps a person to the organization a "led" fact says they lead.
	leads   map[int]int
	coref   *corefState
	factIdx map[relFactAt]int // facts already emitted, by triple and sentence
	attacks []*eventAttack
	// attacker is who last attacked a state (attacked, not struck: no attack event of its
	// own), and in which sentence, for "the missiles" soon after; attacker is -1 before any.
	attacker, attackerSi int
	prevDate             string // date of the last sentence that gave one, for "the following day"
	prevFacts            []int  // facts of the sentence before, for "Portugal followed suit"
	domState             int    // the state the article is mostly about, or -1
	domOrg               int    // the organization the article is mostly about, or -1
	bare                 []relBare
	mentionOf            map[int]int       // person → the state or organization the mention stage tied its title to
	offices              map[relOffice]int // office → the person the document gives it to
	dates                [][]DateExpr      // per sentence, found once
	// words and tags per sentence, built once: each pass prepares every sentence again,
	// and nothing writes to them.
	words, tags [][]string
	slotBuf     []relSlot // scratch for sentence's mention slots, reused across sentences
	// Agreements the text describes but never names ("a revised peace agreement"), by the
	// sentence and token of their noun, so that both passes make the same one.
	introAt map[[2]int]int
	// introRead holds the agreements made of descriptions that the reading pass (pass 2)
	// took: pass 1, which knows no focus, makes some the reading pass resolves otherwise.
	introRead  map[int]bool
	introduced []int
	// titleDeals are the agreements the headline names ("Doha deal"): the first agreement the
	// body describes without naming takes the headline's name.
	titleDeals []string
	// titlePlaceDeals are agreements the headline names only by where they were made
	// ("sign protocols in Zurich"): they name a description that names nothing itself.
	titlePlaceDeals []relPlaceDeal
	// titleStates are the states the headline names, in its order.
	titleStates []string
	titleUsed   bool
	// leadStates are the two states the article names most: the ones it is about.
	leadStates map[int]bool
	// struckSite is a strike on a site the text describes but has not named yet ("hitting
	// an electronics plant"), for the sentences that may name it.
	struckSite *relStruckSite
	// reading is set for the pass in reading order: only it tracks which agreement is in
	// focus, so only it may decide that a description names a new one.
	reading bool
}

type relFactKey struct{ s, p, o string }

// relFactAt is a fact from one sentence (identified by its start offset).
type relFactAt struct {
	key   relFactKey
	start int
}

// relSlot is one span of a sentence that refers to entities: a resolved mention, or a
// pronoun, anaphor or collective resolved by coref.
type relSlot struct {
	start, end int   // token span in the sentence
	cands      []int // entity indexes, best first
	role       MentionRole
	group      bool   // a collective ("the two sides"): every candidate at once
	ana        string // anaphor class: focus, recent, talks; "" for names
}

// relSent is one sentence being read.
type relSent struct {
	d      *relDoc
	si     int
	s      *Sentence
	words  []string // lower-cased token texts
	tags   []string
	slotAt []int // token → index into slots, -1
	slots  []relSlot
	inner  []relSlot // mentions nested inside other mentions ("Russian" in "the Russian leader")
	dates  []DateExpr
	inDate []bool // tokens of date expressions other than bare years: they end noun phrases
	// sides memoises sideSlot: a person's slot → the slot of the side they stand for.
	sides  map[int]int
	facts  []int // indexes into doc.Facts added by this sentence
	factAt []int // the trigger token of each of facts
}

func newRelDoc(x *RelationExtractor, doc *Document, title relTitle) *relDoc {
	d := &relDoc{
		x:           x,
		doc:         doc,
		byS:         make([][]int, len(doc.Sentences)),
		dates:       make([][]DateExpr, len(doc.Sentences)),
		words:       make([][]string, len(doc.Sentences)),
		tags:        make([][]string, len(doc.Sentences)),
		aliases:     map[string]int{},
		personState: map[int]int{},
		leads:       map[int]int{},
		factIdx:     map[relFactAt]int{},
		offices:     map[relOffice]int{},
		mentionOf:   map[int]int{},
		introAt:     map[[2]int]int{},
		introRead:   map[int]bool{},
		domState:    -1,
		attacker:    -1,
		domOrg:      -1,
	}
	d.coref = newCorefState(d)
	// The people, places and bodies the tables tie to a state speak of that state too: an
	// article on Colombia names Santos and Bogota more often than Colombia itself.
	byISO := map[string]int{}
	for ei, e := range doc.Entities {
		if e.Kind == graph.KindState && e.Props["iso"] != "" {
			byISO[e.Props["iso"]] = ei
		}
	}
	counts := map[int]int{}
	for mi, m := range doc.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
			continue
		}
		d.byS[m.Sentence] = append(d.byS[m.Sentence], mi)
		if e := m.Entity; e >= 0 && e < len(doc.Entities) {
			k := doc.Entities[e].Kind
			if st, ok := byISO[doc.Entities[e].Props["country"]]; ok && k != graph.KindState {
				counts[st]++
			}
			if k == graph.KindState || k == graph.KindOrganization {
				counts[e]++
			}
		}
	}
	for ei, e := range doc.Entities {
		if e.Kind != graph.KindState && e.Kind != graph.KindOrganization {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if _, ok := d.aliases[n]; !ok && n != "" {
				d.aliases[n] = ei
			}
		}
	}
	// Titles the mention stage tied to a state or organization ("of", "title" properties)
	// tell "his Ukrainian counterpart" and "the Russian leader" who holds which office.
	byName := map[string]int{}
	for ei, e := range doc.Entities {
		if e.Kind == graph.KindState || e.Kind == graph.KindOrganization {
			byName[e.Name] = ei
		}
	}
	for ei, e := range doc.Entities {
		if e.Kind != graph.KindPerson || e.Props["of"] == "" {
			continue
		}
		if a, ok := byName[e.Props["of"]]; ok {
			d.mentionOf[ei] = a
			if t := strings.ToLower(e.Props["title"]); t != "" {
				d.offices[relOffice{a, t}] = ei
			}
		}
	}
	// A state the headline names is what the article is about, whatever else it mentions.
	// A teaser's body may never name it ("Sri Lanka declares emergency …" over "President
	// Chandrika Kumaratunga declared …"): it is then an entity of the article all the same,
	// and its topic unless the body names other states.
	bodyStates := 0
	for _, e := range doc.Entities {
		if e.Kind == graph.KindState {
			bodyStates++
		}
	}
	for _, name := range title.states {
		found := false
		for ei, e := range doc.Entities {
			if e.Kind == graph.KindState && e.Name == name {
				counts[ei] += 2
				found = true
			}
		}
		if iso := title.isos[name]; !found && iso != "" {
			counts[len(doc.Entities)] = 2
			if bodyStates == 0 {
				counts[len(doc.Entities)] = 3
			}
			doc.Entities = append(doc.Entities, Entity{Name: name, Kind: graph.KindState, Props: map[string]string{"iso": iso}})
		}
	}
	d.titleDeals, d.titlePlaceDeals = title.deals, title.placeDeals
	d.titleStates = title.states
	d.domState = relDominant(d, counts, graph.KindState)
	d.domOrg = relDominant(d, counts, graph.KindOrganization)
	d.leadStates = relLeading(d, counts, graph.KindState, 2)
	return d
}

// relLeading is the n entities of kind k the article names most (all those tied with the
// n-th).
func relLeading(d *relDoc, counts map[int]int, k graph.Kind, n int) map[int]bool {
	var cs []int
	for e, c := range counts {
		if d.kind(e) == k {
			cs = append(cs, c)
		}
	}
	slices.Sort(cs)
	out := map[int]bool{}
	if len(cs) == 0 {
		return out
	}
	least := cs[max(len(cs)-n, 0)]
	for e, c := range counts {
		if d.kind(e) == k && c >= least {
			out[e] = true
		}
	}
	return out
}

// relTitle is what the article's headline names, read by the mention stage: agreements
// ("Doha deal") and states, by canonical name.
// relPlaceDeal is an agreement a headline names by where it was made: "Zurich protocols".
type relPlaceDeal struct{ place, name string }

type relTitle struct {
	deals      []string
	placeDeals []relPlaceDeal // "sign protocols in Zurich": Zurich protocols
	states     []string
	isos       map[string]string // a state's ISO code by its canonical name
}

// relDominant is the entity of kind k the article clearly is about: at least 3 mentions and
// 1.5 times the runner-up; -1 when none leads that clearly.
func relDominant(d *relDoc, counts map[int]int, k graph.Kind) int {
	best, second := -1, 0
	for e, c := range counts {
		if d.kind(e) != k {
			continue
		}
		if best < 0 || c > counts[best] || (c == counts[best] && e < best) {
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = e
		} else {
			second = max(second, c)
		}
	}
	if best >= 0 && counts[best] >= 3 && float64(counts[best]) >= 1.5*float64(second) {
		return best
	}
	return -1
}

func (d *relDoc) resetFocus() { d.coref.reset() }

func (d *relDoc) entity(e int) *Entity {
	if e < 0 || e >= len(d.doc.Entities) {
		return nil
	}
	return &d.doc.Entities[e]
}

func (d *relDoc) kind(e int) graph.Kind {
	if en := d.entity(e); en != nil {
		return en.Kind
	}
	return ""
}

// sentence prepares sentence si: words, tags, slots and dates.
func (d *relDoc) sentence(si int) *relSent {
	s := &relSent{d: d, si: si, s: &d.doc.Sentences[si]}
	n := len(s.s.Tokens)
	if d.words[si] == nil {
		words, tags := make([]string, n), make([]string, n)
		for i, t := range s.s.Tokens {
			words[i] = relNormWord(t.Text)
			tags[i] = t.Tag
		}
		d.words[si], d.tags[si] = words, tags
	}
	s.words, s.tags = d.words[si], d.tags[si]
	s.slotAt = make([]int, n)
	for i := range s.slotAt {
		s.slotAt[i] = -1
	}
	all := d.slotBuf[:0]
	var titles []relSlot
	// One array holds every slot's single candidate; each slot's piece is capped, so that
	// replacing or growing a slot's candidates never touches its neighbours'.
	var cands []int
	if len(d.byS[si]) > 0 {
		cands = make([]int, 0, len(d.byS[si]))
	}
	for _, mi := range d.byS[si] {
		m := d.doc.Mentions[mi]
		if m.TokStart < 0 || m.TokEnd > n || m.TokStart >= m.TokEnd {
			continue
		}
		sl := relSlot{start: m.TokStart, end: m.TokEnd, role: m.Role}
		if m.Entity >= 0 && m.Entity < len(d.doc.Entities) {
			k := len(cands)
			cands = append(cands, m.Entity)
			sl.cands = cands[k : k+1 : k+1]
		} else if m.Role == RoleTitle && m.Kind == graph.KindPerson {
			titles = append(titles, sl) // resolved below, once the names are in place
			continue
		} else {
			continue // unresolved: the nested mentions, if any, stand on their own
		}
		all = append(all, sl)
	}
	// slices.SortStableFunc orders exactly as sort.SliceStable did (a stable sort's result
	// is fixed by the order) without sort's reflection-built swapper.
	slices.SortStableFunc(all, func(a, b relSlot) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	s.slots = make([]relSlot, 0, len(all)+2) // room for a virtual slot or two
	for _, sl := range all {
		free := true
		for t := sl.start; t < sl.end; t++ {
			if s.slotOf(t) >= 0 {
				free = false
				break
			}
		}
		if !free {
			s.inner = append(s.inner, sl)
			continue
		}
		s.addSlot(sl)
	}
	d.slotBuf = all // s.slots and s.inner hold copies
	d.coref.resolveTitles(s, titles)
	for i, sl := range s.slots {
		// "his Iranian counterpart, Hossein Amir-Abdollahian,": a name in apposition says
		// who holds the role here, over whoever the article's offices suggest.
		if sl.role == RoleTitle {
			if p := d.coref.appositiveName(s, sl.end); p >= 0 {
				s.slots[i].cands = []int{p}
			}
		}
	}
	if d.dates[si] == nil {
		d.dates[si] = d.x.dates.Find(s.words, d.doc.Article.Published)
		if d.dates[si] == nil {
			d.dates[si] = []DateExpr{}
		}
	}
	s.dates = d.dates[si] // before the virtual slots: a description's clause may date it
	d.coref.addVirtualSlots(s)
	s.inDate = make([]bool, n)
	for _, e := range s.dates {
		if e.End-e.Start == 1 && e.Value != "" && len(e.Value) == 4 && !e.Relative {
			continue // "the 2015 pact": a year can modify a noun
		}
		for k := e.Start; k < e.End && k < n; k++ {
			if s.slotOf(k) < 0 {
				s.inDate[k] = true
			}
		}
	}
	return s
}

func (s *relSent) addSlot(sl relSlot) {
	idx := len(s.slots)
	s.slots = append(s.slots, sl)
	for t := sl.start; t < sl.end; t++ {
		s.slotAt[t] = idx
	}
}

// relNormWord lower-cases a token and folds typographic quotes.
func relNormWord(w string) string {
	return normQuote(strings.ToLower(w))
}

// slotOf is the slot covering token i, or -1 (also for i out of range).
func (s *relSent) slotOf(i int) int {
	if i < 0 || i >= len(s.slotAt) {
		return -1
	}
	return s.slotAt[i]
}

func (s *relSent) tag(i int) string {
	if i < 0 || i >= len(s.tags) {
		return ""
	}
	return s.tags[i]
}

func (s *relSent) word(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.words[i]
}

func (s *relSent) cue(i int) relCue {
	c, n, ok := s.d.x.cues.match(s.words, i)
	if !ok || n != 1 {
		return 0
	}
	return c
}

func (s *relSent) isVerb(i int) bool { return strings.HasPrefix(s.tag(i), "VB") }

func (s *relSent) isFinite(i int) bool {
	switch s.tag(i) {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

func relIsQuote(w string) bool {
	switch w {
	case "'", "\"", "“", "”", "``", "''", "'s'":
		return true
	}
	return false
}

func (s *relSent) isNounTag(i int) bool {
	switch s.tag(i) {
	case "NN", "NNS", "NNP", "NNPS", "CD", "FW":
		return true
	}
	return false
}

func (s *relSent) isDet(i int) bool {
	switch s.tag(i) {
	case "DT", "PDT", "PRP$", "WP$":
		return s.slotOf(i) < 0 || s.slots[s.slotOf(i)].ana == ""
	}
	return false
}

func (s *relSent) isAdj(i int) bool {
	switch s.tag(i) {
	case "JJ", "JJR", "JJS", "VBN", "VBG", "HYPH", "RBS":
		return true
	}
	return s.word(i) == "-"
}

// npTok says whether token i can be inside a noun phrase.
func (s *relSent) npTok(i int) bool {
	if i < 0 || i >= len(s.words) {
		return false
	}
	if s.slotOf(i) >= 0 {
		return true
	}
	if s.inDate != nil && s.inDate[i] {
		return false
	}
	w := s.word(i)
	if w == "'s" || w == "'" && s.tag(i) == "POS" || w == "s" && s.word(i-1) == "'" {
		return true
	}
	if relIsQuote(w) {
		return true
	}
	if w == "-" && (s.slotOf(i-1) >= 0 || s.isAdj(i-1) || s.tag(i-1) == "NNP") && (s.tag(i+1) == "VBN" || s.tag(i+1) == "VBD" || s.tag(i+1) == "JJ") {
		return true // "an American-owned plant", "Russian-backed forces", "the Kurdish-held enclave"
	}
	if (s.tag(i) == "VBD" || s.tag(i) == "VBN") && s.word(i-1) == "-" && (s.slotOf(i-2) >= 0 || s.isAdj(i-2) || s.tag(i-2) == "NNP") && (s.isNounTag(i+1) || s.slotOf(i+1) >= 0) {
		return true // the participle of "a US-brokered document", whatever its tag
	}
	if p := s.slotOf(i + 1); p >= 0 && s.isTitleWord(i) && s.slots[p].start == i+1 && s.slotKind(p) == graph.KindPerson {
		return true // "and envoy Rino Serri", whatever the tagger made of "envoy"
	}
	switch s.tag(i) {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "FW", "HYPH", "RBS":
		return true
	case "RB":
		// "a largely European coalition"
		return i+1 < len(s.words) && (s.tag(i+1) == "JJ" || s.tag(i+1) == "VBN") && i > 0 && s.isDet(i-1)
	case "VBN", "VBG":
		// Adjectival participles: "the revised agreement", "a rising star", "NATO's 1999
		// bombing campaign", "Israel's ensuing offensive" (the noun mistagged JJ).
		return i+1 < len(s.words) && (s.isNounTag(i+1) || s.slotOf(i+1) >= 0 || s.tag(i+1) == "JJ") && i > 0 && (s.isDet(i-1) || s.isAdj(i-1) || s.tag(i-1) == "POS" || s.tag(i-1) == "CD")
	}
	return false
}

// relNP is one noun phrase: tokens [start, end), the slot it refers to (or -1), its head
// word, and the slot of its possessor or premodifier when there is one.
type relNP struct {
	start, end int
	ref        int // slot index, -1 when the phrase names no entity
	head       int // token index of the head word
	modSlot    int // a state or organization slot modifying the head ("Russian forces"), -1
	possessor  int // slot before "'s", -1
}

// npRight reads the noun phrase starting at token i.
func (s *relSent) npRight(i int) relNP {
	np := relNP{start: i, end: i, ref: -1, head: -1, modSlot: -1, possessor: -1}
	j := i
	sawNoun := false
	lastSlot := -1
	for j < len(s.words) && (s.npTok(j) || s.titleOf(j)) {
		if sl := s.slotOf(j); sl >= 0 {
			if sawNoun && s.slots[sl].start == j && s.isDet(j) {
				break
			}
			if sawNoun && s.slots[sl].role == RolePronoun && lastSlot < 0 {
				break // "a territory it has guarded": the pronoun opens a clause of its own
			}
			lastSlot = sl
			j = s.slots[sl].end
			np.head = j - 1
			sawNoun = true
			continue
		}
		if n := s.possLen(j); n > 0 && lastSlot >= 0 && s.slots[lastSlot].end == j {
			np.possessor = lastSlot
			j += n
			continue
		}
		if sawNoun && s.isDet(j) {
			break // a new noun phrase starts: "an agreement the two countries signed"
		}
		if sawNoun && s.inDate != nil && j+1 < len(s.words) && s.inDate[j+1] && !s.isNounTag(j) {
			break // "hit Belgrade late Friday": the time is no part of the phrase
		}
		if lastSlot >= 0 && s.cue(j)&cueQuantity != 0 && s.word(j+1) == "of" {
			break // "violating the accord hundreds of times": no compound with the name
		}
		if lastSlot >= 0 && s.slots[lastSlot].end == j && s.cue(j+1)&cueFrequency != 0 && (s.tag(j) == "CD" || s.tag(j) == "JJ") {
			break // "violated the ceasefire several times"
		}
		if s.isNounTag(j) {
			sawNoun = true
			np.head = j
		}
		j++
		if s.nounAnd(j) {
			j++ // "a drone and missile attack"
		}
	}
	np.end = j
	s.resolveNP(&np)
	return np
}

// titleOf says whether "of" at j is inside a capitalised title before a name: "US Secretary
// of State Antony Blinken", "Minister of Defence Rustem Umerov".
func (s *relSent) titleOf(j int) bool {
	if s.word(j) != "of" || !s.startsUpper(j-1) || !s.startsUpper(j+1) || !s.isTitleWord(j-1) {
		return false
	}
	for k := j + 1; k < len(s.words) && k < j+5; k++ {
		if sl := s.slotOf(k); sl >= 0 {
			return s.slotKind(sl) == graph.KindPerson
		}
		if !s.startsUpper(k) {
			return false
		}
	}
	return false
}

// npLeft reads the noun phrase that ends with token j.
func (s *relSent) npLeft(j int) relNP {
	// "the Tigray People's Liberation Front (TPLF)": the bracket restates the phrase.
	if s.word(j) == ")" {
		for k := j - 1; k >= 0 && j-k < 8; k-- {
			if s.word(k) == "(" {
				np := s.npLeft(k - 1)
				np.end = j + 1
				return np
			}
		}
	}
	np := relNP{start: j + 1, end: j + 1, ref: -1, head: -1, modSlot: -1, possessor: -1}
	i := j
	sawDet := false
	for i >= 0 && (s.npTok(i) || s.bracketedName(i)) {
		if s.bracketedName(i) {
			// "Organisation of African Unity (OAU) Secretary-General Salim Ahmed Salim": a
			// short name in brackets inside the phrase.
			i -= 3
			continue
		}
		if sawDet && !(s.word(i) == "'s" || s.tag(i) == "POS" || s.word(i) == "s" && s.word(i-1) == "'") && !s.isDet(i) && !s.isAdj(i) {
			// "the UK" after a noun on the left: that noun belongs to another phrase,
			// unless it is a possessor ("Russia's the ..." does not occur).
			if s.slotOf(i) < 0 || !s.possessiveAfter(s.slots[s.slotOf(i)].end) {
				break
			}
		}
		if sl := s.slotOf(i); sl >= 0 {
			// "a security agreement the two countries signed": a slot that opens with its
			// own determiner starts its phrase, like a bare determiner does.
			if s.tag(s.slots[sl].start) == "DT" {
				sawDet = true
			}
			i = s.slots[sl].start - 1
			continue
		}
		if s.isDet(i) {
			sawDet = true
		}
		i--
		if s.nounAnd(i) {
			i-- // "Russian drones and missiles"
		}
	}
	np.start = i + 1
	for k := np.start; k < np.end; k++ {
		if sl := s.slotOf(k); sl >= 0 {
			k = s.slots[sl].end - 1
			np.head = k
			continue
		}
		if n := s.possLen(k); n > 0 {
			if k > 0 && s.slotOf(k-1) >= 0 {
				np.possessor = s.slotOf(k - 1)
			}
			k += n - 1
			continue
		}
		if s.isNounTag(k) {
			np.head = k
		}
	}
	s.resolveNP(&np)
	return np
}

// bracketed reports a name in brackets on its own, as a dateline's agency ("LUSAKA, Nov 20
// (AFP) -"): no antecedent and no one's employer.
func (s *relSent) bracketed(sl relSlot) bool {
	return s.word(sl.start-1) == "(" && s.word(sl.end) == ")"
}

// bracketedName reports ")" at i closing a bracketed name right after another name:
// "Organisation of African Unity (OAU)".
func (s *relSent) bracketedName(i int) bool {
	return s.word(i) == ")" && s.word(i-2) == "(" && s.slotOf(i-1) >= 0 && s.slotOf(i-3) >= 0
}

// nounAnd says whether "and" at i joins two common nouns inside one phrase ("drones and
// missiles"), rather than two names.
func (s *relSent) nounAnd(i int) bool {
	if s.word(i) != "and" || i == 0 || i+1 >= len(s.words) {
		return false
	}
	common := func(k int) bool { return s.slotOf(k) < 0 && (s.tag(k) == "NN" || s.tag(k) == "NNS") }
	adj := func(k int) bool { return s.slotOf(k) < 0 && s.tag(k) == "JJ" }
	// "a trade and financial embargo": the second modifier may be an adjective.
	return common(i-1) && (common(i+1) || adj(i+1) && i+2 < len(s.words) && common(i+2))
}

func (s *relSent) possessiveAfter(i int) bool { return s.possLen(i) > 0 }

// possLen is the number of tokens of a possessive marker at i: "'s", or "'" "s" as the
// tokenizer sometimes splits it, or a bare "'" after a plural.
func (s *relSent) possLen(i int) int {
	w := s.word(i)
	switch {
	case w == "'s":
		return 1
	case w == "'" && s.word(i+1) == "s":
		return 2
	case w == "'" && s.tag(i) == "POS":
		return 1
	}
	return 0
}

// resolveNP finds what the phrase refers to: the entity slot at its end; a state acting
// through "the Afghan government"; a place through "the Khan Younis area".
func (s *relSent) resolveNP(np *relNP) {
	end := np.end
	for end > np.start && relIsQuote(s.word(end-1)) {
		end--
	}
	if end <= np.start {
		return
	}
	if sl := s.slotOf(end - 1); sl >= 0 && s.slots[sl].end == end {
		np.ref = sl
		return
	}
	// A modifier slot: the last state/organization/place slot before the head.
	for k := end - 1; k >= np.start; k-- {
		if sl := s.slotOf(k); sl >= 0 && s.slots[sl].ana == "" {
			np.modSlot = sl
			break
		}
	}
	if np.modSlot < 0 {
		return
	}
	if s.word(s.slots[np.modSlot].end) == "-" {
		// "Iranian-made drones", "an American-owned plant": made or owned by, not acting.
		np.modSlot = -1
		return
	}
	c := s.cue(end - 1)
	kind := s.slotKind(np.modSlot)
	switch {
	case c&cueActorHead != 0 && kind == graph.KindPerson && s.possessiveAfter(s.slots[np.modSlot].end):
		// "Haftar's forces", "Putin's troops": the body the person leads, or their state.
		np.ref = s.sideSlot(np.modSlot)
	case c&cueActorHead != 0 && (kind == graph.KindState || kind == graph.KindOrganization):
		np.ref = np.modSlot
	case c&cueMemberHead != 0 && kind == graph.KindOrganization && s.slots[np.modSlot].role == RoleName:
		np.ref = np.modSlot // "Islamic State militants", "Houthi fighters"
	case c&cuePlaceHead != 0 && kind == graph.KindPlace:
		np.ref = np.modSlot
	case s.attackHead(end-1) && (kind == graph.KindState || kind == graph.KindOrganization):
		np.ref = np.modSlot // "three Russian cruise missiles", "a Ukrainian drone attack"
	case kind == graph.KindOrganization && s.describesOrg(np.start, np.modSlot, end):
		np.ref = np.modSlot // "the HUR military intelligence agency", "the Wagner mercenary group"
	}
}

// sideSlot returns a slot standing for the organization the person of slot sl leads, or
// else the state or organization they represent, or -1.
func (s *relSent) sideSlot(sl int) int {
	if v, ok := s.sides[sl]; ok {
		return v
	}
	if s.sides == nil {
		s.sides = map[int]int{}
	}
	out := -1
	p := s.slots[sl].cands[0]
	side, ok := s.d.leads[p]
	if !ok {
		side, ok = s.d.personState[p]
	}
	if ok {
		out = len(s.slots)
		s.slots = append(s.slots, relSlot{start: s.slots[sl].start, end: s.slots[sl].end, cands: []int{side}, role: RoleAnaphor, ana: "side"})
	}
	s.sides[sl] = out
	return out
}

// describesOrg says whether tokens [start, end) are an organization's name followed by common
// nouns that say what kind of body it is ("the Hamas militant group"): the phrase is the
// organization. Other heads ("the Hamas attack", "the Hezbollah drone base") are not.
func (s *relSent) describesOrg(start, sl, end int) bool {
	slot := s.slots[sl]
	// "the ruling Frelimo party", "the banned PKK militant group": words that describe the
	// body may stand between the article and its name.
	from := start
	if s.tag(from) == "DT" {
		from++
		for from < slot.start && from < start+3 && s.slotOf(from) < 0 {
			switch s.tag(from) {
			case "JJ", "VBG", "VBN", "NN":
				from++
				continue
			}
			break
		}
	}
	if slot.role != RoleName || slot.start != from || slot.end >= end {
		return false
	}
	for k := slot.end; k < end; k++ {
		switch s.tag(k) {
		case "JJ", "NN", "NNS":
		default:
			return false
		}
		if s.slotOf(k) >= 0 {
			return false
		}
	}
	return s.cue(end-1)&cueOrgHead != 0
}

func (s *relSent) slotKind(sl int) graph.Kind {
	if sl < 0 || sl >= len(s.slots) || len(s.slots[sl].cands) == 0 {
		return ""
	}
	return s.d.kind(s.slots[sl].cands[0])
}

// pick returns the first candidate of slot sl whose kind is allowed.
func (s *relSent) pick(sl int, kinds map[graph.Kind]bool) []int {
	if sl < 0 || sl >= len(s.slots) {
		return nil
	}
	slot := s.slots[sl]
	if slot.group {
		var out []int
		for _, e := range slot.cands {
			if kinds[s.d.kind(e)] {
				out = append(out, e)
			}
		}
		if len(out) < 2 {
			return nil
		}
		return out
	}
	for _, e := range slot.cands {
		if kinds[s.d.kind(e)] {
			return []int{e}
		}
	}
	return nil
}

// sepAt says whether a coordinating separator starts at token i, and its length.
func (s *relSent) sepAt(i int) int {
	w := s.word(i)
	switch w {
	case ",":
		if s.word(i+1) == "and" {
			return 2
		}
		return 1
	case "and", "&":
		return 1
	}
	if c, n, ok := s.d.x.cues.match(s.words, i); ok && c&cueSep != 0 {
		return n
	}
	return 0
}

func (s *relSent) isPrep(i int) bool {
	switch s.tag(i) {
	case "IN", "TO":
		return s.word(i) != "that" && s.word(i) != "if" && s.word(i) != "whether" && s.word(i) != "because"
	}
	return false
}

// groupRight reads coordinated noun phrases from token i: "the UK, US, and Russia";
// "Zalmay Khalilzad, the US special envoy for X, and Mullah Baradar". It returns the
// referring slots and the token after the group.
// listAfter reports whether a dash or colon at k opens a list of names ("six world powers -
// the United States, Britain …", "the group: A, B and C").
func (s *relSent) listAfter(k int) bool {
	switch s.word(k) {
	case "-", "–", "—", ":":
		return s.npRight(k+1).ref >= 0
	}
	return false
}

// semicolonList reads "A, the OSCE's envoy; B, representing Kyiv; and C, …": one name an
// item, each item's description skipped up to the next semicolon.
func (s *relSent) semicolonList(i int) ([]int, int) {
	var out []int
	j := i
	for j < len(s.words) {
		if s.word(j) == "and" {
			j++
		}
		np := s.npRight(j)
		if np.ref < 0 {
			break
		}
		out = append(out, np.ref)
		j = np.end
		for j < len(s.words) && s.word(j) != ";" && s.word(j) != "." {
			j++
		}
		if s.word(j) != ";" {
			break
		}
		j++
	}
	return out, j
}

func (s *relSent) groupRight(i int) ([]int, int) {
	var out []int
	j := i
	end := i
	for j < len(s.words) {
		np := s.npRight(j)
		if np.end == np.start {
			break
		}
		if (np.ref < 0 || np.ref == np.modSlot) && np.head >= 0 && s.cue(np.head)&cuePlaceHead != 0 && s.word(np.end) == "of" {
			// "the northeastern Ukrainian city of Sumy", "the Black Sea port of Odesa", "the
			// Caribbean island of Grenada" (an island state)
			if pp := s.npRight(np.end + 1); pp.ref >= 0 && (s.slotKind(pp.ref) == graph.KindPlace || s.slotKind(pp.ref) == graph.KindState) {
				np.ref, np.end = pp.ref, pp.end
			}
		}
		if np.ref < 0 && np.possessor >= 0 && np.head >= 0 && s.word(np.end) == "," {
			// "Yemen's capital, Sanaa": the place in apposition names the phrase.
			if pp := s.npRight(np.end + 1); pp.ref >= 0 && s.slotKind(pp.ref) == graph.KindPlace {
				np.ref, np.end = pp.ref, pp.end
			}
		}
		if np.ref < 0 {
			// "Iran and six world powers - the United States, Britain …", "the members of
			// the group: A, the envoy; B, …": the list names the members of the phrase.
			k := np.end
			if s.word(k) == "of" {
				k = s.npRight(k + 1).end
			}
			if s.listAfter(k) {
				if s.word(k) == ":" && slices.Contains(s.words[k:], ";") {
					items, e := s.semicolonList(k + 1)
					return append(out, items...), e
				}
				j = k + 1
				continue
			}
		}
		if np.ref >= 0 {
			// After "and", a phrase followed by a finite verb starts a new clause.
			if len(out) > 0 && s.isFinite(np.end) {
				break
			}
			out = append(out, np.ref)
		} else if len(out) == 0 {
			return nil, np.end
		}
		j = np.end
		// An attached prepositional phrase: "Nuseirat in central Gaza", "envoy for X".
		for s.isPrep(j) && (s.word(j) == "of" || s.word(j) == "for" || s.word(j) == "in" || s.word(j) == "at" || s.word(j) == "near" || s.word(j) == "to") {
			pp := s.npRight(j + 1)
			if pp.end == pp.start {
				break
			}
			j = pp.end
		}
		end = j
		// "by Crown Prince Mohammed bin Salman, who is also the Saudi prime minister, and
		// Prime Minister Shehbaz Sharif": a relative clause set off inside the list.
		if s.word(j) == "," && s.cue(j+1)&cueRelative != 0 {
			for c := j + 2; c < len(s.words) && c < j+20; c++ {
				if s.word(c) == "," {
					if s.word(c+1) == "and" {
						j = c
					}
					break
				}
			}
		}
		n := s.sepAt(j)
		if n > 0 && s.word(i-1) == "with" && s.word(j+n) == "with" {
			n++ // "talks with A and with B": the preposition repeated
		}
		if n == 0 || !s.npTok(j+n) {
			break
		}
		j += n
	}
	return out, end
}

// groupLeft reads coordinated noun phrases ending with token j, right to left: "A, B and C".
// It returns the slots (right to left) and the first token of the group.
// closesOpeningPhrase reports whether the comma at k ends a prepositional phrase that opens
// the sentence ("In letters to the Security Council, Washington and London invoked …"): the
// name before it is the preposition's object, not a member of the list after it.
func (s *relSent) closesOpeningPhrase(k int) bool {
	first := s.firstWord()
	if !s.isPrep(first) || s.hasFinite(first, k) {
		return false
	}
	np := s.npLeft(k - 1)
	return np.ref >= 0 && s.isPrep(np.start-1) && s.word(np.start-1) != "of"
}

func (s *relSent) groupLeft(j int) ([]int, int) {
	// tail reports a phrase that names no actor (or a place) and hangs on a preposition
	// after a noun: "(leaders) from the island of Bougainville".
	tail := func(np relNP) bool {
		return (np.ref < 0 || s.slotKind(np.ref) == graph.KindPlace) && np.start >= 2 && s.isPrep(np.start-1) && s.slotOf(np.start-2) < 0 && s.isNounTag(np.start-2)
	}
	var out []int
	start := j + 1
	sawAnd, commaAnd := false, false
	for j >= 0 {
		np := s.npLeft(j)
		if np.end == np.start {
			break
		}
		// "leaders from the island of Bougainville signed": a place in a phrase's
		// prepositional tail is no list item; the phrase it tells of is.
		for tail(np) {
			before := s.npLeft(np.start - 2)
			if s.word(np.start-1) == "of" && s.cue(np.start-2)&cuePlaceHead != 0 {
				// "the island of Bougainville" is a place as a whole, a tail only when a
				// preposition governs it too; "The port of Odesa was hit" is Odesa.
				if before.start < 2 || !s.isPrep(before.start-1) {
					break
				}
			}
			np = before
		}
		if np.ref < 0 {
			// "Papua New Guinea's government and leaders from Bougainville": two common nouns
			// joined in one phrase, the first an actor's body, which the phrase names.
			for k := np.start + 1; k < np.end; k++ {
				if s.nounAnd(k) && s.cue(k-1)&cueActorHead != 0 {
					if left := s.npLeft(k - 1); left.ref >= 0 && left.start == np.start {
						np = left
					}
					break
				}
			}
		}
		if np.ref < 0 {
			if len(out) == 0 && !sawAnd && s.word(np.start-1) == "and" && np.start >= 2 {
				// "Turkish troops and allied Syrian rebels stormed": a conjunct that names no
				// actor leaves the others.
				sawAnd = true
				j = np.start - 2
				continue
			}
			if len(out) == 0 {
				return nil, np.start
			}
			break
		}
		if p := s.slotOf(np.start - 2); np.ref >= 0 && s.word(np.start-1) == "of" && p >= 0 && s.slotKind(p) == graph.KindPerson && isParty(s.slotKind(np.ref)) {
			// "Foreign Secretary Harold Macmillan of Britain and …": the item is the person,
			// whose state the "of" phrase names.
			np = s.npLeft(np.start - 2)
		}
		if b := np.start - 1; commaAnd && b >= 0 && (s.tag(b) == "IN" || s.tag(b) == "TO" || s.isVerb(b)) {
			// "signed the memorandum for Jakarta, and Malik Mahmud … signed": the phrase
			// before ", and" ends another clause, and is no list item.
			break
		}
		// Skip an appositive between the list items: "Mahmoud Abbas, the PLO's spokesman,".
		out = append(out, np.ref)
		start = np.start
		k := np.start - 1
		w := s.word(k)
		switch {
		case w == "and" || w == "&":
			if sawAnd && s.word(k-1) == "," {
				return out, np.start // "…, and Israeli and Hamas negotiators": a clause's "and" before
			}
			if sawAnd {
				return out[:len(out)-1], start
			}
			sawAnd = true
			j = k - 1
			if s.word(j) == "," {
				// "Lord Carrington, who chaired the conference, and Sir Ian Gilmour": the
				// first item's relative clause or appositive stands between it and "and".
				if a := s.skipAppositiveLeft(j); a != j && s.cue(a+2)&cueRelative != 0 {
					j = a + 1 // the opening comma's place, stepped over below
				}
				j--
				commaAnd = true
			}
		case w == ",":
			// Only a list that ends in "and" continues leftwards over commas.
			if !sawAnd || s.closesOpeningPhrase(k) {
				return out, start
			}
			j = k - 1
		default:
			s.d.coref.notePair(s, out)
			return out, start
		}
	}
	s.d.coref.notePair(s, out)
	return out, start
}

// skipAppositiveLeft: if token j closes ", who/which ... ," or ", the X spokesman,", return
// the token before the opening comma; otherwise j.
func (s *relSent) skipAppositiveLeft(j int) int {
	if s.word(j) != "," {
		return j
	}
	for k := j - 1; k >= 0 && j-k < 30; k-- {
		if s.word(k) == ")" {
			// A parenthesis inside the appositive: "which shares a 1,340-km (830-mile) border".
			for k > 0 && s.word(k) != "(" {
				k--
			}
			continue
		}
		if s.word(k) == "," || s.word(k) == "(" {
			w := s.word(k + 1)
			if s.cue(k+1)&cueNaming != 0 || s.word(k+1) == "also" {
				return k - 1 // ", known as Timochenko,", ", formally titled "…","
			}
			if c, _, ok := s.d.x.cues.match(s.words, k+1); ok && c&cueAccompany != 0 {
				return k - 1 // "A, B and C, together with Eyadema, also signed"
			}
			if s.cue(k+1)&cueRelative != 0 || s.isDet(k+1) || s.isAdj(k+1) || s.slotOf(k+1) >= 0 || s.isNounTag(k+1) {
				// An appositive has no finite verb of its own unless it is a relative clause.
				if s.cue(k+1)&cueRelative != 0 || w == "where" || w == "when" || !s.hasFinite(k+1, j) {
					return k - 1
				}
			}
			return j
		}
	}
	return j
}

func (s *relSent) hasFinite(from, to int) bool {
	for k := from; k < to; k++ {
		if s.isFinite(k) {
			return true
		}
	}
	return false
}
