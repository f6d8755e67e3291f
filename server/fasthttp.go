package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/valyala/fasthttp"
	"github.com/valyala/fasthttp/fasthttpadaptor"
)

// ListenAndServe serves a *Server with fasthttp rather than net/http: on this project's
// questions net/http's per-request work (a goroutine, header maps, the response writer,
// the connection's background read) costs more CPU than answering, and client and server
// share the cores. /graphql is answered natively (serveExchange, as over net/http); every
// other path (playground, assets, /healthz) goes through fasthttpadaptor to the same
// ServeHTTP as before, so its behaviour does not change.

// maxHeaderBytes bounds a request's line and headers (fasthttp's read buffer, held per
// connection): room for a GET /graphql whose query is near MaxQueryLength.
const maxHeaderBytes = 64 << 10

// fastHandler answers every request of s; base is the context requests run under.
func (s *Server) fastHandler(base context.Context) fasthttp.RequestHandler {
	other := fasthttpadaptor.NewFastHTTPHandler(s)
	return func(c *fasthttp.RequestCtx) {
		// fasthttp does not recover handlers' panics (one would end the process): answer
		// 500 and log it, as net/http does.
		defer func() {
			if v := recover(); v != nil {
				s.log.ErrorContext(base, "handler panic", "panic", fmt.Sprint(v), "path", string(c.Path()))
				c.Response.Reset()
				c.SetConnectionClose()
				c.SetContentType(jsonType)
				c.SetStatusCode(http.StatusInternalServerError)
				c.SetBody(requestErrorBody(&requestError{http.StatusInternalServerError, CodeInternal, "internal error"}))
			}
		}()
		if string(c.Path()) != "/graphql" {
			other(c)
			return
		}
		x := &fastExchange{c: c}
		if !s.log.Enabled(base, slog.LevelInfo) {
			s.serveExchange(base, x)
			return
		}
		start := time.Now()
		s.serveExchange(base, x)
		d, status := time.Since(start), c.Response.StatusCode()
		// The line's strings (the remote address above all) are made only when it is logged:
		// at the default level a quick success is not, and building them costs allocations.
		if !s.log.Enabled(base, requestLevel(status, x.errs, d)) {
			return
		}
		s.logRequest(base, requestLine{
			method: string(c.Method()), path: "/graphql", status: status,
			bytes: len(c.Response.Body()), duration: d, remote: c.RemoteAddr().String(),
			op: x.op, errs: x.errs, code: x.code,
		})
	}
}

// fastExchange is an exchange over fasthttp.
type fastExchange struct {
	c    *fasthttp.RequestCtx
	op   string
	errs int
	code string
}

// method and header return the common values as constants: a string made from fasthttp's
// bytes is an allocation on every request.
func (x *fastExchange) method() string { return common(x.c.Method()) }

func (x *fastExchange) header(name string) string {
	if name == "Content-Type" {
		return common(x.c.Request.Header.ContentType())
	}
	return string(x.c.Request.Header.Peek(name))
}

// common returns b as a string, without allocating for the methods and content types
// GraphQL clients send.
func common(b []byte) string {
	for _, s := range [...]string{http.MethodPost, http.MethodGet, http.MethodOptions, "application/json", "application/graphql"} {
		if string(b) == s {
			return s
		}
	}
	return string(b)
}

func (x *fastExchange) queryParam(name string) string {
	return string(x.c.QueryArgs().Peek(name))
}

// readBody returns the body fasthttp has read already, within the limit the server set
// (Server.MaxRequestBodySize; fastErrorHandler answers larger ones).
func (x *fastExchange) readBody(limit int64, room int) ([]byte, *requestError) {
	body := x.c.PostBody()
	if int64(len(body)) > limit {
		return nil, bodyTooLarge(limit)
	}
	if room == 0 {
		return body, nil // valid until the handler returns, which is all serveExchange needs
	}
	return append(make([]byte, room, room+len(body)), body...), nil
}

func (x *fastExchange) setHeader(name, value string) { x.c.Response.Header.Set(name, value) }
func (x *fastExchange) addHeader(name, value string) { x.c.Response.Header.Add(name, value) }

// buffer is the response's own pooled body buffer, so that answering allocates none.
func (x *fastExchange) buffer() []byte { return x.c.Response.SwapBody(nil)[:0] }

func (x *fastExchange) send(status int, body []byte) {
	x.c.SetStatusCode(status)
	x.c.Response.SwapBody(body)
}

func (x *fastExchange) sendCopy(status int, body []byte) {
	x.c.SetStatusCode(status)
	x.c.Response.SetBody(body)
}

func (x *fastExchange) noteOp(op string)              { x.op = op }
func (x *fastExchange) noteErrors(n int, code string) { x.errs, x.code = n, code }

// fastErrorHandler answers requests fasthttp refused while reading them, as GraphQL
// errors like the handler's own; maxBody is the body limit the server was given.
func fastErrorHandler(log *slog.Logger, maxBody int64) func(c *fasthttp.RequestCtx, err error) {
	return func(c *fasthttp.RequestCtx, err error) {
		e := &requestError{http.StatusBadRequest, CodeBadRequest, "malformed HTTP request: " + err.Error()}
		var small *fasthttp.ErrSmallBuffer
		switch {
		case errors.Is(err, fasthttp.ErrBodyTooLarge):
			e = bodyTooLarge(maxBody)
		case errors.As(err, &small):
			e = &requestError{http.StatusRequestHeaderFieldsTooLarge, CodeBadRequest,
				fmt.Sprintf("request line and headers are larger than %d bytes: send long queries by POST", maxHeaderBytes)}
		case isTimeout(err):
			e = &requestError{http.StatusRequestTimeout, CodeBadRequest, "the request was not received in time"}
		}
		c.SetContentType(jsonType)
		c.SetStatusCode(e.status)
		c.SetBody(requestErrorBody(e))
		// fasthttp closes the connection after this answer, maybe with body bytes unread.
		if tc, ok := c.Conn().(*trackedConn); ok {
			tc.linger.Store(true)
		}
		if log.Enabled(context.Background(), slog.LevelInfo) {
			logRequest(context.Background(), log, requestLine{
				method: string(c.Method()), path: string(c.Path()), status: e.status,
				bytes: len(c.Response.Body()), remote: c.RemoteAddr().String(), errs: 1, code: e.code,
			})
		}
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// serveFast serves s on ln with fasthttp until ctx is cancelled, then stops accepting,
// waits at most shutdownTimeout for in-flight requests and closes what is left.
func serveFast(ctx context.Context, ln net.Listener, s *Server, ready func(addr net.Addr)) error {
	// Requests outlive ctx's cancellation: a graceful stop lets them finish.
	base := context.WithoutCancel(ctx)
	return runFast(ctx, ln, newFastServer(s.fastHandler(base), s.cfg.MaxBodyBytes, s.log), ready)
}

// newFastServer is the fasthttp server every fasthttp listener of this package runs (serve's
// and the benchmark floor's, see ServeFloor), so that both measure the same transport.
// maxBody bounds a request body; log receives fasthttp's own messages and refused requests.
func newFastServer(h fasthttp.RequestHandler, maxBody int64, log *slog.Logger) *fasthttp.Server {
	return &fasthttp.Server{
		Handler:      h,
		ErrorHandler: fastErrorHandler(log, maxBody),
		// The request line and headers must arrive within readHeaderTimeout (slow
		// clients cannot pin connections); HeaderReceived then gives the body readTimeout.
		ReadTimeout: readHeaderTimeout,
		HeaderReceived: func(*fasthttp.RequestHeader) fasthttp.RequestConfig {
			return fasthttp.RequestConfig{ReadTimeout: readTimeout}
		},
		WriteTimeout:                 writeTimeout,
		IdleTimeout:                  idleTimeout,
		ReadBufferSize:               maxHeaderBytes,
		MaxRequestBodySize:           int(min(maxBody, int64(^uint32(0)>>1))),
		DisablePreParseMultipartForm: true,
		NoDefaultServerHeader:        true,
		CloseOnShutdown:              true,
		Logger:                       fastLogger{log},
	}
}

// runFast serves srv on ln until ctx is cancelled, then stops accepting, waits at most
// shutdownTimeout for in-flight requests and closes what is left.
func runFast(ctx context.Context, ln net.Listener, srv *fasthttp.Server, ready func(addr net.Addr)) error {
	tl := &trackingListener{Listener: ln, conns: make(map[net.Conn]struct{})}
	return runUntilDone(ctx, ln.Addr(), ready, func() error { return srv.Serve(tl) },
		srv.ShutdownWithContext, tl.closeAll)
}

// trackingListener remembers open connections, so that those still busy when the graceful
// stop's wait ends can be closed (fasthttp's Shutdown waits for them indefinitely).
type trackingListener struct {
	net.Listener
	mu    sync.Mutex
	conns map[net.Conn]struct{}
}

func (l *trackingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	tc := &trackedConn{Conn: c, l: l}
	l.mu.Lock()
	l.conns[tc] = struct{}{}
	l.mu.Unlock()
	return tc, nil
}

func (l *trackingListener) closeAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for c := range l.conns {
		c.(*trackedConn).Conn.Close()
	}
	clear(l.conns)
}

type trackedConn struct {
	net.Conn
	l    *trackingListener
	once sync.Once
	// linger: the connection closes after a refused request whose body may still be on
	// its way; see Close.
	linger atomic.Bool
}

// Lingering bounds: how long and how much a refused request's unread body is drained.
const (
	lingerTime  = 500 * time.Millisecond
	lingerBytes = 64 << 20
)

// Close closes the connection. After a refused request (linger) it first ends its own
// side and drains what the client still sends, for a short while: closing a socket with
// unread input makes the kernel reset the connection, and the client, still sending the
// body, would see the reset instead of the answer (net/http lingers the same way).
func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.conns, c)
		c.l.mu.Unlock()
		if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok && c.linger.Load() {
			if cw.CloseWrite() == nil && c.Conn.SetReadDeadline(time.Now().Add(lingerTime)) == nil {
				io.CopyN(io.Discard, c.Conn, lingerBytes)
			}
		}
	})
	return c.Conn.Close()
}

// fastLogger sends fasthttp's own messages (accept errors and the like) to slog.
type fastLogger struct{ log *slog.Logger }

func (l fastLogger) Printf(format string, args ...any) {
	l.log.Warn("http server", "msg", fmt.Sprintf(format, args...))
}
