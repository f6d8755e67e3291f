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
	// fold and shape are Toks folded and classified once by Gazetteer.add, because
	// entryMatches runs for every candidate entry of every token.
	fold  []string
	shape []aliasShape
}

// aliasShape is the case rule entryMatches applies to one alias word.
type aliasShape uint8

const (
	shapeLower   aliasShape = iota // "the": any case
	shapeAcronym                   // "US": exact
	shapeTitled                    // "Turkey": capitalised text word
)

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
	e.fold = make([]string, len(e.Toks))
	e.shape = make([]aliasShape, len(e.Toks))
	for j, a := range e.Toks {
		e.fold[j] = foldToken(a)
		switch {
		case isAcronym(a):
			e.shape[j] = shapeAcronym
		case startsUpper(a):
			e.shape[j] = shapeTitled
		}
	}
	k := e.fold[0]
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
	b := g.bucket(toks[i].Text)
	var out []*gazEntry
	// Matches usually sit side by side in the bucket; then out is a piece of it, capped so
	// that a caller's append copies, and Match allocates nothing.
	first, count, adjacent := -1, 0, true
	n := 0
	for k, e := range b {
		if n > 0 && len(e.Toks) < n {
			break
		}
		if i+len(e.Toks) > len(toks) || !entryMatches(e, toks[i:i+len(e.Toks)]) {
			continue
		}
		n = len(e.Toks)
		if first < 0 {
			first = k
		} else if k != first+count {
			adjacent = false
		}
		count++
		if !adjacent {
			out = append(out, e)
		}
	}
	if first < 0 {
		return nil, 0
	}
	if adjacent {
		return b[first : first+count : first+count], n
	}
	// The capped run before the gap makes append copy into a new array.
	run := count - len(out)
	return append(b[first:first+run:first+run], out...), n
}

// entryMatches compares an alias with text tokens. Case rules keep common words from matching
// names: an alias word written in capitals (US, UK, X) must match exactly; a capitalised alias
// word needs a capitalised text word ("Turkey", not "turkey"); a lower-case alias word
// ("the", "nuclear deal") matches any case.
func entryMatches(e *gazEntry, toks []Token) bool {
	for j, a := range e.Toks {
		t := toks[j].Text
		switch e.shape[j] {
		case shapeAcronym:
			if normQuote(t) != a {
				return false
			}
		case shapeTitled:
			if !startsUpper(t) || !foldEquals(t, e.fold[j]) {
				return false
			}
		default:
			if !foldEquals(t, e.fold[j]) {
				return false
			}
		}
	}
	return true
}

// bucket is byFirst[foldToken(w)]. An ASCII word is folded into a stack buffer, which the
// map lookup does not copy, so the common case allocates nothing.
func (g *Gazetteer) bucket(w string) []*gazEntry {
	var buf [64]byte
	if b, ok := appendASCIIFold(buf[:0], w); ok {
		return g.byFirst[string(b)]
	}
	return g.byFirst[foldToken(w)]
}

// foldEquals reports whether foldToken(t) == folded without building foldToken(t) for an
// ASCII t (ASCII has no curly quotes, and its lower case is byte by byte).
func foldEquals(t, folded string) bool {
	if len(t) != len(folded) {
		// Folding keeps the length of ASCII; other words take the general path.
		if isASCII(t) {
			return false
		}
		return foldToken(t) == folded
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return foldToken(t) == folded
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != folded[i] {
			// The rest of t may still be non-ASCII, but then foldToken(t) differs at
			// byte i as well: the ASCII prefix folds byte by byte and is a prefix of the result.
			return false
		}
	}
	return true
}

// appendASCIIFold appends foldToken(s) to dst when s is ASCII; ok is false otherwise.
func appendASCIIFold(dst []byte, s string) (b []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
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

// quoteStraightener turns curly apostrophes into straight ones. A Replacer is safe for
// concurrent use, and building one per call was a measurable share of extraction.
var quoteStraightener = strings.NewReplacer("’", "'", "‘", "'")

func normQuote(s string) string {
	// Both quotes are encoded E2 80 9x; a word without the lead byte needs no scan for
	// them (strings.ContainsAny is slow for non-ASCII sets).
	if strings.IndexByte(s, 0xE2) >= 0 && (strings.Contains(s, "’") || strings.Contains(s, "‘")) {
		return quoteStraightener.Replace(s)
	}
	return s
}
