package loaders

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/entente-kg/entente/graph"
)

func TestParseJSONLLineReadsEachRecordType(t *testing.T) {
	tests := []struct {
		name string
		line string
		want Item
	}{
		{
			name: "curated fact with every field",
			line: `{"subject":" Russia ","subject_kind":"state","predicate":"Violated","object":"Budapest Memorandum","object_kind":"Agreement","date":"2014-03","evidence":" Russia broke it. ","confidence":0.8,"modality":"Alleged","article":"bbc-1"}`,
			want: Item{File: "f.jsonl", Line: 7, Fact: &CuratedFact{Subject: "Russia", SubjectKind: graph.KindState, Predicate: "violated",
				Object: "Budapest Memorandum", ObjectKind: graph.KindAgreement, Date: "2014-03", Evidence: "Russia broke it.",
				Confidence: 0.8, Modality: graph.Alleged, Article: "bbc-1", File: "f.jsonl", Line: 7}},
		},
		{
			name: "curated fact with defaults",
			line: `{"subject":"Russia","predicate":"annexed","object":"Crimea","date":null}`,
			want: Item{File: "f.jsonl", Line: 7, Fact: &CuratedFact{Subject: "Russia", Predicate: "annexed", Object: "Crimea",
				Confidence: 1, Modality: graph.Asserted, Article: "curated:f.jsonl", File: "f.jsonl", Line: 7}},
		},
		{
			name: "article",
			line: `{"id":"a1","title":"T","source":"S","published":"2025-08","url":"u","text":"Body."}`,
			want: Item{File: "f.jsonl", Line: 7, Page: &Page{Name: "a1", Title: "T", Source: "S", Published: "2025-08", URL: "u", Text: "Body.", Single: true}},
		},
		{
			name: "entity line as extract prints it",
			line: `{"name":"United States","kind":"State","article":"x.txt","aliases":["US","United States"," U.S. ",""]}`,
			want: Item{File: "f.jsonl", Line: 7, Node: &CuratedNode{Name: "United States", Kind: graph.KindState, Aliases: []string{"US", "U.S."}, File: "f.jsonl", Line: 7}},
		},
		{
			name: "HTML in a name is kept as text",
			line: `{"subject":"<script>alert(1)</script>","subject_kind":"Person","predicate":"led","object":"A & B","object_kind":"Organization"}`,
			want: Item{File: "f.jsonl", Line: 7, Fact: &CuratedFact{Subject: "<script>alert(1)</script>", SubjectKind: graph.KindPerson, Predicate: "led",
				Object: "A & B", ObjectKind: graph.KindOrganization, Confidence: 1, Modality: graph.Asserted, Article: "curated:f.jsonl", File: "f.jsonl", Line: 7}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseJSONLLine([]byte(tc.line), "f.jsonl", 7, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if !itemsEqual(got, tc.want) {
				t.Errorf("got  %s\nwant %s", describeItem(got), describeItem(tc.want))
			}
		})
	}
}

func itemsEqual(a, b Item) bool {
	if a.File != b.File || a.Line != b.Line || (a.Page == nil) != (b.Page == nil) || (a.Fact == nil) != (b.Fact == nil) || (a.Node == nil) != (b.Node == nil) {
		return false
	}
	switch {
	case a.Page != nil:
		return *a.Page == *b.Page
	case a.Fact != nil:
		return *a.Fact == *b.Fact
	case a.Node != nil:
		return a.Node.Name == b.Node.Name && a.Node.Kind == b.Node.Kind && equalStrings(a.Node.Aliases, b.Node.Aliases) && a.Node.File == b.Node.File && a.Node.Line == b.Node.Line
	}
	return true
}

func describeItem(it Item) string {
	switch {
	case it.Page != nil:
		return "page " + strings.ReplaceAll(strings.Join([]string{it.Page.Name, it.Page.Title, it.Page.Source, it.Page.Published, it.Page.URL, it.Page.Text}, "|"), "\n", " ")
	case it.Fact != nil:
		f := it.Fact
		return strings.Join([]string{"fact", f.Subject, string(f.SubjectKind), f.Predicate, f.Object, string(f.ObjectKind), f.Date, f.Evidence, string(f.Modality), f.Article}, "|")
	case it.Node != nil:
		return "node " + it.Node.Name + "|" + string(it.Node.Kind) + "|" + strings.Join(it.Node.Aliases, ",")
	}
	return "nothing"
}

func TestParseJSONLLineNamesTheFieldOfEachBadLine(t *testing.T) {
	for _, c := range badLineCatalogue() {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseJSONLLine([]byte(c.line), "in.jsonl", 3, Limits{})
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			if ie.File != "in.jsonl" || ie.Line != 3 || ie.Field != c.field || !strings.Contains(ie.Msg, c.msg) {
				t.Errorf("got %q (field %q); want in.jsonl:3 field %q saying %q", ie.Error(), ie.Field, c.field, c.msg)
			}
		})
	}
}

// FuzzJSONLLine feeds arbitrary lines to the JSONL parser: it must never panic, must give
// either one well-formed record or an *InputError that names the place, and every record it
// accepts must satisfy the checks the loaders rely on.
func FuzzJSONLLine(f *testing.F) {
	f.Add([]byte(goodFactLine))
	f.Add([]byte(`{"id":"a","title":"t","published":"2025-08-19T10:00:00Z","text":"Body."}`))
	f.Add([]byte(`{"name":"Russia","kind":"State","aliases":["RU"]}`))
	for _, c := range badLineCatalogue() {
		if len(c.line) < 1000 {
			f.Add([]byte(c.line))
		}
	}
	limits := DefaultLimits()
	fast, slow := newJSONLParser(limits, "fuzz.jsonl"), newJSONLParser(limits, "fuzz.jsonl")
	slow.slow = true
	f.Fuzz(func(t *testing.T, line []byte) {
		// The flat scanner and encoding/json must agree on every line, errors included.
		a, aerr := fast.parse(line, 1)
		b, berr := slow.parse(line, 1)
		if (aerr == nil) != (berr == nil) || aerr != nil && (aerr.Field != berr.Field || aerr.Msg != berr.Msg) ||
			describeItem(Item{Page: a.Page, Fact: a.Fact, Node: a.Node}) != describeItem(Item{Page: b.Page, Fact: b.Fact, Node: b.Node}) {
			t.Fatalf("fast and slow paths disagree:\nfast %s %v\nslow %s %v", describeItem(Item{Page: a.Page, Fact: a.Fact, Node: a.Node}), aerr,
				describeItem(Item{Page: b.Page, Fact: b.Fact, Node: b.Node}), berr)
		}
		it, err := ParseJSONLLine(line, "fuzz.jsonl", 1, limits)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != "fuzz.jsonl" || ie.Line != 1 || ie.Msg == "" {
				t.Fatalf("error %#v does not name the place and the problem", err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.jsonl:1: ") {
				t.Fatalf("Error() = %q", err.Error())
			}
			return
		}
		n := 0
		for _, set := range []bool{it.Page != nil, it.Fact != nil, it.Node != nil} {
			if set {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("accepted line gave %d records", n)
		}
		checkName := func(field, s string, max int) {
			if s == "" || strings.TrimSpace(s) != s || !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 || utf8.RuneCountInString(s) > max {
				t.Fatalf("%s %q passed the parser", field, s)
			}
		}
		switch {
		case it.Page != nil:
			if strings.TrimSpace(it.Page.Text) == "" || !utf8.ValidString(it.Page.Text) || strings.IndexByte(it.Page.Text, 0) >= 0 {
				t.Fatalf("text %q passed the parser", it.Page.Text)
			}
			if it.Page.Published != "" {
				if _, err := ParseISOPartial(it.Page.Published); err != nil {
					t.Fatalf("published %q passed the parser: %v", it.Page.Published, err)
				}
			}
			if it.Page.Name == "" {
				t.Fatal("page without a name")
			}
		case it.Fact != nil:
			fc := it.Fact
			checkName("subject", fc.Subject, limits.MaxName)
			checkName("object", fc.Object, limits.MaxName)
			if _, err := graph.LookupPredicate(fc.Predicate); err != nil {
				t.Fatalf("predicate %q passed the parser", fc.Predicate)
			}
			for _, k := range []graph.Kind{fc.SubjectKind, fc.ObjectKind} {
				if k != "" {
					if pk, err := graph.ParseKind(string(k)); err != nil || pk != k || k == graph.KindArticle {
						t.Fatalf("kind %q passed the parser", k)
					}
				}
			}
			if fc.Date != "" {
				if _, err := ParseISOPartial(fc.Date); err != nil {
					t.Fatalf("date %q passed the parser", fc.Date)
				}
			}
			if !(fc.Confidence > 0 && fc.Confidence <= 1) || math.IsNaN(fc.Confidence) {
				t.Fatalf("confidence %v passed the parser", fc.Confidence)
			}
			if fc.Article == "" {
				t.Fatal("fact without an article")
			}
		case it.Node != nil:
			checkName("name", it.Node.Name, limits.MaxName)
			for _, a := range it.Node.Aliases {
				checkName("alias", a, limits.MaxName)
			}
		}
	})
}

func FuzzParseISOPartial(f *testing.F) {
	for _, s := range []string{"2014", "2024-02-29", "2025-13-45", "1900-02-29", "0000", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseISOPartial(s)
		if err != nil {
			return
		}
		if got != s {
			t.Fatalf("ParseISOPartial(%q) = %q", s, got)
		}
		// A valid date survives the standard library's stricter parser at its precision.
		layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
		if _, err := time.Parse(layout, s); err != nil {
			t.Fatalf("ParseISOPartial accepted %q, time.Parse says %v", s, err)
		}
	})
}
