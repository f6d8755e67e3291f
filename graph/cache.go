package graph

import (
	"maps"
	"slices"

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
		// Drop about an eighth, in map order (random): cheaper than LRU bookkeeping on
		// every hit, and hot nodes come back at once.
		drop := s.cacheMax/8 + 1
		for k := range s.cache {
			delete(s.cache, k)
			if drop--; drop == 0 {
				break
			}
		}
	}
	s.cache[n.ID] = n
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

func copyNode(n Node) Node {
	n.Aliases = slices.Clone(n.Aliases)
	n.Props = maps.Clone(n.Props)
	return n
}
