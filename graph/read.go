package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// ctxEvery is how many keys a scan reads between checks of its context.
const ctxEvery = 1024

// errStopScan ends a scanKeys walk early without an error.
var errStopScan = errors.New("graph: stop scan")

// scanKeys visits the keys under prefix without reading values, checking ctx every ctxEvery
// keys. A visit returning errStopScan ends the walk with no error.
func scanKeys(ctx context.Context, txn *badger.Txn, prefix []byte, visit func(item *badger.Item) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := visit(it.Item()); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return nil
}

// Node returns the node with id, or an error wrapping ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (Node, error) {
	if err := ctx.Err(); err != nil {
		return Node{}, err
	}
	if n, ok := s.cachedNode(id); ok {
		return n, nil
	}
	var n Node
	gen := s.gen.Load()
	err := s.db.View(func(txn *badger.Txn) error {
		var ok bool
		var err error
		n, ok, err = s.readNode(txn, gen, id)
		if err == nil && !ok {
			err = ErrNotFound
		}
		return err
	})
	if err != nil {
		return Node{}, fmt.Errorf("graph: node %q: %w", id, err)
	}
	return n, nil
}

// Nodes returns the nodes with the given ids in one read, in order; ids not stored are left
// out. It saves the per-call overhead of Node when resolving many edge ends.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]Node, error) {
	out := make([]Node, 0, len(ids))
	gen := s.gen.Load()
	err := s.db.View(func(txn *badger.Txn) error {
		for i, id := range ids {
			if i%ctxEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			n, ok, err := s.readNode(txn, gen, id)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, n)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: nodes: %w", err)
	}
	return out, nil
}

// FindByName returns the nodes whose name or alias equals name case-insensitively (a leading
// "the " ignored), restricted to kinds when given, best match first: canonical name written
// written exactly so, alias written exactly so, canonical name, other alias; ties by id. So
// "US" finds the United States (alias "US") before a place named "Us", and "us" the reverse.
func (s *Store) FindByName(ctx context.Context, name string, kinds ...Kind) ([]Node, error) {
	norm := normalizeAlias(name)
	if norm == "" {
		return nil, nil
	}
	nodes, shared, err := s.nameNodes(ctx, name, norm, nil)
	if err != nil {
		return nil, err
	}
	exact := strings.TrimSpace(name)
	type ranked struct {
		n    Node
		rank int
	}
	var found []ranked
	for _, n := range nodes {
		if !kindWanted(n.Kind, kinds) {
			continue
		}
		if r := nameRank(&n, exact, norm); r >= 0 {
			found = append(found, ranked{n, r})
		}
	}
	slices.SortStableFunc(found, func(a, b ranked) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return strings.Compare(a.n.ID, b.n.ID)
	})
	out := make([]Node, len(found))
	for i := range found {
		out[i] = found[i].n
		if shared {
			out[i] = copyNode(out[i])
		}
	}
	return out, nil
}

// FindBest returns the first node FindByName would return, and false when there is none.
// The node shares its aliases and properties with the store's cache: the caller must not
// change them. It is the look-up of every by-name question, so it allocates nothing when
// the name is cached.
func (s *Store) FindBest(ctx context.Context, name string, kinds ...Kind) (Node, bool, error) {
	norm := normalizeAlias(name)
	if norm == "" {
		return Node{}, false, nil
	}
	var room [4]Node
	nodes, _, err := s.nameNodes(ctx, name, norm, room[:0])
	if err != nil {
		return Node{}, false, err
	}
	exact := strings.TrimSpace(name)
	best, bestRank := -1, 0
	for i := range nodes {
		n := &nodes[i]
		if !kindWanted(n.Kind, kinds) {
			continue
		}
		r := nameRank(n, exact, norm)
		if r < 0 {
			continue
		}
		// FindByName's order: rank, then id (ids are distinct).
		if best < 0 || r < bestRank || (r == bestRank && n.ID < nodes[best].ID) {
			best, bestRank = i, r
		}
	}
	if best < 0 {
		return Node{}, false, nil
	}
	return nodes[best], true, nil
}

// nameNodes appends to dst the nodes of the alias-index entries for norm (name normalized).
// shared says they came from the cache and share their aliases and properties with it.
func (s *Store) nameNodes(ctx context.Context, name, norm string, dst []Node) (nodes []Node, shared bool, err error) {
	gen := s.gen.Load()
	if nodes, ok := s.sharedName(norm, dst); ok {
		return nodes, true, nil
	}
	nodes = dst
	err = s.db.View(func(txn *badger.Txn) error {
		ids, err := scanAliasIDs(ctx, txn, aliasPrefix(norm), 0, nil)
		if err != nil {
			return err
		}
		s.cacheName(gen, norm, ids)
		for _, id := range ids {
			n, ok, err := s.readNode(txn, gen, id)
			if err != nil {
				return err
			}
			if ok {
				nodes = append(nodes, n)
			}
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("graph: find %q: %w", name, err)
	}
	return nodes, false, nil
}

// nameRank ranks how n matches a looked-up name: 0 canonical name exactly, 1 alias exactly,
// 2 canonical name normalized, 3 alias normalized, -1 not at all (an index entry cut short).
func nameRank(n *Node, exact, norm string) int {
	if n.Name == exact {
		return 0
	}
	if slices.Contains(n.Aliases, exact) {
		return 1
	}
	if normalizeAlias(n.Name) == norm {
		return 2
	}
	for _, a := range n.Aliases {
		if normalizeAlias(a) == norm {
			return 3
		}
	}
	return -1
}

func kindWanted(k Kind, kinds []Kind) bool {
	return len(kinds) == 0 || slices.Contains(kinds, k)
}

// scanAliasIDs returns the distinct node ids of the alias keys under prefix, in key order,
// at most limit of them when limit > 0 (filtered by keep when not nil).
func scanAliasIDs(ctx context.Context, txn *badger.Txn, prefix []byte, limit int, keep func(id string) bool) ([]string, error) {
	opts := badger.IteratorOptions{Prefix: prefix}
	it := txn.NewIterator(opts)
	defer it.Close()
	var ids []string
	seen := make(map[string]bool)
	n := 0
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		k := it.Item().Key()
		i := bytes.IndexByte(k[1:], sep)
		if i < 0 {
			continue
		}
		id := string(k[i+2:])
		if seen[id] || (keep != nil && !keep(id)) {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
		if limit > 0 && len(ids) >= limit {
			break
		}
	}
	return ids, nil
}

// SearchNames returns nodes whose name or an alias starts with prefix (case-insensitive, in
// the normalized form of normalizeAlias), in alias order, at most limit (<= 0: no limit).
func (s *Store) SearchNames(ctx context.Context, prefix string, kinds []Kind, limit int) ([]Node, error) {
	norm := normalizeAlias(prefix)
	var out []Node
	gen := s.gen.Load()
	err := s.db.View(func(txn *badger.Txn) error {
		var nodes []Node
		var ferr error
		keep := func(id string) bool {
			n, ok, err := s.readNode(txn, gen, id)
			if err != nil {
				ferr = err
				return false
			}
			if !ok || !kindWanted(n.Kind, kinds) {
				return false
			}
			nodes = append(nodes, n)
			return true
		}
		_, err := scanAliasIDs(ctx, txn, append([]byte{tagAlias}, norm...), limit, keep)
		if err == nil {
			err = ferr
		}
		out = nodes
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: search %q: %w", prefix, err)
	}
	return out, nil
}

// pageKeys walks the keys under prefix after cursor, calling visit for up to limit of them
// (limit <= 0: all), and returns the cursor of the next page ("" when none is left).
func pageKeys(ctx context.Context, txn *badger.Txn, prefix []byte, after string, limit int, values bool,
	visit func(item *badger.Item) error) (string, error) {
	seek := prefix
	if after != "" {
		key, err := decodeCursor(after)
		if err != nil {
			return "", err
		}
		if !bytes.HasPrefix(key, prefix) {
			return "", fmt.Errorf("%w: the cursor is not from this query", ErrBadCursor)
		}
		seek = append(key, 0)
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: values, PrefetchSize: 16})
	defer it.Close()
	var last []byte
	n := 0
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return "", err
			}
		}
		if limit > 0 && n == limit {
			return encodeCursor(last), nil
		}
		n++
		if err := visit(it.Item()); err != nil {
			return "", err
		}
		last = it.Item().KeyCopy(last)
	}
	return "", nil
}

// NodesByKind pages through the nodes of one kind in id order (limit <= 0: all).
func (s *Store) NodesByKind(ctx context.Context, kind Kind, after string, limit int) (NodePage, error) {
	k, err := ParseKind(string(kind))
	if err != nil {
		return NodePage{}, fmt.Errorf("graph: nodes by kind: %w", err)
	}
	prefix := kindPrefix(k)
	var page NodePage
	gen := s.gen.Load()
	err = s.db.View(func(txn *badger.Txn) error {
		var err error
		page.Next, err = pageKeys(ctx, txn, prefix, after, limit, false, func(item *badger.Item) error {
			id := string(item.Key()[len(prefix):])
			n, ok, err := s.readNode(txn, gen, id)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("kind index names node %q, which is not stored", id)
			}
			page.Nodes = append(page.Nodes, n)
			return nil
		})
		return err
	})
	if err != nil {
		return NodePage{}, fmt.Errorf("graph: nodes of kind %s: %w", k, err)
	}
	return page, nil
}

// Article returns the article with id, or an error wrapping ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (Article, error) {
	if err := ctx.Err(); err != nil {
		return Article{}, err
	}
	var a Article
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(articleKey(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error {
			a, err = decodeArticle(id, v)
			return err
		})
	})
	if err != nil {
		return Article{}, fmt.Errorf("graph: article %q: %w", id, err)
	}
	return a, nil
}

// Articles pages through the stored articles in id order (limit <= 0: all).
func (s *Store) Articles(ctx context.Context, after string, limit int) (ArticlePage, error) {
	prefix := []byte{tagArticle}
	var page ArticlePage
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		page.Next, err = pageKeys(ctx, txn, prefix, after, limit, true, func(item *badger.Item) error {
			id := string(item.Key()[1:])
			return item.Value(func(v []byte) error {
				a, err := decodeArticle(id, v)
				page.Articles = append(page.Articles, a)
				return err
			})
		})
		return err
	})
	if err != nil {
		return ArticlePage{}, fmt.Errorf("graph: articles: %w", err)
	}
	return page, nil
}

// Warm reads through the name index, the nodes and the edge indexes once, key-only, so that
// their blocks are in Badger's block cache (as far as it holds them) before the first
// questions come: a server just started otherwise pays for every first touch of a block. It
// returns early when ctx is cancelled; run it in the background.
func (s *Store) Warm(ctx context.Context) error {
	err := s.db.View(func(txn *badger.Txn) error {
		for _, tag := range []byte{tagAlias, tagNode, tagOut, tagIn} {
			if err := ctx.Err(); err != nil {
				return err
			}
			prefix := []byte{tag}
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
			n := 0
			for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
				if n++; n%ctxEvery == 0 && ctx.Err() != nil {
					it.Close()
					return ctx.Err()
				}
			}
			it.Close()
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: warm %s: %w", s.dir, err)
	}
	return nil
}
