package graph

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// manyEvidenceBatches give one edge far more evidence than an edge chains (maxEvChain), with
// sentences repeated within a batch and across batches, through the fast path (curated
// groups) and through apply (batches with an article, which set the evidence before they
// write the edge), and a second edge whose evidence only apply gives.
func manyEvidenceBatches() []*Batch {
	a := Node{ID: NodeID(KindPerson, "Ann Example"), Kind: KindPerson, Name: "Ann Example"}
	c := Node{ID: NodeID(KindState, "Examplestan"), Kind: KindState, Name: "Examplestan"}
	d := Node{ID: NodeID(KindState, "Otherland"), Kind: KindState, Name: "Otherland"}
	ev := func(i int) Evidence {
		return Evidence{Article: "curated:facts.jsonl", Sentence: fmt.Sprintf("Ann Example signed treaty %d.", i%(3*maxEvChain)),
			Rule: "curated", Confidence: 1, Modality: Asserted}
	}
	var batches []*Batch
	for g := range 12 {
		b := &Batch{Nodes: []Node{a, c, d}}
		for l := range 5 {
			b.Edges = append(b.Edges, Edge{Source: a.ID, Type: "signed", Target: c.ID, Evidence: []Evidence{ev(g*4 + l)}})
		}
		if g%4 == 3 {
			// Through apply: evidence new and old for the busy edge, and the first
			// evidence of an edge the buffer does not hold yet.
			b.Article = article(fmt.Sprintf("art%d", g))
			b.Edges = append(b.Edges, Edge{Source: c.ID, Type: "signed", Target: d.ID, Evidence: []Evidence{ev(g), ev(g + 1)}})
		}
		batches = append(batches, b)
	}
	return batches
}

// Evidence is found again however an edge holds it: on the edge's chain, or past it in the
// map, so the stream import adds each evidence once, as Write does.
func TestStreamImportOfMuchEvidenceOnAnEdgeWritesTheKeysWriteWrites(t *testing.T) {
	batches := manyEvidenceBatches()
	want, viaBatch := batchImportDump(t, batches)
	if viaBatch.EvidenceNew <= maxEvChain {
		t.Fatalf("the batches add %d evidence, not more than an edge chains", viaBatch.EvidenceNew)
	}
	for _, tc := range []struct {
		name  string
		limit int
	}{{"one stream", streamLimit}, {"a stream every few batches", 3000}} {
		t.Run(tc.name, func(t *testing.T) {
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				im, err := s.NewImporter(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				im.stream.limit = tc.limit
				var sum WriteSummary
				for i, b := range batches {
					ws, err := im.Add(t.Context(), b)
					if err != nil && !errors.Is(err, ErrInvalid) {
						t.Fatalf("Add %d: %v", i, err)
					}
					sum.Add(ws)
				}
				if tc.limit == streamLimit && len(im.stream.evMore) == 0 {
					t.Error("no evidence went past an edge's chain: the test does not exercise the map")
				}
				if _, err := im.Close(); err != nil {
					t.Fatal(err)
				}
				if sum != viaBatch {
					t.Errorf("summaries differ:\nWriteBatch %+v\nstream     %+v", viaBatch, sum)
				}
				if got := rawDump(t, s); !slices.Equal(got, want) {
					t.Errorf("keys differ:\nWriteBatch:\n%s\nstream import:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
				}
			})
		})
	}
}

// A node the stream buffer holds, given again with another kind, makes the batch invalid,
// as in Write, and the import goes on without it.
func TestStreamImportRefusesAStoredNodeGivenWithAnotherKind(t *testing.T) {
	a := Node{ID: NodeID(KindPerson, "Ann Example"), Kind: KindPerson, Name: "Ann Example"}
	c := Node{ID: NodeID(KindState, "Examplestan"), Kind: KindState, Name: "Examplestan"}
	fact := func(s, o Node) *Batch {
		return &Batch{Nodes: []Node{s, o}, Edges: []Edge{{Source: s.ID, Type: "signed", Target: o.ID,
			Evidence: []Evidence{{Article: "curated:facts.jsonl", Rule: "curated", Confidence: 1}}}}}
	}
	asState := a
	asState.Kind = KindState
	batches := []*Batch{fact(a, c), fact(asState, c)}
	want, _ := batchImportDump(t, batches)
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		im, err := s.NewImporter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := im.Add(t.Context(), batches[0]); err != nil {
			t.Fatal(err)
		}
		if _, err := im.Add(t.Context(), batches[1]); !errors.Is(err, ErrInvalid) {
			t.Errorf("a stored Person given as a State: %v, want ErrInvalid", err)
		}
		if _, err := im.Close(); err != nil {
			t.Fatal(err)
		}
		if got := rawDump(t, s); !slices.Equal(got, want) {
			t.Errorf("keys differ:\nWriteBatch:\n%s\nstream import:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
		}
	})
}
