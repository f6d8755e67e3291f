package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is a port of ../shared/tools/score_facts.py, kept faithful down to the number
// formatting: `entente eval` must print the same figures as the script, so that users can
// trust either. Where Python semantics differ from Go's (Unicode lowercasing and whitespace,
// truthiness, universal newlines, NaN literals) the port follows Python.

// evalSymmetric lists the predicates whose two ends are unordered, as in the script.
func evalSymmetric(p string) bool { return p == "met_with" }

// Gold is a loaded gold folder: the alias table, the gold facts and the gold entities.
type Gold struct {
	alias    map[string]string // norm(name or alias) → canonical name, first one wins
	facts    map[evalKey]bool
	entities map[evalEntity]bool
}

// evalKey is a canonical (subject, predicate, object) triple.
type evalKey struct{ S, P, O string }

// evalEntity is a canonical (name, kind) pair. Kind is the JSON text of a kind that is not a
// string, so it never equals a gold kind, as in Python.
type evalEntity struct{ Name, Kind string }

// LoadGold reads dir's NAME.entities.json and NAME.facts.jsonl files, in sorted order (the
// alias table keeps the first entity to claim an alias, as the script does).
func LoadGold(dir string) (*Gold, error) {
	g := &Gold{alias: make(map[string]string), facts: make(map[evalKey]bool), entities: make(map[evalEntity]bool)}
	entFiles, err := filepath.Glob(filepath.Join(dir, "*.entities.json"))
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", dir, err)
	}
	factFiles, _ := filepath.Glob(filepath.Join(dir, "*.facts.jsonl"))
	if len(entFiles) == 0 && len(factFiles) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("gold: %w", err)
		}
		return nil, fmt.Errorf("gold %s: no *.entities.json or *.facts.jsonl files", dir)
	}
	sort.Strings(entFiles)
	sort.Strings(factFiles)
	for _, f := range entFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("gold: %w", err)
		}
		var doc struct {
			Entities []struct {
				Name    *string  `json:"name"`
				Kind    *string  `json:"kind"`
				Aliases []string `json:"aliases"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("gold %s: %w", f, err)
		}
		for i, e := range doc.Entities {
			if e.Name == nil || e.Kind == nil {
				return nil, fmt.Errorf("gold %s: entity %d: want \"name\" and \"kind\"", f, i+1)
			}
			g.entities[evalEntity{*e.Name, *e.Kind}] = true
			for _, n := range append([]string{*e.Name}, e.Aliases...) {
				k := EvalNorm(n)
				if _, ok := g.alias[k]; !ok {
					g.alias[k] = *e.Name
				}
			}
		}
	}
	for _, f := range factFiles {
		file, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("gold: %w", err)
		}
		err = evalLines(file, func(n int, line string) error {
			var x struct{ Subject, Predicate, Object *string }
			if err := json.Unmarshal([]byte(line), &x); err != nil {
				return fmt.Errorf("gold %s:%d: %w", f, n, err)
			}
			if x.Subject == nil || x.Predicate == nil || x.Object == nil {
				return fmt.Errorf("gold %s:%d: want \"subject\", \"predicate\" and \"object\" strings", f, n)
			}
			g.facts[g.key(*x.Subject, *x.Predicate, *x.Object)] = true
			return nil
		})
		file.Close()
		if err != nil {
			return nil, err
		}
	}
	return g, nil
}

func (g *Gold) canon(n string) string {
	k := EvalNorm(n)
	if c, ok := g.alias[k]; ok {
		return c
	}
	return k
}

func (g *Gold) key(s, p, o string) evalKey {
	p = pyLower(pyStrip(p))
	s, o = g.canon(s), g.canon(o)
	if evalSymmetric(p) && s > o {
		s, o = o, s
	}
	return evalKey{s, p, o}
}

// EvalOptions are the script's flags.
type EvalOptions struct {
	AnyKind bool // --any-kind: match entities by name alone
}

// EvalCounts are true positives, false positives and false negatives.
type EvalCounts struct{ TP, FP, FN int }

// PRF returns precision, recall and F1 as the script computes them.
func (c EvalCounts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// EvalRow is one line of a score table.
type EvalRow struct {
	Name string // predicate, kind, or "ALL"
	EvalCounts
}

// EvalResult is a scored system output.
type EvalResult struct {
	Facts    []EvalRow // per predicate of the gold, sorted
	All      EvalCounts
	Entities []EvalRow // per gold kind, sorted, then "ALL"; empty when the system printed no entity line
	Warnings []string  // "line N: not a fact: ...", as the script prints to stderr

	fp, fn       []evalKey
	entFP, entFN []evalEntity
}

// Score reads system output (fact and entity lines, as `entente extract` prints) and scores
// it against g like score_facts.py does.
func (g *Gold) Score(r io.Reader, opts EvalOptions) (*EvalResult, error) {
	gents := g.entities
	if opts.AnyKind {
		gents = make(map[evalEntity]bool)
		for e := range g.entities {
			gents[evalEntity{e.Name, "Any"}] = true
		}
	}
	preds := make(map[string]bool)
	for k := range g.facts {
		preds[k.P] = true
	}
	sysf := make(map[evalKey]bool)
	sents := make(map[evalEntity]bool)
	res := &EvalResult{}
	err := evalLines(r, func(n int, line string) error {
		k, ent, isEnt, err := g.systemLine(line, opts)
		if err != nil {
			res.Warnings = append(res.Warnings, fmt.Sprintf("line %d: not a fact: %v", n, err))
			return nil
		}
		if isEnt {
			sents[ent] = true
		} else if preds[k.P] {
			sysf[k] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read system output: %w", err)
	}

	for _, p := range evalSortedSet(preds) {
		var c EvalCounts
		for k := range g.facts {
			if k.P == p && !sysf[k] {
				c.FN++
			}
		}
		for k := range sysf {
			if k.P != p {
				continue
			}
			if g.facts[k] {
				c.TP++
			} else {
				c.FP++
			}
		}
		res.All.TP += c.TP
		res.All.FP += c.FP
		res.All.FN += c.FN
		res.Facts = append(res.Facts, EvalRow{p, c})
	}
	for k := range sysf {
		if !g.facts[k] {
			res.fp = append(res.fp, k)
		}
	}
	for k := range g.facts {
		if !sysf[k] {
			res.fn = append(res.fn, k)
		}
	}
	evalSortKeys(res.fp)
	evalSortKeys(res.fn)

	if len(sents) > 0 {
		kinds := make(map[string]bool)
		for e := range gents {
			kinds[e.Kind] = true
		}
		var all EvalCounts
		for _, kind := range evalSortedSet(kinds) {
			var c EvalCounts
			for e := range gents {
				if e.Kind == kind && !sents[e] {
					c.FN++
				}
			}
			for e := range sents {
				if e.Kind != kind {
					continue
				}
				if gents[e] {
					c.TP++
				} else {
					c.FP++
				}
			}
			all.TP += c.TP
			all.FP += c.FP
			all.FN += c.FN
			res.Entities = append(res.Entities, EvalRow{kind, c})
		}
		res.Entities = append(res.Entities, EvalRow{"ALL", all})
		for e := range sents {
			if !gents[e] {
				res.entFP = append(res.entFP, e)
			}
		}
		for e := range gents {
			if !sents[e] {
				res.entFN = append(res.entFN, e)
			}
		}
		evalSortEntities(res.entFP)
		evalSortEntities(res.entFN)
	}
	return res, nil
}

// ScoreDocuments scores documents as `entente extract` would print them: it writes them with
// WriteJSONL and scores that output, so `entente eval` and `entente extract | score_facts.py`
// cannot disagree.
func (g *Gold) ScoreDocuments(docs []Document, opts EvalOptions) (*EvalResult, error) {
	var buf bytes.Buffer
	for i := range docs {
		if err := WriteJSONL(&buf, &docs[i]); err != nil {
			return nil, err
		}
	}
	return g.Score(&buf, opts)
}

// systemLine reads one non-blank system line the way the script does: an entity line when it
// has "kind" and no "predicate", else a fact; anything else (or a Python exception) is an
// error.
func (g *Gold) systemLine(line string, opts EvalOptions) (evalKey, evalEntity, bool, error) {
	x, err := pyJSONObject(line)
	if err != nil {
		return evalKey{}, evalEntity{}, false, err
	}
	_, hasPred := x["predicate"]
	if _, hasKind := x["kind"]; !hasPred && hasKind {
		nameV, ok := x["name"]
		if !ok {
			return evalKey{}, evalEntity{}, false, errors.New("'name'")
		}
		name, err := pyNameArg(nameV)
		if err != nil {
			return evalKey{}, evalEntity{}, false, err
		}
		kind := "Any"
		if !opts.AnyKind {
			kind, err = pyHashableKind(x["kind"])
			if err != nil {
				return evalKey{}, evalEntity{}, false, err
			}
		}
		return evalKey{}, evalEntity{g.canon(name), kind}, true, nil
	}
	var vals [3]any
	for i, f := range []string{"subject", "predicate", "object"} {
		v, ok := x[f]
		if !ok {
			return evalKey{}, evalEntity{}, false, fmt.Errorf("'%s'", f)
		}
		vals[i] = v
	}
	p, ok := vals[1].(string)
	if !ok {
		return evalKey{}, evalEntity{}, false, errors.New("predicate is not a string")
	}
	s, err := pyNameArg(vals[0])
	if err != nil {
		return evalKey{}, evalEntity{}, false, err
	}
	o, err := pyNameArg(vals[2])
	if err != nil {
		return evalKey{}, evalEntity{}, false, err
	}
	return g.key(s, p, o), evalEntity{}, false, nil
}

// pyJSONObject decodes a line as json.loads would and requires an object (any other value
// fails in the script when it is indexed). Python also reads NaN and Infinity.
func pyJSONObject(line string) (map[string]any, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	if err == nil && strings.Trim(line[dec.InputOffset():], " \t\r\n") != "" {
		err = errors.New("Extra data")
	}
	if err != nil {
		fixed, changed := pyReplaceNonFinite(line)
		if !changed {
			return nil, err
		}
		return pyJSONObject(fixed)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("not an object")
	}
	return m, nil
}

// pyReplaceNonFinite turns the NaN, Infinity and -Infinity literals Python accepts (outside
// strings) into 1, a number equally truthy, so the rest of the line decodes as in Python.
func pyReplaceNonFinite(s string) (string, bool) {
	var b strings.Builder
	changed, inStr := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			b.WriteByte(c)
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		if c == '"' {
			inStr = true
			b.WriteByte(c)
			continue
		}
		matched := false
		for _, lit := range []string{"-Infinity", "Infinity", "NaN"} {
			if strings.HasPrefix(s[i:], lit) {
				b.WriteByte('1')
				i += len(lit) - 1
				changed, matched = true, true
				break
			}
		}
		if !matched {
			b.WriteByte(c)
		}
	}
	return b.String(), changed
}

// pyNameArg is `(s or "")` followed by `.lower()`: falsy values become "", strings pass,
// anything else fails as it does in Python.
func pyNameArg(v any) (string, error) {
	if !pyTruthy(v) {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("'%s' object has no attribute 'lower'", pyTypeName(v))
	}
	return s, nil
}

func pyTruthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		return !(err == nil && f == 0)
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

func pyTypeName(v any) string {
	switch x := v.(type) {
	case bool:
		return "bool"
	case json.Number:
		if strings.ContainsAny(string(x), ".eE") {
			return "float"
		}
		return "int"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return "str"
}

// pyHashableKind is the kind as a set member: strings as themselves, other hashable values
// as a marked text that no gold kind equals, lists and objects an error (unhashable).
func pyHashableKind(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case []any, map[string]any:
		return "", fmt.Errorf("unhashable type: '%s'", pyTypeName(v))
	default:
		b, _ := json.Marshal(x)
		return "\x00" + string(b), nil
	}
}

// evalLines calls fn for each non-blank line of r, stripped, with its 1-based number. Lines
// end at \n, \r\n or \r, as Python's universal newlines split them.
func evalLines(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			if data[i] == '\r' {
				if i+1 < len(data) {
					if data[i+1] == '\n' {
						return i + 2, data[:i], nil
					}
					return i + 1, data[:i], nil
				}
				if !atEOF {
					return 0, nil, nil // need one more byte to tell \r from \r\n
				}
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for n := 1; sc.Scan(); n++ {
		line := pyStrip(sc.Text())
		if line == "" {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// pyIsSpace is Python's str.isspace for one character: Unicode White_Space plus the
// information separators U+001C–U+001F, which Go does not count.
func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

// pyLower is Python's str.lower: Go's simple case mapping except for U+0130 (capital I with
// dot), which Python lowers to two characters, "i" and a combining dot.
func pyLower(s string) string {
	if !strings.ContainsRune(s, 'İ') {
		return strings.ToLower(s)
	}
	return strings.ToLower(strings.ReplaceAll(s, "İ", "i\u0307"))
}

// EvalNorm is the script's norm(): lowercase, ’ as ', a leading "the", "mr", "mrs", "ms",
// "sir" or "dr" (with an optional dot) dropped, a final "'s" dropped, every run of characters
// other than a-z and 0-9 one space, trimmed.
func EvalNorm(s string) string {
	s = pyStrip(strings.ReplaceAll(pyLower(s), "\u2019", "'"))
	for _, w := range []string{"the", "mr", "mrs", "ms", "sir", "dr"} {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := s[len(w):]
		rest = strings.TrimPrefix(rest, ".")
		trimmed := strings.TrimLeftFunc(rest, pyIsSpace)
		if len(trimmed) < len(rest) {
			s = trimmed
			break
		}
	}
	s = strings.TrimSuffix(s, "'s")
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteRune(r)
			continue
		}
		sep = true
	}
	return b.String()
}

func evalSortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func evalSortKeys(ks []evalKey) {
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.S != b.S {
			return a.S < b.S
		}
		if a.P != b.P {
			return a.P < b.P
		}
		return a.O < b.O
	})
}

func evalSortEntities(es []evalEntity) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Name != es[j].Name {
			return es[i].Name < es[j].Name
		}
		return es[i].Kind < es[j].Kind
	})
}

// WriteTable prints the script's default table.
func (r *EvalResult) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	row := func(name string, c EvalCounts) {
		p, rc, f := c.PRF()
		fmt.Fprintf(bw, "%s %4d %4d %4d %6.3f %6.3f %6.3f\n", pyLeft(name, 12), c.TP, c.FP, c.FN, p, rc, f)
	}
	fmt.Fprintf(bw, "%-12s %4s %4s %4s %6s %6s %6s\n", "predicate", "tp", "fp", "fn", "P", "R", "F1")
	for _, x := range r.Facts {
		row(x.Name, x.EvalCounts)
	}
	row("ALL", r.All)
	if len(r.Entities) > 0 {
		fmt.Fprintf(bw, "\n%-12s %4s %4s %4s %6s %6s %6s\n", "entities", "tp", "fp", "fn", "P", "R", "F1")
		for _, x := range r.Entities {
			row(x.Name, x.EvalCounts)
		}
	}
	return bw.Flush()
}

// pyLeft pads s to width characters like Python's f"{s:12}".
func pyLeft(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// WriteVerbose prints the script's --verbose lines: FP and FN facts, then entities.
func (r *EvalResult) WriteVerbose(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, k := range r.fp {
		fmt.Fprintln(bw, "FP", k.S, k.P, k.O)
	}
	for _, k := range r.fn {
		fmt.Fprintln(bw, "FN", k.S, k.P, k.O)
	}
	if len(r.Entities) > 0 {
		for _, e := range r.entFP {
			fmt.Fprintln(bw, "FP entity", e.Name, strings.TrimPrefix(e.Kind, "\x00"))
		}
		for _, e := range r.entFN {
			fmt.Fprintln(bw, "FN entity", e.Name, strings.TrimPrefix(e.Kind, "\x00"))
		}
	}
	return bw.Flush()
}

// WriteJSON prints the script's --json line, byte for byte as Python's json.dumps writes it.
func (r *EvalResult) WriteJSON(w io.Writer) error {
	var b strings.Builder
	p, rc, f := r.All.PRF()
	fmt.Fprintf(&b, `{"precision": %s, "recall": %s, "f1": %s, "tp": %d, "fp": %d, "fn": %d, "by_predicate": {`,
		pyFloat(pyRound4(p)), pyFloat(pyRound4(rc)), pyFloat(pyRound4(f)), r.All.TP, r.All.FP, r.All.FN)
	for i, x := range r.Facts {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `%s: {"tp": %d, "fp": %d, "fn": %d}`, pyJSONString(x.Name), x.TP, x.FP, x.FN)
	}
	b.WriteString(`}, "entities": {`)
	for i, x := range r.Entities {
		if i > 0 {
			b.WriteString(", ")
		}
		_, _, f := x.PRF()
		fmt.Fprintf(&b, `%s: {"tp": %d, "fp": %d, "fn": %d, "f1": %s}`, pyJSONString(x.Name), x.TP, x.FP, x.FN, pyFloat(pyRound4(f)))
	}
	b.WriteString("}}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// pyRound4 is Python's round(x, 4): correctly rounded, ties to even on the exact value.
func pyRound4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// pyFloat is Python's repr of a float in [0, 1] rounded to 4 places: shortest digits, and
// always a decimal point ("1.0", "0.0").
func pyFloat(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// pyJSONString is json.dumps of a string with ensure_ascii: everything outside printable
// ASCII escaped as \uXXXX (surrogate pairs above U+FFFF).
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= 0x20 && r <= 0x7e:
			b.WriteRune(r)
		case r > 0xffff:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
