package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
)

// The evidence word index answers "which facts does a quote with these words support?"
// (SearchEvidence). It has two forms, which readers merge. The Importer (its sorted batches
// and its stream) and IndexEvidenceWords give each edge one key-only entry per distinct word of
// its evidence sentences (see wordKey), written before the evidence keys themselves, so that
// a load killed part-way and run again (which skips evidence already stored) never leaves
// evidence without its words. Write and the GroupWriter, whose transactions store whole
// articles, write one posting list per word and transaction instead (postings.go), in the
// transaction that stores the evidence.
//
// Stores written before the index existed have evidence but no word keys. The meta key
// wordsKey marks a store whose every evidence is indexed: it is set when the store holds no
// evidence yet, and after IndexEvidenceWords has indexed an older store. SearchEvidence on an
// unmarked store builds the index first (writable store) or scans the evidence (read-only).

// maxWordLen bounds an indexed word in bytes; longer runs of letters (URLs, hashes, pasted
// junk) are not words anyone searches for.
const maxWordLen = 40

// stopwords are English function words left out of the index: they occur in nearly every
// quote, so indexing them would cost many keys and select nothing. Sorted, for binary
// search; TestStopwordsSorted keeps it so. It is read only, like predicateTable.
var stopwords = [...]string{
	"a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
	"has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or",
	"s", "she", "that", "the", "their", "they", "this", "to", "was", "were", "which", "who",
	"will", "with",
}

func isStopword(w []byte) bool {
	// A hand-written binary search: string(w) in a comparison does not allocate.
	lo, hi := 0, len(stopwords)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if stopwords[m] < string(w) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(stopwords) && stopwords[lo] == string(w)
}

// textWords appends to dst the index words of text, in order and with repeats: maximal runs
// of Unicode letters and digits (with their combining marks), lower-cased, without
// stopwords and over-long runs.
func textWords(dst []string, text string) []string {
	var ws wordSpans
	ws.add(text)
	for i := range ws.spans {
		dst = append(dst, string(ws.word(i)))
	}
	return dst
}

// wordSpans holds index words as spans of one buffer, so that the write paths, which make
// a key of each word and keep no word, allocate no string per word.
type wordSpans struct {
	buf   []byte
	spans []wordSpan
}

type wordSpan struct{ off, end uint32 }

func (ws *wordSpans) word(i int) []byte { return ws.buf[ws.spans[i].off:ws.spans[i].end] }

// add appends the index words of text (see textWords).
func (ws *wordSpans) add(text string) {
	var scratch [maxWordLen + utf8.UTFMax]byte
	w := scratch[:0]
	long := false
	flush := func() {
		if len(w) > 0 && !long && !isStopword(w) {
			off := uint32(len(ws.buf))
			ws.buf = append(ws.buf, w...)
			ws.spans = append(ws.spans, wordSpan{off, uint32(len(ws.buf))})
		}
		w, long = scratch[:0], false
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf:
			flush()
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		case unicode.Is(unicode.Mn, r) && len(w) > 0:
			// Combining marks (as in decomposed accents) stay part of their word.
		default:
			flush()
			continue
		}
		if long || len(w)+utf8.RuneLen(r) > maxWordLen {
			long = true
			continue
		}
		w = utf8.AppendRune(w, r)
	}
	flush()
}

// sortUnique sorts the words and drops repeats.
func (ws *wordSpans) sortUnique() {
	slices.SortFunc(ws.spans, func(a, b wordSpan) int {
		return bytes.Compare(ws.buf[a.off:a.end], ws.buf[b.off:b.end])
	})
	ws.spans = slices.CompactFunc(ws.spans, func(a, b wordSpan) bool {
		return bytes.Equal(ws.buf[a.off:a.end], ws.buf[b.off:b.end])
	})
}

// queryWords is the sorted set of index words of a search text.
func queryWords(text string) []string {
	ws := textWords(nil, text)
	slices.Sort(ws)
	return slices.Compact(ws)
}

// wordKey is w | word | 0x00 | edgeID (8). Words hold no 0x00 (letters and digits only), so
// the keys of one word form the prefix range wordPrefix(word), sorted by edge id.
func wordKey(word string, edge uint64) []byte {
	k := make([]byte, 0, 10+len(word))
	return appendWordKey(k, word, edge)
}

func appendWordKey(dst []byte, word string, edge uint64) []byte {
	dst = append(dst, tagWord)
	dst = append(dst, word...)
	dst = append(dst, sep)
	return binary.BigEndian.AppendUint64(dst, edge)
}

// wordPrefix is w | word | 0x00: every edge whose evidence has word.
func wordPrefix(word string) []byte {
	k := make([]byte, 0, 2+len(word))
	return append(append(append(k, tagWord), word...), sep)
}

// wordsKey marks a store whose evidence is all in the word index.
func wordsKey() []byte { return []byte{tagMeta, 'w', 'o', 'r', 'd', 's'} }

// appendWordKeys appends the word-index keys of edge for the sentences of evidence, each
// distinct word once however many evidence items repeat it. It is the one place the write
// paths make word keys.
func appendWordKeys(dst [][]byte, edge uint64, evidence []Evidence) [][]byte {
	var ws wordSpans
	for i := range evidence {
		ws.add(evidence[i].Sentence)
	}
	if len(ws.spans) == 0 {
		return dst
	}
	ws.sortUnique()
	size := 0
	for _, sp := range ws.spans {
		size += 10 + int(sp.end-sp.off)
	}
	// One arena for all the keys: Badger keeps the slices until commit, and none is reused.
	arena := make([]byte, 0, size)
	dst = slices.Grow(dst, len(ws.spans))
	for i := range ws.spans {
		start := len(arena)
		arena = append(arena, tagWord)
		arena = append(arena, ws.word(i)...)
		arena = append(arena, sep)
		arena = binary.BigEndian.AppendUint64(arena, edge)
		dst = append(dst, arena[start:len(arena):len(arena)])
	}
	return dst
}

// indexWords indexes the words of evidence, the new evidence of edge h stored under evKeys:
// a backend that writes posting lists (postings.go) collects them for its transaction, the
// others (the Importer) get a key per word through set.
func indexWords(be backend, h uint64, evidence []Evidence, evKeys [][]byte) error {
	if pb, ok := be.(postingBackend); ok {
		pb.addWords(h, evidence, evKeys)
		return nil
	}
	return setWordKeys(be, h, evidence)
}

// setWordKeys writes the per-edge word keys of edge h for evidence through be.
func setWordKeys(be backend, h uint64, evidence []Evidence) error {
	for _, k := range appendWordKeys(nil, h, evidence) {
		if err := be.set(k, nil, 0); err != nil {
			return err
		}
	}
	return nil
}

// wordIndexState says whether every evidence of the store is in the word index (complete),
// and whether the wordsKey marker says so already (marked). A store without evidence is
// complete: whatever is written next brings its own words.
func wordIndexState(txn *badger.Txn) (complete, marked bool, err error) {
	if _, err := txn.Get(wordsKey()); err == nil {
		return true, true, nil
	} else if !errors.Is(err, badger.ErrKeyNotFound) {
		return false, false, fmt.Errorf("read word index marker: %w", err)
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{tagEvidence}})
	defer it.Close()
	it.Rewind()
	return !it.Valid(), false, nil
}

// markWordsIfEmpty sets the marker through set when the store txn sees holds no evidence
// yet, so that a store written by this version from the start is never reindexed.
func markWordsIfEmpty(txn *badger.Txn, set func(key, val []byte) error) error {
	complete, marked, err := wordIndexState(txn)
	if err != nil || marked || !complete {
		return err
	}
	return set(wordsKey(), nil)
}

// IndexEvidenceWords builds the word index of a store written before it existed (a store
// already indexed is left as it is, after one read). It runs under the write lock, reads
// every evidence once and writes its words in sorted batches, then marks the store; stopped
// part-way, it starts again next time (the keys are idempotent). SearchEvidence calls it
// when needed; calling it right after Open moves that cost out of the first search.
func (s *Store) IndexEvidenceWords(ctx context.Context) error {
	if s.readOnly {
		return fmt.Errorf("graph: index evidence words of %s: the store is open read-only", s.dir)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return s.indexEvidenceWordsLocked(ctx)
}

func (s *Store) indexEvidenceWordsLocked(ctx context.Context) error {
	var complete bool
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		complete, _, err = wordIndexState(txn)
		return err
	})
	if err != nil {
		return fmt.Errorf("graph: index evidence words of %s: %w", s.dir, err)
	}
	if complete {
		return s.markWords()
	}
	wb := newSortedBatch(s.db)
	err = s.db.View(func(txn *badger.Txn) error {
		return scanEvidence(ctx, txn, func(h uint64, evs []Evidence) error {
			for _, k := range appendWordKeys(nil, h, evs) {
				if err := wb.set(k, nil, 0); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err == nil {
		err = wb.flush()
	} else {
		wb.cancel()
	}
	if err == nil {
		err = s.markWords()
	}
	if err != nil {
		return fmt.Errorf("graph: index evidence words of %s: %w", s.dir, err)
	}
	return nil
}

func (s *Store) markWords() error {
	return s.db.Update(func(txn *badger.Txn) error {
		if _, err := txn.Get(wordsKey()); err == nil {
			return nil
		}
		return txn.Set(wordsKey(), nil)
	})
}

// scanEvidence calls fn with each edge's evidence, in edge-id order.
func scanEvidence(ctx context.Context, txn *badger.Txn, fn func(h uint64, evs []Evidence) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte{tagEvidence}, PrefetchValues: true, PrefetchSize: 100})
	defer it.Close()
	var cur uint64
	var evs []Evidence
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		p, err := parseKey(it.Item().Key())
		if err != nil {
			return err
		}
		if p.Edge != cur && len(evs) > 0 {
			if err := fn(cur, evs); err != nil {
				return err
			}
			evs = evs[:0]
		}
		cur = p.Edge
		err = it.Item().Value(func(v []byte) error {
			ev, err := decodeEvidence(v)
			evs = append(evs, ev)
			return err
		})
		if err != nil {
			return fmt.Errorf("evidence of edge %s: %w", formatEdgeID(cur), err)
		}
	}
	if len(evs) > 0 {
		return fn(cur, evs)
	}
	return nil
}

// EvidenceHit is one fact whose evidence holds every word of a SearchEvidence query.
type EvidenceHit struct {
	// Edge is the fact, with Evidence holding only its matching sentences: those with every
	// query word, or, when the words are spread over several sentences, those with any.
	Edge Edge
	// Full is how many of its sentences hold every query word.
	Full int
}

// maxEvidenceCandidates bounds the facts SearchEvidence reads to rank: a query of one common
// word ("russia") may be in the evidence of most of the graph. Past the bound the hits are
// the best of the first candidates in edge-id order (a stable but arbitrary sample).
const maxEvidenceCandidates = 500

// SearchEvidence returns at most limit facts whose evidence sentences hold every word of
// text (words are runs of letters and digits, case-insensitive; common function words such
// as "the" are ignored), best first: most sentences holding every word, then most sentences
// holding any, then edge id. Retracted facts are left out. A text with no searchable word,
// or a word no evidence has, gives no hits and no error.
//
// On a store written before the word index existed it builds the index first (see
// IndexEvidenceWords), or, when the store is read-only or a bulk import holds the write
// lock, answers by scanning every evidence.
func (s *Store) SearchEvidence(ctx context.Context, text string, limit int) ([]EvidenceHit, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	words := queryWords(text)
	if len(words) == 0 || limit <= 0 {
		return nil, nil
	}
	var hits []EvidenceHit
	for attempt := 0; ; attempt++ {
		complete := false
		err := s.db.View(func(txn *badger.Txn) error {
			var err error
			if complete, _, err = wordIndexState(txn); err != nil || (!complete && attempt == 0) {
				return err
			}
			var ids []uint64
			var unchecked bool
			if complete {
				ids, unchecked, err = intersectWords(ctx, txn, words)
			} else {
				ids, err = scanEvidenceWords(ctx, txn, words)
			}
			if err != nil {
				return err
			}
			hits, err = rankEvidenceHits(txn, ids, words, unchecked, limit)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("graph: search evidence for %q: %w", text, err)
		}
		if complete || attempt > 0 {
			return hits, nil
		}
		// An older store: index it now if this store may write and no import is running
		// (an Importer holds the lock until Close); otherwise the next View scans.
		if !s.readOnly && s.wmu.TryLock() {
			err := s.indexEvidenceWordsLocked(ctx)
			s.wmu.Unlock()
			if err != nil {
				return nil, fmt.Errorf("graph: search evidence for %q: %w", text, err)
			}
		}
	}
}

// intersectWords returns the ids of the edges indexed under every word, ascending, at most
// maxEvidenceCandidates of them: the smallest ids of the intersection, whichever form the
// index has. It first counts each word's entries (stopping past the smallest count so far
// or maxWordCount), then intersects from the rarest word: by walking and seeking per-edge
// keys, as it always did, when no word has postings (a store written by the Importer or an
// older version), and otherwise by gathering the rarest word's ids and keeping those every
// other word has.
//
// A posting cannot be sought by edge id, so checking a few ids against a common word would
// read all of its postings. When the rarest word has at most maxEvidenceCandidates ids and
// another word is much more common, that word is left unchecked (unchecked is then true):
// rankEvidenceHits reads those few edges' evidence anyway, and drops the edges whose
// evidence lacks a word, which is exactly what the index would have said.
func intersectWords(ctx context.Context, txn *badger.Txn, words []string) (ids []uint64, unchecked bool, err error) {
	ws := make([]wordStat, len(words))
	best := maxWordCount
	postings := false
	for i, w := range words {
		stop := best
		if len(words) == 1 {
			stop = 0 // nothing to order: only whether it has postings matters
		}
		st, err := countWord(ctx, txn, w, stop)
		if err != nil {
			return nil, false, err
		}
		if st.count() == 0 {
			return nil, false, nil
		}
		ws[i] = st
		best = min(best, st.count())
		postings = postings || st.postings
	}
	slices.SortFunc(ws, func(a, b wordStat) int {
		return cmp.Or(cmp.Compare(a.count(), b.count()), strings.Compare(a.word, b.word))
	})
	if !postings {
		ids, err = intersectEdgeKeys(ctx, txn, ws)
		return ids, false, err
	}
	// Only the smallest ids of the intersection are wanted: the rarest word's smallest
	// limit ids are matched, and the limit grows until enough of them are in every word's
	// index or the word has no more ids. Those ids are all below the rest, so the
	// intersection's ids among them are its smallest.
	limit := maxEvidenceCandidates
	if len(ws) > 1 {
		limit = 4 * maxEvidenceCandidates
	}
	for {
		ids, err = wordIDs(ctx, txn, ws[0].word, limit)
		all := len(ids) < limit
		for i := 1; i < len(ws) && len(ids) > 0 && err == nil; i++ {
			if all && len(ids) <= maxEvidenceCandidates && (ws[i].capped || ws[i].count() > evidenceCheckRatio*len(ids)) {
				unchecked = true
				continue
			}
			ids, err = keepWord(ctx, txn, &ws[i], ids)
		}
		if err != nil {
			return nil, false, err
		}
		if len(ws) == 1 || all || len(ids) >= maxEvidenceCandidates {
			return ids[:min(len(ids), maxEvidenceCandidates)], unchecked, ctx.Err()
		}
		limit *= 4
	}
}

// evidenceCheckRatio is how much more common than the candidates a word must be to be
// checked against their evidence rather than its postings: reading an edge's evidence costs
// about what reading a few postings does, and a posting of a text load lists about ten ids.
const evidenceCheckRatio = 4

// wordStat is what a count of one query word's index entries found.
type wordStat struct {
	word     string
	edgeKeys int  // per-edge keys counted
	posted   int  // ids in postings counted, from the values' sizes
	postings bool // whether the word has postings at all
	capped   bool // the count stopped early: there are more
}

func (s *wordStat) count() int { return s.edgeKeys + s.posted }

// maxWordCount bounds the counting of a word's entries: past it a word is common, and which
// of two common words is walked first matters little.
const maxWordCount = 50_000

// countWord counts word's entries, stopping once they pass stop (but always looking for a
// posting). A posting's ids are counted from its size without reading it (exact for values
// kept in the LSM tree, close for the rare ones in the value log): the count only orders
// the words.
func countWord(ctx context.Context, txn *badger.Txn, word string, stop int) (wordStat, error) {
	st := wordStat{word: word}
	// One iterator over w | word for both runs (creating one costs more than a short
	// scan): the per-edge keys (0x00), then the postings (0x01), then longer words.
	stem := wordPrefix(word)
	stem = stem[:len(stem)-1]
	it := txn.NewIterator(badger.IteratorOptions{Prefix: stem})
	defer it.Close()
	n := 0
	for it.Rewind(); it.Valid(); it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return wordStat{}, err
			}
		}
		k := it.Item().Key()
		if len(k) > len(stem) && k[len(stem)] == sep {
			if st.edgeKeys++; st.edgeKeys > stop {
				st.capped = true
				// Past the stop, only whether the word has postings matters.
				post := postingPrefix(word)
				it.Seek(post)
				st.postings = it.Valid() && bytes.HasPrefix(it.Item().Key(), post)
				break
			}
			continue
		}
		if len(k) <= len(stem) || k[len(stem)] != postingSep {
			break // a longer word
		}
		st.postings = true
		st.posted += max(1, int(it.Item().ValueSize()-1)/8)
		if st.count() > stop {
			st.capped = true
			break
		}
	}
	return st, nil
}

// intersectEdgeKeys intersects words indexed by per-edge keys only, ws sorted rarest first:
// it walks the rarest word's keys in edge-id order and checks each id against the other
// words with forward seeks on one iterator per word, stopping once it has enough.
func intersectEdgeKeys(ctx context.Context, txn *badger.Txn, ws []wordStat) ([]uint64, error) {
	type cursor struct {
		word string
		it   *badger.Iterator
		key  []byte // scratch for seek keys
	}
	cs := make([]cursor, len(ws))
	for i := range ws {
		cs[i] = cursor{word: ws[i].word, it: txn.NewIterator(badger.IteratorOptions{Prefix: wordPrefix(ws[i].word)})}
		defer cs[i].it.Close()
	}
	prefixLen := len(wordPrefix(cs[0].word))
	var ids []uint64
	n := 0
	it := cs[0].it
walk:
	for it.Rewind(); it.Valid() && len(ids) < maxEvidenceCandidates; it.Next() {
		if n++; n%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		id, err := edgeKeyID(it.Item().Key(), prefixLen)
		if err != nil {
			return nil, err
		}
		for i := 1; i < len(cs); i++ {
			c := &cs[i]
			c.key = appendWordKey(c.key[:0], c.word, id)
			c.it.Seek(c.key)
			if !c.it.Valid() {
				break walk // no larger id has this word
			}
			if !bytes.Equal(c.it.Item().Key(), c.key) {
				continue walk
			}
		}
		ids = append(ids, id)
	}
	return ids, ctx.Err()
}

// edgeKeyID is the edge id of a per-edge word key whose prefix w | word | 0x00 is prefixLen
// bytes.
func edgeKeyID(k []byte, prefixLen int) (uint64, error) {
	if len(k) != prefixLen+8 {
		return 0, fmt.Errorf("%w: word key %q", errBadKey, k)
	}
	return binary.BigEndian.Uint64(k[prefixLen:]), nil
}

// wordIDs returns the ids of the edges indexed under word in either form, ascending and
// without repeats; with limit > 0, only the limit smallest.
func wordIDs(ctx context.Context, txn *badger.Txn, word string, limit int) ([]uint64, error) {
	sel := idSelection{limit: limit}
	prefixLen := len(wordPrefix(word))
	err := scanKeys(ctx, txn, wordPrefix(word), func(item *badger.Item) error {
		id, err := edgeKeyID(item.Key(), prefixLen)
		if err != nil {
			return err
		}
		if !sel.add(id) {
			return errStopScan // the keys are in id order: the rest are larger still
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = scanPostings(ctx, txn, word, func(v []byte, n int) {
		for i := 0; i < n && sel.add(postingID(v, i)); i++ {
		}
	})
	if err != nil {
		return nil, err
	}
	sel.trim()
	return sel.ids, nil
}

// scanPostings calls fn with each checked posting value of word and its length.
func scanPostings(ctx context.Context, txn *badger.Txn, word string, fn func(v []byte, n int)) error {
	return scanKeys(ctx, txn, postingPrefix(word), func(item *badger.Item) error {
		err := item.Value(func(v []byte) error {
			n, err := postingLen(v)
			if err == nil {
				fn(v, n)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("word key %q: %w", item.Key(), err)
		}
		return nil
	})
}

// idSelection gathers ids, keeping the limit smallest (all of them when limit is 0).
type idSelection struct {
	ids   []uint64
	limit int
	full  bool   // ids holds limit ids, all below bound and sorted
	bound uint64 // with full: the largest id kept
}

// add takes id; it reports false when id is too large to be kept, so that an ascending
// run can stop there.
func (s *idSelection) add(id uint64) bool {
	if s.full && id >= s.bound {
		return false
	}
	s.ids = append(s.ids, id)
	if s.limit > 0 && len(s.ids) >= 2*s.limit {
		s.trim()
	}
	return true
}

// trim sorts the ids, drops repeats (an edge given evidence by several groups is in
// several postings) and keeps the limit smallest.
func (s *idSelection) trim() {
	slices.Sort(s.ids)
	s.ids = slices.Compact(s.ids)
	if s.limit > 0 && len(s.ids) >= s.limit {
		s.ids = s.ids[:s.limit]
		s.full, s.bound = true, s.ids[s.limit-1]
	}
}

// keepWord returns the ids of ids (ascending) that st's word has, in either form. Each of
// the word's postings is matched against ids from whichever side is shorter, with binary
// searches in the longer; per-edge keys are walked when fewer than ids, else sought.
func keepWord(ctx context.Context, txn *badger.Txn, st *wordStat, ids []uint64) ([]uint64, error) {
	keep := make([]bool, len(ids))
	mark := func(id uint64) {
		if j, ok := slices.BinarySearch(ids, id); ok {
			keep[j] = true
		}
	}
	last := ids[len(ids)-1]
	err := scanPostings(ctx, txn, st.word, func(v []byte, n int) {
		if n <= len(ids) {
			for i := 0; i < n && postingID(v, i) <= last; i++ {
				mark(postingID(v, i))
			}
			return
		}
		for j, id := range ids {
			if !keep[j] && postingHas(v, n, id) {
				keep[j] = true
			}
		}
	})
	if err != nil {
		return nil, err
	}
	prefix := wordPrefix(st.word)
	switch {
	case st.edgeKeys == 0:
	case st.edgeKeys <= len(ids):
		err = scanKeys(ctx, txn, prefix, func(item *badger.Item) error {
			id, err := edgeKeyID(item.Key(), len(prefix))
			if err == nil && id > last {
				return errStopScan // in id order: the rest are larger still
			}
			mark(id)
			return err
		})
	default:
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		var key []byte
		for j, id := range ids {
			if j%ctxEvery == ctxEvery-1 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			if keep[j] {
				continue
			}
			key = appendWordKey(key[:0], st.word, id)
			it.Seek(key)
			if !it.Valid() {
				break // no larger id has this word
			}
			keep[j] = bytes.Equal(it.Item().Key(), key)
		}
	}
	if err != nil {
		return nil, err
	}
	out := ids[:0]
	for j, id := range ids {
		if keep[j] {
			out = append(out, id)
		}
	}
	return out, nil
}

// scanEvidenceWords is intersectWords for a store without a complete word index: it reads
// every evidence and keeps the edges whose sentences hold every word.
func scanEvidenceWords(ctx context.Context, txn *badger.Txn, words []string) ([]uint64, error) {
	var ids []uint64
	var buf []string
	err := scanEvidence(ctx, txn, func(h uint64, evs []Evidence) error {
		buf = buf[:0]
		for i := range evs {
			buf = textWords(buf, evs[i].Sentence)
		}
		for _, w := range words {
			if !slices.Contains(buf, w) {
				return nil
			}
		}
		ids = append(ids, h)
		return nil
	})
	return ids, err
}

// rankEvidenceHits reads the candidate edges (up to maxEvidenceCandidates), drops retracted
// ones, keeps their matching sentences and returns the best limit. With unchecked, it also
// drops the edges whose evidence does not hold every word (see intersectWords).
func rankEvidenceHits(txn *badger.Txn, ids []uint64, words []string, unchecked bool, limit int) ([]EvidenceHit, error) {
	ids = ids[:min(len(ids), maxEvidenceCandidates)]
	type ranked struct {
		hit EvidenceHit
		any int
	}
	var out []ranked
	it := txn.NewIterator(badger.IteratorOptions{})
	defer it.Close()
	var buf []string
	found := make([]bool, len(words)) // by some sentence of the edge
	for _, h := range ids {
		rec, ok, err := getEdgeRec(txn, h)
		if err != nil {
			return nil, err
		}
		if !ok || rec.Retracted {
			continue
		}
		evs, err := readEvidence(it, h)
		if err != nil {
			return nil, err
		}
		var full, partial []Evidence
		clear(found)
		for _, ev := range evs {
			buf = textWords(buf[:0], ev.Sentence)
			all, some := true, false
			for i, w := range words {
				if slices.Contains(buf, w) {
					some, found[i] = true, true
				} else {
					all = false
				}
			}
			switch {
			case all:
				full = append(full, ev)
			case some:
				partial = append(partial, ev)
			}
		}
		if unchecked && len(full) == 0 && slices.Contains(found, false) {
			continue // the index does not list it under every word
		}
		e := recToEdge(h, &rec)
		e.Evidence = full
		if len(full) == 0 {
			e.Evidence = partial
		}
		out = append(out, ranked{EvidenceHit{Edge: e, Full: len(full)}, len(full) + len(partial)})
	}
	slices.SortFunc(out, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.hit.Full, a.hit.Full), cmp.Compare(b.any, a.any), strings.Compare(a.hit.Edge.ID, b.hit.Edge.ID))
	})
	hits := make([]EvidenceHit, 0, min(limit, len(out)))
	for _, r := range out[:min(limit, len(out))] {
		hits = append(hits, r.hit)
	}
	return hits, nil
}

// validWord reports whether w could be an index word (for parseKey).
func validWord(w []byte) bool {
	if len(w) == 0 || len(w) > maxWordLen || !utf8.Valid(w) {
		return false
	}
	return bytes.IndexByte(w, sep) < 0 && bytes.IndexByte(w, postingSep) < 0
}
