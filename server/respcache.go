package server

import (
	"sync"
)

// responseCache keeps the bodies of successful query answers, keyed by the request exactly as
// it arrived (method, content type and body, or the GET query string), so that a repeated
// question skips JSON decoding, GraphQL parsing, validation and execution. A frontend asking
// the same few questions over a graph that is not being loaded is the common case.
//
// Staleness is ruled out with the store's generation (graph.Store.Generation), bumped after
// every committed write: an answer is stored only if the generation read before executing it
// is still current afterwards, and the cache empties itself the first time it sees a newer
// generation. So a request that starts after a write returned never gets an answer computed
// before it. (An Importer makes its writes visible in windows and bumps the generation at
// each flush, so during a bulk load answers may lag it by up to one window, as the store's
// own caches do.)
type responseCache struct {
	maxBytes int // bound on the bytes of keys and bodies held
	maxEntry int // larger answers are not kept

	mu      sync.RWMutex
	gen     uint64
	entries map[string]cachedResponse
	bytes   int
}

// cachedResponse is one stored answer and the operation name for the request log.
type cachedResponse struct {
	body []byte
	op   string
}

// Size bounds of the response cache; see Config.ResponseCacheBytes.
const (
	defaultResponseCacheBytes = 64 << 20
	// entryOverhead approximates the map slot and headers of one entry.
	entryOverhead = 96
)

func newResponseCache(maxBytes int64) *responseCache {
	if maxBytes < 0 {
		return nil
	}
	if maxBytes == 0 {
		maxBytes = defaultResponseCacheBytes
	}
	return &responseCache{
		maxBytes: int(maxBytes),
		maxEntry: int(max(maxBytes/64, 1)),
		entries:  make(map[string]cachedResponse),
	}
}

// get returns the answer stored for key at generation gen (the store's current one).
func (c *responseCache) get(gen uint64, key []byte) (cachedResponse, bool) {
	c.mu.RLock()
	r, ok := c.entries[string(key)]
	ok = ok && c.gen == gen
	c.mu.RUnlock()
	return r, ok
}

// put stores body for key if it was computed at generation gen and gen is still current;
// now is the store's generation read after computing the answer.
func (c *responseCache) put(gen, now uint64, key []byte, r cachedResponse) {
	size := len(key) + len(r.body) + len(r.op) + entryOverhead
	if gen != now || size > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case gen < c.gen:
		return // a newer generation was seen meanwhile
	case gen > c.gen:
		clear(c.entries)
		c.gen, c.bytes = gen, 0
	}
	if _, ok := c.entries[string(key)]; ok {
		return
	}
	for c.bytes+size > c.maxBytes && len(c.entries) > 0 {
		// Drop about an eighth, in map order (random): cheaper than LRU bookkeeping on
		// every hit, and hot answers come back at once.
		drop := len(c.entries)/8 + 1
		for k, v := range c.entries {
			c.bytes -= len(k) + len(v.body) + len(v.op) + entryOverhead
			delete(c.entries, k)
			if drop--; drop == 0 {
				break
			}
		}
	}
	c.entries[string(key)] = r
	c.bytes += size
}

// len reports the number of entries, for tests.
func (c *responseCache) len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.entries)
}
