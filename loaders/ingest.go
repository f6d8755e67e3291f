package loaders

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/entente-kg/entente/graph"
)

// Extractor turns one page into documents; *Pipeline is the one Entente uses.
type Extractor interface {
	Extract(ctx context.Context, p Page) ([]Document, error)
}

// LoadOptions configures Load. Zero values take the defaults.
type LoadOptions struct {
	Workers int // extraction goroutines; 1 when <= 0
	// Progress, when set, is called from Load's goroutine at most every ProgressEvery and once
	// at the end, so a CLI can draw a bar or log a line.
	Progress      func(LoadProgress)
	ProgressEvery time.Duration // 1s when <= 0
	MaxErrors     int           // errors kept in the summary (the rest only counted); 1000 when <= 0
}

// LoadProgress is a snapshot of a running load.
type LoadProgress struct {
	Items      int   // records finished (pages, facts, nodes)
	Errors     int   // bad records so far
	BytesRead  int64 // of the input
	TotalBytes int64 // -1 when unknown (stdin)
	Elapsed    time.Duration
	Done       bool
}

// LoadSummary says what a load did.
type LoadSummary struct {
	graph.WriteSummary
	Items      int     // records read
	Documents  int     // articles extracted from pages
	Facts      int     // facts extracted or curated
	ErrorCount int     // bad records, all of them
	Errors     []error // the first MaxErrors of them, each naming file:line
	Elapsed    time.Duration
}

// loadJob is one record travelling from the reader through a worker to the writer. Workers
// turn pages into batches; the writer turns curated records into batches itself because
// curated ends are looked up in the store as it stands after the batches before them.
type loadJob struct {
	seq     int
	item    Item
	err     error // bad input from the reader or the extractor
	batches []*graph.Batch
	docs    int
	facts   int
}

// Load reads every record of src, extracts pages with ex on opts.Workers goroutines, and
// writes the results to st from one goroutine, in input order, one atomic Write per article
// (so an article is stored with all its facts or not at all, and a re-run skips it). Bad
// records are counted and reported in the summary with their file:line; the load goes on.
// Load returns an error only for ctx's end or a store failure.
func Load(ctx context.Context, ex Extractor, st *graph.Store, src *Source, opts LoadOptions) (LoadSummary, error) {
	if opts.Workers <= 0 {
		opts.Workers = 1
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = time.Second
	}
	if opts.MaxErrors <= 0 {
		opts.MaxErrors = 1000
	}
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan loadJob, opts.Workers*2)
	done := make(chan loadJob, opts.Workers*2)
	// inflight bounds the records between reader and writer, so the reorder buffer below stays
	// small however slow one page is.
	inflight := make(chan struct{}, opts.Workers*8)

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for it, err := range src.Items(ctx) {
			if err != nil && !isInputError(err) {
				readErr = err // ctx ended
				return
			}
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			jobs <- loadJob{seq: seq, item: it, err: err}
			seq++
		}
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil && j.item.Page != nil {
					extractJob(ctx, ex, &j)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	var sum LoadSummary
	report := func(final bool) {
		if opts.Progress == nil {
			return
		}
		total := src.TotalBytes()
		if src.HasStdin() {
			total = -1
		}
		opts.Progress(LoadProgress{Items: sum.Items, Errors: sum.ErrorCount, BytesRead: src.BytesRead(),
			TotalBytes: total, Elapsed: time.Since(start), Done: final})
	}
	finder := StoreFinder(st)
	pending := map[int]loadJob{}
	next := 0
	lastReport := time.Now()
	var writeErr error
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-inflight
			if writeErr == nil {
				writeErr = writeJob(ctx, st, finder, j, &sum, opts.MaxErrors)
				if writeErr != nil {
					cancel() // stop reading and extracting; drain what is in flight
				}
			}
		}
		if time.Since(lastReport) >= opts.ProgressEvery {
			report(false)
			lastReport = time.Now()
		}
	}
	sum.Elapsed = time.Since(start)
	report(true)
	if writeErr != nil {
		return sum, writeErr
	}
	if readErr != nil {
		return sum, fmt.Errorf("load: %w", readErr)
	}
	return sum, nil
}

// extractJob runs the pipeline on the job's page and turns its documents into batches.
func extractJob(ctx context.Context, ex Extractor, j *loadJob) {
	docs, err := ex.Extract(ctx, *j.item.Page)
	if err != nil {
		j.err = &InputError{File: j.item.File, Line: j.item.Line, Msg: "extract: " + err.Error(), Err: err}
		return
	}
	for i := range docs {
		j.batches = append(j.batches, DocumentBatch(&docs[i]))
		j.facts += len(docs[i].Facts)
	}
	j.docs = len(docs)
}

// writeJob writes one record's batches, recording bad input in sum. Only a store failure or
// ctx's end is returned.
func writeJob(ctx context.Context, st *graph.Store, find NodeFinder, j loadJob, sum *LoadSummary, maxErrors int) error {
	sum.Items++
	bad := func(err error) {
		sum.ErrorCount++
		if len(sum.Errors) < maxErrors {
			sum.Errors = append(sum.Errors, err)
		}
	}
	if j.err != nil {
		bad(j.err)
		return nil
	}
	batches := j.batches
	switch {
	case j.item.Fact != nil:
		b, err := CuratedBatch(ctx, j.item.Fact, find)
		if err != nil {
			if isInputError(err) {
				bad(err)
				return nil
			}
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
		batches = []*graph.Batch{b}
		sum.Facts++
	case j.item.Node != nil:
		batches = []*graph.Batch{CuratedNodeBatch(j.item.Node)}
	default:
		sum.Documents += j.docs
		sum.Facts += j.facts
	}
	for _, b := range batches {
		ws, err := st.Write(ctx, b)
		if err != nil {
			if isBadBatch(err) {
				bad(&InputError{File: j.item.File, Line: j.item.Line, Msg: err.Error(), Err: err})
				continue
			}
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
		sum.WriteSummary.Add(ws)
	}
	return nil
}

// IngestPages extracts and writes pages one by one, each article atomically: the path the
// server's ingest mutation and the embedded default corpus take.
func IngestPages(ctx context.Context, ex Extractor, st *graph.Store, pages []Page) (LoadSummary, error) {
	start := time.Now()
	var sum LoadSummary
	for i, p := range pages {
		j := loadJob{seq: i, item: Item{File: p.Name, Page: &p}}
		extractJob(ctx, ex, &j)
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if err := writeJob(ctx, st, nil, j, &sum, 1000); err != nil {
			return sum, err
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

func isInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// isBadBatch tells a batch the store refused for its content (unknown predicate or kind, an
// edge to a missing node) from a failure of the store itself.
func isBadBatch(err error) bool {
	return errors.Is(err, graph.ErrUnknownPredicate) || errors.Is(err, graph.ErrUnknownKind) ||
		errors.Is(err, graph.ErrInvalid) || errors.Is(err, graph.ErrBatchTooBig)
}
