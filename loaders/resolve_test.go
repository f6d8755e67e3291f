package loaders

import (
	"context"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-kg/entente/data"
	"github.com/entente-kg/entente/graph"
)

func TestNameKeyMergesOnlySpellingVariants(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Zelensky", "Zelenskyy", true},
		{"Sergey", "Sergei", true},
		{"Andriy", "Andrii", true},
		{"Kozytskyi", "Kozytsky", true},
		{"Çavuşoğlu", "Cavusoglu", true},
		{"Rød-Larsen", "Rod-Larsen", true},
		{"Amir-Abdollahian", "Amirabdollahian", true},
		{"Londoño", "Londono", true},
		{"Peters", "Petersen", false},
		{"Austria", "Australia", false},
		{"Putin", "Putina", false},
		{"Lukashenko", "Lukashenka", false},
		{"Kim", "Kimi", false},
		{"Bush", "Busch", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.same {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

func TestSameFullName(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Kim Jong Un", "Kim Jong-un", true},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy", true},
		{"Musaad al-Aiban", "Musaad bin Mohammed al-Aiban", true},
		{"Faisal bin Farhan", "Faisal bin Farhan Al Saud", true},
		{"George H. W. Bush", "George H.W. Bush", true},
		{"Joe Biden", "Hunter Biden", false},
		{"Mohammed bin Abdulrahman Al Thani", "Tamim bin Hamad Al Thani", false},
		{"Tina Peters", "Tina Petersen", false},
	}
	for _, tt := range tests {
		if got := sameFullName(strings.Fields(tt.a), strings.Fields(tt.b)); got != tt.same {
			t.Errorf("sameFullName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// resolveText runs the stages up to resolution on one article body.
func resolveText(t *testing.T, k *Knowledge, body string) Document {
	t.Helper()
	sp, _ := NewSentenceSplitter(k)
	sents, err := sp.Split(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	doc := Document{Sentences: sents}
	NewResolver(k).Resolve(&doc, NewMentionFinder(k).Find(sents))
	return doc
}

func TestResolverClustersPeople(t *testing.T) {
	k := testKnowledge(t)
	tests := []struct {
		name string
		body string
		want []string // "Name:mention count" for each Person entity, sorted
	}{
		{"full name, surname, honorific, possessive", "Vladimir Putin spoke. Putin's aide said Mr Putin would travel.", []string{"Vladimir Putin:3"}},
		{"surname before the full name", "Mr Trump said so. Later Donald Trump left.", []string{"Donald Trump:2"}},
		{"spelling variants", "Volodymyr Zelenskyy spoke. Mr Zelensky said so.", []string{"Volodymyr Zelenskyy:2"}},
		{"namesakes stay apart", "Joe Biden and Hunter Biden arrived. Joe Biden spoke first.", []string{"Hunter Biden:1", "Joe Biden:2"}},
		{"surname goes to the latest namesake", "Joe Biden arrived. Hunter Biden spoke. Biden said he was tired.", []string{"Hunter Biden:2", "Joe Biden:1"}},
		{"titled lone name is a person", "Mr Hunder added that six were injured.", []string{"Hunder:1"}},
		{"a surname with a particle joins the full name", "Charles de Gaulle spoke. Later President de Gaulle left.", []string{"Charles de Gaulle:2"}},
		{"a titled surname with a particle alone is a person", "President de Gaulle went on the radio.", []string{"de Gaulle:1"}},
		{"untitled lone name is dropped", "Peters said nothing.", nil},
		{"first name for family-name-first names", "Xi Jinping met Wang Yi. Xi said they agreed.", []string{"Wang Yi:1", "Xi Jinping:2"}},
		{"a name read as a company is one everywhere", "She joined the startup Leap Motion. Leap Motion later closed.", nil},
		{"Peters is not Petersen", "Tina Peters and Anna Petersen met. Peters left.", []string{"Anna Petersen:1", "Tina Peters:2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := resolveText(t, k, tt.body)
			var got []string
			for _, e := range doc.Entities {
				if e.Kind == "Person" {
					got = append(got, e.Name+":"+itoa(len(e.Mentions)))
				}
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n%10)))
}

func TestResolverRolesAndStates(t *testing.T) {
	k := testKnowledge(t)
	doc := resolveText(t, k, "Russian President Vladimir Putin met Ukrainian Foreign Minister Dmytro Kuleba. "+
		"The Russian leader said the Kremlin wanted peace. His Ukrainian counterpart disagreed, and Moscow's envoy left.")
	byName := map[string]Entity{}
	for _, e := range doc.Entities {
		byName[e.Name] = e
	}
	if e := byName["Russia"]; e.Kind != "State" || e.Props["iso"] != "RUS" || !containsFold(e.Aliases, "Kremlin") {
		t.Errorf("Russia: %+v", e)
	}
	if p := byName["Vladimir Putin"]; p.Props["title"] != "president" || p.Props["of"] != "Russia" {
		t.Errorf("Putin props %v", p.Props)
	}
	roles := map[string]string{}
	for _, m := range doc.Mentions {
		if m.Role == RoleTitle {
			name := ""
			if m.Entity >= 0 {
				name = doc.Entities[m.Entity].Name
			}
			roles[m.Text] = name
		}
	}
	if roles["The Russian leader"] != "Vladimir Putin" {
		t.Errorf("the Russian leader → %q (roles %v)", roles["The Russian leader"], roles)
	}
	if roles["His Ukrainian counterpart"] != "Dmytro Kuleba" {
		t.Errorf("his Ukrainian counterpart → %q (roles %v)", roles["His Ukrainian counterpart"], roles)
	}
	for i, m := range doc.Mentions {
		if m.Entity >= 0 && !containsInt(doc.Entities[m.Entity].Mentions, i) {
			t.Errorf("mention %d %q not listed by its entity", i, m.Text)
		}
	}
}

func TestRoleDescriptionGoesToTheMostMentionedNationalFromThePeopleTable(t *testing.T) {
	people := "Anna Berg\t\tNOR\nOla Dahl\t\tNOR\n"
	cases := []struct {
		name, text, want string
	}{
		{"dominant national", "Anna Berg spoke in Oslo. Berg said talks went well. Ms Berg left early. Ola Dahl stayed. The Norwegian leader later met reporters.", "Anna Berg"},
		{"no dominant national", "Anna Berg spoke in Oslo. Ola Dahl stayed. The Norwegian leader later met reporters.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := NewPipeline(data.Knowledge(), WithTables(fstest.MapFS{"people_test.tsv": &fstest.MapFile{Data: []byte(people)}}), WithoutRelations())
			if err != nil {
				t.Fatal(err)
			}
			docs, err := p.Extract(context.Background(), Page{Name: "t", Title: "Talks", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, m := range docs[0].Mentions {
				if m.Role == RoleTitle && strings.Contains(m.Text, "leader") && m.Entity >= 0 {
					got = docs[0].Entities[m.Entity].Name
				}
			}
			if got != c.want {
				t.Errorf("the Norwegian leader -> %q, want %q", got, c.want)
			}
		})
	}
}

func TestTitledSurnameAloneFindsTheOneKnownPersonOfThatName(t *testing.T) {
	people := "Anna Berg\t\tNOR\nKari Lund\t\tNOR\nPer Lund\t\tSWE\nHans Olav Dahl Jr.\t\tNOR\n"
	cases := []struct {
		text, want string
	}{
		{"Ms Berg told reporters in Oslo that the talks had stalled again this week.", "Anna Berg"},
		{"Mr Lund told reporters in Oslo that the talks had stalled again this week.", "Lund"},
		{"Mr Dahl told reporters in Oslo that the talks had stalled again this week.", "Hans Olav Dahl Jr."},
	}
	p, err := NewPipeline(data.Knowledge(), WithTables(fstest.MapFS{"people_test.tsv": &fstest.MapFile{Data: []byte(people)}}), WithoutRelations())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			docs, err := p.Extract(context.Background(), Page{Name: "t", Title: "Talks", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range docs[0].Entities {
				if e.Kind == "Person" {
					got = append(got, e.Name)
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("people %q, want [%q]", got, c.want)
			}
		})
	}
}

// A state that a rule names without a table entry, first in the article, still carries its
// ISO code, which later stages match people's countries against.
func TestResolveStateNamedByARuleKeepsItsCode(t *testing.T) {
	p := newTestPipeline(t)
	docs, err := p.Extract(t.Context(), Page{Name: "t", Title: "t", Text: "The Bush administration demanded that China drop its barriers to U.S. exports."})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Name == "United States" {
				if e.Props["iso"] != "USA" {
					t.Fatalf("United States has props %v, want iso USA", e.Props)
				}
				return
			}
		}
	}
	t.Fatal("no United States")
}

// An alias of several states ("Congolese", "Congo") is the state the article names outright.
func TestResolveAmbiguousAliasIsTheStateTheArticleNames(t *testing.T) {
	p := newTestPipeline(t)
	for text, want := range map[string]string{
		"Congolese President Felix Tshisekedi met Paul Kagame. The Democratic Republic of Congo signed.": "Democratic Republic of the Congo",
		"Congolese President Denis Sassou Nguesso spoke. The Republic of the Congo signed.":              "Republic of the Congo",
		"Dominican President Leonel Fernandez hosted the summit.":                                        "Dominican Republic",
		"Dominican Prime Minister Eugenia Charles spoke for Dominica.":                                   "Dominica",
	} {
		docs, err := p.Extract(t.Context(), Page{Name: "t", Title: "t", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		var states []string
		for _, d := range docs {
			for _, e := range d.Entities {
				if e.Kind == graph.KindState {
					states = append(states, e.Name)
				}
			}
		}
		if len(states) != 1 || states[0] != want {
			t.Errorf("%q: states %v, want only %s", text, states, want)
		}
	}
}
