package loaders

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entente-kg/entente/graph"
)

// Limits bounds the fields of a JSONL record, so that a 10k-character "name" is refused with
// a clear error instead of becoming a node. Lengths are in characters.
type Limits struct {
	MaxName     int // subject, object, name, alias, source, id
	MaxTitle    int
	MaxURL      int
	MaxEvidence int // evidence sentence of a curated fact
	MaxAliases  int // aliases on one curated node
}

// DefaultLimits returns limits generous for real names and titles.
func DefaultLimits() Limits {
	return Limits{MaxName: 300, MaxTitle: 1000, MaxURL: 4096, MaxEvidence: 20000, MaxAliases: 1000}
}

// CuratedFact is one hand-made fact from a JSONL line with "predicate". Kinds are "" when the
// line gave none (see CuratedBatch for how they are then found).
type CuratedFact struct {
	Subject     string
	SubjectKind graph.Kind
	Predicate   string // a known predicate, lowercase
	Object      string
	ObjectKind  graph.Kind
	Date        string // ISO-partial, "" when absent
	Evidence    string
	Confidence  float64 // 1 when absent
	Modality    graph.Modality
	Article     string // article id the fact comes from; "curated:FILE" when absent
	File        string // where the line was read, for error messages
	Line        int
}

// CuratedNode is one entity declared by a JSONL line with "name" and "kind" (the entity lines
// `entente extract` prints), so that extract output loads back unchanged.
type CuratedNode struct {
	Name    string
	Kind    graph.Kind
	Aliases []string
	File    string
	Line    int
}

// The fields each JSONL record takes; anything else is an unknown-field error.
var (
	jsonlArticleFields = []string{"id", "title", "source", "published", "url", "text"}
	jsonlFactFields    = []string{"subject", "predicate", "object", "subject_kind", "object_kind", "date", "evidence", "confidence", "modality", "article"}
	jsonlNodeFields    = []string{"name", "kind", "aliases", "article"}
)

// fieldError is what is wrong with one line; the walker adds file and line.
type fieldError struct {
	Field string
	Msg   string
	Err   error
}

func (e *fieldError) Error() string {
	if e.Field == "" {
		return e.Msg
	}
	return e.Field + ": " + e.Msg
}

func (e *fieldError) Unwrap() error { return e.Err }

// jsonlRecord is one parsed line: exactly one of its fields is set.
type jsonlRecord struct {
	Page *Page
	Fact *CuratedFact
	Node *CuratedNode
}

// jsonlParser parses the lines of one file. Its lookup tables are built once per file, so
// that a curated line costs no allocation for its predicate and kinds.
type jsonlParser struct {
	limits Limits
	file   string
	preds  map[string]string     // lowercase name → predicate name
	kinds  map[string]graph.Kind // lowercase name → kind
	kv     []jsonlKV             // reused by the flat scanner
	slow   bool                  // always use encoding/json (tests compare both paths)
	// fileArticle is "curated:" + file, the article of the file's facts that name none.
	fileArticle string
}

func newJSONLParser(limits Limits, file string) *jsonlParser {
	p := &jsonlParser{limits: limits, file: file, fileArticle: "curated:" + file, preds: make(map[string]string),
		kinds: make(map[string]graph.Kind)}
	for _, pd := range graph.Predicates() {
		p.preds[pd.Name] = pd.Name
	}
	for _, k := range graph.Kinds() {
		p.kinds[string(k)] = k
		p.kinds[strings.ToLower(string(k))] = k
	}
	return p
}

// plain returns the text of a raw JSON string without escapes or surrounding spaces, without
// copying it; ok is false for anything else, which then takes the general path.
func jsonlPlain(raw []byte) ([]byte, bool) {
	if len(raw) < 2 || raw[0] != '"' || bytes.IndexByte(raw, '\\') >= 0 {
		return nil, false
	}
	in := raw[1 : len(raw)-1]
	if len(in) == 0 || in[0] == ' ' || in[len(in)-1] == ' ' {
		return nil, false
	}
	return in, true
}

// ParseJSONLLine parses one JSONL line as read from file at line n: an article (has "text"),
// a curated fact (has "predicate") or a curated node (has "name" and "kind"). Bad input gives
// an *InputError naming file, line and field.
func ParseJSONLLine(line []byte, file string, n int, limits Limits) (Item, error) {
	if limits == (Limits{}) {
		limits = DefaultLimits()
	}
	rec, ferr := newJSONLParser(limits, file).parse(line, n)
	if ferr != nil {
		return Item{}, &InputError{File: file, Line: n, Field: ferr.Field, Msg: ferr.Msg, Err: ferr.Err}
	}
	it := Item{File: file, Line: n, Page: rec.Page, Fact: rec.Fact, Node: rec.Node}
	if it.Page != nil && it.Page.Name == "" {
		it.Page.Name = it.Pos()
	}
	return it, nil
}

func (p *jsonlParser) parse(line []byte, n int) (jsonlRecord, *fieldError) {
	if i := bytes.IndexByte(line, 0); i >= 0 {
		return jsonlRecord{}, &fieldError{Msg: fmt.Sprintf("NUL byte at byte column %d", i+1)}
	}
	var m jsonlObj
	var ok bool
	if !p.slow {
		p.kv, ok = jsonlScanFlat(line, p.kv[:0])
		m = jsonlObj{kv: p.kv}
	}
	if !ok {
		// Not a flat object of plain values (or not JSON at all): the standard decoder
		// handles it and says precisely what is wrong.
		var mm map[string]json.RawMessage
		if err := json.Unmarshal(line, &mm); err != nil {
			return jsonlRecord{}, jsonlSyntaxError(line, err)
		}
		if mm == nil {
			return jsonlRecord{}, &fieldError{Msg: "want a JSON object, got null"}
		}
		m = jsonlObj{}
		for k, v := range mm {
			m.kv = append(m.kv, jsonlKV{key: []byte(k), raw: v})
		}
	}
	if !utf8.Valid(line) {
		// encoding/json would quietly turn the bad bytes into U+FFFD; say where they are.
		field := ""
		// A key with bad bytes is no field name to report (encoding/json shows it with
		// U+FFFD in place of them); a value with them is.
		for _, k := range m.keys() {
			if v, _ := m.get(k); utf8.ValidString(k) && !strings.ContainsRune(k, utf8.RuneError) && !utf8.Valid(v) {
				field = k
				break
			}
		}
		return jsonlRecord{}, &fieldError{Field: field, Msg: fmt.Sprintf("byte 0x%02X at byte column %d is not UTF-8",
			line[inputInvalidUTF8At(line)], inputInvalidUTF8At(line)+1)}
	}
	_, hasText := m.get("text")
	_, hasPred := m.get("predicate")
	_, hasName := m.get("name")
	_, hasKind := m.get("kind")
	switch {
	case hasText && hasPred:
		return jsonlRecord{}, &fieldError{Msg: `both "text" and "predicate": a line is either an article or a curated fact`}
	case hasText:
		if err := jsonlUnknownFields(m, jsonlArticleFields, "an article line"); err != nil {
			return jsonlRecord{}, err
		}
		pg, err := p.article(m)
		return jsonlRecord{Page: pg}, err
	case hasPred:
		if err := jsonlUnknownFields(m, jsonlFactFields, "a curated fact line"); err != nil {
			return jsonlRecord{}, err
		}
		f, err := p.fact(m, n)
		return jsonlRecord{Fact: f}, err
	case hasName && hasKind:
		if err := jsonlUnknownFields(m, jsonlNodeFields, "an entity line"); err != nil {
			return jsonlRecord{}, err
		}
		nd, err := p.node(m, n)
		return jsonlRecord{Node: nd}, err
	default:
		keys := m.keys()
		for i := range keys {
			keys[i] = jsonlShort(keys[i])
		}
		if len(keys) > 10 {
			keys = append(keys[:10], fmt.Sprintf("… %d more", len(keys)-10))
		}
		return jsonlRecord{}, &fieldError{Msg: fmt.Sprintf(`no "text", "predicate" or "name"+"kind" field (got %s): not an article, a curated fact or an entity`,
			strings.Join(keys, ", "))}
	}
}

// jsonlSyntaxError describes a decoding error with the byte column where it happened.
func jsonlSyntaxError(line []byte, err error) *fieldError {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		col := se.Offset
		if col < 1 {
			col = 1
		}
		return &fieldError{Msg: fmt.Sprintf("malformed JSON at byte column %d: %s", col, se.Error()), Err: err}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &fieldError{Msg: "want a JSON object, got " + te.Value, Err: err}
	}
	return &fieldError{Msg: "malformed JSON: " + err.Error(), Err: err}
}

func jsonlUnknownFields(m jsonlObj, known []string, what string) *fieldError {
	isKnown := func(k []byte) bool {
		for _, f := range known {
			if string(k) == f {
				return true
			}
		}
		return false
	}
	for _, kv := range m.kv {
		if isKnown(kv.key) {
			continue
		}
		// Report the first unknown field in sorted order, so the message does not depend on
		// the order of the line's fields.
		for _, k := range m.keys() {
			if !isKnown([]byte(k)) {
				return &fieldError{Field: jsonlShort(k), Msg: fmt.Sprintf("unknown field (%s takes %s)", what, strings.Join(known, ", "))}
			}
		}
	}
	return nil
}

// jsonlShort cuts a name from the input to 64 bytes for an error message, so that a
// megabyte-long key is not echoed back whole.
func jsonlShort(s string) string {
	if len(s) <= 64 {
		return s
	}
	cut := s[:64]
	for len(cut) > 0 && !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	return cut + "…"
}

// jsonlType names the JSON type of a raw value for error messages.
func jsonlType(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	default:
		return "a number"
	}
}

func jsonlIsNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// str reads an optional string field; null counts as absent. The value keeps its spaces;
// callers trim where the field is a name.
func jsonlString(m jsonlObj, field string) (string, bool, *fieldError) {
	raw, ok := m.get(field)
	if !ok || jsonlIsNull(raw) {
		return "", false, nil
	}
	if jsonlType(raw) != "a string" {
		return "", false, &fieldError{Field: field, Msg: "want a string, got " + jsonlType(raw)}
	}
	var s string
	if bytes.IndexByte(raw, '\\') < 0 {
		// Valid JSON without escapes: the text between the quotes is the value.
		s = string(raw[1 : len(raw)-1])
	} else if json.Unmarshal(raw, &s) != nil {
		return "", false, &fieldError{Field: field, Msg: "want a string, got " + jsonlType(raw)}
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", false, &fieldError{Field: field, Msg: `contains a NUL character (\u0000)`}
	}
	return s, true, nil
}

// name reads a name-like field: trimmed, non-empty when required, no control characters, at
// most max characters.
func jsonlName(m jsonlObj, field string, required bool, max int) (string, *fieldError) {
	raw, ok := m.get(field)
	switch {
	case !ok && required:
		return "", &fieldError{Field: field, Msg: "missing"}
	case !ok:
		return "", nil
	case len(raw) <= max+2 && len(raw) >= 2 && raw[len(raw)-1] == '"':
		if in, ok := jsonlPlain(raw); ok && jsonlPrintableASCII(in) {
			// Every name of a curated line in practice: one pass over its bytes says what the
			// general path below says in six (no escape, no space to trim, no NUL or control
			// character, one character a byte, so not too long).
			return string(in), nil
		}
	}
	return jsonlNameChecked(m, field, required, max)
}

// jsonlNameChecked is jsonlName for any value, checked step by step.
func jsonlNameChecked(m jsonlObj, field string, required bool, max int) (string, *fieldError) {
	s, ok, err := jsonlString(m, field)
	if err != nil {
		return "", err
	}
	if !ok {
		if required {
			return "", &fieldError{Field: field, Msg: "missing"}
		}
		return "", nil
	}
	return jsonlCheckName(field, s, required, max)
}

// jsonlPrintableASCII reports whether b holds only printable ASCII characters (space to '~').
func jsonlPrintableASCII(b []byte) bool {
	for _, c := range b {
		if c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

func jsonlCheckName(field, s string, required bool, max int) (string, *fieldError) {
	s = strings.TrimSpace(s)
	if s == "" {
		if required {
			return "", &fieldError{Field: field, Msg: "empty"}
		}
		return "", nil
	}
	if n := utf8.RuneCountInString(s); n > max {
		return "", &fieldError{Field: field, Msg: fmt.Sprintf("too long: %d characters (max %d)", n, max)}
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return "", &fieldError{Field: field, Msg: fmt.Sprintf("contains control character %U", r)}
		}
	}
	return s, nil
}

func (p *jsonlParser) article(m jsonlObj) (*Page, *fieldError) {
	text, _, err := jsonlString(m, "text")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, &fieldError{Field: "text", Msg: "empty: an article needs its text"}
	}
	pg := &Page{Text: text, Single: true}
	if pg.Name, err = jsonlName(m, "id", false, p.limits.MaxURL); err != nil {
		return nil, err
	}
	if pg.Title, err = jsonlName(m, "title", false, p.limits.MaxTitle); err != nil {
		return nil, err
	}
	if pg.Source, err = jsonlName(m, "source", false, p.limits.MaxName); err != nil {
		return nil, err
	}
	if pg.URL, err = jsonlName(m, "url", false, p.limits.MaxURL); err != nil {
		return nil, err
	}
	pub, err := jsonlName(m, "published", false, 64)
	if err != nil {
		return nil, err
	}
	if pub != "" {
		d, derr := ParsePublished(pub)
		if derr != nil {
			return nil, &fieldError{Field: "published", Msg: derr.Error(), Err: derr}
		}
		pg.Published = d
	}
	return pg, nil
}

func (p *jsonlParser) fact(m jsonlObj, n int) (*CuratedFact, *fieldError) {
	f := &CuratedFact{Confidence: 1, Modality: graph.Asserted, File: p.file, Line: n}
	var err *fieldError
	if f.Subject, err = jsonlName(m, "subject", true, p.limits.MaxName); err != nil {
		return nil, err
	}
	if raw, ok := m.get("predicate"); ok {
		if in, ok := jsonlPlain(raw); ok {
			f.Predicate = p.preds[string(in)]
		}
	}
	pred, err := f.Predicate, (*fieldError)(nil)
	if pred == "" {
		pred, err = jsonlName(m, "predicate", true, 64)
	}
	if err != nil {
		return nil, err
	}
	name, ok := p.preds[pred]
	if !ok {
		name, ok = p.preds[strings.ToLower(pred)]
	}
	if !ok {
		_, perr := graph.LookupPredicate(pred)
		return nil, &fieldError{Field: "predicate", Msg: perr.Error(), Err: perr}
	}
	f.Predicate = name
	if f.Object, err = jsonlName(m, "object", true, p.limits.MaxName); err != nil {
		return nil, err
	}
	if f.SubjectKind, err = p.kind(m, "subject_kind"); err != nil {
		return nil, err
	}
	if f.ObjectKind, err = p.kind(m, "object_kind"); err != nil {
		return nil, err
	}
	if date, ok, err := jsonlString(m, "date"); err != nil {
		return nil, err
	} else if ok && strings.TrimSpace(date) != "" {
		d, derr := ParseISOPartial(strings.TrimSpace(date))
		if derr != nil {
			return nil, &fieldError{Field: "date", Msg: derr.Error(), Err: derr}
		}
		f.Date = d
	}
	if ev, ok, err := jsonlString(m, "evidence"); err != nil {
		return nil, err
	} else if ok {
		ev = strings.TrimSpace(ev)
		if c := utf8.RuneCountInString(ev); c > p.limits.MaxEvidence {
			return nil, &fieldError{Field: "evidence", Msg: fmt.Sprintf("too long: %d characters (max %d)", c, p.limits.MaxEvidence)}
		}
		f.Evidence = ev
	}
	if raw, ok := m.get("confidence"); ok && !jsonlIsNull(raw) {
		var c float64
		if jsonlType(raw) != "a number" {
			return nil, &fieldError{Field: "confidence", Msg: "want a number in (0, 1], got " + jsonlType(raw)}
		}
		if json.Unmarshal(raw, &c) != nil {
			c = math.Inf(1) // a number too large for float64
		}
		if !(c > 0 && c <= 1) {
			return nil, &fieldError{Field: "confidence", Msg: fmt.Sprintf("%s is out of range: want a number in (0, 1]", bytes.TrimSpace(raw))}
		}
		f.Confidence = c
	}
	mod, err := jsonlName(m, "modality", false, 32)
	if err != nil {
		return nil, err
	}
	if mod != "" {
		switch md := graph.Modality(strings.ToLower(mod)); md {
		case graph.Asserted, graph.Alleged, graph.Planned:
			f.Modality = md
		default:
			return nil, &fieldError{Field: "modality", Msg: fmt.Sprintf("unknown modality %q (known: asserted, alleged, planned)", mod)}
		}
	}
	if f.Article, err = jsonlName(m, "article", false, p.limits.MaxURL); err != nil {
		return nil, err
	}
	if f.Article == "" {
		f.Article = p.fileArticle
	}
	return f, nil
}

// kind reads an optional node kind. Article nodes are made from loaded articles only.
func (p *jsonlParser) kind(m jsonlObj, field string) (graph.Kind, *fieldError) {
	if raw, ok := m.get(field); ok {
		if in, ok := jsonlPlain(raw); ok {
			if k, ok := p.kinds[string(in)]; ok && k != graph.KindArticle {
				return k, nil // the common case, without allocating
			}
		}
	}
	s, err := jsonlName(m, field, false, 64)
	if err != nil || s == "" {
		return "", err
	}
	k, ok := p.kinds[strings.ToLower(s)]
	if !ok {
		_, kerr := graph.ParseKind(s)
		return "", &fieldError{Field: field, Msg: kerr.Error(), Err: kerr}
	}
	if k == graph.KindArticle {
		return "", &fieldError{Field: field, Msg: "Article nodes come from loaded articles, not from curated lines"}
	}
	return k, nil
}

func (p *jsonlParser) node(m jsonlObj, n int) (*CuratedNode, *fieldError) {
	nd := &CuratedNode{File: p.file, Line: n}
	var err *fieldError
	if nd.Name, err = jsonlName(m, "name", true, p.limits.MaxName); err != nil {
		return nil, err
	}
	if nd.Kind, err = p.kind(m, "kind"); err != nil {
		return nil, err
	}
	if nd.Kind == "" {
		return nil, &fieldError{Field: "kind", Msg: "empty"}
	}
	if _, err = jsonlName(m, "article", false, p.limits.MaxURL); err != nil {
		return nil, err
	}
	if raw, ok := m.get("aliases"); ok && !jsonlIsNull(raw) {
		var aliases []json.RawMessage
		if jsonlType(raw) != "an array" || json.Unmarshal(raw, &aliases) != nil {
			return nil, &fieldError{Field: "aliases", Msg: "want an array of strings, got " + jsonlType(raw)}
		}
		if len(aliases) > p.limits.MaxAliases {
			return nil, &fieldError{Field: "aliases", Msg: fmt.Sprintf("too many: %d (max %d)", len(aliases), p.limits.MaxAliases)}
		}
		for i, a := range aliases {
			field := fmt.Sprintf("aliases[%d]", i)
			s, _, err := jsonlString(jsonlObj{kv: []jsonlKV{{key: []byte(field), raw: a}}}, field)
			if err == nil && jsonlType(a) == "null" {
				err = &fieldError{Field: field, Msg: "want a string, got null"}
			}
			if err != nil {
				return nil, err
			}
			s, err = jsonlCheckName(field, s, false, p.limits.MaxName)
			if err != nil {
				return nil, err
			}
			if s != "" && s != nd.Name {
				nd.Aliases = append(nd.Aliases, s)
			}
		}
	}
	return nd, nil
}
