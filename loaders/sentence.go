package loaders

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-kg/entente/loaders/internal/postag"
)

// SentenceSplitter splits an article body into sentences of POS-tagged tokens with byte offsets
// into the body. It splits on line breaks first, so headings without a full stop never glue onto
// the next sentence, then on sentence punctuation, keeping abbreviations ("Mr", "U.S.", "Gen.")
// inside their sentence. It holds no per-call state and is safe for concurrent use.
type SentenceSplitter struct {
	tok    *Tokenizer
	tagger *postag.Tagger
	// noBreak holds folded abbreviations that never end a sentence ("mr.", "gen.").
	noBreak map[string]bool
	// starters holds folded words that start a new sentence after an ambiguous abbreviation
	// ("the", "he"): "… in the U.S. He said" breaks, "the U.S. Army" does not.
	starters map[string]bool
	// gaz and cues split hyphenated compounds of known names ("US-Taliban", "Russian-backed").
	gaz  *Gazetteer
	cues map[string]map[string]bool
	// recase reads title-case lines and words in capitals as prose (recase.go).
	recase recaser
}

// maxSentenceTokens caps one sentence so that a megabyte without punctuation cannot make
// later stages quadratic; the rest of such a run continues as further sentences.
const maxSentenceTokens = 400

// NewSentenceSplitter returns a splitter; k supplies the abbreviations (titles ending in ".")
// and the words that start sentences.
func NewSentenceSplitter(k *Knowledge) (*SentenceSplitter, error) {
	model, err := postag.English()
	if err != nil {
		return nil, fmt.Errorf("sentence splitter: %w", err)
	}
	var symbols map[string]bool
	tok := NewTokenizer(nil)
	if k != nil {
		symbols, tok = k.symbols, k.tok
	}
	s := &SentenceSplitter{tok: tok, tagger: postag.New(model, symbols), noBreak: map[string]bool{}, starters: map[string]bool{}}
	s.recase.known, s.recase.properOnly = s.tagger.Knows, s.tagger.ProperOnly
	if k != nil {
		s.gaz, s.cues = k.gaz, k.cues
		s.recase.gaz, s.recase.common = k.gaz, map[string]bool{}
		for _, words := range k.cues {
			for w := range words {
				if isLowerWord(w) && !strings.ContainsRune(w, ' ') {
					s.recase.common[w] = true
				}
			}
		}
		for w := range k.abbrevs {
			s.noBreak[w] = true
		}
		for w := range k.notName {
			s.starters[strings.ToLower(w)] = true
		}
	}
	return s, nil
}

// Split returns the sentences of body. Offsets are byte offsets into body, and every token's
// text equals body[Start:End], except in a title-case line or a run of words in capitals,
// whose words are written as the rest of body writes them ("Sign" → "sign").
func (s *SentenceSplitter) Split(ctx context.Context, body string) ([]Sentence, error) {
	out, err := s.splitLines(ctx, body)
	if err != nil {
		return nil, err
	}
	s.recase.recase(out, func() *caseProfile { return newCaseProfile(out) })
	s.tagAll(out)
	return out, nil
}

// SplitTitle is Split for an article's headline, whose words are recased as its body (already
// split) writes them.
func (s *SentenceSplitter) SplitTitle(ctx context.Context, title string, body []Sentence) ([]Sentence, error) {
	out, err := s.splitLines(ctx, title)
	if err != nil {
		return nil, err
	}
	s.recase.recase(out, func() *caseProfile { return newCaseProfile(body) })
	s.tagAll(out)
	return out, nil
}

// splitLines returns the untagged sentences of text, line by line.
func (s *SentenceSplitter) splitLines(ctx context.Context, body string) ([]Sentence, error) {
	var out []Sentence
	lineStart := 0
	for lineStart <= len(body) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := strings.IndexByte(body[lineStart:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += lineStart
		}
		out = s.splitLine(body, lineStart, end, out)
		lineStart = end + 1
	}
	return out, nil
}

// joinInitial joins a stop at offset at to the capital letter token before it, when they
// touch: the tokenizer splits initials ("H." → "H", "."), and a name's initials stay one
// token, in the text and in the knowledge tables' names alike ("George W. Bush").
func joinInitial(toks []Token, text string, at int) bool {
	if text != "." || len(toks) == 0 {
		return false
	}
	last := &toks[len(toks)-1]
	if last.End != at || len(last.Text) != 1 || last.Text[0] < 'A' || last.Text[0] > 'Z' {
		return false
	}
	last.Text += "."
	last.End++
	return true
}

func (s *SentenceSplitter) tagAll(sents []Sentence) {
	for i := range sents {
		s.tagTokens(sents[i].Tokens)
	}
}

// splitLine appends the sentences of body[from:to] (one line) to out.
func (s *SentenceSplitter) splitLine(body string, from, to int, out []Sentence) []Sentence {
	line := body[from:to]
	if strings.TrimSpace(line) == "" {
		return out
	}
	raw := s.tok.Tokenize(line)
	toks := make([]Token, 0, len(raw)+4)
	for _, t := range raw {
		if joinInitial(toks, t.Text, from+t.Start) {
			continue
		}
		n := len(toks)
		// The tokenizer keeps a stop on some short words ("Yi."); unless the word is a known
		// abbreviation, the stop is punctuation.
		stop := false
		txt := t.Text
		if len(txt) > 2 && txt[len(txt)-1] == '.' && !strings.Contains(txt[:len(txt)-1], ".") && !s.noBreak[strings.ToLower(txt)] {
			txt, stop = txt[:len(txt)-1], true
		}
		toks = appendSplitQuotes(toks, txt, from+t.Start)
		if s.gaz != nil {
			for j := n; j < len(toks); j++ {
				if strings.IndexByte(toks[j].Text, '-') > 0 {
					toks = s.splitHyphen(toks, j)
				}
			}
		}
		if stop {
			at := from + t.Start + len(txt)
			toks = append(toks, Token{Text: ".", Start: at, End: at + 1})
		}
	}
	start := 0
	for i := 0; i < len(toks); i++ {
		if i-start+1 < maxSentenceTokens && !s.endsSentence(toks, i) {
			continue
		}
		// Closing quotes and brackets after the full stop belong to the sentence.
		// A straight quote closes only when it touches the stop: in "said. 'The" it opens the next.
		for i+1 < len(toks) && isCloser(toks[i+1].Text) && (toks[i+1].Start == toks[i].End || !isStraightQuote(toks[i+1].Text)) {
			i++
		}
		out = s.appendSentence(out, body, toks[start:i+1])
		start = i + 1
	}
	if start < len(toks) {
		out = s.appendSentence(out, body, toks[start:])
	}
	return out
}

func (s *SentenceSplitter) appendSentence(out []Sentence, body string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return out
	}
	own := make([]Token, len(toks))
	copy(own, toks)
	st, en := own[0].Start, own[len(own)-1].End
	return append(out, Sentence{Text: body[st:en], Start: st, End: en, Tokens: own})
}

// tagWord is the word the tagger reads for a token. The tagger learned straight quotes and
// the Treebank's "--" for a dash, so "Kosovo’s first deputy" must read as "Kosovo's first
// deputy" and "Brazil and Chile — while" as "Brazil and Chile -- while" (a dash it never saw
// it tags as a name).
func tagWord(text string) string {
	switch text {
	case leftDouble, rightDouble:
		return `"`
	case "—", "–", "―":
		return "--"
	}
	return normQuote(text)
}

// quoteSide is the Treebank's word for the double quote at toks[i]: two backquotes when it
// opens a quotation, two apostrophes when it closes one. The model learnt quotes in that
// form; a bare '"' it never saw, and tagged as a noun or an adjective, which broke the
// phrase around it ("The accord, formally titled "Procedure …," was signed").
func quoteSide(toks []Token, i int) string {
	switch {
	case toks[i].Text == leftDouble:
		return "``"
	case toks[i].Text == rightDouble:
		return "''"
	case i+1 < len(toks) && toks[i+1].Start == toks[i].End && (i == 0 || toks[i-1].End < toks[i].Start):
		return "``" // attached to the next word, apart from the one before
	}
	return "''"
}

// tagWords is the sentence as the tagger reads it: each token's tagWord, quotes as opening
// or closing ones.
func tagWords(toks []Token) []string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = tagWord(t.Text)
		if words[i] == `"` {
			words[i] = quoteSide(toks, i)
		}
	}
	return words
}

// tagTokens fills Tag with the perceptron tagger's Penn Treebank tags for the sentence.
func (s *SentenceSplitter) tagTokens(toks []Token) {
	words, tags := tagWords(toks), make([]string, len(toks))
	s.tagger.Tag(words, tags)
	for i := range toks {
		toks[i].Tag = tags[i]
	}
}

// endsSentence reports whether toks[i] closes a sentence.
func (s *SentenceSplitter) endsSentence(toks []Token, i int) bool {
	t := toks[i].Text
	switch t {
	case ".", "!", "?", "…", "...":
		// "5 p.m. ." and the like never occur; a lone stop always ends the sentence, unless the
		// next word starts in lower case ("the U.S . army" from odd spacing).
		if i+1 < len(toks) && startsLower(toks[i+1].Text) {
			return false
		}
		// The tokenizer parts some abbreviations from their stop ("Sept" "."): as for "Inc.",
		// the sentence ends there only before a sentence starter ("Sept. 26" goes on).
		if t == "." && i > 0 && i+1 < len(toks) && toks[i-1].End == toks[i].Start && s.noBreak[strings.ToLower(toks[i-1].Text)+"."] {
			next := toks[i+1].Text
			if isOpener(next) && i+2 < len(toks) {
				next = toks[i+2].Text
			}
			return s.startsSentence(next)
		}
		return true
	}
	if len(t) < 2 || t[len(t)-1] != '.' {
		return false
	}
	f := strings.ToLower(t)
	if s.noBreak[f] {
		return false
	}
	// An abbreviation or initialism with a dot ("U.S.", "D.C.", "Inc."): a sentence ends only
	// when the next word is a sentence starter ("He", "The") or nothing follows.
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1].Text
	if isOpener(next) && i+2 < len(toks) {
		next = toks[i+2].Text
	}
	return s.startsSentence(next)
}

// startsSentence says whether word can open a sentence after an ambiguous abbreviation: a
// sentence starter written as one, "He" or "On", never "on" ("at 4 a.m. on Wednesday").
func (s *SentenceSplitter) startsSentence(word string) bool {
	return !startsLower(word) && s.starters[strings.ToLower(word)]
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "'", "“", "‘", "(", "[", "«":
		return true
	}
	return false
}

// appendSplitQuotes appends a token, splitting quote marks that the tokenizer leaves attached to
// a word ("'FREE", "done'"), so names inside quotes are seen as names. Offsets stay exact.
func appendSplitQuotes(toks []Token, text string, start int) []Token {
	for len(text) > 1 {
		r, n := utf8.DecodeRuneInString(text)
		// A lone curly quote is longer than one byte and already a token of its own.
		if n == len(text) || !isQuoteRune(r) || (r == '\'' || r == '’') && isClitic(text[n:]) {
			break
		}
		toks = append(toks, Token{Text: text[:n], Start: start, End: start + n})
		text, start = text[n:], start+n
	}
	var tail []Token
	for len(text) > 1 {
		r, n := utf8.DecodeLastRuneInString(text)
		if n == len(text) || !isQuoteRune(r) || (r == '\'' || r == '’') && precededByS(text[:len(text)-n]) {
			break
		}
		cut := len(text) - n
		tail = append(tail, Token{Text: text[cut:], Start: start + cut, End: start + len(text)})
		text = text[:cut]
	}
	toks = append(toks, Token{Text: text, Start: start, End: start + len(text)})
	for j := len(tail) - 1; j >= 0; j-- {
		toks = append(toks, tail[j])
	}
	return toks
}

// precededByS keeps plural possessives ("Workers'") whole.
func precededByS(s string) bool {
	return strings.HasSuffix(s, "s") && len(s) > 2 && startsUpper(s)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '\'', '"', '‘', '’', '“', '”', '«', '»', '{', '}', '[', ']':
		return true
	}
	return false
}

// splitHyphen splits toks[j] at its hyphens when the compound joins a known name to another
// name or to a suffix ("US-Taliban" → US - Taliban, "NATO-style" → NATO - style), so that the
// names inside are seen. A compound that is itself a name ("Guinea-Bissau") stays whole.
func (s *SentenceSplitter) splitHyphen(toks []Token, j int) []Token {
	t := toks[j]
	if s.knownWord(t.Text) {
		return toks
	}
	parts := strings.Split(t.Text, "-")
	if len(parts) < 2 || len(parts) > 4 {
		return toks
	}
	// "then-President Barack Obama": the title after "then-" is a title like any other.
	if len(parts) == 2 && strings.EqualFold(parts[0], "then") && s.titleWord(parts[1]) {
		n := len(parts[0])
		split := []Token{{Text: parts[0], Start: t.Start, End: t.Start + n}, {Text: "-", Start: t.Start + n, End: t.Start + n + 1}, {Text: parts[1], Start: t.Start + n + 1, End: t.End}}
		return append(toks[:j], append(split, toks[j+1:]...)...)
	}
	// "the Saudi- and US-brokered talks": a known name whose hyphen waits for a later word.
	if len(parts) == 2 && parts[1] == "" && s.knownWord(parts[0]) {
		n := len(parts[0])
		split := []Token{{Text: parts[0], Start: t.Start, End: t.Start + n}, {Text: "-", Start: t.Start + n, End: t.End}}
		return append(toks[:j], append(split, toks[j+1:]...)...)
	}
	known, unknown, ok := 0, 0, true
	for i, p := range parts {
		switch {
		case p == "":
			ok = false
		case i == len(parts)-1 && i > 0 && s.cues["hyphen_suffix"][p]:
			known++
		case startsUpper(p):
			if s.knownWord(p) {
				known++
			} else if !s.cues["direction_word"][p] {
				unknown++
			}
		default:
			ok = false
		}
	}
	if !ok || known == 0 || unknown > 0 && !s.cues["hyphen_suffix"][parts[len(parts)-1]] {
		return toks
	}
	out := make([]Token, 0, 2*len(parts)-1)
	at := t.Start
	for i, p := range parts {
		if i > 0 {
			out = append(out, Token{Text: "-", Start: at, End: at + 1})
			at++
		}
		out = append(out, Token{Text: p, Start: at, End: at + len(p)})
		at += len(p)
	}
	return append(toks[:j], append(out, toks[j+1:]...)...)
}

// titleWord reports whether w is the first word of a title ("President", "Secretary").
func (s *SentenceSplitter) titleWord(w string) bool {
	for _, e := range s.gaz.bucket(w) {
		if e.Class == classTitle && startsUpper(w) && strings.EqualFold(e.Toks[0], w) {
			return true
		}
	}
	return false
}

// knownWord reports whether w alone is a gazetteer name (not a title).
func (s *SentenceSplitter) knownWord(w string) bool {
	for _, e := range s.gaz.bucket(w) {
		if len(e.Toks) == 1 && e.Class != classTitle && entryMatches(e, []Token{{Text: w}}) {
			return true
		}
	}
	return false
}

// isClitic reports the rest of a token after an apostrophe that is a contraction or
// possessive, not a quoted word: "'s", "'re", "'ll".
func isClitic(rest string) bool {
	switch strings.ToLower(rest) {
	case "s", "re", "ll", "ve", "d", "m", "t":
		return true
	}
	return false
}

func isStraightQuote(s string) bool { return s == "'" || s == "\"" }
