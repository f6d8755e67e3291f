// Package postag tags the words of a sentence with Penn Treebank parts of speech, scoring the
// averaged-perceptron English model prose ships exactly as prose's tagger does. It finds each
// feature's weights by hashing, where prose binary-searches all 75 000 feature strings, which
// made tagging a fifth of a text load's CPU.
package postag

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The model's feature templates, in the order a word's scores add them up. Each feature the
// model knows is one of these prefixes followed by a value: a word, a suffix, a first byte, a
// tag, or two of those.
const (
	tSuffix      = iota // "i suffix " + the word's last three bytes
	tPref1              // "i pref1 " + the word's first byte
	tPrevTag            // "i-1 tag " + the previous tag
	tPrev2Tag           // "i-2 tag " + the tag before that
	tTagPair            // "i tag+i-2 tag " + previous tag + " " + the one before
	tWord               // "i word " + the normalized word
	tPrevTagWord        // "i-1 tag+i word " + previous tag + " " + the normalized word
	tPrevWord           // "i-1 word " + the normalized word before
	tPrevSuffix         // "i-1 suffix " + its last three bytes
	tPrev2Word          // "i-2 word " + the normalized word two before
	tNextWord           // "i+1 word " + the normalized next word
	tNextSuffix         // "i+1 suffix " + its last three bytes
	tNext2Word          // "i+2 word " + the normalized word two after
	numTemplates
)

var templatePrefixes = [numTemplates]string{
	tSuffix:      "i suffix ",
	tPref1:       "i pref1 ",
	tPrevTag:     "i-1 tag ",
	tPrev2Tag:    "i-2 tag ",
	tTagPair:     "i tag+i-2 tag ",
	tWord:        "i word ",
	tPrevTagWord: "i-1 tag+i word ",
	tPrevWord:    "i-1 word ",
	tPrevSuffix:  "i-1 suffix ",
	tPrev2Word:   "i-2 word ",
	tNextWord:    "i+1 word ",
	tNextSuffix:  "i+1 suffix ",
	tNext2Word:   "i+2 word ",
}

// weights is one feature's row: the classes it votes for and by how much. The zero row votes
// for nothing, which is what a feature the model does not know adds.
type weights struct {
	lo, hi uint32 // a range of Model.classIDs and Model.weights
}

// rows holds, for one value, the row of each template the value can fill. Templates that
// take the same kind of value share one map of rows, so a normalized word is looked up once
// for all five of its positions and a suffix once for all three.
type rows [numTemplates]weights

// Model is a decoded perceptron model. It is immutable once decoded and safe to share.
type Model struct {
	classes  []string
	classIDs []uint8
	weights  []float32
	bias     weights
	// byWord holds the five word templates, bySuffix the three suffix ones.
	byWord, bySuffix map[string]*rows
	// tags holds the four templates whose values hold tags, by tag number (see indexTags):
	// for every word tagged, array reads and one map read where strings would take four.
	tags tagIndex
	// firstByte holds the first-byte template by the byte, firstEmpty its value for "".
	firstByte  [256]weights
	firstEmpty weights
	// unambiguous maps a word (as written) the training data only ever saw with one tag to
	// that tag's class, which is then taken without scoring.
	unambiguous map[string]uint8
}

// modelMagic opens prose's flat model format; modelVersion is the one layout this reads.
const (
	modelMagic   = "PROSETAG"
	modelVersion = 1
)

// Decode reads a model in prose's flat format: a header, the class names, the feature
// strings as one sorted blob with offsets, sparse (class, weight) rows, and the words with a
// single tag. A malformed model gives an error naming the field that is wrong.
func Decode(data []byte) (*Model, error) {
	r := modelReader{b: data}
	if string(r.next("magic", len(modelMagic))) != modelMagic {
		return nil, fmt.Errorf("postag: model: %w", r.failed("magic", "not a prose flat tagger model"))
	}
	if v := r.u32("version"); r.err == nil && v != modelVersion {
		return nil, fmt.Errorf("postag: model: version %d, want %d", v, modelVersion)
	}
	m := &Model{}
	nClasses := int(r.u32("class count"))
	if r.err == nil && nClasses == 0 {
		return nil, fmt.Errorf("postag: model: no classes")
	}
	if r.err == nil && nClasses > math.MaxUint8+1 {
		return nil, fmt.Errorf("postag: model: %d classes, a class id is one byte", nClasses)
	}
	for i := 0; i < nClasses && r.err == nil; i++ {
		m.classes = append(m.classes, r.str16("class name"))
	}
	nFeatures := int(r.u32("feature count"))
	nPairs := int(r.u32("weight count"))
	blob := r.next("feature strings", int(r.u32("feature strings length")))
	featOff := r.u32s("feature offsets", nFeatures+1)
	pairOff := r.u32s("weight offsets", nFeatures+1)
	m.classIDs = append([]uint8(nil), r.next("weight classes", nPairs)...)
	for _, bits := range r.u32s("weights", nPairs) {
		m.weights = append(m.weights, math.Float32frombits(bits))
	}
	nWords := int(r.u32("unambiguous word count"))
	// A word takes at least three bytes (length and class): a damaged count must not size
	// the map beyond what the bytes left could hold.
	m.unambiguous = make(map[string]uint8, min(nWords, (len(data)-r.pos)/3))
	for i := 0; i < nWords && r.err == nil; i++ {
		w := r.str16("unambiguous word")
		id := r.next("unambiguous word class", 1)
		if r.err == nil {
			m.unambiguous[w] = id[0]
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("postag: model: %w", r.err)
	}
	for i, id := range m.classIDs {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: model: weight %d names class %d of %d", i, id, nClasses)
		}
	}
	for w, id := range m.unambiguous {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("postag: model: unambiguous word %q names class %d of %d", w, id, nClasses)
		}
	}
	if err := m.index(blob, featOff, pairOff); err != nil {
		return nil, fmt.Errorf("postag: model: %w", err)
	}
	return m, nil
}

// index files every feature under each template whose prefix it starts with. A feature
// string under two prefixes (none in prose's English model) is filed under both, so a look-up
// by (template, value) finds exactly what a look-up by the whole string would.
func (m *Model) index(blob []byte, featOff, pairOff []uint32) error {
	// byTag holds the two single-tag templates and byPair the two that take a tag and a word
	// or two tags, keyed "tag value", until indexTags numbers them.
	m.byWord, m.bySuffix = map[string]*rows{}, map[string]*rows{}
	byTag, byPair := map[string]*rows{}, map[string]*rows{}
	for i := 0; i+1 < len(featOff); i++ {
		a, b := featOff[i], featOff[i+1]
		lo, hi := pairOff[i], pairOff[i+1]
		if a > b || int(b) > len(blob) {
			return fmt.Errorf("feature %d: offsets %d..%d outside the %d bytes of feature strings", i, a, b, len(blob))
		}
		if lo > hi || int(hi) > len(m.weights) {
			return fmt.Errorf("feature %d: weights %d..%d outside the %d weights", i, lo, hi, len(m.weights))
		}
		feat, row := string(blob[a:b]), weights{lo, hi}
		if feat == "bias" {
			m.bias = row
		}
		for t, prefix := range templatePrefixes {
			value, ok := strings.CutPrefix(feat, prefix)
			if !ok {
				continue
			}
			var table map[string]*rows
			switch t {
			case tPref1:
				switch len(value) {
				case 0:
					m.firstEmpty = row
				case 1:
					m.firstByte[value[0]] = row
				} // a longer value is no word's first byte
				continue
			case tWord, tPrevWord, tPrev2Word, tNextWord, tNext2Word:
				table = m.byWord
			case tSuffix, tPrevSuffix, tNextSuffix:
				table = m.bySuffix
			case tPrevTag, tPrev2Tag:
				table = byTag
			default:
				table = byPair
			}
			r := table[value]
			if r == nil {
				r = &rows{}
				table[value] = r
			}
			r[t] = row
		}
	}
	m.tags = indexTags(m.classes, byTag, byPair)
	return nil
}

// tagIndex numbers every tag a feature can name and files the tag features by number. A
// class's number is its class id, so a predicted tag needs no look-up.
type tagIndex struct {
	ids     map[string]int // tag → number
	unknown int            // the number of any tag no feature names; the last
	start   int            // the numbers of the sentinels before the first word
	start2  int
	single  []*rows            // [tag]: the single-tag rows
	pair    []*rows            // [previous tag × n + the tag before]: the tag-pair rows
	word    []map[string]*rows // [previous tag][normalized word]: the tag-and-word rows
	n       int                // how many numbers there are, unknown included
}

// indexTags numbers the classes, the sentinels and every tag the single-tag and pair features
// name, then files those features by number. A tag-pair value's second tag is numbered too
// when the value carries a tag-pair weight, so that every (tag, tag) look-up by string that
// finds a weight finds the same weight by number.
func indexTags(classes []string, byTag, byPair map[string]*rows) tagIndex {
	x := tagIndex{ids: map[string]int{}}
	number := func(tag string) {
		if _, ok := x.ids[tag]; !ok {
			x.ids[tag] = len(x.ids)
		}
	}
	for _, c := range classes {
		number(c)
	}
	number(start)
	number(start2)
	for _, tag := range sortedKeys(byTag) {
		number(tag)
	}
	pairs := sortedKeys(byPair)
	for _, k := range pairs {
		a, b, _ := strings.Cut(k, " ")
		number(a)
		if byPair[k][tTagPair] != (weights{}) {
			number(b)
		}
	}
	x.unknown = len(x.ids)
	x.n = x.unknown + 1
	x.start, x.start2 = x.ids[start], x.ids[start2]
	x.single = make([]*rows, x.n)
	for tag, r := range byTag {
		x.single[x.ids[tag]] = r
	}
	x.pair = make([]*rows, x.n*x.n)
	x.word = make([]map[string]*rows, x.n)
	for _, k := range pairs {
		r := byPair[k]
		a, b, _ := strings.Cut(k, " ")
		ia := x.ids[a]
		if ib, ok := x.ids[b]; ok {
			x.pair[ia*x.n+ib] = r
		}
		if x.word[ia] == nil {
			x.word[ia] = map[string]*rows{}
		}
		x.word[ia][b] = r
	}
	return x
}

// id is tag's number, or unknown's.
func (x *tagIndex) id(tag string) int {
	if id, ok := x.ids[tag]; ok {
		return id
	}
	return x.unknown
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// modelReader reads the model's little-endian fields in order and remembers the first
// field that ran past the end.
type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) failed(field, what string) error {
	if r.err == nil {
		r.err = fmt.Errorf("%s at byte %d: %s", field, r.pos, what)
	}
	return r.err
}

func (r *modelReader) next(field string, n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.pos {
		r.failed(field, fmt.Sprintf("needs %d bytes, %d left", n, len(r.b)-r.pos))
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32(field string) uint32 {
	if b := r.next(field, 4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) u32s(field string, n int) []uint32 {
	b := r.next(field, 4*n)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func (r *modelReader) str16(field string) string {
	n := r.next(field+" length", 2)
	if n == nil {
		return ""
	}
	return string(r.next(field, int(binary.LittleEndian.Uint16(n))))
}
