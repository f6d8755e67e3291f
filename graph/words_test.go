package graph

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

func TestTextWordsNormalises(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"lower-cases and splits on punctuation", "Russia violated the Budapest Memorandum.", []string{"russia", "violated", "budapest", "memorandum"}},
		{"keeps digits and repeats", "In 2014, 2014 again", []string{"2014", "2014", "again"}},
		{"drops stopwords and possessive s", "Ukraine's army and the Kremlin", []string{"ukraine", "army", "kremlin"}},
		{"keeps non-Latin letters", "Удар по Києву", []string{"удар", "по", "києву"}},
		{"keeps a decomposed accent inside its word", "Re\u0301publique", []string{"re\u0301publique"}},
		{"drops over-long runs", strings.Repeat("x", maxWordLen+1) + " ok", []string{"ok"}},
		{"nothing searchable", "the, of — and!", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textWords(nil, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("textWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestStopwordsSorted(t *testing.T) {
	if !slices.IsSorted(stopwords[:]) {
		t.Fatal("stopwords must be sorted: isStopword searches it")
	}
	for _, w := range stopwords {
		if got := textWords(nil, w); len(got) != 0 {
			t.Errorf("stopword %q is indexed as %q", w, got)
		}
	}
}

func TestAppendWordKeysIndexesEachWordOnce(t *testing.T) {
	evs := []Evidence{{Sentence: "Russia struck Kyiv. Russia struck again."}, {Sentence: "Kyiv was struck by Russia"}}
	keys := appendWordKeys(nil, 42, evs)
	var words []string
	for _, k := range keys {
		p, err := parseKey(k)
		if err != nil {
			t.Fatalf("parseKey(%q): %v", k, err)
		}
		if p.Tag != tagWord || p.Edge != 42 || !bytes.Equal(k, wordKey(p.Word, 42)) {
			t.Errorf("key %q parses as %+v", k, p)
		}
		words = append(words, p.Word)
	}
	if want := []string{"again", "kyiv", "russia", "struck"}; !slices.Equal(words, want) {
		t.Errorf("words %q, want %q", words, want)
	}
	for _, bad := range [][]byte{wordPrefix("kyiv"), wordKey("kyiv", 1)[:8], append([]byte{tagWord}, make([]byte, 9)...)} {
		if _, err := parseKey(bad); err == nil {
			t.Errorf("parseKey(%q) accepted a malformed word key", bad)
		}
	}
}

// wordFacts is a small graph whose evidence the search tests ask about; the last batch adds a
// second sentence to an edge the first batch wrote.
func wordFacts() []*Batch {
	kyiv, lviv, crimea := node(KindPlace, "Kyiv"), node(KindPlace, "Lviv"), node(KindPlace, "Crimea")
	e := func(a string, start int, s string) Evidence {
		return Evidence{Article: a, Sentence: s, Start: start, End: start + len(s), Rule: "test", Confidence: 0.9}
	}
	return []*Batch{
		{Article: article("a1"), Nodes: []Node{russia, ukraine, kyiv, lviv, budapest}, Edges: []Edge{
			edge(russia, "struck", kyiv, e("a1", 0, "Russian cruise missiles struck Kyiv overnight.")),
			edge(russia, "struck", lviv, e("a1", 50, "Drones struck Lviv; drones again at dawn.")),
			edge(russia, "violated", budapest, e("a1", 90, "Kyiv says Russia violated the Budapest Memorandum.")),
		}},
		{Article: article("a2"), Nodes: []Node{ukraine, crimea}, Edges: []Edge{
			edge(ukraine, "struck", crimea, e("a2", 0, "Ukrainian sea drones struck the Crimea bridge.")),
		}},
		{Article: article("a3"), Nodes: []Node{russia, kyiv, lviv}, Edges: []Edge{
			edge(russia, "struck", kyiv, e("a3", 0, "Cruise missiles hit Kyiv again."), e("a3", 40, "Air raid sirens sounded.")),
			edge(russia, "struck", lviv, e("a3", 80, "More drones struck Lviv.")),
		}},
	}
}

// wordEntry is one edge listed in the word index, by a per-edge key or a posting.
type wordEntry struct {
	word    string
	edge    uint64
	posting bool
}

// wordEntries lists the store's word index as it is stored, in key order.
func wordEntries(t *testing.T, s *Store) []wordEntry {
	t.Helper()
	var out []wordEntry
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{tagWord}})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			p, err := parseKey(it.Item().Key())
			if err != nil {
				return err
			}
			if !p.Posting {
				out = append(out, wordEntry{p.Word, p.Edge, false})
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			ids, err := decodePosting(nil, v)
			if err != nil {
				return fmt.Errorf("posting %q: %w", it.Item().Key(), err)
			}
			for _, id := range ids {
				out = append(out, wordEntry{p.Word, id, true})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// wordIndex lists the store's word index as "word edge-source→edge-target", sorted, each
// pair once whichever form and however many postings list it.
func wordIndex(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.db.View(func(txn *badger.Txn) error {
		for _, e := range wordEntries(t, s) {
			rec, ok, err := getEdgeRec(txn, e.edge)
			if err != nil || !ok {
				return fmt.Errorf("word %q names edge %x: %v (found %v)", e.word, e.edge, err, ok)
			}
			out = append(out, e.word+" "+rec.Src+"→"+rec.Dst)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// hitNames renders hits as "source type target: quote | quote".
func hitNames(hits []EvidenceHit) []string {
	var out []string
	for _, h := range hits {
		var qs []string
		for _, ev := range h.Edge.Evidence {
			qs = append(qs, ev.Sentence)
		}
		slices.Sort(qs) // evidence comes in hash order
		out = append(out, h.Edge.Source+" "+h.Edge.Type+" "+h.Edge.Target+": "+strings.Join(qs, " | "))
	}
	return out
}

func TestSearchEvidenceOverEveryWritePath(t *testing.T) {
	const (
		kyivStrike = "state:russia struck place:kyiv"
		lvivStrike = "state:russia struck place:lviv"
		violation  = "state:russia violated agreement:budapest-memorandum"
		bridge     = "state:ukraine struck place:crimea"
	)
	queries := []struct {
		name, text string
		want       []string
	}{
		{"one word, ranked by matching sentences", "cruise",
			[]string{kyivStrike + ": Cruise missiles hit Kyiv again. | Russian cruise missiles struck Kyiv overnight."}},
		{"case and punctuation do not matter", "KYIV!", []string{
			kyivStrike + ": Cruise missiles hit Kyiv again. | Russian cruise missiles struck Kyiv overnight.",
			violation + ": Kyiv says Russia violated the Budapest Memorandum."}},
		{"several words must all be in the evidence", "drones struck", []string{
			lvivStrike + ": Drones struck Lviv; drones again at dawn. | More drones struck Lviv.",
			bridge + ": Ukrainian sea drones struck the Crimea bridge."}},
		{"words spread over two sentences of one fact", "sirens overnight",
			[]string{kyivStrike + ": Air raid sirens sounded. | Russian cruise missiles struck Kyiv overnight."}},
		{"evidence added by a later batch", "raid", []string{kyivStrike + ": Air raid sirens sounded."}},
		{"unknown word", "tanks", nil},
		{"a known and an unknown word", "kyiv tanks", nil},
		{"only stopwords", "the of and", nil},
	}
	var first []string
	for _, p := range wordWriters() {
		t.Run(p.name, func(t *testing.T) {
			opts := DefaultOptions("")
			opts.NoStreamImport = p.noStream
			runStoreTest(t, &opts, func(t *testing.T, s *Store) {
				p.load(t, s, wordFacts())
				idx := wordIndex(t, s)
				if first == nil {
					first = idx
				} else if !slices.Equal(idx, first) {
					t.Errorf("word index differs from Write's:\n%s\nwant\n%s", strings.Join(idx, "\n"), strings.Join(first, "\n"))
				}
				if len(idx) == 0 {
					t.Fatal("no word keys")
				}
				var postings, edgeKeys int
				for _, e := range wordEntries(t, s) {
					if e.posting {
						postings++
					} else {
						edgeKeys++
					}
				}
				if (postings > 0) != p.postings || (edgeKeys > 0) != p.edgeKeys {
					t.Errorf("%d posted entries and %d per-edge keys, want postings %v and per-edge keys %v", postings, edgeKeys, p.postings, p.edgeKeys)
				}
				for _, q := range queries {
					hits, err := s.SearchEvidence(t.Context(), q.text, 10)
					if err != nil {
						t.Fatalf("%s: %v", q.name, err)
					}
					if got := hitNames(hits); !slices.Equal(got, q.want) {
						t.Errorf("%s: SearchEvidence(%q) =\n%s\nwant\n%s", q.name, q.text, strings.Join(got, "\n"), strings.Join(q.want, "\n"))
					}
				}
				assertMarked(t, s, true)
			})
		})
	}
}

// wordWriter is one way of writing batches, with the forms of word index it leaves.
type wordWriter struct {
	name               string
	noStream           bool // the Importer writes a WriteBatch
	load               func(t *testing.T, s *Store, batches []*Batch)
	postings, edgeKeys bool
}

// wordWriters are every writer of the word index, alone and mixed in one store.
func wordWriters() []wordWriter {
	writeAll := func(t *testing.T, s *Store, batches []*Batch) {
		for _, b := range batches {
			mustWrite(t, s, b)
		}
	}
	grouped := func(size int) func(t *testing.T, s *Store, batches []*Batch) {
		return func(t *testing.T, s *Store, batches []*Batch) { writeAllGrouped(t, s, batches, size, -1, nil) }
	}
	return []wordWriter{
		{"Write", false, writeAll, true, false},
		{"GroupWriter, one group", false, grouped(100), true, false},
		// Evidence of one edge in several groups: the edge is in several postings.
		{"GroupWriter, a group per batch", false, grouped(1), true, false},
		{"Importer stream", false, importAll, false, true},
		{"Importer write batch", true, importAll, false, true},
		{"Importer write batch into a non-empty store", true, func(t *testing.T, s *Store, batches []*Batch) {
			mustWrite(t, s, batches[0])
			importAll(t, s, batches[1:])
		}, true, true},
		{"GroupWriter after an Importer", false, func(t *testing.T, s *Store, batches []*Batch) {
			importAll(t, s, batches[:1])
			writeAllGrouped(t, s, batches[1:], 1, -1, nil)
		}, true, true},
	}
}

func importAll(t *testing.T, s *Store, batches []*Batch) {
	t.Helper()
	if err := importBatches(t, s, batches); err != nil {
		t.Fatal(err)
	}
}

// importBatches adds batches through one Importer and returns what its Close returns.
func importBatches(t *testing.T, s *Store, batches []*Batch) error {
	_, _, err := importClosing(t, s, batches)
	return err
}

// importClosing adds batches through one Importer and closes it: the summary and error Close
// returns, and how long it took.
func importClosing(tb testing.TB, s *Store, batches []*Batch) (WriteSummary, time.Duration, error) {
	tb.Helper()
	im, err := s.NewImporter(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	for i, b := range batches {
		if _, err := im.Add(tb.Context(), b); err != nil {
			tb.Fatalf("Add %d: %v", i, err)
		}
	}
	start := time.Now()
	sum, err := im.Close()
	return sum, time.Since(start), err
}

func assertMarked(t *testing.T, s *Store, want bool) {
	t.Helper()
	err := s.db.View(func(txn *badger.Txn) error {
		_, marked, err := wordIndexState(txn)
		if err == nil && marked != want {
			t.Errorf("word index marked = %v, want %v", marked, want)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSearchEvidenceHidesRetractedFacts(t *testing.T) {
	for _, p := range wordWriters() {
		t.Run(p.name, func(t *testing.T) {
			opts := DefaultOptions("")
			opts.NoStreamImport = p.noStream
			runStoreTest(t, &opts, func(t *testing.T, s *Store) {
				p.load(t, s, wordFacts())
				hits, err := s.SearchEvidence(t.Context(), "drones", 10)
				if err != nil || len(hits) != 2 {
					t.Fatalf("before retracting: %q, %v", hitNames(hits), err)
				}
				if err := s.Retract(t.Context(), hits[0].Edge.ID, "wrong sentence"); err != nil {
					t.Fatal(err)
				}
				after, err := s.SearchEvidence(t.Context(), "drones", 10)
				if err != nil {
					t.Fatal(err)
				}
				if len(after) != 1 || after[0].Edge.ID != hits[1].Edge.ID {
					t.Errorf("after retracting %s: %q", hits[0].Edge.ID, hitNames(after))
				}
				if limited, err := s.SearchEvidence(t.Context(), "kyiv", 1); err != nil || len(limited) != 1 {
					t.Errorf("limit 1: %q, %v", hitNames(limited), err)
				}
			})
		})
	}
}

// TestSearchEvidenceOnAnOlderStore pins what happens to a store written before the word
// index: a writable store is indexed by the first search (and marked), a read-only one is
// answered by scanning its evidence.
func TestSearchEvidenceOnAnOlderStore(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions(dir)
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		for _, b := range wordFacts() {
			mustWrite(t, s, b)
		}
		// What the previous version wrote: the same keys without the word index and marker.
		err := s.db.DropPrefix([]byte{tagWord}, wordsKey())
		if err != nil {
			t.Fatal(err)
		}
		if idx := wordIndex(t, s); len(idx) != 0 {
			t.Fatalf("word keys left: %q", idx)
		}
		assertMarked(t, s, false)
	})
	want := []string{"state:russia struck place:lviv: Drones struck Lviv; drones again at dawn."}

	ro := opts
	ro.ReadOnly = true
	runStoreTest(t, &ro, func(t *testing.T, s *Store) {
		hits, err := s.SearchEvidence(t.Context(), "dawn drones", 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := hitNames(hits); !slices.Equal(got, want) {
			t.Errorf("read-only scan: %q, want %q", got, want)
		}
		if idx := wordIndex(t, s); len(idx) != 0 {
			t.Errorf("a read-only store was indexed: %q", idx)
		}
	})

	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		// Writes before the first search, through Write and an Importer, must not mark the
		// older store as indexed.
		mustWrite(t, s, &Batch{Nodes: []Node{ukraine, uk}, Edges: []Edge{
			edge(uk, "sanctioned", ukraine, Evidence{Article: "a9", Sentence: "A test sentence.", Rule: "test"})}})
		importAll(t, s, []*Batch{{Nodes: []Node{ukraine, usa}, Edges: []Edge{
			edge(usa, "sanctioned", ukraine, Evidence{Article: "a10", Sentence: "An imported sentence.", Rule: "test"})}}})
		assertMarked(t, s, false)
		hits, err := s.SearchEvidence(t.Context(), "dawn drones", 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := hitNames(hits); !slices.Equal(got, want) {
			t.Errorf("after indexing: %q, want %q", got, want)
		}
		assertMarked(t, s, true)
		if idx := wordIndex(t, s); !slices.Contains(idx, "dawn state:russia→place:lviv") || !slices.Contains(idx, "sentence state:united-kingdom→state:ukraine") ||
			!slices.Contains(idx, "imported state:united-states→state:ukraine") {
			t.Errorf("index after the first search lacks old or new words: %q", idx)
		}
	})
}

// BenchmarkSearchEvidence asks for words over 100k curated facts, with the word index as the
// stream import writes it (per-edge keys: count both words' entries, walk the rarer, seek the
// other) and as the GroupWriter writes it (postings of 32 facts: gather the rarer word's ids,
// match the other's postings against them); then read the hits.
func BenchmarkSearchEvidence(b *testing.B) {
	g := newBenchGraph(10_000, 10)
	for _, w := range []struct {
		name string
		load func(b *testing.B, s *Store)
	}{
		{"import", func(b *testing.B, s *Store) { g.load(b, s, 100_000) }},
		{"group-writer", func(b *testing.B, s *Store) {
			gw, err := s.NewGroupWriter(b.Context())
			if err != nil {
				b.Fatal(err)
			}
			for i := range 100_000 {
				if _, err := gw.Write(b.Context(), g.fact(i)); err != nil {
					b.Fatal(err)
				}
			}
			if err := gw.Close(); err != nil {
				b.Fatal(err)
			}
		}},
	} {
		b.Run(w.name, func(b *testing.B) {
			s := openBench(b)
			w.load(b, s)
			for _, q := range []struct{ name, text string }{
				{"rare-and-common", "actor 4242"},
				{"common-word", "fact"},
				{"two-common-words", "actor fact"},
				{"unknown-word", "zebra"},
			} {
				b.Run(q.name, func(b *testing.B) {
					hits := 0
					for b.Loop() {
						hs, err := s.SearchEvidence(b.Context(), q.text, 20)
						if err != nil {
							b.Fatal(err)
						}
						hits = len(hs)
					}
					b.ReportMetric(float64(hits), "hits/op")
				})
			}
		})
	}
}
