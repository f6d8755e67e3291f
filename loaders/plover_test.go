package loaders

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// ploverPath is the PLOVER gold-standard file (real wire sentences with coded actors), shared
// read-only beside the repository and never copied into it.
const ploverPath = "../../shared/plover/PLOVER_GSR_CAMEO.json"

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
}

type ploverRecord struct {
	ID     string          `json:"id"`
	Text   string          `json:"text"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

func (r ploverRecord) actors() []ploverActor {
	var out []ploverActor
	for _, raw := range []json.RawMessage{r.Source, r.Target} {
		var as []ploverActor
		if json.Unmarshal(raw, &as) == nil { // "" where a record has no actor
			out = append(out, as...)
		}
	}
	return out
}

// TestPloverStatesRecognised measures, on real news sentences, how often a source or target
// actor coded as a country has its state recognised in the sentence: by name, demonym,
// capital, seat of government, or a place or body the tables tie to that state.
func TestPloverStatesRecognised(t *testing.T) {
	b, err := os.ReadFile(ploverPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("PLOVER file %s not present; skipping the state-recognition rate", ploverPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatalf("%s: %v", ploverPath, err)
	}
	p := newTestPipeline(t)
	total, found := 0, 0
	for _, r := range recs {
		if r.Text == "" {
			continue
		}
		docs, err := p.Extract(context.Background(), Page{Name: r.ID, Title: r.ID, Text: r.Text})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		seen := map[string]bool{}
		for _, d := range docs {
			for _, e := range d.Entities {
				if e.Kind == graph.KindState {
					seen[e.Props["iso"]] = true
				} else if c := e.Props["country"]; c != "" {
					seen[c] = true
				}
			}
		}
		for _, a := range r.actors() {
			name, ok := p.Knowledge().StateByCode(a.Code)
			if !ok {
				continue // IGO, NGO and other non-state codes
			}
			s, _ := p.Knowledge().State(name)
			total++
			if seen[s.ISO3] {
				found++
			} else {
				t.Logf("missed %s %q in %s", a.Code, a.ActorText, r.ID)
			}
		}
	}
	if total == 0 {
		t.Fatal("no country-coded actors read")
	}
	rate := float64(found) / float64(total)
	t.Logf("PLOVER states recognised: %d/%d = %.3f", found, total, rate)
	if rate < 0.9 {
		t.Errorf("state recognition rate %.3f, want >= 0.90", rate)
	}
}
