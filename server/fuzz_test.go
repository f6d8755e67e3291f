package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// FuzzGraphQLHandler feeds arbitrary bodies and content types to /graphql: every answer must
// be JSON with data or coded errors, with a status the API documents, and no panic.
func FuzzGraphQLHandler(f *testing.F) {
	for _, seed := range []struct{ ct, body string }{
		{"application/json", `{"query": "{ actor(name: \"Russia\") { violated { name } } }"}`},
		{"application/json", `{"query": "query($n: String!) { actor(name: $n) { name } }", "variables": {"n": "the Kremlin"}}`},
		{"application/json", `{"query": "{ agreements(violatedBy: \"Russia\", first: 1000000000, after: \"x\") { totalCount } }"}`},
		{"application/json", `{"query": "mutation { addFact(fact: {subject: \"A\", predicate: SIGNED, object: \"B\"}) { id } }"}`},
		{"application/json", `[{"query": "{ stats { nodes } }"}]`},
		{"application/json", `{"query": "{ path(from: \"Russia\", to: \"Crimea\", maxDepth: 6) { type } }"}`},
		{"application/graphql", `{ search(text: "U") { matched } }`},
		{"text/plain", `{}`},
		{"application/json", "{\"query\": \"\x00\xff\"}"},
	} {
		f.Add(seed.ct, []byte(seed.body))
	}
	al, fs := headlineFacts()
	st := openStore(f, al, fs)
	s, err := New(Config{Token: "t"}, st, ArticlesOnly(st))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, ct string, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", ct)
		rec := httptest.NewRecorder()
		start := time.Now()
		s.ServeHTTP(rec, req)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("took %v for %q %q", d, ct, body)
		}
		switch rec.Code {
		case 200, 400, 413, 415:
		default:
			t.Fatalf("status %d for %q %q", rec.Code, ct, body)
		}
		var out struct {
			Data   json.RawMessage  `json:"data"`
			Errors []map[string]any `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("answer is not JSON (%v): %.300s", err, rec.Body.Bytes())
		}
		if out.Data == nil && len(out.Errors) == 0 {
			t.Fatalf("answer has neither data nor errors: %s", rec.Body.Bytes())
		}
		for _, e := range out.Errors {
			if errCode(e) == "" {
				t.Fatalf("error without extensions.code: %v", e)
			}
		}
	})
}
