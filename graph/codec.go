package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"
)

// Values are encoded in a small binary form: strings as uvarint length + bytes, numbers as
// varints, floats as 8 bytes. It is several times smaller and faster than JSON, which matters
// on the 1-hop read path; the schema version key guards the layout.

var errBadValue = errors.New("malformed value")

type encoder struct{ b []byte }

func (e *encoder) str(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) byte(c byte)   { e.b = append(e.b, c) }
func (e *encoder) float(f float64) {
	e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(f))
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: truncated %s", errBadValue, what)
	}
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("number")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("number")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.b)) {
		d.fail("string")
		d.b = nil
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail("byte")
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail("float")
		d.b = nil
		return 0
	}
	f := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

// count reads a length and checks it against the bytes left, so a corrupt value cannot ask
// for a huge allocation.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail("list")
		return 0
	}
	return int(n)
}

// encodeNode writes kind, name, aliases and props (sorted by key, so equal nodes encode
// equally). The id is the key and is not repeated.
func encodeNode(dst []byte, n *Node) []byte {
	e := encoder{b: dst}
	e.str(string(n.Kind))
	e.str(n.Name)
	e.uint(uint64(len(n.Aliases)))
	for _, a := range n.Aliases {
		e.str(a)
	}
	keys := make([]string, 0, len(n.Props))
	for k := range n.Props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(n.Props[k])
	}
	return e.b
}

func decodeNode(id string, b []byte) (Node, error) {
	d := decoder{b: b}
	n := Node{ID: id}
	n.Kind = Kind(d.str())
	n.Name = d.str()
	if c := d.count(); c > 0 {
		n.Aliases = make([]string, c)
		for i := range n.Aliases {
			n.Aliases[i] = d.str()
		}
	}
	if c := d.count(); c > 0 {
		n.Props = make(map[string]string, c)
		for range c {
			k := d.str()
			n.Props[k] = d.str()
		}
	}
	if d.err != nil {
		return Node{}, fmt.Errorf("node %q: %w", id, d.err)
	}
	return n, nil
}

// modality ranks, strongest highest; 0 is unknown.
func modalityRank(m Modality) byte {
	switch m {
	case Asserted:
		return 3
	case Alleged:
		return 2
	case Planned:
		return 1
	}
	return 0
}

func rankModality(r byte) Modality {
	switch r {
	case 3:
		return Asserted
	case 2:
		return Alleged
	case 1:
		return Planned
	}
	return ""
}

// edgeHead is what the o/i index values hold: enough to answer a 1-hop question without the
// edge record.
type edgeHead struct {
	Date     string
	Place    string
	Modality byte
}

func encodeHead(dst []byte, h *edgeHead) []byte {
	e := encoder{b: dst}
	e.str(h.Date)
	e.str(h.Place)
	e.byte(h.Modality)
	return e.b
}

func decodeHead(b []byte) (edgeHead, error) {
	d := decoder{b: b}
	h := edgeHead{Date: d.str(), Place: d.str(), Modality: d.byte()}
	return h, d.err
}

// encodeIndexValue is the value of an o/i key: the edge head and the far end's kind and name.
func encodeIndexValue(dst []byte, h *edgeHead, other end) []byte {
	dst = encodeHead(dst, h)
	e := encoder{b: dst}
	e.str(string(other.kind))
	e.str(other.name)
	return e.b
}

// decodeIndexValue fills e's head fields and far end from an o/i value without copying
// strings it does not need.
func decodeIndexValue(b []byte, e *Edge) error {
	d := decoder{b: b}
	e.Date, e.Place = d.str(), d.str()
	e.Modality = rankModality(d.byte())
	e.OtherKind = Kind(d.str())
	e.OtherName = d.str()
	return d.err
}

// edgeRec is the edge record under E | edgeID.
type edgeRec struct {
	Src, Pred, Dst string
	edgeHead
	Retracted   bool
	Reason      string
	RetractedAt int64 // unix nanoseconds
}

func encodeEdgeRec(dst []byte, r *edgeRec) []byte {
	e := encoder{b: dst}
	e.str(r.Src)
	e.str(r.Pred)
	e.str(r.Dst)
	e.b = encodeHead(e.b, &r.edgeHead)
	if r.Retracted {
		e.byte(1)
	} else {
		e.byte(0)
	}
	e.str(r.Reason)
	e.int(r.RetractedAt)
	return e.b
}

func decodeEdgeRec(b []byte) (edgeRec, error) {
	d := decoder{b: b}
	var r edgeRec
	r.Src, r.Pred, r.Dst = d.str(), d.str(), d.str()
	r.Date, r.Place, r.Modality = d.str(), d.str(), d.byte()
	r.Retracted = d.byte() == 1
	r.Reason = d.str()
	r.RetractedAt = d.int()
	return r, d.err
}

func encodeEvidence(dst []byte, ev *Evidence) []byte {
	e := encoder{b: dst}
	e.str(ev.Article)
	e.str(ev.Sentence)
	e.int(int64(ev.Start))
	e.int(int64(ev.End))
	e.str(ev.Rule)
	e.float(ev.Confidence)
	e.str(ev.Date)
	e.str(string(ev.Modality))
	e.str(ev.ClaimedBy)
	return e.b
}

func decodeEvidence(b []byte) (Evidence, error) {
	d := decoder{b: b}
	var ev Evidence
	ev.Article = d.str()
	ev.Sentence = d.str()
	ev.Start = int(d.int())
	ev.End = int(d.int())
	ev.Rule = d.str()
	ev.Confidence = d.float()
	ev.Date = d.str()
	ev.Modality = Modality(d.str())
	ev.ClaimedBy = d.str()
	return ev, d.err
}

func encodeArticle(dst []byte, a *Article) []byte {
	e := encoder{b: dst}
	e.str(a.Title)
	e.str(a.Source)
	e.str(a.Published)
	e.str(a.URL)
	e.str(a.Text)
	if a.LoadedAt.IsZero() {
		e.int(0)
	} else {
		e.int(a.LoadedAt.UnixNano())
	}
	return e.b
}

func decodeArticle(id string, b []byte) (Article, error) {
	d := decoder{b: b}
	a := Article{ID: id}
	a.Title, a.Source, a.Published, a.URL, a.Text = d.str(), d.str(), d.str(), d.str(), d.str()
	if ns := d.int(); ns != 0 {
		a.LoadedAt = time.Unix(0, ns).UTC()
	}
	if d.err != nil {
		return Article{}, fmt.Errorf("article %q: %w", id, d.err)
	}
	return a, nil
}
