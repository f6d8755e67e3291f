//go:build !linux

package graph

// releaseTablePages is a no-op where the kernel offers no MADV_PAGEOUT.
func releaseTablePages(string) error { return nil }
