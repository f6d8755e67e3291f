// Package server answers GraphQL over HTTP from an Entente graph: schema.graphql's resolvers
// over *graph.Store, the offline GraphiQL playground at / and /healthz. New builds the handler
// and ListenAndServe runs it with timeouts and graceful shutdown.
package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"github.com/entente-kg/entente"
	"github.com/entente-kg/entente/graph"
)

// Server is the HTTP handler of `entente serve`.
type Server struct {
	cfg        Config
	store      *graph.Store
	ing        Ingester
	schema     *graphql.Schema
	traversals map[string]traversal
	preds      map[string]graph.Predicate
	tokenSum   [32]byte
	log        *slog.Logger
	mux        *http.ServeMux
	cache      *responseCache // nil when Config.ResponseCacheBytes < 0
	plans      planCache      // the fast path's compiled queries (fastpath.go)
	facts      schemaFacts    // what compiling a plan needs from the schema
	noPrefetch bool           // benchmarks compare with and without prefetching
	noFastPath bool           // tests and benchmarks compare with and without the fast path
}

// New builds the server over store. ing runs ingestArticles (nil: that mutation says the
// server has no pipeline); use ArticlesOnly(store) to store articles without extraction.
func New(cfg Config, store *graph.Store, ing Ingester) (*Server, error) {
	cfg = cfg.withDefaults()
	s := &Server{
		cfg:        cfg,
		store:      store,
		ing:        ing,
		traversals: traversals(),
		preds:      make(map[string]graph.Predicate),
		tokenSum:   sha256.Sum256([]byte(cfg.Token)),
		log:        cfg.Logger,
		cache:      newResponseCache(cfg.ResponseCacheBytes),
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	for _, p := range graph.Predicates() {
		s.preds[p.Name] = p
	}
	for name, t := range s.traversals {
		t.unique = len(t.preds) == 1 && (t.dir != graph.Both || s.preds[t.preds[0]].Symmetric)
		s.traversals[name] = t
	}
	schema, err := graphql.ParseSchema(entente.Schema(), &resolver{srv: s},
		graphql.UseStringDescriptions(),
		graphql.MaxDepth(cfg.MaxDepth),
		graphql.MaxQueryLength(cfg.MaxQueryLength),
		graphql.MaxSelections(cfg.MaxSelections),
		graphql.OverlapValidationLimit(20000),
		graphql.MaxParallelism(8),
		graphql.Logger(panicLogger{s.log}),
	)
	if err != nil {
		return nil, fmt.Errorf("server: schema.graphql does not match the resolvers: %w", err)
	}
	s.schema = schema
	typeTraversals(schema.ASTSchema(), s.traversals)
	s.facts = newSchemaFacts(schema.ASTSchema(), s.traversals)
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/graphql", s.serveGraphQL)
	s.mux.HandleFunc("/healthz", s.serveHealth)
	s.mux.HandleFunc("/playground/", s.serveAsset)
	s.mux.HandleFunc("/{$}", s.servePlayground)
	return s, nil
}

// panicLogger sends resolver panics (which graphql-go turns into errors) to slog.
type panicLogger struct{ log *slog.Logger }

func (l panicLogger) LogPanic(ctx context.Context, value any) {
	l.log.ErrorContext(ctx, "resolver panic", "panic", fmt.Sprint(value))
}

// slowRequest is the duration from which a successful request is logged at Info.
const slowRequest = time.Second

// ServeHTTP serves one request and logs it: at Debug when it succeeded quickly, at Info when
// it failed or was slow (at Warn for a server error), so that a busy server's log stays
// readable and cheap; run with a Debug logger to see every request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !s.log.Enabled(ctx, slog.LevelInfo) {
		s.mux.ServeHTTP(w, r)
		return
	}
	start := time.Now()
	lw := &logWriter{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(lw, r)
	s.logRequest(ctx, requestLine{
		method: r.Method, path: r.URL.Path, status: lw.status, bytes: lw.bytes,
		duration: time.Since(start), remote: r.RemoteAddr, op: lw.op, errs: lw.errs, code: lw.code,
	})
}

// requestLine is what the log says of one request.
type requestLine struct {
	method, path  string
	status, bytes int
	duration      time.Duration
	remote        string
	op            string // the GraphQL operation's name
	errs          int    // GraphQL errors in the answer
	code          string // the first error's code
}

// logRequest logs l at Debug when it succeeded quickly, at Info when it failed or was slow
// (at Warn for a server error).
func (s *Server) logRequest(ctx context.Context, l requestLine) { logRequest(ctx, s.log, l) }

func logRequest(ctx context.Context, log *slog.Logger, l requestLine) {
	level := requestLevel(l.status, l.errs, l.duration)
	if !log.Enabled(ctx, level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("method", l.method), slog.String("path", l.path),
		slog.Int("status", l.status), slog.Int("bytes", l.bytes),
		slog.Duration("duration", l.duration), slog.String("remote", l.remote),
	}
	if l.op != "" {
		attrs = append(attrs, slog.String("operation", l.op))
	}
	if l.errs > 0 {
		attrs = append(attrs, slog.Int("errors", l.errs), slog.String("error_code", l.code))
	}
	log.LogAttrs(ctx, level, "request", attrs...)
}

// requestLevel is the level a request's line is logged at: Debug when it succeeded quickly,
// Info when it failed or was slow, Warn for a server error.
func requestLevel(status, errs int, d time.Duration) slog.Level {
	switch {
	case status >= 500:
		return slog.LevelWarn
	case status >= 400 || errs > 0 || d >= slowRequest:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}

// logWriter records what the request log line needs; never the body or headers, so tokens
// and article texts cannot reach the log.
type logWriter struct {
	http.ResponseWriter
	status, bytes int
	op            string
	errs          int
	code          string
}

func (w *logWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }
func (w *logWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Exec runs one GraphQL operation as an unauthenticated reader; tests and benchmarks use it
// to reach the resolvers without HTTP.
func (s *Server) Exec(ctx context.Context, query, operationName string, variables map[string]any) *graphql.Response {
	rq := &request{srv: s}
	return s.exec(withRequest(ctx, rq), rq, query, operationName, variables)
}

func (s *Server) exec(ctx context.Context, rq *request, query, op string, vars map[string]any) *graphql.Response {
	if data, ok := s.execFast(ctx, query, op, vars, nil); ok {
		return &graphql.Response{Data: data}
	}
	return s.execGraphQL(ctx, query, op, vars)
}

// execGraphQL runs a query through graphql-go and gives every error a code.
func (s *Server) execGraphQL(ctx context.Context, query, op string, vars map[string]any) *graphql.Response {
	resp := s.schema.Exec(ctx, query, op, vars)
	for _, e := range resp.Errors {
		addCode(ctx, e)
	}
	return resp
}

// addCode gives every error an extensions.code: resolver errors carry theirs; the others
// come from graphql-go's parser and validator.
func addCode(ctx context.Context, e *gqlerrors.QueryError) {
	if _, ok := e.Extensions["code"]; ok {
		return
	}
	code := CodeValidation
	switch {
	case ctx.Err() != nil:
		code = CodeTimeout
	case e.ResolverError != nil:
		code = CodeInternal
	case errors.Is(e, graphql.ErrTooManySelections),
		e.Rule == "MaxDepthExceeded", e.Rule == "OverlapValidationLimitExceeded",
		strings.Contains(e.Message, "maximum allowed query length"):
		code = CodeTooComplex
	}
	if e.Extensions == nil {
		e.Extensions = make(map[string]any, 1)
	}
	e.Extensions["code"] = code
}

// gqlRequest is the POST body (and the GET parameters) of a GraphQL request.
type gqlRequest struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
}

// requestError is a failure before execution: it is sent as a GraphQL error with an HTTP status.
type requestError struct {
	status int
	code   string
	msg    string
}

func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	s.serveExchange(r.Context(), &stdExchange{w: w, r: r})
}

// serveExchange answers one request to /graphql; ctx bounds it (the request timeout is
// added here).
func (s *Server) serveExchange(ctx context.Context, x exchange) {
	method := x.method()
	if !s.cors(x, method) {
		return
	}
	if method == http.MethodOptions {
		x.send(http.StatusNoContent, nil)
		return
	}
	// One allocation for the request's state, which every request needs, its context included.
	st := &struct {
		rq  request
		raw rawRequest
		req gqlRequest
		ctx deadlineCtx
	}{rq: request{srv: s}}
	rq, raw, req := &st.rq, &st.raw, &st.req
	if rerr := s.readRaw(x, method, rq, raw); rerr != nil {
		s.writeRequestError(x, rerr)
		return
	}
	// The generation is read before the cache and before executing: an answer computed
	// from it is kept only if no write committed meanwhile (see responseCache).
	gen := s.store.Generation()
	if s.cache != nil {
		if hit, ok := s.cache.get(gen, raw.key); ok {
			x.noteOp(hit.op)
			x.setHeader("Content-Type", jsonType)
			x.sendCopy(http.StatusOK, hit.body)
			return
		}
	}
	if rerr := s.decodeRequest(raw, req); rerr != nil {
		s.writeRequestError(x, rerr)
		return
	}
	x.noteOp(req.OperationName)
	if h := x.header("Authorization"); h != "" && s.cfg.Token != "" {
		if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
			sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
			rq.authOK = subtle.ConstantTimeCompare(sum[:], s.tokenSum[:]) == 1
		}
	}
	ctx = st.ctx.begin(ctx, time.Now().Add(s.cfg.RequestTimeout), rq)
	defer st.ctx.end()
	buf := append(x.buffer(), `{"data":`...)
	if body, ok := s.execFast(ctx, req.Query, req.OperationName, req.Variables, buf); ok {
		body = append(body, '}')
		if s.cache != nil && ctx.Err() == nil {
			// A copy of its own size: the cache counts the answer's length, not buf's
			// room; and body becomes the response's after send.
			s.cache.put(gen, s.store.Generation(), raw.key, cachedResponse{body: bytes.Clone(body), op: req.OperationName})
		}
		x.setHeader("Content-Type", jsonType)
		x.send(http.StatusOK, body)
		return
	}
	resp := s.execGraphQL(ctx, req.Query, req.OperationName, req.Variables)
	if len(resp.Errors) > 0 {
		code, _ := resp.Errors[0].Extensions["code"].(string)
		x.noteErrors(len(resp.Errors), code)
	}
	x.setHeader("Content-Type", jsonType)
	if len(resp.Errors) == 0 && len(resp.Extensions) == 0 {
		// graphql-go built data as valid JSON already; json.Marshal would only re-scan it.
		buf = append(append(buf, resp.Data...), '}')
		if s.cache != nil && !rq.mutation.Load() && ctx.Err() == nil {
			s.cache.put(gen, s.store.Generation(), raw.key, cachedResponse{body: bytes.Clone(buf), op: req.OperationName})
		}
		x.send(http.StatusOK, buf)
		return
	}
	body, err := json.Marshal(resp)
	if err != nil {
		s.writeRequestError(x, &requestError{http.StatusInternalServerError, CodeInternal, "encoding the response: " + err.Error()})
		return
	}
	x.send(http.StatusOK, body)
}

// jsonType is the Content-Type of every /graphql answer.
const jsonType = "application/json; charset=utf-8"

// rawRequest is a GraphQL request as it arrived, before JSON decoding.
type rawRequest struct {
	get      bool
	graphql  bool   // POST with Content-Type application/graphql: body is the query
	query    string // GET: the parsed URL parameters
	op, vars string
	body     []byte // POST
	// key identifies the request for the response cache: the same key always decodes to the
	// same query, operation and variables. Nil when the cache is off.
	key []byte
}

// readRaw reads a GET or POST GraphQL request within the configured body limit into raw.
func (s *Server) readRaw(x exchange, method string, rq *request, raw *rawRequest) *requestError {
	switch method {
	case http.MethodGet:
		rq.readOnly = true
		*raw = rawRequest{get: true, query: x.queryParam("query"), op: x.queryParam("operationName"), vars: x.queryParam("variables")}
		if s.cache != nil {
			raw.key = make([]byte, 0, 1+len(raw.query)+len(raw.op)+len(raw.vars)+2)
			raw.key = append(append(append(append(append(append(raw.key, 'G'), raw.query...), 0), raw.op...), 0), raw.vars...)
		}
		return nil
	case http.MethodPost:
		ct, err := x.header("Content-Type"), error(nil)
		if ct != "application/json" { // the common case, without ParseMediaType's map
			ct, _, err = mime.ParseMediaType(ct)
		}
		if err != nil || (ct != "application/json" && ct != "application/graphql") {
			return &requestError{http.StatusUnsupportedMediaType, CodeBadRequest,
				fmt.Sprintf("Content-Type %q is not supported: send application/json ({\"query\": ..., \"variables\": ...}) or application/graphql", x.header("Content-Type"))}
		}
		// With the cache on, the key is the body behind a 2-byte header, read in place so
		// that a cache hit costs no copy.
		room := 0
		if s.cache != nil {
			room = 2
		}
		b, rerr := x.readBody(s.cfg.MaxBodyBytes, room)
		if rerr != nil {
			return rerr
		}
		*raw = rawRequest{graphql: ct == "application/graphql", body: b[room:]}
		if room > 0 {
			b[0], b[1] = 'P', 'j'
			if raw.graphql {
				b[1] = 'g'
			}
			raw.key = b
		}
		return nil
	default:
		x.setHeader("Allow", "GET, POST, OPTIONS")
		return &requestError{http.StatusMethodNotAllowed, CodeBadRequest, "method " + method + " is not allowed: use POST (or GET for queries)"}
	}
}

// decodeRequest decodes a request read by readRaw into req (zero) and checks the query's
// presence and length.
func (s *Server) decodeRequest(raw *rawRequest, req *gqlRequest) *requestError {
	switch {
	case raw.get:
		req.Query, req.OperationName = raw.query, raw.op
		if raw.vars != "" {
			if err := json.Unmarshal([]byte(raw.vars), &req.Variables); err != nil {
				return &requestError{http.StatusBadRequest, CodeBadRequest, "the variables parameter is not a JSON object: " + err.Error()}
			}
		}
	case raw.graphql:
		req.Query = string(raw.body)
	default:
		body := raw.body
		if simple, ok := decodeSimple(body); ok {
			*req = simple
			break
		}
		trimmed := bytes.TrimLeft(body, " \t\r\n")
		if len(trimmed) > 0 && trimmed[0] == '[' {
			return &requestError{http.StatusBadRequest, CodeBadRequest, "batched operations (a JSON array) are not supported: send one operation per request"}
		}
		if err := json.Unmarshal(body, req); err != nil {
			return &requestError{http.StatusBadRequest, CodeBadRequest, "malformed JSON body: " + jsonErrorText(err, body)}
		}
	}
	switch {
	case strings.TrimSpace(req.Query) == "":
		return &requestError{http.StatusBadRequest, CodeBadRequest, "no query: send {\"query\": \"{ ... }\"}"}
	case len(req.Query) > s.cfg.MaxQueryLength:
		return &requestError{http.StatusBadRequest, CodeTooComplex,
			fmt.Sprintf("query is %d bytes long (at most %d)", len(req.Query), s.cfg.MaxQueryLength)}
	}
	if msg := precheck(req.Query, s.cfg.MaxDepth, s.cfg.MaxSelections); msg != "" {
		return &requestError{http.StatusBadRequest, CodeTooComplex, msg}
	}
	return nil
}

// maxDefinitions bounds the operations and fragments of one document: graphql-go parses and
// validates them all, whichever operation the request runs.
const maxDefinitions = 100

// precheck refuses, in one pass over the query text, documents that graphql-go would refuse
// only after parsing and validating all of them: fields nested deeper than maxDepth, more
// than maxSelections fields, more than maxDefinitions operations and fragments. It returns
// the refusal, or "" to let graphql-go decide. Its counts never exceed graphql-go's, so it
// refuses nothing graphql-go would run: nesting counts only fields' selection sets (not
// inline fragments, argument objects, or the depth a spread adds to a fragment's fields),
// and a fragment's fields count once, where they are written, not once per spread. Fields
// are counted over every operation of the document, as graphql-go validates every one.
// Strings, block strings and comments are skipped, so braces or names inside them count
// for nothing; text it cannot lex is left to graphql-go's parser to report.
func precheck(q string, maxDepth, maxSelections int) string {
	var (
		sets      []bool // open selection sets: true for a field's (or an operation's), false for an inline fragment's
		depth     int    // fields' selection sets open
		parens    int    // inside arguments or variable definitions
		fields    int
		defs      int
		afterDots bool // the last token was "...": a spread or an inline fragment follows
		afterOn   bool // "... on": the type condition's name follows
		inline    bool // the next "{" opens an inline fragment
		directive bool // the next name is a directive's
	)
	isNameByte := func(c byte) bool {
		return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '#':
			for i < len(q) && q[i] != '\n' && q[i] != '\r' {
				i++
			}
			continue
		case strings.HasPrefix(q[i:], `"""`):
			for i += 3; i < len(q) && !strings.HasPrefix(q[i:], `"""`); i++ {
				if strings.HasPrefix(q[i:], `\"""`) {
					i += 3
				}
			}
			i += 3
			continue
		case c == '"':
			for i++; i < len(q) && q[i] != '"' && q[i] != '\n'; i++ {
				if q[i] == '\\' {
					i++
				}
			}
			i++
			continue
		case c == '$' || c == '-' || '0' <= c && c <= '9':
			// Variables and numbers: the letters of "$first" or "1e5" are not names.
			for i++; i < len(q) && (isNameByte(q[i]) || q[i] == '.' || q[i] == '+' || q[i] == '-'); i++ {
			}
			continue
		case isNameByte(c):
			j := i + 1
			for j < len(q) && isNameByte(q[j]) {
				j++
			}
			name := q[i:j]
			i = j
			if parens > 0 {
				continue
			}
			switch {
			case afterDots:
				// "... on T" is an inline fragment; "...Name" a spread, whose fields are
				// counted where the fragment is defined.
				afterDots, afterOn = false, name == "on"
			case afterOn:
				afterOn, inline = false, true
			case directive:
				directive = false
			case len(sets) > 0:
				fields++
				if depth > maxDepth {
					return fmt.Sprintf("query too complex: fields nest deeper than %d (the depth allowed)", maxDepth)
				}
			}
			continue
		}
		i++
		switch {
		case c == '(':
			parens++
		case c == ')':
			parens = max(parens-1, 0)
		case parens > 0:
		case c == '.' && strings.HasPrefix(q[i-1:], "..."):
			i += 2
			afterDots, afterOn, inline = true, false, false
		case c == '@':
			directive = true
			if afterDots {
				afterDots, inline = false, true // "... @include(if: $x) {"
			}
		case c == ':' && len(sets) > 0:
			fields-- // the name before it is the alias of the field after it
		case c == '{':
			field := len(sets) == 0 || !(inline || afterDots)
			if len(sets) == 0 {
				if defs++; defs > maxDefinitions {
					return fmt.Sprintf("query too complex: the document has more than %d operations and fragments (the most allowed)", maxDefinitions)
				}
			}
			sets = append(sets, field)
			if field {
				depth++
			}
			afterDots, afterOn, inline, directive = false, false, false, false
		case c == '}':
			if n := len(sets); n > 0 {
				if sets[n-1] {
					depth--
				}
				sets = sets[:n-1]
			}
		}
		// Counted at braces, where no alias is waiting for its ":".
		if (c == '{' || c == '}') && fields > maxSelections {
			return tooManyFields(maxSelections)
		}
	}
	if fields > maxSelections {
		return tooManyFields(maxSelections)
	}
	return ""
}

func tooManyFields(most int) string {
	return fmt.Sprintf("query too complex: the document has more than %d field selections (the most allowed)", most)
}

// jsonErrorText names where a JSON body went wrong.
func jsonErrorText(err error, body []byte) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line := 1 + bytes.Count(body[:min(int(syn.Offset), len(body))], []byte("\n"))
		return fmt.Sprintf("%v (line %d, byte %d)", syn, line, syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("field %q must be %s, not %s", typ.Field, typ.Type, typ.Value)
	}
	return err.Error()
}

func (s *Server) writeRequestError(x exchange, e *requestError) {
	x.noteErrors(1, e.code)
	x.setHeader("Content-Type", jsonType)
	x.send(e.status, requestErrorBody(e))
}

// requestErrorBody is the GraphQL error answer to e.
func requestErrorBody(e *requestError) []byte {
	body, _ := json.Marshal(map[string]any{"errors": []any{map[string]any{
		"message": e.msg, "extensions": map[string]any{"code": e.code},
	}}})
	return body
}

// cors sets the CORS headers for an allowed Origin; it answers and returns false when the
// request must go no further (a preflight from an origin not allowed).
func (s *Server) cors(x exchange, method string) bool {
	origin := x.header("Origin")
	if origin == "" {
		return true
	}
	allowed := false
	for _, o := range s.cfg.CORSOrigins {
		if o == "*" || strings.EqualFold(o, origin) {
			allowed = true
			break
		}
	}
	x.addHeader("Vary", "Origin")
	if !allowed {
		if method == http.MethodOptions {
			s.writeRequestError(x, &requestError{http.StatusForbidden, CodeBadRequest, "origin " + origin + " is not in the server's CORS allow-list"})
			return false
		}
		return true
	}
	x.setHeader("Access-Control-Allow-Origin", origin)
	if method == http.MethodOptions {
		x.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		x.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization")
		x.setHeader("Access-Control-Max-Age", "600")
	}
	return true
}

// serveHealth answers whether the store can be read.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if _, err := s.store.Node(ctx, "healthz:probe"); err != nil && !errors.Is(err, graph.ErrNotFound) {
		w.WriteHeader(http.StatusServiceUnavailable)
		json.NewEncoder(w).Encode(map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	w.Write([]byte(`{"status":"ok"}` + "\n"))
}
