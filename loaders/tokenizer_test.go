package loaders

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"
)

func TestTokenizerSplits(t *testing.T) {
	tk := testKnowledge(t).tok
	tests := []struct {
		name, text string
		want       []string
	}{
		{"splits at any white space", "Kyiv\tand\u00a0Moscow  met\u2003today", []string{"Kyiv", "and", "Moscow", "met", "today"}},
		{"peels closing punctuation off in order", `war."),`, []string{"war", ".", `"`, ")", ","}},
		{"peels opening marks off", `("$5`, []string{"(", `"`, "$", "5"}},
		{"curly quotes are marks too", "“Peace,” he said", []string{"“", "Peace", ",", "”", "he", "said"}},
		{"keeps initialisms whole", "(U.S.) e.g.", []string{"(", "U.S.", ")", "e.g."}},
		{"keeps short capitalised abbreviations whole", "Gen. Mr. Sept.", []string{"Gen.", "Mr.", "Sept", "."}},
		{"splits clitics off", "don't They'll Russia’s WON'T", []string{"do", "n't", "They", "'ll", "Russia", "’s", "WO", "N'T"}},
		{"a clitic at the start does not split", "'s 'sam", []string{"'s", "'sam"}},
		{"a clitic first seen at the start is not split later", "'s's", []string{"'s's"}},
		{"keeps symbols whole", "great :-) (: xD", []string{"great", ":-)", "(:", "xD"}},
		{"a lone mark is a token", `( . "`, []string{"(", ".", `"`}},
		{"no text no tokens", " \n ", nil},
		{"a long dash parts words with no space around it", "July 20—Turkish forces, 1990–94", []string{"July", "20", "—", "Turkish", "forces", ",", "1990", "–", "94"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tk.Tokenize(tt.text) {
				if tt.text[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q has span %d:%d, which holds %q", tok.Text, tok.Start, tok.End, tt.text[tok.Start:tok.End])
				}
				got = append(got, tok.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTokenizerAgreesWithProse pins the tokenizer to prose's, which every stage was built and
// scored on, token for token and offset for offset: on the default corpus, the development
// set, the PLOVER sentences, every symbol of the table in company, and 50 000 random spans
// made of the marks and letters the rules look at.
func TestTokenizerAgreesWithProse(t *testing.T) {
	k := testKnowledge(t)
	texts := referenceTexts(t)
	var symbols []string
	for s := range k.symbols {
		symbols = append(symbols, s, "("+s+")", `"`+s+`",`, s+".", "a"+s)
	}
	slices.Sort(symbols)
	texts["symbols"] = strings.Join(symbols, " ")
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "A", "n", "N", "t", "T", "s", "S", "l", "m", "re", "x", "D", "o", "8", "0",
		".", ",", "'", "’", "‘", "“", "”", `"`, "(", ")", "[", "]", "$", "!", "?", ";", ":", "-", "_",
		"é", "\xff", " ", "\t", "\u00a0", "\u0085"}
	for _, s := range symbols[:20] {
		pieces = append(pieces, s)
	}
	var random []string
	for range 50_000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		random = append(random, b.String())
	}
	texts["random spans"] = strings.Join(random, "\n")

	prose := tokenize.New()
	compared := 0
	for name, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			compared += compareWithProse(t, name, k.tok, prose, line)
		}
	}
	t.Logf("%d texts, %d tokens compared", len(texts), compared)
}

// FuzzTokenizerAgreesWithProse looks for a text the two tokenizers split differently.
func FuzzTokenizerAgreesWithProse(f *testing.F) {
	for _, s := range []string{"He said: “It’s 5 p.m. in the U.S.”", "don't 's's (:-) xD", "\xff\u00a0n't"} {
		f.Add(s)
	}
	k := testKnowledge(f)
	prose := tokenize.New()
	f.Fuzz(func(t *testing.T, text string) {
		compareWithProse(t, "fuzz", k.tok, prose, text)
	})
}

// compareWithProse reports where tk and prose tokenize text differently, and returns how
// many tokens it compared.
func compareWithProse(t *testing.T, name string, tk *Tokenizer, prose *tokenize.Tokenizer, text string) int {
	t.Helper()
	got, want := tk.Tokenize(text), prose.Tokenize(text)
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i].Text
			if got[i].End-got[i].Start != len(g) {
				t.Errorf("%s: %q: token %d %q ends at %d, starting at %d", name, text, i, g, got[i].End, got[i].Start)
			}
		}
		if i < len(want) {
			w = want[i].Text
		}
		if i >= len(got) || i >= len(want) || g != w || got[i].Start != want[i].Start {
			t.Errorf("%s: %q: token %d is %q, prose's is %q (all: %q, prose: %q)", name, text, i, g, w, tokenTexts(got), proseTexts(want))
			return i
		}
	}
	return len(got)
}

func tokenTexts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func proseTexts(toks []tokenize.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// BenchmarkTokenize tokenizes the default corpus line by line with this tokenizer and with
// prose's.
func BenchmarkTokenize(b *testing.B) {
	lines := strings.Split(referenceTexts(b)["default corpus"], "\n")
	words := 0
	for _, l := range lines {
		words += len(strings.Fields(l))
	}
	tk := testKnowledge(b).tok
	prose := tokenize.New()
	for _, c := range []struct {
		name     string
		tokenize func(string) int
	}{
		{"entente", func(s string) int { return len(tk.Tokenize(s)) }},
		{"prose", func(s string) int { return len(prose.Tokenize(s)) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, l := range lines {
					c.tokenize(l)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
		})
	}
}
