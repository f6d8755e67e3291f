// Package loaders turns news text into the graph's nodes and edges: a Pipeline segments a
// page into articles, splits sentences, finds and resolves entity mentions and extracts facts.
// Language and world knowledge comes from the data tables in data/knowledge, read once.
package loaders

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/entente-kg/entente/graph"
)

// Pipeline turns a page into resolved documents: segment the page into articles, then for
// each split sentences and tokens, find mentions, resolve them to entities, and (last) run the
// relation extractor. Knowledge is loaded once in NewPipeline and only read afterwards, so one
// Pipeline is safe for concurrent use by several goroutines.
type Pipeline struct {
	k        *Knowledge
	seg      *Segmenter
	split    *SentenceSplitter
	finder   *MentionFinder
	resolver *Resolver
	// rel is the relations stage; nil when disabled with WithoutRelations.
	rel *RelationExtractor
	// maxArticle bounds the work and memory one article may take; maxPage one page.
	maxArticle int
	maxPage    int
}

// DefaultMaxPipelinePageBytes is the largest page the pipeline segments by default. A larger
// input is refused with ErrPageTooLarge: split it, or send articles as JSON Lines.
const DefaultMaxPipelinePageBytes = 16 << 20

// ErrPageTooLarge is returned (wrapped) for a page over the page limit.
var ErrPageTooLarge = errors.New("page too large")

// DefaultMaxArticleBytes is the largest article body processed by default: far above any news
// article, small enough that a runaway input cannot exhaust memory.
const DefaultMaxArticleBytes = 2 << 20

// ErrArticleTooLarge is returned (wrapped) for an article whose body exceeds the limit.
var ErrArticleTooLarge = errors.New("article too large")

// PipelineOption configures NewPipeline.
type PipelineOption func(*pipelineConfig) error

type pipelineConfig struct {
	extra      []fs.FS
	relations  bool
	maxArticle int
	maxPage    int
}

// WithMaxPageBytes sets the largest page accepted (DefaultMaxPipelinePageBytes when not set).
func WithMaxPageBytes(n int) PipelineOption {
	return func(c *pipelineConfig) error {
		if n <= 0 {
			return fmt.Errorf("max page bytes: %d is not positive", n)
		}
		c.maxPage = n
		return nil
	}
}

// WithMaxArticleBytes sets the largest article body processed (DefaultMaxArticleBytes when
// not set); larger articles are skipped with ErrArticleTooLarge.
func WithMaxArticleBytes(n int) PipelineOption {
	return func(c *pipelineConfig) error {
		if n <= 0 {
			return fmt.Errorf("max article bytes: %d is not positive", n)
		}
		c.maxArticle = n
		return nil
	}
}

// WithTables adds knowledge tables from fsys (same file names and formats as data/knowledge:
// countries*.tsv, organizations*.tsv, places*.tsv, agreements*.tsv, people*.tsv, titles*.tsv,
// shape_heads*.tsv, entity_cues*.tsv). Their rows add to the built-in ones.
func WithTables(fsys ...fs.FS) PipelineOption {
	return func(c *pipelineConfig) error {
		c.extra = append(c.extra, fsys...)
		return nil
	}
}

// WithTableFiles adds knowledge tables from paths: a directory adds every table in it, a file
// must be named after its table kind (e.g. organizations_local.tsv, people.tsv).
func WithTableFiles(paths ...string) PipelineOption {
	return func(c *pipelineConfig) error {
		for _, p := range paths {
			st, err := os.Stat(p)
			if err != nil {
				return fmt.Errorf("gazetteer: %w", err)
			}
			if st.IsDir() {
				c.extra = append(c.extra, os.DirFS(p))
				continue
			}
			base := filepath.Base(p)
			if !isTableName(base) {
				return fmt.Errorf("gazetteer %s: name the file after its table kind (%s)", p, strings.Join(tablePatterns(), ", "))
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return fmt.Errorf("gazetteer: %w", err)
			}
			c.extra = append(c.extra, fstest.MapFS{base: &fstest.MapFile{Data: data}})
		}
		return nil
	}
}

// WithoutRelations skips the relations stage: documents carry entities but no facts.
func WithoutRelations() PipelineOption {
	return func(c *pipelineConfig) error {
		c.relations = false
		return nil
	}
}

func tablePatterns() []string {
	return []string{tableCountries, tableOrganizations, tablePlaces, tableAgreements, tablePeople, tableTitles, tableShapes, tableCues}
}

func isTableName(base string) bool {
	for _, p := range tablePatterns() {
		if ok, _ := path.Match(p, base); ok {
			return true
		}
	}
	return false
}

// NewPipeline loads the knowledge tables in knowledge (normally data.Knowledge()) plus any
// added by options, and builds every stage.
func NewPipeline(knowledge fs.FS, opts ...PipelineOption) (*Pipeline, error) {
	cfg := pipelineConfig{relations: true, maxArticle: DefaultMaxArticleBytes, maxPage: DefaultMaxPipelinePageBytes}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	k, err := LoadKnowledge(append([]fs.FS{knowledge}, cfg.extra...)...)
	if err != nil {
		return nil, err
	}
	split, err := NewSentenceSplitter(k)
	if err != nil {
		return nil, fmt.Errorf("pipeline: tagger: %w", err)
	}
	dates, err := NewDateParser(knowledge)
	if err != nil {
		return nil, fmt.Errorf("pipeline: segmenter: %w", err)
	}
	p := &Pipeline{k: k, seg: NewSegmenter(dates), split: split, finder: NewMentionFinder(k), resolver: NewResolver(k), maxArticle: cfg.maxArticle, maxPage: cfg.maxPage}
	if cfg.relations {
		// Hook: the relations stage (loaders/relation*.go) runs last, on resolved mentions.
		rel, err := NewRelationExtractor(knowledge)
		if err != nil {
			return nil, fmt.Errorf("pipeline: relations: %w", err)
		}
		rel.capitals = k.capitals()
		rel.numberedDeals = k.cues["numbered_deal"]
		p.rel = rel
	}
	return p, nil
}

// Knowledge returns the pipeline's loaded knowledge.
func (p *Pipeline) Knowledge() *Knowledge { return p.k }

// Extract segments page into articles and runs every stage on each. Documents are named
// page.Name for the first article and "page.Name#2", "#3" … for later ones. An article over
// the size limit is skipped and reported in the error (wrapping ErrArticleTooLarge) while the
// other documents are still returned; a cancelled ctx returns its error and no documents.
func (p *Pipeline) Extract(ctx context.Context, page Page) ([]Document, error) {
	var docs []Document
	err := p.ExtractEach(ctx, page, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if ctx.Err() != nil {
		return nil, err
	}
	return docs, err
}

// ExtractEach is Extract handing each document to fn as soon as it is ready, so a page of
// many articles is processed in bounded memory. An error from fn stops the page and is
// returned.
func (p *Pipeline) ExtractEach(ctx context.Context, page Page, fn func(Document) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(page.Text) > p.maxPage {
		// The caller names the page (it knows the file or line), so the error does not.
		return fmt.Errorf("%w: %s, over the %s limit for one page; split the file into smaller pages, or give its articles as JSON Lines (one article per line)",
			ErrPageTooLarge, byteSize(len(page.Text)), byteSize(p.maxPage))
	}
	sections := p.seg.Segment(page)
	var errs []error
	for i, sec := range sections {
		sections[i] = Section{} // let the body go once its document is handed over
		name := page.Name
		if i > 0 {
			name += "#" + strconv.Itoa(i+1)
		}
		if len(sec.Body) > p.maxArticle {
			errs = append(errs, fmt.Errorf("article %s: %w: %s, over the %s limit for one article; skipped", name, ErrArticleTooLarge, byteSize(len(sec.Body)), byteSize(p.maxArticle)))
			continue
		}
		doc, err := p.ExtractSection(ctx, name, sec, page.URL)
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		if err := fn(doc); err != nil {
			return err
		}
	}
	return errors.Join(errs...)
}

// byteSize formats n bytes for a person: "52425920 bytes" reads worse than "50.0 MiB".
func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// ExtractSection runs the stages after segmentation on one article.
func (p *Pipeline) ExtractSection(ctx context.Context, name string, sec Section, url string) (Document, error) {
	doc := Document{Name: name}
	doc.Article = graph.Article{
		ID:        graph.ArticleID(sec.Body),
		Title:     sec.Title,
		Source:    sec.Source,
		Published: sec.Published,
		URL:       url,
		Text:      sec.Body,
	}
	sents, err := p.split.Split(ctx, sec.Body)
	if err != nil {
		return Document{}, err
	}
	doc.Sentences = sents
	cands := p.finder.Find(sents)
	p.resolver.Resolve(&doc, cands)
	p.addPublisher(&doc)
	if p.rel != nil {
		if err := p.rel.extract(ctx, &doc, p.readTitle(ctx, sec.Title, sents)); err != nil {
			return Document{}, fmt.Errorf("relations: %w", err)
		}
	}
	return doc, nil
}

// readTitle returns the agreements ("US and Taliban sign Doha deal") and states a headline
// names. The headline is no sentence of the body, so its names are no entities of their own.
func (p *Pipeline) readTitle(ctx context.Context, title string, body []Sentence) relTitle {
	var out relTitle
	if strings.TrimSpace(title) == "" {
		return out
	}
	sents, err := p.split.SplitTitle(ctx, title, body)
	if err != nil {
		return out // a headline that cannot be read names nothing
	}
	cands := p.finder.Find(sents)
	for _, c := range cands {
		switch {
		case c.Canonical == "":
		case c.Kind == graph.KindAgreement:
			out.deals = append(out.deals, c.Canonical)
		case c.Kind == graph.KindState:
			out.states = append(out.states, c.Canonical)
			if c.entry != nil && c.entry.ISO != "" {
				if out.isos == nil {
					out.isos = map[string]string{}
				}
				out.isos[c.Canonical] = c.entry.ISO
			}
		}
	}
	if len(out.deals) == 0 && p.rel != nil {
		out.deals, out.placeDeals = p.rel.describedDeals(sents, cands)
	}
	return out
}

// addPublisher adds the outlet of a byline ("The Independent") as an organization the page
// names. A "Source:" list of several outlets ("Reuters via …; AP; reworded") adds nothing.
func (p *Pipeline) addPublisher(doc *Document) {
	src := strings.TrimSpace(doc.Article.Source)
	if src == "" || strings.ContainsAny(src, ";,|") || strings.Contains(src, " via ") || len(strings.Fields(src)) > 5 || !startsUpper(src) {
		return
	}
	// An outlet is a name: "Share this article", repeated on a page like a byline, is not.
	for _, w := range strings.Fields(src) {
		if !startsUpper(w) && !isConnector(w) && !p.k.particles[w] {
			return
		}
	}
	name := src
	if es, n := p.k.gaz.Match(sentenceTokens(p, src), 0); n > 0 && es[0].Kind == graph.KindOrganization {
		name = es[0].Canonical
	}
	for _, e := range doc.Entities {
		if e.Kind == graph.KindOrganization && strings.EqualFold(e.Name, name) {
			return
		}
	}
	doc.Entities = append(doc.Entities, Entity{Name: name, Kind: graph.KindOrganization})
}

// sentenceTokens tokenizes a short string the way article text is tokenized.
func sentenceTokens(p *Pipeline, s string) []Token {
	var toks []Token
	for _, t := range p.split.tok.Tokenize(s) {
		toks = appendSplitQuotes(toks, t.Text, t.Start)
	}
	return toks
}
