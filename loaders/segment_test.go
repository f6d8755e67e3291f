package loaders

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
)

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/segment/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSegmentFindsArticlesAndDropsFurniture runs the segmenter on pages in several layouts:
// the example page (a scraped article followed by related articles), a wire story with a
// byline and a menu, a news portal with repeated source labels and relative timestamps, and a
// bare paragraph.
func TestSegmentFindsArticlesAndDropsFurniture(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		titles     []string
		sources    []string
		headings   [][]string
		furniture  []string // lines that must appear in no article body or title
		firstWords []string // each body starts with these words
	}{
		{
			name: "example page",
			text: "",
			titles: []string{
				"What would US-backed security guarantees for Ukraine look like?",
				"Trump threatens Colorado with ‘harsh measures' unless far-right election conspiracy theorist released from prison",
				"Why Trump will patrol DC with police tonight",
				"Zelensky condemns ‘indecent' Russian attack as American-owned Ukraine factory is hit",
			},
			sources:   []string{"", "The Independent", "The Independent", "The Independent"},
			headings:  [][]string{{"What has been said so far?", "What would security guarantees look like?", "History of failed security agreements in Ukraine", "'Article 5-like protection'", "US airpower, intelligence and a better Ukrainian military"}, nil, nil, nil},
			furniture: []string{"Hashtags", "Try Our AI Features", "Explore what Daily8 AI can do for you:", "Comments", "No comments yet...", "Related Articles", "26 minutes ago", "5:57", "- The Independent"},
		},
		{
			name:       "wire story",
			text:       readTestdata(t, "wire.txt"),
			titles:     []string{"Ceasefire talks resume in Cairo as mediators press both sides"},
			sources:    []string{""},
			headings:   [][]string{{"What is on the table?"}},
			furniture:  []string{"Home", "Share this article", "Advertisement", "Sign up for our newsletter", "Copyright 2024 Example Media. All rights reserved."},
			firstWords: []string{"CAIRO, March 4"},
		},
		{
			name:      "portal with related stories",
			text:      readTestdata(t, "portal.txt"),
			titles:    []string{"Sanctions package targets shipping network", "Parliament approves defence budget after marathon session", "Floods force thousands from homes in river delta"},
			sources:   []string{"", "Global Wire", "Global Wire"},
			headings:  [][]string{{"Why the measures matter"}, nil, nil},
			furniture: []string{"Menu", "Latest News", "12:41", "Tweet", "More from this section", "3 hours ago", "- Global Wire"},
		},
		{
			name:   "bare paragraph",
			text:   readTestdata(t, "plain.txt"),
			titles: []string{"The foreign ministers met for three hours on Thursday and agreed to meet again next month, a spokesman said."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if text == "" {
				text = examplePage(t)
			}
			secs := NewSegmenter(nil).Segment(Page{Name: "p", Text: text})
			if len(secs) != len(tt.titles) {
				var got []string
				for _, s := range secs {
					got = append(got, s.Title)
				}
				t.Fatalf("got %d articles %q, want %d", len(secs), got, len(tt.titles))
			}
			for i, s := range secs {
				if s.Title != tt.titles[i] {
					t.Errorf("article %d title %q, want %q", i, s.Title, tt.titles[i])
				}
				if tt.sources != nil && s.Source != tt.sources[i] {
					t.Errorf("article %d source %q, want %q", i, s.Source, tt.sources[i])
				}
				if tt.headings != nil && strings.Join(s.Headings, "|") != strings.Join(tt.headings[i], "|") {
					t.Errorf("article %d headings %q, want %q", i, s.Headings, tt.headings[i])
				}
				for _, h := range s.Headings {
					if !strings.Contains(s.Body, "\n"+h+"\n") {
						t.Errorf("heading %q is not its own line of the body", h)
					}
				}
				if tt.firstWords != nil && !strings.HasPrefix(s.Body, tt.firstWords[i]) {
					t.Errorf("article %d body starts %q", i, s.Body[:40])
				}
				for _, f := range tt.furniture {
					for _, line := range strings.Split(s.Body, "\n") {
						if line == f {
							t.Errorf("furniture line %q kept in article %d", f, i)
						}
					}
					if s.Title == f {
						t.Errorf("furniture %q became a title", f)
					}
				}
			}
		})
	}
}

func TestSegmentKnownTitleIsOneArticle(t *testing.T) {
	secs := NewSegmenter(nil).Segment(Page{Name: "a", Title: "Known", Source: "Wire", Text: "Short.\n\nSecond paragraph here."})
	if len(secs) != 1 || secs[0].Title != "Known" || secs[0].Source != "Wire" || secs[0].Body != "Short.\n\nSecond paragraph here." {
		t.Fatalf("got %+v", secs)
	}
}

func TestSegmentBadInput(t *testing.T) {
	long := strings.Repeat("The delegates talked at length about trade and borders. ", 20000) // ~1 MB, one line
	tests := []struct {
		name     string
		text     string
		articles int
		check    func(t *testing.T, s []Section)
	}{
		{"empty", "", 0, nil},
		{"only blanks", "\n\n   \n\t\n", 0, nil},
		{"only furniture", "Menu\nShare\n5:57\n26 minutes ago\n", 0, nil},
		{"invalid UTF-8", "Title\n\nThe talks \xff\xfe ended on Monday with an agreement between the two governments, officials said.", 1, func(t *testing.T, s []Section) {
			if !strings.Contains(s[0].Body, "\uFFFD") || strings.Contains(s[0].Body, "\xff") {
				t.Errorf("invalid bytes not replaced: %q", s[0].Body)
			}
		}},
		{"NUL bytes", "Title\n\nThe talks\x00 ended on Monday with an agreement between the two governments, officials said.", 1, func(t *testing.T, s []Section) {
			if strings.ContainsRune(s[0].Body, 0) {
				t.Error("NUL kept in body")
			}
		}},
		{"CRLF line ends", "Title\r\n\r\nThe talks ended on Monday with an agreement between the two governments, officials said.\r\n", 1, func(t *testing.T, s []Section) {
			if strings.ContainsRune(s[0].Body, '\r') || s[0].Title != "Title" {
				t.Errorf("CR kept: %q %q", s[0].Title, s[0].Body)
			}
		}},
		{"a 1 MB line", "Headline\n" + long, 1, func(t *testing.T, s []Section) {
			if len(s[0].Body) != len(strings.TrimSpace(long)) {
				t.Errorf("body %d bytes, want %d", len(s[0].Body), len(strings.TrimSpace(long)))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSegmenter(nil).Segment(Page{Name: "x", Text: tt.text})
			if len(s) != tt.articles {
				t.Fatalf("got %d articles, want %d", len(s), tt.articles)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}

func TestSegmentBylineIsTheAuthorNotTheSource(t *testing.T) {
	secs := NewSegmenter(nil).Segment(Page{Name: "w", Text: readTestdata(t, "wire.txt")})
	if len(secs) != 1 || secs[0].Author != "Hannah Okafor" || secs[0].Source != "" || secs[0].Published != "2024-03-04" {
		t.Fatalf("got %+v", secs)
	}
}

func TestSegmenterShortPagesAndSingleArticles(t *testing.T) {
	short := "In March 2019, Norway signed a fisheries pact with Iceland."
	tests := []struct {
		name      string
		page      Page
		wantBody  string // "" means no article
		wantTitle string
	}{
		{"a page of one short sentence is that article", Page{Text: short + "\n"}, short, short},
		{"a short caption beside a real article is dropped", Page{Text: "Photo: the harbour at dawn.\n\n\n" +
			"Norway and Iceland agreed on Monday to share the cod quota in the Barents Sea for five more years, officials said.\n"},
			"Norway and Iceland agreed on Monday to share the cod quota in the Barents Sea for five more years, officials said.", ""},
		{"furniture alone is no article", Page{Text: "Comments\nNo comments yet...\nShare\n"}, "", ""},
		{"a single record keeps its text whole and titles itself", Page{Text: short, Single: true}, short, short},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewSegmenter(nil).Segment(tt.page)
			if tt.wantBody == "" {
				if len(got) != 0 {
					t.Fatalf("got %d articles, want none: %+v", len(got), got)
				}
				return
			}
			if len(got) != 1 || got[0].Body != tt.wantBody {
				t.Fatalf("got %+v, want one article with body %q", got, tt.wantBody)
			}
			if tt.wantTitle != "" && got[0].Title != tt.wantTitle {
				t.Errorf("title %q, want %q", got[0].Title, tt.wantTitle)
			}
		})
	}
}

// TestSegmentReadsHeadlinesDatelinesAndCaptions pins down page furniture around a story's
// head: a standfirst under the headline, credit and dateline lines ("Tuesday, 12 March 2024
// 09:30 | Updated …", "March 3, 2024 · 5 min read"), photo captions ending in a credit or
// opening with "IMAGE:", cookie banners, menus, and teasers whose date follows their text.
func TestSegmentReadsHeadlinesDatelinesAndCaptions(t *testing.T) {
	dates, err := NewDateParser(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page       string
		titles     []string
		published  []string
		firstWords []string
		furniture  []string
	}{
		{
			page:       "dateline.txt",
			titles:     []string{"Both sides hail accord as a model for the Pacific; fishermen's unions remain wary", "Bolivia asks to join Pacific fisheries talks", "Anchovy stocks recover after two lean seasons"},
			published:  []string{"2024-03-12", "2024-03-08", "2024-03-01"},
			firstWords: []string{"Chile and Peru signed", "Bolivia's foreign minister", "Scientists said"},
			furniture:  []string{"We use cookies", "(AFP Photo)", "(Reuters/Jane Doe)", "Menu | Home", "Terms of Use", "Topics:"},
		},
		{
			page:       "standfirst.txt",
			titles:     []string{"Ecuador and Colombia reopen border crossings after six-month closure"},
			published:  []string{"2024-03-03"},
			firstWords: []string{"The decision ends a standoff"},
			furniture:  []string{"We and our partners use cookies", "IMAGE:", "Reporting by", "Gift article"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			secs := NewSegmenter(dates).Segment(Page{Name: tt.page, Text: readTestdata(t, tt.page)})
			var titles []string
			for _, s := range secs {
				titles = append(titles, s.Title)
			}
			if !slices.Equal(titles, tt.titles) {
				t.Fatalf("titles %q, want %q", titles, tt.titles)
			}
			for i, s := range secs {
				if s.Published != tt.published[i] {
					t.Errorf("%q: published %q, want %q", s.Title, s.Published, tt.published[i])
				}
				if !strings.HasPrefix(s.Body, tt.firstWords[i]) {
					t.Errorf("%q: body starts %.40q, want %q", s.Title, s.Body, tt.firstWords[i])
				}
				for _, f := range tt.furniture {
					if strings.Contains(s.Body, f) {
						t.Errorf("%q: body holds furniture %q", s.Title, f)
					}
				}
			}
			if tt.page == "standfirst.txt" && !strings.Contains(secs[0].Body, "QUITO — Ecuador and Colombia reopened") {
				t.Errorf("the story after the standfirst is not in the article: %q", secs[0].Body)
			}
		})
	}
}

// A "Published:" line in words gives an ISO date, as a dateline does.
func TestSegmentPublishedLineInWords(t *testing.T) {
	dates, err := NewDateParser(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	secs := NewSegmenter(dates).Segment(Page{Name: "p", Text: "Chile and Peru sign fisheries pact\nPublished: March 3, 2024\n\nChile and Peru signed an agreement on Monday that ends a decade-long dispute over fishing rights off their shared coast.\n"})
	if len(secs) != 1 || secs[0].Published != "2024-03-03" {
		t.Fatalf("got %+v, want one article published 2024-03-03", secs)
	}
}
