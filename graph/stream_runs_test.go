package graph

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// memOut collects what a merge puts.
type memOut struct{ keys, vals []string }

func (m *memOut) put(key, val []byte) error {
	m.keys = append(m.keys, string(key))
	m.vals = append(m.vals, string(val))
	return nil
}

// writeTestRun writes keys (sorted) with the value "<round>:<key>" and returns the run.
func writeTestRun(t *testing.T, dir string, round int, keys []string, indexed bool) *run {
	t.Helper()
	rw, err := newRunWriter(filepath.Join(dir, fmt.Sprintf("r%d.run", round)), indexed)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if err := rw.put([]byte(k), []byte(fmt.Sprintf("%d:%s", round, k))); err != nil {
			t.Fatal(err)
		}
	}
	r, err := rw.close()
	if err != nil {
		t.Fatal(err)
	}
	if r.f != nil {
		t.Cleanup(func() { r.f.Close() })
	}
	return r
}

// keysOf makes n sorted keys sharing long prefixes, as adjacency keys do.
func keysOf(n, step int) []string {
	var keys []string
	for i := 0; i < n*step; i += step {
		keys = append(keys, fmt.Sprintf("oState:country-%03d\x00signed\x00Agreement:treaty-%05d", i/50, i))
	}
	slices.Sort(keys)
	return keys
}

func TestRunGetFindsEveryKeyAndNoOther(t *testing.T) {
	keys := keysOf(300, 2) // even numbers; the odd ones fall between keys
	r := writeTestRun(t, t.TempDir(), 0, keys, true)
	for i, k := range keys {
		v, ok, err := r.get([]byte(k))
		if err != nil || !ok || string(v) != "0:"+k {
			t.Fatalf("get key %d (%q) = %q, %v, %v", i, k, v, ok, err)
		}
	}
	for _, k := range append(keysOf(300, 1)[1:2], "a", "z", keys[0][:5], keys[len(keys)-1]+"\x00") {
		if slices.Contains(keys, k) {
			continue
		}
		if v, ok, err := r.get([]byte(k)); err != nil || ok {
			t.Errorf("get %q, not in the run = %q, %v, %v", k, v, ok, err)
		}
	}
}

func TestRunRefusesKeysOutOfOrder(t *testing.T) {
	rw, err := newRunWriter(filepath.Join(t.TempDir(), "r.run"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.f.Close()
	if err := rw.put([]byte("b"), nil); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"b", "a"} {
		if err := rw.put([]byte(k), nil); err == nil || !strings.Contains(err.Error(), "comes after") {
			t.Errorf("put %q after \"b\": %v, want an order error", k, err)
		}
	}
}

func TestMergeRunsKeepsTheNewestRoundsValue(t *testing.T) {
	dir := t.TempDir()
	all := keysOf(500, 1)
	// Round 0 has every third key from 0, round 1 every other key, round 2 every fifth:
	// overlaps of two and three rounds, and keys only one round has.
	var parts [3][]string
	for i, k := range all {
		for r, step := range []int{3, 2, 5} {
			if i%step == 0 {
				parts[r] = append(parts[r], k)
			}
		}
	}
	var runs []*run
	for r, keys := range parts {
		runs = append(runs, writeTestRun(t, dir, r, keys, false))
	}
	var got memOut
	if err := mergeRunsInto(&got, runs); err != nil {
		t.Fatal(err)
	}
	var want memOut
	for i, k := range all {
		newest := -1
		for r, step := range []int{3, 2, 5} {
			if i%step == 0 {
				newest = r
			}
		}
		if newest >= 0 {
			want.put([]byte(k), []byte(fmt.Sprintf("%d:%s", newest, k)))
		}
	}
	if !slices.Equal(got.keys, want.keys) || !slices.Equal(got.vals, want.vals) {
		t.Fatalf("merged %d keys, want %d; first values %q, want %q", len(got.keys), len(want.keys), got.vals[:5], want.vals[:5])
	}
}

// A load killed before its merge leaves its runs in the store's directory, and the store
// empty; the next import, whichever path it takes, removes them.
func TestImporterRemovesTheRunsOfAKilledImport(t *testing.T) {
	for _, fresh := range []bool{true, false} {
		t.Run(fmt.Sprintf("store empty %v", fresh), func(t *testing.T) {
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				if !fresh {
					mustWrite(t, s, importTestBatches()[0])
				}
				left := filepath.Join(s.dir, runsDirName, "round-000")
				if err := os.MkdirAll(left, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(left, "00-o.run"), []byte("left by a kill"), 0o644); err != nil {
					t.Fatal(err)
				}
				im, err := s.NewImporter(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				defer im.Close()
				if _, err := os.Stat(filepath.Join(s.dir, runsDirName)); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the runs a killed import left are still there (stat: %v)", err)
				}
			})
		})
	}
}

// A kill while an initial import writes its tables leaves part of them in the store, with
// the import's mark. The next read-write open empties the store, so the load runs afresh; a
// read-only open leaves it be. An import that finished leaves no mark.
func TestOpenEmptiesTheStoreAKilledImportLeft(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	im, err := s.NewImporter(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range importTestBatches() {
		im.Add(t.Context(), b) // some are invalid on purpose; the others are stored
	}
	if _, err := im.Close(); err != nil {
		t.Fatal(err)
	}
	if ok, err := hasKeyIn(s, importingKey()); err != nil || ok {
		t.Fatalf("a finished import left its mark (%v, %v)", ok, err)
	}
	// What a kill in the middle of the write leaves: the data so far, and the mark.
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(importingKey(), nil) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ro := DefaultOptions(dir)
	ro.ReadOnly = true
	s, err = Open(ro)
	if err != nil {
		t.Fatalf("read-only open of a killed import: %v", err)
	}
	if empty, err := s.IsEmpty(t.Context()); err != nil || empty {
		t.Errorf("a read-only open emptied the store (empty %v, %v)", empty, err)
	}
	s.Close()
	s, err = Open(DefaultOptions(dir))
	if err != nil {
		t.Fatalf("read-write open of a killed import: %v", err)
	}
	defer s.Close()
	if empty, err := s.IsEmpty(t.Context()); err != nil || !empty {
		t.Errorf("the read-write open left the killed import's data (empty %v, %v)", empty, err)
	}
	if ok, err := hasKeyIn(s, importingKey()); err != nil || ok {
		t.Errorf("the mark is still there after the open emptied the store (%v, %v)", ok, err)
	}
	if ok, err := hasKeyIn(s, schemaKey()); err != nil || !ok {
		t.Errorf("the emptied store has no schema version (%v, %v)", ok, err)
	}
}

// hasKeyIn reads whether s holds key.
func hasKeyIn(s *Store, key []byte) (ok bool, err error) {
	err = s.db.View(func(txn *badger.Txn) error {
		ok, err = hasKey(txn, key)
		return err
	})
	return ok, err
}
