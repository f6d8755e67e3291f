package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-kg/entente/graph"
)

// MentionFinder finds the spans of sentences that name entities: longest-match gazetteer
// lookup, then shape rules for names the tables do not hold (capitalised runs ending in a head
// word, person names after titles or in appositions, role descriptions such as "the Russian
// leader"). It only reads its Knowledge, so it is safe for concurrent use.
type MentionFinder struct {
	k *Knowledge
}

// NewMentionFinder returns a finder reading k.
func NewMentionFinder(k *Knowledge) *MentionFinder { return &MentionFinder{k: k} }

// candidate is a mention before resolution, with what the finder knows about it.
type candidate struct {
	Mention
	entry *gazEntry // the gazetteer entry, nil for shape mentions
	// weak marks a lone capitalised word that is a person only if resolution links it to a
	// full name in the same article ("Bell" after "Sean Bell").
	weak bool
	// titled marks a person name that came with a title or honorific ("Mr Hunder").
	titled bool
	// bare marks a chamber named without its state ("the Senate"): resolution names it after
	// the state the article is about, or drops it when the article is about none.
	bare bool
}

// gmatch is one gazetteer match in a sentence: tokens [start, end).
type gmatch struct {
	start, end int
	e          *gazEntry
}

// docContext is what the finder learns across the sentences of one article.
type docContext struct {
	// lower holds words seen in lower case in the article: a capitalised word that also occurs
	// in lower case ("Ballot"/"ballot") is a common word, not a name.
	lower map[string]bool
	// acronyms learned from "Tigray People's Liberation Front (TPLF)".
	acronyms map[string]candidate
	// match and used are scratch for sentenceScan, reused from sentence to sentence.
	match []*gmatch
	used  []bool
	// sents and named serve aliases of several states ("Congo", "Congolese"): named holds
	// the ISO codes of the states the article calls by a name of their own, found the first
	// time such an alias turns up.
	sents []Sentence
	named map[string]bool
	// shortBodies maps a body's name without its final head word ("Ulster Unionist") to the
	// body named so ("Ulster Unionist Party"), for bodies the article has named in full.
	shortBodies map[string]candidate
}

// prefer chooses among the entries of one alias: the first whose state the article names
// outright ("Congolese" in an article about the Democratic Republic of the Congo), or the
// first entry, as the tables order them, when it names none or one only.
func (dc *docContext) prefer(g *Gazetteer, es []*gazEntry) *gazEntry {
	if len(es) == 1 || es[0].ISO == "" {
		return es[0]
	}
	if dc.named == nil {
		dc.named = map[string]bool{}
		for _, sent := range dc.sents {
			for i := 0; i < len(sent.Tokens); {
				m, n := g.Match(sent.Tokens, i)
				if n == 0 {
					i++
					continue
				}
				if len(m) == 1 && m[0].Class == classState {
					dc.named[m[0].ISO] = true
				}
				i += n
			}
		}
	}
	for _, e := range es {
		if dc.named[e.ISO] {
			return e
		}
	}
	return es[0]
}

// seenLower reports dc.lower[foldToken(w)], folding an ASCII w on the stack: the mention
// passes ask this for most capitalised tokens, several times each.
func (dc *docContext) seenLower(w string) bool {
	var buf [64]byte
	if b, ok := appendASCIIFold(buf[:0], w); ok {
		return dc.lower[string(b)]
	}
	return dc.lower[foldToken(w)]
}

// Find returns the candidate mentions of the sentences of one article, in text order.
func (f *MentionFinder) Find(sents []Sentence) []candidate {
	dc := &docContext{lower: map[string]bool{}, acronyms: map[string]candidate{}, sents: sents}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if isLowerWord(t.Text) {
				dc.lower[foldToken(t.Text)] = true
			}
		}
	}
	var out []candidate
	for si := range sents {
		out = f.findSentence(dc, sents, si, out)
	}
	return out
}

// sentenceScan holds the per-sentence working state.
type sentenceScan struct {
	f        *MentionFinder
	dc       *docContext
	si       int
	sent     *Sentence
	toks     []Token
	match    []*gmatch // match[i] is the gazetteer match covering token i, if any
	used     []bool    // token already part of an emitted mention
	out      []candidate
	before   []candidate // the mentions of the article's earlier sentences
	headline bool        // a title-cased line: shape rules for people are off
}

func (f *MentionFinder) findSentence(dc *docContext, sents []Sentence, si int, out []candidate) []candidate {
	s := &sentenceScan{f: f, dc: dc, si: si, sent: &sents[si], toks: sents[si].Tokens, before: out}
	n := len(s.toks)
	if n == 0 {
		return out
	}
	// The per-token arrays live only as long as the sentence: reuse the document's.
	dc.match = append(dc.match[:0], make([]*gmatch, n)...)
	dc.used = append(dc.used[:0], make([]bool, n)...)
	s.match, s.used = dc.match, dc.used
	s.headline = isHeadline(s.toks)
	s.gazetteerPass()
	s.datelinePass()
	s.formalTitles()
	s.rolePass()
	s.articlePass()
	s.bareLegislatures()
	s.leaderGovernments()
	s.runPass()
	s.patternPass()
	s.appositionPass()
	sortCandidates(s.out)
	return append(out, s.out...)
}

// datelinePass emits the city of an article's dateline that the gazetteer does not know:
// the name words before a comma that open the first sentence, when the state, then a month
// and a day follow ("SIMLA, India, July 3 —", "GULU, March 3 (Reuters) -").
func (s *sentenceScan) datelinePass() {
	if s.si != 0 {
		return
	}
	toks := s.toks
	j := 0
	for j < len(toks) && j < 4 && s.match[j] == nil && (nameWord(toks[j].Text) || isAcronym(toks[j].Text)) && !strings.Contains(toks[j].Text, "/") && !s.f.k.notName[toks[j].Text] {
		j++
	}
	if j == 0 || j >= len(toks) || toks[j].Text != "," {
		return
	}
	k := j + 1
	if m := s.match[minInt(k, len(toks)-1)]; k < len(toks) && m != nil && m.start == k && (m.e.Class == classState || m.e.Class == classPlace) {
		k = m.end
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
	}
	if k+1 >= len(toks) || !s.f.k.notName[toks[k].Text] || !isNumber(toks[k+1].Text) {
		return
	}
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindPlace
	words := make([]string, j)
	for i, t := range toks[:j] {
		words[i] = t.Text
		if isAcronym(t.Text) {
			words[i] = unshout(t.Text) // "SIMLA" is Simla
		}
	}
	c.Canonical = strings.Join(words, " ")
	s.emit(c, 0, j)
}

// formalTitles emits the formal title an agreement is given after a comma: "The accord,
// formally titled "Procedure for the Establishment of a Firm and Lasting Peace in Central
// America," was signed", "The accord, formally the Presidential Act of Brasilia,". A formal
// title need not have a head word the name passes know, or may have a law's ("Act").
func (s *sentenceScan) formalTitles() {
	toks := s.toks
	for d := 0; d+3 < len(toks); d++ {
		// "the accord, formally …"; or any noun when the title names an agreement by its
		// head: "The document, formally the State Treaty for …".
		deal := s.f.k.cue("deal_noun", toks[d].Text)
		if !deal && !strings.HasPrefix(toks[d].Tag, "NN") || toks[d+1].Text != "," {
			continue
		}
		k, titled := s.afterTitleWords(d + 2)
		if !titled || k+1 >= len(toks) {
			continue
		}
		if isQuoteMark(toks[k].Text) {
			if !deal {
				continue // "The novel, titled "…"": only a deal's title in quotes is one
			}
			end := k + 1
			for end < len(toks) && end < k+30 && !isQuoteMark(toks[end].Text) {
				end++
			}
			last := end
			for last > k+1 && (toks[last-1].Text == "," || toks[last-1].Text == ".") {
				last--
			}
			if end < len(toks) && last-(k+1) >= 2 && nameWord(toks[k+1].Text) {
				s.emitFormalTitle(k+1, last)
				d = end
			}
			continue
		}
		if foldEquals(toks[k].Text, "the") {
			k++
		}
		if k >= len(toks) || s.used[k] || !nameWord(toks[k].Text) || s.f.k.notName[toks[k].Text] {
			continue
		}
		// A known agreement keeps the name the tables give it ("known as the Open Skies
		// Treaty"); the run pass reads it.
		if end := s.formalTitleEnd(k); end-k >= 2 && !s.knownAgreement(k, end) && (deal || s.namesAgreement(run{k, end})) {
			s.emitFormalTitle(k, end)
			d = end
		}
	}
}

// formalTitleEnd is the end of a formal title that starts at token k: its run of name
// words, and more of them after lower-case words of a title ("… Re-establishment of an
// Independent and Democratic Austria"), up to the punctuation that ends it.
func (s *sentenceScan) formalTitleEnd(k int) int {
	end := s.extendRun(k)
	for end > k && end < len(s.toks) {
		j := end
		for j < len(s.toks) && j < end+3 && s.f.k.cue("title_function_word", s.toks[j].Text) {
			j++
		}
		if j == end || j >= len(s.toks) || s.used[j] || !nameWord(s.toks[j].Text) {
			break
		}
		next := s.extendRun(j)
		if next == j {
			break
		}
		end = next
	}
	return end
}

// namesAgreement reports a run whose head is an agreement's ("State Treaty for …").
func (s *sentenceScan) namesAgreement(r run) bool {
	h, ok := s.headOf(r)
	return ok && h == "agreement"
}

// afterTitleWords steps over the words that announce a formal title from token k on
// ("formally titled", "officially known as", "called") and returns where the title starts
// and whether a title word was among them.
func (s *sentenceScan) afterTitleWords(k int) (int, bool) {
	titled := false
	for start := k; k < len(s.toks) && k < start+4; k++ {
		switch t := s.toks[k].Text; {
		case s.f.k.cue("title_word", t):
			titled = true
		case t == "as" && titled:
		case startsLower(t) && strings.HasSuffix(t, "ly"): // "formally", "officially"
		default:
			return k, titled
		}
	}
	return k, titled
}

// knownAgreement reports a known agreement matched inside tokens [from, to).
func (s *sentenceScan) knownAgreement(from, to int) bool {
	for k := from; k < to; k++ {
		if m := s.match[k]; m != nil && m.e.Class == classAgreement {
			return true
		}
	}
	return false
}

func (s *sentenceScan) emitFormalTitle(from, to int) {
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindAgreement
	c.Canonical = s.sent.Text[s.toks[from].Start-s.sent.Start : s.toks[to-1].End-s.sent.Start]
	s.emit(c, from, to)
}

// isQuoteMark reports a double quotation mark, straight or curly.
func isQuoteMark(t string) bool { return t == "\"" || t == leftDouble || t == rightDouble }

// isHeadline reports a title-cased line ("What Would Security Guarantees Look Like"), where
// capitalisation says nothing about names.
func isHeadline(toks []Token) bool {
	// A sentence ending in a full stop is prose, however many names it holds.
	if endsWithStop(toks) {
		return false
	}
	words, caps := 0, 0
	for i, t := range toks {
		if !isWordToken(t.Text) {
			continue
		}
		words++
		if startsUpper(t.Text) || i == 0 {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// endsWithStop reports a sentence that ends in a full stop, before any closing quote.
func endsWithStop(toks []Token) bool {
	n := len(toks)
	return n > 0 && (toks[n-1].Text == "." || n > 1 && toks[n-2].Text == "." && isCloser(toks[n-1].Text))
}

func isWordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func (s *sentenceScan) gazetteerPass() {
	g := s.f.k.gaz
	// The sentence's matches share arrays instead of one allocation each. When append
	// moves to a larger array, the pointers already in s.match keep the old one alive, and
	// no match changes once made, so they stay right.
	var slab []gmatch
	for i := 0; i < len(s.toks); {
		es, n := g.Match(s.toks, i)
		if n == 0 {
			i++
			continue
		}
		e := s.dc.prefer(g, es)
		if !s.acceptMatch(e, i, i+n) {
			i++
			continue
		}
		start := i
		if dir := s.compassPlace(e, i); dir != nil {
			e, start = dir, i-1 // "West Jerusalem", "East Jerusalem": a part of the city
		}
		if slab == nil {
			slab = make([]gmatch, 0, 4)
		}
		slab = append(slab, gmatch{start: start, end: i + n, e: e})
		m := &slab[len(slab)-1]
		for j := start; j < i+n; j++ {
			s.match[j] = m
		}
		i += n
	}
	s.compassEllipsis()
}

// compassEllipsis reads "North and South Korea", "East and West Germany": a compass word
// before "and" and a state named with another one is the state of its own compass word,
// when the tables know it.
func (s *sentenceScan) compassEllipsis() {
	for i := 0; i+3 < len(s.toks); i++ {
		m := s.match[i+2]
		if s.match[i] != nil || !s.f.k.cue("direction_word", s.toks[i].Text) || s.toks[i+1].Text != "and" ||
			m == nil || m.start != i+2 || m.end-m.start < 2 || m.e.Class != classState || !s.f.k.cue("direction_word", s.toks[i+2].Text) {
			continue
		}
		name := append([]Token{s.toks[i]}, s.toks[i+3:m.end]...)
		es, n := s.f.k.gaz.Match(name, 0)
		if n != len(name) {
			continue
		}
		if e := s.dc.prefer(s.f.k.gaz, es); e.Class == classState {
			s.match[i] = &gmatch{start: i, end: i + 1, e: e}
		}
	}
}

// compassPlace is a place entry for a capitalised compass word before a city ("West
// Jerusalem"), or nil when token i-1 is no such word.
func (s *sentenceScan) compassPlace(e *gazEntry, i int) *gazEntry {
	if i == 0 || e.Class != classCapital && e.Class != classPlace || s.match[i-1] != nil {
		return nil
	}
	w := s.toks[i-1].Text
	if !s.f.k.cue("direction_word", w) || (i >= 2 && !isOpener(s.toks[i-2].Text) && startsUpper(s.toks[i-2].Text)) {
		return nil
	}
	name := e.Canonical
	if e.Class == classCapital {
		name = e.Place
	}
	return &gazEntry{Toks: append([]string{w}, e.Toks...), Class: classPlace, Kind: graph.KindPlace, Canonical: w + " " + name, ISO: e.ISO}
}

// acceptMatch vetoes gazetteer matches that the context shows to be something else.
func (s *sentenceScan) acceptMatch(e *gazEntry, start, end int) bool {
	toks := s.toks
	// A one-letter name ("X") is a platform only right after "on"/"via": "writing on X".
	if len(e.Toks) == 1 && len([]rune(e.Toks[0])) == 1 && e.Class != classTitle {
		return start > 0 && s.f.k.cue("platform_prep", strings.ToLower(toks[start-1].Text))
	}
	// "ethnic Albanian parties", "ethnic Russians": a people, not a state.
	if e.Class == classDemonym && start > 0 && s.f.k.cue("ethnic", strings.ToLower(toks[start-1].Text)) {
		return false
	}
	// "Bosnian Serb forces", "Iraqi Kurdish fighters": two demonyms in a row name a people
	// within a state, and its forces act for neither state.
	if e.Class == classDemonym && start > 0 {
		if es, n := s.f.k.gaz.Match(toks, start-1); n == 1 && es[0].Class == classDemonym {
			return false
		}
	}
	if e.Class == classDemonym && end < len(toks) {
		if es, n := s.f.k.gaz.Match(toks, end); n > 0 && es[0].Class == classDemonym {
			return false
		}
	}
	// "the cruiser General Belgrano", "the frigate Almirante Padilla": a title right after
	// a vessel noun opens the ship's name.
	if e.Class == classTitle && start > 0 && s.f.k.cue("vessel_noun", strings.ToLower(toks[start-1].Text)) && startsUpper(toks[start].Text) {
		return false
	}
	// A place name that is also a first name, followed by an unknown capitalised name, is part
	// of a person's name: "Sofia Sapega", "Jordan Peterson".
	if (e.Class == classCapital || e.Class == classPlace || e.Class == classState) && s.f.k.cue("given_name_place", toks[start].Text) {
		if end-start == 1 && end < len(toks) && s.unknownNameWord(end) && !s.f.k.notName[toks[end].Text] {
			if es, n := s.f.k.gaz.Match(toks, end); n == 0 || es[0].Class == classPerson {
				if _, head := s.f.k.heads[toks[end].Text]; !head {
					return false
				}
			}
		}
	}
	return true
}

// unknownNameWord reports whether toks[i] is shaped like part of a name: capitalised with lower
// case letters ("Sapega"), or an initial ("H.").
func (s *sentenceScan) unknownNameWord(i int) bool {
	return nameWord(s.toks[i].Text)
}

func nameWord(t string) bool {
	if len(t) == 2 && isAcronym(t) {
		return true // "JD Vance"; an unknown acronym alone is dropped by nameSegment
	}
	if !startsUpper(t) {
		return strings.HasPrefix(t, "al-") || strings.HasPrefix(t, "el-") || strings.HasPrefix(t, "ad-") || strings.HasPrefix(t, "as-")
	}
	if isInitial(t) {
		return true
	}
	for _, r := range t {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isInitial reports "H." or "J.": one capital letter and a dot.
func isInitial(t string) bool {
	r := []rune(t)
	return len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.'
}

func (s *sentenceScan) emit(c candidate, from, to int) { s.emitUsing(c, from, to, from) }

// emitBeside emits a mention over tokens [from, to) that leaves the mentions inside it
// standing ("the China-brokered deal" beside "China"): only its head word is used up.
func (s *sentenceScan) emitBeside(c candidate, from, to int) { s.emitUsing(c, from, to, to-1) }

// emitUsing emits c over tokens [from, to), marking tokens [used, to) as taken.
func (s *sentenceScan) emitUsing(c candidate, from, to, used int) {
	// A name read from the text is one node however it is typeset: "Iran’s foreign
	// ministry" and "Iran's foreign ministry" are the same body.
	c.Canonical = normQuote(c.Canonical)
	c.Sentence = s.si
	c.TokStart, c.TokEnd = from, to
	c.Start, c.End = s.toks[from].Start, s.toks[to-1].End
	c.Text = s.sent.Text[c.Start-s.sent.Start : c.End-s.sent.Start]
	c.Entity = -1
	for j := used; j < to; j++ {
		s.used[j] = true
	}
	s.out = append(s.out, c)
	if c.Kind == graph.KindOrganization {
		if i := strings.LastIndexByte(c.Canonical, ' '); i > 0 {
			if h, ok := s.f.k.heads[c.Canonical[i+1:]]; ok && h == "org" {
				if s.dc.shortBodies == nil {
					s.dc.shortBodies = map[string]candidate{}
				}
				s.dc.shortBodies[c.Canonical[:i]] = c
			}
		}
	}
}

// gazCandidate turns a gazetteer match into a candidate, deciding metonyms by context.
func (s *sentenceScan) gazCandidate(m *gmatch) candidate {
	e := m.e
	c := candidate{entry: e}
	c.Kind, c.Canonical, c.Role = e.Kind, e.Canonical, RoleName
	switch e.Class {
	case classDemonym:
		c.Role = RoleDemonym
	case classSeat:
		c.Role = RoleMetonym
	case classOrg:
		// "Colombia's Congress" is not the US Congress: a national body named by another
		// state's possessive is that state's body.
		if m.start >= 2 && e.ISO != "" && isPossessive(s.toks[m.start-1].Text) {
			if p := s.match[m.start-2]; p != nil && (p.e.Class == classState || p.e.Class == classCapital) && p.e.ISO != e.ISO {
				c.entry = nil
				c.Of = p.e.Canonical
				c.Canonical = s.sent.Text[s.toks[p.start].Start-s.sent.Start : s.toks[m.end-1].End-s.sent.Start]
			}
		}
	case classCapital:
		// "talks in Washington" names the city; "Moscow has shown no signs" the government;
		// a dateline ("DOHA, Feb 29 -") the city.
		dateline := m.start == 0 && m.end < len(s.toks) && s.toks[m.end].Text == "," && s.si == 0
		// "the capital Sanaa" names the city too.
		prev := ""
		if m.start > 0 {
			prev = strings.ToLower(s.toks[m.start-1].Text)
		}
		next := ""
		if m.end < len(s.toks) {
			next = strings.ToLower(s.toks[m.end].Text)
		}
		// "shelled Kyiv" strikes the city, not the government; so does "an offensive on Tripoli".
		assault := (prev == "on" || prev == "against") && m.start > 1 && s.f.k.cue("assault_noun", strings.ToLower(s.toks[m.start-2].Text))
		// "Yemen's capital, Sanaa": the city in apposition to a noun of place.
		if prev == "," && m.start > 1 && s.f.k.cue("place_of_noun", strings.ToLower(s.toks[m.start-2].Text)) {
			prev = strings.ToLower(s.toks[m.start-2].Text)
		}
		// "the junta in Buenos Aires", "the government in Kabul": the state it governs.
		seat := prev == "in" && m.start > 1 && s.f.k.cue("leader_gov", strings.ToLower(s.toks[m.start-2].Text))
		if !seat && (dateline || s.f.k.cue("locative", prev) || s.f.k.cue("place_of_noun", prev) || s.f.k.cue("city_office", next) || s.f.k.cue("area_noun", next) || s.f.k.cue("place_verb", prev) || assault) {
			c.Kind, c.Canonical = graph.KindPlace, e.Place
		} else {
			c.Role = RoleMetonym
		}
	}
	return c
}

// rolePass finds role descriptions: "the Russian leader", "his Ukrainian counterpart",
// "Russia's president". The state or demonym inside is also emitted on its own.
func (s *sentenceScan) rolePass() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		m := s.match[i]
		if m == nil || m.start != i || !isActorEntry(m.e) {
			continue
		}
		from := -1
		if i > 0 && s.f.k.cue("role_determiner", strings.ToLower(toks[i-1].Text)) {
			from = i - 1
		}
		j := m.end
		possessive := false
		if j < len(toks) && isPossessive(toks[j].Text) {
			possessive = true
			j++
		}
		if from < 0 && !possessive {
			continue
		}
		// up to two lower-case modifiers: "the US special envoy", "the Ukrainian foreign minister"
		for k := 0; k < 2 && j < len(toks) && s.match[j] == nil && isModifier(toks[j]); k++ {
			j++
		}
		t := s.match[minInt(j, len(toks)-1)]
		if j >= len(toks) || t == nil || t.start != j || t.e.Class != classTitle || t.e.TitleClass == "honorific" {
			continue
		}
		if t.end < len(toks) && s.unknownNameWord(t.end) {
			continue // a title before a name: "the Russian foreign minister Sergey Lavrov"
		}
		if possessive && s.bodyTitleBeforeName(m.end+1, j, t.end) {
			continue // the title and its body belong to the name, read by the later passes
		}
		if from < 0 {
			from = i
		}
		c := candidate{}
		c.Kind, c.Role = graph.KindPerson, RoleTitle
		c.Title = strings.ToLower(t.e.Canonical)
		c.Of = m.e.Canonical
		c.entry = t.e
		// Emit the state first so the role mention does not mark its tokens used for it.
		s.emit(s.gazCandidate(m), m.start, m.end)
		s.emit(c, from, t.end)
		i = t.end - 1
	}
}

// bodyTitleBeforeName reports "Cambodia's defence ministry spokeswoman, Maly Socheata": a
// state's body named from token body to j, its title ending at token end, a comma and a name.
func (s *sentenceScan) bodyTitleBeforeName(body, j, end int) bool {
	b, ok := s.govBody(body)
	return ok && b == j && end+1 < len(s.toks) && s.toks[end].Text == "," && s.unknownNameWord(end+1)
}

func isActorEntry(e *gazEntry) bool {
	switch e.Class {
	case classState, classDemonym, classCapital, classSeat, classOrg:
		return true
	}
	return false
}

func isPossessive(t string) bool {
	switch t {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// run is a maximal capitalised phrase: tokens [start, end).
type run struct{ start, end int }

// runPass groups capitalised words (with connectors such as "of" inside names of bodies) into
// runs and classifies each: a known entity, an organization, agreement or place by its head
// word, or a person name.
func (s *sentenceScan) runPass() {
	toks := s.toks
	for i := 0; i < len(toks); {
		if s.used[i] || !s.runStart(i) {
			i++
			continue
		}
		j := s.extendRun(i)
		if j == i {
			i++ // a start the run's words do not take up: never loop on it
			continue
		}
		if !s.facility(run{i, j}) {
			s.classifyRun(run{i, j})
		}
		i = j
	}
}

// runStart reports whether a run may start at token i.
func (s *sentenceScan) runStart(i int) bool {
	if m := s.match[i]; m != nil {
		return m.start == i && m.e.Class != classTitle
	}
	t := s.toks[i].Text
	return (nameWord(t) || isAcronym(t) && len(t) > 1) && (!s.f.k.notName[t] || s.monthGivenName(i) || s.pronounName(i, i)) || s.particleOpensName(i)
}

// pronounName reports a capitalised pronoun inside a sentence next to a name word or after a
// title: a name, as pronouns are written in lower case there ("Vice Premier He Lifeng",
// "Liu He"). start is where the run holding token i starts.
func (s *sentenceScan) pronounName(i, start int) bool {
	if i == 0 || !s.f.k.cue("personal_pronoun", s.toks[i].Text) || isOpener(s.toks[i-1].Text) || s.toks[i-1].Text == ":" || s.toks[i-1].Text == "-" {
		return false
	}
	next := i+1 < len(s.toks) && nameWord(s.toks[i+1].Text) && !s.f.k.notName[s.toks[i+1].Text] && s.match[i+1] == nil
	return i > start || s.afterTitle(i) || next
}

// particleOpensName reports a name particle right after a title and before a name word:
// "President de Gaulle", "Mr. de Klerk".
func (s *sentenceScan) particleOpensName(i int) bool {
	return s.f.k.particles[s.toks[i].Text] && s.afterTitle(i) && i+1 < len(s.toks) && s.match[i+1] == nil &&
		nameWord(s.toks[i+1].Text) && !s.f.k.notName[s.toks[i+1].Text]
}

// monthGivenName reports a month that is also a given name before a surname ("Jan
// Petersen", "June Almeida"), never before a number ("Jan 5").
func (s *sentenceScan) monthGivenName(i int) bool {
	if !s.f.k.cue("given_name_month", s.toks[i].Text) || i+1 >= len(s.toks) || s.match[i+1] != nil {
		return false
	}
	next := s.toks[i+1].Text
	return nameWord(next) && !isInitial(next) && !s.f.k.notName[next]
}

// finiteTag reports the tag of a finite verb or a modal.
func finiteTag(tag string) bool {
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// placeAt reports a known state or place matched at token i (after "the").
func (s *sentenceScan) placeAt(i int) bool {
	if i < len(s.toks) && strings.EqualFold(s.toks[i].Text, "the") {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	m := s.match[i]
	return m != nil && (m.e.Class == classPlace || m.e.Class == classState)
}

// extendRun returns the end of the run that starts at i.
func (s *sentenceScan) extendRun(i int) int {
	toks := s.toks
	hasHead := false
	// agreement: the run opens with a known agreement, whose name may go on after "for" or
	// "on" (not after "in": "the Budapest Memorandum in Hungary").
	agreement := false
	inComplement := false // after "of", "for" or "on" following a head: what the name is about
	j := i
	for j < len(toks) {
		if s.used[j] {
			break
		}
		if m := s.match[j]; m != nil {
			if m.start == j && m.e.Class == classTitle && s.titleAsSurname(m, i, j) {
				j = m.end // "Tom King said": an office word that ends a name is a surname
				continue
			}
			if m.start != j || m.e.Class == classTitle {
				break
			}
			if m.e.Class == classAgreement {
				agreement = true // "Panmunjom Declaration for Peace, …"
			}
			j = m.end
			continue
		}
		t := toks[j].Text
		// "Roelof "Pik" Botha": a quoted nickname between name words is part of the name.
		if j > i && isQuoteMark(t) && j+3 < len(toks) && nameWord(toks[j+1].Text) && isQuoteMark(toks[j+2].Text) &&
			nameWord(toks[j+3].Text) && s.match[j+3] == nil && !s.used[j+3] && nameWord(toks[j-1].Text) {
			j += 3
			continue
		}
		// "Alexander M. Haig Jr.": a generational suffix ends the name it follows.
		suffix := j > i && isNameSuffix(t) && nameWord(toks[j-1].Text)
		if (nameWord(t) || isAcronym(t) && len(t) > 1) && (!s.f.k.notName[t] || suffix || inComplement && s.compassInName(j) || j == i && s.monthGivenName(j) || s.monthSurname(j, i) || j > i && s.headAhead(j+1) || s.pronounName(j, i)) {
			if _, ok := s.f.k.heads[t]; ok {
				hasHead = true
			}
			j++
			continue
		}
		// connectors inside names: "Department of Justice", "Center for Security and …",
		// "Humberto de la Calle", "Tigray People's Liberation Front".
		if (j > i || s.particleOpensName(j)) && j+1 < len(toks) {
			next := j + 1
			lt := strings.ToLower(t)
			switch {
			case s.f.k.particles[t]:
				for next < len(toks) && s.f.k.particles[toks[next].Text] {
					next++
				}
			case (lt == "of" || lt == "for" || lt == "on" || lt == "to") && startsLower(t):
				if lt != "of" && !hasHead && !agreement {
					return j // "Duma on Putin's …"; but "Declaration of Principles on …"
				}
				// "the Regional Assistance Mission to Solomon Islands": only a body sent
				// somewhere goes on after "to" ("the Relief Commission to Haiti" does not).
				if lt == "to" && !s.f.k.cue("sent_body", toks[j-1].Text) {
					return j
				}
				// "Foreign Minister Andrei A. Gromyko of the Soviet Union": a name after a
				// title, or with an initial, is a person's, whose state follows "of".
				if !hasHead && !agreement && (s.afterTitle(i) || hasInitial(toks[i:j])) {
					return j
				}
				if next < len(toks) && strings.ToLower(toks[next].Text) == "the" {
					next++
				}
				inComplement = hasHead || agreement
			case lt == "and" && startsLower(t) || t == "&":
				// "National Security and Defence Council"; never "Gaza Strip and the West Bank"
				// nor "Sky News and Channel News" (a complete name before "and") — unless both
				// places are what a headed name is about: "the Interim Agreement on the West
				// Bank and the Gaza Strip".
				if inComplement && s.placeAt(next) && s.placeAt(j-1) {
					if strings.EqualFold(toks[next].Text, "the") {
						next++
					}
					// "… on Gaza and Israel struck": a place that opens a clause is no part.
					if after := s.match[next].end; after >= len(toks) || !finiteTag(toks[after].Tag) {
						break
					}
				}
				// "Agreement on Ending the War and Restoring Peace …": a second capitalised
				// gerund in what a name is about goes on with it.
				gerund := inComplement && startsUpper(toks[next].Text) && strings.HasSuffix(toks[next].Text, "ing")
				if _, h := s.f.k.heads[toks[j-1].Text]; !gerund && (h || s.match[j-1] != nil && !s.partOfLongerName(i, j)) {
					return j
				}
				// "the Trade Community of Marvar and Cuba signed": a state after "and" in
				// what a name is about is a second party, not the name's.
				if m := s.match[next]; inComplement && m != nil && m.start == next && m.e.Class == classState {
					return j
				}
				// "Secretary General Jens Stoltenberg and European Council President …": a
				// name right after a title is a person's, and no person's name holds "and".
				if s.afterTitle(i) {
					return j
				}
			case isPossessive(t) && s.f.k.cue("collective", toks[j-1].Text):
			case lt == "the" && inComplement && startsUpper(toks[j-1].Text) && strings.HasSuffix(toks[j-1].Text, "ing"):
				// "Agreement of Principles Governing the Normalisation of Relations": a
				// capitalised gerund in a name takes its object inside it.
			case lt == "in" && hasHead:
			case t == "," && (hasHead || agreement) && connectorBefore(toks, i, j) && s.nameListAhead(j+1):
				// "Declaration for Peace, Prosperity and Unification": a list of
				// capitalised nouns after a connector stays inside the name.
			default:
				return j
			}
			if next < len(toks) && (s.match[next] != nil && s.match[next].start == next && s.match[next].e.Class != classTitle || s.match[next] == nil && nameWord(toks[next].Text) && (!s.f.k.notName[toks[next].Text] || inComplement && s.compassInName(next))) {
				if lt == "in" && (s.match[next] == nil || s.match[next].e.Class != classState) {
					return j
				}
				j = next
				continue
			}
		}
		break
	}
	return j
}

// compassInName reports a compass adjective at token k that a name word follows: inside
// what a name is about it is part of the name ("the Region of Eastern Slavonia").
func (s *sentenceScan) compassInName(k int) bool {
	return s.f.k.cue("compass_adjective", s.toks[k].Text) && k+1 < len(s.toks) && nameWord(s.toks[k+1].Text) && !s.f.k.notName[s.toks[k+1].Text]
}

// headAhead reports a body's or agreement's head word within the name words from token k
// on: "(Moro Islamic) Liberation Front", where a word that never starts a name may stand
// inside one.
func (s *sentenceScan) headAhead(k int) bool {
	for n := 0; k < len(s.toks) && n < 4; k, n = k+1, n+1 {
		t := s.toks[k].Text
		if !nameWord(t) || s.match[k] != nil {
			return false
		}
		if h, ok := s.f.k.heads[t]; ok && (h == "org" || h == "orgmedia" || h == "agreement") {
			return true
		}
	}
	return false
}

// afterTitle reports a title matched right before token i.
func (s *sentenceScan) afterTitle(i int) bool {
	return i > 0 && s.match[i-1] != nil && s.match[i-1].end == i && s.match[i-1].e.Class == classTitle
}

// hasInitial reports an initial ("A.") among toks.
func hasInitial(toks []Token) bool {
	for _, t := range toks {
		if isInitial(t.Text) {
			return true
		}
	}
	return false
}

// partOfLongerName reports whether the known body that ends the run at j (before "and")
// is only the tail of a longer name: "Social Democratic and Labour Party", where
// "Democratic" alone names another party. Unknown name words come before it and a known
// body with a head follows the "and", so the whole is one body's name.
func (s *sentenceScan) partOfLongerName(i, j int) bool {
	m := s.match[j-1]
	if m.e.Class != classOrg || m.start <= i {
		return false
	}
	for k := i; k < m.start; k++ {
		if s.match[k] != nil {
			return false
		}
	}
	n := s.match[minInt(j+1, len(s.toks)-1)]
	if j+1 >= len(s.toks) || n == nil || n.start != j+1 || n.e.Class != classOrg {
		return false
	}
	_, h := s.f.k.heads[s.toks[n.end-1].Text]
	return h
}

// connectorBefore reports whether a connector ("of", "for", "on") joins the run [i, j).
func connectorBefore(toks []Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch toks[k].Text {
		case "of", "for", "on":
			return true
		}
	}
	return false
}

// nameListAhead reports whether the tokens from k go on as the rest of a list of name words
// ending in "and" and a name word: "Prosperity and Unification", "Security, Trade and
// Cooperation".
func (s *sentenceScan) nameListAhead(k int) bool {
	toks := s.toks
	for n := 0; k < len(toks) && n < 10; n, k = n+1, k+1 {
		t := toks[k].Text
		switch {
		case t == "and":
			return k+1 < len(toks) && nameWord(toks[k+1].Text) && s.match[k+1] == nil
		case t == ",":
		case nameWord(t) && s.match[k] == nil && !s.f.k.notName[t]:
		default:
			return false
		}
	}
	return false
}

// headOf returns the head class of run r ("org", "orgmedia", "agreement", "place") and whether
// it has one: the word before the first connector ("Department of Justice") or the last word.
func (s *sentenceScan) headOf(r run) (string, bool) {
	last := r.end - 1
	for j := r.start + 1; j < r.end; j++ {
		if isConnector(s.toks[j].Text) {
			if h, ok := s.f.k.heads[s.toks[j-1].Text]; ok {
				return h, true
			}
			break
		}
	}
	if m := s.match[last]; m != nil && m.start > r.start {
		// "National Gallery Singapore": a body named after its place.
		if m.e.Class == classState || m.e.Class == classCapital || m.e.Class == classPlace {
			if h, ok := s.f.k.heads[s.toks[m.start-1].Text]; ok && (h == "org" || h == "orgmedia") {
				return h, true
			}
		}
	}
	h, ok := s.f.k.heads[s.toks[last].Text]
	return h, ok
}

func isConnector(t string) bool {
	switch t {
	case "of", "for", "on", "to", "and", "&", "in", "the", "'s", "’s":
		return true
	}
	return false
}

func (s *sentenceScan) classifyRun(r run) {
	toks := s.toks
	// A run that is exactly one gazetteer match is that entity.
	if m := s.match[r.start]; m != nil && m.start == r.start && m.end == r.end {
		s.emitGaz(m)
		return
	}
	if s.partyNamed(r) || s.shortBodyName(r) || s.mission(r.start, r.end-1) {
		return
	}
	// "the General Framework Agreement", "the General Assembly": a capitalised office word
	// right before a body's or an agreement's name is the name's first word.
	if m := s.match[max(r.start-1, 0)]; r.start > 0 && m != nil && m.start == r.start-1 && m.end == r.start && m.e.Class == classTitle && startsUpper(toks[r.start-1].Text) && !s.used[r.start-1] {
		if h, ok := s.headOf(r); ok && (h == "agreement" || h == "org") {
			r.start--
		}
	}
	// "envoy Anthony Lake": a name right after an office is a person's, whatever its last
	// word heads elsewhere.
	if h, ok := s.headOf(r); ok && h == "place" && r.end-r.start >= 2 && r.end-r.start <= 3 && s.afterTitle(r.start) && s.match[r.start] == nil {
		s.nameSegment(r)
		return
	}
	if h, ok := s.headOf(r); ok && s.shapeAllowed(r) {
		c := candidate{Mention: Mention{Role: RoleName}}
		switch h {
		case "org", "orgmedia":
			c.Kind = graph.KindOrganization
		case "agreement":
			c.Kind = graph.KindAgreement
			if s.bodyAppositive(r.end) {
				c.Kind = graph.KindOrganization // "the Crisis Management Initiative, a conflict-resolution group"
			}
		case "place":
			c.Kind = graph.KindPlace
		default:
			// "the Gulf War", "the Patriot Act": a named event or law, no entity; its
			// words must not become a person either.
			for j := r.start; j < r.end; j++ {
				if m := s.match[j]; m != nil && m.start == j && m.e.Class != classTitle {
					s.emitGaz(m)
				}
			}
			return
		}
		// A place named with a demonym is the state's place: "the Syrian Golan Heights" is
		// Syria and the Golan Heights.
		if m := s.match[r.start]; c.Kind == graph.KindPlace && m != nil && m.start == r.start && m.end < r.end && (m.e.Class == classDemonym || m.e.Class == classState) {
			s.emitGaz(m)
			r.start = m.end
		}
		if m := s.match[r.start]; m != nil && m.start == r.start && (m.e.Class == classDemonym || m.e.Class == classState) {
			c.Of = m.e.Canonical // "Latvian Constitutional Court"
		}
		if m := s.match[r.start]; m != nil && m.start == r.start && m.end == r.end {
			s.emitGaz(m)
			return
		}
		c.Canonical = shapeName(s.sent, toks, r)
		// "Russia's Defence Ministry": a generic body keeps its state in the name, so two
		// states' ministries stay apart; a distinctive name ("Iran's Supreme National Security
		// Council") stands alone.
		if c.Kind == graph.KindOrganization && r.start >= 2 && isPossessive(toks[r.start-1].Text) {
			if m := s.match[r.start-2]; m != nil && (m.e.Class == classState || m.e.Class == classCapital) {
				c.Of = m.e.Canonical
				if r.end-r.start <= 2 {
					c.Canonical = s.sent.Text[toks[m.start].Start-s.sent.Start : toks[r.end-1].End-s.sent.Start]
				}
			}
		}
		// "the Gaza-Jericho Agreement", "the EU-Ukraine Association Agreement": the parties
		// hyphened before an agreement's name are part of it, and stay mentions of their own.
		if from := s.hyphenedStart(r.start); c.Kind == graph.KindAgreement && from < r.start {
			c.Canonical = shapeName(s.sent, toks, run{from, r.end})
			s.emitUsing(c, from, r.end, r.start)
			return
		}
		s.emit(c, r.start, r.end)
		return
	}
	// "Liberation Tigers of Tamil Eelam": a headless name joined by "of" to words that name
	// no known place is a body, not a person.
	if s.namedBody(r) {
		return
	}
	if s.surnameIsABody(r) {
		s.nameSegment(r) // "Foreign Minister Therese Kayikwamba Wagner"
		return
	}
	s.splitNames(r)
}

// splitNames emits the names in a headless run: it splits at connectors and gazetteer
// matches, and what is left are name candidates.
func (s *sentenceScan) splitNames(r run) {
	toks := s.toks
	seg := r.start
	flush := func(end int) {
		if seg < end {
			s.nameSegment(run{seg, end})
		}
	}
	for j := r.start; j < r.end; {
		if m := s.match[j]; m != nil && m.start == j && m.e.Class != classTitle {
			flush(j)
			s.emitGaz(m)
			j = m.end
			seg = j
			continue
		}
		t := toks[j].Text
		if (isConnector(t) || t == "&") && !s.f.k.particles[t] {
			flush(j)
			seg = j + 1
		}
		j++
	}
	flush(r.end)
}

// partyNamed emits the body that a lower-case noun of a political body after a run names:
// "the Likud party", "the Vente Venezuela party", "the Georgian Dream party". Such a name
// may hold a known state or demonym, but at least one of its words must be unknown, so that
// "the Russian party" stays a description.
func (s *sentenceScan) partyNamed(r run) bool {
	toks := s.toks
	// "the UNITA rebel movement": a lower-case word or two may describe the body first.
	j := r.end
	for j < len(toks) && j < r.end+2 && startsLower(toks[j].Text) && !s.f.k.cue("party_noun", toks[j].Text) && (toks[j].Tag == "JJ" || toks[j].Tag == "NN") {
		j++
	}
	if j >= len(toks) || r.end-r.start > 4 || !s.f.k.cue("party_noun", toks[j].Text) || s.nameFollows(j+1) {
		return false
	}
	unknown := false
	for j := r.start; j < r.end; j++ {
		if s.match[j] == nil && !s.commonWordAt(j) && !isConnector(toks[j].Text) {
			unknown = true
		}
	}
	if !unknown {
		return false
	}
	s.emitBody(r)
	return true
}

// emitBody emits the run as an organization named by its own words.
func (s *sentenceScan) emitBody(r run) {
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindOrganization
	c.Canonical = shapeName(s.sent, s.toks, r)
	s.emit(c, r.start, r.end)
}

// shortBodyName emits the body an earlier sentence named in full when the run is that name
// without its head word: "Ulster Unionist leader David Trimble" after "the Ulster Unionist
// Party", "the Democratic Unionists" after "the Democratic Unionist Party".
func (s *sentenceScan) shortBodyName(r run) bool {
	if r.end-r.start < 2 || len(s.dc.shortBodies) == 0 {
		return false
	}
	text := s.sent.Text[s.toks[r.start].Start-s.sent.Start : s.toks[r.end-1].End-s.sent.Start]
	c, ok := s.dc.shortBodies[text]
	if !ok {
		// "the Democratic Unionists": the members are named by the plural.
		c, ok = s.dc.shortBodies[strings.TrimSuffix(text, "s")]
	}
	if !ok {
		return false
	}
	m := Mention{Role: RoleName, Kind: graph.KindOrganization, Canonical: c.Canonical}
	s.emit(candidate{Mention: m, entry: c.entry}, r.start, r.end)
	return true
}

// nameFollows reports a name right after the noun of a body: "the Islamist group Hamas",
// where the name is the body and the word before the noun only describes it.
func (s *sentenceScan) nameFollows(k int) bool {
	return k < len(s.toks) && (s.match[k] != nil && s.match[k].start == k || nameWord(s.toks[k].Text) && !s.f.k.notName[s.toks[k].Text])
}

// surnameIsABody reports a titled person's name whose last word is also a body's name:
// "Foreign Minister Therese Kayikwamba Wagner" is one person, not a person and the Wagner
// Group. The words before it must be unknown name words, and a title must stand before them
// or the article must have named such a person in full before ("Kayikwamba Wagner said").
func (s *sentenceScan) surnameIsABody(r run) bool {
	last := s.match[r.end-1]
	if r.end-r.start < 2 || last == nil || last.start != r.end-1 || last.e.Class != classOrg {
		return false
	}
	for j := r.start; j < r.end-1; j++ {
		if s.match[j] != nil || !nameWord(s.toks[j].Text) || s.f.k.notName[s.toks[j].Text] {
			return false
		}
	}
	title, _, honorific := s.titleBefore(r.start)
	if title != "" || honorific {
		return true
	}
	// "Kayikwamba Wagner said", after the minister was named in full.
	tail := " " + s.sent.Text[s.toks[r.start].Start-s.sent.Start:s.toks[r.end-1].End-s.sent.Start]
	for _, cs := range [][]candidate{s.before, s.out} {
		for _, c := range cs {
			if c.Kind == graph.KindPerson && strings.HasSuffix(c.Canonical, tail) {
				return true
			}
		}
	}
	return false
}

// shapeAllowed rejects head-word runs that are just a head ("the Treaty") or whose words are
// all heads and connectors.
func (s *sentenceScan) shapeAllowed(r run) bool {
	// At least one modifier must be a word of the name itself, not a known state or demonym:
	// "Russian Defence Ministry" and "Dominion Voting Systems" are names, "UK Army" is a
	// description.
	// An agreement is the exception: "the Barbados Agreement", "the Brazil Accord" are named
	// after where they were made.
	mods := 0
	for j := r.start; j < r.end; j++ {
		t := s.toks[j].Text
		if _, head := s.f.k.heads[t]; head || isConnector(t) || s.match[j] != nil && (s.match[j].e.Class == classState || s.match[j].e.Class == classDemonym) {
			continue
		}
		mods++
	}
	if h, _ := s.headOf(r); mods == 0 && (h != "agreement" || r.end-r.start < 2) {
		return false
	}
	// Title-cased headlines glue unrelated capitals; only known names count there.
	return !s.headline || r.end-r.start <= 4
}

// hyphenedStart is where a chain of capitalised words joined by hyphens that ends at
// toks[i] starts ("Israeli-Palestinian Interim …" from "Palestinian"), or i.
func (s *sentenceScan) hyphenedStart(i int) int {
	toks := s.toks
	for i >= 2 && toks[i-1].Text == "-" && toks[i-2].End == toks[i-1].Start && toks[i-1].End == toks[i].Start && startsUpper(toks[i-2].Text) {
		i -= 2
	}
	return i
}

// shapeName is the canonical name of a shape mention: its text without a leading "The".
func shapeName(sent *Sentence, toks []Token, r run) string {
	start := r.start
	if strings.EqualFold(toks[start].Text, "the") && r.end-start > 1 {
		start++
	}
	return sent.Text[toks[start].Start-sent.Start : toks[r.end-1].End-sent.Start]
}

func (s *sentenceScan) emitGaz(m *gmatch) {
	if s.used[m.start] {
		return
	}
	if m.e.Class == classTitle {
		return
	}
	c := s.gazCandidate(m)
	if m.e.Class == classPerson {
		// A known person keeps the title the text gives them ("Russian President Vladimir
		// Putin"), exactly like a person found by the shape of their name.
		title, of, honorific := s.titleBefore(m.start)
		c.Title, c.Of = title, of
		c.titled = title != "" || honorific
	}
	s.emit(c, m.start, m.end)
}

// nameSegment decides whether a run of unknown capitalised words names a person.
func (s *sentenceScan) nameSegment(r run) {
	toks := s.toks
	if s.portfolio(r) {
		return // "Home Affairs Minister Amir Machmud": the minister's field, no name
	}
	title, of, honorific := s.titleBefore(r.start)
	titled := title != "" || honorific
	if kind := s.namedByContext(r, titled); kind != "" {
		c := candidate{Mention: Mention{Role: RoleName}}
		c.Kind = kind
		c.Canonical = s.sent.Text[toks[r.start].Start-s.sent.Start : toks[r.end-1].End-s.sent.Start]
		s.emit(c, r.start, r.end)
		return
	}
	// "San Diego", "Fort Worth": a place's first word, not a given name.
	if !titled && r.end-r.start >= 2 && s.f.k.placePrefixes[toks[r.start].Text] {
		c := candidate{Mention: Mention{Role: RoleName}}
		c.Kind = graph.KindPlace
		c.Canonical = s.sent.Text[toks[r.start].Start-s.sent.Start : toks[r.end-1].End-s.sent.Start]
		s.emit(c, r.start, r.end)
		return
	}
	// A lone word is only ever weak: kept if it matches a person named in full elsewhere in
	// the article ("Xi said …"), so its being sentence-initial does not matter.
	if r.end-r.start == 1 && !titled && !s.dc.seenLower(toks[r.start].Text) && nameWord(toks[r.start].Text) && !isAcronym(toks[r.start].Text) && !nonNounTag(toks[r.start].Tag) {
		if _, head := s.f.k.heads[toks[r.start].Text]; !head && !(r.end < len(toks) && s.f.k.cue("org_noun", strings.ToLower(toks[r.end].Text))) {
			c := candidate{Mention: Mention{Role: RoleName}, weak: true}
			c.Kind, c.Canonical = graph.KindPerson, personName(toks[r.start:r.end])
			s.emit(c, r.start, r.end)
			return
		}
	}
	// Drop sentence-initial common words ("Stationing soldiers …", "Security guarantees …");
	// after a title the words are a name whatever they look like ("Secretary-General Ban").
	for !titled && r.start < r.end && s.commonWordAt(r.start) {
		r.start++
	}
	for r.end > r.start && (s.f.k.particles[toks[r.end-1].Text] || isConnector(toks[r.end-1].Text)) {
		r.end--
	}
	if r.start >= r.end {
		return
	}
	// A title before a body's head word is part of the body's name: "General Staff".
	if titled && title != "" {
		for j := r.start; j < r.end; j++ {
			if h, ok := s.f.k.heads[toks[j].Text]; ok && (h == "org" || h == "orgmedia") {
				s.titledBody(run{r.start, r.end})
				return
			}
		}
	}
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindPerson
	c.Title, c.Of = title, of
	c.titled = title != "" || honorific
	n := r.end - r.start
	// A lone word before "company"/"factory": "the Flex factory".
	if n == 1 && !c.titled && r.end < len(toks) && s.f.k.cue("org_noun", strings.ToLower(toks[r.end].Text)) && !s.nameFollows(r.end+1) {
		c.Kind = graph.KindOrganization
		c.Canonical = toks[r.start].Text
		s.emit(c, r.start, r.end)
		return
	}
	if s.headline && !c.titled {
		return
	}
	allCapsLen := 0
	for j := r.start; j < r.end; j++ {
		if isAcronym(toks[j].Text) && !isInitial(toks[j].Text) {
			allCapsLen++
		}
	}
	if allCapsLen == n {
		// An unknown acronym is not a person; a learned one ("TPLF") is its organization.
		if n == 1 {
			if ac, ok := s.dc.acronyms[toks[r.start].Text]; ok {
				c := ac
				c.Role = RoleName
				s.emit(c, r.start, r.end)
			}
		}
		return
	}
	c.Canonical = personName(toks[r.start:r.end])
	if _, head := s.f.k.heads[toks[r.start].Text]; n == 1 && head && !c.titled {
		return // "the Treaty", "the Council"
	}
	if n == 1 {
		c.weak = !c.titled
		if t := s.regnalBefore(r.start); t != "" {
			c.Canonical = t + " " + c.Canonical // "King Hussein": a given name, no surname
		}
		s.emit(c, r.start, r.end)
		return
	}
	if !c.titled && !s.looksLikePerson(r) {
		return
	}
	s.emit(c, r.start, r.end)
}

// bodyAppositive reports ", a <modifiers> group" right after token i: an appositive that
// says the name before it is a body (org_noun cues), whatever its head word.
func (s *sentenceScan) bodyAppositive(i int) bool {
	toks := s.toks
	if i+2 >= len(toks) || toks[i].Text != "," || !strings.EqualFold(toks[i+1].Text, "a") && !strings.EqualFold(toks[i+1].Text, "an") {
		return false
	}
	for j := i + 2; j < len(toks) && j < i+6; j++ {
		w := strings.ToLower(toks[j].Text)
		if s.f.k.cue("org_noun", w) {
			return true
		}
		if w == "," || w == "that" || w == "which" || w == "who" {
			return false
		}
	}
	return false
}

// regnalBefore returns a monarch's or pontiff's title ("King", "Crown Prince") right before
// token i as the text writes it, or "".
func (s *sentenceScan) regnalBefore(i int) string {
	if i == 0 {
		return ""
	}
	m := s.match[i-1]
	if m == nil || m.e.Class != classTitle || m.end != i || !s.f.k.cue("regnal", m.e.Canonical) {
		return ""
	}
	return s.sent.Text[s.toks[m.start].Start-s.sent.Start : s.toks[m.end-1].End-s.sent.Start]
}

// commonWordAt reports a capitalised word that is only capitalised because it starts the
// sentence (or a quote), or that the article also uses in lower case.
// namedByContext is the kind the words around a run of unknown capitalised words give it,
// whatever the run's own words look like, or "" when they give none.
func (s *sentenceScan) namedByContext(r run, titled bool) graph.Kind {
	toks := s.toks
	prev := ""
	if r.start > 0 {
		prev = toks[r.start-1].Text
	}
	switch {
	case !titled && s.f.k.cue("org_noun", prev) && r.end-r.start <= 4:
		return graph.KindOrganization // "the startup Leap Motion", "the firm Dominion"
	case s.f.k.cue("vessel_noun", strings.ToLower(prev)) && r.end-r.start <= 4:
		// "the tanker Strinda", "the car carrier Galaxy Leader": a ship, which the graph
		// keeps as a place (where a strike landed).
		return graph.KindPlace
	case titled:
		return ""
	case s.employerRun(r):
		// "Quora chief executive Adam D'Angelo": unknown words before a title and a name
		// are the organization the title belongs to.
		return graph.KindOrganization
	case s.afterPlaceOf(r.start) || s.afterPlace(r) || r.end-r.start <= 2 && s.afterSite(r.start) || r.end-r.start == 1 && s.f.k.cue("place_verb", strings.ToLower(prev)) || r.end-r.start <= 3 && s.placeAppositive(r.end):
		// "the town of Kupiansk", "the towns of Kupiansk and Vovchansk", "Dnipro and Kryvyi
		// Rih", "shelled Stepanakert", "Ganja, Azerbaijan's second-largest city": a place,
		// even alone.
		return graph.KindPlace
	}
	return ""
}

// placeAppositive reports whether the comma at k opens a description of a place: ",
// Azerbaijan's second-largest city", ", the region's main town", ", the capital of Yemen";
// not ", the city's mayor" nor ", a city council member", where the noun is no head.
func (s *sentenceScan) placeAppositive(k int) bool {
	toks := s.toks
	if k+2 >= len(toks) || toks[k].Text != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+7; j++ {
		w := toks[j].Text
		if startsLower(w) && s.f.k.cue("place_of_noun", w) && j > k+1 {
			if j+1 == len(toks) {
				return true
			}
			switch next := strings.ToLower(toks[j+1].Text); next {
			case ",", ".", ";", "of", "in", "on", "where", "which", "and", ")", "—", "-":
				return true
			}
			return false
		}
		if w == "," || w == "." || strings.HasPrefix(toks[j].Tag, "VB") {
			return false
		}
		if m := s.match[j]; m != nil && m.e.Class == classTitle {
			return false // "Richard Holbrooke, the U.S. assistant secretary of state": a person's post
		}
	}
	return false
}

// afterPlaceOf reports whether the name at start follows "<area noun> of" ("the city of El
// Geneina"), directly or as a later member of a list of names ("the towns of A, B and C").
func (s *sentenceScan) afterPlaceOf(start int) bool {
	toks := s.toks
	for k := start - 1; k >= 1 && start-k < 16; k-- {
		switch w := toks[k].Text; {
		case strings.EqualFold(w, "of"):
			return s.f.k.cue("place_of_noun", strings.ToLower(toks[k-1].Text))
		case w == "and" || w == "," || startsUpper(w):
		default:
			return false
		}
	}
	return false
}

// listGoesOn reports whether a list of names continues at token k: "and", or a comma and
// a name that is no title ("Saada, Taiz and Aden"; not "X, the premier", "X, Premier of …").
func (s *sentenceScan) listGoesOn(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if s.toks[k].Text == "and" {
		return true
	}
	if s.toks[k].Text != "," || k+1 >= len(s.toks) {
		return false
	}
	m := s.match[k+1]
	return nameWord(s.toks[k+1].Text) && (m == nil || m.e.Class != classTitle)
}

// afterPlace reports whether the name at start is listed after a known place ("hit Dnipro
// and Kryvyi Rih", "in Hodeidah and in Saada"): a list's members are alike.
func (s *sentenceScan) afterPlace(r run) bool {
	start := r.start
	k := start - 1
	if k >= 2 && s.f.k.cue("locative", strings.ToLower(s.toks[k].Text)) && (s.toks[k-1].Text == "and" || s.toks[k-1].Text == ",") {
		k-- // "in Hodeidah and in Saada"
	}
	if k < 1 || s.toks[k].Text != "and" && s.toks[k].Text != "," {
		return false
	}
	// "South Ossetia and Abkhazia, Eduard Kokoity and …": a list closed by "and" goes on
	// after no comma.
	// "In Tunis, Benyoucef Ben Khedda announced", "In Tunis, X, the premier,": the comma
	// closes a fronted phrase of place, and a name after it that no further name continues
	// is the sentence's subject.
	closed := func(placeStart int) bool {
		fronted := placeStart == 1 && s.f.k.cue("locative", strings.ToLower(s.toks[0].Text)) && !s.listGoesOn(r.end)
		return s.toks[k].Text == "," && (placeStart > 0 && s.toks[placeStart-1].Text == "and" || fronted)
	}
	m := s.match[k-1]
	if m == nil {
		// "air bases at Udhampur and Pathankot": a place this scan found by its context.
		for ci := len(s.out) - 1; ci >= 0 && s.out[ci].Sentence == s.si; ci-- {
			if c := s.out[ci]; c.TokEnd == k && c.Kind == graph.KindPlace && c.entry == nil {
				return !closed(c.TokStart)
			}
		}
		return false
	}
	return m.end == k && !closed(m.start) && (m.e.Class == classPlace || m.e.Class == classCapital && s.f.k.cue("locative", strings.ToLower(s.toks[max(0, m.start-1)].Text)))
}

// afterSite reports a site named by a common noun and a preposition of place before token
// start: "a hospital in Lozova", "air bases at Udhampur", "mosques near Muridke". What a
// site stands in or near is a place.
func (s *sentenceScan) afterSite(start int) bool {
	if start < 2 || !s.f.k.cue("site_preposition", s.toks[start-1].Text) {
		return false
	}
	return s.match[start-2] == nil && s.f.k.cue("site_noun", s.toks[start-2].Text)
}

func (s *sentenceScan) commonWordAt(i int) bool {
	t := s.toks[i]
	if !startsUpper(t.Text) {
		return false
	}
	if s.dc.seenLower(t.Text) {
		return true
	}
	first := i == 0 || isOpener(s.toks[i-1].Text) || s.toks[i-1].Text == ":" || s.toks[i-1].Text == "-" || s.toks[i-1].Text == "—"
	if first && !nonNounTag(t.Tag) && i+1 < len(s.toks) && s.match[i+1] == nil && nameWord(s.toks[i+1].Text) && !s.f.k.notName[s.toks[i+1].Text] && !s.dc.seenLower(s.toks[i+1].Text) {
		return false // "Xi Jinping met …": a first word followed by a name is part of it
	}
	return first && t.Tag != "NNP" && t.Tag != "NNPS"
}

// titleInApposition reports ", the North Vietnamese negotiator" at token k: a comma, an
// optional determiner, a few modifiers or names of states, then an office or role.
func (s *sentenceScan) titleInApposition(k int) bool {
	if k >= len(s.toks) || s.toks[k].Text != "," {
		return false
	}
	k++
	if k < len(s.toks) && s.f.k.cue("apposition_det", strings.ToLower(s.toks[k].Text)) {
		k++
	}
	for n := 0; n < 4 && k < len(s.toks); n++ {
		m := s.match[k]
		if m != nil && m.start == k && m.e.Class == classTitle {
			return m.e.TitleClass != "honorific"
		}
		if m != nil && m.start == k && (m.e.Class == classState || m.e.Class == classDemonym) {
			k = m.end
			continue
		}
		if m != nil || !isModifier(s.toks[k]) {
			return false
		}
		k++
	}
	return false
}

// looksLikePerson accepts an untitled run of two or more name words when nothing says it is
// something else: every word tagged as a proper noun, none a common word of the article.
func (s *sentenceScan) looksLikePerson(r run) bool {
	if r.end-r.start > 5 || s.f.k.cue("foreign_article", s.toks[r.start].Text) && !(r.end-r.start >= 3 && s.titleInApposition(r.end)) {
		return false // "La Prensa"; but "Le Duc Tho, the North Vietnamese negotiator,"
	}
	if r.start > 0 && strings.EqualFold(s.toks[r.start-1].Text, "the") {
		return false // "the East Room", "the South Side": people's names take no article
	}
	// "Emergency Relief Coordinator": words before a capitalised office are part of the
	// office's name.
	if r.end < len(s.toks) && s.officeAt(r.end) && startsUpper(s.toks[r.end].Text) {
		return false
	}
	for j := r.start; j < r.end; j++ {
		t := s.toks[j]
		if s.f.k.particles[t.Text] || isInitial(t.Text) {
			continue
		}
		if s.dc.seenLower(t.Text) {
			return false
		}
		if _, head := s.f.k.heads[t.Text]; head {
			return false
		}
	}
	return true
}

// titleBefore returns the title ending right before token i ("foreign minister", "President")
// and the state or organization before that title ("US special envoy" → United States).
func (s *sentenceScan) titleBefore(i int) (title, of string, honorific bool) {
	if i == 0 {
		return "", "", false
	}
	m := s.match[i-1]
	if m == nil || m.e.Class != classTitle || m.end != i {
		return "", "", false
	}
	if m.e.TitleClass == "honorific" {
		honorific = true
		// "Sir Keir Starmer": an honorific; look further back for an office ("US President Mr X" is rare).
		return "", "", true
	}
	title = strings.ToLower(m.e.Canonical)
	j := m.start - 1
	// skip lower-case modifiers: "US special envoy" is one title, "regional head" two words.
	for j >= 0 && s.match[j] == nil && startsLower(s.toks[j].Text) && s.toks[j].Tag == "JJ" {
		j--
	}
	if j >= 1 && s.match[j] == nil && (s.toks[j].Text == "'s" || s.toks[j].Text == "’s") {
		j-- // "Jordan's King Hussein"
	}
	if j >= 0 {
		if a := s.match[j]; a != nil && isActorEntry(a.e) {
			of = a.e.Canonical
		} else {
			for _, c := range s.out {
				if c.TokEnd == j+1 && c.Kind == graph.KindOrganization {
					of = c.Canonical // "Quora chief executive …", found by employerRun
				}
			}
		}
	}
	return title, of, false
}

// orgWord reports a capitalised word that may be part of an unknown organization's name.
func (s *sentenceScan) orgWord(i int) bool {
	t := s.toks[i]
	if !nameWord(t.Text) && !(isAcronym(t.Text) && len(t.Text) > 1) || s.f.k.notName[t.Text] || s.dc.seenLower(t.Text) || nonNounTag(t.Tag) {
		return false
	}
	// "-ian", "-ean", "-ese", "-ish": an adjective of origin ("Crimean prime minister"), not
	// a company.
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(t.Text, suf) {
			return false
		}
	}
	if i == 0 || isOpener(s.toks[i-1].Text) {
		return t.Tag == "NNP" || t.Tag == "NNPS"
	}
	return true
}

// personName is the canonical form of a person's name: its words joined by single spaces,
// possessive dropped.
func personName(toks []Token) string {
	parts := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if isQuoteMark(toks[i].Text) && i+2 < len(toks) && isQuoteMark(toks[i+2].Text) {
			i += 2 // "Roelof "Pik" Botha": the nickname is no part of the name
			continue
		}
		parts = append(parts, normQuote(toks[i].Text))
	}
	return strings.Join(parts, " ")
}

// patternPass finds the remaining shapes: "Iran's foreign ministry", named deals,
// "Name (ACRONYM)".
func (s *sentenceScan) patternPass() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		// "Iran's foreign ministry": a state's body named by possessive.
		if m := s.match[i]; m != nil && m.start == i && (m.e.Class == classState || m.e.Class == classCapital) && m.end+1 < len(toks) && isPossessive(toks[m.end].Text) {
			if end, ok := s.govBody(m.end + 1); ok {
				c := candidate{Mention: Mention{Role: RoleName}}
				c.Kind = graph.KindOrganization
				c.Canonical = s.sent.Text[toks[i].Start-s.sent.Start : toks[end-1].End-s.sent.Start]
				c.Of = m.e.Canonical
				if name, ok := s.parliamentOf(m.e, m.end+1, end); ok {
					c.Canonical = name
				}
				s.emit(c, m.end+1, end)
			}
		}
		// "Iranian foreign ministry spokesman X": the body after a demonym is the state's too.
		if m := s.match[i]; m != nil && m.start == i && m.e.Class == classDemonym && m.end < len(toks) && startsLower(toks[m.end].Text) {
			if end, ok := s.govBody(m.end); ok {
				c := candidate{Mention: Mention{Role: RoleName}}
				c.Kind = graph.KindOrganization
				words := []string{normQuote(toks[i].Text)}
				for _, t := range toks[m.end:end] {
					words = append(words, titleWord(t.Text))
				}
				c.Canonical = strings.Join(words, " ")
				c.Of = m.e.Canonical
				if name, ok := s.parliamentOf(m.e, m.end, end); ok {
					c.Canonical = name
				}
				s.emit(c, i, end)
			}
		}
	}
	s.namedDeals()
	s.ledBodies()
	s.learnAcronyms()
}

// parliamentOf is the parliament the knowledge tables give e's state when toks[from:to] is
// just "parliament" ("Ukraine's parliament" is the Verkhovna Rada); a chamber ("the lower
// house of parliament") or a state without one gives false.
func (s *sentenceScan) parliamentOf(e *gazEntry, from, to int) (string, bool) {
	if to-from != 1 || !strings.EqualFold(s.toks[from].Text, "parliament") {
		return "", false
	}
	name, ok := s.f.k.parliaments[e.ISO]
	return name, ok
}

// leaderGovernments finds governments named after who heads them: "the Trump
// administration", "the Maduro government", "Nicolás Maduro's government". Each is the
// leader's state, which the people tables give. A leader's name alone ("the Trump
// administration") is used up by the state; before a possessive the person stays too.
func (s *sentenceScan) leaderGovernments() {
	toks := s.toks
	state := func(iso string) (candidate, bool) {
		name, ok := s.f.k.StateByCode(iso)
		c := candidate{Mention: Mention{Role: RoleMetonym}}
		c.Kind, c.Canonical = graph.KindState, name
		return c, ok
	}
	for i := 0; i+1 < len(toks); i++ {
		j := i + 1
		if isPossessive(toks[j].Text) {
			j++
		}
		if j >= len(toks) {
			break
		}
		if s.f.k.cue("leader_gov", toks[i].Text) && !s.used[i] && toks[j].Text == "of" {
			// "the government of President Nicolás Maduro": the person stays too.
			if c, ok := state(s.leaderState(s.leaderAfter(j + 1))); ok {
				s.emit(c, i, i+1)
			}
			continue
		}
		if s.used[i] || s.used[j] || !s.f.k.cue("leader_gov", toks[j].Text) {
			continue
		}
		if c, ok := state(s.leaderState(i)); ok && j == i+1 {
			s.emit(c, i, j+1)
		} else if ok {
			s.emit(c, j, j+1)
		}
	}
}

// leaderAfter is the last token of a person's name that starts at token k, after any
// titles ("President Nicolás Maduro"), or -1.
func (s *sentenceScan) leaderAfter(k int) int {
	for k < len(s.toks) {
		if m := s.match[k]; m != nil && m.start == k && m.e.Class == classTitle {
			k = m.end
			continue
		}
		break
	}
	if k >= len(s.toks) {
		return -1
	}
	if m := s.match[k]; m != nil && m.start == k {
		return m.end - 1
	}
	if k+1 < len(s.toks) && nameWord(s.toks[k+1].Text) && !s.f.k.notName[s.toks[k+1].Text] {
		return -1 // an unknown name of two words or more: no table surname alone
	}
	return k
}

// leaderState is the state of the known person whose name ends at token i: a people-table
// name, or a surname that the tables give to people of one state only; "" otherwise.
func (s *sentenceScan) leaderState(i int) string {
	if i < 0 {
		return ""
	}
	if m := s.match[i]; m != nil {
		if m.end == i+1 && m.e.Class == classPerson {
			return m.e.ISO
		}
		return ""
	}
	t := s.toks[i].Text
	if !nameWord(t) || s.f.k.notName[t] || i > 0 && nameWord(s.toks[i-1].Text) && !s.f.k.notName[s.toks[i-1].Text] && i-1 > 0 {
		return "" // "Donald Trump administration" is found through the whole name
	}
	iso := ""
	for _, p := range s.f.k.surnames[nameKey(t)] {
		if iso != "" && p.ISO != iso {
			return ""
		}
		iso = p.ISO
	}
	return iso
}

// bareLegislatures finds chambers named without their state: "the Senate", "the House of
// Representatives", written capitalised as the legislature cues are. "the Senate of Kenya"
// names its state and is left to the other rules.
func (s *sentenceScan) bareLegislatures() {
	if s.headline {
		return
	}
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		if !foldEquals(toks[i].Text, "the") || s.match[i+1] != nil || s.used[i+1] {
			continue
		}
		for _, words := range s.f.k.legislatures {
			end := i + 1 + len(words)
			if end > len(toks) {
				continue
			}
			ok := true
			for w, word := range words {
				ok = ok && toks[i+1+w].Text == word && !s.used[i+1+w]
			}
			if !ok || end < len(toks) && toks[end].Text == "of" {
				continue
			}
			c := candidate{Mention: Mention{Role: RoleName}, bare: true}
			c.Kind = graph.KindOrganization
			c.Canonical = strings.Join(words, " ")
			s.emit(c, i+1, end)
			i = end - 1
			break
		}
	}
}

// namedDeals finds lower-case deals named after a known place, state or party, or after who
// brokered them. The name's own mention stays; the deal is an agreement mention beside it.
func (s *sentenceScan) namedDeals() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if !s.f.k.cue("deal_noun", toks[i].Text) || s.used[i] {
			continue
		}
		// "the Gaza ceasefire agreement": a deal noun before another is its modifier; before
		// talks, their topic ("U.N.-mediated truce talks").
		if i+1 < len(toks) && (s.f.k.cue("deal_modifier", toks[i].Text) && s.f.k.cue("deal_noun", toks[i+1].Text) || s.f.k.cue("talks_noun", toks[i+1].Text)) {
			continue
		}
		// "the Gaza ceasefire and hostage deal": a deal noun joined to the modifiers of a later
		// one is a modifier of that one.
		if k := i + 2; k < len(toks) && toks[i+1].Text == "and" && s.f.k.cue("deal_modifier", toks[i].Text) {
			for k < len(toks) && k < i+4 && s.f.k.cue("deal_modifier", toks[k].Text) {
				k++
			}
			if k > i+2 && k < len(toks) && s.f.k.cue("deal_noun", toks[k].Text) {
				continue
			}
		}
		j := i - 1
		for k := 0; k < 2 && j >= 0 && s.f.k.cue("deal_modifier", toks[j].Text); k++ {
			j--
			if j >= 1 && toks[j].Text == "and" && j < i-1 && s.f.k.cue("deal_modifier", toks[j-1].Text) {
				j-- // "ceasefire and hostage deal"
			}
		}
		if j < 0 {
			continue
		}
		start := -1
		switch m := s.match[j]; {
		case j >= 2 && toks[j-1].Text == "-" && s.f.k.cue("broker_word", toks[j].Text) && s.match[j-2] != nil && isActorEntry(s.match[j-2].e):
			start = s.match[j-2].start // "China-brokered deal"
			// "the U.S.-brokered truce" once the article has named an agreement describes
			// that one: coreference reads it, and who brokered it.
			if first := s.match[j-2].start; first > 0 && (foldEquals(toks[first-1].Text, "the") || foldEquals(toks[first-1].Text, "this")) && s.agreementBefore() {
				start = -1
			}
		case m != nil && m.end == j+1 && (m.e.Class == classCapital || m.e.Class == classPlace || m.e.Class == classOrg || m.e.Class == classState):
			start = m.start // "Doha deal", "Gaza ceasefire deal"
			// "US-Taliban deal", "Gaza-Jericho agreement": every part of a compound names the deal.
			start = s.hyphenedStart(start)
		case m == nil && j >= 1 && foldEquals(toks[j-1].Text, "the") && nameWord(toks[j].Text) && !s.f.k.notName[toks[j].Text] && (!s.used[j] || s.dropWeak(j)):
			start = j // "the Chapultepec accords": an unknown name before a deal noun names it
		}
		if start < 0 {
			continue
		}
		c := candidate{Mention: Mention{Role: RoleName}}
		c.Kind = graph.KindAgreement
		c.Canonical = s.sent.Text[toks[start].Start-s.sent.Start : toks[i].End-s.sent.Start]
		if named := s.appositiveOf(start, graph.KindAgreement); named != nil {
			// "the Brussels Agreement, an EU-brokered accord": the description is the
			// agreement just named, not another one.
			c.Canonical = named.Canonical
		}
		s.emitBeside(c, start, i+1)
	}
}

// agreementBefore reports whether an earlier sentence of the article named an agreement or
// spoke of one ("accepted a truce mediated by Qatar").
func (s *sentenceScan) agreementBefore() bool {
	for _, c := range s.before {
		if c.Kind == graph.KindAgreement {
			return true
		}
	}
	for si := 0; si < s.si && si < len(s.dc.sents); si++ {
		for _, t := range s.dc.sents[si].Tokens {
			if s.f.k.cue("deal_noun", t.Text) {
				return true
			}
		}
	}
	return false
}

// ledBodies finds bodies named after who leads them, "the Saudi-led coalition", "a
// US-led mission": an organization of that name. The leader's own mention stays.
func (s *sentenceScan) ledBodies() {
	toks := s.toks
	for i := 3; i < len(toks); i++ {
		m := s.match[i-3]
		if !s.f.k.cue("led_body", toks[i].Text) || s.used[i] || !s.f.k.cue("lead_word", strings.ToLower(toks[i-1].Text)) || toks[i-2].Text != "-" || m == nil || m.end != i-2 || !isActorEntry(m.e) {
			continue
		}
		c := candidate{Mention: Mention{Role: RoleName}}
		c.Kind = graph.KindOrganization
		c.Canonical = s.sent.Text[toks[m.start].Start-s.sent.Start : toks[i].End-s.sent.Start]
		s.emitBeside(c, m.start, i+1)
	}
}

// appositiveOf returns the mention of kind k that an indefinite phrase starting at token
// start stands in apposition to ("X, a …"), or nil.
func (s *sentenceScan) appositiveOf(start int, k graph.Kind) *candidate {
	if start < 3 || s.toks[start-2].Text != "," || !strings.EqualFold(s.toks[start-1].Text, "a") && !strings.EqualFold(s.toks[start-1].Text, "an") {
		return nil
	}
	for ci := len(s.out) - 1; ci >= 0; ci-- {
		if c := &s.out[ci]; c.Sentence == s.si && c.TokEnd == start-2 && c.Kind == k {
			return c
		}
	}
	return nil
}

// govBody matches a lower-case body name at toks[i:] ("foreign ministry"), returning its end.
func (s *sentenceScan) govBody(i int) (int, bool) {
	toks := s.toks
	for _, words := range s.f.k.govBodies {
		// allow one modifier before the body: "foreign ministry", "defence ministry"
		for skip := 0; skip <= 1; skip++ {
			j := i + skip
			if j+len(words) > len(toks) {
				continue
			}
			ok := skip == 0 || startsLower(toks[i].Text) && s.match[i] == nil
			for w := 0; ok && w < len(words); w++ {
				ok = strings.ToLower(toks[j+w].Text) == words[w] && !s.used[j+w]
			}
			if ok {
				return j + len(words), true
			}
		}
	}
	return 0, false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// learnAcronyms records "Long Name (ACR)": later "ACR" names the same organization, and this
// "ACR" is a mention of it too.
func (s *sentenceScan) learnAcronyms() {
	toks := s.toks
	for ci := range s.out {
		c := s.out[ci]
		if c.Kind != graph.KindOrganization && c.Kind != graph.KindAgreement {
			continue
		}
		j := c.TokEnd
		// "the Mozambique National Resistance (Renamo)": a short name may be a word, too,
		// which the name pass took for a lone surname.
		if j+2 >= len(toks) || toks[j].Text != "(" || toks[j+2].Text != ")" ||
			!isAcronym(toks[j+1].Text) && (!nameWord(toks[j+1].Text) || s.match[j+1] != nil || s.f.k.notName[toks[j+1].Text]) {
			continue
		}
		if s.used[j+1] && !s.dropWeak(j+1) {
			continue
		}
		a := c
		a.entry = nil
		s.dc.acronyms[toks[j+1].Text] = a
		s.emit(a, j+1, j+2)
	}
}

// dropWeak removes the weak one-word person emitted at token i, if that is what uses it.
func (s *sentenceScan) dropWeak(i int) bool {
	for ci, c := range s.out {
		if c.TokStart == i && c.TokEnd == i+1 && c.weak && c.Kind == graph.KindPerson {
			s.out = append(s.out[:ci], s.out[ci+1:]...)
			s.used[i] = false
			return true
		}
	}
	return false
}

// appositionPass reads titles after names: "Andy Hunder, president of the American Chamber of
// Commerce", "Joseph Holstead, a spokesman for the US Joint Chiefs of Staff", and a title
// before a name that the run pass saw ("US special envoy Steve Witkoff").
func (s *sentenceScan) appositionPass() {
	sortCandidates(s.out)
	byTok := make(map[int]int, len(s.out))
	for ci, c := range s.out {
		byTok[c.TokStart] = ci
	}
	toks := s.toks
	for ci := range s.out {
		c := &s.out[ci]
		if c.Kind != graph.KindPerson || c.Role != RoleName {
			continue
		}
		if c.weak && c.TokStart > 0 && strings.EqualFold(toks[c.TokStart-1].Text, "the") {
			continue // "the President of the Republic, the chairman of …": a noun, no one's name
		}
		j := c.TokEnd
		// "King Hassan of Morocco", "President Vladimir Putin of Russia".
		if c.titled && c.Of == "" && j+1 < len(toks) && toks[j].Text == "of" {
			if ai, ok := byTok[j+1]; ok && s.out[ai].Kind == graph.KindState {
				c.Of = s.out[ai].Canonical
				continue
			}
		}
		if j >= len(toks) || toks[j].Text != "," {
			continue
		}
		j++
		if j < len(toks) && s.f.k.cue("apposition_det", strings.ToLower(toks[j].Text)) {
			j++
		}
		of := ""
		if ai, ok := byTok[j]; ok && isActorKind(s.out[ai].Kind) && s.out[ai].Role != RoleTitle {
			of = s.out[ai].Canonical
			j = s.out[ai].TokEnd
			if j < len(toks) && isPossessive(toks[j].Text) {
				j++
			}
		}
		for k := 0; k < 3 && j < len(toks) && s.match[j] == nil && isModifier(toks[j]); k++ {
			j++
		}
		m := s.match[minInt(j, len(toks)-1)]
		if j >= len(toks) || m == nil || m.start != j || m.e.Class != classTitle || m.e.TitleClass == "honorific" {
			continue
		}
		if m.end < len(toks) && nameWord(toks[m.end].Text) && s.match[m.end] == nil {
			continue // "X, fired chief executive Sam Altman": the title belongs to the next name
		}
		if ni, ok := byTok[m.end]; ok && s.out[ni].Kind == graph.KindPerson {
			continue // "President Bill Clinton, French President Jacques Chirac": a known name
		}
		title := strings.ToLower(m.e.Canonical)
		j = m.end
		if of == "" && j < len(toks) && s.f.k.cue("apposition_prep", strings.ToLower(toks[j].Text)) {
			j++
			if j < len(toks) && strings.ToLower(toks[j].Text) == "the" {
				j++
			}
			if ai, ok := byTok[j]; ok && isActorKind(s.out[ai].Kind) {
				of = s.out[ai].Canonical
			}
		}
		if c.Title == "" {
			c.Title = title
		}
		if c.Of == "" {
			c.Of = of
		}
		c.titled = true
		c.weak = false
	}
}

func isActorKind(k graph.Kind) bool {
	return k == graph.KindState || k == graph.KindOrganization
}

func sortCandidates(cs []candidate) {
	// insertion sort: a sentence has few mentions, and this keeps equal starts stable.
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && (cs[j].Start < cs[j-1].Start || cs[j].Start == cs[j-1].Start && cs[j].End > cs[j-1].End); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// isLowerWord reports a word written wholly in lower case ("ballot", not "al-Hayya").
func isLowerWord(t string) bool {
	letters := false
	for _, r := range t {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// titledBody emits a body whose name starts with a title word: "General Staff",
// "Ukraine's General Staff".
func (s *sentenceScan) titledBody(r run) {
	t := s.match[r.start-1]
	start := t.start
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindOrganization
	c.Canonical = s.sent.Text[s.toks[start].Start-s.sent.Start : s.toks[r.end-1].End-s.sent.Start]
	if start >= 2 && isPossessive(s.toks[start-1].Text) {
		if m := s.match[start-2]; m != nil && (m.e.Class == classState || m.e.Class == classCapital) {
			c.Of = m.e.Canonical
			c.Canonical = s.sent.Text[s.toks[m.start].Start-s.sent.Start : s.toks[r.end-1].End-s.sent.Start]
		}
	}
	s.emit(c, start, r.end)
}

// facility emits "<Name> [modifier] <facility noun>" as a place, keeping an organization inside
// it ("Lukoil refinery" also names Lukoil). It reports whether it did.
func (s *sentenceScan) facility(r run) bool {
	toks := s.toks
	j := r.end
	// "the Sheikh Radwan neighbourhood": an area named like a person is a place.
	if j < len(toks) && s.f.k.cue("area_noun", toks[j].Text) && r.end-r.start <= 3 {
		start := r.start
		if start > 0 && s.match[start-1] != nil && s.match[start-1].e.Class == classTitle {
			start = s.match[start-1].start
		}
		if m := s.match[r.start]; m == nil || m.end < r.end {
			c := candidate{Mention: Mention{Role: RoleName}}
			c.Kind = graph.KindPlace
			c.Canonical = s.sent.Text[toks[start].Start-s.sent.Start : toks[r.end-1].End-s.sent.Start]
			s.emit(c, start, r.end)
			return true
		}
	}
	if j < len(toks) && s.f.k.cue("facility_modifier", toks[j].Text) {
		j++
	}
	if j >= len(toks) || !s.f.k.cue("facility_noun", toks[j].Text) || s.used[j] {
		return false
	}
	if j+2 < len(toks) && toks[j+1].Text == "of" && startsUpper(toks[j+2].Text) && s.f.k.cue("place_of_noun", strings.ToLower(toks[j].Text)) {
		return false // "the Red Sea port of Hodeidah": the place is the name after "of"
	}
	if m := s.match[r.start]; m != nil && m.start == r.start && m.end == r.end {
		switch m.e.Class {
		case classState, classDemonym, classSeat, classTitle:
			return false
		case classOrg:
			s.emit(s.gazCandidate(m), r.start, r.end)
		}
	} else if r.end-r.start > 3 || s.commonWordAt(r.start) {
		return false
	}
	// "the General Santander police academy": named after a titled person, title and all.
	start := r.start
	if start > 0 && s.match[start-1] != nil && s.match[start-1].e.Class == classTitle && startsUpper(toks[start-1].Text) {
		start = s.match[start-1].start
	}
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindPlace
	c.Canonical = s.sent.Text[toks[start].Start-s.sent.Start : toks[j].End-s.sent.Start]
	s.emit(c, start, j+1)
	return true
}

// mission emits a state's embassy or consulate, the state's name and the mission noun at
// token j ("the Chinese Embassy", "the U.S. Consulate"), as a place; the state stays a
// mention inside it.
func (s *sentenceScan) mission(start, j int) bool {
	m := s.match[start]
	if m == nil || m.start != start || m.end != j || j >= len(s.toks) || s.used[j] ||
		m.e.Class != classDemonym && m.e.Class != classState || !s.f.k.cue("mission_noun", strings.ToLower(s.toks[j].Text)) {
		return false
	}
	s.emitGaz(m)
	c := candidate{Mention: Mention{Role: RoleName}}
	c.Kind = graph.KindPlace
	c.Canonical = s.sent.Text[s.toks[start].Start-s.sent.Start : s.toks[j].End-s.sent.Start]
	s.emitUsing(c, start, j+1, j)
	return true
}

// monthSurname reports a month that is a surname ("Theresa May"): right after a first name,
// and not followed by a day number ("Biden May 5" is a date).
func (s *sentenceScan) monthSurname(j, start int) bool {
	if j == start || !s.f.k.cue("surname_month", s.toks[j].Text) || s.match[j-1] != nil {
		return false
	}
	return j+1 >= len(s.toks) || !isNumber(s.toks[j+1].Text)
}

// isModifier reports a lower-case adjective or noun that may stand inside a title phrase
// ("special envoy", "foreign policy spokesman"), not a verb or adverb.
func isModifier(t Token) bool {
	if !startsLower(t.Text) || !isWordToken(t.Text) {
		return false
	}
	switch t.Tag {
	case "JJ", "NN", "NNS", "NNP", "VBN", "JJR", "JJS":
		return true
	}
	return false
}

// nonNounTag reports a part of speech that a name never has: verbs, adjectives, adverbs,
// determiners, numbers ("Stationing soldiers …", "Twenty years later …").
func nonNounTag(tag string) bool {
	for _, p := range []string{"VB", "JJ", "RB", "IN", "DT", "CD", "MD", "PRP", "WP", "WRB", "CC"} {
		if strings.HasPrefix(tag, p) {
			return true
		}
	}
	return false
}

// namedBody emits a headless run "A B of C D" as an organization when the words after "of"
// name nothing known (a known state or place after "of" is a person's or thing's origin:
// "King Hassan of Morocco").
func (s *sentenceScan) namedBody(r run) bool {
	toks := s.toks
	of := -1
	for j := r.start + 1; j < r.end-1; j++ {
		if toks[j].Text == "of" {
			of = j
			break
		}
	}
	if of < 0 || of-r.start < 2 || s.headline {
		return false
	}
	for j := r.start; j < r.end; j++ {
		if m := s.match[j]; m != nil {
			return false
		}
	}
	// "Andrea Riccardi and Matteo Zuppi of the Community of Sant'Egidio": a body's headed
	// name after "of" is whom the names before it belong to, not the tail of one name.
	c := of + 1
	if strings.EqualFold(toks[c].Text, "the") {
		c++
	}
	if h, ok := s.headOf(run{c, r.end}); c < r.end && ok && (h == "org" || h == "orgmedia") {
		s.splitNames(run{r.start, of})
		s.classifyRun(run{c, r.end})
		return true
	}
	s.emitBody(r)
	return true
}

// titleAsSurname reports a one-word capitalised title ("King", "General") right after an
// unknown name word of the run and not followed by another name word: a surname.
func (s *sentenceScan) titleAsSurname(m *gmatch, start, j int) bool {
	if m.end-m.start != 1 || j == start || !startsUpper(s.toks[j].Text) || s.match[j-1] != nil || !nameWord(s.toks[j-1].Text) {
		return false
	}
	return m.end >= len(s.toks) || !nameWord(s.toks[m.end].Text)
}

// employerRun reports a run of up to three unknown organization-shaped words followed by an
// office title (after lower-case modifiers) and a name.
func (s *sentenceScan) employerRun(r run) bool {
	if r.end-r.start > 3 {
		return false
	}
	for i := r.start; i < r.end; i++ {
		if s.match[i] != nil || !s.orgWord(i) {
			return false
		}
	}
	j := r.end
	for j < len(s.toks) && s.match[j] == nil && startsLower(s.toks[j].Text) && s.toks[j].Tag == "JJ" {
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	m := s.match[j]
	return s.officeAt(j) && m.end < len(s.toks) && s.match[m.end] == nil && nameWord(s.toks[m.end].Text)
}

// portfolio reports a run of a minister's field right before an office title: "Home
// Affairs Minister", "Brexit Secretary"; or after the title and "of", ending in a field:
// "Vice Minister of National Defense", "Minister of Foreign Affairs".
func (s *sentenceScan) portfolio(r run) bool {
	if r.start >= 2 && s.toks[r.start-1].Text == "of" && s.officeEndsAt(r.start-1) {
		return s.f.k.cue("portfolio", strings.ToLower(s.toks[r.end-1].Text))
	}
	if r.end >= len(s.toks) || !s.officeAt(r.end) {
		return false
	}
	for i := r.start; i < r.end; i++ {
		if !s.f.k.cue("portfolio", strings.ToLower(s.toks[i].Text)) {
			return false
		}
	}
	return true
}

// officeAt reports an office title starting at token i.
func (s *sentenceScan) officeAt(i int) bool {
	m := s.match[i]
	return m != nil && m.start == i && m.e.Class == classTitle && m.e.TitleClass == "office"
}

// officeEndsAt reports an office title ending right before token i.
func (s *sentenceScan) officeEndsAt(i int) bool {
	m := s.match[i-1]
	return m != nil && m.end == i && m.e.Class == classTitle && m.e.TitleClass == "office"
}

// articlePass finds numbered articles of treaties and numbered resolutions ("Article 5",
// "Article-5 like", "Resolution 502"), before the run pass could read the word as a name.
func (s *sentenceScan) articlePass() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if s.used[i] || s.match[i] != nil {
			continue
		}
		t := toks[i].Text
		c := candidate{Mention: Mention{Role: RoleName}}
		c.Kind = graph.KindAgreement
		word, num, hyphened := strings.Cut(t, "-")
		switch {
		case s.f.k.cue("numbered_deal", t) && i+1 < len(toks) && isSectionNumber(toks[i+1].Text) && s.match[i+1] == nil:
			c.Canonical = t + " " + toks[i+1].Text
			s.emit(c, i, i+2)
		case hyphened && s.f.k.cue("numbered_deal", word) && isNumber(num):
			c.Canonical = word + " " + num
			s.emit(c, i, i+1)
		}
	}
}

// isSectionNumber reports a number of an article or its paragraph: "5", "42.7".
func isSectionNumber(t string) bool {
	whole, part, dotted := strings.Cut(t, ".")
	return isNumber(whole) && (!dotted || isNumber(part))
}

// titleWord capitalises a lower-case word of a body's name ("ministry" → "Ministry").
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
