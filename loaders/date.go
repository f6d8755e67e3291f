package loaders

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// DateParser finds date expressions in tokenised text and normalises them to ISO-partial
// dates (YYYY, YYYY-MM, YYYY-MM-DD). Relative expressions ("on Monday", "last week") are
// resolved against the article's published date. Its words come from dates*.tsv.
type DateParser struct {
	months   map[string]int
	weekdays map[string]int
	rel      map[string][]dateRelPhrase // first word → relative phrases starting with it, longest first
	numbers  map[string]int
}

type dateRelPhrase struct {
	words []string
	rel   dateRel
}

type dateRel struct {
	unit string // day, week, monthrel, year, next
	n    int
}

// DateExpr is one date expression found in a run of words.
type DateExpr struct {
	Start, End int    // word span [Start, End)
	Value      string // ISO-partial; "" when it depends on the previous sentence (see Next)
	Next       int    // for "the following day": days after the previous sentence's date
	Relative   bool   // resolved against the published date or the previous sentence
}

// NewDateParser reads the date tables (files matching dates*.tsv) from knowledge.
func NewDateParser(knowledge fs.FS) (*DateParser, error) {
	p := &DateParser{
		months:   map[string]int{},
		weekdays: map[string]int{},
		rel:      map[string][]dateRelPhrase{},
		numbers:  map[string]int{},
	}
	names, err := fs.Glob(knowledge, "dates*.tsv")
	if err != nil {
		return nil, fmt.Errorf("date tables: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("date tables: no dates*.tsv in knowledge")
	}
	for _, name := range names {
		rows, err := ReadTable(knowledge, name, 3)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			word := strings.ToLower(r.Field(1))
			n, err := strconv.Atoi(r.Field(2))
			if err != nil {
				return nil, r.Errorf("value %q is not an integer", r.Field(2))
			}
			switch class := r.Field(0); class {
			case "month":
				if n < 1 || n > 12 {
					return nil, r.Errorf("month %d out of range 1..12", n)
				}
				p.months[word] = n
			case "weekday":
				if n < 0 || n > 6 {
					return nil, r.Errorf("weekday %d out of range 0..6", n)
				}
				p.weekdays[word] = n
			case "day", "week", "monthrel", "year", "next":
				w := strings.Fields(word)
				if len(w) == 0 {
					return nil, r.Errorf("empty phrase")
				}
				list := append(p.rel[w[0]], dateRelPhrase{words: w, rel: dateRel{unit: class, n: n}})
				sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
				p.rel[w[0]] = list
			case "number":
				p.numbers[word] = n
			default:
				return nil, r.Errorf("unknown class %q (want month, weekday, day, week, monthrel, year, next, number)", class)
			}
		}
	}
	return p, nil
}

// Number returns the value of a number word ("three") or numeral ("26", "1,000").
func (p *DateParser) Number(word string) (int, bool) {
	w := strings.ToLower(word)
	if n, ok := p.numbers[w]; ok {
		return n, true
	}
	w = strings.ReplaceAll(w, ",", "")
	if w == "" || len(w) > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// Parse normalises the first date expression in text, resolving relative ones against
// published (ISO-partial, may be ""). It never panics, whatever the input.
func (p *DateParser) Parse(text, published string) (string, bool) {
	words := dateSplitWords(text)
	for _, e := range p.Find(words, published) {
		if e.Value != "" {
			return e.Value, true
		}
	}
	return "", false
}

// dateSplitWords splits text into lower-case words, keeping "," and "-" as their own words
// the way the sentence tokenizer does.
func dateSplitWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(text)) {
		comma := strings.HasSuffix(f, ",")
		f = strings.TrimRight(f, ",")
		if f != "" {
			out = append(out, f)
		}
		if comma {
			out = append(out, ",")
		}
	}
	return out
}

// Find returns the date expressions in words (lower-cased tokens), left to right.
func (p *DateParser) Find(words []string, published string) []DateExpr {
	pub, pubOK := dateParseISO(published)
	var out []DateExpr
	for i := 0; i < len(words); {
		if e, ok := p.matchAt(words, i, pub, pubOK); ok {
			out = append(out, e)
			i = e.End
			continue
		}
		i++
	}
	return out
}

func (p *DateParser) matchAt(w []string, i int, pub time.Time, pubOK bool) (DateExpr, bool) {
	// Relative phrases, longest first.
	for _, ph := range p.rel[w[i]] {
		n, rd := len(ph.words), ph.rel
		if !dateWordsAt(w, i, ph.words) {
			continue
		}
		e := DateExpr{Start: i, End: i + n, Relative: true}
		switch rd.unit {
		case "next":
			e.Next = rd.n
			return e, true
		case "day":
			if pubOK {
				e.Value = dateFormat(pub.AddDate(0, 0, rd.n), "2006-01-02")
			}
		case "week":
			if pubOK {
				e.Value = dateFormat(pub.AddDate(0, 0, 7*rd.n), "2006-01")
			}
		case "monthrel":
			if pubOK {
				e.Value = dateFormat(time.Date(pub.Year(), pub.Month()+time.Month(rd.n), 1, 0, 0, 0, 0, time.UTC), "2006-01")
			}
		case "year":
			if pubOK {
				e.Value = strconv.Itoa(pub.Year() + rd.n)
			}
		}
		return e, true // unresolved without a published date, but still a date phrase
	}
	word := w[i]
	// ISO date written out: 2025-08-21.
	if len(word) == 10 && word[4] == '-' && word[7] == '-' {
		if t, ok := dateParseISO(word); ok {
			return DateExpr{Start: i, End: i + 1, Value: t.Format("2006-01-02")}, true
		}
		return DateExpr{}, false // shaped like a date but not one: "2025-13-45"
	}
	if wd, ok := p.weekdays[word]; ok {
		if !pubOK {
			return DateExpr{}, false
		}
		back := (int(pub.Weekday()) - wd + 7) % 7
		v := dateFormat(pub.AddDate(0, 0, -back), "2006-01-02")
		return DateExpr{Start: i, End: i + 1, Value: v, Relative: true}, v != ""
	}
	if m, ok := p.months[word]; ok {
		return p.monthFirst(w, i, m, pub, pubOK)
	}
	// "9 October 2025", "9 October".
	if d, ok := dateDayNumber(word); ok && i+1 < len(w) {
		if m, ok := p.months[w[i+1]]; ok {
			end := i + 2
			y, hasYear := 0, false
			if end < len(w) {
				if yy, ok := dateYearNumber(w[end]); ok {
					y, hasYear, end = yy, true, end+1
				}
			}
			return dayDate(i, end, y, hasYear, m, d, pub, pubOK)
		}
	}
	// Years: "2014", "1992-95", "1992–1995".
	if y, ok := dateYearNumber(word); ok {
		return DateExpr{Start: i, End: i + 1, Value: strconv.Itoa(y)}, true
	}
	for _, dash := range []string{"-", "–"} {
		if a, _, ok := strings.Cut(word, dash); ok {
			if y, ok := dateYearNumber(a); ok {
				return DateExpr{Start: i, End: i + 1, Value: strconv.Itoa(y)}, true
			}
		}
	}
	return DateExpr{}, false
}

// dayDate is the full date y-m-d spanning words [start, end). Without a year in the text
// (hasYear false) the year is the latest one not after the published date, and without a
// published date there is no date at all.
func dayDate(start, end, y int, hasYear bool, m, d int, pub time.Time, pubOK bool) (DateExpr, bool) {
	if !hasYear {
		if !pubOK {
			return DateExpr{}, false
		}
		y = dateYearBefore(pub, m, d)
	}
	if !dateValidDay(y, m, d) {
		return DateExpr{}, false
	}
	return DateExpr{Start: start, End: end, Value: fmt.Sprintf("%04d-%02d-%02d", y, m, d), Relative: !hasYear}, true
}

func dateWordsAt(w []string, i int, p []string) bool {
	if i+len(p) > len(w) {
		return false
	}
	for k, x := range p {
		if w[i+k] != x {
			return false
		}
	}
	return true
}

// monthFirst parses "December 1994", "Oct. 9", "October 7, 2023", "March 10" and a bare
// month ("in April") starting at w[i], whose month is m.
func (p *DateParser) monthFirst(w []string, i, m int, pub time.Time, pubOK bool) (DateExpr, bool) {
	j := i + 1
	if j < len(w) && w[j] == "." {
		j++
	}
	// A bare "may" is far more often the verb; only take it with a day or year after it.
	if j < len(w) {
		if d, ok := dateDayNumber(w[j]); ok {
			end := j + 1
			k := end
			if k < len(w) && w[k] == "," {
				k++
			}
			y, hasYear := 0, false
			if k < len(w) {
				if yy, ok := dateYearNumber(w[k]); ok {
					y, hasYear, end = yy, true, k+1
				}
			}
			return dayDate(i, end, y, hasYear, m, d, pub, pubOK)
		}
		if y, ok := dateYearNumber(w[j]); ok {
			return DateExpr{Start: i, End: j + 1, Value: fmt.Sprintf("%04d-%02d", y, m)}, true
		}
	}
	if w[i] == "may" || w[i] == "march" || !pubOK {
		return DateExpr{}, false
	}
	y := pub.Year()
	if m > int(pub.Month()) {
		y--
	}
	return DateExpr{Start: i, End: i + 1, Value: fmt.Sprintf("%04d-%02d", y, m), Relative: true}, true
}

// dateYearBefore picks the year for a day and month given without one: the published year,
// or the year before when that would put the date well after publication.
func dateYearBefore(pub time.Time, m, d int) int {
	y := pub.Year()
	if !dateValidDay(y, m, d) {
		return y
	}
	if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(pub.AddDate(0, 0, 31)) {
		return y - 1
	}
	return y
}

func dateDayNumber(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "st"), "nd"), "rd"), "th")
	if len(s) == 0 || len(s) > 2 || !dateAllDigits(s) {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, d >= 1 && d <= 31
}

func dateYearNumber(s string) (int, bool) {
	if len(s) != 4 || !dateAllDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, y >= 1800 && y <= 2199
}

func dateAllDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) || r > '9' {
			return false
		}
	}
	return s != ""
}

func dateValidDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// dateParseISO reads a full YYYY-MM-DD date; partial dates do not anchor relative ones.
func dateParseISO(s string) (time.Time, bool) {
	// Every word of a sentence is tried: reject what cannot be YYYY-MM-DD before time.Parse
	// builds an error for it.
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// dateAddDays shifts an ISO date by n days; partial dates are returned unchanged.
func dateAddDays(iso string, n int) string {
	t, ok := dateParseISO(iso)
	if !ok {
		return iso
	}
	if v := dateFormat(t.AddDate(0, 0, n), "2006-01-02"); v != "" {
		return v
	}
	return iso
}

// dateFormat formats t, or returns "" when its year has no four-digit ISO form: relative
// dates counted back from a publication date in year 0 land in year -1.
func dateFormat(t time.Time, layout string) string {
	if t.Year() < 1 || t.Year() > 9999 {
		return ""
	}
	return t.Format(layout)
}
