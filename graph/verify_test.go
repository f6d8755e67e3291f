package graph

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// loadDamageable writes a store with enough facts for several table blocks and one article
// whose text is long enough for the value log, closes it and returns its directory.
func loadDamageable(t testing.TB, longText string) string {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	g := newBenchGraph(500, 4)
	for i := 0; i < 2000; i += 200 {
		b := &Batch{}
		for j := i; j < i+200; j++ {
			f := g.fact(j)
			b.Nodes = append(b.Nodes, f.Nodes...)
			b.Edges = append(b.Edges, f.Edges...)
		}
		if _, err := s.Write(t.Context(), b); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Write(t.Context(), &Batch{Article: &Article{ID: "long", Title: "Long", Text: longText}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyDir copies a closed store so each case damages its own copy.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "db")
	if out, err := exec.Command("cp", "-r", src, dst).CombinedOutput(); err != nil {
		t.Fatalf("copy: %v %s", err, out)
	}
	return dst
}

// flip complements n bytes of path at off.
func flip(t *testing.T, path string, off int64, n int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := off; i < off+int64(n) && i < int64(len(b)); i++ {
		b[i] = ^b[i]
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// tables lists the .sst files of dir, biggest first.
func tables(t *testing.T, dir string) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	if len(paths) == 0 {
		t.Fatalf("no table in %s", dir)
	}
	size := func(p string) int64 { fi, _ := os.Stat(p); return fi.Size() }
	for i := range paths {
		for j := i + 1; j < len(paths); j++ {
			if size(paths[j]) > size(paths[i]) {
				paths[i], paths[j] = paths[j], paths[i]
			}
		}
	}
	return paths
}

func TestOpenRefusesADamagedTableNamingIt(t *testing.T) {
	clean := loadDamageable(t, "short")
	if s, err := Open(DefaultOptions(clean)); err != nil {
		t.Fatalf("the clean copy does not open: %v", err)
	} else {
		s.Close()
	}
	tests := []struct {
		name string
		at   func(size int64) int64 // offset of the damage
		n    int
	}{
		{"first block", func(int64) int64 { return 0 }, 8},
		{"one byte of the first block", func(int64) int64 { return 100 }, 1},
		{"middle block", func(size int64) int64 { return size / 2 }, 8},
		{"a quarter in", func(size int64) int64 { return size / 4 }, 8},
		{"index", func(size int64) int64 { return size - 200 }, 8},
		{"footer: index and checksum lengths", func(size int64) int64 { return size - 12 }, 8},
		{"last byte", func(size int64) int64 { return size - 1 }, 1},
	}
	for _, tc := range tests {
		for _, readOnly := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/readonly=%v", tc.name, readOnly), func(t *testing.T) {
				dir := copyDir(t, clean)
				path := tables(t, dir)[0]
				fi, _ := os.Stat(path)
				flip(t, path, tc.at(fi.Size()), tc.n)
				o := DefaultOptions(dir)
				o.ReadOnly = readOnly
				s, err := Open(o)
				if err == nil {
					s.Close()
					t.Fatalf("Open accepted a table with %d flipped bytes at %d of %d", tc.n, tc.at(fi.Size()), fi.Size())
				}
				if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), filepath.Base(path)) {
					t.Errorf("Open = %v; want ErrDamaged naming %s", err, filepath.Base(path))
				}
			})
		}
	}
}

// TestDamagedArticleTextIsAnErrorNotOtherText damages one letter of a long article text in the
// value log. Read-only, Badger would hand the altered text back unless it checks value
// checksums. Read-write, Badger's log replay cuts the value log at the damaged entry (so the
// text is lost, not altered); either way a read must fail rather than return other text.
func TestDamagedArticleTextIsAnErrorNotOtherText(t *testing.T) {
	// Long enough for the value log (valueThreshold), which table checksums do not cover.
	text := strings.Repeat("Russia and Ukraine signed the grain deal in Istanbul. ", 200)
	clean := loadDamageable(t, text)
	for _, readOnly := range []bool{true, false} {
		t.Run(fmt.Sprintf("readonly=%v", readOnly), func(t *testing.T) {
			dir := copyDir(t, clean)
			logs, _ := filepath.Glob(filepath.Join(dir, "*.vlog"))
			damaged := false
			for _, p := range logs {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				// One letter's case, in the middle of the text: the record still decodes, so
				// only the value log's checksum can tell.
				if i := bytes.Index(b, []byte("grain deal")); i >= 0 {
					j := i + len(text)/2 + bytes.Index(b[i+len(text)/2:], []byte("grain"))
					b[j] ^= 0x20
					if err := os.WriteFile(p, b, 0o644); err != nil {
						t.Fatal(err)
					}
					damaged = true
				}
			}
			if !damaged {
				t.Fatalf("the article text is in no value log of %s: %v", dir, logs)
			}
			o := DefaultOptions(dir)
			o.ReadOnly = readOnly
			s, err := Open(o)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			a, err := s.Article(t.Context(), "long")
			if err == nil {
				t.Fatalf("Article read damaged text without an error (text unchanged: %v, has \"Grain\": %v)", a.Text == text, strings.Contains(a.Text, "Grain"))
			}
			// The rest of the store still answers.
			if _, err := s.Node(t.Context(), NodeID(KindState, "Actor 0")); err != nil {
				t.Errorf("Node beside the damaged value: %v", err)
			}
		})
	}
}
