package loaders_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/loaders"
)

// BenchmarkPipelineFull runs every stage, entities and relations, over the default corpus
// and reports words per second on one goroutine.
func BenchmarkPipelineFull(b *testing.B) {
	p := relPipeline(b)
	var pages []loaders.Page
	words := 0
	err := fs.WalkDir(data.Corpus(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := fs.ReadFile(data.Corpus(), path)
		if err != nil {
			return err
		}
		pages = append(pages, loaders.Page{Name: path, Text: string(text)})
		words += len(strings.Fields(string(text)))
		return nil
	})
	if err != nil || len(pages) == 0 {
		b.Fatalf("default corpus: %v (%d pages)", err, len(pages))
	}
	ctx := context.Background()
	facts := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, pg := range pages {
			docs, err := p.Extract(ctx, pg)
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				facts += len(d.Facts)
			}
		}
	}
	if facts == 0 {
		b.Fatal("no facts extracted")
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkRelationExtract times the relation stage alone on documents whose entities are
// already resolved.
func BenchmarkRelationExtract(b *testing.B) {
	p, err := loaders.NewPipeline(data.Knowledge(), loaders.WithoutRelations())
	if err != nil {
		b.Fatal(err)
	}
	x, err := loaders.NewRelationExtractor(data.Knowledge())
	if err != nil {
		b.Fatal(err)
	}
	text, err := fs.ReadFile(data.Corpus(), "ukraine-security-guarantees.txt")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	docs, err := p.Extract(ctx, loaders.Page{Name: "page", Text: string(text)})
	if err != nil {
		b.Fatal(err)
	}
	words := len(strings.Fields(string(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Facts = nil
			d.Entities = d.Entities[:len(d.Entities):len(d.Entities)]
			if err := x.Extract(ctx, &d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
