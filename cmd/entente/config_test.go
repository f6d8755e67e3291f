package main

import "testing"

// TestEdgeCacheSettingBoundsThePageCache pins how edge-cache-mb reaches the store: MiB as
// bytes, and 0 or less as off (a store given 0 would take its default instead).
func TestEdgeCacheSettingBoundsThePageCache(t *testing.T) {
	for _, c := range []struct {
		mb   int64
		want int64
	}{{256, 256 << 20}, {1, 1 << 20}, {0, -1}, {-3, -1}} {
		if got := (Config{EdgeCacheMB: c.mb}).storeOptions().PageCacheSize; got != c.want {
			t.Errorf("edge-cache-mb %d: page cache %d bytes, want %d", c.mb, got, c.want)
		}
	}
}
