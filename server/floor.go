package server

import (
	"context"
	"log/slog"
	"net"
	"net/http"

	"github.com/valyala/fasthttp"
)

// FloorAnswer is the fixed answer ServeFloor gives: a valid GraphQL answer to the by-name
// question ({ actor(name: $n) { name } }), about as long as the real one.
const FloorAnswer = `{"data":{"actor":{"name":"Floor Republic"}}}`

// ServeFloor answers every request for /graphql with FloorAnswer, without reading the query
// or the store, through the same fasthttp server (options, timeouts, connection handling)
// that serves a *Server. It measures the floor of any GraphQL API on this machine: what the
// HTTP transport alone costs in latency and throughput, against which `entente serve` and
// PostgreSQL are compared. Other paths are 404. It stops like Serve when ctx is cancelled.
func ServeFloor(ctx context.Context, ln net.Listener, log *slog.Logger, ready func(addr net.Addr)) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	notFound := requestErrorBody(&requestError{http.StatusNotFound, CodeBadRequest, "not found: the floor answers /graphql only"})
	answer := []byte(FloorAnswer)
	h := func(c *fasthttp.RequestCtx) {
		c.SetContentType(jsonType)
		if string(c.Path()) != "/graphql" {
			c.SetStatusCode(http.StatusNotFound)
			c.SetBody(notFound)
			return
		}
		c.SetBody(answer)
	}
	return runFast(ctx, ln, newFastServer(h, DefaultConfig().MaxBodyBytes, log), ready)
}
