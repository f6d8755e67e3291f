// Package entente holds the GraphQL schema, Entente's contract with its clients. The
// packages graph, loaders, server and cmd/entente build the knowledge graph behind it.
package entente

import _ "embed"

//go:embed schema.graphql
var schema string

// Schema returns the GraphQL schema (schema.graphql).
func Schema() string { return schema }
