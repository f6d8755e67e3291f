package graph

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/dgraph-io/badger/v4/table"
	"github.com/dgraph-io/ristretto/v2/z"
)

// ErrDamaged is returned by Open when a database file fails its checksum: flipped bits on
// disk, a bad copy, another program writing into the directory.
var ErrDamaged = errors.New("database file damaged")

// verifyTables reads every block of every table the MANIFEST lists and checks it against the
// checksum Badger stored when it wrote the table. It runs before Badger opens the directory
// because Badger cannot be trusted with a damaged table: its iterators drop a block that
// fails to read as if its keys did not exist (so reads answer wrongly, without an error, and
// a compaction would rewrite the table without them), Table.VerifyChecksum dereferences a
// nil block when a block does not even decompress, and options.OnTableRead makes Badger
// verify in its own goroutines, where that panic kills the process. Checking every block
// costs one read of the LSM tree per Open (BenchmarkVerify; the value log, where article
// texts live, is checked on every read instead, by WithVerifyValueChecksum). A MANIFEST that
// is missing or unreadable is left to badger.Open, whose refusal openError words.
func verifyTables(bo badger.Options) error {
	f, err := os.Open(filepath.Join(bo.Dir, badger.ManifestFilename))
	if err != nil {
		return nil
	}
	defer f.Close()
	m, _, err := badger.ReplayManifestFile(f, bo.ExternalMagicVersion, bo)
	if err != nil {
		// badger.Open replays it again and words its own refusal; openError adds ours.
		return nil
	}
	ids := make([]uint64, 0, len(m.Tables))
	for id := range m.Tables {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// Tables are independent files: one worker per core, and the first damaged table in
	// file order is the one reported, whichever worker finds it first.
	errs := make([]error, len(ids))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(ids)) {
		wg.Go(func() {
			for i := range next {
				tm := m.Tables[ids[i]]
				if tm.KeyID != 0 {
					continue // encrypted: Entente never encrypts, and without the key nothing can be read
				}
				errs[i] = verifyTable(table.NewFilename(ids[i], bo.Dir), tm.Compression, bo)
			}
		})
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// verifyTable checks every block of the table at path. Badger panics on some damage (see
// verifyTables); the panic stays in this goroutine and becomes an error naming the file.
func verifyTable(path string, compression options.CompressionType, bo badger.Options) (err error) {
	mf, err := z.OpenMmapFile(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // badger.Open reports a table the MANIFEST lists but the directory lacks
	}
	if err != nil {
		return fmt.Errorf("graph: open: reading table %s: %w", path, err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("graph: open: table %s: %w (Badger cannot decode it: %v); restore the directory from a backup or load the sources again", path, ErrDamaged, r)
		}
		// OpenTable closes the file itself on most of its errors; closing twice would unmap
		// whatever was mapped at that address since.
		if _, serr := mf.Fd.Stat(); !errors.Is(serr, os.ErrClosed) {
			_ = mf.Close(-1)
		}
	}()
	topt := table.Options{
		ReadOnly:             true,
		BlockSize:            bo.BlockSize,
		BloomFalsePositive:   bo.BloomFalsePositive,
		ChkMode:              options.OnTableRead,
		Compression:          compression,
		ZSTDCompressionLevel: bo.ZSTDCompressionLevel,
	}
	// The table is never released with DecrRef, which deletes the file at zero references:
	// the deferred Close unmaps it instead.
	if _, err := table.OpenTable(mf, topt); err != nil {
		return fmt.Errorf("graph: open: table %s: %w: %w; restore the directory from a backup or load the sources again", path, ErrDamaged, err)
	}
	return nil
}
