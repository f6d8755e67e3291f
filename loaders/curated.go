package loaders

import (
	"context"
	"fmt"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// NodeFinder finds a stored node by name or alias, restricted to kind unless kind is "".
// found is false when there is none; an error is for a failed lookup, or for a name that
// matches nodes of several kinds when no kind was given.
type NodeFinder func(ctx context.Context, name string, kind graph.Kind) (node graph.Node, found bool, err error)

// StoreFinder looks names up in s (graph.Store.FindByName: name or alias, case-insensitive),
// ignoring Article nodes, whose titles are aliases but never fact ends.
func StoreFinder(s *graph.Store) NodeFinder {
	return func(ctx context.Context, name string, kind graph.Kind) (graph.Node, bool, error) {
		var kinds []graph.Kind
		if kind != "" {
			kinds = []graph.Kind{kind}
		}
		nodes, err := s.FindByName(ctx, name, kinds...)
		if err != nil {
			return graph.Node{}, false, fmt.Errorf("look up %q: %w", name, err)
		}
		var found []graph.Node
		var seen []string
		for _, n := range nodes {
			if n.Kind == graph.KindArticle {
				continue
			}
			found = append(found, n)
			if !curatedContains(seen, string(n.Kind)) {
				seen = append(seen, string(n.Kind))
			}
		}
		if len(found) == 0 {
			return graph.Node{}, false, nil
		}
		if len(seen) > 1 {
			return graph.Node{}, false, fmt.Errorf("%q names nodes of several kinds (%s): give the kind", name, strings.Join(seen, ", "))
		}
		// FindByName puts the best match (the canonical name) first.
		return found[0], true, nil
	}
}

func curatedContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// CuratedBatch turns a curated fact into a batch: its two end nodes and one edge whose single
// evidence has Rule "curated", the fact's confidence (1 unless given), date and modality, the
// evidence text as sentence (no span), and Article = the line's "article" or "curated:FILE".
//
// Ends are found this way, so curated facts join the nodes text extraction made: when find is
// not nil and a stored node of the given kind (any kind, when the line gave none) has the name
// as its name or alias ("the Kremlin", "US"), the edge points to that node. Otherwise a node
// NodeID(kind, name) is made — which needs a kind: a line without subject_kind/object_kind whose
// name matches no stored node is an *InputError naming the kind field. Nothing is guessed.
func CuratedBatch(ctx context.Context, f *CuratedFact, find NodeFinder) (*graph.Batch, error) {
	subj, err := curatedEnd(ctx, f, f.Subject, f.SubjectKind, "subject_kind", find)
	if err != nil {
		return nil, err
	}
	obj, err := curatedEnd(ctx, f, f.Object, f.ObjectKind, "object_kind", find)
	if err != nil {
		return nil, err
	}
	return curatedFactBatch(f, subj, obj, "curated:"+f.File), nil
}

// curatedFactBatch is CuratedBatch once both ends are resolved; fileArticle is
// "curated:" + f.File, which a caller with many lines of one file makes once.
func curatedFactBatch(f *CuratedFact, subj, obj graph.Node, fileArticle string) *graph.Batch {
	b := &graph.Batch{}
	appendCuratedFact(b, nil, f, subj, obj, fileArticle)
	b.Edges[0].ID = graph.EdgeID(subj.ID, f.Predicate, obj.ID)
	return b
}

// appendCuratedFact appends the nodes and the edge of curatedFactBatch to b, so that a
// writer grouping many lines into one batch makes no batch of its own per line. The edge's
// ID is left empty: the store derives it from the ends and the predicate (Store.Write
// ignores Edge.ID), and formatting it was a tenth of a bulk load's writer goroutine. The
// edge's one evidence is appended to *slab and the edge takes it from there, so that a
// group of lines costs one allocation for its evidence rather than one a line; with slab
// nil the evidence gets its own.
func appendCuratedFact(b *graph.Batch, slab *[]graph.Evidence, f *CuratedFact, subj, obj graph.Node, fileArticle string) {
	modality := f.Modality
	if modality == "" {
		modality = graph.Asserted
	}
	conf := f.Confidence
	if conf == 0 {
		conf = 1
	}
	article := f.Article
	if article == "" {
		article = fileArticle
	}
	ev := graph.Evidence{
		Article:    article,
		Sentence:   f.Evidence,
		Rule:       "curated",
		Confidence: conf,
		Date:       f.Date,
		Modality:   modality,
	}
	var evs []graph.Evidence
	if slab != nil {
		*slab = append(*slab, ev)
		n := len(*slab)
		evs = (*slab)[n-1 : n : n] // capped: an append to the edge's evidence copies it
	} else {
		evs = []graph.Evidence{ev}
	}
	edge := graph.Edge{
		Source:   subj.ID,
		Type:     f.Predicate,
		Target:   obj.ID,
		Date:     f.Date,
		Modality: modality,
		Evidence: evs,
	}
	b.Nodes = append(b.Nodes, subj)
	if obj.ID != subj.ID {
		b.Nodes = append(b.Nodes, obj)
	}
	b.Edges = append(b.Edges, edge)
}

// curatedEnd resolves one end of a curated fact to a node; field names the kind field for
// errors.
func curatedEnd(ctx context.Context, f *CuratedFact, name string, kind graph.Kind, field string, find NodeFinder) (graph.Node, error) {
	if find != nil {
		n, ok, err := find(ctx, name, kind)
		if err != nil {
			if ctx.Err() != nil {
				return graph.Node{}, ctx.Err()
			}
			return graph.Node{}, &InputError{File: f.File, Line: f.Line, Field: strings.TrimSuffix(field, "_kind"), Msg: err.Error(), Err: err}
		}
		if ok {
			// Only the identity: the batch must not overwrite what the store knows.
			return graph.Node{ID: n.ID, Kind: n.Kind, Name: n.Name}, nil
		}
	}
	if kind == "" {
		return graph.Node{}, &InputError{File: f.File, Line: f.Line, Field: field,
			Msg: fmt.Sprintf("missing, and no stored node is named %q: give the kind (%s)", name, curatedKindList())}
	}
	return graph.Node{ID: graph.NodeID(kind, name), Kind: kind, Name: name}, nil
}

func curatedKindList() string {
	var ks []string
	for _, k := range graph.Kinds() {
		if k != graph.KindArticle {
			ks = append(ks, string(k))
		}
	}
	return strings.Join(ks, ", ")
}

// CuratedNodeBatch turns an entity line into a batch of one node with its aliases.
func CuratedNodeBatch(n *CuratedNode) *graph.Batch {
	return &graph.Batch{Nodes: []graph.Node{{
		ID:      graph.NodeID(n.Kind, n.Name),
		Kind:    n.Kind,
		Name:    n.Name,
		Aliases: append([]string(nil), n.Aliases...),
	}}}
}

// PendingNodes remembers the nodes of batches built but not yet written, so that a writer
// that groups many curated lines into one Store.Write still resolves a kind-less line against
// a node an earlier line of the same group introduced. It is not safe for concurrent use:
// the goroutine that reads the input owns it.
//
// A bulk load keeps every node it introduced here until its importer closes (a million or
// more), so the entries sit in one slice, without pointers of their own, and a name's
// several nodes chain through it: about 100 bytes a node instead of a small slice each.
type PendingNodes struct {
	byName map[string]int32 // pendingKey(name or alias) → its first entry in list
	list   []pendingNode
}

// pendingNode is one node under one name; next is the name's next entry, -1 at the end.
type pendingNode struct {
	id, name string
	kind     graph.Kind
	next     int32
}

// NewPendingNodes returns an empty set.
func NewPendingNodes() *PendingNodes { return &PendingNodes{byName: make(map[string]int32)} }

// pendingKey folds a name the way Store.FindByName compares: case-insensitively, without a
// leading "the ".
func pendingKey(name string) string {
	k := strings.ToLower(strings.TrimSpace(name))
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		k = strings.TrimSpace(rest)
	}
	return k
}

// Add remembers b's nodes (Article nodes left out) under their names and aliases.
func (p *PendingNodes) Add(b *graph.Batch) {
	for i := range b.Nodes {
		n := &b.Nodes[i]
		if n.Kind == graph.KindArticle {
			continue
		}
		p.add(pendingKey(n.Name), n)
		for _, a := range n.Aliases {
			p.add(pendingKey(a), n)
		}
	}
}

// add puts n under key unless it is there already. Entries are added at the end of a
// name's chain, so the first node given a name stays the one a look-up returns first.
func (p *PendingNodes) add(key string, n *graph.Node) {
	first, ok := p.byName[key]
	last := int32(-1)
	for i := first; ok && i >= 0; i = p.list[i].next {
		if p.list[i].id == n.ID {
			return
		}
		last = i
	}
	e := int32(len(p.list))
	p.list = append(p.list, pendingNode{id: n.ID, name: n.Name, kind: n.Kind, next: -1})
	if last >= 0 {
		p.list[last].next = e
	} else {
		p.byName[key] = e
	}
}

// Reset forgets everything; call it once the writer has committed the batches added so far.
func (p *PendingNodes) Reset() {
	clear(p.byName)
	clear(p.list) // drop the strings for the collector
	p.list = p.list[:0]
}

// Len is the number of names remembered, for a writer that flushes when it grows too large.
func (p *PendingNodes) Len() int { return len(p.byName) }

// Finder looks a name up among the pending nodes first, then in next (which may be nil). A
// name matching pending nodes of several kinds, without a kind asked, is an error as in
// StoreFinder.
func (p *PendingNodes) Finder(next NodeFinder) NodeFinder {
	return func(ctx context.Context, name string, kind graph.Kind) (graph.Node, bool, error) {
		first, ok := p.byName[pendingKey(name)]
		var found *pendingNode
		var kinds []string
		for i := first; ok && i >= 0; i = p.list[i].next {
			e := &p.list[i]
			if kind != "" && e.kind != kind {
				continue
			}
			if found == nil {
				found = e
			}
			if kind == "" && !curatedContains(kinds, string(e.kind)) {
				kinds = append(kinds, string(e.kind))
			}
		}
		if len(kinds) > 1 {
			return graph.Node{}, false, fmt.Errorf("%q names nodes of several kinds (%s): give the kind", name, strings.Join(kinds, ", "))
		}
		if found != nil {
			return graph.Node{ID: found.id, Kind: found.kind, Name: found.name}, true, nil
		}
		if next == nil {
			return graph.Node{}, false, nil
		}
		return next(ctx, name, kind)
	}
}
