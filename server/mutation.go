package server

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/entente-kg/entente/graph"
)

// Ingester turns articles into graph writes: in `entente serve` it runs the loaders pipeline
// (an Article maps field for field onto loaders.Page, Name being ID) and writes one batch
// per article. Errors about single articles go into the report, so the rest of the call goes
// on; a returned error fails the whole call.
type Ingester interface {
	Ingest(ctx context.Context, articles []Article) (IngestReport, error)
}

// Article is one article of an ingestArticles call, checked (non-empty valid UTF-8 text of at
// most 1 MiB, ISO-partial published date). ID is the caller's name for it (or
// "articles[i]"), for error messages; the stored id is a hash of the text.
type Article struct {
	ID, Title, Source, Published, URL, Text string
}

// IngestReport is what an Ingester did.
type IngestReport struct {
	Summary graph.WriteSummary
	Errors  []string // one per article that could not be ingested, naming it
}

// IngesterFunc adapts a function to Ingester.
type IngesterFunc func(ctx context.Context, articles []Article) (IngestReport, error)

// Ingest calls f.
func (f IngesterFunc) Ingest(ctx context.Context, articles []Article) (IngestReport, error) {
	return f(ctx, articles)
}

// ArticlesOnly is an Ingester that stores the articles without extracting anything: what the
// server does when no pipeline is wired in, and what tests use.
func ArticlesOnly(store *graph.Store) Ingester {
	return IngesterFunc(func(ctx context.Context, articles []Article) (IngestReport, error) {
		var rep IngestReport
		for _, p := range articles {
			a := graph.Article{ID: graph.ArticleID(p.Text), Title: p.Title, Source: p.Source, Published: p.Published, URL: p.URL, Text: p.Text}
			sum, err := store.Write(ctx, &graph.Batch{Article: &a})
			if err != nil {
				if ctx.Err() != nil {
					return rep, err
				}
				rep.Errors = append(rep.Errors, fmt.Sprintf("%s: %v", p.ID, err))
				continue
			}
			rep.Summary.Add(sum)
		}
		return rep, nil
	})
}

// maxArticleBytes bounds one ingested article's text.
const maxArticleBytes = 1 << 20

// authorize refuses a write unless the server has a token and the request carried it.
func (s *Server) authorize(ctx context.Context, what string) error {
	rq := s.requestFrom(ctx)
	rq.mutation.Store(true) // never cache this request's answer
	switch {
	case s.cfg.Token == "":
		return newCoded(CodeWritesDisabled, "%s: writes are off on this server (no token configured; set one with --token or ENTENTE_TOKEN)", what)
	case rq.readOnly:
		return newCoded(CodeBadRequest, "%s: mutations must be sent with POST", what)
	case !rq.authOK:
		return newCoded(CodeUnauthenticated, "%s: missing or wrong bearer token (send \"Authorization: Bearer <token>\")", what)
	}
	return nil
}

type articleInput struct {
	ID, Title, Source, Published, URL *string
	Text                              string
}

// ingestSummary answers IngestSummary.
type ingestSummary struct{ rep IngestReport }

func (s *ingestSummary) ArticlesNew() int32     { return int32(s.rep.Summary.ArticlesNew) }
func (s *ingestSummary) ArticlesSkipped() int32 { return int32(s.rep.Summary.ArticlesSkipped) }
func (s *ingestSummary) NodesNew() int32        { return int32(s.rep.Summary.NodesNew) }
func (s *ingestSummary) NodesMerged() int32     { return int32(s.rep.Summary.NodesMerged) }
func (s *ingestSummary) RelationsNew() int32    { return int32(s.rep.Summary.EdgesNew) }
func (s *ingestSummary) RelationsMerged() int32 { return int32(s.rep.Summary.EdgesMerged) }
func (s *ingestSummary) EvidenceNew() int32     { return int32(s.rep.Summary.EvidenceNew) }
func (s *ingestSummary) Errors() []string {
	if s.rep.Errors == nil {
		return []string{}
	}
	return s.rep.Errors
}

func (r *resolver) IngestArticles(ctx context.Context, a struct{ Articles []articleInput }) (*ingestSummary, error) {
	s := r.srv
	if err := s.authorize(ctx, "ingestArticles"); err != nil {
		return nil, err
	}
	if s.ing == nil {
		return nil, newCoded(CodeWritesDisabled, "ingestArticles: this server has no ingest pipeline")
	}
	if len(a.Articles) > s.cfg.MaxIngestArticles {
		return nil, newCoded(CodeBadUserInput, "ingestArticles: %d articles in one call (at most %d)", len(a.Articles), s.cfg.MaxIngestArticles)
	}
	var bad []string
	pages := make([]Article, 0, len(a.Articles))
	for i, in := range a.Articles {
		name := fmt.Sprintf("articles[%d]", i)
		if in.ID != nil && *in.ID != "" {
			name = fmt.Sprintf("articles[%d] (id %.80q)", i, *in.ID)
		}
		switch {
		case strings.TrimSpace(in.Text) == "":
			bad = append(bad, name+": empty text")
			continue
		case len(in.Text) > maxArticleBytes:
			bad = append(bad, fmt.Sprintf("%s: text is %d bytes (at most %d)", name, len(in.Text), maxArticleBytes))
			continue
		case !utf8.ValidString(in.Text):
			bad = append(bad, name+": text is not valid UTF-8")
			continue
		}
		if in.Published != nil && *in.Published != "" {
			if err := checkDate(name+".published", *in.Published); err != nil {
				bad = append(bad, err.Error())
				continue
			}
		}
		pages = append(pages, Article{
			ID: firstNonEmpty(deref(in.ID), name), Text: in.Text, Title: deref(in.Title),
			Source: deref(in.Source), Published: deref(in.Published), URL: deref(in.URL),
		})
	}
	var rep IngestReport
	if len(pages) > 0 {
		var err error
		rep, err = s.ing.Ingest(ctx, pages)
		if err != nil {
			return nil, coded(fmt.Errorf("ingestArticles: %w", err))
		}
	}
	rep.Errors = append(bad, rep.Errors...)
	s.log.InfoContext(ctx, "ingest", "articles", len(a.Articles), "new", rep.Summary.ArticlesNew,
		"skipped", rep.Summary.ArticlesSkipped, "edges_new", rep.Summary.EdgesNew, "errors", len(rep.Errors))
	return &ingestSummary{rep: rep}, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

type factInput struct {
	Subject     string
	SubjectKind string // defaults in the schema make these non-nil
	Predicate   string
	Object      string
	ObjectKind  string
	Date        *string
	Modality    string
	Evidence    *string
	Article     *string
	Confidence  float64
}

// factNode returns the node a fact names: the existing one of that kind matching the name or
// an alias, else a new one.
func (s *Server) factNode(ctx context.Context, arg, name, kind string) (graph.Node, error) {
	if err := checkName(arg, name); err != nil {
		return graph.Node{}, err
	}
	k, err := graph.ParseKind(kind)
	if err != nil {
		return graph.Node{}, coded(fmt.Errorf("%s kind: %w", arg, err))
	}
	ns, err := s.store.FindByName(ctx, name, k)
	if err != nil {
		return graph.Node{}, coded(err)
	}
	if len(ns) > 0 {
		return ns[0], nil
	}
	name = strings.TrimSpace(name)
	return graph.Node{ID: graph.NodeID(k, name), Kind: k, Name: name}, nil
}

func (r *resolver) AddFact(ctx context.Context, a struct{ Fact factInput }) (*relationResolver, error) {
	s := r.srv
	if err := s.authorize(ctx, "addFact"); err != nil {
		return nil, err
	}
	f := a.Fact
	pred := predicateName(f.Predicate)
	if _, err := graph.LookupPredicate(pred); err != nil {
		return nil, coded(err)
	}
	subj, err := s.factNode(ctx, "fact.subject", f.Subject, f.SubjectKind)
	if err != nil {
		return nil, err
	}
	obj, err := s.factNode(ctx, "fact.object", f.Object, f.ObjectKind)
	if err != nil {
		return nil, err
	}
	date := deref(f.Date)
	if date != "" {
		if err := checkDate("fact.date", date); err != nil {
			return nil, err
		}
	}
	conf := f.Confidence
	if conf < 0 || conf > 1 {
		return nil, newCoded(CodeBadUserInput, "fact.confidence: %v is outside 0..1", conf)
	}
	mod := graph.Modality(strings.ToLower(f.Modality))
	quote := deref(f.Evidence)
	if len(quote) > maxArticleBytes || !utf8.ValidString(quote) {
		return nil, newCoded(CodeBadUserInput, "fact.evidence: too long or not valid UTF-8")
	}
	if quote == "" {
		quote = fmt.Sprintf("%s %s %s (curated)", subj.Name, pred, obj.Name)
	}
	e := graph.Edge{
		ID: graph.EdgeID(subj.ID, pred, obj.ID), Source: subj.ID, Type: pred, Target: obj.ID,
		Date: date, Modality: mod,
		Evidence: []graph.Evidence{{Article: deref(f.Article), Sentence: quote, Rule: "curated", Confidence: conf, Date: date, Modality: mod}},
	}
	if _, err := s.store.Write(ctx, &graph.Batch{Nodes: []graph.Node{subj, obj}, Edges: []graph.Edge{e}}); err != nil {
		return nil, coded(fmt.Errorf("addFact: %w", err))
	}
	stored, err := s.store.Edge(ctx, e.ID)
	if err != nil {
		return nil, coded(fmt.Errorf("addFact: reading back %s: %w", e.ID, err))
	}
	s.log.InfoContext(ctx, "fact added", "relation", e.ID, "predicate", pred)
	return &relationResolver{srv: s, e: stored, full: true}, nil
}

func (r *resolver) RetractFact(ctx context.Context, a struct {
	ID     graphql.ID
	Reason string
}) (*relationResolver, error) {
	s := r.srv
	if err := s.authorize(ctx, "retractFact"); err != nil {
		return nil, err
	}
	id := string(a.ID)
	if strings.TrimSpace(a.Reason) == "" {
		return nil, newCoded(CodeBadUserInput, "retractFact(reason): give a reason (it is kept as the audit trail)")
	}
	if len(a.Reason) > 10000 || !utf8.ValidString(a.Reason) {
		return nil, newCoded(CodeBadUserInput, "retractFact(reason): too long or not valid UTF-8")
	}
	if err := s.store.Retract(ctx, id, a.Reason); err != nil {
		return nil, coded(fmt.Errorf("retractFact(%s): %w", id, err))
	}
	e, err := s.store.Edge(ctx, id)
	if err != nil {
		return nil, coded(fmt.Errorf("retractFact(%s): reading back: %w", id, err))
	}
	s.log.InfoContext(ctx, "fact retracted", "relation", id)
	return &relationResolver{srv: s, e: e, full: true}, nil
}
