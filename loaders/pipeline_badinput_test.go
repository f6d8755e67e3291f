package loaders

import (
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
)

// TestPipelineBadInput feeds the whole pipeline input no scraper should produce; each case must
// end with documents or a clear error, never a panic, with offsets still exact.
func TestPipelineBadInput(t *testing.T) {
	p := newTestPipeline(t)
	para := "Russian President Vladimir Putin met officials in Moscow on Monday, the Kremlin said, and Mr Putin later spoke to Turkey's president.\n"
	tests := []struct {
		name    string
		text    string
		docs    int
		wantErr error
	}{
		{"empty", "", 0, nil},
		{"only whitespace", " \n\t\n ", 0, nil},
		{"invalid UTF-8", "Talks\n\n" + strings.Replace(para, "Moscow", "Mos\xffcow\xc3", 1), 1, nil},
		{"NUL bytes", "Talks\n\n" + strings.Replace(para, " ", "\x00 ", 3), 1, nil},
		{"binary noise", string([]byte{0, 1, 2, 0xff, 0xfe, 10, 27, 91, 50, 74}), 0, nil},
		{"a 1 MB line", "Talks\n\n" + strings.Repeat(strings.TrimSuffix(para, "\n")+" ", 1<<20/len(para)), 1, nil},
		{"an article over the limit", "Talks\n\n" + strings.Repeat(strings.TrimSuffix(para, "\n")+" ", 3<<20/len(para)), 0, ErrArticleTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := p.Extract(context.Background(), Page{Name: "bad", Text: tt.text})
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), "bad") {
					t.Fatalf("got error %v, want %v naming the page", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.docs {
				t.Fatalf("got %d documents, want %d", len(docs), tt.docs)
			}
			for _, d := range docs {
				for _, m := range d.Mentions {
					if d.Article.Text[m.Start:m.End] != m.Text {
						t.Fatalf("mention %q does not quote the body", m.Text)
					}
				}
				if strings.ContainsRune(d.Article.Text, 0) {
					t.Error("NUL byte kept in the article text")
				}
			}
		})
	}
}

// TestPipelineFiftyMegabytePage: a 50 MB page is refused before any stage runs, with an error
// that gives the size and the limit and says what to do; the caller adds the file name.
func TestPipelineFiftyMegabytePage(t *testing.T) {
	p := newTestPipeline(t)
	page := strings.Repeat("Negotiators met in Cairo on Monday, officials said.\n", 50<<20/52+1)
	docs, err := p.Extract(context.Background(), Page{Name: "big.txt", Text: page})
	if !errors.Is(err, ErrPageTooLarge) || docs != nil {
		t.Fatalf("got %d documents, error %v; want ErrPageTooLarge", len(docs), err)
	}
	for _, want := range []string{"50.0 MiB", "16 MiB limit", "split the file", "JSON Lines"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "big.txt") {
		t.Errorf("error %q names the page, which its caller does too", err)
	}
}

// TestPipelineStreamsManyArticlesInBoundedMemory runs a generated page of many articles
// through ExtractEach: every article comes out, and the heap stays a small multiple of the
// page, since each document is handed over and dropped before the next is built.
func TestPipelineStreamsManyArticlesInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("long page skipped in -short mode")
	}
	p := newTestPipeline(t)
	article := "Ceasefire talks resume\n\n" + strings.Repeat("Negotiators from Qatar and Egypt met Hamas officials in Cairo on Monday, officials said. ", 40) + "\n\n\n"
	page := strings.Repeat(article, 4<<20/len(article))
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var peak uint64
	n := 0
	err := p.ExtractEach(context.Background(), Page{Name: "many", Text: page}, func(d Document) error {
		n++
		if n%50 == 0 {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak {
				peak = m.HeapAlloc
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(page, "Ceasefire talks resume"); n != want {
		t.Fatalf("got %d documents, want %d", n, want)
	}
	growth := int64(peak) - int64(before.HeapAlloc)
	t.Logf("%d MB page, %d documents, heap growth %d MB", len(page)>>20, n, growth>>20)
	if growth > 12*int64(len(page)) {
		t.Errorf("heap grew by %d MB for a %d MB page", growth>>20, len(page)>>20)
	}
}

// FuzzPipelineExtract: any input yields documents whose spans quote their bodies, or an
// error, and never a panic.
func FuzzPipelineExtract(f *testing.F) {
	f.Add("Title\n\nMr Putin met Gen. Smith in Washington, D.C., on Monday. 'FREE TINA PETERS,' he wrote.")
	f.Add("Hashtags\n\n\nThe Independent\n26 minutes ago\n- The Independent\nHeadline here\nRussia's defence ministry said the US-Taliban deal (TPLF) failed.")
	f.Add("\xff\x00\r\n5:57\n\"")
	p := newTestPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		docs, err := p.Extract(context.Background(), Page{Name: "fuzz", Text: text})
		if err != nil {
			return
		}
		for _, d := range docs {
			body := d.Article.Text
			for _, s := range d.Sentences {
				if s.Start < 0 || s.End > len(body) || body[s.Start:s.End] != s.Text {
					t.Fatalf("sentence span %d:%d does not quote the body", s.Start, s.End)
				}
			}
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End > len(body) || body[m.Start:m.End] != m.Text {
					t.Fatalf("mention %q span %d:%d does not quote the body", m.Text, m.Start, m.End)
				}
				if m.Entity >= len(d.Entities) {
					t.Fatalf("mention %q points past the entities", m.Text)
				}
			}
		}
	})
}

func TestByteSizeReadsForAPerson(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 bytes"},
		{1023, "1023 bytes"},
		{1536, "1.5 KiB"},
		{2 << 20, "2 MiB"},
		{16 << 20, "16 MiB"},
		{52425920, "50.0 MiB"},
	}
	for _, tt := range tests {
		if got := byteSize(tt.n); got != tt.want {
			t.Errorf("byteSize(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
