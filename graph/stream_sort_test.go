package graph

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomNumbered returns n distinct keys below 2^keyBits, in random order, each carrying its
// position so that a sort that lost or duplicated an entry shows.
func randomNumbered(r *rand.Rand, n int, keyBits uint) []numbered {
	seen := make(map[uint64]bool, n)
	s := make([]numbered, 0, n)
	for len(s) < n {
		k := r.Uint64() & (1<<keyBits - 1)
		if seen[k] {
			continue
		}
		seen[k] = true
		s = append(s, numbered{k: k, i: int32(len(s)), modality: byte(k % 3), plain: k%5 == 0})
	}
	return s
}

func TestSortNumberedBitsSortsAsACompareSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		n    int
		bits uint
	}{{0, 8}, {1, 8}, {100, 20}, {4000, 12}, {5000, 13}, {20000, 40}, {20000, 64}, {3000, 22}} {
		got := randomNumbered(r, tc.n, tc.bits)
		want := slices.Clone(got)
		slices.SortFunc(want, func(x, y numbered) int { return cmp.Compare(x.k, y.k) })
		sortNumberedBits(got, tc.bits)
		if !slices.Equal(got, want) {
			t.Errorf("%d keys of %d bits: radix order differs from the compare sort's", tc.n, tc.bits)
		}
	}
}

func TestSortNumberedBitsSkipsADigitAllKeysShare(t *testing.T) {
	// Keys that differ only in their top digit: the low passes are skipped, and an odd
	// number of passes leaves the result in the scratch copy, which must come back.
	r := rand.New(rand.NewPCG(3, 4))
	s := make([]numbered, 4096)
	for i := range s {
		s[i] = numbered{k: uint64(r.IntN(1<<radixDigit)) << (2 * radixDigit), i: int32(i)}
	}
	want := slices.Clone(s)
	slices.SortStableFunc(want, func(x, y numbered) int { return cmp.Compare(x.k, y.k) })
	sortNumberedBits(s, 3*radixDigit)
	if !slices.Equal(s, want) {
		t.Error("radix order differs from the stable compare sort's")
	}
}

func BenchmarkSortNumbered(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	orig := randomNumbered(r, 500_000, 40) // a stream of 500k edges between 60k nodes
	s := make([]numbered, len(orig))
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(s, orig)
			sortNumberedBits(s, 40)
		}
	})
	b.Run("pdqsort", func(b *testing.B) {
		for b.Loop() {
			copy(s, orig)
			slices.SortFunc(s, func(x, y numbered) int { return cmp.Compare(x.k, y.k) })
		}
	})
}

func TestPartitionByTopBitPutsLowIDsFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{0, 1, 2, 3, 100, 1001} {
		edges := make([]streamEdge, n)
		for i := range edges {
			edges[i] = streamEdge{h: r.Uint64(), src: int32(i)}
			if n == 100 {
				edges[i].h |= 1 << 63 // all high
			}
		}
		want := slices.Clone(edges)
		mid := partitionByTopBit(edges)
		for i, e := range edges {
			if (e.h>>63 == 0) != (i < mid) {
				t.Fatalf("%d edges: edge %d (id %x) is on the wrong side of %d", n, i, e.h, mid)
			}
		}
		byID := func(x, y streamEdge) int { return cmp.Compare(x.h, y.h) }
		slices.SortFunc(edges, byID)
		slices.SortFunc(want, byID)
		if !slices.Equal(edges, want) {
			t.Fatalf("%d edges: the partition lost or changed edges", n)
		}
	}
}
