package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/loaders"
)

// LoadOptions are the flags of 'entente load'.
type LoadOptions struct {
	Quiet      bool
	CPUProfile string // write a CPU profile of the load here (hidden flag, for issue 6 work)
	// MemProfile, when set, is the prefix of heap profiles written every 10 s of the load
	// (PREFIX.1.heap, ...): where memory goes mid-load, which one profile at the end misses.
	MemProfile string
}

func newLoadCommand() *cobra.Command {
	var opts LoadOptions
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract files and store the entities and facts in the database",
		Long: `Load files into the database: plain-text pages (.txt), JSON Lines (.jsonl) where a line
with "text" is an article {"id","title","source","published","url","text"} and a line with
"predicate" is a curated fact {"subject","predicate","object","subject_kind"?,"object_kind"?,
"date"?,"evidence"?}. Directories are walked recursively; '-' reads standard input.

Each article is written atomically with its facts; loading the same article again is skipped,
and the same fact again only adds evidence. Bad records are reported with file:line and the
load goes on. Progress is a bar on a terminal, a log line every few seconds otherwise.

EXIT STATUS: 0 on success, 1 on failure, 2 on bad flags, 3 when some inputs had errors.`,
		Example: `  # a page, a directory of pages and JSONL articles, and a curated-fact file
  entente load page.txt corpus/ facts.jsonl

  # articles from another program, one JSON object a line
  cat articles.jsonl | entente load -

  # into another database, four extraction workers, no progress output
  entente load --data-dir /srv/entente --workers 4 --quiet corpus/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runLoad(cmd.Context(), opts, cfg, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress output")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the load to this file")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	cmd.Flags().StringVar(&opts.MemProfile, "memprofile", "", "write heap profiles of the load every 10 s to PREFIX.N.heap")
	_ = cmd.Flags().MarkHidden("memprofile")
	addConfigFlags(cmd.Flags(), "data-dir", "gazetteers", "workers", "memtable-mb", "block-cache-mb", "index-cache-mb", "compression", "log-format", "log-level", "memory-limit-mb")
	return cmd
}

func runLoad(ctx context.Context, opts LoadOptions, cfg Config, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	log := newLogger(stderr, cfg)
	// A long load's garbage would otherwise let the heap double before each collection; a
	// soft limit keeps RSS near it (see BENCHMARKS.md). GOMEMLIMIT, when set, wins.
	if cfg.MemoryLimitMB > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(cfg.MemoryLimitMB << 20)
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	st, err := openStore(cfg, false, log)
	if err != nil {
		return err
	}
	defer st.Close()
	log.Info("loading", "data_dir", cfg.DataDir, "inputs", len(paths), "workers", cfg.Workers)
	src, err := loaders.NewSource(ctx, paths, loaders.SourceOptions{Stdin: stdin})
	if err != nil {
		return err
	}
	for _, f := range src.Skipped() {
		log.Warn("skipped: not .txt or .jsonl", "file", f)
	}
	if opts.CPUProfile != "" {
		stop, err := startCPUProfile(opts.CPUProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if opts.MemProfile != "" {
		stop := startHeapProfiles(ctx, opts.MemProfile, 10*time.Second, log)
		defer stop()
	}
	lopts := loaders.LoadOptions{Workers: cfg.Workers}
	if !opts.Quiet {
		lopts.Progress, lopts.ProgressEvery = newProgress(stderr, log, src.TotalBytes())
	}
	sum, err := loaders.Load(ctx, p, st, src, lopts)
	for _, e := range sum.Errors {
		fmt.Fprintln(stderr, "entente:", e)
	}
	if more := sum.ErrorCount - len(sum.Errors); more > 0 {
		fmt.Fprintf(stderr, "entente: ... and %d more errors\n", more)
	}
	printLoadSummary(stdout, sum)
	if err != nil {
		return err
	}
	if cerr := st.Close(); cerr != nil {
		return fmt.Errorf("closing database: %w", cerr)
	}
	if sum.ErrorCount > 0 {
		return fmt.Errorf("%d input record(s) had errors: %w", sum.ErrorCount, errPartial)
	}
	return nil
}

// newProgress returns a progress callback: a bar with rate and ETA on a terminal, a log line
// every five seconds otherwise.
func newProgress(stderr io.Writer, log *slog.Logger, total int64) (func(loaders.LoadProgress), time.Duration) {
	if !stderrIsTerminal() {
		return func(p loaders.LoadProgress) {
			if p.Done {
				return
			}
			attrs := []any{"records", p.Items, "errors", p.Errors, "read_mb", p.BytesRead >> 20,
				"records_per_s", int(float64(p.Items) / p.Elapsed.Seconds())}
			if p.TotalBytes > 0 {
				pct := float64(p.BytesRead) / float64(p.TotalBytes)
				attrs = append(attrs, "percent", int(100*pct))
				if pct > 0 {
					attrs = append(attrs, "eta", (time.Duration(float64(p.Elapsed)/pct) - p.Elapsed).Round(time.Second))
				}
			}
			log.Info("progress", attrs...)
		}, 5 * time.Second
	}
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return func(p loaders.LoadProgress) {
		_ = bar.Set64(p.BytesRead)
		if p.Done {
			_ = bar.Finish()
		}
	}, 200 * time.Millisecond
}

// printLoadSummary writes what the load did.
func printLoadSummary(out io.Writer, s loaders.LoadSummary) {
	w := s.WriteSummary
	fmt.Fprintf(out, "records   %d read, %d with errors, in %s\n", s.Items, s.ErrorCount, s.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(out, "articles  %d new, %d skipped (already loaded)\n", w.ArticlesNew, w.ArticlesSkipped)
	fmt.Fprintf(out, "nodes     %d new, %d merged\n", w.NodesNew, w.NodesMerged)
	fmt.Fprintf(out, "edges     %d new, %d merged, %d evidence added\n", w.EdgesNew, w.EdgesMerged, w.EvidenceNew)
	fmt.Fprintf(out, "facts     %d extracted or curated\n", s.Facts)
}

// startCPUProfile writes a CPU profile to path until the returned function is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// startHeapProfiles writes a heap profile to PREFIX.N.heap every interval until the returned
// function is called. A profile that cannot be written is logged, not fatal: it is a
// diagnostic and the load matters more.
func startHeapProfiles(ctx context.Context, prefix string, every time.Duration, log *slog.Logger) func() {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if err := writeHeapProfile(fmt.Sprintf("%s.%d.heap", prefix, n)); err != nil {
				log.Warn("heap profile", "err", err)
			}
		}
	}()
	return func() { cancel(); <-done }
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	return f.Close()
}
