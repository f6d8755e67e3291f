package graph

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
)

// sortedGroup is the writes of one GroupWriter group, kept in order of writing and stored in
// key order. Badger's transactions hand their writes to the memtable in map order, and a
// skiplist insert at a random place misses the CPU cache at nearly every level it walks; in
// key order each insert walks much of the path of the one before. On a long text load into a
// store with data those inserts were a sixth of the CPU (BENCHMARKS.md, sessions 14 and 15).
type sortedGroup struct {
	entries []groupEntry
	// bytes counts keys and values as written, to keep the group within one write request
	// of Badger's (see fits).
	bytes int64
}

type groupEntry struct {
	key, val []byte
	meta     byte // Badger's UserMeta
	seq      int  // position in writing order: a later write of the same key wins
}

func (g *sortedGroup) set(key, val []byte, meta byte) {
	g.entries = append(g.entries, groupEntry{key: key, val: val, meta: meta, seq: len(g.entries)})
	g.bytes += int64(len(key) + len(val))
}

func (g *sortedGroup) reset() {
	clear(g.entries) // let the keys and values go
	g.entries = g.entries[:0]
	g.bytes = 0
}

// maxGroupBytes bounds a group's size as Badger counts it plus its keys and values, below the
// 100 MiB of estimated sizes and values at which Badger's KVLoader would split it into two
// write requests (a memtable larger than the default allows transactions that large).
const maxGroupBytes = 64 << 20

// Badger's commit protocol, as its write-ahead log records a transaction (badger v4 value.go
// and txn.go): every entry of a transaction carries bitTxn, and a last entry with bitFinTxn,
// keyed txnKey at the commit version, holds that version in decimal. On reopening, Badger
// replays a log's entries only up to the last complete transaction, so a group stored this
// way is kept whole or dropped whole by a crash, as a committed transaction is.
// TestSortedGroupSurvivesOnlyWhole pins this against the Badger version in go.mod.
const (
	badgerBitTxn    byte = 1 << 6
	badgerBitFinTxn byte = 1 << 7
)

var badgerTxnKey = []byte("!badger!txn")

// store writes the group's entries at version v, in key order and as one transaction of
// Badger's, then makes them visible by committing a transaction of its own, which takes
// version v: readers see the group from that commit on, and not before.
//
// The caller holds the store's write lock, so no other commit can take version v first; v is
// one past the read version of a transaction opened after the previous group became visible.
func (g *sortedGroup) store(db *badger.DB, v uint64) error {
	if err := g.log(db, v, true); err != nil {
		return err
	}
	// Any key would do; the schema key is one every store has, rewritten with its value.
	err := db.Update(func(txn *badger.Txn) error { return txn.Set(schemaKey(), []byte(schemaVersion)) })
	if err != nil {
		return fmt.Errorf("make %d keys visible: %w", len(g.entries), err)
	}
	return nil
}

// log hands the group's entries to Badger's write-ahead log and memtable at version v, in key
// order, the last write of a key only. end adds the entry that ends the transaction; only a
// test leaves it out, to stand for a crash just before it.
func (g *sortedGroup) log(db *badger.DB, v uint64, end bool) error {
	es := g.entries
	slices.SortFunc(es, func(a, b groupEntry) int {
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	l := db.NewKVLoader(1)
	kv := pb.KV{Version: v, Meta: []byte{badgerBitTxn}, UserMeta: []byte{0}}
	for i := range es {
		if i+1 < len(es) && bytes.Equal(es[i].key, es[i+1].key) {
			continue // written again later in the group
		}
		kv.Key, kv.Value, kv.UserMeta[0] = es[i].key, es[i].val, es[i].meta
		if err := l.Set(&kv); err != nil {
			return fmt.Errorf("store %d keys: %w", len(es), err)
		}
	}
	if end {
		fin := pb.KV{Key: badgerTxnKey, Value: strconv.AppendUint(nil, v, 10), Version: v, Meta: []byte{badgerBitFinTxn}}
		if err := l.Set(&fin); err != nil {
			return fmt.Errorf("store %d keys: %w", len(es), err)
		}
	}
	if err := l.Finish(); err != nil {
		return fmt.Errorf("store %d keys: %w", len(es), err)
	}
	return nil
}

// entrySize is an entry's size as Badger's Txn.checkSize counts it against a transaction's
// limit, version suffix included.
func entrySize(key, val []byte, valueThreshold int64) int64 {
	size := int64(len(key)) + 2 + 10
	if v := int64(len(val)); v < valueThreshold {
		return size + v
	}
	return size + 12
}

// groupFits tells whether a group of count entries of the given size, in all bytes, still
// fits one write request of Badger's, with room for the entry that ends it.
func groupFits(db *badger.DB, count, size, bytes int64) bool {
	return count+2 < db.MaxBatchCount() && size+64 < db.MaxBatchSize() && size+bytes < maxGroupBytes
}

// nextVersion is the version the next group is stored at: one past what a reader sees now.
func nextVersion(db *badger.DB) uint64 {
	txn := db.NewTransaction(false)
	defer txn.Discard()
	return txn.ReadTs() + 1
}

// sortedBatch stores writes as a WriteBatch does, in transactions as large as Badger allows,
// each committed in the background while the next fills and in the order they were filled,
// but hands each one's entries to the memtable in key order (see sortedGroup). As with a
// WriteBatch, a crash keeps whole transactions, not whole batches of the caller's: a key
// written after others is stored with them or after them, never before. The caller holds
// the store's write lock.
type sortedBatch struct {
	db             *badger.DB
	valueThreshold int64
	cur            *sortedGroup
	count, size    int64
	spare          *sortedGroup
	// storing is the group being stored in the background, done closed when it has been,
	// with its error in err.
	storing *sortedGroup
	done    chan struct{}
	err     error
}

func newSortedBatch(db *badger.DB) *sortedBatch {
	return &sortedBatch{db: db, valueThreshold: db.Opts().ValueThreshold, cur: &sortedGroup{}}
}

func (b *sortedBatch) set(key, val []byte, meta byte) error {
	size := entrySize(key, val, b.valueThreshold)
	if len(b.cur.entries) > 0 && !groupFits(b.db, b.count+1, b.size+size, b.cur.bytes+int64(len(key)+len(val))) {
		if err := b.send(); err != nil {
			return err
		}
	}
	b.cur.set(key, val, meta)
	b.count++
	b.size += size
	return nil
}

// send waits for the group being stored, then starts storing the current one.
func (b *sortedBatch) send() error {
	if err := b.wait(); err != nil {
		return err
	}
	g, v := b.cur, nextVersion(b.db)
	b.cur, b.spare = b.spare, nil
	if b.cur == nil {
		b.cur = &sortedGroup{}
	}
	b.count, b.size = 0, 0
	b.storing, b.done = g, make(chan struct{})
	go func() {
		b.err = g.store(b.db, v)
		close(b.done)
	}()
	return nil
}

// wait waits for the group being stored in the background and returns its error.
func (b *sortedBatch) wait() error {
	if b.storing == nil {
		return nil
	}
	<-b.done
	b.storing.reset()
	b.spare, b.storing = b.storing, nil
	return b.err
}

// flush stores everything set so far and waits until readers see it.
func (b *sortedBatch) flush() error {
	if len(b.cur.entries) > 0 {
		if err := b.send(); err != nil {
			return err
		}
	}
	return b.wait()
}

// cancel drops what is not yet being stored and waits for what is.
func (b *sortedBatch) cancel() {
	b.cur.reset()
	b.count, b.size = 0, 0
	_ = b.wait()
}
