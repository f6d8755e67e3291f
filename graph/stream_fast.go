package graph

import (
	"context"
	"slices"
	"unicode/utf8"
)

// The fast path of a stream import, for the batches curated facts make: nodes without
// aliases or props, edges between nodes of the batch, no article. apply, written for any
// backend, builds maps, edge records and keys per batch that the stream buffer turns back
// into numbers; applyFast merges such a batch straight into the buffer's numbered tables,
// with the same result (same nodes, edges, evidence and words, same counts) — stream tests
// check it key by key against Write.
//
// It validates the whole batch before it changes anything and leaves every batch it cannot
// take as simply to apply (an invalid one, a node renamed within the batch, an edge an
// earlier stream wrote that is retracted or collides, ...), so that apply's errors and rare
// cases stay in one place. An edge an earlier stream wrote is common past the first stream
// of a large import (a popular pair comes back), and one such edge sent the whole batch to
// apply, so it is taken here: its record is read back once, as apply reads it.

// fastScratch is applyFast's working space, reused from batch to batch.
type fastScratch struct {
	ids   map[string]int32 // node id → its entry in nodes
	nodes []fastNode
	pos   map[uint64]int32 // edge id → its entry in edges
	edges []fastEdge
	evs   []fastEv
	fresh []Evidence
	hash  []uint64 // of fresh
	val   []byte
}

// fastNode is one distinct node of the batch.
type fastNode struct {
	n   *Node // its first occurrence
	num int32 // its number in the stream buffer once known
	old bool  // the buffer had it before the batch
}

// fastEdge is one distinct edge of the batch, as prepareEdges would prepare it.
type fastEdge struct {
	h           uint64
	src, dst    int32 // entries in fastScratch.nodes, in canonical order
	pred        uint8
	modality    byte
	date        string
	first, last int32 // its evidence, chained through fastScratch.evs
	idx         int32 // its entry in streamBuf.edges, -1 when not in this stream
	prev        bool  // an earlier stream wrote it (and idx is -1): old is its record
	old         edgeHead
}

type fastEv struct {
	ev   *Evidence
	next int32
}

func (sc *fastScratch) reset() {
	if sc.ids == nil {
		sc.ids = make(map[string]int32)
		sc.pos = make(map[uint64]int32)
	}
	clear(sc.ids)
	clear(sc.pos)
	clear(sc.nodes) // drop the batch's pointers for the collector
	clear(sc.evs)
	clear(sc.fresh)
	sc.nodes, sc.edges, sc.evs = sc.nodes[:0], sc.edges[:0], sc.evs[:0]
}

// applyFast merges bt into b as apply would and reports true, or reports false, having
// changed nothing, when bt is not a batch it takes.
func (b *streamBuf) applyFast(ctx context.Context, sc *fastScratch, bt *Batch) (WriteSummary, bool, error) {
	var sum WriteSummary
	if bt.Article != nil || b.err != nil || ctx.Err() != nil {
		return sum, false, nil
	}
	sc.reset()
	defer sc.reset()
	if !b.prepareFast(sc, bt) {
		return sum, false, nil
	}
	for i := range sc.nodes {
		f := &sc.nodes[i]
		if !f.old {
			sum.NodesNew++
			f.num = b.putNode(f.n)
			continue
		}
		sum.NodesMerged++
		// mergeNode can add only the name, as an alias: the batch's nodes have no more.
		if old := &b.nodes.list[f.num]; old.Name != f.n.Name {
			if merged, _, changed := mergeNode(*old, f.n); changed {
				b.putNode(&merged)
			}
		}
	}
	for i := range sc.edges {
		if err := b.mergeFast(sc, &sc.edges[i], &sum); err != nil {
			return sum, true, err
		}
	}
	return sum, true, nil
}

// kindCode numbers the kinds for streamNodes.kinds, whose bytes then fit in a core's cache
// where strings did not; 0 is any other string, which the fast path takes as a mismatch.
func kindCode(k Kind) uint8 {
	switch k {
	case KindPerson:
		return 1
	case KindState:
		return 2
	case KindOrganization:
		return 3
	case KindAgreement:
		return 4
	case KindAttack:
		return 5
	case KindPlace:
		return 6
	case KindArticle:
		return 7
	}
	return 0
}

// prepareFast validates bt and gathers its distinct nodes and edges into sc, as prepareNodes
// and prepareEdges do; false means apply must take the batch.
func (b *streamBuf) prepareFast(sc *fastScratch, bt *Batch) bool {
	for i := range bt.Nodes {
		n := &bt.Nodes[i]
		if k, err := parseKindFast(n.Kind); err != nil || k != n.Kind {
			return false // apply says what is wrong, or spells the kind as the constant
		}
		if n.ID == "" || n.Name == "" || len(n.Aliases) > 0 || len(n.Props) > 0 {
			return false
		}
		if j, ok := sc.ids[n.ID]; ok {
			if f := sc.nodes[j].n; f.Kind != n.Kind || f.Name != n.Name {
				return false
			}
			continue
		}
		f := fastNode{n: n, num: -1}
		if num, ok := b.nodes.idx[n.ID]; ok {
			if c := b.nodes.kinds[num]; c == 0 || c != kindCode(n.Kind) {
				return false
			}
			// The buffer took this id, and most often this very name, before: both were
			// checked then.
			if n.Name != b.nodes.list[num].Name && !utf8.ValidString(n.Name) {
				return false
			}
			f.num, f.old = num, true
		} else if !utf8.ValidString(n.Name) || validID(n.ID) != nil {
			return false
		}
		sc.ids[n.ID] = int32(len(sc.nodes))
		sc.nodes = append(sc.nodes, f)
	}
	for i := range bt.Edges {
		e := &bt.Edges[i]
		rank, ok := b.predRank[e.Type]
		if !ok || e.Place != "" {
			return false
		}
		pred := &b.preds[rank]
		s, ok1 := sc.ids[e.Source]
		d, ok2 := sc.ids[e.Target]
		if !ok1 || !ok2 || checkDateAndModality(e.Date, e.Modality) != nil {
			return false
		}
		src, dst := e.Source, e.Target
		if pred.Symmetric && dst < src {
			src, dst, s, d = dst, src, d, s
		}
		h := edgeHash(src, pred.Name, dst, pred.Symmetric)
		j, seen := sc.pos[h]
		if !seen {
			idx := int32(-1)
			if k, ok := b.edgeIdx.get(h); ok {
				// Another edge under the same id is a collision apply reports.
				se := &b.edges[k]
				if se.pred != rank || se.src != sc.nodes[s].num || se.dst != sc.nodes[d].num {
					return false
				}
				idx = k
			}
			f := fastEdge{h: h, src: s, dst: d, pred: rank, first: -1, last: -1, idx: idx}
			if idx < 0 {
				// As apply's mergeEdge reads it; a read error, a collision or a retracted
				// edge is apply's to report.
				rec, ok, err := b.earlierEdge(h)
				if err != nil || ok && (rec.Retracted || rec.Pred != pred.Name ||
					rec.Src != sc.nodes[s].n.ID || rec.Dst != sc.nodes[d].n.ID) {
					return false
				}
				f.prev, f.old = ok, rec.edgeHead
			}
			j = int32(len(sc.edges))
			sc.pos[h] = j
			sc.edges = append(sc.edges, f)
		}
		p := &sc.edges[j]
		p.date = earlierDate(p.date, e.Date)
		p.modality = max(p.modality, modalityRank(e.Modality))
		for k := range e.Evidence {
			ev := &e.Evidence[k]
			if checkEvidence(ev) != nil {
				return false
			}
			p.date = earlierDate(p.date, ev.Date)
			p.modality = max(p.modality, modalityRank(ev.Modality))
			c := int32(len(sc.evs))
			sc.evs = append(sc.evs, fastEv{ev: ev, next: -1})
			if p.last >= 0 {
				sc.evs[p.last].next = c
			} else {
				p.first = c
			}
			p.last = c
		}
	}
	return true
}

// mergeFast is mergeEdge for an edge prepareFast prepared.
func (b *streamBuf) mergeFast(sc *fastScratch, p *fastEdge, sum *WriteSummary) error {
	exists := p.idx >= 0 || p.prev
	old := p.old
	if p.idx >= 0 {
		old = b.head(&b.edges[p.idx])
	}
	if exists {
		sum.EdgesMerged++
	} else {
		sum.EdgesNew++
	}
	date := earlierDate(old.Date, p.date)
	modality := max(old.Modality, p.modality)
	if modality == 0 {
		modality = modalityRank(Asserted)
	}
	ei := p.idx
	if !exists || (p.prev && (date != old.Date || modality != old.Modality)) {
		// A new edge, or an earlier stream's whose record changes, goes in first, so that
		// its evidence chains to it. An earlier stream's unchanged record is not written
		// again, as apply does not; its new evidence then goes in evMore.
		ei = int32(len(b.edges))
		b.edgeIdx.put(p.h, ei)
		b.edges = append(b.edges, streamEdge{h: p.h, src: sc.nodes[p.src].num, dst: sc.nodes[p.dst].num,
			pred: p.pred, date: b.str(date), place: b.str(old.Place), modality: modality})
		// As wroteEdge counts a new edge.
		b.bytes += 32 + 24 + 4*16
	}
	sc.fresh, sc.hash = sc.fresh[:0], sc.hash[:0]
	k := 0
	for c := p.first; c >= 0; c, k = sc.evs[c].next, k+1 {
		ev := sc.evs[c].ev
		hash := evidenceHash(ev)
		if exists || k > 0 {
			if _, stored := b.findEv(ei, evKey{p.h, hash}); stored {
				continue
			}
			if p.prev {
				// Evidence the earlier stream wrote: apply's has() finds it.
				stored, err := b.has(evidenceKey(p.h, hash))
				if err != nil {
					return err
				}
				if stored {
					continue
				}
			}
			if k > 0 && slices.Contains(sc.hash, hash) {
				continue
			}
		}
		sc.fresh = append(sc.fresh, *ev)
		sc.hash = append(sc.hash, hash)
	}
	// The words go in before the evidence, as in mergeEdge.
	if err := setWordKeys(b, p.h, sc.fresh); err != nil {
		return err
	}
	for k := range sc.fresh {
		sc.val = encodeEvidence(sc.val[:0], &sc.fresh[k])
		// A new edge has no evidence in the buffer (an earlier stream's edge counts as
		// existing), and fresh holds no hash twice.
		b.putEvidence(ei, evKey{p.h, sc.hash[k]}, sc.val, !exists)
		sum.EvidenceNew++
	}
	if p.idx >= 0 && (date != old.Date || modality != old.Modality) {
		e := &b.edges[ei]
		e.date, e.modality = b.str(date), modality
	}
	return nil
}
