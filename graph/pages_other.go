//go:build !linux

package graph

// canReleasePages says releaseTablePages does nothing here.
const canReleasePages = false

// releaseTablePages is a no-op where the kernel offers no MADV_PAGEOUT.
func releaseTablePages(string) error { return nil }
