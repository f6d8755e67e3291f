package loaders

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/jdkato/prose/v3/tag"
)

// TestSplitterTagsAsProsesTaggerDoes pins the splitter's part-of-speech tags to those of
// prose's own perceptron tagger, token for token (quotes read as the Treebank's opening and closing ones), on every sentence of the default corpus,
// the development set, the PLOVER sentences and a set of odd tokens: the splitter scores the
// same model through its own look-ups (loaders/internal/postag), and every stage after it reads
// the tags.
func TestSplitterTagsAsProsesTaggerDoes(t *testing.T) {
	texts := map[string]string{"odd tokens": strings.Join([]string{
		"He said :-) and xD after the 1990s - and in 1999 , -LRB- see *T*-1 -RRB- @ukraine wrote 0 replies .",
		"O.o , XDD ; 8D — Pérez-Reverte and ÉLYSÉE met ÖZİL 's agent ( 2,300 ) at 5 p.m. on -5 % .",
		"¯\\(ツ)/¯ * *U* *-12 *ICH*-3 -NONE- +1234 -123 naïve Straße",
	}, "\n")}
	for name, text := range referenceTexts(t) {
		texts[name] = text
	}

	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	prose, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	tokens := 0
	for name, text := range texts {
		sents, err := sp.Split(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			want := make([]tag.Token, len(s.Tokens))
			for i, w := range tagWords(s.Tokens) {
				want[i].Text = w // the splitter's reading of its quotes
			}
			prose.TagTokens(want)
			for i, tok := range s.Tokens {
				if tok.Tag != want[i].Tag {
					t.Errorf("%s: %q: token %d %q tagged %q, prose's tagger says %q", name, s.Text, i, tok.Text, tok.Tag, want[i].Tag)
				}
			}
			tokens += len(s.Tokens)
		}
	}
	t.Logf("%d texts, %d tokens compared", len(texts), tokens)
}

// referenceTexts returns the texts the loaders are checked against, by name: the default
// corpus, and the development set's articles and the PLOVER sentences when ../shared is
// beside the repository.
func referenceTexts(t testing.TB) map[string]string {
	t.Helper()
	texts := map[string]string{}
	b, err := fs.ReadFile(data.Corpus(), "ukraine-security-guarantees.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts["default corpus"] = string(b)
	devset, _ := filepath.Glob("../../shared/devset/corpus/*.txt")
	for _, p := range devset {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(b)
	}
	if b, err := os.ReadFile(ploverPath); err == nil {
		var recs []ploverRecord
		if err := json.Unmarshal(b, &recs); err != nil {
			t.Fatalf("%s: %v", ploverPath, err)
		}
		var lines []string
		for _, r := range recs {
			lines = append(lines, r.Text)
		}
		texts["plover"] = strings.Join(lines, "\n")
	} else if !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	if len(devset) == 0 {
		t.Logf("development set not present beside the repository; only the default corpus is read")
	}
	return texts
}

// TestSplitterTagsQuotesAsOpeningAndClosing pins the Treebank's quote tags, two backquotes
// and two apostrophes: the model learnt those and tags a bare '"' as a word, which breaks
// the phrase around it.
func TestSplitterTagsQuotesAsOpeningAndClosing(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		`The accord, formally titled "Procedure for Peace," was signed.`,
		"The accord, formally titled \u201cProcedure for Peace,\u201d was signed.",
	} {
		sents, err := sp.Split(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tok := range sents[0].Tokens {
			if tok.Text == `"` || tok.Text == "\u201c" || tok.Text == "\u201d" {
				got = append(got, tok.Tag)
			}
		}
		if strings.Join(got, " ") != "`` ''" {
			t.Errorf("%s: quotes tagged %q, want [`` '']", text, got)
		}
	}
}
