package graph

import (
	"context"
	"errors"
	"log/slog"
)

// CONTRACT FILE: signatures agreed between packages. The graph helper implements the bodies
// (and may split this file), keeping these signatures; extra methods are welcome.

var errTODO = errors.New("graph: not implemented yet")

// Options configures a Store. DefaultOptions gives values sized for a small machine.
type Options struct {
	Dir              string // database directory; ignored when InMemory
	InMemory         bool   // keep everything in memory (tests)
	ReadOnly         bool
	MemTableSize     int64 // bytes per memtable
	BlockCacheSize   int64 // bytes
	IndexCacheSize   int64 // bytes
	NumMemtables     int
	ValueLogFileSize int64
	Logger           *slog.Logger // nil: discard Badger's logs
}

// DefaultOptions returns options for dir sized for a 2-core, few-GiB machine.
func DefaultOptions(dir string) Options { return Options{Dir: dir} }

// Store is Entente's graph persisted in Badger. It is safe for concurrent use.
type Store struct{}

// Open opens (creating if needed) the store. A directory held by another process gives an
// error wrapping ErrLocked that names the directory.
func Open(opts Options) (*Store, error) { return nil, errTODO }

// Close flushes and closes the store.
func (s *Store) Close() error { return errTODO }

// NodeID is the stable id of the node of this kind and canonical name.
func NodeID(kind Kind, name string) string { return "" }

// EdgeID is the stable id of the edge source —predicate→ target (symmetric predicates ordered).
func EdgeID(source, predicate, target string) string { return "" }

// Batch is one atomic write: an optional article and the nodes and edges found in it (or
// curated). Nodes merge by ID (aliases unioned, props added); edges merge by ID (evidence
// added, deduplicated by article+sentence span+rule).
type Batch struct {
	Article *Article
	Nodes   []Node
	Edges   []Edge
}

// WriteSummary counts what a Write changed.
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

// Write stores b atomically. When b.Article is already stored, nothing is written and the
// summary says ArticlesSkipped=1. Edges must name nodes present in the batch or the store.
func (s *Store) Write(ctx context.Context, b *Batch) (WriteSummary, error) {
	return WriteSummary{}, errTODO
}

// Node returns the node with id, or ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (Node, error) { return Node{}, errTODO }

// FindByName returns the nodes whose name or alias equals name case-insensitively (a leading
// "the " ignored), restricted to kinds when given, best match (canonical name) first.
func (s *Store) FindByName(ctx context.Context, name string, kinds ...Kind) ([]Node, error) {
	return nil, errTODO
}

// SearchNames returns nodes whose name or an alias starts with prefix (case-insensitive).
func (s *Store) SearchNames(ctx context.Context, prefix string, kinds []Kind, limit int) ([]Node, error) {
	return nil, errTODO
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

// Edges returns one page of q.Node's edges, ordered by (direction, type, other node id).
func (s *Store) Edges(ctx context.Context, q EdgeQuery) (EdgePage, error) { return EdgePage{}, errTODO }

// CountEdges counts q's edges without paging (After and Limit are ignored).
func (s *Store) CountEdges(ctx context.Context, q EdgeQuery) (int, error) { return 0, errTODO }

// Edge returns the edge with id, or ErrNotFound.
func (s *Store) Edge(ctx context.Context, id string) (Edge, error) { return Edge{}, errTODO }

// NodePage is one page of nodes; Next is "" on the last page.
type NodePage struct {
	Nodes []Node
	Next  string
}

// NodesByKind pages through the nodes of one kind in id order.
func (s *Store) NodesByKind(ctx context.Context, kind Kind, after string, limit int) (NodePage, error) {
	return NodePage{}, errTODO
}

// Article returns the article with id, or ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (Article, error) { return Article{}, errTODO }

// ArticlePage is one page of articles; Next is "" on the last page.
type ArticlePage struct {
	Articles []Article
	Next     string
}

// Articles pages through the stored articles in id order.
func (s *Store) Articles(ctx context.Context, after string, limit int) (ArticlePage, error) {
	return ArticlePage{}, errTODO
}

// Stats counts nodes per kind, edges per type, and articles.
type Stats struct {
	Nodes    map[Kind]int
	Edges    map[string]int
	Articles int
}

// Stats returns the current counts.
func (s *Store) Stats(ctx context.Context) (Stats, error) { return Stats{}, errTODO }

// Retract hides edge id from reads (unless IncludeRetracted), recording reason.
func (s *Store) Retract(ctx context.Context, id, reason string) error { return errTODO }
