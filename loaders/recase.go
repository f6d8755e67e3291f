package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Recasing reads a line written in title case ("Indonesia and Aceh Rebels Sign Peace Deal")
// or in capitals ("IRAQ PROCLAIMS MERGER WITH KUWAIT") as the article's prose would write it,
// so that the later stages, which take a capital for a name, read it as a sentence. Each word
// is written as the rest of the article writes it; a word the article never writes is kept
// as a name when the gazetteer knows it or the tagger's training text never saw it as a
// common word. Only token texts change: offsets still point at the words as written.

// caseProfile is how an article's prose writes its words: how often in lower case, and how
// often capitalised where no sentence starts. Title lines and shouted runs are left out.
type caseProfile struct {
	lower  map[string]int  // folded word → times written in lower case
	capMid map[string]int  // capitalised word as written → times inside a sentence
	upper  map[string]bool // words written in capitals in prose ("NATO", "UN")
	// capPairs holds two capitalised words written side by side inside a sentence ("Peace
	// Accord"): a title keeps both, though the prose also writes "the accord".
	capPairs map[[2]string]bool
}

// isTitleCase reports a line written in title case: no full stop at its end, four words or
// more, at least three capitalised after the first, and every word in lower case a short one
// (the articles, conjunctions and short prepositions that title case leaves small). A long
// word in lower case makes the line sentence case ("Putin and Kim sign mutual defence pact").
func isTitleCase(toks []Token) bool {
	if endsWithStop(toks) {
		return false
	}
	words, caps := 0, 0
	for i, t := range toks {
		if !isWordToken(t.Text) {
			continue
		}
		words++
		switch {
		case startsUpper(t.Text):
			if i > 0 {
				caps++
			}
		case utf8.RuneCountInString(t.Text) > maxMinorWordLen && !strings.HasPrefix(t.Text, "'"):
			return false
		}
	}
	return words >= 4 && caps >= 3
}

// maxMinorWordLen is the longest word title case leaves in lower case ("with", "from").
const maxMinorWordLen = 4

// minShoutedWords is the shortest run of words in capitals read as shouted text: shorter runs
// are acronyms side by side ("the US and UK", "NATO AND EU" aside).
const minShoutedWords = 3

func newCaseProfile(sents []Sentence) *caseProfile {
	p := &caseProfile{lower: map[string]int{}, capMid: map[string]int{}, upper: map[string]bool{}, capPairs: map[[2]string]bool{}}
	for _, s := range sents {
		if isTitleCase(s.Tokens) || isHeadline(s.Tokens) {
			continue
		}
		from, to := shoutedRun(s.Tokens)
		for i, t := range s.Tokens {
			if i >= from && i < to {
				continue
			}
			switch {
			case isLowerWord(t.Text):
				p.lower[foldToken(t.Text)]++
			case isAcronym(t.Text) && utf8.RuneCountInString(t.Text) > 1:
				p.upper[t.Text] = true
			case startsUpper(t.Text) && !opensSentence(s.Tokens, i):
				p.capMid[t.Text]++
				if prev := s.Tokens[i-1].Text; startsUpper(prev) && !isAcronym(prev) {
					p.capPairs[[2]string{prev, t.Text}] = true
				}
			}
		}
	}
	return p
}

// opensSentence reports a word that is capitalised because its sentence, or a quote or a
// clause after a colon, starts there.
func opensSentence(toks []Token, i int) bool {
	for i > 0 && isOpener(toks[i-1].Text) {
		i--
	}
	return i == 0 || toks[i-1].Text == ":"
}

// shoutedRun returns the token span [from, to) of the longest run of at least
// minShoutedWords words written in capitals (punctuation between them allowed), or 0, 0.
func shoutedRun(toks []Token) (from, to int) {
	start, words, lastWord := -1, 0, -1
	best := 0
	for i, t := range toks {
		switch {
		case isShoutedWord(t.Text):
			if start < 0 {
				start, words = i, 0
			}
			words++
			lastWord = i
			if words >= minShoutedWords && words > best {
				best, from, to = words, start, lastWord+1
			}
		case isWordToken(t.Text) && !(strings.HasPrefix(t.Text, "'") && isAcronym(t.Text)):
			start = -1 // a word in lower case ends the run; "'S" does not
		}
	}
	return from, to
}

// isShoutedWord is a word of two letters or more written wholly in capitals.
func isShoutedWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// recaser rewrites the title-case and shouted words of sentences. known reports a word the
// tagger's training text saw in some case, properOnly one it only ever saw as a name; common
// holds the lower-case cue words of the knowledge tables ("ceasefire"), which are common
// words whatever the tagger saw.
type recaser struct {
	gaz        *Gazetteer
	known      func(string) bool
	properOnly func(string) bool
	common     map[string]bool
}

// recase rewrites the sentences' title lines and shouted runs in place; profile is built
// from prose only when some sentence needs it.
func (rc recaser) recase(sents []Sentence, profile func() *caseProfile) {
	var p *caseProfile
	for si := range sents {
		toks := sents[si].Tokens
		from, to := shoutedRun(toks)
		title := to == 0 && isTitleCase(toks)
		if to == 0 && !title {
			continue
		}
		if p == nil {
			p = profile()
		}
		if title {
			rc.recaseTitle(p, toks)
		} else {
			rc.recaseShouted(p, toks, from, to)
		}
	}
}

// recaseTitle lower-cases the capitalised common words of a title-case line.
func (rc recaser) recaseTitle(p *caseProfile, toks []Token) {
	keep := rc.knownNames(toks, 0, len(toks), namedAlias, false)
	for i := range toks {
		t := toks[i].Text
		if keep[i] || opensSentence(toks, i) || !startsUpper(t) || isAcronym(t) {
			continue
		}
		if p.capPairs[[2]string{toks[i-1].Text, t}] || i+1 < len(toks) && p.capPairs[[2]string{t, toks[i+1].Text}] {
			continue // "Peace Accord" as the prose names it
		}
		toks[i].Text = rc.eachPart(t, func(w string) string {
			if rc.titleWordIsCommon(p, w) {
				return strings.ToLower(w)
			}
			return w
		})
	}
}

// titleWordIsCommon decides a capitalised word of a title line: what the prose does with it
// most, else whether it is a common English word.
func (rc recaser) titleWordIsCommon(p *caseProfile, w string) bool {
	lower, capital := p.lower[foldToken(w)], p.capMid[w]
	switch {
	case capital > lower:
		return false
	case lower > 0:
		return true
	case capital > 0:
		return false
	}
	return rc.common[strings.ToLower(w)] || rc.known != nil && rc.known(w) && !rc.properOnly(w)
}

// recaseShouted writes the words of toks[from:to] in the case the prose gives them.
func (rc recaser) recaseShouted(p *caseProfile, toks []Token, from, to int) {
	// Acronyms the gazetteer writes in capitals ("US", "NATO") stay as they are.
	asWritten := rc.knownNames(toks, from, to, acronymAlias, false)
	for i := from; i < to; i++ {
		if asWritten[i] || strings.IndexByte(toks[i].Text, '.') >= 0 {
			continue // "U.S."
		}
		if isShoutedWord(toks[i].Text) {
			toks[i].Text = rc.eachPart(toks[i].Text, unshout)
		} else if strings.HasPrefix(toks[i].Text, "'") && isAcronym(toks[i].Text) {
			toks[i].Text = strings.ToLower(toks[i].Text) // "'S"
		}
	}
	// The words are now capitalised, as in a title line; a known name keeps its letters as
	// the gazetteer writes them ("US" stays in capitals).
	keep := rc.knownNames(toks, from, to, namedAlias, true)
	for i := from; i < to; i++ {
		t := toks[i].Text
		if keep[i] || asWritten[i] || !isWordToken(t) || strings.IndexByte(t, '.') >= 0 {
			continue
		}
		first := opensSentence(toks, i)
		toks[i].Text = rc.eachPart(t, func(w string) string {
			upper := strings.ToUpper(w)
			switch {
			case p.upper[upper]:
				return upper
			case rc.titleWordIsCommon(p, w):
				if first {
					return w
				}
				return strings.ToLower(w)
			}
			return w
		})
	}
}

// knownNames marks the tokens of toks[from:to] that a gazetteer name covers whose alias
// passes accept; it writes each word as the alias does when rewrite is set ("Us" → "US").
func (rc recaser) knownNames(toks []Token, from, to int, accept func(alias []string) bool, rewrite bool) []bool {
	keep := make([]bool, len(toks))
	if rc.gaz == nil {
		return keep
	}
	for i := from; i < to; {
		es, n := rc.gaz.Match(toks[:to], i)
		if n == 0 || !accept(es[0].Toks) {
			i++
			continue
		}
		for j := 0; j < n; j++ {
			keep[i+j] = true
			if rewrite && isAcronym(es[0].Toks[j]) {
				toks[i+j].Text = es[0].Toks[j]
			}
		}
		i += n
	}
	return keep
}

// namedAlias is an alias that starts with a capital: a name, not a cue phrase ("the accord").
func namedAlias(alias []string) bool { return startsUpper(alias[0]) }

// acronymAlias is an alias written wholly in capitals ("US", "NATO").
func acronymAlias(alias []string) bool {
	for _, w := range alias {
		if !isAcronym(w) {
			return false
		}
	}
	return true
}

// eachPart applies f to each part of a hyphenated word ("Cease-Fire", "RUSSIA-UKRAINE").
func (rc recaser) eachPart(w string, f func(string) string) string {
	if strings.IndexByte(w, '-') < 0 {
		return f(w)
	}
	parts := strings.Split(w, "-")
	for k, part := range parts {
		if startsUpper(part) {
			parts[k] = f(part)
		}
	}
	return strings.Join(parts, "-")
}

// unshout writes a word in capitals with only its first letter capitalised.
func unshout(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
