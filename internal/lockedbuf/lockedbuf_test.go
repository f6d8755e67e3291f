package lockedbuf

import (
	"strings"
	"sync"
	"testing"
)

// Writers and a reader at once: the race detector finds an unlocked access, and no write is
// lost.
func TestWritesAndReadsAtOnceLoseNothing(t *testing.T) {
	var b Buffer
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				b.Write([]byte("x\n"))
				_ = b.String()
			}
		})
	}
	wg.Wait()
	if n := strings.Count(b.String(), "x\n"); n != 400 {
		t.Fatalf("%d writes kept, want 400", n)
	}
}
