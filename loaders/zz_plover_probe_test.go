package loaders

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
)

func TestZZPloverProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	b, _ := os.ReadFile("../../shared/plover/PLOVER_GSR_CAMEO.json")
	var recs []map[string]any
	json.Unmarshal(b, &recs)
	p, err := NewPipeline(data.Knowledge(), WithoutRelations())
	if err != nil {
		t.Fatal(err)
	}
	tot, ok := 0, 0
	for _, r := range recs {
		text, _ := r["text"].(string)
		if text == "" {
			continue
		}
		docs, _ := p.Extract(context.Background(), Page{Name: "x", Title: "t", Text: text})
		found := map[string]bool{}
		for _, d := range docs {
			for _, e := range d.Entities {
				if e.Kind == graph.KindState {
					found[e.Props["iso"]] = true
				} else if e.Props["country"] != "" {
					found[e.Props["country"]] = true
				}
			}
		}
		for _, k := range []string{"source", "target"} {
			as, _ := r[k].([]any)
			for _, a := range as {
				m := a.(map[string]any)
				code, _ := m["code"].(string)
				name, isState := p.k.StateByCode(code)
				if !isState {
					continue
				}
				iso := p.k.states[name].ISO3
				tot++
				if found[iso] {
					ok++
				} else {
					fmt.Printf("MISS %s %q | %s\n", code, m["actorText"], text)
				}
			}
		}
	}
	fmt.Printf("rate %d/%d = %.3f\n", ok, tot, float64(ok)/float64(tot))
}
