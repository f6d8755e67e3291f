package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/entente-kg/entente/graph"
)

// Generated-graph sizes: benchActors states and benchAgreements agreements (≥ 100k nodes),
// each actor violating 3 and signing 5 random agreements (400k edges).
const (
	benchActors     = 50_000
	benchAgreements = 50_000
)

func benchActorName(i int) string     { return fmt.Sprintf("Actor %05d", i) }
func benchAgreementName(i int) string { return fmt.Sprintf("Accord %05d", i) }

var benchStore struct {
	once sync.Once
	st   *graph.Store
	dir  string
	err  error
}

// generatedStore builds (once per test binary) an on-disk graph of 100k nodes and 400k
// edges with a fixed seed. With ENTENTE_BENCH_DIR set it is kept there and reused by later
// runs (building it takes about a minute here); otherwise it lives in a temporary directory.
func generatedStore(b *testing.B) *graph.Store {
	benchStore.once.Do(func() {
		dir := os.Getenv("ENTENTE_BENCH_DIR")
		if dir != "" {
			if _, err := os.Stat(filepath.Join(dir, "complete")); err == nil {
				benchStore.st, benchStore.err = graph.Open(graph.DefaultOptions(dir))
				return
			}
			os.RemoveAll(dir)
		} else {
			var err error
			if dir, err = os.MkdirTemp("", "entente-bench-"); err != nil {
				benchStore.err = err
				return
			}
			benchStore.dir = dir
		}
		st, err := graph.Open(graph.DefaultOptions(dir))
		if err != nil {
			benchStore.err = err
			return
		}
		ctx := context.Background()
		im, err := st.NewImporter(ctx)
		if err != nil {
			benchStore.err = err
			return
		}
		rng := rand.New(rand.NewPCG(1, 2))
		start := time.Now()
		for i := 0; i < benchActors; i++ {
			a := graph.Node{ID: graph.NodeID(graph.KindState, benchActorName(i)), Kind: graph.KindState, Name: benchActorName(i)}
			batch := graph.Batch{Nodes: []graph.Node{a}}
			for j := 0; j < 8; j++ {
				pred := "signed"
				if j < 3 {
					pred = "violated"
				}
				k := rng.IntN(benchAgreements)
				ag := graph.Node{ID: graph.NodeID(graph.KindAgreement, benchAgreementName(k)), Kind: graph.KindAgreement, Name: benchAgreementName(k)}
				q := a.Name + " " + pred + " " + ag.Name + "."
				batch.Nodes = append(batch.Nodes, ag)
				batch.Edges = append(batch.Edges, graph.Edge{ID: graph.EdgeID(a.ID, pred, ag.ID), Source: a.ID, Type: pred, Target: ag.ID, Date: "2014",
					Evidence: []graph.Evidence{{Article: fmt.Sprintf("art%d", i), Sentence: q, End: len(q), Rule: "bench", Confidence: 0.9}}})
			}
			if _, err := im.Add(ctx, &batch); err != nil {
				benchStore.err = err
				return
			}
		}
		// Agreements nobody named yet, so that there are 100k nodes in all.
		var rest []graph.Node
		for k := 0; k < benchAgreements; k++ {
			rest = append(rest, graph.Node{ID: graph.NodeID(graph.KindAgreement, benchAgreementName(k)), Kind: graph.KindAgreement, Name: benchAgreementName(k)})
			if len(rest) == 1000 {
				if _, err := im.Add(ctx, &graph.Batch{Nodes: rest}); err != nil {
					benchStore.err = err
					return
				}
				rest = rest[:0]
			}
		}
		if _, err := im.Close(); err != nil {
			benchStore.err = err
			return
		}
		stats, _ := st.Stats(ctx)
		n := 0
		for _, c := range stats.Nodes {
			n += c
		}
		fmt.Fprintf(os.Stderr, "generated graph: %d nodes, %v edges by type, in %v\n", n, stats.Edges, time.Since(start).Round(time.Millisecond))
		benchStore.st = st
		benchStore.err = os.WriteFile(filepath.Join(dir, "complete"), nil, 0o644)
	})
	if benchStore.err != nil {
		b.Fatal(benchStore.err)
	}
	return benchStore.st
}

// TestMain removes the generated graph after the benchmarks.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchStore.st != nil {
		benchStore.st.Close()
	}
	if benchStore.dir != "" {
		os.RemoveAll(benchStore.dir)
	}
	os.Exit(code)
}

const oneHop = `query($n: String!) { actor(name: $n) { violated { name } } }`

// loadHTTP sends total requests from clients concurrent clients to url, each asking query
// about a random actor, and reports p50/p99 latency and QPS. It fails on any error answer
// and on a null (an actor not found).
func loadHTTP(b *testing.B, url, query string, name func(*rand.Rand) string, clients, total int) {
	b.Helper()
	lat := make([]time.Duration, total)
	var next sync.Mutex
	idx := 0
	var wg sync.WaitGroup
	errc := make(chan error, clients)
	cpu0 := cpuTime()
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1}}
			rng := rand.New(rand.NewPCG(seed, 7))
			for {
				next.Lock()
				i := idx
				idx++
				next.Unlock()
				if i >= total {
					return
				}
				body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"n": name(rng)}})
				t0 := time.Now()
				resp, err := client.Post(url+"/graphql", "application/json", bytes.NewReader(body))
				if err != nil {
					errc <- err
					return
				}
				out, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
				if resp.StatusCode != 200 || bytes.Contains(out, []byte(`"errors"`)) || bytes.Contains(out, []byte(`null`)) {
					errc <- fmt.Errorf("status %d: %.200s", resp.StatusCode, out)
					return
				}
			}
		}(uint64(c) + 1)
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	close(errc)
	if err := <-errc; err != nil {
		b.Fatal(err)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(total)/elapsed.Seconds(), "QPS")
	// CPU per request (server and client together, this process): unlike QPS, it barely
	// depends on what else the machine is running.
	b.ReportMetric(float64(cpu.Microseconds())/float64(total), "cpu-µs/req")
}

// cpuTime is the user+system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHTTPOneHopGenerated asks the 1-hop question over HTTP on loopback, 4 clients, on
// the generated 100k-node graph. Target: p50 ≤ 0.5 ms.
func BenchmarkHTTPOneHopGenerated(b *testing.B) {
	st := generatedStore(b)
	s, err := New(Config{}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	url := startHTTP(b, s)
	name := func(r *rand.Rand) string { return benchActorName(r.IntN(benchActors)) }
	loadHTTP(b, url, oneHop, name, 4, 2000) // warm-up: caches, connections
	b.ResetTimer()
	loadHTTP(b, url, oneHop, name, 4, max(b.N, 4))
}

// BenchmarkHTTPOneHopExternal runs the same load against a running server (for example
// `entente serve` on the default corpus) named by ENTENTE_BENCH_URL, asking about
// ENTENTE_BENCH_ACTOR (default Russia).
func BenchmarkHTTPOneHopExternal(b *testing.B) {
	url := os.Getenv("ENTENTE_BENCH_URL")
	if url == "" {
		b.Skip("set ENTENTE_BENCH_URL to a running server")
	}
	actor := os.Getenv("ENTENTE_BENCH_ACTOR")
	if actor == "" {
		actor = "Russia"
	}
	name := func(*rand.Rand) string { return actor }
	loadHTTP(b, url, oneHop, name, 4, 2000)
	b.ResetTimer()
	loadHTTP(b, url, oneHop, name, 4, max(b.N, 4))
}

// BenchmarkExecOneHopGenerated is the 1-hop question without HTTP, to split the cost.
func BenchmarkExecOneHopGenerated(b *testing.B) {
	st := generatedStore(b)
	s, err := New(Config{}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r := s.Exec(ctx, oneHop, "", map[string]any{"n": benchActorName(rng.IntN(benchActors))})
		if len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
}

// BenchmarkHundredActorsTraversals resolves 100 signatories of one agreement, each with two
// traversals: with prefetching the children's 200 edge lists are read in one pass and their
// nodes in one batched read, instead of 200 concurrent store calls plus one per node.
func BenchmarkHundredActorsTraversals(b *testing.B) {
	st, err := graph.Open(graph.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var fs []fact
	for i := 0; i < 100; i++ {
		a := benchActorName(i)
		fs = append(fs, fact{a, graph.KindState, "signed", "Grand Accord", graph.KindAgreement, "2020", ""},
			fact{a, graph.KindState, "violated", benchAgreementName(i % 7), graph.KindAgreement, "2021", ""},
			fact{a, graph.KindState, "mediated", benchAgreementName(i % 5), graph.KindAgreement, "2019", ""})
	}
	writeFacts(b, st, nil, fs)
	const q = `{ agreement(name: "Grand Accord") { signatories { name violated { name } mediated { name } } } }`
	for _, mode := range []struct {
		name     string
		prefetch bool
	}{{"prefetch", true}, {"no-prefetch", false}} {
		b.Run(mode.name, func(b *testing.B) {
			s, err := New(Config{}, st, nil)
			if err != nil {
				b.Fatal(err)
			}
			s.noPrefetch = !mode.prefetch
			ctx := context.Background()
			calls := int64(0)
			b.ReportAllocs()
			for b.Loop() {
				rq := &request{srv: s}
				r := s.exec(withRequest(ctx, rq), rq, q, "", nil)
				if len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
				calls += rq.storeCalls.Load()
			}
			b.ReportMetric(float64(calls)/float64(b.N), "store-calls/op")
		})
	}
}

// BenchmarkHTTPFloor is the same load against a handler that returns a canned answer: the
// floor for any HTTP API on this machine at this moment, to read the other figures against.
func BenchmarkHTTPFloor(b *testing.B) {
	canned := []byte(`{"data":{"actor":{"violated":[{"name":"Accord 00001"}]}}}`)
	url := startHTTP(b, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(canned)
	}))
	name := func(r *rand.Rand) string { return benchActorName(r.IntN(benchActors)) }
	loadHTTP(b, url, oneHop, name, 4, 2000)
	b.ResetTimer()
	loadHTTP(b, url, oneHop, name, 4, max(b.N, 4))
}

// BenchmarkHTTPFloorServe is BenchmarkHTTPFloor through ServeFloor: the fixed answer over the
// fasthttp server `entente serve` runs, rather than net/http, so that it is the floor of the
// transport the other HTTP figures use.
func BenchmarkHTTPFloorServe(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- ServeFloor(ctx, ln, nil, nil) }()
	b.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			b.Errorf("floor shutdown: %v", err)
		}
	})
	url := "http://" + ln.Addr().String()
	name := func(r *rand.Rand) string { return benchActorName(r.IntN(benchActors)) }
	loadHTTP(b, url, oneHop, name, 4, 2000)
	b.ResetTimer()
	loadHTTP(b, url, oneHop, name, 4, max(b.N, 4))
}
