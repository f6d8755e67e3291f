package graph

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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

// While a stream import runs, its tables' pages go back to the kernel without waiting for
// the import to do anything: a goroutine, which the importer starts and Close stops,
// releases them every releaseEvery. (The import writes its tables while Close merges its
// rounds, and Badger reads them again as it compacts.)
func TestStreamImportReleasesTablePagesOnItsOwn(t *testing.T) {
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
	if im.stream == nil || im.stopRelease == nil {
		t.Fatal("the importer into an empty store does not stream, or releases no pages")
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
	if im.stopRelease != nil {
		t.Error("Close left the page release running")
	}
	// Reading every value makes the tables resident, as Badger's compactions do, unless
	// something hands them back. The release goroutine may do so while the values are
	// read, so the test compares with the tables' size rather than with what is resident
	// after reading.
	total := int(tableBytes(t, dir) >> 10)
	if total < 1024 {
		t.Fatalf("only %d kB of tables written; the test needs more", total)
	}
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if _, err := it.Item().ValueCopy(nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if resident := tableRSS(t, dir); resident <= total/4 {
		t.Fatalf("only %d kB of %d kB of tables are resident after reading them all; the test needs more", resident, total)
	}
	stop := startPageRelease(dir, releaseEvery)
	defer stop()
	// Only the release goroutine can bring RSS down. The deadline is generous (a loaded
	// machine may delay the goroutine), the check passes as soon as it holds.
	resident := total
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if resident = tableRSS(t, dir); resident <= total/4 {
			break
		}
	}
	t.Logf("tables: %d kB written and read, %d kB resident later", total, resident)
	if resident > total/4 {
		t.Errorf("%d kB of %d kB of tables stay resident while the release runs", resident, total)
	}
}

// tableBytes is the size of dir's table files.
func tableBytes(t *testing.T, dir string) int64 {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.sst"))
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		n += fi.Size()
	}
	return n
}
