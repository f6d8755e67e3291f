package loaders

import (
	"context"
	"strings"
	"testing"
)

// words returns the sentences' token texts, one line a sentence.
func sentenceWords(sents []Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, t := range s.Tokens {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSplitterReadsTitleCaseAndCapitalsAsProse(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, want string
	}{
		{"title_case_words_the_prose_writes_small_are_small",
			"Indonesia and Aceh Rebels Sign Peace Deal in Helsinki\nThe rebels said the peace deal would hold.",
			"Indonesia and Aceh rebels sign peace deal in Helsinki\nThe rebels said the peace deal would hold ."},
		{"title_case_keeps_a_name_the_prose_capitalises",
			"Britain and China Sign Joint Declaration on Hong Kong\nThey signed the Joint Declaration in Beijing.",
			"Britain and China sign Joint Declaration on Hong Kong\nThey signed the Joint Declaration in Beijing ."},
		{"title_case_keeps_an_unknown_word_as_a_name",
			"Kiptum Breaks Marathon Record in Chicago\nHe ran 2:00:35.",
			"Kiptum breaks marathon record in Chicago\nHe ran 2:00:35 ."},
		{"sentence_case_headline_is_left_alone",
			"Putin and Kim sign mutual defence pact\nThe Pact was signed.",
			"Putin and Kim sign mutual defence pact\nThe Pact was signed ."},
		{"capitals_become_the_prose_case_and_acronyms_stay",
			"IRAQ PROCLAIMS MERGER WITH KUWAIT AS U.S. FORCES HEAD FOR SAUDI ARABIA\nThe merger was announced as US forces arrived.",
			"Iraq proclaims merger with Kuwait as U.S. forces head for Saudi Arabia\nThe merger was announced as US forces arrived ."},
		{"shouted_quote_inside_prose",
			`Trump wrote "FULL AND IMMEDIATE CEASEFIRE" on Monday.`,
			`Trump wrote " full and immediate ceasefire " on Monday .`},
		{"two_acronyms_side_by_side_are_not_shouting",
			"The US and UK STRIKE targets.",
			"The US and UK STRIKE targets ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents, err := sp.Split(context.Background(), tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if got := sentenceWords(sents); got != tt.want {
				t.Errorf("\n got: %s\nwant: %s", got, tt.want)
			}
			for _, s := range sents {
				for _, tok := range s.Tokens {
					if !strings.EqualFold(tok.Text, tt.body[tok.Start:tok.End]) {
						t.Errorf("token %q does not point at its word %q", tok.Text, tt.body[tok.Start:tok.End])
					}
				}
			}
		})
	}
}

func TestSplitTitleReadsTheHeadlineAgainstTheBody(t *testing.T) {
	sp, err := NewSentenceSplitter(testKnowledge(t))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := sp.Split(context.Background(), "The Free Aceh Movement signed the Peace Accord. Both sides welcomed the accord.")
	got, _ := sp.SplitTitle(context.Background(), "Aceh Rebels Sign Peace Accord in Helsinki", body)
	if w := sentenceWords(got); w != "Aceh rebels sign Peace Accord in Helsinki" {
		t.Errorf("got %q", w)
	}
}
