package graph

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// Badger's minute-by-minute cache reports are warnings to Badger but expected while a bulk
// load or a large store misses the cache: they reach the log at Debug, real warnings at Warn.
func TestBadgerCacheReportsAreDebugNotWarnings(t *testing.T) {
	tests := []struct {
		name   string
		format string
		args   []any
		warn   bool
	}{
		{"block cache too small", "%s might be too small. Metrics: %s\n", []any{"Block cache", "hit: 1 miss: 9"}, false},
		{"index cache too small", "%s might be too small. Metrics: %s\n", []any{"Index cache", "hit: 1 miss: 9"}, false},
		{"cache life expectancy", "Cache life expectancy (in seconds): %+v\n", []any{"histogram"}, false},
		{"a real warning", "Truncate required: %s\n", []any{"000001.vlog"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			a := slogAdapter{slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))}
			a.Warningf(tt.format, tt.args...)
			if got := strings.Contains(buf.String(), "level=WARN"); got != tt.warn {
				t.Errorf("logged at Warn: %v, want %v (log: %q)", got, tt.warn, buf.String())
			}
		})
	}
}

func TestBulkLoadLetsLevelZeroGrowAndMergesItAtClose(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultOptions(dir)
	opts.MemTableSize = 1 << 20 // a flush every few dozen batches
	opts.BulkLoad = true
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	// Some 9 MiB of keys: a dozen flushed memtables, fewer than a bulk load merges at.
	for i := range 350 {
		mustWrite(t, s, bigBatch(fmt.Sprintf("a%03d", i), 40))
	}
	level0 := s.db.Levels()[0].NumTables
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(DefaultOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	after := s.db.Levels()[0].NumTables
	t.Logf("level 0: %d tables while loading, %d after Close", level0, after)
	// Badger merges level 0 from 5 tables on; a bulk load lets it hold up to 15.
	if level0 < 8 {
		t.Errorf("level 0 held %d tables while loading, want at least 8: it was merged as it filled", level0)
	}
	if after != 0 {
		t.Errorf("level 0 holds %d tables after Close, want none: Close did not merge them", after)
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Edges["struck"] != 350*40 || st.Articles != 350 {
		t.Errorf("the store holds %d edges and %d articles, want %d and 350", st.Edges["struck"], st.Articles, 350*40)
	}
}
