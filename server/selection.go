package server

import (
	"context"

	graphql "github.com/graph-gophers/graphql-go"
)

// selection is what a list resolver reads of the fields selected under it, to decide whether
// the far ends need reading and which traversals to prefetch: graphql-go's selection (from
// the resolver's context) or a compiled plan's (see fastpath.go). Both give the same answers
// for the same query.
type selection interface {
	// names lists the paths of the selected fields, depth first, each once, dotted below the
	// first level ("signatories", "signatories.name"), as graphql.SelectedFieldNames does.
	// Callers must not change the slice.
	names() []string
	// first returns the first argument of the selected field at path, when the query gives it.
	first(path string) (int32, bool)
}

// ctxSelection is graphql-go's selection of the field being resolved with ctx.
type ctxSelection struct{ ctx context.Context }

func (c ctxSelection) names() []string { return graphql.SelectedFieldNames(c.ctx) }

func (c ctxSelection) first(path string) (int32, bool) {
	var a struct{ First *int32 }
	if ok, err := graphql.DecodeSelectedFieldArgs(c.ctx, path, &a); err == nil && ok && a.First != nil {
		return *a.First, true
	}
	return 0, false
}
