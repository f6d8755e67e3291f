package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// canReleasePages says releaseTablePages does something here.
const canReleasePages = true

// madvPageout is Linux's MADV_PAGEOUT (5.4 and later; older kernels answer EINVAL).
const madvPageout = 21

// releaseTablePages asks the kernel to reclaim the pages of dir's table files that this
// process has mapped. Badger writes each table through a shared memory map and keeps it
// mapped, so a stream import would otherwise count every table it wrote in its RSS (the
// pages are the kernel's file cache, clean once synced, and come back from the file when
// read). MADV_PAGEOUT only ever moves a page out, keeping its content, so a table Badger
// unmaps meanwhile and an address reused by then are harmless; failures are ignored for
// the same reason: this is advice, not bookkeeping.
func releaseTablePages(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("release table pages: %w", err)
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return fmt.Errorf("release table pages: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.HasSuffix(fields[5], ".sst") || filepath.Dir(fields[5]) != abs {
			continue
		}
		start, end, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		lo, err1 := strconv.ParseUint(start, 16, 64)
		hi, err2 := strconv.ParseUint(end, 16, 64)
		if err1 != nil || err2 != nil || hi <= lo {
			continue
		}
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), madvPageout)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("release table pages: %w", err)
	}
	return nil
}
