package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
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
		{"application/graphql", `{ actor(name: "{") { signed { signatories { signed { signatories { name } } } } } } # }`},
		{"application/graphql", `query A { ... on Query { a: stats { nodes } } } query B { search(text: """ { \""" """) { matched } }`},
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

// FuzzPrecheck checks the pre-parse check against graphql-go on arbitrary query text: the
// pre-check must never panic, and a query it refuses as too deep or too big must not be one
// graphql-go, with the same limits, runs without an error. (Refusing a document with too
// many definitions is a policy of ours, not graphql-go's, and is not compared.)
func FuzzPrecheck(f *testing.F) {
	for _, q := range []string{
		`{ actor(name: "Russia") { violated { name } } }`,
		`{ actor(name: "Russia") { signed { signatories { name } } } }`,
		`{ actor(name: "Russia") { ... on Actor { ... @include(if: true) { violated { name } } } } }`,
		`mutation { addFact(fact: {subject: "A", predicate: SIGNED, object: "B"}) { source { name } } }`,
		"{ actor(name: \"{{{{ \\\" {{\") { violated { name } } } # { { { {\n",
		`query Q { search(text: """{{{ \""" {{{ """) { matched } }`,
		`{ a: stats { nodes relations articles } b: __typename }`,
		`query A { ...F } fragment F on Query { stats { nodes } }`,
		introspectionQuery,
	} {
		f.Add(q)
	}
	const maxDepth, maxSelections = 3, 5
	al, fs := headlineFacts()
	st := openStore(f, al, fs)
	s, err := New(Config{MaxDepth: maxDepth, MaxSelections: maxSelections}, st, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		msg := precheck(q, maxDepth, maxSelections)
		if msg == "" || strings.Contains(msg, "operations and fragments") {
			return
		}
		if resp := s.Exec(t.Context(), q, "", nil); len(resp.Errors) == 0 {
			t.Fatalf("precheck refused (%s) a query graphql-go runs: %q", msg, q)
		}
	})
}
