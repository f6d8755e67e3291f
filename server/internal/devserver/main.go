// Command devserver serves a graph of curated facts for the playground and client tests until
// `entente serve` is wired: it opens a store (in memory unless -data-dir), writes the JSONL
// facts given, prints "listening on http://ADDR" and serves until interrupted.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/server"
)

// factLine is one curated fact of a JSONL file, as `entente load` reads them.
type factLine struct {
	Subject     string `json:"subject"`
	SubjectKind string `json:"subject_kind"`
	Predicate   string `json:"predicate"`
	Object      string `json:"object"`
	ObjectKind  string `json:"object_kind"`
	Date        string `json:"date"`
	Evidence    string `json:"evidence"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address")
	facts := flag.String("facts", "", "JSONL file of curated facts to load")
	dataDir := flag.String("data-dir", "", "database directory (default: in memory)")
	playground := flag.String("playground-dir", "web/node_modules", "directory holding the GraphiQL npm packages")
	token := flag.String("token", "", "bearer token for writes (empty: writes off)")
	flag.Parse()
	if err := run(*addr, *facts, *dataDir, *playground, *token); err != nil {
		fmt.Fprintln(os.Stderr, "devserver:", err)
		os.Exit(1)
	}
}

func run(addr, facts, dataDir, playground, token string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := graph.DefaultOptions(dataDir)
	opts.InMemory = dataDir == ""
	st, err := graph.Open(opts)
	if err != nil {
		return err
	}
	defer st.Close()
	if facts != "" {
		if err := load(ctx, st, facts); err != nil {
			return err
		}
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	srv, err := server.New(server.Config{Token: token, PlaygroundDir: playground, Logger: logger}, st, server.ArticlesOnly(st))
	if err != nil {
		return err
	}
	return server.ListenAndServe(ctx, addr, srv, func(a net.Addr) {
		fmt.Printf("listening on http://%s\n", a)
	})
}

// load writes every fact of the JSONL file path, one batch per line.
func load(ctx context.Context, st *graph.Store, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var fl factLine
		if err := json.Unmarshal(sc.Bytes(), &fl); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		sk, err := graph.ParseKind(orDefault(fl.SubjectKind, "State"))
		if err != nil {
			return fmt.Errorf("%s:%d: subject_kind: %w", path, line, err)
		}
		ok, err := graph.ParseKind(orDefault(fl.ObjectKind, "Agreement"))
		if err != nil {
			return fmt.Errorf("%s:%d: object_kind: %w", path, line, err)
		}
		s := graph.Node{ID: graph.NodeID(sk, fl.Subject), Kind: sk, Name: fl.Subject}
		o := graph.Node{ID: graph.NodeID(ok, fl.Object), Kind: ok, Name: fl.Object}
		quote := orDefault(fl.Evidence, fl.Subject+" "+fl.Predicate+" "+fl.Object+".")
		e := graph.Edge{ID: graph.EdgeID(s.ID, fl.Predicate, o.ID), Source: s.ID, Type: fl.Predicate, Target: o.ID, Date: fl.Date,
			Evidence: []graph.Evidence{{Sentence: quote, Rule: "curated", Confidence: 1, Date: fl.Date}}}
		if _, err := st.Write(ctx, &graph.Batch{Nodes: []graph.Node{s, o}, Edges: []graph.Edge{e}}); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
