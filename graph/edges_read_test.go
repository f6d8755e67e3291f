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
// its pages, not all of them, and that its edge count stays exact.
func TestPageCacheStaysBoundedAndKeepsMostPages(t *testing.T) {
	const most = 16
	runStoreTest(t, &Options{InMemory: true, NodeCacheSize: most}, func(t *testing.T, s *Store) {
		ctx := t.Context()
		var b Batch
		for i := 0; i < 3*most; i++ {
			a := node(KindState, fmt.Sprintf("State %d", i))
			b.Nodes = append(b.Nodes, a)
			b.Edges = append(b.Edges, edge(a, "signed", budapest))
		}
		b.Nodes = append(b.Nodes, budapest)
		mustWrite(t, s, &b)
		for i, a := range b.Nodes[:3*most] {
			q := EdgeQuery{Node: a.ID, Direction: Out, WithoutEvidence: true}
			for range 2 { // the second time from the cache: its count must not grow
				if _, err := s.Edges(ctx, q); err != nil {
					t.Fatal(err)
				}
			}
			s.cacheMu.RLock()
			n, edges := len(s.pages), s.pagesEdges
			s.cacheMu.RUnlock()
			if n > most {
				t.Fatalf("after %d pages the cache holds %d (most %d)", i+1, n, most)
			}
			if edges != n {
				t.Fatalf("after %d pages: %d pages of one edge each counted as %d edges", i+1, n, edges)
			}
			if i >= most && n < most-most/8-1 {
				t.Fatalf("after %d pages the cache kept only %d of %d", i+1, n, most)
			}
		}
	})
}
