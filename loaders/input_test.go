package loaders

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// writeFiles creates files under dir from a map of relative path → content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// collect ranges over a source and returns the good items and the errors, in order.
func collect(t *testing.T, ctx context.Context, s *Source) ([]Item, []error) {
	t.Helper()
	var items []Item
	var errs []error
	for it, err := range s.Items(ctx) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		items = append(items, it)
	}
	return items, errs
}

func newTestSource(t *testing.T, paths []string, opts SourceOptions) *Source {
	t.Helper()
	s, err := NewSource(context.Background(), paths, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestParseISOPartialChecksTheCalendar(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string // "" = valid
	}{
		{"2014", ""},
		{"1994-12", ""},
		{"2024-02-29", ""}, // leap year
		{"2000-02-29", ""}, // divisible by 400
		{"1999-12-31", ""},
		{"0001-01-01", ""},
		{"2025-13-45", "month 13"},
		{"2023-02-29", "day 29 out of range 1-28"},
		{"1900-02-29", "day 29 out of range 1-28"}, // divisible by 100, not 400
		{"2014-04-31", "day 31 out of range 1-30"},
		{"2014-00", "month 0"},
		{"2014-01-00", "day 0"},
		{"0000", "year 0000"},
		{"2014-3", "wrong length"},
		{"14", "wrong length"},
		{"", "wrong length"},
		{"+201", "year is not 4 digits"},
		{"2014/03", "want '-'"},
		{"2014-03-0a", "day is not 2 digits"},
		{" 2014", "wrong length"},
		{"２０１４", "wrong length"}, // full-width digits are not ASCII digits
	}
	for _, tc := range tests {
		got, err := ParseISOPartial(tc.in)
		if tc.wantErr == "" {
			if err != nil || got != tc.in {
				t.Errorf("ParseISOPartial(%q) = %q, %v; want it back unchanged", tc.in, got, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("ParseISOPartial(%q) error = %v; want one containing %q", tc.in, err, tc.wantErr)
		}
	}
}

func TestParsePublishedKeepsTheDateOfATimestamp(t *testing.T) {
	tests := []struct{ in, want, wantErr string }{
		{"2025-08-19", "2025-08-19", ""},
		{"2025-08", "2025-08", ""},
		{"2025-08-19T10:30:00Z", "2025-08-19", ""},
		{"2025-08-19T23:30:00-05:00", "2025-08-19", ""}, // the date as the source wrote it
		{"2025-08-19 10:30", "2025-08-19", ""},
		{"2025-08-19T10:30:00", "2025-08-19", ""},
		{"2025-13-19T10:30:00Z", "", "month 13"},
		{"2025-08-19Tnoon", "", "RFC 3339"},
		{"yesterday", "", "not a date"},
	}
	for _, tc := range tests {
		got, err := ParsePublished(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParsePublished(%q) = %q, %v; want error containing %q", tc.in, got, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestSourceWalksDirectoriesInSortedOrder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/two.txt":         "Second page.",
		"b/a/one.jsonl":     `{"id":"art-1","title":"T","text":"First article."}` + "\n" + `{"subject":"Russia","subject_kind":"State","predicate":"violated","object":"Budapest Memorandum","object_kind":"Agreement","date":"2014"}` + "\n",
		"b/c.txt":           "Third page.",
		"b/README.md":       "not an input",
		"b/.hidden/x.txt":   "hidden",
		"b/.notes.txt":      "hidden",
		"b/z/deep/last.TXT": "Last page.",
	})
	single := filepath.Join(dir, "single.txt")
	writeFiles(t, dir, map[string]string{"single.txt": "Given first."})

	// Symlinks: a linked file is read, a linked directory inside a walk is not followed.
	if err := os.Symlink(filepath.Join(dir, "b/c.txt"), filepath.Join(dir, "b/z/link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b/a"), filepath.Join(dir, "b/z/loop.txt")); err != nil {
		t.Fatal(err)
	}
	s := newTestSource(t, []string{single, filepath.Join(dir, "b")}, SourceOptions{})
	wantFiles := []string{single, filepath.Join(dir, "b/a/one.jsonl"), filepath.Join(dir, "b/c.txt"),
		filepath.Join(dir, "b/two.txt"), filepath.Join(dir, "b/z/deep/last.TXT"), filepath.Join(dir, "b/z/link.txt")}
	if got := s.Files(); !equalStrings(got, wantFiles) {
		t.Errorf("Files() = %q\nwant %q", got, wantFiles)
	}
	if got, want := s.Skipped(), []string{filepath.Join(dir, "b/README.md"), filepath.Join(dir, "b/z/loop.txt")}; !equalStrings(got, want) {
		t.Errorf("Skipped() = %q, want %q", got, want)
	}
	items, errs := collect(t, context.Background(), s)
	if len(errs) != 0 {
		t.Fatalf("unexpected errors: %v", errs)
	}
	var got []string
	for _, it := range items {
		switch {
		case it.Page != nil:
			got = append(got, "page "+it.Page.Name+" @"+filepath.Base(it.Pos()))
		case it.Fact != nil:
			got = append(got, "fact "+it.Fact.Subject+" "+it.Fact.Predicate+" @"+filepath.Base(it.Pos()))
		}
	}
	want := []string{
		"page single.txt @single.txt",
		"page art-1 @one.jsonl:1",
		"fact Russia violated @one.jsonl:2",
		"page c.txt @c.txt",
		"page two.txt @two.txt",
		"page last.TXT @last.TXT",
		"page link.txt @link.txt",
	}
	if !equalStrings(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s.BytesRead() != s.TotalBytes() || s.TotalBytes() == 0 {
		t.Errorf("BytesRead() = %d, TotalBytes() = %d; want equal and > 0 after a full walk", s.BytesRead(), s.TotalBytes())
	}
}

func TestSourceWalksASymlinkedDirectoryGivenByName(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "A page."})
	link := filepath.Join(dir, "corpus")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Fatal(err)
	}
	s := newTestSource(t, []string{link}, SourceOptions{})
	if got := s.Files(); len(got) != 1 || got[0] != filepath.Join(link, "a.txt") {
		t.Errorf("Files() = %q, want the file inside the linked directory", got)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSourceReadsJSONLArticles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": "\ufeff" + `{"id":"x1","title":"  Talks  ","source":"Wire","published":"2025-08-19T10:00:00Z","url":"https://e.x/1","text":"Body one."}` + "\r\n\n   \n" +
		`{"title":"No id","text":"Body two."}` + "\n" +
		`{"text":"Body three.","published":null}`})
	items, errs := collect(t, context.Background(), newTestSource(t, []string{filepath.Join(dir, "a.jsonl")}, SourceOptions{}))
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	p := items[0].Page
	want := Page{Name: "x1", Title: "Talks", Source: "Wire", Published: "2025-08-19", URL: "https://e.x/1", Text: "Body one.", Single: true}
	if *p != want {
		t.Errorf("page = %+v\nwant %+v", *p, want)
	}
	// No id: the position names the article, so extract output can still say where it came from.
	if got, want := items[1].Page.Name, filepath.Join(dir, "a.jsonl")+":4"; got != want {
		t.Errorf("name of an article without id = %q, want %q", got, want)
	}
	if items[2].Line != 5 || items[2].Page.Published != "" {
		t.Errorf("third item = line %d published %q; want line 5 and no date", items[2].Line, items[2].Page.Published)
	}
}

// badLine is one case of the bad-input catalogue: a JSONL line, the field the error must
// name ("" for the line as a whole) and words the message must contain.
type badLine struct {
	name  string
	line  string
	field string
	msg   string
	is    error // when set, errors.Is must hold
}

func badLineCatalogue() []badLine {
	long := strings.Repeat("x", 10000)
	return []badLine{
		{"malformed JSON names the byte column", `{"subject": "Russia", "predicate" "signed"}`, "", "malformed JSON at byte column 35", nil},
		{"truncated JSON", `{"subject": "Russia"`, "", "malformed JSON", nil},
		{"not an object", `["Russia","signed","x"]`, "", "want a JSON object, got array", nil},
		{"null line", `null`, "", "want a JSON object, got null", nil},
		{"neither article nor fact", `{"foo": 1}`, "", `no "text", "predicate"`, nil},
		{"both text and predicate", `{"text":"a","predicate":"signed"}`, "", "either an article or a curated fact", nil},
		{"unknown field in a fact", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","colour":"red"}`, "colour", "unknown field", nil},
		{"unknown field in an article", `{"text":"body","author":"me"}`, "author", "unknown field", nil},
		{"wrong type subject", `{"subject":5,"predicate":"signed","object":"B"}`, "subject", "want a string, got a number", nil},
		{"wrong type text", `{"text":["a"]}`, "text", "want a string, got an array", nil},
		{"wrong type confidence", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","confidence":"high"}`, "confidence", "want a number", nil},
		{"confidence too large for a float", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","confidence":1e400}`, "confidence", "1e400 is out of range", nil},
		{"confidence out of range", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","confidence":1.5}`, "confidence", "out of range", nil},
		{"unknown predicate", `{"subject":"A","subject_kind":"State","predicate":"befriended","object":"B","object_kind":"State"}`, "predicate", `unknown predicate "befriended"`, graph.ErrUnknownPredicate},
		{"unknown subject kind", `{"subject":"A","subject_kind":"Country","predicate":"signed","object":"B","object_kind":"Agreement"}`, "subject_kind", `unknown kind "Country"`, graph.ErrUnknownKind},
		{"unknown object kind", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Treaty"}`, "object_kind", `unknown kind "Treaty"`, graph.ErrUnknownKind},
		{"article kind refused", `{"subject":"A","subject_kind":"Article","predicate":"signed","object":"B","object_kind":"Agreement"}`, "subject_kind", "Article nodes", nil},
		{"bad date", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","date":"2025-13-45"}`, "date", `"2025-13-45" is not a date: month 13`, nil},
		{"bad published date", `{"text":"body","published":"2023-02-29"}`, "published", "day 29", nil},
		{"empty subject", `{"subject":"  ","predicate":"signed","object":"B"}`, "subject", "empty", nil},
		{"missing object", `{"subject":"A","predicate":"signed"}`, "object", "missing", nil},
		{"empty text", `{"id":"x","text":" "}`, "text", "empty", nil},
		{"name over the max length", `{"subject":"` + long + `","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement"}`, "subject", "too long: 10000 characters (max 300)", nil},
		{"control character in a name", `{"subject":"A\nB","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement"}`, "subject", "control character U+000A", nil},
		{"escaped NUL in a field", `{"subject":"A\u0000B","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement"}`, "subject", "NUL character", nil},
		{"raw NUL byte", "{\"subject\":\"A\x00\"}", "", "NUL byte at byte column 14", nil},
		{"non-UTF-8 names its field", "{\"text\":\"caf\xe9\"}", "text", "byte 0xE9 at byte column 13 is not UTF-8", nil},
		{"unknown modality", `{"subject":"A","subject_kind":"State","predicate":"signed","object":"B","object_kind":"Agreement","modality":"rumoured"}`, "modality", "unknown modality", nil},
		{"entity line without a kind", `{"name":"Russia","kind":""}`, "kind", "empty", nil},
		{"entity line with bad aliases", `{"name":"Russia","kind":"State","aliases":"RU"}`, "aliases", "want an array of strings", nil},
		{"entity line with a non-string alias", `{"name":"Russia","kind":"State","aliases":["RU",7]}`, "aliases[1]", "want a string", nil},
		{"a huge unknown key is not echoed whole", `{"text":"x","` + long + `":1}`, strings.Repeat("x", 64) + "…", "unknown field", nil},
		{"many keys are not all listed", `{"a":1,"b":1,"c":1,"d":1,"e":1,"f":1,"g":1,"h":1,"i":1,"j":1,"k":1,"l":1}`, "", "… 2 more", nil},
		{"deeply nested JSON", `{"text":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, "", "malformed JSON", nil},
	}
}

const goodFactLine = `{"subject":"Russia","subject_kind":"State","predicate":"violated","object":"Budapest Memorandum","object_kind":"Agreement","date":"2014"}`

func TestSourceReportsEachBadLineAndGoesOn(t *testing.T) {
	cases := badLineCatalogue()
	// One file: a good line before and after every bad one, so the walk must go on.
	var b strings.Builder
	for _, c := range cases {
		b.WriteString(goodFactLine + "\n")
		b.WriteString(c.line + "\n")
	}
	b.WriteString(goodFactLine + "\n")
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.jsonl")
	writeFiles(t, dir, map[string]string{"facts.jsonl": b.String()})

	items, errs := collect(t, context.Background(), newTestSource(t, []string{path}, SourceOptions{}))
	if len(items) != len(cases)+1 {
		t.Errorf("good items = %d, want %d (the good lines around each bad one)", len(items), len(cases)+1)
	}
	for i, it := range items {
		if it.Line != 2*i+1 || it.Fact == nil || it.Fact.Subject != "Russia" {
			t.Errorf("good item %d at line %d (%+v), want line %d", i, it.Line, it.Fact, 2*i+1)
		}
	}
	if len(errs) != len(cases) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(cases), errs)
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ie *InputError
			if !errors.As(errs[i], &ie) {
				t.Fatalf("error %v is not an *InputError", errs[i])
			}
			if ie.File != path || ie.Line != 2*i+2 || ie.Field != c.field {
				t.Errorf("error at %s:%d field %q; want %s:%d field %q", ie.File, ie.Line, ie.Field, path, 2*i+2, c.field)
			}
			if !strings.Contains(ie.Msg, c.msg) {
				t.Errorf("message %q does not say %q", ie.Msg, c.msg)
			}
			wantPrefix := fmt.Sprintf("%s:%d: ", path, 2*i+2)
			if !strings.HasPrefix(ie.Error(), wantPrefix) {
				t.Errorf("Error() = %q, want it to start with %q", ie.Error(), wantPrefix)
			}
			if c.is != nil && !errors.Is(errs[i], c.is) {
				t.Errorf("errors.Is(%v, %v) = false", errs[i], c.is)
			}
			if len(ie.Error()) > 2000 {
				t.Errorf("message is %d bytes long; it must not echo a huge input", len(ie.Error()))
			}
		})
	}
}

func TestSourceSkipsOverlongLinesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	huge := `{"text":"` + strings.Repeat("word ", 2<<10) + `"}` // 10 KiB, over the 4 KiB limit below
	writeFiles(t, dir, map[string]string{"a.jsonl": goodFactLine + "\n" + huge + "\n" + goodFactLine + "\n" + huge})
	s := newTestSource(t, []string{filepath.Join(dir, "a.jsonl")}, SourceOptions{MaxLineBytes: 4 << 10})
	items, errs := collect(t, context.Background(), s)
	if len(items) != 2 || items[0].Line != 1 || items[1].Line != 3 {
		t.Errorf("items = %+v, want the good lines 1 and 3", items)
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want 2 (lines 2 and 4)", errs)
	}
	for i, wantLine := range []int{2, 4} {
		var ie *InputError
		if !errors.As(errs[i], &ie) || ie.Line != wantLine || !strings.Contains(ie.Msg, "longer than") {
			t.Errorf("error %d = %v, want line %d too long", i, errs[i], wantLine)
		}
	}
	if s.BytesRead() != s.TotalBytes() {
		t.Errorf("BytesRead %d != TotalBytes %d: skipped bytes must count as read", s.BytesRead(), s.TotalBytes())
	}
}

func TestSourceAcceptsALineJustUnderTheDefaultLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 2 x 16 MiB")
	}
	dir := t.TempDir()
	text := strings.Repeat("a", DefaultMaxLineBytes-len(`{"text":""}`))
	over := strings.Repeat("a", DefaultMaxLineBytes)
	writeFiles(t, dir, map[string]string{"a.jsonl": `{"text":"` + text + `"}` + "\r\n" + `{"text":"` + over + `"}` + "\n" + goodFactLine})
	items, errs := collect(t, context.Background(), newTestSource(t, []string{filepath.Join(dir, "a.jsonl")}, SourceOptions{}))
	if len(items) != 2 || items[0].Page == nil || len(items[0].Page.Text) != len(text) || items[1].Line != 3 {
		t.Errorf("got %d items; want the 16 MiB article and the fact on line 3", len(items))
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), ":2: line is longer than the 16 MiB limit") {
		t.Errorf("errors = %v, want line 2 too long", errs)
	}
}

func TestSourceReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"report.pdf":  "%PDF",
		"noext":       "text",
		"empty.txt":   "",
		"blank.txt":   " \n\t\n",
		"binary.txt":  "line one\nab\x00cd",
		"latin1.txt":  "first\nsecond caf\xe9\n",
		"big.txt":     strings.Repeat("x", 3<<20),
		"good.txt":    "A page.",
		"empty.jsonl": "",
	})
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		line       int
		msg        string
	}{
		{"unknown extension", "report.pdf", 0, "unknown format .pdf: expected .txt or .jsonl"},
		{"no extension", "noext", 0, "unknown format (no extension)"},
		{"missing file", "missing.txt", 0, "no such file"},
		{"dangling symlink", "dangling.txt", 0, "no such file"},
		{"empty file", "empty.txt", 0, "empty file"},
		{"blank file", "blank.txt", 0, "empty file"},
		{"NUL byte", "binary.txt", 2, "NUL byte at column 3"},
		{"not UTF-8", "latin1.txt", 2, "byte 0xE9 at column 11 is not UTF-8"},
		{"page over the limit", "big.txt", 0, "larger than the 2 MiB limit"},
		{"empty JSONL file", "empty.jsonl", 0, "empty file: no records"},
	}
	var paths []string
	for _, tc := range tests {
		paths = append(paths, filepath.Join(dir, tc.path))
	}
	paths = append(paths, filepath.Join(dir, "good.txt"))
	s := newTestSource(t, paths, SourceOptions{MaxPageBytes: 2 << 20})
	items, errs := collect(t, context.Background(), s)
	if len(items) != 1 || items[0].Page.Text != "A page." {
		t.Errorf("items = %+v; want only good.txt", items)
	}
	if len(errs) != len(tests) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(tests), errs)
	}
	if s.BytesRead() != s.TotalBytes() {
		t.Errorf("BytesRead %d != TotalBytes %d: a skipped page must count as read", s.BytesRead(), s.TotalBytes())
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ie *InputError
			if !errors.As(errs[i], &ie) {
				t.Fatalf("%v is not an *InputError", errs[i])
			}
			if ie.File != filepath.Join(dir, tc.path) || ie.Line != tc.line || !strings.Contains(ie.Msg, tc.msg) {
				t.Errorf("got %s (line %d); want %s line %d saying %q", ie, ie.Line, tc.path, tc.line, tc.msg)
			}
		})
	}
}

func TestSourceReportsAnUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"secret.txt": "text"})
	p := filepath.Join(dir, "secret.txt")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running as a user who can read mode-000 files (root)")
	}
	_, errs := collect(t, context.Background(), newTestSource(t, []string{p}, SourceOptions{}))
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), p+": open: permission denied") {
		t.Errorf("errors = %v, want permission denied naming %s", errs, p)
	}
}

func TestSourceReadsStdinByContent(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"jsonl", "\n  " + goodFactLine + "\n", "fact -:2"},
		{"jsonl with BOM", "\ufeff" + goodFactLine, "fact -:1"},
		{"text page", "Talks in Geneva.\n{not json}", "page stdin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSource(t, []string{"-"}, SourceOptions{Stdin: strings.NewReader(tc.input)})
			items, errs := collect(t, context.Background(), s)
			if len(errs) != 0 || len(items) != 1 {
				t.Fatalf("items %v errors %v", items, errs)
			}
			got := "fact " + items[0].Pos()
			if items[0].Page != nil {
				got = "page " + items[0].Page.Name
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if !s.HasStdin() || s.BytesRead() != int64(len(tc.input)) {
				t.Errorf("HasStdin %v BytesRead %d; want true and %d", s.HasStdin(), s.BytesRead(), len(tc.input))
			}
		})
	}
	s := newTestSource(t, []string{"-"}, SourceOptions{})
	if _, errs := collect(t, context.Background(), s); len(errs) != 1 || !strings.Contains(errs[0].Error(), "no standard input") {
		t.Errorf("without Stdin: errors = %v", errs)
	}
}

func TestSourceStopsWhenContextEnds(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": strings.Repeat(goodFactLine+"\n", 100), "b.txt": "page"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := newTestSource(t, []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.txt")}, SourceOptions{})
	n, ctxErrs := 0, 0
	for _, err := range s.Items(ctx) {
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want context.Canceled", err)
			}
			ctxErrs++
			continue
		}
		n++
		if n == 10 {
			cancel()
		}
	}
	if n != 10 || ctxErrs != 1 {
		t.Errorf("after cancel: %d items and %d ctx errors; want 10 and exactly 1", n, ctxErrs)
	}
	if _, err := NewSource(ctx, []string{dir}, SourceOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("NewSource with an ended ctx = %v, want context.Canceled", err)
	}
}

func TestSourceLetsTheConsumerStopEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.jsonl": strings.Repeat(goodFactLine+"\n", 10) + "{bad\n", "b.txt": "page"})
	s := newTestSource(t, []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.txt")}, SourceOptions{})
	n := 0
	for range s.Items(context.Background()) {
		n++
		if n == 3 {
			break // must not panic with "range function continued iteration after exit"
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
	if info, err := os.Stat(filepath.Join(dir, "a.jsonl")); err != nil || s.BytesRead() != info.Size() {
		t.Errorf("BytesRead = %d after stopping in a.jsonl; want its size (the abandoned file counts as read)", s.BytesRead())
	}
}

// TestSourceStreamsABigFileInBoundedMemory reads a generated JSONL file of 100 MB (10 MB with
// -short) and checks that the live heap never grows with the file.
func TestSourceStreamsABigFileInBoundedMemory(t *testing.T) {
	size := 100 << 20
	if testing.Short() {
		size = 10 << 20
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(goodFactLine + "\n")
	article := []byte(`{"id":"a","text":"` + strings.Repeat("Russia signed the treaty. ", 400) + `"}` + "\n")
	var buf bytes.Buffer
	lines := 0
	for written := 0; written < size; {
		buf.Reset()
		for i := 0; i < 1000; i++ {
			buf.Write(line)
			lines++
		}
		buf.Write(article)
		lines++
		n, err := f.Write(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		written += n
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	s := newTestSource(t, []string{path}, SourceOptions{})
	var ms runtime.MemStats
	var peak uint64
	n := 0
	for _, err := range s.Items(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if n%50000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	if n != lines {
		t.Errorf("read %d records, want %d", n, lines)
	}
	if s.BytesRead() != s.TotalBytes() {
		t.Errorf("BytesRead %d != TotalBytes %d", s.BytesRead(), s.TotalBytes())
	}
	t.Logf("%d MiB file, %d records: peak live heap %d MiB", size>>20, n, peak>>20)
	if peak > 32<<20 {
		t.Errorf("live heap reached %d MiB reading a %d MiB file; want bounded (< 32 MiB)", peak>>20, size>>20)
	}
}

func BenchmarkSourceCuratedFacts(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "facts.jsonl")
	var buf bytes.Buffer
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&buf, `{"subject":"Actor %d","subject_kind":"State","predicate":"signed","object":"Treaty %d","object_kind":"Agreement","date":"2014-03","evidence":"Actor %d signed Treaty %d."}`+"\n", i, i%977, i, i%977)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := NewSource(context.Background(), []string{path}, SourceOptions{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, err := range s.Items(context.Background()) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 100000 {
			b.Fatalf("n = %d", n)
		}
	}
	b.ReportMetric(float64(100000*b.N)/b.Elapsed().Seconds(), "facts/s")
}
