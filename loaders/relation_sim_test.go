package loaders

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/entente-kg/entente/data"
)

func TestRelationSimPeopleTMP(t *testing.T) {
	out := os.Getenv("RELSIM")
	if out == "" {
		t.Skip()
	}
	p, _ := NewPipeline(data.Knowledge(), WithoutRelations())
	x, _ := NewRelationExtractor(data.Knowledge())
	text, _ := os.ReadFile("../../shared/corpus/ukraine-security-guarantees.txt")
	docs, _ := p.Extract(context.Background(), Page{Name: "ukraine-security-guarantees", Text: string(text)})
	f, _ := os.Create(out)
	enc := json.NewEncoder(f)
	for _, d := range docs {
		for i, e := range d.Entities {
			c := map[string]string{"Donald Trump": "USA", "Vladimir Putin": "RUS", "Volodymyr Zelenskyy": "UKR"}[e.Name]
			if c != "" {
				if d.Entities[i].Props == nil {
					d.Entities[i].Props = map[string]string{}
				}
				d.Entities[i].Props["country"] = c
			}
		}
		x.Extract(context.Background(), &d)
		for _, f := range d.Facts {
			enc.Encode(map[string]string{"subject": f.Subject, "predicate": f.Predicate, "object": f.Object})
		}
	}
	f.Close()
}
