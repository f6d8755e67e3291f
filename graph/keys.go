package graph

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// Key layout. Every key starts with one tag byte naming its kind. Variable-length parts
// (node ids, kinds, predicates, normalized aliases) are separated by 0x00, which none of them
// may contain (Write rejects ids with 0x00 and normalizeAlias drops it), so keys sharing a
// prefix sort by their parts in order: an out-index scan returns edges ordered by (type,
// target). Edge ids and evidence hashes are fixed 8-byte big-endian values.
//
// Why each index exists:
//   - o/i: "edges of type T out of X" and "into Y" are one prefix scan each; the key holds
//     the whole fact, so counting and listing need no value (key-only iteration). Badger's
//     UserMeta on these keys carries the retracted flag, also readable without the value.
//   - t: "every edge of type T" (EdgesByType, Stats) without a full scan; symmetric edges
//     appear once, in EdgeID's order.
//   - a: case-insensitive FindByName and name-prefix SearchNames.
//   - k: NodesByKind and per-kind Stats without decoding nodes.
//   - e: one key per evidence, so adding the same evidence twice rewrites the same key.
//   - w: "facts whose evidence has word W" (SearchEvidence): per-edge keys, one key-only
//     prefix scan sorted by edge id so that several words intersect by seeking, written by
//     the Importer; and posting lists, one key per word and transaction listing its edges,
//     written by Write and the GroupWriter with far fewer keys (words.go, postings.go).
const (
	tagMeta     byte = '!' // ! | name                                   → meta value (schema version)
	tagNode     byte = 'n' // n | nodeID                                 → encoded Node
	tagKind     byte = 'k' // k | kind | 0x00 | nodeID                   → empty
	tagAlias    byte = 'a' // a | normalized alias | 0x00 | nodeID       → empty
	tagEdge     byte = 'E' // E | edgeID (8 bytes)                       → edge record
	tagOut      byte = 'o' // o | src | 0x00 | predicate | 0x00 | dst    → edge head
	tagIn       byte = 'i' // i | dst | 0x00 | predicate | 0x00 | src    → edge head
	tagType     byte = 't' // t | predicate | 0x00 | src | 0x00 | dst    → edge head
	tagEvidence byte = 'e' // e | edgeID (8) | evidence hash (8)         → encoded Evidence
	tagArticle  byte = 'r' // r | articleID                              → encoded Article
	tagAudit    byte = 'x' // x | edgeID (8) | unix nanoseconds (8, BE)  → retraction record
	tagWord     byte = 'w' // w | evidence word | 0x00 | edgeID (8)      → empty
	//                        w | evidence word | 0x01 | groupID (8)     → posting list
)

const sep byte = 0x00

// UserMeta bits on o/i index keys.
const metaRetracted byte = 1

// schemaKey holds the on-disk layout version; Open refuses versions it does not know.
func schemaKey() []byte { return []byte{tagMeta, 's', 'c', 'h', 'e', 'm', 'a'} }

// importingKey marks a store an initial import is writing: the import's StreamWriter puts it
// first and the import deletes it once every table is in, so a store that still has it was
// left by a killed import (see dropInterruptedImport).
func importingKey() []byte { return []byte("!importing") }

// nodeKey is n | nodeID.
func nodeKey(id string) []byte {
	k := make([]byte, 0, 1+len(id))
	return append(append(k, tagNode), id...)
}

// kindKey is k | kind | 0x00 | nodeID.
func kindKey(kind Kind, id string) []byte {
	k := make([]byte, 0, 2+len(kind)+len(id))
	k = append(k, tagKind)
	k = append(k, kind...)
	k = append(k, sep)
	return append(k, id...)
}

// kindPrefix is k | kind | 0x00: every node of one kind.
func kindPrefix(kind Kind) []byte {
	k := make([]byte, 0, 2+len(kind))
	return append(append(append(k, tagKind), kind...), sep)
}

// aliasKey is a | normalized alias | 0x00 | nodeID.
func aliasKey(norm, id string) []byte {
	k := make([]byte, 0, 2+len(norm)+len(id))
	k = append(k, tagAlias)
	k = append(k, norm...)
	k = append(k, sep)
	return append(k, id...)
}

// aliasPrefix is a | normalized alias | 0x00: every node with exactly this alias.
func aliasPrefix(norm string) []byte {
	k := make([]byte, 0, 2+len(norm))
	return append(append(append(k, tagAlias), norm...), sep)
}

// edgeKey is E | edgeID (8 bytes).
func edgeKey(id uint64) []byte {
	k := make([]byte, 9)
	k[0] = tagEdge
	binary.BigEndian.PutUint64(k[1:], id)
	return k
}

// adjKey is tag | a | 0x00 | predicate | 0x00 | b, with tag tagOut (a=src, b=dst) or tagIn
// (a=dst, b=src).
func adjKey(tag byte, a, pred, b string) []byte {
	return appendAdj(make([]byte, 0, 3+len(a)+len(pred)+len(b)), tag, a, pred, b)
}

// typeKey is t | predicate | 0x00 | src | 0x00 | dst.
func typeKey(pred, src, dst string) []byte {
	return appendAdj(make([]byte, 0, 3+len(pred)+len(src)+len(dst)), tagType, pred, src, dst)
}

// appendAdj appends tag | a | 0x00 | b | 0x00 | c: the shape of adjacency and type keys.
func appendAdj(dst []byte, tag byte, a, b, c string) []byte {
	dst = append(dst, tag)
	dst = append(dst, a...)
	dst = append(dst, sep)
	dst = append(dst, b...)
	dst = append(dst, sep)
	return append(dst, c...)
}

// typePrefix is t | predicate | 0x00: every edge of one type.
func typePrefix(pred string) []byte {
	k := make([]byte, 0, 2+len(pred))
	return append(append(append(k, tagType), pred...), sep)
}

// adjPrefix is tag | node | 0x00, or tag | node | 0x00 | predicate | 0x00 when pred is given.
func adjPrefix(tag byte, node, pred string) []byte {
	k := make([]byte, 0, 3+len(node)+len(pred))
	k = append(k, tag)
	k = append(k, node...)
	k = append(k, sep)
	if pred != "" {
		k = append(k, pred...)
		k = append(k, sep)
	}
	return k
}

// evidenceKey is e | edgeID (8) | evidence hash (8).
func evidenceKey(edge, ev uint64) []byte {
	k := make([]byte, 17)
	k[0] = tagEvidence
	binary.BigEndian.PutUint64(k[1:], edge)
	binary.BigEndian.PutUint64(k[9:], ev)
	return k
}

// evidencePrefix is e | edgeID (8): every evidence of one edge.
func evidencePrefix(edge uint64) []byte {
	k := make([]byte, 9)
	k[0] = tagEvidence
	binary.BigEndian.PutUint64(k[1:], edge)
	return k
}

// articleKey is r | articleID.
func articleKey(id string) []byte {
	k := make([]byte, 0, 1+len(id))
	return append(append(k, tagArticle), id...)
}

// auditKey is x | edgeID (8) | unix nanoseconds (8, big-endian, so audits sort by time).
func auditKey(edge uint64, unixNano int64) []byte {
	k := make([]byte, 17)
	k[0] = tagAudit
	binary.BigEndian.PutUint64(k[1:], edge)
	binary.BigEndian.PutUint64(k[9:], uint64(unixNano))
	return k
}

// parsedKey is a key taken apart by parseKey; which fields are set depends on Tag.
type parsedKey struct {
	Tag      byte
	Meta     string // tagMeta
	Node     string // tagNode, tagKind, tagAlias: the node id
	Kind     Kind   // tagKind
	Alias    string // tagAlias: the normalized alias
	Edge     uint64 // tagEdge, tagEvidence, tagAudit, tagWord (per-edge key)
	Src, Dst string // tagOut, tagIn, tagType
	Pred     string // tagOut, tagIn, tagType
	Evidence uint64 // tagEvidence
	Time     int64  // tagAudit
	Article  string // tagArticle
	Word     string // tagWord
	Group    uint64 // tagWord (posting key): the transaction's group id
	Posting  bool   // tagWord: a posting key (its value lists the edges)
}

var errBadKey = errors.New("malformed key")

// parseKey reverses the constructors above. Truncated or unknown keys give an error wrapping
// errBadKey.
func parseKey(k []byte) (parsedKey, error) {
	if len(k) < 2 {
		return parsedKey{}, fmt.Errorf("%w: %q is too short", errBadKey, k)
	}
	p := parsedKey{Tag: k[0]}
	rest := k[1:]
	switch p.Tag {
	case tagMeta:
		p.Meta = string(rest)
	case tagNode:
		if bytes.IndexByte(rest, sep) >= 0 {
			return p, fmt.Errorf("%w: node key %q holds a separator", errBadKey, k)
		}
		p.Node = string(rest)
	case tagKind, tagAlias:
		i := bytes.IndexByte(rest, sep)
		if i < 0 || i == len(rest)-1 || (p.Tag == tagKind && i == 0) {
			return p, fmt.Errorf("%w: index key %q has no node id", errBadKey, k)
		}
		p.Node = string(rest[i+1:])
		if p.Tag == tagKind {
			p.Kind = Kind(rest[:i])
		} else {
			p.Alias = string(rest[:i])
		}
	case tagEdge:
		if len(rest) != 8 {
			return p, fmt.Errorf("%w: edge key %q is not 9 bytes", errBadKey, k)
		}
		p.Edge = binary.BigEndian.Uint64(rest)
	case tagOut, tagIn:
		a, pred, b, ok := splitAdj(rest)
		if !ok {
			return p, fmt.Errorf("%w: adjacency key %q does not have three parts", errBadKey, k)
		}
		p.Pred = string(pred)
		if p.Tag == tagOut {
			p.Src, p.Dst = string(a), string(b)
		} else {
			p.Dst, p.Src = string(a), string(b)
		}
	case tagType:
		pred, a, b, ok := splitAdj(rest)
		if !ok {
			return p, fmt.Errorf("%w: type key %q does not have three parts", errBadKey, k)
		}
		p.Pred, p.Src, p.Dst = string(pred), string(a), string(b)
	case tagEvidence, tagAudit:
		if len(rest) != 16 {
			return p, fmt.Errorf("%w: key %q is not 17 bytes", errBadKey, k)
		}
		p.Edge = binary.BigEndian.Uint64(rest)
		if p.Tag == tagEvidence {
			p.Evidence = binary.BigEndian.Uint64(rest[8:])
		} else {
			p.Time = int64(binary.BigEndian.Uint64(rest[8:]))
		}
	case tagArticle:
		p.Article = string(rest)
	case tagWord:
		// The word holds neither separator, and the 8 bytes after it are fixed: the
		// separator is the byte 9 from the end.
		i := len(rest) - 9
		if i < 1 || (rest[i] != sep && rest[i] != postingSep) || !validWord(rest[:i]) {
			return p, fmt.Errorf("%w: word key %q is not word | 0x00 | 8-byte edge id nor word | 0x01 | 8-byte group id", errBadKey, k)
		}
		p.Word = string(rest[:i])
		if id := binary.BigEndian.Uint64(rest[i+1:]); rest[i] == sep {
			p.Edge = id
		} else {
			p.Group, p.Posting = id, true
		}
	default:
		return p, fmt.Errorf("%w: unknown tag %q", errBadKey, p.Tag)
	}
	return p, nil
}

// splitAdj splits a | 0x00 | pred | 0x00 | b without allocating; all three parts must be
// non-empty.
func splitAdj(rest []byte) (a, pred, b []byte, ok bool) {
	i := bytes.IndexByte(rest, sep)
	if i <= 0 {
		return nil, nil, nil, false
	}
	j := bytes.IndexByte(rest[i+1:], sep)
	if j <= 0 {
		return nil, nil, nil, false
	}
	j += i + 1
	if j == len(rest)-1 {
		return nil, nil, nil, false
	}
	return rest[:i], rest[i+1 : j], rest[j+1:], true
}
