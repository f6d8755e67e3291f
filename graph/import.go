package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// importWindow is how many writes an Importer remembers before it flushes its writes and
// starts reading from a fresh snapshot; it bounds the importer's memory (~100 MiB).
const importWindow = 500_000

// importReadNodes bounds how many stored nodes a window keeps after reading them (tens of MiB).
const importReadNodes = 200_000

// Importer bulk-loads batches as a Badger WriteBatch would, for millions of curated facts or
// an initial load: it skips per-batch transactions, so it is several times faster than Write
// and has no transaction size limit. Its transactions are as large as Badger allows and reach
// the memtable in key order (sortedBatch): a load of 500 000 curated facts into a store of as
// many took half the time a WriteBatch took (BENCHMARKS.md, session 15). It merges exactly
// like Write (same counts, same stored graph), because the keys are idempotent and it
// remembers the nodes, edges and evidence it wrote since its last flush.
//
// Into an empty store (the initial load) it does not write batch by batch at all: it merges
// them in memory and writes the result at Close with a Badger StreamWriter, which builds the
// tables directly (stream.go); past a sixth of the Go heap's soft limit of buffered data
// (at most ~320 MiB; see streamLimitFor) it writes what it has to disk as a round of sorted
// runs and starts a new buffer, and Close merges the rounds into the store
// (stream_runs.go). Options.NoStreamImport turns this off.
//
// Unlike Write, a batch is not atomic: a crash can leave part of a batch stored. Each batch's
// article key is written after its facts, so re-running the load re-does such a batch rather
// than skipping it, and idempotent keys make the re-run add no duplicates. An Importer holds
// the store's write lock until Close: Write and Retract wait meanwhile, reads go on (their
// caches may lag the import by up to one flush window). An Importer is not safe for
// concurrent use: feed it from one goroutine (extraction can run in parallel before it).
type Importer struct {
	s     *Store
	batch *sortedBatch
	snap  *badger.Txn
	nodes map[string]Node
	// read holds the nodes this window found in its snapshot and did not write. Facts name
	// the same few actors over and over, and the snapshot cannot change under the window,
	// so each is read from Badger once (a node read costs microseconds; a map hit does not).
	read    map[string]Node
	edges   map[uint64]edgeRec
	keys    map[string]struct{}
	pending int
	window  int // importWindow; tests lower it to exercise flushes
	sum     WriteSummary
	err     error // sticky: a failed write leaves the importer unusable
	closed  bool

	// fresh says the store held no nodes, edges or articles when the import began. Then
	// whatever this import never wrote does not exist, and the ever* sets (ids only, ~20
	// bytes an edge) spare the snapshot reads that would find nothing: an initial bulk load
	// does no reads at all.
	fresh bool
	// knownIDs.ever is nil unless fresh, or the store's ids have been read (into a store with
	// data, as a GroupWriter reads them).
	knownIDs

	// stream, when not nil, holds a fresh import in memory until Close (or until it is
	// full) writes it with a StreamWriter; see stream.go.
	stream   *streamBuf
	streamed int         // streams written so far
	runs     *importRuns // the rounds written so far, when the import needs more than one
	fast     fastScratch // applyFast's working space, kept from batch to batch
	// stopRelease stops the goroutine that hands the tables' pages back to the kernel
	// while a stream import runs (startPageRelease); nil when none runs.
	stopRelease func()
}

// releaseEvery is how often a streaming import hands table pages back to the kernel. Badger
// writes tables, and compacts them, through memory maps at tens of MiB/s, so the period
// bounds the table pages counted in RSS: loading 10 M facts, they peaked at 90 MiB with
// 500 ms, against 0.69-0.84 GiB when they went back only after each stream and every 2 s
// between batches (BENCHMARKS.md, sessions 3 and 4).
const releaseEvery = 500 * time.Millisecond

// startPageRelease hands dir's table pages back to the kernel every period, from its own
// goroutine, so that the release keeps pace while the importer is busy elsewhere (sorting,
// or waiting in a StreamWriter), until the returned function is called.
func startPageRelease(dir string, every time.Duration) (stop func()) {
	if dir == "" || !canReleasePages {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				// Advice only: an error changes nothing but the process's RSS.
				_ = releaseTablePages(dir)
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
	}
}

// endPageRelease stops the page release, if it runs, and hands back the pages once more.
func (im *Importer) endPageRelease() {
	if im.stopRelease == nil {
		return
	}
	im.stopRelease()
	im.stopRelease = nil
	_ = releaseTablePages(im.s.dir)
}

// StreamsImports reports whether an Importer into an empty store buffers the import and
// writes it with a StreamWriter (the default; Options.NoStreamImport turns it off). Only then
// is it faster than Write for articles, which a loader would otherwise write one atomic
// transaction each.
func (s *Store) StreamsImports() bool { return !s.noStream }

// NewImporter starts a bulk load. Call Close to finish it; until then other writers wait.
func (s *Store) NewImporter(ctx context.Context) (*Importer, error) {
	if err := s.lockLongWriter(ctx, "import into"); err != nil {
		return nil, err
	}
	im := &Importer{s: s, window: importWindow}
	// Runs an import killed before its merge left behind are of no use: its rounds are not
	// in the store, and this import writes them anew.
	if err := removeRuns(s.dir); err != nil {
		s.wmu.Unlock()
		return nil, fmt.Errorf("graph: import into %s: %w", s.dir, err)
	}
	fresh, err := s.IsEmpty(ctx)
	if err != nil {
		s.wmu.Unlock()
		return nil, fmt.Errorf("graph: import into %s: %w", s.dir, err)
	}
	if fresh && !s.noStream {
		im.stream = newStreamBuf(s.preds, streamLimitFor(debug.SetMemoryLimit(-1)))
		// The tables the import writes stay mapped, and Badger reads them again while it
		// compacts; they are read back seldom, if ever, by the import (see
		// releaseTablePages).
		im.stopRelease = startPageRelease(s.dir, releaseEvery)
		return im, nil
	}
	if fresh {
		im.startFresh()
	} else {
		im.seedAfter, im.seedLimit = seedAfterMisses, maxSeededIDs
	}
	im.reset()
	// As in Write: a store without evidence is marked as fully word-indexed.
	if err := markWordsIfEmpty(im.snap, func(k, v []byte) error { return im.batch.set(k, v, 0) }); err != nil {
		im.batch.cancel()
		im.snap.Discard()
		s.wmu.Unlock()
		return nil, fmt.Errorf("graph: import into %s: %w", s.dir, err)
	}
	return im, nil
}

// startFresh turns on the bookkeeping that spares reads while the store holds only what
// this import wrote.
func (im *Importer) startFresh() {
	im.fresh = true
	im.ever, im.unbounded = newEverIDs(), true
}

// writeStream writes the stream buffer out: into the store when it is the whole import, else
// as a round of runs, which Close (more false) merges into the store. When more is to come,
// a new buffer starts.
func (im *Importer) writeStream(more bool) error {
	b := im.stream
	im.stream = nil
	// A round of a 10 M-fact import takes half a minute to write, while the input waits.
	im.streamed++
	start := time.Now()
	im.s.logf(slog.LevelInfo, "writing a round of the import", "round", im.streamed,
		"edges", len(b.edges), "nodes_so_far", len(b.nodes.list))
	var err error
	if more || im.runs != nil {
		if im.runs == nil {
			im.runs = &importRuns{dir: filepath.Join(im.s.dir, runsDirName), tags: streamTags()}
		}
		err = im.s.writeRound(im.runs, b)
	} else {
		err = im.s.writeStream(b)
	}
	if err == nil {
		im.s.logf(slog.LevelInfo, "wrote the round", "round", im.streamed, "took", time.Since(start).Round(time.Millisecond))
	}
	switch {
	case err == nil && more:
		im.stream = b.next(im.runs)
	case err == nil && im.runs != nil:
		// The last round is written. Nothing the import kept in memory (the nodes, the ids
		// of the edges written, b itself, dead from here) is read again, so the merge's
		// buffers take its place rather than come on top.
		b = nil
		im.ever, im.fast = nil, fastScratch{}
		debug.FreeOSMemory()
		err = im.mergeRuns()
	}
	if im.runs != nil && (err != nil || !more) {
		err = errors.Join(err, im.runs.close())
		im.runs = nil
	}
	im.s.invalidate(nil)
	if err != nil {
		im.err = fmt.Errorf("graph: import: %w", err)
		return im.err
	}
	return nil
}

// mergeRuns merges the rounds' runs into the store, logging every mergeProgressEvery that it
// is still at work: at 10 M facts it takes minutes, and reports nothing itself.
func (im *Importer) mergeRuns() error {
	start := time.Now()
	im.s.logf(slog.LevelInfo, "merging the import's rounds into the store", "rounds", len(im.runs.rounds),
		"runs_mb", im.runs.size()>>20)
	err := whileRunning(mergeProgressEvery, func() error { return im.s.mergeRuns(im.runs) }, func(elapsed time.Duration) {
		im.s.logf(slog.LevelInfo, "still merging the rounds", "elapsed", elapsed.Round(time.Second))
	})
	if err == nil {
		im.s.logf(slog.LevelInfo, "merged the import's rounds", "took", time.Since(start).Round(time.Millisecond))
	}
	return err
}

// IsEmpty reports whether the store has no node, edge or article records: one short seek
// per kind of record. It reads no index, so it answers for a store a killed import left with
// index keys whose records were never written (which an import into it then starts over).
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	// Allowed no id, the scan of every id stops at the first.
	ever, err := s.readEverIDs(ctx, 0)
	return ever != nil, err
}

func (im *Importer) reset() {
	if im.batch == nil {
		im.batch = newSortedBatch(im.s.db)
	}
	im.snap = im.s.db.NewTransaction(false)
	im.nodes = make(map[string]Node)
	im.read = make(map[string]Node)
	im.edges = make(map[uint64]edgeRec)
	im.keys = make(map[string]struct{})
	im.pending = 0
}

// Add merges b into the store. An invalid batch gives an error wrapping ErrInvalid (or
// ErrUnknownKind / ErrUnknownPredicate) and writes nothing; the importer goes on with the
// next batch. Any other error is final: Add and Close return it from then on.
func (im *Importer) Add(ctx context.Context, b *Batch) (WriteSummary, error) {
	switch {
	case im.closed:
		return WriteSummary{}, errors.New("graph: import: Add after Close")
	case im.err != nil:
		return WriteSummary{}, im.err
	case b == nil:
		return WriteSummary{}, nil
	}
	var sum WriteSummary
	var err error
	fast := false
	if im.stream != nil {
		sum, fast, err = im.stream.applyFast(ctx, &im.fast, b)
	}
	if !fast {
		var be backend = im
		if im.stream != nil {
			be = im.stream
		} else if im.seedDue() {
			// What this window wrote is not all in the store yet; earlier windows are.
			if err := im.seed(ctx, im.s, func(e *everIDs) { e.addWritten(im.nodes, im.edges, im.keys) }); err != nil {
				im.err = fmt.Errorf("graph: import into %s: %w", im.s.dir, err)
				return WriteSummary{}, im.err
			}
		}
		sum, err = im.s.apply(ctx, be, b)
	}
	if err != nil {
		if isInputError(err) {
			return WriteSummary{}, fmt.Errorf("graph: import %s: %w", batchName(b), err)
		}
		im.err = fmt.Errorf("graph: import %s: %w", batchName(b), err)
		return WriteSummary{}, im.err
	}
	im.sum.Add(sum)
	if im.stream != nil {
		if im.stream.full() {
			if err := im.writeStream(true); err != nil {
				return sum, err
			}
		}
		return sum, nil
	}
	if im.pending >= im.window {
		if err := im.flush(); err != nil {
			return sum, err
		}
		im.reset()
	}
	return sum, nil
}

// isInputError reports whether err is about the batch (nothing was written) rather than the
// database.
func isInputError(err error) bool {
	return errors.Is(err, ErrInvalid) || errors.Is(err, ErrUnknownKind) || errors.Is(err, ErrUnknownPredicate) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

func (im *Importer) flush() error {
	if err := im.s.checkSpace(); err != nil {
		im.batch.cancel()
		im.snap.Discard()
		im.err = err
		return err
	}
	err := im.batch.flush()
	im.snap.Discard()
	im.s.invalidate(slices.Collect(maps.Keys(im.nodes)))
	if err != nil {
		im.err = fmt.Errorf("graph: import: flush: %w", err)
		return im.err
	}
	return nil
}

// Summary returns the counts so far.
func (im *Importer) Summary() WriteSummary { return im.sum }

// Close flushes what is left, releases the write lock and returns the import's summary.
func (im *Importer) Close() (WriteSummary, error) {
	if im.closed {
		return im.sum, im.err
	}
	im.closed = true
	defer im.s.wmu.Unlock()
	defer im.endPageRelease()
	if im.batch == nil { // a stream import
		if im.err != nil || im.stream == nil {
			if im.runs != nil {
				im.err = errors.Join(im.err, im.runs.close())
				im.runs = nil
			}
			return im.sum, im.err
		}
		return im.sum, im.writeStream(false)
	}
	if im.err != nil {
		im.batch.cancel()
		im.snap.Discard()
		return im.sum, im.err
	}
	err := im.flush()
	return im.sum, err
}

// The backend methods: reads look at what this window wrote, then at the snapshot taken when
// the window began (the window's writes are not all readable before it flushes).

func (im *Importer) node(id string) (Node, bool, error) {
	if n, ok := im.nodes[id]; ok {
		return n, true, nil
	}
	if n, ok := im.read[id]; ok {
		return n, true, nil
	}
	if im.ever.neverNode(id) {
		return Node{}, false, nil
	}
	n, ok, err := getNode(im.snap, id)
	switch {
	case !ok:
		im.misses++
	case len(im.read) < importReadNodes:
		// Callers never change a node in place (mergeNode copies before it adds), so the
		// copy kept here stays what the snapshot holds.
		im.read[id] = n
	}
	return n, ok, err
}

func (im *Importer) edge(h uint64) (edgeRec, bool, error) {
	if r, ok := im.edges[h]; ok {
		return r, true, nil
	}
	if im.ever.neverEdge(h) {
		return edgeRec{}, false, nil
	}
	r, ok, err := getEdgeRec(im.snap, h)
	if !ok {
		im.misses++
	}
	return r, ok, err
}

func (im *Importer) has(key []byte) (bool, error) {
	if len(key) == 0 {
		return false, nil
	}
	if key[0] == tagNode {
		_, ok, err := im.node(string(key[1:]))
		return ok, err
	}
	if _, ok := im.keys[string(key)]; ok {
		return true, nil
	}
	if im.ever.neverKey(key) {
		return false, nil
	}
	ok, err := hasKey(im.snap, key)
	if !ok {
		im.misses++
	}
	return ok, err
}

func (im *Importer) set(key, val []byte, meta byte) error {
	return im.batch.set(key, val, meta)
}

func (im *Importer) wroteNode(n *Node) {
	im.nodes[n.ID] = *n
	im.pending++
	im.ever.wroteNode(n.ID)
	im.checkEver()
}

func (im *Importer) wroteEdge(h uint64, r *edgeRec) {
	im.edges[h] = *r
	im.pending++
	im.ever.wroteEdge(h)
	im.checkEver()
}

func (im *Importer) wroteKey(key []byte) {
	im.keys[string(key)] = struct{}{}
	im.pending++
	im.ever.wroteKey(key)
	im.checkEver()
}

// knownIDs is what a writer knows of which ids exist, so that looking up a node, edge or
// article the store never held needs no read (see everIDs). Into a store with data, once
// seedAfter lookups have found nothing, the writer reads the store's ids if there are at most
// seedLimit (once: seedLimit is 0 after); unless unbounded, it forgets them past maxEverIDs
// and reads the store from then on.
type knownIDs struct {
	ever                         *everIDs
	misses, seedAfter, seedLimit int
	unbounded                    bool // a fresh import: its ids replace every read
}

// seedDue tells whether it is time to read the store's ids.
func (k *knownIDs) seedDue() bool { return k.ever == nil && k.seedLimit > 0 && k.misses >= k.seedAfter }

// seed reads the store's ids, once, and adds unseen: what the writer wrote that the store
// may not show yet.
func (k *knownIDs) seed(ctx context.Context, s *Store, unseen func(*everIDs)) error {
	limit := k.seedLimit
	k.seedLimit = 0
	ever, err := s.readEverIDs(ctx, limit)
	if err != nil || ever == nil {
		return err
	}
	unseen(ever)
	k.ever = ever
	k.checkEver()
	return nil
}

// checkEver forgets the ids once there are too many to keep.
func (k *knownIDs) checkEver() {
	if !k.unbounded && k.ever != nil && k.ever.len() > maxEverIDs {
		k.ever = nil
	}
}

// lockLongWriter takes the store's write lock for a writer that holds it until its Close (the
// Importer, the GroupWriter), after checking that ctx is live and the store writable. what
// names the operation in the error ("import into").
func (s *Store) lockLongWriter(ctx context.Context, what string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.readOnly {
		return fmt.Errorf("graph: %s %s: the store is open read-only", what, s.dir)
	}
	s.wmu.Lock()
	return nil
}

// everIDs holds the ids of every node, edge and article a writer's store held when the writer
// read them (none, for an empty store) and of what the writer wrote since: anything else is
// absent, so the writer need not read the store to find nothing. Evidence needs no set of its
// own, since it is only ever written with its edge. A nil *everIDs knows nothing: every never*
// answer is false and the wrote* calls do nothing.
type everIDs struct {
	nodes    map[string]struct{}
	edges    map[uint64]struct{}
	articles map[string]struct{}
}

func newEverIDs() *everIDs {
	return &everIDs{nodes: make(map[string]struct{}), edges: make(map[uint64]struct{}), articles: make(map[string]struct{})}
}

// readEverIDs returns the ids of every node, edge and article in the store, or nil if there
// are more than limit of them. It reads keys only. The caller holds the write lock, so the
// set stays exact while it keeps it up to date.
func (s *Store) readEverIDs(ctx context.Context, limit int) (*everIDs, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e := newEverIDs()
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		n := 0
		for _, tag := range []byte{tagNode, tagEdge, tagArticle} {
			prefix := []byte{tag}
			for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
				if n++; n > limit {
					e = nil
					return nil
				}
				if n%ctxEvery == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				k := it.Item().Key()
				switch tag {
				case tagNode:
					e.nodes[string(k[1:])] = struct{}{}
				case tagEdge:
					if len(k) == 9 {
						e.edges[binary.BigEndian.Uint64(k[1:])] = struct{}{}
					}
				case tagArticle:
					e.articles[string(k[1:])] = struct{}{}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (e *everIDs) len() int { return len(e.nodes) + len(e.edges) + len(e.articles) }

// addWritten adds the ids of what a writer wrote and the store may not show yet.
func (e *everIDs) addWritten(nodes map[string]Node, edges map[uint64]edgeRec, keys map[string]struct{}) {
	for id := range nodes {
		e.wroteNode(id)
	}
	for h := range edges {
		e.wroteEdge(h)
	}
	for k := range keys {
		e.wroteKey([]byte(k))
	}
}

func (e *everIDs) neverNode(id string) bool {
	if e == nil {
		return false
	}
	_, ok := e.nodes[id]
	return !ok
}

func (e *everIDs) neverEdge(h uint64) bool {
	if e == nil {
		return false
	}
	_, ok := e.edges[h]
	return !ok
}

// neverKey reports an article or evidence key (of an edge) that was never written; other keys
// are not tracked.
func (e *everIDs) neverKey(key []byte) bool {
	if e == nil {
		return false
	}
	switch {
	case key[0] == tagArticle:
		_, ok := e.articles[string(key[1:])]
		return !ok
	case key[0] == tagEvidence && len(key) == 17:
		return e.neverEdge(binary.BigEndian.Uint64(key[1:9]))
	}
	return false
}

func (e *everIDs) wroteNode(id string) {
	if e != nil {
		e.nodes[id] = struct{}{}
	}
}

func (e *everIDs) wroteEdge(h uint64) {
	if e != nil {
		e.edges[h] = struct{}{}
	}
}

func (e *everIDs) wroteKey(key []byte) {
	if e != nil && key[0] == tagArticle {
		e.articles[string(key[1:])] = struct{}{}
	}
}
