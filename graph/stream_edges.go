package graph

// edgeTable maps an edge id to its index in streamBuf.edges. Open addressing with linear
// probing over one slice: a look-up touches one slot, mostly one cache line, where a Go map
// touches a control word and then a slot. A curated fact looks its edge up and then adds it:
// BenchmarkEdgeTable does that for 500k ids in under half a map's time.
type edgeTable struct {
	slots []edgeSlot // a power of two of them, at most 3/4 used
	n     int
	shift uint // 64 - log2(len(slots)): home keeps the product's top bits
}

// edgeSlot is one entry; i is 1 + the edge's index, 0 for an empty slot.
type edgeSlot struct {
	h uint64
	i int32
}

// home is h's first slot. Edge ids are FNV hashes, whose low bits are weak: the
// multiplication spreads every bit of h into the top ones.
func (t *edgeTable) home(h uint64) int { return int((h * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns h's index; a nil table (a written stream's) holds nothing, as a nil map.
func (t *edgeTable) get(h uint64) (int32, bool) {
	if t == nil || t.n == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	for j := t.home(h); ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.i == 0 {
			return 0, false
		}
		if s.h == h {
			return s.i - 1, true
		}
	}
}

// put maps h to i, replacing what h mapped to.
func (t *edgeTable) put(h uint64, i int32) {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for j := t.home(h); ; j = (j + 1) & mask {
		s := &t.slots[j]
		if s.i == 0 {
			s.h, s.i = h, i+1
			t.n++
			return
		}
		if s.h == h {
			s.i = i + 1
			return
		}
	}
}

// grow doubles the slots (1024 at first) and puts every entry back.
func (t *edgeTable) grow() {
	old := t.slots
	size := max(2*len(old), 1024)
	t.slots = make([]edgeSlot, size)
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
	t.n = 0
	for _, s := range old {
		if s.i != 0 {
			t.put(s.h, s.i-1)
		}
	}
}
