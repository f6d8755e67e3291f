package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/loaders"
)

// ExtractOptions are the flags of 'entente extract'.
type ExtractOptions struct {
	EntitiesOnly bool
}

func newExtractCommand() *cobra.Command {
	var opts ExtractOptions
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Print the entities and facts found in files, without a database",
		Long: `Run the loaders on files (.txt pages, .jsonl articles), directories (recursively) or
'-' (standard input) and print JSON Lines: entity lines {"name","kind","article"} and fact lines
{"subject","predicate","object","date","evidence","article","confidence","modality"?}, with
canonical names. Curated fact lines in .jsonl inputs are printed back as fact lines.
This is the format ../shared/tools/score_facts.py and 'entente eval' read.

EXIT STATUS: 0 on success, 1 on failure, 2 on bad flags, 3 when some inputs had errors
(each reported on standard error with file:line).`,
		Example: `  # one page, a directory of pages and JSONL articles, standard input
  entente extract page.txt
  entente extract corpus/ > extracted.jsonl
  curl -s https://example.org/article.txt | entente extract -

  # score it with the shared script (or use 'entente eval')
  python3 score_facts.py gold/ extracted.jsonl

  # with your own gazetteer
  entente extract --gazetteers my/organizations_local.tsv corpus/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runExtract(cmd.Context(), opts, cfg, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().BoolVar(&opts.EntitiesOnly, "entities-only", false, "skip the relations stage")
	addConfigFlags(cmd.Flags(), "gazetteers")
	return cmd
}

// newPipeline builds the loaders pipeline from the embedded knowledge plus the user's tables.
func newPipeline(cfg Config, extra ...loaders.PipelineOption) (*loaders.Pipeline, error) {
	opts := append([]loaders.PipelineOption{loaders.WithTableFiles(cfg.Gazetteers...)}, extra...)
	p, err := loaders.NewPipeline(data.Knowledge(), opts...)
	if err != nil {
		return nil, fmt.Errorf("loading knowledge tables: %w", err)
	}
	return p, nil
}

func runExtract(ctx context.Context, opts ExtractOptions, cfg Config, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var popts []loaders.PipelineOption
	if opts.EntitiesOnly {
		popts = append(popts, loaders.WithoutRelations())
	}
	p, err := newPipeline(cfg, popts...)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	bad, err := extractAll(ctx, p, paths, stdin, out, stderr)
	if err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if bad > 0 {
		return fmt.Errorf("%d input(s) had errors: %w", bad, errPartial)
	}
	return nil
}

// extractAll streams every record of paths through p into out as JSON Lines, reporting bad
// records on stderr. It returns how many records were bad.
func extractAll(ctx context.Context, p *loaders.Pipeline, paths []string, stdin io.Reader, out io.Writer, stderr io.Writer) (int, error) {
	src, err := loaders.NewSource(ctx, paths, loaders.SourceOptions{Stdin: stdin})
	if err != nil {
		return 0, err
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	bad := 0
	for it, err := range src.Items(ctx) {
		if err != nil {
			if ctx.Err() != nil {
				return bad, err
			}
			bad++
			fmt.Fprintln(stderr, "entente:", err)
			continue
		}
		switch {
		case it.Page != nil:
			// Each document is printed as soon as it is ready, so a page of many articles
			// never holds all their sentences and tokens at once.
			var writeErr error
			err := p.ExtractEach(ctx, *it.Page, func(d loaders.Document) error {
				writeErr = loaders.WriteJSONL(out, &d)
				return writeErr
			})
			switch {
			case writeErr != nil:
				return bad, fmt.Errorf("writing output: %w", writeErr)
			case err != nil && ctx.Err() != nil:
				return bad, err
			case err != nil:
				bad++
				for _, e := range splitJoined(err) {
					fmt.Fprintf(stderr, "entente: %s: %v\n", it.Pos(), e)
				}
			}
		case it.Fact != nil:
			f := it.Fact
			line := loaders.FactLine{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Date: f.Date,
				Evidence: f.Evidence, Article: f.Article, Confidence: f.Confidence,
				SubjectKind: string(f.SubjectKind), ObjectKind: string(f.ObjectKind)}
			if f.Modality != "" && f.Modality != "asserted" {
				line.Modality = string(f.Modality)
			}
			if err := enc.Encode(line); err != nil {
				return bad, fmt.Errorf("writing output: %w", err)
			}
		case it.Node != nil:
			if err := enc.Encode(loaders.EntityLine{Name: it.Node.Name, Kind: string(it.Node.Kind), Article: it.File}); err != nil {
				return bad, fmt.Errorf("writing output: %w", err)
			}
		}
	}
	return bad, nil
}

// splitJoined returns the errors an errors.Join holds (one per skipped article of a page), or
// err alone, so that each is printed on its own line after the input's position.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
