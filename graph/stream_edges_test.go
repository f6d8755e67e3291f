package graph

import (
	"math/rand/v2"
	"testing"
)

func TestEdgeTableAnswersAsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var tab edgeTable
	want := map[uint64]int32{}
	ids := make([]uint64, 0, 50_000)
	for i := range 50_000 {
		h := r.Uint64()
		if i%10 == 0 && len(ids) > 0 {
			h = ids[r.IntN(len(ids))] // replace an entry
		} else if i%7 == 0 {
			h &= 0xffff // ids alike in their high bits
		}
		ids = append(ids, h)
		tab.put(h, int32(i))
		want[h] = int32(i)
	}
	if tab.n != len(want) {
		t.Fatalf("table holds %d entries, want %d", tab.n, len(want))
	}
	for h, i := range want {
		if got, ok := tab.get(h); !ok || got != i {
			t.Fatalf("get(%x) = %d, %v; want %d", h, got, ok, i)
		}
	}
	for range 50_000 {
		h := r.Uint64()
		if _, in := want[h]; in {
			continue
		}
		if got, ok := tab.get(h); ok {
			t.Fatalf("get(%x) = %d for an id never put", h, got)
		}
	}
}

func TestEmptyEdgeTableFindsNothing(t *testing.T) {
	if _, ok := (*edgeTable)(nil).get(1); ok {
		t.Error("a nil table found id 1")
	}
	var tab edgeTable
	if _, ok := tab.get(0); ok {
		t.Error("an empty table found id 0")
	}
	tab.put(0, 0) // id 0 and index 0 are an entry like any other
	if i, ok := tab.get(0); !ok || i != 0 {
		t.Errorf("get(0) = %d, %v; want 0, true", i, ok)
	}
}

// BenchmarkEdgeTable looks up and adds 500k edge ids, as the fast path does for the new
// edges of 500k curated facts, in the table and in a Go map.
func BenchmarkEdgeTable(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 10))
	ids := make([]uint64, 500_000)
	for i := range ids {
		ids[i] = r.Uint64()
	}
	b.Run("edgeTable", func(b *testing.B) {
		for b.Loop() {
			var tab edgeTable
			for i, h := range ids {
				if _, ok := tab.get(h); !ok {
					tab.put(h, int32(i))
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			m := make(map[uint64]int32)
			for i, h := range ids {
				if _, ok := m[h]; !ok {
					m[h] = int32(i)
				}
			}
		}
	})
}
