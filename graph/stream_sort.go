package graph

import (
	"cmp"
	"slices"
)

// radixDigit is how many bits of a key one pass of sortNumberedBits orders: 2048 counters
// (16 KiB, on the stack) and, for the ~40-bit keys of a graph of 60k nodes, four passes.
const radixDigit = 11

// sortNumberedBits sorts s by k, whose set bits are all below keyBits: a least-significant-
// digit radix sort, which on the adjacency and type numbers of a stream (fixed width, well
// spread) takes under half the time of the comparison sort it replaces (BenchmarkSortNumbered).
// It is stable; the keys of one stream are distinct anyway. It allocates a copy of s to sort
// through.
func sortNumberedBits(s []numbered, keyBits uint) {
	if len(s) < 1<<radixDigit {
		slices.SortFunc(s, func(x, y numbered) int { return cmp.Compare(x.k, y.k) })
		return
	}
	const mask = 1<<radixDigit - 1
	src, dst := s, make([]numbered, len(s))
	for shift := uint(0); shift < keyBits; shift += radixDigit {
		var count [1 << radixDigit]int
		for i := range src {
			count[(src[i].k>>shift)&mask]++
		}
		if count[(src[0].k>>shift)&mask] == len(src) {
			continue // all alike in this digit: the pass would change nothing
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for i := range src {
			d := (src[i].k >> shift) & mask
			dst[count[d]] = src[i]
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}
