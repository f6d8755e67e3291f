package loaders

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/entente-kg/entente/data"
)

// TestWireArticlesKeepTheirScore fails when a change loses what the three sets of wire articles
// in testdata (see testdata/wire/README.md and testdata/wire3/README.md) measured. Each floor sits
// a little below that score, so that an improvement never has to move it.
func TestWireArticlesKeepTheirScore(t *testing.T) {
	p, err := NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		dir                 string
		factsF1, entitiesF1 float64
	}{
		{"testdata/wire", 0.81, 0.89},
		{"testdata/wire2", 0.74, 0.89},
		{"testdata/wire3", 0.73, 0.82},
	} {
		t.Run(filepath.Base(set.dir), func(t *testing.T) {
			gold, err := LoadGold(filepath.Join(set.dir, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			files, err := filepath.Glob(filepath.Join(set.dir, "corpus", "*.txt"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no articles in %s: %v", set.dir, err)
			}
			var docs []Document
			for _, f := range files {
				text, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				d, err := p.Extract(t.Context(), Page{Name: filepath.Base(f), Text: string(text)})
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				docs = append(docs, d...)
			}
			res, err := gold.ScoreDocuments(docs, EvalOptions{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, ff := res.All.PRF()
			var ef float64
			for _, row := range res.Entities {
				if row.Name == "ALL" {
					_, _, ef = row.PRF()
				}
			}
			t.Logf("%s: facts F1 %.3f, entities F1 %.3f", set.dir, ff, ef)
			if ff < set.factsF1 || ef < set.entitiesF1 {
				t.Errorf("facts F1 %.3f (floor %.2f), entities F1 %.3f (floor %.2f)", ff, set.factsF1, ef, set.entitiesF1)
			}
		})
	}
}
