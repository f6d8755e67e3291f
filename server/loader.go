package server

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/entente-kg/entente/graph"
)

// request is the state of one GraphQL request: who is asking, and a cache of the nodes and
// edge lists already read, so that a node named by many edges is read once and sibling
// resolvers share prefetched traversals (see prefetch).
type request struct {
	srv      *Server
	authOK   bool        // the request carried the configured bearer token
	readOnly bool        // GET: mutations refused
	mutation atomic.Bool // a mutation field ran: the answer must not be cached

	mu    sync.Mutex
	nodes map[string]nodeResult
	// edges are shared with the store's page cache (graph.Store.EdgesShared): read only.
	edges map[edgeKey][]graph.Edge

	storeCalls atomic.Int64 // store round-trips, for the batching benchmark
}

type nodeResult struct {
	n   graph.Node
	err error
}

type requestKey struct{}

func withRequest(ctx context.Context, rq *request) context.Context {
	return context.WithValue(ctx, requestKey{}, rq)
}

// requestFrom returns the request state of ctx; resolvers called outside Server.exec (tests
// calling the schema directly) get a fresh one.
func (s *Server) requestFrom(ctx context.Context) *request {
	if rq, ok := ctx.Value(requestKey{}).(*request); ok {
		return rq
	}
	return &request{srv: s}
}

// nodesBatcher is implemented by stores that read many nodes in one transaction; the server
// uses it when graph.Store offers it and falls back to one Node call per id otherwise.
type nodesBatcher interface {
	Nodes(ctx context.Context, ids []string) ([]graph.Node, error)
}

// edgesBatcher is implemented by stores that answer many edge queries in one transaction.
type edgesBatcher interface {
	EdgesBatchShared(ctx context.Context, qs []graph.EdgeQuery) ([]graph.EdgePage, error)
}

// node returns the node id, read once per request.
func (rq *request) node(ctx context.Context, id string) (graph.Node, error) {
	rq.mu.Lock()
	if r, ok := rq.nodes[id]; ok {
		rq.mu.Unlock()
		return r.n, r.err
	}
	rq.mu.Unlock()
	rq.storeCalls.Add(1)
	n, err := rq.srv.store.Node(ctx, id)
	if err != nil && !errors.Is(err, graph.ErrNotFound) {
		return n, err
	}
	rq.mu.Lock()
	if rq.nodes == nil {
		rq.nodes = make(map[string]nodeResult)
	}
	rq.nodes[id] = nodeResult{n, err}
	rq.mu.Unlock()
	return n, err
}

// loadNodes reads the nodes ids not yet cached, in one store call when the store can.
func (rq *request) loadNodes(ctx context.Context, ids []string) error {
	rq.mu.Lock()
	var missing []string
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if _, ok := rq.nodes[id]; !ok && !seen[id] {
			seen[id] = true
			missing = append(missing, id)
		}
	}
	rq.mu.Unlock()
	if len(missing) == 0 {
		return nil
	}
	if b, ok := any(rq.srv.store).(nodesBatcher); ok {
		rq.storeCalls.Add(1)
		ns, err := b.Nodes(ctx, missing)
		if err != nil {
			return err
		}
		rq.mu.Lock()
		if rq.nodes == nil {
			rq.nodes = make(map[string]nodeResult, len(ns))
		}
		for _, n := range ns {
			rq.nodes[n.ID] = nodeResult{n: n}
		}
		for _, id := range missing {
			if _, ok := rq.nodes[id]; !ok {
				rq.nodes[id] = nodeResult{err: graph.ErrNotFound}
			}
		}
		rq.mu.Unlock()
		return nil
	}
	for _, id := range missing {
		if _, err := rq.node(ctx, id); err != nil && !errors.Is(err, graph.ErrNotFound) {
			return err
		}
	}
	return nil
}

// edgeKey identifies an edge query whose whole result is cached: a struct rather than a
// string built per query, since a 2-hop question looks one up per agreement, twice.
type edgeKey struct {
	node       string
	dir        graph.Direction
	types      string // the types joined by commas
	limit      int
	retracted  bool
	noEvidence bool
}

func edgeCacheKey(q graph.EdgeQuery) edgeKey {
	k := edgeKey{node: q.Node, dir: q.Direction, limit: q.Limit, retracted: q.IncludeRetracted, noEvidence: q.WithoutEvidence}
	if len(q.Types) == 1 { // a traversal's usual single type, without joining
		k.types = q.Types[0]
	} else {
		k.types = strings.Join(q.Types, ",")
	}
	return k
}

// edgeList returns the first page of q (q.After must be ""), read once per request.
func (rq *request) edgeList(ctx context.Context, q graph.EdgeQuery) ([]graph.Edge, error) {
	key := edgeCacheKey(q)
	rq.mu.Lock()
	if es, ok := rq.edges[key]; ok {
		rq.mu.Unlock()
		return es, nil
	}
	rq.mu.Unlock()
	rq.storeCalls.Add(1)
	pg, err := rq.srv.store.EdgesShared(ctx, q)
	if err != nil {
		return nil, err
	}
	rq.putEdges(key, pg.Edges)
	return pg.Edges, nil
}

// edgesOnce is edgeList for a page the request reads once (the far ends of a traversal
// written straight from its edges): a page prefetched for it is taken from the request, any
// other is read without being kept, which spares a 1-hop question the request's map.
func (rq *request) edgesOnce(ctx context.Context, q graph.EdgeQuery) ([]graph.Edge, error) {
	rq.mu.Lock()
	es, ok := rq.edges[edgeCacheKey(q)]
	rq.mu.Unlock()
	if ok {
		return es, nil
	}
	rq.storeCalls.Add(1)
	pg, err := rq.srv.store.EdgesShared(ctx, q)
	if err != nil {
		return nil, err
	}
	return pg.Edges, nil
}

func (rq *request) putEdges(key edgeKey, es []graph.Edge) {
	rq.mu.Lock()
	if rq.edges == nil {
		rq.edges = make(map[edgeKey][]graph.Edge)
	}
	rq.edges[key] = es
	rq.mu.Unlock()
}

// prefetchEdges answers the edge queries qs (not yet cached) together — in one store call
// when the store can batch — so that a list of N entities whose children each traverse the
// graph costs one batched read instead of N concurrent ones, then reads the nodes at their
// other ends in one go (when loadOthers).
func (rq *request) prefetchEdges(ctx context.Context, qs []graph.EdgeQuery, loadOthers bool) error {
	var todo []graph.EdgeQuery
	var keys []edgeKey
	rq.mu.Lock()
	for _, q := range qs {
		k := edgeCacheKey(q)
		if _, ok := rq.edges[k]; !ok {
			todo = append(todo, q)
			keys = append(keys, k)
		}
	}
	rq.mu.Unlock()
	if len(todo) == 0 {
		return nil
	}
	var others []string
	if b, ok := any(rq.srv.store).(edgesBatcher); ok {
		rq.storeCalls.Add(1)
		pages, err := b.EdgesBatchShared(ctx, todo)
		if err != nil {
			return err
		}
		for i, pg := range pages {
			rq.putEdges(keys[i], pg.Edges)
			if loadOthers {
				others = appendOthers(others, todo[i].Node, pg.Edges)
			}
		}
	} else {
		for i, q := range todo {
			rq.storeCalls.Add(1)
			pg, err := rq.srv.store.EdgesShared(ctx, q)
			if err != nil {
				return err
			}
			rq.putEdges(keys[i], pg.Edges)
			if loadOthers {
				others = appendOthers(others, q.Node, pg.Edges)
			}
		}
	}
	if !loadOthers {
		return nil
	}
	return rq.loadNodes(ctx, others)
}

// appendOthers appends the far end of each edge seen from node.
func appendOthers(dst []string, node string, es []graph.Edge) []string {
	for i := range es {
		dst = append(dst, otherEnd(node, &es[i]))
	}
	return dst
}

// otherEnd is the end of e that is not node (the target when node is both, a self-loop).
func otherEnd(node string, e *graph.Edge) string {
	if e.Source == node {
		return e.Target
	}
	return e.Source
}
