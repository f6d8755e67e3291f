package server

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// newTestServer serves the headline graph with writes allowed for token "s3cret".
func newTestServer(t testing.TB) (*Server, *graph.Store) {
	t.Helper()
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{Token: "s3cret"}, st, ArticlesOnly(st))
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// exec runs q and returns its data and errors as generic JSON values.
func exec(t *testing.T, s *Server, q string, vars map[string]any) (data map[string]any, errs []map[string]any) {
	t.Helper()
	b, err := json.Marshal(s.Exec(context.Background(), q, "", vars))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Data   map[string]any   `json:"data"`
		Errors []map[string]any `json:"errors"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out.Data, out.Errors
}

func mustJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad expected JSON %s: %v", s, err)
	}
	return v
}

func errCode(e map[string]any) string {
	ext, _ := e["extensions"].(map[string]any)
	c, _ := ext["code"].(string)
	return c
}

// TestQueriesAnswerFromTheGraph pins every root field's answer on a small graph.
func TestQueriesAnswerFromTheGraph(t *testing.T) {
	s, _ := newTestServer(t)
	budapest := graph.EdgeID(graph.NodeID(graph.KindState, "Russia"), "violated", graph.NodeID(graph.KindAgreement, "Budapest Memorandum"))
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  string
	}{
		{"headline: what Russia violated", `{ actor(name: "Russia") { violated { name } } }`, nil,
			`{"actor":{"violated":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`},
		{"headline: agreements violated by Russia with signatories",
			`{ agreements(violatedBy: "Russia") { totalCount edges { node { name signatories { name } } } } }`, nil,
			`{"agreements":{"totalCount":2,"edges":[
				{"node":{"name":"Budapest Memorandum","signatories":[{"name":"Russia"},{"name":"Ukraine"},{"name":"United Kingdom"},{"name":"United States"}]}},
				{"node":{"name":"Minsk Agreements","signatories":[{"name":"Russia"},{"name":"Ukraine"}]}}]}}`},
		{"actor by alias with a leading the", `{ actor(name: "the Kremlin") { name kind aliases } }`, nil,
			`{"actor":{"name":"Russia","kind":"STATE","aliases":["the Kremlin","Moscow","Russian Federation"]}}`},
		{"actor by alias, other case", `{ actor(name: "mr putin") { __typename name } }`, nil,
			`{"actor":{"__typename":"Person","name":"Vladimir Putin"}}`},
		{"actor unknown is null", `{ actor(name: "Atlantis") { name } }`, nil, `{"actor":null}`},
		{"actor is not an agreement", `{ actor(name: "Budapest Memorandum") { name } }`, nil, `{"actor":null}`},
		{"actor with a variable", `query($n: String!) { actor(name: $n) { violated { name } } }`, map[string]any{"n": "Moscow"},
			`{"actor":{"violated":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`},
		{"traversal first caps the list", `{ actor(name: "Russia") { violated(first: 1) { name } } }`, nil,
			`{"actor":{"violated":[{"name":"Budapest Memorandum"}]}}`},
		{"annexed and signed", `{ actor(name: "Russia") { annexed { name __typename } signed { name } } }`, nil,
			`{"actor":{"annexed":[{"name":"Crimea","__typename":"Place"}],"signed":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`},
		{"metWith is symmetric", `{ a: actor(name: "Donald Trump") { metWith { name } } b: actor(name: "Putin") { metWith { name } } }`, nil,
			`{"a":{"metWith":[{"name":"Vladimir Putin"}]},"b":{"metWith":[{"name":"Donald Trump"}]}}`},
		{"person represents, state representatives",
			`{ actor(name: "Putin") { ... on Person { represents { name } } } s: actor(name: "Russia") { ... on State { representatives { name } } } }`, nil,
			`{"actor":{"represents":[{"name":"Russia"}]},"s":{"representatives":[{"name":"Vladimir Putin"}]}}`},
		{"entity by kind", `{ entity(name: "Crimea", kind: PLACE) { __typename name } }`, nil,
			`{"entity":{"__typename":"Place","name":"Crimea"}}`},
		{"entity of another kind is null", `{ entity(name: "Crimea", kind: STATE) { name } }`, nil, `{"entity":null}`},
		{"agreement with mediators and violators",
			`{ agreement(name: "minsk agreements") { name mediators { name } violators { name } signatories { name } } }`, nil,
			`{"agreement":{"name":"Minsk Agreements","mediators":[{"name":"France"},{"name":"Germany"}],"violators":[{"name":"Russia"}],"signatories":[{"name":"Russia"},{"name":"Ukraine"}]}}`},
		{"traversals of many entities (prefetched together)",
			`{ agreement(name: "Budapest Memorandum") { signatories { name violated { name } signed(first: 1) { name } } } }`, nil,
			`{"agreement":{"signatories":[
				{"name":"Russia","violated":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}],"signed":[{"name":"Budapest Memorandum"}]},
				{"name":"Ukraine","violated":[],"signed":[{"name":"Budapest Memorandum"}]},
				{"name":"United Kingdom","violated":[],"signed":[{"name":"Budapest Memorandum"}]},
				{"name":"United States","violated":[],"signed":[{"name":"Budapest Memorandum"}]}]}}`},
		{"agreements by two filters", `{ agreements(signedBy: "Ukraine", mediatedBy: "France") { totalCount nodes { name } } }`, nil,
			`{"agreements":{"totalCount":1,"nodes":[{"name":"Minsk Agreements"}]}}`},
		{"agreements by date of the relation", `{ agreements(violatedBy: "Russia", from: "2020") { totalCount nodes { name } } }`, nil,
			`{"agreements":{"totalCount":1,"nodes":[{"name":"Minsk Agreements"}]}}`},
		{"agreements by an unknown actor are none", `{ agreements(signedBy: "Atlantis") { totalCount nodes { name } pageInfo { hasNextPage } } }`, nil,
			`{"agreements":{"totalCount":0,"nodes":[],"pageInfo":{"hasNextPage":false}}}`},
		{"all agreements", `{ agreements { totalCount nodes { name } } }`, nil,
			`{"agreements":{"totalCount":3,"nodes":[{"name":"Article 5"},{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`},
		{"relations by source and type with evidence",
			`{ relations(source: "Russia", type: VIOLATED, first: 1) { totalCount edges { node { id type source { name } target { name } date support confidence cameo plover modality evidence { totalCount nodes { quote rule articleId span { start end } } } } } pageInfo { hasNextPage } } }`, nil,
			`{"relations":{"totalCount":2,"edges":[{"node":{"id":"` + budapest + `","type":"VIOLATED","source":{"name":"Russia"},"target":{"name":"Budapest Memorandum"},"date":"2014","support":1,"confidence":0.9,"cameo":null,"plover":"REJECT","modality":"ASSERTED",
				"evidence":{"totalCount":1,"nodes":[{"quote":"Russia violated the terms of the Budapest Memorandum.","rule":"curated","articleId":"a1","span":{"start":0,"end":53}}]}}}],"pageInfo":{"hasNextPage":true}}}`},
		{"relations of one type", `{ relations(type: SIGNED, first: 2) { totalCount nodes { source { name } target { name } } pageInfo { hasNextPage } } }`, nil,
			`{"relations":{"totalCount":6,"nodes":[{"source":{"name":"Russia"},"target":{"name":"Budapest Memorandum"}},{"source":{"name":"Russia"},"target":{"name":"Minsk Agreements"}}],"pageInfo":{"hasNextPage":true}}}`},
		{"relations by target", `{ relations(target: "Budapest Memorandum", type: SIGNED) { totalCount nodes { source { name } } } }`, nil,
			`{"relations":{"totalCount":4,"nodes":[{"source":{"name":"Russia"}},{"source":{"name":"Ukraine"}},{"source":{"name":"United Kingdom"}},{"source":{"name":"United States"}}]}}`},
		{"relations between two entities", `{ relations(source: "Russia", target: "Budapest Memorandum") { totalCount nodes { type } } }`, nil,
			`{"relations":{"totalCount":2,"nodes":[{"type":"SIGNED"},{"type":"VIOLATED"}]}}`},
		{"relations between two entities of one type, symmetric", `{ relations(source: "Donald Trump", target: "Putin", type: MET_WITH) { totalCount nodes { type } } }`, nil,
			`{"relations":{"totalCount":1,"nodes":[{"type":"MET_WITH"}]}}`},
		{"relations between two entities keep the direction", `{ relations(source: "Budapest Memorandum", target: "Russia") { totalCount } }`, nil,
			`{"relations":{"totalCount":0}}`},
		{"relations by date range", `{ relations(source: "Russia", from: "2014-01", to: "2014-12") { nodes { type target { name } } } }`, nil,
			`{"relations":{"nodes":[{"type":"ANNEXED","target":{"name":"Crimea"}},{"type":"VIOLATED","target":{"name":"Budapest Memorandum"}}]}}`},
		{"relations by modality", `{ relations(source: "Russia", modality: ALLEGED) { totalCount } }`, nil,
			`{"relations":{"totalCount":0}}`},
		{"entity relations filtered by direction and type",
			`{ actor(name: "Russia") { relations(direction: IN) { totalCount nodes { type source { name } } } } }`, nil,
			`{"actor":{"relations":{"totalCount":1,"nodes":[{"type":"REPRESENTS","source":{"name":"Vladimir Putin"}}]}}}`},
		{"node by entity id", `{ node(id: "state:russia") { id ... on State { name } } }`, nil,
			`{"node":{"id":"state:russia","name":"Russia"}}`},
		{"node by relation id", `{ node(id: "` + budapest + `") { ... on Relation { type target { name } } } }`, nil,
			`{"node":{"type":"VIOLATED","target":{"name":"Budapest Memorandum"}}}`},
		{"node through interface fragments", `{ node(id: "state:russia") { ... on Actor { name } ... on Entity { kind } } }`, nil,
			`{"node":{"name":"Russia","kind":"STATE"}}`},
		{"node unknown is null", `{ node(id: "state:atlantis") { id } }`, nil, `{"node":null}`},
		{"search by prefix of a name or alias", `{ search(text: "Uk") { matched entity { name } } }`, nil,
			`{"search":[{"matched":"UK","entity":{"name":"United Kingdom"}},{"matched":"Ukraine","entity":{"name":"Ukraine"}}]}`},
		{"search by kind", `{ search(text: "m", kinds: [AGREEMENT]) { entity { name } } }`, nil,
			`{"search":[{"entity":{"name":"Minsk Agreements"}}]}`},
		{"path between two actors", `{ path(from: "Donald Trump", to: "Crimea") { type source { name } target { name } } }`, nil,
			`{"path":[{"type":"MET_WITH","source":{"name":"Donald Trump"},"target":{"name":"Vladimir Putin"}},
				{"type":"REPRESENTS","source":{"name":"Vladimir Putin"},"target":{"name":"Russia"}},
				{"type":"ANNEXED","source":{"name":"Russia"},"target":{"name":"Crimea"}}]}`},
		{"path too long is null", `{ path(from: "Donald Trump", to: "Crimea", maxDepth: 2) { type } }`, nil, `{"path":null}`},
		{"path to an unconnected entity is null", `{ path(from: "NATO", to: "Russia") { type } }`, nil, `{"path":null}`},
		{"stats", `{ stats { nodes relations articles nodesByKind { kind count } } }`, nil,
			`{"stats":{"nodes":13,"relations":15,"articles":0,"nodesByKind":[{"kind":"PERSON","count":2},{"kind":"STATE","count":6},{"kind":"ORGANIZATION","count":1},{"kind":"AGREEMENT","count":3},{"kind":"ATTACK","count":0},{"kind":"PLACE","count":1},{"kind":"ARTICLE","count":0}]}}`},
		{"articles of an empty store", `{ articles { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, nil,
			`{"articles":{"totalCount":0,"nodes":[],"pageInfo":{"hasNextPage":false,"endCursor":null}}}`},
		{"attacks of a graph without attacks", `{ attacks(by: "Russia") { totalCount nodes { name } } }`, nil,
			`{"attacks":{"totalCount":0,"nodes":[]}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := exec(t, s, tc.query, tc.vars)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if want := mustJSON(t, tc.want); !reflect.DeepEqual(any(data), want) {
				got, _ := json.Marshal(data)
				t.Errorf("got  %s\nwant %s", got, strings.Join(strings.Fields(tc.want), " "))
			}
		})
	}
}

// TestBadArgumentsGiveCodedErrors pins the error code of each kind of bad argument.
func TestBadArgumentsGiveCodedErrors(t *testing.T) {
	s, _ := newTestServer(t)
	tests := []struct {
		name, query, code string
	}{
		{"bad cursor", `{ agreements(after: "nonsense!") { totalCount } }`, CodeBadCursor},
		{"cursor of another listing", `{ articles(after: "YzE6MDpub3BlCg") { totalCount } }`, CodeBadCursor},
		{"bad date", `{ agreements(from: "2025-13-45") { totalCount } }`, CodeBadUserInput},
		{"empty name", `{ actor(name: "  ") { name } }`, CodeBadUserInput},
		{"name too long", `{ actor(name: "` + strings.Repeat("x", 2000) + `") { name } }`, CodeBadUserInput},
		{"relations without a type or an end", `{ relations { totalCount } }`, CodeBadUserInput},
		{"path depth out of range", `{ path(from: "Russia", to: "Crimea", maxDepth: 60) { type } }`, CodeBadUserInput},
		{"unknown field", `{ actor(name: "Russia") { shoeSize } }`, CodeValidation},
		{"syntax error", `{ actor(name: "Russia") { name }`, CodeValidation},
		{"mutation without a token", `mutation { retractFact(id: "x", reason: "y") { id } }`, CodeUnauthenticated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := exec(t, s, tc.query, nil)
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			if c := errCode(errs[0]); c != tc.code {
				t.Errorf("code %q, want %q (%v)", c, tc.code, errs[0]["message"])
			}
		})
	}
}

// TestPaginationWalksEveryItemOnce pages through a listing with every page size and checks
// the pages join into the whole listing, and that the last page says so.
func TestPaginationWalksEveryItemOnce(t *testing.T) {
	s, _ := newTestServer(t)
	const q = `query($first: Int, $after: String) { relations(target: "Budapest Memorandum", type: SIGNED, first: $first, after: $after) {
		totalCount edges { cursor node { source { name } } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`
	want := []string{"Russia", "Ukraine", "United Kingdom", "United States"}
	for first := 1; first <= 5; first++ {
		var got []string
		var after any
		for pageNo := 0; ; pageNo++ {
			if pageNo > 10 {
				t.Fatalf("first=%d: pages never end", first)
			}
			data, errs := exec(t, s, q, map[string]any{"first": first, "after": after})
			if len(errs) > 0 {
				t.Fatalf("first=%d: %v", first, errs)
			}
			conn := data["relations"].(map[string]any)
			if n := conn["totalCount"].(float64); n != 4 {
				t.Errorf("totalCount %v", n)
			}
			edges := conn["edges"].([]any)
			for _, e := range edges {
				got = append(got, e.(map[string]any)["node"].(map[string]any)["source"].(map[string]any)["name"].(string))
			}
			pi := conn["pageInfo"].(map[string]any)
			if pi["hasPreviousPage"].(bool) != (after != nil) {
				t.Errorf("first=%d page %d: hasPreviousPage %v", first, pageNo, pi["hasPreviousPage"])
			}
			if !pi["hasNextPage"].(bool) {
				break
			}
			if len(edges) != first {
				t.Errorf("first=%d page %d: %d edges on a page that is not the last", first, pageNo, len(edges))
			}
			after = pi["endCursor"]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("first=%d: pages gave %v, want %v", first, got, want)
		}
	}
}

// TestFirstIsCapped checks that a huge first returns at most the server's cap, and first: 0 none.
func TestFirstIsCapped(t *testing.T) {
	al, _ := headlineFacts()
	var fs []fact
	for i := 0; i < 30; i++ {
		fs = append(fs, fact{"Russia", graph.KindState, "struck", "Town " + string(rune('A'+i%26)) + strings.Repeat("x", i/26), graph.KindPlace, "2025", ""})
	}
	st := openStore(t, al, fs)
	s, err := New(Config{MaxFirst: 10, MaxListFirst: 12}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query, path string
		want              int
	}{
		{"connection", `{ relations(source: "Russia", first: 1000000000) { nodes { id } } }`, "relations.nodes", 10},
		{"connection first 0", `{ relations(source: "Russia", first: 0) { nodes { id } } }`, "relations.nodes", 0},
		{"negative first", `{ relations(source: "Russia", first: -5) { nodes { id } } }`, "relations.nodes", 0},
		{"plain list", `{ actor(name: "Russia") { struck(first: 1000000000) { name } } }`, "actor.struck", 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := exec(t, s, tc.query, nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var v any = data
			for _, k := range strings.Split(tc.path, ".") {
				v = v.(map[string]any)[k]
			}
			if n := len(v.([]any)); n != tc.want {
				t.Errorf("%d items, want %d", n, tc.want)
			}
		})
	}
}

// TestNameOnlyTraversalsMatchFullNodes checks that traversals answered from the edges alone
// (only id/kind/name selected) give the same entities as those that read the nodes.
func TestNameOnlyTraversalsMatchFullNodes(t *testing.T) {
	s, _ := newTestServer(t)
	for _, tc := range []struct{ name, cheap, full string }{
		{"1-hop", `{ actor(name: "Russia") { violated { id name kind } } }`,
			`{ actor(name: "Russia") { violated { id name kind aliases } } }`},
		{"2-hop", `{ actor(name: "Russia") { signed { name ... on Agreement { signatories { id name } } } } }`,
			`{ actor(name: "Russia") { signed { name ... on Agreement { signatories { id name aliases } } } } }`},
		{"symmetric", `{ actor(name: "Putin") { metWith { name ... on Person { represents { name } } } } }`,
			`{ actor(name: "Putin") { metWith { name aliases ... on Person { represents { name aliases } } } } }`},
		{"actors only", `{ agreement(name: "Minsk Agreements") { signatories { name kind } } }`,
			`{ agreement(name: "Minsk Agreements") { signatories { name kind ... on State { iso } } } }`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cheap, errs := exec(t, s, tc.cheap, nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			full, errs := exec(t, s, tc.full, nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			stripped := stripFields(full, "aliases", "iso")
			a, _ := json.Marshal(cheap)
			b, _ := json.Marshal(stripped)
			if string(a) != string(b) || string(a) == "{}" {
				t.Errorf("name-only %s\n  full %s", a, b)
			}
		})
	}
}

// stripFields removes the named keys from every object in v.
func stripFields(v any, keys ...string) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, val := range x {
			if !slices.Contains(keys, k) {
				out[k] = stripFields(val, keys...)
			}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = stripFields(x[i], keys...)
		}
		return out
	}
	return v
}

// TestSearchThroughEvidence pins search's second source: the ends of relations whose
// evidence holds every word of the text, after the name matches, each entity once, and
// without retracted relations.
func TestSearchThroughEvidence(t *testing.T) {
	s, st := newTestServer(t)
	const q = "Russia violated the terms of the Budapest Memorandum."
	tests := []struct{ name, query, want string }{
		{"both ends of a relation whose evidence has the word",
			`{ search(text: "terms") { matched entity { name } relation { type source { name } } evidence { quote } } }`,
			`{"search":[
				{"matched":"` + q + `","entity":{"name":"Russia"},"relation":{"type":"VIOLATED","source":{"name":"Russia"}},"evidence":{"quote":"` + q + `"}},
				{"matched":"` + q + `","entity":{"name":"Budapest Memorandum"},"relation":{"type":"VIOLATED","source":{"name":"Russia"}},"evidence":{"quote":"` + q + `"}}]}`},
		{"every word must be in the evidence", `{ search(text: "Germany MEDIATED") { entity { name } } }`,
			`{"search":[{"entity":{"name":"Germany"}},{"entity":{"name":"Minsk Agreements"}}]}`},
		{"name matches come first, without a relation", `{ search(text: "Russia", first: 1) { matched relation { type } evidence { quote } } }`,
			`{"search":[{"matched":"Russia","relation":null,"evidence":null}]}`},
		{"an entity found by name is not repeated through evidence", `{ search(text: "Crimea") { matched entity { name } } }`,
			`{"search":[{"matched":"Crimea","entity":{"name":"Crimea"}},{"matched":"Russia annexed Crimea.","entity":{"name":"Russia"}}]}`},
		{"kinds filter evidence hits too", `{ search(text: "annexed", kinds: [PLACE]) { entity { name } } }`,
			`{"search":[{"entity":{"name":"Crimea"}}]}`},
		{"a word no evidence has", `{ search(text: "zebra") { entity { name } } }`, `{"search":[]}`},
		{"relation of a hit lists all its evidence", `{ search(text: "invoked") { relation { support evidence { totalCount } } } }`,
			`{"search":[{"relation":{"support":1,"evidence":{"totalCount":1}}},{"relation":{"support":1,"evidence":{"totalCount":1}}}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := exec(t, s, tc.query, nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if !reflect.DeepEqual(any(data), mustJSON(t, tc.want)) {
				got, _ := json.Marshal(data)
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}

	t.Run("a retracted relation is not found by its words", func(t *testing.T) {
		id := graph.EdgeID(graph.NodeID(graph.KindState, "Russia"), "annexed", graph.NodeID(graph.KindPlace, "Crimea"))
		if err := st.Retract(context.Background(), id, "test"); err != nil {
			t.Fatal(err)
		}
		data, errs := exec(t, s, `{ search(text: "annexed") { entity { name } } }`, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if !reflect.DeepEqual(any(data), mustJSON(t, `{"search":[]}`)) {
			got, _ := json.Marshal(data)
			t.Errorf("got %s", got)
		}
	})
}
