package reliability

import (
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

func TestZZCorrupt(t *testing.T) {
	for _, off := range []int64{100, 5000, 50000, 200000, 400000, 800000, 1200000} {
		os.RemoveAll("/tmp/rel/w/c")
		exec.Command("cp", "-r", "/tmp/rel/w/db", "/tmp/rel/w/c").Run()
		f, _ := os.OpenFile("/tmp/rel/w/c/000001.sst", os.O_RDWR, 0)
		f.WriteAt([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, off)
		f.Close()
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("PANIC", off, r)
				}
			}()
			db, err := badger.Open(badger.DefaultOptions("/tmp/rel/w/c").WithLogger(nil).WithChecksumVerificationMode(options.OnBlockRead))
			if err != nil {
				fmt.Println(off, "open", err)
				return
			}
			defer db.Close()
			n := 0
			err = db.View(func(txn *badger.Txn) error {
				it := txn.NewIterator(badger.DefaultIteratorOptions)
				defer it.Close()
				for it.Rewind(); it.Valid(); it.Next() {
					if _, err := it.Item().ValueCopy(nil); err != nil {
						return err
					}
					n++
				}
				return nil
			})
			fmt.Println(off, "keys", n, "err", err)
		}()
	}
}
