package loaders

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segmenter splits a scraped page into its articles and drops the page furniture around them
// (navigation, share and comment prompts, "Related Articles" headers, relative timestamps,
// video durations, repeated source lines). It decides from the shape of lines alone: length,
// final punctuation, repetition on the page and position, never from a list of one site's
// strings. It holds no state and is safe for concurrent use.
type Segmenter struct {
	// dates, when set, reads a page's dateline ("Monday, 16 September 2019 10:47") as the
	// articles' publication date.
	dates *DateParser
}

// NewSegmenter returns a Segmenter; dates (may be nil) reads datelines.
func NewSegmenter(dates *DateParser) *Segmenter { return &Segmenter{dates: dates} }

// lineClass is what one line of a page looks like.
type lineClass uint8

const (
	lineBlank    lineClass = iota
	lineProse              // a paragraph: long, or ends like a sentence
	lineShort              // a heading or title candidate, or furniture
	lineInline             // furniture inside an article that does not end it: "5:57"
	lineByline             // furniture around articles: "26 minutes ago", a repeated source line
	lineMetadata           // "Source: …", "Published: …", "By …"
)

var (
	reDuration = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)
	reRelTime  = regexp.MustCompile(`(?i)^(\d+|an?|one)\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^(just now|yesterday|today)$`)
	reMeta     = regexp.MustCompile(`(?i)^(source|sources|published|updated|posted|date|dateline|by|author|authors)\s*:\s*(.*)$`)
	// reBoilerplate is site-wide small print, on any site.
	reBoilerplate = regexp.MustCompile(`(?i)^(copyright\b|©|\(c\) \d{4})|all rights reserved`)
	// reConsent is a site's cookie banner or sign-up small print, on any site: "We use
	// cookies to …", "By signing up you agree to our Terms of Use and Privacy Policy".
	reConsent = regexp.MustCompile(`(?i)\bcookies\b.*\b(consent|privacy|partners|browse|browsing|experience|personali[sz]e|ads)\b|\b(terms of (use|service)|privacy policy)\b`)
	// reCredit is a wire story's credit line: "Reporting by A; Editing by B".
	reCredit = regexp.MustCompile(`(?i)^(additional |further )?(reporting|writing|editing|compiled|produced)\b.{0,60}\bby\b`)
	reByName = regexp.MustCompile(`^By\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}$`)
	// reCaption is a photo caption: "IMAGE: …", "Photo: …", or a line that ends with a
	// picture credit, "(AFP Photo)", "(AP Photo/Jane Doe)", "(Getty Images)", "(Reuters/Jane
	// Doe)", "(Maxar via AP)".
	reCaption = regexp.MustCompile(`(?i)^(image|photo|photograph|picture|caption|file photo)\s*[:|]|\([^()]*(\b(photo|photos|photograph|images?|pictures?)\b|\S/\S|\bvia\b)[^()]*\)\s*$`)
)

// maxTitleWords caps a title made from a first sentence.
const maxTitleWords = 30

// minArticleWords: a shorter "article" is a caption or a stray line of furniture.
const minArticleWords = 12

func words(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(strings.Fields(l))
		if n >= minArticleWords {
			break
		}
	}
	return n
}

type pageLine struct {
	text  string // trimmed
	class lineClass
	words int
	date  string // a dateline's date (ISO), for lineMetadata
}

// Segment returns the articles of page. A page whose Title is already known or that is marked
// Single (a JSONL record, an ingested article) is one article. On a scraped page, prose blocks
// shorter than minArticleWords are furniture (captions, stray lines) — unless the page has
// nothing longer, in which case its longest prose block is the article: a short page is still
// news. A page with no prose yields none.
func (s *Segmenter) Segment(page Page) []Section {
	if page.Title != "" || page.Single {
		body := normalizeBody(page.Text)
		if strings.TrimSpace(body) == "" {
			return nil
		}
		title := normalizeBody(page.Title)
		if title == "" {
			title = firstSentence(strings.TrimSpace(body))
		}
		return []Section{{Title: title, Source: page.Source, Published: page.Published, Body: body}}
	}
	lines := s.classify(page.Text)
	var out []Section
	var cur *Section
	var body []string
	var short *Section // the longest prose block under minArticleWords, for a page with nothing longer
	shortWords := 0
	flush := func() {
		if cur != nil && len(body) > 0 {
			cur.Body = strings.Join(body, "\n")
			if n := words(body); n >= minArticleWords {
				out = append(out, *cur)
			} else if n > shortWords {
				short, shortWords = cur, n
			}
		}
		cur, body = nil, nil
	}
	brk := true       // a break since the last prose line: the next titled prose starts an article
	blanks := 0       // consecutive blank lines
	var pending []int // short lines since the last prose line
	meta := false     // a byline or dateline since the last prose line
	source, published, author := "", "", ""
	for i, l := range lines {
		switch l.class {
		case lineBlank:
			blanks++
			if blanks >= 2 {
				brk = true
			}
			continue
		case lineInline:
			blanks = 0
			continue
		case lineByline:
			brk = true
			if !reRelTime.MatchString(l.text) && !reDuration.MatchString(l.text) && !strings.HasPrefix(l.text, "-") {
				source = l.text
			}
			blanks = 0
			continue
		case lineMetadata:
			m := reMeta.FindStringSubmatch(l.text)
			key, val := "", l.text
			if m != nil {
				key, val = strings.ToLower(m[1]), strings.TrimSpace(m[2])
			}
			meta = true
			switch {
			case l.date != "" && cur != nil && len(pending) == 0 && cur.Published == "":
				// "Teaser headline / teaser text / 17 August 2019": a dateline right after
				// an article's text is that article's.
				cur.Published = l.date
			case l.date != "":
				published = l.date
			case key == "published" || key == "updated" || key == "posted" || key == "date" || key == "dateline":
				published = val
			case key == "by" || key == "author" || key == "authors" || reByName.MatchString(l.text):
				author = strings.TrimSpace(strings.TrimPrefix(val, "By "))
			default:
				source = val
			}
			brk = true
			blanks = 0
			continue
		case lineShort:
			pending = append(pending, i)
			blanks = 0
			continue
		}
		// Prose.
		blanks = 0
		title := titleLine(lines, pending)
		// Two or more short lines in a row are a furniture block (share buttons, menus), not a
		// heading: an in-article heading is one line.
		if len(pending) >= 2 {
			brk = true
		}
		if cur != nil && brk && len(body) == 1 && meta && len(cur.Headings) == 0 && !headlineAmong(lines, pending) {
			// Headline, standfirst, byline and dateline, then the story: the standfirst
			// opened the article the story continues.
			brk, title = false, ""
			if published != "" {
				cur.Published = published
			}
			source, published, author = "", "", ""
		}
		meta = false
		if cur == nil || brk {
			flush()
			if title == "" {
				title = firstSentence(l.text)
			}
			cur = &Section{Title: title, Source: pickString(source, page.Source), Author: author, Published: pickString(published, page.Published)}
			source, published, author = "", "", ""
		} else if title != "" {
			// An in-article heading stays a heading of its article, on its own line.
			cur.Headings = append(cur.Headings, title)
			body = append(body, title)
		}
		body = append(body, l.text)
		pending = pending[:0]
		brk = false
	}
	flush()
	if len(out) == 0 && short != nil {
		out = append(out, *short)
	}
	return out
}

// headlineAmong says whether one of the short lines reads like a headline.
func headlineAmong(lines []pageLine, pending []int) bool {
	for _, k := range pending {
		if headlineLike(lines[k]) {
			return true
		}
	}
	return false
}

// headlineLike: five words or more, not a menu with "|", not a byline, not a label ending
// in ":".
func headlineLike(l pageLine) bool {
	return l.words >= 5 && !strings.Contains(l.text, "|") && !strings.HasPrefix(l.text, "By ") && !strings.HasSuffix(l.text, ":")
}

// titleLine picks an article's title among the short lines before its first paragraph: the
// last one that reads like a headline, or else the last one.
func titleLine(lines []pageLine, pending []int) string {
	for k := len(pending) - 1; k >= 0; k-- {
		if l := lines[pending[k]]; headlineLike(l) {
			return l.text
		}
	}
	if len(pending) > 0 {
		return lines[pending[len(pending)-1]].text
	}
	return ""
}

// datelineDate returns the date of a short line that opens with a full date or is mostly
// one: "Monday, 16 September 2019 10:47 GST | Updated 15:02", "January 27, 2024 · 6 min
// read". A headline that mentions a date is longer than its date.
func (s *Segmenter) datelineDate(t string, words int) string {
	if s.dates == nil || words > 12 || endsSentence(t) {
		return ""
	}
	w := dateSplitWords(t)
	for _, e := range s.dates.Find(w, "") {
		if !e.Relative && len(e.Value) == len("2006-01-02") && (e.Start <= 2 || 3*(e.End-e.Start) >= len(w)) {
			return e.Value
		}
	}
	return ""
}

// classify assigns a class to every line of text.
func (s *Segmenter) classify(text string) []pageLine {
	raw := strings.Split(normalizeBody(text), "\n")
	lines := make([]pageLine, len(raw))
	count := map[string]int{}
	for i, r := range raw {
		t := strings.TrimSpace(r)
		lines[i] = pageLine{text: t, words: len(strings.Fields(t))}
		if t != "" && lines[i].words <= 6 {
			count[strings.TrimSpace(strings.TrimLeft(t, "-–—• "))]++
		}
	}
	for i := range lines {
		l := &lines[i]
		t := l.text
		core := strings.TrimSpace(strings.TrimLeft(t, "-–—• "))
		// Cheap tests guard the regular expressions: most lines are long paragraphs.
		short := l.words <= 8
		// A dateline's date, also for "Published: March 3, 2024" ("" at once for a long line).
		l.date = s.datelineDate(t, l.words)
		switch {
		case t == "":
			l.class = lineBlank
		case short && reDuration.MatchString(t):
			l.class = lineInline
		case (short || strings.Contains(t, "ights reserved")) && reBoilerplate.MatchString(t):
			l.class = lineByline
		case short && reRelTime.MatchString(t):
			l.class = lineByline
		case short && (reMeta.MatchString(t) || reByName.MatchString(t)):
			l.class = lineMetadata
		case strings.HasPrefix(t, "Source:") || strings.HasPrefix(t, "Published:"):
			l.class = lineMetadata
		case strings.Count(t, "|") >= 3 || strings.Count(t, "·") >= 3:
			l.class = lineByline // a menu, a share bar or a tag list: "Home | World | Business"
		case l.words <= 60 && reConsent.MatchString(t):
			l.class = lineByline
		case l.words <= 20 && reCredit.MatchString(t):
			l.class = lineMetadata
		case reCaption.MatchString(t):
			l.class = lineInline // a photo caption inside or above the story
		case l.date != "":
			l.class = lineMetadata
		case l.words <= 6 && count[core] >= 2 && !endsSentence(t):
			// A short line repeated on the page is a source or section label, not a title.
			l.class = lineByline
		case isProseLine(t, l.words):
			l.class = lineProse
		default:
			l.class = lineShort
		}
	}
	return lines
}

// isProseLine: long lines are paragraphs; shorter ones are when they end like a statement.
// Questions and exclamations of heading length stay headings ("What has been said so far?").
func isProseLine(t string, words int) bool {
	if words >= 20 {
		return true
	}
	if words < 4 {
		return false
	}
	t = strings.TrimRight(t, "\"'”’)]")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "…")
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’)]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// firstSentence is a title for an article without a heading: its first sentence, cut short.
func firstSentence(t string) string {
	if i := strings.Index(t, ". "); i > 0 {
		t = t[:i+1]
	}
	w := strings.Fields(t)
	if len(w) > maxTitleWords {
		w = w[:maxTitleWords]
	}
	return strings.Join(w, " ")
}

// pickString returns a, or b when a is empty: what the page says beats what the caller knew.
func pickString(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// normalizeBody makes page text safe to process: invalid UTF-8 becomes U+FFFD, NUL and other
// control characters and wide spaces (no-break, thin) become spaces, and line breaks become "\n". Typography that scraped
// pages carry and the stages after this one need not know goes too: invisible characters
// (zero-width spaces and joiners, byte-order marks, soft hyphens) are dropped, so that a
// line holding only one is blank, a hyphen or en dash between two letters ("Russia–Ukraine")
// becomes "-", and HTML character references ("&#8217;", "&amp;") become their characters.
func normalizeBody(text string) string {
	if strings.IndexByte(text, '&') >= 0 && strings.IndexByte(text, ';') >= 0 {
		// A page copied from HTML may keep its character references: "Russia&#8217;s",
		// "&quot;", "&nbsp;". Decoded, they are the characters the rest of this handles.
		text = html.UnescapeString(text)
	}
	clean := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 || r == '\r' || r != '\n' && r != '\t' && unicode.IsControl(r) || invisible(r) || dash(r) || wideSpace(r) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return text
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(text))
	prev := rune(0)
	for i, r := range text {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteByte('\n')
		case unicode.IsControl(r) || wideSpace(r):
			b.WriteByte(' ') // "O.A.S.&nbsp;Cease-Fire": a name's words are joined by plain spaces
		case invisible(r):
			continue // prev stays: "Zapor\u00adizhzhia" is one word
		case dash(r) && (r != '–' || unicode.IsLetter(prev) && unicode.IsLetter(nextRune(text, i+utf8.RuneLen(r)))):
			b.WriteByte('-')
		default:
			b.WriteRune(r) // invalid bytes arrive here as U+FFFD
		}
		prev = r
	}
	return b.String()
}

// invisible reports characters that take no room on the page: zero-width spaces and joiners,
// the word joiner, the byte-order mark and the soft hyphen.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// wideSpace reports a space other than the plain one: no-break, thin, em and the others.
func wideSpace(r rune) bool { return r != ' ' && unicode.Is(unicode.Zs, r) }

// dash reports the hyphens and the en dash that normalizeBody may write as "-".
func dash(r rune) bool { return r == '\u2010' || r == '\u2011' || r == '–' }

// nextRune is the rune that starts at byte i of s, or 0 at its end.
func nextRune(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
