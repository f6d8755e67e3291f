package postag

import (
	"encoding/binary"
	"io/fs"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/tokenize"
)

func english(tb testing.TB) *Model {
	tb.Helper()
	m, err := English()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestFixedFormsAreTaggedWithoutScoring(t *testing.T) {
	tg := New(english(t), map[string]bool{":-)": true})
	for _, c := range []struct{ word, want string }{
		{"-", "-"},
		{":-)", "SYM"},
		{"@ukraine", "NN"},
		{"0", "-NONE-"},
		{"*", "-NONE-"},
		{"*U*", "-NONE-"},
		{"*-12", "-NONE-"},
		{"*T*-1", "-NONE-"},
		{"-LRB-", "-LRB-"},
		{"-RRB-", "-RRB-"},
		{"the", "DT"}, // one the training data only saw as a determiner
	} {
		tags := make([]string, 3)
		tg.Tag([]string{"They", c.word, "."}, tags)
		if tags[1] != c.want {
			t.Errorf("%q: tagged %q, want %q", c.word, tags[1], c.want)
		}
	}
}

func TestNormalizeGroupsWordsAsTheModelWasTrained(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"Pro-Russian", "!HYPHEN"},
		{"-5", "-5"}, // a leading sign is no hyphen, and no digit starts it
		{"1999", "!YEAR"},
		{"-123", "!YEAR"},
		{"+123", "!YEAR"},
		{"1990s", "!DIGITS"},
		{"Kyiv", "kyiv"},
		{"ÉLYSÉE", "élysée"},
		{"kyiv", "kyiv"},
		{"", ""},
	} {
		if got := normalize(c.word); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestDecodeNamesTheFieldThatIsWrong cuts and corrupts the real model: each damaged copy gives
// an error naming what is wrong, never a panic or a model.
func TestDecodeNamesTheFieldThatIsWrong(t *testing.T) {
	good := aptagmodel.English
	withVersion := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(withVersion[8:], 7)
	hugeCount := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(hugeCount[unambiguousCountAt(t, good):], 0xFFFFFFFF)
	badClass := append([]byte(nil), good...)
	// The last byte is the class of the last unambiguous word.
	badClass[len(badClass)-1] = 200
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "magic"},
		{"another format", []byte("GOBMODEL\x01\x00\x00\x00"), "not a prose flat tagger model"},
		{"an unknown version", withVersion, "version 7"},
		{"cut in the class names", good[:20], "class name"},
		{"cut in the feature strings", good[:2000], "feature strings"},
		{"cut in the weights", good[:len(good)*3/4], "weight"},
		{"cut in the unambiguous words", good[:len(good)-3], "unambiguous word"},
		{"a class out of range", badClass, "names class 200"},
		{"a count of unambiguous words past the end", hugeCount, "unambiguous word"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := Decode(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Decode: model %v, error %v; want an error naming %q", m != nil, err, c.want)
			}
		})
	}
	if _, err := Decode(good); err != nil {
		t.Fatalf("the intact model: %v", err)
	}
}

// unambiguousCountAt walks the model's header and arrays to the offset of its count of
// unambiguous words.
func unambiguousCountAt(t *testing.T, b []byte) int {
	t.Helper()
	u32 := func(at int) int { return int(binary.LittleEndian.Uint32(b[at:])) }
	at := 8 + 4 // magic, version
	classes := u32(at)
	at += 4
	for range classes {
		at += 2 + int(binary.LittleEndian.Uint16(b[at:]))
	}
	features, pairs, blob := u32(at), u32(at+4), u32(at+8)
	at += 12 + blob + 2*4*(features+1) + pairs + 4*pairs
	if at+4 > len(b) {
		t.Fatalf("walked past the model's end (%d of %d bytes)", at, len(b))
	}
	return at
}

// BenchmarkTag tags the default corpus's sentences with this package and with prose's tagger.
func BenchmarkTag(b *testing.B) {
	text, err := fs.ReadFile(data.Corpus(), "ukraine-security-guarantees.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sentences [][]string // a line each: the tags depend only on the words before
	tok := tokenize.New()
	for _, line := range strings.Split(string(text), "\n") {
		var words []string
		for _, t := range tok.Tokenize(line) {
			words = append(words, t.Text)
		}
		if len(words) > 0 {
			sentences = append(sentences, words)
		}
	}
	words, longest := 0, 0
	for _, s := range sentences {
		words, longest = words+len(s), max(longest, len(s))
	}
	b.Run("postag", func(b *testing.B) {
		tg := New(english(b), nil)
		tags := make([]string, longest)
		for b.Loop() {
			for _, s := range sentences {
				tg.Tag(s, tags[:len(s)])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
	})
	b.Run("prose", func(b *testing.B) {
		tg, err := tag.New()
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			for _, s := range sentences {
				tg.Tag(s)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
	})
}

func TestKnowsWordsOfTheTrainingTextInAnyCase(t *testing.T) {
	tg := New(english(t), nil)
	for _, tt := range []struct {
		word              string
		known, properOnly bool
	}{
		{"Peace", true, false},
		{"peace", true, false},
		{"Decades", true, false},
		{"Awaluddin", false, false},
		{"Washington", true, true},
	} {
		if got := tg.Knows(tt.word); got != tt.known {
			t.Errorf("Knows(%q) = %v, want %v", tt.word, got, tt.known)
		}
		if got := tg.ProperOnly(tt.word); got != tt.properOnly {
			t.Errorf("ProperOnly(%q) = %v, want %v", tt.word, got, tt.properOnly)
		}
	}
}
