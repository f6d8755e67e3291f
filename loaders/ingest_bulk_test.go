package loaders

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/internal/graphdump"
	"github.com/entente-kg/entente/internal/lockedbuf"
)

// bulkCorpus writes the example page and, when ../shared is beside the repository, the
// devset's articles into dir, and returns their paths.
func bulkCorpus(t *testing.T, dir string) []string {
	t.Helper()
	paths := []string{writeLines(t, dir, "page.txt", examplePage(t))}
	devset, _ := filepath.Glob("../../shared/devset/corpus/*.txt")
	return append(paths, devset...)
}

// loadedStore loads paths with the full pipeline into a fresh store opened with its options
// changed by change, and returns the store (closed when the test ends) and what it logged.
func loadedStore(t *testing.T, change func(*graph.Options), paths []string) (*graph.Store, LoadSummary, string) {
	t.Helper()
	var log lockedbuf.Buffer
	opts := graph.DefaultOptions(t.TempDir())
	opts.Logger = slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelInfo}))
	change(&opts)
	st, err := graph.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	sum := loadPaths(t, p, st, paths...)
	return st, sum, log.String()
}

// loadInto is loadedStore, and what the store holds.
func loadInto(t *testing.T, change func(*graph.Options), paths []string) (graphdump.Dump, LoadSummary, string) {
	t.Helper()
	st, sum, log := loadedStore(t, change, paths)
	d, err := graphdump.Read(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return d, sum, log
}

func TestLoadIntoAnEmptyStoreStoresWhatArticleByArticleWritesStore(t *testing.T) {
	paths := bulkCorpus(t, t.TempDir())
	bulk, bulkSum, bulkLog := loadInto(t, func(*graph.Options) {}, paths)
	each, eachSum, eachLog := loadInto(t, func(o *graph.Options) { o.NoStreamImport = true }, paths)
	if !strings.Contains(bulkLog, "writing a round of the import") {
		t.Errorf("the load into an empty store did not go through the import; its log:\n%s", bulkLog)
	}
	if strings.Contains(eachLog, "writing a round of the import") {
		t.Errorf("with NoStreamImport the articles went through the import; its log:\n%s", eachLog)
	}
	if len(bulk.Edges) < 10 || len(bulk.Articles) < len(paths) {
		t.Fatalf("the corpus gave %d edges and %d articles: too few to compare", len(bulk.Edges), len(bulk.Articles))
	}
	if bulk.Hash() != each.Hash() {
		t.Errorf("bulk load stored %d nodes, %d edges, %d articles (hash %s); article by article %d, %d, %d (hash %s)",
			len(bulk.Nodes), len(bulk.Edges), len(bulk.Articles), bulk.Hash(), len(each.Nodes), len(each.Edges), len(each.Articles), each.Hash())
	}
	if bulkSum.WriteSummary != eachSum.WriteSummary || bulkSum.Facts != eachSum.Facts || bulkSum.Documents != eachSum.Documents {
		t.Errorf("summaries differ: bulk %+v, article by article %+v", bulkSum, eachSum)
	}
	for pred, n := range each.Stats.Edges {
		if bulk.Stats.Edges[pred] != n {
			t.Errorf("stats: %d %s edges in bulk, %d article by article", bulk.Stats.Edges[pred], pred, n)
		}
	}
}

func TestLoadIntoAnEmptyStoreFindsEvidenceWordsAsArticleByArticleWritesDo(t *testing.T) {
	paths := bulkCorpus(t, t.TempDir())[:1]
	search := func(change func(*graph.Options)) map[string][]string {
		st, _, _ := loadedStore(t, change, paths)
		out := map[string][]string{}
		for _, q := range []string{"guarantees", "security", "Ukraine", "signed memorandum"} {
			hits, err := st.SearchEvidence(context.Background(), q, 100)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				for _, ev := range h.Edge.Evidence {
					out[q] = append(out[q], fmt.Sprintf("%s %d %s", h.Edge.ID, h.Full, ev.Sentence))
				}
			}
		}
		return out
	}
	bulk := search(func(*graph.Options) {})
	each := search(func(o *graph.Options) { o.NoStreamImport = true })
	if len(bulk["Ukraine"]) == 0 {
		t.Fatalf("no evidence mentions Ukraine in the bulk-loaded example page: %v", bulk)
	}
	for q, want := range each {
		if got := bulk[q]; strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("search %q: bulk load finds\n%s\narticle by article\n%s", q, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestLoadCuratedLineAfterBulkArticlesNamesTheirNodes(t *testing.T) {
	dir := t.TempDir()
	article := `{"id":"a1","title":"Talks","published":"2019-03-01","text":"Valdoria signed the Kestrel Agreement with Norway in March 2019."}`
	path := writeLines(t, dir, "mixed.jsonl",
		article,
		fact("Norway", "", "violated", "Kestrel Agreement", ""), // kind-less: both ends are the article's
	)
	st := openStore(t)
	sum := loadPaths(t, newTestPipeline(t), st, path)
	if sum.ArticlesNew != 1 || sum.ErrorCount != 0 {
		t.Fatalf("summary %+v, errors %v", sum.WriteSummary, sum.Errors)
	}
	page, err := st.Edges(context.Background(), graph.EdgeQuery{Node: graph.NodeID(graph.KindAgreement, "Kestrel Agreement"), Direction: graph.In, Types: []string{"violated"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Edges) != 1 {
		t.Errorf("violated into the article's agreement = %+v, want the curated line's edge", page.Edges)
	}
	again := loadPaths(t, newTestPipeline(t), st, path)
	if again.ArticlesSkipped != 1 || again.EdgesNew != 0 {
		t.Errorf("re-run: %+v, want the article skipped and no new edge", again.WriteSummary)
	}
}
