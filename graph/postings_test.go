package graph

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func TestPostingRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ids  []uint64
	}{
		{"one id", []uint64{42}},
		{"extremes", []uint64{0, 1, math.MaxUint64 - 1, math.MaxUint64}},
		{"hash-like ids", []uint64{0x0102030405060708, 0x7fffffffffffffff, 0x8000000000000000, 0xfedcba9876543210}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := appendPosting([]byte("prefix"), tt.ids)[len("prefix"):]
			n, err := postingLen(v)
			if err != nil || n != len(tt.ids) {
				t.Fatalf("postingLen = %d, %v; want %d", n, err, len(tt.ids))
			}
			got, err := decodePosting([]uint64{7}, v)
			if err != nil || !slices.Equal(got[1:], tt.ids) || got[0] != 7 {
				t.Errorf("decodePosting = %x, %v; want 7 then %x", got, err, tt.ids)
			}
			for _, id := range tt.ids {
				if !postingHas(v, n, id) {
					t.Errorf("postingHas(%x) = false", id)
				}
				if id > 0 && !slices.Contains(tt.ids, id-1) && postingHas(v, n, id-1) {
					t.Errorf("postingHas(%x) = true for an id not listed", id-1)
				}
			}
		})
	}
}

func TestPostingRejectsBadValues(t *testing.T) {
	good := appendPosting(nil, []uint64{1, 2, 3})
	tests := []struct {
		name, want string
		v          []byte
	}{
		{"empty (a per-edge key's value)", "empty value", nil},
		{"unknown format", "format 2", append([]byte{2}, good[1:]...)},
		{"format byte only", "not a positive multiple of 8", good[:1]},
		{"cut short", "not a positive multiple of 8", good[:len(good)-3]},
		{"descending", "does not follow", appendPosting(nil, []uint64{2, 1})},
		{"repeated id", "does not follow", appendPosting(nil, []uint64{5, 5})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, err := decodePosting(nil, tt.v)
			if !errors.Is(err, errBadPosting) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("decodePosting(%x) = %x, %v; want an errBadPosting error saying %q", tt.v, ids, err, tt.want)
			}
		})
	}
}

func TestPostingsCollectEachEdgeOncePerWord(t *testing.T) {
	var p postings
	evs := func(s ...string) []Evidence {
		var out []Evidence
		for _, x := range s {
			out = append(out, Evidence{Sentence: x})
		}
		return out
	}
	keys := func(ids ...uint64) [][]byte {
		var out [][]byte
		for _, id := range ids {
			out = append(out, evidenceKey(id, id))
		}
		return out
	}
	collect := func() map[string][]uint64 {
		got := map[string][]uint64{}
		err := p.flush(func(key, val []byte) error {
			k, err := parseKey(key)
			if err != nil || !k.Posting {
				return fmt.Errorf("key %q: %+v, %v", key, k, err)
			}
			got[k.Word], err = decodePosting(nil, val)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	p.add(9, evs("Drones struck Kyiv.", "Kyiv again"), keys(1, 2))
	p.add(3, evs("More drones"), keys(3))
	p.add(9, evs("drones"), keys(4)) // the same edge from a later batch of the group
	first := p.group
	want := map[string][]uint64{"drones": {3, 9}, "struck": {9}, "kyiv": {9}, "again": {9}, "more": {3}}
	if got := collect(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("postings %v, want %v", got, want)
	}
	// The next transaction starts empty, under another group id.
	p.add(9, evs("Kyiv"), keys(5))
	if p.group == first || p.group == 0 {
		t.Errorf("group id %x after %x: want a new one", p.group, first)
	}
	if got := collect(); fmt.Sprint(got) != fmt.Sprint(map[string][]uint64{"kyiv": {9}}) {
		t.Errorf("second transaction: %v", got)
	}
	if got := collect(); len(got) != 0 {
		t.Errorf("an empty transaction wrote %v", got)
	}
}

// manyFacts are n facts, each with a sentence holding "common", every third "third", and a
// word of its own (place10 has "third" in a second sentence); spread over articles of 10
// facts.
func manyFacts(n int) []*Batch {
	var batches []*Batch
	for i := 0; i < n; i += 10 {
		a := fmt.Sprintf("m%d", i/10)
		b := &Batch{Article: article(a), Nodes: []Node{russia}}
		for j := i; j < min(i+10, n); j++ {
			p := node(KindPlace, fmt.Sprintf("Place %d", j))
			b.Nodes = append(b.Nodes, p)
			s := fmt.Sprintf("A common sentence about place%d.", j)
			if j%3 == 0 {
				s += " A third of them."
			}
			e := edge(russia, "struck", p, Evidence{Article: a, Sentence: s, Start: j * 100, End: j*100 + len(s), Rule: "test"})
			if j == 10 {
				// A fact with the words of a query in two sentences.
				e.Evidence = append(e.Evidence, Evidence{Article: a, Sentence: "Another third.", Start: j*100 + 50, End: j*100 + 64, Rule: "test"})
			}
			b.Edges = append(b.Edges, e)
		}
		batches = append(batches, b)
	}
	return batches
}

// Past maxEvidenceCandidates the hits are the best of the smallest candidate ids: whichever
// writers wrote the index, the hits must be the same.
func TestSearchEvidenceCapsAlikeOverEveryWriter(t *testing.T) {
	batches := manyFacts(3 * maxEvidenceCandidates)
	// A rare word with a common one is checked against the evidence, not the postings.
	queries := []string{"common", "common third", "third place9", "third place10", "third place7", "place1234", "common nowhere"}
	var want [][]string
	for _, p := range wordWriters() {
		t.Run(p.name, func(t *testing.T) {
			opts := DefaultOptions("")
			opts.NoStreamImport = p.noStream
			runStoreTest(t, &opts, func(t *testing.T, s *Store) {
				p.load(t, s, batches)
				var got [][]string
				for _, q := range queries {
					hits, err := s.SearchEvidence(t.Context(), q, 2*maxEvidenceCandidates)
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, hitNames(hits))
				}
				if n := len(got[0]); n != maxEvidenceCandidates {
					t.Errorf("%q: %d hits, want the cap %d", queries[0], n, maxEvidenceCandidates)
				}
				if n := len(got[1]); n != maxEvidenceCandidates {
					t.Errorf("%q: %d hits, want the cap %d", queries[1], n, maxEvidenceCandidates)
				}
				for i, n := range []int{2: 1, 3: 1, 4: 0, 5: 1, 6: 0} {
					if i >= 2 && len(got[i]) != n {
						t.Errorf("%q: %d hits, want %d", queries[i], len(got[i]), n)
					}
				}
				if want == nil {
					want = got
					return
				}
				for i, q := range queries {
					if !slices.Equal(got[i], want[i]) {
						t.Errorf("%q: %d hits differ from the first writer's %d", q, len(got[i]), len(want[i]))
					}
				}
			})
		})
	}
}

// A damaged posting is an error naming its key, not a panic or a wrong answer.
func TestSearchEvidenceReportsABadPosting(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		mustWrite(t, s, wordFacts()[0])
		key := appendPostingKey(nil, []byte("drones"), 7)
		if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(key, []byte{postingFormat, 1, 2}) }); err != nil {
			t.Fatal(err)
		}
		// The posting is read for the rarest word and for a word checked against its
		// postings: "drones" is rarest in the first two, second in the last.
		for _, q := range []string{"drones", "drones struck", "lviv drones"} {
			_, err := s.SearchEvidence(t.Context(), q, 10)
			if !errors.Is(err, errBadPosting) || !strings.Contains(err.Error(), fmt.Sprintf("%q", key)) {
				t.Errorf("SearchEvidence(%q): err = %v, want errBadPosting naming %q", q, err, key)
			}
		}
	})
}

// Two common words that share few facts: the rarer one's smallest ids are matched in growing
// windows until its ids run out; the hits must be those of the per-edge keys.
func TestSearchEvidenceWidensTheWindowOfCommonWords(t *testing.T) {
	const n = 4500
	var batches []*Batch
	for i := 0; i < n; i += 50 {
		a := fmt.Sprintf("w%d", i)
		b := &Batch{Article: article(a), Nodes: []Node{russia}}
		for j := i; j < i+50; j++ {
			p := node(KindPlace, fmt.Sprintf("Place %d", j))
			b.Nodes = append(b.Nodes, p)
			s := fmt.Sprintf("About place%d.", j)
			if j%2 == 0 {
				s += " Even."
			}
			if j%2 == 1 || j%97 == 0 {
				s += " Sparse."
			}
			b.Edges = append(b.Edges, edge(russia, "struck", p, Evidence{Article: a, Sentence: s, Start: j * 100, End: j*100 + len(s), Rule: "test"}))
		}
		batches = append(batches, b)
	}
	var want []string
	for _, p := range []wordWriter{wordWriters()[4], wordWriters()[1]} {
		t.Run(p.name, func(t *testing.T) {
			opts := DefaultOptions("")
			opts.NoStreamImport = p.noStream
			runStoreTest(t, &opts, func(t *testing.T, s *Store) {
				p.load(t, s, batches)
				hits, err := s.SearchEvidence(t.Context(), "even sparse", n)
				if err != nil {
					t.Fatal(err)
				}
				got := hitNames(hits)
				if wantN := (n + 193) / 194; len(got) != wantN {
					t.Errorf("%d hits, want %d", len(got), wantN)
				}
				if want == nil {
					want = got
				} else if !slices.Equal(got, want) {
					t.Errorf("hits differ from the per-edge keys':\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			})
		})
	}
}
