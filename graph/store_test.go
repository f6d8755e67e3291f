package graph

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// runStoreTest opens a store in a fresh temporary directory, runs test, and closes it.
func runStoreTest(t *testing.T, opts *Options, test func(t *testing.T, s *Store)) {
	t.Helper()
	o := DefaultOptions(t.TempDir())
	if opts != nil {
		o = *opts
		if o.Dir == "" && !o.InMemory {
			o.Dir = t.TempDir()
		}
	}
	s, err := Open(o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}()
	test(t, s)
}

func mustWrite(t *testing.T, s *Store, b *Batch) WriteSummary {
	t.Helper()
	sum, err := s.Write(t.Context(), b)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return sum
}

func node(kind Kind, name string, aliases ...string) Node {
	return Node{ID: NodeID(kind, name), Kind: kind, Name: name, Aliases: aliases}
}

func edge(src Node, pred string, dst Node, ev ...Evidence) Edge {
	return Edge{Source: src.ID, Type: pred, Target: dst.ID, Evidence: ev}
}

var (
	russia   = node(KindState, "Russia", "the Kremlin", "Russian Federation")
	ukraine  = node(KindState, "Ukraine")
	usa      = node(KindState, "United States", "US", "U.S.")
	uk       = node(KindState, "United Kingdom", "UK")
	budapest = node(KindAgreement, "Budapest Memorandum")
	putin    = node(KindPerson, "Vladimir Putin", "Putin")
	trump    = node(KindPerson, "Donald Trump", "Trump")
)

func article(id string) *Article {
	return &Article{ID: id, Title: "Title " + id, Text: "Russia violated the Budapest Memorandum in 2014."}
}

func ev(articleID string, start int, date string, m Modality) Evidence {
	return Evidence{Article: articleID, Sentence: "Russia violated the Budapest Memorandum.", Start: start, End: start + 40,
		Rule: "svo", Confidence: 0.9, Date: date, Modality: m}
}

func TestWriteThenReadRoundTrips(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		e := edge(russia, "violated", budapest, ev("a1", 0, "2014", Asserted))
		e.Place = ""
		sum := mustWrite(t, s, &Batch{Article: article("a1"), Nodes: []Node{russia, budapest}, Edges: []Edge{e}})
		want := WriteSummary{ArticlesNew: 1, NodesNew: 2, EdgesNew: 1, EvidenceNew: 1}
		if sum != want {
			t.Errorf("summary = %+v, want %+v", sum, want)
		}
		got, err := s.Node(ctx, "state:russia")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, russia) {
			t.Errorf("Node = %+v, want %+v", got, russia)
		}
		id := EdgeID(russia.ID, "violated", budapest.ID)
		stored, err := s.Edge(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		wantEdge := Edge{ID: id, Source: russia.ID, Type: "violated", Target: budapest.ID, Date: "2014", Modality: Asserted,
			Evidence: []Evidence{ev("a1", 0, "2014", Asserted)}}
		if !reflect.DeepEqual(stored, wantEdge) {
			t.Errorf("Edge = %+v, want %+v", stored, wantEdge)
		}
		a, err := s.Article(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Title a1" || a.Text != article("a1").Text || a.LoadedAt.IsZero() {
			t.Errorf("Article = %+v", a)
		}
		for _, missing := range []func() error{
			func() error { _, err := s.Node(ctx, "state:atlantis"); return err },
			func() error { _, err := s.Edge(ctx, "0000000000000000"); return err },
			func() error { _, err := s.Edge(ctx, "not-an-id"); return err },
			func() error { _, err := s.Article(ctx, "nope"); return err },
		} {
			if err := missing(); !errors.Is(err, ErrNotFound) {
				t.Errorf("missing item: err = %v, want ErrNotFound", err)
			}
		}
	})
}

func TestInternalKeysDoNotLeak(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
		for _, id := range []string{"", "!schema", string(schemaKey())} {
			if _, err := s.Node(t.Context(), id); !errors.Is(err, ErrNotFound) {
				t.Errorf("Node(%q) err = %v, want ErrNotFound", id, err)
			}
		}
		if _, err := s.Article(t.Context(), "chema"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Article(\"chema\") err = %v", err)
		}
	})
}

func TestSameFactTwiceMergesWithoutDuplicates(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		batch := func(a string, e Evidence) *Batch {
			return &Batch{Article: article(a), Nodes: []Node{russia, budapest}, Edges: []Edge{edge(russia, "violated", budapest, e)}}
		}
		mustWrite(t, s, batch("a1", ev("a1", 0, "2015", Alleged)))

		// The same article again is skipped whole.
		if sum := mustWrite(t, s, batch("a1", ev("a1", 0, "2015", Alleged))); sum != (WriteSummary{ArticlesSkipped: 1}) {
			t.Errorf("same article again: summary = %+v", sum)
		}
		// The same fact without an article (curated) and the same evidence: merged, nothing new.
		same := &Batch{Nodes: []Node{russia, budapest}, Edges: []Edge{edge(russia, "violated", budapest, ev("a1", 0, "2015", Alleged))}}
		if sum := mustWrite(t, s, same); sum != (WriteSummary{NodesMerged: 2, EdgesMerged: 1}) {
			t.Errorf("same evidence again: summary = %+v", sum)
		}
		// The same fact from another article: one edge, two evidence, earliest date, strongest modality.
		if sum := mustWrite(t, s, batch("a2", ev("a2", 100, "2014-03", Asserted))); sum != (WriteSummary{ArticlesNew: 1, NodesMerged: 2, EdgesMerged: 1, EvidenceNew: 1}) {
			t.Errorf("other article: summary = %+v", sum)
		}
		// A batch repeating the fact counts it once.
		rep := &Batch{Edges: []Edge{edge(russia, "violated", budapest), edge(russia, "violated", budapest)}}
		if sum := mustWrite(t, s, rep); sum != (WriteSummary{EdgesMerged: 1}) {
			t.Errorf("repeated in one batch: summary = %+v", sum)
		}
		page, err := s.Edges(ctx, EdgeQuery{Node: russia.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Edges) != 1 {
			t.Fatalf("edges = %+v, want one", page.Edges)
		}
		e := page.Edges[0]
		if e.Support() != 2 || e.Date != "2014-03" || e.Modality != Asserted {
			t.Errorf("merged edge: support %d, date %q, modality %q; want 2, 2014-03, asserted", e.Support(), e.Date, e.Modality)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Edges["violated"] != 1 || st.Nodes[KindState] != 1 || st.Articles != 2 {
			t.Errorf("stats = %+v", st)
		}
	})
}

func TestNodesMergeByID(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		first := Node{Kind: KindState, Name: "Russia", Aliases: []string{"RU"}, Props: map[string]string{"iso": "RUS"}}
		second := Node{Kind: KindState, Name: "russia", Aliases: []string{"the Kremlin", "RU"}, Props: map[string]string{"iso": "XXX", "capital": "Moscow"}}
		mustWrite(t, s, &Batch{Nodes: []Node{first}})
		if sum := mustWrite(t, s, &Batch{Nodes: []Node{second}}); sum != (WriteSummary{NodesMerged: 1}) {
			t.Errorf("summary = %+v", sum)
		}
		got, err := s.Node(t.Context(), "state:russia")
		if err != nil {
			t.Fatal(err)
		}
		want := Node{ID: "state:russia", Kind: KindState, Name: "Russia", Aliases: []string{"RU", "russia", "the Kremlin"},
			Props: map[string]string{"iso": "RUS", "capital": "Moscow"}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("merged node = %+v, want %+v", got, want)
		}
		if second.Props["iso"] != "XXX" || len(second.Props) != 2 {
			t.Errorf("Write changed the caller's props: %v", second.Props)
		}
		found, err := s.FindByName(t.Context(), "Kremlin")
		if err != nil || len(found) != 1 {
			t.Errorf("FindByName(Kremlin) after merge = %v, %v", found, err)
		}
	})
}

func TestFindByNameMatchesAliasesCaseInsensitively(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		// A person whose alias is the state's name: the canonical-name match must come first.
		russianPerson := node(KindPerson, "Russ Ia", "Russia")
		usPlace := node(KindPlace, "Us")
		mustWrite(t, s, &Batch{Nodes: []Node{russia, usa, uk, putin, russianPerson, usPlace}})
		tests := []struct {
			name  string
			kinds []Kind
			want  []string
		}{
			{"Russia", nil, []string{"state:russia", "person:russ-ia"}},
			{"russia", nil, []string{"state:russia", "person:russ-ia"}},
			{"Russia", []Kind{KindPerson}, []string{"person:russ-ia"}},
			{"the Kremlin", nil, []string{"state:russia"}},
			{"Kremlin", nil, []string{"state:russia"}},
			{"THE KREMLIN.", nil, []string{"state:russia"}},
			{"US", nil, []string{"state:united-states", "place:us"}},
			{"us", nil, []string{"place:us", "state:united-states"}},
			{"U.S.", []Kind{KindState}, []string{"state:united-states"}},
			{"Putin", nil, []string{"person:vladimir-putin"}},
			{"Puti", nil, nil},
			{"", nil, nil},
		}
		for _, tt := range tests {
			nodes, err := s.FindByName(t.Context(), tt.name, tt.kinds...)
			if err != nil {
				t.Fatalf("FindByName(%q): %v", tt.name, err)
			}
			var got []string
			for _, n := range nodes {
				got = append(got, n.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("FindByName(%q, %v) = %v, want %v", tt.name, tt.kinds, got, tt.want)
			}
		}
	})
}

func TestSearchNamesByPrefix(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia, usa, uk, putin, trump, ukraine}})
		tests := []struct {
			prefix string
			kinds  []Kind
			limit  int
			want   []string
		}{
			{"uni", nil, 0, []string{"state:united-kingdom", "state:united-states"}},
			{"Uni", nil, 1, []string{"state:united-kingdom"}},
			// Alias order: "u.s", "uk", "ukraine", "united kingdom", "united states".
			{"u", []Kind{KindState}, 0, []string{"state:united-states", "state:united-kingdom", "state:ukraine"}},
			{"the kr", nil, 0, []string{"state:russia"}},
			{"pu", []Kind{KindState}, 0, nil},
			{"zz", nil, 0, nil},
		}
		for _, tt := range tests {
			nodes, err := s.SearchNames(t.Context(), tt.prefix, tt.kinds, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range nodes {
				got = append(got, n.ID)
			}
			// Each node is listed once, however many of its names match.
			if !slices.Equal(got, tt.want) {
				t.Errorf("SearchNames(%q, %v, %d) = %v, want %v", tt.prefix, tt.kinds, tt.limit, got, tt.want)
			}
		}
	})
}

// starGraph writes a hub with n out-edges of type signed and one attacked edge.
func starGraph(t *testing.T, s *Store, n int) Node {
	t.Helper()
	hub := node(KindState, "Hub")
	b := &Batch{Nodes: []Node{hub}}
	for i := range n {
		a := node(KindAgreement, fmt.Sprintf("Treaty %03d", i))
		b.Nodes = append(b.Nodes, a)
		b.Edges = append(b.Edges, edge(hub, "signed", a))
	}
	b.Nodes = append(b.Nodes, ukraine)
	b.Edges = append(b.Edges, edge(hub, "attacked", ukraine))
	mustWrite(t, s, b)
	return hub
}

func TestEdgesPaging(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		hub := starGraph(t, s, 5)
		lonely := node(KindState, "Lonely")
		mustWrite(t, s, &Batch{Nodes: []Node{lonely}})
		signed := []string{"signed"}
		tests := []struct {
			name      string
			q         EdgeQuery
			pages     []int // edges per page
			wantFirst string
		}{
			{"no edges", EdgeQuery{Node: lonely.ID, Limit: 3}, []int{0}, ""},
			{"exactly one page", EdgeQuery{Node: hub.ID, Types: signed, Limit: 5}, []int{5}, "agreement:treaty-000"},
			{"last page shorter", EdgeQuery{Node: hub.ID, Types: signed, Limit: 2}, []int{2, 2, 1}, "agreement:treaty-000"},
			{"no limit", EdgeQuery{Node: hub.ID}, []int{6}, "state:ukraine"}, // attacked sorts before signed
			{"in-edges", EdgeQuery{Node: "agreement:treaty-003", Direction: In}, []int{1}, hub.ID},
			{"both", EdgeQuery{Node: ukraine.ID, Direction: Both, Limit: 1}, []int{1}, hub.ID},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				q := tt.q
				var sizes []int
				var all []Edge
				for {
					page, err := s.Edges(ctx, q)
					if err != nil {
						t.Fatal(err)
					}
					sizes = append(sizes, len(page.Edges))
					all = append(all, page.Edges...)
					if page.Next == "" {
						break
					}
					if len(sizes) > 10 {
						t.Fatal("paging does not end")
					}
					q.After = page.Next
				}
				if !slices.Equal(sizes, tt.pages) {
					t.Errorf("page sizes = %v, want %v", sizes, tt.pages)
				}
				if len(all) > 0 {
					other := all[0].Target
					if tt.q.Direction != Out {
						other = all[0].Source
					}
					if other != tt.wantFirst {
						t.Errorf("first edge's other end = %q, want %q", other, tt.wantFirst)
					}
				}
				n, err := s.CountEdges(ctx, tt.q)
				if err != nil || n != len(all) {
					t.Errorf("CountEdges = %d, %v; want %d", n, err, len(all))
				}
			})
		}
		t.Run("batch", func(t *testing.T) {
			qs := []EdgeQuery{{Node: hub.ID, Types: signed, Limit: 2}, {Node: lonely.ID}, {Node: ukraine.ID, Direction: In}}
			pages, err := s.EdgesBatch(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			for i, q := range qs {
				one, err := s.Edges(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(pages[i], one) {
					t.Errorf("EdgesBatch[%d] = %+v, Edges = %+v", i, pages[i], one)
				}
			}
		})
		t.Run("bad cursor", func(t *testing.T) {
			page, err := s.Edges(ctx, EdgeQuery{Node: hub.ID, Limit: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []string{"garbage", "1!!!", "1" + strings.Repeat("A", 8)} {
				if _, err := s.Edges(ctx, EdgeQuery{Node: hub.ID, After: c}); !errors.Is(err, ErrBadCursor) {
					t.Errorf("cursor %q: err = %v, want ErrBadCursor", c, err)
				}
			}
			// A cursor from another node's query is refused too.
			if _, err := s.Edges(ctx, EdgeQuery{Node: ukraine.ID, After: page.Next}); !errors.Is(err, ErrBadCursor) {
				t.Errorf("foreign cursor: err = %v, want ErrBadCursor", err)
			}
		})
		t.Run("unknown type", func(t *testing.T) {
			if _, err := s.Edges(ctx, EdgeQuery{Node: hub.ID, Types: []string{"hugged"}}); !errors.Is(err, ErrUnknownPredicate) {
				t.Errorf("err = %v, want ErrUnknownPredicate", err)
			}
		})
	})
}

func TestSymmetricEdgeIsOneFactSeenFromBothEnds(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{putin, trump}, Edges: []Edge{edge(trump, "met_with", putin)}})
		if sum := mustWrite(t, s, &Batch{Edges: []Edge{edge(putin, "met_with", trump)}}); sum.EdgesMerged != 1 || sum.EdgesNew != 0 {
			t.Errorf("B met_with A after A met_with B: summary = %+v", sum)
		}
		for _, n := range []Node{putin, trump} {
			for _, dir := range []Direction{Out, In, Both} {
				page, err := s.Edges(ctx, EdgeQuery{Node: n.ID, Direction: dir, Types: []string{"met_with"}})
				if err != nil {
					t.Fatal(err)
				}
				if len(page.Edges) != 1 {
					t.Fatalf("%s direction %d: %d edges, want 1", n.ID, dir, len(page.Edges))
				}
				e := page.Edges[0]
				if dir != In && e.Source != n.ID {
					t.Errorf("%s out: Source = %q", n.ID, e.Source)
				}
				if e.ID != EdgeID(putin.ID, "met_with", trump.ID) {
					t.Errorf("edge id %s differs from EdgeID", e.ID)
				}
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Edges["met_with"] != 1 {
			t.Errorf("stats count met_with %d times", st.Edges["met_with"])
		}
	})
}

func TestWriteRejectsBadBatchesWhole(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
		tests := []struct {
			name    string
			b       Batch
			wantErr error
			wantMsg string
		}{
			{"unknown predicate", Batch{Nodes: []Node{budapest}, Edges: []Edge{edge(russia, "hugged", budapest)}}, ErrUnknownPredicate, "hugged"},
			{"unknown kind", Batch{Nodes: []Node{{Kind: "Planet", Name: "Mars"}}}, ErrUnknownKind, "Planet"},
			{"missing target", Batch{Edges: []Edge{edge(russia, "violated", budapest)}}, ErrInvalid, `target node "agreement:budapest-memorandum"`},
			{"bad date", Batch{Nodes: []Node{budapest}, Edges: []Edge{{Source: russia.ID, Type: "violated", Target: budapest.ID, Date: "2025-13-45"}}}, ErrInvalid, "2025-13-45"},
			{"bad evidence date", Batch{Nodes: []Node{budapest}, Edges: []Edge{edge(russia, "violated", budapest, ev("a", 0, "yesterday", ""))}}, ErrInvalid, "yesterday"},
			{"bad modality", Batch{Nodes: []Node{budapest}, Edges: []Edge{{Source: russia.ID, Type: "violated", Target: budapest.ID, Modality: "rumoured"}}}, ErrInvalid, "rumoured"},
			{"bad confidence", Batch{Nodes: []Node{budapest}, Edges: []Edge{edge(russia, "violated", budapest, Evidence{Confidence: 1.5})}}, ErrInvalid, "confidence"},
			{"empty name", Batch{Nodes: []Node{{Kind: KindState}}}, ErrInvalid, "name"},
			{"NUL in id", Batch{Nodes: []Node{{ID: "state:a\x00b", Kind: KindState, Name: "A"}}}, ErrInvalid, "NUL"},
			{"kind clash", Batch{Nodes: []Node{{ID: russia.ID, Kind: KindPerson, Name: "Russia"}}}, ErrInvalid, "stored as a State"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := s.Write(t.Context(), &tt.b)
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
					t.Errorf("err = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
				}
			})
		}
		st, err := s.Stats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if st.Nodes[KindAgreement] != 0 || st.Nodes[KindPerson] != 0 || len(st.Edges) != 0 {
			t.Errorf("a rejected batch left data behind: %+v", st)
		}
	})
}

func TestWriteTooBigSaysSplit(t *testing.T) {
	opts := DefaultOptions("")
	opts.MemTableSize = 1 << 20 // transactions hold ~150 KiB
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		b := &Batch{}
		for i := range 5000 {
			b.Nodes = append(b.Nodes, node(KindPerson, fmt.Sprintf("Person %d", i)))
		}
		_, err := s.Write(t.Context(), b)
		if !errors.Is(err, ErrBatchTooBig) || !strings.Contains(err.Error(), "split") {
			t.Fatalf("err = %v, want ErrBatchTooBig saying to split", err)
		}
		// The importer has no such limit.
		im, err := s.NewImporter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := im.Add(t.Context(), b); err != nil {
			t.Fatal(err)
		}
		sum, err := im.Close()
		if err != nil || sum.NodesNew != 5000 {
			t.Fatalf("import: %+v, %v", sum, err)
		}
	})
}

func TestRetractHidesEdgeAndKeepsAudit(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{russia, budapest, ukraine}, Edges: []Edge{
			edge(russia, "violated", budapest, ev("a1", 0, "2014", Asserted)), edge(russia, "attacked", ukraine)}})
		id := EdgeID(russia.ID, "violated", budapest.ID)
		if err := s.Retract(ctx, id, "misread sentence"); err != nil {
			t.Fatal(err)
		}
		visible, err := s.Edges(ctx, EdgeQuery{Node: russia.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(visible.Edges) != 1 || visible.Edges[0].Type != "attacked" {
			t.Errorf("visible edges = %+v, want only attacked", visible.Edges)
		}
		all, err := s.Edges(ctx, EdgeQuery{Node: budapest.ID, Direction: In, IncludeRetracted: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Edges) != 1 || !all.Edges[0].Retracted || all.Edges[0].RetractReason != "misread sentence" || all.Edges[0].Support() != 1 {
			t.Errorf("with retracted = %+v", all.Edges)
		}
		if n, _ := s.CountEdges(ctx, EdgeQuery{Node: russia.ID}); n != 1 {
			t.Errorf("CountEdges = %d, want 1", n)
		}
		e, err := s.Edge(ctx, id)
		if err != nil || !e.Retracted {
			t.Errorf("Edge = %+v, %v; want retracted", e, err)
		}
		// Loading the fact again adds evidence but does not undo the curator's retraction.
		mustWrite(t, s, &Batch{Edges: []Edge{edge(russia, "violated", budapest, ev("a2", 5, "2014", Asserted))}})
		if n, _ := s.CountEdges(ctx, EdgeQuery{Node: russia.ID, Types: []string{"violated"}}); n != 0 {
			t.Errorf("reloaded fact is visible again")
		}
		if err := s.Retract(ctx, id, "still wrong"); err != nil {
			t.Fatal(err)
		}
		audit, err := s.Retractions(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(audit) != 2 || audit[0].Reason != "misread sentence" || audit[1].Reason != "still wrong" || audit[0].Time.IsZero() {
			t.Errorf("audit = %+v", audit)
		}
		st, _ := s.Stats(ctx)
		if st.Edges["violated"] != 0 || st.Edges["attacked"] != 1 {
			t.Errorf("stats = %+v", st.Edges)
		}
		if err := s.Retract(ctx, "0000000000000000", "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("retract missing: %v", err)
		}
		if err := s.Retract(ctx, id, " "); !errors.Is(err, ErrInvalid) {
			t.Errorf("retract without reason: %v", err)
		}
	})
}

func TestNodesByKindAndArticlesPage(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		for i := range 5 {
			mustWrite(t, s, &Batch{Article: article(fmt.Sprintf("art%d", i)), Nodes: []Node{node(KindPerson, fmt.Sprintf("P%d", i))}})
		}
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
		var ids []string
		after := ""
		for range 10 {
			page, err := s.NodesByKind(ctx, KindPerson, after, 2)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range page.Nodes {
				ids = append(ids, n.ID)
			}
			if after = page.Next; after == "" {
				break
			}
		}
		if want := []string{"person:p0", "person:p1", "person:p2", "person:p3", "person:p4"}; !slices.Equal(ids, want) {
			t.Errorf("NodesByKind pages = %v, want %v", ids, want)
		}
		arts, err := s.Articles(ctx, "", 5)
		if err != nil || len(arts.Articles) != 5 || arts.Next != "" || arts.Articles[4].ID != "art4" {
			t.Errorf("Articles = %d articles, next %q, %v", len(arts.Articles), arts.Next, err)
		}
		if _, err := s.Articles(ctx, "1bm9wZQ", 5); !errors.Is(err, ErrBadCursor) {
			t.Errorf("Articles with a node cursor: %v", err)
		}
		if _, err := s.NodesByKind(ctx, KindState, ids[0], 5); !errors.Is(err, ErrBadCursor) {
			t.Errorf("NodesByKind with a foreign cursor: %v", err)
		}
		if _, err := s.NodesByKind(ctx, "Planet", "", 5); !errors.Is(err, ErrUnknownKind) {
			t.Errorf("NodesByKind(Planet): %v", err)
		}
	})
}

func TestReopenKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	ctx := t.Context()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, &Batch{Article: article("a1"), Nodes: []Node{russia, budapest}, Edges: []Edge{edge(russia, "violated", budapest, ev("a1", 0, "2014", ""))}})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(DefaultOptions(dir))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	found, err := s.FindByName(ctx, "the Kremlin")
	if err != nil || len(found) != 1 {
		t.Fatalf("FindByName after reopen = %v, %v", found, err)
	}
	page, err := s.Edges(ctx, EdgeQuery{Node: found[0].ID, Types: []string{"violated"}})
	if err != nil || len(page.Edges) != 1 || page.Edges[0].Support() != 1 {
		t.Fatalf("Edges after reopen = %+v, %v", page, err)
	}
	if sum := mustWrite(t, s, &Batch{Article: article("a1")}); sum.ArticlesSkipped != 1 {
		t.Errorf("article after reopen not skipped: %+v", sum)
	}
}

func TestOpenLockedDirectorySaysWhatToDo(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Badger's flock is per open file description, so a second Open in this process is
	// refused exactly as one from another process would be.
	s2, err := Open(DefaultOptions(dir))
	if err == nil {
		s2.Close()
		t.Fatal("second Open of a locked directory succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("err = %v, want ErrLocked", err)
	}
	for _, want := range []string{dir, "another process", "--data-dir"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not mention %q", err, want)
		}
	}
}

func TestOpenRefusesBadDirectories(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(tmp, "garbage")
	if err := os.MkdirAll(garbage, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(garbage, "MANIFEST"), []byte("not a manifest"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		opts    Options
		wantMsg string
	}{
		{"missing parent", DefaultOptions(filepath.Join(tmp, "no", "such", "db")), "parent directory"},
		{"not a directory", DefaultOptions(file), "not a directory"},
		{"read-only missing", Options{Dir: filepath.Join(tmp, "absent"), ReadOnly: true}, "does not exist"},
		{"corrupt", DefaultOptions(garbage), "not a readable Entente database"},
		{"no directory", Options{}, "no database directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(tt.opts)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("err = %v, want it to say %q", err, tt.wantMsg)
			}
		})
	}
}

func TestOpenRefusesUnknownSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(txn *badger.Txn) error { return txn.Set(schemaKey(), []byte("99")) }); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = Open(DefaultOptions(dir))
	if !errors.Is(err, ErrSchemaVersion) || !strings.Contains(err.Error(), `"99"`) {
		t.Errorf("err = %v, want ErrSchemaVersion naming version 99", err)
	}
}

// A version-1 store (before word postings) opens: read-only it stays version 1, writable it is
// stamped with the current version, so that an older entente refuses it once it may hold
// postings.
func TestOpenTakesOverVersionOneStores(t *testing.T) {
	for _, tc := range []struct {
		name     string
		readOnly bool
		want     string
	}{
		{"read-only keeps version 1", true, upgradableVersion},
		{"writable is stamped with the current version", false, schemaVersion},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(DefaultOptions(dir))
			if err != nil {
				t.Fatal(err)
			}
			mustWrite(t, s, &Batch{Nodes: []Node{russia}})
			if err := s.db.Update(func(txn *badger.Txn) error {
				return txn.Set(schemaKey(), []byte(upgradableVersion))
			}); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			opts := DefaultOptions(dir)
			opts.ReadOnly = tc.readOnly
			s, err = Open(opts)
			if err != nil {
				t.Fatalf("open a version-1 store: %v", err)
			}
			defer s.Close()
			if _, err := s.Node(t.Context(), russia.ID); err != nil {
				t.Errorf("Node of a version-1 store: %v", err)
			}
			var got []byte
			if err := s.db.View(func(txn *badger.Txn) error {
				item, err := txn.Get(schemaKey())
				if err != nil {
					return err
				}
				got, err = item.ValueCopy(nil)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("schema version after open = %q, want %q", got, tc.want)
			}
		})
	}
}

// closedStoreWith writes nodes to a new store, closes it and returns its directory.
func closedStoreWith(t *testing.T, nodes ...Node) string {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, &Batch{Nodes: nodes})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReadOnlyStoreReads(t *testing.T) {
	dir := closedStoreWith(t, russia)
	o := DefaultOptions(dir)
	o.ReadOnly = true
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Node(t.Context(), russia.ID); err != nil {
		t.Errorf("read-only Node: %v", err)
	}
	if _, err := s.Write(t.Context(), &Batch{Nodes: []Node{ukraine}}); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("read-only Write: err = %v, want one saying read-only", err)
	}
}

func TestScansHonourCancellation(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		hub := starGraph(t, s, 3)
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := s.Write(ctx, &Batch{Nodes: []Node{russia}}); !errors.Is(err, context.Canceled) {
			t.Errorf("Write: %v", err)
		}
		if _, err := s.Node(ctx, hub.ID); !errors.Is(err, context.Canceled) {
			t.Errorf("Node: %v", err)
		}
		if _, err := s.NewImporter(ctx); !errors.Is(err, context.Canceled) {
			t.Errorf("NewImporter: %v", err)
		}
	})
}

// dump lists a store's nodes and edges (with evidence) as text, for comparing two stores.
func dump(t *testing.T, s *Store) []string {
	t.Helper()
	ctx := t.Context()
	var out []string
	for _, k := range Kinds() {
		page, err := s.NodesByKind(ctx, k, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range page.Nodes {
			out = append(out, fmt.Sprintf("%+v", n))
			edges, err := s.Edges(ctx, EdgeQuery{Node: n.ID, IncludeRetracted: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range edges.Edges {
				out = append(out, fmt.Sprintf("  %+v", e))
			}
			// The alias index, through FindByName.
			for _, name := range append([]string{n.Name}, n.Aliases...) {
				found, err := s.FindByName(ctx, name)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range found {
					out = append(out, fmt.Sprintf("  name %q finds %s", name, f.ID))
				}
			}
		}
	}
	// The type index and the article keys, through Stats and Articles.
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, fmt.Sprintf("stats %v", st))
	arts, err := s.Articles(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts.Articles {
		out = append(out, "article "+a.ID+" "+a.Title)
	}
	return out
}

// importTestBatches are 30 batches that merge in every way: articles that come twice,
// repeated facts with new evidence, node aliases and props added later, a symmetric
// predicate, curated batches without an article.
func importTestBatches() []*Batch {
	var batches []*Batch
	for i := range 30 {
		a := fmt.Sprintf("art%d", i%20) // articles 0-9 come twice: skipped the second time
		p := node(KindPerson, fmt.Sprintf("Person %d", i%7), fmt.Sprintf("P%d", i))
		st := node(KindState, fmt.Sprintf("State %d", i%5))
		st.Props = map[string]string{"n": fmt.Sprint(i)}
		b := &Batch{Article: article(a), Nodes: []Node{p, st, budapest}, Edges: []Edge{
			edge(p, "represents", st, ev(a, i%3, fmt.Sprintf("20%02d", 10+i%9), Alleged)),
			edge(st, "signed", budapest, ev(a, 0, "", Asserted)),
			edge(p, "met_with", node(KindPerson, fmt.Sprintf("Person %d", (i+1)%7))),
		}}
		b.Nodes = append(b.Nodes, node(KindPerson, fmt.Sprintf("Person %d", (i+1)%7)))
		if i%4 == 0 {
			b.Article = nil // curated
		}
		batches = append(batches, b)
	}
	return batches
}

func TestImporterStoresWhatWriteStores(t *testing.T) {
	batches := importTestBatches()
	bad := &Batch{Edges: []Edge{{Source: "person:nobody", Type: "led", Target: budapest.ID}}}

	// Into an empty store the importer trusts its own record of what it wrote; into a
	// non-empty one it reads. Both must store what Write stores.
	for _, mode := range []struct {
		name        string
		seeded      bool
		noStream    bool
		streamLimit int // > 0: the stream buffer fills up after about this many bytes
		// seedAfter > 0: into a seeded store, the importer reads the store's ids after this
		// many lookups found nothing (mid-way, in a window that wrote already)
		seedAfter int
		window    int // writes between flushes; 0: 7, so that merges across flushes are exercised
	}{
		{"empty store, stream writer", false, false, 0, 0, 0},
		{"empty store, stream buffer fills up", false, false, 2500, 0, 0},
		{"empty store, batches", false, true, 0, 0, 0},
		{"seeded store", true, false, 0, 0, 0},
		{"seeded store, ids read early", true, false, 0, 5, 0},
		// Read in a window whose ids later batches merge with: leaving that window's ids out
		// of what was read makes this mode fail.
		{"seeded store, ids read mid-way", true, false, 0, 30, 0},
		// One window: the seeded node is read, then written, then merged with again. Taking
		// it from what the window read rather than from what it wrote makes this mode fail.
		{"seeded store, one window", true, false, 0, 0, importWindow},
	} {
		seeded := mode.seeded
		t.Run(mode.name, func(t *testing.T) {
			seed := func(t *testing.T, s *Store) {
				if seeded {
					mustWrite(t, s, &Batch{Article: article("art3"), Nodes: []Node{node(KindPerson, "Person 2", "Seeded")}})
				}
			}
			var viaWrite, viaImport WriteSummary
			var dumpWrite, dumpImport []string
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				seed(t, s)
				for _, b := range batches {
					viaWrite.Add(mustWrite(t, s, b))
				}
				if _, err := s.Write(t.Context(), bad); !errors.Is(err, ErrInvalid) {
					t.Fatalf("bad batch: %v", err)
				}
				dumpWrite = dump(t, s)
			})
			opts := DefaultOptions("")
			opts.NoStreamImport = mode.noStream
			runStoreTest(t, &opts, func(t *testing.T, s *Store) {
				seed(t, s)
				im, err := s.NewImporter(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				if fresh := im.fresh || im.stream != nil; fresh == seeded {
					t.Fatalf("importer fresh = %v on a seeded=%v store", fresh, seeded)
				}
				if (im.stream != nil) != (!seeded && !mode.noStream) {
					t.Fatalf("importer streams = %v", im.stream != nil)
				}
				if mode.streamLimit > 0 {
					im.stream.limit = mode.streamLimit
				}
				if mode.seedAfter > 0 {
					im.seedAfter = mode.seedAfter
				} else if seeded {
					im.seedLimit = 0 // never: every lookup reads the store
				}
				im.window = cmp.Or(mode.window, 7)
				for i, b := range batches {
					if _, err := im.Add(t.Context(), b); err != nil {
						t.Fatalf("Add %d: %v", i, err)
					}
					if i == 10 {
						if _, err := im.Add(t.Context(), bad); !errors.Is(err, ErrInvalid) {
							t.Fatalf("bad batch: %v", err)
						}
					}
				}
				if viaImport, err = im.Close(); err != nil {
					t.Fatal(err)
				}
				t.Logf("%d streams written", im.streamed)
				if seeded && (im.ever != nil) != (mode.seedAfter > 0) {
					t.Fatalf("store ids read = %v, want %v", im.ever != nil, mode.seedAfter > 0)
				}
				if mode.streamLimit > 0 && im.streamed < 3 {
					t.Fatalf("the stream buffer filled up %d times; the test wants several", im.streamed-1)
				}
				dumpImport = dump(t, s)
			})
			if viaWrite != viaImport {
				t.Errorf("summaries differ:\nwrite  %+v\nimport %+v", viaWrite, viaImport)
			}
			if viaWrite.ArticlesSkipped == 0 || viaWrite.EdgesNew == 0 || viaWrite.EdgesMerged == 0 {
				t.Errorf("the batches do not exercise merging: %+v", viaWrite)
			}
			if !slices.Equal(dumpWrite, dumpImport) {
				t.Errorf("stores differ:\nwrite:\n%s\nimport:\n%s", strings.Join(dumpWrite, "\n"), strings.Join(dumpImport, "\n"))
			}
		})
	}
}

func TestReadsSeeWritesThroughTheNodeCache(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{node(KindState, "Russia")}})
		for i, alias := range []string{"the Kremlin", "Moscow", "RU"} {
			if _, err := s.Node(ctx, russia.ID); err != nil { // fills the cache
				t.Fatal(err)
			}
			if found, err := s.FindByName(ctx, alias); err != nil || len(found) != 0 { // caches "none"
				t.Fatalf("FindByName(%q) before the write = %v, %v", alias, found, err)
			}
			if i%2 == 0 {
				mustWrite(t, s, &Batch{Nodes: []Node{node(KindState, "Russia", alias)}})
			} else {
				im, err := s.NewImporter(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := im.Add(ctx, &Batch{Nodes: []Node{node(KindState, "Russia", alias)}}); err != nil {
					t.Fatal(err)
				}
				if _, err := im.Close(); err != nil {
					t.Fatal(err)
				}
			}
			n, err := s.Node(ctx, russia.ID)
			if err != nil || !slices.Contains(n.Aliases, alias) {
				t.Errorf("after adding alias %q: Node = %+v, %v", alias, n, err)
			}
			if found, err := s.FindByName(ctx, alias); err != nil || len(found) != 1 || !slices.Contains(found[0].Aliases, alias) {
				t.Errorf("FindByName(%q) after the write = %+v, %v", alias, found, err)
			}
			n.Aliases[0] = "changed by the caller"
			if again, _ := s.Node(ctx, russia.ID); again.Aliases[0] == "changed by the caller" {
				t.Errorf("callers can change cached nodes")
			}
		}
	})
}

func TestEdgePagesSeeWrites(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		q := EdgeQuery{Node: russia.ID, WithoutEvidence: true}
		mustWrite(t, s, &Batch{Nodes: []Node{russia, ukraine, budapest}, Edges: []Edge{edge(russia, "attacked", ukraine)}})
		count := func() int {
			t.Helper()
			page, err := s.Edges(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			page.Edges = append(page.Edges[:0], Edge{}) // callers may reuse what they get
			page2, err := s.Edges(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range page2.Edges {
				if e.ID == "" {
					t.Fatalf("a caller's change reached the cached page")
				}
			}
			return len(page2.Edges)
		}
		if n := count(); n != 1 {
			t.Fatalf("edges = %d, want 1", n)
		}
		mustWrite(t, s, &Batch{Edges: []Edge{edge(russia, "violated", budapest)}})
		if n := count(); n != 2 {
			t.Errorf("after a write: edges = %d, want 2", n)
		}
		if err := s.Retract(ctx, EdgeID(russia.ID, "attacked", ukraine.ID), "wrong"); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 1 {
			t.Errorf("after a retraction: edges = %d, want 1", n)
		}
	})
}

func TestEdgesCarryTheFarEndsName(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia, budapest}, Edges: []Edge{edge(russia, "violated", budapest)}})
		// A later batch naming Russia differently does not change its canonical name.
		mustWrite(t, s, &Batch{Nodes: []Node{{ID: russia.ID, Kind: KindState, Name: "russia"}}, Edges: []Edge{edge(russia, "violated", budapest)}})
		out, err := s.Edges(t.Context(), EdgeQuery{Node: russia.ID, WithoutEvidence: true})
		if err != nil || len(out.Edges) != 1 {
			t.Fatalf("Edges = %+v, %v", out, err)
		}
		if e := out.Edges[0]; e.OtherName != "Budapest Memorandum" || e.OtherKind != KindAgreement {
			t.Errorf("out-edge far end = %q %q", e.OtherName, e.OtherKind)
		}
		in, err := s.Edges(t.Context(), EdgeQuery{Node: budapest.ID, Direction: In})
		if err != nil || len(in.Edges) != 1 {
			t.Fatalf("Edges = %+v, %v", in, err)
		}
		if e := in.Edges[0]; e.OtherName != "Russia" || e.OtherKind != KindState {
			t.Errorf("in-edge far end = %q %q", e.OtherName, e.OtherKind)
		}
	})
}

// Readers running beside a writer see each fact with all of its evidence or not at all.
func TestConcurrentReadersSeeWholeFacts(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
		const writes = 60
		done := make(chan error, 4)
		for r := range 4 {
			go func() {
				for i := 0; ; i++ {
					page, err := s.Edges(ctx, EdgeQuery{Node: russia.ID, Direction: Out})
					if err != nil {
						done <- err
						return
					}
					for _, e := range page.Edges {
						if e.Support() != 3 {
							done <- fmt.Errorf("reader %d saw edge %s with %d of 3 evidence", r, e.Target, e.Support())
							return
						}
					}
					if len(page.Edges) == writes {
						done <- nil
						return
					}
				}
			}()
		}
		for i := range writes {
			target := node(KindAgreement, fmt.Sprintf("Treaty %d", i))
			a := fmt.Sprintf("art%d", i)
			mustWrite(t, s, &Batch{Article: article(a), Nodes: []Node{target}, Edges: []Edge{
				edge(russia, "signed", target, ev(a, 0, "", ""), ev(a, 50, "", ""), ev(a, 100, "", ""))}})
		}
		for range 4 {
			if err := <-done; err != nil {
				t.Error(err)
			}
		}
	})
}

func TestEdgesByTypePages(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		hub := starGraph(t, s, 5)
		mustWrite(t, s, &Batch{Nodes: []Node{putin, trump}, Edges: []Edge{edge(trump, "met_with", putin), edge(putin, "met_with", trump)}})
		if err := s.Retract(ctx, EdgeID(hub.ID, "signed", "agreement:treaty-002"), "duplicate"); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			q     TypeQuery
			pages []int
		}{
			{TypeQuery{Type: "signed", Limit: 2}, []int{2, 2}},
			{TypeQuery{Type: "signed", Limit: 2, IncludeRetracted: true}, []int{2, 2, 1}},
			{TypeQuery{Type: "met_with"}, []int{1}},
			{TypeQuery{Type: "violated", Limit: 3}, []int{0}},
		}
		for _, tt := range tests {
			q := tt.q
			var sizes []int
			for {
				page, err := s.EdgesByType(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				sizes = append(sizes, len(page.Edges))
				for _, e := range page.Edges {
					if e.Type != q.Type || e.ID != EdgeID(e.Source, e.Type, e.Target) {
						t.Errorf("edge %+v does not match its type or id", e)
					}
				}
				if page.Next == "" || len(sizes) > 10 {
					break
				}
				q.After = page.Next
			}
			if !slices.Equal(sizes, tt.pages) {
				t.Errorf("%+v: page sizes %v, want %v", tt.q, sizes, tt.pages)
			}
			n, err := s.CountEdgesByType(ctx, tt.q)
			want := 0
			for _, p := range tt.pages {
				want += p
			}
			if err != nil || n != want {
				t.Errorf("CountEdgesByType(%+v) = %d, %v; want %d", tt.q, n, err, want)
			}
		}
		if _, err := s.EdgesByType(ctx, TypeQuery{Type: "signed", After: "1" + "dA"}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("bad cursor: %v", err)
		}
		if _, err := s.EdgesByType(ctx, TypeQuery{Type: "hugged"}); !errors.Is(err, ErrUnknownPredicate) {
			t.Errorf("unknown type: %v", err)
		}
	})
}

func TestBadgerLogsGoToTheLogger(t *testing.T) {
	var buf bytes.Buffer
	o := DefaultOptions(t.TempDir())
	o.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	runStoreTest(t, &o, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
	})
	if !strings.Contains(buf.String(), "component=badger") {
		t.Errorf("no Badger message reached the logger at debug level:\n%s", buf.String())
	}
	buf.Reset()
	o = DefaultOptions(t.TempDir())
	o.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	runStoreTest(t, &o, func(t *testing.T, s *Store) {})
	if strings.Contains(buf.String(), "level=INFO") {
		t.Errorf("Badger's info chatter reached an info-level logger:\n%s", buf.String())
	}
}

func TestInMemoryStore(t *testing.T) {
	runStoreTest(t, &Options{InMemory: true}, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia}})
		if _, err := s.Node(t.Context(), russia.ID); err != nil {
			t.Error(err)
		}
	})
}

// TestWarmReadsTheIndexes checks Warm on a store with data, and that a cancelled context
// stops it with the context's error.
func TestWarmReadsTheIndexes(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{russia, ukraine, budapest}, Edges: []Edge{edge(russia, "attacked", ukraine)}})
		for _, tc := range []struct {
			name   string
			cancel bool
			want   error
		}{{"live context", false, nil}, {"cancelled context", true, context.Canceled}} {
			ctx, cancel := context.WithCancel(t.Context())
			if tc.cancel {
				cancel()
			}
			if err := s.Warm(ctx); !errors.Is(err, tc.want) {
				t.Errorf("%s: Warm = %v, want %v", tc.name, err, tc.want)
			}
			cancel()
		}
	})
}

// A writer killed between creating a value log or a memtable log and sizing it (at Open,
// when a stream import's Prepare starts the store over, or when Open empties what a killed
// import left) leaves an empty .vlog or .mem file; the next open, read-write or read-only,
// must still give the store and everything committed.
func TestOpenRecoversFromAnEmptyLogAKilledWriterLeft(t *testing.T) {
	for _, tc := range []struct {
		name  string
		empty func(t *testing.T, dir string)
	}{
		{"value log", func(t *testing.T, dir string) {
			logs, err := filepath.Glob(filepath.Join(dir, "*.vlog"))
			if err != nil || len(logs) == 0 {
				t.Fatalf("no value log in %s (%v)", dir, err)
			}
			// The newest log, as a kill right after creating it leaves it.
			if err := os.Truncate(logs[len(logs)-1], 0); err != nil {
				t.Fatal(err)
			}
		}},
		{"memtable log", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "00099.mem"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		for _, readOnly := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, read-only %v", tc.name, readOnly), func(t *testing.T) {
				dir := closedStoreWith(t, russia)
				tc.empty(t, dir)
				opts := DefaultOptions(dir)
				opts.ReadOnly = readOnly
				s, err := Open(opts)
				if err != nil {
					t.Fatalf("open after a kill left an empty %s: %v", tc.name, err)
				}
				defer s.Close()
				if _, err := s.Node(t.Context(), russia.ID); err != nil {
					t.Errorf("the committed node: %v", err)
				}
			})
		}
	}
}
