package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestFastHTTPAnswersLikeNetHTTP sends the same requests to one Server through
// ListenAndServe (fasthttp) and through net/http (httptest.NewServer over ServeHTTP) and
// checks that status, headers that matter and body bytes are the same: the GraphQL
// endpoint has one implementation (serveExchange) whichever server carries it.
func TestFastHTTPAnswersLikeNetHTTP(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	s, err := New(Config{Token: "s3cret", CORSOrigins: []string{"http://app.example"}, MaxBodyBytes: 4096}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	fastURL := startHTTP(t, s)
	std := httptest.NewServer(s)
	t.Cleanup(std.Close)

	const q1 = `query($n: String!) { actor(name: $n) { violated { name } } }`
	tests := []struct {
		name, method, path, ct, body string
		header                       map[string]string
		status                       int
	}{
		{"fast path", "POST", "/graphql", "application/json", query(q1, map[string]any{"n": "Russia"}), nil, 200},
		{"fast path, unknown actor", "POST", "/graphql", "application/json", query(q1, map[string]any{"n": "Atlantis"}), nil, 200},
		{"graphql-go path", "POST", "/graphql", "application/json", query(`{ stats { nodes } actor(name: "Russia") { aliases } }`, nil), nil, 200},
		{"application/graphql", "POST", "/graphql", "application/graphql", `{ actor(name: "Russia") { name } }`, nil, 200},
		{"content type with charset", "POST", "/graphql", "application/json; charset=utf-8", query(q1, map[string]any{"n": "Ukraine"}), nil, 200},
		{"GET", "GET", "/graphql?query=" + strings.ReplaceAll(`{ actor(name: "Russia") { name } }`, " ", "+"), "", "", nil, 200},
		{"GET with variables", "GET", "/graphql?query=query(%24n%3A+String!)+%7B+actor(name%3A+%24n)+%7B+name+%7D+%7D&variables=%7B%22n%22%3A%22Ukraine%22%7D", "", "", nil, 200},
		{"GET with a query near the length limit", "GET", "/graphql?query=" + strings.ReplaceAll(`{ actor(name: "Russia") { name } } # `+strings.Repeat("x", 30<<10), " ", "+"), "", "", nil, 200},
		{"GET with bad variables", "GET", "/graphql?query=%7B+stats+%7B+nodes+%7D+%7D&variables=%5B1", "", "", nil, 400},
		{"mutation over GET", "GET", `/graphql?query=mutation+%7B+retractFact(id:"x",reason:"y")+%7B+id+%7D+%7D`, "", "", nil, 200},
		{"malformed JSON", "POST", "/graphql", "application/json", `{"query": "{ stats { nodes } }"`, nil, 400},
		{"batched", "POST", "/graphql", "application/json", `[{"query": "{ stats { nodes } }"}]`, nil, 400},
		{"empty query", "POST", "/graphql", "application/json", `{"query": "  "}`, nil, 400},
		{"too deep", "POST", "/graphql", "application/json", query(`{ actor(name: "Russia") `+strings.Repeat("{ signed ", 20)+"{ name }"+strings.Repeat(" }", 20)+" }", nil), nil, 400},
		{"validation error", "POST", "/graphql", "application/json", query(`{ stats { shoeSize } }`, nil), nil, 200},
		{"wrong content type", "POST", "/graphql", "text/plain", `{"query": "{ stats { nodes } }"}`, nil, 415},
		{"wrong method", "PUT", "/graphql", "application/json", `{"query": "{ stats { nodes } }"}`, nil, 405},
		{"HEAD", "HEAD", "/graphql", "", "", nil, 405},
		{"body over the limit", "POST", "/graphql", "application/json", `{"query": "{ stats { nodes } }", "pad": "` + strings.Repeat("x", 5000) + `"}`, nil, 413},
		{"write without the token", "POST", "/graphql", "application/json", query(`mutation { retractFact(id: "x", reason: "y") { id } }`, nil), nil, 200},
		{"write with a wrong token", "POST", "/graphql", "application/json", query(`mutation { retractFact(id: "x", reason: "y") { id } }`, nil), map[string]string{"Authorization": "Bearer nope"}, 200},
		{"write with the token", "POST", "/graphql", "application/json", query(`mutation { retractFact(id: "no-such-fact", reason: "y") { id } }`, nil), map[string]string{"Authorization": "Bearer s3cret"}, 200},
		{"preflight allowed", "OPTIONS", "/graphql", "", "", map[string]string{"Origin": "http://app.example", "Access-Control-Request-Method": "POST"}, 204},
		{"preflight refused", "OPTIONS", "/graphql", "", "", map[string]string{"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}, 403},
		{"post from an allowed origin", "POST", "/graphql", "application/json", query(q1, map[string]any{"n": "Russia"}), map[string]string{"Origin": "http://app.example"}, 200},
		{"post from another origin", "POST", "/graphql", "application/json", query(q1, map[string]any{"n": "Russia"}), map[string]string{"Origin": "http://evil.example"}, 200},
		{"healthz", "GET", "/healthz", "", "", nil, 200},
		{"unknown path", "GET", "/nope", "", "", nil, 404},
	}
	type answer struct {
		status int
		header http.Header
		body   []byte
	}
	send := func(t *testing.T, base, method, path, ct, body string, header map[string]string) answer {
		t.Helper()
		req, err := http.NewRequest(method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return answer{resp.StatusCode, resp.Header, b}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fast := send(t, fastURL, tc.method, tc.path, tc.ct, tc.body, tc.header)
			want := send(t, std.URL, tc.method, tc.path, tc.ct, tc.body, tc.header)
			if want.status != tc.status {
				t.Fatalf("net/http answered %d, the test expects %d: %s", want.status, tc.status, want.body)
			}
			if fast.status != want.status {
				t.Errorf("status %d, net/http %d", fast.status, want.status)
			}
			if !bytes.Equal(fast.body, want.body) {
				t.Errorf("body\n%s\nnet/http\n%s", fast.body, want.body)
			}
			for _, h := range []string{"Content-Type", "Allow", "Vary", "Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
				"Access-Control-Allow-Headers", "Access-Control-Max-Age", "Content-Security-Policy"} {
				if got, w := fast.header.Values(h), want.header.Values(h); fmt.Sprint(got) != fmt.Sprint(w) {
					t.Errorf("%s: %q, net/http %q", h, got, w)
				}
			}
		})
	}
}

// TestFastHTTPStallingClientsAreCut checks that a connection sending half a request header,
// or nothing, is closed after the header timeout, and a request never finished gets a 408.
func TestFastHTTPStallingClientsAreCut(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	addr := strings.TrimPrefix(url, "http://")
	for _, tc := range []struct {
		name, send string
	}{
		{"nothing sent", ""},
		{"half a header", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tc.send); err != nil {
				t.Fatal(err)
			}
			// Generous: the server must cut the connection after readHeaderTimeout (5 s);
			// the test fails only if it holds it far longer.
			conn.SetReadDeadline(time.Now().Add(readHeaderTimeout + 20*time.Second))
			got, err := io.ReadAll(conn)
			if err != nil {
				t.Fatalf("connection still open after %s: %v", readHeaderTimeout+20*time.Second, err)
			}
			if tc.send != "" && !bytes.HasPrefix(got, []byte("HTTP/1.1 408")) {
				t.Errorf("answer %q, want a 408", got)
			}
		})
	}
}

// TestFastHTTPShutdownFinishesInFlightRequests checks the graceful stop: a request running
// when the server is told to stop still gets its answer, and ListenAndServe returns.
func TestFastHTTPShutdownFinishesInFlightRequests(t *testing.T) {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	entered, release := make(chan struct{}), make(chan struct{})
	ing := IngesterFunc(func(ctx context.Context, _ []Article) (IngestReport, error) {
		close(entered)
		<-release
		return IngestReport{}, nil
	})
	s, err := New(Config{Token: "s3cret", Logger: slog.New(slog.DiscardHandler)}, st, ing)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc, done := make(chan net.Addr, 1), make(chan error, 1)
	go func() { done <- ListenAndServe(ctx, "127.0.0.1:0", s, func(a net.Addr) { addrc <- a }) }()
	url := "http://" + (<-addrc).String()
	type result struct {
		status int
		body   string
		err    error
	}
	answered := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, url+"/graphql", strings.NewReader(query(`mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew } }`,
			map[string]any{"a": []any{map[string]any{"text": "Russia signed the treaty."}}})))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer s3cret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			answered <- result{err: err}
			return
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		answered <- result{resp.StatusCode, string(b), err}
	}()
	<-entered
	cancel()
	select {
	case err := <-done:
		t.Fatalf("ListenAndServe returned with a request in flight: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if r := <-answered; r.err != nil || r.status != 200 || !strings.Contains(r.body, `"articlesNew":0`) {
		t.Errorf("in-flight request: %d %s %v", r.status, r.body, r.err)
	}
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
}

// TestFastHTTPRefusesOversizedHeadersWithAGraphQLError checks that a request line and
// headers larger than fasthttp's read buffer get a coded GraphQL error (not a bare status),
// and that the server goes on serving.
func TestFastHTTPRefusesOversizedHeadersWithAGraphQLError(t *testing.T) {
	s, _ := newTestServer(t)
	url := startHTTP(t, s)
	req, _ := http.NewRequest(http.MethodGet, url+"/graphql?query="+strings.Repeat("x", maxHeaderBytes+1), nil)
	r := do(t, req)
	if r.status != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("status %d, want 431", r.status)
	}
	if len(r.Errors) == 0 || errCode(r.Errors[0]) != CodeBadRequest || !strings.Contains(fmt.Sprint(r.Errors[0]["message"]), "POST") {
		t.Errorf("errors %v, want a BAD_REQUEST saying to POST", r.Errors)
	}
	if r := post(t, url, "application/json", query(`{ actor(name: "Russia") { name } }`, nil), nil); r.status != 200 || len(r.Errors) > 0 {
		t.Errorf("server stopped serving: %d %v", r.status, r.Errors)
	}
}
