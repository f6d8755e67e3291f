package loaders

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSegment feeds arbitrary page text to the Segmenter. Whatever the page, segmenting must
// not panic and every article it returns must be made of the page's own lines: valid UTF-8,
// no control characters but tab and newline, a non-empty body, and each body line a line of
// the (normalised) page. A page marked Single must come back whole as one article.
func FuzzSegment(f *testing.F) {
	for _, name := range []string{"wire.txt", "portal.txt", "plain.txt"} {
		if b, err := os.ReadFile("testdata/segment/" + name); err == nil {
			f.Add(string(b), false)
		}
	}
	f.Add("Headline\n\nSource: Reuters\nPublished: 2024-05-01\n\nThe two states signed the treaty in Geneva on Monday after long talks, officials said.\n", false)
	f.Add("By Jane Doe\n5:57\n26 minutes ago\nMenu\nMenu\n\n\nA short one.", false)
	f.Add("one article\r\nwith CRLF and a \x00 NUL and \xff bad byte.", true)
	f.Add("", false)
	seg := NewSegmenter(nil)
	f.Fuzz(func(t *testing.T, text string, single bool) {
		page := Page{Name: "fuzz", Text: text, Single: single}
		secs := seg.Segment(page)
		norm := normalizeBody(text)
		if single {
			if strings.TrimSpace(norm) == "" {
				if len(secs) != 0 {
					t.Fatalf("blank single page gave %d articles", len(secs))
				}
				return
			}
			if len(secs) != 1 || secs[0].Body != norm {
				t.Fatalf("single page not kept whole: %d articles", len(secs))
			}
		}
		pageLines := map[string]bool{}
		for _, l := range strings.Split(norm, "\n") {
			pageLines[strings.TrimSpace(l)] = true
		}
		for i, s := range secs {
			if strings.TrimSpace(s.Body) == "" {
				t.Fatalf("article %d has an empty body", i)
			}
			for _, field := range []string{s.Title, s.Body, s.Source, s.Author, s.Published} {
				if !utf8.ValidString(field) {
					t.Fatalf("article %d has invalid UTF-8: %q", i, field)
				}
				for _, r := range field {
					if unicode.IsControl(r) && r != '\n' && r != '\t' {
						t.Fatalf("article %d keeps control character %U", i, r)
					}
				}
			}
			if single {
				continue
			}
			for _, l := range strings.Split(s.Body, "\n") {
				if !pageLines[l] {
					t.Fatalf("article %d body line %q is not a line of the page", i, l)
				}
			}
		}
	})
}
