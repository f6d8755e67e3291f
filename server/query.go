package server

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/entente-kg/entente/graph"
)

// resolver is the root of the schema: Query and Mutation fields.
type resolver struct{ srv *Server }

// maxNameLen bounds a name argument; longer ones cannot be a stored name worth a lookup.
const maxNameLen = 1000

func checkName(arg, name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return newCoded(CodeBadUserInput, "%s: empty name", arg)
	case len(name) > maxNameLen:
		return newCoded(CodeBadUserInput, "%s: name is %d bytes long (at most %d)", arg, len(name), maxNameLen)
	case !utf8.ValidString(name):
		return newCoded(CodeBadUserInput, "%s: name is not valid UTF-8", arg)
	}
	return nil
}

var actorKinds = []graph.Kind{graph.KindPerson, graph.KindState, graph.KindOrganization}

// find returns the best node named name among kinds, or ok=false.
func (s *Server) find(ctx context.Context, arg, name string, kinds ...graph.Kind) (graph.Node, bool, error) {
	if err := checkName(arg, name); err != nil {
		return graph.Node{}, false, err
	}
	s.requestFrom(ctx).storeCalls.Add(1)
	// The node is shared with the store's cache; resolvers only read it.
	n, ok, err := s.store.FindBest(ctx, name, kinds...)
	if err != nil {
		return graph.Node{}, false, coded(err)
	}
	return n, ok, nil
}

func (r *resolver) Actor(ctx context.Context, a struct{ Name string }) (*entityResolver, error) {
	n, ok, err := r.srv.find(ctx, "actor(name)", a.Name, actorKinds...)
	if !ok {
		return nil, err
	}
	return r.srv.entity(n), nil
}

func (r *resolver) Entity(ctx context.Context, a struct {
	Name string
	Kind *string
}) (*entityResolver, error) {
	var kinds []graph.Kind
	if a.Kind != nil {
		k, err := graph.ParseKind(*a.Kind)
		if err != nil {
			return nil, coded(err)
		}
		kinds = append(kinds, k)
	}
	n, ok, err := r.srv.find(ctx, "entity(name)", a.Name, kinds...)
	if !ok {
		return nil, err
	}
	return r.srv.entity(n), nil
}

func (r *resolver) Agreement(ctx context.Context, a struct{ Name string }) (*entityResolver, error) {
	n, ok, err := r.srv.find(ctx, "agreement(name)", a.Name, graph.KindAgreement)
	if !ok {
		return nil, err
	}
	return r.srv.entity(n), nil
}

// nodeResolver answers the Node interface: an entity, a relation or an article.
type nodeResolver struct {
	ent *entityResolver
	rel *relationResolver
}

func (n *nodeResolver) ID() graphql.ID {
	if n.rel != nil {
		return n.rel.ID()
	}
	return n.ent.ID()
}
func (n *nodeResolver) ToRelation() (*relationResolver, bool) { return n.rel, n.rel != nil }
func (n *nodeResolver) entityOf(k graph.Kind) (*entityResolver, bool) {
	if n.ent == nil || n.ent.n.Kind != k {
		return nil, false
	}
	return n.ent, true
}
func (n *nodeResolver) ToPerson() (*entityResolver, bool) { return n.entityOf(graph.KindPerson) }
func (n *nodeResolver) ToState() (*entityResolver, bool)  { return n.entityOf(graph.KindState) }
func (n *nodeResolver) ToOrganization() (*entityResolver, bool) {
	return n.entityOf(graph.KindOrganization)
}
func (n *nodeResolver) ToAgreement() (*entityResolver, bool) { return n.entityOf(graph.KindAgreement) }
func (n *nodeResolver) ToAttack() (*entityResolver, bool)    { return n.entityOf(graph.KindAttack) }
func (n *nodeResolver) ToPlace() (*entityResolver, bool)     { return n.entityOf(graph.KindPlace) }
func (n *nodeResolver) ToArticle() (*entityResolver, bool)   { return n.entityOf(graph.KindArticle) }

// Node finds id among nodes, then relations, then articles.
func (r *resolver) Node(ctx context.Context, a struct{ ID graphql.ID }) (*nodeResolver, error) {
	id := string(a.ID)
	if err := checkName("node(id)", id); err != nil {
		return nil, err
	}
	s := r.srv
	n, err := s.requestFrom(ctx).node(ctx, id)
	if err == nil {
		return &nodeResolver{ent: s.entity(n)}, nil
	}
	if !errors.Is(err, graph.ErrNotFound) {
		return nil, coded(err)
	}
	e, err := s.store.Edge(ctx, id)
	if err == nil {
		return &nodeResolver{rel: &relationResolver{srv: s, e: e, full: true}}, nil
	}
	// Any other answer (not found, or an id that is not an edge id) means: try articles.
	art, err := s.store.Article(ctx, strings.TrimPrefix(id, "article:"))
	if err == nil {
		return &nodeResolver{ent: s.articleEntity(art)}, nil
	}
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	return nil, coded(err)
}

// hit is one item of an entity listing: the node, and the edge that led to it (if any).
type hit struct {
	node graph.Node
	edge graph.Edge
}

// entityConnection wraps a page of hits as entities.
func (s *Server) entityConnection(p *page[hit]) *connection[hit, *entityResolver] {
	return &connection[hit, *entityResolver]{p: p, wrap: func(h hit) *entityResolver { return s.entity(h.node) }}
}

// edgeHits lists the nodes at the other end of q's edges, with their edges.
func (s *Server) edgeHits(q graph.EdgeQuery) lister[hit] {
	return func(ctx context.Context, after string, limit int) ([]hit, string, error) {
		qq := q
		qq.After, qq.Limit, qq.WithoutEvidence = after, limit, true
		pg, err := s.store.Edges(ctx, qq)
		if err != nil {
			return nil, "", err
		}
		rq := s.requestFrom(ctx)
		ids := make([]string, len(pg.Edges))
		for i := range pg.Edges {
			ids[i] = otherEnd(q.Node, &pg.Edges[i])
		}
		if err := rq.loadNodes(ctx, ids); err != nil {
			return nil, "", err
		}
		out := make([]hit, 0, len(pg.Edges))
		for i, id := range ids {
			n, err := rq.node(ctx, id)
			if errors.Is(err, graph.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, "", err
			}
			out = append(out, hit{node: n, edge: pg.Edges[i]})
		}
		return out, pg.Next, nil
	}
}

// kindHits lists the nodes of one kind.
func (s *Server) kindHits(kind graph.Kind) lister[hit] {
	return func(ctx context.Context, after string, limit int) ([]hit, string, error) {
		pg, err := s.store.NodesByKind(ctx, kind, after, limit)
		if err != nil {
			return nil, "", err
		}
		out := make([]hit, len(pg.Nodes))
		for i, n := range pg.Nodes {
			out[i] = hit{node: n}
		}
		return out, pg.Next, nil
	}
}

// hasEdge reports whether the unretracted fact source —pred→ target is stored.
func (s *Server) hasEdge(ctx context.Context, source, pred, target string) (bool, error) {
	e, err := s.store.Edge(ctx, graph.EdgeID(source, pred, target))
	if errors.Is(err, graph.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return !e.Retracted, nil
}

type agreementsArgs struct {
	SignedBy, ViolatedBy, MediatedBy *string
	From, To                         *string
	First                            int32
	After                            *string
}

// Agreements starts from the first actor filter's edges (or every agreement without one) and
// checks the other filters on each candidate.
func (r *resolver) Agreements(ctx context.Context, a agreementsArgs) (*connection[hit, *entityResolver], error) {
	s := r.srv
	dr, err := parseRange(a.From, a.To)
	if err != nil {
		return nil, err
	}
	type actorFilter struct {
		arg, pred string
		name      *string
		id        string
	}
	var filters []actorFilter
	for _, f := range []actorFilter{{"signedBy", "signed", a.SignedBy, ""}, {"violatedBy", "violated", a.ViolatedBy, ""}, {"mediatedBy", "mediated", a.MediatedBy, ""}} {
		if f.name == nil {
			continue
		}
		n, ok, err := s.find(ctx, "agreements("+f.arg+")", *f.name, actorKinds...)
		if err != nil {
			return nil, err
		}
		if !ok {
			return s.emptyEntities(), nil
		}
		f.id = n.ID
		filters = append(filters, f)
	}
	first := clamp(int(a.First), s.cfg.MaxFirst)
	if len(filters) == 0 {
		var keep keeper[hit]
		if !dr.empty() {
			keep = func(_ context.Context, h hit) (bool, error) { return dr.contains(h.node.Props["date"]), nil }
		}
		p, err := paginate(ctx, s.kindHits(graph.KindAgreement), keep, first, deref(a.After))
		if err != nil {
			return nil, coded(err)
		}
		if keep == nil {
			p.count = s.kindCount(graph.KindAgreement)
		}
		return s.entityConnection(p), nil
	}
	lead, rest := filters[0], filters[1:]
	keep := func(ctx context.Context, h hit) (bool, error) {
		if h.node.Kind != graph.KindAgreement || !dr.contains(h.edge.Date) {
			return false, nil
		}
		for _, f := range rest {
			ok, err := s.hasEdge(ctx, f.id, f.pred, h.node.ID)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	}
	q := graph.EdgeQuery{Node: lead.id, Direction: graph.Out, Types: []string{lead.pred}}
	p, err := paginate(ctx, s.edgeHits(q), keep, first, deref(a.After))
	if err != nil {
		return nil, coded(err)
	}
	if err := s.prefetchHits(ctx, p.items); err != nil {
		return nil, coded(err)
	}
	return s.entityConnection(p), nil
}

// prefetchHits prefetches the traversals selected under a connection's nodes.
func (s *Server) prefetchHits(ctx context.Context, items []hit) error {
	if len(items) < 2 {
		return nil
	}
	id := func(i int) string { return items[i].node.ID }
	rq := s.requestFrom(ctx)
	sel := ctxSelection{ctx}
	if err := s.prefetch(ctx, rq, len(items), id, "edges.node.", sel); err != nil {
		return err
	}
	return s.prefetch(ctx, rq, len(items), id, "nodes.", sel)
}

func (s *Server) emptyEntities() *connection[hit, *entityResolver] {
	return s.entityConnection(&page[hit]{end: position{done: true}, count: func(context.Context) (int, error) { return 0, nil }})
}

func (s *Server) kindCount(k graph.Kind) func(context.Context) (int, error) {
	return func(ctx context.Context) (int, error) {
		st, err := s.store.Stats(ctx)
		return st.Nodes[k], err
	}
}

type relationsArgs struct {
	Type             *string
	Source, Target   *string
	From, To         *string
	Modality         *string
	IncludeRetracted bool
	First            int32
	After            *string
}

func (r *resolver) Relations(ctx context.Context, a relationsArgs) (*connection[graph.Edge, *relationResolver], error) {
	s := r.srv
	if a.Source == nil && a.Target == nil && a.Type == nil {
		return nil, newCoded(CodeBadUserInput, "relations: give a type, a source or a target")
	}
	dr, err := parseRange(a.From, a.To)
	if err != nil {
		return nil, err
	}
	var src, dst string
	if a.Source != nil {
		n, ok, err := s.find(ctx, "relations(source)", *a.Source)
		if err != nil {
			return nil, err
		}
		if !ok {
			return s.emptyRelations(), nil
		}
		src = n.ID
	}
	if a.Target != nil {
		n, ok, err := s.find(ctx, "relations(target)", *a.Target)
		if err != nil {
			return nil, err
		}
		if !ok {
			return s.emptyRelations(), nil
		}
		dst = n.ID
	}
	if src != "" && dst != "" {
		return s.relationsBetween(ctx, src, dst, a, dr)
	}
	q := graph.EdgeQuery{Node: src, Direction: graph.Out, IncludeRetracted: a.IncludeRetracted}
	if src == "" {
		q.Node, q.Direction = dst, graph.In
	}
	if a.Type != nil {
		q.Types = []string{predicateName(*a.Type)}
	}
	keep := relationFilter(a, dr)
	if q.Node == "" {
		return s.typeRelationConnection(ctx, graph.TypeQuery{Type: q.Types[0], IncludeRetracted: a.IncludeRetracted}, keep, a.First, a.After)
	}
	return s.relationConnection(ctx, q, keep, nil, a.First, a.After)
}

// relationFilter keeps the relations of a's modality and date range; nil when a asks for all.
func relationFilter(a relationsArgs, dr dateRange) keeper[graph.Edge] {
	var keep keeper[graph.Edge]
	if !dr.empty() || a.Modality != nil {
		keep = func(_ context.Context, e graph.Edge) (bool, error) {
			if a.Modality != nil {
				m := e.Modality
				if m == "" {
					m = graph.Asserted
				}
				if !strings.EqualFold(string(m), *a.Modality) {
					return false, nil
				}
			}
			return dr.contains(e.Date), nil
		}
	}
	return keep
}

// relationsBetween answers relations(source, target) by looking the facts up by id, one per
// predicate, instead of scanning every relation of a source that may have thousands.
func (s *Server) relationsBetween(ctx context.Context, src, dst string, a relationsArgs, dr dateRange) (*connection[graph.Edge, *relationResolver], error) {
	var found []graph.Edge
	for _, p := range graph.Predicates() {
		if a.Type != nil && p.Name != predicateName(*a.Type) {
			continue
		}
		// EdgeID orders the ends of symmetric predicates itself.
		e, err := s.store.Edge(ctx, graph.EdgeID(src, p.Name, dst))
		if errors.Is(err, graph.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, coded(err)
		}
		if e.Retracted && !a.IncludeRetracted {
			continue
		}
		m := e.Modality
		if m == "" {
			m = graph.Asserted
		}
		if a.Modality != nil && !strings.EqualFold(string(m), *a.Modality) {
			continue
		}
		if dr.contains(e.Date) {
			found = append(found, e)
		}
	}
	p, err := paginate(ctx, sliceLister(found), nil, clamp(int(a.First), s.cfg.MaxFirst), deref(a.After))
	if err != nil {
		return nil, coded(err)
	}
	n := len(found)
	p.count = func(context.Context) (int, error) { return n, nil }
	return &connection[graph.Edge, *relationResolver]{p: p, wrap: func(e graph.Edge) *relationResolver {
		return &relationResolver{srv: s, e: e, full: true}
	}}, nil
}

func (s *Server) emptyRelations() *connection[graph.Edge, *relationResolver] {
	return &connection[graph.Edge, *relationResolver]{
		p:    &page[graph.Edge]{end: position{done: true}, count: func(context.Context) (int, error) { return 0, nil }},
		wrap: func(e graph.Edge) *relationResolver { return &relationResolver{srv: s, e: e} },
	}
}

type attacksArgs struct {
	By, Target, Place *string
	From, To          *string
	First             int32
	After             *string
}

var attackPreds = []string{"attacked", "struck"}

// maxAttackCandidates bounds the attacks one filter of attacks() collects.
const maxAttackCandidates = 10_000

// attackFilter is one of attacks()' by/target/place arguments, resolved to its node.
type attackFilter struct {
	arg   string
	name  *string
	kinds []graph.Kind
	node  graph.Node
	// dir and preds select the filter node's edges that lead to attacks: attacker -[struck|
	// attacked]-> attack, attack -[struck|attacked]-> target, attack -[located_in]-> place.
	dir   graph.Direction
	preds []string
	prop  string // the property a loader-recorded attack names the node in
}

// Attacks follows edges from the filter nodes to the attacks, and intersects what each
// filter finds; without a filter it lists the attack nodes. See attackIDs for the two ways
// an attack is recorded.
func (r *resolver) Attacks(ctx context.Context, a attacksArgs) (*connection[hit, *entityResolver], error) {
	s := r.srv
	dr, err := parseRange(a.From, a.To)
	if err != nil {
		return nil, err
	}
	var filters []attackFilter
	for _, f := range []attackFilter{
		{arg: "by", name: a.By, kinds: actorKinds, dir: graph.Out, preds: attackPreds, prop: "attacker"},
		{arg: "target", name: a.Target, dir: graph.In, preds: attackPreds, prop: "targets"},
		{arg: "place", name: a.Place, kinds: []graph.Kind{graph.KindPlace}, dir: graph.In, preds: []string{"located_in"}, prop: "place"},
	} {
		if f.name == nil {
			continue
		}
		n, ok, err := s.find(ctx, "attacks("+f.arg+")", *f.name, f.kinds...)
		if err != nil {
			return nil, err
		}
		if !ok {
			return s.emptyEntities(), nil
		}
		f.node = n
		filters = append(filters, f)
	}
	first := clamp(int(a.First), s.cfg.MaxFirst)
	if len(filters) == 0 {
		var kp keeper[hit]
		if !dr.empty() {
			kp = func(_ context.Context, h hit) (bool, error) { return dr.contains(h.node.Props["date"]), nil }
		}
		p, err := paginate(ctx, s.kindHits(graph.KindAttack), kp, first, deref(a.After))
		if err != nil {
			return nil, coded(err)
		}
		if kp == nil {
			p.count = s.kindCount(graph.KindAttack)
		}
		return s.entityConnection(p), nil
	}
	var ids []string
	for i, f := range filters {
		found, err := s.attackIDs(ctx, f)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			ids = found
		} else {
			ids = slices.DeleteFunc(ids, func(id string) bool { _, ok := slices.BinarySearch(found, id); return !ok })
		}
		if len(ids) == 0 {
			return s.emptyEntities(), nil
		}
	}
	s.requestFrom(ctx).storeCalls.Add(1)
	nodes, err := s.store.Nodes(ctx, ids)
	if err != nil {
		return nil, coded(err)
	}
	found := make([]hit, 0, len(nodes))
	for _, n := range nodes {
		if n.Kind == graph.KindAttack && dr.contains(n.Props["date"]) {
			found = append(found, hit{node: n})
		}
	}
	p, err := paginate(ctx, sliceLister(found), nil, first, deref(a.After))
	if err != nil {
		return nil, coded(err)
	}
	total := len(found)
	p.count = func(context.Context) (int, error) { return total, nil }
	return s.entityConnection(p), nil
}

// attackIDs returns, sorted, the ids of the attacks f's node is linked to, found by adjacency
// scans from that node. An attack is recorded in one of two ways:
//   - by relations (curated data): the attacks are at the far end of the node's f.preds
//     edges in direction f.dir;
//   - by the loaders: an Attack node named "<attacker> strike on <targets>" whose
//     properties name its attacker, targets and place, beside flat attacker -struck->
//     target facts. The attackers are the node itself (by) or the actors at the other end
//     of its incoming struck/attacked edges (target, place); their attacks are found by
//     name in the alias index and kept when f.prop names the node.
func (s *Server) attackIDs(ctx context.Context, f attackFilter) ([]string, error) {
	rq := s.requestFrom(ctx)
	linked, err := s.allEdges(ctx, graph.EdgeQuery{Node: f.node.ID, Direction: f.dir, Types: f.preds, WithoutEvidence: true})
	if err != nil {
		return nil, err
	}
	var ids []string
	attackers := map[string][]string{} // attacker id → names its attacks may be named by
	if f.arg == "by" {
		attackers[f.node.ID] = append([]string{f.node.Name}, f.node.Aliases...)
	}
	for _, e := range linked {
		far := e.Target
		if f.dir == graph.In {
			far = e.Source
		}
		if e.OtherKind == graph.KindAttack {
			ids = append(ids, far)
		}
	}
	if f.arg != "by" {
		struck, err := s.allEdges(ctx, graph.EdgeQuery{Node: f.node.ID, Direction: graph.In, Types: attackPreds, WithoutEvidence: true})
		if err != nil {
			return nil, err
		}
		for _, e := range struck {
			if e.OtherKind != graph.KindAttack && e.OtherKind != "" {
				attackers[e.Source] = []string{e.OtherName}
			}
		}
	}
	for _, names := range attackers {
		for _, name := range names {
			rq.storeCalls.Add(1)
			ns, err := s.store.SearchNames(ctx, name+" strike on ", []graph.Kind{graph.KindAttack}, maxAttackCandidates)
			if err != nil {
				return nil, coded(err)
			}
			for _, n := range ns {
				if propNames(n.Props[f.prop], f.node) {
					ids = append(ids, n.ID)
				}
			}
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) > maxAttackCandidates {
		ids = ids[:maxAttackCandidates]
	}
	return ids, nil
}

// allEdges lists every edge of q, page by page, up to maxAttackCandidates.
func (s *Server) allEdges(ctx context.Context, q graph.EdgeQuery) ([]graph.Edge, error) {
	rq := s.requestFrom(ctx)
	var out []graph.Edge
	q.Limit = 1000
	for len(out) < maxAttackCandidates {
		rq.storeCalls.Add(1)
		pg, err := s.store.Edges(ctx, q)
		if err != nil {
			return nil, coded(err)
		}
		out = append(out, pg.Edges...)
		if pg.Next == "" {
			break
		}
		q.After = pg.Next
	}
	return out, nil
}

// propNames reports whether the "; "-separated names of a property include n's name or an alias.
func propNames(v string, n graph.Node) bool {
	for _, name := range strings.Split(v, ";") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if strings.EqualFold(name, n.Name) {
			return true
		}
		for _, al := range n.Aliases {
			if strings.EqualFold(name, al) {
				return true
			}
		}
	}
	return false
}

// searchHit answers SearchHit: an entity found by a name or alias (rel and ev nil), or one
// end of a relation whose evidence holds the search words.
type searchHit struct {
	ent     *entityResolver
	matched string
	rel     *relationResolver
	ev      *evidenceResolver
}

func (h *searchHit) Entity() *entityResolver     { return h.ent }
func (h *searchHit) Matched() string             { return h.matched }
func (h *searchHit) Relation() *relationResolver { return h.rel }
func (h *searchHit) Evidence() *evidenceResolver { return h.ev }

// Search lists the entities whose name or an alias starts with the text, best first, then
// fills the remaining places with the ends of relations whose evidence holds every word of
// the text (graph.Store.SearchEvidence), each entity once.
func (r *resolver) Search(ctx context.Context, a struct {
	Text  string
	Kinds *[]string
	First int32
}) ([]*searchHit, error) {
	s := r.srv
	if err := checkName("search(text)", a.Text); err != nil {
		return nil, err
	}
	var kinds []graph.Kind
	if a.Kinds != nil {
		for _, k := range *a.Kinds {
			kind, err := graph.ParseKind(k)
			if err != nil {
				return nil, coded(err)
			}
			kinds = append(kinds, kind)
		}
	}
	limit := clamp(int(a.First), s.cfg.MaxFirst)
	if limit == 0 {
		return []*searchHit{}, nil
	}
	rq := s.requestFrom(ctx)
	rq.storeCalls.Add(1)
	ns, err := s.store.SearchNames(ctx, a.Text, kinds, limit)
	if err != nil {
		return nil, coded(err)
	}
	out := make([]*searchHit, 0, len(ns))
	seen := make(map[string]bool, limit)
	prefix := strings.ToLower(strings.TrimSpace(a.Text))
	for _, n := range ns {
		matched := n.Name
		if !strings.HasPrefix(strings.ToLower(n.Name), prefix) {
			for _, al := range n.Aliases {
				if strings.HasPrefix(strings.ToLower(al), prefix) {
					matched = al
					break
				}
			}
		}
		seen[n.ID] = true
		out = append(out, &searchHit{ent: s.entity(n), matched: matched})
	}
	if len(out) == limit {
		return out, nil
	}
	// Each relation gives up to two entities; ask for enough relations to fill the page
	// even when many of their ends were found by name already.
	rq.storeCalls.Add(1)
	hits, err := s.store.SearchEvidence(ctx, a.Text, 2*limit)
	if err != nil {
		return nil, coded(err)
	}
	for _, h := range hits {
		e := h.Edge
		quote := e.Evidence[0]
		e.Evidence = nil // Relation.evidence lists all of it, read when asked
		rel := &relationResolver{srv: s, e: e}
		for _, id := range []string{e.Source, e.Target} {
			if len(out) == limit {
				return out, nil
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			n, err := rq.node(ctx, id)
			if errors.Is(err, graph.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, coded(err)
			}
			if len(kinds) > 0 && !slices.Contains(kinds, n.Kind) {
				continue
			}
			out = append(out, &searchHit{ent: s.entity(n), matched: quote.Sentence, rel: rel, ev: &evidenceResolver{srv: s, ev: quote}})
		}
	}
	return out, nil
}

// maxPathVisits bounds the nodes a path search expands.
const maxPathVisits = 5000

// Path is a breadth-first search over relations in both directions, not following article
// mentions.
func (r *resolver) Path(ctx context.Context, a struct {
	From, To string
	MaxDepth int32
}) (*[]*relationResolver, error) {
	s := r.srv
	if a.MaxDepth < 1 || a.MaxDepth > 6 {
		return nil, newCoded(CodeBadUserInput, "path(maxDepth): %d is out of range 1..6", a.MaxDepth)
	}
	from, ok, err := s.find(ctx, "path(from)", a.From)
	if err != nil || !ok {
		return nil, err
	}
	to, ok, err := s.find(ctx, "path(to)", a.To)
	if err != nil || !ok {
		return nil, err
	}
	var types []string
	for _, p := range graph.Predicates() {
		if p.Name != "mentions" {
			types = append(types, p.Name)
		}
	}
	type step struct {
		prev string
		edge graph.Edge
	}
	seen := map[string]step{from.ID: {}}
	frontier := []string{from.ID}
	rq := s.requestFrom(ctx)
	for depth := 0; depth < int(a.MaxDepth) && len(frontier) > 0; depth++ {
		var next []string
		for _, id := range frontier {
			if id == to.ID {
				break
			}
			if len(seen) > maxPathVisits {
				return nil, newCoded(CodeTooComplex, "path: gave up after visiting %d entities; lower maxDepth", maxPathVisits)
			}
			es, err := rq.edgeList(ctx, graph.EdgeQuery{Node: id, Direction: graph.Both, Types: types, Limit: 1000, WithoutEvidence: true})
			if err != nil {
				return nil, coded(err)
			}
			for _, e := range es {
				o := otherEnd(id, &e)
				if _, ok := seen[o]; ok {
					continue
				}
				seen[o] = step{prev: id, edge: e}
				next = append(next, o)
			}
		}
		if _, ok := seen[to.ID]; ok {
			break
		}
		frontier = next
	}
	if _, ok := seen[to.ID]; !ok || from.ID == to.ID {
		if from.ID == to.ID {
			empty := []*relationResolver{}
			return &empty, nil
		}
		return nil, nil
	}
	var rels []*relationResolver
	for id := to.ID; id != from.ID; {
		st := seen[id]
		rels = append(rels, &relationResolver{srv: s, e: st.edge})
		id = st.prev
	}
	for i, j := 0, len(rels)-1; i < j; i, j = i+1, j-1 {
		rels[i], rels[j] = rels[j], rels[i]
	}
	return &rels, nil
}

func (r *resolver) Articles(ctx context.Context, a connArgs) (*connection[graph.Article, *entityResolver], error) {
	s := r.srv
	list := func(ctx context.Context, after string, limit int) ([]graph.Article, string, error) {
		pg, err := s.store.Articles(ctx, after, limit)
		return pg.Articles, pg.Next, err
	}
	p, err := paginate(ctx, list, nil, clamp(int(a.First), s.cfg.MaxFirst), deref(a.After))
	if err != nil {
		return nil, coded(err)
	}
	p.count = func(ctx context.Context) (int, error) {
		st, err := s.store.Stats(ctx)
		return st.Articles, err
	}
	return &connection[graph.Article, *entityResolver]{p: p, wrap: s.articleEntity}, nil
}

// statsResolver answers Stats.
type statsResolver struct {
	st    graph.Stats
	preds []graph.Predicate
}

func (r *resolver) Stats(ctx context.Context) (*statsResolver, error) {
	st, err := r.srv.store.Stats(ctx)
	if err != nil {
		return nil, coded(err)
	}
	return &statsResolver{st: st, preds: graph.Predicates()}, nil
}

func (s *statsResolver) Nodes() int32 {
	n := 0
	for _, c := range s.st.Nodes {
		n += c
	}
	return int32(n)
}

func (s *statsResolver) Relations() int32 {
	n := 0
	for _, c := range s.st.Edges {
		n += c
	}
	return int32(n)
}

func (s *statsResolver) Articles() int32 { return int32(s.st.Articles) }

// kindCount answers KindCount and RelationTypeCount.
type countResolver struct {
	name  string
	count int
}

func (c *countResolver) Kind() string { return c.name }
func (c *countResolver) Type() string { return c.name }
func (c *countResolver) Count() int32 { return int32(c.count) }

func (s *statsResolver) NodesByKind() []*countResolver {
	var out []*countResolver
	for _, k := range graph.Kinds() {
		out = append(out, &countResolver{kindEnum(k), s.st.Nodes[k]})
	}
	return out
}

func (s *statsResolver) RelationsByType() []*countResolver {
	var out []*countResolver
	for _, p := range s.preds {
		out = append(out, &countResolver{strings.ToUpper(p.Name), s.st.Edges[p.Name]})
	}
	return out
}

// dateRange is an inclusive range of ISO-partial dates; the zero value holds every date.
type dateRange struct{ lo, hi string }

func (d dateRange) empty() bool { return d.lo == "" && d.hi == "" }

// contains reports whether the ISO-partial date overlaps d. An empty date is in the
// unbounded range only.
func (d dateRange) contains(date string) bool {
	if d.empty() {
		return true
	}
	if date == "" {
		return false
	}
	lo, hi := dateBounds(date)
	return (d.hi == "" || lo <= d.hi) && (d.lo == "" || hi >= d.lo)
}

// dateBounds expands an ISO-partial date to its first and last day.
func dateBounds(date string) (string, string) {
	switch len(date) {
	case 4:
		return date + "-01-01", date + "-12-31"
	case 7:
		return date + "-01", date + "-31"
	}
	return date, date
}

func parseRange(from, to *string) (dateRange, error) {
	var d dateRange
	if from != nil && *from != "" {
		if err := checkDate("from", *from); err != nil {
			return d, err
		}
		d.lo, _ = dateBounds(*from)
	}
	if to != nil && *to != "" {
		if err := checkDate("to", *to); err != nil {
			return d, err
		}
		_, d.hi = dateBounds(*to)
	}
	return d, nil
}

// checkDate accepts YYYY, YYYY-MM and YYYY-MM-DD with a month 01-12 and a day 01-31.
func checkDate(arg, s string) error {
	bad := newCoded(CodeBadUserInput, "%s: %q is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", arg, s)
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return bad
	}
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return bad
			}
		} else if c < '0' || c > '9' {
			return bad
		}
	}
	if len(s) >= 7 {
		var m int
		fmt.Sscanf(s[5:7], "%d", &m)
		if m < 1 || m > 12 {
			return bad
		}
	}
	if len(s) == 10 {
		var d int
		fmt.Sscanf(s[8:10], "%d", &d)
		if d < 1 || d > 31 {
			return bad
		}
	}
	return nil
}
