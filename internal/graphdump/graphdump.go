// Package graphdump reads everything a store holds through graph's public API, in a fixed
// order, and hashes it. Tests use it to say that two ways of writing the same input (a bulk
// load and article-by-article writes; a load killed and re-run and one left alone) stored the
// same graph.
package graphdump

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/entente-kg/entente/graph"
)

// Dump is everything stored: nodes and edges in id order, each edge's evidence sorted,
// retracted edges included.
type Dump struct {
	Nodes    []graph.Node
	Edges    []graph.Edge
	Articles []graph.Article
	Stats    graph.Stats
}

// Read reads every node, edge (with evidence) and article of st.
func Read(ctx context.Context, st *graph.Store) (Dump, error) {
	var d Dump
	seen := make(map[string]bool)
	for _, k := range graph.Kinds() {
		page, err := st.NodesByKind(ctx, k, "", 0)
		if err != nil {
			return d, fmt.Errorf("nodes of kind %s: %w", k, err)
		}
		d.Nodes = append(d.Nodes, page.Nodes...)
		for _, n := range page.Nodes {
			ep, err := st.Edges(ctx, graph.EdgeQuery{Node: n.ID, Direction: graph.Both, IncludeRetracted: true, WithoutEvidence: true})
			if err != nil {
				return d, fmt.Errorf("edges of %s: %w", n.ID, err)
			}
			for _, e := range ep.Edges {
				if seen[e.ID] {
					continue
				}
				seen[e.ID] = true
				full, err := st.Edge(ctx, e.ID)
				if err != nil {
					return d, fmt.Errorf("edge %s listed by %s: %w", e.ID, n.ID, err)
				}
				d.Edges = append(d.Edges, full)
			}
		}
	}
	ap, err := st.Articles(ctx, "", 0)
	if err != nil {
		return d, fmt.Errorf("articles: %w", err)
	}
	d.Articles = ap.Articles
	if d.Stats, err = st.Stats(ctx); err != nil {
		return d, fmt.Errorf("stats: %w", err)
	}
	slices.SortFunc(d.Nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(d.Edges, func(a, b graph.Edge) int { return cmp.Compare(a.ID, b.ID) })
	for i := range d.Edges {
		slices.SortFunc(d.Edges[i].Evidence, func(a, b graph.Evidence) int {
			return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start),
				cmp.Compare(a.End, b.End), cmp.Compare(a.Rule, b.Rule))
		})
	}
	return d, nil
}

// Hash is a content hash over every node, edge, evidence entry and article (load times left
// out), in id order.
func (d Dump) Hash() string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, n := range d.Nodes {
		slices.Sort(n.Aliases)
		enc.Encode(n) // maps encode with sorted keys
	}
	for _, e := range d.Edges {
		enc.Encode(e)
	}
	for _, a := range d.Articles {
		enc.Encode([]string{a.ID, a.Title, a.Source, a.Published, a.URL, a.Text})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
