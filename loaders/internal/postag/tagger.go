package postag

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// English decodes the English model prose embeds (Penn Treebank tags, 38 classes).
func English() (*Model, error) {
	m, err := Decode(aptagmodel.English)
	if err != nil {
		return nil, fmt.Errorf("the embedded English model: %w", err)
	}
	return m, nil
}

// Tagger tags sentences with a Model. It is safe for concurrent use: the model and the
// symbol set are read-only, and each call takes its scratch space from a pool.
type Tagger struct {
	m *Model
	// symbols are tokens tagged SYM without scoring (emoticons): the model never saw them.
	symbols map[string]bool
	pool    sync.Pool
}

// scratch is one call's working space.
type scratch struct {
	scores []float32
	// context holds the normalized words with two sentinels at each end, and words and
	// suffixes the rows of each context word and of its suffix.
	context         []string
	words, suffixes []*rows
}

// New returns a tagger over m; symbols are the tokens it tags SYM outright. Neither is
// copied, and neither may change afterwards.
func New(m *Model, symbols map[string]bool) *Tagger {
	t := &Tagger{m: m, symbols: symbols}
	t.pool.New = func() any {
		return &scratch{scores: make([]float32, len(m.classes))}
	}
	return t
}

// Sentinels stand for the words and tags before a sentence's first word and after its last,
// as the model was trained.
const (
	start, start2 = "-START-", "-START2-"
	end, end2     = "-END-", "-END2-"
)

// Tag writes the tag of words[i] to tags[i]; words are one sentence, in order. Each tag
// depends on the two before it, so a sentence must be tagged whole.
func (t *Tagger) Tag(words, tags []string) {
	if len(words) == 0 {
		return
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	ctx := append(s.context[:0], start, start2)
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, end, end2)
	s.context = ctx
	s.words, s.suffixes = s.words[:0], s.suffixes[:0]
	for _, w := range ctx {
		s.words = append(s.words, t.m.byWord[w])
		s.suffixes = append(s.suffixes, t.m.bySuffix[suffix(w)])
	}

	p1, p2 := t.m.tags.start, t.m.tags.start2
	for i, w := range words {
		tag, id, ok := t.fixed(w)
		if !ok {
			id = t.predict(s, i+2, w, p1, p2)
			tag = t.m.classes[id]
		}
		tags[i] = tag
		p2, p1 = p1, id
	}
}

// fixed returns the tag, and its number, of a word that is not scored: a lone hyphen, an
// emoticon, a handle, a treebank trace or bracket literal, or a word the training data only
// ever saw with one tag.
func (t *Tagger) fixed(w string) (string, int, bool) {
	var tag string
	switch {
	case w == "-":
		tag = "-"
	case t.symbols[w]:
		tag = "SYM"
	case strings.HasPrefix(w, "@"):
		tag = "NN"
	case isTrace(w):
		tag = "-NONE-"
	case isBracketLiteral(w):
		tag = w
	default:
		if id, ok := t.m.unambiguous[w]; ok {
			return t.m.classes[id], int(id), true
		}
		return "", 0, false
	}
	return tag, t.m.tags.id(tag), true
}

// predict scores the word at context position i (its index in the sentence plus two), the
// two tags before it being numbered p1 and p2, and returns the best class. The features are
// added in the order the model was trained with, so the float32 sums, and hence the ties,
// come out as in training.
func (t *Tagger) predict(s *scratch, i int, word string, p1, p2 int) int {
	m := t.m
	scores := s.scores
	clear(scores)
	m.add(scores, m.bias)
	m.addRow(scores, m.bySuffix[suffix(word)], tSuffix)
	if word != "" {
		m.add(scores, m.firstByte[word[0]])
	} else {
		m.add(scores, m.firstEmpty)
	}
	m.addRow(scores, m.tags.single[p1], tPrevTag)
	m.addRow(scores, m.tags.single[p2], tPrev2Tag)
	m.addRow(scores, m.tags.pair[p1*m.tags.n+p2], tTagPair)
	m.addRow(scores, s.words[i], tWord)
	m.addRow(scores, m.tags.word[p1][s.context[i]], tPrevTagWord)
	m.addRow(scores, s.words[i-1], tPrevWord)
	m.addRow(scores, s.suffixes[i-1], tPrevSuffix)
	m.addRow(scores, s.words[i-2], tPrev2Word)
	m.addRow(scores, s.words[i+1], tNextWord)
	m.addRow(scores, s.suffixes[i+1], tNextSuffix)
	m.addRow(scores, s.words[i+2], tNext2Word)
	return m.best(scores)
}

// addRow adds template t's row of r, if the value has one.
func (m *Model) addRow(scores []float32, r *rows, t int) {
	if r != nil {
		m.add(scores, r[t])
	}
}

func (m *Model) add(scores []float32, row weights) {
	ids, ws := m.classIDs[row.lo:row.hi], m.weights[row.lo:row.hi]
	for j, id := range ids {
		scores[id] += ws[j]
	}
}

// best returns the class with the highest score; a tie goes to the lower class id.
func (m *Model) best(scores []float32) int {
	best, id := float32(math.Inf(-1)), 0
	for c, v := range scores {
		if v > best {
			best, id = v, c
		}
	}
	return id
}

// suffix is the last three bytes of w (bytes, not runes: the model was trained so).
func suffix(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// normalize maps a word to the form the model's word features use: any hyphenated word is
// one class, as are four-digit numbers (years) and other words starting with a digit; the rest
// are lower-cased.
func normalize(w string) string {
	if w == "" {
		return w
	}
	if w[0] != '-' && strings.IndexByte(w, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(w) == 4 && isSignedInt(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// isSignedInt reports an optional sign followed by one or more ASCII digits.
func isSignedInt(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// traceForm is how the Penn Treebank writes empty elements: "0", "*", "*U*", "*-1", "*T*-2".
var traceForm = regexp.MustCompile(`^(?:0|\*|\*[0-9A-Za-z_?]\*|\*-[0-9]{1,3}|\*[A-Z]+\*-[0-9]{1,3})$`)

// isTrace reports a treebank empty element; only words starting "0" or "*" can be one, which
// keeps the regular expression off ordinary words.
func isTrace(w string) bool {
	return w != "" && (w[0] == '*' || w == "0") && traceForm.MatchString(w)
}

// isBracketLiteral reports a treebank bracket such as "-LRB-", which is its own tag.
func isBracketLiteral(w string) bool {
	if len(w) != 5 || w[0] != '-' || w[4] != '-' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// Knows reports whether the model's training text had the word w in any letter case: a
// capitalised word it knows may be a common word written in a title's capitals.
func (t *Tagger) Knows(w string) bool {
	_, ok := t.m.byWord[normalize(w)]
	return ok
}

// ProperOnly reports whether the training text only ever tagged w, as written, a proper noun.
func (t *Tagger) ProperOnly(w string) bool {
	id, ok := t.m.unambiguous[w]
	if !ok {
		return false
	}
	c := t.m.classes[id]
	return c == "NNP" || c == "NNPS"
}
