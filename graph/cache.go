package graph

import (
	"maps"
	"slices"
	"strconv"
	"unsafe"

	"github.com/dgraph-io/badger/v4"
)

// The node cache keeps decoded nodes, because a Badger point read costs several
// microseconds and a GraphQL answer reads the same few nodes over and over.
//
// Staleness is ruled out with s.gen: a reader notes gen before its read and stores what it
// read only if gen has not moved, checking under cacheMu; a writer, after its commit, drops
// the nodes it wrote and bumps gen under cacheMu. So a value read before a commit is either
// dropped by that commit's invalidation or never stored.

// cachedNode returns id's node from the cache, as a copy the caller may change.
func (s *Store) cachedNode(id string) (Node, bool) {
	if s.cacheMax <= 0 {
		return Node{}, false
	}
	s.cacheMu.RLock()
	n, ok := s.cache[id]
	s.cacheMu.RUnlock()
	if !ok {
		return Node{}, false
	}
	return copyNode(n), true
}

// cachePut stores n unless a write committed since gen was read.
func (s *Store) cachePut(gen uint64, n Node) {
	if s.cacheMax <= 0 {
		return
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.gen.Load() != gen {
		return
	}
	if len(s.cache) >= s.cacheMax {
		evict(s.cache, s.cacheMax, func(string, Node) bool { return len(s.cache) < s.cacheMax })
	}
	s.cache[n.ID] = n
}

// evict deletes entries of a full cache in map order, which is random: cheaper than LRU
// bookkeeping on every hit, and hot entries come back at once. deleted is told of each entry
// deleted and says whether the rest now leaves room; evict goes on past that until it has
// deleted about one entry in a thousand of size (the cache's capacity in entries), so that a
// full cache evicts once every so many insertions rather than on each. It deletes no more:
// the caller holds the cache's lock, and readers wait meanwhile (an eighth of a full
// 256 MiB page cache took tens of milliseconds to delete).
func evict[V any](m map[string]V, size int, deleted func(k string, v V) (room bool)) {
	least := size/1024 + 1
	n := 0
	for k, v := range m {
		delete(m, k)
		n++
		if deleted(k, v) && n >= least {
			return
		}
	}
}

// invalidate drops ids from the node cache and bumps the write generation (which also
// invalidates the Stats cache). Writers call it after they commit.
func (s *Store) invalidate(ids []string) {
	s.cacheMu.Lock()
	for _, id := range ids {
		delete(s.cache, id)
	}
	s.gen.Add(1)
	s.cacheMu.Unlock()
}

// readNode reads id through the cache; gen is s.gen as read before txn began.
func (s *Store) readNode(txn *badger.Txn, gen uint64, id string) (Node, bool, error) {
	if n, ok := s.cachedNode(id); ok {
		return n, true, nil
	}
	n, ok, err := getNode(txn, id)
	if ok && err == nil {
		s.cachePut(gen, copyNode(n))
	}
	return n, ok, err
}

// sharedName appends to dst the nodes of the alias-index entries for norm when the name
// cache has them and the node cache has every one of them. The nodes share their aliases and
// properties with the cache: read only. One read lock for the whole look-up: the lock's
// counter is shared by every reader, and each acquisition costs a cache-line transfer
// between cores.
func (s *Store) sharedName(norm string, dst []Node) ([]Node, bool) {
	if s.cacheMax <= 0 {
		return nil, false
	}
	s.cacheMu.RLock()
	defer s.cacheMu.RUnlock()
	ids, ok := s.names[norm]
	if !ok || s.namesGen != s.gen.Load() {
		return nil, false
	}
	for _, id := range ids {
		n, ok := s.cache[id]
		if !ok {
			return nil, false
		}
		dst = append(dst, n)
	}
	return dst, true
}

// cacheName remembers the node ids of norm's alias-index entries, read at generation gen.
// Any write empties the name cache (its entries would need the alias index to invalidate).
func (s *Store) cacheName(gen uint64, norm string, ids []string) {
	if s.cacheMax <= 0 {
		return
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.gen.Load() != gen {
		return
	}
	if s.namesGen != gen || s.names == nil {
		s.names, s.namesGen = make(map[string][]string), gen
	}
	if len(s.names) >= s.cacheMax {
		evict(s.names, s.cacheMax, func(string, []string) bool { return len(s.names) < s.cacheMax })
	}
	s.names[norm] = ids
}

// pageCost estimates the bytes a cached page holds: its map entry, its edges and the strings
// they point to. Predicate and kind names are shared by every edge, so they are not counted.
func pageCost(key string, p *EdgePage) int64 {
	const entry = 64 // the map's slot and the EdgePage header
	n := int64(entry + len(key) + len(p.Next))
	for i := range p.Edges {
		e := &p.Edges[i]
		n += int64(unsafe.Sizeof(*e)) + int64(len(e.ID)+len(e.Source)+len(e.Target)+len(e.Date)+
			len(e.Place)+len(e.RetractReason)+len(e.OtherName))
	}
	return n
}

// appendPageCacheKey appends the key of an evidence-free edge query to dst; it appends
// nothing when the query is not cached. Look-ups convert the bytes to a string in the map
// index, which Go does without allocating: a 2-hop question looks up a page per agreement.
func appendPageCacheKey(dst []byte, q *EdgeQuery) []byte {
	if !q.WithoutEvidence {
		return dst
	}
	dst = append(dst, q.Node...)
	dst = append(dst, 0, byte('0'+q.Direction))
	if q.IncludeRetracted {
		dst = append(dst, 'r')
	}
	dst = strconv.AppendInt(dst, int64(q.Limit), 10)
	for _, t := range q.Types {
		dst = append(dst, 0)
		dst = append(dst, t...)
	}
	dst = append(dst, 1)
	return append(dst, q.After...)
}

// cachedPage returns a copy of a cached evidence-free page.
func (s *Store) cachedPage(key []byte) (EdgePage, bool) {
	p, ok := s.sharedPage(key)
	if ok {
		// Edge holds only strings here (no evidence), so a copy of the slice is a deep copy.
		p.Edges = slices.Clone(p.Edges)
	}
	return p, ok
}

// sharedPage returns a cached evidence-free page itself, not a copy: its edges must not be
// changed.
func (s *Store) sharedPage(key []byte) (EdgePage, bool) {
	if s.pageBudget <= 0 || len(key) == 0 {
		return EdgePage{}, false
	}
	s.cacheMu.RLock()
	p, ok := s.pages[string(key)]
	ok = ok && s.pagesGen == s.gen.Load()
	s.cacheMu.RUnlock()
	return p, ok
}

// cachePage remembers page for key, read at generation gen. Any write empties the page cache.
func (s *Store) cachePage(gen uint64, key []byte, page EdgePage) {
	if s.pageBudget <= 0 || len(key) == 0 {
		return
	}
	cost := pageCost(string(key), &page)
	if cost > s.pageBudget/100 {
		return // a hub's page would push out a hundred others
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.gen.Load() != gen {
		return
	}
	if s.pagesGen != gen || s.pages == nil {
		s.pages, s.pagesGen, s.pagesBytes = make(map[string]EdgePage), gen, 0
	}
	if old, ok := s.pages[string(key)]; ok {
		delete(s.pages, string(key))
		s.pagesBytes -= pageCost(string(key), &old)
	}
	if s.pagesBytes+cost > s.pageBudget {
		evict(s.pages, len(s.pages), func(k string, p EdgePage) bool {
			s.pagesBytes -= pageCost(k, &p)
			return s.pagesBytes+cost <= s.pageBudget
		})
	}
	page.Edges = slices.Clone(page.Edges)
	s.pages[string(key)] = page
	s.pagesBytes += cost
}

func copyNode(n Node) Node {
	n.Aliases = slices.Clone(n.Aliases)
	n.Props = maps.Clone(n.Props)
	return n
}

// Generation is a counter bumped after every committed write (Write, Retract, an Importer's
// flush). A cache of answers computed from the store stays valid while it is unchanged:
// read it before computing and keep the answer only if it has not moved since; a reader that
// starts after a write returned always sees the new value.
func (s *Store) Generation() uint64 { return s.gen.Load() }
