package loaders

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Input limits. A JSONL line or a text page past its limit is reported as an *InputError and
// skipped, so one runaway record cannot exhaust memory or stop the load.
const (
	DefaultMaxLineBytes = 16 << 20 // one JSONL line
	DefaultMaxPageBytes = 64 << 20 // one .txt page, which the pipeline needs whole
)

// InputError is bad input at one place: a file, a line in it (0 when the error is about the
// whole file), the field concerned ("" when not one field) and what is wrong. A walk that
// meets one reports it and goes on with the next line or file.
type InputError struct {
	File  string
	Line  int
	Field string
	Msg   string
	Err   error // the underlying error, when there is one (errors.Is works through it)
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// Item is one record read from the input: a page (a .txt file or a JSONL article line), a
// curated fact or a curated node. Exactly one of Page, Fact and Node is set.
type Item struct {
	File   string // the path as given or found in a walk; "-" for stdin
	Line   int    // 1-based line of a JSONL record; 0 for a .txt page
	Offset int64  // byte offset of the record's start in File
	Page   *Page
	Fact   *CuratedFact
	Node   *CuratedNode
}

// Pos names where the item came from: "file:line", or "file" for a whole-file page.
func (it Item) Pos() string {
	if it.Line > 0 {
		return fmt.Sprintf("%s:%d", it.File, it.Line)
	}
	return it.File
}

// SourceOptions configures a Source. Zero values take the defaults.
type SourceOptions struct {
	Stdin        io.Reader // read for the path "-"; without it "-" is an error
	MaxLineBytes int       // DefaultMaxLineBytes when <= 0
	MaxPageBytes int64     // DefaultMaxPageBytes when <= 0
	Limits       Limits    // field limits for JSONL records; DefaultLimits when zero
}

// inputEntry is one file to read, or a path that could not be walked (err set), kept in
// order so the error is reported where the file would have been.
type inputEntry struct {
	path string
	size int64
	err  error
}

// Source walks input paths and yields their records in order. Directories are walked
// recursively in lexical order; inside them, hidden entries and files that are neither .txt
// nor .jsonl are skipped (see Skipped), while such a file named explicitly is an error. "-"
// reads Stdin, as JSONL when its first non-blank byte is '{' and as a page otherwise.
//
// Progress: TotalBytes is the summed size of the files found (stdin not counted, its size
// being unknown) and BytesRead grows as the walk consumes input; both are safe to read from
// another goroutine, so a progress bar can poll them while Items runs.
type Source struct {
	opts    SourceOptions
	entries []inputEntry
	skipped []string
	total   int64
	stdin   bool
	read    atomic.Int64
}

// NewSource stats and walks paths. Paths that do not exist or cannot be read are not an
// error here: they are reported as *InputError by Items in their place. The only error is
// ctx's.
func NewSource(ctx context.Context, paths []string, opts SourceOptions) (*Source, error) {
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = DefaultMaxLineBytes
	}
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = DefaultMaxPageBytes
	}
	if opts.Limits == (Limits{}) {
		opts.Limits = DefaultLimits()
	}
	s := &Source{opts: opts}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if p == "-" {
			s.stdin = true
			s.entries = append(s.entries, inputEntry{path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			s.entries = append(s.entries, inputEntry{path: p, err: err})
			continue
		}
		if !info.IsDir() {
			s.add(p, info.Size(), inputFormat(p))
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// WalkDir does not follow a symlinked root; a trailing separator makes it.
			root = filepath.Clean(p) + string(filepath.Separator)
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != nil {
				// An unreadable directory or entry: report it in place and go on.
				s.entries = append(s.entries, inputEntry{path: path, err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if inputFormat(path) != nil || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
				s.skipped = append(s.skipped, path)
				return nil
			}
			// Stat, not Lstat: a symlinked file counts with its target's size. Symlinked
			// directories are not followed (no loops).
			info, err := os.Stat(path)
			if err != nil {
				s.entries = append(s.entries, inputEntry{path: path, err: err})
				return nil
			}
			if info.IsDir() {
				s.skipped = append(s.skipped, path)
				return nil
			}
			s.add(path, info.Size(), nil)
			return nil
		})
		if err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return s, nil
}

func (s *Source) add(path string, size int64, err error) {
	s.entries = append(s.entries, inputEntry{path: path, size: size, err: err})
	if err == nil {
		s.total += size
	}
}

// inputFormat accepts the extensions Source knows.
func inputFormat(path string) error {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".txt", ".jsonl":
		return nil
	case "":
		return errors.New("unknown format (no extension): expected .txt or .jsonl")
	default:
		return fmt.Errorf("unknown format %s: expected .txt or .jsonl", ext)
	}
}

// Files returns the files the walk found, in the order Items reads them.
func (s *Source) Files() []string {
	var out []string
	for _, e := range s.entries {
		if e.err == nil {
			out = append(out, e.path)
		}
	}
	return out
}

// Skipped returns the files found inside directories and skipped for their extension.
func (s *Source) Skipped() []string { return s.skipped }

// TotalBytes is the summed size of the files to read; stdin is not counted (HasStdin).
func (s *Source) TotalBytes() int64 { return s.total }

// HasStdin says whether "-" was among the paths, whose size is unknown in advance.
func (s *Source) HasStdin() bool { return s.stdin }

// BytesRead is how many bytes Items has consumed so far, stdin included.
func (s *Source) BytesRead() int64 { return s.read.Load() }

// Items yields every record in order; call it once (stdin cannot be read twice). A non-nil error with a zero Item is bad input, always
// an *InputError naming file, line and field: report it and keep ranging, the walk goes on.
// When ctx ends, Items yields ctx.Err() (not an *InputError) once and stops.
func (s *Source) Items(ctx context.Context) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		for _, e := range s.entries {
			if err := ctx.Err(); err != nil {
				yield(Item{}, err)
				return
			}
			if e.err != nil {
				if !yield(Item{}, inputFileError(e.path, e.err)) {
					return
				}
				continue
			}
			if !s.readEntry(ctx, e.path, yield) {
				return
			}
		}
	}
}

// inputFileError turns an error about a whole file into an *InputError naming it.
func inputFileError(path string, err error) *InputError {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Op + ": " + pe.Err.Error()
	}
	return &InputError{File: path, Msg: msg, Err: err}
}

// readEntry reads one file (or stdin); it returns false when the consumer stopped or ctx ended.
func (s *Source) readEntry(ctx context.Context, path string, yield func(Item, error) bool) bool {
	var r io.Reader
	jsonl := strings.EqualFold(filepath.Ext(path), ".jsonl")
	if path == "-" {
		if s.opts.Stdin == nil {
			return yield(Item{}, &InputError{File: "-", Msg: "no standard input available"})
		}
		br := bufio.NewReaderSize(&inputCountingReader{r: s.opts.Stdin, n: &s.read}, 64<<10)
		first, err := inputFirstNonBlank(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Item{}, inputFileError("-", err))
		}
		jsonl = first == '{'
		r = br
	} else {
		f, err := os.Open(path)
		if err != nil {
			return yield(Item{}, inputFileError(path, err))
		}
		defer f.Close()
		cr := &inputCountingReader{r: f, n: &s.read}
		// A file abandoned part-way (a page over the limit, a stopped walk) still counts as
		// read in full, so progress reaches TotalBytes without reading what is skipped.
		if info, err := f.Stat(); err == nil {
			defer func() {
				if rest := info.Size() - cr.own; rest > 0 {
					s.read.Add(rest)
				}
			}()
		}
		r = cr
	}
	if jsonl {
		return s.readJSONL(ctx, path, r, yield)
	}
	return s.readPage(path, r, yield)
}

// inputFirstNonBlank peeks past leading whitespace (and a UTF-8 byte order mark) without
// consuming anything.
func inputFirstNonBlank(br *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return 0, err
		}
		c := b[n-1]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || (n <= 3 && bytes.HasPrefix(inputBOM, b)) {
			if n >= br.Size() {
				return 0, nil
			}
			continue
		}
		return c, nil
	}
}

var inputBOM = []byte{0xEF, 0xBB, 0xBF}

// readPage reads a whole .txt file as one Page.
func (s *Source) readPage(path string, r io.Reader, yield func(Item, error) bool) bool {
	data, err := io.ReadAll(io.LimitReader(r, s.opts.MaxPageBytes+1))
	if err != nil {
		return yield(Item{}, inputFileError(path, err))
	}
	if int64(len(data)) > s.opts.MaxPageBytes {
		return yield(Item{}, &InputError{File: path, Msg: fmt.Sprintf(
			"page is larger than the %s limit for one .txt page; split it into several files or load it as JSONL articles",
			inputSize(s.opts.MaxPageBytes))})
	}
	data = bytes.TrimPrefix(data, inputBOM)
	if err := inputCheckText(data); err != nil {
		err.File = path
		return yield(Item{}, err)
	}
	name := filepath.Base(path)
	if path == "-" {
		name = "stdin"
	}
	return yield(Item{File: path, Page: &Page{Name: name, Text: string(data)}}, nil)
}

// inputCheckText rejects what cannot be a text page: no text, NUL bytes (a binary file), or bytes
// that are not UTF-8. The error names the line and byte column so the file can be fixed.
func inputCheckText(data []byte) *InputError {
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{Msg: "empty file: no text to read"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := inputLineCol(data, i)
		return &InputError{Line: line, Msg: fmt.Sprintf("NUL byte at column %d: binary data, not a text page", col)}
	}
	if !utf8.Valid(data) {
		i := inputInvalidUTF8At(data)
		line, col := inputLineCol(data, i)
		return &InputError{Line: line, Msg: fmt.Sprintf("byte 0x%02X at column %d is not UTF-8; convert the file to UTF-8", data[i], col)}
	}
	return nil
}

// inputLineCol gives the 1-based line and byte column of offset i in data.
func inputLineCol(data []byte, i int) (int, int) {
	line := 1 + bytes.Count(data[:i], []byte{'\n'})
	start := bytes.LastIndexByte(data[:i], '\n') + 1
	return line, i - start + 1
}

// inputInvalidUTF8At returns the offset of the first byte that is not part of valid UTF-8.
func inputInvalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// readJSONL streams a JSON Lines file: one record per line, blank lines skipped, at most
// MaxLineBytes per line held in memory.
func (s *Source) readJSONL(ctx context.Context, path string, r io.Reader, yield func(Item, error) bool) bool {
	lr := newInputLineReader(r, s.opts.MaxLineBytes)
	parser := newJSONLParser(s.opts.Limits, path)
	records := 0 // non-blank lines: a file with none is reported, not silently accepted
	for {
		if err := ctx.Err(); err != nil {
			yield(Item{}, err)
			return false
		}
		line, n, off, err := lr.next()
		if errors.Is(err, io.EOF) {
			if records == 0 {
				return yield(Item{}, &InputError{File: path, Msg: "empty file: no records"})
			}
			return true
		}
		if errors.Is(err, errInputLineTooLong) {
			if !yield(Item{}, &InputError{File: path, Line: n, Msg: fmt.Sprintf(
				"line is longer than the %s limit; skipped", inputSize(int64(s.opts.MaxLineBytes)))}) {
				return false
			}
			continue
		}
		if err != nil {
			return yield(Item{}, &InputError{File: path, Line: n, Msg: "read: " + err.Error(), Err: err})
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, inputBOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		records++
		rec, ferr := parser.parse(line, n)
		if ferr != nil {
			if !yield(Item{}, &InputError{File: path, Line: n, Field: ferr.Field, Msg: ferr.Msg, Err: ferr.Err}) {
				return false
			}
			continue
		}
		it := Item{File: path, Line: n, Offset: off, Page: rec.Page, Fact: rec.Fact, Node: rec.Node}
		if it.Page != nil && it.Page.Name == "" {
			it.Page.Name = it.Pos()
		}
		if !yield(it, nil) {
			return false
		}
	}
}

// errInputLineTooLong marks a line over the limit; the reader has already skipped past it.
var errInputLineTooLong = errors.New("line too long")

// inputLineReader splits a stream into lines without ever holding more than max bytes of one.
type inputLineReader struct {
	br   *bufio.Reader
	max  int
	buf  []byte
	line int
	off  int64
}

func newInputLineReader(r io.Reader, max int) *inputLineReader {
	return &inputLineReader{br: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line without its line ending, its 1-based number and its offset.
// The returned slice is valid until the next call.
func (lr *inputLineReader) next() ([]byte, int, int64, error) {
	lr.buf = lr.buf[:0]
	lr.line++
	start := lr.off
	tooLong := false
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(chunk))
		if !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+2 { // +2: the line ending is not counted
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, lr.line, start, err
		}
		if err != nil && len(chunk) == 0 && len(lr.buf) == 0 && !tooLong {
			return nil, lr.line, start, io.EOF
		}
		if tooLong {
			return nil, lr.line, start, errInputLineTooLong
		}
		line := bytes.TrimSuffix(lr.buf, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if len(line) > lr.max {
			return nil, lr.line, start, errInputLineTooLong
		}
		return line, lr.line, start, nil
	}
}

// inputCountingReader adds every byte read to a shared counter for progress reports.
type inputCountingReader struct {
	r   io.Reader
	n   *atomic.Int64
	own int64 // bytes read through this reader
}

func (c *inputCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	c.own += int64(n)
	return n, err
}

// inputSize writes a byte limit for people: "16 MiB", or "4096 bytes".
func inputSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
