package server

import (
	"context"
	"errors"
	"fmt"

	"github.com/entente-kg/entente/graph"
)

// Error codes carried in extensions.code; schema.graphql lists them for clients.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeBadCursor       = "BAD_CURSOR"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeWritesDisabled  = "WRITES_DISABLED"
	CodeBadRequest      = "BAD_REQUEST"
	CodeTooComplex      = "QUERY_TOO_COMPLEX"
	CodeValidation      = "GRAPHQL_VALIDATION_FAILED"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL"
)

// codedError is an error graphql-go reports with extensions.code: it looks for an
// Extensions method on the resolver's error itself, not on wrapped ones, so every resolver
// error goes through coded before it is returned.
type codedError struct {
	code string
	err  error
}

func (e *codedError) Error() string              { return e.err.Error() }
func (e *codedError) Unwrap() error              { return e.err }
func (e *codedError) Extensions() map[string]any { return map[string]any{"code": e.code} }
func newCoded(code, format string, a ...any) error {
	return &codedError{code, fmt.Errorf(format, a...)}
}

// coded gives err the extensions.code its cause calls for.
func coded(err error) error {
	if err == nil {
		return nil
	}
	var ce *codedError
	if errors.As(err, &ce) {
		if ce == err {
			return err
		}
		return &codedError{ce.code, err}
	}
	code := CodeInternal
	var unknown *graph.UnknownError
	switch {
	case errors.Is(err, graph.ErrBadCursor):
		code = CodeBadCursor
	case errors.Is(err, graph.ErrNotFound):
		code = CodeNotFound
	case errors.As(err, &unknown), errors.Is(err, graph.ErrInvalid):
		code = CodeBadUserInput
	case errors.Is(err, context.DeadlineExceeded):
		code = CodeTimeout
	case errors.Is(err, context.Canceled):
		code = CodeTimeout
	}
	return &codedError{code, err}
}
