package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkVerify measures what the checksum checks cost (see verifyTables): Open of a store
// of 100k edges, which reads and checks every table block, and reads of a value-log article
// text, whose CRC Badger checks on every read. "noverify" is the same with Options.NoVerify.
// Reads of nodes and edges live in the tables, checked once at Open, so they cost nothing
// more: BenchmarkEdgesOut measures them.
func BenchmarkVerify(b *testing.B) {
	g := newBenchGraph(10_000, 10)
	dir := b.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		b.Fatal(err)
	}
	g.load(b, s, 100_000)
	text := strings.Repeat("Russia and Ukraine signed the grain deal in Istanbul. ", 200)
	const articles = 1000
	for i := range articles {
		a := &Article{ID: fmt.Sprintf("a%d", i), Title: "Long", Text: text}
		if _, err := s.Write(b.Context(), &Batch{Article: a}); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	ssts, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	var tableBytes int64
	for _, p := range ssts {
		if fi, err := os.Stat(p); err == nil {
			tableBytes += fi.Size()
		}
	}
	for _, noVerify := range []bool{false, true} {
		name := "verify"
		if noVerify {
			name = "noverify"
		}
		o := DefaultOptions(dir)
		o.NoVerify = noVerify
		b.Run("open/"+name, func(b *testing.B) {
			for b.Loop() {
				s, err := Open(o)
				if err != nil {
					b.Fatal(err)
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(tableBytes)/(1<<20), "table-MiB")
		})
		b.Run("article-text/"+name, func(b *testing.B) {
			s, err := Open(o)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			i := 0
			for b.Loop() {
				if _, err := s.Article(b.Context(), fmt.Sprintf("a%d", i%articles)); err != nil {
					b.Fatal(err)
				}
				i += 7
			}
			b.SetBytes(int64(len(text)))
		})
	}
}
