package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/entente-kg/entente/graph"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "entente-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	s, err := graph.Open(graph.DefaultOptions(dir))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	ctx := context.Background()
	russia := graph.Node{Kind: graph.KindState, Name: "Russia", Aliases: []string{"the Kremlin"}}
	memo := graph.Node{Kind: graph.KindAgreement, Name: "Budapest Memorandum"}
	russia.ID = graph.NodeID(russia.Kind, russia.Name)
	memo.ID = graph.NodeID(memo.Kind, memo.Name)
	sum, err := s.Write(ctx, &graph.Batch{
		Nodes: []graph.Node{russia, memo},
		Edges: []graph.Edge{{Source: russia.ID, Type: "violated", Target: memo.ID, Date: "2014"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d nodes, %d edge\n", sum.NodesNew, sum.EdgesNew)

	found, err := s.FindByName(ctx, "the kremlin")
	if err != nil {
		log.Fatal(err)
	}
	page, err := s.Edges(ctx, graph.EdgeQuery{Node: found[0].ID, Types: []string{"violated"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range page.Edges {
		target, err := s.Node(ctx, e.Target)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s violated %s (%s)\n", found[0].Name, target.Name, e.Date)
	}
	// Output:
	// 2 nodes, 1 edge
	// Russia violated Budapest Memorandum (2014)
}

func ExampleStore_FindByName() {
	s, err := graph.Open(graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	_, err = s.Write(ctx, &graph.Batch{Nodes: []graph.Node{
		{Kind: graph.KindState, Name: "United States", Aliases: []string{"US", "U.S."}},
		{Kind: graph.KindPlace, Name: "Us"},
	}})
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range []string{"US", "us", "the U.S."} {
		nodes, err := s.FindByName(ctx, name)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(name, ":")
		for _, n := range nodes {
			fmt.Print(" ", n.ID)
		}
		fmt.Println()
	}
	// Output:
	// US: state:united-states place:us
	// us: place:us state:united-states
	// the U.S.: state:united-states
}

func ExampleNodeID() {
	fmt.Println(graph.NodeID(graph.KindPerson, "Vladimir Putin"))
	fmt.Println(graph.EdgeID("person:a", "met_with", "person:b") == graph.EdgeID("person:b", "met_with", "person:a"))
	// Output:
	// person:vladimir-putin
	// true
}
