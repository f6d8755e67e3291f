package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// tableRSS is how many kB of dir's table files this process has resident, from smaps.
func tableRSS(t *testing.T, dir string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	total, inTable := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			inTable = len(fields) >= 6 && strings.HasSuffix(fields[5], ".sst") && filepath.Dir(fields[5]) == abs
		case inTable && len(fields) == 3 && fields[0] == "Rss:":
			kb, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Fatal(err)
			}
			total += kb
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

func TestReleaseTablePagesLeavesTablesOutOfRSS(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	im, err := s.NewImporter(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	g := newBenchGraph(20_000, 10)
	for i := range 50_000 {
		if _, err := im.Add(t.Context(), g.fact(i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := im.Close(); err != nil {
		t.Fatal(err)
	}
	// Read every value, so that the tables are resident again.
	keys := 0
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if _, err := it.Item().ValueCopy(nil); err != nil {
				return err
			}
			keys++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	before := tableRSS(t, dir)
	if err := releaseTablePages(dir); err != nil {
		t.Fatal(err)
	}
	after := tableRSS(t, dir)
	t.Logf("%d keys; tables resident: %d kB before, %d kB after", keys, before, after)
	if before < 1024 {
		t.Fatalf("reading %d keys left only %d kB of tables resident; the test needs more", keys, before)
	}
	if after > before/4 {
		t.Errorf("after releaseTablePages %d kB of %d kB stay resident", after, before)
	}
	// The store reads the same afterwards.
	again := 0
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			again++
		}
		return nil
	})
	if err != nil || again != keys {
		t.Errorf("after release the store holds %d keys (%v), before %d", again, err, keys)
	}
}
