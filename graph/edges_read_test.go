package graph

import (
	"fmt"
	"reflect"
	"testing"
)

// TestEdgesBatchSeesWritesThroughThePageCache checks that batched and shared pages, which
// come from the page cache once read, follow writes and retractions, agree with Edges query
// by query, and cannot be changed through what a caller of EdgesBatch got.
func TestEdgesBatchSeesWritesThroughThePageCache(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{russia, ukraine, usa, budapest}, Edges: []Edge{
			edge(russia, "signed", budapest), edge(ukraine, "signed", budapest), edge(russia, "attacked", ukraine),
		}})
		qs := []EdgeQuery{
			{Node: budapest.ID, Direction: In, Types: []string{"signed"}, Limit: 100, WithoutEvidence: true},
			{Node: russia.ID, Direction: Out, WithoutEvidence: true},
			{Node: ukraine.ID, Direction: Both, Limit: 1, WithoutEvidence: true},
			{Node: russia.ID, Direction: Out}, // with evidence: never cached
		}
		// check asks qs twice (the second time from the cache where it may), spoils what it
		// got the first time, and returns the pages' edge counts.
		check := func(when string) []int {
			t.Helper()
			first, err := s.EdgesBatch(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			for i := range first {
				for j := range first[i].Edges {
					first[i].Edges[j].Target = "spoiled"
				}
			}
			got, err := s.EdgesBatch(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			shared, err := s.EdgesBatchShared(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			counts := make([]int, len(qs))
			for i, q := range qs {
				want, err := s.Edges(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				one, err := s.EdgesShared(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got[i], want) || !reflect.DeepEqual(shared[i], want) || !reflect.DeepEqual(one, want) {
					t.Errorf("%s: query %d: batch %+v, shared batch %+v, shared %+v, Edges %+v", when, i, got[i], shared[i], one, want)
				}
				counts[i] = len(got[i].Edges)
			}
			return counts
		}
		if got, want := check("first read"), []int{2, 2, 1, 2}; !reflect.DeepEqual(got, want) {
			t.Fatalf("first read: counts %v, want %v", got, want)
		}
		mustWrite(t, s, &Batch{Edges: []Edge{edge(usa, "signed", budapest), edge(russia, "violated", budapest)}})
		if got, want := check("after a write"), []int{3, 3, 1, 3}; !reflect.DeepEqual(got, want) {
			t.Errorf("after a write: counts %v, want %v", got, want)
		}
		if err := s.Retract(ctx, EdgeID(russia.ID, "signed", budapest.ID), "wrong"); err != nil {
			t.Fatal(err)
		}
		if got, want := check("after a retraction"), []int{2, 2, 1, 2}; !reflect.DeepEqual(got, want) {
			t.Errorf("after a retraction: counts %v, want %v", got, want)
		}
	})
}

// TestEdgesBatchRefusesBadQueries checks that a bad query in a batch is an error naming its
// node even when the other queries are cached.
func TestEdgesBatchRefusesBadQueries(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{russia, budapest}, Edges: []Edge{edge(russia, "signed", budapest)}})
		good := EdgeQuery{Node: russia.ID, Direction: Out, WithoutEvidence: true}
		if _, err := s.EdgesBatch(ctx, []EdgeQuery{good}); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []EdgeQuery{
			{Node: russia.ID, Direction: Out, Types: []string{"befriended"}, WithoutEvidence: true},
			{Node: russia.ID, Direction: Out, After: "not-a-cursor", WithoutEvidence: true},
		} {
			if _, err := s.EdgesBatch(ctx, []EdgeQuery{good, bad}); err == nil {
				t.Errorf("%+v: no error", bad)
			}
		}
	})
}

// TestPageCacheStaysBoundedAndKeepsMostPages checks that a full page cache drops a part of
// its pages, not all of them, and that the bytes it counts stay exact and within its budget.
func TestPageCacheStaysBoundedAndKeepsMostPages(t *testing.T) {
	const most = 128 // pages the budget holds; more than 100, since a page over 1 % is not kept
	runStoreTest(t, &Options{InMemory: true}, func(t *testing.T, s *Store) {
		ctx := t.Context()
		var b Batch
		for i := 0; i < 3*most; i++ {
			a := node(KindState, fmt.Sprintf("State %d", 1000+i)) // ids of one length: pages of one cost
			b.Nodes = append(b.Nodes, a)
			b.Edges = append(b.Edges, edge(a, "signed", budapest))
		}
		b.Nodes = append(b.Nodes, budapest)
		mustWrite(t, s, &b)
		query := func(a Node) EdgeQuery { return EdgeQuery{Node: a.ID, Direction: Out, WithoutEvidence: true} }
		q := query(b.Nodes[0])
		first, err := s.Edges(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		one := pageCost(string(appendPageCacheKey(nil, &q)), &first)
		s.cacheMu.Lock()
		s.pageBudget, s.pages, s.pagesBytes = most*one+one/2, nil, 0
		s.cacheMu.Unlock()
		for i, a := range b.Nodes[:3*most] {
			q := query(a)
			for range 2 { // the second time from the cache: its count must not grow
				if _, err := s.Edges(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			s.cacheMu.RLock()
			n, bytes, budget := len(s.pages), s.pagesBytes, s.pageBudget
			var sum int64
			for k, p := range s.pages {
				sum += pageCost(k, &p)
			}
			s.cacheMu.RUnlock()
			if bytes > budget || n > most {
				t.Fatalf("after %d pages the cache holds %d pages, %d bytes (budget %d, %d pages)", i+1, n, bytes, budget, most)
			}
			if bytes != sum {
				t.Fatalf("after %d pages: the cache counts %d bytes, its pages cost %d", i+1, bytes, sum)
			}
			if i >= most && n < most-most/8-1 {
				t.Fatalf("after %d pages the cache kept only %d of %d", i+1, n, most)
			}
		}
	})
}

// TestPageCacheOffKeepsNoPage checks that a negative PageCacheSize turns the page cache off
// (edge-cache-mb 0), while the default keeps the page it read.
func TestPageCacheOffKeepsNoPage(t *testing.T) {
	for _, c := range []struct {
		name  string
		size  int64
		pages int
	}{{"default", 0, 1}, {"off", -1, 0}} {
		t.Run(c.name, func(t *testing.T) {
			runStoreTest(t, &Options{InMemory: true, PageCacheSize: c.size}, func(t *testing.T, s *Store) {
				a := node(KindState, "Atlantis")
				mustWrite(t, s, &Batch{Nodes: []Node{a, budapest}, Edges: []Edge{edge(a, "signed", budapest)}})
				for range 2 {
					page, err := s.Edges(t.Context(), EdgeQuery{Node: a.ID, Direction: Out, WithoutEvidence: true})
					if err != nil || len(page.Edges) != 1 {
						t.Fatalf("edges: %v, %v", page.Edges, err)
					}
				}
				s.cacheMu.RLock()
				n := len(s.pages)
				s.cacheMu.RUnlock()
				if n != c.pages {
					t.Errorf("page cache holds %d pages, want %d", n, c.pages)
				}
			})
		})
	}
}
