package loaders

import (
	"strings"
	"testing"
	"unicode"
)

// foldSamples mix ASCII, curly quotes, diacritics, odd spaces and invalid UTF-8: the fast
// paths below must agree with the plain definitions on all of them.
var foldSamples = []string{
	"", "the", "The", "THE", "US", "U.S.", "Kyiv", "Kyiv’s", "Kyiv's", "‘Doha", "O’Neill",
	"Zelenskyy", "Zelenskiy", "Zelensky", "Sergei", "Sergey", "Andriy", "Andrii", "Erdoğan",
	"Lavrov ", " Lavrov", "Sergei  Lavrov", "Sergei\tLavrov", "Sergei\u00a0Lavrov", "Mr Putin's",
	"İstanbul", "KELVIN\u212a", "bad\xe2\x80", "\xe2\xe2\x80\x99x", "\xc3’", "ÅLAND", "x", "'",
	strings.Repeat("Long", 20),
}

func TestFoldEqualsMatchesFoldToken(t *testing.T) {
	for _, a := range foldSamples {
		for _, b := range foldSamples {
			fb := foldToken(b)
			if got, want := foldEquals(a, fb), foldToken(a) == fb; got != want {
				t.Errorf("foldEquals(%q, %q) = %v, want %v", a, fb, got, want)
			}
		}
		if b, ok := appendASCIIFold(nil, a); ok && string(b) != foldToken(a) {
			t.Errorf("appendASCIIFold(%q) = %q, want %q", a, b, foldToken(a))
		}
	}
}

func TestNameKeyAndAliasTextFastPaths(t *testing.T) {
	// The definitions before the fast paths.
	nameKeyRef := func(s string) string {
		var b []rune
		for _, r := range strings.ToLower(normQuote(s)) {
			r = foldDiacritic(r)
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			if n := len(b); n > 0 && b[n-1] == r {
				continue
			}
			b = append(b, r)
		}
		k := string(b)
		for _, suf := range []string{"iy", "yi", "ey", "ei", "ii", "y"} {
			if strings.HasSuffix(k, suf) && len(k) > len(suf)+1 {
				return k[:len(k)-len(suf)] + "i"
			}
		}
		return k
	}
	aliasTextRef := func(s string) string {
		return strings.TrimSuffix(strings.Join(strings.Fields(normQuote(s)), " "), "'s")
	}
	for _, s := range foldSamples {
		if got, want := nameKey(s), nameKeyRef(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := aliasText(s), aliasTextRef(s); got != want {
			t.Errorf("aliasText(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestMatchAllocatesNothingForAKnownName(t *testing.T) {
	k := testKnowledge(t)
	toks := []Token{{Text: "Ukraine"}, {Text: "said"}}
	if _, n := k.gaz.Match(toks, 0); n != 1 {
		t.Fatalf("Match(Ukraine) length %d, want 1", n)
	}
	if a := testing.AllocsPerRun(100, func() { k.gaz.Match(toks, 0) }); a != 0 {
		t.Errorf("Match allocates %v times per call, want 0", a)
	}
}
