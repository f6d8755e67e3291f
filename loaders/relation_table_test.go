package loaders

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-kg/entente/data"
)

// testMapFS builds a knowledge FS from file contents.
func testMapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

// relKnowledgeWith returns the shipped relation tables with one file replaced.
func relKnowledgeWith(t *testing.T, name, text string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, n := range []string{"dates_en.tsv", "triggers_en.tsv", "triggers_attack_en.tsv", "rel_args_en.tsv",
		"rel_roles_en.tsv", "rel_cues_en.tsv", "rel_anaphors_en.tsv"} {
		b, err := fs.ReadFile(data.Knowledge(), n)
		if err != nil {
			t.Fatalf("read %s: %v", n, err)
		}
		fsys[n] = &fstest.MapFile{Data: b}
	}
	fsys[name] = &fstest.MapFile{Data: []byte(text)}
	return fsys
}

func TestNewRelationExtractorNamesBadRows(t *testing.T) {
	cases := []struct {
		name, file, text, want string
	}{
		{"unknown predicate", "triggers_en.tsv", "befriended\tverb\tbefriend\n", "triggers_en.tsv:1"},
		{"unknown trigger type", "triggers_en.tsv", "signed\tadverb\tsign\n", "triggers_en.tsv:1"},
		{"bad confidence", "triggers_en.tsv", "signed\tverb\tsign\t-\t-\t7\n", "triggers_en.tsv:1"},
		{"unknown kind", "rel_args_en.tsv", "signed\tPerson\tTreaty\n", "rel_args_en.tsv:1"},
		{"unknown cue class", "rel_cues_en.tsv", "# c\nnot\tnegative\n", "rel_cues_en.tsv:2"},
		{"kind on a cue that is no collective", "rel_cues_en.tsv", "# c\nnot\tnegation\tState\n", "rel_cues_en.tsv:2"},
		{"unknown collective kind", "rel_cues_en.tsv", "the two sides\tcollective\tTribe\n", "rel_cues_en.tsv:1"},
		{"collective size not a number", "rel_cues_en.tsv", "the three\tcollective\t\tthree\n", "rel_cues_en.tsv:1"},
		{"size of a cue that is no collective", "rel_cues_en.tsv", "said\tallege\t\t3\n", "rel_cues_en.tsv:1"},
		{"unknown role class", "rel_roles_en.tsv", "president\tboss\n", "rel_roles_en.tsv:1"},
		{"role domain of a state without its ISO code", "rel_roles_en.tsv", "# c\nsecretary of state\trole\tstate:US\n", "rel_roles_en.tsv:2"},
		{"unknown anaphor class", "rel_anaphors_en.tsv", "deal\tAgreement\tsomewhere\n", "rel_anaphors_en.tsv:1"},
		{"unknown introduces value", "rel_anaphors_en.tsv", "# c\ndeal\tAgreement\tfocus\tmaybe\n", "rel_anaphors_en.tsv:2"},
		{"short row", "rel_args_en.tsv", "signed\tPerson\n", "rel_args_en.tsv:1"},
	}
	for _, c := range cases {
		_, err := NewRelationExtractor(relKnowledgeWith(t, c.file, c.text))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one naming %s", c.name, err, c.want)
		}
	}
}

func TestRelationExtractorSurvivesBrokenDocuments(t *testing.T) {
	x, err := NewRelationExtractor(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	doc := &Document{
		Sentences: []Sentence{{Text: "Russia signed it.", Start: 0, End: 17, Tokens: []Token{
			{Text: "Russia", Tag: "NNP", Start: 0, End: 6}, {Text: "signed", Tag: "VBD", Start: 7, End: 13},
			{Text: "it", Tag: "PRP", Start: 14, End: 16}, {Text: ".", Tag: ".", Start: 16, End: 17}}}},
		Mentions: []Mention{
			{Sentence: 0, TokStart: 0, TokEnd: 1, Entity: 0},
			{Sentence: 5, TokStart: 0, TokEnd: 1, Entity: 0},  // no such sentence
			{Sentence: 0, TokStart: 3, TokEnd: 99, Entity: 0}, // past the tokens
			{Sentence: 0, TokStart: 2, TokEnd: 3, Entity: 42}, // no such entity
		},
		Entities: []Entity{{Name: "Russia", Kind: "State"}},
	}
	if err := x.Extract(t.Context(), doc); err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if len(doc.Facts) != 0 {
		t.Errorf("facts from a sentence with no agreement: %+v", doc.Facts)
	}
	if err := x.Extract(t.Context(), nil); err != nil {
		t.Errorf("Extract(nil): %v", err)
	}
}

func TestRelPluralOfOffices(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"head", "heads"}, {"chairman", "chairmen"}, {"secretary", "secretaries"}, {"foreign minister", "foreign ministers"},
		{"envoy", "envoys"}, {"ministers", ""}, {"head of state", "heads of state"}, {"secretary of state", "secretaries of state"},
	} {
		if got := relPlural(c.in); got != c.want {
			t.Errorf("relPlural(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
