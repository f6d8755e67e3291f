package graph

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dgraph-io/badger/v4"
)

// schemaVersion is the on-disk layout this code writes (see keys.go and codec.go). Version 2
// added the word-index posting keys (postings.go); a version-1 store holds only keys version 2
// also reads, so Open accepts it and, when writable, stamps it 2 before anything writes
// postings into it: an older entente then refuses the store instead of searching it without
// the postings' words.
const schemaVersion = "2"

// upgradableVersion is the older layout Open takes over (see schemaVersion).
const upgradableVersion = "1"

// Store is Entente's graph persisted in Badger. It is safe for concurrent use: reads run in
// parallel on Badger snapshots; writes (Write, Retract, an Importer) are serialised.
type Store struct {
	db       *badger.DB
	dir      string
	readOnly bool
	preds    map[string]Predicate // by name; its keys double as interned predicate strings
	noStream bool                 // Options.NoStreamImport
	minFree  int64                // bytes a write needs free on the file system; 0 in memory
	log      *slog.Logger         // Options.Logger: Badger's messages and the store's own; may be nil

	wmu sync.Mutex    // serialises writers, so merges read what the previous writer wrote
	gen atomic.Uint64 // bumped (under cacheMu) after every commit; see cache.go

	cacheMu    sync.RWMutex
	cache      map[string]Node // decoded nodes by id; see cache.go
	cacheMax   int
	names      map[string][]string // normalized name → node ids of its alias-index entries
	namesGen   uint64              // the write generation names was filled at
	pages      map[string]EdgePage // evidence-free Edges pages by query; see cache.go
	pagesGen   uint64
	pagesBytes int64 // pageCost of every page held
	pageBudget int64 // Options.PageCacheSize; no page is kept when <= 0

	statsMu  sync.Mutex
	statsGen uint64
	stats    *Stats
}

// Open opens (creating if needed) the store. A directory held by another process gives an
// error wrapping ErrLocked that names the directory. A database of an unknown schema version
// gives an error wrapping ErrSchemaVersion. A table file that fails its checksums gives an
// error wrapping ErrDamaged that names the file, before Badger reads from it (see
// verifyTables).
func Open(opts Options) (*Store, error) {
	dir := opts.Dir
	if err := opts.Compression.check(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", dir, err)
	}
	if !opts.InMemory {
		if err := checkDir(dir, opts.ReadOnly); err != nil {
			return nil, err
		}
	}
	if !opts.InMemory {
		// Read-only, as when a writer was killed (below), the open may write to recover;
		// when it cannot, Badger's own error says why.
		if err := removeEmptyLogs(dir); err != nil && !opts.ReadOnly {
			return nil, err
		}
	}
	if !opts.InMemory && !opts.NoVerify {
		if err := verifyTables(opts.badgerOptions()); err != nil {
			return nil, err
		}
	}
	db, err := badger.Open(opts.badgerOptions())
	if err != nil && opts.ReadOnly && !opts.InMemory && strings.Contains(err.Error(), "Log truncate required") {
		// A writer was killed: Badger replays its log only when it may write. Recover once
		// read-write (it trims the unwritten tail of the log, losing nothing committed), then
		// open read-only as asked. If a writer still holds the directory, that open says so.
		db, err = recoverThenOpen(opts)
	}
	if err != nil {
		return nil, openError(dir, err)
	}
	s := &Store{db: db, dir: dir, readOnly: opts.ReadOnly, preds: make(map[string]Predicate),
		cache: make(map[string]Node), cacheMax: opts.NodeCacheSize, pageBudget: opts.PageCacheSize,
		noStream: opts.NoStreamImport, log: opts.Logger}
	if s.cacheMax == 0 {
		s.cacheMax = defaultNodeCacheSize
	}
	if s.pageBudget == 0 {
		s.pageBudget = defaultPageCacheSize
	}
	if !opts.InMemory {
		// One memtable's log plus room for Badger's own files.
		s.minFree = opts.memTableSize() + 8<<20
	}
	for _, p := range Predicates() {
		s.preds[p.Name] = p
	}
	if err := s.dropInterruptedImport(); err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := s.checkSchema(); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// dropInterruptedImport empties a store an initial import was killed writing (it still has
// importingKey): such a store holds index keys whose records may be missing, and the load
// that was interrupted puts everything back when it runs again. Read-only, it only warns.
func (s *Store) dropInterruptedImport() error {
	interrupted := false
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(importingKey())
		switch {
		case err == nil:
			interrupted = true
		case !errors.Is(err, badger.ErrKeyNotFound):
			return err
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: open %s: read the import mark: %w", s.dir, err)
	}
	if !interrupted {
		return nil
	}
	if s.readOnly {
		s.logf(slog.LevelWarn, "the database holds part of an initial import that was killed; its reads may fail until a read-write open (entente load or serve) empties it")
		return nil
	}
	s.logf(slog.LevelWarn, "emptying the database: it holds part of an initial import that was killed, which the load puts back when it runs again")
	if err := s.db.DropAll(); err != nil {
		return fmt.Errorf("graph: open %s: empty the part of a killed import: %w", s.dir, err)
	}
	return nil
}

// removeEmptyLogs deletes value-log and memtable-log files of zero bytes. Badger creates
// such a log and then sizes it and writes its header; a process killed in between (at Open,
// when a stream import's Prepare empties the store and starts the logs over, or when Open
// empties what a killed import left) leaves an empty file, which Badger v4.9.6 then refuses
// to open ("Create a new file"), making the whole directory unreadable. Such a file holds
// nothing, not even its header, so removing it loses nothing; Badger creates the logs it needs.
func removeEmptyLogs(dir string) error {
	var logs []string
	for _, pattern := range []string{"*.vlog", "*.mem"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return fmt.Errorf("graph: open %s: %w", dir, err)
		}
		logs = append(logs, m...)
	}
	for _, p := range logs {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
			if err := os.Remove(p); err != nil {
				return fmt.Errorf("graph: open %s: removing the empty log a killed writer left: %w", dir, err)
			}
		}
	}
	return nil
}

// recoverThenOpen opens the directory read-write once to replay an unclean shutdown, closes
// it, and opens it again with opts.
func recoverThenOpen(opts Options) (*badger.DB, error) {
	rw := opts
	rw.ReadOnly = false
	db, err := badger.Open(rw.badgerOptions())
	if err != nil {
		return nil, err
	}
	if err := db.Close(); err != nil {
		return nil, err
	}
	return badger.Open(opts.badgerOptions())
}

// checkDir gives clear errors for the directory problems Badger reports obscurely.
func checkDir(dir string, readOnly bool) error {
	if dir == "" {
		return fmt.Errorf("graph: open: %w: no database directory given", ErrInvalid)
	}
	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return fmt.Errorf("graph: open %s: not a directory", dir)
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrNotExist) && readOnly:
		return fmt.Errorf("graph: open %s read-only: directory does not exist: %w", dir, err)
	case errors.Is(err, fs.ErrNotExist):
		parent := filepath.Dir(filepath.Clean(dir))
		if _, perr := os.Stat(parent); perr != nil {
			return fmt.Errorf("graph: cannot create database directory %s: parent directory %s: %w", dir, parent, perr)
		}
		return nil
	default:
		return fmt.Errorf("graph: open %s: %w", dir, err)
	}
}

// openError turns Badger's open errors into ones that say what to do. Badger flattens its
// errors to text (y.Wrapf), so the lock case is recognised by its message; TestOpenLocked
// pins that down for the Badger version in go.mod.
func openError(dir string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Cannot acquire directory lock"):
		return fmt.Errorf("graph: open %s: %w; stop the other entente process using it, or use another --data-dir", dir, ErrLocked)
	case strings.Contains(msg, "read-only file system"):
		return fmt.Errorf("graph: open %s: the file system is read-only; use a --data-dir on a writable one (or a read-only command such as stats): %w", dir, err)
	case strings.Contains(msg, "Log truncate required"):
		// Badger replays an unclean shutdown's log only when it may write.
		return fmt.Errorf("graph: open %s: the database was not closed cleanly and cannot be recovered read-only; open it once read-write (entente serve or load) to recover it: %w", dir, err)
	case errors.Is(err, fs.ErrPermission) || strings.Contains(msg, "permission denied"):
		return fmt.Errorf("graph: open %s: permission denied (check the directory's owner and mode): %w", dir, err)
	default:
		return fmt.Errorf("graph: open %s: the directory is not a readable Entente database (damaged, or another program's files?): %w", dir, err)
	}
}

// checkSchema stamps a new database with schemaVersion, upgrades a writable version-1 one,
// and refuses databases of another version, or non-empty ones without a version.
func (s *Store) checkSchema() error {
	var version []byte
	empty := true
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(schemaKey())
		if err == nil {
			version, err = item.ValueCopy(nil)
			return err
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		it := txn.NewIterator(opts)
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: open %s: read schema version: %w", s.dir, err)
	}
	switch {
	case bytes.Equal(version, []byte(upgradableVersion)) && s.readOnly:
		return nil
	case bytes.Equal(version, []byte(upgradableVersion)):
		// Stamped below: from now on this store may hold postings.
	case version != nil && !bytes.Equal(version, []byte(schemaVersion)):
		return fmt.Errorf("graph: open %s: %w %q (this entente reads versions %s and %s; use the entente release that wrote it, or load into a new --data-dir)",
			s.dir, ErrSchemaVersion, version, upgradableVersion, schemaVersion)
	case version != nil:
		return nil
	case !empty:
		return fmt.Errorf("graph: open %s: %w: the database has data but no schema version; it was not written by entente", s.dir, ErrSchemaVersion)
	case s.readOnly:
		return nil
	}
	err = s.db.Update(func(txn *badger.Txn) error { return txn.Set(schemaKey(), []byte(schemaVersion)) })
	if err != nil {
		return fmt.Errorf("graph: open %s: write schema version: %w", s.dir, err)
	}
	return nil
}

// Close flushes and closes the store.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("graph: close %s: %w", s.dir, err)
	}
	return nil
}

// Batch is one atomic write: an optional article and the nodes and edges found in it (or
// curated). Nodes merge by ID (aliases unioned, props added); edges merge by ID (evidence
// added, deduplicated by article+sentence span+rule).
type Batch struct {
	Article *Article
	Nodes   []Node
	Edges   []Edge
}

// WriteSummary counts what a Write changed. A node or edge counts once per Write however
// often the batch repeats it: new when the store did not have it, merged otherwise.
type WriteSummary struct {
	ArticlesNew, ArticlesSkipped int
	NodesNew, NodesMerged        int
	EdgesNew, EdgesMerged        int
	EvidenceNew                  int
}

// Add adds other's counts to s.
func (s *WriteSummary) Add(other WriteSummary) {
	s.ArticlesNew += other.ArticlesNew
	s.ArticlesSkipped += other.ArticlesSkipped
	s.NodesNew += other.NodesNew
	s.NodesMerged += other.NodesMerged
	s.EdgesNew += other.EdgesNew
	s.EdgesMerged += other.EdgesMerged
	s.EvidenceNew += other.EvidenceNew
}

// Direction selects out-edges, in-edges or both.
type Direction int

// Directions.
const (
	Out Direction = iota
	In
	Both
)

// EdgeQuery selects edges of one node.
type EdgeQuery struct {
	Node             string
	Direction        Direction
	Types            []string // empty: all
	After            string   // cursor from a previous page
	Limit            int      // <= 0: no limit
	IncludeRetracted bool
	WithoutEvidence  bool // skip reading evidence (faster); Edge.Evidence stays nil
}

// EdgePage is one page of edges; Next is "" on the last page.
type EdgePage struct {
	Edges []Edge
	Next  string
}

// NodePage is one page of nodes; Next is "" on the last page.
type NodePage struct {
	Nodes []Node
	Next  string
}

// ArticlePage is one page of articles; Next is "" on the last page.
type ArticlePage struct {
	Articles []Article
	Next     string
}

// Stats counts nodes per kind, edges per type (retracted ones left out), and articles.
type Stats struct {
	Nodes    map[Kind]int
	Edges    map[string]int
	Articles int
}
