package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// readerQueries are what the concurrent readers ask, in turn; $n is a state's name.
func readerQueries() []string {
	return []string{
		`query($n: String!) { actor(name: $n) { name relations(first: 50, types: [SIGNED, VIOLATED, MEDIATED]) { totalCount edges { node {
			id support evidence(first: 100) { totalCount edges { node { articleId span { start end } rule } } } } } } } }`,
		`query($n: String!) { stats { nodes relations articles } agreements(signedBy: $n, first: 20) { totalCount edges { node { name signatories { name } } } } }`,
		`query($n: String!) { articles(first: 20) { totalCount edges { node { title } } } actor(name: $n) { violated { name } mediated { name } } }`,
	}
}

// observedRelation is a relation as one reader saw it.
type observedRelation struct {
	ID       string
	Support  int
	Evidence struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ArticleID string
				Span      struct{ Start, End int }
				Rule      string
			}
		}
	}
}

func TestConcurrentReadersDuringIngestSeeNoErrorsAndNoTornFacts(t *testing.T) {
	readers, articles := 50, 200
	if fullRun() {
		articles = 300
	}
	bin := binPath
	if raceBinPath != "" {
		bin = raceBinPath
	}
	dir := t.TempDir()
	s := serveWith(t, bin, dir, "secret")
	arts := newCorpus(articles, 21).Articles
	states := []string{"France", "Germany", "Russia", "Ukraine", "Poland", "Turkey", "Qatar", "Egypt", "Israel", "Iran", "China"}
	queries := readerQueries()

	var (
		mu       sync.Mutex
		seen     [][]observedRelation // the relations of one answer, read from one snapshot
		errs     []string
		lat      []time.Duration
		requests atomic.Int64
	)
	ctx, stop := context.WithCancel(context.Background())
	c := newClient(readers + 1)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ctx.Err() == nil; i++ {
				q := queries[i%len(queries)]
				began := time.Now()
				resp, err := gql(context.Background(), c, s.url, "", q, map[string]any{"n": states[i%len(states)]})
				took := time.Since(began)
				requests.Add(1)
				mu.Lock()
				lat = append(lat, took)
				switch {
				case err != nil:
					errs = append(errs, err.Error())
				case resp.status != 200 || len(resp.Errors) > 0:
					errs = append(errs, fmt.Sprintf("HTTP %d: %s", resp.status, resp.errorText()))
				case i%len(queries) == 0:
					var data struct {
						Actor *struct {
							Relations struct {
								Edges []struct{ Node observedRelation }
							}
						}
					}
					if err := json.Unmarshal(resp.Data, &data); err != nil {
						errs = append(errs, err.Error())
					} else if data.Actor != nil {
						var rels []observedRelation
						for _, e := range data.Actor.Relations.Edges {
							rels = append(rels, e.Node)
						}
						seen = append(seen, rels)
					}
				}
				mu.Unlock()
			}
		}()
	}
	began := time.Now()
	ingestErr := ingestAll(context.Background(), c, s, arts, 10, 0, func(int) {})
	ingestTook := time.Since(began)
	stop()
	wg.Wait()
	if ingestErr != nil {
		t.Fatalf("ingest under load: %v", ingestErr)
	}
	stopServer(t, s)
	if strings.Contains(s.stderr.String(), "DATA RACE") {
		t.Errorf("the race detector fired in serve:\n%s", clip(s.stderr.String(), 4000))
	}

	// Every article is one atomic write: a reader must see, for each relation, either all
	// the evidence an article gives it or none of it.
	final := readDump(t, filepath.Join(dir, "db"))
	want := make(map[string]map[string]map[evKey]bool) // edge → article → evidence
	for _, e := range final.Edges {
		want[e.ID] = make(map[string]map[evKey]bool)
		for _, ev := range e.Evidence {
			if want[e.ID][ev.Article] == nil {
				want[e.ID][ev.Article] = make(map[evKey]bool)
			}
			want[e.ID][ev.Article][keyOf(ev)] = true
		}
	}
	// Within one answer the relations come from one snapshot, so an article seen anywhere in
	// it shows all its evidence on every relation of the answer it contributes to.
	torn, checked := 0, 0
	for _, answer := range seen {
		got := make(map[string]map[string]map[evKey]bool) // relation → article → evidence
		articles := make(map[string]bool)
		for _, r := range answer {
			got[r.ID] = make(map[string]map[evKey]bool)
			for _, e := range r.Evidence.Edges {
				n := e.Node
				if got[r.ID][n.ArticleID] == nil {
					got[r.ID][n.ArticleID] = make(map[evKey]bool)
				}
				got[r.ID][n.ArticleID][evKey{n.ArticleID, n.Span.Start, n.Span.End, n.Rule}] = true
				articles[n.ArticleID] = true
			}
		}
		for _, r := range answer {
			checked++
			if r.Support != r.Evidence.TotalCount {
				torn++
				t.Errorf("relation %s: support %d but %d evidence entries in the same answer", r.ID, r.Support, r.Evidence.TotalCount)
			}
			if r.Evidence.TotalCount != len(r.Evidence.Edges) {
				continue // a partial page of evidence: nothing to compare
			}
			for art := range articles {
				if len(got[r.ID][art]) != len(want[r.ID][art]) {
					torn++
					if torn <= 5 {
						t.Errorf("an answer showed article %s's evidence, yet relation %s in it has %d of the %d entries that article gives it",
							art, r.ID, len(got[r.ID][art]), len(want[r.ID][art]))
					}
				}
			}
		}
	}
	slices.Sort(lat)
	p := func(q float64) time.Duration {
		return lat[min(len(lat)-1, int(q*float64(len(lat))))].Round(time.Millisecond)
	}
	if len(errs) > 0 {
		t.Errorf("%d of %d reads failed during the ingest, e.g. %v", len(errs), requests.Load(), errs[:min(5, len(errs))])
	}
	race := "without"
	if raceBinPath != "" {
		race = "with"
	}
	figure(t, "%d readers during an ingest of %d articles (%s, serve built %s -race): %d reads, %d errors, %d relations checked, %d torn; read latency p50 %s p99 %s max %s",
		readers, len(arts), ingestTook.Round(time.Millisecond), race, requests.Load(), len(errs), checked, torn, p(0.5), p(0.99), lat[len(lat)-1].Round(time.Millisecond))
}
