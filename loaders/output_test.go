package loaders

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

func TestWriteJSONLPrintsEntitiesThenFactsInAFixedOrder(t *testing.T) {
	doc := sampleDocument()
	// Entities in another order, a duplicate, and kinds that are not printed as entities.
	doc.Entities = append([]Entity{{Name: "Ukraine", Kind: graph.KindState}, {Name: "Strike on Kyiv", Kind: graph.KindAttack}}, doc.Entities...)
	doc.Facts = doc.Facts[:3]
	var out bytes.Buffer
	if err := WriteJSONL(&out, doc); err != nil {
		t.Fatal(err)
	}
	want := `{"name":"Vladimir Putin","kind":"Person","article":"page.txt"}
{"name":"Russia","kind":"State","article":"page.txt"}
{"name":"Ukraine","kind":"State","article":"page.txt"}
{"name":"Budapest Memorandum","kind":"Agreement","article":"page.txt"}
{"subject":"Vladimir Putin","predicate":"represents","object":"Russia","date":"","evidence":"Vladimir Putin met reporters.","article":"page.txt","confidence":0.8,"subject_kind":"Person","object_kind":"State"}
{"subject":"Russia","predicate":"violated","object":"Budapest Memorandum","date":"2014","evidence":"Russia violated the Budapest Memorandum in 2014.","article":"page.txt","confidence":0.9,"subject_kind":"State","object_kind":"Agreement"}
{"subject":"Russia","predicate":"violated","object":"Budapest Memorandum","date":"","evidence":"Ukraine said Russia broke the memorandum again.","article":"page.txt","confidence":0.6,"modality":"alleged"}
`
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
	// Reversing the input order changes nothing.
	for i, j := 0, len(doc.Facts)-1; i < j; i, j = i+1, j-1 {
		doc.Facts[i], doc.Facts[j] = doc.Facts[j], doc.Facts[i]
	}
	for i, j := 0, len(doc.Entities)-1; i < j; i, j = i+1, j-1 {
		doc.Entities[i], doc.Entities[j] = doc.Entities[j], doc.Entities[i]
	}
	var again bytes.Buffer
	if err := WriteJSONL(&again, doc); err != nil {
		t.Fatal(err)
	}
	if again.String() != want {
		t.Errorf("output depends on input order:\n%s", again.String())
	}
}

func TestWriteJSONLOutputLoadsBack(t *testing.T) {
	doc := sampleDocument()
	doc.Facts = doc.Facts[:3]
	doc.Facts[1].SubjectKind, doc.Facts[1].ObjectKind = graph.KindState, graph.KindAgreement
	var out bytes.Buffer
	if err := WriteJSONL(&out, doc); err != nil {
		t.Fatal(err)
	}
	var nodes, facts int
	for i, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		it, err := ParseJSONLLine([]byte(line), "out.jsonl", i+1, Limits{})
		if err != nil {
			t.Fatalf("extract output line %d does not load: %v", i+1, err)
		}
		switch {
		case it.Node != nil:
			nodes++
		case it.Fact != nil:
			facts++
			if it.Fact.Article != "page.txt" || it.Fact.SubjectKind == "" {
				t.Errorf("loaded fact = %+v", it.Fact)
			}
		}
	}
	if nodes != 4 || facts != 3 {
		t.Errorf("loaded %d nodes and %d facts, want 4 and 3", nodes, facts)
	}
}

func TestWriteJSONLIsWhatTheScorerReads(t *testing.T) {
	g, err := LoadGold("testdata/io/eval/gold")
	if err != nil {
		t.Fatal(err)
	}
	doc := sampleDocument()
	doc.Facts = doc.Facts[:3] // the fourth, "Nobody signed", would be a false positive
	var out bytes.Buffer
	if err := WriteJSONL(&out, doc); err != nil {
		t.Fatal(err)
	}
	res, err := g.Score(&out, EvalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("scorer warnings: %v", res.Warnings)
	}
	// Gold: Russia violated the memorandum and Putin represents Russia — both printed.
	if res.All.TP != 2 || res.All.FP != 0 {
		t.Errorf("facts = %+v, want 2 true positives and no false one", res.All)
	}
	all := res.Entities[len(res.Entities)-1]
	if all.Name != "ALL" || all.TP != 4 || all.FP != 0 {
		t.Errorf("entities = %+v, want 4 true positives", all)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteJSONLReportsAWriteError(t *testing.T) {
	err := WriteJSONL(failingWriter{}, sampleDocument())
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error = %v, want the writer's error", err)
	}
}

func TestScoreDocumentsEqualsScoringTheExtractOutput(t *testing.T) {
	g, err := LoadGold("testdata/io/eval/gold")
	if err != nil {
		t.Fatal(err)
	}
	docs := []Document{*sampleDocument(), *sampleDocument()}
	docs[1].Name = "other.txt"
	docs[1].Facts = nil
	got, err := g.ScoreDocuments(docs, EvalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for i := range docs {
		if err := WriteJSONL(&out, &docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	want, err := g.Score(&out, EvalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := got.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := want.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() || got.All.TP != 2 {
		t.Errorf("ScoreDocuments = %s\nscoring the output = %s", a.String(), b.String())
	}
}
