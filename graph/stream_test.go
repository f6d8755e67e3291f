package graph

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"
	"google.golang.org/protobuf/proto"
)

func TestAppendKVIsProtobuf(t *testing.T) {
	long := bytes.Repeat([]byte("v"), 300) // a two-byte length
	for _, kv := range []*pb.KV{
		{Key: []byte("okey"), Value: []byte("value"), Version: 1, StreamId: 1},
		{Key: []byte("k"), Version: 1 << 40, StreamId: 300},
		{Key: []byte("k"), Value: long, Version: 127, StreamId: 128},
		{Key: long, Value: []byte{0}, Version: 128, StreamId: 5},
		{StreamId: 7, StreamDone: true},
	} {
		t.Run(fmt.Sprintf("%.10q", kv.Key), func(t *testing.T) {
			want, err := proto.Marshal(kv)
			if err != nil {
				t.Fatal(err)
			}
			buf := z.NewBuffer(1<<10, "test")
			defer buf.Release()
			appendKV(buf, kv.Key, kv.Value, kv.Version, kv.StreamId, kv.StreamDone)
			var got [][]byte
			if err := buf.SliceIterate(func(s []byte) error { got = append(got, bytes.Clone(s)); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !bytes.Equal(got[0], want) {
				t.Fatalf("appendKV wrote %x, proto.Marshal %x", got, want)
			}
		})
	}
}

// rawDump lists every key of a store with its user meta and value, article values (which
// hold the load time) left out.
func rawDump(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			line := fmt.Sprintf("%q meta=%d", item.Key(), item.UserMeta())
			if item.Key()[0] != tagArticle {
				v, err := item.ValueCopy(nil)
				if err != nil {
					return err
				}
				line += fmt.Sprintf(" %x", v)
			}
			out = append(out, line)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The stream import makes its keys from structured records rather than through the code
// that makes Write's keys, so it is checked key by key, value by value, against Write: in
// one stream, and in several (each later one reading back what the earlier ones wrote).
func TestStreamImportWritesTheKeysWriteWrites(t *testing.T) {
	batches := importTestBatches()
	var want []string
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		for _, b := range batches {
			mustWrite(t, s, b)
		}
		want = rawDump(t, s)
	})
	for _, tc := range []struct {
		name       string
		limit      int
		minStreams int
	}{
		{"one stream", streamLimit, 1},
		{"a stream every few batches", 2500, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runStoreTest(t, nil, func(t *testing.T, s *Store) {
				im, err := s.NewImporter(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				if im.stream == nil {
					t.Fatal("the importer into an empty store does not stream")
				}
				im.stream.limit = tc.limit
				for i, b := range batches {
					if _, err := im.Add(t.Context(), b); err != nil {
						t.Fatalf("Add %d: %v", i, err)
					}
				}
				if _, err := im.Close(); err != nil {
					t.Fatal(err)
				}
				if im.streamed < tc.minStreams {
					t.Fatalf("%d streams written, the case wants at least %d", im.streamed, tc.minStreams)
				}
				got := rawDump(t, s)
				if !slices.Equal(got, want) {
					t.Errorf("keys differ:\nWrite:\n%s\nstream import:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
				}
			})
		})
	}
}

// The stream buffer takes a share of the Go memory limit, within fixed bounds, so a load
// under a smaller limit writes smaller streams.
func TestStreamLimitFollowsTheMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		name     string
		memLimit int64
		want     int
	}{
		{"no limit (the runtime's default)", math.MaxInt64, streamLimit},
		{"no limit (negative)", -1, streamLimit},
		{"load's default 1536 MiB", 1536 << 20, 256 << 20},
		{"a large limit stops at streamLimit", 8 << 30, streamLimit},
		{"a small limit stops at minStreamLimit", 64 << 20, minStreamLimit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := streamLimitFor(tc.memLimit); got != tc.want {
				t.Errorf("streamLimitFor(%d) = %d MiB, want %d MiB", tc.memLimit, got>>20, tc.want>>20)
			}
		})
	}
}
