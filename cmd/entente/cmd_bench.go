package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/internal/bench"
	"github.com/entente-kg/entente/server"
)

// BenchOptions are the flags of 'entente bench'.
type BenchOptions struct {
	Seed        int64
	Articles    int
	Actors      int
	Agreements  int
	Edges       int
	Facts       string
	URL         string
	Duration    time.Duration
	Concurrency int
	Dir         string
	Keep        bool
	JSON        bool
	Pprof       string
}

// AddFlags registers the options' flags; the defaults finish in well under a minute.
func (o *BenchOptions) AddFlags(f *pflag.FlagSet) {
	f.Int64Var(&o.Seed, "seed", 1, "seed of the synthetic corpus and graph")
	f.IntVar(&o.Articles, "articles", 500, "synthetic news articles for the text path (0 skips it)")
	f.IntVar(&o.Actors, "actors", 5000, "actors of the synthetic graph")
	f.IntVar(&o.Agreements, "agreements", 2000, "agreements of the synthetic graph")
	f.IntVar(&o.Edges, "edges", 50000, "curated facts (distinct edges) of the synthetic graph (0 skips the graph and the questions)")
	f.StringVar(&o.Facts, "facts", "", "load and ask about this curated-fact JSONL file (e.g. peerbench's facts.jsonl) instead of the synthetic graph")
	f.StringVar(&o.URL, "url", "", "ask a running server at this /graphql URL about the actors of --facts, loading nothing (side-by-side runs)")
	f.DurationVar(&o.Duration, "duration", 2*time.Second, "how long each question is asked (0 skips the questions)")
	f.IntVarP(&o.Concurrency, "concurrency", "c", 4, "concurrent HTTP clients")
	f.StringVar(&o.Dir, "dir", "", "work directory for the generated files and the store (default: a temporary directory, removed at the end)")
	f.BoolVar(&o.Keep, "keep", false, "keep the temporary work directory")
	f.BoolVar(&o.JSON, "json", false, "print the report as JSON")
	f.StringVar(&o.Pprof, "pprof", "", "write CPU profiles of the load (load.pprof) and the questions (query.pprof) to this directory")
}

func newBenchCommand() *cobra.Command {
	var opts BenchOptions
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure loading and GraphQL speed on a synthetic corpus and graph",
		Long: `Generate a deterministic (seeded) synthetic corpus of news articles and a graph of
curated facts, load them into a fresh store, serve it on 127.0.0.1 and ask GraphQL questions
over HTTP: 1-hop { actor(name:$n) { violated { name } } }, 2-hop { actor(name:$n) { signed
{ signatories { name } } } }, by-name { actor(name:$n) { name } } and
search { search(text:$prefix) { matched entity { name } } }.

--facts loads a curated-fact file (such as peerbench's facts.jsonl) instead of the synthetic
graph; with --url too, nothing is loaded and the questions go to that running server.

Reports extraction words/s, load articles/s and edges/s, size on disk, peak RSS, and per
question QPS and p50/p99 latency, as a table or as JSON (--json). Progress goes to stderr.

EXIT STATUS: 0 on success, 1 on failure, 2 on bad flags.`,
		Example: `  # everything in one process on the default synthetic corpus and graph
  entente bench

  # a bigger graph, 4 clients, 5 s a question, as JSON
  entente bench --actors 100000 --agreements 20000 --edges 300000 -c 4 --duration 5s --json

  # load peerbench's facts, then ask a server that is already running
  entente bench --facts /tmp/g1/facts.jsonl
  entente bench --url http://127.0.0.1:8099/graphql --facts /tmp/g1/facts.jsonl -c 4`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runBench(cmd.Context(), opts, cfg, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	opts.AddFlags(cmd.Flags())
	addConfigFlags(cmd.Flags(), "gazetteers", "workers", "memtable-mb", "block-cache-mb", "index-cache-mb", "edge-cache-mb", "compression")
	cmd.AddCommand(newBenchFloorCommand())
	return cmd
}

// newBenchFloorCommand is 'entente bench floor': serve's HTTP transport answering a fixed
// GraphQL answer, the floor that 'entente serve' and PostgreSQL are measured against. Hidden:
// it is a benchmarking aid, not something a user serves.
func newBenchFloorCommand() *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:    "floor",
		Short:  "Serve a fixed GraphQL answer on /graphql through serve's HTTP server (the latency floor)",
		Hidden: true,
		Long: `Answer every POST or GET /graphql with the same valid GraphQL JSON answer, without
reading the query or any store, through the same fasthttp server setup as 'entente serve'.
Ask it with the same client as serve and PostgreSQL (e.g. peerbench gql -q q3): its QPS and
p50/p99 are what the HTTP transport alone costs on this machine. Runs until SIGINT/SIGTERM.

EXIT STATUS: 0 after a clean shutdown, 1 on failure, 2 on bad flags.`,
		Example: `  entente bench floor --addr 127.0.0.1:8097 &
  peerbench gql -dir /tmp/g1 -url http://127.0.0.1:8097/graphql -c 4 -d 5s -q q3`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBenchFloor(cmd.Context(), addr, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8097", "address to listen on")
	return cmd
}

func runBenchFloor(ctx context.Context, addr string, stderr io.Writer) error {
	log := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("bench floor: listening on %s: %w", addr, err)
	}
	err = server.ServeFloor(ctx, ln, log, func(a net.Addr) {
		log.Info("serving the floor", "graphql", "http://"+a.String()+"/graphql", "answer", server.FloorAnswer)
	})
	if err != nil {
		return fmt.Errorf("bench floor: %w", err)
	}
	return nil
}

func runBench(ctx context.Context, opts BenchOptions, cfg Config, stdout, stderr io.Writer) error {
	if opts.Articles < 0 || opts.Edges < 0 || opts.Actors < 0 || opts.Agreements < 0 || opts.Concurrency < 1 || opts.Duration < 0 {
		return usageError{fmt.Errorf("bench: sizes must not be negative and --concurrency at least 1")}
	}
	if opts.URL != "" && opts.Facts == "" {
		return usageError{fmt.Errorf("bench: --url needs --facts, the file the server loaded, to know whom to ask about")}
	}
	dir := opts.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "entente-bench-")
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		dir = tmp
		if opts.Keep {
			fmt.Fprintln(stderr, "bench: work directory", dir)
		} else {
			defer os.RemoveAll(dir)
		}
	}
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	rep, err := bench.Run(ctx, bench.Options{
		Seed: opts.Seed, Articles: opts.Articles, Actors: opts.Actors, Agreements: opts.Agreements, Edges: opts.Edges, FactsFile: opts.Facts, URL: opts.URL,
		Duration: opts.Duration, Concurrency: opts.Concurrency, Workers: cfg.Workers,
		Dir: dir, StoreOptions: cfg.storeOptions(), Extractor: p, Knowledge: data.Knowledge(),
		ProfileDir: opts.Pprof, Log: stderr,
	})
	if err != nil {
		return err
	}
	if opts.JSON {
		return rep.WriteJSON(stdout)
	}
	return rep.WriteTable(stdout)
}
