package server

import (
	"log/slog"
	"time"
)

// Config holds the server's settings. The zero value of a field means its default (see
// DefaultConfig); Token and CORSOrigins are empty by default, which turns writes and
// cross-origin calls off.
type Config struct {
	// Token allows GraphQL writes to requests sending "Authorization: Bearer <Token>".
	// Empty: every write is refused with WRITES_DISABLED.
	Token string
	// CORSOrigins lists the origins (scheme://host[:port]) allowed to call /graphql from a
	// browser; "*" allows any origin (credentials are never allowed).
	CORSOrigins []string
	// PlaygroundDir is the directory holding the npm packages graphiql, react and react-dom
	// (the node_modules that `npm ci --prefix web` fills). Default "web/node_modules".
	PlaygroundDir string
	// MaxBodyBytes bounds a request body. Default 8 MiB (room for ingestArticles batches).
	MaxBodyBytes int64
	// MaxQueryLength bounds the query text in bytes. Default 32 KiB.
	MaxQueryLength int
	// MaxDepth bounds field nesting. Default 15: the standard introspection query (graphql-js,
	// GraphiQL) nests 13 deep.
	MaxDepth int
	// MaxSelections bounds the fields a query expands to after fragments. Default 2000.
	MaxSelections int
	// MaxFirst caps every `first` argument of a connection or list. Default 100.
	MaxFirst int
	// MaxListFirst caps the plain traversal lists (violated, signatories, ...). Default 1000.
	MaxListFirst int
	// RequestTimeout bounds one request's work. Default 10s.
	RequestTimeout time.Duration
	// MaxIngestArticles bounds the articles of one ingestArticles call. Default 1000.
	MaxIngestArticles int
	// ResponseCacheBytes bounds the cache of successful query answers, keyed by the exact
	// request and dropped whenever the store commits a write (see responseCache). Default
	// 64 MiB; negative turns the cache off. Answers larger than 1/64 of it are not kept.
	ResponseCacheBytes int64
	// Logger receives one structured line per request (never tokens or article texts).
	// Nil: no request logs.
	Logger *slog.Logger
}

// DefaultConfig returns the defaults documented on Config.
func DefaultConfig() Config {
	return Config{
		PlaygroundDir:     "web/node_modules",
		MaxBodyBytes:      8 << 20,
		MaxQueryLength:    32 << 10,
		MaxDepth:          15,
		MaxSelections:     2000,
		MaxFirst:          100,
		MaxListFirst:      1000,
		RequestTimeout:    10 * time.Second,
		MaxIngestArticles: 1000,
	}
}

// withDefaults fills the zero fields of c from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.PlaygroundDir == "" {
		c.PlaygroundDir = d.PlaygroundDir
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxQueryLength <= 0 {
		c.MaxQueryLength = d.MaxQueryLength
	}
	if c.MaxDepth <= 0 {
		c.MaxDepth = d.MaxDepth
	}
	if c.MaxSelections <= 0 {
		c.MaxSelections = d.MaxSelections
	}
	if c.MaxFirst <= 0 {
		c.MaxFirst = d.MaxFirst
	}
	if c.MaxListFirst <= 0 {
		c.MaxListFirst = d.MaxListFirst
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = d.RequestTimeout
	}
	if c.MaxIngestArticles <= 0 {
		c.MaxIngestArticles = d.MaxIngestArticles
	}
	return c
}
