package loaders

import (
	"context"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
)

func testKnowledge(tb testing.TB) *Knowledge {
	tb.Helper()
	k, err := LoadKnowledge(data.Knowledge())
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func TestSentenceSplitterSplits(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"headings end at the line break", "What has been said so far?\nSecurity guarantees have long been talked about.",
			[]string{"What has been said so far?", "Security guarantees have long been talked about."}},
		{"heading without a full stop", "History of failed agreements\nIn December 1994, Ukraine signed.",
			[]string{"History of failed agreements", "In December 1994, Ukraine signed."}},
		{"Mr and Gen. do not end sentences", "Mr Putin met Gen. Smith on Monday. They talked.",
			[]string{"Mr Putin met Gen. Smith on Monday.", "They talked."}},
		{"U.S. inside a sentence", "The U.S. Army said the U.S. would help. He agreed.",
			[]string{"The U.S. Army said the U.S. would help.", "He agreed."}},
		{"U.S. at the end of a sentence", "Troops left the U.S. The move surprised many.",
			[]string{"Troops left the U.S.", "The move surprised many."}},
		{"D.C. with a comma", "He was in Washington, D.C., on Thursday. Officials agreed.",
			[]string{"He was in Washington, D.C., on Thursday.", "Officials agreed."}},
		{"money in brackets", "Ukraine will buy $90bn (£66.6bn) in US weapons, Mr Zelenskyy said. It is large.",
			[]string{"Ukraine will buy $90bn (£66.6bn) in US weapons, Mr Zelenskyy said.", "It is large."}},
		{"closing quote stays with its sentence", "He said: \"We will win.\" Then he left.",
			[]string{"He said: \"We will win.\"", "Then he left."}},
		{"opening quote starts the next sentence", "Six were injured, he said. 'The message is clear.'",
			[]string{"Six were injured, he said.", "'The message is clear.'"}},
		{"initials stay in a name", "Former president George H. W. Bush attended.",
			[]string{"Former president George H. W. Bush attended."}},
		{"a month abbreviation the tokenizer parts from its stop", "They signed on Sept. 26 in Lima, where both spoke. It rained.",
			[]string{"They signed on Sept. 26 in Lima, where both spoke.", "It rained."}},
		{"a month abbreviation before a sentence starter", "The vote came in Sept. The result was close.",
			[]string{"The vote came in Sept.", "The result was close."}},
		{"a time abbreviation before a lower-case starter word", "The truce took effect at 4 a.m. on Wednesday, officials said. It held.",
			[]string{"The truce took effect at 4 a.m. on Wednesday, officials said.", "It held."}},
		{"a time abbreviation before a capitalised starter word", "The truce took effect at 4 a.m. On Thursday it held.",
			[]string{"The truce took effect at 4 a.m.", "On Thursday it held."}},
		{"blank lines and spaces", "\n\n  One sentence here.  \n\n", []string{"One sentence here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := sp.Split(context.Background(), tt.body)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range sents {
				got = append(got, s.Text)
				if tt.body[s.Start:s.End] != s.Text {
					t.Errorf("sentence span %d:%d does not quote %q", s.Start, s.End, s.Text)
				}
				for _, tk := range s.Tokens {
					if tt.body[tk.Start:tk.End] != tk.Text || tk.Tag == "" {
						t.Errorf("token %q: span %q, tag %q", tk.Text, tt.body[tk.Start:tk.End], tk.Tag)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSentenceSplitterTokens(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want string // tokens joined by spaces
	}{
		{"possessive", "Putin's aide", "Putin 's aide"},
		{"curly possessive", "Zelenskyy’s office", "Zelenskyy ’s office"},
		{"a title after then- is a title", "then-President Obama and then-US envoy", "then - President Obama and then-US envoy"},
		{"a hyphen waiting for a later word", "the Saudi- and US-brokered talks", "the Saudi - and US - brokered talks"},
		{"quote glued to a word", "'FREE TINA PETERS,' she wrote", "' Free Tina Peters , ' she wrote"},
		{"compound of two known names", "the US-Taliban deal", "the US - Taliban deal"},
		{"agent suffix", "Russian-backed separatists", "Russian - backed separatists"},
		{"place with a suffix", "a San Francisco-based firm", "a San Francisco - based firm"},
		{"a known compound stays whole", "Guinea-Bissau voted", "Guinea-Bissau voted"},
		{"an unknown compound stays whole", "Kim Jong-un and Mlambo-Ngcuka", "Kim Jong-un and Mlambo-Ngcuka"},
		{"similarity suffix names no actor", "NATO-style protection", "NATO-style protection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := sp.Split(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range sents {
				for _, tk := range s.Tokens {
					got = append(got, tk.Text)
					if !strings.EqualFold(tt.text[tk.Start:tk.End], tk.Text) {
						t.Errorf("token %q has span %q", tk.Text, tt.text[tk.Start:tk.End])
					}
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}

func TestSentenceSplitterBoundsLongRuns(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("word ", 5000)
	sents, err := sp.Split(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		if len(s.Tokens) > maxSentenceTokens {
			t.Fatalf("sentence of %d tokens, cap %d", len(s.Tokens), maxSentenceTokens)
		}
	}
	if len(sents) < 5000/maxSentenceTokens {
		t.Errorf("got %d sentences", len(sents))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := sp.Split(ctx, body); err == nil {
		t.Error("cancelled context: want an error")
	}
}
