package graph

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"
	"google.golang.org/protobuf/proto"

	"github.com/entente-kg/entente/internal/lockedbuf"
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

// batchImportDump loads batches through an Importer writing a WriteBatch (NoStreamImport)
// and lists the store's keys: the keys apply makes, as in Write, but with the per-edge word
// keys an Importer writes where Write writes posting lists. Batches refused as invalid are
// skipped.
func batchImportDump(t *testing.T, batches []*Batch) ([]string, WriteSummary) {
	t.Helper()
	var keys []string
	var sum WriteSummary
	opts := DefaultOptions("")
	opts.NoStreamImport = true
	runStoreTest(t, &opts, func(t *testing.T, s *Store) {
		im, err := s.NewImporter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for i, b := range batches {
			ws, err := im.Add(t.Context(), b)
			if err != nil && !errors.Is(err, ErrInvalid) {
				t.Fatalf("Add %d: %v", i, err)
			}
			sum.Add(ws)
		}
		if _, err := im.Close(); err != nil {
			t.Fatal(err)
		}
		keys = rawDump(t, s)
	})
	return keys, sum
}

// withoutWords drops the word-index keys from a rawDump.
func withoutWords(keys []string) []string {
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return strings.HasPrefix(k, `"w`) })
}

// The stream import makes its keys from structured records rather than through the code
// that makes Write's keys, so it is checked key by key, value by value, against the keys
// apply makes through a WriteBatch: in one stream, and in several (each later one reading
// back what the earlier ones wrote).
func TestStreamImportWritesTheKeysWriteWrites(t *testing.T) {
	batches := importTestBatches()
	want, _ := batchImportDump(t, batches)
	var wantWrite []string
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		for _, b := range batches {
			mustWrite(t, s, b)
		}
		wantWrite = withoutWords(rawDump(t, s))
	})
	if got := withoutWords(want); !slices.Equal(got, wantWrite) {
		t.Fatalf("the WriteBatch import does not store what Write stores:\nWrite:\n%s\nimport:\n%s",
			strings.Join(wantWrite, "\n"), strings.Join(got, "\n"))
	}
	for _, tc := range []struct {
		name       string
		limit      int
		minStreams int
	}{
		{"one stream", streamLimit, 1},
		{"a stream every few batches", 2500, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts, logged := optionsKeepingLog(t, slog.LevelInfo)
			runStoreTest(t, opts, func(t *testing.T, s *Store) {
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
				// A scan seeks into every level: the rounds are merged into one, and
				// their runs are gone once they are.
				if n, _ := levelsInUse(s.db.Levels()); n != 1 {
					t.Errorf("the import left tables on %d levels, want 1", n)
				}
				if _, err := os.Stat(filepath.Join(s.dir, runsDirName)); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the import's runs are still there after Close (stat: %v)", err)
				}
				// Each round and the merge say so, since the input waits while they run;
				// nothing went wrong, so a user reading the load's log sees no warning.
				log := logged.String()
				if n := strings.Count(log, `msg="writing a round of the import"`); n != im.streamed {
					t.Errorf("the log tells of %d rounds, the import wrote %d:\n%s", n, im.streamed, log)
				}
				if merged := strings.Contains(log, `msg="merged the import's rounds"`); merged != (im.streamed > 1) {
					t.Errorf("the log tells of a merge: %v, for %d rounds:\n%s", merged, im.streamed, log)
				}
				if strings.Contains(log, "level=WARN") || strings.Contains(log, "level=ERROR") {
					t.Errorf("the import logged warnings:\n%s", log)
				}
			})
		})
	}
}

// A stream import writes its tables through mmap, where a full disk is a SIGBUS that kills
// the process: it refuses, before writing anything, a stream the file system cannot hold.
// The store stays as it was, and takes the same import once there is room.
func TestStreamImportRefusesAStreamTheDiskCannotHold(t *testing.T) {
	batches := importTestBatches()
	want, _ := batchImportDump(t, batches)
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		before := rawDump(t, s)
		var st syscall.Statfs_t
		if err := syscall.Statfs(s.dir, &st); err != nil {
			t.Fatal(err)
		}
		saved := s.minFree
		// 1 KiB to spare beyond the reserve: less than any stream of these batches needs.
		s.minFree = int64(st.Bavail)*int64(st.Bsize) - 1<<10
		if err := importBatches(t, s, batches); !errors.Is(err, ErrDiskFull) || !strings.Contains(err.Error(), "MiB free") {
			t.Fatalf("import onto a disk without room: %v, want ErrDiskFull saying what is free", err)
		}
		if got := rawDump(t, s); !slices.Equal(got, before) {
			t.Fatalf("the refused import changed the store:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(got, "\n"))
		}
		s.minFree = saved
		if err := importBatches(t, s, batches); err != nil {
			t.Fatalf("the same import with room: %v", err)
		}
		if got := rawDump(t, s); !slices.Equal(got, want) {
			t.Errorf("keys differ from the WriteBatch import:\n%s\nstream import:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
		}
	})
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

// curatedTestBatches are groups of curated facts as the loader makes them (ends without
// aliases, one evidence an edge, no article), varied so that the fast path meets every case
// it must merge as apply does: facts repeated within a group and across groups, symmetric
// facts given both ways round, self-loops, a node renamed by case, dates, modalities,
// confidences and evidence sentences with words. Among them are batches the fast path
// leaves to apply: an invalid one, one with an article, one with aliases, one whose edge
// names a node of an earlier batch only, and one naming a node two ways.
func curatedTestBatches() (batches []*Batch, invalid int) {
	preds := []string{"signed", "violated", "met_with", "attacked", "met_with", "sanctioned"}
	kinds := []Kind{KindPerson, KindState, KindOrganization}
	dates := []string{"", "2014", "2014-03", "2013-11-21", ""}
	mods := []Modality{"", Asserted, Alleged, Planned}
	sentences := []string{"", "", "Russia signed the accord in Minsk.", "They met again in Geneva."}
	fact := func(b *Batch, i int) {
		s := Node{Kind: kinds[i%3], Name: fmt.Sprintf("Actor %d", i%11)}
		o := Node{Kind: kinds[(i/3)%3], Name: fmt.Sprintf("Actor %d", (i*7)%13)}
		if i%17 == 0 {
			o = s
		}
		if i%23 == 5 {
			s.Name = strings.ToUpper(s.Name) // the same id: the name becomes an alias
		}
		s.ID, o.ID = NodeID(s.Kind, s.Name), NodeID(o.Kind, o.Name)
		d := dates[i%len(dates)]
		ev := Evidence{Article: "curated:facts.jsonl", Sentence: sentences[i%len(sentences)], Rule: "curated",
			Confidence: []float64{1, 0.5, 0.75}[i%3], Date: d, Modality: mods[i%len(mods)]}
		b.Nodes = append(b.Nodes, s)
		if o.ID != s.ID {
			b.Nodes = append(b.Nodes, o)
		}
		src, dst := s, o
		if i%2 == 1 {
			src, dst = o, s // symmetric facts come both ways round
		}
		b.Edges = append(b.Edges, Edge{Source: src.ID, Type: preds[i%len(preds)], Target: dst.ID, Date: d,
			Modality: ev.Modality, Evidence: []Evidence{ev}})
	}
	for g := range 40 {
		b := &Batch{}
		for l := range 7 {
			fact(b, g*7+l)
		}
		fact(b, g*7) // a line repeated within the group
		switch g {
		case 6:
			b.Edges[0].Evidence[0].Date = "2014-13-01"
			invalid = len(batches)
		case 9:
			b.Article = article("art9")
		case 12:
			b.Nodes[0].Aliases = []string{"A. Twelve"}
		case 15:
			// An end given by id alone, stored by an earlier batch.
			b.Edges = append(b.Edges, Edge{Source: b.Nodes[0].ID, Type: "attacked", Target: NodeID(KindState, "Actor 4")})
		case 18:
			n := b.Nodes[0]
			n.Name = strings.ToUpper(n.Name)
			b.Nodes = append(b.Nodes, n)
		}
		batches = append(batches, b)
	}
	return batches, invalid
}

// The fast path the stream import takes for curated groups stores what Write stores (and,
// for the word index, what apply stores through a WriteBatch), key by key, and counts the
// same, in one stream and in several.
func TestStreamImportOfCuratedFactsWritesTheKeysWriteWrites(t *testing.T) {
	batches, invalid := curatedTestBatches()
	want, viaBatch := batchImportDump(t, batches)
	var wantWrite []string
	var viaWrite WriteSummary
	runStoreTest(t, nil, func(t *testing.T, s *Store) {
		for i, b := range batches {
			sum, err := s.Write(t.Context(), b)
			if (err != nil) != (i == invalid) {
				t.Fatalf("Write %d: %v", i, err)
			}
			viaWrite.Add(sum)
		}
		wantWrite = withoutWords(rawDump(t, s))
	})
	if viaBatch != viaWrite || !slices.Equal(withoutWords(want), wantWrite) {
		t.Fatalf("the WriteBatch import does not store what Write stores")
	}
	if viaWrite.EdgesMerged == 0 || viaWrite.NodesMerged == 0 {
		t.Fatalf("the batches do not exercise merging: %+v", viaWrite)
	}
	for _, tc := range []struct {
		name       string
		limit      int
		minStreams int
		wantPrev   bool // some batch the fast path takes has an edge an earlier stream wrote
	}{
		{"one stream", streamLimit, 1, false},
		{"a stream every few batches", 4000, 4, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts, warnings := optionsKeepingLog(t, slog.LevelWarn)
			runStoreTest(t, opts, func(t *testing.T, s *Store) {
				im, err := s.NewImporter(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				im.stream.limit = tc.limit
				var viaImport WriteSummary
				fast, prev := 0, 0
				for i, b := range batches {
					var sc fastScratch
					takes, withPrev := takesFast(im.stream, &sc, b)
					if takes {
						fast++
					}
					if withPrev {
						prev++
					}
					sum, err := im.Add(t.Context(), b)
					if i == invalid {
						if !errors.Is(err, ErrInvalid) {
							t.Fatalf("Add %d (invalid): %v", i, err)
						}
						continue
					}
					if err != nil {
						t.Fatalf("Add %d: %v", i, err)
					}
					viaImport.Add(sum)
				}
				if _, err := im.Close(); err != nil {
					t.Fatal(err)
				}
				if im.streamed < tc.minStreams {
					t.Fatalf("%d streams written, the case wants at least %d", im.streamed, tc.minStreams)
				}
				if fast < len(batches)/2 {
					t.Fatalf("the fast path took %d of %d batches", fast, len(batches))
				}
				if tc.wantPrev && prev == 0 {
					t.Fatalf("the fast path took no batch with an edge an earlier stream wrote")
				}
				if viaImport != viaWrite {
					t.Errorf("summaries differ:\nwrite  %+v\nimport %+v", viaWrite, viaImport)
				}
				if got := rawDump(t, s); !slices.Equal(got, want) {
					t.Errorf("keys differ:\nWrite:\n%s\nstream import:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
				}
				if w := warnings.String(); w != "" {
					t.Errorf("the import logged warnings:\n%s", w)
				}
			})
		})
	}
}

// takesFast says whether applyFast would take bt, and whether bt has an edge an earlier
// stream wrote, changing nothing.
func takesFast(b *streamBuf, sc *fastScratch, bt *Batch) (takes, withPrev bool) {
	sc.reset()
	defer sc.reset()
	takes = bt.Article == nil && b.err == nil && b.prepareFast(sc, bt)
	return takes, takes && slices.ContainsFunc(sc.edges, func(e fastEdge) bool { return e.prev })
}

// Compression applies to the tables a store writes: the same import takes more room without
// it and reads back the same; a name the store does not know is refused at Open.
func TestCompressionChangesTheTablesNotWhatTheyHold(t *testing.T) {
	var batches []*Batch
	for i := range 3000 {
		p := node(KindPerson, fmt.Sprintf("Person %d", i%700))
		st := node(KindState, fmt.Sprintf("State %d", i%50))
		batches = append(batches, &Batch{Nodes: []Node{p, st}, Edges: []Edge{
			edge(p, "represents", st, ev(fmt.Sprintf("art%d", i), i%3, "2024", Asserted)),
		}})
	}
	sizes := map[Compression]int64{}
	dumps := map[Compression][]string{}
	for _, c := range []Compression{CompressionSnappy, CompressionNone, CompressionZSTD} {
		o := DefaultOptions(t.TempDir())
		o.Compression = c
		runStoreTest(t, &o, func(t *testing.T, s *Store) {
			if err := importBatches(t, s, batches); err != nil {
				t.Fatal(err)
			}
			sizes[c], _ = s.db.Size()
			dumps[c] = rawDump(t, s)
		})
	}
	if sizes[CompressionNone] < sizes[CompressionSnappy]*3/2 {
		t.Errorf("tables take %d bytes uncompressed and %d with snappy: the option is not applied", sizes[CompressionNone], sizes[CompressionSnappy])
	}
	for _, c := range []Compression{CompressionNone, CompressionZSTD} {
		if !slices.Equal(dumps[c], dumps[CompressionSnappy]) {
			t.Errorf("a store compressed with %s holds other keys than one compressed with snappy", c)
		}
	}
	o := DefaultOptions(t.TempDir())
	o.Compression = "lz4"
	if s, err := Open(o); err == nil || !strings.Contains(err.Error(), `compression must be snappy, none or zstd, got "lz4"`) {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open with compression lz4: %v, want a refusal naming the choices", err)
	}
}

// A merge of levels runs for a minute at 10 M edges with nothing to report until it ends:
// whileRunning keeps ticking until the work returns, stops when it does, and passes its error.
func TestWhileRunningTicksUntilTheWorkReturns(t *testing.T) {
	for _, want := range []error{nil, errors.New("flatten failed")} {
		ticks := 0
		third := make(chan struct{})
		err := whileRunning(time.Millisecond, func() error {
			<-third // returns only after the third tick
			return want
		}, func(elapsed time.Duration) {
			if ticks++; ticks == 3 {
				close(third)
			}
			if elapsed <= 0 {
				t.Errorf("tick %d: elapsed %v", ticks, elapsed)
			}
		})
		if err != want {
			t.Errorf("whileRunning returned %v, want the work's %v", err, want)
		}
		after := ticks
		time.Sleep(5 * time.Millisecond)
		if ticks < 3 || ticks != after {
			t.Errorf("ticks: %d before the work returned, %d after; want at least 3 and none after", after, ticks)
		}
	}
}

// optionsKeepingLog gives the options of a store in a temporary directory whose log keeps
// what is logged at level and above for the test to read; Badger's goroutines may write it
// while the test reads.
func optionsKeepingLog(t *testing.T, level slog.Level) (*Options, *lockedbuf.Buffer) {
	var buf lockedbuf.Buffer
	o := DefaultOptions(t.TempDir())
	o.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level}))
	return &o, &buf
}

// levelsInUse counts the LSM levels holding tables and the bytes of those tables.
func levelsInUse(levels []badger.LevelInfo) (n int, size int64) {
	for _, l := range levels {
		if l.NumTables > 0 {
			n++
			size += l.Size
		}
	}
	return n, size
}
