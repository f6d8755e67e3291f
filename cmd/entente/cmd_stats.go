package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/graph"
)

// StatsOptions are the flags of 'entente stats'.
type StatsOptions struct {
	JSON bool
}

func newStatsCommand() *cobra.Command {
	var opts StatsOptions
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Print node counts per kind and edge counts per type",
		Long: `Print the database directory, node counts per kind, edge counts per type and the number
of articles in the database. The database is opened read-only.

EXIT STATUS: 0 on success, 1 when the database cannot be opened, 2 on bad flags.`,
		Example: `  entente stats
  entente stats --data-dir /srv/entente --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runStats(cmd.Context(), opts, cfg, cmd.OutOrStdout())
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of a table")
	addConfigFlags(cmd.Flags(), "data-dir")
	return cmd
}

func runStats(ctx context.Context, opts StatsOptions, cfg Config, out io.Writer) error {
	st, err := openStore(cfg, true, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if opts.JSON {
		return json.NewEncoder(out).Encode(s)
	}
	return printStats(out, cfg.DataDir, s)
}

// printStats writes the counts of the database in dir as a small table, naming the directory
// first: with flags, environment and entente.yaml all able to set it, which one was read is
// worth seeing.
func printStats(out io.Writer, dir string, s graph.Stats) error {
	fmt.Fprintf(out, "database  %s\n\n", dir)
	fmt.Fprintf(out, "%-14s %8s\n", "nodes", "count")
	for _, k := range graph.Kinds() {
		if n := s.Nodes[k]; n > 0 {
			fmt.Fprintf(out, "%-14s %8d\n", k, n)
		}
	}
	types := make([]string, 0, len(s.Edges))
	for t := range s.Edges {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(out, "\n%-14s %8s\n", "edges", "count")
	for _, t := range types {
		fmt.Fprintf(out, "%-14s %8d\n", t, s.Edges[t])
	}
	_, err := fmt.Fprintf(out, "\n%-14s %8d\n", "articles", s.Articles)
	return err
}
