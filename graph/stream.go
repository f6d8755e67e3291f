package graph

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"
)

// An initial import into an empty store skips Badger's write path: the Importer merges the
// batches into memory (streamBuf) and writes the result once, sorted, with a StreamWriter,
// which builds the LSM tables directly — several times faster than a WriteBatch, whose
// single writer takes ~150k keys/s while a curated fact makes ~5 keys.
//
// Memory is bounded by streamLimit: the buffer keeps every node and edge record (their keys
// are derived when writing) and the evidence and article values. When it grows past the
// limit it is written out and a new buffer starts, which reads what was written back from
// the store (a snapshot) and is written, in turn, as tables one level above the previous
// ones (StreamWriter.PrepareIncremental), with a newer version so that the node and edge
// keys it rewrites shadow the old ones.
//
// Crash safety follows the WriteBatch path: the index and evidence keys are written first,
// then the node and edge records (a later run takes a stored record as complete), and the
// article keys last, so a load killed part-way is done again by the next run (into a store
// no longer empty, through the WriteBatch path, whose writes are idempotent). Nothing is
// visible before Close, and a kill before Close leaves the store empty.

// streamLimit bounds the bytes a streamBuf holds, as estimated by its set and wrote methods
// (about 500 bytes an edge with its evidence and share of nodes, so ~600k curated facts);
// writing it out takes about as much again, and the garbage collector's headroom doubles
// both, so an import stays near 1 GiB of RSS whatever its size.
const streamLimit = 320 << 20

// streamBuf is the backend of a fresh Importer: apply reads and merges in memory.
type streamBuf struct {
	nodes map[string]Node
	edges map[uint64]edgeRec
	vals  map[string][]byte // evidence and article keys → values; other keys are derived
	words kvRun             // word keys (see words.go), unsorted, possibly repeated
	// valBytes and valCount size the evidence and article runs, by tag.
	valBytes, valCount [256]int
	bytes              int
	limit              int
	// snap, after a first stream was written, is where the keys written then are read back;
	// nil in the first round, when the store held nothing.
	snap *badger.Txn
}

func newStreamBuf() *streamBuf {
	return &streamBuf{nodes: make(map[string]Node), edges: make(map[uint64]edgeRec),
		vals: make(map[string][]byte), limit: streamLimit}
}

func (b *streamBuf) node(id string) (Node, bool, error) {
	if n, ok := b.nodes[id]; ok || b.snap == nil {
		return n, ok, nil
	}
	return getNode(b.snap, id)
}

func (b *streamBuf) edge(h uint64) (edgeRec, bool, error) {
	if r, ok := b.edges[h]; ok || b.snap == nil {
		return r, ok, nil
	}
	return getEdgeRec(b.snap, h)
}

func (b *streamBuf) has(key []byte) (bool, error) {
	if len(key) > 0 && key[0] == tagNode {
		_, ok, err := b.node(string(key[1:]))
		return ok, err
	}
	if _, ok := b.vals[string(key)]; ok || b.snap == nil {
		return ok, nil
	}
	return hasKey(b.snap, key)
}

// set keeps evidence and article values and the word keys; node, index and edge keys are
// made from the final nodes and edge records when the buffer is written (canonical names
// never change, so the far-end names the index values repeat are known then).
func (b *streamBuf) set(key, val []byte, _ byte) error {
	switch key[0] {
	case tagWord:
		// Word keys have no value and are idempotent: they go straight into their run,
		// repeats and all (writeStream drops the repeats after sorting), sparing a map.
		b.words.add(key, nil)
		b.bytes += len(key) + 12
	case tagEvidence, tagArticle:
		k := string(key)
		if _, ok := b.vals[k]; !ok {
			b.bytes += len(k) + len(val) + 128
			b.valBytes[key[0]] += len(k) + len(val)
			b.valCount[key[0]]++
		}
		b.vals[k] = val
	}
	return nil
}

func (b *streamBuf) wroteNode(n *Node) {
	if _, ok := b.nodes[n.ID]; !ok {
		b.bytes += 3*len(n.ID) + 2*len(n.Name) + 300
	}
	b.nodes[n.ID] = *n
}

func (b *streamBuf) wroteEdge(h uint64, r *edgeRec) {
	if _, ok := b.edges[h]; !ok {
		b.bytes += len(r.Src) + len(r.Dst) + len(r.Date) + len(r.Place) + 300
	}
	b.edges[h] = *r
}

func (b *streamBuf) wroteKey([]byte) {}

func (b *streamBuf) full() bool { return b.bytes >= b.limit }

// kvRun is the keys and values of one key tag, appended to one arena and sorted by key.
type kvRun struct {
	arena []byte
	offs  []kvOff
}

type kvOff struct {
	k, v, end uint32 // arena offsets: key at [k:v], value at [v:end]
}

func (r *kvRun) add(key, val []byte) {
	k := uint32(len(r.arena))
	r.arena = append(r.arena, key...)
	v := uint32(len(r.arena))
	r.arena = append(r.arena, val...)
	r.offs = append(r.offs, kvOff{k, v, uint32(len(r.arena))})
}

// addAdj adds the key tag | a | 0x00 | b | 0x00 | c (see adjKey and typeKey) without
// building it first.
func (r *kvRun) addAdj(tag byte, a, b, c string, val []byte) {
	k := uint32(len(r.arena))
	r.arena = append(r.arena, tag)
	r.arena = append(r.arena, a...)
	r.arena = append(r.arena, sep)
	r.arena = append(r.arena, b...)
	r.arena = append(r.arena, sep)
	r.arena = append(r.arena, c...)
	v := uint32(len(r.arena))
	r.arena = append(r.arena, val...)
	r.offs = append(r.offs, kvOff{k, v, uint32(len(r.arena))})
}

// sizeRuns gives the edge runs room for what b will put in them, so that building them
// does not copy the arenas over and over.
func sizeRuns(sink *runSink, b *streamBuf) {
	for _, t := range []byte{tagEvidence, tagArticle} {
		r := sink.run(t)
		r.arena = make([]byte, 0, b.valBytes[t])
		r.offs = make([]kvOff, 0, b.valCount[t])
	}
	if len(b.nodes) == 0 || len(b.edges) == 0 {
		return
	}
	idBytes, nameBytes := 0, 0
	for id, n := range b.nodes {
		idBytes += len(id)
		nameBytes += len(n.Name) + len(n.Kind)
	}
	e := len(b.edges)
	id, name := idBytes/len(b.nodes), nameBytes/len(b.nodes)
	nn := len(b.nodes)
	for _, rs := range []struct {
		tag  byte
		n    int
		size int
	}{
		{tagNode, nn, id + name + 16},
		{tagKind, nn, id + 16},
		{tagAlias, nn * 3 / 2, id + name + 4},
		{tagEdge, e, 9 + 2*id + 32},
		{tagOut, e * 5 / 4, 2*id + name + 32},
		{tagIn, e * 5 / 4, 2*id + name + 32},
		{tagType, e, 2*id + 24},
	} {
		r := sink.run(rs.tag)
		r.arena = make([]byte, 0, rs.n*rs.size)
		r.offs = make([]kvOff, 0, rs.n)
	}
}

func (r *kvRun) key(o kvOff) []byte { return r.arena[o.k:o.v] }

func (r *kvRun) sort() {
	slices.SortFunc(r.offs, func(a, b kvOff) int { return bytes.Compare(r.key(a), r.key(b)) })
}

// dedupe drops repeated keys from a sorted run, keeping the first; only for runs whose
// repeats are the same entry (word keys, which have no value).
func (r *kvRun) dedupe() {
	r.offs = slices.CompactFunc(r.offs, func(a, b kvOff) bool { return bytes.Equal(r.key(a), r.key(b)) })
}

// runSink collects the keys writeEdge sets, by tag.
type runSink struct {
	runs map[byte]*kvRun
	val  []byte // scratch
}

func (s *runSink) run(tag byte) *kvRun {
	r, ok := s.runs[tag]
	if !ok {
		r = &kvRun{}
		s.runs[tag] = r
	}
	return r
}

func (s *runSink) node(string) (Node, bool, error)    { return Node{}, false, nil }
func (s *runSink) edge(uint64) (edgeRec, bool, error) { return edgeRec{}, false, nil }
func (s *runSink) has([]byte) (bool, error)           { return false, nil }
func (s *runSink) set(key, val []byte, meta byte) error {
	if meta != 0 {
		return fmt.Errorf("stream import: key %q has user meta %d", key, meta)
	}
	s.run(key[0]).add(key, val)
	return nil
}
func (s *runSink) wroteNode(*Node)            {}
func (s *runSink) wroteEdge(uint64, *edgeRec) {}
func (s *runSink) wroteKey([]byte)            {}

// writeStream writes b into the (empty) store with a StreamWriter. Runs are built and
// sorted by tag, written one stream per tag (tags are disjoint key ranges), articles last.
func (s *Store) writeStream(b *streamBuf) error {
	sink := &runSink{runs: make(map[byte]*kvRun)}
	if b.snap == nil {
		sink.run(tagMeta).add(schemaKey(), []byte(schemaVersion))
		// Everything this import stores brings its words: the store is fully indexed.
		sink.run(tagMeta).add(wordsKey(), nil)
	}
	sizeRuns(sink, b)
	for id, n := range b.nodes {
		sink.run(tagNode).add(nodeKey(id), encodeNode(sink.val[:0], &n))
		sink.run(tagKind).add(kindKey(n.Kind, id), nil)
		seen := make(map[string]bool, 1+len(n.Aliases))
		for _, a := range append([]string{n.Name}, n.Aliases...) {
			norm := normalizeAlias(a)
			if norm == "" || seen[norm] {
				continue
			}
			seen[norm] = true
			sink.run(tagAlias).add(aliasKey(norm, id), nil)
		}
	}
	// The edge keys are appended straight into their runs (what writeEdge writes, without a
	// key allocation each); TestImporterStoresWhatWriteStores checks they are the same.
	var val []byte
	for h, r := range b.edges {
		src, ok1, err := b.node(r.Src)
		if err != nil {
			return err
		}
		dst, ok2, err := b.node(r.Dst)
		if err != nil {
			return err
		}
		if !ok1 || !ok2 || r.Retracted {
			return fmt.Errorf("stream import: edge %s names a node not loaded", formatEdgeID(h))
		}
		val = encodeEdgeRec(val[:0], &r)
		sink.run(tagEdge).add(edgeKey(h), val)
		se, de := endOf(&src), endOf(&dst)
		addAdj := func(tag byte, a, b string, other end) {
			val = encodeIndexValue(val[:0], &r.edgeHead, other)
			sink.run(tag).addAdj(tag, a, r.Pred, b, val)
		}
		addAdj(tagOut, r.Src, r.Dst, de)
		addAdj(tagIn, r.Dst, r.Src, se)
		if s.preds[r.Pred].Symmetric && r.Src != r.Dst {
			addAdj(tagOut, r.Dst, r.Src, se)
			addAdj(tagIn, r.Src, r.Dst, de)
		}
		val = encodeHead(val[:0], &r.edgeHead)
		sink.run(tagType).addAdj(tagType, r.Pred, r.Src, r.Dst, val)
	}
	for k, v := range b.vals {
		sink.run(k[0]).add([]byte(k), v)
	}
	if len(b.words.offs) > 0 {
		words := b.words
		sink.runs[tagWord] = &words
		b.words = kvRun{}
	}
	// Sort the runs on both cores.
	tags := make([]byte, 0, len(sink.runs))
	for t := range sink.runs {
		tags = append(tags, t)
	}
	// Order of writing (see the crash note above): indexes and evidence first, then the node
	// and edge records whose presence tells a later run that they are complete, then the
	// article keys that tell it a batch is done.
	slices.SortFunc(tags, func(a, b byte) int { return cmp.Or(cmp.Compare(writeGroup(a), writeGroup(b)), cmp.Compare(a, b)) })
	// The buffer is not needed any more: let the collector have it while the runs are
	// sorted and written.
	clear(b.nodes)
	clear(b.edges)
	clear(b.vals)
	b.nodes, b.edges, b.vals = nil, nil, nil
	wordRun := sink.runs[tagWord] // nil when the buffer holds no word
	var wg sync.WaitGroup
	work := make(chan *kvRun)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				r.sort()
				if r == wordRun {
					r.dedupe()
				}
			}
		}()
	}
	runs := make([]*kvRun, len(tags))
	for i, t := range tags {
		runs[i] = sink.runs[t]
		work <- runs[i]
	}
	sink.runs = nil
	close(work)
	wg.Wait()

	// A first stream replaces the (empty) store; later ones add tables one level above
	// the last, with a newer version, so that their keys shadow the ones they rewrite.
	incremental := b.snap != nil
	if incremental {
		b.snap.Discard()
		b.snap = nil
		// Once earlier streams fill every level up to L0, PrepareIncremental flattens the
		// tree itself, after stopping compactions; Flatten restarts them on leaving, and the
		// stream writer restarts them again when done, orphaning the first compactors, which
		// then run on into Close and read tables Close has unmapped (Badger v4.9.6; a
		// segfault). Flattening here first, with compactions in their normal state, means
		// PrepareIncremental never has to.
		if l := s.db.Levels(); len(l) > 0 && topLevel(l) == 0 {
			if err := s.db.Flatten(2); err != nil {
				return fmt.Errorf("stream import: flatten before an incremental stream: %w", err)
			}
		}
	}
	version := s.db.MaxVersion() + 1
	sw := s.db.NewStreamWriter()
	defer sw.Cancel()
	prepare := sw.Prepare
	if incremental {
		prepare = sw.PrepareIncremental
	}
	if err := prepare(); err != nil {
		return fmt.Errorf("stream import: prepare: %w", err)
	}
	// Write the runs group by group, each on two goroutines (StreamWriter.Write may be
	// called concurrently for different streams).
	errs := make(chan error, len(tags))
	for first := 0; first < len(tags) && len(errs) == 0; {
		last := first
		for last < len(tags) && writeGroup(tags[last]) == writeGroup(tags[first]) {
			last++
		}
		work := make(chan int)
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range work {
					if err := writeRun(sw, runs[i], uint32(i+1), version); err != nil {
						errs <- fmt.Errorf("stream import: keys %q: %w", tags[i], err)
					}
					runs[i] = nil // each goroutine clears only the entries it took
				}
			}()
		}
		for i := first; i < last; i++ {
			work <- i
		}
		close(work)
		wg.Wait()
		first = last
	}
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("stream import: flush: %w", err)
	}
	return nil
}

// writeGroup orders the streams: 0 indexes and evidence, 1 node and edge records, 2 articles.
func writeGroup(tag byte) int {
	switch tag {
	case tagNode, tagEdge:
		return 1
	case tagArticle:
		return 2
	}
	return 0
}

// streamChunk is how many bytes of KVs go to the StreamWriter at a time.
const streamChunk = 32 << 20

// writeRun writes one sorted run as stream id. Repeated keys cannot occur: every key is made
// once from a map entry.
func writeRun(sw *badger.StreamWriter, r *kvRun, id uint32, version uint64) error {
	buf := z.NewBuffer(streamChunk+(1<<20), "entente.import")
	defer buf.Release()
	kv := &pb.KV{Version: version, StreamId: id}
	var prev []byte
	for _, o := range r.offs {
		key := r.key(o)
		if prev != nil && bytes.Equal(prev, key) {
			return fmt.Errorf("repeated key %q", key)
		}
		prev = key
		kv.Key, kv.Value = key, r.arena[o.v:o.end]
		badger.KVToBuffer(kv, buf)
		if buf.LenNoPadding() >= streamChunk {
			if err := sw.Write(buf); err != nil {
				return err
			}
			buf.Reset()
		}
	}
	kv.Key, kv.Value, kv.StreamDone = nil, nil, true
	badger.KVToBuffer(kv, buf)
	return sw.Write(buf)
}

// topLevel is the smallest level holding tables (the one an incremental stream writes
// above), or -1 when none does.
func topLevel(levels []badger.LevelInfo) int {
	for _, l := range levels {
		if l.NumTables > 0 {
			return l.Level
		}
	}
	return -1
}
