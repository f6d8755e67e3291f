package graph

import (
	"bytes"
	"fmt"
	"math/rand"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
)

func zzKeys(r *rand.Rand, n int) [][]byte {
	keys := make([][]byte, n)
	tags := []byte("oitEe")
	for i := range keys {
		t := tags[r.Intn(len(tags))]
		keys[i] = fmt.Appendf(nil, "%cperson:someone-%06d\x00signed\x00agreement:treaty-%06d-%d", t, r.Intn(80000), r.Intn(80000), r.Int63())
	}
	return keys
}

func BenchmarkZZMemtable(b *testing.B) {
	const group = 20000
	for _, mode := range []string{"txn", "loader-random", "loader-sorted"} {
		b.Run(mode, func(b *testing.B) {
			db, err := badger.Open(badger.DefaultOptions(b.TempDir()).WithLogger(nil).WithMemTableSize(64 << 20).WithDetectConflicts(false))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			r := rand.New(rand.NewSource(1))
			groups := make([][][]byte, 25)
			for i := range groups {
				groups[i] = zzKeys(r, group)
				if mode == "loader-sorted" {
					slices.SortFunc(groups[i], bytes.Compare)
				}
			}
			val := make([]byte, 30)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, g := range groups {
					if mode == "txn" {
						txn := db.NewTransaction(true)
						for _, k := range g {
							if err := txn.Set(k, val); err != nil {
								b.Fatal(err)
							}
						}
						if err := txn.Commit(); err != nil {
							b.Fatal(err)
						}
						continue
					}
					txn := db.NewTransaction(false)
					v := txn.ReadTs() + 1
					txn.Discard()
					l := db.NewKVLoader(4)
					for _, k := range g {
						if err := l.Set(&pb.KV{Key: k, Value: val, Version: v}); err != nil {
							b.Fatal(err)
						}
					}
					if err := l.Finish(); err != nil {
						b.Fatal(err)
					}
					// advance
					if err := db.Update(func(t *badger.Txn) error { return t.Set([]byte("!zz"), nil) }); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(groups)*group), "ns/key")
		})
	}
}
