package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// groupTestBatches are importTestBatches with a fixed load time on their articles, so that
// two stores written at different times hold the same bytes.
func groupTestBatches() []*Batch {
	batches := importTestBatches()
	for _, b := range batches {
		if b.Article != nil {
			b.Article.LoadedAt = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		}
	}
	return batches
}

// writeAllGrouped writes batches through a GroupWriter of group size size (0: the default),
// checking that the bad batch, written after batch badAfter, is refused alone.
func writeAllGrouped(t *testing.T, s *Store, batches []*Batch, size, badAfter int, bad *Batch) (WriteSummary, *GroupWriter) {
	t.Helper()
	return writeAllGroupedSeeding(t, s, batches, size, badAfter, bad, seedAfterMisses, maxSeededIDs)
}

// writeAllGroupedSeeding is writeAllGrouped with a writer into a store with data that reads
// its ids after seedAfter lookups found nothing, if it holds at most seedLimit.
func writeAllGroupedSeeding(t *testing.T, s *Store, batches []*Batch, size, badAfter int, bad *Batch, seedAfter, seedLimit int) (WriteSummary, *GroupWriter) {
	t.Helper()
	w, err := s.NewGroupWriter(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if size > 0 {
		w.maxBatches = size
	}
	w.seedAfter = seedAfter
	if w.seedLimit > 0 {
		w.seedLimit = seedLimit
	}
	var sum WriteSummary
	for i, b := range batches {
		ws, err := w.Write(t.Context(), b)
		if err != nil {
			t.Fatalf("Write %d: %v", i, err)
		}
		sum.Add(ws)
		if i == badAfter {
			if _, err := w.Write(t.Context(), bad); !errors.Is(err, ErrInvalid) {
				t.Fatalf("bad batch: err = %v, want ErrInvalid", err)
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return sum, w
}

func TestGroupWriterStoresWhatWriteStores(t *testing.T) {
	batches := groupTestBatches()
	bad := &Batch{Article: article("bad"), Edges: []Edge{{Source: "person:nobody", Type: "led", Target: budapest.ID}}}
	// The seed holds a node, an edge and an article that the batches name again: a writer that
	// read the store's ids must find each of them, and merge or skip as Write does.
	p2, p3 := node(KindPerson, "Person 2", "Seeded"), node(KindPerson, "Person 3")
	seed := &Batch{Article: article("art3"), Nodes: []Node{p2, p3}, Edges: []Edge{edge(p2, "met_with", p3, ev("art3", 7, "2015", Asserted))}}
	seed.Article.LoadedAt = batches[1].Article.LoadedAt

	for _, mode := range []struct {
		name      string
		seeded    bool // a store that is not empty
		size      int  // batches a group
		seedAfter int  // lookups finding nothing before the writer reads the store's ids
		seedLimit int  // the most ids it reads
		wantIDs   bool // the writer knows every id at the end
	}{
		{"empty store, one batch a group", false, 1, seedAfterMisses, maxSeededIDs, true},
		{"empty store, groups of 4 read the group committing", false, 4, seedAfterMisses, maxSeededIDs, true},
		{"empty store, one group", false, 100, seedAfterMisses, maxSeededIDs, true},
		{"seeded store, ids read before the first batch", true, 3, 0, maxSeededIDs, true},
		{"seeded store, ids read after some groups, groups of 4", true, 4, 20, maxSeededIDs, true},
		{"seeded store, ids read mid-way, default groups", true, 0, 20, maxSeededIDs, true},
		{"seeded store, too few misses to read its ids", true, 3, seedAfterMisses, maxSeededIDs, false},
		{"seeded store too large to read its ids", true, 3, 0, 1, false},
	} {
		t.Run(mode.name, func(t *testing.T) {
			var viaWrite, viaGroup WriteSummary
			var rawWrite, rawGroup, dumpWrite, dumpGroup, wordsWrite, wordsGroup []string
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				if mode.seeded {
					mustWrite(t, s, seed)
				}
				for _, b := range batches {
					viaWrite.Add(mustWrite(t, s, b))
				}
				rawWrite, dumpWrite, wordsWrite = rawDump(t, s), dump(t, s), wordIndex(t, s)
			})
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				if mode.seeded {
					mustWrite(t, s, seed)
				}
				var w *GroupWriter
				viaGroup, w = writeAllGroupedSeeding(t, s, batches, mode.size, 11, bad, mode.seedAfter, mode.seedLimit)
				if (w.ever != nil) != mode.wantIDs {
					t.Errorf("writer knows every id = %v, want %v (%d lookups found nothing)", w.ever != nil, mode.wantIDs, w.misses)
				}
				rawGroup, dumpGroup, wordsGroup = rawDump(t, s), dump(t, s), wordIndex(t, s)
			})
			if viaWrite != viaGroup {
				t.Errorf("summaries differ:\nwrite %+v\ngroup %+v", viaWrite, viaGroup)
			}
			if viaWrite.ArticlesSkipped == 0 || viaWrite.EdgesMerged == 0 || viaWrite.NodesMerged == 0 {
				t.Errorf("the batches do not exercise merging: %+v", viaWrite)
			}
			// Write writes a posting per word and batch, the GroupWriter per word and group:
			// the same keys when a group is one batch, else the same index in fewer keys.
			if mode.size != 1 {
				rawWrite, rawGroup = withoutWordKeys(rawWrite), withoutWordKeys(rawGroup)
			}
			if !slices.Equal(rawWrite, rawGroup) {
				t.Errorf("stores differ key by key:\nwrite:\n%s\ngroup:\n%s", strings.Join(rawWrite, "\n"), strings.Join(rawGroup, "\n"))
			}
			if !slices.Equal(wordsWrite, wordsGroup) || len(wordsWrite) == 0 {
				t.Errorf("word indexes differ:\nwrite:\n%s\ngroup:\n%s", strings.Join(wordsWrite, "\n"), strings.Join(wordsGroup, "\n"))
			}
			if !slices.Equal(dumpWrite, dumpGroup) {
				t.Errorf("stores read differently:\nwrite:\n%s\ngroup:\n%s", strings.Join(dumpWrite, "\n"), strings.Join(dumpGroup, "\n"))
			}
		})
	}
}

// withoutWordKeys drops the word-index keys from a rawDump.
func withoutWordKeys(keys []string) []string {
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return strings.HasPrefix(k, `"w`) })
}

func TestGroupWriterRerunSkipsEveryArticle(t *testing.T) {
	batches := groupTestBatches()
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		writeAllGrouped(t, s, batches, 4, -1, nil)
		before := rawDump(t, s)
		again, _ := writeAllGrouped(t, s, batches, 4, -1, nil)
		articles := 0
		for _, b := range batches {
			if b.Article != nil {
				articles++
			}
		}
		// Curated batches (no article) merge again; they add nothing.
		if again.ArticlesSkipped != articles || again.ArticlesNew != 0 || again.EdgesNew != 0 || again.NodesNew != 0 || again.EvidenceNew != 0 {
			t.Errorf("second run: %+v, want %d articles skipped and nothing new", again, articles)
		}
		if after := rawDump(t, s); !slices.Equal(before, after) {
			t.Errorf("the second run changed the store:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
		}
	})
}

// bigBatch is an article with n facts, each with its own evidence.
func bigBatch(id string, n int) *Batch {
	b := &Batch{Article: article(id), Nodes: []Node{russia}}
	for i := range n {
		p := node(KindPlace, fmt.Sprintf("%s place %d", id, i))
		b.Nodes = append(b.Nodes, p)
		e := ev(id, i, "2022", Asserted)
		e.Sentence = fmt.Sprintf("Russia struck %s place %d with drones and missiles.", id, i)
		b.Edges = append(b.Edges, edge(russia, "struck", p, e))
	}
	return b
}

func TestGroupWriterBatchTooBigIsRefusedAlone(t *testing.T) {
	// A small memtable makes Badger's transaction limit small (15 % of it).
	opts := DefaultOptions("")
	opts.MemTableSize = 1 << 20
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		w, err := s.NewGroupWriter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		// No group is full before Badger's own limit (about 1600 entries here; a fact of
		// bigBatch is about 9: 8 keys and a posting for its place number).
		w.maxBatches, w.maxCount, w.maxSize = 1000, 1<<40, 1<<40
		// Small batches fill the group part way.
		var small []*Batch
		for i := range 3 {
			small = append(small, bigBatch(fmt.Sprintf("small%d", i), 30))
		}
		for _, b := range small {
			if _, err := w.Write(t.Context(), b); err != nil {
				t.Fatal(err)
			}
		}
		// A batch that fits alone but not beside the group goes in a group of its own.
		if _, err := w.Write(t.Context(), bigBatch("medium", 120)); err != nil {
			t.Fatalf("medium batch: %v", err)
		}
		if len(w.cur.batches) != 1 {
			t.Fatalf("the group holds %d batches, want the medium one alone", len(w.cur.batches))
		}
		// The huge one cannot fit even alone: it is refused, and the group before it is
		// written again without it.
		if _, err := w.Write(t.Context(), bigBatch("huge", 20000)); !errors.Is(err, ErrBatchTooBig) || !strings.Contains(err.Error(), `"huge"`) {
			t.Fatalf("huge batch: err = %v, want ErrBatchTooBig naming it", err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"small0", "small1", "small2", "medium"} {
			if _, err := s.Article(t.Context(), id); err != nil {
				t.Errorf("article %s: %v", id, err)
			}
		}
		if _, err := s.Article(t.Context(), "huge"); !errors.Is(err, ErrNotFound) {
			t.Errorf("article huge: err = %v, want ErrNotFound", err)
		}
		if _, err := s.Node(t.Context(), NodeID(KindPlace, "huge place 0")); !errors.Is(err, ErrNotFound) {
			t.Errorf("a node of the huge batch: err = %v, want ErrNotFound (nothing of it written)", err)
		}
		st, err := s.Stats(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if st.Edges["struck"] != 3*30+120 {
			t.Errorf("%d edges stored, want %d", st.Edges["struck"], 3*30+120)
		}
	})
}

func TestGroupWriterWritesBecomeVisibleOnFlush(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, &Batch{Nodes: []Node{putin}})
		// Cache the node as it is before the group writes its new alias.
		if _, err := s.Node(t.Context(), putin.ID); err != nil {
			t.Fatal(err)
		}
		w, err := s.NewGroupWriter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		if _, err := w.Write(t.Context(), &Batch{Article: article("v1"), Nodes: []Node{node(KindPerson, putin.Name, "V. V. Putin")}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Article(t.Context(), "v1"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("before Flush: article err = %v, want ErrNotFound (the group is not committed)", err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Article(t.Context(), "v1"); err != nil {
			t.Errorf("after Flush: %v", err)
		}
		n, err := s.Node(t.Context(), putin.ID)
		if err != nil || !slices.Contains(n.Aliases, "V. V. Putin") {
			t.Errorf("after Flush: node = %+v, %v; want the new alias (the cache dropped)", n, err)
		}
	})
}

func TestGroupWriterHoldsTheWriteLockUntilClose(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		w, err := s.NewGroupWriter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(t.Context(), &Batch{Article: article("g1"), Nodes: []Node{putin}}); err != nil {
			t.Fatal(err)
		}
		wrote := make(chan error, 1)
		go func() {
			_, err := s.Write(t.Context(), &Batch{Article: article("w1"), Nodes: []Node{trump}})
			wrote <- err
		}()
		// Write must wait; it cannot be seen to wait, only to finish after Close, so the
		// check is that Close, not Write, comes first (the article is then found at once).
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := <-wrote; err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(t.Context(), &Batch{Article: article("g2")}); err == nil {
			t.Error("Write after Close: no error")
		}
		for _, id := range []string{"g1", "w1"} {
			if _, err := s.Article(t.Context(), id); err != nil {
				t.Errorf("article %s: %v", id, err)
			}
		}
	})
}

func TestGroupWriterStopsForContextWithoutLosingWrittenBatches(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		w, err := s.NewGroupWriter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		if _, err := w.Write(ctx, &Batch{Article: article("c1"), Nodes: []Node{putin}}); err != nil {
			t.Fatal(err)
		}
		cancel()
		if _, err := w.Write(ctx, &Batch{Article: article("c2"), Nodes: []Node{trump}}); !errors.Is(err, context.Canceled) {
			t.Errorf("Write after cancel: err = %v, want context.Canceled", err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Article(t.Context(), "c1"); err != nil {
			t.Errorf("article written before the cancel: %v", err)
		}
		if _, err := s.Article(t.Context(), "c2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("article written after the cancel: err = %v, want ErrNotFound", err)
		}
	})
}

func TestGroupWriterOnReadOnlyStore(t *testing.T) {
	dir := closedStoreWith(t, putin)
	opts := DefaultOptions(dir)
	opts.ReadOnly = true
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		if _, err := s.NewGroupWriter(t.Context()); err == nil || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("err = %v, want one saying the store is read-only", err)
		}
	})
}

// wordyBatch is an article with n facts whose sentences have words no other fact has: few
// keys besides its word index.
func wordyBatch(id string, n int) *Batch {
	b := &Batch{Article: article(id), Nodes: []Node{russia}}
	for i := range n {
		p := node(KindPlace, fmt.Sprintf("%s place %d", id, i))
		b.Nodes = append(b.Nodes, p)
		e := ev(id, i, "2022", Asserted)
		var words []string
		for j := range 20 {
			words = append(words, fmt.Sprintf("%sw%dx%d", id, i, j))
		}
		e.Sentence = strings.Join(words, " ")
		b.Edges = append(b.Edges, edge(russia, "struck", p, e))
	}
	return b
}

// The postings of a group are written when it commits, after its batches were applied: a
// batch must be refused up front when they would not fit, not fail the commit.
func TestGroupWriterCountsPostingsAgainstBadgersLimit(t *testing.T) {
	opts := DefaultOptions("")
	opts.MemTableSize = 1 << 20
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		// About 900 keys of facts (under the limit of about 1600) and 2000 postings.
		wordy := wordyBatch("wordy", 100)
		if _, err := s.Write(t.Context(), wordy); !errors.Is(err, ErrBatchTooBig) {
			t.Errorf("Write: err = %v, want ErrBatchTooBig", err)
		}
		w, err := s.NewGroupWriter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		w.maxBatches, w.maxCount, w.maxSize = 1000, 1<<40, 1<<40
		if _, err := w.Write(t.Context(), bigBatch("before", 10)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(t.Context(), wordy); !errors.Is(err, ErrBatchTooBig) {
			t.Errorf("GroupWriter: err = %v, want ErrBatchTooBig", err)
		}
		if _, err := w.Write(t.Context(), wordyBatch("fits", 10)); err != nil {
			t.Fatalf("a batch after the refused one: %v", err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		for id, want := range map[string]error{"before": nil, "fits": nil, "wordy": ErrNotFound} {
			if _, err := s.Article(t.Context(), id); !errors.Is(err, want) {
				t.Errorf("article %s: err = %v, want %v", id, err, want)
			}
		}
		hits, err := s.SearchEvidence(t.Context(), "fitsw3x7", 10)
		if err != nil || len(hits) != 1 {
			t.Errorf("search for a word of the last batch: %q, %v; want one hit", hitNames(hits), err)
		}
	})
}

func TestReadEverIDsReadsEveryIDOrNone(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		empty, err := s.readEverIDs(ctx, 10)
		if err != nil || empty == nil || empty.len() != 0 {
			t.Fatalf("empty store: %+v, %v; want an empty set", empty, err)
		}
		mustWrite(t, s, &Batch{Article: article("a1"), Nodes: []Node{russia, budapest},
			Edges: []Edge{edge(russia, "violated", budapest, ev("a1", 0, "2014", Asserted))}})
		// Two nodes, one edge, one article: four ids.
		e, err := s.readEverIDs(ctx, 4)
		if err != nil || e == nil {
			t.Fatalf("store of 4 ids, limit 4: %v, %v", e, err)
		}
		h, _ := parseEdgeID(EdgeID(russia.ID, "violated", budapest.ID))
		if e.len() != 4 || e.neverNode(russia.ID) || e.neverNode(budapest.ID) || e.neverEdge(h) || e.neverKey(articleKey("a1")) {
			t.Errorf("ids read: %+v, want russia, budapest, the edge and a1", e)
		}
		if !e.neverNode(ukraine.ID) || !e.neverEdge(h+1) || !e.neverKey(articleKey("a2")) || !e.neverKey(evidenceKey(h+1, 1)) {
			t.Errorf("ids read: %+v, holds ids the store does not", e)
		}
		if e, err := s.readEverIDs(ctx, 3); err != nil || e != nil {
			t.Errorf("store of 4 ids, limit 3: %+v, %v; want nil (too many to keep)", e, err)
		}
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if e, err := s.readEverIDs(cancelled, 10); !errors.Is(err, context.Canceled) || e != nil {
			t.Errorf("cancelled: %+v, %v; want context.Canceled", e, err)
		}
	})
}
