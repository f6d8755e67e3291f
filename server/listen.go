package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Timeouts of ListenAndServe: slow clients cannot pin connections.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 15 * time.Second
)

// ListenAndServe serves h on addr until ctx is cancelled, then stops accepting connections
// and waits (at most 15s) for in-flight requests, closing what is left. ready, when not nil,
// receives the bound address once listening (useful with port 0). A *Server is served by
// fasthttp (see fasthttp.go), any other handler by net/http.
func ListenAndServe(ctx context.Context, addr string, h http.Handler, ready func(addr net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	return Serve(ctx, ln, h, ready)
}

// Serve is ListenAndServe on an existing listener.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, ready func(addr net.Addr)) error {
	if s, ok := h.(*Server); ok {
		return serveFast(ctx, ln, s, ready)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    1 << 20,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	return runUntilDone(ctx, ln.Addr(), ready, func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}, srv.Shutdown, func() { srv.Close() })
}

// runUntilDone runs serve until it fails or ctx ends, then shuts down gracefully, waiting at
// most shutdownTimeout for in-flight requests before forceClose ends what is left. Both
// transports (net/http and fasthttp) stop this way.
func runUntilDone(ctx context.Context, addr net.Addr, ready func(addr net.Addr), serve func() error,
	shutdown func(context.Context) error, forceClose func()) error {
	errc := make(chan error, 1)
	go func() { errc <- serve() }()
	if ready != nil {
		ready(addr)
	}
	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", addr, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := shutdown(sctx); err != nil {
		forceClose()
		<-errc
		return fmt.Errorf("shutting down %s: %w", addr, err)
	}
	if err := <-errc; err != nil {
		return fmt.Errorf("serving on %s: %w", addr, err)
	}
	return nil
}
