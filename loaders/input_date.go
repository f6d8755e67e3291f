package loaders

import (
	"fmt"
	"strconv"
	"time"
)

// ParseISOPartial checks an ISO-partial date — YYYY, YYYY-MM or YYYY-MM-DD — against the real
// calendar (months 1–12, days within the month, 29 February only in leap years) and returns
// it unchanged. Years run from 0001 to 9999.
func ParseISOPartial(s string) (string, error) {
	bad := func(why string) error {
		return fmt.Errorf("%q is not a date: %s (want YYYY, YYYY-MM or YYYY-MM-DD)", s, why)
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return "", bad("wrong length")
	}
	year, ok := isoDigits(s[0:4])
	if !ok {
		return "", bad("year is not 4 digits")
	}
	if year == 0 {
		return "", bad("year 0000 does not exist")
	}
	if len(s) == 4 {
		return s, nil
	}
	if s[4] != '-' {
		return "", bad("want '-' after the year")
	}
	month, ok := isoDigits(s[5:7])
	if !ok {
		return "", bad("month is not 2 digits")
	}
	if month < 1 || month > 12 {
		return "", bad(fmt.Sprintf("month %d out of range 1-12", month))
	}
	if len(s) == 7 {
		return s, nil
	}
	if s[7] != '-' {
		return "", bad("want '-' after the month")
	}
	day, ok := isoDigits(s[8:10])
	if !ok {
		return "", bad("day is not 2 digits")
	}
	// Day 0 of the next month is the last day of this one.
	last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day < 1 || day > last {
		return "", bad(fmt.Sprintf("day %d out of range 1-%d for %04d-%02d", day, last, year, month))
	}
	return s, nil
}

// isoDigits parses a run of ASCII digits (strconv.Atoi alone would take "+1" or "-1").
func isoDigits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// ParsePublished reads an article's publication date: an ISO-partial date, or a timestamp
// (RFC 3339, or "YYYY-MM-DD hh:mm[:ss]") of which the date part is kept, as news feeds often
// give one.
func ParsePublished(s string) (string, error) {
	if len(s) <= 10 {
		return ParseISOPartial(s)
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	if _, err := ParseISOPartial(s[:10]); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%q is not a date: want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp", s)
}
