package graph

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// An import too large for one stream buffer is written in rounds, and the rounds are merged
// into the store once, at Close. Each round writes the keys of each of its streams (in the
// order the StreamWriter takes them) to a sorted run file on disk; Close merges the runs of
// each stream, newest round first on equal keys (a later round rewrites an edge record it
// added evidence to), straight into one StreamWriter. The store is then written once, as
// tables at its last level, whatever the number of rounds. Writing each round into the
// store instead, one level above the last, made Badger merge the levels again after every
// round and once more at the end: a third of a 10 M-fact import's CPU, growing with the
// square of the rounds.
//
// A later round reads back the edge records and evidence earlier rounds wrote (to merge a
// fact into an edge it already has) from the runs, through a sparse index of their E and e
// runs. Nothing is in the store before Close's merge: a kill before it leaves the store empty
// and the runs behind, which the next import removes.

// runsDirName is the directory, inside the store's, that holds an import's runs.
const runsDirName = "import-runs"

// runRestart is how often a run writes a key whole rather than as a suffix of the key before:
// a look-up reads at most this many keys from the restart before it.
const runRestart = 64

// keyOut receives one stream's keys, in strictly increasing order.
type keyOut interface {
	put(key, val []byte) error
}

// run is the keys one round wrote for one stream.
type run struct {
	path string
	keys int
	size int64
	// marks are the restart keys and their offsets, kept for runs that are looked up.
	marks []runMark
	f     *os.File // open for look-ups while marks is not nil
}

type runMark struct {
	key []byte
	off int64
}

// runWriter writes one run: per key, uvarint shared prefix length, uvarint suffix length,
// uvarint value length, suffix, value.
type runWriter struct {
	r       *run
	f       *os.File
	w       *bufio.Writer
	prev    []byte
	scratch []byte
	indexed bool
}

func newRunWriter(path string, indexed bool) (*runWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create run: %w", err)
	}
	return &runWriter{r: &run{path: path}, f: f, w: bufio.NewWriterSize(f, 256<<10), indexed: indexed}, nil
}

func (rw *runWriter) put(key, val []byte) error {
	r := rw.r
	if r.keys > 0 && bytes.Compare(key, rw.prev) <= 0 {
		return fmt.Errorf("key %q comes after %q", key, rw.prev)
	}
	shared := 0
	if r.keys%runRestart != 0 {
		for shared < len(key) && shared < len(rw.prev) && key[shared] == rw.prev[shared] {
			shared++
		}
	} else if rw.indexed {
		r.marks = append(r.marks, runMark{key: bytes.Clone(key), off: r.size})
	}
	b := binary.AppendUvarint(rw.scratch[:0], uint64(shared))
	b = binary.AppendUvarint(b, uint64(len(key)-shared))
	b = binary.AppendUvarint(b, uint64(len(val)))
	b = append(b, key[shared:]...)
	b = append(b, val...)
	rw.scratch = b
	if _, err := rw.w.Write(b); err != nil {
		return fmt.Errorf("write run %s: %w", r.path, err)
	}
	r.size += int64(len(b))
	r.keys++
	rw.prev = append(rw.prev[:0], key...)
	return nil
}

// close finishes the run; an indexed run stays open for look-ups.
func (rw *runWriter) close() (*run, error) {
	err := rw.w.Flush()
	if err == nil && !rw.indexed {
		err = rw.f.Close()
	} else if err == nil {
		rw.r.f = rw.f
	}
	if err != nil {
		rw.f.Close()
		return nil, fmt.Errorf("finish run %s: %w", rw.r.path, err)
	}
	return rw.r, nil
}

// runReader reads a run's keys in order from r.
type runReader struct {
	r        *bufio.Reader
	key, val []byte
	path     string
	round    int // for the merge: a newer round wins an equal key
}

// next reads the next key; false at the end of the run or on an error.
func (rr *runReader) next() (bool, error) {
	shared, err := binary.ReadUvarint(rr.r)
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read run %s: %w", rr.path, err)
	}
	suffix, err1 := binary.ReadUvarint(rr.r)
	vlen, err2 := binary.ReadUvarint(rr.r)
	if err := errors.Join(err1, err2); err != nil || shared > uint64(len(rr.key)) || suffix > 1<<20 || vlen > 1<<30 {
		return false, fmt.Errorf("read run %s: damaged entry (%v)", rr.path, err)
	}
	// Both buffers are reused from key to key: the merge reads every key of the import.
	rr.key = slices.Grow(rr.key[:shared], int(suffix))[:shared+suffix]
	rr.val = slices.Grow(rr.val[:0], int(vlen))[:vlen]
	if _, err := io.ReadFull(rr.r, rr.key[shared:]); err != nil {
		return false, fmt.Errorf("read run %s: %w", rr.path, err)
	}
	if _, err := io.ReadFull(rr.r, rr.val); err != nil {
		return false, fmt.Errorf("read run %s: %w", rr.path, err)
	}
	return true, nil
}

// get returns the value of key in an indexed run.
func (r *run) get(key []byte) ([]byte, bool, error) {
	if r.f == nil {
		return nil, false, fmt.Errorf("run %s has no index", r.path)
	}
	i, found := slices.BinarySearchFunc(r.marks, key, func(m runMark, k []byte) int { return bytes.Compare(m.key, k) })
	if !found {
		i-- // the last restart before key
	}
	if i < 0 {
		return nil, false, nil
	}
	rr := &runReader{r: bufio.NewReaderSize(io.NewSectionReader(r.f, r.marks[i].off, r.size-r.marks[i].off), 4<<10), path: r.path}
	for range runRestart {
		ok, err := rr.next()
		if err != nil || !ok {
			return nil, false, err
		}
		switch c := bytes.Compare(rr.key, key); {
		case c == 0:
			return bytes.Clone(rr.val), true, nil
		case c > 0:
			return nil, false, nil
		}
	}
	return nil, false, nil
}

// importRuns are the runs of an import's rounds so far: rounds[r][s] is round r's run of the
// import's stream s (its position in streamGroups), nil when the round had no such keys.
type importRuns struct {
	dir    string
	tags   []byte // of each stream
	rounds [][]*run
}

// removeRuns removes what an import killed before its merge left in dir (the store's).
func removeRuns(dir string) error {
	if err := os.RemoveAll(filepath.Join(dir, runsDirName)); err != nil {
		return fmt.Errorf("stream import: remove an earlier import's runs: %w", err)
	}
	return nil
}

// lookedUp says whether runs of tag are read back by later rounds, and so indexed.
func lookedUp(tag byte) bool { return tag == tagEdge || tag == tagEvidence }

// get returns key's value as the newest round that wrote it has it.
func (rs *importRuns) get(key []byte) ([]byte, bool, error) {
	if len(key) == 0 || !lookedUp(key[0]) {
		return nil, false, fmt.Errorf("stream import: keys %q are not read back from earlier rounds", key[:min(len(key), 1)])
	}
	for r := len(rs.rounds) - 1; r >= 0; r-- {
		for s, tag := range rs.tags {
			if tag != key[0] || rs.rounds[r][s] == nil {
				continue
			}
			v, ok, err := rs.rounds[r][s].get(key)
			if err != nil || ok {
				return v, ok, err
			}
		}
	}
	return nil, false, nil
}

// size is the bytes of every run.
func (rs *importRuns) size() int64 {
	var n int64
	for _, round := range rs.rounds {
		for _, r := range round {
			if r != nil {
				n += r.size
			}
		}
	}
	return n
}

// close closes the runs open for look-ups and removes them all.
func (rs *importRuns) close() error {
	var errs []error
	for _, round := range rs.rounds {
		for _, r := range round {
			if r != nil && r.f != nil {
				errs = append(errs, r.f.Close())
				r.f = nil
			}
		}
	}
	errs = append(errs, os.RemoveAll(rs.dir))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("stream import: remove the runs: %w", err)
	}
	return nil
}

// writeRound writes b's keys as the runs of a new round. b's edges are left sorted by id.
func (s *Store) writeRound(rs *importRuns, b *streamBuf) error {
	w, err := s.startWriting(b)
	if err != nil {
		return err
	}
	dir := filepath.Join(rs.dir, fmt.Sprintf("round-%03d", len(rs.rounds)))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("stream import: %w", err)
	}
	runs := make([]*run, len(rs.tags))
	// Added before the runs are written, so that close finds the runs open for look-ups
	// whatever fails.
	rs.rounds = append(rs.rounds, runs)
	return runStreams(streamGroups(w), func(gi int) { w.beforeGroup(gi, b) }, func(_, i int, t streamTask) error {
		rw, err := newRunWriter(filepath.Join(dir, fmt.Sprintf("%02d-%c.run", i, t.tag)), lookedUp(t.tag))
		if err != nil {
			return err
		}
		if err := t.run(rw); err != nil {
			rw.f.Close()
			return err
		}
		r, err := rw.close()
		runs[i] = r // each stream has its own i: no two goroutines write one slot
		return err
	})
}

// mergeRuns writes the runs of every round into the empty store, stream by stream, each
// merged from its rounds.
func (s *Store) mergeRuns(rs *importRuns) error {
	if err := s.checkSpaceFor(rs.size()); err != nil {
		return fmt.Errorf("stream import: %w", err)
	}
	groups := make([][]streamTask, 0, 4)
	i := 0
	for _, g := range streamGroups(nil) {
		merged := make([]streamTask, len(g))
		for j, t := range g {
			var parts []*run
			for _, round := range rs.rounds {
				if round[i] != nil && round[i].keys > 0 {
					parts = append(parts, round[i])
				}
			}
			merged[j] = streamTask{t.tag, func(o keyOut) error { return mergeRunsInto(o, parts) }}
			i++
		}
		groups = append(groups, merged)
	}
	return s.writeStreams(groups, nil)
}

// mergeRunsInto puts the keys of runs, in order, into o; of a key several runs hold, the
// value from the latest of them.
func mergeRunsInto(o keyOut, runs []*run) error {
	h := make(runHeap, 0, len(runs))
	for ri, r := range runs {
		f, err := os.Open(r.path)
		if err != nil {
			return fmt.Errorf("open run: %w", err)
		}
		defer f.Close()
		rr := &runReader{r: bufio.NewReaderSize(f, 256<<10), path: r.path, round: ri}
		ok, err := rr.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, rr)
		}
	}
	h.init()
	var last []byte
	for len(h) > 0 {
		top := h[0]
		if err := o.put(top.key, top.val); err != nil {
			return err
		}
		// The same key from older rounds is shadowed: skip it.
		last = append(last[:0], top.key...)
		for len(h) > 0 && bytes.Equal(h[0].key, last) {
			ok, err := h[0].next()
			if err != nil {
				return err
			}
			if ok {
				h.down(0)
			} else {
				h.pop()
			}
		}
	}
	return nil
}

// runHeap orders readers by key, the newest round first among equal keys.
type runHeap []*runReader

func (h runHeap) less(i, j int) bool {
	if c := bytes.Compare(h[i].key, h[j].key); c != 0 {
		return c < 0
	}
	return h[i].round > h[j].round
}

func (h runHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

func (h runHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func (h *runHeap) pop() {
	old := *h
	n := len(old) - 1
	old[0] = old[n]
	old[n] = nil
	*h = old[:n]
	h.down(0)
}
