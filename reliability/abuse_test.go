package reliability

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// abuse is one hostile request and how the server must refuse it.
type abuse struct {
	name        string
	method      string // POST unless set
	contentType string // application/json unless set
	token       string
	body        []byte
	wantStatus  int            // HTTP status; 0: any
	wantCode    string         // extensions.code of the first error; "" means the request must succeed
	wantMsg     *regexp.Regexp // on the error message
	check       func(data json.RawMessage) error
}

// jsonBody encodes one GraphQL request.
func jsonBody(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// abuseSet builds the hostile requests of the issue, plus the write-permission checks.
func abuseSet(token string) []abuse {
	deep := `{ actor(name: "France") { ` + strings.Repeat(`relations { edges { node { source { `, 25) + `name` + strings.Repeat(` } } } }`, 25) + ` } }`
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
	var ops strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&ops, "query Q%d { stats { articles } } ", i)
	}
	huge := "{ stats { articles } }" + strings.Repeat(" ", 1<<20)
	var batch bytes.Buffer
	batch.WriteByte('[')
	for i := range 1000 {
		if i > 0 {
			batch.WriteByte(',')
		}
		batch.Write(jsonBody(`{ stats { articles } }`, nil))
	}
	batch.WriteByte(']')
	nested := `{"query":"{ stats { articles } }","variables":{"a":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}}`
	capped := func(limit int) func(json.RawMessage) error {
		return func(data json.RawMessage) error {
			var d struct {
				Articles struct{ Edges []any }
			}
			if err := json.Unmarshal(data, &d); err != nil {
				return err
			}
			if len(d.Articles.Edges) > limit {
				return fmt.Errorf("%d articles in one page, want at most %d", len(d.Articles.Edges), limit)
			}
			return nil
		}
	}
	ingest := jsonBody(ingestMutation, map[string]any{"a": []map[string]string{{"text": "France signed the Arms Trade Treaty."}}})
	addFact := jsonBody(`mutation { addFact(fact: {subject: "France", predicate: SIGNED, object: "Arms Trade Treaty"}) { id } }`, nil)
	tooComplex := regexp.MustCompile(`(?i)depth|selections|long|complex|exceed`)
	return []abuse{
		{name: "depth 100", body: jsonBody(deep, nil), wantStatus: 400, wantCode: "QUERY_TOO_COMPLEX", wantMsg: tooComplex},
		{name: "10k aliases", body: jsonBody(aliases10k.String(), nil), wantStatus: 400, wantCode: "QUERY_TOO_COMPLEX", wantMsg: tooComplex},
		{name: "2100 aliases within the length limit", body: jsonBody(aliases2k.String(), nil), wantStatus: 400, wantCode: "QUERY_TOO_COMPLEX", wantMsg: tooComplex},
		{name: "1000 operations in one document", body: jsonBody(ops.String(), nil), wantStatus: 400, wantCode: "QUERY_TOO_COMPLEX", wantMsg: tooComplex},
		{name: "1 MB query", body: jsonBody(huge, nil), wantStatus: 400, wantCode: "QUERY_TOO_COMPLEX", wantMsg: tooComplex},
		{name: "first: 1000000000 is capped", body: jsonBody(`{ articles(first: 1000000000) { edges { node { id } } } }`, nil), check: capped(100)},
		{name: "first: -1 gives nothing", body: jsonBody(`{ articles(first: -1) { edges { node { id } } } }`, nil), check: capped(0)},
		{name: "1000 batched operations", body: batch.Bytes(), wantStatus: 400, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`batch`)},
		{name: "malformed JSON", body: []byte(`{"query": "{ stats { articles } }"`), wantStatus: 400, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`(?i)json`)},
		{name: "JSON nested 100000 deep", body: []byte(nested), wantStatus: 400, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`(?i)json|depth|nest`)},
		{name: "9 MB body", body: jsonBody(`{ stats { articles } }`, map[string]any{"pad": strings.Repeat("x", 9<<20)}), wantStatus: 413, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`larger than`)},
		{name: "wrong content type", contentType: "text/plain", body: jsonBody(`{ stats { articles } }`, nil), wantStatus: 415, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`Content-Type`)},
		{name: "fragment cycle", body: jsonBody(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, nil), wantCode: "GRAPHQL_VALIDATION_FAILED", wantMsg: regexp.MustCompile(`(?i)cycle|spread`)},
		{name: "variable of the wrong type", body: jsonBody(`query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": 5}), wantCode: "GRAPHQL_VALIDATION_FAILED", wantMsg: regexp.MustCompile(`n`)},
		{name: "method DELETE", method: http.MethodDelete, wantStatus: 405, wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`DELETE`)},
		{name: "ingest without a token", body: ingest, wantCode: "UNAUTHENTICATED", wantMsg: regexp.MustCompile(`token`)},
		{name: "ingest with a wrong token", token: token + "x", body: ingest, wantCode: "UNAUTHENTICATED", wantMsg: regexp.MustCompile(`token`)},
		{name: "addFact with a wrong token", token: "Bearer " + token, body: addFact, wantCode: "UNAUTHENTICATED", wantMsg: regexp.MustCompile(`token`)},
		{name: "mutation over GET, with the token", method: http.MethodGet, token: token, body: []byte(`mutation { addFact(fact: {subject: "France", predicate: SIGNED, object: "Arms Trade Treaty"}) { id } }`),
			wantCode: "BAD_REQUEST", wantMsg: regexp.MustCompile(`POST`)},
	}
}

// send sends one abuse request and returns the decoded answer and how long it took.
func (a abuse) send(c *http.Client, base string) (*gqlResponse, time.Duration, error) {
	began := time.Now()
	var resp *gqlResponse
	var err error
	switch a.method {
	case http.MethodGet:
		resp, err = get(c, base+"/graphql?query="+url.QueryEscape(string(a.body)), a.token)
	case "", http.MethodPost:
		ct := a.contentType
		if ct == "" {
			ct = "application/json"
		}
		resp, err = post(context.Background(), c, base, ct, a.token, a.body)
	default:
		resp, err = do(c, a.method, base+"/graphql", a.token)
	}
	return resp, time.Since(began), err
}

func TestAbuseIsRefusedQuicklyWhileOthersAreServed(t *testing.T) {
	dir := t.TempDir()
	loadCorpus(t, dir, 60)
	s := serve(t, dir, "secret")

	// Well-behaved clients keep asking while the abuse goes on.
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var normal []time.Duration
	var normalErrs []string
	good := newClient(8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				began := time.Now()
				resp, err := gql(context.Background(), good, s.url, "", `{ actor(name: "France") { name violated { name } } stats { articles } }`, nil)
				mu.Lock()
				normal = append(normal, time.Since(began))
				if err != nil || len(resp.Errors) > 0 {
					normalErrs = append(normalErrs, fmt.Sprint(err, resp))
				}
				mu.Unlock()
			}
		}()
	}
	// Slow clients: connections that send half a request and stall.
	var stalled []net.Conn
	for range 100 {
		conn, err := net.Dial("tcp", strings.TrimPrefix(s.url, "http://"))
		if err != nil {
			t.Fatalf("opening a stalled connection: %v", err)
		}
		fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
		stalled = append(stalled, conn)
	}
	defer func() {
		for _, c := range stalled {
			c.Close()
		}
	}()

	bad := newClient(2)
	refused, maxLatency, overBudget := 0, time.Duration(0), 0
	const repeats = 3
	cases := abuseSet(s.token)
	for _, a := range cases {
		t.Run(a.name, func(t *testing.T) {
			slowest := time.Duration(0)
			defer func() { t.Logf("slowest of %d: %s", repeats, slowest.Round(time.Millisecond)) }()
			for range repeats {
				resp, took, err := a.send(bad, s.url)
				if err != nil {
					t.Fatalf("%s: %v", a.name, err)
				}
				maxLatency, slowest = max(maxLatency, took), max(slowest, took)
				// 100 ms is the budget, reported in the figure: on a shared 2-core machine the
				// upload of a 1-9 MB body alone can take longer. A second means a hang.
				if took > 100*time.Millisecond {
					overBudget++
					t.Logf("over the 100 ms budget: %s", took.Round(time.Millisecond))
				}
				if took > time.Second {
					t.Errorf("%s took %s to be refused", a.name, took)
				}
				if a.wantStatus != 0 && resp.status != a.wantStatus {
					t.Errorf("HTTP %d, want %d (%s)", resp.status, a.wantStatus, resp.errorText())
				}
				if a.wantCode == "" {
					if len(resp.Errors) > 0 {
						t.Errorf("answered with errors: %s", resp.errorText())
					} else if err := a.check(resp.Data); err != nil {
						t.Error(err)
					} else {
						refused++ // capped: harmless
					}
					continue
				}
				if resp.code() != a.wantCode || !a.wantMsg.MatchString(resp.errorText()) {
					t.Errorf("got code %q, message %q; want %s and %s", resp.code(), clip(resp.errorText(), 300), a.wantCode, a.wantMsg)
					continue
				}
				refused++
			}
		})
	}

	// No token configured: every write is off whatever the request carries.
	off := serve(t, t.TempDir(), "")
	for _, tok := range []string{"", "secret", "anything"} {
		a := abuse{name: "write on a server without a token", token: tok, body: jsonBody(ingestMutation, map[string]any{"a": []map[string]string{{"text": "x y z"}}})}
		resp, took, err := a.send(bad, off.url)
		switch {
		case err != nil:
			t.Errorf("%s: %v", a.name, err)
		case resp.code() != "WRITES_DISABLED":
			t.Errorf("%s with token %q: code %q %s, want WRITES_DISABLED", a.name, tok, resp.code(), resp.errorText())
		default:
			refused++
			maxLatency = max(maxLatency, took)
		}
	}

	stop()
	wg.Wait()
	if len(normalErrs) > 0 {
		t.Errorf("%d well-behaved requests failed during the abuse, e.g. %v", len(normalErrs), normalErrs[:min(3, len(normalErrs))])
	}
	if strings.Contains(s.stderr.String(), "secret") {
		t.Errorf("the token appears in the server's log")
	}
	slices.Sort(normal)
	figure(t, "%d abuse requests (%d kinds x %d, plus 3 writes to a server without a token): %d refused or capped, max latency %s, %d over 100 ms; %d well-behaved requests alongside with 100 stalled connections open: %d errors, max latency %s",
		len(cases)*repeats+3, len(cases), repeats, refused, maxLatency.Round(time.Millisecond), overBudget, len(normal), len(normalErrs), normal[len(normal)-1].Round(time.Millisecond))
}

// get sends a GET request and decodes the GraphQL answer.
func get(c *http.Client, url, token string) (*gqlResponse, error) {
	return do(c, http.MethodGet, url, token)
}

// do sends a body-less request and decodes the GraphQL answer.
func do(c *http.Client, method, url, token string) (*gqlResponse, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("HTTP %d, not a GraphQL response: %w", resp.StatusCode, err)
	}
	out.status = resp.StatusCode
	return &out, nil
}
