package reliability

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// killPlan is the size of a kill-loop: ENTENTE_RELIABILITY=full runs the 20+ rounds
// over 300 articles; the default (what CI runs) is a quick version of the same checks.
type killPlan struct {
	rounds   int
	articles int
	seed     uint64
}

func newKillPlan() killPlan {
	if fullRun() {
		return killPlan{rounds: 25, articles: 300, seed: 7}
	}
	return killPlan{rounds: 3, articles: 80, seed: 7}
}

// dispatchIndex is the input position of a generated article, from its title.
func dispatchIndex(t *testing.T, title string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(title, "Dispatch "))
	if err != nil {
		t.Fatalf("stored article title %q is not one the corpus made", title)
	}
	return n
}

// statsJSON runs `entente stats --json`: the check that a database opens after a crash.
func statsJSON(t *testing.T, dir string) string {
	t.Helper()
	r := run(t, dir, "", "stats", "--json", "--data-dir", "db")
	noCrash(t, "stats", r)
	if r.code != 0 {
		t.Fatalf("entente stats after a crash: exit %d\n%s", r.code, r.stderr)
	}
	return r.stdout
}

// seedTitle is the title of the article seededLoad puts into a database before the load.
const seedTitle = "Seed"

// seed loads one article (not the corpus's) into dir/db, so that the load after it writes
// into a database that holds data.
func seed(t *testing.T, dir string) {
	t.Helper()
	line, err := json.Marshal(article{ID: "seed-1", Title: seedTitle, Published: "1997-12-03",
		Text: "Norway signed the Ottawa Treaty in December 1997, officials in Oslo said."})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed.jsonl"), append(line, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "seed.jsonl"); r.code != 0 {
		t.Fatalf("seed load: exit %d\n%s", r.code, r.stderr)
	}
}

// A load into an empty database writes its articles through the stream import, all at the
// end; into one that holds data, through transactions of up to 32 articles each. Both are
// killed at random moments.
func TestLoadKilledAtRandomMomentsLosesAndDuplicatesNothing(t *testing.T) {
	for _, tc := range []struct {
		name   string
		seeded bool
	}{
		{"into an empty database", false},
		{"into a database holding data", true},
	} {
		t.Run(tc.name, func(t *testing.T) { killLoad(t, tc.seeded) })
	}
}

func killLoad(t *testing.T, seeded bool) {
	plan := newKillPlan()
	work := t.TempDir()
	newCorpus(plan.articles, plan.seed).writeTo(t, filepath.Join(work, "corpus"))
	prepare := func(dir string) {
		if seeded {
			seed(t, dir)
		}
	}

	// The uninterrupted load every crashed state is compared with.
	refDir := filepath.Join(work, "ref")
	os.MkdirAll(refDir, 0o755)
	os.Symlink(filepath.Join(work, "corpus"), filepath.Join(refDir, "corpus"))
	prepare(refDir)
	began := time.Now()
	if r := run(t, refDir, "", "load", "--quiet", "--data-dir", "db", "corpus"); r.code != 0 {
		t.Fatalf("uninterrupted load: exit %d\n%s", r.code, r.stderr)
	}
	full := time.Since(began)
	ref := readDump(t, filepath.Join(refDir, "db"))
	refStats := statsJSON(t, refDir)

	dir := filepath.Join(work, "crash")
	os.MkdirAll(dir, 0o755)
	os.Symlink(filepath.Join(work, "corpus"), filepath.Join(dir, "corpus"))
	prepare(dir)
	rng := rand.New(rand.NewPCG(plan.seed, 1))
	var survived, killed, completed, lost, dups, problems int
	prev := map[string]bool{}
	// A round that finishes before its kill still gets checked, but only kills count
	// towards plan.rounds.
	round := 0
	for killed < plan.rounds && round < 3*plan.rounds {
		round++
		roundStart := time.Now()
		p := start(t, dir, nil, "load", "--quiet", "--data-dir", "db", "corpus")
		delay := time.Duration(rng.Float64() * 1.1 * float64(full))
		if p.wait(delay) {
			if p.exitCode() != 0 {
				t.Fatalf("round %d: load exited %d before it was killed\n%s", round, p.exitCode(), p.stderr.String())
			}
			completed++
			if len(prev) == 0 {
				// A whole load, from the state the reference started from. The reference
				// may have run on a busier machine: kills aim within the quickest whole
				// load seen, or most of them would come after it ended.
				full = min(full, time.Since(roundStart))
			}
		} else {
			p.kill()
			killed++
		}
		d := readDump(t, filepath.Join(dir, "db"))
		statsJSON(t, dir)
		n := d.checkAgainst(t, ref, fmt.Sprintf("round %d (killed after %s)", round, delay.Round(time.Millisecond)))
		problems += n
		dup, _ := d.duplicateEvidence()
		dups += dup
		// The loader writes articles in input order, whole: what survives a kill is the
		// first N articles, and includes whatever an earlier round had committed.
		now := d.articleIDs()
		for id := range prev {
			if !now[id] {
				lost++
				t.Errorf("round %d: article %s, committed before, is gone", round, id)
			}
		}
		stored := 0
		for _, a := range d.Articles {
			if a.Title != seedTitle {
				stored++
			}
		}
		for _, a := range d.Articles {
			if a.Title == seedTitle {
				continue
			}
			if i := dispatchIndex(t, a.Title); i >= stored {
				t.Errorf("round %d: article %d is stored but only %d articles are: a gap in input order", round, i, stored)
				problems++
			}
		}
		if n == 0 {
			survived++
		}
		t.Logf("round %d: kill after %s, %d of %d articles stored, %d problems", round, delay.Round(time.Millisecond), len(d.Articles), len(ref.Articles), n)
		prev = now
		if len(d.Articles) == len(ref.Articles) && d.hash() == ref.hash() {
			// complete: start over so that later rounds crash a load in progress again
			if err := os.RemoveAll(filepath.Join(dir, "db")); err != nil {
				t.Fatal(err)
			}
			prepare(dir)
			prev = map[string]bool{}
		}
	}

	r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "corpus")
	if r.code != 0 {
		t.Fatalf("final re-run: exit %d\n%s", r.code, r.stderr)
	}
	final := readDump(t, filepath.Join(dir, "db"))
	if got, want := final.hash(), ref.hash(); got != want {
		t.Errorf("after the crashes a re-run gives content hash %s, an uninterrupted load %s", got, want)
		final.checkAgainst(t, ref, "final")
	}
	if got := statsJSON(t, dir); got != refStats {
		t.Errorf("stats after crashes and a re-run:\n%s\nuninterrupted:\n%s", got, refStats)
	}
	if killed < plan.rounds {
		t.Errorf("only %d of %d rounds were killed mid-load; the others finished first", killed, round)
	}
	figure(t, "%d rounds: %d SIGKILLed mid-load, %d finished first; survived %d, articles lost %d, duplicate evidence %d, problems %d; uninterrupted load %s of %d articles, final hash %s = %s",
		round, killed, completed, survived, lost, dups, problems, full.Round(time.Millisecond), plan.articles, final.hash(), ref.hash())
}

// ingestAll sends the articles to ingestArticles in batches of size, in order, from batch
// from on; acked receives the index of each batch the server confirmed. It stops at the
// first transport error (the server died) and returns it.
func ingestAll(ctx context.Context, c *http.Client, s *server, arts []article, size, from int, acked func(batch int)) error {
	const m = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articlesNew articlesSkipped errors } }`
	for b := from; b*size < len(arts); b++ {
		batch := arts[b*size : min((b+1)*size, len(arts))]
		resp, err := gql(ctx, c, s.url, s.token, m, map[string]any{"a": batch})
		if err != nil {
			return err
		}
		if len(resp.Errors) > 0 {
			return fmt.Errorf("batch %d: %s", b, resp.errorText())
		}
		var data struct {
			IngestArticles struct {
				ArticlesNew, ArticlesSkipped int
				Errors                       []string
			}
		}
		if err := json.Unmarshal(resp.Data, &data); err != nil {
			return fmt.Errorf("batch %d: %w", b, err)
		}
		got := data.IngestArticles
		if got.ArticlesNew+got.ArticlesSkipped != len(batch) || len(got.Errors) > 0 {
			return fmt.Errorf("batch %d of %d articles: %d new, %d skipped, errors %v", b, len(batch), got.ArticlesNew, got.ArticlesSkipped, got.Errors)
		}
		acked(b)
	}
	return nil
}

// stopServer stops a server with SIGINT and requires a clean exit.
func stopServer(t *testing.T, s *server) {
	t.Helper()
	s.cmd.Process.Signal(os.Interrupt)
	if !s.wait(30 * time.Second) {
		t.Fatalf("serve did not stop within 30s of SIGINT")
	}
	if s.exitCode() != 0 {
		t.Fatalf("serve exited %d after SIGINT\n%s", s.exitCode(), s.stderr.String())
	}
}

func TestServerKilledDuringAPIIngestLosesNothingItConfirmed(t *testing.T) {
	plan := newKillPlan()
	if !fullRun() {
		plan.rounds = 2
	}
	const batch = 10
	arts := newCorpus(plan.articles, plan.seed).Articles
	c := newClient(2)
	ctx := context.Background()

	refDir := t.TempDir()
	s := serve(t, refDir, "secret")
	began := time.Now()
	if err := ingestAll(ctx, c, s, arts, batch, 0, func(int) {}); err != nil {
		t.Fatalf("uninterrupted ingest: %v", err)
	}
	full := time.Since(began)
	stopServer(t, s)
	ref := readDump(t, filepath.Join(refDir, "db"))

	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(plan.seed, 2))
	var mu sync.Mutex
	acked := map[int]bool{} // batches the server confirmed, over all rounds
	var survived, lost, dups, problems, mid, finished int
	round := 0
	for mid < plan.rounds && round < 3*plan.rounds {
		round++
		s := serve(t, dir, "secret")
		done := make(chan error, 1)
		var took time.Duration
		go func() {
			start := time.Now()
			err := ingestAll(ctx, c, s, arts, batch, 0, func(b int) { mu.Lock(); acked[b] = true; mu.Unlock() })
			took = time.Since(start)
			done <- err
		}()
		delay := time.Duration(rng.Float64() * float64(full))
		time.Sleep(delay)
		s.kill()
		if err := <-done; err == nil {
			t.Logf("round %d: the ingest finished before the kill (in %s)", round, took.Round(time.Millisecond))
			finished++
			// The machine is faster now than when the uninterrupted ingest was timed (or
			// the store already held part of the corpus): kill within what an ingest takes
			// now, so that later rounds land mid-ingest.
			full = min(full, took)
		} else {
			mid++
		}
		d := readDump(t, filepath.Join(dir, "db"))
		n := d.checkAgainst(t, ref, fmt.Sprintf("round %d (server killed after %s)", round, delay.Round(time.Millisecond)))
		dup, _ := d.duplicateEvidence()
		dups += dup
		titles := make(map[string]bool)
		for _, a := range d.Articles {
			titles[a.Title] = true
		}
		mu.Lock()
		for b := range acked {
			for _, a := range arts[b*batch : min((b+1)*batch, len(arts))] {
				if !titles[a.Title] {
					lost++
					n++
					t.Errorf("round %d: %s was confirmed by ingestArticles but is not stored", round, a.Title)
				}
			}
		}
		nAcked := len(acked)
		mu.Unlock()
		problems += n
		if n == 0 {
			survived++
		}
		t.Logf("round %d: server killed after %s, %d batches confirmed so far, %d of %d articles stored", round, delay.Round(time.Millisecond), nAcked, len(d.Articles), len(arts))
		if len(d.Articles) == len(ref.Articles) && d.hash() == ref.hash() {
			// complete: start over so that later rounds kill an ingest in progress again
			if err := os.RemoveAll(filepath.Join(dir, "db")); err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			clear(acked)
			mu.Unlock()
		}
	}
	if mid < plan.rounds {
		t.Errorf("only %d of %d rounds killed the server mid-ingest; the others finished first", mid, round)
	}

	s = serve(t, dir, "secret")
	if err := ingestAll(ctx, c, s, arts, batch, 0, func(int) {}); err != nil {
		t.Fatalf("final ingest: %v", err)
	}
	stopServer(t, s)
	final := readDump(t, filepath.Join(dir, "db"))
	if got, want := final.hash(), ref.hash(); got != want {
		t.Errorf("after the crashes a re-ingest gives content hash %s, an uninterrupted ingest %s", got, want)
		final.checkAgainst(t, ref, "final")
	}
	figure(t, "%d rounds: %d SIGKILLed mid-ingest, %d finished first; survived %d, confirmed articles lost %d, duplicate evidence %d, problems %d; uninterrupted ingest %s of %d articles, final hash %s = %s",
		round, mid, finished, survived, lost, dups, problems, full.Round(time.Millisecond), len(arts), final.hash(), ref.hash())
}

// writeCuratedFacts writes n curated-fact lines over a few thousand actors, every third with
// a dated evidence sentence (so that evidence and its word index are written too).
func writeCuratedFacts(t *testing.T, path string, n int, seed uint64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 3))
	preds := []string{"signed", "violated", "mediated", "ratified"}
	var b strings.Builder
	for i := range n {
		subj := fmt.Sprintf("Republic %d", rng.IntN(3000))
		obj := fmt.Sprintf("Accord %d", rng.IntN(5000))
		pred := preds[rng.IntN(len(preds))]
		line := map[string]any{"subject": subj, "subject_kind": "State", "predicate": pred, "object": obj, "object_kind": "Agreement"}
		if i%3 == 0 {
			line["date"] = fmt.Sprintf("20%02d-%02d-01", 10+rng.IntN(15), 1+rng.IntN(12))
			line["evidence"] = fmt.Sprintf("Officials said %s %s the %s after talks in round %d.", subj, pred, obj, i)
		}
		enc, err := json.Marshal(line)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(enc)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// curatedKillFacts is the size of the curated kill-loop's file: enough for a load of a few
// tenths of a second here, about half of it writing the stream's tables.
const curatedKillFacts = 8000

// Curated facts into an empty store take the stream import, which builds its tables at the
// end and adds them to the store one by one. A kill at any moment, in the middle of those
// tables included, must leave a directory that opens, and that the next run of the same load
// completes to exactly what an uninterrupted load stores.
func TestCuratedLoadKilledAtRandomMomentsIsCompletedByTheNextRun(t *testing.T) {
	plan := newKillPlan()
	rounds := max(plan.rounds, 6)
	work := t.TempDir()
	facts := filepath.Join(work, "facts.jsonl")
	writeCuratedFacts(t, facts, curatedKillFacts, plan.seed)

	refDir := filepath.Join(work, "ref")
	os.MkdirAll(refDir, 0o755)
	os.Symlink(facts, filepath.Join(refDir, "facts.jsonl"))
	began := time.Now()
	if r := run(t, refDir, "", "load", "--quiet", "--data-dir", "db", "facts.jsonl"); r.code != 0 {
		t.Fatalf("uninterrupted load: exit %d\n%s", r.code, r.stderr)
	}
	full := time.Since(began)
	ref := readDump(t, filepath.Join(refDir, "db"))

	dir := filepath.Join(work, "crash")
	os.MkdirAll(dir, 0o755)
	os.Symlink(facts, filepath.Join(dir, "facts.jsonl"))
	rng := rand.New(rand.NewPCG(plan.seed, 2))
	killed, completed, problems := 0, 0, 0
	round := 0
	for killed < rounds && round < 3*rounds {
		round++
		if err := os.RemoveAll(filepath.Join(dir, "db")); err != nil {
			t.Fatal(err)
		}
		p := start(t, dir, nil, "load", "--quiet", "--data-dir", "db", "facts.jsonl")
		delay := time.Duration(rng.Float64() * 1.1 * float64(full))
		if p.wait(delay) {
			if p.exitCode() != 0 {
				t.Fatalf("round %d: load exited %d before it was killed\n%s", round, p.exitCode(), p.stderr.String())
			}
			completed++
			continue
		}
		p.kill()
		killed++
		r := run(t, dir, "", "load", "--quiet", "--data-dir", "db", "facts.jsonl")
		noCrash(t, "load after a kill", r)
		if r.code != 0 {
			problems++
			t.Errorf("round %d (killed after %s): the next load exits %d\n%s", round, delay.Round(time.Millisecond), r.code, clip(r.stderr, 600))
			continue
		}
		if got, want := readDump(t, filepath.Join(dir, "db")).hash(), ref.hash(); got != want {
			problems++
			t.Errorf("round %d (killed after %s): after the next load the content hash is %s, an uninterrupted load gives %s",
				round, delay.Round(time.Millisecond), got, want)
		}
	}
	if killed < rounds {
		t.Errorf("only %d of %d rounds were killed mid-load; the others finished first", killed, round)
	}
	figure(t, "%d rounds: %d SIGKILLed mid-load, %d finished first, %d problems; uninterrupted load of %d facts %s",
		round, killed, completed, problems, curatedKillFacts, full.Round(time.Millisecond))
}
