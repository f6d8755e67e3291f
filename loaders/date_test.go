package loaders

import (
	"testing"

	"github.com/entente-kg/entente/data"
)

func newTestDateParser(t testing.TB) *DateParser {
	t.Helper()
	p, err := NewDateParser(data.Knowledge())
	if err != nil {
		t.Fatalf("NewDateParser: %v", err)
	}
	return p
}

func TestParseDateAbsoluteAndRelative(t *testing.T) {
	p := newTestDateParser(t)
	cases := []struct {
		text, published, want string
	}{
		{"In December 1994, Ukraine signed", "", "1994-12"},
		{"signed on Oct. 9", "2025-11-02", "2025-10-09"},
		{"on October 7, 2023, in which", "2025-01-15", "2023-10-07"},
		{"on 9 October 2025", "", "2025-10-09"},
		{"in 2014", "", "2014"},
		{"the war of 1992-95", "", "1992"},
		{"in 2014 and 2015", "", "2014"},
		{"on Monday", "2025-08-21", "2025-08-18"}, // a Thursday: the Monday before
		{"on Thursday", "2025-08-21", "2025-08-21"},
		{"yesterday", "2025-08-21", "2025-08-20"},
		{"last week", "2025-08-05", "2025-07"},
		{"last month", "2025-01-15", "2024-12"},
		{"last year", "2025-01-31", "2024"},
		{"in April", "2018-06-12", "2018-04"},
		{"in September", "2018-06-12", "2017-09"}, // after publication: the year before
		{"on Nov. 24", "2016-12-01", "2016-11-24"},
		{"on Dec. 30", "2017-01-02", "2016-12-30"},
		{"2025-08-21", "", "2025-08-21"},
	}
	for _, c := range cases {
		got, ok := p.Parse(c.text, c.published)
		if !ok || got != c.want {
			t.Errorf("Parse(%q, %q) = %q, %v; want %q", c.text, c.published, got, ok, c.want)
		}
	}
}

func TestParseDateRejectsNonDates(t *testing.T) {
	p := newTestDateParser(t)
	for _, text := range []string{
		"", "may I ask", "the march on Washington", "1,000 soldiers", "$750 billion",
		"on Monday", // no published date to resolve it against
		"Feb. 30", "2025-13-45", "12345",
	} {
		if got, ok := p.Parse(text, ""); ok {
			t.Errorf("Parse(%q) = %q, want no date", text, got)
		}
	}
}

func TestParseDateStaysInFourDigitYears(t *testing.T) {
	p := newTestDateParser(t)
	for _, c := range []struct{ text, published string }{
		{"on Monday", "0000-01-01"}, // a Saturday: the Monday before is in year -1
		{"yesterday", "0000-01-01"},
		{"last month", "0000-01-15"},
	} {
		if got, ok := p.Parse(c.text, c.published); ok && len(got) != 4 && len(got) != 7 && len(got) != 10 {
			t.Errorf("Parse(%q, %q) = %q: not ISO-partial", c.text, c.published, got)
		}
	}
}

func TestDateFollowingDayNeedsPreviousDate(t *testing.T) {
	p := newTestDateParser(t)
	es := p.Find(dateSplitWords("writing the following day"), "2025-08-21")
	if len(es) != 1 || es[0].Next != 1 || es[0].Value != "" {
		t.Fatalf("Find = %+v, want one expression one day after the previous date", es)
	}
	if got := dateAddDays("2025-08-18", es[0].Next); got != "2025-08-19" {
		t.Errorf("dateAddDays = %q, want 2025-08-19", got)
	}
}

func TestNewDateParserRejectsBadTables(t *testing.T) {
	for name, table := range map[string]string{
		"month out of range": "month\tfoo\t13\n",
		"not a number":       "day\ttoday\tzero\n",
		"unknown class":      "season\tsummer\t1\n",
		"short row":          "month\tjanuary\n",
	} {
		fsys := testMapFS(map[string]string{"dates_en.tsv": table})
		if _, err := NewDateParser(fsys); err == nil {
			t.Errorf("%s: NewDateParser accepted %q", name, table)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"December 1994", "Oct. 9", "on Monday", "1992-95", "last week",
		"the following day", "9 October 2025", "2025-08-21", "May 5,", "\xff\xfe", "31 feb 2024"} {
		f.Add(s, "2025-08-21")
	}
	p := newTestDateParser(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		got, ok := p.Parse(text, published)
		if ok && (len(got) != 4 && len(got) != 7 && len(got) != 10) {
			t.Errorf("Parse(%q, %q) = %q: not ISO-partial", text, published, got)
		}
	})
}
