package server

import (
	"context"
	"errors"
	"strings"
	"sync"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/entente-kg/entente/graph"
)

// relationResolver answers Relation.
type relationResolver struct {
	srv  *Server
	e    graph.Edge
	full bool // e.Evidence was read (the edge was not listed WithoutEvidence)

	// graphql-go resolves sibling fields (support, evidence, ...) concurrently: the evidence
	// read for the first of them is kept for the others, and e is never written.
	mu       sync.Mutex
	loaded   bool
	evidence []graph.Evidence
}

func (r *relationResolver) ID() graphql.ID { return graphql.ID(r.e.ID) }
func (r *relationResolver) Type() string   { return strings.ToUpper(r.e.Type) }

func (r *relationResolver) end(ctx context.Context, id string) (*entityResolver, error) {
	n, err := r.srv.requestFrom(ctx).node(ctx, id)
	if err != nil {
		return nil, coded(err)
	}
	return r.srv.entity(n), nil
}

func (r *relationResolver) Source(ctx context.Context) (*entityResolver, error) {
	return r.end(ctx, r.e.Source)
}
func (r *relationResolver) Target(ctx context.Context) (*entityResolver, error) {
	return r.end(ctx, r.e.Target)
}

func (r *relationResolver) Place(ctx context.Context) (*entityResolver, error) {
	if r.e.Place == "" {
		return nil, nil
	}
	n, err := r.srv.requestFrom(ctx).node(ctx, r.e.Place)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, coded(err)
	}
	return r.srv.entity(n), nil
}

func (r *relationResolver) Date() *string { return optional(r.e.Date) }
func (r *relationResolver) Modality() string {
	if r.e.Modality == "" {
		return "ASSERTED"
	}
	return strings.ToUpper(string(r.e.Modality))
}

func (r *relationResolver) Cameo() *string  { return optional(r.srv.preds[r.e.Type].CAMEO) }
func (r *relationResolver) Plover() *string { return optional(r.srv.preds[r.e.Type].PLOVER) }

func (r *relationResolver) Retracted() bool        { return r.e.Retracted }
func (r *relationResolver) RetractReason() *string { return optional(r.e.RetractReason) }

// evidenceOf returns the edge's evidence, read once when the edge was listed without it.
func (r *relationResolver) evidenceOf(ctx context.Context) ([]graph.Evidence, error) {
	if r.full {
		return r.e.Evidence, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.loaded {
		return r.evidence, nil
	}
	r.srv.requestFrom(ctx).storeCalls.Add(1)
	e, err := r.srv.store.Edge(ctx, r.e.ID)
	if err != nil {
		return nil, coded(err)
	}
	r.evidence, r.loaded = e.Evidence, true
	return r.evidence, nil
}

func (r *relationResolver) Confidence(ctx context.Context) (float64, error) {
	evs, err := r.evidenceOf(ctx)
	if err != nil {
		return 0, err
	}
	best := 0.0
	for _, ev := range evs {
		if ev.Confidence > best {
			best = ev.Confidence
		}
	}
	return best, nil
}

func (r *relationResolver) Support(ctx context.Context) (int32, error) {
	evs, err := r.evidenceOf(ctx)
	if err != nil {
		return 0, err
	}
	return int32(len(evs)), nil
}

func (r *relationResolver) Evidence(ctx context.Context, a connArgs) (*connection[graph.Evidence, *evidenceResolver], error) {
	evs, err := r.evidenceOf(ctx)
	if err != nil {
		return nil, err
	}
	return r.srv.evidenceConnection(ctx, evs, a)
}

// evidenceResolver answers Evidence.
type evidenceResolver struct {
	srv *Server
	ev  graph.Evidence
}

func (r *evidenceResolver) Quote() string       { return r.ev.Sentence }
func (r *evidenceResolver) ArticleID() *string  { return optional(r.ev.Article) }
func (r *evidenceResolver) Rule() *string       { return optional(r.ev.Rule) }
func (r *evidenceResolver) Confidence() float64 { return r.ev.Confidence }
func (r *evidenceResolver) Date() *string       { return optional(r.ev.Date) }
func (r *evidenceResolver) Span() *spanResolver { return &spanResolver{r.ev.Start, r.ev.End} }
func (r *evidenceResolver) Modality() string {
	if r.ev.Modality == "" {
		return "ASSERTED"
	}
	return strings.ToUpper(string(r.ev.Modality))
}

func (r *evidenceResolver) Article(ctx context.Context) (*entityResolver, error) {
	if r.ev.Article == "" {
		return nil, nil
	}
	a, err := r.srv.store.Article(ctx, r.ev.Article)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, coded(err)
	}
	return r.srv.articleEntity(a), nil
}

func (r *evidenceResolver) ClaimedBy(ctx context.Context) (*entityResolver, error) {
	if r.ev.ClaimedBy == "" {
		return nil, nil
	}
	n, err := r.srv.requestFrom(ctx).node(ctx, r.ev.ClaimedBy)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, coded(err)
	}
	return r.srv.entity(n), nil
}

// spanResolver answers Span.
type spanResolver struct{ start, end int }

func (s *spanResolver) Start() int32 { return int32(s.start) }
func (s *spanResolver) End() int32   { return int32(s.end) }

// articleEntity wraps a stored article as the Article entity, with the id of the article's
// node in the graph (the source of its mentions).
func (s *Server) articleEntity(a graph.Article) *entityResolver {
	n := graph.Node{ID: graph.NodeID(graph.KindArticle, a.ID), Kind: graph.KindArticle, Name: a.ID}
	return &entityResolver{srv: s, n: n, art: &a}
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// evidenceConnection pages through evs in order.
func (s *Server) evidenceConnection(ctx context.Context, evs []graph.Evidence, a connArgs) (*connection[graph.Evidence, *evidenceResolver], error) {
	p, err := paginate(ctx, sliceLister(evs), nil, clamp(int(a.First), s.cfg.MaxFirst), deref(a.After))
	if err != nil {
		return nil, coded(err)
	}
	n := len(evs)
	p.count = func(context.Context) (int, error) { return n, nil }
	return &connection[graph.Evidence, *evidenceResolver]{p: p, wrap: func(ev graph.Evidence) *evidenceResolver {
		return &evidenceResolver{srv: s, ev: ev}
	}}, nil
}

// relationConnection pages through q's edges kept by keep; count, when not nil, answers
// totalCount without a scan.
func (s *Server) relationConnection(ctx context.Context, q graph.EdgeQuery, keep keeper[graph.Edge], count func(context.Context) (int, error), first int32, after *string) (*connection[graph.Edge, *relationResolver], error) {
	full := needsEvidence(ctx)
	q.WithoutEvidence = !full
	list := func(ctx context.Context, after string, limit int) ([]graph.Edge, string, error) {
		qq := q
		qq.After, qq.Limit = after, limit
		pg, err := s.store.Edges(ctx, qq)
		return pg.Edges, pg.Next, err
	}
	if count == nil && keep == nil {
		cq := q
		count = func(ctx context.Context) (int, error) { return s.store.CountEdges(ctx, cq) }
	}
	return s.listRelations(ctx, list, keep, count, full, first, after)
}

// typeRelationConnection pages through every relation of one type (relations(type:) with
// neither source nor target), through the store's per-type index.
func (s *Server) typeRelationConnection(ctx context.Context, q graph.TypeQuery, keep keeper[graph.Edge], first int32, after *string) (*connection[graph.Edge, *relationResolver], error) {
	full := needsEvidence(ctx)
	q.WithoutEvidence = !full
	list := func(ctx context.Context, after string, limit int) ([]graph.Edge, string, error) {
		qq := q
		qq.After, qq.Limit = after, limit
		pg, err := s.store.EdgesByType(ctx, qq)
		return pg.Edges, pg.Next, err
	}
	var count func(context.Context) (int, error)
	if keep == nil {
		cq := q
		count = func(ctx context.Context) (int, error) { return s.store.CountEdgesByType(ctx, cq) }
	}
	return s.listRelations(ctx, list, keep, count, full, first, after)
}

// listRelations is the connection both relation listings share.
func (s *Server) listRelations(ctx context.Context, list func(context.Context, string, int) ([]graph.Edge, string, error), keep keeper[graph.Edge], count func(context.Context) (int, error), full bool, first int32, after *string) (*connection[graph.Edge, *relationResolver], error) {
	p, err := paginate(ctx, list, keep, clamp(int(first), s.cfg.MaxFirst), deref(after))
	if err != nil {
		return nil, coded(err)
	}
	if count != nil {
		p.count = count
	}
	rq := s.requestFrom(ctx)
	if len(p.items) > 1 && (graphql.HasSelectedField(ctx, "edges.node.source") || graphql.HasSelectedField(ctx, "edges.node.target") ||
		graphql.HasSelectedField(ctx, "nodes.source") || graphql.HasSelectedField(ctx, "nodes.target")) {
		ids := make([]string, 0, 2*len(p.items))
		for _, e := range p.items {
			ids = append(ids, e.Source, e.Target)
		}
		if err := rq.loadNodes(ctx, ids); err != nil {
			return nil, coded(err)
		}
	}
	return &connection[graph.Edge, *relationResolver]{p: p, wrap: func(e graph.Edge) *relationResolver {
		return &relationResolver{srv: s, e: e, full: full}
	}}, nil
}

// needsEvidence reports whether a relation connection's selection reads evidence, so that
// listing can skip it otherwise.
func needsEvidence(ctx context.Context) bool {
	for _, p := range []string{"edges.node.", "nodes."} {
		for _, f := range []string{"evidence", "confidence", "support"} {
			if graphql.HasSelectedField(ctx, p+f) {
				return true
			}
		}
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
