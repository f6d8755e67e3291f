package loaders

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

const scoreScript = "../../shared/tools/score_facts.py"

// python returns the python3 and score_facts.py to compare with, or skips the test.
func python(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: cannot compare with score_facts.py")
	}
	if _, err := os.Stat(scoreScript); err != nil {
		t.Skipf("%s not found: cannot compare with it", scoreScript)
	}
	// A version manager's shim (pyenv) can cost half a second a run; call the real binary.
	if out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		if real := strings.TrimSpace(string(out)); real != "" {
			py = real
		}
	}
	return py
}

// runScript runs score_facts.py and returns its stdout and the line numbers it warned about.
func runScript(t *testing.T, py string, args ...string) (string, []string) {
	t.Helper()
	cmd := exec.Command(py, append([]string{scoreScript}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("score_facts.py %v: %v\n%s", args, err, stderr.String())
	}
	return stdout.String(), warnedLines(stderr.String())
}

var warnLine = regexp.MustCompile(`(?m)^line (\d+): not a fact`)

func warnedLines(s string) []string {
	var out []string
	for _, m := range warnLine.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// runPort does what the script does with the same arguments, through the Go port.
func runPort(t *testing.T, goldDir, system string, flags ...string) (string, []string) {
	t.Helper()
	g, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(system)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	has := func(flag string) bool {
		for _, f := range flags {
			if f == flag {
				return true
			}
		}
		return false
	}
	res, err := g.Score(f, EvalOptions{AnyKind: has("--any-kind")})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if has("--json") {
		err = res.WriteJSON(&out)
	} else {
		err = res.WriteTable(&out)
	}
	if err == nil && has("--verbose") {
		err = res.WriteVerbose(&out)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), warnedLines(strings.Join(res.Warnings, "\n"))
}

func TestEvalGivesTheScriptsOutputExactly(t *testing.T) {
	py := python(t)
	type gold struct{ name, dir string }
	golds := []gold{{"hand-made", "testdata/io/eval/gold"}}
	for _, g := range []gold{{"shared gold", "../../shared/gold"}, {"devset gold", "../../shared/devset/gold"}} {
		if _, err := os.Stat(g.dir); err == nil {
			golds = append(golds, g)
		}
	}
	systems, err := filepath.Glob("testdata/io/eval/system/*.jsonl")
	if err != nil || len(systems) == 0 {
		t.Fatalf("no system files: %v", err)
	}
	// The gold facts themselves, with entity lines from the gold entities, scored against
	// every gold: a perfect score on its own gold, and overlaps on the others.
	systems = append(systems, goldAsSystem(t, "testdata/io/eval/gold"))
	if len(golds) > 1 {
		systems = append(systems, goldAsSystem(t, golds[1].dir))
	}
	flagSets := [][]string{{"--json"}, {}, {"--verbose"}, {"--json", "--any-kind"}, {"--any-kind", "--verbose"}}
	var cases [][]string
	for _, g := range golds {
		for _, sys := range systems {
			for _, flags := range flagSets {
				cases = append(cases, append([]string{g.dir, sys}, flags...))
			}
		}
	}
	results := runScriptMain(t, py, cases)
	for i, argv := range cases {
		name := fmt.Sprintf("%s/%s/%s", filepath.Base(argv[0]), filepath.Base(argv[1]), strings.Join(argv[2:], ""))
		t.Run(name, func(t *testing.T) {
			want, wantWarn := results[i][0], warnedLines(results[i][1])
			got, gotWarn := runPort(t, argv[0], argv[1], argv[2:]...)
			if got != want {
				t.Errorf("output differs from score_facts.py\n--- port:\n%s--- script:\n%s", got, want)
			}
			if strings.Join(gotWarn, ",") != strings.Join(wantWarn, ",") {
				t.Errorf("warned lines %v, script warned %v", gotWarn, wantWarn)
			}
		})
	}
	// One case through the script's command line too, so the driver above cannot drift.
	want, _ := runScript(t, py, golds[0].dir, systems[0], "--json")
	if want != results[0][0] {
		t.Errorf("score_facts.py run directly printed %q, through main() %q", want, results[0][0])
	}
}

// runScriptMain runs score_facts.main once per argv in one Python process (starting Python
// ninety times would dominate the test) and returns each run's stdout and stderr.
func runScriptMain(t *testing.T, py string, cases [][]string) [][2]string {
	t.Helper()
	script := `import sys, io, json, contextlib
sys.path.insert(0, sys.argv[1])
import score_facts
out = []
for argv in json.load(sys.stdin):
    so, se = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(so), contextlib.redirect_stderr(se):
        score_facts.main(argv)
    out.append([so.getvalue(), se.getvalue()])
json.dump(out, sys.stdout)`
	cmd := exec.Command(py, "-c", script, filepath.Dir(scoreScript))
	in, _ := json.Marshal(cases)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score_facts.main: %v\n%s", err, stderr.String())
	}
	var res [][2]string
	if err := json.Unmarshal(out, &res); err != nil || len(res) != len(cases) {
		t.Fatalf("driver output: %v (%d results for %d cases)", err, len(res), len(cases))
	}
	return res
}

// goldAsSystem writes a system file holding dir's gold facts and entities.
func goldAsSystem(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	facts, _ := filepath.Glob(filepath.Join(dir, "*.facts.jsonl"))
	for _, f := range facts {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	ents, _ := filepath.Glob(filepath.Join(dir, "*.entities.json"))
	for _, f := range ents {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Entities []struct {
				Name    string   `json:"name"`
				Kind    string   `json:"kind"`
				Aliases []string `json:"aliases"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for i, e := range doc.Entities {
			name := e.Name
			if i%2 == 1 && len(e.Aliases) > 0 {
				name = e.Aliases[len(e.Aliases)-1] // through the alias table
			}
			line, _ := json.Marshal(EntityLine{Name: name, Kind: e.Kind, Article: "x"})
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	p := filepath.Join(t.TempDir(), filepath.Base(dir)+"-as-system.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEvalNormMatchesTheScript(t *testing.T) {
	py := python(t)
	tests := []string{
		"Vladimir Putin", "Mr Putin", "Mr. Putin", "Mrs. Smith", "Mrs.Smith", "the Kremlin", "The  Kremlin",
		"thee Kremlin", "Putin's", "Putin’s", "Putin’S", "U.S.", "  Sir Keir Starmer ", "Dr.\u00a0Who",
		"İstanbul", "KELVIN", "Côte d’Ivoire", "the", "the ", "Mr", "mr mr x", "x's's", "'s", "\x1cthe\x1dx\x1e",
		"Ms\u2003Rose", "the\u200bx", "ΟΔΟΣ", "Straße", "ǅemal", "a\u0307", "12-45 km", "",
	}
	script := `import sys, json
sys.path.insert(0, sys.argv[1])
from score_facts import norm
for s in json.load(sys.stdin): print(json.dumps(norm(s)))`
	cmd := exec.Command(py, "-c", script, filepath.Dir(scoreScript))
	in, _ := json.Marshal(tests)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(tests) {
		t.Fatalf("script printed %d lines for %d inputs", len(lines), len(tests))
	}
	for i, s := range tests {
		var want string
		if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
			t.Fatal(err)
		}
		if got := EvalNorm(s); got != want {
			t.Errorf("EvalNorm(%q) = %q, script norm = %q", s, got, want)
		}
	}
}

// TestEvalNormMatchesTheScriptOnEveryCharacter runs norm over every character of the BMP and
// a sample above it (in three contexts: alone, inside a word, after a title) in both languages.
func TestEvalNormMatchesTheScriptOnEveryCharacter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Python over 70k characters")
	}
	py := python(t)
	script := `import sys, json
sys.path.insert(0, sys.argv[1])
from score_facts import norm
out = sys.stdout
for c in list(range(0x10000)) + list(range(0x10000, 0x110000, 97)):
    if 0xD800 <= c <= 0xDFFF: continue
    ch = chr(c)
    out.write(norm(ch) + "\t" + norm("A" + ch + "b") + "\t" + norm("Mr" + ch + "X's") + "\n")`
	cmd := exec.Command(py, "-c", script, filepath.Dir(scoreScript))
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	i, bad := 0, 0
	// The whole Basic Multilingual Plane, where every case mapping that yields ASCII lives
	// (U+0130, U+212A), and a sample of the planes above.
	for c := rune(0); c <= utf8.MaxRune; c++ {
		if c >= 0xD800 && c <= 0xDFFF || c >= 0x10000 && (c-0x10000)%97 != 0 {
			continue
		}
		ch := string(c)
		got := EvalNorm(ch) + "\t" + EvalNorm("A"+ch+"b") + "\t" + EvalNorm("Mr"+ch+"X's")
		// The script's output splits at "\n" inside a norm too; norms never hold one.
		if i >= len(lines) || got != lines[i] {
			if bad < 10 {
				var w string
				if i < len(lines) {
					w = lines[i]
				}
				t.Errorf("U+%04X: port %q, script %q", c, got, w)
			}
			bad++
		}
		i++
	}
	if bad > 0 {
		t.Errorf("%d characters differ", bad)
	}
}

func TestEvalRejectsABadGoldDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad/x.facts.jsonl": "{\"subject\": \"A\", \"predicate\": \"signed\"}\n"})
	tests := []struct{ name, dir, want string }{
		{"missing directory", filepath.Join(dir, "nope"), "no such file"},
		{"no gold files", dir, "no *.entities.json or *.facts.jsonl"},
		{"fact without object", filepath.Join(dir, "bad"), "x.facts.jsonl:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadGold(tc.dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadGold = %v, want error containing %q", err, tc.want)
			}
		})
	}
}

// TestEvalRoundsLikePython checks round(x, 4) and its repr on every precision, recall and F1
// value counts up to 120 can give, against Python itself.
func TestEvalRoundsLikePython(t *testing.T) {
	py := python(t)
	script := `import sys
for n in range(1, 121):
    for k in range(0, n + 1):
        P = k / n
        print(repr(round(P, 4)))
        for m in range(1, 121, 7):
            R = (m % (n + 1)) / n
            F = 2 * P * R / (P + R) if P + R else 0.0
            print(repr(round(F, 4)))`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	var got []string
	for n := 1; n <= 120; n++ {
		for k := 0; k <= n; k++ {
			c := EvalCounts{TP: k, FP: n - k}
			p, _, _ := c.PRF()
			got = append(got, pyFloat(pyRound4(p)))
			for m := 1; m <= 120; m += 7 {
				r := float64(m%(n+1)) / float64(n)
				var f float64
				if p+r > 0 {
					f = 2 * p * r / (p + r)
				}
				got = append(got, pyFloat(pyRound4(f)))
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d values, Python printed %d", len(got), len(want))
	}
	bad := 0
	for i := range got {
		if got[i] != want[i] {
			if bad < 10 {
				t.Errorf("value %d: port %s, Python %s", i, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d values differ", bad, len(got))
	}
}

func BenchmarkEvalScore(b *testing.B) {
	g, err := LoadGold("testdata/io/eval/gold")
	if err != nil {
		b.Fatal(err)
	}
	var sys bytes.Buffer
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&sys, `{"subject":"Mr Putin's","predicate":"met_with","object":"Actor %d","date":"2014","evidence":"x","article":"a","confidence":0.9}`+"\n", i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := g.Score(bytes.NewReader(sys.Bytes()), EvalOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
