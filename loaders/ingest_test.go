package loaders

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente-kg/entente/graph"
)

// writeLines writes lines to a file in dir and returns its path.
func writeLines(tb testing.TB, dir, name string, lines ...string) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// loadPaths runs Load over paths into st.
func loadPaths(tb testing.TB, ex Extractor, st *graph.Store, paths ...string) LoadSummary {
	tb.Helper()
	ctx := context.Background()
	src, err := NewSource(ctx, paths, SourceOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	sum, err := Load(ctx, ex, st, src, LoadOptions{Workers: 2})
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	return sum
}

// fact is a curated-fact line; empty kinds are left out.
func fact(subj, subjKind, pred, obj, objKind string) string {
	line := fmt.Sprintf(`{"subject":%q,"predicate":%q,"object":%q`, subj, pred, obj)
	if subjKind != "" {
		line += fmt.Sprintf(`,"subject_kind":%q`, subjKind)
	}
	if objKind != "" {
		line += fmt.Sprintf(`,"object_kind":%q`, objKind)
	}
	return line + "}"
}

// edgeCount is the number of stored edges of type pred.
func edgeCount(tb testing.TB, st *graph.Store, pred string) int {
	tb.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return s.Edges[pred]
}

func TestLoadCuratedFactsTwiceAddsNothing(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 600 { // more than one group
		lines = append(lines, fact(fmt.Sprintf("State %d", i%50), "State", "signed", fmt.Sprintf("Accord %d", i), "Agreement"))
	}
	path := writeLines(t, dir, "facts.jsonl", lines...)
	st := openStore(t)
	first := loadPaths(t, nil, st, path)
	if first.ErrorCount != 0 || first.EdgesNew != 600 || first.NodesNew != 650 || first.EvidenceNew != 600 {
		t.Fatalf("first load: %+v, want 600 edges and evidence, 650 nodes, no errors", first)
	}
	again := loadPaths(t, nil, st, path)
	if again.EdgesNew != 0 || again.NodesNew != 0 || again.EvidenceNew != 0 || again.EdgesMerged != 600 {
		t.Errorf("second load: %+v, want 600 edges merged and nothing new", again.WriteSummary)
	}
	if n := edgeCount(t, st, "signed"); n != 600 {
		t.Errorf("stored signed edges = %d, want 600", n)
	}
}

func TestLoadCuratedResolvesNamesOfTheSameLoad(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string // node id the kind-less line's subject must resolve to
	}{
		{
			name: "a kind-less line names a node an earlier fact made",
			lines: []string{fact("Valdoria", "State", "signed", "Kestrel Accord", "Agreement"),
				fact("Valdoria", "", "violated", "Kestrel Accord", "")},
			want: graph.NodeID(graph.KindState, "Valdoria"),
		},
		{
			name: "a kind-less line names an alias an earlier entity line gave",
			lines: []string{`{"name":"United Valdoria","kind":"State","aliases":["UV"]}`,
				fact("UV", "", "violated", "Kestrel Accord", "Agreement")},
			want: graph.NodeID(graph.KindState, "United Valdoria"),
		},
		{
			name: "a line with a kind joins an alias an earlier entity line gave",
			lines: []string{`{"name":"United Valdoria","kind":"State","aliases":["UV"]}`,
				fact("UV", "State", "violated", "Kestrel Accord", "Agreement")},
			want: graph.NodeID(graph.KindState, "United Valdoria"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			sum := loadPaths(t, nil, st, writeLines(t, t.TempDir(), "facts.jsonl", tt.lines...))
			if sum.ErrorCount != 0 {
				t.Fatalf("errors: %v", sum.Errors)
			}
			page, err := st.Edges(context.Background(), graph.EdgeQuery{Node: tt.want, Direction: graph.Out, Types: []string{"violated"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Edges) != 1 {
				t.Errorf("violated edges of %s = %+v, want one", tt.want, page.Edges)
			}
		})
	}
}

func TestLoadNamesTheBadLineAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 300 {
		lines = append(lines, fact(fmt.Sprintf("State %d", i), "State", "signed", "Accord", "Agreement"))
	}
	lines[99] = fact("Nobody Known", "", "signed", "Accord", "Agreement") // line 100: no kind, no such node
	path := writeLines(t, dir, "facts.jsonl", lines...)
	st := openStore(t)
	sum := loadPaths(t, nil, st, path)
	if sum.ErrorCount != 1 || !strings.Contains(sum.Errors[0].Error(), "facts.jsonl:100") || !strings.Contains(sum.Errors[0].Error(), "subject_kind") {
		t.Fatalf("errors = %v, want one naming facts.jsonl:100 and subject_kind", sum.Errors)
	}
	if n := edgeCount(t, st, "signed"); n != 299 {
		t.Errorf("stored edges = %d, want the other 299", n)
	}
}

// TestImporterGroupFindsTheInvalidLine drives the writer directly: the parser refuses every
// bad value it knows, so only a batch the store refuses (an unknown kind here) exercises the
// one-by-one retry of a refused group.
func TestImporterGroupFindsTheInvalidLine(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	var sum LoadSummary
	w, err := newLoadWriter(ctx, st, &sum, 10)
	if err != nil {
		t.Fatal(err)
	}
	good := func(name string) *graph.Batch {
		b, err := CuratedBatch(ctx, &CuratedFact{Subject: name, SubjectKind: graph.KindState, Predicate: "signed",
			Object: "Accord", ObjectKind: graph.KindAgreement, File: "f"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	bad := &graph.Batch{Nodes: []graph.Node{{ID: "bogus:x", Kind: "Bogus", Name: "X"}}}
	for i, b := range []*graph.Batch{good("A"), bad, good("B")} {
		if err := w.importBatch(ctx, loadJob{item: Item{File: "f.jsonl", Line: i + 1}}, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.closeImporter(ctx); err != nil {
		t.Fatal(err)
	}
	if sum.ErrorCount != 1 || !strings.Contains(sum.Errors[0].Error(), "f.jsonl:2") {
		t.Fatalf("errors = %v, want one naming f.jsonl:2", sum.Errors)
	}
	if sum.EdgesNew != 2 || edgeCount(t, st, "signed") != 2 {
		t.Errorf("summary %+v, want the two good lines stored", sum.WriteSummary)
	}
}

// Lines whose ends are resolved already go straight into the group's batch (no batch of
// their own); a refused group must still name the bad one among them, and keep the others.
func TestImporterGroupFindsTheInvalidLineAmongResolvedOnes(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	var sum LoadSummary
	w, err := newLoadWriter(ctx, st, &sum, 10)
	if err != nil {
		t.Fatal(err)
	}
	preds := []string{"signed", "violated", "no_such_predicate", "mediated"}
	for i, pred := range preds {
		f := &CuratedFact{Subject: "Atlantis", SubjectKind: graph.KindState, Predicate: pred,
			Object: "Accord", ObjectKind: graph.KindAgreement, File: "f.jsonl", Line: i + 1}
		if err := w.write(ctx, loadJob{seq: i, item: Item{File: "f.jsonl", Line: i + 1, Fact: f}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.closeImporter(ctx); err != nil {
		t.Fatal(err)
	}
	if sum.ErrorCount != 1 || !strings.Contains(sum.Errors[0].Error(), "f.jsonl:3") {
		t.Fatalf("errors = %v, want one naming f.jsonl:3", sum.Errors)
	}
	for _, pred := range []string{"signed", "violated", "mediated"} {
		if n := edgeCount(t, st, pred); n != 1 {
			t.Errorf("%d %s edges stored, want 1", n, pred)
		}
	}
}

func TestLoadArticlesBetweenFactsAreAtomicAndJoined(t *testing.T) {
	dir := t.TempDir()
	article := `{"id":"a1","title":"Talks","published":"2019-03-01","text":"Valdoria signed the Kestrel Agreement with Norway in March 2019."}`
	path := writeLines(t, dir, "mixed.jsonl",
		fact("Zed Republic", "State", "signed", "Halden Accord", "Agreement"),
		article,
		fact("Zed Republic", "", "violated", "Kestrel Agreement", ""), // kind-less: names what the article made
	)
	st := openStore(t)
	sum := loadPaths(t, newTestPipeline(t), st, path)
	if sum.ArticlesNew != 1 || sum.ErrorCount != 0 {
		t.Fatalf("summary %+v, errors %v", sum.WriteSummary, sum.Errors)
	}
	page, err := st.Edges(context.Background(), graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Zed Republic"), Direction: graph.Out, Types: []string{"violated"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Edges) != 1 || page.Edges[0].Target != graph.NodeID(graph.KindAgreement, "Kestrel Agreement") {
		t.Errorf("violated = %+v, want the agreement the article introduced", page.Edges)
	}
	again := loadPaths(t, newTestPipeline(t), st, path)
	if again.ArticlesSkipped != 1 || again.EdgesNew != 0 {
		t.Errorf("re-run: %+v, want the article skipped and no new edge", again.WriteSummary)
	}
}

func TestLoadCancelledHalfWayResumesWithoutDuplicates(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := range 3000 {
		lines = append(lines, fact(fmt.Sprintf("State %d", i%70), "State", "violated", fmt.Sprintf("Accord %d", i), "Agreement"))
	}
	path := writeLines(t, dir, "facts.jsonl", lines...)
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	src, err := NewSource(ctx, []string{path}, SourceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Cancel from the writer's own progress report, once part of the file is written.
	opts := LoadOptions{Workers: 2, ProgressEvery: time.Nanosecond, Progress: func(p LoadProgress) {
		if p.Items >= 1000 {
			cancel()
		}
	}}
	sum, err := Load(ctx, nil, st, src, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if sum.Items >= len(lines) {
		t.Fatalf("the load read all %d lines before stopping; the test needs it stopped half-way", sum.Items)
	}
	// The importer let go of the store: a second load runs, and finishes the job.
	again := loadPaths(t, nil, st, path)
	if again.ErrorCount != 0 || again.EdgesNew+again.EdgesMerged != len(lines) {
		t.Errorf("resumed load: %+v", again.WriteSummary)
	}
	if n := edgeCount(t, st, "violated"); n != len(lines) {
		t.Errorf("stored edges = %d, want %d", n, len(lines))
	}
}

func BenchmarkLoadCurated(b *testing.B) {
	const facts = 20000
	dir := b.TempDir()
	lines := make([]string, facts)
	for i := range lines {
		lines[i] = fmt.Sprintf(`{"subject":"Actor %d","subject_kind":"State","predicate":"signed","object":"Accord %d","object_kind":"Agreement"}`, i%3000, i%997)
	}
	path := writeLines(b, dir, "facts.jsonl", lines...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := graph.Open(graph.DefaultOptions(filepath.Join(dir, fmt.Sprint("db", i))))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum := loadPaths(b, nil, st, path)
		b.StopTimer()
		if sum.ErrorCount > 0 {
			b.Fatal(sum.Errors)
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(facts*b.N)/b.Elapsed().Seconds(), "edges/s")
}

func TestResolvedEndsKeepEachKindOfAName(t *testing.T) {
	r := newResolvedEnds()
	georgiaState := graph.Node{ID: "state:georgia", Kind: graph.KindState, Name: "Georgia"}
	georgiaPlace := graph.Node{ID: "place:georgia-us", Kind: graph.KindPlace, Name: "Georgia (US)"}
	r.put(graph.KindState, "Georgia", &georgiaState)
	r.put(graph.KindPlace, "Georgia", &georgiaPlace)
	r.put(graph.KindState, "Georgia", &georgiaPlace) // a name resolves once: the first answer stays
	for _, tc := range []struct {
		kind  graph.Kind
		name  string
		want  graph.Node
		found bool
	}{
		{graph.KindState, "Georgia", georgiaState, true},
		{graph.KindPlace, "Georgia", georgiaPlace, true},
		{graph.KindPerson, "Georgia", graph.Node{}, false},
		{graph.KindState, "georgia", graph.Node{}, false},
	} {
		got, found := r.get(tc.kind, tc.name)
		if found != tc.found || got.ID != tc.want.ID || got.Kind != tc.want.Kind || got.Name != tc.want.Name {
			t.Errorf("get(%s, %q) = %+v, %v; want %+v, %v", tc.kind, tc.name, got, found, tc.want, tc.found)
		}
	}
	r.reset()
	if _, found := r.get(graph.KindState, "Georgia"); found {
		t.Errorf("get after reset found an end")
	}
}

// TestLoadKeepsAPagesOtherArticlesWhenOneIsTooLarge pins that an article the pipeline refuses
// costs only itself: the page's other articles are stored, and the refusal is reported with
// the file.
func TestLoadKeepsAPagesOtherArticlesWhenOneIsTooLarge(t *testing.T) {
	page := examplePage(t)
	docs, err := newTestPipeline(t).Extract(context.Background(), Page{Name: "page.txt", Text: page})
	if err != nil {
		t.Fatal(err)
	}
	largest := 0
	for _, d := range docs {
		largest = max(largest, len(d.Article.Text))
	}
	if len(docs) < 2 {
		t.Fatalf("the example page gave %d articles, want several", len(docs))
	}
	path := writeLines(t, t.TempDir(), "page.txt", page)
	st := openStore(t)
	sum := loadPaths(t, newTestPipeline(t, WithMaxArticleBytes(largest-1)), st, path)
	if sum.ErrorCount != 1 || !errors.Is(sum.Errors[0], ErrArticleTooLarge) || !strings.Contains(sum.Errors[0].Error(), "page.txt") {
		t.Fatalf("errors = %v, want one too-large article naming page.txt", sum.Errors)
	}
	if sum.Documents != len(docs)-1 {
		t.Errorf("documents = %d, want the other %d", sum.Documents, len(docs)-1)
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != len(docs)-1 {
		t.Errorf("stored articles = %d, want %d", stats.Articles, len(docs)-1)
	}
}
