package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/internal/lockedbuf"
)

// startHTTP serves s on a real 127.0.0.1 port through ListenAndServe and returns its base URL.
func startHTTP(t testing.TB, s http.Handler) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- ListenAndServe(ctx, "127.0.0.1:0", s, func(a net.Addr) { addrc <- a }) }()
	var addr net.Addr
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("server did not start: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return "http://" + addr.String()
}

// gqlResponse is a decoded GraphQL HTTP answer.
type gqlResponse struct {
	status int
	header http.Header
	Data   map[string]any   `json:"data"`
	Errors []map[string]any `json:"errors"`
}

func post(t testing.TB, url, contentType, body string, header map[string]string) gqlResponse {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	return do(t, req)
}

func do(t testing.TB, req *http.Request) gqlResponse {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	r := gqlResponse{status: resp.StatusCode, header: resp.Header}
	if resp.StatusCode != http.StatusNoContent {
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("status %d, body is not JSON (%v): %.300s", resp.StatusCode, err, b)
		}
	}
	return r
}

// tryPost is post for goroutines other than the test's: it returns errors instead of failing.
func tryPost(url, body string) (gqlResponse, error) {
	resp, err := http.Post(url+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		return gqlResponse{}, err
	}
	defer resp.Body.Close()
	r := gqlResponse{status: resp.StatusCode}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("status %d, body is not JSON: %.200s", resp.StatusCode, b)
	}
	return r, nil
}

func query(q string, vars map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	return string(b)
}

// TestHTTPAnswersHeadlineQuestion checks POST and GET on a real server.
func TestHTTPAnswersHeadlineQuestion(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	const q = `{ actor(name: "Russia") { violated { name } } }`
	want := `{"actor":{"violated":[{"name":"Budapest Memorandum"},{"name":"Minsk Agreements"}]}}`

	r := post(t, url, "application/json", query(q, nil), nil)
	if got, _ := json.Marshal(r.Data); string(got) != want || r.status != 200 {
		t.Errorf("POST: %d %s %v", r.status, got, r.Errors)
	}
	r = post(t, url, "application/graphql", q, nil)
	if got, _ := json.Marshal(r.Data); string(got) != want {
		t.Errorf("POST application/graphql: %s %v", got, r.Errors)
	}
	req, _ := http.NewRequest(http.MethodGet, url+"/graphql?query="+strings.ReplaceAll(q, " ", "+"), nil)
	r = do(t, req)
	if got, _ := json.Marshal(r.Data); string(got) != want {
		t.Errorf("GET: %s %v", got, r.Errors)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
}

// TestBadRequestsGetClearErrors checks each malformed request gets a GraphQL error with a code
// and a status, and that the server keeps serving.
func TestBadRequestsGetClearErrors(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	tests := []struct {
		name, method, ct, body string
		status                 int
		code, says             string
	}{
		{"malformed JSON", "POST", "application/json", `{"query": "{ stats { nodes } }"`, 400, CodeBadRequest, "malformed JSON"},
		{"JSON of the wrong shape", "POST", "application/json", `{"query": 42}`, 400, CodeBadRequest, "query"},
		{"variables not an object", "POST", "application/json", `{"query": "{ stats { nodes } }", "variables": [1]}`, 400, CodeBadRequest, "variables"},
		{"wrong content type", "POST", "text/plain", `{"query": "{ stats { nodes } }"}`, 415, CodeBadRequest, "Content-Type"},
		{"no content type", "POST", "", `{"query": "{ stats { nodes } }"}`, 415, CodeBadRequest, "Content-Type"},
		{"empty query", "POST", "application/json", `{"query": ""}`, 400, CodeBadRequest, "no query"},
		{"batched operations", "POST", "application/json", `[{"query": "{ stats { nodes } }"}]`, 400, CodeBadRequest, "batched"},
		{"wrong method", "PUT", "application/json", `{"query": "{ stats { nodes } }"}`, 405, CodeBadRequest, "not allowed"},
		{"mutation over GET", "GET", "", "", 200, CodeBadRequest, "POST"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := url + "/graphql"
			var body io.Reader = strings.NewReader(tc.body)
			if tc.method == "GET" {
				target += `?query=mutation+%7B+retractFact(id:"x",reason:"y")+%7B+id+%7D+%7D`
				body = nil
			}
			req, _ := http.NewRequest(tc.method, target, body)
			if tc.ct != "" {
				req.Header.Set("Content-Type", tc.ct)
			}
			req.Header.Set("Authorization", "Bearer s3cret")
			r := do(t, req)
			if r.status != tc.status {
				t.Errorf("status %d, want %d", r.status, tc.status)
			}
			if len(r.Errors) == 0 {
				t.Fatalf("no error")
			}
			if c := errCode(r.Errors[0]); c != tc.code {
				t.Errorf("code %q, want %q", c, tc.code)
			}
			if msg, _ := r.Errors[0]["message"].(string); !strings.Contains(msg, tc.says) {
				t.Errorf("message %q does not say %q", msg, tc.says)
			}
		})
	}
	if r := post(t, url, "application/json", query(`{ stats { nodes } }`, nil), nil); r.status != 200 || len(r.Errors) > 0 {
		t.Errorf("server stopped serving: %d %v", r.status, r.Errors)
	}
}

// TestAbuseIsRefusedFast sends the abuse set and checks each is refused with a coded
// GraphQL error, and that the server still answers afterwards.
func TestAbuseIsRefusedFast(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	var depth100 strings.Builder
	depth100.WriteString(`{ actor(name: "Russia") `)
	for i := 0; i < 100; i++ {
		depth100.WriteString(`{ signed `)
	}
	depth100.WriteString(`{ name }` + strings.Repeat(" }", 100) + " }")
	var aliases strings.Builder
	aliases.WriteString("{ ")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&aliases, "a%d: __typename ", i)
	}
	aliases.WriteString("}")
	// Fragments that fan out six ways per actor → agreement → actor step expand to 6^6
	// selections from a short text.
	var fanout strings.Builder
	fanout.WriteString(`{ actor(name: "Russia") { ...F0 } }`)
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&fanout, " fragment F%d on Actor { signed { ...G%d } violated { ...G%d } }", i, i, i)
		fmt.Fprintf(&fanout, " fragment G%d on Agreement { signatories { ...F%d } violators { ...F%d } mediators { ...F%d } }", i, i+1, i+1, i+1)
	}
	fanout.WriteString(" fragment F6 on Entity { name }")
	huge := `{ actor(name: "Russia") { name } } # ` + strings.Repeat("x", 1<<20)
	tests := []struct {
		name, body string
		code       string
	}{
		{"depth 100", query(depth100.String(), nil), CodeTooComplex},
		{"10k aliases", query(aliases.String(), nil), CodeTooComplex},
		{"fragments expanding to 47k selections", query(fanout.String(), nil), CodeTooComplex},
		{"1 MB query", query(huge, nil), CodeTooComplex},
		{"body over the limit", `{"query": "{ stats { nodes } }", "pad": "` + strings.Repeat("x", 9<<20) + `"}`, CodeBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, url, "application/json", tc.body, nil)
			if len(r.Errors) == 0 {
				t.Fatalf("status %d, no error", r.status)
			}
			if c := errCode(r.Errors[0]); c != tc.code {
				t.Errorf("code %q, want %q: %v", c, tc.code, r.Errors[0]["message"])
			}
			if r.Data != nil {
				t.Errorf("data returned: %v", r.Data)
			}
		})
	}
	if r := post(t, url, "application/json", query(`{ actor(name: "Russia") { name } }`, nil), nil); len(r.Errors) > 0 {
		t.Errorf("server stopped serving: %v", r.Errors)
	}
}

// TestWritesNeedTheToken checks the bearer token guards every mutation and that retracted
// facts are hidden unless asked for.
func TestWritesNeedTheToken(t *testing.T) {
	s, st := newTestServer(t)
	url := startHTTP(t, s)
	add := query(`mutation($f: FactInput!) { addFact(fact: $f) { id type source { name } target { name } support } }`,
		map[string]any{"f": map[string]any{"subject": "the Kremlin", "predicate": "VIOLATED", "object": "INF Treaty", "date": "2019", "evidence": "Russia breached the INF Treaty."}})
	for _, tc := range []struct {
		name, auth, code string
	}{
		{"no header", "", CodeUnauthenticated},
		{"wrong token", "Bearer nope", CodeUnauthenticated},
		{"token as basic auth", "Basic s3cret", CodeUnauthenticated},
		{"token prefix", "Bearer s3cre", CodeUnauthenticated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := post(t, url, "application/json", add, map[string]string{"Authorization": tc.auth})
			if len(r.Errors) == 0 || errCode(r.Errors[0]) != tc.code {
				t.Fatalf("want %s, got %v", tc.code, r.Errors)
			}
		})
	}
	n, err := st.CountEdges(context.Background(), graph.EdgeQuery{Node: graph.NodeID(graph.KindState, "Russia"), Direction: graph.Out, Types: []string{"violated"}})
	if err != nil || n != 2 {
		t.Fatalf("refused writes changed the graph: %d violated edges, %v", n, err)
	}

	auth := map[string]string{"Authorization": "Bearer s3cret"}
	r := post(t, url, "application/json", add, auth)
	if len(r.Errors) > 0 {
		t.Fatalf("addFact: %v", r.Errors)
	}
	rel := r.Data["addFact"].(map[string]any)
	if rel["source"].(map[string]any)["name"] != "Russia" || rel["target"].(map[string]any)["name"] != "INF Treaty" {
		t.Errorf("addFact made %v; the alias should name Russia", rel)
	}
	id := rel["id"].(string)

	violated := func(extra string) []any {
		r := post(t, url, "application/json", query(`{ relations(source: "Russia", type: VIOLATED`+extra+`) { nodes { id retracted retractReason } } }`, nil), nil)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		return r.Data["relations"].(map[string]any)["nodes"].([]any)
	}
	if n := len(violated("")); n != 3 {
		t.Fatalf("%d violated relations after addFact, want 3", n)
	}
	r = post(t, url, "application/json", query(`mutation($id: ID!) { retractFact(id: $id, reason: "wrong treaty") { id retracted retractReason } }`, map[string]any{"id": id}), auth)
	if len(r.Errors) > 0 {
		t.Fatalf("retractFact: %v", r.Errors)
	}
	if got := r.Data["retractFact"].(map[string]any); got["retracted"] != true || got["retractReason"] != "wrong treaty" {
		t.Errorf("retractFact returned %v", got)
	}
	if n := len(violated("")); n != 2 {
		t.Errorf("retracted fact still listed: %d", n)
	}
	all := violated(", includeRetracted: true")
	found := false
	for _, x := range all {
		if m := x.(map[string]any); m["id"] == id {
			found = m["retracted"] == true && m["retractReason"] == "wrong treaty"
		}
	}
	if len(all) != 3 || !found {
		t.Errorf("includeRetracted: %v", all)
	}
	r = post(t, url, "application/json", query(`{ actor(name: "Russia") { violated { name } } }`, nil), nil)
	if got, _ := json.Marshal(r.Data); strings.Contains(string(got), "INF") {
		t.Errorf("traversal shows a retracted fact: %s", got)
	}
}

// TestIngestStoresArticles checks ingestArticles stores new articles, skips repeats, and
// reports bad ones without failing the rest.
func TestIngestStoresArticles(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	auth := map[string]string{"Authorization": "Bearer s3cret"}
	const m = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew articlesSkipped errors } }`
	arts := []any{
		map[string]any{"id": "one", "title": "Talks in Geneva", "published": "2025-03-01", "text": "Russia and Ukraine met in Geneva."},
		map[string]any{"id": "empty", "text": "   "},
		map[string]any{"id": "baddate", "text": "Some text.", "published": "2025-13-45"},
	}
	r := post(t, url, "application/json", query(m, map[string]any{"a": arts}), auth)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	got := r.Data["ingestArticles"].(map[string]any)
	if got["articlesNew"] != 1.0 || len(got["errors"].([]any)) != 2 {
		t.Errorf("first ingest: %v", got)
	}
	r = post(t, url, "application/json", query(m, map[string]any{"a": arts[:1]}), auth)
	if got := r.Data["ingestArticles"].(map[string]any); got["articlesNew"] != 0.0 || got["articlesSkipped"] != 1.0 {
		t.Errorf("second ingest: %v %v", got, r.Errors)
	}
	r = post(t, url, "application/json", query(`{ articles { totalCount nodes { title published text } } }`, nil), nil)
	if got, _ := json.Marshal(r.Data); string(got) != `{"articles":{"nodes":[{"published":"2025-03-01","text":"Russia and Ukraine met in Geneva.","title":"Talks in Geneva"}],"totalCount":1}}` {
		t.Errorf("articles: %s %v", got, r.Errors)
	}
}

// TestWritesOffWithoutToken checks a server without a token refuses writes even with a header.
func TestWritesOffWithoutToken(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{}, st, ArticlesOnly(st))
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	r := post(t, url, "application/json", query(`mutation { retractFact(id: "x", reason: "y") { id } }`, nil), map[string]string{"Authorization": "Bearer "})
	if len(r.Errors) == 0 || errCode(r.Errors[0]) != CodeWritesDisabled {
		t.Fatalf("got %v", r.Errors)
	}
}

// TestCORSFollowsTheAllowList checks preflight and simple requests from allowed and other origins.
func TestCORSFollowsTheAllowList(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{CORSOrigins: []string{"http://app.example"}}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	for _, tc := range []struct {
		name, method, origin string
		status               int
		allow                string
	}{
		{"preflight allowed", http.MethodOptions, "http://app.example", 204, "http://app.example"},
		{"preflight refused", http.MethodOptions, "http://evil.example", 403, ""},
		{"post allowed", http.MethodPost, "http://app.example", 200, "http://app.example"},
		{"post from another origin gets no grant", http.MethodPost, "http://evil.example", 200, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, url+"/graphql", strings.NewReader(query(`{ stats { nodes } }`, nil)))
			req.Header.Set("Origin", tc.origin)
			req.Header.Set("Content-Type", "application/json")
			if tc.method == http.MethodOptions {
				req.Header.Set("Access-Control-Request-Method", "POST")
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tc.allow {
				t.Errorf("Allow-Origin %q, want %q", got, tc.allow)
			}
		})
	}
}

// TestPlaygroundServesOfflineFiles checks / with and without the npm files.
func TestPlaygroundServesOfflineFiles(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	dir := t.TempDir()
	s, err := New(Config{PlaygroundDir: dir}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	get := func(path string) (int, string, http.Header) {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), resp.Header
	}
	code, body, _ := get("/")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "npm ci --prefix web") {
		t.Errorf("missing files: %d %.200s", code, body)
	}
	if r := post(t, url, "application/json", query(`{ stats { nodes } }`, nil), nil); len(r.Errors) > 0 {
		t.Errorf("/graphql fails without the playground: %v", r.Errors)
	}
	for _, n := range []string{"graphiql/graphiql.min.js", "graphiql/graphiql.min.css", "react/umd/react.production.min.js", "react-dom/umd/react-dom.production.min.js"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(n)), 0o755)
		os.WriteFile(filepath.Join(dir, n), []byte("/* "+n+" */"), 0o644)
	}
	code, body, h := get("/")
	if code != 200 || !strings.Contains(body, "/playground/graphiql.min.js") || strings.Contains(body, "http://") || strings.Contains(body, "https://") {
		t.Errorf("page: %d %.300s", code, body)
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	for _, p := range []string{"/playground/graphiql.min.js", "/playground/react.production.min.js", "/playground/entente.js"} {
		if code, body, _ := get(p); code != 200 || body == "" {
			t.Errorf("%s: %d", p, code)
		}
	}
	if code, body, _ := get("/playground/entente.js"); code != 200 || !strings.Contains(body, `actor(name: "Russia")`) {
		t.Errorf("entente.js lacks the headline query: %d", code)
	}
	if code, _, _ := get("/playground/../../etc/passwd"); code == 200 {
		t.Errorf("path traversal served a file")
	}
	if code, body, _ := get("/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Errorf("healthz: %d %s", code, body)
	}
}

// TestRequestLogHasNoSecrets checks the request log names the request but not the token or texts.
func TestRequestLogHasNoSecrets(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	buf := &lockedbuf.Buffer{}
	s, err := New(Config{Token: "tok-SECRET-123", Logger: newTestLogger(buf)}, st, ArticlesOnly(st))
	if err != nil {
		t.Fatal(err)
	}
	url := startHTTP(t, s)
	post(t, url, "application/json", query(`mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew } }`,
		map[string]any{"a": []any{map[string]any{"text": "PRIVATE-ARTICLE-TEXT about Russia."}}}), map[string]string{"Authorization": "Bearer tok-SECRET-123"})
	post(t, url, "application/json", query(`{ stats { nodes } }`, nil), map[string]string{"Authorization": "Bearer tok-SECRET-123"})
	post(t, url, "application/json", `{"query": "{ stats { nodes } }", "variables": "PRIVATE-ARTICLE-TEXT"}`, map[string]string{"Authorization": "Bearer tok-SECRET-123"})
	// ServeHTTP logs before it returns, and small answers reach the client only after that.
	log := buf.String()
	if !strings.Contains(log, "path=/graphql") || !strings.Contains(log, "status=200") || !strings.Contains(log, "status=400") {
		t.Errorf("log lacks request lines: %s", log)
	}
	for _, secret := range []string{"tok-SECRET-123", "PRIVATE-ARTICLE-TEXT"} {
		if strings.Contains(log, secret) {
			t.Errorf("log contains %q: %s", secret, log)
		}
	}
}

// TestRequestLogLevels checks that at Info only failed requests are logged, and at Debug all.
func TestRequestLogLevels(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	for _, tc := range []struct {
		level      slog.Level
		wantOK     bool
		wantFailed bool
	}{{slog.LevelInfo, false, true}, {slog.LevelDebug, true, true}} {
		t.Run(tc.level.String(), func(t *testing.T) {
			buf := &lockedbuf.Buffer{}
			s, err := New(Config{Logger: slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: tc.level}))}, st, nil)
			if err != nil {
				t.Fatal(err)
			}
			url := startHTTP(t, s)
			post(t, url, "application/json", `{"query": "query Fine { stats { nodes } }", "operationName": "Fine"}`, nil)
			post(t, url, "application/json", `{"query": "query Broken { stats { shoeSize } }", "operationName": "Broken"}`, nil)
			log := buf.String()
			if got := strings.Contains(log, "operation=Fine"); got != tc.wantOK {
				t.Errorf("successful request logged: %v, want %v\n%s", got, tc.wantOK, log)
			}
			if got := strings.Contains(log, "operation=Broken") && strings.Contains(log, "error_code="+CodeValidation); got != tc.wantFailed {
				t.Errorf("failed request logged with its code: %v, want %v\n%s", got, tc.wantFailed, log)
			}
		})
	}
}

// TestPrecheckRefusesTooComplexDocumentsCheaply pins the pre-parse check: it counts field
// nesting, fields and definitions without being fooled by strings, block strings, comments,
// aliases, inline fragments or argument objects. What it refuses in a one-operation document
// graphql-go refuses too, as too complex (checked by running the query through Exec, which
// skips the pre-check, on a server with the same limits); over a whole document it is
// stricter on purpose, since graphql-go validates every operation before running one.
func TestPrecheckRefusesTooComplexDocumentsCheaply(t *testing.T) {
	const maxDepth, maxSelections = 3, 5
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{MaxDepth: maxDepth, MaxSelections: maxSelections}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var manyOps strings.Builder
	for i := range maxDefinitions + 1 {
		fmt.Fprintf(&manyOps, "query Q%d { __typename } ", i)
	}
	tests := []struct {
		name, query string
		refused     string // part of the refusal; "" when the query must pass
		document    bool   // refused for the whole document: graphql-go would run one operation
	}{
		{"depth at the limit", `{ actor(name: "Russia") { violated { name } } }`, "", false},
		{"depth one over", `{ actor(name: "Russia") { signed { signatories { name } } } }`, "deeper than 3", false},
		{"depth two over", `{ actor(name: "Russia") { signed { signatories { signed { name } } } } }`, "deeper than 3", false},
		{"inline fragments add no depth", `{ actor(name: "Russia") { ... on Actor { ... @include(if: true) { violated { name } } } } }`, "", false},
		{"argument objects add no depth", `mutation { addFact(fact: {subject: "A", predicate: SIGNED, object: "B"}) { source { name } } }`, "", false},
		{"braces in strings, block strings and comments count for nothing", "{ actor(name: \"{{{{ \\\" {{\") { violated { name } } } # { { { {\n" +
			"query Q { search(text: \"\"\"{{{ \\\"\"\" {{{ \"\"\") { matched } }", "", false},
		{"five fields", `{ a: stats { nodes relations articles } b: __typename }`, "", false},
		{"six fields", `{ stats { nodes relations articles } a: __typename b: __typename }`, "more than 5 field selections", false},
		{"six aliases of one field", `{ a: __typename b: __typename c: __typename d: __typename e: __typename f: __typename }`, "more than 5 field selections", false},
		{"names in strings are not fields", `{ search(text: "a b c d e f g h") { matched } }`, "", false},
		{"fields of every operation count", `query A { stats { nodes relations } } query B { stats { nodes articles } }`, "more than 5 field selections", true},
		{"too many operations", manyOps.String(), "more than", true},
		{"unterminated string is left to the parser", `{ actor(name: "Russia) { name } }`, "", false},
		{"unterminated block string is left to the parser", `{ search(text: """{{{{{{) { matched } }`, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := precheck(tc.query, maxDepth, maxSelections)
			if tc.refused == "" {
				if got != "" {
					t.Fatalf("refused %q", got)
				}
				return
			}
			if !strings.Contains(got, tc.refused) {
				t.Fatalf("precheck = %q, want a refusal saying %q", got, tc.refused)
			}
			if tc.document {
				return
			}
			resp := s.Exec(t.Context(), tc.query, "", nil)
			if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != CodeTooComplex {
				t.Errorf("precheck refuses a query graphql-go does not find too complex: %v %s", resp.Errors, resp.Data)
			}
		})
	}
	if got := precheck(manyOps.String(), maxDepth, 1000); !strings.Contains(got, "operations and fragments") {
		t.Errorf("%d operations: precheck = %q", maxDefinitions+1, got)
	}
}

// BenchmarkAbuseRefusal measures how long the handler takes to refuse each hostile request
// of the issue (the budget is 100 ms each), and what the pre-check costs a normal query.
func BenchmarkAbuseRefusal(b *testing.B) {
	s, _ := newTestServer(b)
	deep := `{ actor(name: "Russia") ` + strings.Repeat(`{ signed `, 100) + `{ name }` + strings.Repeat(" }", 100) + " }"
	var aliases10k, aliases2k strings.Builder
	aliases10k.WriteString("{ ")
	for i := range 10000 {
		fmt.Fprintf(&aliases10k, "a%d: __typename ", i)
	}
	aliases10k.WriteString("}")
	aliases2k.WriteString("{ stats { ")
	for i := range 2100 {
		fmt.Fprintf(&aliases2k, "x%d:nodes ", i)
	}
	aliases2k.WriteString("} }")
	var batch strings.Builder
	batch.WriteString("[")
	for i := range 1000 {
		if i > 0 {
			batch.WriteString(",")
		}
		batch.WriteString(query(`{ stats { articles } }`, nil))
	}
	batch.WriteString("]")
	for _, bc := range []struct{ name, body string }{
		{"depth-100", query(deep, nil)},
		{"10k-aliases", query(aliases10k.String(), nil)},
		{"2100-aliases-within-length", query(aliases2k.String(), nil)},
		{"1MB-query", query(`{ stats { articles } }`+strings.Repeat(" ", 1<<20), nil)},
		{"1000-batched", batch.String()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(bc.body))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, req)
				if rec.Code != http.StatusBadRequest {
					b.Fatalf("status %d: %.200s", rec.Code, rec.Body.String())
				}
			}
		})
	}
	b.Run("precheck-of-introspection-query", func(b *testing.B) {
		q := introspectionQuery
		for b.Loop() {
			if msg := precheck(q, 15, 2000); msg != "" {
				b.Fatal(msg)
			}
		}
	})
}

// introspectionQuery is the one GraphiQL sends (graphql-js getIntrospectionQuery): the
// deepest query a normal client sends, 13 fields deep through ofType.
const introspectionQuery = `
    query IntrospectionQuery {
      __schema {
        queryType { name }
        mutationType { name }
        subscriptionType { name }
        types { ...FullType }
        directives { name description locations args { ...InputValue } }
      }
    }
    fragment FullType on __Type {
      kind name description
      fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
      inputFields { ...InputValue }
      interfaces { ...TypeRef }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeRef }
    }
    fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
    fragment TypeRef on __Type {
      kind name
      ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
    }`

// TestPrecheckPassesTheIntrospectionQuery: with the default limits, the deepest query a
// normal client sends passes the pre-check and runs.
func TestPrecheckPassesTheIntrospectionQuery(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	r := post(t, url, "application/json", query(introspectionQuery, nil), nil)
	if r.status != http.StatusOK || len(r.Errors) > 0 || r.Data["__schema"] == nil {
		t.Fatalf("introspection: status %d, errors %v", r.status, r.Errors)
	}
}
