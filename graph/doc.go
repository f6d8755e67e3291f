// Package graph holds Entente's model (Node, Edge, Evidence, Article and the predicates) and
// Store, which persists it in Badger: Write merges a Batch atomically, an Importer
// bulk-loads, and Node, FindByName, Edges and the other reads answer from key-only index
// scans wherever they can. Only this package sees the key layout (keys.go) and the value
// encoding (codec.go); callers see node ids from NodeID, edge ids from EdgeID and opaque page
// cursors, and Open refuses a database of another schema version (ErrSchemaVersion) or one
// that another process holds (ErrLocked).
package graph
