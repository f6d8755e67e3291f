package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-kg/entente/graph"
)

// Resolver turns the candidate mentions of one article into entities: one per real-world
// thing, however many ways the article names it. People are clustered by name ("Vladimir
// Putin", "Putin", "Mr Putin"), spelling variants merged by nameKey; role descriptions ("the
// Russian leader") go to the person holding that role in the article; states, organizations,
// places and agreements go by canonical name. It only reads its Knowledge.
type Resolver struct {
	k *Knowledge
}

// NewResolver returns a resolver reading k.
func NewResolver(k *Knowledge) *Resolver { return &Resolver{k: k} }

// person is one cluster of person mentions.
type person struct {
	names    [][]string // the multi-word names seen, as written
	best     []string   // the canonical name's words
	title    string
	of       string
	leader   bool
	country  string // ISO3 of the state a people table ties the person to, "" when none
	entity   int
	mentions []int // candidate indexes
	lastSeen int   // index of the latest candidate assigned so far, for picking among namesakes
}

// personIndex finds clusters by name without scanning them all, so an article full of names
// stays linear.
type personIndex struct {
	people  []*person
	full    map[string]*person   // nameKey of the joined full name
	byFirst map[string][]*person // nameKey of a first word
	byLast  map[string][]*person // nameKey of a last word (or of a lone titled name)
	// byMiddle holds the inner words of names of three words or more: Somali and Arabic
	// reports call "Muse Bihi Abdi" "Bihi" (the father's name), not "Abdi".
	byMiddle map[string][]*person
}

func newPersonIndex() *personIndex {
	return &personIndex{full: map[string]*person{}, byFirst: map[string][]*person{}, byLast: map[string][]*person{}, byMiddle: map[string][]*person{}}
}

func (x *personIndex) add(p *person, words []string) {
	if len(words) > 1 {
		x.full[nameKey(strings.Join(words, ""))] = p
		x.byFirst[nameKey(words[0])] = appendPerson(x.byFirst[nameKey(words[0])], p)
	}
	last := nameKey(words[len(words)-1])
	x.byLast[last] = appendPerson(x.byLast[last], p)
	if len(words) > 2 {
		for _, w := range words[1 : len(words)-1] {
			if startsUpper(w) { // not a particle: "bin", "de"
				x.byMiddle[nameKey(w)] = appendPerson(x.byMiddle[nameKey(w)], p)
			}
		}
	}
}

// particleSurname reports a surname that opens with a particle, "de Gaulle", "de Klerk": a
// single name for resolution, found by its last word.
func particleSurname(words []string) bool {
	return len(words) > 1 && startsLower(words[0])
}

func appendPerson(ps []*person, p *person) []*person {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

// Resolve fills doc.Mentions and doc.Entities from cands (in text order).
func (r *Resolver) Resolve(doc *Document, cands []candidate) {
	// One sense per article: a name read as an organization or place somewhere ("Leap Motion
	// founder …") is that everywhere, not a person elsewhere.
	other := map[string]graph.Kind{}
	for _, c := range cands {
		if c.Kind == graph.KindOrganization || c.Kind == graph.KindPlace {
			other[strings.ToLower(c.Canonical)] = c.Kind
		}
	}
	for i := range cands {
		if c := &cands[i]; c.Kind == graph.KindPerson && c.Role == RoleName {
			if k, ok := other[strings.ToLower(c.Canonical)]; ok {
				c.Kind, c.weak, c.Title, c.Of = k, false, "", ""
			}
		}
	}
	cands = r.nameBareBodies(cands)
	idx := newPersonIndex()
	owner := make([]*person, len(cands))
	// Pass 1: full names (two words or more) make the clusters.
	for i, c := range cands {
		if c.Kind != graph.KindPerson || c.Role != RoleName {
			continue
		}
		words := strings.Fields(c.Canonical)
		if len(words) < 2 || particleSurname(words) {
			continue
		}
		p := idx.findFull(words)
		if p == nil {
			p = &person{entity: -1, lastSeen: -1}
			idx.people = append(idx.people, p)
		}
		p.names = append(p.names, words)
		if len(words) > len(p.best) {
			p.best = words
		}
		idx.add(p, words)
		owner[i] = p
	}
	year := 0 // the article's year, which the people tables are read for
	if pub := doc.Article.Published; len(pub) >= 4 {
		year, _ = dateYearNumber(pub[:4])
	}
	// Pass 2: single names join the cluster whose last or first name they match, the one
	// mentioned most recently when several do; a titled single name with no match ("Mr
	// Hunder" alone) starts its own cluster, an untitled one is dropped.
	for i, c := range cands {
		if p := owner[i]; p != nil {
			p.lastSeen = i
			continue
		}
		if c.Kind != graph.KindPerson || c.Role != RoleName {
			continue
		}
		words := strings.Fields(c.Canonical)
		if len(words) != 1 && !particleSurname(words) {
			continue
		}
		p := idx.findSingle(words[len(words)-1])
		if p == nil && c.titled {
			// "Mr Trump" in an article that never gives the full name: the one known person
			// of that surname, so the graph gets one node however articles name him.
			// Not when the title ties the name to another state: "Jordan's King Hussein" is
			// not Iraq's Saddam Hussein.
			if known, ok := r.k.personBySurname(words[len(words)-1], year); ok && !r.otherState(c.Of, known.ISO) {
				fw := strings.Fields(known.Name)
				if p = idx.findFull(fw); p == nil {
					p = &person{entity: -1, best: fw, country: known.ISO}
					idx.people = append(idx.people, p)
					idx.add(p, fw)
				}
			}
		}
		if p == nil && c.titled {
			p = &person{entity: -1, best: words}
			idx.people = append(idx.people, p)
			idx.add(p, words)
		}
		if p != nil {
			p.lastSeen = i
		}
		owner[i] = p
	}
	people := idx.people
	for i, c := range cands {
		p := owner[i]
		if p == nil {
			continue
		}
		p.mentions = append(p.mentions, i)
		if c.entry != nil && c.entry.Class == classPerson && c.entry.ISO != "" {
			p.country = c.entry.ISO
		}
		if c.Title != "" && (p.title == "" || p.of == "" && c.Of != "") {
			p.title, p.of = c.Title, c.Of
			p.leader = c.entry != nil && c.entry.Leader || r.leaderTitle(c.Title)
		}
	}
	// Role descriptions go to the one person holding such a role for that state.
	for i, c := range cands {
		if c.Role != RoleTitle {
			continue
		}
		owner[i] = r.roleHolder(people, c)
	}

	entities := make([]Entity, 0, len(cands))
	// index finds an entity by kind and folded name; exact remembers the spellings already
	// looked up, so that an entity's repeated mentions do not fold its name again.
	type kindName struct {
		kind graph.Kind
		name string
	}
	index := map[kindName]int{}
	exact := map[kindName]int{}
	doc.Mentions = doc.Mentions[:0]
	for i, c := range cands {
		m := c.Mention
		m.Entity = -1
		var name string
		var kind graph.Kind
		switch {
		case owner[i] != nil:
			p := owner[i]
			if p.entity < 0 {
				p.entity = len(entities)
				entities = append(entities, Entity{Name: strings.Join(p.best, " "), Kind: graph.KindPerson})
				if p.title != "" || p.country != "" {
					entities[p.entity].Props = map[string]string{}
				}
				if p.title != "" {
					entities[p.entity].Props["title"] = p.title
					if p.of != "" {
						entities[p.entity].Props["of"] = p.of
					}
				}
				if p.country != "" {
					entities[p.entity].Props["country"] = p.country
				}
			}
			m.Entity = p.entity
			m.Canonical = entities[p.entity].Name
		case c.Kind == graph.KindPerson:
			if c.Role == RoleTitle {
				doc.Mentions = append(doc.Mentions, m) // unresolved role: kept for relations
			}
			continue
		default:
			kind, name = c.Kind, c.Canonical
			if e, ok := exact[kindName{kind, name}]; ok {
				m.Entity = e
				break
			}
			key := kindName{kind, strings.ToLower(name)}
			e, ok := index[key]
			if !ok {
				e = len(entities)
				index[key] = e
				ent := Entity{Name: name, Kind: kind}
				if c.entry != nil && c.entry.ISO != "" {
					if kind == graph.KindState {
						ent.Props = map[string]string{"iso": c.entry.ISO}
					} else {
						ent.Props = map[string]string{"country": c.entry.ISO}
					}
				} else if s, ok := r.k.states[name]; ok && kind == graph.KindState {
					// A state a rule names without a table entry ("the Bush administration").
					ent.Props = map[string]string{"iso": s.ISO3}
				} else if kind == graph.KindOrganization && c.Of != "" {
					if s, ok := r.k.states[c.Of]; ok {
						ent.Props = map[string]string{"country": s.ISO3}
					}
				}
				entities = append(entities, ent)
			}
			exact[kindName{kind, name}] = e
			m.Entity = e
		}
		mi := len(doc.Mentions)
		doc.Mentions = append(doc.Mentions, m)
		ent := &entities[m.Entity]
		ent.Mentions = append(ent.Mentions, mi)
		if alias := aliasText(m.Text); alias != "" && !strings.EqualFold(alias, ent.Name) && !containsFold(ent.Aliases, alias) {
			ent.Aliases = append(ent.Aliases, alias)
		}
	}
	doc.Entities = entities
}

// nameBareBodies names each chamber found without its state ("the Senate") after the state
// the article is about, when the organization tables list such a chamber of that state
// ("Colombian Senate", "US Senate"). It drops the chamber otherwise: in an article about
// Israel, "the Senate" is some other state's, and a senate of unknown state is no node.
func (r *Resolver) nameBareBodies(cands []candidate) []candidate {
	bare := false
	for _, c := range cands {
		bare = bare || c.bare
	}
	if !bare {
		return cands
	}
	st, ok := r.articleState(cands)
	out := cands[:0]
	for _, c := range cands {
		if !c.bare {
			out = append(out, c)
			continue
		}
		if !ok {
			continue
		}
		body := c.Canonical
		for _, name := range []string{st.ISO2 + " " + body, st.Name + " " + body, st.Demonym + " " + body, body + " of " + st.Name, body + " of the " + st.Name} {
			if e := r.orgNamed(name); e != nil && e.ISO == st.ISO3 {
				c.entry, c.Canonical, c.Of = e, e.Canonical, st.Name
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// orgNamed is the gazetteer's organization entry whose alias is exactly name, or nil.
func (r *Resolver) orgNamed(name string) *gazEntry {
	var toks []Token
	for _, w := range strings.Fields(name) {
		toks = append(toks, Token{Text: w})
	}
	if len(toks) == 0 {
		return nil
	}
	es, n := r.k.gaz.Match(toks, 0)
	if n != len(toks) {
		return nil
	}
	for _, e := range es {
		if e.Kind == graph.KindOrganization {
			return e
		}
	}
	return nil
}

// articleState is the state the candidates speak of most: its names and demonyms, and the
// people, places and bodies the tables tie to it; it must have three mentions and half as
// many again as the runner-up.
func (r *Resolver) articleState(cands []candidate) (*StateInfo, bool) {
	counts := map[string]int{}
	for _, c := range cands {
		switch {
		case c.Kind == graph.KindState:
			counts[c.Canonical]++
		case c.entry != nil && c.entry.ISO != "":
			if n, ok := r.k.codes[c.entry.ISO]; ok {
				counts[n]++
			}
		}
	}
	best, second := "", 0
	for n, k := range counts {
		if best == "" || k > counts[best] || k == counts[best] && n < best {
			if best != "" {
				second = max(second, counts[best])
			}
			best = n
		} else {
			second = max(second, k)
		}
	}
	st, ok := r.k.states[best]
	if !ok || counts[best] < 3 || float64(counts[best]) < 1.5*float64(second) {
		return nil, false
	}
	return st, true
}

// aliasText is a mention's text as an alias: possessive dropped, spaces normalised.
func aliasText(s string) string {
	s = normQuote(s)
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSuffix(s, "'s")
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") == s, checked for ASCII
// only (other text takes the general path), so that most mentions skip the rebuild.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (r *Resolver) leaderTitle(title string) bool {
	es, n := r.k.gaz.Match([]Token{{Text: title}}, 0)
	return n == 1 && len(es) > 0 && es[0].Leader
}

// roleHolder returns the person a role description refers to: among the people whose title
// ties them to the same state, the one with a matching title ("president"), a leading post
// (for "leader"), or any post (for "counterpart"); nil unless exactly one fits. When no titled
// person fits, a leading role ("the Russian leader", "the US president") goes to the one
// person of that state the article names most: the role is read as referring to the most
// salient national, and only when that person is mentioned more than twice as often as any
// other national with no title or a leading one (otherwise it stays unresolved).
func (r *Resolver) roleHolder(people []*person, c candidate) *person {
	if p := r.titledRoleHolder(people, c); p != nil {
		return p
	}
	if c.Of == "" || !(c.entry != nil && c.entry.Leader || r.leaderTitle(c.Title)) {
		return nil
	}
	st, ok := r.k.states[c.Of]
	if !ok {
		return nil
	}
	var best *person
	second := 0
	for _, p := range people {
		if p.country == "" || p.country != st.ISO3 || p.title != "" && !p.leader {
			continue
		}
		switch n := len(p.mentions); {
		case best == nil || n > len(best.mentions):
			if best != nil {
				second = len(best.mentions)
			}
			best = p
		case n > second:
			second = n
		}
	}
	if best != nil && len(best.mentions) > 2*second {
		return best
	}
	return nil
}

// titledRoleHolder is roleHolder among the people the article gives a title.
func (r *Resolver) titledRoleHolder(people []*person, c candidate) *person {
	var fit []*person
	for _, p := range people {
		if c.Of != "" && p.of != c.Of {
			continue
		}
		if p.title == "" {
			continue
		}
		switch {
		case c.Title == p.title:
		case c.entry != nil && c.entry.TitleClass == "descriptor" && c.Title != "counterpart" && c.entry.Leader && p.leader:
		case c.Title == "counterpart":
		default:
			continue
		}
		fit = append(fit, p)
	}
	if len(fit) == 1 {
		return fit[0]
	}
	return nil
}

func (x *personIndex) findFull(words []string) *person {
	if p, ok := x.full[nameKey(strings.Join(words, ""))]; ok {
		return p
	}
	for _, p := range x.byFirst[nameKey(words[0])] {
		for _, n := range p.names {
			if sameFullName(n, words) {
				return p
			}
		}
	}
	return nil
}

// sameFullName reports whether two multi-word names name the same person: equal once joined
// and normalised ("Kim Jong Un"/"Kim Jong-un", "Zelensky"/"Zelenskyy"), equal first and last
// names ("Musaad al-Aiban"/"Musaad bin Mohammed al-Aiban"), or one a prefix of the other
// ("Faisal bin Farhan"/"Faisal bin Farhan Al Saud").
func sameFullName(a, b []string) bool {
	if nameKey(strings.Join(a, "")) == nameKey(strings.Join(b, "")) {
		return true
	}
	if sameName(a[0], b[0]) && sameName(a[len(a)-1], b[len(b)-1]) {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	for i := range short {
		if !sameName(short[i], long[i]) {
			return false
		}
	}
	return true
}

// findSingle returns the cluster a single name belongs to: surname matches first, then first
// names, among several the one mentioned most recently; then the inner word of one name.
func (x *personIndex) findSingle(w string) *person {
	k := nameKey(w)
	for _, hits := range [][]*person{x.byLast[k], x.byFirst[k]} {
		var best *person
		for _, p := range hits {
			if best == nil || p.lastSeen > best.lastSeen {
				best = p
			}
		}
		if best != nil {
			return best
		}
	}
	// An inner word names a person only when it is one person's alone.
	if hits := x.byMiddle[k]; len(hits) == 1 {
		return hits[0]
	}
	return nil
}

// sameName reports whether two name words are one name in two spellings.
func sameName(a, b string) bool { return nameKey(a) == nameKey(b) }

// nameKey normalises a name for the spelling-variant rule, which is deliberately tight:
// case, diacritics, hyphens and apostrophes are ignored ("Çavuşoğlu"/"Cavusoglu"), doubled
// letters collapse ("Zelenskyy"/"Zelensky") and transliterated endings -y, -iy, -yi, -ey, -ei,
// -ii fold to -i ("Sergey"/"Sergei", "Andriy"/"Andrii"). Nothing else merges: "Peters" and
// "Petersen", "Austria" and "Australia" stay apart.
func nameKey(s string) string {
	// Folded rune by rune into a stack buffer: unicode.ToLower of each rune of normQuote(s)
	// is strings.ToLower(normQuote(s)) without building it.
	var buf [64]byte
	b := buf[:0]
	last := rune(-1)
	for _, r := range s {
		if r == '’' || r == '‘' {
			r = '\''
		}
		r = foldDiacritic(unicode.ToLower(r))
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if r == last {
			continue
		}
		last = r
		b = utf8.AppendRune(b, r)
	}
	k := string(b)
	for _, suf := range []string{"iy", "yi", "ey", "ei", "ii", "y"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+1 {
			return k[:len(k)-len(suf)] + "i"
		}
	}
	return k
}

// foldDiacritic maps common Latin letters with diacritics to their base letter.
func foldDiacritic(r rune) rune {
	if r < 0xC0 {
		return r
	}
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'ī', 'ı', 'į':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'ø', 'ō', 'ő':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'ū', 'ů', 'ű', 'ų':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'ş', 'ś', 'š', 'ș':
		return 's'
	case 'ğ':
		return 'g'
	case 'ł':
		return 'l'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'đ', 'ď':
		return 'd'
	case 'ř':
		return 'r'
	case 'ț', 'ť':
		return 't'
	}
	return r
}

// otherState reports whether of names a state other than the one with code iso; false when
// either is unknown.
func (r *Resolver) otherState(of, iso string) bool {
	if of == "" || iso == "" {
		return false
	}
	st, ok := r.k.State(of)
	return ok && st.ISO3 != iso
}
