package loaders

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-kg/entente/graph"
)

func TestLoadKnowledgeRejectsBadTables(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string // substring of the error
	}{
		{"no countries", fstest.MapFS{"places.tsv": {Data: []byte("Lviv\tcity\t\tUKR\n")}}, "no countries"},
		{"short ISO code", fstest.MapFS{"countries.tsv": {Data: []byte("# header\nFrance\tFR\tFR\n")}}, "countries.tsv:2"},
		{"too few fields", fstest.MapFS{"countries.tsv": {Data: []byte("France\n")}}, "countries.tsv:1"},
		{"unknown title class", fstest.MapFS{
			"countries.tsv": {Data: []byte("France\tFRA\tFR\n")},
			"titles.tsv":    {Data: []byte("Mr\thonorific\nBoss\tchief\n")},
		}, "titles.tsv:2"},
		{"unknown cue class", fstest.MapFS{
			"countries.tsv":        {Data: []byte("France\tFRA\tFR\n")},
			"entity_cues_mine.tsv": {Data: []byte("in\tlocative\nbeside\tnearby\n")},
		}, "entity_cues_mine.tsv:2"},
		{"unknown shape class", fstest.MapFS{
			"countries.tsv":   {Data: []byte("France\tFRA\tFR\n")},
			"shape_heads.tsv": {Data: []byte("Ministry\torganisation\n")},
		}, "shape_heads.tsv:1"},
		{"parliament without its state", fstest.MapFS{
			"countries.tsv":     {Data: []byte("France\tFRA\tFR\n")},
			"organizations.tsv": {Data: []byte("Riksdag\tparliament\t\t\n")},
		}, "organizations.tsv:1"},
		{"second parliament of a state", fstest.MapFS{
			"countries.tsv":     {Data: []byte("France\tFRA\tFR\n")},
			"organizations.tsv": {Data: []byte("National Assembly\tparliament\t\tFRA\nFrench Parliament\tparliament\t\tFRA\n")},
		}, "organizations.tsv:2"},
		{"a people table's since that is no year", fstest.MapFS{
			"countries.tsv": {Data: []byte("France\tFRA\tFR\n")},
			"people.tsv":    {Data: []byte("# name\taliases\tstate\tsince\nEmmanuel Macron\t\tFRA\t2017\nJacques Chirac\t\tFRA\tlate\n")},
		}, "people.tsv:3: since"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadKnowledge(tt.files)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v, want one naming %q", err, tt.want)
			}
		})
	}
}

func TestLoadKnowledgeReadsEveryTable(t *testing.T) {
	k, err := LoadKnowledge(fstest.MapFS{
		"countries.tsv":        {Data: []byte("Ruritania\tRUR\tRR\tKingdom of Ruritania\tRuritanian\tStrelsau\tBlue Palace\tRRT\n")},
		"organizations.tsv":    {Data: []byte("Ruritanian Guard\tarmed\tRG\tRUR\n")},
		"places.tsv":           {Data: []byte("Zenda\tcity\tZenda Castle\tRUR\n")},
		"agreements.tsv":       {Data: []byte("Treaty of Zenda\tZenda Treaty\n")},
		"people_extra.tsv":     {Data: []byte("Rudolf Rassendyll\tRassendyll\tRUR\n")},
		"titles.tsv":           {Data: []byte("King\toffice\tyes\n")},
		"countries_extra.tsv":  {Data: []byte("Graustark\tGRK\tGK\nKravonia\t-\t\n")},
		"unrelated_notes.tsv":  {Data: []byte("ignored\n")},
		"shape_heads_more.tsv": {Data: []byte("Ministry\torg\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := k.State("Ruritania"); !ok || s.ISO3 != "RUR" || s.Demonym != "Ruritanian" || s.Capitals[0] != "Strelsau" {
		t.Errorf("state: %+v", s)
	}
	if n, ok := k.StateByCode("RRT"); !ok || n != "Ruritania" {
		t.Errorf("other code: %q", n)
	}
	if _, ok := k.State("Graustark"); !ok {
		t.Error("second countries table not read")
	}
	if s, ok := k.State("Kravonia"); !ok || s.ISO3 != "" {
		t.Errorf("a de facto state without an ISO code: %+v, %v", s, ok)
	}
	for alias, want := range map[string]graph.Kind{
		"Ruritanians": graph.KindState, "Blue Palace": graph.KindState, "RG": graph.KindOrganization,
		"Zenda Castle": graph.KindPlace, "Zenda Treaty": graph.KindAgreement, "Rassendyll": graph.KindPerson,
	} {
		var toks []Token
		for _, w := range strings.Fields(alias) {
			toks = append(toks, Token{Text: w})
		}
		es, n := k.gaz.Match(toks, 0)
		if n != len(toks) || es[0].Kind != want {
			t.Errorf("alias %q: matched %d tokens, kind %v", alias, n, es)
		}
	}
}

func TestPluralOfDemonyms(t *testing.T) {
	for in, want := range map[string]string{"Ukrainian": "Ukrainians", "Israeli": "Israelis", "Chinese": "", "British": "", "Swiss": "", "Frenchman": "Frenchmen", "Afghan": "Afghans"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGazetteerCaseRules(t *testing.T) {
	k := testKnowledge(t)
	tests := []struct {
		text string
		want string // canonical of the match at token 0, "" for none
	}{
		{"US", "United States"},
		{"us", ""},
		{"Us", ""},
		{"U.S.", "United States"},
		{"Turkey", "Turkey"},
		{"turkey", ""},
		{"TURKEY", "Turkey"},
		{"Kremlin", "Russia"},
		{"UAE", "United Arab Emirates"},
		{"coalition of the willing", "Coalition of the willing"},
		{"Iran nuclear deal", "Joint Comprehensive Plan of Action"},
		{"New START", "New START"},
		{"new start", ""},
	}
	for _, tt := range tests {
		var toks []Token
		for _, w := range strings.Fields(tt.text) {
			toks = append(toks, Token{Text: w})
		}
		es, n := k.gaz.Match(toks, 0)
		got := ""
		if n == len(toks) {
			got = es[0].Canonical
		}
		if got != tt.want {
			t.Errorf("%q matched %q, want %q", tt.text, got, tt.want)
		}
	}
}
