package server

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
)

// TestServeFloor asks the benchmark floor over real HTTP on loopback: /graphql gets the fixed
// answer, valid GraphQL JSON; other paths 404; and requests the shared fasthttp setup
// refuses (a body over the default limit, headers over maxHeaderBytes) get serve's answers,
// which shows the floor runs serve's transport rather than one of its own.
func TestServeFloor(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- ServeFloor(ctx, ln, nil, nil) }()
	base := "http://" + ln.Addr().String()

	send := func(method, path, body string, header map[string]string) (int, string, []byte) {
		t.Helper()
		req, err := http.NewRequest(method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
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
		return resp.StatusCode, resp.Header.Get("Content-Type"), b
	}

	q3 := query(`query($n: String!) { actor(name: $n) { name } }`, map[string]any{"n": "Ukraine"})
	for i := range 3 { // several requests: the answer must not be consumed by the first
		status, ct, body := send("POST", "/graphql", q3, nil)
		if status != http.StatusOK || ct != jsonType {
			t.Fatalf("request %d: status %d, content type %q, want 200 %q", i, status, ct, jsonType)
		}
		var got struct {
			Data struct {
				Actor struct{ Name string } `json:"actor"`
			} `json:"data"`
			Errors []any `json:"errors"`
		}
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatalf("request %d: the answer is not JSON: %v: %s", i, err, body)
		}
		if got.Data.Actor.Name == "" || got.Errors != nil {
			t.Fatalf("request %d: answer %s, want data.actor.name and no errors", i, body)
		}
	}
	if status, _, body := send("GET", "/nope", "", nil); status != http.StatusNotFound || !strings.Contains(string(body), `"errors"`) {
		t.Errorf("GET /nope: %d %s, want 404 with a GraphQL error", status, body)
	}
	big := `{"query":"{ stats { nodes } }","pad":"` + strings.Repeat("x", int(DefaultConfig().MaxBodyBytes)) + `"}`
	if status, _, body := send("POST", "/graphql", big, nil); status != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), CodeBadRequest) {
		t.Errorf("body over the limit: %d %.200s, want 413 with serve's error", status, body)
	}
	long := map[string]string{"X-Pad": strings.Repeat("y", maxHeaderBytes)}
	if status, _, _ := send("POST", "/graphql", q3, long); status != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("headers over maxHeaderBytes: %d, want 431 like serve", status)
	}

	cancel()
	if err := <-done; err != nil {
		t.Fatalf("ServeFloor after cancel: %v, want nil", err)
	}
}
