package graph

import (
	"fmt"
	"syscall"
)

// checkSpace refuses a write when the database's file system has less than minFree bytes
// left. Badger writes its log through mmap, so running out of space in the middle of a write
// is not an error it can return but a SIGBUS that kills the process; refusing before the
// write keeps the process alive and every committed write whole.
func (s *Store) checkSpace() error { return s.checkSpaceFor(0) }

// checkSpaceFor refuses a write of about need bytes when the file system has less than need
// plus minFree bytes left. A stream import writes its tables through mmap too, at Close,
// all at once: its estimate must fit, not only the next memtable.
func (s *Store) checkSpaceFor(need int64) error {
	if s.minFree <= 0 {
		return nil // in memory
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(s.dir, &st); err != nil {
		return nil // cannot tell: let the write try
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	if free < need+s.minFree {
		return fmt.Errorf("graph: write to %s: %w: %d MiB free, at least %d MiB needed; free space or use another --data-dir",
			s.dir, ErrDiskFull, free>>20, (need+s.minFree)>>20)
	}
	return nil
}
