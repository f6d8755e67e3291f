package graph

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// ctxEvery is how many keys a scan reads between checks of its context.
const ctxEvery = 1024

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
	exact := strings.TrimSpace(name)
	type ranked struct {
		n    Node
		rank int
	}
	gen := s.gen.Load()
	nodes, hit := s.cachedName(norm)
	if !hit {
		err := s.db.View(func(txn *badger.Txn) error {
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
			return nil, fmt.Errorf("graph: find %q: %w", name, err)
		}
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
	}
	return out, nil
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

// segment is one prefix range of an edge scan.
type segment struct {
	prefix  []byte
	in      bool // an i-index range: the key's first node is the target
	skipSym bool // Both: the out-scan already gave symmetric edges
}

// segments lists q's ranges in result order: out before in, types in name order.
func (s *Store) segments(q *EdgeQuery) ([]segment, error) {
	if err := validID(q.Node); err != nil {
		return nil, fmt.Errorf("%w: edge query node: %v", ErrInvalid, err)
	}
	types := slices.Clone(q.Types)
	for _, t := range types {
		if _, ok := s.preds[t]; !ok {
			_, err := LookupPredicate(t)
			return nil, err
		}
	}
	slices.Sort(types)
	types = slices.Compact(types)
	var segs []segment
	add := func(tag byte, skipSym bool) {
		if len(types) == 0 {
			segs = append(segs, segment{adjPrefix(tag, q.Node, ""), tag == tagIn, skipSym})
			return
		}
		for _, t := range types {
			if skipSym && s.preds[t].Symmetric {
				continue
			}
			segs = append(segs, segment{adjPrefix(tag, q.Node, t), tag == tagIn, skipSym})
		}
	}
	switch q.Direction {
	case Out:
		add(tagOut, false)
	case In:
		add(tagIn, false)
	case Both:
		add(tagOut, false)
		add(tagIn, true)
	default:
		return nil, fmt.Errorf("%w: edge direction %d", ErrInvalid, q.Direction)
	}
	return segs, nil
}

// dirPrefix is the longest prefix shared by the leading segments of one direction.
func dirPrefix(segs []segment) []byte {
	p := segs[0].prefix
	for _, s := range segs[1:] {
		if s.in != segs[0].in {
			break
		}
		for !bytes.HasPrefix(s.prefix, p) {
			p = p[:len(p)-1]
		}
	}
	return p
}

// Cursors are "1" + base64url(last key returned); a cursor only resumes a query whose ranges
// contain its key.
func encodeCursor(key []byte) string {
	return "1" + base64.RawURLEncoding.EncodeToString(key)
}

func decodeCursor(c string) ([]byte, error) {
	if len(c) < 2 || c[0] != '1' {
		return nil, fmt.Errorf("%w: %q", ErrBadCursor, c)
	}
	k, err := base64.RawURLEncoding.DecodeString(c[1:])
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrBadCursor, c)
	}
	return k, nil
}

// edgeScan walks q's segments from its cursor, calling visit for each visible index entry.
// visit returns false to stop.
func (s *Store) edgeScan(ctx context.Context, txn *badger.Txn, q *EdgeQuery, after string,
	visit func(seg *segment, item *badger.Item, pred *Predicate, a, b []byte, retracted bool) (bool, error)) error {
	segs, err := s.segments(q)
	if err != nil {
		return err
	}
	first := 0
	var start []byte
	if after != "" {
		key, err := decodeCursor(after)
		if err != nil {
			return err
		}
		first = -1
		for i := range segs {
			if bytes.HasPrefix(key, segs[i].prefix) {
				first = i
				break
			}
		}
		if first < 0 {
			return fmt.Errorf("%w: the cursor is not from this query", ErrBadCursor)
		}
		start = append(key, 0) // the smallest key after the cursor's
	}
	var it *badger.Iterator
	defer func() {
		if it != nil {
			it.Close()
		}
	}()
	n := 0
	for i := first; i < len(segs); i++ {
		seg := &segs[i]
		if it == nil || seg.in != segs[i-1].in {
			// One iterator per direction, bounded by the node's prefix so that Badger skips
			// tables that cannot hold it. Values are read only by visitors that need them.
			if it != nil {
				it.Close()
			}
			it = txn.NewIterator(badger.IteratorOptions{Prefix: dirPrefix(segs[i:])})
		}
		seek := seg.prefix
		if i == first && start != nil {
			seek = start
		}
		for it.Seek(seek); it.ValidForPrefix(seg.prefix); it.Next() {
			if n++; n%ctxEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			item := it.Item()
			retracted := item.UserMeta()&metaRetracted != 0
			if retracted && !q.IncludeRetracted {
				continue
			}
			a, p, b, ok := splitAdj(item.Key()[1:])
			if !ok {
				return fmt.Errorf("%w: %q", errBadKey, item.Key())
			}
			pred, ok := s.preds[string(p)]
			if !ok {
				return fmt.Errorf("%w: unknown predicate in key %q", errBadKey, item.Key())
			}
			if seg.skipSym && pred.Symmetric {
				continue
			}
			more, err := visit(seg, item, &pred, a, b, retracted)
			if err != nil || !more {
				return err
			}
		}
	}
	return nil
}

// Edges returns one page of q.Node's edges, ordered by (direction, type, other node id).
// Edges are presented from q.Node's side: out-edges have Source q.Node, in-edges Target
// q.Node, and a symmetric edge (met_with) found through q.Node has it as Source in an
// out-scan. A cursor not made by the same query gives an error wrapping ErrBadCursor.
//
// Pages asked WithoutEvidence are cached until the next write: a server answering the same
// 1-hop questions over a graph that is not being loaded reads each page once.
func (s *Store) Edges(ctx context.Context, q EdgeQuery) (EdgePage, error) {
	if err := ctx.Err(); err != nil {
		return EdgePage{}, err
	}
	key := pageCacheKey(&q)
	if page, ok := s.cachedPage(key); ok {
		return page, nil
	}
	gen := s.gen.Load()
	var page EdgePage
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		page, err = s.edgesTxn(ctx, txn, &q)
		return err
	})
	if err != nil {
		return EdgePage{}, fmt.Errorf("graph: edges of %q: %w", q.Node, err)
	}
	s.cachePage(gen, key, page)
	return page, nil
}

// EdgesBatch answers several edge queries from one snapshot, in order: what a GraphQL
// request asking for the relations of many actors needs, without a transaction per actor.
func (s *Store) EdgesBatch(ctx context.Context, qs []EdgeQuery) ([]EdgePage, error) {
	pages := make([]EdgePage, len(qs))
	err := s.db.View(func(txn *badger.Txn) error {
		for i := range qs {
			var err error
			if pages[i], err = s.edgesTxn(ctx, txn, &qs[i]); err != nil {
				return fmt.Errorf("edges of %q: %w", qs[i].Node, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: %w", err)
	}
	return pages, nil
}

func (s *Store) edgesTxn(ctx context.Context, txn *badger.Txn, q *EdgeQuery) (EdgePage, error) {
	var page EdgePage
	var last []byte
	var evIt *badger.Iterator
	defer func() {
		if evIt != nil {
			evIt.Close()
		}
	}()
	err := s.edgeScan(ctx, txn, q, q.After, func(seg *segment, item *badger.Item, pred *Predicate, a, b []byte, retracted bool) (bool, error) {
		if q.Limit > 0 && len(page.Edges) == q.Limit {
			// One more visible edge exists: this page is not the last.
			page.Next = encodeCursor(last)
			return false, nil
		}
		e := Edge{Type: pred.Name, Retracted: retracted}
		if seg.in {
			e.Source, e.Target = string(b), q.Node
		} else {
			e.Source, e.Target = q.Node, string(b)
		}
		h := edgeHash(e.Source, e.Type, e.Target, pred.Symmetric)
		e.ID = formatEdgeID(h)
		err := item.Value(func(v []byte) error { return decodeIndexValue(v, &e) })
		if err != nil {
			return false, fmt.Errorf("edge %s: %w", e.ID, err)
		}
		if retracted {
			rec, ok, err := getEdgeRec(txn, h)
			if err != nil {
				return false, err
			}
			if ok {
				e.RetractReason = rec.Reason
			}
		}
		if !q.WithoutEvidence {
			if evIt == nil {
				evIt = txn.NewIterator(badger.IteratorOptions{})
			}
			if e.Evidence, err = readEvidence(evIt, h); err != nil {
				return false, err
			}
		}
		page.Edges = append(page.Edges, e)
		last = item.KeyCopy(last)
		return true, nil
	})
	return page, err
}

// readEvidence reads every evidence of edge h, in evidence-hash order.
func readEvidence(it *badger.Iterator, h uint64) ([]Evidence, error) {
	prefix := evidencePrefix(h)
	var out []Evidence
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		err := it.Item().Value(func(v []byte) error {
			ev, err := decodeEvidence(v)
			out = append(out, ev)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("evidence of edge %s: %w", formatEdgeID(h), err)
		}
	}
	return out, nil
}

// CountEdges counts q's edges without paging (After and Limit are ignored). It reads keys
// only.
func (s *Store) CountEdges(ctx context.Context, q EdgeQuery) (int, error) {
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		return s.edgeScan(ctx, txn, &q, "", func(*segment, *badger.Item, *Predicate, []byte, []byte, bool) (bool, error) {
			n++
			return true, nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("graph: count edges of %q: %w", q.Node, err)
	}
	return n, nil
}

// TypeQuery selects edges of one type across the whole graph.
type TypeQuery struct {
	Type             string
	After            string // cursor from a previous page
	Limit            int    // <= 0: no limit
	IncludeRetracted bool
	WithoutEvidence  bool
}

// EdgesByType returns one page of the edges of type q.Type, ordered by (source, target);
// symmetric edges come once, with Source and Target in EdgeID's order. OtherName and
// OtherKind stay empty. An unknown type gives an error wrapping ErrUnknownPredicate.
func (s *Store) EdgesByType(ctx context.Context, q TypeQuery) (EdgePage, error) {
	var page EdgePage
	err := s.db.View(func(txn *badger.Txn) error {
		var evIt *badger.Iterator
		defer func() {
			if evIt != nil {
				evIt.Close()
			}
		}()
		var last []byte
		return s.typeScan(ctx, txn, q, func(item *badger.Item, pred *Predicate, src, dst []byte, retracted bool) (bool, error) {
			if q.Limit > 0 && len(page.Edges) == q.Limit {
				page.Next = encodeCursor(last)
				return false, nil
			}
			e := Edge{Type: pred.Name, Source: string(src), Target: string(dst), Retracted: retracted}
			h := edgeHash(e.Source, e.Type, e.Target, pred.Symmetric)
			e.ID = formatEdgeID(h)
			err := item.Value(func(v []byte) error {
				head, err := decodeHead(v)
				e.Date, e.Place, e.Modality = head.Date, head.Place, rankModality(head.Modality)
				return err
			})
			if err != nil {
				return false, fmt.Errorf("edge %s: %w", e.ID, err)
			}
			if retracted {
				if rec, ok, err := getEdgeRec(txn, h); err != nil {
					return false, err
				} else if ok {
					e.RetractReason = rec.Reason
				}
			}
			if !q.WithoutEvidence {
				if evIt == nil {
					evIt = txn.NewIterator(badger.IteratorOptions{})
				}
				if e.Evidence, err = readEvidence(evIt, h); err != nil {
					return false, err
				}
			}
			page.Edges = append(page.Edges, e)
			last = item.KeyCopy(last)
			return true, nil
		})
	})
	if err != nil {
		return EdgePage{}, fmt.Errorf("graph: edges of type %q: %w", q.Type, err)
	}
	return page, nil
}

// CountEdgesByType counts the edges of one type (After and Limit are ignored). It reads keys
// only.
func (s *Store) CountEdgesByType(ctx context.Context, q TypeQuery) (int, error) {
	q.After = ""
	n := 0
	err := s.db.View(func(txn *badger.Txn) error {
		return s.typeScan(ctx, txn, q, func(*badger.Item, *Predicate, []byte, []byte, bool) (bool, error) {
			n++
			return true, nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("graph: count edges of type %q: %w", q.Type, err)
	}
	return n, nil
}

// typeScan walks the type index of q.Type from q.After, calling visit for each visible key.
func (s *Store) typeScan(ctx context.Context, txn *badger.Txn, q TypeQuery,
	visit func(item *badger.Item, pred *Predicate, src, dst []byte, retracted bool) (bool, error)) error {
	pred, ok := s.preds[q.Type]
	if !ok {
		_, err := LookupPredicate(q.Type)
		return err
	}
	prefix := typePrefix(pred.Name)
	seek := prefix
	if q.After != "" {
		key, err := decodeCursor(q.After)
		if err != nil {
			return err
		}
		if !bytes.HasPrefix(key, prefix) {
			return fmt.Errorf("%w: the cursor is not from this query", ErrBadCursor)
		}
		seek = append(key, 0)
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		item := it.Item()
		retracted := item.UserMeta()&metaRetracted != 0
		if retracted && !q.IncludeRetracted {
			continue
		}
		_, src, dst, ok := splitAdj(item.Key()[1:])
		if !ok {
			return fmt.Errorf("%w: %q", errBadKey, item.Key())
		}
		more, err := visit(item, &pred, src, dst, retracted)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// Edge returns the edge with id, with all its evidence, or an error wrapping ErrNotFound.
// Retracted edges are returned too, with Retracted set.
func (s *Store) Edge(ctx context.Context, id string) (Edge, error) {
	if err := ctx.Err(); err != nil {
		return Edge{}, err
	}
	h, ok := parseEdgeID(id)
	if !ok {
		return Edge{}, fmt.Errorf("graph: edge %q: %w", id, ErrNotFound)
	}
	var e Edge
	err := s.db.View(func(txn *badger.Txn) error {
		rec, ok, err := getEdgeRec(txn, h)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		e = recToEdge(h, &rec)
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		e.Evidence, err = readEvidence(it, h)
		return err
	})
	if err != nil {
		return Edge{}, fmt.Errorf("graph: edge %q: %w", id, err)
	}
	return e, nil
}

func recToEdge(h uint64, r *edgeRec) Edge {
	return Edge{
		ID: formatEdgeID(h), Source: r.Src, Type: r.Pred, Target: r.Dst,
		Date: r.Date, Place: r.Place, Modality: rankModality(r.Modality),
		Retracted: r.Retracted, RetractReason: r.Reason,
	}
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

// Stats returns the current counts. They are computed with key-only scans of the kind index,
// the type index and the article keys, and cached until the next write, so repeated calls are
// cheap; the first call after a write costs about a second per few million edges.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	gen := s.gen.Load()
	if s.stats != nil && s.statsGen == gen {
		return copyStats(s.stats), nil
	}
	st := Stats{Nodes: make(map[Kind]int), Edges: make(map[string]int)}
	err := s.db.View(func(txn *badger.Txn) error {
		scan := func(prefix []byte, visit func(item *badger.Item) error) error {
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
					return err
				}
			}
			return nil
		}
		err := scan([]byte{tagKind}, func(item *badger.Item) error {
			k := item.Key()[1:]
			i := bytes.IndexByte(k, sep)
			if i < 0 {
				return fmt.Errorf("%w: %q", errBadKey, item.Key())
			}
			st.Nodes[Kind(k[:i])]++
			return nil
		})
		if err != nil {
			return err
		}
		err = scan([]byte{tagType}, func(item *badger.Item) error {
			if item.UserMeta()&metaRetracted != 0 {
				return nil
			}
			k := item.Key()[1:]
			i := bytes.IndexByte(k, sep)
			if i < 0 {
				return fmt.Errorf("%w: %q", errBadKey, item.Key())
			}
			pred, ok := s.preds[string(k[:i])]
			if !ok {
				return fmt.Errorf("%w: unknown predicate in %q", errBadKey, item.Key())
			}
			st.Edges[pred.Name]++
			return nil
		})
		if err != nil {
			return err
		}
		return scan([]byte{tagArticle}, func(*badger.Item) error { st.Articles++; return nil })
	})
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	s.stats, s.statsGen = &st, gen
	return copyStats(&st), nil
}

func copyStats(st *Stats) Stats {
	c := Stats{Nodes: make(map[Kind]int, len(st.Nodes)), Edges: make(map[string]int, len(st.Edges)), Articles: st.Articles}
	for k, v := range st.Nodes {
		c.Nodes[k] = v
	}
	for k, v := range st.Edges {
		c.Edges[k] = v
	}
	return c
}

// Retraction is one entry of an edge's audit trail.
type Retraction struct {
	Time   time.Time
	Reason string
}

// Retract hides edge id from reads (unless IncludeRetracted), recording reason and time in
// the edge and in its audit trail (see Retractions). A missing edge gives an error wrapping
// ErrNotFound; an empty reason one wrapping ErrInvalid. Evidence is kept.
func (s *Store) Retract(ctx context.Context, id, reason string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if strings.TrimSpace(reason) == "" {
		return fmt.Errorf("graph: retract %q: %w: a reason is required", id, ErrInvalid)
	}
	if s.readOnly {
		return fmt.Errorf("graph: retract %q: the store %s is open read-only", id, s.dir)
	}
	h, ok := parseEdgeID(id)
	if !ok {
		return fmt.Errorf("graph: retract %q: %w", id, ErrNotFound)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.db.Update(func(txn *badger.Txn) error {
		rec, ok, err := getEdgeRec(txn, h)
		if err != nil {
			return err
		}
		if !ok {
			return ErrNotFound
		}
		now := time.Now().UTC()
		rec.Retracted, rec.Reason, rec.RetractedAt = true, reason, now.UnixNano()
		var ends [2]end
		for i, id := range []string{rec.Src, rec.Dst} {
			n, _, err := getNode(txn, id)
			if err != nil {
				return err
			}
			ends[i] = endOf(&n)
		}
		be := &txnBackend{txn: txn}
		if err := writeEdge(be, h, &rec, s.preds[rec.Pred].Symmetric, ends[0], ends[1]); err != nil {
			return err
		}
		e := encoder{}
		e.str(reason)
		return txn.Set(auditKey(h, now.UnixNano()), e.b)
	})
	if err != nil {
		return fmt.Errorf("graph: retract %q: %w", id, err)
	}
	s.invalidate(nil)
	return nil
}

// Retractions returns edge id's audit trail, oldest first.
func (s *Store) Retractions(ctx context.Context, id string) ([]Retraction, error) {
	h, ok := parseEdgeID(id)
	if !ok {
		return nil, fmt.Errorf("graph: retractions of %q: %w", id, ErrNotFound)
	}
	var out []Retraction
	err := s.db.View(func(txn *badger.Txn) error {
		prefix := auditKey(h, 0)[:9]
		_, err := pageKeys(ctx, txn, prefix, "", 0, true, func(item *badger.Item) error {
			p, err := parseKey(item.Key())
			if err != nil {
				return err
			}
			return item.Value(func(v []byte) error {
				d := decoder{b: v}
				r := Retraction{Time: time.Unix(0, p.Time).UTC(), Reason: d.str()}
				out = append(out, r)
				return d.err
			})
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: retractions of %q: %w", id, err)
	}
	return out, nil
}
