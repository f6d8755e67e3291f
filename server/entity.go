package server

import (
	"context"
	"errors"
	"strconv"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"
	"github.com/graph-gophers/graphql-go/ast"

	"github.com/entente-kg/entente/graph"
)

// traversal is a plain-list field that follows one or more edge types from an entity:
// Actor.violated, Agreement.signatories, ...
type traversal struct {
	preds  []string
	dir    graph.Direction
	actors bool // the field's type is [Actor!]!: other kinds at the far end are left out
	// agreements is set by New when schema.graphql types the field [Agreement!]!: other
	// kinds at the far end are left out.
	agreements bool
	// unique is set by New when the edges lead to distinct entities: an adjacency scan of one
	// predicate in one direction meets each far end once, and so does one of a symmetric
	// predicate in both (the store lists a symmetric edge once).
	unique bool
}

// traversals is the table of traversal fields, keyed by GraphQL field name; built by New.
func traversals() map[string]traversal {
	out := func(p ...string) traversal { return traversal{preds: p, dir: graph.Out} }
	in := func(p ...string) traversal { return traversal{preds: p, dir: graph.In, actors: true} }
	return map[string]traversal{
		"signed":          out("signed"),
		"violated":        out("violated"),
		"mediated":        out("mediated"),
		"struck":          out("struck"),
		"attacked":        out("attacked"),
		"annexed":         out("annexed"),
		"metWith":         {preds: []string{"met_with"}, dir: graph.Both, actors: true},
		"represents":      {preds: []string{"represents"}, dir: graph.Out, actors: true},
		"representatives": in("represents"),
		"signatories":     in("signed"),
		"violators":       in("violated"),
		"mediators":       in("mediated"),
		"ratifiers":       in("ratified"),
		"attackers":       in("attacked", "struck"),
		"targets":         out("struck", "attacked"),
	}
}

// keep reports whether an entity of kind k belongs in t's list.
func (t traversal) keep(k graph.Kind) bool {
	return (!t.actors || isActor(k)) && (!t.agreements || k == graph.KindAgreement)
}

// typeTraversals marks the traversals that schema.graphql types as lists of agreements
// (Actor.signed: [Agreement!]!), so that they leave other kinds out.
func typeTraversals(schema *ast.Schema, ts map[string]traversal) {
	eachTraversalField(schema, ts, func(f *ast.FieldDefinition) {
		elem := f.Type
		for {
			if nn, ok := elem.(*ast.NonNull); ok {
				elem = nn.OfType
			} else if l, ok := elem.(*ast.List); ok {
				elem = l.OfType
			} else {
				break
			}
		}
		if named, ok := elem.(ast.NamedType); ok && named.TypeName() == "Agreement" {
			tr := ts[f.Name]
			tr.agreements = true
			ts[f.Name] = tr
		}
	})
}

// eachTraversalField calls fn with every field of an object or interface type in schema
// that is one of the traversals ts.
func eachTraversalField(schema *ast.Schema, ts map[string]traversal, fn func(*ast.FieldDefinition)) {
	for _, typ := range schema.Types {
		var fields ast.FieldsDefinition
		switch t := typ.(type) {
		case *ast.ObjectTypeDefinition:
			fields = t.Fields
		case *ast.InterfaceTypeDefinition:
			fields = t.Fields
		default:
			continue
		}
		for _, f := range fields {
			if _, ok := ts[f.Name]; ok {
				fn(f)
			}
		}
	}
}

// entityResolver answers every entity type (Person, State, Organization, Agreement, Attack,
// Place, Article): one wrapper whose ToX methods say which type a node is, so that a list of
// mixed kinds needs no per-kind allocation.
type entityResolver struct {
	srv *Server
	n   graph.Node
	art *graph.Article // the stored article of an Article node, once read
}

func (s *Server) entity(n graph.Node) *entityResolver { return &entityResolver{srv: s, n: n} }

func (r *entityResolver) ID() graphql.ID { return graphql.ID(r.n.ID) }

// Name is the canonical name; for an article, its title (article nodes are named by their id
// and carry the title as an alias).
func (r *entityResolver) Name() string {
	if r.n.Kind == graph.KindArticle {
		if r.art != nil && r.art.Title != "" {
			return r.art.Title
		}
		if len(r.n.Aliases) > 0 {
			return r.n.Aliases[0]
		}
	}
	return r.n.Name
}
func (r *entityResolver) Kind() string { return kindEnum(r.n.Kind) }
func (r *entityResolver) Aliases() []string {
	if r.n.Aliases == nil {
		return []string{}
	}
	return r.n.Aliases
}

func (r *entityResolver) is(k graph.Kind) (*entityResolver, bool) { return r, r.n.Kind == k }
func (r *entityResolver) ToPerson() (*entityResolver, bool)       { return r.is(graph.KindPerson) }
func (r *entityResolver) ToState() (*entityResolver, bool)        { return r.is(graph.KindState) }
func (r *entityResolver) ToOrganization() (*entityResolver, bool) {
	return r.is(graph.KindOrganization)
}
func (r *entityResolver) ToAgreement() (*entityResolver, bool) { return r.is(graph.KindAgreement) }
func (r *entityResolver) ToAttack() (*entityResolver, bool)    { return r.is(graph.KindAttack) }
func (r *entityResolver) ToPlace() (*entityResolver, bool)     { return r.is(graph.KindPlace) }
func (r *entityResolver) ToArticle() (*entityResolver, bool)   { return r.is(graph.KindArticle) }
func (r *entityResolver) ToEntity() (*entityResolver, bool)    { return r, true }
func (r *entityResolver) ToActor() (*entityResolver, bool)     { return r, isActor(r.n.Kind) }

func isActor(k graph.Kind) bool {
	return k == graph.KindPerson || k == graph.KindState || k == graph.KindOrganization
}

func (r *entityResolver) prop(key string) *string {
	if v, ok := r.n.Props[key]; ok && v != "" {
		return &v
	}
	return nil
}

func (r *entityResolver) Iso() *string  { return r.prop("iso") }
func (r *entityResolver) Date() *string { return r.prop("date") }

func (r *entityResolver) Weapons() []string {
	v := r.n.Props["weapons"]
	if v == "" {
		return []string{}
	}
	var out []string
	for _, w := range strings.FieldsFunc(v, func(c rune) bool { return c == ';' || c == ',' || c == '|' }) {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

func (r *entityResolver) count(key string) *int32 {
	n, err := strconv.Atoi(strings.TrimSpace(r.n.Props[key]))
	if err != nil || n < 0 {
		return nil
	}
	v := int32(n)
	return &v
}

func (r *entityResolver) Killed() *int32  { return r.count("killed") }
func (r *entityResolver) Injured() *int32 { return r.count("injured") }

// listArgs are the arguments of the plain traversal lists.
type listArgs struct{ First int32 }

func (r *entityResolver) Signed(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "signed", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Violated(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "violated", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Mediated(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "mediated", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Struck(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "struck", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Attacked(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "attacked", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Annexed(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "annexed", a.First, ctxSelection{ctx})
}
func (r *entityResolver) MetWith(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "metWith", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Represents(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "represents", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Representatives(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "representatives", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Signatories(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "signatories", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Violators(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "violators", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Mediators(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "mediators", a.First, ctxSelection{ctx})
}
func (r *entityResolver) Ratifiers(ctx context.Context, a listArgs) ([]*entityResolver, error) {
	return r.traverse(ctx, "ratifiers", a.First, ctxSelection{ctx})
}

// Attackers are the sources of the attack's attacked/struck relations or, when the loaders
// recorded the attack without such relations, the actor its "attacker" property names.
func (r *entityResolver) Attackers(ctx context.Context) ([]*entityResolver, error) {
	out, err := r.traverse(ctx, "attackers", int32(r.srv.cfg.MaxListFirst), ctxSelection{ctx})
	if err != nil || len(out) > 0 {
		return out, err
	}
	return r.srv.entitiesByProp(ctx, r.n.Props["attacker"], actorKinds...)
}

// Targets are the targets of the attack's struck/attacked relations, or the entities its
// "targets" property names.
func (r *entityResolver) Targets(ctx context.Context) ([]*entityResolver, error) {
	out, err := r.traverse(ctx, "targets", int32(r.srv.cfg.MaxListFirst), ctxSelection{ctx})
	if err != nil || len(out) > 0 {
		return out, err
	}
	return r.srv.entitiesByProp(ctx, r.n.Props["targets"])
}

// entitiesByProp resolves a "; "-separated list of names from a node property.
func (s *Server) entitiesByProp(ctx context.Context, v string, kinds ...graph.Kind) ([]*entityResolver, error) {
	out := []*entityResolver{}
	for _, name := range strings.Split(v, ";") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		n, ok, err := s.find(ctx, "property", name, kinds...)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, s.entity(n))
		}
	}
	return out, nil
}

// Place is where an attack happened: the target of its located_in relation, or the place its
// "place" property names.
func (r *entityResolver) Place(ctx context.Context) (*entityResolver, error) {
	rq := r.srv.requestFrom(ctx)
	es, err := rq.edgeList(ctx, graph.EdgeQuery{Node: r.n.ID, Direction: graph.Out, Types: []string{"located_in"}, Limit: 1, WithoutEvidence: true})
	if err != nil {
		return nil, coded(err)
	}
	if len(es) == 0 {
		ps, err := r.srv.entitiesByProp(ctx, r.n.Props["place"], graph.KindPlace)
		if err != nil || len(ps) == 0 {
			return nil, err
		}
		return ps[0], nil
	}
	n, err := rq.node(ctx, es[0].Target)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, coded(err)
	}
	return r.srv.entity(n), nil
}

// traverse follows the traversal field from r and returns the entities at the other end,
// at most first of them (capped by Config.MaxListFirst); sel is what the query selects
// under the field.
func (r *entityResolver) traverse(ctx context.Context, field string, first int32, sel selection) ([]*entityResolver, error) {
	t := r.srv.traversals[field]
	limit := clamp(int(first), r.srv.cfg.MaxListFirst)
	if limit == 0 {
		return []*entityResolver{}, nil
	}
	rq := r.srv.requestFrom(ctx)
	q := graph.EdgeQuery{Node: r.n.ID, Direction: t.dir, Types: t.preds, Limit: limit, WithoutEvidence: true}
	es, err := rq.edgeList(ctx, q)
	if err != nil {
		return nil, coded(err)
	}
	if s := r.srv; s.nameOnly(sel.names(), "") {
		if out, ok := s.entitiesFromEdges(r.n.ID, es, t.keep, t.unique); ok {
			if err := s.prefetch(ctx, rq, len(out), entityID(out), "", sel); err != nil {
				return nil, coded(err)
			}
			return out, nil
		}
	}
	ids := make([]string, 0, len(es))
	seen := make(map[string]bool, len(es))
	for i := range es {
		id := otherEnd(r.n.ID, &es[i])
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return r.srv.entitiesByID(ctx, rq, ids, t.keep, sel)
}

// nameOnly reports whether the fields selected under prefix (from SelectedFieldNames) need
// no more of an entity than its id, kind and name: then the far ends of a traversal are
// built from the edges (Edge.OtherName, OtherKind) without reading a node.
func (s *Server) nameOnly(names []string, prefix string) bool {
	for _, name := range names {
		field, ok := strings.CutPrefix(name, prefix)
		if !ok || strings.Contains(field, ".") {
			continue
		}
		switch field {
		case "id", "name", "kind", "relations", "evidence":
			continue
		case "attackers", "targets": // fall back on the node's properties
			return false
		}
		if _, ok := s.traversals[field]; !ok {
			return false
		}
	}
	return true
}

// entitiesFromEdges makes the entities at the far ends of es (seen from node) out of the
// edges alone, in order and without repeats (unique: es cannot repeat a far end). ok is false
// when an edge lacks the far end's name or leads to an article (whose name is its title, an
// alias).
func (s *Server) entitiesFromEdges(node string, es []graph.Edge, keep func(graph.Kind) bool, unique bool) ([]*entityResolver, bool) {
	// One allocation for all the resolvers: a 1-hop answer is a handful of names, built on
	// every request.
	rs := make([]entityResolver, 0, len(es))
	out := make([]*entityResolver, 0, len(es))
	ok := farEnds(node, es, keep, unique, func(id string, e *graph.Edge) {
		rs = append(rs, entityResolver{srv: s, n: graph.Node{ID: id, Kind: e.OtherKind, Name: e.OtherName}})
		out = append(out, &rs[len(rs)-1])
	})
	if !ok {
		return nil, false
	}
	return out, true
}

// farEnds calls visit with the id and the edge of each far end of es (seen from node) that
// entitiesFromEdges makes an entity of, in order and without repeats. It returns false, maybe
// after some visits, when an edge lacks the far end's name or leads to an article.
func farEnds(node string, es []graph.Edge, keep func(graph.Kind) bool, unique bool, visit func(id string, e *graph.Edge)) bool {
	// A set only for long lists.
	var seen map[string]bool
	if !unique && len(es) > maxLinearDedup {
		seen = make(map[string]bool, len(es))
	}
	for i := range es {
		e := &es[i]
		if e.OtherName == "" || e.OtherKind == "" || e.OtherKind == graph.KindArticle {
			return false
		}
		id := otherEnd(node, e)
		if seen != nil {
			if seen[id] {
				continue
			}
			seen[id] = true
		} else if !unique && seenBefore(node, es[:i], id) {
			continue
		}
		if !keep(e.OtherKind) {
			continue
		}
		visit(id, e)
	}
	return true
}

// entityID gives the ids of es to prefetch.
func entityID(es []*entityResolver) func(i int) string {
	return func(i int) string { return es[i].n.ID }
}

// maxLinearDedup is the longest edge list entitiesFromEdges dedups by scanning instead of
// with a set.
const maxLinearDedup = 16

// seenBefore reports whether one of es leads from node to id.
func seenBefore(node string, es []graph.Edge, id string) bool {
	for i := range es {
		if otherEnd(node, &es[i]) == id {
			return true
		}
	}
	return false
}

// entitiesByID reads the nodes ids (skipping ones that vanished) and prefetches the
// traversals sel selects under them.
func (s *Server) entitiesByID(ctx context.Context, rq *request, ids []string, keep func(graph.Kind) bool, sel selection) ([]*entityResolver, error) {
	if len(ids) > 1 && !s.noPrefetch {
		if err := rq.loadNodes(ctx, ids); err != nil {
			return nil, coded(err)
		}
	}
	out := make([]*entityResolver, 0, len(ids))
	for _, id := range ids {
		n, err := rq.node(ctx, id)
		if errors.Is(err, graph.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, coded(err)
		}
		if !keep(n.Kind) {
			continue
		}
		out = append(out, s.entity(n))
	}
	if err := s.prefetch(ctx, rq, len(out), entityID(out), "", sel); err != nil {
		return nil, coded(err)
	}
	return out, nil
}

// prefetch reads, for a list of n nodes about to be resolved (idAt gives their ids), the
// traversals their selection asks for (prefix is the path in sel from the current field to the nodes, e.g.
// "edges.node."), all at once. The children's resolvers then find them in the request cache
// instead of each going to the store.
func (s *Server) prefetch(ctx context.Context, rq *request, n int, idAt func(i int) string, prefix string, sel selection) error {
	if n < 2 || s.noPrefetch {
		return nil
	}
	var qs []graph.EdgeQuery
	loadOthers := false
	names := sel.names()
	for _, name := range names {
		field, ok := strings.CutPrefix(name, prefix)
		if !ok || strings.Contains(field, ".") {
			continue
		}
		t, ok := s.traversals[field]
		if !ok {
			continue
		}
		first := int32(100)
		if f, ok := sel.first(name); ok {
			first = f
		}
		if field == "attackers" || field == "targets" {
			first = int32(s.cfg.MaxListFirst)
		}
		limit := clamp(int(first), s.cfg.MaxListFirst)
		if limit == 0 {
			continue
		}
		for i := range n {
			qs = append(qs, graph.EdgeQuery{Node: idAt(i), Direction: t.dir, Types: t.preds, Limit: limit, WithoutEvidence: true})
		}
		// The far ends' nodes are read too, unless their selection needs only names.
		loadOthers = loadOthers || !s.nameOnly(names, name+".")
	}
	if len(qs) == 0 {
		return nil
	}
	return rq.prefetchEdges(ctx, qs, loadOthers)
}

// connArgs are the arguments of a connection field.
type connArgs struct {
	First int32
	After *string
}

// relArgs are the arguments of Entity.relations.
type relArgs struct {
	Types            *[]string
	Direction        string
	IncludeRetracted bool
	First            int32
	After            *string
}

// Relations pages through r's relations.
func (r *entityResolver) Relations(ctx context.Context, a relArgs) (*connection[graph.Edge, *relationResolver], error) {
	q := graph.EdgeQuery{Node: r.n.ID, Direction: parseDirection(a.Direction), IncludeRetracted: a.IncludeRetracted}
	if a.Types != nil {
		for _, t := range *a.Types {
			q.Types = append(q.Types, predicateName(t))
		}
	}
	return r.srv.relationConnection(ctx, q, nil, nil, a.First, a.After)
}

// maxEvidenceEdges bounds the mention relations Entity.evidence reads; an entity named in more
// articles than that shows the evidence of the first ones.
const maxEvidenceEdges = 1000

// Evidence pages through the sentences mentioning r: the evidence of the "mentions" relations
// into it (out of it, for an article).
func (r *entityResolver) Evidence(ctx context.Context, a connArgs) (*connection[graph.Evidence, *evidenceResolver], error) {
	dir := graph.In
	if r.n.Kind == graph.KindArticle {
		dir = graph.Out
	}
	pg, err := r.srv.store.Edges(ctx, graph.EdgeQuery{Node: r.n.ID, Direction: dir, Types: []string{"mentions"}, Limit: maxEvidenceEdges})
	if err != nil {
		return nil, coded(err)
	}
	var evs []graph.Evidence
	for _, e := range pg.Edges {
		evs = append(evs, e.Evidence...)
	}
	return r.srv.evidenceConnection(ctx, evs, a)
}

// article reads the stored article behind an Article node, whose name is the article id.
func (r *entityResolver) article(ctx context.Context) (*graph.Article, error) {
	if r.art != nil {
		return r.art, nil
	}
	a, err := r.srv.store.Article(ctx, r.n.Name)
	if err != nil {
		return nil, coded(err)
	}
	r.art = &a
	return r.art, nil
}

// Title is the article's headline, or the node's name when the article is not stored.
func (r *entityResolver) Title(ctx context.Context) string {
	if a, err := r.article(ctx); err == nil && a.Title != "" {
		return a.Title
	}
	return r.Name()
}

func (r *entityResolver) articleField(ctx context.Context, f func(*graph.Article) string) *string {
	a, err := r.article(ctx)
	if err != nil {
		return nil
	}
	if v := f(a); v != "" {
		return &v
	}
	return nil
}

func (r *entityResolver) Source(ctx context.Context) *string {
	return r.articleField(ctx, func(a *graph.Article) string { return a.Source })
}
func (r *entityResolver) Published(ctx context.Context) *string {
	return r.articleField(ctx, func(a *graph.Article) string { return a.Published })
}
func (r *entityResolver) URL(ctx context.Context) *string {
	return r.articleField(ctx, func(a *graph.Article) string { return a.URL })
}
func (r *entityResolver) LoadedAt(ctx context.Context) *string {
	return r.articleField(ctx, func(a *graph.Article) string {
		if a.LoadedAt.IsZero() {
			return ""
		}
		return a.LoadedAt.UTC().Format("2006-01-02T15:04:05Z07:00")
	})
}
func (r *entityResolver) Text(ctx context.Context) (string, error) {
	a, err := r.article(ctx)
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// kindEnum is the GraphQL enum value of a kind: PERSON, STATE, ...
func kindEnum(k graph.Kind) string { return strings.ToUpper(string(k)) }

// predicateName is the predicate of a RelationType enum value: MET_WITH → met_with.
func predicateName(enum string) string { return strings.ToLower(enum) }

func parseDirection(s string) graph.Direction {
	switch s {
	case "OUT":
		return graph.Out
	case "IN":
		return graph.In
	}
	return graph.Both
}

// clamp bounds a requested page size to [0, max].
func clamp(n, max int) int {
	if n < 0 {
		return 0
	}
	if n > max {
		return max
	}
	return n
}
