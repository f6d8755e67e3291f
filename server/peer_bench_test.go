package server

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	mathrand "math/rand"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// peerQuestions are peerbench's GraphQL questions (../shared/tools/peerbench), word for word.
var peerQuestions = []struct{ name, query string }{
	{"q1-1hop", `query($n: String!) { actor(name: $n) { violated { name } } }`},
	{"q2-2hop", `query($n: String!) { actor(name: $n) { signed { signatories { name } } } }`},
	{"q3-byname", `query($n: String!) { actor(name: $n) { name } }`},
}

// BenchmarkHTTPPeerbench asks peerbench's three questions over HTTP on loopback, 4 clients,
// against a store loaded from a peerbench graph: ENTENTE_PEERBENCH_DB names a copy of the
// store (opened exclusively, so not the one a server is using) and ENTENTE_PEERBENCH_GRAPH
// the folder of its nodes.csv and edges.csv, from which the actors are drawn as peerbench
// draws them. Each question is first asked once about every drawn actor, as peerbench's first
// run does, so that the measured requests find the store's caches as its second run does;
// then through the fast path and through graphql-go. Run with -cpuprofile to see where a
// request's CPU goes; cpu-µs/req counts client and server together.
func BenchmarkHTTPPeerbench(b *testing.B) {
	st, names := peerStore(b)
	fast, err := New(Config{ResponseCacheBytes: -1}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	slow, err := New(Config{ResponseCacheBytes: -1}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	slow.noFastPath = true
	urls := map[string]string{"fast": startHTTP(b, fast), "graphql-go": startHTTP(b, slow)}
	name := func(r *rand.Rand) string { return names[r.IntN(len(names))] }
	for _, q := range peerQuestions {
		warmPeer(b, fast, q.query, names)
		for _, path := range []string{"fast", "graphql-go"} {
			b.Run(q.name+"/"+path, func(b *testing.B) {
				loadHTTP(b, urls[path], q.query, name, 4, 2000) // warm-up: connections
				b.ResetTimer()
				loadHTTP(b, urls[path], q.query, name, 4, max(b.N, 4))
			})
		}
	}
}

// BenchmarkExecPeerbench asks peerbench's questions without HTTP, on the store and actors of
// BenchmarkHTTPPeerbench and after the same first pass, through the fast path and through
// graphql-go.
func BenchmarkExecPeerbench(b *testing.B) {
	st, names := peerStore(b)
	ctx := context.Background()
	for _, q := range peerQuestions {
		for _, path := range execPaths {
			b.Run(q.name+"/"+path.name, func(b *testing.B) {
				s, err := New(Config{ResponseCacheBytes: -1}, st, nil)
				if err != nil {
					b.Fatal(err)
				}
				s.noFastPath = path.slow
				warmPeer(b, s, q.query, names)
				b.ReportAllocs()
				b.ResetTimer()
				i := 0
				for b.Loop() {
					if r := s.Exec(ctx, q.query, "", map[string]any{"n": names[i%len(names)]}); len(r.Errors) > 0 {
						b.Fatal(r.Errors)
					}
					i++
				}
			})
		}
	}
}

// peerStore opens the store of ENTENTE_PEERBENCH_DB and draws the actors of
// ENTENTE_PEERBENCH_GRAPH (see BenchmarkHTTPPeerbench), or skips the benchmark.
func peerStore(b *testing.B) (*graph.Store, []string) {
	dbDir, graphDir := os.Getenv("ENTENTE_PEERBENCH_DB"), os.Getenv("ENTENTE_PEERBENCH_GRAPH")
	if dbDir == "" || graphDir == "" {
		b.Skip("set ENTENTE_PEERBENCH_DB and ENTENTE_PEERBENCH_GRAPH (see BenchmarkHTTPPeerbench)")
	}
	names, err := peerActors(graphDir, 20000)
	if err != nil {
		b.Fatal(err)
	}
	st, err := graph.Open(graph.DefaultOptions(dbDir))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st, names
}

// warmPeer asks query once about each actor, as peerbench's first run does.
func warmPeer(b *testing.B, s *Server, query string, names []string) {
	ctx := context.Background()
	for _, n := range names {
		if r := s.Exec(ctx, query, "", map[string]any{"n": n}); len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
}

// peerActors draws n actor names as peerbench does (its sample function: seed 7, uniformly
// among the nodes of dir/nodes.csv that are the source of a signed or violated edge in
// dir/edges.csv, in the order of their first such edge).
func peerActors(dir string, n int) ([]string, error) {
	names := make(map[string]string)
	err := readCSV(filepath.Join(dir, "nodes.csv"), func(rec []string) {
		if len(rec) >= 3 {
			names[rec[0]] = rec[2]
		}
	})
	if err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	var srcs []string
	err = readCSV(filepath.Join(dir, "edges.csv"), func(rec []string) {
		if len(rec) >= 3 && (rec[1] == "signed" || rec[1] == "violated") && !seen[rec[0]] {
			seen[rec[0]] = true
			srcs = append(srcs, names[rec[0]])
		}
	})
	if err != nil {
		return nil, err
	}
	if len(srcs) == 0 {
		return nil, errors.New(dir + ": no actor signed or violated anything")
	}
	r := mathrand.New(mathrand.NewSource(7))
	out := make([]string, n)
	for i := range out {
		out[i] = srcs[r.Intn(len(srcs))]
	}
	return out, nil
}

func readCSV(path string, row func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		row(rec)
	}
}
