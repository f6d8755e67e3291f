package server

import (
	"context"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// fact is one curated fact for a test graph.
type fact struct {
	subj  string
	sk    graph.Kind
	pred  string
	obj   string
	ok    graph.Kind
	date  string
	quote string
}

// openStore opens an in-memory store holding facts (plus aliases), closed with the test.
func openStore(t testing.TB, aliases map[string][]string, facts []fact) *graph.Store {
	t.Helper()
	st, err := graph.Open(graph.Options{InMemory: true})
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	writeFacts(t, st, aliases, facts)
	return st
}

func writeFacts(t testing.TB, st *graph.Store, aliases map[string][]string, facts []fact) {
	t.Helper()
	for i, f := range facts {
		if _, err := st.Write(context.Background(), f.batch(aliases)); err != nil {
			t.Fatalf("fact %d %+v: %v", i, f, err)
		}
	}
}

// batch is the write that stores f, with one evidence sentence.
func (f fact) batch(aliases map[string][]string) *graph.Batch {
	s := graph.Node{ID: graph.NodeID(f.sk, f.subj), Kind: f.sk, Name: f.subj, Aliases: aliases[f.subj]}
	o := graph.Node{ID: graph.NodeID(f.ok, f.obj), Kind: f.ok, Name: f.obj, Aliases: aliases[f.obj]}
	q := f.quote
	if q == "" {
		q = f.subj + " " + f.pred + " " + f.obj + "."
	}
	e := graph.Edge{ID: graph.EdgeID(s.ID, f.pred, o.ID), Source: s.ID, Type: f.pred, Target: o.ID, Date: f.date,
		Evidence: []graph.Evidence{{Article: "a1", Sentence: q, Start: 0, End: len(q), Rule: "curated", Confidence: 0.9, Date: f.date}}}
	return &graph.Batch{Nodes: []graph.Node{s, o}, Edges: []graph.Edge{e}}
}

// headlineFacts is a small graph around the example page.
func headlineFacts() (map[string][]string, []fact) {
	const S, A, P, O, L = graph.KindState, graph.KindAgreement, graph.KindPerson, graph.KindOrganization, graph.KindPlace
	aliases := map[string][]string{
		"Russia":         {"the Kremlin", "Moscow", "Russian Federation"},
		"United States":  {"US", "Washington"},
		"United Kingdom": {"UK"},
		"Vladimir Putin": {"Putin", "Mr Putin"},
	}
	facts := []fact{
		{"Russia", S, "violated", "Budapest Memorandum", A, "2014", "Russia violated the terms of the Budapest Memorandum."},
		{"Russia", S, "violated", "Minsk Agreements", A, "2022", ""},
		{"Russia", S, "signed", "Budapest Memorandum", A, "1994-12", ""},
		{"Ukraine", S, "signed", "Budapest Memorandum", A, "1994-12", ""},
		{"United States", S, "signed", "Budapest Memorandum", A, "1994-12", ""},
		{"United Kingdom", S, "signed", "Budapest Memorandum", A, "1994-12", ""},
		{"Russia", S, "signed", "Minsk Agreements", A, "2015", ""},
		{"Ukraine", S, "signed", "Minsk Agreements", A, "2015", ""},
		{"France", S, "mediated", "Minsk Agreements", A, "2015", ""},
		{"Germany", S, "mediated", "Minsk Agreements", A, "2015", ""},
		{"Russia", S, "annexed", "Crimea", L, "2014-03", ""},
		{"Vladimir Putin", P, "represents", "Russia", S, "", ""},
		{"Vladimir Putin", P, "met_with", "Donald Trump", P, "2025-08", ""},
		{"Donald Trump", P, "represents", "United States", S, "", ""},
		{"NATO", O, "invoked", "Article 5", A, "2001", ""},
	}
	return aliases, facts
}
