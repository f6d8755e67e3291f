package graph

import (
	"bytes"
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
