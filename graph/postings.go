package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// Posting lists: the word index as the transactional writers (Write and the GroupWriter)
// write it. A text load used to write one key per distinct word per edge (wordKey), some 60%
// of all its keys, and Badger's single memtable writer spends about the same time on every
// key, however small. A transaction now writes one posting key per distinct word of the new
// evidence it stores, whose value lists the edges of that evidence having the word:
//
//	key:   w | word | 0x01 | group id (8, big-endian)
//	value: postingFormat | edge id (8, big-endian) ...   ascending, no repeats
//
// The 0x01 separator keeps postings apart from the per-edge keys w | word | 0x00 | edge id,
// which the Importer and IndexEvidenceWords still write and older stores hold: a word's
// per-edge keys stay one run sorted by edge id (so a search over an imported store seeks in
// them as before), its postings are the run right after it (0x01 sorts after 0x00 and before
// any byte a word holds), and a key says by itself which kind it is.
//
// The group id names the transaction's new evidence: an FNV-1a hash of its evidence keys.
// An evidence key is stored once and never deleted (a repeat is skipped, a re-run after a
// kill skips committed articles, retraction keeps evidence), so two transactions never share
// one, and two groups get the same id only by a 64-bit hash collision; a posting is never
// read and rewritten. That holds for batches with or without an article, which a hash of
// article ids would not give. An edge that gains evidence later is listed again in a later
// group: readers merge a word's postings and drop the repeats.
//
// Ids are stored whole rather than as varint deltas: edge ids are uniformly spread 64-bit
// hashes, so between n sorted ids the gaps are about 2^64/n and a varint of one takes 9 bytes
// until n passes 128 (the postings of a 5,000-article `entente bench` text load list 9.5 ids
// on average: 62,208 keys, 4.78 MB of values). Whole ids also let a reader count a posting
// by its length and binary-search it in place. The format byte leaves room for another
// encoding should large postings become common.

// postingSep separates the word from the group id in a posting key.
const postingSep byte = 0x01

// postingFormat is the first byte of every posting value.
const postingFormat byte = 1

var errBadPosting = errors.New("malformed posting list")

// postingPrefix is w | word | 0x01: every posting of word.
func postingPrefix(word string) []byte {
	k := make([]byte, 0, 2+len(word))
	return append(append(append(k, tagWord), word...), postingSep)
}

func appendPostingKey(dst, word []byte, group uint64) []byte {
	dst = append(dst, tagWord)
	dst = append(dst, word...)
	dst = append(dst, postingSep)
	return binary.BigEndian.AppendUint64(dst, group)
}

// appendPosting appends the value of a posting of ids, which must be ascending and unique.
func appendPosting(dst []byte, ids []uint64) []byte {
	dst = append(dst, postingFormat)
	for _, id := range ids {
		dst = binary.BigEndian.AppendUint64(dst, id)
	}
	return dst
}

// postingLen checks a posting value and returns how many ids it holds. A value that is
// empty, of another format, cut short or not strictly ascending gives an error wrapping
// errBadPosting.
func postingLen(v []byte) (int, error) {
	switch {
	case len(v) == 0:
		return 0, fmt.Errorf("%w: empty value", errBadPosting)
	case v[0] != postingFormat:
		return 0, fmt.Errorf("%w: format %d, want %d", errBadPosting, v[0], postingFormat)
	case len(v) == 1 || (len(v)-1)%8 != 0:
		return 0, fmt.Errorf("%w: %d bytes of ids is not a positive multiple of 8", errBadPosting, len(v)-1)
	}
	n := (len(v) - 1) / 8
	for i := 1; i < n; i++ {
		if postingID(v, i-1) >= postingID(v, i) {
			return 0, fmt.Errorf("%w: id %d (%016x) does not follow %016x", errBadPosting, i, postingID(v, i), postingID(v, i-1))
		}
	}
	return n, nil
}

// postingID is the i-th id of a checked posting value.
func postingID(v []byte, i int) uint64 { return binary.BigEndian.Uint64(v[1+8*i:]) }

// decodePosting appends the ids of posting value v to dst.
func decodePosting(dst []uint64, v []byte) ([]uint64, error) {
	n, err := postingLen(v)
	if err != nil {
		return dst, err
	}
	dst = slices.Grow(dst, n)
	for i := range n {
		dst = append(dst, postingID(v, i))
	}
	return dst, nil
}

// postingHas reports whether the checked posting v (n ids) holds id.
func postingHas(v []byte, n int, id uint64) bool {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if postingID(v, m) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < n && postingID(v, lo) == id
}

// postingBackend is a backend that writes the word index as posting lists (see setWordKeys):
// it is handed the words of the new evidence of each edge, and writes them with the rest of
// its transaction.
type postingBackend interface {
	addWords(h uint64, evidence []Evidence, evKeys [][]byte)
}

// postings collects the postings of one transaction at a time. Its vocabulary outlives the
// transaction, so that a writer of many groups (the GroupWriter) allocates nothing per word
// once the words are known.
type postings struct {
	vocab   map[string]int32 // word → index in words and lists
	words   []string
	lists   [][]uint64 // the current transaction's edges per word, unsorted, with repeats
	touched []int32    // words with a non-empty list
	group   uint64     // FNV-1a of the new evidence keys so far
	ws      wordSpans  // scratch
}

// maxVocab bounds a postings' vocabulary (~100 bytes a word); past it the vocabulary
// starts again with the next transaction.
const maxVocab = 1 << 20

// add records the words of evidence, the new evidence of edge h stored under evKeys. It
// returns how many Badger entries and bytes the flush will add for them at most (counted as
// GroupWriter.set counts), so that a writer can keep its transaction within Badger's limits.
func (p *postings) add(h uint64, evidence []Evidence, evKeys [][]byte) (count, size int64) {
	for _, k := range evKeys {
		p.group = fnvBytes(p.group, k)
	}
	p.ws.buf, p.ws.spans = p.ws.buf[:0], p.ws.spans[:0]
	for i := range evidence {
		p.ws.add(evidence[i].Sentence)
	}
	if len(p.ws.spans) == 0 {
		return 0, 0
	}
	p.ws.sortUnique()
	if p.vocab == nil {
		p.vocab = make(map[string]int32)
	}
	for i := range p.ws.spans {
		w := p.ws.word(i)
		wi, ok := p.vocab[string(w)]
		if !ok {
			wi = int32(len(p.words))
			p.vocab[string(w)] = wi
			p.words = append(p.words, string(w))
			p.lists = append(p.lists, nil)
		}
		if len(p.lists[wi]) == 0 {
			p.touched = append(p.touched, wi)
			// A new key: tag, word, separator, group id, Badger's 2 + 10, the format byte.
			count++
			size += int64(len(w)) + 10 + 12 + 1
		}
		p.lists[wi] = append(p.lists[wi], h)
		size += 8
	}
	return count, size
}

// flush writes the collected postings through set and starts the next transaction.
func (p *postings) flush(set func(key, val []byte) error) error {
	defer p.reset()
	if len(p.touched) == 0 {
		return nil
	}
	size := 0
	for _, wi := range p.touched {
		l := p.lists[wi]
		slices.Sort(l)
		// The same edge comes twice when two batches of a group add evidence to it.
		l = slices.Compact(l)
		p.lists[wi] = l
		size += 10 + len(p.words[wi]) + 1 + 8*len(l)
	}
	// One arena for every key and value: Badger keeps the slices until commit.
	arena := make([]byte, 0, size)
	for _, wi := range p.touched {
		start := len(arena)
		arena = appendPostingKey(arena, []byte(p.words[wi]), p.group)
		key := arena[start:len(arena):len(arena)]
		start = len(arena)
		arena = appendPosting(arena, p.lists[wi])
		if err := set(key, arena[start:len(arena):len(arena)]); err != nil {
			return fmt.Errorf("write posting of %q: %w", p.words[wi], err)
		}
	}
	return nil
}

// reset drops what was collected (a flush, or a transaction given up).
func (p *postings) reset() {
	for _, wi := range p.touched {
		p.lists[wi] = p.lists[wi][:0]
	}
	p.touched = p.touched[:0]
	p.group = 0
	if len(p.words) > maxVocab {
		*p = postings{ws: p.ws}
	}
}

// fnvBytes continues the FNV-1a hash h (0 starts one) with b.
func fnvBytes(h uint64, b []byte) uint64 {
	if h == 0 {
		h = fnvOffset
	}
	for _, c := range b {
		h = fnvByte(h, c)
	}
	return h
}
