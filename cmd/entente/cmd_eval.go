package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/loaders"
)

// EvalOptions are the flags of 'entente eval'.
type EvalOptions struct {
	Gold    string
	JSON    bool
	Verbose bool
	AnyKind bool
	System  string // score this extract output instead of running the loaders
}

func newEvalCommand() *cobra.Command {
	var opts EvalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold DIR PATH...",
		Short: "Score extraction against gold annotations (P/R/F1 per predicate and kind)",
		Long: `Run the loaders on PATH... (as 'entente extract' does) and score the result against a gold
directory of NAME.entities.json and NAME.facts.jsonl files: precision, recall and F1 per
predicate for facts and per kind for entities, micro-averaged. The numbers are the same as
../shared/tools/score_facts.py gives, so you can measure Entente on your own annotated corpus.
With --system FILE, score an existing extract output instead.

EXIT STATUS: 0 on success, 1 on failure, 2 on bad flags, 3 when some inputs had errors.`,
		Example: `  # extract and score in one step
  entente eval --gold gold/ corpus/

  # score an earlier 'entente extract' output, listing what was missed or wrong
  entente eval --gold gold/ --system extracted.jsonl --verbose

  # machine-readable scores
  entente eval --gold gold/ --json corpus/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" {
				return usageError{fmt.Errorf("eval: --gold DIR is required")}
			}
			if len(args) == 0 && opts.System == "" {
				return usageError{fmt.Errorf("eval: give PATH... to extract, or --system FILE")}
			}
			cfg, err := loadConfig(cmd.Flags())
			if err != nil {
				return err
			}
			return runEval(cmd.Context(), opts, cfg, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "gold directory (NAME.entities.json, NAME.facts.jsonl)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the scores as JSON")
	cmd.Flags().BoolVar(&opts.Verbose, "verbose", false, "list false positives and false negatives")
	cmd.Flags().BoolVar(&opts.AnyKind, "any-kind", false, "match entities by name alone")
	cmd.Flags().StringVar(&opts.System, "system", "", "score this extract output (JSON Lines) instead of PATH...")
	addConfigFlags(cmd.Flags(), "gazetteers")
	return cmd
}

func runEval(ctx context.Context, opts EvalOptions, cfg Config, paths []string, stdin io.Reader, stdout, stderr io.Writer) error {
	gold, err := loaders.LoadGold(opts.Gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var sys io.Reader
	bad := 0
	if opts.System != "" {
		b, err := readFileOrStdin(opts.System, stdin)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		sys = bytes.NewReader(b)
	} else {
		p, err := newPipeline(cfg)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		if bad, err = extractAll(ctx, p, paths, stdin, &buf, stderr); err != nil {
			return err
		}
		sys = &buf
	}
	res, err := gold.Score(sys, loaders.EvalOptions{AnyKind: opts.AnyKind})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if opts.JSON {
		if err := res.WriteJSON(stdout); err != nil {
			return err
		}
	} else if err := res.WriteTable(stdout); err != nil {
		return err
	}
	if opts.Verbose {
		if err := res.WriteVerbose(stdout); err != nil {
			return err
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d input(s) had errors: %w", bad, errPartial)
	}
	return nil
}

// readFileOrStdin reads path, or stdin for "-".
func readFileOrStdin(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(path)
}
