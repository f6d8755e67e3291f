package graph

import (
	"slices"
	"testing"
)

// TestFindBestIsFindByNamesFirst checks FindBest against FindByName on the names of
// TestFindByNameMatchesAliasesCaseInsensitively, from a cold cache, a warm one and after a
// write, and that what FindByName returns from the cache cannot change the cache.
func TestFindBestIsFindByNamesFirst(t *testing.T) {
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		ctx := t.Context()
		russianPerson := node(KindPerson, "Russ Ia", "Russia")
		usPlace := node(KindPlace, "Us")
		mustWrite(t, s, &Batch{Nodes: []Node{russia, usa, uk, putin, russianPerson, usPlace}})
		tests := []struct {
			name  string
			kinds []Kind
			want  string // "" when nothing is found
		}{
			{"Russia", nil, "state:russia"},
			{"russia", []Kind{KindPerson}, "person:russ-ia"},
			{"THE KREMLIN.", nil, "state:russia"},
			{"US", nil, "state:united-states"},
			{"us", nil, "place:us"},
			{"us", []Kind{KindState, KindPerson}, "state:united-states"},
			{"Putin", []Kind{KindState}, ""},
			{"Puti", nil, ""},
			{"", nil, ""},
		}
		check := func(when string) {
			t.Helper()
			for _, tt := range tests {
				n, ok, err := s.FindBest(ctx, tt.name, tt.kinds...)
				if err != nil {
					t.Fatalf("%s: FindBest(%q): %v", when, tt.name, err)
				}
				if got := n.ID; ok != (tt.want != "") || got != tt.want {
					t.Errorf("%s: FindBest(%q, %v) = %q, %v; want %q", when, tt.name, tt.kinds, got, ok, tt.want)
				}
				all, err := s.FindByName(ctx, tt.name, tt.kinds...)
				if err != nil {
					t.Fatal(err)
				}
				if len(all) > 0 != ok || (ok && all[0].ID != n.ID) {
					t.Errorf("%s: FindBest(%q) = %q, FindByName's first %v", when, tt.name, n.ID, all)
				}
				// Spoil what FindByName returned: the next look-up must not see it.
				for i := range all {
					all[i].Name = "spoiled"
					if len(all[i].Aliases) > 0 {
						all[i].Aliases[0] = "spoiled"
					}
				}
			}
		}
		check("cold cache")
		check("warm cache")
		n, ok, err := s.FindBest(ctx, "Russia")
		if err != nil || !ok || n.Name != "Russia" || !slices.Equal(n.Aliases, russia.Aliases) {
			t.Fatalf("after spoiling FindByName's answers: %+v, %v, %v", n, ok, err)
		}
		// A write moves the generation: the name cache must not answer with the old nodes.
		mustWrite(t, s, &Batch{Nodes: []Node{node(KindState, "Russia", "Muscovy")}})
		n, ok, err = s.FindBest(ctx, "Muscovy")
		if err != nil || !ok || n.ID != "state:russia" {
			t.Errorf("after a write: FindBest(Muscovy) = %q, %v, %v", n.ID, ok, err)
		}
		check("after a write")
	})
}
