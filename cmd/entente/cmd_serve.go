package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"

	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/loaders"
	"github.com/entente-kg/entente/server"
)

// ServeOptions are the flags of 'entente serve'.
type ServeOptions struct {
	NoDefaultCorpus bool
	CPUProfile      string // write a CPU profile of the whole run to this file
}

func newServeCommand() *cobra.Command {
	var opts ServeOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over GraphQL (playground at /)",
		Long: `Serve the graph over HTTP: POST or GET /graphql, the GraphiQL playground at /, and
/healthz. On first start with an empty database the embedded default corpus is loaded, so a
newcomer sees a populated graph. Writes (ingestArticles, addFact, retractFact) need
"Authorization: Bearer TOKEN" with the configured --token; without a token writes are off.
SIGINT/SIGTERM stop accepting connections and finish in-flight requests.

EXIT STATUS: 0 after a clean shutdown, 1 on failure, 2 on bad flags.`,
		Example: `  # serve ./entente-data (the embedded corpus on first start) on http://127.0.0.1:8080
  entente serve

  # another database and port, writes allowed with a token
  entente serve --data-dir /srv/entente --addr 0.0.0.0:9000 --token "$(cat token.txt)"

  # ask a question
  curl -s 127.0.0.1:8080/graphql -H 'content-type: application/json' \
    -d '{"query":"{ actor(name: \"Russia\") { name violated { name } } }"}'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runServe(cmd.Context(), opts, cfg, cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVar(&opts.NoDefaultCorpus, "no-default-corpus", false, "start empty instead of loading the embedded corpus")
	cmd.Flags().StringVar(&opts.CPUProfile, "cpuprofile", "", "write a CPU profile of the run, until shutdown, to this file")
	_ = cmd.Flags().MarkHidden("cpuprofile")
	// Every setting but the load-only ones (workers, memory-limit-mb): a flag serve ignores
	// would only mislead in its help.
	addConfigFlags(cmd.Flags(), "data-dir", "addr", "token", "cors-origins", "playground-dir", "gazetteers",
		"memtable-mb", "block-cache-mb", "index-cache-mb", "edge-cache-mb", "compression", "log-format", "log-level", "response-cache-mb")
	return cmd
}

func runServe(ctx context.Context, opts ServeOptions, cfg Config, stderr io.Writer) error {
	log := newLogger(stderr, cfg)
	if opts.CPUProfile != "" {
		stop, err := startCPUProfile(opts.CPUProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	log.Info("opening database", "data_dir", cfg.DataDir)
	st, err := openStore(cfg, false, log)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline(cfg)
	if err != nil {
		return err
	}
	if !opts.NoDefaultCorpus {
		if err := loadDefaultCorpus(ctx, log, p, st); err != nil {
			return err
		}
	}
	scfg := server.DefaultConfig()
	scfg.Token = cfg.Token
	scfg.CORSOrigins = cfg.CORSOrigins
	scfg.PlaygroundDir = cfg.PlaygroundDir
	scfg.Logger = log
	scfg.ResponseCacheBytes = cfg.ResponseCacheMB << 20
	if cfg.ResponseCacheMB <= 0 {
		scfg.ResponseCacheBytes = -1 // off
	}
	srv, err := server.New(scfg, st, pipelineIngester(p, st))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if cfg.Token == "" {
		log.Info("writes are off: set --token (or ENTENTE_TOKEN) to allow ingestArticles, addFact, retractFact")
	}
	// Read the indexes once in the background so the first questions find Badger's block
	// cache warm; serving starts at once.
	warmCtx, stopWarm := context.WithCancel(ctx)
	warmed := make(chan struct{})
	go func() {
		defer close(warmed)
		if err := st.Warm(warmCtx); err != nil && warmCtx.Err() == nil {
			log.Warn("warming the store's caches", "err", err)
		}
	}()
	err = server.ListenAndServe(ctx, cfg.Addr, srv, func(addr net.Addr) {
		log.Info("serving", "url", "http://"+addr.String()+"/", "graphql", "http://"+addr.String()+"/graphql")
	})
	stopWarm()
	<-warmed // the store closes below: nothing may still be reading it
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := st.Close(); err != nil {
		return fmt.Errorf("closing database: %w", err)
	}
	log.Info("stopped")
	return nil
}

// loadDefaultCorpus loads the embedded corpus into an empty database.
func loadDefaultCorpus(ctx context.Context, log *slog.Logger, p *loaders.Pipeline, st *graph.Store) error {
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("reading database stats: %w", err)
	}
	if s.Articles > 0 || len(s.Nodes) > 0 {
		return nil
	}
	var pages []loaders.Page
	corpus := data.Corpus()
	err = fs.WalkDir(corpus, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus, path)
		if err != nil {
			return err
		}
		pages = append(pages, loaders.Page{Name: path, Text: string(b)})
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the embedded corpus: %w", err)
	}
	sum, err := loaders.IngestPages(ctx, p, st, pages)
	if err != nil {
		return fmt.Errorf("loading the embedded corpus: %w", err)
	}
	log.Info("empty database: loaded the embedded default corpus", "pages", len(pages),
		"articles", sum.ArticlesNew, "nodes", sum.NodesNew, "edges", sum.EdgesNew, "errors", sum.ErrorCount)
	return nil
}

// pipelineIngester lets the GraphQL ingestArticles mutation run the loaders pipeline.
func pipelineIngester(p *loaders.Pipeline, st *graph.Store) server.Ingester {
	return server.IngesterFunc(func(ctx context.Context, articles []server.Article) (server.IngestReport, error) {
		pages := make([]loaders.Page, len(articles))
		for i, a := range articles {
			pages[i] = loaders.Page{Name: a.ID, Title: a.Title, Source: a.Source, Published: a.Published, URL: a.URL, Text: a.Text, Single: true}
		}
		sum, err := loaders.IngestPages(ctx, p, st, pages)
		rep := server.IngestReport{Summary: sum.WriteSummary}
		for _, e := range sum.Errors {
			rep.Errors = append(rep.Errors, e.Error())
		}
		return rep, err
	})
}
