package graph

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSlug bounds the readable part of a node id so that a 10k-character name still makes a
// short key; longer slugs are cut and given a hash suffix to stay unique.
const maxSlug = 120

// maxAliasKey bounds the normalized alias stored in an index key. Lookups normalize and cut
// the same way and then compare full names, so a cut never gives a wrong match.
const maxAliasKey = 512

// NodeID is the stable id of the node of this kind and canonical name: the lowercase kind,
// ":", and a slug of the name (lowercase; every run of characters other than letters and
// digits becomes "-"; letters of any script kept), e.g. "person:vladimir-putin".
func NodeID(kind Kind, name string) string {
	var b strings.Builder
	b.Grow(len(kind) + 1 + len(name))
	for _, r := range string(kind) {
		b.WriteRune(unicode.ToLower(r))
	}
	b.WriteByte(':')
	start := b.Len()
	dash := false
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > start {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	id := b.String()
	slug := id[start:]
	if slug == "" || len(slug) > maxSlug {
		// Names with no letters or digits, or very long ones: keep what is readable and make
		// the id unique with a hash of the exact name.
		cut := slug
		if len(cut) > maxSlug {
			cut = cut[:maxSlug]
			for len(cut) > 0 && !utf8.ValidString(cut) {
				cut = cut[:len(cut)-1]
			}
			cut = strings.TrimRight(cut, "-")
		}
		h := fnv64(0, name)
		if cut != "" {
			cut += "-"
		}
		return fmt.Sprintf("%s%s%08x", id[:start], cut, uint32(h))
	}
	return id
}

// EdgeID is the stable id of the edge source —predicate→ target: 16 hex digits of a 64-bit
// FNV-1a hash of source, predicate and target. For symmetric predicates (met_with) the two
// ends are ordered first, so A–B and B–A get the same id.
func EdgeID(source, predicate, target string) string {
	p := lookupPredicate(predicate)
	sym := p != nil && p.Symmetric
	return formatEdgeID(edgeHash(source, predicate, target, sym))
}

// ArticleID is the id of an article with this text: 32 hex digits (the first 16 bytes) of
// its SHA-256, so the same text always gets the same id and loading it twice is a no-op.
func ArticleID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:16])
}

// edgeHash is EdgeID's number; sym says whether the predicate is symmetric.
func edgeHash(src, pred, dst string, sym bool) uint64 {
	if sym && dst < src {
		src, dst = dst, src
	}
	h := fnv64(fnvOffset, src)
	h = fnvByte(h, 0)
	h = fnv64(h, pred)
	h = fnvByte(h, 0)
	return fnv64(h, dst)
}

// containsEdgeID reports whether ids, sorted ascending, holds h. Edge ids are hashes spread
// over the whole uint64 range, so h sits near h's share of that range: the search starts
// there and widens until it brackets h, then bisects the bracket. Over the millions of ids a
// large import has written, that reads a few cache lines where a bisection of the whole
// slice reads twenty or more; ids spread unevenly only widen the bracket, never the answer.
func containsEdgeID(ids []uint64, h uint64) bool {
	n := len(ids)
	if n == 0 {
		return false
	}
	guess := int((h >> 32) * uint64(n) >> 32) // h/2^64 of n; n < 2^32, so no overflow
	lo, hi := 0, n
	for reach := 32; reach < n; reach *= 8 {
		l, r := max(guess-reach, 0), min(guess+reach, n)
		if (l == 0 || ids[l] <= h) && (r == n || ids[r-1] >= h) {
			lo, hi = l, r
			break
		}
	}
	_, ok := slices.BinarySearch(ids[lo:hi], h)
	return ok
}

func formatEdgeID(h uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], h)
	return hex.EncodeToString(b[:])
}

// parseEdgeID reverses formatEdgeID.
func parseEdgeID(id string) (uint64, bool) {
	if len(id) != 16 {
		return 0, false
	}
	var b [8]byte
	if _, err := hex.Decode(b[:], []byte(id)); err != nil {
		return 0, false
	}
	return binary.BigEndian.Uint64(b[:]), true
}

// evidenceHash identifies one evidence of an edge by article, span and rule: the same
// sentence found again by the same rule is the same evidence.
func evidenceHash(ev *Evidence) uint64 {
	h := fnv64(fnvOffset, ev.Article)
	h = fnvByte(h, 0)
	var b [16]byte
	binary.BigEndian.PutUint64(b[:], uint64(ev.Start))
	binary.BigEndian.PutUint64(b[8:], uint64(ev.End))
	h = fnv64(h, string(b[:]))
	h = fnv64(h, ev.Rule)
	if ev.Start == 0 && ev.End == 0 {
		// Evidence without a span (curated facts) is told apart by its sentence text.
		h = fnvByte(h, 0)
		h = fnv64(h, ev.Sentence)
	}
	return h
}

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

func fnv64(h uint64, s string) uint64 {
	if h == 0 {
		h = fnvOffset
	}
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * fnvPrime
}

// normalizeAlias is the form names take in the alias index: lowercase, ’ folded to ', a
// leading "the " dropped, surrounding punctuation and space trimmed, inner spaces collapsed.
func normalizeAlias(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == 0 || r == utf8.RuneError:
			continue
		case r == '’' || r == '‘' || r == '`':
			r = '\''
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	n := strings.TrimFunc(b.String(), trimAlias)
	if rest, ok := strings.CutPrefix(n, "the "); ok {
		n = strings.TrimFunc(rest, trimAlias)
	}
	if len(n) > maxAliasKey {
		n = n[:maxAliasKey]
		for len(n) > 0 && !utf8.ValidString(n) {
			n = n[:len(n)-1]
		}
	}
	return n
}

// trimAlias says which characters surround a name without being part of it: spaces,
// punctuation and symbols ("U.S." and "U.S" then meet as "u.s").
func trimAlias(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// validID reports whether id can be part of a key.
func validID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty id")
	case strings.IndexByte(id, 0) >= 0:
		return fmt.Errorf("id %q contains a NUL byte", id)
	case len(id) > 1024:
		return fmt.Errorf("id %.40q... is %d bytes long (at most 1024)", id, len(id))
	case !utf8.ValidString(id):
		return fmt.Errorf("id %q is not valid UTF-8", id)
	}
	return nil
}
