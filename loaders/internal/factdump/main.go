// Command factdump runs the loaders pipeline over text files and prints the entity and fact
// lines `entente extract` prints, for measuring the relation stage during development.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/loaders"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "factdump:", err)
		os.Exit(1)
	}
}

func run(paths []string) error {
	var opts []loaders.PipelineOption
	if dir := os.Getenv("FACTDUMP_TABLES"); dir != "" {
		opts = append(opts, loaders.WithTableFiles(dir))
	}
	p, err := loaders.NewPipeline(data.Knowledge(), opts...)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	verbose := os.Getenv("FACTDUMP_RULES") != ""
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		docs, err := p.Extract(context.Background(), loaders.Page{Name: name, Text: string(text)})
		if err != nil {
			return err
		}
		for _, d := range docs {
			if q := os.Getenv("FACTDUMP_DEBUG"); q != "" {
				debug(d, q)
			}
			for _, e := range d.Entities {
				if err := enc.Encode(map[string]any{"name": e.Name, "kind": e.Kind, "article": d.Name}); err != nil {
					return err
				}
			}
			for _, f := range d.Facts {
				line := map[string]any{"subject": f.Subject, "predicate": f.Predicate, "object": f.Object,
					"date": f.Date, "evidence": f.Evidence, "article": d.Name, "confidence": f.Confidence, "modality": f.Modality}
				if verbose {
					line["rule"] = f.Rule
					line["published"] = d.Article.Published
				}
				if err := enc.Encode(line); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// debug prints the tokens, tags and mentions of the sentences containing q, to stderr.
func debug(d loaders.Document, q string) {
	for si, s := range d.Sentences {
		if !strings.Contains(s.Text, q) {
			continue
		}
		fmt.Fprintf(os.Stderr, "[%s #%d] published=%q\n", d.Name, si, d.Article.Published)
		var b strings.Builder
		for _, t := range s.Tokens {
			fmt.Fprintf(&b, "%s/%s ", t.Text, t.Tag)
		}
		fmt.Fprintln(os.Stderr, b.String())
		for _, m := range d.Mentions {
			if m.Sentence == si {
				ent := "-"
				if m.Entity >= 0 && m.Entity < len(d.Entities) {
					ent = d.Entities[m.Entity].Name + "/" + string(d.Entities[m.Entity].Kind)
				}
				fmt.Fprintf(os.Stderr, "   [%d,%d) %q %s %s -> %s\n", m.TokStart, m.TokEnd, m.Text, m.Kind, m.Role, ent)
			}
		}
	}
}
