package server

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// exchange is one request to /graphql and its answer, whichever HTTP server carries it:
// net/http (stdExchange, for Server.ServeHTTP and httptest) or fasthttp (fastExchange, for
// ListenAndServe). serveExchange holds the endpoint's logic once, so both give the same
// answers, errors, status codes and headers.
type exchange interface {
	method() string
	// header returns the request header name ("" when absent).
	header(name string) string
	// queryParam returns the URL query parameter name ("" when absent).
	queryParam(name string) string
	// readBody reads the request body, refusing more than limit bytes, into a slice with
	// room free bytes in front of it (the response cache's key header), so that a cached
	// request costs no copy.
	readBody(limit int64, room int) ([]byte, *requestError)
	setHeader(name, value string)
	addHeader(name, value string)
	// buffer returns an empty buffer to build the answer in; give it back through send.
	buffer() []byte
	// send writes the status and body; body must not be used afterwards (it may become the
	// response's own buffer). Headers are set before.
	send(status int, body []byte)
	// sendCopy is send for a body that others still hold (a cached answer).
	sendCopy(status int, body []byte)
	// noteOp and noteErrors tell the request log line which operation ran and how it
	// failed; never the body.
	noteOp(op string)
	noteErrors(n int, code string)
}

// stdExchange is an exchange over net/http.
type stdExchange struct {
	w    http.ResponseWriter
	r    *http.Request
	args url.Values // the parsed URL query, once asked for
}

func (x *stdExchange) method() string            { return x.r.Method }
func (x *stdExchange) header(name string) string { return x.r.Header.Get(name) }

func (x *stdExchange) queryParam(name string) string {
	if x.args == nil {
		x.args = x.r.URL.Query()
	}
	return x.args.Get(name)
}

func (x *stdExchange) readBody(limit int64, room int) ([]byte, *requestError) {
	// A body announced as too large is refused before a byte of it is read.
	if x.r.ContentLength > limit {
		return nil, bodyTooLarge(limit)
	}
	buf := bytes.NewBuffer(make([]byte, room, int64(room)+min(max(x.r.ContentLength, 0), limit)+bytes.MinRead))
	if _, err := buf.ReadFrom(http.MaxBytesReader(x.w, x.r.Body, limit)); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, bodyTooLarge(limit)
		}
		return nil, &requestError{http.StatusBadRequest, CodeBadRequest, "reading the request body: " + err.Error()}
	}
	return buf.Bytes(), nil
}

func (x *stdExchange) setHeader(name, value string) { x.w.Header().Set(name, value) }
func (x *stdExchange) addHeader(name, value string) { x.w.Header().Add(name, value) }

// buffer has room for a typical answer, so that writing it rarely grows the buffer.
func (x *stdExchange) buffer() []byte { return make([]byte, 0, 1024) }

func (x *stdExchange) send(status int, body []byte) {
	if status != http.StatusOK {
		x.w.WriteHeader(status)
	}
	if len(body) > 0 {
		x.w.Write(body)
	}
}

func (x *stdExchange) sendCopy(status int, body []byte) { x.send(status, body) }

func (x *stdExchange) noteOp(op string) {
	if lw, ok := x.w.(*logWriter); ok {
		lw.op = op
	}
}

func (x *stdExchange) noteErrors(n int, code string) {
	if lw, ok := x.w.(*logWriter); ok {
		lw.errs, lw.code = n, code
	}
}

func bodyTooLarge(limit int64) *requestError {
	return &requestError{http.StatusRequestEntityTooLarge, CodeBadRequest,
		fmt.Sprintf("request body is larger than %d bytes", limit)}
}
