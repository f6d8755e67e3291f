package graph

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNotFound is returned when a node, edge or article does not exist.
var ErrNotFound = errors.New("not found")

// ErrUnknownKind is returned for a node kind Entente does not know.
var ErrUnknownKind = errors.New("unknown kind")

// ErrUnknownPredicate is returned for an edge type Entente does not know.
var ErrUnknownPredicate = errors.New("unknown predicate")

// ErrBadCursor is returned when a page cursor was not made by this store.
var ErrBadCursor = errors.New("bad cursor")

// ErrDiskFull is returned by writes when the database's file system is nearly full.
var ErrDiskFull = errors.New("not enough free disk space")

// ErrLocked is returned by Open when another process holds the database directory.
var ErrLocked = errors.New("database is locked by another process")

// UnknownError names the unknown value and lists what would have been accepted.
type UnknownError struct {
	What  string // "kind" or "predicate"
	Value string
	err   error
}

func (e *UnknownError) Error() string {
	var known []string
	if e.What == "kind" {
		for _, k := range Kinds() {
			known = append(known, string(k))
		}
	} else {
		for _, p := range Predicates() {
			known = append(known, p.Name)
		}
	}
	return fmt.Sprintf("unknown %s %q (known: %s)", e.What, e.Value, strings.Join(known, ", "))
}

func (e *UnknownError) Unwrap() error { return e.err }

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }

// ErrSchemaVersion is returned by Open for a database written by an unknown layout version.
var ErrSchemaVersion = errors.New("unsupported database schema version")

// ErrBatchTooBig is returned by Write when a batch does not fit in one Badger transaction;
// split the batch, or load through an Importer.
var ErrBatchTooBig = errors.New("batch too big for one transaction")

// ErrInvalid is wrapped by errors about malformed batches: empty names, bad ids, bad dates,
// edges whose nodes do not exist.
var ErrInvalid = errors.New("invalid input")
