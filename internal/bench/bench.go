// Package bench measures Entente end to end on a deterministic synthetic corpus and graph:
// extraction and load rates, size on disk, peak memory, and GraphQL latency and throughput
// over loopback HTTP. Run does it all and returns a Report that prints as a table or as JSON.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/loaders"
	"github.com/entente-kg/entente/server"
)

// Options configures Run. Zero sizes skip that part: no articles skips the text path, no
// edges the graph, a zero Duration the questions.
type Options struct {
	Seed       int64
	Articles   int // synthetic news articles for the text path
	Actors     int // actors of the synthetic graph (the articles draw persons and organizations from as many)
	Agreements int
	Edges      int // curated facts of the synthetic graph, all distinct
	// FactsFile, when set, is a curated-fact JSONL file (peerbench's facts.jsonl) loaded and
	// asked about instead of the synthetic graph.
	FactsFile string
	// URL, when set, is the /graphql endpoint of a running server to ask about FactsFile's
	// actors: nothing is generated or loaded (side-by-side runs against `entente serve`).
	URL         string
	Duration    time.Duration // per question
	Concurrency int           // HTTP clients
	Workers     int           // extraction goroutines
	// Dir is the work directory: the generated files and the store (Dir/db, which must not
	// hold a database yet) go there.
	Dir          string
	StoreOptions graph.Options // Dir is set by Run
	Extractor    loaders.Extractor
	Knowledge    fs.FS  // countries.tsv for the state names (data.Knowledge())
	ProfileDir   string // when set, CPU profiles of the load (load.pprof) and the questions (query.pprof)
	Log          io.Writer
}

// Run generates the corpus and graph, loads them into a fresh store, serves it on
// 127.0.0.1:0 and asks the questions. It returns the first failure; bad generated records
// are failures too, since the generator should make none.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Log == nil {
		o.Log = io.Discard
	}
	logf := func(format string, args ...any) { fmt.Fprintf(o.Log, "bench: "+format+"\n", args...) }
	rep := newReport(o)
	if o.URL != "" {
		if o.FactsFile == "" {
			return nil, errors.New("bench: asking a running server needs the facts file it loaded, for the names to ask about")
		}
		who, err := FileQuestionActors(o.FactsFile, o.Seed, 20000)
		if err != nil {
			return nil, err
		}
		rep.Queries, err = askURL(ctx, o, o.URL, who, logf)
		rep.PeakRSSBytes = peakRSS()
		return rep, err
	}
	gen, err := NewGenerator(o.Seed, o.Knowledge)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: work directory: %w", err)
	}
	dbDir := filepath.Join(o.Dir, "db")
	if _, err := os.Stat(dbDir); err == nil {
		return nil, fmt.Errorf("bench: %s exists: the bench needs a fresh store, remove it or pick another directory", dbDir)
	}
	gopts := GraphOptions{Actors: o.Actors, Agreements: o.Agreements, Edges: o.Edges}
	copts := CorpusOptions{Articles: o.Articles, Actors: max(o.Actors, 1), Treaties: max(o.Agreements, 1)}

	factsPath := filepath.Join(o.Dir, "facts.jsonl")
	articlesPath := filepath.Join(o.Dir, "articles.jsonl")
	if o.FactsFile != "" {
		factsPath = o.FactsFile
	} else if o.Edges > 0 {
		logf("generating %d facts over %d actors and %d agreements", o.Edges, o.Actors, o.Agreements)
		if err := writeFile(factsPath, func(w io.Writer) error {
			_, err := WriteJSONL(w, func(fn func(Fact) error) error { return gen.Facts(gopts, fn) })
			return err
		}); err != nil {
			return nil, err
		}
	}
	var pages []loaders.Page
	if o.Articles > 0 {
		logf("generating %d articles", o.Articles)
		if err := writeFile(articlesPath, func(w io.Writer) error {
			_, err := WriteJSONL(w, func(fn func(Article) error) error {
				return gen.Articles(copts, func(a Article) error {
					pages = append(pages, loaders.Page{Name: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, URL: a.URL, Text: a.Text})
					return fn(a)
				})
			})
			return err
		}); err != nil {
			return nil, err
		}
		logf("extracting %d articles without a store", len(pages))
		rep.Extraction, err = measureExtraction(ctx, o.Extractor, pages, o.Workers)
		if err != nil {
			return nil, err
		}
		pages = nil
	}

	sopts := o.StoreOptions
	sopts.Dir = dbDir
	st, err := graph.Open(sopts)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	stopProfile, err := startProfile(o.ProfileDir, "load.pprof")
	if err != nil {
		st.Close()
		return nil, err
	}
	// Facts first: an initial bulk import into the empty store, then the articles on top.
	withGraph := o.Edges > 0 || o.FactsFile != ""
	if withGraph {
		logf("loading %s", factsPath)
		sum, err := load(ctx, o, st, factsPath)
		if err != nil {
			stopProfile()
			st.Close()
			return nil, err
		}
		rep.FactLoad = &FactLoad{Facts: sum.Items, EdgesNew: sum.EdgesNew, NodesNew: sum.NodesNew, Seconds: sum.Elapsed.Seconds(),
			EdgesPerSec: float64(sum.EdgesNew) / sum.Elapsed.Seconds()}
	}
	if o.Articles > 0 {
		logf("loading %s", articlesPath)
		sum, err := load(ctx, o, st, articlesPath)
		if err != nil {
			stopProfile()
			st.Close()
			return nil, err
		}
		words := rep.Extraction.Words
		wps := float64(words) / sum.Elapsed.Seconds()
		rep.TextLoad = &TextLoad{Articles: sum.ArticlesNew, Facts: sum.Facts, EdgesNew: sum.EdgesNew, Seconds: sum.Elapsed.Seconds(),
			ArticlesPerSec: float64(sum.ArticlesNew) / sum.Elapsed.Seconds(), WordsPerSec: wps,
			WordsPerSecCore: wps / float64(runtime.NumCPU()), Cores: runtime.NumCPU()}
	}
	stopProfile()
	rep.PeakRSSLoadBytes = peakRSS()
	if err := st.Close(); err != nil {
		return nil, fmt.Errorf("bench: closing the store: %w", err)
	}
	rep.DiskBytes, err = diskUsage(dbDir)
	if err != nil {
		return nil, err
	}

	if o.Duration > 0 && withGraph {
		var who []string
		if o.FactsFile != "" {
			who, err = FileQuestionActors(o.FactsFile, o.Seed, 20000)
		} else {
			who, err = gen.QuestionActors(gopts, 20000)
		}
		if err != nil {
			return nil, err
		}
		if rep.Queries, err = askAll(ctx, o, sopts, who, logf); err != nil {
			return nil, err
		}
	}
	rep.PeakRSSBytes = peakRSS()
	return rep, nil
}

// load runs loaders.Load on one file and turns bad records into an error.
func load(ctx context.Context, o Options, st *graph.Store, path string) (loaders.LoadSummary, error) {
	src, err := loaders.NewSource(ctx, []string{path}, loaders.SourceOptions{})
	if err != nil {
		return loaders.LoadSummary{}, fmt.Errorf("bench: %w", err)
	}
	sum, err := loaders.Load(ctx, o.Extractor, st, src, loaders.LoadOptions{Workers: o.Workers})
	if err != nil {
		return sum, fmt.Errorf("bench: loading %s: %w", path, err)
	}
	if sum.ErrorCount > 0 {
		return sum, fmt.Errorf("bench: loading %s: %d generated records were refused, the first: %w", path, sum.ErrorCount, sum.Errors[0])
	}
	return sum, nil
}

// measureExtraction runs ex over pages on workers goroutines, without a store.
func measureExtraction(ctx context.Context, ex loaders.Extractor, pages []loaders.Page, workers int) (*Extraction, error) {
	workers = max(workers, 1)
	words := 0
	for _, p := range pages {
		words += len(strings.Fields(p.Text))
	}
	start := time.Now()
	next := make(chan loaders.Page)
	var mu sync.Mutex
	var firstErr error
	facts := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for p := range next {
				err := ex.ExtractEach(ctx, p, func(d loaders.Document) error {
					n += len(d.Facts)
					return nil
				})
				if err != nil {
					mu.Lock()
					firstErr = cmpErr(firstErr, fmt.Errorf("bench: extracting %s: %w", p.Name, err))
					mu.Unlock()
				}
			}
			mu.Lock()
			facts += n
			mu.Unlock()
		}()
	}
	for _, p := range pages {
		if ctx.Err() != nil {
			break
		}
		next <- p
	}
	close(next)
	wg.Wait()
	if err := cmpErr(ctx.Err(), firstErr); err != nil {
		return nil, err
	}
	secs := time.Since(start).Seconds()
	return &Extraction{Articles: len(pages), Words: words, Facts: facts, Workers: workers, Seconds: secs,
		WordsPerSec: float64(words) / secs, WordsPerSecCore: float64(words) / secs / float64(min(workers, runtime.NumCPU()))}, nil
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// askAll reopens the store, serves it on loopback and asks each question.
func askAll(ctx context.Context, o Options, sopts graph.Options, who []string, logf func(string, ...any)) ([]LoadResult, error) {
	st, err := graph.Open(sopts)
	if err != nil {
		return nil, fmt.Errorf("bench: reopening the store: %w", err)
	}
	defer st.Close()
	srv, err := server.New(server.DefaultConfig(), st, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	sctx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- server.Serve(sctx, ln, srv, nil) }()
	defer func() {
		stop()
		<-served
	}()
	return askURL(ctx, o, "http://"+ln.Addr().String()+"/graphql", who, logf)
}

// askURL asks each question of url in turn.
func askURL(ctx context.Context, o Options, url string, who []string, logf func(string, ...any)) ([]LoadResult, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.Concurrency * 2}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()

	prefixes := make([]string, len(who))
	for i, n := range who {
		prefixes[i] = n[:max(len(n)-3, 1)]
	}
	questions := []Question{
		{Name: "1-hop", Query: `query($n: String!) { actor(name: $n) { violated { name } } }`, Values: who},
		// Actor.signed is a list of Entity, so signatories needs the fragment.
		{Name: "2-hop", Query: `query($n: String!) { actor(name: $n) { signed { signatories { name } } } }`, Values: who},
		{Name: "by-name", Query: `query($n: String!) { actor(name: $n) { name } }`, Values: who},
		{Name: "search", Query: `query($n: String!) { search(text: $n, first: 10) { matched entity { name } } }`, Values: prefixes},
	}
	stopProfile, err := startProfile(o.ProfileDir, "query.pprof")
	if err != nil {
		return nil, err
	}
	defer stopProfile()
	var out []LoadResult
	for _, q := range questions {
		logf("asking %s with %d clients for %s", q.Name, o.Concurrency, o.Duration)
		// A short warm-up fills the caches the way a running server has them.
		if _, err := Drive(ctx, client, url, q, o.Concurrency, min(o.Duration/5, time.Second)); err != nil {
			return nil, err
		}
		res, err := Drive(ctx, client, url, q, o.Concurrency, o.Duration)
		if err != nil {
			return nil, err
		}
		if res.Errors > 0 {
			logf("%s: %d of %d requests failed, the first: %s", q.Name, res.Errors, res.Requests, res.FirstError)
		}
		out = append(out, res)
	}
	return out, ctx.Err()
}

// startProfile starts a CPU profile into dir/name; the returned func stops it. Without dir it
// does nothing.
func startProfile(dir, name string) (func(), error) {
	if dir == "" {
		return func() {}, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: profile directory: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: cpu profile: %w", err)
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
		})
	}, nil
}

// writeFile creates path and fills it with fill.
func writeFile(path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := fill(f); err != nil {
		f.Close()
		return fmt.Errorf("bench: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("bench: writing %s: %w", path, err)
	}
	return nil
}

// diskUsage is the space dir's files take on disk (allocated blocks, so preallocated but
// unused log space is not counted as data when the file system keeps it sparse).
func diskUsage(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			total += st.Blocks * 512
		} else {
			total += info.Size()
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("bench: size of %s: %w", dir, err)
	}
	return total, nil
}

// peakRSS is the process's peak resident set so far (getrusage ru_maxrss, KiB on Linux).
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss << 10
}
