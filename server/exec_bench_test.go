package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/valyala/fasthttp"
)

// execPaths are the two ways a request can be answered: the fast path's compiled plan, and
// graphql-go itself.
var execPaths = []struct {
	name string
	slow bool // noFastPath
}{{"fast", false}, {"graphql-go", true}}

// BenchmarkExecOneHop measures peerbench's questions without HTTP over the headline graph
// (whose nodes and pages the store then holds in its caches), through the fast path and
// through graphql-go (parsing, validation, reflective resolvers, JSON building): the
// difference is what the fast path saves a request.
func BenchmarkExecOneHop(b *testing.B) {
	al, fs := headlineFacts()
	st := openStore(b, al, fs)
	vars := map[string]any{"n": "Russia"}
	for _, q := range peerQuestions {
		for _, path := range execPaths {
			b.Run(q.name+"/"+path.name, func(b *testing.B) {
				s, err := New(Config{}, st, nil)
				if err != nil {
					b.Fatal(err)
				}
				s.noFastPath = path.slow
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					r := s.Exec(ctx, q.query, "", vars)
					if len(r.Errors) > 0 {
						b.Fatal(r.Errors)
					}
				}
			})
		}
	}
}

// BenchmarkHandler runs peerbench's questions through the HTTP handler without a network
// (httptest recorder): request decoding, the fast path, the response writing, the log
// wrapper. With BenchmarkExecOneHop it splits a request's server CPU from net/http's.
func BenchmarkHandler(b *testing.B) {
	al, fs := headlineFacts()
	st := openStore(b, al, fs)
	s, err := New(Config{ResponseCacheBytes: -1, Logger: slog.New(slog.DiscardHandler)}, st, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range peerQuestions {
		body, _ := json.Marshal(map[string]any{"query": q.query, "variables": map[string]string{"n": "Russia"}})
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d %s", w.Code, w.Body)
				}
			}
		})
	}
}

// BenchmarkFastHandler is BenchmarkHandler through the fasthttp handler that ListenAndServe
// runs (request already parsed, no network): with BenchmarkExecOneHop it splits a request's
// server CPU between the answer and the HTTP layer. "info" logs at serve's default level,
// where a quick success writes no line and must cost nothing for it.
func BenchmarkFastHandler(b *testing.B) {
	al, fs := headlineFacts()
	st := openStore(b, al, fs)
	loggers := []struct {
		name string
		log  *slog.Logger
	}{
		{"quiet", slog.New(slog.DiscardHandler)},
		{"info", slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))},
	}
	for _, l := range loggers {
		s, err := New(Config{ResponseCacheBytes: -1, Logger: l.log}, st, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(l.name, func(b *testing.B) { benchFastHandler(b, s) })
	}
}

func benchFastHandler(b *testing.B, s *Server) {
	h := s.fastHandler(context.Background())
	remote := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 40000}
	for _, q := range peerQuestions {
		body, _ := json.Marshal(map[string]any{"query": q.query, "variables": map[string]string{"n": "Russia"}})
		b.Run(q.name, func(b *testing.B) {
			var req fasthttp.Request
			req.Header.SetMethod(http.MethodPost)
			req.SetRequestURI("/graphql")
			req.Header.SetContentType("application/json")
			req.SetBody(body)
			var c fasthttp.RequestCtx
			b.ReportAllocs()
			for b.Loop() {
				c.Init(&req, remote, nil)
				h(&c)
				if c.Response.StatusCode() != http.StatusOK || bytes.Contains(c.Response.Body(), []byte(`"errors"`)) {
					b.Fatalf("%d %s", c.Response.StatusCode(), c.Response.Body())
				}
			}
		})
	}
}
