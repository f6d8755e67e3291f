package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// fastPathStore is the headline graph plus names that JSON must escape, a non-ASCII name,
// and a chain deep enough for three-level traversals.
func fastPathStore(t testing.TB) *graph.Store {
	const S, A, P = graph.KindState, graph.KindAgreement, graph.KindPerson
	al, fs := headlineFacts()
	al["Côte d'Ivoire"] = []string{"Ivory Coast", "CI <\u2028>"}
	fs = append(fs,
		fact{"Côte d'Ivoire", S, "signed", `Accord <A&B> "Quoted"`, A, "2001", ""},
		fact{"Russia", S, "signed", `Accord <A&B> "Quoted"`, A, "2001", ""},
		fact{"Côte d'Ivoire", S, "violated", "Zürich Pact", A, "2002-05", ""},
		fact{"Ukraine", S, "mediated", "Zürich Pact", A, "", ""},
		fact{"Andrej Babiš", P, "represents", "Côte d'Ivoire", S, "", ""},
		// One character json.Marshal escapes per name.
		fact{"Ukraine", S, "signed", "Pact <1", A, "", ""},
		fact{"Ukraine", S, "signed", "Pact 2>", A, "", ""},
		fact{"Ukraine", S, "signed", "A&B Accord", A, "", ""},
		fact{"Ukraine", S, "signed", `Back\slash Deal`, A, "", ""},
		fact{"Ukraine", S, "signed", "Tab\tDeal", A, "", ""},
	)
	return openStore(t, al, fs)
}

// fastPathCases are queries with variables, and whether the fast path answers them (the
// others are left to graphql-go, which answers or refuses them as it always did).
var fastPathCases = []struct {
	name  string
	query string
	vars  map[string]any
	op    string
	fast  bool
}{
	{"1-hop with a variable", `query($n: String!) { actor(name: $n) { violated { name } } }`, map[string]any{"n": "Russia"}, "", true},
	{"1-hop with another value of the variable", `query($n: String!) { actor(name: $n) { violated { name } } }`, map[string]any{"n": "Côte d'Ivoire"}, "", true},
	{"2-hop", `query($n: String!) { actor(name: $n) { signed { signatories { name } } } }`, map[string]any{"n": "Russia"}, "", true},
	{"by name", `query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": "the Kremlin"}, "", true},
	{"actor not found is null", `query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": "Atlantis"}, "", true},
	{"literal name and every leaf", `{ actor(name: "Côte d'Ivoire") { id name kind aliases } }`, nil, "", true},
	{"names JSON escapes", `{ actor(name: "Russia") { signed { name id signatories { name aliases } } } }`, nil, "", true},
	{"each escaped character alone", `{ actor(name: "Ukraine") { signed { id name } } }`, nil, "", true},
	{"agreement root with dates", `{ agreement(name: "Zürich Pact") { name date kind violators { name kind } mediators { id } } }`, nil, "", true},
	{"entity root", `{ entity(name: "Crimea") { id name kind } }`, nil, "", true},
	{"first as a literal", `{ actor(name: "Russia") { violated(first: 1) { name } } }`, nil, "", true},
	{"first zero", `{ actor(name: "Russia") { violated(first: 0) { name } } }`, nil, "", true},
	{"first as a variable", `query Q($n: String!, $f: Int) { actor(name: $n) { signed(first: $f) { name } } }`, map[string]any{"n": "Russia", "f": 2.0}, "Q", true},
	{"nested first as a non-null variable", `query($f: Int!) { actor(name: "Russia") { signed { signatories(first: $f) { name } } } }`, map[string]any{"f": 1.0}, "", true},
	{"three levels read the far ends", `{ actor(name: "Russia") { signed { signatories { name kind signed { name date } } } } }`, nil, "", true},
	{"symmetric", `{ actor(name: "Vladimir Putin") { metWith { name metWith { name } } } }`, nil, "", true},
	{"person with a non-ASCII name", `{ actor(name: "Andrej Babiš") { id name kind aliases } }`, nil, "", true},
	{"a variable the operation does not declare", `query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": "Russia", "other": 1.0}, "", true},
	{"comments and commas", "# who\nquery Who($n: String!) {\r\n actor(name: $n) { name, kind, } # end\n}", map[string]any{"n": "Ukraine"}, "Who", true},

	// Left to graphql-go.
	{"variable of another type", `query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": 5.0}, "", false},
	{"variable missing", `query($n: String!) { actor(name: $n) { name } }`, nil, "", false},
	{"first not an integer", `query($f: Int) { actor(name: "Russia") { violated(first: $f) { name } } }`, map[string]any{"f": 1.5}, "", false},
	{"first missing", `query($f: Int) { actor(name: "Russia") { violated(first: $f) { name } } }`, nil, "", false},
	{"empty name is a resolver error", `{ actor(name: "") { name } }`, nil, "", false},
	{"operation name not in the document", `query A { actor(name: "Russia") { name } }`, nil, "B", false},
	{"field not on the type", `{ actor(name: "Russia") { signatories { name } } }`, nil, "", false},
	{"field of a type below the interface", `{ actor(name: "Vladimir Putin") { represents { name } } }`, nil, "", false},
	{"unknown field", `{ actor(name: "Russia") { nickname } }`, nil, "", false},
	{"leaf with a selection", `{ actor(name: "Russia") { name { x } } }`, nil, "", false},
	{"traversal without a selection", `{ actor(name: "Russia") { violated } }`, nil, "", false},
	{"unused variable", `query($n: String!, $m: String!) { actor(name: $n) { name } }`, map[string]any{"n": "Russia", "m": "x"}, "", false},
	{"alias", `{ actor(name: "Russia") { n: name } }`, nil, "", false},
	{"repeated field", `{ actor(name: "Russia") { name name } }`, nil, "", false},
	{"typename", `{ actor(name: "Russia") { __typename name } }`, nil, "", false},
	{"fragment", `{ actor(name: "Russia") { ...F } } fragment F on Actor { name }`, nil, "", false},
	{"inline fragment", `{ actor(name: "Russia") { ... on State { iso } } }`, nil, "", false},
	{"directive", `query($x: Boolean!) { actor(name: "Russia") { name @include(if: $x) } }`, map[string]any{"x": true}, "", false},
	{"string with an escape", `{ actor(name: "Russi\u0061") { name } }`, nil, "", false},
	{"block string", `{ actor(name: """Russia""") { name } }`, nil, "", false},
	{"two root fields", `{ actor(name: "Russia") { name } agreement(name: "Minsk Agreements") { name } }`, nil, "", false},
	{"evidence", `{ actor(name: "Russia") { evidence { totalCount } } }`, nil, "", false},
	{"entity with a kind", `{ entity(name: "Crimea", kind: PLACE) { name } }`, nil, "", false},
	{"two operations", `query A { actor(name: "Russia") { name } } query B { actor(name: "Ukraine") { name } }`, nil, "A", false},
	{"mutation", `mutation { retractFact(id: "x", reason: "y") { id } }`, nil, "", false},
	{"syntax error", `{ actor(name: "Russia") { name }`, nil, "", false},
	{"nullable string variable in a non-null place", `query($n: String) { actor(name: $n) { name } }`, map[string]any{"n": "Russia"}, "", false},
}

// TestFastPathMatchesGraphQL runs each case through the fast path and through graphql-go
// and requires the same bytes whenever the fast path answers, and a refusal exactly where
// the table says graphql-go must answer.
func TestFastPathMatchesGraphQL(t *testing.T) {
	st := fastPathStore(t)
	s, err := New(Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tc := range fastPathCases {
		t.Run(tc.name, func(t *testing.T) {
			rq := &request{srv: s}
			data, ok := s.execFast(withRequest(ctx, rq), tc.query, tc.op, tc.vars, nil)
			if ok != tc.fast {
				t.Fatalf("fast path answered = %v, want %v (data %s)", ok, tc.fast, data)
			}
			rq = &request{srv: s}
			want := s.execGraphQL(withRequest(ctx, rq), tc.query, tc.op, tc.vars)
			if !ok {
				return
			}
			if len(want.Errors) > 0 {
				t.Fatalf("the fast path answered %s where graphql-go reports %v", data, want.Errors)
			}
			if !bytes.Equal(data, want.Data) {
				t.Errorf("fast path:\n%s\ngraphql-go:\n%s", data, want.Data)
			}
		})
	}
}

// TestFastPathHTTPAnswersAndErrorsUnchanged sends every case, as a POST and as a GET, to two
// servers over one store, one with the fast path and one without, and requires the same
// status and body: answers and errors (codes, messages, locations) are what they were before
// the fast path.
func TestFastPathHTTPAnswersAndErrorsUnchanged(t *testing.T) {
	st := fastPathStore(t)
	fast, err := New(Config{ResponseCacheBytes: -1}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	slow, err := New(Config{ResponseCacheBytes: -1}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	slow.noFastPath = true
	fastURL, slowURL := startHTTP(t, fast), startHTTP(t, slow)
	for _, tc := range fastPathCases {
		t.Run(tc.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"query": tc.query, "variables": tc.vars, "operationName": tc.op})
			vars, _ := json.Marshal(tc.vars)
			get := "/graphql?" + url.Values{"query": {tc.query}, "variables": {string(vars)}, "operationName": {tc.op}}.Encode()
			// Twice: the second request finds the plan (or its absence) cached.
			for i := 0; i < 2; i++ {
				fs, fb := rawPost(t, fastURL, body)
				ss, sb := rawPost(t, slowURL, body)
				if fs != ss || !bytes.Equal(fb, sb) {
					t.Fatalf("POST %d: with the fast path %d %s\nwithout it %d %s", i+1, fs, fb, ss, sb)
				}
				fs, fb = rawGet(t, fastURL+get)
				ss, sb = rawGet(t, slowURL+get)
				if fs != ss || !bytes.Equal(fb, sb) {
					t.Fatalf("GET %d: with the fast path %d %s\nwithout it %d %s", i+1, fs, fb, ss, sb)
				}
			}
		})
	}
}

func rawPost(t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return readAll(t, resp)
}

func rawGet(t *testing.T, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	return readAll(t, resp)
}

func readAll(t *testing.T, resp *http.Response) (int, []byte) {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// TestFastPathSeesWrites checks that a compiled plan holds no data: an answer given after a
// write includes it.
func TestFastPathSeesWrites(t *testing.T) {
	st := fastPathStore(t)
	s, err := New(Config{ResponseCacheBytes: -1}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const q = `query($n: String!) { actor(name: $n) { violated { name } } }`
	ask := func() string {
		rq := &request{srv: s}
		data, ok := s.execFast(withRequest(ctx, rq), q, "", map[string]any{"n": "Ukraine"}, nil)
		if !ok {
			t.Fatal("the fast path did not answer")
		}
		return string(data)
	}
	if got, want := ask(), `{"actor":{"violated":[]}}`; got != want {
		t.Fatalf("before the write: %s, want %s", got, want)
	}
	writeFacts(t, st, nil, []fact{{"Ukraine", graph.KindState, "violated", "Minsk Agreements", graph.KindAgreement, "2016", ""}})
	if got, want := ask(), `{"actor":{"violated":[{"name":"Minsk Agreements"}]}}`; got != want {
		t.Errorf("after the write: %s, want %s", got, want)
	}
}

// TestFastPathPlanKeptAfterBadVariables checks that a request refused for its variables does
// not cost the query its plan: the next request with good variables takes the fast path.
func TestFastPathPlanKeptAfterBadVariables(t *testing.T) {
	s, _ := newTestServer(t)
	const q = `query($n: String!) { actor(name: $n) { name } }`
	ctx := context.Background()
	if _, ok := s.execFast(withRequest(ctx, &request{srv: s}), q, "", map[string]any{"n": nil}, nil); ok {
		t.Fatal("the fast path answered a null non-null variable")
	}
	if r := s.Exec(ctx, q, "", map[string]any{"n": nil}); len(r.Errors) == 0 {
		t.Fatalf("graphql-go accepted a null non-null variable: %s", r.Data)
	}
	data, ok := s.execFast(withRequest(ctx, &request{srv: s}), q, "", map[string]any{"n": "Russia"}, nil)
	if !ok || string(data) != `{"actor":{"name":"Russia"}}` {
		t.Errorf("after the refusal: %v %s", ok, data)
	}
}

// TestPlanCacheBounded checks that distinct query texts cannot grow the plan cache without
// bound.
func TestPlanCacheBounded(t *testing.T) {
	s, _ := newTestServer(t)
	for i := 0; i < maxPlans*2+3; i++ {
		q := fmt.Sprintf(`{ actor(name: "Actor %d") { name } }`, i)
		s.fastPlan(q)
		if n := len(s.plans.plans); n > maxPlans {
			t.Fatalf("after %d texts the plan cache holds %d (most %d)", i+1, n, maxPlans)
		}
	}
}

// TestLexerTokens pins the tokens the fast path's lexer gives, and what it refuses.
func TestLexerTokens(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string
	}{
		{`query($n: String!) {`, `name:query ( $ name:n : name:String ! ) { EOF`},
		{"a,b\t# c\n\r d", `name:a name:b name:d EOF`},
		{`"Côte d'Ivoire" 0 -12 100`, `string:Côte d'Ivoire int:0 int:-12 int:100 EOF`},
		{`"a\"b"`, `bad`},
		{`"""x"""`, `bad`},
		{"\"a\nb\"", `bad`},
		{`"unterminated`, `bad`},
		{`01`, `bad`},
		{`1.5`, `bad`},
		{`1e3`, `bad`},
		{`-`, `bad`},
		{`...`, `bad`},
		{`@x`, `bad`},
		{"\ufeff{", `bad`},
		{"\"\xff\"", `bad`},
	} {
		l := lexer{src: tc.src}
		var got []string
		for l.next(); ; l.next() {
			switch l.tok {
			case tokEOF:
				got = append(got, "EOF")
			case tokBad:
				got = append(got, "bad")
			case tokPunct:
				got = append(got, l.val)
			case tokName:
				got = append(got, "name:"+l.val)
			case tokString:
				got = append(got, "string:"+l.val)
			case tokInt:
				got = append(got, "int:"+l.val)
			}
			if l.tok == tokEOF || l.tok == tokBad {
				break
			}
		}
		if s := strings.Join(got, " "); !strings.HasSuffix(s, tc.want) || (tc.want != "bad" && s != tc.want) {
			t.Errorf("%q: %s, want %s", tc.src, s, tc.want)
		}
	}
}

// TestTraversalListsEachEntityOnce checks the lists whose edges can repeat a far end (two
// predicates, or both directions) still name it once, and those that cannot keep every edge.
func TestTraversalListsEachEntityOnce(t *testing.T) {
	const S, A, K = graph.KindState, graph.KindAgreement, graph.KindAttack
	st := openStore(t, nil, []fact{
		{"Russia", S, "struck", "Strike on Odesa", K, "2024", ""},
		{"Russia", S, "attacked", "Strike on Odesa", K, "2024", ""},
		{"Belarus", S, "attacked", "Strike on Odesa", K, "2024", ""},
		{"Russia", S, "signed", "Minsk Agreements", A, "2015", ""},
		{"Russia", S, "violated", "Minsk Agreements", A, "2022", ""},
		{"Russia", S, "signed", "Budapest Memorandum", A, "1994", ""},
	})
	s, err := New(Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ query, want string }{
		{`{ attacks(by: "Russia") { nodes { attackers { name } } } }`,
			`{"attacks":{"nodes":[{"attackers":[{"name":"Belarus"},{"name":"Russia"}]}]}}`},
		{`{ actor(name: "Russia") { signed { name } violated { name } struck { name } attacked { name } } }`,
			`{"actor":{"signed":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}],"violated":[{"name":"Minsk Agreements"}],"struck":[{"name":"Strike on Odesa"}],"attacked":[{"name":"Strike on Odesa"}]}}`},
	} {
		r := s.Exec(context.Background(), tc.query, "", nil)
		if len(r.Errors) > 0 || string(r.Data) != tc.want {
			t.Errorf("%s:\n got %s %v\nwant %s", tc.query, r.Data, r.Errors, tc.want)
		}
	}
}

// FuzzFastPathMatchesGraphQL mutates the query texts of fastPathCases: whenever the fast path
// answers, graphql-go must answer the same bytes without an error.
func FuzzFastPathMatchesGraphQL(f *testing.F) {
	for _, tc := range fastPathCases {
		f.Add(tc.query, "Russia", 2.0)
	}
	s, err := New(Config{}, fastPathStore(f), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, query, name string, first float64) {
		vars := map[string]any{"n": name, "f": first}
		ctx := context.Background()
		rq := &request{srv: s}
		data, ok := s.execFast(withRequest(ctx, rq), query, "", vars, nil)
		if !ok {
			return
		}
		rq = &request{srv: s}
		want := s.execGraphQL(withRequest(ctx, rq), query, "", vars)
		if len(want.Errors) > 0 || !bytes.Equal(data, want.Data) {
			t.Fatalf("%q %v:\nfast path  %s\ngraphql-go %s %v", query, vars, data, want.Data, want.Errors)
		}
	})
}
