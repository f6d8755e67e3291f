package server

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/entente-kg/entente/graph"
)

// TestSchemaSpeaksTheGraphsVocabulary checks the RelationType and Kind enums list exactly the
// graph's predicates and kinds, in order, so that a new predicate cannot be forgotten.
func TestSchemaSpeaksTheGraphsVocabulary(t *testing.T) {
	s, _ := newTestServer(t)
	data, errs := exec(t, s, `{ r: __type(name: "RelationType") { enumValues { name } } k: __type(name: "Kind") { enumValues { name } } }`, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	names := func(key string) []string {
		var out []string
		for _, v := range data[key].(map[string]any)["enumValues"].([]any) {
			out = append(out, v.(map[string]any)["name"].(string))
		}
		return out
	}
	var preds, kinds []string
	for _, p := range graph.Predicates() {
		preds = append(preds, strings.ToUpper(p.Name))
	}
	for _, k := range graph.Kinds() {
		kinds = append(kinds, kindEnum(k))
	}
	if got := names("r"); strings.Join(got, ",") != strings.Join(preds, ",") {
		t.Errorf("RelationType %v, graph.Predicates %v", got, preds)
	}
	if got := names("k"); strings.Join(got, ",") != strings.Join(kinds, ",") {
		t.Errorf("Kind %v, graph.Kinds %v", got, kinds)
	}
}

// TestEveryTypeAndFieldIsDescribed walks the introspected schema for missing descriptions.
func TestEveryTypeAndFieldIsDescribed(t *testing.T) {
	s, _ := newTestServer(t)
	data, errs := exec(t, s, `{ __schema { types { name description fields { name description } inputFields { name description } enumValues { name description } } } }`, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, ty := range data["__schema"].(map[string]any)["types"].([]any) {
		m := ty.(map[string]any)
		name := m["name"].(string)
		if strings.HasPrefix(name, "__") || name == "String" || name == "Int" || name == "Float" || name == "Boolean" || name == "ID" {
			continue
		}
		if d, _ := m["description"].(string); d == "" {
			t.Errorf("type %s has no description", name)
		}
		for _, key := range []string{"fields", "inputFields", "enumValues"} {
			list, _ := m[key].([]any)
			for _, f := range list {
				fm := f.(map[string]any)
				if d, _ := fm["description"].(string); d == "" {
					t.Errorf("%s.%s has no description", name, fm["name"])
				}
			}
		}
	}
}

// TestSlowRequestsTimeOut checks an expired request deadline stops resolvers with TIMEOUT.
func TestSlowRequestsTimeOut(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{RequestTimeout: time.Nanosecond}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	r := post(t, url, "application/json", query(`{ actor(name: "Russia") { violated { name } } }`, nil), nil)
	if len(r.Errors) == 0 || errCode(r.Errors[0]) != CodeTimeout {
		t.Fatalf("want %s, got %v %v", CodeTimeout, r.Data, r.Errors)
	}
}

// TestConcurrentReadersDuringWrites runs readers against a server while facts are added, as
// a race-detector target: every answer is complete or an error, never a torn one.
func TestConcurrentReadersDuringWrites(t *testing.T) {
	s, st := newTestServer(t)
	url := startHTTP(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		for i := 0; ctx.Err() == nil && i < 200; i++ {
			f := fact{"Russia", graph.KindState, "violated", "Accord " + string(rune('A'+i%26)) + strings.Repeat("z", i/26), graph.KindAgreement, "2020", ""}
			if _, err := st.Write(ctx, f.batch(nil)); err != nil && ctx.Err() == nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	errc := make(chan error, 4)
	for c := 0; c < 4; c++ {
		go func() {
			for i := 0; i < 50; i++ {
				r, err := tryPost(url, query(`{ agreements(violatedBy: "Russia", first: 100) { totalCount nodes { name signatories { name } } } }`, nil))
				if err != nil {
					errc <- err
					return
				}
				if len(r.Errors) > 0 {
					errc <- errors.New(r.Errors[0]["message"].(string))
					return
				}
				conn := r.Data["agreements"].(map[string]any)
				if len(conn["nodes"].([]any)) < 2 {
					b, _ := json.Marshal(conn)
					errc <- errors.New("lost the original facts: " + string(b))
					return
				}
			}
			errc <- nil
		}()
	}
	for c := 0; c < 4; c++ {
		if err := <-errc; err != nil {
			t.Error(err)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("writer: %v", err)
	}
}

// TestAgreementTypedTraversalsKeepAgreements checks that a traversal the schema types as a
// list of agreements leaves other kinds out, and one typed as entities keeps them.
func TestAgreementTypedTraversalsKeepAgreements(t *testing.T) {
	const sdl = `
		schema { query: Query }
		type Query { a: Holder }
		interface Entity { name: String! }
		type Agreement implements Entity { name: String! }
		type Holder { signed: [Agreement!]! violated: [Entity!]! }`
	schema, err := graphql.ParseSchema(sdl, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := traversals()
	typeTraversals(schema.ASTSchema(), ts)
	for _, tc := range []struct {
		field string
		kind  graph.Kind
		want  bool
	}{
		{"signed", graph.KindAgreement, true},
		{"signed", graph.KindPerson, false},
		{"violated", graph.KindAgreement, true},
		{"violated", graph.KindPerson, true},
		{"signatories", graph.KindPerson, true},
		{"signatories", graph.KindAgreement, false},
	} {
		if got := ts[tc.field].keep(tc.kind); got != tc.want {
			t.Errorf("%s keeps %s: %v, want %v", tc.field, tc.kind, got, tc.want)
		}
	}
}
