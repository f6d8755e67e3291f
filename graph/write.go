package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
)

// Write stores b atomically, in one Badger transaction. When b.Article is already stored,
// nothing is written and the summary says ArticlesSkipped=1. Edges must name nodes present in
// the batch or the store. Invalid input gives an error wrapping ErrInvalid (or
// ErrUnknownKind / ErrUnknownPredicate) that names the node or edge; a batch too big for one
// transaction gives an error wrapping ErrBatchTooBig, and nothing is written in either case.
func (s *Store) Write(ctx context.Context, b *Batch) (WriteSummary, error) {
	if err := ctx.Err(); err != nil {
		return WriteSummary{}, err
	}
	if b == nil {
		return WriteSummary{}, nil
	}
	if s.readOnly {
		return WriteSummary{}, fmt.Errorf("graph: write %s: the store %s is open read-only", batchName(b), s.dir)
	}
	if err := s.checkSpace(); err != nil {
		return WriteSummary{}, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	txn := s.db.NewTransaction(true)
	defer txn.Discard()
	// A store with no evidence yet gets the word-index marker with its first write, so that
	// it is never taken for one written before the index existed.
	err := markWordsIfEmpty(txn, txn.Set)
	var sum WriteSummary
	if err == nil {
		be := &postingTxn{txnBackend: txnBackend{txn: txn}}
		sum, err = s.apply(ctx, be, b)
		if err == nil {
			// In the same transaction as the evidence: the batch is stored with its words
			// or not at all.
			err = be.words.flush(txn.Set)
		}
	}
	if err == nil && ctx.Err() == nil {
		err = txn.Commit()
	} else if err == nil {
		err = ctx.Err()
	}
	switch {
	case errors.Is(err, badger.ErrTxnTooBig):
		return WriteSummary{}, fmt.Errorf("graph: write %s (%d nodes, %d edges): %w; split it, or load through NewImporter",
			batchName(b), len(b.Nodes), len(b.Edges), ErrBatchTooBig)
	case err != nil:
		return WriteSummary{}, fmt.Errorf("graph: write %s: %w", batchName(b), err)
	}
	if sum != (WriteSummary{ArticlesSkipped: sum.ArticlesSkipped}) {
		ids := make([]string, len(b.Nodes))
		for i, n := range b.Nodes {
			ids[i] = n.ID
			if ids[i] == "" {
				ids[i] = NodeID(n.Kind, n.Name)
			}
		}
		s.invalidate(ids)
	}
	return sum, nil
}

func batchName(b *Batch) string {
	if b.Article != nil {
		return fmt.Sprintf("article %q", b.Article.ID)
	}
	return "batch"
}

// backend is where apply reads and writes: a Badger transaction for Write, a sortedBatch
// plus an overlay of what it wrote for the Importer.
type backend interface {
	node(id string) (Node, bool, error)
	edge(h uint64) (edgeRec, bool, error)
	has(key []byte) (bool, error)
	set(key, val []byte, meta byte) error
	// wroteNode and wroteEdge tell the backend what apply just wrote, so that a backend whose
	// writes are not yet readable can still answer node and edge for them.
	wroteNode(n *Node)
	wroteEdge(h uint64, r *edgeRec)
	wroteKey(key []byte)
}

// txnBackend reads its own writes, so the wrote* methods have nothing to do.
type txnBackend struct{ txn *badger.Txn }

func (t *txnBackend) node(id string) (Node, bool, error) { return getNode(t.txn, id) }
func (t *txnBackend) edge(h uint64) (edgeRec, bool, error) {
	return getEdgeRec(t.txn, h)
}
func (t *txnBackend) has(key []byte) (bool, error) { return hasKey(t.txn, key) }
func (t *txnBackend) set(key, val []byte, meta byte) error {
	if meta == 0 {
		return t.txn.Set(key, val)
	}
	return t.txn.SetEntry(badger.NewEntry(key, val).WithMeta(meta))
}
func (t *txnBackend) wroteNode(*Node)            {}
func (t *txnBackend) wroteEdge(uint64, *edgeRec) {}
func (t *txnBackend) wroteKey([]byte)            {}

// postingTxn is Write's backend: a txnBackend that collects the word index as posting lists,
// which Write adds to the transaction before committing it. (Retract's txnBackend writes no
// evidence.)
type postingTxn struct {
	txnBackend
	words postings
}

func (t *postingTxn) addWords(h uint64, evidence []Evidence, evKeys [][]byte) {
	t.words.add(h, evidence, evKeys)
}

func getNode(txn *badger.Txn, id string) (Node, bool, error) {
	item, err := txn.Get(nodeKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return Node{}, false, nil
	}
	if err != nil {
		return Node{}, false, fmt.Errorf("read node %q: %w", id, err)
	}
	var n Node
	err = item.Value(func(v []byte) error {
		var derr error
		n, derr = decodeNode(id, v)
		return derr
	})
	return n, err == nil, err
}

func getEdgeRec(txn *badger.Txn, h uint64) (edgeRec, bool, error) {
	item, err := txn.Get(edgeKey(h))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return edgeRec{}, false, nil
	}
	if err != nil {
		return edgeRec{}, false, fmt.Errorf("read edge %s: %w", formatEdgeID(h), err)
	}
	var r edgeRec
	err = item.Value(func(v []byte) error {
		var derr error
		r, derr = decodeEdgeRec(v)
		return derr
	})
	if err != nil {
		return edgeRec{}, false, fmt.Errorf("edge %s: %w", formatEdgeID(h), err)
	}
	return r, true, nil
}

func hasKey(txn *badger.Txn, key []byte) (bool, error) {
	_, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// preparedEdge is one distinct edge of a batch, its duplicates folded in.
type preparedEdge struct {
	h        uint64
	src, dst string // canonical order (symmetric predicates: src <= dst)
	pred     Predicate
	date     string
	place    string
	modality byte
	evidence []Evidence
	index    int // position in Batch.Edges, for error messages
}

// apply validates b completely, then merges it into be. Nothing is written when validation
// fails; the article key is written last, so that a bulk load killed half-way re-does the
// article rather than skipping it.
func (s *Store) apply(ctx context.Context, be backend, b *Batch) (WriteSummary, error) {
	var sum WriteSummary
	if a := b.Article; a != nil {
		if err := validID(a.ID); err != nil {
			return sum, fmt.Errorf("%w: article: %v", ErrInvalid, err)
		}
		if err := checkDate(a.Published); err != nil {
			return sum, fmt.Errorf("%w: article %q: published: %v", ErrInvalid, a.ID, err)
		}
		stored, err := be.has(articleKey(a.ID))
		if err != nil {
			return sum, err
		}
		if stored {
			sum.ArticlesSkipped = 1
			return sum, nil
		}
	}
	nodes, err := prepareNodes(b.Nodes)
	if err != nil {
		return sum, err
	}
	// Read every stored version first, so that a kind clash is found before anything is
	// written (an Importer cannot take writes back). ends holds the canonical name and kind
	// of every edge end, which the index values repeat.
	olds := make([]*Node, len(nodes))
	ends := make(map[string]end, len(nodes))
	for i := range nodes {
		n := &nodes[i]
		old, ok, err := be.node(n.ID)
		if err != nil {
			return sum, err
		}
		ends[n.ID] = end{n.Name, n.Kind}
		if !ok {
			continue
		}
		if old.Kind != n.Kind {
			return sum, fmt.Errorf("%w: node %q is stored as a %s, the batch says %s", ErrInvalid, old.ID, old.Kind, n.Kind)
		}
		olds[i] = &old
		ends[n.ID] = end{old.Name, old.Kind}
	}
	edges, err := s.prepareEdges(be, b, ends)
	if err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}

	// Values are freshly encoded for every set: Badger keeps the slices until commit.
	for i := range nodes {
		n := &nodes[i]
		old := olds[i]
		if sb, ok := be.(*streamBuf); ok {
			// The stream import makes the node's keys from its final version when it writes.
			if old == nil {
				sum.NodesNew++
				sb.wroteNode(n)
				continue
			}
			sum.NodesMerged++
			if merged, _, changed := mergeNode(*old, n); changed {
				sb.wroteNode(&merged)
			}
			continue
		}
		if old == nil {
			sum.NodesNew++
			if err := be.set(nodeKey(n.ID), encodeNode(nil, n), 0); err != nil {
				return sum, err
			}
			if err := be.set(kindKey(n.Kind, n.ID), nil, 0); err != nil {
				return sum, err
			}
			if err := setAliases(be, n.ID, nil, append([]string{n.Name}, n.Aliases...)); err != nil {
				return sum, err
			}
			be.wroteNode(n)
			continue
		}
		sum.NodesMerged++
		merged, added, changed := mergeNode(*old, n)
		if !changed {
			continue
		}
		if err := be.set(nodeKey(n.ID), encodeNode(nil, &merged), 0); err != nil {
			return sum, err
		}
		if err := setAliases(be, n.ID, append([]string{old.Name}, old.Aliases...), added); err != nil {
			return sum, err
		}
		be.wroteNode(&merged)
	}

	for i := range edges {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return sum, err
			}
		}
		if err := mergeEdge(be, &edges[i], ends, &sum); err != nil {
			return sum, err
		}
	}

	if a := b.Article; a != nil {
		stored := *a
		if stored.LoadedAt.IsZero() {
			stored.LoadedAt = time.Now().UTC()
		}
		key := articleKey(a.ID)
		if err := be.set(key, encodeArticle(nil, &stored), 0); err != nil {
			return sum, err
		}
		be.wroteKey(key)
		sum.ArticlesNew = 1
	}
	return sum, nil
}

// prepareNodes validates nodes, fills in missing ids and folds repeated ids into one.
func prepareNodes(in []Node) ([]Node, error) {
	out := make([]Node, 0, len(in))
	pos := make(map[string]int, len(in))
	for i := range in {
		n := in[i]
		kind, err := parseKindFast(n.Kind)
		if err != nil {
			return nil, fmt.Errorf("node %d (%q): %w", i, n.Name, err)
		}
		n.Kind = kind
		if n.Name == "" || !utf8.ValidString(n.Name) {
			return nil, fmt.Errorf("%w: node %d (%s): name is empty or not UTF-8", ErrInvalid, i, kind)
		}
		if n.ID == "" {
			n.ID = NodeID(kind, n.Name)
		}
		if err := validID(n.ID); err != nil {
			return nil, fmt.Errorf("%w: node %d (%q): %v", ErrInvalid, i, n.Name, err)
		}
		for _, a := range n.Aliases {
			if !utf8.ValidString(a) {
				return nil, fmt.Errorf("%w: node %q: alias %q is not UTF-8", ErrInvalid, n.ID, a)
			}
		}
		if j, ok := pos[n.ID]; ok {
			if out[j].Kind != n.Kind {
				return nil, fmt.Errorf("%w: node %q appears as %s and as %s", ErrInvalid, n.ID, out[j].Kind, n.Kind)
			}
			out[j], _, _ = mergeNode(out[j], &n)
			continue
		}
		pos[n.ID] = len(out)
		n.Aliases = cleanAliases(n.Name, n.Aliases)
		out = append(out, n)
	}
	return out, nil
}

// parseKindFast is ParseKind without its allocations for kinds spelled as the constants.
func parseKindFast(k Kind) (Kind, error) {
	switch k {
	case KindPerson, KindState, KindOrganization, KindAgreement, KindAttack, KindPlace, KindArticle:
		return k, nil
	}
	return ParseKind(string(k))
}

// cleanAliases drops empty aliases, repeats and the name itself.
func cleanAliases(name string, aliases []string) []string {
	var out []string
	for _, a := range aliases {
		if a == "" || a == name || slices.Contains(out, a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// mergeNode merges n into old: old's name is kept (n's name becomes an alias when it
// differs), aliases are unioned, props added where old has none. It returns the aliases that
// were added and whether anything changed.
func mergeNode(old Node, n *Node) (Node, []string, bool) {
	var added []string
	addAlias := func(a string) {
		if a == "" || a == old.Name || slices.Contains(old.Aliases, a) {
			return
		}
		old.Aliases = append(slices.Clip(old.Aliases), a)
		added = append(added, a)
	}
	addAlias(n.Name)
	for _, a := range n.Aliases {
		addAlias(a)
	}
	changed := len(added) > 0
	copied := false
	for k, v := range n.Props {
		if _, ok := old.Props[k]; ok {
			continue
		}
		if !copied {
			// Copy before the first change so the caller's map is never modified.
			copied = true
			props := make(map[string]string, len(old.Props)+len(n.Props))
			for k2, v2 := range old.Props {
				props[k2] = v2
			}
			old.Props = props
		}
		old.Props[k] = v
		changed = true
	}
	return old, added, changed
}

// setAliases writes alias-index keys for the normalized forms of names not already indexed
// through have.
func setAliases(be backend, id string, have, names []string) error {
	seen := make(map[string]bool, len(have)+len(names))
	for _, h := range have {
		seen[normalizeAlias(h)] = true
	}
	for _, a := range names {
		norm := normalizeAlias(a)
		if norm == "" || seen[norm] {
			continue
		}
		seen[norm] = true
		if err := be.set(aliasKey(norm, id), nil, 0); err != nil {
			return err
		}
	}
	return nil
}

// prepareEdges validates edges (predicate, ids, dates, endpoints) and folds repeated facts
// into one.
func (s *Store) prepareEdges(be backend, b *Batch, ends map[string]end) ([]preparedEdge, error) {
	out := make([]preparedEdge, 0, len(b.Edges))
	pos := make(map[uint64]int, len(b.Edges))
	for i := range b.Edges {
		e := &b.Edges[i]
		name := func() string { return fmt.Sprintf("edge %d (%s —%s→ %s)", i, e.Source, e.Type, e.Target) }
		pred, ok := s.preds[e.Type]
		if !ok {
			_, err := LookupPredicate(e.Type)
			return nil, fmt.Errorf("%s: %w", name(), err)
		}
		for _, end := range [...]struct{ role, id string }{{"source", e.Source}, {"target", e.Target}, {"place", e.Place}} {
			if end.id == "" && end.role == "place" {
				continue
			}
			if _, known := ends[end.id]; known {
				continue // a node of the batch or the store: its id was checked already
			}
			if err := validID(end.id); err != nil {
				return nil, fmt.Errorf("%w: %s: %s: %v", ErrInvalid, name(), end.role, err)
			}
			if end.role == "place" {
				continue
			}
			n, ok, err := be.node(end.id)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, fmt.Errorf("%w: %s: %s node %q is neither in the batch nor in the store", ErrInvalid, name(), end.role, end.id)
			}
			ends[end.id] = endOf(&n)
		}
		if err := checkDateAndModality(e.Date, e.Modality); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name(), err)
		}
		src, dst := e.Source, e.Target
		if pred.Symmetric && dst < src {
			src, dst = dst, src
		}
		h := edgeHash(src, pred.Name, dst, pred.Symmetric)
		j, seen := pos[h]
		if !seen {
			j = len(out)
			pos[h] = j
			out = append(out, preparedEdge{h: h, src: src, dst: dst, pred: pred, index: i})
		}
		p := &out[j]
		p.date = earlierDate(p.date, e.Date)
		if p.place == "" {
			p.place = e.Place
		}
		p.modality = max(p.modality, modalityRank(e.Modality))
		for k := range e.Evidence {
			ev := e.Evidence[k]
			if err := checkEvidence(&ev); err != nil {
				return nil, fmt.Errorf("%w: %s: evidence %d: %v", ErrInvalid, name(), k, err)
			}
			if ev.Article == "" && b.Article != nil {
				ev.Article = b.Article.ID
			}
			p.date = earlierDate(p.date, ev.Date)
			p.modality = max(p.modality, modalityRank(ev.Modality))
			p.evidence = append(p.evidence, ev)
		}
	}
	return out, nil
}

// checkDateAndModality checks an edge's or an evidence's date and modality; the error says
// which and why, for the caller to prefix with where.
func checkDateAndModality(date string, m Modality) error {
	if err := checkDate(date); err != nil {
		return fmt.Errorf("date: %v", err)
	}
	if m != "" && modalityRank(m) == 0 {
		return fmt.Errorf("modality %q (want asserted, alleged or planned)", m)
	}
	return nil
}

// checkEvidence checks one evidence as every write path must (prepareEdges, and the stream
// import's fast path, which hands a batch that fails it to prepareEdges for the message).
func checkEvidence(ev *Evidence) error {
	if err := checkDateAndModality(ev.Date, ev.Modality); err != nil {
		return err
	}
	if !(ev.Confidence >= 0 && ev.Confidence <= 1) {
		return fmt.Errorf("confidence %v is not within 0..1", ev.Confidence)
	}
	if !utf8.ValidString(ev.Sentence) {
		return errors.New("sentence is not UTF-8")
	}
	return nil
}

// mergeEdge merges p into the stored edge (or creates it): evidence added unless already
// stored, date the earliest, modality the strongest, place the first known.
func mergeEdge(be backend, p *preparedEdge, ends map[string]end, sum *WriteSummary) error {
	rec, exists, err := be.edge(p.h)
	if err != nil {
		return err
	}
	if exists && (rec.Src != p.src || rec.Pred != p.pred.Name || rec.Dst != p.dst) {
		return fmt.Errorf("edge id %s of %s —%s→ %s collides with stored %s —%s→ %s",
			formatEdgeID(p.h), p.src, p.pred.Name, p.dst, rec.Src, rec.Pred, rec.Dst)
	}
	old := rec.edgeHead
	if !exists {
		rec = edgeRec{Src: p.src, Pred: p.pred.Name, Dst: p.dst}
		sum.EdgesNew++
	} else {
		sum.EdgesMerged++
	}
	rec.Date = earlierDate(rec.Date, p.date)
	if rec.Place == "" {
		rec.Place = p.place
	}
	rec.Modality = max(rec.Modality, p.modality)
	if rec.Modality == 0 {
		// A fact given with no modality at all is a plain statement.
		rec.Modality = modalityRank(Asserted)
	}
	// The new evidence's words go in before the evidence itself (see words.go), or, for a
	// backend writing postings, with the transaction that stores the evidence.
	fresh := p.evidence[:0:0]
	keys := make([][]byte, 0, len(p.evidence))
	for k := range p.evidence {
		ev := &p.evidence[k]
		key := evidenceKey(p.h, evidenceHash(ev))
		if exists || k > 0 {
			stored, err := be.has(key)
			if err != nil {
				return err
			}
			if stored {
				continue
			}
			if k > 0 && slices.ContainsFunc(keys, func(o []byte) bool { return bytes.Equal(o, key) }) {
				continue // repeated within the batch: has() cannot see it before it is set
			}
		}
		fresh = append(fresh, *ev)
		keys = append(keys, key)
	}
	if err := indexWords(be, p.h, fresh, keys); err != nil {
		return err
	}
	for k, key := range keys {
		if err := be.set(key, encodeEvidence(nil, &fresh[k]), 0); err != nil {
			return err
		}
		be.wroteKey(key)
		sum.EvidenceNew++
	}
	if exists && rec.edgeHead == old {
		return nil
	}
	return writeEdge(be, p.h, &rec, p.pred.Symmetric, ends[rec.Src], ends[rec.Dst])
}

// end is what the index repeats about an edge's far end.
type end struct {
	name string
	kind Kind
}

func endOf(n *Node) end { return end{n.Name, n.Kind} }

// writeEdge writes the edge record and its o/i index keys (both orientations for symmetric
// predicates, so either end finds it with one out-scan).
func writeEdge(be backend, h uint64, rec *edgeRec, symmetric bool, src, dst end) error {
	if sb, ok := be.(*streamBuf); ok {
		// The stream import makes these keys from the final record when it writes.
		sb.wroteEdge(h, rec)
		return nil
	}
	if err := be.set(edgeKey(h), encodeEdgeRec(nil, rec), 0); err != nil {
		return err
	}
	be.wroteEdge(h, rec)
	var meta byte
	if rec.Retracted {
		meta = metaRetracted
	}
	type entry struct {
		key   []byte
		other end
	}
	entries := []entry{
		{adjKey(tagOut, rec.Src, rec.Pred, rec.Dst), dst},
		{adjKey(tagIn, rec.Dst, rec.Pred, rec.Src), src},
	}
	if symmetric && rec.Src != rec.Dst {
		entries = append(entries,
			entry{adjKey(tagOut, rec.Dst, rec.Pred, rec.Src), src},
			entry{adjKey(tagIn, rec.Src, rec.Pred, rec.Dst), dst})
	}
	for _, e := range entries {
		if err := be.set(e.key, encodeIndexValue(nil, &rec.edgeHead, e.other), meta); err != nil {
			return err
		}
	}
	return be.set(typeKey(rec.Pred, rec.Src, rec.Dst), encodeHead(nil, &rec.edgeHead), meta)
}

// checkDate accepts "" and ISO-partial dates: YYYY, YYYY-MM, YYYY-MM-DD (a real day).
func checkDate(d string) error {
	layout := ""
	switch len(d) {
	case 0:
		return nil
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return fmt.Errorf("%q is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", d)
	}
	if _, err := time.Parse(layout, d); err != nil {
		return fmt.Errorf("%q is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", d)
	}
	return nil
}

// earlierDate returns the earlier of two ISO-partial dates, "" counting as unknown. When one
// is a prefix of the other ("2014" and "2014-03-18") they agree, and the more precise wins.
func earlierDate(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case len(a) < len(b) && b[:len(a)] == a:
		return b
	case len(b) < len(a) && a[:len(b)] == b:
		return a
	case b < a:
		return b
	}
	return a
}
