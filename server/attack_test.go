package server

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// attackStore holds two attacks recorded the way the loaders do (properties naming the
// attacker, targets and place, beside the flat struck facts they were made from) and one
// linked by relations, plus an article mentioning Kyiv.
func attackStore(t *testing.T) *graph.Store {
	al, fs := headlineFacts()
	st := openStore(t, al, fs)
	ctx := context.Background()
	kyiv := graph.Node{ID: graph.NodeID(graph.KindPlace, "Kyiv"), Kind: graph.KindPlace, Name: "Kyiv", Aliases: []string{"Kiev"}}
	lviv := graph.Node{ID: graph.NodeID(graph.KindPlace, "Lviv"), Kind: graph.KindPlace, Name: "Lviv"}
	a1 := graph.Node{ID: graph.NodeID(graph.KindAttack, "Russia strike on Kyiv (2025-03-07)"), Kind: graph.KindAttack, Name: "Russia strike on Kyiv (2025-03-07)",
		Props: map[string]string{"attacker": "Russia", "targets": "Kyiv", "place": "Kyiv", "date": "2025-03-07", "weapons": "cruise missiles; drones", "killed": "4", "injured": "12"}}
	a2 := graph.Node{ID: graph.NodeID(graph.KindAttack, "Russia strike on Lviv"), Kind: graph.KindAttack, Name: "Russia strike on Lviv",
		Props: map[string]string{"attacker": "Russia", "targets": "Lviv", "date": "2024-11"}}
	a3 := graph.Node{ID: graph.NodeID(graph.KindAttack, "Ukraine strike on Crimea bridge"), Kind: graph.KindAttack, Name: "Ukraine strike on Crimea bridge", Props: map[string]string{"date": "2023"}}
	ukr, crimea := graph.NodeID(graph.KindState, "Ukraine"), graph.NodeID(graph.KindPlace, "Crimea")
	ev := []graph.Evidence{{Article: "a2", Sentence: "Ukraine struck the bridge.", Rule: "test", Confidence: 0.8}}
	// The loaders make an Attack node from flat attacker -struck-> target facts, and store
	// those facts too.
	rus := graph.NodeID(graph.KindState, "Russia")
	edges := []graph.Edge{
		{ID: graph.EdgeID(rus, "struck", kyiv.ID), Source: rus, Type: "struck", Target: kyiv.ID, Date: "2025-03-07",
			Evidence: []graph.Evidence{{Article: "a3", Sentence: "Russia struck Kyiv with cruise missiles and drones.", Rule: "test", Confidence: 0.8}}},
		{ID: graph.EdgeID(rus, "struck", lviv.ID), Source: rus, Type: "struck", Target: lviv.ID, Date: "2024-11",
			Evidence: []graph.Evidence{{Article: "a4", Sentence: "Russian drones struck Lviv.", Rule: "test", Confidence: 0.8}}},
		{ID: graph.EdgeID(ukr, "attacked", a3.ID), Source: ukr, Type: "attacked", Target: a3.ID, Evidence: ev},
		{ID: graph.EdgeID(a3.ID, "struck", crimea), Source: a3.ID, Type: "struck", Target: crimea, Evidence: ev},
		{ID: graph.EdgeID(a3.ID, "located_in", crimea), Source: a3.ID, Type: "located_in", Target: crimea, Evidence: ev},
	}
	if _, err := st.Write(ctx, &graph.Batch{Nodes: []graph.Node{kyiv, lviv, a1, a2, a3}, Edges: edges}); err != nil {
		t.Fatal(err)
	}
	art := graph.Article{ID: "abc123", Title: "Missiles hit Kyiv", Published: "2025-03-07", Text: "Russian missiles hit Kyiv on Friday."}
	an := graph.Node{ID: graph.NodeID(graph.KindArticle, art.ID), Kind: graph.KindArticle, Name: art.ID, Aliases: []string{art.Title}}
	m := graph.Edge{ID: graph.EdgeID(an.ID, "mentions", kyiv.ID), Source: an.ID, Type: "mentions", Target: kyiv.ID,
		Evidence: []graph.Evidence{{Article: art.ID, Sentence: "Russian missiles hit Kyiv on Friday.", Start: 0, End: 36, Rule: "mention", Confidence: 1}}}
	if _, err := st.Write(ctx, &graph.Batch{Article: &art, Nodes: []graph.Node{an}, Edges: []graph.Edge{m}}); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestAttacksAndArticles pins attacks' filters over both ways of recording an attack, and
// articles as entities with their mentions.
func TestAttacksAndArticles(t *testing.T) {
	st := attackStore(t)
	s, err := New(Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, query, want string }{
		{"attacks by an actor named in properties", `{ attacks(by: "the Kremlin") { totalCount nodes { name } } }`,
			`{"attacks":{"totalCount":2,"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)"},{"name":"Russia strike on Lviv"}]}}`},
		{"attacks by an actor linked by a relation", `{ attacks(by: "Ukraine") { nodes { name attackers { name } targets { name } place { name } } } }`,
			`{"attacks":{"nodes":[{"name":"Ukraine strike on Crimea bridge","attackers":[{"name":"Ukraine"}],"targets":[{"name":"Crimea"}],"place":{"name":"Crimea"}}]}}`},
		{"attacks on a target by alias", `{ attacks(target: "Kiev") { nodes { name date weapons killed injured attackers { name } targets { name } place { name } } } }`,
			`{"attacks":{"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)","date":"2025-03-07","weapons":["cruise missiles","drones"],"killed":4,"injured":12,"attackers":[{"name":"Russia"}],"targets":[{"name":"Kyiv"}],"place":{"name":"Kyiv"}}]}}`},
		{"attacks by date", `{ attacks(from: "2024", to: "2024-12") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Russia strike on Lviv"}]}}`},
		{"attacks by place and attacker", `{ attacks(by: "Russia", place: "Crimea") { totalCount } }`, `{"attacks":{"totalCount":0}}`},
		{"all attacks", `{ attacks { totalCount } }`, `{"attacks":{"totalCount":3}}`},
		{"article listed with its fields", `{ articles { totalCount nodes { id name title published text kind } } }`,
			`{"articles":{"totalCount":1,"nodes":[{"id":"article:abc123","name":"Missiles hit Kyiv","title":"Missiles hit Kyiv","published":"2025-03-07","text":"Russian missiles hit Kyiv on Friday.","kind":"ARTICLE"}]}}`},
		{"entity evidence is its mentions", `{ entity(name: "Kyiv") { evidence { totalCount nodes { quote span { start end } article { title } } } } }`,
			`{"entity":{"evidence":{"totalCount":1,"nodes":[{"quote":"Russian missiles hit Kyiv on Friday.","span":{"start":0,"end":36},"article":{"title":"Missiles hit Kyiv"}}]}}}`},
		{"article node by id, with its mentions", `{ node(id: "article:abc123") { ... on Article { title relations { nodes { type target { name } } } } } }`,
			`{"node":{"title":"Missiles hit Kyiv","relations":{"nodes":[{"type":"MENTIONS","target":{"name":"Kyiv"}}]}}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := exec(t, s, tc.query, nil)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if !reflect.DeepEqual(any(data), mustJSON(t, tc.want)) {
				got, _ := json.Marshal(data)
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestAttacksFollowEdges pins how attacks() finds attacks from its filters: through the
// relations of curated attacks, through the attackers of the flat struck facts for attacks
// the loaders recorded, intersecting filters, paging, and hiding retracted relations.
func TestAttacksFollowEdges(t *testing.T) {
	st := attackStore(t)
	ctx := context.Background()
	// An attack named after Russia whose properties name another attacker: the name leads
	// the by-filter to it, the property rules it out.
	by := graph.NodeID(graph.KindState, "Belarus")
	odesa := graph.Node{ID: graph.NodeID(graph.KindPlace, "Odesa"), Kind: graph.KindPlace, Name: "Odesa"}
	odd := graph.Node{ID: graph.NodeID(graph.KindAttack, "Russia strike on Odesa"), Kind: graph.KindAttack, Name: "Russia strike on Odesa",
		Props: map[string]string{"attacker": "Belarus", "targets": "Odesa", "place": "Odesa", "date": "2024"}}
	bel := graph.Node{ID: by, Kind: graph.KindState, Name: "Belarus"}
	e := graph.Edge{ID: graph.EdgeID(by, "struck", odesa.ID), Source: by, Type: "struck", Target: odesa.ID,
		Evidence: []graph.Evidence{{Article: "a5", Sentence: "Belarus struck Odesa.", Rule: "test", Confidence: 0.5}}}
	if _, err := st.Write(ctx, &graph.Batch{Nodes: []graph.Node{bel, odesa, odd}, Edges: []graph.Edge{e}}); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	page1, errs := exec(t, s, `{ attacks(by: "Russia", first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }`, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	cursor := page1["attacks"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"].(string)
	tests := []struct{ name, query, want string }{
		{"first page of an attacker's attacks", `{ attacks(by: "Russia", first: 1) { totalCount pageInfo { hasNextPage } nodes { name } } }`,
			`{"attacks":{"totalCount":2,"pageInfo":{"hasNextPage":true},"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)"}]}}`},
		{"last page after the cursor", `{ attacks(by: "Russia", first: 1, after: "` + cursor + `") { pageInfo { hasNextPage } nodes { name } } }`,
			`{"attacks":{"pageInfo":{"hasNextPage":false},"nodes":[{"name":"Russia strike on Lviv"}]}}`},
		{"the property, not the name, says who attacked", `{ attacks(by: "Russia") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)"},{"name":"Russia strike on Lviv"}]}}`},
		{"target through the attackers' struck facts", `{ attacks(target: "Lviv") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Russia strike on Lviv"}]}}`},
		{"target through a curated attack's relation", `{ attacks(target: "Crimea") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Ukraine strike on Crimea bridge"}]}}`},
		{"place named by a loader-recorded attack", `{ attacks(place: "Kyiv") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)"}]}}`},
		{"place through located_in", `{ attacks(place: "Crimea") { nodes { name } } }`,
			`{"attacks":{"nodes":[{"name":"Ukraine strike on Crimea bridge"}]}}`},
		{"filters intersect", `{ attacks(by: "Russia", target: "Kiev", from: "2025") { totalCount nodes { name } } }`,
			`{"attacks":{"totalCount":1,"nodes":[{"name":"Russia strike on Kyiv (2025-03-07)"}]}}`},
		{"date range outside every attack", `{ attacks(by: "Russia", from: "2026") { totalCount } }`, `{"attacks":{"totalCount":0}}`},
		{"a bad cursor is an error", `{ attacks(by: "Russia", after: "nonsense") { totalCount } }`, ``},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, errs := exec(t, s, tc.query, nil)
			if tc.want == "" {
				if len(errs) == 0 || errCode(errs[0]) != "BAD_CURSOR" {
					t.Fatalf("want a BAD_CURSOR error, got %v %v", data, errs)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if !reflect.DeepEqual(any(data), mustJSON(t, tc.want)) {
				got, _ := json.Marshal(data)
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}

	t.Run("a retracted relation no longer links its attack", func(t *testing.T) {
		a3 := graph.NodeID(graph.KindAttack, "Ukraine strike on Crimea bridge")
		if err := st.Retract(ctx, graph.EdgeID(a3, "located_in", graph.NodeID(graph.KindPlace, "Crimea")), "wrong place"); err != nil {
			t.Fatal(err)
		}
		s, err := New(Config{}, st, nil) // a fresh server: no cached responses
		if err != nil {
			t.Fatal(err)
		}
		data, errs := exec(t, s, `{ attacks(place: "Crimea") { totalCount } }`, nil)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if !reflect.DeepEqual(any(data), mustJSON(t, `{"attacks":{"totalCount":0}}`)) {
			got, _ := json.Marshal(data)
			t.Errorf("got %s", got)
		}
	})
}
