package graph

import (
	"reflect"
	"testing"
	"time"
)

func TestValuesRoundTrip(t *testing.T) {
	n := Node{ID: "state:russia", Kind: KindState, Name: "Russia", Aliases: []string{"the Kremlin", "RU"},
		Props: map[string]string{"iso": "RUS", "capital": "Moscow"}}
	gotN, err := decodeNode(n.ID, encodeNode(nil, &n))
	if err != nil || !reflect.DeepEqual(gotN, n) {
		t.Errorf("node: %+v, %v", gotN, err)
	}
	ev := Evidence{Article: "a", Sentence: "s", Start: 3, End: 9, Rule: "r", Confidence: 0.75, Date: "2014-03",
		Modality: Alleged, ClaimedBy: "state:ukraine"}
	gotE, err := decodeEvidence(encodeEvidence(nil, &ev))
	if err != nil || gotE != ev {
		t.Errorf("evidence: %+v, %v", gotE, err)
	}
	r := edgeRec{Src: "a", Pred: "signed", Dst: "b", edgeHead: edgeHead{Date: "2014", Place: "place:x", Modality: 2},
		Retracted: true, Reason: "why", RetractedAt: 42}
	gotR, err := decodeEdgeRec(encodeEdgeRec(nil, &r))
	if err != nil || gotR != r {
		t.Errorf("edge record: %+v, %v", gotR, err)
	}
	a := Article{ID: "x", Title: "T", Source: "S", Published: "2025-01-02", URL: "u", Text: "text",
		LoadedAt: time.Unix(1700000000, 5).UTC()}
	gotA, err := decodeArticle(a.ID, encodeArticle(nil, &a))
	if err != nil || gotA != a {
		t.Errorf("article: %+v, %v", gotA, err)
	}
}

// FuzzDecoders feeds arbitrary bytes to every value decoder and to parseKey: a corrupt value
// must give an error, never a panic or a huge allocation.
func FuzzDecoders(f *testing.F) {
	n := Node{Kind: KindState, Name: "Russia", Aliases: []string{"RU"}, Props: map[string]string{"iso": "RUS"}}
	f.Add(encodeNode(nil, &n))
	f.Add(encodeEvidence(nil, &Evidence{Article: "a", Sentence: "s", Confidence: 1}))
	f.Add(encodeEdgeRec(nil, &edgeRec{Src: "a", Pred: "signed", Dst: "b"}))
	f.Add(adjKey(tagOut, "a", "signed", "b"))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = decodeNode("id", b)
		_, _ = decodeEvidence(b)
		_, _ = decodeEdgeRec(b)
		_, _ = decodeArticle("id", b)
		_, _ = decodeHead(b)
		var e Edge
		_ = decodeIndexValue(b, &e)
		_, _ = parseKey(b)
	})
}
