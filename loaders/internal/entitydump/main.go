// Command entitydump prints the entity lines {"name","kind","article"} that the loaders
// pipeline finds in text files, for scoring with score_facts.py before the CLI exists.
// Usage: go run ./loaders/internal/entitydump [-v] FILE...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/loaders"
)

func main() {
	verbose := flag.Bool("v", false, "also print mentions and aliases to stderr")
	facts := flag.Bool("facts", false, "run the relations stage and print fact lines too")
	dir := flag.String("knowledge", "", "read knowledge tables from this directory instead of the embedded ones")
	flag.Parse()
	knowledge := data.Knowledge()
	if *dir != "" {
		knowledge = os.DirFS(*dir)
	}
	var opts []loaders.PipelineOption
	if !*facts {
		opts = append(opts, loaders.WithoutRelations())
	}
	p, err := loaders.NewPipeline(knowledge, opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	for _, f := range flag.Args() {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		docs, err := p.Extract(context.Background(), loaders.Page{Name: name, Text: string(b)})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, d := range docs {
			if *verbose {
				fmt.Fprintf(os.Stderr, "== %s %q (%s)\n", d.Name, d.Article.Title, d.Article.Source)
			}
			for _, e := range d.Entities {
				enc.Encode(map[string]string{"name": e.Name, "kind": string(e.Kind), "article": d.Name})
				if *verbose {
					fmt.Fprintf(os.Stderr, "  %-12s %-40s %v %v\n", e.Kind, e.Name, e.Aliases, e.Props)
				}
			}
			for _, f := range d.Facts {
				enc.Encode(map[string]any{"subject": f.Subject, "predicate": f.Predicate, "object": f.Object, "date": f.Date, "evidence": f.Evidence, "article": d.Name})
			}
		}
	}
}
