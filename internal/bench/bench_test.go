package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/loaders"
)

func newTestGenerator(t *testing.T, seed int64) *Generator {
	t.Helper()
	g, err := NewGenerator(seed, data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func collect[T any](t *testing.T, each func(func(T) error) error) []T {
	t.Helper()
	var out []T
	if err := each(func(v T) error { out = append(out, v); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGeneratorIsDeterministicForASeed(t *testing.T) {
	co := CorpusOptions{Articles: 30, Actors: 100, Treaties: 20}
	gopts := GraphOptions{Actors: 200, Agreements: 50, Edges: 2000}
	articles := func(seed int64) []Article {
		g := newTestGenerator(t, seed)
		return collect(t, func(fn func(Article) error) error { return g.Articles(co, fn) })
	}
	facts := func(seed int64) []Fact {
		g := newTestGenerator(t, seed)
		return collect(t, func(fn func(Fact) error) error { return g.Facts(gopts, fn) })
	}
	if a, b := articles(7), articles(7); !reflect.DeepEqual(a, b) {
		t.Error("two corpora of seed 7 differ")
	}
	if a, b := articles(7), articles(8); reflect.DeepEqual(a, b) {
		t.Error("seeds 7 and 8 gave the same corpus")
	}
	if a, b := facts(7), facts(7); !reflect.DeepEqual(a, b) {
		t.Error("two graphs of seed 7 differ")
	}
	if a, b := facts(7), facts(8); reflect.DeepEqual(a, b) {
		t.Error("seeds 7 and 8 gave the same graph")
	}
}

func TestFactsAreDistinctAndAsMany(t *testing.T) {
	g := newTestGenerator(t, 1)
	o := GraphOptions{Actors: 300, Agreements: 40, Edges: 5000}
	facts := collect(t, func(fn func(Fact) error) error { return g.Facts(o, fn) })
	if len(facts) != o.Edges {
		t.Fatalf("%d facts, want %d", len(facts), o.Edges)
	}
	seen := map[Fact]bool{}
	for _, f := range facts {
		if seen[f] {
			t.Fatalf("repeated fact %+v", f)
		}
		seen[f] = true
		if f.Subject == f.Object {
			t.Errorf("self-loop %+v", f)
		}
		toAgreement := f.Predicate == "signed" || f.Predicate == "violated" || f.Predicate == "mediated"
		if toAgreement != (f.ObjectKind == graph.KindAgreement) {
			t.Errorf("%+v: %s must point to an agreement exactly when it is signed, violated or mediated", f, f.ObjectKind)
		}
	}
}

func TestGraphOptionsThatCannotBeFilledAreRefused(t *testing.T) {
	g := newTestGenerator(t, 1)
	for _, o := range []GraphOptions{{Actors: 1, Agreements: 5, Edges: 1}, {Actors: 5, Agreements: 0, Edges: 1}, {Actors: 3, Agreements: 1, Edges: 100}} {
		if err := g.Facts(o, func(Fact) error { return nil }); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestGeneratedNamesAreUnique(t *testing.T) {
	kinds := map[string]func(int) string{"person": PersonName, "organization": OrganizationName, "agreement": AgreementName, "place": PlaceName}
	for kind, name := range kinds {
		seen := map[string]int{}
		for i := range 20000 {
			n := name(i)
			if j, dup := seen[n]; dup {
				t.Fatalf("%s names %d and %d are both %q", kind, j, i, n)
			}
			seen[n] = i
		}
	}
}

func TestNewGeneratorNeedsStates(t *testing.T) {
	fsys := fstest.MapFS{"countries.tsv": {Data: []byte("# only one\nValdoria\n")}}
	if _, err := NewGenerator(1, fsys); err == nil || !strings.Contains(err.Error(), "at least 2") {
		t.Errorf("err = %v, want one saying at least 2 states", err)
	}
}

func TestPercentileIsNearestRank(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"no values", nil, 50, 0},
		{"one value is every percentile", ms(7), 99, 7 * time.Millisecond},
		{"median of an odd count is the middle", ms(1, 2, 3, 4, 5), 50, 3 * time.Millisecond},
		{"median of an even count is the lower middle", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of 1..100 is 99", ms(hundred...), 99, 99 * time.Millisecond},
		{"p50 of 1..100 is 50", ms(hundred...), 50, 50 * time.Millisecond},
		{"p100 is the maximum", ms(1, 5, 9), 100, 9 * time.Millisecond},
		{"p99 of ten values is the maximum", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("Percentile(%v, %v) = %v, want %v", tt.sorted, tt.p, got, tt.want)
			}
		})
	}
}

func TestDriveCountsRequestsAndErrors(t *testing.T) {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Variables map[string]string `json:"variables"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		calls.Add(1)
		if body.Variables["n"] == "bad" {
			fmt.Fprint(w, `{"errors":[{"message":"no"}]}`)
			return
		}
		fmt.Fprint(w, `{"data":{"actor":{"name":"x","violated":[{"name":"a"},{"name":"b"}]}}}`)
	}))
	defer srv.Close()
	q := Question{Name: "q", Query: "query($n: String!) { x }", Values: []string{"good", "bad"}}
	res, err := Drive(context.Background(), srv.Client(), srv.URL, q, 1, 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests == 0 || int64(res.Requests) > calls.Load() {
		t.Fatalf("requests = %d, server saw %d", res.Requests, calls.Load())
	}
	// One client alternates good and bad values, so half the requests (rounded) fail.
	if want := res.Requests / 2; res.Errors != want {
		t.Errorf("errors = %d of %d, want %d", res.Errors, res.Requests, want)
	}
	good := res.Requests - res.Errors
	if want := 3 * float64(good) / float64(res.Requests); res.NamesPerQ != want {
		t.Errorf("names per answer = %v, want %v", res.NamesPerQ, want)
	}
	if res.P50ms <= 0 || res.P99ms < res.P50ms || !strings.Contains(res.FirstError, "no") {
		t.Errorf("result = %+v", res)
	}
}

// TestRunMeasuresEveryPart runs the whole bench on a tiny corpus against the real store and
// server: every part reports, and every question gets non-empty answers without errors.
func TestRunMeasuresEveryPart(t *testing.T) {
	p, err := loaders.NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rep, err := Run(context.Background(), Options{
		Seed: 3, Articles: 20, Actors: 300, Agreements: 60, Edges: 3000,
		Duration: 200 * time.Millisecond, Concurrency: 2, Workers: 2,
		Dir: dir, StoreOptions: graph.DefaultOptions(""), Extractor: p, Knowledge: data.Knowledge(),
		ProfileDir: filepath.Join(dir, "prof"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Extraction == nil || rep.Extraction.Words == 0 || rep.Extraction.Facts == 0 {
		t.Errorf("extraction = %+v, want words and facts", rep.Extraction)
	}
	if rep.FactLoad == nil || rep.FactLoad.EdgesNew != 3000 {
		t.Errorf("fact load = %+v, want 3000 new edges", rep.FactLoad)
	}
	if rep.TextLoad == nil || rep.TextLoad.Articles != 20 || rep.TextLoad.Cores < 1 ||
		rep.TextLoad.WordsPerSecCore != rep.TextLoad.WordsPerSec/float64(rep.TextLoad.Cores) || rep.TextLoad.WordsPerSecCore <= 0 {
		t.Errorf("text load = %+v, want 20 articles and words/s per core", rep.TextLoad)
	}
	if rep.DiskBytes == 0 || rep.PeakRSSBytes == 0 {
		t.Errorf("disk %d, peak RSS %d: want both measured", rep.DiskBytes, rep.PeakRSSBytes)
	}
	if len(rep.Queries) != 4 {
		t.Fatalf("queries = %+v, want 4", rep.Queries)
	}
	for _, q := range rep.Queries {
		if q.Requests == 0 || q.Errors != 0 || q.NamesPerQ < 1 {
			t.Errorf("%s: %+v, want answered requests with names and no errors", q.Question, q)
		}
	}
	var table, js strings.Builder
	if err := rep.WriteTable(&table); err != nil || !strings.Contains(table.String(), "2-hop") {
		t.Errorf("table: %v\n%s", err, table.String())
	}
	if err := rep.WriteJSON(&js); err != nil || !json.Valid([]byte(js.String())) || !strings.Contains(js.String(), `"edges_per_s"`) {
		t.Errorf("json: %v\n%s", err, js.String())
	}
	if _, err := Run(context.Background(), Options{Dir: dir, Knowledge: data.Knowledge()}); err == nil || !strings.Contains(err.Error(), "fresh store") {
		t.Errorf("second run in the same directory: err = %v, want one asking for a fresh store", err)
	}
}
