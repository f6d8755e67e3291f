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
	// ExtractEach hands each document of the page to fn as soon as it is ready, so a big
	// page is never held as documents all at once; an article it cannot read is reported in
	// the returned error while the page's other documents still reach fn.
	ExtractEach(ctx context.Context, p Page, fn func(Document) error) error
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
// writes the results to st from one goroutine, in input order. Articles are written whole,
// several to a transaction (an article is stored with all its facts or not at all, and a
// re-run skips it); into an empty store, until the first curated line, they go through a
// graph.Importer instead, all stored when it closes, so a load killed before that leaves the
// store empty (and one killed while it writes, a store the next open empties). Curated
// facts and entity lines take the bulk path: a graph.Importer (one Badger
// WriteBatch instead of a transaction per line) and a per-load cache of resolved names, so a
// fact costs no store read once its ends are known. A curated line is idempotent rather than
// atomic: a load killed half-way may have stored part of it, and re-running merges onto it
// without duplicates. Bad records are counted and reported in the summary with their
// file:line; the load goes on. Load returns an error only for ctx's end or a store failure.
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
	var sum LoadSummary
	w, err := newLoadWriter(ctx, st, &sum, opts.MaxErrors)
	if err != nil {
		return sum, err
	}
	w.grouped = true
	parent := ctx // cancelled by the caller, not by a failed write below
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
	pending := map[int]loadJob{}
	next := 0
	lastReport := time.Now()
	var writeErr error
	for j := range done {
		if j.seq != next {
			// It overtook an earlier job and waits for it. Jobs mostly come in order, and
			// then go straight to the writer, without a trip through the map.
			pending[j.seq] = j
		}
		for ok := j.seq == next; ok; j, ok = pending[next] {
			delete(pending, next) // nothing to delete for a job that came in order
			next++
			<-inflight
			if writeErr == nil {
				writeErr = w.write(ctx, j)
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
	if writeErr == nil {
		if err := errors.Join(w.closeArticles(), w.closeImporter(ctx)); err != nil {
			writeErr = fmt.Errorf("load: %w", err)
		}
	} else {
		// Releases the write lock; writeErr is what the caller hears about.
		w.closeArticles()
		w.waitGroup() // the importer takes one caller at a time
		if w.im != nil {
			w.im.Close()
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
	if err := parent.Err(); err != nil {
		// What was read is stored, but the caller stopped the load before its end.
		return sum, fmt.Errorf("load: %w", err)
	}
	return sum, nil
}

// extractJob runs the pipeline on the job's page and turns its documents into batches, one
// document at a time: a batch is a fraction of its document's size (no tokens, no
// mentions), so a page's documents are let go as soon as they are made. An article the
// pipeline refuses is reported beside the batches of the page's other articles.
func extractJob(ctx context.Context, ex Extractor, j *loadJob) {
	err := ex.ExtractEach(ctx, *j.item.Page, func(d Document) error {
		j.batches = append(j.batches, DocumentBatch(&d))
		j.facts += len(d.Facts)
		j.docs++
		return nil
	})
	if err != nil {
		j.err = &InputError{File: j.item.File, Line: j.item.Line, Msg: "extract: " + err.Error(), Err: err}
	}
}

// maxNameCache bounds the per-load cache of store look-ups; past it the cache starts over,
// so a load of any size holds at most this many resolved names (~100 bytes each).
const maxNameCache = 1 << 20

// loadWriter is Load's one writing goroutine. Articles go through Store.Write; curated lines
// go through an Importer, opened at the first curated line and closed (flushed) before the
// next article, because an Importer holds the store's write lock.
type loadWriter struct {
	st        *graph.Store
	sum       *LoadSummary
	maxErrors int

	im *graph.Importer
	// pending holds the nodes this load's curated lines introduced: the store does not show
	// an Importer's writes before it flushes, and a kind-less line may name such a node.
	pending *PendingNodes
	// names caches store look-ups by kind and name, misses included; storeEmpty skips
	// them altogether while the store held nothing before this load and no article was
	// written since (then every node is in pending).
	names      map[string]nameHit
	storeEmpty bool
	find       NodeFinder
	// resolved remembers how a curated end with a kind was resolved, so that a name seen
	// before costs one map read. It holds only ends whose node is pending (so the answer
	// cannot change while pending and names stay as they are) and is cleared with them.
	resolved resolvedEnds
	// article is "curated:" + articleFile, the evidence article of that file's lines.
	articleFile, article string

	// group gathers up to groupSize curated lines into one Importer.Add, so a hub node named
	// by many lines is read and merged once per group instead of once per line. When the
	// group is refused as invalid, its lines are added one by one to name the bad ones.
	group []groupLine
	gb    graph.Batch
	gev   []graph.Evidence // the evidence of gb's edges (see appendCuratedFact)
	// adding, when not nil, delivers the result of the group an adder goroutine is adding
	// through the importer while this goroutine gathers the next one (one at a time, so the
	// importer still sees one caller); spare is the group buffer that came back from the
	// last add, for reuse.
	adding chan groupResult
	spare  *groupBuf

	// grouped makes articles go through gw, a graph.GroupWriter (several articles to a
	// transaction, each whole, committed while the next are applied), rather than one
	// Store.Write each. gw is open while articles come, and closed before curated lines,
	// which look names up in the store and take the importer, and at the end.
	grouped bool
	gw      *graph.GroupWriter
	// bulkArticles makes articles go through the importer too, while the load began on an
	// empty store whose importer streams (graph.Store.StreamsImports) and no curated line has
	// come yet: the initial load of a corpus. The importer writes the articles' keys once,
	// sorted, where a transaction an article or a group puts each through Badger's memtable
	// and log, which took half of a text load's writing. Nothing is in the store before the
	// importer closes; a kill meanwhile leaves the store as it was (empty), and the next run
	// starts over.
	bulkArticles bool
}

// groupSize is how many curated lines one Importer.Add takes.
const groupSize = 256

// groupBuf is a group handed to the adder goroutine: its lines and their batch.
type groupBuf struct {
	lines []groupLine
	gb    graph.Batch
	evs   []graph.Evidence
}

// groupResult is what adding one group found: what it wrote, the bad lines (in order), and
// an error that ends the load.
type groupResult struct {
	buf *groupBuf
	sum graph.WriteSummary
	bad []error
	err error
}

// groupLine is one curated line waiting in the group: its nodes and edges are
// gb.Nodes[nodes[0]:nodes[1]] and gb.Edges[edges[0]:edges[1]].
type groupLine struct {
	file         string
	line         int
	nodes, edges [2]int
}

// batch is line g's part of the group's batch gb.
func (g *groupLine) batch(gb *graph.Batch) *graph.Batch {
	return &graph.Batch{Nodes: gb.Nodes[g.nodes[0]:g.nodes[1]], Edges: gb.Edges[g.edges[0]:g.edges[1]]}
}

// resolvedEnds maps a curated end as a line gives it (kind and name) to its node's identity.
// Names index a list, and the rare name given with several kinds chains its entries: a
// million names cost ~100 bytes each, and a look-up hashes one string.
type resolvedEnds struct {
	byName map[string]int32
	ends   []resolvedEnd
}

type resolvedEnd struct {
	kind     graph.Kind
	id, name string // of the node the end resolved to
	next     int32  // the name's next entry, -1 at the end
}

func newResolvedEnds() resolvedEnds { return resolvedEnds{byName: make(map[string]int32)} }

func (r *resolvedEnds) get(kind graph.Kind, name string) (graph.Node, bool) {
	i, ok := r.byName[name]
	for ok && i >= 0 {
		e := &r.ends[i]
		if e.kind == kind {
			return graph.Node{ID: e.id, Kind: kind, Name: e.name}, true
		}
		i = e.next
	}
	return graph.Node{}, false
}

func (r *resolvedEnds) put(kind graph.Kind, name string, n *graph.Node) {
	if _, ok := r.get(kind, name); ok {
		return
	}
	next, ok := r.byName[name]
	if !ok {
		next = -1
	}
	r.byName[name] = int32(len(r.ends))
	r.ends = append(r.ends, resolvedEnd{kind: kind, id: n.ID, name: n.Name, next: next})
}

func (r *resolvedEnds) reset() {
	clear(r.byName)
	r.ends = r.ends[:0]
}

// nameHit is a cached answer of StoreFinder.
type nameHit struct {
	node  graph.Node
	found bool
}

func newLoadWriter(ctx context.Context, st *graph.Store, sum *LoadSummary, maxErrors int) (*loadWriter, error) {
	w := &loadWriter{st: st, sum: sum, maxErrors: maxErrors, pending: NewPendingNodes(), names: make(map[string]nameHit),
		resolved: newResolvedEnds()}
	empty, err := st.IsEmpty(ctx)
	if err != nil {
		return nil, fmt.Errorf("load: checking whether the store is empty: %w", err)
	}
	w.storeEmpty = empty
	w.bulkArticles = empty && st.StreamsImports()
	w.find = w.pending.Finder(w.cachedStoreFind(StoreFinder(st)))
	return w, nil
}

// cachedStoreFind wraps a store finder with the writer's name cache. Look-up errors (a name
// of several kinds) are not cached: they are rare and their message names the line.
func (w *loadWriter) cachedStoreFind(next NodeFinder) NodeFinder {
	return func(ctx context.Context, name string, kind graph.Kind) (graph.Node, bool, error) {
		if w.storeEmpty {
			return graph.Node{}, false, nil
		}
		// The exact name is the key: the store ranks "US" and "us" differently.
		key := string(kind) + "\x00" + name
		if h, ok := w.names[key]; ok {
			return h.node, h.found, nil
		}
		n, found, err := next(ctx, name, kind)
		if err != nil {
			return n, found, err
		}
		if len(w.names) >= maxNameCache {
			clear(w.names)
		}
		// Only the identity is kept, as CuratedBatch keeps it.
		w.names[key] = nameHit{node: graph.Node{ID: n.ID, Kind: n.Kind, Name: n.Name}, found: found}
		return n, found, nil
	}
}

// bad records one bad input in the summary.
func (w *loadWriter) bad(err error) {
	w.sum.ErrorCount++
	if len(w.sum.Errors) < w.maxErrors {
		w.sum.Errors = append(w.sum.Errors, err)
	}
}

// write writes one record, recording bad input in the summary. Only a store failure or ctx's
// end is returned.
func (w *loadWriter) write(ctx context.Context, j loadJob) error {
	w.sum.Items++
	if j.err != nil {
		w.bad(j.err)
		if len(j.batches) == 0 {
			return nil
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if j.item.Fact != nil || j.item.Node != nil {
		// Curated lines look names up in the store: the articles before them must be in it.
		if err := w.closeArticles(); err != nil {
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
		if w.bulkArticles {
			// A curated line may name a node of an article before it: the importer's
			// writes must be in the store, where names are looked up.
			w.bulkArticles = false
			if err := w.closeImporter(ctx); err != nil {
				return fmt.Errorf("load %s: %w", j.item.Pos(), err)
			}
		}
	}
	switch {
	case j.item.Fact != nil:
		f := j.item.Fact
		subj, ok1 := w.resolved.get(f.SubjectKind, f.Subject)
		obj, ok2 := w.resolved.get(f.ObjectKind, f.Object)
		if ok1 && ok2 && f.SubjectKind != "" && f.ObjectKind != "" {
			// Both ends are pending already: nothing for pending to learn.
			w.sum.Facts++
			if f.File != w.articleFile {
				w.articleFile, w.article = f.File, "curated:"+f.File
			}
			// Straight into the group's batch: no batch of its own for the line.
			g := w.startLine(j)
			appendCuratedFact(&w.gb, &w.gev, f, subj, obj, w.article)
			w.endLine(g)
			return w.flushIfFull(ctx)
		}
		b, err := CuratedBatch(ctx, f, w.find)
		if err != nil {
			if isInputError(err) {
				w.bad(err)
				return nil
			}
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
		w.sum.Facts++
		if err := w.importBatch(ctx, j, b); err != nil {
			return err
		}
		// The ends are pending now (importBatch added them), so their resolution holds.
		if f.SubjectKind != "" {
			w.resolved.put(f.SubjectKind, f.Subject, &b.Nodes[0])
		}
		if f.ObjectKind != "" {
			w.resolved.put(f.ObjectKind, f.Object, &b.Nodes[len(b.Nodes)-1])
		}
		return nil
	case j.item.Node != nil:
		return w.importBatch(ctx, j, CuratedNodeBatch(j.item.Node))
	}
	w.sum.Documents += j.docs
	w.sum.Facts += j.facts
	if len(j.batches) == 0 {
		return nil
	}
	if !w.bulkArticles {
		if err := w.closeImporter(ctx); err != nil {
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
	}
	// An article adds nodes and aliases the caches do not know.
	w.storeEmpty = false
	clear(w.names)
	w.resolved.reset()
	for _, b := range j.batches {
		ws, err := w.writeArticle(ctx, b)
		if err != nil {
			if isBadBatch(err) {
				w.bad(&InputError{File: j.item.File, Line: j.item.Line, Msg: err.Error(), Err: err})
				continue
			}
			return fmt.Errorf("load %s: %w", j.item.Pos(), err)
		}
		w.sum.WriteSummary.Add(ws)
	}
	return nil
}

// importBatch queues a curated batch for the importer, writing the group when it is full.
// The batch's nodes are pending from now on, so later lines of the group resolve to them.
func (w *loadWriter) importBatch(ctx context.Context, j loadJob, b *graph.Batch) error {
	w.pending.Add(b)
	w.queue(j, b)
	return w.flushIfFull(ctx)
}

// queue adds a curated batch to the group.
func (w *loadWriter) queue(j loadJob, b *graph.Batch) {
	g := w.startLine(j)
	w.gb.Nodes = append(w.gb.Nodes, b.Nodes...)
	w.gb.Edges = append(w.gb.Edges, b.Edges...)
	w.endLine(g)
}

// startLine opens job j's line in the group; what is appended to gb until endLine is its.
func (w *loadWriter) startLine(j loadJob) *groupLine {
	w.group = append(w.group, groupLine{file: j.item.File, line: j.item.Line,
		nodes: [2]int{len(w.gb.Nodes)}, edges: [2]int{len(w.gb.Edges)}})
	return &w.group[len(w.group)-1]
}

func (w *loadWriter) endLine(g *groupLine) {
	g.nodes[1], g.edges[1] = len(w.gb.Nodes), len(w.gb.Edges)
}

// flushIfFull writes the group once it holds groupSize lines.
func (w *loadWriter) flushIfFull(ctx context.Context) error {
	if len(w.group) < groupSize {
		return nil
	}
	return w.flushGroup(ctx)
}

// flushGroup adds the queued lines through the importer, opening it when needed: it waits
// for the group before, then hands this one to an adder goroutine and returns, so that
// reading and resolving the next lines overlaps the merge into the importer.
func (w *loadWriter) flushGroup(ctx context.Context) error {
	if len(w.group) == 0 {
		return nil
	}
	if err := w.waitGroup(); err != nil {
		return err
	}
	if w.im == nil {
		im, err := w.st.NewImporter(ctx)
		if err != nil {
			return fmt.Errorf("load %s:%d: %w", w.group[0].file, w.group[0].line, err)
		}
		w.im = im
	}
	buf := &groupBuf{lines: w.group, gb: w.gb, evs: w.gev}
	next := w.spare
	if next == nil {
		next = &groupBuf{}
	}
	w.spare = nil
	w.group, w.gb, w.gev = next.lines[:0], next.gb, next.evs[:0]
	w.adding = make(chan groupResult, 1)
	go func(im *graph.Importer, done chan<- groupResult) {
		done <- addGroup(ctx, im, buf)
	}(w.im, w.adding)
	return nil
}

// waitGroup waits for the group being added, if any, and records its result.
func (w *loadWriter) waitGroup() error {
	if w.adding == nil {
		return nil
	}
	r := <-w.adding
	w.adding = nil
	w.sum.WriteSummary.Add(r.sum)
	for _, err := range r.bad {
		w.bad(err)
	}
	// Drop the lines' strings and evidence for the collector; the arrays are reused.
	clear(r.buf.gb.Nodes)
	clear(r.buf.gb.Edges)
	clear(r.buf.evs)
	r.buf.lines, r.buf.gb.Nodes, r.buf.gb.Edges, r.buf.evs = r.buf.lines[:0], r.buf.gb.Nodes[:0], r.buf.gb.Edges[:0], r.buf.evs[:0]
	w.spare = r.buf
	return r.err
}

// addGroup adds one group through im; when the store refuses it as invalid, which writes
// nothing, it adds the lines one by one to name the bad ones.
func addGroup(ctx context.Context, im *graph.Importer, g *groupBuf) groupResult {
	r := groupResult{buf: g}
	ws, err := im.Add(ctx, &g.gb)
	if err == nil {
		r.sum = ws
		return r
	}
	first := g.lines[0]
	switch {
	case ctx.Err() != nil:
		r.err = ctx.Err()
		return r
	case !isBadBatch(err):
		r.err = fmt.Errorf("load %s:%d: %w", first.file, first.line, err)
		return r
	}
	for i := range g.lines {
		l := &g.lines[i]
		ws, err := im.Add(ctx, l.batch(&g.gb))
		switch {
		case err == nil:
			r.sum.Add(ws)
		case ctx.Err() != nil:
			r.err = ctx.Err()
			return r
		case isBadBatch(err):
			r.bad = append(r.bad, &InputError{File: l.file, Line: l.line, Msg: err.Error(), Err: err})
		default:
			r.err = fmt.Errorf("load %s:%d: %w", l.file, l.line, err)
			return r
		}
	}
	return r
}

// writeArticle writes one article's batch through the importer during an initial load
// (bulkArticles), else through the group writer, opening either when needed, or through
// Store.Write when the writer is not grouped.
func (w *loadWriter) writeArticle(ctx context.Context, b *graph.Batch) (graph.WriteSummary, error) {
	if w.bulkArticles {
		if w.im == nil {
			im, err := w.st.NewImporter(ctx)
			if err != nil {
				return graph.WriteSummary{}, err
			}
			w.im = im
		}
		return w.im.Add(ctx, b)
	}
	if !w.grouped {
		return w.st.Write(ctx, b)
	}
	if w.gw == nil {
		gw, err := w.st.NewGroupWriter(ctx)
		if err != nil {
			return graph.WriteSummary{}, err
		}
		w.gw = gw
	}
	return w.gw.Write(ctx, b)
}

// closeArticles commits the articles written and releases the group writer, if one is open.
func (w *loadWriter) closeArticles() error {
	if w.gw == nil {
		return nil
	}
	err := w.gw.Close()
	w.gw = nil
	return err
}

// closeImporter flushes and releases the importer, if one is open. Its writes are then in the
// store, which the name cache reads, so pending starts over.
//
// The queued lines are flushed even when ctx is already cancelled (a SIGTERM keeps what was
// read), and the importer is closed whatever the flush returns: an importer left open would
// hold the store's write lock, and the next load would wait for it forever.
func (w *loadWriter) closeImporter(ctx context.Context) error {
	flushErr := w.flushGroup(context.WithoutCancel(ctx))
	flushErr = errors.Join(flushErr, w.waitGroup())
	if w.im == nil {
		return flushErr
	}
	_, err := w.im.Close()
	w.im = nil
	w.pending.Reset()
	clear(w.names)
	w.resolved.reset()
	w.storeEmpty = false
	return errors.Join(flushErr, err)
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
		w := &loadWriter{st: st, sum: &sum, maxErrors: 1000, resolved: newResolvedEnds()}
		if err := w.write(ctx, j); err != nil {
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
