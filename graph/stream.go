package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math"
	"math/bits"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/ristretto/v2/z"
)

// An initial import into an empty store skips Badger's write path: the Importer merges the
// batches into memory (streamBuf) and writes the result once, sorted, with a StreamWriter,
// which builds the LSM tables directly — several times faster than a WriteBatch, whose
// single writer takes ~150k keys/s while a curated fact makes ~5 keys.
//
// The buffer holds facts in structured form, not keys: nodes in one table, edges as node
// numbers and a predicate number, evidence values in one arena (short values, such as the
// many identical ones of curated facts, stored once). Writing sorts plain numbers — a node's
// rank among the ids orders every adjacency key — and encodes each key straight into
// Badger's stream buffer, in order, so no key is built twice and no byte string is sorted.
//
// Memory is bounded by streamLimit: when the per-stream part of the buffer (edges, evidence,
// words) grows past it, it is written out as a round of sorted runs on disk and a new buffer
// starts; Close merges the rounds' runs into the store in one StreamWriter (stream_runs.go).
// Nodes are kept for the whole import (~200 bytes each), so a later round never reads a node
// back; it reads an edge (or its evidence) back from the runs only when an earlier round
// wrote it, which the sorted list of those edges' ids (8 bytes each) tells without a read.
//
// Crash safety: Badger adds each table to the store as it builds it, so a kill while Close
// writes leaves part of the import in the store. The first key written, with the schema key,
// marks the import as in progress, and the import deletes it once every table is in; the
// next read-write Open of a store with the mark drops everything (dropInterruptedImport), so
// the next run of the load finds the store empty and imports afresh. A read-only Open leaves
// such a store as it is. The index keys and evidence words are still written first, then the
// evidence and the node and edge records, and the article keys last, the order a re-run
// through the batch path could complete. Nothing is in the store before Close, and a
// kill before Close leaves it empty.

// streamLimit bounds the bytes of one stream's edges, evidence and words, as estimated by
// streamBuf (including what writing them costs: ~220 bytes a curated fact, so ~1.5 M facts a
// stream). Nodes come on top, at ~200 bytes each. It is the bound without a Go memory
// limit; streamLimitFor scales it down under one.
const streamLimit = 320 << 20

// Bounds of streamLimitFor.
const (
	// streamHeapShare is the share of the Go heap's soft limit one stream's buffer may take.
	// While a stream is written, the heap holds, besides the buffer, the nodes and the ids of
	// the edges written so far, the sort orders (counted in the buffer's estimate), and
	// Badger's table builders and stream requests (~300 MiB, whatever the buffer's size); the
	// collector needs room on top, or it runs without end near the limit.
	streamHeapShare = 6
	minStreamLimit  = 32 << 20
)

// streamLimitFor is the stream buffer's bound under a Go memory limit of memLimit bytes
// (debug.SetMemoryLimit; math.MaxInt64, the runtime's default, means none): a smaller limit
// makes more, smaller streams, so the heap stays under it.
func streamLimitFor(memLimit int64) int {
	if memLimit <= 0 || memLimit == math.MaxInt64 {
		return streamLimit
	}
	return int(min(max(memLimit/streamHeapShare, minStreamLimit), streamLimit))
}

// streamNodes is every node a fresh import wrote, for the whole import.
type streamNodes struct {
	idx     map[string]int32
	list    []Node
	isDirty []bool
	kinds   []uint8 // kindCode(list[i].Kind): a byte a node, for the fast path's kind check
	dirty   []int32 // written (new or changed) since the last stream, in no order
}

// streamEdge is an edge of the current stream: its ends as node numbers, its predicate as an
// index into streamBuf.preds, its date and place as indexes into streamBuf.strs. Without
// pointers, a million of them cost the collector nothing.
type streamEdge struct {
	h           uint64
	src, dst    int32
	date, place uint32
	// lastEv is 1 + the index in streamBuf.evs of the edge's latest evidence, whose prev
	// links lead to the others (0: none); nEv counts them, up to maxEvChain.
	lastEv   int32
	pred     uint8
	modality byte
	nEv      uint8
}

// streamEv is one evidence value: arena[off:end]. prev is 1 + the index of the edge's
// evidence before it on the edge's chain (0: none).
type streamEv struct {
	edge, hash uint64
	off, end   uint32
	prev       int32
}

// maxEvChain is how much evidence an edge chains (streamEdge.lastEv); an edge's evidence
// past it, and evidence set before its edge is in the stream, goes in streamBuf.evMore. A
// look-up then walks at most this many entries, and almost all evidence (one or two an edge)
// costs no map entry: inserting 500k of them into a map was a sixth of applyFast's time.
const maxEvChain = 8

type evKey struct{ edge, hash uint64 }

// streamWord is one word-index key: w | words[word] | 0x00 | edge.
type streamWord struct {
	word int32
	edge uint64
}

// maxInterned is the longest evidence value the arena stores once however often it comes.
const maxInterned = 128

// streamBuf is the backend of a fresh Importer: apply reads and merges in memory.
type streamBuf struct {
	preds    []Predicate // sorted by name, so that an index orders like the name
	predRank map[string]uint8

	nodes *streamNodes

	// strs holds the distinct dates and places of edges (strs[0] is ""), for the whole import.
	strs   []string
	strIdx map[string]uint32

	edgeIdx *edgeTable
	edges   []streamEdge

	evs      []streamEv
	evMore   map[evKey]int32 // evidence not on its edge's chain: see maxEvChain
	arena    []byte
	interned map[string]uint32 // short value → its offset in arena

	wordIdx  map[string]int32
	wordList []string
	words    []streamWord

	articles     map[string][]byte   // article key → value, this stream
	seenArticles map[string]struct{} // article ids of the whole import

	// prevEdges are the ids of the edges earlier rounds wrote, sorted; runs reads them back.
	// runs is nil in the first round.
	prevEdges []uint64
	runs      *importRuns

	bytes, limit int
	err          error // sticky: a write apply asked for that the stream cannot make
}

// newStreamBuf returns an empty buffer whose streams hold about limit bytes.
func newStreamBuf(preds map[string]Predicate, limit int) *streamBuf {
	b := &streamBuf{predRank: make(map[string]uint8, len(preds)), limit: limit,
		nodes:        &streamNodes{idx: make(map[string]int32)},
		seenArticles: make(map[string]struct{}),
		strs:         []string{""}, strIdx: map[string]uint32{"": 0}}
	for _, p := range preds {
		b.preds = append(b.preds, p)
	}
	slices.SortFunc(b.preds, func(a, c Predicate) int { return cmp.Compare(a.Name, c.Name) })
	for i, p := range b.preds {
		b.predRank[p.Name] = uint8(i)
	}
	b.startStream()
	return b
}

// startStream empties the per-stream part of b.
func (b *streamBuf) startStream() {
	b.edgeIdx = &edgeTable{}
	b.edges = nil
	b.evs = nil
	b.evMore = nil
	b.arena = nil
	b.interned = make(map[string]uint32)
	b.wordIdx = make(map[string]int32)
	b.wordList = nil
	b.words = nil
	b.articles = make(map[string][]byte)
	b.bytes = 0
}

func (b *streamBuf) full() bool { return b.bytes >= b.limit }

// diskEstimate bounds the bytes writing the stream adds to disk: the buffer's estimate of its
// edges, evidence and words, which counts their sorting and overheads too (a 500 k-fact
// import, ~110 MB by this estimate, takes 69 MB on disk), and ~256 bytes a node record and
// its index keys.
func (b *streamBuf) diskEstimate() int64 {
	return int64(b.bytes) + 256*int64(len(b.nodes.dirty))
}

func (b *streamBuf) node(id string) (Node, bool, error) {
	if i, ok := b.nodes.idx[id]; ok {
		return b.nodes.list[i], true, nil
	}
	return Node{}, false, nil
}

// wroteBefore says whether an earlier stream wrote edge h.
func (b *streamBuf) wroteBefore(h uint64) bool {
	return containsEdgeID(b.prevEdges, h)
}

func (b *streamBuf) edge(h uint64) (edgeRec, bool, error) {
	if i, ok := b.edgeIdx.get(h); ok {
		return b.rec(&b.edges[i]), true, nil
	}
	return b.earlierEdge(h)
}

// earlierEdge reads edge h's record as an earlier stream wrote it; false when none did.
func (b *streamBuf) earlierEdge(h uint64) (edgeRec, bool, error) {
	if b.runs == nil || !b.wroteBefore(h) {
		return edgeRec{}, false, nil
	}
	v, ok, err := b.runs.get(edgeKey(h))
	if err != nil || !ok {
		return edgeRec{}, false, err
	}
	r, err := decodeEdgeRec(v)
	if err != nil {
		return edgeRec{}, false, fmt.Errorf("edge %s: %w", formatEdgeID(h), err)
	}
	return r, true, nil
}

func (b *streamBuf) rec(e *streamEdge) edgeRec {
	return edgeRec{Src: b.nodes.list[e.src].ID, Pred: b.preds[e.pred].Name, Dst: b.nodes.list[e.dst].ID,
		edgeHead: b.head(e)}
}

func (b *streamBuf) head(e *streamEdge) edgeHead {
	return edgeHead{Date: b.strs[e.date], Place: b.strs[e.place], Modality: e.modality}
}

// str returns the index of s in b.strs, adding it when new.
func (b *streamBuf) str(s string) uint32 {
	if s == "" {
		return 0 // most edges have no date and no place
	}
	i, ok := b.strIdx[s]
	if !ok {
		i = uint32(len(b.strs))
		b.strIdx[s] = i
		b.strs = append(b.strs, s)
	}
	return i
}

func (b *streamBuf) has(key []byte) (bool, error) {
	switch {
	case len(key) == 0:
		return false, nil
	case key[0] == tagNode:
		_, ok := b.nodes.idx[string(key[1:])]
		return ok, nil
	case key[0] == tagArticle:
		_, ok := b.seenArticles[string(key[1:])]
		return ok, nil
	case key[0] == tagEvidence && len(key) == 17:
		k := evKey{binary.BigEndian.Uint64(key[1:9]), binary.BigEndian.Uint64(key[9:])}
		if _, ok := b.findEv(b.edgeIndex(k.edge), k); ok {
			return true, nil
		}
		if b.runs == nil || !b.wroteBefore(k.edge) {
			return false, nil
		}
	}
	if b.runs == nil {
		return false, nil
	}
	_, ok, err := b.runs.get(key)
	return ok, err
}

// set keeps evidence and article values and the word keys; node, index and edge keys are
// made from the final nodes and edges when the buffer is written (canonical names never
// change, so the far-end names the index values repeat are known then).
func (b *streamBuf) set(key, val []byte, meta byte) error {
	if meta != 0 {
		return fmt.Errorf("stream import: key %q has user meta %d", key, meta)
	}
	switch {
	case key[0] == tagWord && len(key) > 10:
		b.addWord(key[1:len(key)-9], binary.BigEndian.Uint64(key[len(key)-8:]))
	case key[0] == tagEvidence && len(key) == 17:
		k := evKey{binary.BigEndian.Uint64(key[1:9]), binary.BigEndian.Uint64(key[9:])}
		b.putEvidence(b.edgeIndex(k.edge), k, val, false)
	case key[0] == tagArticle:
		if _, ok := b.articles[string(key)]; !ok {
			b.bytes += len(key) + len(val) + 64
		}
		b.articles[string(key)] = val
		b.seenArticles[string(key[1:])] = struct{}{}
	default:
		return fmt.Errorf("stream import: unexpected key %q", key)
	}
	return nil
}

func (b *streamBuf) addWord(word []byte, edge uint64) {
	i, ok := b.wordIdx[string(word)]
	if !ok {
		i = int32(len(b.wordList))
		w := string(word)
		b.wordIdx[w] = i
		b.wordList = append(b.wordList, w)
		b.bytes += len(w) + 64
	}
	b.words = append(b.words, streamWord{i, edge})
	b.bytes += 32 // the entry, and its copy while sorting
}

// edgeIndex is edge h's index in b.edges, or -1 when this stream has not written it.
func (b *streamBuf) edgeIndex(h uint64) int32 {
	if i, ok := b.edgeIdx.get(h); ok {
		return i
	}
	return -1
}

// findEv returns the index in b.evs of evidence k; ei is b.edgeIndex(k.edge).
func (b *streamBuf) findEv(ei int32, k evKey) (int32, bool) {
	if ei >= 0 {
		for c := b.edges[ei].lastEv; c > 0; c = b.evs[c-1].prev {
			if b.evs[c-1].hash == k.hash {
				return c - 1, true
			}
		}
	}
	if len(b.evMore) == 0 {
		return -1, false
	}
	i, ok := b.evMore[k]
	return i, ok
}

// putEvidence keeps an evidence value; a short one is stored once however often it comes.
// ei is b.edgeIndex(k.edge); isNew says k cannot be there yet (its edge is new), which spares
// a look-up.
func (b *streamBuf) putEvidence(ei int32, k evKey, val []byte, isNew bool) {
	var off uint32
	if o, ok := b.interned[string(val)]; ok && len(val) <= maxInterned {
		off = o
	} else {
		if len(b.arena)+len(val) > math.MaxUint32 {
			b.err = fmt.Errorf("stream import: evidence arena past 4 GiB")
			return
		}
		off = uint32(len(b.arena))
		b.arena = append(b.arena, val...)
		b.bytes += len(val)
		if len(val) <= maxInterned {
			b.interned[string(val)] = off
			b.bytes += len(val) + 48
		}
	}
	ev := streamEv{edge: k.edge, hash: k.hash, off: off, end: off + uint32(len(val))}
	if !isNew {
		if i, ok := b.findEv(ei, k); ok {
			// As a transaction: the last value set wins.
			b.evs[i].off, b.evs[i].end = ev.off, ev.end
			return
		}
	}
	i := int32(len(b.evs))
	if ei >= 0 && b.edges[ei].nEv < maxEvChain {
		e := &b.edges[ei]
		ev.prev, e.lastEv = e.lastEv, i+1
		e.nEv++
	} else {
		if b.evMore == nil {
			b.evMore = make(map[evKey]int32)
		}
		b.evMore[k] = i
	}
	b.evs = append(b.evs, ev)
	b.bytes += 96 // the entry, a map slot when it takes one, and its copy while sorting
}

func (b *streamBuf) wroteNode(n *Node) { b.putNode(n) }

// putNode keeps n, new or merged, and returns its number.
func (b *streamBuf) putNode(n *Node) int32 {
	t := b.nodes
	i, ok := t.idx[n.ID]
	if !ok {
		i = int32(len(t.list))
		t.idx[n.ID] = i
		t.list = append(t.list, *n)
		t.isDirty = append(t.isDirty, false)
		t.kinds = append(t.kinds, kindCode(n.Kind))
		b.bytes += 2*len(n.ID) + 2*len(n.Name) + 200
	} else {
		t.list[i] = *n
	}
	if !t.isDirty[i] {
		t.isDirty[i] = true
		t.dirty = append(t.dirty, i)
	}
	return i
}

func (b *streamBuf) wroteEdge(h uint64, r *edgeRec) {
	i, ok := b.edgeIdx.get(h)
	if !ok {
		src, ok1 := b.nodes.idx[r.Src]
		dst, ok2 := b.nodes.idx[r.Dst]
		pred, ok3 := b.predRank[r.Pred]
		if !ok1 || !ok2 || !ok3 {
			b.err = fmt.Errorf("stream import: edge %s names a node or predicate not loaded", formatEdgeID(h))
			return
		}
		i = int32(len(b.edges))
		b.edgeIdx.put(h, i)
		b.edges = append(b.edges, streamEdge{h: h, src: src, dst: dst, pred: pred})
		// The entry and its map slot, and the E, o, i and t entries that sort it.
		b.bytes += 32 + 24 + 4*16
	}
	if r.Retracted {
		b.err = fmt.Errorf("stream import: edge %s is retracted", formatEdgeID(h))
	}
	e := &b.edges[i]
	e.modality, e.date, e.place = r.Modality, b.str(r.Date), b.str(r.Place)
}

func (b *streamBuf) wroteKey([]byte) {}

// next returns the buffer for the round after b, which carries b's nodes and the ids of
// the edges written so far (b's edges are sorted by writeRound).
func (b *streamBuf) next(runs *importRuns) *streamBuf {
	n := &streamBuf{preds: b.preds, predRank: b.predRank, nodes: b.nodes, seenArticles: b.seenArticles,
		strs: b.strs, strIdx: b.strIdx, limit: b.limit, runs: runs}
	ids := make([]uint64, 0, len(b.edges))
	for i := range b.edges {
		ids = append(ids, b.edges[i].h)
	}
	n.prevEdges = mergeSorted(b.prevEdges, ids)
	n.startStream()
	t := n.nodes
	for _, i := range t.dirty {
		t.isDirty[i] = false
	}
	t.dirty = t.dirty[:0]
	return n
}

// mergeSorted merges two sorted id lists, dropping repeats.
func mergeSorted(a, c []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(c))
	i, j := 0, 0
	for i < len(a) || j < len(c) {
		var v uint64
		switch {
		case j == len(c) || (i < len(a) && a[i] < c[j]):
			v = a[i]
			i++
		case i == len(a) || c[j] < a[i]:
			v = c[j]
			j++
		default:
			v = a[i]
			i++
			j++
		}
		out = append(out, v)
	}
	return out
}

// forWriting drops what apply needed to merge and writing does not need.
func (b *streamBuf) forWriting() {
	b.edgeIdx, b.evMore, b.interned, b.wordIdx = nil, nil, nil, nil
}

// writeStream writes b, the whole import, into the empty store with a StreamWriter. b's
// edges are left sorted by id.
func (s *Store) writeStream(b *streamBuf) error {
	w, err := s.startWriting(b)
	if err != nil {
		return err
	}
	return s.writeStreams(streamGroups(w), func(gi int) { w.beforeGroup(gi, b) })
}

// startWriting readies b to be written, into the store or as a round of runs, once the disk
// has room for it: the tables go to disk through mmap, where a full disk is a SIGBUS rather
// than an error.
func (s *Store) startWriting(b *streamBuf) (*streamWriting, error) {
	if b.err != nil {
		return nil, b.err
	}
	b.forWriting()
	if err := s.checkSpaceFor(b.diskEstimate()); err != nil {
		return nil, fmt.Errorf("stream import: %w", err)
	}
	return newStreamWriting(b)
}

// streamGroups are the streams of an import, in groups written one after the other. The order
// is the crash note's (above): the indexes and the evidence words first, then the evidence
// and the node and edge records, whose presence tells a later run that they are complete (a
// stored evidence key is not written again, nor its words), then the article keys that tell
// it a batch is done. A table is in the store as soon as Badger has built it, not at Flush,
// so this order is what a kill leaves. Only the tags are read when w is nil.
func streamGroups(w *streamWriting) [][]streamTask {
	return [][]streamTask{
		{{tagOut, w.adjacency(tagOut)}, {tagIn, w.adjacency(tagIn)}, {tagType, w.types},
			{tagWord, w.wordKeys}, {tagAlias, w.aliases}, {tagKind, w.kinds}},
		// The E keys in two streams, the ids below 2^63 and the others (disjoint key ranges,
		// as streams must have), so that both goroutines write them.
		{{tagEvidence, w.evidence}, {tagEdge, w.edgeRecords(0)}, {tagEdge, w.edgeRecords(1)}, {tagNode, w.nodeRecords}},
		{{tagArticle, w.articleKeys}},
	}
}

// streamTags are the tags of streamGroups' streams, in order.
func streamTags() []byte {
	var tags []byte
	for _, g := range streamGroups(nil) {
		for _, t := range g {
			tags = append(tags, t.tag)
		}
	}
	return tags
}

// beforeGroup readies w for group gi of streamGroups: the E keys go in id order, while the
// index keys, written by then, took the edges by position. Each half is sorted by the task
// that writes it, on both goroutines, rather than the whole here, on one.
func (w *streamWriting) beforeGroup(gi int, b *streamBuf) {
	if gi == 1 {
		w.edgeMid = partitionByTopBit(b.edges)
	}
}

// writeStreams writes groups into the empty store with one StreamWriter, the schema key first;
// before, when not nil, is called before each of groups.
func (s *Store) writeStreams(groups [][]streamTask, before func(gi int)) error {
	version := s.db.MaxVersion() + 1
	sw := s.db.NewStreamWriter()
	defer sw.Cancel()
	if err := sw.Prepare(); err != nil {
		return fmt.Errorf("stream import: prepare: %w", err)
	}
	// Prepare emptied the store, schema key included. It goes back first, alone: a kill in
	// the middle of the indexes must leave a store the next run opens (and, holding no node,
	// edge or article, imports into afresh), not one with data and no schema version.
	schema := []streamTask{{tagMeta, func(o keyOut) error {
		if err := o.put(importingKey(), []byte("interrupted if still here")); err != nil {
			return err
		}
		if err := o.put(schemaKey(), []byte(schemaVersion)); err != nil {
			return err
		}
		// Everything this import stores brings its words: the store is fully indexed.
		return o.put(wordsKey(), nil)
	}}}
	// Two stream buffers, one a goroutine, for every group.
	var bufs [2]*z.Buffer
	for i := range bufs {
		bufs[i] = z.NewBuffer(streamChunk+(1<<20), "entente.import")
		defer bufs[i].Release()
	}
	err := runStreams(append([][]streamTask{schema}, groups...), func(gi int) {
		if gi > 0 && before != nil {
			before(gi - 1)
		}
	}, func(worker, i int, t streamTask) error {
		o := &streamOut{sw: sw, buf: bufs[worker], id: uint32(i + 1), version: version}
		if err := t.run(o); err != nil {
			bufs[worker].Reset() // the next stream must not send this one's keys
			return err
		}
		return o.finish()
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("stream import: flush: %w", err)
	}
	// Every table is in: the import is whole once the mark is gone, on disk.
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete(importingKey()) }); err != nil {
		return fmt.Errorf("stream import: clear the import's mark: %w", err)
	}
	if err := s.db.Sync(); err != nil {
		return fmt.Errorf("stream import: sync: %w", err)
	}
	return nil
}

// runStreams runs the streams of groups, a group after the other, each group's on two
// goroutines (StreamWriter.Write may be called concurrently for different streams). write
// gets the goroutine (0 or 1), the stream's position among all of groups' and the stream;
// before is called before each group.
func runStreams(groups [][]streamTask, before func(gi int), write func(worker, i int, t streamTask) error) error {
	i := 0
	for gi, g := range groups {
		before(gi)
		work := make(chan streamJob)
		errs := make(chan error, len(g))
		var wg sync.WaitGroup
		for worker := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for t := range work {
					if err := write(worker, t.i, t.streamTask); err != nil {
						errs <- fmt.Errorf("stream import: keys %q: %w", t.tag, err)
					}
				}
			}()
		}
		for _, t := range g {
			work <- streamJob{t, i}
			i++
		}
		close(work)
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			return err
		}
	}
	return nil
}

// streamTask writes the keys of one tag as one stream.
type streamTask struct {
	tag byte
	run func(o keyOut) error
}

// streamJob is a task with its position among an import's streams.
type streamJob struct {
	streamTask
	i int
}

// streamWriting makes the keys of one streamBuf in order. Nodes are ordered by id once
// (rank), so that every adjacency key sorts as a number: rank(a), predicate, rank(b). What
// the keys and values repeat about a node (its id; its kind and name, which the index values
// end with) is encoded once, into arenas laid out in id order: keys in id order then read
// them nearly in sequence, rather than from strings all over the heap.
type streamWriting struct {
	b        *streamBuf
	rank     []uint32 // by node number
	byRank   []int32  // node numbers in id order: rank's inverse
	edgeMid  int      // b.edges[:edgeMid] have ids below 2^63 (partitionByTopBit)
	nodeBits uint
	ids      []byte   // the nodes' ids
	tails    []byte   // the nodes' encoded kind and name, as encodeIndexValue ends
	idOff    []uint32 // by node number: ids[idOff[i]:idOff[i]+idLen[i]]
	idLen    []uint16
	tailOff  []uint32 // by node number: tails[tailOff[i]:tailOff[i]+tailLen[i]]
	tailLen  []uint16
}

func newStreamWriting(b *streamBuf) (*streamWriting, error) {
	list := b.nodes.list
	w := &streamWriting{b: b, rank: make([]uint32, len(list)), nodeBits: uint(bits.Len(uint(len(list))))}
	if 2*w.nodeBits+8 > 64 {
		return nil, fmt.Errorf("stream import: %d nodes are too many for one import", len(list))
	}
	order := make([]int32, len(list))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(list[x].ID, list[y].ID) })
	w.byRank = order
	w.idOff, w.idLen = make([]uint32, len(list)), make([]uint16, len(list))
	w.tailOff, w.tailLen = make([]uint32, len(list)), make([]uint16, len(list))
	for r, i := range order {
		w.rank[i] = uint32(r)
		n := &list[i]
		if len(w.ids)+len(n.ID) > math.MaxUint32 || len(w.tails)+len(n.Name)+32 > math.MaxUint32 {
			return nil, fmt.Errorf("stream import: node names past 4 GiB")
		}
		w.idOff[i], w.idLen[i] = uint32(len(w.ids)), uint16(len(n.ID)) // validID: ≤ 1024 bytes
		w.ids = append(w.ids, n.ID...)
		start := len(w.tails)
		e := encoder{b: w.tails} // as encodeIndexValue ends
		e.str(string(n.Kind))
		e.str(n.Name)
		w.tails = e.b
		if len(w.tails)-start > math.MaxUint16 {
			return nil, fmt.Errorf("stream import: node %q: name of %d bytes", n.ID, len(n.Name))
		}
		w.tailOff[i], w.tailLen[i] = uint32(start), uint16(len(w.tails)-start)
	}
	return w, nil
}

// id is node i's id.
func (w *streamWriting) id(i int32) []byte {
	return w.ids[w.idOff[i] : w.idOff[i]+uint32(w.idLen[i])]
}

// tail is node i's kind and name as an index value ends with them.
func (w *streamWriting) tail(i int32) []byte {
	return w.tails[w.tailOff[i] : w.tailOff[i]+uint32(w.tailLen[i])]
}

// appendHead appends e's head as encodeHead does.
func (w *streamWriting) appendHead(dst []byte, e *streamEdge) []byte {
	if e.date == 0 && e.place == 0 {
		return append(dst, 0, 0, e.modality) // two empty strings: most edges
	}
	head := w.b.head(e)
	return encodeHead(dst, &head)
}

// appendStr appends s as encoder.str does.
func appendStr(dst, s []byte) []byte {
	return append(binary.AppendUvarint(dst, uint64(len(s))), s...)
}

// numbered is a key as a number, and the edge it belongs to. The number gives the key's
// nodes and predicate; plain says the edge has no date and no place, and then modality is
// all of its head: most keys are written without reading their edge, at random, again.
type numbered struct {
	k        uint64
	i        int32
	modality byte
	plain    bool
}

// numberedOf is key number k of edge i, e.
func numberedOf(k uint64, i int, e *streamEdge) numbered {
	return numbered{k: k, i: int32(i), modality: e.modality, plain: e.date == 0 && e.place == 0}
}

// appendHeadOf appends the head of k's edge as encodeHead does.
func (w *streamWriting) appendHeadOf(dst []byte, k *numbered) []byte {
	if k.plain {
		return append(dst, 0, 0, k.modality) // two empty strings: most edges
	}
	return w.appendHead(dst, &w.b.edges[k.i])
}

// node is the node whose rank is bits [shift, shift+nodeBits) of k.
func (w *streamWriting) node(k uint64, shift uint) int32 {
	return w.byRank[(k>>shift)&(1<<w.nodeBits-1)]
}

// adjacency writes the o (tag tagOut) or i (tagIn) keys: tag | a | 0x00 | pred | 0x00 | b
// with the far end b's name in the value (see writeEdge). Keys come grouped by a and pred,
// so only b's part of the key is rewritten from one key to the next within a group.
func (w *streamWriting) adjacency(tag byte) func(o keyOut) error {
	return func(o keyOut) error {
		b := w.b
		keys := make([]numbered, 0, len(b.edges)+len(b.edges)/8)
		for i := range b.edges {
			e := &b.edges[i]
			a, c := e.src, e.dst
			if tag == tagIn {
				a, c = c, a
			}
			keys = append(keys, numberedOf(w.adjNumber(a, e.pred, c), i, e))
			if b.preds[e.pred].Symmetric && e.src != e.dst {
				keys = append(keys, numberedOf(w.adjNumber(c, e.pred, a), i, e))
			}
		}
		sortNumberedBits(keys, 2*w.nodeBits+8)
		var key, val []byte
		prefix, lastA, lastPred := 0, int32(-1), uint8(0)
		for i := range keys {
			k := &keys[i]
			a, pred, c := w.node(k.k, w.nodeBits+8), uint8(k.k>>w.nodeBits), w.node(k.k, 0)
			if a != lastA || pred != lastPred {
				key = append(append(key[:0], tag), w.id(a)...)
				key = append(append(append(key, sep), b.preds[pred].Name...), sep)
				prefix, lastA, lastPred = len(key), a, pred
			}
			key = append(key[:prefix], w.id(c)...)
			val = append(w.appendHeadOf(val[:0], k), w.tail(c)...)
			if err := o.put(key, val); err != nil {
				return err
			}
		}
		return nil
	}
}

func (w *streamWriting) adjNumber(a int32, pred uint8, c int32) uint64 {
	return uint64(w.rank[a])<<(w.nodeBits+8) | uint64(pred)<<w.nodeBits | uint64(w.rank[c])
}

// types writes the t keys: t | pred | 0x00 | src | 0x00 | dst.
func (w *streamWriting) types(o keyOut) error {
	b := w.b
	keys := make([]numbered, len(b.edges))
	for i := range b.edges {
		e := &b.edges[i]
		keys[i] = numberedOf(uint64(e.pred)<<(2*w.nodeBits)|uint64(w.rank[e.src])<<w.nodeBits|uint64(w.rank[e.dst]), i, e)
	}
	sortNumberedBits(keys, 2*w.nodeBits+8)
	var key, val []byte
	prefix, lastSrc, lastPred := 0, int32(-1), uint8(0)
	for i := range keys {
		k := &keys[i]
		pred, src, dst := uint8(k.k>>(2*w.nodeBits)), w.node(k.k, w.nodeBits), w.node(k.k, 0)
		if src != lastSrc || pred != lastPred {
			key = append(append(append(key[:0], tagType), b.preds[pred].Name...), sep)
			key = append(append(key, w.id(src)...), sep)
			prefix, lastSrc, lastPred = len(key), src, pred
		}
		key = append(key[:prefix], w.id(dst)...)
		if err := o.put(key, w.appendHeadOf(val[:0], k)); err != nil {
			return err
		}
	}
	return nil
}

// edgeRecords sorts the edges whose ids have half as their top bit and writes their E keys;
// b.edges must be partitioned by that bit, at edgeMid (partitionByTopBit). Once both halves
// are written, b.edges is sorted by id for good: next relies on it.
func (w *streamWriting) edgeRecords(half uint64) func(o keyOut) error {
	return func(o keyOut) error {
		edges := w.edgeHalf(half)
		slices.SortFunc(edges, func(x, y streamEdge) int { return cmp.Compare(x.h, y.h) })
		return w.edgeRecordsOf(o, edges)
	}
}

// partitionByTopBit puts the edges whose ids have the top bit clear before the others and
// returns how many they are.
func partitionByTopBit(edges []streamEdge) int {
	i, j := 0, len(edges)-1
	for {
		for i <= j && edges[i].h>>63 == 0 {
			i++
		}
		for i <= j && edges[j].h>>63 == 1 {
			j--
		}
		if i >= j {
			return i
		}
		edges[i], edges[j] = edges[j], edges[i]
	}
}

// edgeHalf is the edges whose ids have half as their top bit. It only slices at edgeMid: the
// other half's task sorts that half meanwhile.
func (w *streamWriting) edgeHalf(half uint64) []streamEdge {
	if half == 0 {
		return w.b.edges[:w.edgeMid]
	}
	return w.b.edges[w.edgeMid:]
}

func (w *streamWriting) edgeRecordsOf(o keyOut, edges []streamEdge) error {
	b := w.b
	key := make([]byte, 9)
	key[0] = tagEdge
	var val []byte
	for i := range edges {
		e := &edges[i]
		// As encodeEdgeRec encodes the record: ends, predicate and head, not retracted, no
		// reason, retracted at 0.
		binary.BigEndian.PutUint64(key[1:], e.h)
		val = appendStr(val[:0], w.id(e.src))
		val = append(binary.AppendUvarint(val, uint64(len(b.preds[e.pred].Name))), b.preds[e.pred].Name...)
		val = appendStr(val, w.id(e.dst))
		val = append(w.appendHead(val, e), 0, 0, 0)
		if err := o.put(key, val); err != nil {
			return err
		}
	}
	return nil
}

func (w *streamWriting) evidence(o keyOut) error {
	b := w.b
	slices.SortFunc(b.evs, func(x, y streamEv) int { return cmp.Or(cmp.Compare(x.edge, y.edge), cmp.Compare(x.hash, y.hash)) })
	key := make([]byte, 17)
	key[0] = tagEvidence
	for _, ev := range b.evs {
		binary.BigEndian.PutUint64(key[1:], ev.edge)
		binary.BigEndian.PutUint64(key[9:], ev.hash)
		if err := o.put(key, b.arena[ev.off:ev.end]); err != nil {
			return err
		}
	}
	return nil
}

// wordKeys writes the w keys; the buffer holds them with repeats (an edge's word comes
// again with every evidence that has it), dropped here.
func (w *streamWriting) wordKeys(o keyOut) error {
	b := w.b
	order := make([]int32, len(b.wordList))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(b.wordList[x], b.wordList[y]) })
	rank := make([]int32, len(order))
	for r, i := range order {
		rank[i] = int32(r)
	}
	for i := range b.words {
		b.words[i].word = rank[b.words[i].word]
	}
	slices.SortFunc(b.words, func(x, y streamWord) int { return cmp.Or(cmp.Compare(x.word, y.word), cmp.Compare(x.edge, y.edge)) })
	var key []byte
	for i, wd := range b.words {
		if i > 0 && wd == b.words[i-1] {
			continue
		}
		key = appendWordKey(key[:0], b.wordList[order[wd.word]], wd.edge)
		if err := o.put(key, nil); err != nil {
			return err
		}
	}
	return nil
}

// dirtyByRank is the nodes written since the last stream, in id order.
func (w *streamWriting) dirtyByRank() []int32 {
	d := slices.Clone(w.b.nodes.dirty)
	slices.SortFunc(d, func(x, y int32) int { return cmp.Compare(w.rank[x], w.rank[y]) })
	return d
}

func (w *streamWriting) nodeRecords(o keyOut) error {
	list := w.b.nodes.list
	var key, val []byte
	for _, i := range w.dirtyByRank() {
		n := &list[i]
		key = append(append(key[:0], tagNode), n.ID...)
		if err := o.put(key, encodeNode(val[:0], n)); err != nil {
			return err
		}
	}
	return nil
}

func (w *streamWriting) kinds(o keyOut) error {
	list := w.b.nodes.list
	d := w.dirtyByRank()
	slices.SortStableFunc(d, func(x, y int32) int { return cmp.Compare(list[x].Kind, list[y].Kind) })
	var key []byte
	for _, i := range d {
		n := &list[i]
		key = append(append(append(append(key[:0], tagKind), n.Kind...), sep), n.ID...)
		if err := o.put(key, nil); err != nil {
			return err
		}
	}
	return nil
}

// aliases writes the a keys of the nodes written since the last stream: every name of a
// rewritten node again (the keys are idempotent).
func (w *streamWriting) aliases(o keyOut) error {
	type alias struct {
		norm string
		node int32
	}
	list := w.b.nodes.list
	var as []alias
	for _, i := range w.b.nodes.dirty {
		n := &list[i]
		start := len(as)
		for j := -1; j < len(n.Aliases); j++ {
			name := n.Name
			if j >= 0 {
				name = n.Aliases[j]
			}
			norm := normalizeAlias(name)
			if norm == "" || slices.ContainsFunc(as[start:], func(a alias) bool { return a.norm == norm }) {
				continue
			}
			as = append(as, alias{norm, i})
		}
	}
	slices.SortFunc(as, func(x, y alias) int {
		return cmp.Or(cmp.Compare(x.norm, y.norm), cmp.Compare(w.rank[x.node], w.rank[y.node]))
	})
	var key []byte
	for _, a := range as {
		key = append(append(append(append(key[:0], tagAlias), a.norm...), sep), list[a.node].ID...)
		if err := o.put(key, nil); err != nil {
			return err
		}
	}
	return nil
}

func (w *streamWriting) articleKeys(o keyOut) error {
	keys := make([]string, 0, len(w.b.articles))
	for k := range w.b.articles {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := o.put([]byte(k), w.b.articles[k]); err != nil {
			return err
		}
	}
	return nil
}

// streamChunk is how many bytes of KVs go to the StreamWriter at a time. The StreamWriter
// decodes a chunk into entries of ~3 times its size and queues up to four chunks a stream,
// so a small chunk keeps that memory small (32 MiB chunks cost ~800 MiB of RSS; 1 MiB
// instead of 4 took ~70 MB off the live heap of a 2 M-fact import, for no more CPU).
const streamChunk = 1 << 20

// streamOut feeds one stream's keys, in order, to the StreamWriter.
type streamOut struct {
	sw      *badger.StreamWriter
	buf     *z.Buffer
	id      uint32
	version uint64
	prev    []byte
	n       int
}

// put adds one key. Keys must come in strictly increasing order: the StreamWriter builds
// tables as they come and panics on a key out of order, so put checks first.
func (o *streamOut) put(key, val []byte) error {
	if o.n > 0 && bytes.Compare(key, o.prev) <= 0 {
		return fmt.Errorf("key %q comes after %q", key, o.prev)
	}
	o.prev = append(o.prev[:0], key...)
	o.n++
	appendKV(o.buf, key, val, o.version, o.id, false)
	if o.buf.LenNoPadding() < streamChunk {
		return nil
	}
	err := o.sw.Write(o.buf)
	o.buf.Reset()
	return err
}

// finish ends the stream (a stream without keys was never started).
func (o *streamOut) finish() error {
	if o.n == 0 {
		o.buf.Reset()
		return nil
	}
	appendKV(o.buf, nil, nil, 0, o.id, true)
	err := o.sw.Write(o.buf)
	o.buf.Reset()
	return err
}

// appendKV appends one Badger pb.KV to buf in protobuf's wire format, as badger.KVToBuffer
// would, without going through the protobuf runtime (which took a fifth of an import's time):
// key (field 1), value (2), version (4), stream id (10) and stream done (11), each left out
// when empty or zero. TestAppendKVIsProtobuf checks it against proto.Marshal.
func appendKV(buf *z.Buffer, key, val []byte, version uint64, stream uint32, done bool) {
	n := 0
	if len(key) > 0 {
		n += 1 + uvarintLen(uint64(len(key))) + len(key)
	}
	if len(val) > 0 {
		n += 1 + uvarintLen(uint64(len(val))) + len(val)
	}
	if version != 0 {
		n += 1 + uvarintLen(version)
	}
	if stream != 0 {
		n += 1 + uvarintLen(uint64(stream))
	}
	if done {
		n += 2
	}
	out := buf.SliceAllocate(n)[:0]
	if len(key) > 0 {
		out = append(out, 1<<3|2)
		out = binary.AppendUvarint(out, uint64(len(key)))
		out = append(out, key...)
	}
	if len(val) > 0 {
		out = append(out, 2<<3|2)
		out = binary.AppendUvarint(out, uint64(len(val)))
		out = append(out, val...)
	}
	if version != 0 {
		out = append(out, 4<<3)
		out = binary.AppendUvarint(out, version)
	}
	if stream != 0 {
		out = append(out, 10<<3)
		out = binary.AppendUvarint(out, uint64(stream))
	}
	if done {
		out = append(out, 11<<3, 1)
	}
	if len(out) != n {
		// Past n, out would run over the next slice in buf: a bug here, never bad input.
		panic(fmt.Sprintf("appendKV: wrote %d bytes, sized %d", len(out), n))
	}
}

func uvarintLen(v uint64) int { return (bits.Len64(v|1) + 6) / 7 }

// mergeProgressEvery is how often a merge of levels logs that it is still running.
const mergeProgressEvery = 10 * time.Second

// whileRunning runs work, calling tick every interval until work returns, and returns its
// error: a long step that cannot report its own progress still shows it is alive.
func whileRunning(every time.Duration, work func() error, tick func(elapsed time.Duration)) error {
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- work() }()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-t.C:
			tick(time.Since(start))
		}
	}
}

// logf logs msg at level when the store has a logger.
func (s *Store) logf(level slog.Level, msg string, args ...any) {
	if s.log != nil {
		s.log.Log(context.Background(), level, msg, append([]any{"dir", s.dir}, args...)...)
	}
}
