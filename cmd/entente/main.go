// Command entente builds a knowledge graph of political actors, treaties and events from news
// articles and serves it over GraphQL. Each command lives in its own cmd_*.go file; the work
// happens in the graph, loaders and server packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/entente-kg/entente/graph"
)

// Exit codes, listed in each command's help.
const (
	exitOK      = 0
	exitFailure = 1 // the command failed
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // load/extract finished but some inputs had errors
)

// errPartial marks a run that finished with per-input errors already reported.
var errPartial = errors.New("some inputs had errors")

// usageError marks a mistake in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "entente",
		Short: "Entente: a knowledge graph of political actors, treaties and events from news",
		Long: `Entente reads news articles, extracts who signed, violated, mediated, struck,
attacked, annexed or met whom — with the sentence that says so — stores the graph in Badger
and answers questions over GraphQL.

Configuration precedence: flags > ENTENTE_* environment variables (ENTENTE_DATA_DIR,
ENTENTE_ADDR, ...) > entente.yaml (in the working directory, or --config) > defaults.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().String("config", "", "config file (default: ./entente.yaml when present)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newServeCommand(),
		newLoadCommand(),
		newExtractCommand(),
		newEvalCommand(),
		newStatsCommand(),
		newBenchCommand(),
	)
	for _, c := range root.Commands() {
		c.Args = usageArgs(c.Args)
	}
	return root
}

// usageArgs makes a command's argument check report a usage error (exit status 2).
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	if check == nil {
		return nil
	}
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal cancels ctx and starts a graceful stop; restoring the default handlers
	// then lets a second signal end the process at once.
	go func() { <-ctx.Done(); stop() }()
	err := newRootCommand(os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitCode prints err for a person and picks the exit status. Only main exits.
func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintln(stderr, "entente:", err)
		return exitPartial
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "entente:", err)
		fmt.Fprintln(stderr, "Run 'entente --help' for usage.")
		return exitUsage
	default:
		fmt.Fprintln(stderr, "entente:", err)
		return exitFailure
	}
}

// newLogger makes the process logger for the configured format and level (checked by
// loadConfig).
func newLogger(w io.Writer, cfg Config) *slog.Logger {
	level, _ := parseLogLevel(cfg.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openStore opens the configured database. graph's errors name the directory; openStore adds
// what to do where graph's message does not say it, so every refusal is one actionable line.
// log, when not nil, receives Badger's warnings and the store's own messages (a long
// import's last step, for one).
func openStore(cfg Config, readOnly bool, log *slog.Logger) (*graph.Store, error) {
	opts := cfg.storeOptions()
	opts.ReadOnly = readOnly
	opts.Logger = log
	st, err := graph.Open(opts)
	if err != nil {
		if advice := openAdvice(err, cfg.DataDir, readOnly); advice != "" {
			return nil, fmt.Errorf("%w; %s", err, advice)
		}
		return nil, err
	}
	return st, nil
}

// openAdvice says what to do about an error of graph.Open, or "" when graph's message already
// says it (a lock, a damaged file, another schema version, a full disk, permissions).
func openAdvice(err error, dir string, readOnly bool) string {
	switch {
	case errors.Is(err, graph.ErrLocked), errors.Is(err, graph.ErrDamaged),
		errors.Is(err, graph.ErrSchemaVersion), errors.Is(err, graph.ErrDiskFull), errors.Is(err, fs.ErrPermission):
		return ""
	case errors.Is(err, fs.ErrNotExist) && readOnly:
		return "nothing has been loaded there yet: create it with 'entente load PATH...' or 'entente serve', " +
			"or point --data-dir (ENTENTE_DATA_DIR, data-dir in entente.yaml) at an existing database"
	case errors.Is(err, fs.ErrNotExist):
		return "create the parent directory first, or choose another --data-dir"
	}
	fi, serr := os.Stat(dir)
	switch {
	case serr == nil && !fi.IsDir():
		return "--data-dir must name a directory; this is a file"
	case serr == nil && strings.Contains(err.Error(), "not a readable Entente database"):
		// graph's words for a directory Badger cannot open (see graph.openError): damaged
		// files, or files of another program.
		return "if it held an Entente database, restore it from a backup or load the sources again into a new --data-dir; " +
			"otherwise choose an empty or new --data-dir"
	}
	return ""
}
