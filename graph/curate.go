package graph

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

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
		err := scanKeys(ctx, txn, []byte{tagKind}, func(item *badger.Item) error {
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
		err = scanKeys(ctx, txn, []byte{tagType}, func(item *badger.Item) error {
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
		return scanKeys(ctx, txn, []byte{tagArticle}, func(*badger.Item) error { st.Articles++; return nil })
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
