package graph

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Options configures a Store. DefaultOptions gives values sized for a small machine; zero
// sizes fall back to those defaults.
type Options struct {
	Dir              string // database directory; ignored when InMemory
	InMemory         bool   // keep everything in memory (tests)
	ReadOnly         bool
	MemTableSize     int64 // bytes per memtable; default 64 MiB (a Write may hold ~15 % of it)
	BlockCacheSize   int64 // bytes; default 128 MiB
	IndexCacheSize   int64 // bytes; default 64 MiB; negative keeps every table index in memory
	NumMemtables     int   // default 3
	ValueLogFileSize int64 // default 256 MiB
	// NodeCacheSize is how many decoded nodes reads keep in memory (default 100 000, about
	// 20-50 MiB); negative turns the cache off. Writes invalidate what they change.
	NodeCacheSize int
	// PageCacheSize bounds, in bytes, the decoded pages of evidence-free edge queries reads
	// keep until the next write (default 256 MiB, some 900 000 edges); negative turns it
	// off. A question asked again, or about the same nodes, then reads no table at all: a
	// 2-hop question whose pages are all held costs a seventh of one that reads them
	// (BENCHMARKS.md, session 11).
	PageCacheSize int64
	// NoStreamImport makes an Importer into an empty store use the batch path, as it
	// does for a non-empty one, instead of buffering the import and writing it with a
	// StreamWriter at Close (see NewImporter). Tests and benchmarks compare the two.
	NoStreamImport bool
	// NoVerify skips the checksum checks that keep a damaged file from giving wrong answers:
	// every table's blocks at Open, every value-log value on read (see verifyTables). Only
	// benchmarks, which measure what the checks cost, should set it.
	NoVerify bool
	// Compression is how tables written from now on are compressed; tables already on disk
	// keep theirs until a compaction rewrites them. "" means CompressionSnappy.
	Compression Compression
	// Logger receives Badger's messages: its info chatter at Debug, warnings and errors at
	// their levels. nil discards them.
	Logger *slog.Logger
}

// Compression names a table compression. Snappy makes a store about a third of its size
// uncompressed; None makes a block that misses the block cache a slice of the mapped file,
// with no decompression and no copy on the heap, which a store much larger than the block
// cache feels on every question (BENCHMARKS.md, session 8).
type Compression string

// The compressions a store accepts.
const (
	CompressionSnappy Compression = "snappy"
	CompressionNone   Compression = "none"
	CompressionZSTD   Compression = "zstd"
)

// badger maps c onto Badger's compression type; ok is false for a name it does not know.
func (c Compression) badger() (t options.CompressionType, ok bool) {
	switch c {
	case "", CompressionSnappy:
		return options.Snappy, true
	case CompressionNone:
		return options.None, true
	case CompressionZSTD:
		return options.ZSTD, true
	}
	return options.None, false
}

// check refuses a name the store does not know ("" is the default).
func (c Compression) check() error {
	if _, ok := c.badger(); !ok {
		return fmt.Errorf("compression must be snappy, none or zstd, got %q", string(c))
	}
	return nil
}

// ParseCompression reads a compression name: snappy, none or zstd.
func ParseCompression(s string) (Compression, error) {
	c := Compression(s)
	if s == "" {
		c = "(empty)" // a setting given but blank is a mistake, not the default
	}
	if err := c.check(); err != nil {
		return "", err
	}
	return c, nil
}

// Defaults of DefaultOptions. Badger's own defaults (64 MiB × 5 memtables, 256 MiB block
// cache, 1 GiB value log files) reserve more than half a GiB before any data; these keep a
// store within ~450 MiB on a 2-core, few-GiB machine. Memtables of 64 MiB rather than 32: a
// text load into a store that holds data then flushes half as many tables and compacts them
// half as often (BENCHMARKS.md, session 12). Two of 64 MiB instead of three gained nothing.
const (
	defaultMemTableSize     = 64 << 20
	defaultBlockCacheSize   = 128 << 20
	defaultIndexCacheSize   = 64 << 20
	defaultNumMemtables     = 3
	defaultValueLogFileSize = 256 << 20
	defaultNodeCacheSize    = 100_000
	defaultPageCacheSize    = 256 << 20
	// Values at least this long (article texts) go to the value log; smaller ones (nodes,
	// edge heads, evidence) stay in the LSM tree next to their keys, so scans read them
	// without a second seek.
	valueThreshold = 4 << 10
)

// DefaultOptions returns options for dir sized for a 2-core, few-GiB machine.
func DefaultOptions(dir string) Options {
	return Options{
		Dir:              dir,
		MemTableSize:     defaultMemTableSize,
		BlockCacheSize:   defaultBlockCacheSize,
		IndexCacheSize:   defaultIndexCacheSize,
		NumMemtables:     defaultNumMemtables,
		ValueLogFileSize: defaultValueLogFileSize,
		NodeCacheSize:    defaultNodeCacheSize,
		PageCacheSize:    defaultPageCacheSize,
	}
}

// memTableSize is the memtable size o asks for, or the default.
func (o Options) memTableSize() int64 {
	if o.MemTableSize > 0 {
		return o.MemTableSize
	}
	return defaultMemTableSize
}

// badgerOptions translates o into Badger's options.
func (o Options) badgerOptions() badger.Options {
	d := DefaultOptions(o.Dir)
	if o.MemTableSize > 0 {
		d.MemTableSize = o.MemTableSize
	}
	if o.BlockCacheSize > 0 {
		d.BlockCacheSize = o.BlockCacheSize
	}
	if o.IndexCacheSize > 0 {
		d.IndexCacheSize = o.IndexCacheSize
	} else if o.IndexCacheSize < 0 {
		d.IndexCacheSize = 0
	}
	if o.NumMemtables > 0 {
		d.NumMemtables = o.NumMemtables
	}
	if o.ValueLogFileSize > 0 {
		d.ValueLogFileSize = o.ValueLogFileSize
	}
	dir := o.Dir
	if o.InMemory {
		dir = ""
	}
	compression, _ := o.Compression.badger() // Open refused unknown names
	bo := badger.DefaultOptions(dir).
		WithCompression(compression).
		WithInMemory(o.InMemory).
		WithReadOnly(o.ReadOnly).
		WithMemTableSize(d.MemTableSize).
		WithBlockCacheSize(d.BlockCacheSize).
		WithIndexCacheSize(d.IndexCacheSize).
		WithNumMemtables(d.NumMemtables).
		WithValueLogFileSize(d.ValueLogFileSize).
		WithValueThreshold(min(valueThreshold, d.MemTableSize/10)).
		WithNumCompactors(2).
		WithNumGoroutines(2).
		WithMetricsEnabled(false).
		// Tables at the last level (and every table of a stream import) are 32 times this,
		// counted compressed. Badger builds a table on the Go heap: its uncompressed blocks
		// (some three times the table here) and room for their compressed copies, in an
		// allocator that starts at twice the table's size and doubles as it fills; it keeps
		// up to 8 such allocators pooled and up to 16 tables in flight. 256 KiB gives 8 MiB
		// tables and 48-112 MiB builders, half of what 512 KiB gave: a 2 M-fact import then
		// peaked at 888 MB of live heap instead of 1 124 MB, for less CPU (BENCHMARKS.md,
		// session 4).
		WithBaseTableSize(256 << 10).
		// Store serialises its writers, so Badger's conflict detection would only cost time.
		WithDetectConflicts(false).
		// Article texts live in the value log; a CRC over each one read costs far less than
		// serving a damaged text as if it were the article.
		WithVerifyValueChecksum(!o.NoVerify).
		WithLogger(nil)
	if o.Logger != nil {
		bo = bo.WithLogger(slogAdapter{o.Logger})
	}
	return bo
}

// slogAdapter passes Badger's printf-style logs to slog. Badger logs every compaction and
// flush at info level, so those go to Debug.
type slogAdapter struct{ l *slog.Logger }

func (a slogAdapter) log(level slog.Level, format string, args ...any) {
	if !a.l.Enabled(context.Background(), level) {
		return
	}
	a.l.Log(context.Background(), level, strings.TrimRight(fmt.Sprintf(format, args...), "\n"), "component", "badger")
}

func (a slogAdapter) Errorf(f string, v ...any) { a.log(slog.LevelError, f, v...) }
func (a slogAdapter) Warningf(f string, v ...any) {
	level := slog.LevelWarn
	if isCacheReport(f, v) {
		level = slog.LevelDebug
	}
	a.log(level, f, v...)
}

func (a slogAdapter) Infof(f string, v ...any)  { a.log(slog.LevelDebug, f, v...) }
func (a slogAdapter) Debugf(f string, v ...any) { a.log(slog.LevelDebug-4, f, v...) }

// isCacheReport tells Badger's once-a-minute cache reports ("Block cache might be too small",
// "Cache life expectancy"), which it logs as warnings, from real ones. A bulk load
// or a store much larger than the cache misses by design, so they go to Debug: a 10 M-fact
// load would otherwise print a screenful every minute.
func isCacheReport(format string, args []any) bool {
	return strings.HasPrefix(format, "Cache life expectancy") ||
		strings.HasPrefix(format, "%s might be too small") && len(args) > 0 && strings.HasSuffix(fmt.Sprint(args[0]), "cache")
}
