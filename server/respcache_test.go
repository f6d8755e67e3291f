package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// TestResponseCacheSeesWrites asks the same question before and after writes (through the
// store and through the API), with the cache on and off: every answer after a write returned
// shows it.
func TestResponseCacheSeesWrites(t *testing.T) {
	for _, tc := range []struct {
		name  string
		bytes int64
		cache bool
	}{
		{"cache on", 0, true},
		{"cache off", -1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			al, fs := headlineFacts()
			st := openStore(t, al, fs)
			s, err := New(Config{Token: "s3cret", ResponseCacheBytes: tc.bytes}, st, nil)
			if err != nil {
				t.Fatal(err)
			}
			url := startHTTP(t, s)
			ask := query(`query($n: String!) { actor(name: $n) { violated { name } } }`, map[string]any{"n": "Russia"})
			violated := func() string {
				t.Helper()
				r := post(t, url, "application/json", ask, nil)
				if len(r.Errors) > 0 || r.status != 200 {
					t.Fatalf("%d %v", r.status, r.Errors)
				}
				b, _ := json.Marshal(r.Data)
				return string(b)
			}
			const before = `{"actor":{"violated":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`
			for range 3 {
				if got := violated(); got != before {
					t.Fatalf("before writes: %s", got)
				}
			}
			if got := s.cache != nil && s.cache.len() == 1; got != tc.cache {
				t.Fatalf("cache holds the answer: %v, want %v", got, tc.cache)
			}
			writeFacts(t, st, nil, []fact{{"Russia", graph.KindState, "violated", "INF Treaty", graph.KindAgreement, "2019", ""}})
			const after = `{"actor":{"violated":[{"name":"Budapest Memorandum"},{"name":"INF Treaty"},{"name":"Minsk Agreements"}]}}`
			if got := violated(); got != after {
				t.Fatalf("after a store write: %s", got)
			}
			add := query(`mutation { addFact(fact: {subject: "Russia", predicate: VIOLATED, object: "Open Skies Treaty", evidence: "Russia broke it."}) { id } }`, nil)
			r := post(t, url, "application/json", add, map[string]string{"Authorization": "Bearer s3cret"})
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			if got := violated(); !strings.Contains(got, "Open Skies Treaty") {
				t.Fatalf("after addFact: %s", got)
			}
			id := r.Data["addFact"].(map[string]any)["id"].(string)
			if err := st.Retract(context.Background(), id, "test"); err != nil {
				t.Fatal(err)
			}
			if got := violated(); got != after {
				t.Fatalf("after a retraction: %s", got)
			}
		})
	}
}

// TestResponseCacheKeepsNoMutationOrError checks that only successful queries are kept: a
// repeated mutation runs again, and an error answer is not replayed.
func TestResponseCacheKeepsNoMutationOrError(t *testing.T) {
	s, st := newTestServer(t)
	url := startHTTP(t, s)
	refused := query(`mutation { retractFact(id: "0000000000000000", reason: "x") { id } }`, nil)
	for i := range 2 {
		r := post(t, url, "application/json", refused, nil)
		if len(r.Errors) == 0 || errCode(r.Errors[0]) != CodeUnauthenticated {
			t.Fatalf("round %d: want %s, got %v", i, CodeUnauthenticated, r.Errors)
		}
	}
	add := query(`mutation { addFact(fact: {subject: "Russia", predicate: VIOLATED, object: "INF Treaty", evidence: "Russia breached the INF Treaty."}) { support } }`, nil)
	for i := range 2 {
		r := post(t, url, "application/json", add, map[string]string{"Authorization": "Bearer s3cret"})
		if len(r.Errors) > 0 {
			t.Fatalf("round %d: %v", i, r.Errors)
		}
	}
	if n := s.cache.len(); n != 0 {
		t.Errorf("the cache holds %d answers to mutations or errors", n)
	}
	n, err := st.CountEdges(context.Background(), graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Russia"), Direction: graph.Out, Types: []string{"violated"}})
	if err != nil || n != 3 {
		t.Errorf("%d violated edges (%v), want 3", n, err)
	}
}

// TestResponseCacheIsBounded fills a small cache with many distinct questions: it keeps
// within its byte bound and still answers each one right.
func TestResponseCacheIsBounded(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	const bound = 32 << 10
	s, err := New(Config{ResponseCacheBytes: bound}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	for i := range 300 {
		name := "Russia"
		if i%2 == 1 {
			name = "Ukraine"
		}
		q := query(fmt.Sprintf(`{ a%d: actor(name: %q) { name } }`, i, name), nil)
		r := post(t, url, "application/json", q, nil)
		if got := r.Data[fmt.Sprintf("a%d", i)]; got == nil || got.(map[string]any)["name"] != name {
			t.Fatalf("question %d: %v %v", i, r.Data, r.Errors)
		}
	}
	s.cache.mu.RLock()
	n, size := len(s.cache.entries), s.cache.bytes
	s.cache.mu.RUnlock()
	if size > bound || n == 0 || n >= 300 {
		t.Errorf("cache holds %d answers in %d bytes; bound %d", n, size, bound)
	}
}

// TestResponseCacheUnderConcurrentWrites has readers ask one question while a writer adds
// facts: once a write has returned, no reader may see fewer facts than it added.
func TestResponseCacheUnderConcurrentWrites(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	ask := query(`{ actor(name: "Russia") { violated(first: 1000) { name } } }`, nil)
	count := func() (int, error) {
		resp, err := http.Post(url+"/graphql", "application/json", strings.NewReader(ask))
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		var r struct {
			Data struct {
				Actor struct{ Violated []struct{ Name string } }
			}
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
			return 0, err
		}
		return len(r.Data.Actor.Violated), nil
	}
	var mu sync.Mutex
	written := 2 // violated edges whose write has returned
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				mu.Lock()
				floor := written
				mu.Unlock()
				n, err := count()
				if err == nil && n < floor {
					err = fmt.Errorf("saw %d violated agreements after %d were written", n, floor)
				}
				if err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	for i := range 40 {
		writeFacts(t, st, nil, []fact{{"Russia", graph.KindState, "violated", fmt.Sprintf("Treaty %02d", i), graph.KindAgreement, "2019", ""}})
		mu.Lock()
		written++
		mu.Unlock()
	}
	close(stop)
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	if n, err := count(); err != nil || n != 42 {
		t.Errorf("final answer: %d violated agreements (%v), want 42", n, err)
	}
}
