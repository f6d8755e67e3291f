package loaders

import (
	"unicode"
	"unicode/utf8"
)

// Tokenizer splits a line of text into word and punctuation tokens with byte offsets. Each run
// of non-space characters is one span; an opening mark is split off its front, a clitic
// ("n't", "'s") off its middle and a closing mark off its end, again and again, while
// initialisms ("U.S."), short capitalised abbreviations ("Gen.") and the symbol table's
// emoticons stay whole.
//
// It follows the rules of prose's tokenizer, which the loaders used before, token for token
// (TestTokenizerAgreesWithProse), but tests each rule with a byte comparison where prose runs
// a regular expression and a dozen substring searches on every step: tokenizing was a fifth
// of extraction's CPU.
type Tokenizer struct {
	// symbols are spans kept whole (emoticons); symbolFirst marks their first bytes and
	// maxSymbol is the longest, so most spans skip the look-up.
	symbols     map[string]bool
	symbolFirst [256]bool
	maxSymbol   int
}

// NewTokenizer returns a tokenizer that keeps the given symbols whole. The map is not copied
// and must not change afterwards.
func NewTokenizer(symbols map[string]bool) *Tokenizer {
	t := &Tokenizer{symbols: symbols}
	for s := range symbols {
		if s != "" {
			t.symbolFirst[s[0]] = true
			t.maxSymbol = max(t.maxSymbol, len(s))
		}
	}
	return t
}

// Tokenize returns the tokens of text; Start and End are byte offsets into text.
func (t *Tokenizer) Tokenize(text string) []Token {
	return t.AppendTokens(make([]Token, 0, len(text)/4+2), text)
}

// AppendTokens appends the tokens of text to dst.
func (t *Tokenizer) AppendTokens(dst []Token, text string) []Token {
	start := -1 // the start of the current non-space run, or -1 between runs
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(r) {
			if start >= 0 {
				dst = t.split(dst, text[start:i], start)
				start = -1
			}
		} else if isDashRune(r) {
			// "July 20—Turkish forces", "said—quietly—that": a long dash parts words even
			// with no space around it, and is a token of its own.
			if start >= 0 {
				dst = t.split(dst, text[start:i], start)
				start = -1
			}
			dst = append(dst, Token{Text: text[i : i+size], Start: i, End: i + size})
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = t.split(dst, text[start:], start)
	}
	return dst
}

// isDashRune reports an em dash, an en dash or a horizontal bar.
func isDashRune(r rune) bool { return r == '\u2014' || r == '\u2013' || r == '\u2015' }

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return true
		}
		return false
	}
	return unicode.IsSpace(r)
}

// split appends the tokens of one span of non-space characters, which starts at byte base.
func (t *Tokenizer) split(dst []Token, span string, base int) []Token {
	// Closing marks come off the end first but follow the rest, so they wait here.
	var tailArr [8]Token
	tail := tailArr[:0]
	for span != "" {
		if t.whole(span) {
			break
		}
		if n := openerLen(span); n > 0 {
			dst = append(dst, Token{Text: span[:n], Start: base, End: base + n})
			span, base = span[n:], base+n
			continue
		}
		if i := cliticAt(span); i > 0 {
			dst = append(dst, Token{Text: span[:i], Start: base, End: base + i})
			span, base = span[i:], base+i
			continue
		}
		if n := closerLen(span); n > 0 {
			cut := len(span) - n
			tail = append(tail, Token{Text: span[cut:], Start: base + cut, End: base + len(span)})
			span = span[:cut]
			continue
		}
		break
	}
	if span != "" {
		dst = append(dst, Token{Text: span, Start: base, End: base + len(span)})
	}
	for i := len(tail) - 1; i >= 0; i-- {
		dst = append(dst, tail[i])
	}
	return dst
}

// whole reports a span that is one token however it is punctuated: a symbol, an initialism
// of two or more letters each with its stop ("U.S.", "e.g."), or a capitalised abbreviation
// of two or three letters ("Gen.", "Mr.").
func (t *Tokenizer) whole(span string) bool {
	if t.symbolFirst[span[0]] && len(span) <= t.maxSymbol && t.symbols[span] {
		return true
	}
	n := len(span)
	if n < 3 || span[n-1] != '.' {
		return false
	}
	if n%2 == 0 {
		initialism := true
		for i := 0; i < n; i += 2 {
			if !isASCIILetter(span[i]) || span[i+1] != '.' {
				initialism = false
				break
			}
		}
		if initialism {
			return true
		}
	}
	if n > 4 || span[0] < 'A' || span[0] > 'Z' {
		return false
	}
	for i := 1; i < n-1; i++ {
		if span[i] < 'a' || span[i] > 'z' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Curly quotes, as UTF-8.
const (
	leftSingle  = "‘"
	rightSingle = "’"
	leftDouble  = "“"
	rightDouble = "”"
)

// openerLen is the length of the opening mark span starts with ("$", "(", a quote, "["), or 0
// when it has none or is nothing else.
func openerLen(span string) int {
	switch span[0] {
	case '$', '(', '"', '[':
		if len(span) > 1 {
			return 1
		}
		return 0
	}
	if len(span) > 3 && (span[:3] == leftDouble || span[:3] == leftSingle) {
		return 3
	}
	return 0
}

// closerLen is the length of the closing punctuation span ends with, or 0 when it has none or
// is nothing else.
func closerLen(span string) int {
	n := len(span)
	switch span[n-1] {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		if n > 1 {
			return 1
		}
		return 0
	}
	if n > 3 && (span[n-3:] == rightDouble || span[n-3:] == rightSingle) {
		return 3
	}
	return 0
}

// clitics are split from the word before them ("they" "'ll", "do" "n't"), with either
// apostrophe, matched ignoring ASCII case.
var clitics = [...]string{
	"'ll", "'s", "'re", "'m", "n't",
	rightSingle + "ll", rightSingle + "s", rightSingle + "re", rightSingle + "m", "n" + rightSingle + "t",
}

// cliticAt returns where the first clitic inside span starts, or 0 when none does. A clitic
// that first occurs at the very start of the span does not count, even where it occurs again
// later, as in prose: "'s" alone, or "'s's", is left to the other rules.
func cliticAt(span string) int {
	var atStart [len(clitics)]bool
	for i := 0; i < len(span); i++ {
		switch span[i] {
		case '\'', 0xE2, 'n', 'N': // the first bytes of the clitics
		default:
			continue
		}
		for c, cl := range clitics {
			if len(cl) <= len(span)-i && equalFoldASCII(span[i:i+len(cl)], cl) {
				if i == 0 {
					atStart[c] = true
				} else if !atStart[c] {
					return i
				}
			}
		}
	}
	return 0
}

// equalFoldASCII compares a with the lower-case b, folding only a's ASCII capitals.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}
