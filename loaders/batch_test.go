package loaders

import (
	"context"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// sampleDocument is a small document as the pipeline would give it.
func sampleDocument() *Document {
	text := "Vladimir Putin met reporters. Russia violated the Budapest Memorandum in 2014. Ukraine said Russia broke the memorandum again."
	s1, s2, s3 := strings.Index(text, "Vladimir"), strings.Index(text, "Russia violated"), strings.Index(text, "Ukraine said")
	return &Document{
		Name:    "page.txt",
		Article: graph.Article{Title: "Talks", Text: text, Published: "2025-08-19"},
		Sentences: []Sentence{
			{Text: text[s1 : s2-1], Start: s1, End: s2 - 1},
			{Text: text[s2 : s3-1], Start: s2, End: s3 - 1},
			{Text: text[s3:], Start: s3, End: len(text)},
		},
		Mentions: []Mention{
			{Text: "Vladimir Putin", Sentence: 0, Entity: 0},
			{Text: "Russia", Sentence: 1, Entity: 1},
			{Text: "Budapest Memorandum", Sentence: 1, Entity: 2},
			{Text: "Ukraine", Sentence: 2, Entity: 3},
			{Text: "Russia", Sentence: 2, Entity: 1},
		},
		Entities: []Entity{
			{Name: "Vladimir Putin", Kind: graph.KindPerson, Aliases: []string{"Putin", "Mr Putin", "Vladimir Putin", "Putin"}, Mentions: []int{0}},
			{Name: "Russia", Kind: graph.KindState, Aliases: []string{"the Kremlin"}, Props: map[string]string{"iso": "RUS"}, Mentions: []int{1, 4}},
			{Name: "Budapest Memorandum", Kind: graph.KindAgreement, Mentions: []int{2}},
			{Name: "Ukraine", Kind: graph.KindState, Mentions: []int{3}},
		},
		Facts: []Fact{
			{Subject: "Russia", SubjectKind: graph.KindState, Predicate: "violated", Object: "Budapest Memorandum", ObjectKind: graph.KindAgreement,
				Date: "2014", Modality: graph.Asserted, Confidence: 0.9, Rule: "violate-active", Evidence: text[s2 : s3-1], Start: s2, End: s3 - 1},
			{Subject: "Russia", Predicate: "violated", Object: "Budapest Memorandum", Modality: graph.Alleged, ClaimedBy: "Ukraine",
				Confidence: 0.6, Rule: "said-broke", Evidence: text[s3:], Start: s3, End: len(text)},
			{Subject: "Vladimir Putin", SubjectKind: graph.KindPerson, Predicate: "represents", Object: "Russia", ObjectKind: graph.KindState,
				Confidence: 0.8, Rule: "role", Evidence: text[s1 : s2-1], Start: s1, End: s2 - 1},
			{Subject: "Nobody", Predicate: "signed", Object: "Budapest Memorandum", Rule: "x"}, // no kind: left out
		},
	}
}

func TestDocumentBatchMapsTheDocument(t *testing.T) {
	doc := sampleDocument()
	b := DocumentBatch(doc)
	artID := graph.ArticleID(doc.Article.Text)
	if b.Article == nil || b.Article.ID != artID || b.Article.Title != "Talks" || doc.Article.ID != "" {
		t.Fatalf("article = %+v; want id %s filled in the batch only", b.Article, artID)
	}
	putin, russia := graph.NodeID(graph.KindPerson, "Vladimir Putin"), graph.NodeID(graph.KindState, "Russia")
	memo, ukraine := graph.NodeID(graph.KindAgreement, "Budapest Memorandum"), graph.NodeID(graph.KindState, "Ukraine")
	artNode := graph.NodeID(graph.KindArticle, artID)
	var nodes []string
	for _, n := range b.Nodes {
		nodes = append(nodes, n.ID)
	}
	if want := []string{putin, russia, memo, ukraine, artNode}; !equalStrings(nodes, want) {
		t.Errorf("nodes = %q, want %q", nodes, want)
	}
	if got := b.Nodes[0].Aliases; !equalStrings(got, []string{"Putin", "Mr Putin"}) {
		t.Errorf("Putin's aliases = %q, want deduplicated and without the name", got)
	}
	if b.Nodes[1].Props["iso"] != "RUS" {
		t.Errorf("Russia's props = %v", b.Nodes[1].Props)
	}
	if a := b.Nodes[4]; a.Kind != graph.KindArticle || a.Name != artID || !equalStrings(a.Aliases, []string{"Talks"}) {
		t.Errorf("article node = %+v", a)
	}

	byType := map[string][]graph.Edge{}
	for _, e := range b.Edges {
		byType[e.Type] = append(byType[e.Type], e)
	}
	v := byType["violated"]
	if len(v) != 1 {
		t.Fatalf("violated edges = %+v, want the two sentences merged into one edge", v)
	}
	if v[0].ID != graph.EdgeID(russia, "violated", memo) || v[0].Date != "2014" || v[0].Modality != graph.Asserted || len(v[0].Evidence) != 2 {
		t.Errorf("violated edge = %+v", v[0])
	}
	alleged := v[0].Evidence[1]
	if alleged.Modality != graph.Alleged || alleged.ClaimedBy != ukraine || alleged.Article != artID || alleged.Rule != "said-broke" ||
		alleged.Start != doc.Facts[1].Start || alleged.End != doc.Facts[1].End || alleged.Sentence != doc.Facts[1].Evidence || alleged.Confidence != 0.6 {
		t.Errorf("alleged evidence = %+v", alleged)
	}
	if r := byType["represents"]; len(r) != 1 || r[0].Source != putin || r[0].Target != russia {
		t.Errorf("represents = %+v", r)
	}
	if len(byType["signed"]) != 0 {
		t.Errorf("a fact without kinds made an edge: %+v", byType["signed"])
	}
	m := byType["mentions"]
	if len(m) != 4 {
		t.Fatalf("mentions edges = %d, want one per entity", len(m))
	}
	for _, e := range m {
		if e.Source != artNode || len(e.Evidence) != 1 || e.Evidence[0].Rule != RuleMention {
			t.Errorf("mentions edge = %+v", e)
		}
	}
	// Russia's first mention is in the second sentence.
	if ev := m[1].Evidence[0]; m[1].Target != russia || ev.Start != doc.Sentences[1].Start || ev.Sentence != doc.Sentences[1].Text {
		t.Errorf("Russia's mention evidence = %+v", ev)
	}

	none := DocumentBatchWith(doc, BatchOptions{MentionEvidence: 0})
	for _, e := range none.Edges {
		if e.Type == "mentions" {
			t.Fatal("MentionEvidence 0 still wrote mentions edges")
		}
	}
	two := DocumentBatchWith(doc, BatchOptions{MentionEvidence: 2})
	for _, e := range two.Edges {
		if e.Type == "mentions" && e.Target == russia && len(e.Evidence) != 2 {
			t.Errorf("MentionEvidence 2: Russia has %d mention evidence entries, want 2", len(e.Evidence))
		}
	}
}

func TestDocumentBatchStoresAndReloadsAsANoOp(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	doc := sampleDocument()
	first, err := s.Write(ctx, DocumentBatch(doc))
	if err != nil {
		t.Fatal(err)
	}
	if first.ArticlesNew != 1 || first.NodesNew != 5 {
		t.Errorf("first write = %+v; want 1 article and 5 nodes", first)
	}
	again, err := s.Write(ctx, DocumentBatch(doc))
	if err != nil {
		t.Fatal(err)
	}
	if again.ArticlesSkipped != 1 || again.EdgesNew != 0 || again.EvidenceNew != 0 {
		t.Errorf("second write = %+v; want the article skipped and nothing new", again)
	}
	found, err := s.FindByName(ctx, "Mr Putin")
	if err != nil || len(found) != 1 || found[0].Name != "Vladimir Putin" {
		t.Errorf("FindByName(Mr Putin) = %+v, %v", found, err)
	}
	page, err := s.Edges(ctx, graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Russia"), Direction: graph.Out, Types: []string{"violated"}})
	if err != nil || len(page.Edges) != 1 || len(page.Edges[0].Evidence) != 2 {
		t.Fatalf("Russia violated = %+v, %v; want one edge with two evidence entries", page.Edges, err)
	}
	art, err := s.Article(ctx, graph.ArticleID(doc.Article.Text))
	if err != nil || art.Title != "Talks" {
		t.Errorf("article = %+v, %v", art, err)
	}
	in, err := s.Edges(ctx, graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Russia"), Direction: graph.In, Types: []string{"mentions"}})
	if err != nil || len(in.Edges) != 1 || in.Edges[0].Source != graph.NodeID(graph.KindArticle, art.ID) {
		t.Errorf("articles mentioning Russia = %+v, %v", in.Edges, err)
	}
}

func BenchmarkDocumentBatch(b *testing.B) {
	doc := sampleDocument()
	for i := 0; i < 40; i++ {
		doc.Entities = append(doc.Entities, Entity{Name: "Actor " + string(rune('A'+i)), Kind: graph.KindPerson, Mentions: []int{0}})
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = DocumentBatch(doc)
	}
}
