package server

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// attackStore holds two attacks recorded the way the loaders do (properties naming the
// attacker, targets and place) and one linked by relations, plus an article mentioning Kyiv.
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
	edges := []graph.Edge{
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
