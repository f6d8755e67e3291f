package loaders

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/entente-kg/entente/data"
)

// TestWireArticlesKeepTheirScore fails when a change loses what the seventeen sets of wire articles
// in testdata (see testdata/wire/README.md and the README of wire3 to wire17) measured. Each floor sits
// a little below that score, so that an improvement never has to move it.
func TestWireArticlesKeepTheirScore(t *testing.T) {
	p, err := NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		dir                 string
		factsF1, entitiesF1 float64
	}{
		{"testdata/wire", 0.90, 0.90},
		{"testdata/wire2", 0.78, 0.89},
		{"testdata/wire3", 0.78, 0.84},
		{"testdata/wire4", 0.70, 0.86},
		{"testdata/wire5", 0.80, 0.85},
		{"testdata/wire6", 0.73, 0.85},
		{"testdata/wire7", 0.67, 0.84},
		{"testdata/wire8", 0.68, 0.83},
		{"testdata/wire9", 0.74, 0.85},
		{"testdata/wire10", 0.64, 0.82},
		{"testdata/wire11", 0.75, 0.85},
		{"testdata/wire12", 0.68, 0.84},
		{"testdata/wire13", 0.60, 0.82},
		{"testdata/wire14", 0.62, 0.82},
		{"testdata/wire15", 0.72, 0.80},
		{"testdata/wire16", 0.69, 0.83},
		{"testdata/wire17", 0.49, 0.81},
	} {
		t.Run(filepath.Base(set.dir), func(t *testing.T) {
			gold, err := LoadGold(filepath.Join(set.dir, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			files, err := filepath.Glob(filepath.Join(set.dir, "corpus", "*.txt"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no articles in %s: %v", set.dir, err)
			}
			var docs []Document
			for _, f := range files {
				text, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				d, err := p.Extract(t.Context(), Page{Name: filepath.Base(f), Text: string(text)})
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				docs = append(docs, d...)
			}
			res, err := gold.ScoreDocuments(docs, EvalOptions{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, ff := res.All.PRF()
			var ef float64
			for _, row := range res.Entities {
				if row.Name == "ALL" {
					_, _, ef = row.PRF()
				}
			}
			t.Logf("%s: facts F1 %.3f, entities F1 %.3f", set.dir, ff, ef)
			if ff < set.factsF1 || ef < set.entitiesF1 {
				t.Errorf("facts F1 %.3f (floor %.2f), entities F1 %.3f (floor %.2f)", ff, set.factsF1, ef, set.entitiesF1)
			}
		})
	}
}

// curlQuotes rewrites straight quotes as a typesetter would: “…” for double quotes, ’ for
// apostrophes and closing single quotes, ‘ for opening ones.
func curlQuotes(text string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range text {
		opens := unicode.IsSpace(prev) || strings.ContainsRune("([—-", prev)
		switch {
		case r == '"' && opens:
			b.WriteRune('“')
		case r == '"':
			b.WriteRune('”')
		case r == '\'' && opens:
			b.WriteRune('‘')
		case r == '\'':
			b.WriteRune('’')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// typesetVariants rewrite a plain text the ways scraped pages typeset it.
var typesetVariants = []struct {
	name string
	fn   func(string) string
}{
	{"curly quotes", curlQuotes},
	{"CRLF line ends", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"zero-width spaces on blank lines", func(s string) string { return strings.ReplaceAll(s, "\n\n", "\n\u200b\n") }},
	{"en dashes in compounds", func(s string) string { return letterHyphen.ReplaceAllString(s, "$1–$2") }},
	{"non-breaking hyphens", func(s string) string { return letterHyphen.ReplaceAllString(s, "$1\u2011$2") }},
	{"soft hyphens in long names", func(s string) string { return longName.ReplaceAllString(s, "$1\u00ad$2") }},
	{"HTML character references", func(s string) string {
		return strings.NewReplacer("&", "&amp;", "'", "&#8217;", `"`, "&quot;", ". ", ".&nbsp;").Replace(s)
	}},
}

var (
	letterHyphen = regexp.MustCompile(`(\pL)-(\pL)`)
	longName     = regexp.MustCompile(`\b(\p{Lu}\p{Ll}{3})(\p{Ll}{4,})`)
)

// TestTypographyGivesTheSameFacts pins down that typesetting does not change what is read:
// scraped pages use “curly” quotes, ’ apostrophes, en dashes, CRLF line ends, invisible
// characters and HTML character references where the test sets are plain. Each variant of every test article must give
// the plain article's facts.
func TestTypographyGivesTheSameFacts(t *testing.T) {
	p, err := NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	// The shared example page and devset too, when they stand beside the repository.
	for _, pattern := range []string{"testdata/wire*/corpus/*.txt", "../../shared/corpus/*.txt", "../../shared/devset/corpus/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	facts := func(name, text string) []string {
		docs, err := p.Extract(t.Context(), Page{Name: name, Text: text})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out []string
		for _, d := range docs {
			for _, f := range d.Facts {
				out = append(out, f.Subject+"|"+f.Predicate+"|"+f.Object)
			}
		}
		slices.Sort(out)
		return out
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		want := facts(f, text)
		for _, v := range typesetVariants {
			typeset := v.fn(text)
			if typeset == text {
				continue
			}
			if got := facts(f, typeset); !slices.Equal(got, want) {
				t.Errorf("%s with %s:\n got %q\nwant %q", f, v.name, got, want)
			}
		}
	}
}
