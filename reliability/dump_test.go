package reliability

import (
	"context"
	"fmt"
	"maps"
	"testing"

	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/internal/graphdump"
)

// evKey identifies one evidence entry the way the store deduplicates it.
type evKey struct {
	Article    string
	Start, End int
	Rule       string
}

func keyOf(ev graph.Evidence) evKey { return evKey{ev.Article, ev.Start, ev.End, ev.Rule} }

// dump is everything stored, read back through graph's API after the writer is gone.
type dump struct{ graphdump.Dump }

// readDump opens the database in dir and reads every node, edge (with evidence) and article.
// The process that wrote it must be gone. It opens read-write, as the next `entente load` or
// `serve` would: that is the open that must recover from a crash (read-only opens are
// checked by TestStatsOpensADatabaseWhoseWriterWasKilled).
func readDump(t *testing.T, dir string) dump {
	t.Helper()
	opts := graph.DefaultOptions(dir)
	opts.BlockCacheSize, opts.IndexCacheSize, opts.MemTableSize = 8<<20, 8<<20, 8<<20
	st, err := graph.Open(opts)
	if err != nil {
		t.Fatalf("opening %s after the writer died: %v", dir, err)
	}
	defer st.Close()
	d, err := graphdump.Read(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return dump{d}
}

func (d dump) hash() string { return d.Hash() }

// duplicateEvidence counts evidence entries that repeat another of the same edge.
func (d dump) duplicateEvidence() (int, []string) {
	n := 0
	var where []string
	for _, e := range d.Edges {
		seen := make(map[evKey]bool, len(e.Evidence))
		for _, ev := range e.Evidence {
			k := keyOf(ev)
			if seen[k] {
				n++
				if len(where) < 5 {
					where = append(where, fmt.Sprintf("edge %s: %+v", e.ID, k))
				}
			}
			seen[k] = true
		}
	}
	return n, where
}

// evidenceByArticle maps each article id to the (edge, evidence) pairs it contributed.
func (d dump) evidenceByArticle() map[string]map[string]bool {
	out := make(map[string]map[string]bool)
	for _, e := range d.Edges {
		for _, ev := range e.Evidence {
			m := out[ev.Article]
			if m == nil {
				m = make(map[string]bool)
				out[ev.Article] = m
			}
			m[fmt.Sprintf("%s %+v", e.ID, keyOf(ev))] = true
		}
	}
	return out
}

// articleIDs are the stored article ids.
func (d dump) articleIDs() map[string]bool {
	out := make(map[string]bool, len(d.Articles))
	for _, a := range d.Articles {
		out[a.ID] = true
	}
	return out
}

// checkAgainst checks d, a database a writer died on, against ref, the same input loaded
// without interruption: stored articles are distinct and come with exactly their evidence
// (nothing half-written), no evidence repeats, and nothing is stored that ref lacks. It
// returns the number of problems, each reported with t.Errorf.
func (d dump) checkAgainst(t *testing.T, ref dump, label string) int {
	t.Helper()
	problems := 0
	fail := func(format string, args ...any) {
		t.Helper()
		problems++
		if problems <= 10 {
			t.Errorf(label+": "+format, args...)
		}
	}
	if n, where := d.duplicateEvidence(); n > 0 {
		fail("%d duplicate evidence entries, e.g. %v", n, where)
	}
	titles := make(map[string]int)
	for _, a := range d.Articles {
		titles[a.Title]++
	}
	for title, n := range titles {
		if n > 1 {
			fail("article %q stored %d times", title, n)
		}
	}
	if d.Stats.Articles != len(d.Articles) {
		fail("stats count %d articles, paging finds %d", d.Stats.Articles, len(d.Articles))
	}
	refArticles := ref.articleIDs()
	for id := range d.articleIDs() {
		if !refArticles[id] {
			fail("article %s is stored but not in the uninterrupted load", id)
		}
	}
	got, want := d.evidenceByArticle(), ref.evidenceByArticle()
	stored := d.articleIDs()
	for art, ev := range got {
		if !stored[art] && !isCurated(art) {
			fail("article %s has %d evidence entries but is not stored (half-written)", art, len(ev))
			continue
		}
		for k := range ev {
			if !want[art][k] {
				fail("evidence %s is not in the uninterrupted load", k)
			}
		}
	}
	for art := range stored {
		if !maps.Equal(got[art], want[art]) {
			fail("article %s stored with %d of its %d evidence entries (half-written)", art, len(got[art]), len(want[art]))
		}
	}
	return problems
}

// isCurated tells curated evidence ("curated:FILE" article ids) from an article's.
func isCurated(article string) bool {
	return len(article) > 8 && article[:8] == "curated:"
}
