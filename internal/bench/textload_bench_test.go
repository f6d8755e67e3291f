package bench

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/loaders"
)

// benchCorpus is the text path's corpus as `entente bench` makes it by default, with its
// article batches extracted once.
type benchCorpus struct {
	pages   []loaders.Page
	batches []*graph.Batch
	words   int
}

func newBenchCorpus(b *testing.B, articles int) *benchCorpus {
	b.Helper()
	gen, err := NewGenerator(1, data.Knowledge())
	if err != nil {
		b.Fatal(err)
	}
	p, err := loaders.NewPipeline(data.Knowledge())
	if err != nil {
		b.Fatal(err)
	}
	c := &benchCorpus{}
	err = gen.Articles(CorpusOptions{Articles: articles, Actors: 5000, Treaties: 2000}, func(a Article) error {
		c.pages = append(c.pages, loaders.Page{Name: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, URL: a.URL, Text: a.Text})
		c.words += len(strings.Fields(a.Text))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, pg := range c.pages {
		err := p.ExtractEach(context.Background(), pg, func(d loaders.Document) error {
			c.batches = append(c.batches, loaders.DocumentBatch(&d))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return c
}

// BenchmarkTextWrite measures the text path's writer alone: the batches of 5000 extracted
// articles written into a fresh on-disk store from one goroutine, as Load's writer does, one
// Store.Write each or through a GroupWriter, with Badger memtables of 64 MiB (the default)
// or 32 MiB. words/s counts the articles' words, as `entente bench` does.
func BenchmarkTextWrite(b *testing.B) {
	c := newBenchCorpus(b, 5000)
	ctx := context.Background()
	for _, mode := range []string{"Write", "GroupWriter"} {
		for _, mb := range []int64{64, 32} {
			b.Run(fmt.Sprintf("%s/memtable=%dMiB", mode, mb), func(b *testing.B) {
				for range b.N {
					b.StopTimer()
					o := graph.DefaultOptions(b.TempDir())
					o.MemTableSize = mb << 20
					st, err := graph.Open(o)
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					write := st.Write
					var gw *graph.GroupWriter
					if mode == "GroupWriter" {
						if gw, err = st.NewGroupWriter(ctx); err != nil {
							b.Fatal(err)
						}
						write = gw.Write
					}
					for _, bt := range c.batches {
						if _, err := write(ctx, bt); err != nil {
							b.Fatal(err)
						}
					}
					if gw != nil {
						if err := gw.Close(); err != nil {
							b.Fatal(err)
						}
					}
					b.StopTimer()
					if err := st.Close(); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(c.words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			})
		}
	}
}

// BenchmarkTextLoad measures the text path end to end as `entente bench` does: 5000
// articles read from JSONL, extracted on 2 workers and written by Load's writer into a fresh
// on-disk store. words/s/core divides by the machine's cores, as `entente bench` does.
func BenchmarkTextLoad(b *testing.B) {
	gen, err := NewGenerator(1, data.Knowledge())
	if err != nil {
		b.Fatal(err)
	}
	p, err := loaders.NewPipeline(data.Knowledge())
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "articles.jsonl")
	words := 0
	err = writeFile(path, func(w io.Writer) error {
		_, err := WriteJSONL(w, func(fn func(Article) error) error {
			return gen.Articles(CorpusOptions{Articles: 5000, Actors: 5000, Treaties: 2000}, func(a Article) error {
				words += len(strings.Fields(a.Text))
				return fn(a)
			})
		})
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		st, err := graph.Open(graph.DefaultOptions(b.TempDir()))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := load(ctx, Options{Extractor: p, Workers: 2}, st, path); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	wps := float64(words) * float64(b.N) / b.Elapsed().Seconds()
	b.ReportMetric(wps, "words/s")
	b.ReportMetric(wps/float64(runtime.NumCPU()), "words/s/core")
}
