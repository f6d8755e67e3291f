// Package reliability holds Entente's fault, load, abuse and bad-input tests, which build the
// real entente binary once and drive it as a crash, a crowd or an attacker would. By default
// they run small; ENTENTE_RELIABILITY=full runs the sizes (see the README).
package reliability

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/entente-kg/entente/internal/lockedbuf"
	"github.com/entente-kg/entente/internal/testbin"
)

// binPath is the entente binary TestMain builds for every test of the package; raceBinPath,
// built only for ENTENTE_RELIABILITY=full, is the same with the race detector.
var binPath, raceBinPath string

func TestMain(m *testing.M) {
	testbin.Main(m, func(dir string) (err error) {
		if binPath, err = testbin.Build(dir, "entente", false); err != nil || !fullRun() {
			return err
		}
		raceBinPath, err = testbin.Build(dir, "entente-race", true)
		return err
	})
}

// fullRun tells whether the long versions were asked for (ENTENTE_RELIABILITY=full).
func fullRun() bool { return os.Getenv("ENTENTE_RELIABILITY") == "full" }

// knownBug skips a test that shows a bug reported to the owner of the code at fault, unless
// ENTENTE_RELIABILITY_KNOWN_BUGS=1 asks to see it fail. Delete the call once the fix is in.
func knownBug(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("ENTENTE_RELIABILITY_KNOWN_BUGS") == "" {
		t.Skip("known bug (ENTENTE_RELIABILITY_KNOWN_BUGS=1 runs it): " + what)
	}
}

// figure logs one summary figure; `make reliability` prints the lines starting with FIGURE.
func figure(t *testing.T, format string, args ...any) {
	t.Helper()
	t.Logf("FIGURE %s: %s", t.Name(), fmt.Sprintf(format, args...))
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// run runs the binary in dir with args, stdin as its input, and waits at most two minutes.
func run(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ENTENTE_LOG_FORMAT=text")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("running entente %v: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("entente %v did not finish within 2 minutes", args)
	}
	return result{out.String(), errb.String(), code}
}

// noCrash fails the test when a command's output shows a Go panic or runtime fault instead of
// an error message.
func noCrash(t *testing.T, what string, r result) {
	t.Helper()
	for _, sign := range []string{"panic:", "goroutine ", "fatal error:", "unexpected fault address", "SIGSEGV", "SIGBUS"} {
		if strings.Contains(r.stderr, sign) || strings.Contains(r.stdout, sign) {
			t.Errorf("%s crashed instead of reporting an error (%q in its output):\n%s", what, sign, clip(r.stderr, 700))
			return
		}
	}
}

// clip shortens s for a failure message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("... (%d more bytes)", len(s)-n)
}

// proc is a running entente process.
type proc struct {
	cmd    *exec.Cmd
	stderr *lockedbuf.Buffer
	stdout *lockedbuf.Buffer
	exited chan struct{}
	err    error // set when exited is closed
}

// start starts the binary in dir without waiting for it.
func start(t *testing.T, dir string, env []string, args ...string) *proc {
	t.Helper()
	return startBin(t, binPath, dir, env, args...)
}

// startBin is start with another build of the binary.
func startBin(t *testing.T, bin, dir string, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "ENTENTE_LOG_FORMAT=text"), env...)
	p := &proc{cmd: cmd, stderr: &lockedbuf.Buffer{}, stdout: &lockedbuf.Buffer{}, exited: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = p.stdout, p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting entente %v: %v", args, err)
	}
	go func() { p.err = cmd.Wait(); close(p.exited) }()
	t.Cleanup(func() { p.kill() })
	return p
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill() {
	select {
	case <-p.exited:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exited
}

// wait waits at most d for the process to exit and tells whether it did.
func (p *proc) wait(d time.Duration) bool {
	select {
	case <-p.exited:
		return true
	case <-time.After(d):
		return false
	}
}

// exitCode is the process's exit status once it exited (-1 when killed by a signal).
func (p *proc) exitCode() int {
	if p.err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(p.err, &ee) {
		return ee.ExitCode()
	}
	return -2
}

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// server is a running `entente serve`.
type server struct {
	*proc
	url   string
	token string
}

// serve starts `entente serve` on dir without the default corpus (with token when not
// empty) and waits until /healthz answers.
func serve(t *testing.T, dir, token string) *server {
	t.Helper()
	return serveWith(t, binPath, dir, token)
}

// serveWith is serve with another build of the binary.
func serveWith(t *testing.T, bin, dir, token string) *server {
	t.Helper()
	addr := freeAddr(t)
	var env []string
	if token != "" {
		env = append(env, "ENTENTE_TOKEN="+token)
	}
	p := startBin(t, bin, dir, env, "serve", "--no-default-corpus", "--addr", addr, "--data-dir", "db")
	s := &server{proc: p, url: "http://" + addr, token: token}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-p.exited:
			t.Fatalf("serve exited early: %v\n%s", p.err, p.stderr.String())
		default:
		}
		resp, err := http.Get(s.url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("serve did not answer /healthz within 30s\n%s", p.stderr.String())
	return nil
}

// gqlError is one entry of a response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// gqlResponse is a decoded GraphQL response.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	status int
}

// code is the extensions.code of the first error, "" without errors.
func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// errorText joins the error messages.
func (r *gqlResponse) errorText() string {
	var msgs []string
	for _, e := range r.Errors {
		msgs = append(msgs, e.Message)
	}
	return strings.Join(msgs, "; ")
}

// post sends a raw body to /graphql with a content type (and a bearer token when not empty)
// and decodes the answer.
func post(ctx context.Context, c *http.Client, url, contentType, token string, body []byte) (*gqlResponse, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url+"/graphql", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the response: %w", err)
	}
	var out gqlResponse
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("HTTP %d, not a GraphQL response: %w: %s", resp.StatusCode, err, clip(string(b), 300))
	}
	out.status = resp.StatusCode
	return &out, nil
}

// gql sends one operation with variables as JSON.
func gql(ctx context.Context, c *http.Client, url, token, query string, vars map[string]any) (*gqlResponse, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	return post(ctx, c, url, "application/json", token, body)
}

// newClient is an HTTP client with its own connection pool sized for n parallel callers.
func newClient(n int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = n, n
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}
