package graph

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"testing"
)

func TestParseKeyRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		key  []byte
		want parsedKey
	}{
		{"schema", schemaKey(), parsedKey{Tag: tagMeta, Meta: "schema"}},
		{"node", nodeKey("state:russia"), parsedKey{Tag: tagNode, Node: "state:russia"}},
		{"kind", kindKey(KindState, "state:russia"), parsedKey{Tag: tagKind, Kind: KindState, Node: "state:russia"}},
		{"alias", aliasKey("kremlin", "state:russia"), parsedKey{Tag: tagAlias, Alias: "kremlin", Node: "state:russia"}},
		{"edge", edgeKey(0x0102030405060708), parsedKey{Tag: tagEdge, Edge: 0x0102030405060708}},
		{"out", adjKey(tagOut, "state:russia", "violated", "agreement:budapest-memorandum"),
			parsedKey{Tag: tagOut, Src: "state:russia", Pred: "violated", Dst: "agreement:budapest-memorandum"}},
		{"in", adjKey(tagIn, "agreement:budapest-memorandum", "violated", "state:russia"),
			parsedKey{Tag: tagIn, Src: "state:russia", Pred: "violated", Dst: "agreement:budapest-memorandum"}},
		{"type", typeKey("met_with", "person:a", "person:b"),
			parsedKey{Tag: tagType, Src: "person:a", Pred: "met_with", Dst: "person:b"}},
		{"evidence", evidenceKey(7, 9), parsedKey{Tag: tagEvidence, Edge: 7, Evidence: 9}},
		{"article", articleKey("a1b2"), parsedKey{Tag: tagArticle, Article: "a1b2"}},
		{"audit", auditKey(7, 1700000000000000000), parsedKey{Tag: tagAudit, Edge: 7, Time: 1700000000000000000}},
		{"word", wordKey("kyiv", 0x0100), parsedKey{Tag: tagWord, Word: "kyiv", Edge: 0x0100}},
		// Its id's last bytes look like a posting separator and a word: the separator is
		// found by position.
		{"word with separator-like id", wordKey("kyiv", 0x0061620100000001), parsedKey{Tag: tagWord, Word: "kyiv", Edge: 0x0061620100000001}},
		{"posting", appendPostingKey(nil, []byte("києву"), 0x0001), parsedKey{Tag: tagWord, Word: "києву", Group: 1, Posting: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseKey(tt.key)
			if err != nil {
				t.Fatalf("parseKey(%q): %v", tt.key, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseKey(%q) = %+v, want %+v", tt.key, got, tt.want)
			}
		})
	}
}

func TestParseKeyRejectsTruncatedKeys(t *testing.T) {
	tests := []struct {
		name string
		key  []byte
	}{
		{"empty", nil},
		{"tag only", []byte{tagNode}},
		{"edge id cut", edgeKey(1)[:5]},
		{"evidence hash cut", evidenceKey(1, 2)[:12]},
		{"audit time cut", auditKey(1, 2)[:16]},
		{"out without target", adjPrefix(tagOut, "state:russia", "violated")},
		{"out without predicate", adjPrefix(tagOut, "state:russia", "")},
		{"in without separator", []byte("istate:russia")},
		{"kind without node", kindPrefix(KindState)},
		{"type without target", typePrefix("signed")},
		{"alias without node", aliasPrefix("kremlin")},
		{"word without edge id", wordPrefix("kyiv")},
		{"word edge id cut", wordKey("kyiv", 1)[:12]},
		{"posting group id cut", appendPostingKey(nil, []byte("kyiv"), 1)[:12]},
		{"word key without word", wordKey("", 1)},
		{"word with an unknown separator", append(append([]byte("wkyiv"), 0x02), make([]byte, 8)...)},
		{"unknown tag", []byte("zzz")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := parseKey(tt.key); !errors.Is(err, errBadKey) {
				t.Errorf("parseKey(%q) = %+v, %v; want an errBadKey error", tt.key, got, err)
			}
		})
	}
}

// The out-index must list one node's edges by (type, target), and a node's prefix must not
// cover another node whose id extends it.
func TestKeysSortByParts(t *testing.T) {
	ordered := [][]byte{
		adjKey(tagOut, "state:a", "met_with", "state:z"),
		adjKey(tagOut, "state:a", "signed", "agreement:x"),
		adjKey(tagOut, "state:a", "signed", "agreement:x-y"),
		adjKey(tagOut, "state:a", "signed_x", "agreement:a"),
		adjKey(tagOut, "state:a-b", "attacked", "state:c"),
	}
	if !slices.IsSortedFunc(ordered, bytes.Compare) {
		t.Errorf("adjacency keys do not sort by (source, type, target)")
	}
	prefix := adjPrefix(tagOut, "state:a", "")
	if bytes.HasPrefix(ordered[4], prefix) {
		t.Errorf("prefix of state:a covers state:a-b's key %q", ordered[4])
	}
	typed := adjPrefix(tagOut, "state:a", "signed")
	if bytes.HasPrefix(ordered[3], typed) {
		t.Errorf("prefix of type signed covers type signed_x")
	}
	// A word's per-edge keys, then its postings, then the next word's keys: each run is
	// one prefix scan, and the per-edge keys stay sorted by edge id for seeking.
	words := [][]byte{wordKey("kyiv", 1), wordKey("kyiv", 1<<63), appendPostingKey(nil, []byte("kyiv"), 0),
		appendPostingKey(nil, []byte("kyiv"), 1<<63), wordKey("kyiv0", 0), wordKey("kyiva", 0)}
	if !slices.IsSortedFunc(words, bytes.Compare) {
		t.Errorf("word keys do not sort by (word, form, id)")
	}
	for i, k := range words {
		if got := bytes.HasPrefix(k, wordPrefix("kyiv")); got != (i < 2) {
			t.Errorf("wordPrefix(kyiv) covers %q: %v", k, got)
		}
		if got := bytes.HasPrefix(k, postingPrefix("kyiv")); got != (i == 2 || i == 3) {
			t.Errorf("postingPrefix(kyiv) covers %q: %v", k, got)
		}
	}
	audits := [][]byte{auditKey(1, 5), auditKey(1, 1<<40), auditKey(2, 1)}
	if !slices.IsSortedFunc(audits, bytes.Compare) {
		t.Errorf("audit keys do not sort by (edge, time)")
	}
}
