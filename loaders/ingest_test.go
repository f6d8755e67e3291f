package loaders

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// writeLines writes lines to a file in dir and returns its path.
func writeLines(tb testing.TB, dir, name string, lines ...string) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// loadPaths runs Load over paths into st.
func loadPaths(tb testing.TB, ex Extractor, st *graph.Store, paths ...string) LoadSummary {
	tb.Helper()
	ctx := context.Background()
	src, err := NewSource(ctx, paths, SourceOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	sum, err := Load(ctx, ex, st, src, LoadOptions{Workers: 2})
	if err != nil {
		tb.Fatalf("load: %v", err)
	}
	return sum
}

func BenchmarkLoadCurated(b *testing.B) {
	const facts = 20000
	dir := b.TempDir()
	lines := make([]string, facts)
	for i := range lines {
		lines[i] = fmt.Sprintf(`{"subject":"Actor %d","subject_kind":"State","predicate":"signed","object":"Accord %d","object_kind":"Agreement"}`, i%3000, i%997)
	}
	path := writeLines(b, dir, "facts.jsonl", lines...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := graph.Open(graph.DefaultOptions(filepath.Join(dir, fmt.Sprint("db", i))))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum := loadPaths(b, nil, st, path)
		b.StopTimer()
		if sum.ErrorCount > 0 {
			b.Fatal(sum.Errors)
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(facts*b.N)/b.Elapsed().Seconds(), "edges/s")
}
