package loaders

import (
	"context"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
)

// examplePage returns the default corpus page embedded in data/.
func examplePage(tb testing.TB) string {
	tb.Helper()
	b, err := fs.ReadFile(data.Corpus(), "ukraine-security-guarantees.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func newTestPipeline(tb testing.TB, opts ...PipelineOption) *Pipeline {
	tb.Helper()
	p, err := NewPipeline(data.Knowledge(), append([]PipelineOption{WithoutRelations()}, opts...)...)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func entityNames(doc Document) map[string]graph.Kind {
	out := map[string]graph.Kind{}
	for _, e := range doc.Entities {
		out[e.Name] = e.Kind
	}
	return out
}

func TestPipelineNamesDocumentsAfterThePage(t *testing.T) {
	p := newTestPipeline(t)
	docs, err := p.Extract(context.Background(), Page{Name: "page", Text: examplePage(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 {
		t.Fatalf("got %d documents, want 4", len(docs))
	}
	for i, want := range []string{"page", "page#2", "page#3", "page#4"} {
		if docs[i].Name != want {
			t.Errorf("document %d named %q, want %q", i, docs[i].Name, want)
		}
		a := docs[i].Article
		if a.Text == "" || a.Title == "" || len(a.ID) != 32 {
			t.Errorf("document %d: article not filled: title %q id %q", i, a.Title, a.ID)
		}
	}
}

// TestPipelineOffsetsQuoteTheBody pins the contract the relations stage and evidence rely on:
// every sentence and mention span is an exact substring of the article body, and every token
// span its word (in another letter case where a title or shouted line was recased).
func TestPipelineOffsetsQuoteTheBody(t *testing.T) {
	p := newTestPipeline(t)
	docs, err := p.Extract(context.Background(), Page{Name: "page", Text: examplePage(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		body := d.Article.Text
		for si, s := range d.Sentences {
			if body[s.Start:s.End] != s.Text {
				t.Fatalf("%s sentence %d: span does not quote the body", d.Name, si)
			}
			for _, tk := range s.Tokens {
				if !strings.EqualFold(body[tk.Start:tk.End], tk.Text) {
					t.Fatalf("%s token %q: span gives %q", d.Name, tk.Text, body[tk.Start:tk.End])
				}
			}
		}
		for _, m := range d.Mentions {
			s := d.Sentences[m.Sentence]
			if body[m.Start:m.End] != m.Text || m.Start != s.Tokens[m.TokStart].Start || m.End != s.Tokens[m.TokEnd-1].End {
				t.Fatalf("%s mention %q: offsets disagree with its tokens", d.Name, m.Text)
			}
			if m.Entity >= 0 && !containsInt(d.Entities[m.Entity].Mentions, indexOfMention(d.Mentions, m)) {
				t.Fatalf("%s mention %q: entity %d does not list it", d.Name, m.Text, m.Entity)
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func indexOfMention(ms []Mention, m Mention) int {
	for i := range ms {
		if ms[i].Start == m.Start && ms[i].End == m.End && ms[i].Entity == m.Entity && ms[i].Role == m.Role {
			return i
		}
	}
	return -1
}

func TestPipelineResolvesWithinAnArticle(t *testing.T) {
	p := newTestPipeline(t)
	body := "Chancellor Olaf Scholz met Polish President Andrzej Duda in Warsaw on Monday. " +
		"Mr Scholz said Germany would send tanks. Scholz's office confirmed it. " +
		"The Polish president thanked Berlin, and the Kremlin condemned the decision."
	docs, err := p.Extract(context.Background(), Page{Name: "n", Title: "Talks", Text: body})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	got := entityNames(d)
	for name, kind := range map[string]graph.Kind{"Olaf Scholz": graph.KindPerson, "Andrzej Duda": graph.KindPerson, "Poland": graph.KindState, "Germany": graph.KindState, "Russia": graph.KindState, "Warsaw": graph.KindPlace} {
		if got[name] != kind {
			t.Errorf("entity %q: got kind %q, want %q (all: %v)", name, got[name], kind, got)
		}
	}
	for _, e := range d.Entities {
		if e.Name == "Olaf Scholz" && len(e.Mentions) != 3 {
			t.Errorf("Olaf Scholz has %d mentions, want 3 (full name, Mr Scholz, Scholz's)", len(e.Mentions))
		}
		if e.Kind == graph.KindPerson && (e.Name == "Scholz" || e.Name == "Mr Scholz") {
			t.Errorf("short name %q became its own person", e.Name)
		}
	}
	// "The Polish president" is a role description resolved to the person holding it.
	for _, m := range d.Mentions {
		if m.Role == RoleTitle && strings.EqualFold(m.Text, "The Polish president") {
			if m.Entity < 0 || d.Entities[m.Entity].Name != "Andrzej Duda" {
				t.Errorf("role %q resolved to entity %d, want Andrzej Duda", m.Text, m.Entity)
			}
		}
	}
}

func TestPipelineUserTablesAddKnowledge(t *testing.T) {
	extra := fstest.MapFS{
		"organizations_local.tsv": {Data: []byte("Zorgon Collective\tmilitant\tZorgons\t\n")},
	}
	p := newTestPipeline(t, WithTables(extra))
	docs, err := p.Extract(context.Background(), Page{Name: "n", Title: "t", Text: "The Zorgons attacked a convoy."})
	if err != nil {
		t.Fatal(err)
	}
	if got := entityNames(docs[0]); got["Zorgon Collective"] != graph.KindOrganization {
		t.Errorf("user table entry not found: %v", got)
	}
	if _, err := NewPipeline(data.Knowledge(), WithTableFiles("testdata/no-such-file.tsv")); err == nil {
		t.Error("missing table file: want an error")
	}
}

func TestPipelineIsSafeForConcurrentUse(t *testing.T) {
	p := newTestPipeline(t)
	page := Page{Name: "page", Text: examplePage(t)}
	want, err := p.Extract(context.Background(), page)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := p.Extract(context.Background(), page)
			if err != nil || len(got) != len(want) || len(got[3].Entities) != len(want[3].Entities) {
				errs <- "concurrent run differs from a single run"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func BenchmarkPipelineEntities(b *testing.B) {
	p := newTestPipeline(b)
	text := examplePage(b)
	words := len(strings.Fields(text))
	page := Page{Name: "page", Text: text}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Extract(ctx, page); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestPublisherIsAName pins what a repeated short line may add as the page's outlet: a
// name ("The Independent"), never a phrase of the page's furniture ("Share this article").
func TestPublisherIsAName(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"The Independent", true},
		{"Share this article", false},
	} {
		t.Run(tc.label, func(t *testing.T) {
			text := "Menu\nHome\n\n" + tc.label + "\nTurkey hosts talks\nTurkish President Recep Tayyip Erdogan hosted talks between Russia and Ukraine in Istanbul on Tuesday, officials said.\n" + tc.label + "\n"
			docs, err := p.Extract(t.Context(), Page{Name: "page.txt", Text: text})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, d := range docs {
				for _, e := range d.Entities {
					if e.Name == tc.label && e.Kind == graph.KindOrganization {
						got = true
					}
				}
			}
			if got != tc.want {
				t.Errorf("%q as an organization: %v, want %v", tc.label, got, tc.want)
			}
		})
	}
}
