package graph

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestNodeIDIsKindAndSlug(t *testing.T) {
	tests := []struct {
		kind Kind
		name string
		want string
	}{
		{KindState, "Russia", "state:russia"},
		{KindPerson, "Vladimir Putin", "person:vladimir-putin"},
		{KindPerson, "  Vladimir   Putin. ", "person:vladimir-putin"},
		{KindState, "U.S.", "state:u-s"},
		{KindPlace, "Élysée Palace", "place:élysée-palace"},
		{KindAgreement, "Minsk II (2015)", "agreement:minsk-ii-2015"},
		{KindPlace, "Київ", "place:київ"},
	}
	for _, tt := range tests {
		if got := NodeID(tt.kind, tt.name); got != tt.want {
			t.Errorf("NodeID(%s, %q) = %q, want %q", tt.kind, tt.name, got, tt.want)
		}
	}
}

func TestNodeIDOfOddNamesIsShortAndDistinct(t *testing.T) {
	long1 := strings.Repeat("a", 10000)
	long2 := strings.Repeat("a", 9999) + "b"
	ids := []string{NodeID(KindPerson, "???"), NodeID(KindPerson, "!!!"), NodeID(KindPerson, long1), NodeID(KindPerson, long2)}
	seen := map[string]bool{}
	for _, id := range ids {
		if len(id) > maxSlug+20 {
			t.Errorf("id %q is %d bytes long", id[:30], len(id))
		}
		if !strings.HasPrefix(id, "person:") || seen[id] {
			t.Errorf("id %q is not a distinct person id", id)
		}
		seen[id] = true
	}
}

func TestEdgeIDOrdersSymmetricPredicates(t *testing.T) {
	ab := EdgeID("person:a", "met_with", "person:b")
	ba := EdgeID("person:b", "met_with", "person:a")
	if ab != ba {
		t.Errorf("met_with A–B %s != B–A %s", ab, ba)
	}
	if s1, s2 := EdgeID("state:a", "attacked", "state:b"), EdgeID("state:b", "attacked", "state:a"); s1 == s2 {
		t.Errorf("attacked A→B and B→A share id %s", s1)
	}
	if len(ab) != 16 {
		t.Errorf("EdgeID = %q, want 16 hex digits", ab)
	}
	if _, ok := parseEdgeID(ab); !ok {
		t.Errorf("parseEdgeID(%q) failed", ab)
	}
}

func TestNormalizeAlias(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the Kremlin", "kremlin"},
		{"The  Kremlin ", "kremlin"},
		{"Kremlin.", "kremlin"},
		{"US", "us"},
		{"U.S.", "u.s"},
		{"Putin’s", "putin's"},
		{"Theresa May", "theresa may"},
		{"the", "the"},
		{"\"the White House\"", "white house"},
		{"a\x00b", "ab"},
	}
	for _, tt := range tests {
		if got := normalizeAlias(tt.in); got != tt.want {
			t.Errorf("normalizeAlias(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEarlierDate(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"", "2014", "2014"},
		{"2015-02-12", "2014", "2014"},
		{"2014", "2014-03-18", "2014-03-18"},
		{"2014-03", "2014-02-27", "2014-02-27"},
	}
	for _, tt := range tests {
		if got := earlierDate(tt.a, tt.b); got != tt.want {
			t.Errorf("earlierDate(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
		if got := earlierDate(tt.b, tt.a); got != tt.want {
			t.Errorf("earlierDate(%q, %q) = %q, want %q", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestArticleIDIsTheFirstHalfOfSHA256 pins the id format loaders and the server share.
func TestArticleIDIsTheFirstHalfOfSHA256(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb924"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223"},
	} {
		if got := ArticleID(tc.text); got != tc.want {
			t.Errorf("ArticleID(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestEdgeIDOrdersSymmetricEnds checks that the predicate table marks met_with symmetric and
// nothing else among the ones tested.
func TestEdgeIDOrdersSymmetricEnds(t *testing.T) {
	for _, tc := range []struct {
		pred string
		same bool
	}{{"met_with", true}, {"signed", false}, {"no_such_predicate", false}} {
		if got := EdgeID("a", tc.pred, "b") == EdgeID("b", tc.pred, "a"); got != tc.same {
			t.Errorf("%s: EdgeID(a,b)==EdgeID(b,a) is %v, want %v", tc.pred, got, tc.same)
		}
	}
}

func TestContainsEdgeIDAgreesWithBisection(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 28))
	spread := func(n int) []uint64 { // hashes: even over the range
		s := make([]uint64, n)
		for i := range s {
			s[i] = rng.Uint64()
		}
		return s
	}
	for _, tc := range []struct {
		name string
		ids  []uint64
	}{
		{"none", nil},
		{"one", []uint64{42}},
		{"hashes", spread(5000)},
		{"hashes and the ends of the range", append(spread(3000), 0, 1, math.MaxUint64-1, math.MaxUint64)},
		{"bunched in a narrow band", func() []uint64 {
			s := spread(4000)
			for i := range s {
				s[i] = 1<<40 + s[i]>>44
			}
			return s
		}()},
		{"bunched at the top", func() []uint64 {
			s := spread(4000)
			for i := range s {
				s[i] |= 0xfff0 << 48
			}
			return s
		}()},
		{"consecutive", func() []uint64 {
			s := make([]uint64, 3000)
			for i := range s {
				s[i] = 1<<63 + uint64(i)
			}
			return s
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := slices.Clone(tc.ids)
			slices.Sort(ids)
			ids = slices.Compact(ids)
			probes := slices.Clone(ids)
			for _, id := range ids {
				probes = append(probes, id-1, id+1)
			}
			probes = append(probes, spread(2000)...)
			probes = append(probes, 0, math.MaxUint64)
			for _, h := range probes {
				_, want := slices.BinarySearch(ids, h)
				if got := containsEdgeID(ids, h); got != want {
					t.Fatalf("containsEdgeID(%d ids, %#x) = %v, bisection says %v", len(ids), h, got, want)
				}
			}
		})
	}
}

// BenchmarkContainsEdgeID looks up ids, half of them present, among as many edge ids as a
// 10 M-fact import's later streams hold.
func BenchmarkContainsEdgeID(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	ids := make([]uint64, 8<<20)
	for i := range ids {
		ids[i] = rng.Uint64()
	}
	probes := make([]uint64, 1<<16)
	for i := range probes {
		probes[i] = rng.Uint64()
		if i%2 == 0 {
			probes[i] = ids[rng.IntN(len(ids))]
		}
	}
	slices.Sort(ids)
	for _, bc := range []struct {
		name     string
		contains func([]uint64, uint64) bool
	}{
		{"bisection", func(s []uint64, h uint64) bool { _, ok := slices.BinarySearch(s, h); return ok }},
		{"from the hash's share", containsEdgeID},
	} {
		b.Run(bc.name, func(b *testing.B) {
			found := 0
			for i := 0; b.Loop(); i++ {
				if bc.contains(ids, probes[i%len(probes)]) {
					found++
				}
			}
			if found == 0 {
				b.Fatal("no probe found")
			}
		})
	}
}
