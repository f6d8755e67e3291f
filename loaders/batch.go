package loaders

import (
	"github.com/entente-kg/entente/graph"
)

// Rules of the evidence DocumentBatch writes that no extraction rule made.
const (
	RuleMention = "mention" // an article names an entity
	RuleCurated = "curated" // a hand-made fact
)

// BatchOptions tunes DocumentBatchWith.
type BatchOptions struct {
	// MentionEvidence is how many sentences of an entity's mentions become evidence of its
	// mentions edge, first ones first. 0 writes no mentions edges and no Article node.
	MentionEvidence int
}

// DefaultBatchOptions keeps the first mention of each entity: enough to show where an article
// names it, cheap enough for hundreds of thousands of articles.
func DefaultBatchOptions() BatchOptions { return BatchOptions{MentionEvidence: 1} }

// DocumentBatch turns a document into one atomic write with DefaultBatchOptions.
func DocumentBatch(doc *Document) *graph.Batch { return DocumentBatchWith(doc, DefaultBatchOptions()) }

// DocumentBatchWith turns a document into one atomic write:
//   - the article (its ID made by ArticleID from the text when the pipeline left it empty);
//   - one node per entity: NodeID(kind, canonical name), aliases (the name itself left out),
//     props;
//   - one edge per distinct fact (s, p, o), its evidence one entry per sentence that states it:
//     article id, sentence, span, rule, confidence, date, modality, and claimed_by as the
//     claimant's node id when the claimant is an entity of the document. The edge's date is the
//     earliest date of its evidence and its modality the strongest;
//   - when opts.MentionEvidence > 0, an Article node (id NodeID(Article, article id), name the
//     article id, the title as alias) with one `mentions` edge to each entity, whose evidence
//     is the sentence of its first mention(s).
//
// A fact whose subject or object is not an entity of the document and carries no kind has no
// node to point to and is left out: the pipeline gives every fact end a kind.
func DocumentBatchWith(doc *Document, opts BatchOptions) *graph.Batch {
	art := doc.Article
	if art.ID == "" {
		text := art.Text
		if text == "" {
			text = doc.Name
		}
		art.ID = graph.ArticleID(text)
	}
	b := &graph.Batch{Article: &art}

	nodeIdx := make(map[string]int) // node id → index in b.Nodes
	kindOf := make(map[string]graph.Kind, len(doc.Entities))
	addNode := func(n graph.Node) {
		if i, ok := nodeIdx[n.ID]; ok {
			b.Nodes[i].Aliases = batchUnionAliases(b.Nodes[i].Name, b.Nodes[i].Aliases, n.Aliases)
			for k, v := range n.Props {
				if b.Nodes[i].Props == nil {
					b.Nodes[i].Props = make(map[string]string)
				}
				if _, set := b.Nodes[i].Props[k]; !set {
					b.Nodes[i].Props[k] = v
				}
			}
			return
		}
		nodeIdx[n.ID] = len(b.Nodes)
		b.Nodes = append(b.Nodes, n)
	}
	entityIDs := make([]string, len(doc.Entities))
	for i, e := range doc.Entities {
		if e.Name == "" || e.Kind == "" {
			continue
		}
		id := graph.NodeID(e.Kind, e.Name)
		entityIDs[i] = id
		if _, ok := kindOf[e.Name]; !ok {
			kindOf[e.Name] = e.Kind
		}
		var props map[string]string
		if len(e.Props) > 0 {
			props = make(map[string]string, len(e.Props))
			for k, v := range e.Props {
				props[k] = v
			}
		}
		addNode(graph.Node{ID: id, Kind: e.Kind, Name: e.Name, Aliases: batchUnionAliases(e.Name, nil, e.Aliases), Props: props})
	}

	endID := func(name string, kind graph.Kind) string {
		if kind == "" {
			kind = kindOf[name]
		}
		if name == "" || kind == "" {
			return ""
		}
		id := graph.NodeID(kind, name)
		addNode(graph.Node{ID: id, Kind: kind, Name: name})
		return id
	}
	edgeIdx := make(map[string]int)
	for _, f := range doc.Facts {
		src, dst := endID(f.Subject, f.SubjectKind), endID(f.Object, f.ObjectKind)
		if src == "" || dst == "" || f.Predicate == "" {
			continue
		}
		modality := f.Modality
		if modality == "" {
			modality = graph.Asserted
		}
		ev := graph.Evidence{
			Article:    art.ID,
			Sentence:   f.Evidence,
			Start:      f.Start,
			End:        f.End,
			Rule:       f.Rule,
			Confidence: f.Confidence,
			Date:       f.Date,
			Modality:   modality,
		}
		if f.ClaimedBy != "" {
			if k := kindOf[f.ClaimedBy]; k != "" {
				ev.ClaimedBy = graph.NodeID(k, f.ClaimedBy)
			}
		}
		id := graph.EdgeID(src, f.Predicate, dst)
		if i, ok := edgeIdx[id]; ok {
			e := &b.Edges[i]
			e.Evidence = append(e.Evidence, ev)
			if f.Date != "" && (e.Date == "" || f.Date < e.Date) {
				e.Date = f.Date
			}
			if batchModalityRank(modality) > batchModalityRank(e.Modality) {
				e.Modality = modality
			}
			continue
		}
		edgeIdx[id] = len(b.Edges)
		b.Edges = append(b.Edges, graph.Edge{ID: id, Source: src, Type: f.Predicate, Target: dst,
			Date: f.Date, Modality: modality, Evidence: []graph.Evidence{ev}})
	}

	if opts.MentionEvidence > 0 {
		batchAddMentions(b, doc, &art, entityIDs, opts.MentionEvidence)
	}
	return b
}

// batchAddMentions adds the Article node and its mentions edges. It runs after the entities, so an
// entity without mentions (added by a fact alone) gets no mentions edge.
func batchAddMentions(b *graph.Batch, doc *Document, art *graph.Article, entityIDs []string, max int) {
	artNode := graph.Node{ID: graph.NodeID(graph.KindArticle, art.ID), Kind: graph.KindArticle, Name: art.ID}
	if art.Title != "" {
		artNode.Aliases = []string{art.Title}
	}
	b.Nodes = append(b.Nodes, artNode)
	done := make(map[string]bool)
	for i, e := range doc.Entities {
		id := entityIDs[i]
		if id == "" || done[id] || e.Kind == graph.KindArticle {
			continue
		}
		done[id] = true
		edge := graph.Edge{ID: graph.EdgeID(artNode.ID, "mentions", id), Source: artNode.ID, Type: "mentions", Target: id, Modality: graph.Asserted}
		seen := make(map[int]bool)
		for _, mi := range e.Mentions {
			if len(edge.Evidence) >= max || mi < 0 || mi >= len(doc.Mentions) {
				break
			}
			si := doc.Mentions[mi].Sentence
			if seen[si] || si < 0 || si >= len(doc.Sentences) {
				continue
			}
			seen[si] = true
			s := doc.Sentences[si]
			edge.Evidence = append(edge.Evidence, graph.Evidence{Article: art.ID, Sentence: s.Text, Start: s.Start, End: s.End,
				Rule: RuleMention, Confidence: 1, Modality: graph.Asserted})
		}
		if len(edge.Evidence) == 0 {
			// An entity the pipeline knows without a mention span still is named by the article.
			edge.Evidence = []graph.Evidence{{Article: art.ID, Rule: RuleMention, Confidence: 1, Modality: graph.Asserted}}
		}
		b.Edges = append(b.Edges, edge)
	}
}

// batchModalityRank orders modalities, strongest highest.
func batchModalityRank(m graph.Modality) int {
	switch m {
	case graph.Asserted:
		return 3
	case graph.Alleged:
		return 2
	case graph.Planned:
		return 1
	}
	return 0
}

// batchUnionAliases appends the aliases in add that are new and not the name itself.
func batchUnionAliases(name string, have, add []string) []string {
	for _, a := range add {
		if a == "" || a == name || curatedContains(have, a) {
			continue
		}
		have = append(have, a)
	}
	return have
}
