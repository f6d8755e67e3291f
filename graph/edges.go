package graph

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

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
		stopped, err := scanAdj(ctx, it, seek, seg.prefix, q.IncludeRetracted, func(item *badger.Item, a, p, b []byte, retracted bool) (bool, error) {
			pred, ok := s.preds[string(p)]
			if !ok {
				return false, fmt.Errorf("%w: unknown predicate in key %q", errBadKey, item.Key())
			}
			if seg.skipSym && pred.Symmetric {
				return true, nil
			}
			return visit(seg, item, &pred, a, b, retracted)
		})
		if err != nil || stopped {
			return err
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
	return s.edges(ctx, q, s.cachedPage)
}

// EdgesShared is Edges for callers that only read what they get: a page from the cache is
// returned itself rather than copied (a hub's page of a hundred edges is ~20 KB), so the
// caller must not change its edges, which other callers are reading too.
func (s *Store) EdgesShared(ctx context.Context, q EdgeQuery) (EdgePage, error) {
	return s.edges(ctx, q, s.sharedPage)
}

// edges answers q from the page cache through cached (cachedPage or sharedPage) or from
// the store.
func (s *Store) edges(ctx context.Context, q EdgeQuery, cached func(key []byte) (EdgePage, bool)) (EdgePage, error) {
	if err := ctx.Err(); err != nil {
		return EdgePage{}, err
	}
	var room [128]byte
	key := appendPageCacheKey(room[:0], &q)
	if page, ok := cached(key); ok {
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

// EdgesBatch answers several edge queries, in order: what a GraphQL request asking for the
// relations of many actors needs, without a transaction per actor. Pages asked WithoutEvidence
// come from the page cache when it has them, as Edges' do; the others are read from one
// snapshot.
func (s *Store) EdgesBatch(ctx context.Context, qs []EdgeQuery) ([]EdgePage, error) {
	return s.edgesBatch(ctx, qs, s.cachedPage)
}

// EdgesBatchShared is EdgesBatch for callers that only read what they get; see EdgesShared.
func (s *Store) EdgesBatchShared(ctx context.Context, qs []EdgeQuery) ([]EdgePage, error) {
	return s.edgesBatch(ctx, qs, s.sharedPage)
}

func (s *Store) edgesBatch(ctx context.Context, qs []EdgeQuery, cached func(key []byte) (EdgePage, bool)) ([]EdgePage, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pages := make([]EdgePage, len(qs))
	var room [128]byte
	key := room[:0]
	var todo []int
	for i := range qs {
		key = appendPageCacheKey(key[:0], &qs[i])
		if p, ok := cached(key); ok {
			pages[i] = p
			continue
		}
		todo = append(todo, i)
	}
	if len(todo) == 0 {
		return pages, nil
	}
	gen := s.gen.Load()
	err := s.db.View(func(txn *badger.Txn) error {
		for _, i := range todo {
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
	for _, i := range todo {
		key = appendPageCacheKey(key[:0], &qs[i])
		s.cachePage(gen, key, pages[i])
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
	_, err := scanAdj(ctx, it, seek, prefix, q.IncludeRetracted, func(item *badger.Item, _, src, dst []byte, retracted bool) (bool, error) {
		return visit(item, &pred, src, dst, retracted)
	})
	return err
}

// scanAdj visits the adjacency keys under prefix from seek, split into their three parts,
// skipping retracted edges unless asked, and checking ctx every ctxEvery keys. It stops when
// fn returns false (stopped is then true) or an error.
func scanAdj(ctx context.Context, it *badger.Iterator, seek, prefix []byte, includeRetracted bool,
	fn func(item *badger.Item, a, p, b []byte, retracted bool) (bool, error)) (stopped bool, err error) {
	n := 0
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return false, err
			}
		}
		item := it.Item()
		retracted := item.UserMeta()&metaRetracted != 0
		if retracted && !includeRetracted {
			continue
		}
		a, p, b, ok := splitAdj(item.Key()[1:])
		if !ok {
			return false, fmt.Errorf("%w: %q", errBadKey, item.Key())
		}
		if more, err := fn(item, a, p, b, retracted); err != nil || !more {
			return err == nil, err
		}
	}
	return false, nil
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
