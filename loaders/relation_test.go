package loaders_test

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/loaders"
)

var (
	relPipeOnce sync.Once
	relPipe     *loaders.Pipeline
	relPipeErr  error
)

// relPipeline builds the real pipeline once for the relation tests (building it loads
// every knowledge table and the tagger model).
func relPipeline(t testing.TB) *loaders.Pipeline {
	t.Helper()
	relPipeOnce.Do(func() { relPipe, relPipeErr = loaders.NewPipeline(data.Knowledge()) })
	if relPipeErr != nil {
		t.Fatalf("NewPipeline: %v", relPipeErr)
	}
	return relPipe
}

// relFacts runs text through the whole pipeline as one article published on published and
// returns its facts as "subject|predicate|object" strings, sorted, restricted to preds
// (every predicate but represents when preds is empty).
func relFacts(t *testing.T, text, published string, preds ...string) ([]string, []loaders.Document) {
	t.Helper()
	return relTitledFacts(t, "Test", text, published, preds...)
}

// relTitledFacts is relFacts for an article with a headline.
func relTitledFacts(t *testing.T, title, text, published string, preds ...string) ([]string, []loaders.Document) {
	t.Helper()
	doc, err := relFactsFromTitled(t, relPipeline(t), title, text, published)
	if err != nil {
		t.Fatalf("ExtractSection: %v", err)
	}
	keep := func(pred string) bool {
		if len(preds) == 0 {
			return pred != "represents"
		}
		for _, p := range preds {
			if p == pred {
				return true
			}
		}
		return false
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range doc.Facts {
		if !keep(f.Predicate) {
			continue
		}
		s, o := f.Subject, f.Object
		if f.Predicate == "met_with" && s > o {
			s, o = o, s
		}
		k := s + "|" + f.Predicate + "|" + o
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out, []loaders.Document{doc}
}

// relFactsFrom runs one article through p and checks what must hold for any input: every
// fact's evidence is its sentence in the article text.
func relFactsFrom(t *testing.T, p *loaders.Pipeline, text, published string) (loaders.Document, error) {
	t.Helper()
	return relFactsFromTitled(t, p, "Test", text, published)
}

func relFactsFromTitled(t *testing.T, p *loaders.Pipeline, title, text, published string) (loaders.Document, error) {
	t.Helper()
	doc, err := p.ExtractSection(context.Background(), "test", loaders.Section{Title: title, Body: text, Published: published}, "")
	if err != nil {
		return doc, err
	}
	for _, f := range doc.Facts {
		if f.Start < 0 || f.End > len(doc.Article.Text) || f.Start > f.End || doc.Article.Text[f.Start:f.End] != f.Evidence {
			t.Errorf("fact %+v: evidence is not the text at its span", f)
		}
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("fact %+v: confidence out of (0, 1]", f)
		}
	}
	return doc, nil
}

func relSorted(in []string) []string {
	out := append([]string(nil), in...)
	for i, k := range out {
		parts := strings.Split(k, "|")
		if len(parts) == 3 && parts[1] == "met_with" && parts[0] > parts[2] {
			out[i] = parts[2] + "|met_with|" + parts[0]
		}
	}
	sort.Strings(out)
	if out == nil {
		out = []string{}
	}
	return out
}

type relCase struct {
	name      string
	title     string // the headline; "Test" when empty
	text      string
	published string
	preds     []string // predicates compared; all but represents when empty
	want      []string // "subject|predicate|object", canonical names
}

func runRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			title := c.title
			if title == "" {
				title = "Test"
			}
			got, _ := relTitledFacts(t, title, c.text, c.published, c.preds...)
			if got == nil {
				got = []string{}
			}
			want := relSorted(c.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("text: %s\n got: %q\nwant: %q", c.text, got, want)
			}
		})
	}
}
