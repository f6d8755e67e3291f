package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadCorpus writes a corpus of n articles into dir/corpus and loads it into dir/db.
func loadCorpus(t *testing.T, dir string, n int) corpus {
	t.Helper()
	c := newCorpus(n, 11)
	c.writeTo(t, filepath.Join(dir, "corpus"))
	if r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "corpus"); r.code != 0 {
		t.Fatalf("load: exit %d\n%s", r.code, r.stderr)
	}
	return c
}

// killedMidLoad starts a load of a corpus into dir/db and SIGKILLs it once it has opened the
// database (which writes the schema version) and begun to load.
func killedMidLoad(t *testing.T, dir string) {
	t.Helper()
	newCorpus(300, 3).writeTo(t, filepath.Join(dir, "corpus"))
	p := start(t, dir, nil, "load", "--data-dir", "db", "corpus")
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(p.stderr.String(), "msg=loading") {
		if time.Now().After(deadline) || p.wait(5*time.Millisecond) {
			t.Fatalf("load did not start: %s", p.stderr.String())
		}
	}
	if p.wait(100 * time.Millisecond) {
		t.Fatalf("the load finished before it could be killed; the test needs a bigger corpus")
	}
	p.kill()
}

func TestStatsOpensADatabaseWhoseWriterWasKilled(t *testing.T) {
	dir := t.TempDir()
	killedMidLoad(t, dir)
	r := run(t, dir, "", "stats", "--json", "--data-dir", "db")
	noCrash(t, "stats", r)
	if r.code != 0 {
		t.Errorf("`entente stats` (a read-only open) after the writer was killed: exit %d, want 0\n%s", r.code, r.stderr)
	}
}

// mountTmpfs mounts a tmpfs of size at dir (root only) and unmounts it at the end.
func mountTmpfs(t *testing.T, dir, size string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a %s tmpfs to fill up (needs root): %v %s", size, err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
}

// remountTmpfs changes the size of a tmpfs mounted by mountTmpfs.
func remountTmpfs(t *testing.T, dir, size string) {
	t.Helper()
	if out, err := exec.Command("mount", "-o", "remount,size="+size, dir).CombinedOutput(); err != nil {
		t.Fatalf("remount %s: %v %s", dir, err, out)
	}
}

func TestLoadOnAFullDiskFailsWithAClearErrorAndCommitsNothingHalfWay(t *testing.T) {
	work := t.TempDir()
	refDir := filepath.Join(work, "ref")
	os.MkdirAll(refDir, 0o755)
	loadCorpus(t, refDir, 300)
	ref := readDump(t, filepath.Join(refDir, "db"))

	dir := filepath.Join(work, "full")
	mountTmpfs(t, dir, "2m")
	newCorpus(300, 11).writeTo(t, filepath.Join(work, "corpus"))
	os.Symlink(filepath.Join(work, "corpus"), filepath.Join(dir, "corpus"))
	r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "corpus")
	noCrash(t, "load on a full disk", r)
	if r.code != 1 || !regexp.MustCompile(`(?i)no space|disk.*full|free`).MatchString(r.stderr) {
		t.Errorf("load on a 2 MiB file system: exit %d, stderr %q; want exit 1 and one line saying the disk is full", r.code, clip(r.stderr, 400))
	}

	remountTmpfs(t, dir, "512m")
	d := readDump(t, filepath.Join(dir, "db"))
	d.checkAgainst(t, ref, "after the disk filled up")
	if r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "corpus"); r.code != 0 {
		t.Fatalf("load after freeing space: exit %d\n%s", r.code, r.stderr)
	}
	if got, want := readDump(t, filepath.Join(dir, "db")).hash(), ref.hash(); got != want {
		t.Errorf("after a full disk and a re-run the content hash is %s, an uninterrupted load gives %s", got, want)
	}
	figure(t, "load on a 2 MiB disk: exit %d, %d of %d articles committed before the disk filled", r.code, len(d.Articles), len(ref.Articles))
}

func TestServeOnAFullDiskRefusesWritesAndKeepsAnsweringReads(t *testing.T) {
	work := t.TempDir()
	dir := filepath.Join(work, "full")
	mountTmpfs(t, dir, "128m")
	loadCorpus(t, dir, 40)
	s := serve(t, dir, "secret")
	// Fill the file system up to the last few KiB.
	filler, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := filler.Write(chunk); err != nil {
			break
		}
	}
	filler.Close()

	ctx := context.Background()
	c := newClient(2)
	arts := newCorpus(200, 99).Articles
	resp, err := gql(ctx, c, s.url, "secret", `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew errors } }`, map[string]any{"a": arts})
	switch {
	case err != nil:
		t.Errorf("ingest on a full disk: %v (did the server die?)\n%s", err, clip(s.stderr.String(), 2000))
	case !regexp.MustCompile(`(?i)no space|disk.*full|free`).MatchString(resp.errorText() + string(resp.Data)):
		t.Errorf("ingest on a full disk answered %s %s without saying the disk is full", resp.errorText(), clip(string(resp.Data), 300))
	}
	resp, err = gql(ctx, c, s.url, "", `{ stats { articles } }`, nil)
	if err != nil || len(resp.Errors) > 0 {
		t.Errorf("a read after the disk filled up: %v %v\n%s", err, resp, clip(s.stderr.String(), 2000))
	}
	select {
	case <-s.exited:
		t.Errorf("the server died on a full disk: %v\n%s", s.err, clip(s.stderr.String(), 2000))
	default:
	}
}

// readOnlyDir makes dir read-only for entente: a read-only bind mount when the tests run as
// root (for whom chmod changes nothing), chmod otherwise.
func readOnlyDir(t *testing.T, dir string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := exec.Command("chmod", "-R", "a-w", dir).Run(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { exec.Command("chmod", "-R", "u+w", dir).Run() })
		return
	}
	if out, err := exec.Command("mount", "--bind", "-o", "ro", dir, dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make %s read-only with a bind mount: %v %s", dir, err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
}

func TestReadOnlyDatabaseDirectory(t *testing.T) {
	dir := t.TempDir()
	loadCorpus(t, dir, 20)
	before := run(t, dir, "", "stats", "--json", "--data-dir", "db")
	readOnlyDir(t, dir)
	cases := []struct {
		name     string
		args     []string
		wantCode int
		want     *regexp.Regexp // on stderr (exit != 0) or stdout
		bug      string
	}{
		{"stats reads it", []string{"stats", "--json", "--data-dir", "db"}, 0, regexp.MustCompile(regexp.QuoteMeta(strings.TrimSpace(before.stdout))), ""},
		{"load says it cannot write", []string{"load", "--quiet", "--data-dir", "db", "corpus/facts.jsonl"}, 1, regexp.MustCompile(`db.*(read-only|permission denied)`),
			""},
		{"load into a new directory says where", []string{"load", "--quiet", "--data-dir", "db2", "corpus/facts.jsonl"}, 1, regexp.MustCompile(`db2.*(read-only|permission denied)`),
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.bug != "" {
				knownBug(t, c.bug)
			}
			r := run(t, dir, "", c.args...)
			noCrash(t, c.name, r)
			out := r.stdout
			if c.wantCode != 0 {
				out = r.stderr
			}
			if r.code != c.wantCode || !c.want.MatchString(out) {
				t.Errorf("entente %v: exit %d, output %q; want exit %d and %s", c.args, r.code, clip(out, 400), c.wantCode, c.want)
			}
			if strings.Contains(r.stderr, "damaged") {
				t.Errorf("entente %v blames a damaged database for a read-only directory: %s", c.args, r.stderr)
			}
		})
	}
}

// snapshot reads every article (with its text) and every relation of the corpus's states (with
// evidence) through GraphQL, as one canonical string; GraphQL errors are part of it.
func snapshot(t *testing.T, url string) (string, []string) {
	t.Helper()
	ctx := context.Background()
	c := newClient(1)
	var sb strings.Builder
	var errs []string
	after := ""
	for {
		resp, err := gql(ctx, c, url, "", `query($after: String) { articles(first: 100, after: $after) {
			pageInfo { hasNextPage endCursor } edges { node { id title published text } } } }`, map[string]any{"after": after})
		if err != nil {
			t.Fatalf("reading articles: %v", err)
		}
		if len(resp.Errors) > 0 {
			errs = append(errs, resp.errorText())
			break
		}
		sb.Write(resp.Data)
		var page struct {
			Articles struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		json.Unmarshal(resp.Data, &page)
		if !page.Articles.PageInfo.HasNextPage {
			break
		}
		after = page.Articles.PageInfo.EndCursor
	}
	states := []string{"France", "Germany", "Russia", "Ukraine", "Poland", "Turkey", "Qatar", "Egypt", "Israel", "Iran", "China"}
	for _, st := range states {
		resp, err := gql(ctx, c, url, "", `query($n: String!) { actor(name: $n) { name aliases relations(first: 100, types: [SIGNED, VIOLATED, MEDIATED]) {
			totalCount edges { node { id type date evidence(first: 100) { totalCount edges { node { articleId quote span { start end } rule } } } } } } } }`,
			map[string]any{"n": st})
		if err != nil {
			t.Fatalf("reading %s: %v", st, err)
		}
		if len(resp.Errors) > 0 {
			errs = append(errs, resp.errorText())
			continue
		}
		sb.Write(resp.Data)
	}
	return sb.String(), errs
}

// flipBytes overwrites 8 bytes of path at off with their complement.
func flipBytes(t *testing.T, path string, off int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, 8)
	if _, err := f.ReadAt(b, off); err != nil {
		t.Fatal(err)
	}
	for i := range b {
		b[i] = ^b[i]
	}
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

// largest returns the biggest file of dir whose name ends with ext.
func largest(t *testing.T, dir, ext string) (string, int64) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	var best string
	var size int64
	for _, e := range ents {
		if fi, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ext) && fi.Size() > size {
			best, size = filepath.Join(dir, e.Name()), fi.Size()
		}
	}
	if best == "" {
		t.Fatalf("no %s file in %s", ext, dir)
	}
	return best, size
}

func TestCorruptedDatabaseFilesGiveAClearErrorNeverWrongAnswers(t *testing.T) {
	work := t.TempDir()
	clean := filepath.Join(work, "clean")
	os.MkdirAll(clean, 0o755)
	loadCorpus(t, clean, 120)
	s := serve(t, clean, "")
	want, errs := snapshot(t, s.url)
	if len(errs) > 0 {
		t.Fatalf("the clean database answers with errors: %v", errs)
	}
	stopServer(t, s)
	_, sstSize := largest(t, filepath.Join(clean, "db"), ".sst")

	type corruption struct {
		file string // suffix of the file to damage
		at   float64
	}
	var cases []corruption
	for _, at := range []float64{0, 0.01, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.995, 1} {
		cases = append(cases, corruption{".sst", at})
	}
	cases = append(cases, corruption{"MANIFEST", 0.5})
	var clear, same, silent, crashed int
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s at %.1f%%", strings.TrimPrefix(c.file, "."), 100*c.at), func(t *testing.T) {
			dir := filepath.Join(work, fmt.Sprintf("c%s%v", c.file, c.at))
			os.MkdirAll(dir, 0o755)
			if out, err := exec.Command("cp", "-r", filepath.Join(clean, "db"), filepath.Join(dir, "db")).CombinedOutput(); err != nil {
				t.Fatalf("copy: %v %s", err, out)
			}
			path, size := largest(t, filepath.Join(dir, "db"), c.file)
			flipBytes(t, path, min(int64(c.at*float64(size)), size-8))

			r := run(t, dir, "", "stats", "--json", "--data-dir", "db")
			noCrash(t, "stats", r)
			addr := freeAddr(t)
			p := start(t, dir, nil, "serve", "--no-default-corpus", "--addr", addr, "--data-dir", "db")
			up := false
			for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if p.wait(0) {
					break
				}
				if conn, err := net.Dial("tcp", addr); err == nil {
					conn.Close()
					up = true
					break
				}
			}
			if !up {
				out := result{stderr: p.stderr.String()}
				noCrash(t, "serve", out)
				if strings.Contains(out.stderr, "goroutine ") {
					crashed++
					return
				}
				if p.exitCode() != 1 || !regexp.MustCompile(`checksum|damaged|corrupt`).MatchString(out.stderr) {
					t.Errorf("serve on a damaged database: exit %d, %q; want exit 1 naming the damage", p.exitCode(), clip(out.stderr, 400))
				}
				if c.file == ".sst" && !strings.Contains(out.stderr, filepath.Base(path)) {
					t.Errorf("serve on a damaged table: %q does not name the file %s", clip(out.stderr, 400), filepath.Base(path))
				}
				clear++
				return
			}
			got, errs := snapshot(t, "http://"+addr)
			p.kill()
			noCrash(t, "serve", result{stderr: p.stderr.String()})
			if c.file == ".sst" {
				// Every byte of a table is under a checksum (its blocks, its index, the
				// footer that locates them), and Open reads them all: a damaged table must
				// be refused before any read, since Badger's iterators would skip a bad
				// block as if its keys did not exist.
				t.Errorf("serve opened a database whose table %s has 8 flipped bytes at offset %d", filepath.Base(path), int64(c.at*float64(size)))
			}
			switch {
			case len(errs) > 0:
				clear++
				t.Logf("answered with errors: %s", clip(strings.Join(errs, "; "), 300))
			case got == want:
				same++ // the flipped bytes were not on any path these reads take
			default:
				silent++
				t.Errorf("8 flipped bytes in %s at offset %d of %d: the server answers differently from the clean copy, without any error", filepath.Base(path), int64(c.at*float64(size)), size)
			}
		})
	}
	figure(t, "%d corruptions of a %d-byte table and the MANIFEST: %d refused or answered with a clear error, %d answered as the clean copy, %d wrong answers without error, %d crashes",
		len(cases), sstSize, clear, same, silent, crashed)
}

// ingestMutation ingests articles and asks for the counts.
const ingestMutation = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew articlesSkipped errors } }`

// bigIngest starts an ingest of n fresh articles, each made of long texts, in one call.
func bigIngest(s *server, n, long int) chan *gqlResponse {
	arts := newCorpus(n*long, 5).Articles
	for i := range n {
		a := arts[i*long]
		for _, b := range arts[i*long+1 : (i+1)*long] {
			a.Text += "\n" + b.Text
		}
		arts[i] = a
	}
	arts = arts[:n]
	out := make(chan *gqlResponse, 1)
	go func() {
		resp, err := gql(context.Background(), newClient(1), s.url, s.token, ingestMutation, map[string]any{"a": arts})
		if err != nil {
			resp = &gqlResponse{status: -1, Errors: []gqlError{{Message: err.Error()}}}
		}
		out <- resp
	}()
	return out
}

func TestGracefulShutdownFinishesInFlightRequestsAndClosesTheDatabase(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			s := serve(t, dir, "secret")
			const n = 150
			ingest := bigIngest(s, n, 1)
			time.Sleep(300 * time.Millisecond)
			signalled := time.Now()
			s.cmd.Process.Signal(sig)
			// New connections are refused soon after the signal.
			refused := false
			for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				conn, err := net.DialTimeout("tcp", strings.TrimPrefix(s.url, "http://"), 200*time.Millisecond)
				if err != nil {
					refused = true
					break
				}
				conn.Close()
			}
			if !refused {
				t.Errorf("still accepting connections 2s after %s", sig)
			}
			resp := <-ingest
			if resp.status != 200 || len(resp.Errors) > 0 || !strings.Contains(string(resp.Data), fmt.Sprintf(`"articlesNew":%d`, n)) {
				t.Errorf("the ingest in flight at %s got %d %s %s; want it finished", sig, resp.status, resp.errorText(), resp.Data)
			}
			if !s.wait(20 * time.Second) {
				t.Fatalf("serve did not exit within 20s of %s", sig)
			}
			if s.exitCode() != 0 {
				t.Errorf("serve exited %d after %s, want 0\n%s", s.exitCode(), sig, s.stderr.String())
			}
			// A clean close leaves a database even a read-only open accepts.
			r := run(t, dir, "", "stats", "--json", "--data-dir", "db")
			if r.code != 0 || !strings.Contains(r.stdout, fmt.Sprintf(`"Articles":%d`, n)) {
				t.Errorf("stats after the shutdown: exit %d %s %s", r.code, r.stdout, r.stderr)
			}
			figure(t, "%s during a %d-article ingest: in-flight request finished, exit %d, %s from signal to exit", sig, n, s.exitCode(), time.Since(signalled).Round(time.Millisecond))
		})
	}
}

func TestSecondSignalForcesExit(t *testing.T) {
	dir := t.TempDir()
	s := serve(t, dir, "secret")
	ingest := bigIngest(s, 400, 10) // several seconds of work
	time.Sleep(300 * time.Millisecond)
	s.cmd.Process.Signal(syscall.SIGTERM)
	time.Sleep(200 * time.Millisecond)
	second := time.Now()
	s.cmd.Process.Signal(syscall.SIGTERM)
	exited := s.wait(2 * time.Second)
	took := time.Since(second)
	resp := <-ingest
	if !exited {
		t.Errorf("serve still running 2s after a second SIGTERM (it waits for the in-flight ingest instead of exiting)")
		s.wait(60 * time.Second)
	}
	if resp.status == 200 && len(resp.Errors) == 0 && exited {
		t.Logf("the ingest finished before the forced exit: %s", resp.Data)
	}
	// Forced out mid-write, the database must still open with whole articles only.
	d := readDump(t, filepath.Join(dir, "db"))
	if n, where := d.duplicateEvidence(); n > 0 {
		t.Errorf("duplicate evidence after a forced exit: %v", where)
	}
	figure(t, "second SIGTERM: exited %v, %s after it; %d articles committed", exited, took.Round(time.Millisecond), len(d.Articles))
}
