package server

import (
	"context"
	"testing"
)

// BenchmarkExecOneHop measures the headline 1-hop query through graphql-go without HTTP:
// parsing, validation, resolvers and JSON building.
func BenchmarkExecOneHop(b *testing.B) {
	al, fs := headlineFacts()
	st := openStore(b, al, fs)
	s, err := New(Config{}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	q := `query($n: String!) { actor(name: $n) { violated { name } } }`
	vars := map[string]any{"n": "Russia"}
	b.ReportAllocs()
	for b.Loop() {
		r := s.Exec(ctx, q, "", vars)
		if len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
}
