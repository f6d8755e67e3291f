package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/entente-kg/entente/internal/testbin"
)

// The end-to-end tests build the real binary and drive it as a user would: load files into a
// real Badger directory, serve it on a free loopback port, and ask GraphQL over HTTP.

var binPath string

func TestMain(m *testing.M) {
	testbin.Main(m, func(dir string) (err error) {
		binPath, err = testbin.Build(dir, "entente", false)
		return err
	})
}

// run runs the binary with args in dir and returns stdout, stderr and the exit code.
func run(t *testing.T, dir string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ENTENTE_LOG_FORMAT=text")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running entente %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

const budapestFact = `{"subject":"Russia","subject_kind":"State","predicate":"violated","object":"Budapest Memorandum","object_kind":"Agreement","date":"2014"}` + "\n"

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// freePort returns a loopback address nobody listens on right now.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// serve starts 'entente serve' and waits until /healthz answers; the server is stopped with
// SIGINT at the end of the test, and must exit cleanly.
func serve(t *testing.T, dir string, args ...string) string {
	t.Helper()
	addr := freePort(t)
	cmd := exec.Command(binPath, append([]string{"serve", "--addr", addr}, args...)...)
	cmd.Dir = dir
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case err := <-exited:
			if err != nil {
				t.Errorf("serve did not exit cleanly after SIGINT: %v\n%s", err, errb.String())
			}
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			t.Errorf("serve did not stop within 20s of SIGINT")
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("serve exited early: %v\n%s", err, errb.String())
		default:
		}
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return "http://" + addr
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("serve did not answer /healthz within 30s\n%s", errb.String())
	return ""
}

// query posts a GraphQL query and returns the decoded "data" (failing on errors).
func query(t *testing.T, url, q string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q})
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decoding response: %v", err)
	}
	if len(out.Errors) > 0 {
		t.Fatalf("query %s: errors %v", q, out.Errors)
	}
	return out.Data
}

func TestLoadTwiceThenServeAnswersHeadlineQueryWithoutDuplicates(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "facts.jsonl"), budapestFact)
	var counts []string
	for i := 0; i < 2; i++ {
		out, errs, code := run(t, dir, "", "load", "--quiet", "facts.jsonl")
		if code != 0 {
			t.Fatalf("load #%d exit %d\n%s\n%s", i+1, code, out, errs)
		}
		st, _, code := run(t, dir, "", "stats", "--json")
		if code != 0 {
			t.Fatalf("stats exit %d", code)
		}
		counts = append(counts, st)
	}
	if counts[0] != counts[1] {
		t.Errorf("loading the same facts twice changed the counts:\n%s\n%s", counts[0], counts[1])
	}
	if !strings.Contains(counts[0], `"violated":1`) {
		t.Errorf("stats after load = %s, want one violated edge", counts[0])
	}

	url := serve(t, dir, "--no-default-corpus")
	data := query(t, url, `{ actor(name: "Russia") { name violated { name } } }`)
	got, _ := json.Marshal(data)
	want := `{"actor":{"name":"Russia","violated":[{"name":"Budapest Memorandum"}]}}`
	if string(got) != want {
		t.Errorf("headline query = %s, want %s", got, want)
	}
}

func TestServeLoadsDefaultCorpusIntoEmptyDatabase(t *testing.T) {
	dir := t.TempDir()
	url := serve(t, dir)
	data := query(t, url, `{ actor(name: "the Kremlin") { name violated { name } } }`)
	got, _ := json.Marshal(data)
	if !strings.Contains(string(got), `"name":"Russia"`) || !strings.Contains(string(got), "Budapest Memorandum") {
		t.Errorf("the Kremlin on the default corpus = %s, want Russia with the Budapest Memorandum", got)
	}
	data = query(t, url, `{ actor(name: "France") { mediated { name } } }`)
	if got, _ := json.Marshal(data); !strings.Contains(string(got), "Minsk Agreements") {
		t.Errorf("France mediated = %s, want the Minsk Agreements", got)
	}
}

func TestSecondProcessOnSameDatabaseGetsOneLineLockError(t *testing.T) {
	dir := t.TempDir()
	serve(t, dir, "--no-default-corpus")
	_, errs, code := run(t, dir, "", "stats")
	if code != exitFailure {
		t.Fatalf("stats while serve runs: exit %d, want %d\n%s", code, exitFailure, errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 1 || !strings.Contains(errs, "entente-data") || !strings.Contains(errs, "locked") {
		t.Errorf("lock error = %q, want one line naming the directory and the lock", errs)
	}
	if strings.Contains(errs, "goroutine") || strings.Contains(errs, ".go:") {
		t.Errorf("lock error shows a stack trace: %s", errs)
	}
}

func TestLoadReportsBadLinesWithFileLineAndKeepsGoodOnes(t *testing.T) {
	dir := t.TempDir()
	bad := budapestFact +
		`{"subject":"Russia","predicate":"befriended","object":"Ukraine","subject_kind":"State","object_kind":"State"}` + "\n" +
		`{"subject": "Russia", "predicate": ` + "\n" +
		`{"subject":"France","subject_kind":"State","predicate":"mediated","object":"Minsk Agreements","object_kind":"Agreement","date":"2025-13-45"}` + "\n" +
		`{"subject":"Germany","subject_kind":"State","predicate":"mediated","object":"Minsk Agreements","object_kind":"Agreement"}` + "\n"
	writeFile(t, filepath.Join(dir, "mixed.jsonl"), bad)
	writeFile(t, filepath.Join(dir, "notes.pdf"), "%PDF")
	out, errs, code := run(t, dir, "", "load", "--quiet", "mixed.jsonl", "notes.pdf")
	if code != exitPartial {
		t.Fatalf("load exit %d, want %d (partial)\n%s\n%s", code, exitPartial, out, errs)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`mixed\.jsonl:2: .*predicate.*befriended`),
		regexp.MustCompile(`mixed\.jsonl:3: `),
		regexp.MustCompile(`mixed\.jsonl:4: .*date.*2025-13-45`),
		regexp.MustCompile(`notes\.pdf: .*format`),
	} {
		if !want.MatchString(errs) {
			t.Errorf("stderr lacks %s:\n%s", want, errs)
		}
	}
	st, _, _ := run(t, dir, "", "stats", "--json")
	if !strings.Contains(st, `"violated":1`) || !strings.Contains(st, `"mediated":1`) {
		t.Errorf("good lines around the bad ones were not loaded: %s", st)
	}
}

func TestExtractPrintsScorableLinesForThePage(t *testing.T) {
	dir := t.TempDir()
	page := "Norway and Iceland sign fisheries pact\n\nIn March 2019, Norway signed the Oslo Fisheries Agreement alongside Iceland, officials said on Monday. The deal sets quotas for cod.\n"
	out, errs, code := run(t, dir, page, "extract", "-")
	if code != 0 {
		t.Fatalf("extract exit %d: %s", code, errs)
	}
	var entities, facts int
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("extract printed a non-JSON line %q: %v", sc.Text(), err)
		}
		if _, ok := m["predicate"]; ok {
			facts++
		} else if _, ok := m["kind"]; ok {
			entities++
		}
	}
	if entities == 0 || facts == 0 {
		t.Errorf("extract printed %d entity and %d fact lines, want some of each:\n%s", entities, facts, out)
	}
}

func TestConfigPrecedenceFlagsOverEnvOverFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "entente.yaml"), "data-dir: from-file\n")
	cases := []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"file over default", nil, nil, "from-file"},
		{"env over file", []string{"ENTENTE_DATA_DIR=from-env"}, nil, "from-env"},
		{"flag over env", []string{"ENTENTE_DATA_DIR=from-env"}, []string{"--data-dir", "from-flag"}, "from-flag"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.CommandContext(context.Background(), binPath, append([]string{"stats"}, c.args...)...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), c.env...)
			out, _ := cmd.CombinedOutput()
			if !strings.Contains(string(out), c.want) {
				t.Errorf("stats with %v %v said %q, want it to name %s", c.env, c.args, out, c.want)
			}
		})
	}
	writeFile(t, filepath.Join(dir, "entente.yaml"), "data-dri: typo\n")
	_, errs, code := run(t, dir, "", "stats")
	if code == 0 || !strings.Contains(errs, "data-dri") {
		t.Errorf("unknown config key: exit %d, stderr %q; want an error naming it", code, errs)
	}
}

func TestBinaryInTheWorkingDirectoryIsNotReadAsConfig(t *testing.T) {
	dir := t.TempDir()
	bin, err := os.ReadFile(binPath)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "entente"), string(bin))
	writeFile(t, filepath.Join(dir, "facts.jsonl"), budapestFact)
	if out, errs, code := run(t, dir, "", "load", "--quiet", "facts.jsonl"); code != 0 {
		t.Fatalf("load next to a file named entente: exit %d\n%s\n%s", code, out, errs)
	}
}

// oneLine fails unless stderr is exactly one line with no sign of a stack trace.
func oneLine(t *testing.T, stderr string) {
	t.Helper()
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 {
		t.Errorf("stderr has %d lines, want one:\n%s", len(lines), stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, ".go:") {
		t.Errorf("stderr shows a stack trace:\n%s", stderr)
	}
}

func TestUnusableDatabaseDirectoryGetsOneLineSayingWhatToDo(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "facts.jsonl"), budapestFact)
	writeFile(t, filepath.Join(dir, "plainfile"), "x")
	for name, files := range map[string]map[string]string{
		"corrupt": {"MANIFEST": "not a manifest", "000001.vlog": "junk"},
		"foreign": {"readme.txt": "someone else's files"},
	} {
		if err := os.Mkdir(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		for f, content := range files {
			writeFile(t, filepath.Join(dir, name, f), content)
		}
	}
	tests := []struct {
		name    string
		args    []string
		dataDir string
		advice  string
	}{
		{"missing directory, read-only stats", []string{"stats"}, "absent", "entente load PATH"},
		{"missing parent, load", []string{"load", "--quiet", "facts.jsonl"}, "no/such/db", "create the parent directory"},
		{"a file, not a directory", []string{"stats"}, "plainfile", "must name a directory"},
		{"damaged database files", []string{"stats"}, "corrupt", "restore it from a backup"},
		{"damaged database files, load", []string{"load", "--quiet", "facts.jsonl"}, "corrupt", "restore it from a backup"},
		{"another program's directory", []string{"stats"}, "foreign", "choose an empty or new --data-dir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := run(t, dir, "", append(tt.args, "--data-dir", tt.dataDir)...)
			if code != exitFailure {
				t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFailure, out, errs)
			}
			oneLine(t, errs)
			if !strings.Contains(errs, tt.dataDir) || !strings.Contains(errs, tt.advice) {
				t.Errorf("stderr %q: want it to name %s and say %q", errs, tt.dataDir, tt.advice)
			}
		})
	}
}

func TestStatsNamesTheDatabaseItRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "facts.jsonl"), budapestFact)
	if out, errs, code := run(t, dir, "", "load", "--quiet", "--data-dir", "graphdb", "facts.jsonl"); code != 0 {
		t.Fatalf("load exit %d\n%s\n%s", code, out, errs)
	}
	cmd := exec.Command(binPath, "stats")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ENTENTE_DATA_DIR=graphdb")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	first, _, _ := strings.Cut(string(out), "\n")
	if first != "database  graphdb" || !regexp.MustCompile(`(?m)^violated +1$`).Match(out) {
		t.Errorf("stats printed:\n%s\nwant the first line to name graphdb and one violated edge", out)
	}
}

// TestExtractBadInputGivesOneClearLineEach gives 'entente extract' each kind of bad page
// beside a good one: a bad page costs one line on stderr naming the file and what is wrong
// (or is read sanely), and the good page's facts still come out.
func TestExtractBadInputGivesOneClearLineEach(t *testing.T) {
	dir := t.TempDir()
	good := "Norway and Iceland sign fisheries pact\n\nIn March 2019, Norway signed the Oslo Fisheries Agreement alongside Iceland.\n"
	writeFile(t, filepath.Join(dir, "good.txt"), good)
	para := "Russian President Vladimir Putin met officials in Moscow on Monday, the Kremlin said. "
	tests := []struct {
		name    string
		file    string
		content string
		code    int
		stderr  *regexp.Regexp // nil: nothing on stderr
		stdout  string         // a line the bad file itself must give, "" for none
	}{
		{"non-UTF-8 byte", "latin1.txt", "Talks\n\nRussia signed the Budapest Memorandum \xe7a va.\n", exitPartial,
			regexp.MustCompile(`^entente: [^ ]*latin1\.txt:3: byte 0xE7 at column \d+ is not UTF-8; convert the file to UTF-8$`), ""},
		{"NUL byte", "nul.txt", "Talks\n\nRussia \x00signed the treaty.\n", exitPartial,
			regexp.MustCompile(`^entente: [^ ]*nul\.txt:3: NUL byte at column 8: binary data, not a text page$`), ""},
		{"empty file", "empty.txt", "", exitPartial,
			regexp.MustCompile(`^entente: [^ ]*empty\.txt: empty file: no text to read$`), ""},
		{"50 MB page", "big.txt", strings.Repeat("Talks in Moscow\n\n"+strings.Repeat(para, 40)+"\n\n\n", 50<<20/(len(para)*40+20)), exitPartial,
			regexp.MustCompile(`^entente: [^ ]*big\.txt: page too large: 50\.0 MiB, over the 16 MiB limit for one page; split the file`), ""},
		{"1 MB line", "longline.txt", "Talks\n\n" + strings.Repeat(para, 1<<20/len(para)) + "\n", 0, nil, `"name":"Vladimir Putin","kind":"Person"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, tt.file), tt.content)
			out, errs, code := run(t, dir, "", "extract", tt.file, "good.txt")
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", code, tt.code, errs)
			}
			if !strings.Contains(out, `"subject":"Norway","predicate":"signed"`) {
				t.Errorf("the good page's fact is missing beside %s", tt.file)
			}
			if tt.stderr == nil {
				if errs != "" {
					t.Errorf("stderr = %q, want nothing", errs)
				}
			} else {
				// The line about the file, then the summary line of a partial run.
				lines := strings.Split(strings.TrimSpace(errs), "\n")
				if len(lines) != 2 || !tt.stderr.MatchString(lines[0]) || !strings.Contains(lines[1], "1 input(s) had errors") {
					t.Errorf("stderr =\n%s\nwant one line matching %s and the summary", errs, tt.stderr)
				}
			}
			if tt.stdout != "" && !strings.Contains(out, tt.stdout) {
				t.Errorf("extract of %s lacks %s", tt.file, tt.stdout)
			}
		})
	}
}

// --compression chooses how a load writes its tables; an unknown name is refused before the
// database is touched, in one line naming the choices.
func TestLoadTakesACompressionAndRefusesAnUnknownOne(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "facts.jsonl"), budapestFact)
	out, errs, code := run(t, dir, "", "load", "--quiet", "--compression", "lz4", "--data-dir", "db", "facts.jsonl")
	if code == 0 || !strings.Contains(errs, `compression must be snappy, none or zstd, got "lz4"`) {
		t.Fatalf("load --compression lz4: exit %d, stderr %q; want a refusal naming the choices\n%s", code, errs, out)
	}
	oneLine(t, errs)
	if _, err := os.Stat(filepath.Join(dir, "db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the refused load created its database directory (stat: %v)", err)
	}
	if out, errs, code := run(t, dir, "", "load", "--quiet", "--compression", "none", "--data-dir", "db", "facts.jsonl"); code != 0 {
		t.Fatalf("load --compression none: exit %d\n%s\n%s", code, out, errs)
	}
	out, errs, code = run(t, dir, "", "stats", "--data-dir", "db")
	if code != 0 || !regexp.MustCompile(`violated\s+1\n`).MatchString(out) {
		t.Errorf("stats of the uncompressed store: exit %d\n%s\n%s", code, out, errs)
	}
}
