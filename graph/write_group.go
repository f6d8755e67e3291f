package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// GroupWriter writes batches one after another with Write's guarantees, at bulk speed: each
// batch is stored whole or not at all, an article already stored is skipped, and the store
// ends up as a Write per batch would leave it, with the same summaries. It is the writer of a
// text load, where most of Write's time goes to Badger's per-transaction work and to waiting
// for its commit.
//
// It puts consecutive batches (up to groupBatches, or a quarter of what one Badger transaction
// may hold) into one transaction, so a group of articles is committed together: a crash keeps
// or loses whole groups, never part of an article. A full group is committed in the
// background while the writer applies the next batches on a fresh transaction; reads of the
// nodes, edges, evidence and articles the committing group wrote are answered from what the
// writer remembers of it, since the fresh transaction's snapshot does not hold them yet. At
// most one group is committing at a time.
//
// It also remembers the ids of what it writes, and of what the store held (up to maxEverIDs in
// all), so that looking up a node, edge or article the store never held needs no read at all:
// most of what a text load writes is new, and each such read misses every memtable and every
// table before it finds nothing. Into an empty store that holds from the start. Into one with
// data, once seedAfterMisses lookups have found nothing, the writer reads the ids of the
// store's nodes, edges and articles if there are at most maxSeededIDs: a short writer, as a
// load that alternates articles and curated lines opens, never pays for that scan.
//
// A GroupWriter holds the store's write lock until Close: Write, Retract and Importers wait
// meanwhile; reads go on, and see a batch once its group is committed (Flush makes every
// written batch visible). It is not safe for concurrent use.
type GroupWriter struct {
	s *Store
	// cur is the group being filled; prev the one committing in the background, nil when
	// none is.
	cur, prev *writeGroup
	// Limits of one group: batches, and Badger entries and bytes (estimated as Badger
	// counts them).
	maxBatches     int
	maxCount       int64
	maxSize        int64
	valueThreshold int64
	// knownIDs.ever is nil until the writer knows every id of the store.
	knownIDs
	// known holds nodes as committed (read from the store, or written by a committed
	// group), so that a node many articles name is read and decoded once; the write lock
	// keeps it exact. spare is a committed group whose maps the next group reuses.
	known map[string]Node
	spare *writeGroup
	// words collects the word index of the group being filled (cur), as posting lists
	// written with the group's transaction when it commits (postings.go).
	words            postings
	err              error // sticky: after a store failure nothing more is written
	closed, unlocked bool
}

// groupBatches is how many batches a GroupWriter commits together: enough to make Badger's
// per-transaction cost small, few enough that the group committing in the background and the
// group being filled take turns often.
const groupBatches = 32

// maxKnownNodes bounds GroupWriter.known (~200 bytes a node).
const maxKnownNodes = 100_000

// maxEverIDs bounds the ids a GroupWriter remembers (~50 bytes each); past it, lookups read
// the store as they do on a larger one.
const maxEverIDs = 2_000_000

// maxSeededIDs is the largest store (nodes, edges and articles) whose ids a GroupWriter reads:
// half of maxEverIDs, leaving the rest for what it writes. Reading them is a key-only scan:
// 0.23-0.36 s for the 507 000 of BENCHMARKS.md's store of 500 000 curated facts.
const maxSeededIDs = maxEverIDs / 2

// seedAfterMisses is how many lookups must have found nothing before a GroupWriter reads the
// store's ids: some 0.25 s of such reads (~5 µs each in a long text load), about what reading
// a million ids costs.
const seedAfterMisses = 50_000

// writeGroup is one transaction's worth of batches and what they wrote.
type writeGroup struct {
	// txn is a read-only transaction: the snapshot the group's reads fall back on. The group's
	// writes go to sorted and are stored when it commits.
	txn     *badger.Txn
	sorted  sortedGroup
	batches []*Batch // applied so far, to apply again after the transaction has to be dropped
	nodes   map[string]Node
	edges   map[uint64]edgeRec
	keys    map[string]struct{} // article and evidence keys
	changed []string            // ids of the nodes of batches that changed the store
	// Entries and bytes, as Badger counts them against its limits, including the postings
	// still to be written.
	count int64
	size  int64
	done  chan struct{} // closed when the background commit has finished
	err   error         // the commit's error, set before done is closed
}

// NewGroupWriter starts a grouped writer. Call Close to finish it; until then other writers
// wait.
func (s *Store) NewGroupWriter(ctx context.Context) (*GroupWriter, error) {
	if err := s.lockLongWriter(ctx, "write to"); err != nil {
		return nil, err
	}
	w := &GroupWriter{s: s, maxBatches: groupBatches, maxCount: s.db.MaxBatchCount() / 4, maxSize: s.db.MaxBatchSize() / 4,
		valueThreshold: s.db.Opts().ValueThreshold, known: make(map[string]Node), knownIDs: knownIDs{seedAfter: seedAfterMisses}}
	empty, err := s.IsEmpty(ctx)
	if err != nil {
		s.wmu.Unlock()
		return nil, fmt.Errorf("graph: write to %s: %w", s.dir, err)
	}
	if empty {
		w.ever = newEverIDs()
	} else {
		w.seedLimit = maxSeededIDs
	}
	// As in Write: a store without evidence is marked as fully word-indexed. The mark is
	// committed on its own, so that dropping a group's transaction never drops it.
	if err := s.db.Update(func(txn *badger.Txn) error { return markWordsIfEmpty(txn, txn.Set) }); err != nil {
		s.wmu.Unlock()
		return nil, fmt.Errorf("graph: write to %s: %w", s.dir, err)
	}
	w.cur = w.newGroup()
	return w, nil
}

// newGroup starts a group on a fresh transaction, whose snapshot holds every group but one
// still committing (Badger's NewTransaction waits for the commits before it).
func (w *GroupWriter) newGroup() *writeGroup {
	if g := w.spare; g != nil {
		w.spare = nil
		clear(g.nodes)
		clear(g.edges)
		clear(g.keys)
		g.sorted.reset()
		*g = writeGroup{txn: w.s.db.NewTransaction(false), nodes: g.nodes, edges: g.edges, keys: g.keys,
			batches: g.batches[:0], sorted: g.sorted}
		return g
	}
	return &writeGroup{txn: w.s.db.NewTransaction(false), nodes: make(map[string]Node),
		edges: make(map[uint64]edgeRec), keys: make(map[string]struct{})}
}

// Write merges b into the store as Write does, and returns what it changed. The batch is
// committed with its group: Flush or Close waits for that. An invalid batch gives the error
// Write gives and writes nothing; the writer goes on with the next batch. A batch too big
// for one transaction gives an error wrapping ErrBatchTooBig and writes nothing. Any other
// error is a store failure and final: Write, Flush and Close return it from then on, and the
// batches of the groups not yet committed are not stored (a re-run of the load stores them).
func (w *GroupWriter) Write(ctx context.Context, b *Batch) (WriteSummary, error) {
	switch {
	case w.closed:
		return WriteSummary{}, errors.New("graph: write: GroupWriter used after Close")
	case w.err != nil:
		return WriteSummary{}, w.err
	case b == nil:
		return WriteSummary{}, nil
	}
	if err := ctx.Err(); err != nil {
		return WriteSummary{}, err
	}
	if len(w.cur.batches) == 0 {
		// Once per group, as Write does once per transaction.
		if err := w.s.checkSpace(); err != nil {
			return WriteSummary{}, err
		}
	}
	if w.seedDue() {
		// Committed groups are in the store's view; the one being filled and the one
		// committing are not.
		if err := w.seed(ctx, w.s, w.addUnseen); err != nil {
			return WriteSummary{}, fmt.Errorf("graph: write to %s: %w", w.s.dir, err)
		}
	}
	sum, err := w.add(ctx, b)
	if err != nil {
		return WriteSummary{}, err
	}
	if len(w.cur.batches) >= w.maxBatches || w.cur.count >= w.maxCount || w.cur.size >= w.maxSize {
		if err := w.commit(); err != nil {
			return WriteSummary{}, err
		}
	}
	return sum, nil
}

// add applies b to the current group.
func (w *GroupWriter) add(ctx context.Context, b *Batch) (WriteSummary, error) {
	// A batch is applied whole or its group's transaction is dropped: apply must not stop
	// half-way for ctx (Write checked it before), only for bad input, which it finds before
	// it writes anything.
	sum, err := w.s.apply(context.WithoutCancel(ctx), w, b)
	if err == nil && w.overfull() {
		// The batch fits, but not with the group's postings, written at commit.
		err = badger.ErrTxnTooBig
	}
	switch {
	case err == nil:
		w.cur.batches = append(w.cur.batches, b)
		if sum != (WriteSummary{ArticlesSkipped: sum.ArticlesSkipped}) {
			for i := range b.Nodes {
				id := b.Nodes[i].ID
				if id == "" {
					id = NodeID(b.Nodes[i].Kind, b.Nodes[i].Name)
				}
				w.cur.changed = append(w.cur.changed, id)
			}
		}
		return sum, nil
	case isInputError(err):
		return WriteSummary{}, fmt.Errorf("graph: write %s: %w", batchName(b), err)
	case errors.Is(err, badger.ErrTxnTooBig):
		return w.tooBig(ctx, b)
	}
	w.fail(fmt.Errorf("graph: write %s: %w", batchName(b), err))
	return WriteSummary{}, w.err
}

// tooBig handles a batch that did not fit in the current group's transaction after part of
// it was written there: the transaction is dropped, the group's earlier batches are applied
// again (the store is as it was, so they merge as before) and committed, and b gets a
// transaction of its own.
func (w *GroupWriter) tooBig(ctx context.Context, b *Batch) (WriteSummary, error) {
	earlier := w.cur.batches
	w.cur.txn.Discard()
	w.words.reset()
	w.cur = w.newGroup()
	if len(earlier) == 0 {
		return WriteSummary{}, fmt.Errorf("graph: write %s (%d nodes, %d edges): %w; split it, or load through NewImporter",
			batchName(b), len(b.Nodes), len(b.Edges), ErrBatchTooBig)
	}
	for _, e := range earlier {
		if _, err := w.add(ctx, e); err != nil {
			w.fail(fmt.Errorf("graph: write %s again after %s did not fit: %w", batchName(e), batchName(b), err))
			return WriteSummary{}, w.err
		}
	}
	if err := w.commit(); err != nil {
		return WriteSummary{}, err
	}
	return w.add(ctx, b)
}

// commit waits for the group committing in the background, then starts committing the
// current one and opens the next.
func (w *GroupWriter) commit() error {
	if err := w.wait(); err != nil {
		return err
	}
	g := w.cur
	// The next group's transaction is opened before g commits: its snapshot then holds
	// every earlier group, and the writer's record of g covers the rest. g takes the version
	// after that snapshot's, so that it stays out of it.
	g.txn.Discard()
	w.cur = w.newGroup()
	if len(g.batches) == 0 {
		w.words.reset()
		return nil
	}
	// The group's word index is stored with it: its articles are stored with their words or
	// not at all.
	if err := w.words.flush(func(key, val []byte) error { g.sorted.set(key, val, 0); return nil }); err != nil {
		w.fail(fmt.Errorf("graph: write %d batches from %s: %w", len(g.batches), batchName(g.batches[0]), err))
		return w.err
	}
	g.done = make(chan struct{})
	v := w.cur.txn.ReadTs() + 1 // as nextVersion, for this snapshot
	go func() {
		err := g.sorted.store(w.s.db, v)
		if err == nil && len(g.changed) > 0 {
			// At once, as Write does: readers must not keep what they cached before.
			w.s.invalidate(g.changed)
		}
		g.err = err
		close(g.done)
	}()
	w.prev = g
	return nil
}

// wait waits for the group committing in the background.
func (w *GroupWriter) wait() error {
	g := w.prev
	if g == nil {
		return nil
	}
	<-g.done
	w.prev = nil
	if g.err != nil {
		err := g.err
		if errors.Is(err, badger.ErrTxnTooBig) {
			err = fmt.Errorf("%w (%d batches)", ErrBatchTooBig, len(g.batches))
		}
		w.fail(fmt.Errorf("graph: write %d batches from %s: %w", len(g.batches), batchName(g.batches[0]), err))
		return w.err
	}
	for _, n := range g.nodes {
		w.remember(n)
	}
	clear(g.batches) // let the batches go
	w.spare = g
	return nil
}

// remember keeps a committed node in known, making room first when it is full.
func (w *GroupWriter) remember(n Node) {
	if _, ok := w.known[n.ID]; !ok && len(w.known) >= maxKnownNodes {
		// Drop about an eighth, in map order (random), as the store's node cache does.
		drop := maxKnownNodes/8 + 1
		for k := range w.known {
			delete(w.known, k)
			if drop--; drop == 0 {
				break
			}
		}
	}
	w.known[n.ID] = n
}

// fail makes err final and drops the group being filled.
func (w *GroupWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
	w.cur.txn.Discard()
	w.cur.batches = nil
	w.cur.sorted.reset()
	w.words.reset()
}

// Flush commits every batch written so far and waits until readers see them.
func (w *GroupWriter) Flush() error {
	switch {
	case w.closed:
		return errors.New("graph: write: GroupWriter used after Close")
	case w.err != nil:
		return w.err
	}
	if err := w.commit(); err != nil {
		return err
	}
	return w.wait()
}

// Close commits what is left (whatever the context of the writes: batches written are
// kept), releases the write lock and returns the first store failure, if any.
func (w *GroupWriter) Close() error {
	if w.closed {
		return w.err
	}
	err := w.Flush()
	w.closed = true
	// Flush may have failed before waiting: the commit must end before the lock is let go.
	_ = w.wait()
	w.cur.txn.Discard()
	w.s.wmu.Unlock()
	return err
}

// The backend methods: reads look at what the current group wrote, then at the group
// committing in the background, then (nodes) at the nodes known as committed, then (when
// the writer began on an empty store) at whether the writer ever wrote the thing, and last
// at the current transaction's snapshot.

func (w *GroupWriter) node(id string) (Node, bool, error) {
	if n, ok := w.cur.nodes[id]; ok {
		return n, true, nil
	}
	if w.prev != nil {
		if n, ok := w.prev.nodes[id]; ok {
			return n, true, nil
		}
	}
	if n, ok := w.known[id]; ok {
		return n, true, nil
	}
	if w.ever.neverNode(id) {
		return Node{}, false, nil
	}
	n, ok, err := getNode(w.cur.txn, id)
	if !ok {
		w.misses++
	}
	if ok && err == nil {
		// The snapshot is older than the group committing, but that group does not hold
		// id (looked up above), so this is the node as committed.
		w.remember(n)
	}
	return n, ok, err
}

func (w *GroupWriter) edge(h uint64) (edgeRec, bool, error) {
	if r, ok := w.cur.edges[h]; ok {
		return r, true, nil
	}
	if w.prev != nil {
		if r, ok := w.prev.edges[h]; ok {
			return r, true, nil
		}
	}
	if w.ever.neverEdge(h) {
		return edgeRec{}, false, nil
	}
	r, ok, err := getEdgeRec(w.cur.txn, h)
	if !ok {
		w.misses++
	}
	return r, ok, err
}

func (w *GroupWriter) has(key []byte) (bool, error) {
	if len(key) == 0 {
		return false, nil
	}
	if key[0] == tagNode {
		_, ok, err := w.node(string(key[1:]))
		return ok, err
	}
	if _, ok := w.cur.keys[string(key)]; ok {
		return true, nil
	}
	if w.prev != nil {
		if _, ok := w.prev.keys[string(key)]; ok {
			return true, nil
		}
	}
	if w.ever.neverKey(key) {
		return false, nil
	}
	ok, err := hasKey(w.cur.txn, key)
	if !ok {
		w.misses++
	}
	return ok, err
}

func (w *GroupWriter) set(key, val []byte, meta byte) error {
	w.cur.count++
	w.cur.size += entrySize(key, val, w.valueThreshold)
	w.cur.sorted.set(key, val, meta)
	if w.overfull() {
		return badger.ErrTxnTooBig // as a transaction's Set would say
	}
	return nil
}

// overfull tells whether the current group no longer fits one write request of Badger's,
// with room for the entry that ends it (see sortedGroup.store).
func (w *GroupWriter) overfull() bool {
	return !groupFits(w.s.db, w.cur.count, w.cur.size, w.cur.sorted.bytes)
}

func (w *GroupWriter) addWords(h uint64, evidence []Evidence, evKeys [][]byte) {
	count, size := w.words.add(h, evidence, evKeys)
	w.cur.count += count
	w.cur.size += size
}

func (w *GroupWriter) wroteNode(n *Node) {
	w.cur.nodes[n.ID] = *n
	w.ever.wroteNode(n.ID)
	w.checkEver()
}

func (w *GroupWriter) wroteEdge(h uint64, r *edgeRec) {
	w.cur.edges[h] = *r
	w.ever.wroteEdge(h)
	w.checkEver()
}

func (w *GroupWriter) wroteKey(key []byte) {
	w.cur.keys[string(key)] = struct{}{}
	w.ever.wroteKey(key)
	w.checkEver()
}

// addUnseen adds the ids of the groups the store's view does not show yet.
func (w *GroupWriter) addUnseen(e *everIDs) {
	for _, g := range []*writeGroup{w.prev, w.cur} {
		if g != nil {
			e.addWritten(g.nodes, g.edges, g.keys)
		}
	}
}
