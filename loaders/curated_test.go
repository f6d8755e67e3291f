package loaders

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// openStore opens a real Badger-backed store in a temporary directory.
func openStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions(t.TempDir()))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestCuratedBatchBuildsNodesAndOneEdge(t *testing.T) {
	f := &CuratedFact{Subject: "Russia", SubjectKind: graph.KindState, Predicate: "violated", Object: "Budapest Memorandum",
		ObjectKind: graph.KindAgreement, Date: "2014", Evidence: "Russia violated the terms.", Confidence: 0.9,
		Modality: graph.Alleged, File: "facts.jsonl", Line: 4}
	b, err := CuratedBatch(context.Background(), f, nil)
	if err != nil {
		t.Fatal(err)
	}
	russia, memo := graph.NodeID(graph.KindState, "Russia"), graph.NodeID(graph.KindAgreement, "Budapest Memorandum")
	if b.Article != nil || len(b.Nodes) != 2 || b.Nodes[0].ID != russia || b.Nodes[1].ID != memo || b.Nodes[1].Kind != graph.KindAgreement {
		t.Fatalf("nodes = %+v, want Russia and the memorandum and no article", b.Nodes)
	}
	if len(b.Edges) != 1 {
		t.Fatalf("edges = %+v", b.Edges)
	}
	e := b.Edges[0]
	if e.ID != graph.EdgeID(russia, "violated", memo) || e.Source != russia || e.Target != memo || e.Type != "violated" || e.Date != "2014" || e.Modality != graph.Alleged {
		t.Errorf("edge = %+v", e)
	}
	want := graph.Evidence{Article: "curated:facts.jsonl", Sentence: "Russia violated the terms.", Rule: RuleCurated, Confidence: 0.9, Date: "2014", Modality: graph.Alleged}
	if len(e.Evidence) != 1 || e.Evidence[0] != want {
		t.Errorf("evidence = %+v\nwant %+v", e.Evidence, want)
	}
	// The same name on both ends is one node.
	self, err := CuratedBatch(context.Background(), &CuratedFact{Subject: "A", SubjectKind: graph.KindState, Predicate: "sanctioned", Object: "A", ObjectKind: graph.KindState, File: "f"}, nil)
	if err != nil || len(self.Nodes) != 1 || self.Edges[0].Evidence[0].Confidence != 1 || self.Edges[0].Modality != graph.Asserted {
		t.Errorf("self-loop batch = %+v, %v; want one node, confidence 1, asserted", self, err)
	}
}

func TestCuratedBatchNeedsAKindForANewNode(t *testing.T) {
	tests := []struct {
		name  string
		fact  CuratedFact
		field string
	}{
		{"no subject kind", CuratedFact{Subject: "Russia", Predicate: "signed", Object: "X", ObjectKind: graph.KindAgreement}, "subject_kind"},
		{"no object kind", CuratedFact{Subject: "Russia", SubjectKind: graph.KindState, Predicate: "signed", Object: "X"}, "object_kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fact.File, tc.fact.Line = "f.jsonl", 9
			_, err := CuratedBatch(context.Background(), &tc.fact, nil)
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != "f.jsonl" || ie.Line != 9 || ie.Field != tc.field || !strings.Contains(ie.Msg, "give the kind") {
				t.Errorf("error = %v; want f.jsonl:9 naming %s", err, tc.field)
			}
		})
	}
}

func TestCuratedBatchJoinsStoredNodesByNameOrAlias(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	russia := graph.Node{ID: graph.NodeID(graph.KindState, "Russia"), Kind: graph.KindState, Name: "Russia", Aliases: []string{"the Kremlin", "Moscow"}}
	_, err := s.Write(ctx, &graph.Batch{Nodes: []graph.Node{
		russia,
		{ID: graph.NodeID(graph.KindState, "Georgia"), Kind: graph.KindState, Name: "Georgia"},
		{ID: graph.NodeID(graph.KindPlace, "Georgia"), Kind: graph.KindPlace, Name: "Georgia"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	find := StoreFinder(s)
	tests := []struct {
		name       string
		fact       CuratedFact
		wantSource string
		wantErr    string // field: message part
	}{
		{"alias without kind", CuratedFact{Subject: "the Kremlin", Predicate: "violated", Object: "Budapest Memorandum", ObjectKind: graph.KindAgreement}, russia.ID, ""},
		{"alias with kind", CuratedFact{Subject: "Moscow", SubjectKind: graph.KindState, Predicate: "violated", Object: "Budapest Memorandum", ObjectKind: graph.KindAgreement}, russia.ID, ""},
		{"name in other case", CuratedFact{Subject: "RUSSIA", Predicate: "violated", Object: "Budapest Memorandum", ObjectKind: graph.KindAgreement}, russia.ID, ""},
		{"alias of another kind makes a new node", CuratedFact{Subject: "Moscow", SubjectKind: graph.KindPlace, Predicate: "located_in", Object: "Russia"}, graph.NodeID(graph.KindPlace, "Moscow"), ""},
		{"ambiguous name without kind", CuratedFact{Subject: "Georgia", Predicate: "signed", Object: "X", ObjectKind: graph.KindAgreement}, "", "subject: \"Georgia\" names nodes of several kinds"},
		{"ambiguous name with kind", CuratedFact{Subject: "Georgia", SubjectKind: graph.KindPlace, Predicate: "located_in", Object: "Russia"}, graph.NodeID(graph.KindPlace, "Georgia"), ""},
		{"unknown name without kind", CuratedFact{Subject: "Atlantis", Predicate: "signed", Object: "X", ObjectKind: graph.KindAgreement}, "", "subject_kind: missing, and no stored node is named \"Atlantis\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fact.File, tc.fact.Line = "f.jsonl", 2
			b, err := CuratedBatch(ctx, &tc.fact, find)
			if tc.wantErr != "" {
				var ie *InputError
				if !errors.As(err, &ie) || !strings.Contains(ie.Error(), "f.jsonl:2: "+tc.wantErr) {
					t.Errorf("error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b.Edges[0].Source != tc.wantSource {
				t.Errorf("source = %q, want %q", b.Edges[0].Source, tc.wantSource)
			}
			if _, err := s.Write(ctx, b); err != nil {
				t.Fatalf("write: %v", err)
			}
		})
	}
	// The stored node kept its aliases: the batch carried only its identity.
	n, err := s.Node(ctx, russia.ID)
	if err != nil || len(n.Aliases) != 2 {
		t.Errorf("Russia after curated writes = %+v, %v; want its two aliases intact", n, err)
	}
}

// TestCuratedFactsFileLoadsTwiceWithoutDuplicates is the path of `entente load facts.jsonl`:
// Source → CuratedBatch → Store.Write, twice.
func TestCuratedFactsFileLoadsTwiceWithoutDuplicates(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.jsonl")
	content := goodFactLine + "\n" +
		`{"subject":"Ukraine","subject_kind":"State","predicate":"signed","object":"Budapest Memorandum","object_kind":"Agreement","date":"1994-12","evidence":"Ukraine signed it."}` + "\n" +
		`{"subject":"the Kremlin","predicate":"violated","object":"Budapest Memorandum","evidence":"The Kremlin broke it."}` + "\n" +
		`{"name":"Russia","kind":"State","aliases":["the Kremlin"]}` + "\n" +
		`{"subject":"Russia","predicate":"signed","object":"Budapest Memorandum"}` + "\n" +
		`{"subject":"Nowhere","predicate":"signed","object":"Budapest Memorandum"}` + "\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	load := func() (graph.WriteSummary, []string) {
		src, err := NewSource(ctx, []string{path}, SourceOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var sum graph.WriteSummary
		var bad []string
		for it, err := range src.Items(ctx) {
			if err != nil {
				bad = append(bad, err.Error())
				continue
			}
			var b *graph.Batch
			switch {
			case it.Fact != nil:
				b, err = CuratedBatch(ctx, it.Fact, StoreFinder(s))
			case it.Node != nil:
				b = CuratedNodeBatch(it.Node)
			}
			if err != nil {
				bad = append(bad, err.Error())
				continue
			}
			ws, err := s.Write(ctx, b)
			if err != nil {
				t.Fatalf("%s: %v", it.Pos(), err)
			}
			sum.Add(ws)
		}
		return sum, bad
	}
	_, bad := load()
	// Line 3 names "the Kremlin" before line 4 declares that alias: an error, reported in place.
	wantBad := []string{path + ":3: subject_kind: missing", path + ":6: subject_kind: missing"}
	if len(bad) != 2 || !strings.HasPrefix(bad[0], wantBad[0]) || !strings.HasPrefix(bad[1], wantBad[1]) {
		t.Fatalf("errors = %q, want lines 3 and 6 missing a kind", bad)
	}
	second, bad := load()
	if len(bad) != 1 || !strings.HasPrefix(bad[0], wantBad[1]) {
		t.Errorf("second load errors = %q; want only line 6 (the alias now exists)", bad)
	}
	if second.EdgesNew != 0 || second.NodesNew != 0 {
		t.Errorf("second load made %d new edges and %d new nodes; want none", second.EdgesNew, second.NodesNew)
	}
	page, err := s.Edges(ctx, graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Russia"), Direction: graph.Out})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range page.Edges {
		got = append(got, e.Type+" "+e.Target)
		if e.Type == "violated" && len(e.Evidence) != 2 {
			t.Errorf("violated has %d evidence entries, want 2 (line 1 and, on the second load, line 3)", len(e.Evidence))
		}
	}
	want := graph.NodeID(graph.KindAgreement, "Budapest Memorandum")
	if strings.Join(got, ",") != "signed "+want+",violated "+want {
		t.Errorf("Russia's edges = %q", got)
	}
}

func TestPendingNodesResolveNamesBeforeTheyAreWritten(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	pending := NewPendingNodes()
	find := pending.Finder(StoreFinder(s))
	var group graph.Batch
	add := func(b *graph.Batch) {
		pending.Add(b)
		group.Nodes = append(group.Nodes, b.Nodes...)
		group.Edges = append(group.Edges, b.Edges...)
	}
	add(CuratedNodeBatch(&CuratedNode{Name: "Russia", Kind: graph.KindState, Aliases: []string{"the Kremlin"}}))
	add(CuratedNodeBatch(&CuratedNode{Name: "Georgia", Kind: graph.KindState}))
	add(CuratedNodeBatch(&CuratedNode{Name: "Georgia", Kind: graph.KindPlace}))
	tests := []struct {
		name    string
		fact    CuratedFact
		want    string
		wantErr string
	}{
		{"alias of a pending node", CuratedFact{Subject: "Kremlin", Predicate: "annexed", Object: "Crimea", ObjectKind: graph.KindPlace}, graph.NodeID(graph.KindState, "Russia"), ""},
		{"pending name in another case", CuratedFact{Subject: "THE RUSSIA", Predicate: "annexed", Object: "Crimea", ObjectKind: graph.KindPlace}, graph.NodeID(graph.KindState, "Russia"), ""},
		{"several pending kinds", CuratedFact{Subject: "Georgia", Predicate: "signed", Object: "X", ObjectKind: graph.KindAgreement}, "", "several kinds"},
		{"kind picks one", CuratedFact{Subject: "Georgia", SubjectKind: graph.KindPlace, Predicate: "located_in", Object: "Crimea"}, graph.NodeID(graph.KindPlace, "Georgia"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := CuratedBatch(ctx, &tc.fact, find)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b.Edges[0].Source != tc.want {
				t.Errorf("source = %s, want %s", b.Edges[0].Source, tc.want)
			}
			add(b)
		})
	}
	if _, err := s.Write(ctx, &group); err != nil {
		t.Fatalf("writing the group: %v", err)
	}
	pending.Reset()
	if pending.Len() != 0 {
		t.Fatal("Reset kept names")
	}
	// Once written, the store answers.
	b, err := CuratedBatch(ctx, &CuratedFact{Subject: "the Kremlin", Predicate: "annexed", Object: "Crimea"}, find)
	if err != nil || b.Edges[0].Source != graph.NodeID(graph.KindState, "Russia") || b.Edges[0].Target != graph.NodeID(graph.KindPlace, "Crimea") {
		t.Errorf("after the write: %+v, %v", b, err)
	}
}
