package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// benchGraph has nodes nodes and about edgesPerNode out-edges per node, of five types.
type benchGraph struct {
	nodes        []Node
	edgesPerNode int
}

func newBenchGraph(nodes, edgesPerNode int) *benchGraph {
	g := &benchGraph{edgesPerNode: edgesPerNode}
	for i := range nodes {
		kind := KindState
		if i%2 == 1 {
			kind = KindPerson
		}
		g.nodes = append(g.nodes, node(kind, fmt.Sprintf("Actor %d", i), fmt.Sprintf("A%d", i)))
	}
	return g
}

var benchTypes = []string{"signed", "violated", "attacked", "met_with", "sanctioned"}

// fact is the i-th curated fact: one edge with its two nodes and one evidence.
func (g *benchGraph) fact(i int) *Batch {
	n := len(g.nodes)
	src := g.nodes[(i/g.edgesPerNode)%n]
	r := rand.New(rand.NewPCG(uint64(i), 7))
	dst := g.nodes[r.IntN(n)]
	e := edge(src, benchTypes[i%len(benchTypes)], dst, Evidence{Article: "curated", Rule: "curated",
		Sentence: fmt.Sprintf("%s and %s, fact %d.", src.Name, dst.Name, i), Confidence: 1, Date: "2014"})
	return &Batch{Nodes: []Node{src, dst}, Edges: []Edge{e}}
}

// bareFact is fact without the sentence: the evidence says only where the fact comes from.
func (g *benchGraph) bareFact(i int) *Batch {
	b := g.fact(i)
	b.Edges[0].Evidence[0].Sentence = ""
	return b
}

func (g *benchGraph) load(b *testing.B, s *Store, edges int) {
	b.Helper()
	im, err := s.NewImporter(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	for i := range edges {
		if _, err := im.Add(b.Context(), g.fact(i)); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := im.Close(); err != nil {
		b.Fatal(err)
	}
}

func openBench(b *testing.B) *Store {
	b.Helper()
	s, err := Open(DefaultOptions(b.TempDir()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkEdgesOut is the 1-hop read behind `actor(name) { signed { name } }` on a graph of
// 100k edges: one typed out-scan plus the target nodes.
func BenchmarkEdgesOut(b *testing.B) {
	g := newBenchGraph(10_000, 10)
	dir := b.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		b.Fatal(err)
	}
	g.load(b, s, 100_000)
	// Reopen, as a server does after a load: the memtables are flushed to tables.
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if s, err = Open(DefaultOptions(dir)); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	ctx := b.Context()
	for _, bc := range []struct {
		name    string
		q       EdgeQuery
		nocache bool
	}{
		{"typed-keys-only", EdgeQuery{Types: []string{"signed"}, WithoutEvidence: true}, false},
		{"typed-keys-only-nocache", EdgeQuery{Types: []string{"signed"}, WithoutEvidence: true}, true},
		{"all-keys-only-nocache", EdgeQuery{WithoutEvidence: true}, true},
		{"all-with-evidence", EdgeQuery{}, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.nocache {
				// Measure the store itself: no node, name or page cache.
				max := s.cacheMax
				s.cacheMax = -1
				defer func() { s.cacheMax = max }()
			}
			edges := 0
			i := 0
			for b.Loop() {
				q := bc.q
				q.Node = g.nodes[i%len(g.nodes)].ID
				i += 7919
				page, err := s.Edges(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				edges += len(page.Edges)
			}
			b.ReportMetric(float64(edges)/float64(b.N), "edges/op")
		})
	}
	b.Run("with-target-nodes-nocache", func(b *testing.B) {
		max := s.cacheMax
		s.cacheMax = -1
		defer func() { s.cacheMax = max }()
		i := 0
		for b.Loop() {
			page, err := s.Edges(ctx, EdgeQuery{Node: g.nodes[i%len(g.nodes)].ID, WithoutEvidence: true})
			if err != nil {
				b.Fatal(err)
			}
			i += 7919
			ids := make([]string, len(page.Edges))
			for j, e := range page.Edges {
				ids[j] = e.Target
			}
			if _, err := s.Nodes(ctx, ids); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, nocache := range []bool{false, true} {
		name := "find-by-name"
		if nocache {
			name += "-nocache"
		}
		b.Run(name, func(b *testing.B) {
			if nocache {
				max := s.cacheMax
				s.cacheMax = -1
				defer func() { s.cacheMax = max }()
			}
			i := 0
			for b.Loop() {
				if _, err := s.FindByName(ctx, g.nodes[i%len(g.nodes)].Aliases[0]); err != nil {
					b.Fatal(err)
				}
				i += 7919
			}
		})
	}
}

// BenchmarkWrite writes article-sized batches (12 nodes, 10 edges with evidence) through
// Write, one transaction each.
func BenchmarkWrite(b *testing.B) {
	g := newBenchGraph(10_000, 10)
	s := openBench(b)
	i := 0
	for b.Loop() {
		batch := &Batch{Article: &Article{ID: fmt.Sprintf("art-%d", i), Title: "t", Text: "text"}}
		for range 10 {
			f := g.fact(i)
			i++
			batch.Nodes = append(batch.Nodes, f.Nodes...)
			batch.Edges = append(batch.Edges, f.Edges...)
		}
		if _, err := s.Write(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "edges/s")
}

// BenchmarkImport loads 200k curated facts (one edge, its two nodes and one evidence per
// batch) into an empty store through an Importer, Close included; issue 6 asks for ≥ 300k
// edges/s on 2 cores. "sentence" facts carry an evidence sentence (indexed word by word),
// "bare" ones only their provenance, as a curated-fact file's lines without "evidence" do.
// "stream" is the default initial-load path (StreamWriter at Close), "write-batch" the path
// a non-empty store takes, and "badger-floor" what Badger's StreamWriter alone takes to store
// the keys "stream" stores (importedStreams): a ceiling no import through Badger reaches.
func BenchmarkImport(b *testing.B) {
	g := newBenchGraph(100_000, 10)
	for _, facts := range []struct {
		name string
		fact func(i int) *Batch
	}{{"sentence", g.fact}, {"bare", g.bareFact}} {
		batches := make([]*Batch, 200_000)
		for i := range batches {
			batches[i] = facts.fact(i)
		}
		b.Run(facts.name+"/stream", func(b *testing.B) { benchImport(b, batches, false) })
		b.Run(facts.name+"/write-batch", func(b *testing.B) { benchImport(b, batches, true) })
		b.Run(facts.name+"/badger-floor", func(b *testing.B) {
			streams, edges := importedStreams(b, batches)
			for b.Loop() {
				b.StopTimer()
				s, err := Open(DefaultOptions(b.TempDir()))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := s.writeStreams([][]streamTask{streams}, nil); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(edges*b.N)/b.Elapsed().Seconds(), "edges/s")
		})
	}
}

// benchImport imports batches into a fresh store per iteration.
func benchImport(b *testing.B, batches []*Batch, noStream bool) {
	edges := 0
	var closing time.Duration
	for b.Loop() {
		b.StopTimer()
		opts := DefaultOptions(b.TempDir())
		opts.NoStreamImport = noStream
		s, err := Open(opts)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, took, err := importClosing(b, s, batches)
		if err != nil {
			b.Fatal(err)
		}
		closing += took
		edges += sum.EdgesNew + sum.EdgesMerged
		b.StopTimer()
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(edges)/b.Elapsed().Seconds(), "edges/s")
	b.ReportMetric(closing.Seconds()/float64(b.N), "close-s/op")
}

// importedStreams imports batches into a store of its own and reads back every key and value
// the import stored, one stream a kind of key, with the number of edges. Writing them through
// writeStreams is what Badger's StreamWriter alone costs for these facts (BenchmarkImport's
// badger-floor): no importer through Badger's public API stores them faster, however little
// its own work costs.
func importedStreams(b *testing.B, batches []*Batch) ([]streamTask, int) {
	b.Helper()
	s := openBench(b)
	sum, _, err := importClosing(b, s, batches)
	if err != nil {
		b.Fatal(err)
	}
	type kv struct{ key, val []byte }
	byTag := make(map[byte][]kv)
	var tags []byte
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			tag := item.Key()[0]
			if tag == tagMeta {
				continue // writeStreams writes the schema itself
			}
			val, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if _, ok := byTag[tag]; !ok {
				tags = append(tags, tag)
			}
			byTag[tag] = append(byTag[tag], kv{item.KeyCopy(nil), val})
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	streams := make([]streamTask, 0, len(tags))
	for _, tag := range tags {
		kvs := byTag[tag]
		streams = append(streams, streamTask{tag, func(o keyOut) error {
			for _, kv := range kvs {
				if err := o.put(kv.key, kv.val); err != nil {
					return err
				}
			}
			return nil
		}})
	}
	return streams, sum.EdgesNew + sum.EdgesMerged
}

// BenchmarkPageCacheWhenFull inserts pages of seven edges into a full 256 MiB page cache, the
// default, and reports the median and the longest insertion that evicted: readers wait for
// the cache's lock meanwhile.
func BenchmarkPageCacheWhenFull(b *testing.B) {
	s := &Store{pageBudget: defaultPageCacheSize}
	gen := s.gen.Load()
	page := func(i int) EdgePage {
		var p EdgePage
		for j := range 7 {
			p.Edges = append(p.Edges, Edge{ID: fmt.Sprintf("%016x", i*7+j), Source: fmt.Sprintf("actor-%d", i),
				Target: fmt.Sprintf("agreement-%d", j), OtherName: fmt.Sprintf("Accord of %d", j)})
		}
		return p
	}
	i := 0
	for s.pagesBytes < s.pageBudget*99/100 { // fill it
		s.cachePage(gen, fmt.Appendf(nil, "k%d", i), page(i))
		i++
	}
	var pauses []time.Duration
	for b.Loop() {
		b.StopTimer()
		key, p := fmt.Appendf(nil, "k%d", i), page(i)
		before := len(s.pages)
		b.StartTimer()
		start := time.Now()
		s.cachePage(gen, key, p)
		if d := time.Since(start); len(s.pages) <= before {
			pauses = append(pauses, d)
		}
		i++
	}
	if len(pauses) > 0 {
		slices.Sort(pauses)
		b.ReportMetric(float64(pauses[len(pauses)/2].Microseconds()), "median-evict-µs")
		b.ReportMetric(float64(pauses[len(pauses)-1].Microseconds()), "worst-evict-µs")
	}
}
