package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-kg/entente/graph"
)

// entryClass says what a gazetteer entry denotes; mention finding and resolution branch on it.
type entryClass uint8

const (
	classState     entryClass = iota + 1 // a state's name or alias: "Russia", "UK"
	classDemonym                         // "Russian", "Ukrainians"
	classCapital                         // "Moscow": the state when it acts, the city otherwise
	classSeat                            // "the Kremlin": always the state
	classOrg                             // an organization
	classPlace                           // a city, region or sea
	classAgreement                       // a named agreement
	classPerson                          // a person from a user table
	classTitle                           // a title or role word: "President", "foreign minister"
)

// gazEntry is one alias of one entity (or one title) in the gazetteer.
type gazEntry struct {
	Toks      []string // the alias as tokens, in the table's spelling
	Class     entryClass
	Canonical string
	Kind      graph.Kind
	ISO       string // state's (or a place's or organization's country's) ISO 3166 alpha-3
	// Place is the place reading of a capital ("Moscow"), empty for other entries.
	Place string
	// Title fields.
	TitleClass string // honorific, office, descriptor
	Leader     bool
}

// Gazetteer finds the longest alias that starts at a token. It is built once and only read
// afterwards, so one Gazetteer is safe for concurrent use.
type Gazetteer struct {
	byFirst map[string][]*gazEntry // folded first token → entries, longest first
}

func newGazetteer() *Gazetteer { return &Gazetteer{byFirst: make(map[string][]*gazEntry)} }

// add inserts e, keeping each bucket sorted longest first; among equal lengths the first
// table row wins, so an earlier table (countries) outranks a later one (places).
func (g *Gazetteer) add(e *gazEntry) {
	if len(e.Toks) == 0 {
		return
	}
	k := foldToken(e.Toks[0])
	b := g.byFirst[k]
	i := len(b)
	for i > 0 && len(b[i-1].Toks) < len(e.Toks) {
		i--
	}
	b = append(b, nil)
	copy(b[i+1:], b[i:])
	b[i] = e
	g.byFirst[k] = b
}

// Match returns the entries of the longest alias starting at toks[i] (all entries of that
// length that match, in table order), and the alias length in tokens.
func (g *Gazetteer) Match(toks []Token, i int) ([]*gazEntry, int) {
	b := g.byFirst[foldToken(toks[i].Text)]
	var out []*gazEntry
	n := 0
	for _, e := range b {
		if n > 0 && len(e.Toks) < n {
			break
		}
		if i+len(e.Toks) > len(toks) || !entryMatches(e, toks[i:i+len(e.Toks)]) {
			continue
		}
		n = len(e.Toks)
		out = append(out, e)
	}
	return out, n
}

// entryMatches compares an alias with text tokens. Case rules keep common words from matching
// names: an alias word written in capitals (US, UK, X) must match exactly; a capitalised alias
// word needs a capitalised text word ("Turkey", not "turkey"); a lower-case alias word
// ("the", "nuclear deal") matches any case.
func entryMatches(e *gazEntry, toks []Token) bool {
	for j, a := range e.Toks {
		t := toks[j].Text
		switch {
		case isAcronym(a):
			if normQuote(t) != a {
				return false
			}
		case startsUpper(a):
			if !startsUpper(t) || foldToken(t) != foldToken(a) {
				return false
			}
		default:
			if foldToken(t) != foldToken(a) {
				return false
			}
		}
	}
	return true
}

// isAcronym reports whether s is written in capitals (and digits, dots, '&', '+'), with at
// least one letter and no lower-case letter: "US", "U.S.", "G7", "X".
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0 && (letters >= 2 || utf8.RuneCountInString(s) <= 2)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// foldToken is the lookup key of a token: lower case, curly apostrophes straightened.
func foldToken(s string) string {
	return strings.ToLower(normQuote(s))
}

func normQuote(s string) string {
	if strings.ContainsAny(s, "’‘") {
		return strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	}
	return s
}
