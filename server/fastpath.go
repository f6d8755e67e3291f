package server

import (
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"unicode/utf8"

	graphql "github.com/graph-gophers/graphql-go"
	"github.com/graph-gophers/graphql-go/ast"

	"github.com/entente-kg/entente/graph"
)

// The fast path answers the questions frontends ask most — an actor, agreement or entity by
// name, its id, name, kind, aliases, and traversals such as violated or signatories below
// it — without graphql-go's per-request work: graphql-go parses and validates every request
// (v1.11.0 offers no way to keep a parsed, validated document) and then resolves each field
// through reflection in a goroutine of its own, which together cost far more CPU than
// reading the answer from the store's caches.
//
// A query text is compiled once into a plan and the plan is kept (planCache). A plan exists
// only for a document that graphql-go validates and that uses nothing but the subset below;
// anything else (fragments, aliases, directives, other fields, mutations) is left to
// graphql-go. The plan calls the same resolver methods graphql-go would call (one after the
// other, where graphql-go runs sibling fields concurrently: they only read) and writes their
// values as graphql-go does (json.Marshal for scalars, enum names bare, fields in the order
// the query selects them). Whenever the fast path could differ from graphql-go's answer — a
// resolver error, a variable whose value is not what the plan takes, a panic, a cancelled
// context, an enum value outside the schema — it gives up and the request runs through
// graphql-go, which then gives the error exactly as it always did. TestFastPathMatchesGraphQL
// pins both paths to the same bytes.

// isRootField reports whether the fast path answers the Query field name: each of these takes
// a name and returns an entity or null.
func isRootField(name string) bool {
	switch name {
	case "actor", "agreement", "entity":
		return true
	}
	return false
}

// isLeafField reports whether the fast path writes the entity field name.
func isLeafField(name string) bool {
	switch name {
	case "id", "name", "kind", "aliases", "iso", "date":
		return true
	}
	return false
}

// plan is a compiled query: one root field with the entity fields selected below it.
type plan struct {
	op   string    // the operation's name; "" when anonymous
	vars []planVar // the variables the operation declares
	root string    // an isRootField name
	name planArg   // the root field's name argument
	sel  *planSel
}

// varKind is a variable type the fast path takes.
type varKind uint8

const (
	varString     varKind = iota // String!
	varInt                       // Int
	varIntNonNull                // Int!
)

type planVar struct {
	name string
	kind varKind
}

// planArg is an argument's value: a literal, or the variable named by variable.
type planArg struct {
	variable string
	str      string
	num      int32
}

// planField is one selected entity field: a leaf, or a traversal with its own selection.
type planField struct {
	name     string
	first    planArg // traversals: the first argument, when hasFirst
	hasFirst bool
	def      int32    // traversals: first's default in the schema
	sel      *planSel // traversals only
}

// planSel is the selection under an entity-valued field.
type planSel struct {
	fields []planField
	paths  []string           // selection.names() under the field
	firsts map[string]planArg // selection.first(): path → first argument given
	// edgeOnly: every field is id, name or kind, which a traversal's edges carry for their
	// far ends (see appendFarEnds).
	edgeOnly bool
}

// planSelection is a planSel bound to one request's variables.
type planSelection struct {
	sel  *planSel
	vars map[string]any
}

func (p planSelection) names() []string { return p.sel.paths }

func (p planSelection) first(path string) (int32, bool) {
	a, ok := p.sel.firsts[path]
	if !ok {
		return 0, false
	}
	return a.int(p.vars)
}

// str is a's string value; runPlan checked the variables' types beforehand.
func (a planArg) string(vars map[string]any) string {
	if a.variable == "" {
		return a.str
	}
	s, _ := vars[a.variable].(string)
	return s
}

// int is a's Int value, false when a variable holds no 32-bit integer.
func (a planArg) int(vars map[string]any) (int32, bool) {
	if a.variable == "" {
		return a.num, true
	}
	return intValue(vars[a.variable])
}

// intValue converts a variable's value as graphql-go's packer does for Int arguments (JSON
// numbers arrive as float64); ok is false for anything the fast path leaves to graphql-go.
func intValue(v any) (int32, bool) {
	switch v := v.(type) {
	case float64:
		if v < -1<<31 || v > 1<<31-1 || v != float64(int32(v)) {
			return 0, false
		}
		return int32(v), true
	case int32:
		return v, true
	}
	return 0, false
}

// maxPlans bounds the plan cache; it is emptied when full, since a server sees a handful of
// distinct query texts (with variables) unless a client builds texts per request.
const maxPlans = 512

// maxPlanQuery is the longest query text the fast path compiles.
const maxPlanQuery = 4 << 10

// maxPlanFields bounds the fields of a plan, far below Config.MaxSelections: graphql-go
// refuses a document with too many selections when it runs it, and the fast path must never
// answer a query that graphql-go would refuse.
const maxPlanFields = 256

// planCache keeps the plans of query texts seen, and nil for texts the fast path leaves to
// graphql-go, so that neither is compiled twice.
type planCache struct {
	mu    sync.RWMutex
	plans map[string]*plan
}

func (c *planCache) get(q string) (*plan, bool) {
	c.mu.RLock()
	p, ok := c.plans[q]
	c.mu.RUnlock()
	return p, ok
}

func (c *planCache) put(q string, p *plan) {
	c.mu.Lock()
	if c.plans == nil || len(c.plans) >= maxPlans {
		c.plans = make(map[string]*plan)
	}
	c.plans[q] = p
	c.mu.Unlock()
}

// schemaFacts are what compiling a plan needs from schema.graphql.
type schemaFacts struct {
	kinds        map[string]bool  // the values of enum Kind
	firstDefault map[string]int32 // traversal field → its first argument's default
}

// newSchemaFacts reads the Kind enum and the defaults of the traversals' first arguments.
// A traversal whose first default differs between types, or is not an Int, is left out, so
// the fast path never answers it.
func newSchemaFacts(schema *ast.Schema, ts map[string]traversal) schemaFacts {
	f := schemaFacts{kinds: make(map[string]bool), firstDefault: make(map[string]int32)}
	if e, ok := schema.Types["Kind"].(*ast.EnumTypeDefinition); ok {
		for _, v := range e.EnumValuesDefinition {
			f.kinds[v.EnumValue] = true
		}
	}
	bad := make(map[string]bool)
	eachTraversalField(schema, ts, func(fd *ast.FieldDefinition) {
		def, ok := int32(0), false
		if len(fd.Arguments) == 1 && fd.Arguments[0].Name.Name == "first" && fd.Arguments[0].Default != nil {
			if lit, isLit := fd.Arguments[0].Default.(*ast.PrimitiveValue); isLit {
				n, err := strconv.ParseInt(lit.Text, 10, 32)
				def, ok = int32(n), err == nil
			}
		}
		if old, seen := f.firstDefault[fd.Name]; !ok || (seen && old != def) {
			bad[fd.Name] = true
		}
		f.firstDefault[fd.Name] = def
	})
	for name := range bad {
		delete(f.firstDefault, name)
	}
	// attackers and targets fall back on node properties; graphql-go answers them.
	delete(f.firstDefault, "attackers")
	delete(f.firstDefault, "targets")
	return f
}

// fastPlan returns the plan of query, compiling it on first sight; nil when graphql-go must
// answer it.
func (s *Server) fastPlan(query string) *plan {
	if s.noFastPath || len(query) > maxPlanQuery {
		return nil
	}
	if p, ok := s.plans.get(query); ok {
		return p
	}
	p := s.compile(query)
	if p != nil {
		// Only documents graphql-go accepts get a plan. Validation looks at variables only
		// for their presence (non-null) and for enum and input-object values, none of which
		// a plan takes, so one validation with stand-in values holds for every request.
		vars := make(map[string]any, len(p.vars))
		for _, v := range p.vars {
			if v.kind == varString {
				vars[v.name] = ""
			} else {
				vars[v.name] = float64(0)
			}
		}
		if errs := s.schema.ValidateWithVariables(query, vars); len(errs) > 0 {
			p = nil
		}
	}
	s.plans.put(query, p)
	return p
}

// execFast appends the data of query's answer to buf. ok is false when the fast path does not
// answer it; buf's contents are then undefined and graphql-go must run the query.
func (s *Server) execFast(ctx context.Context, query, op string, vars map[string]any, buf []byte) (_ []byte, ok bool) {
	p := s.fastPlan(query)
	if p == nil || (op != "" && op != p.op) {
		return buf, false
	}
	for _, v := range p.vars {
		switch v.kind {
		case varString:
			if _, ok := vars[v.name].(string); !ok {
				return buf, false
			}
		default:
			if _, ok := intValue(vars[v.name]); !ok {
				return buf, false
			}
		}
	}
	// graphql-go turns a resolver's panic into an error; it will, when it runs the query.
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	root := resolver{srv: s}
	name := struct{ Name string }{p.name.string(vars)}
	var r *entityResolver
	var err error
	switch p.root {
	case "actor":
		r, err = root.Actor(ctx, name)
	case "agreement":
		r, err = root.Agreement(ctx, name)
	case "entity":
		r, err = root.Entity(ctx, struct {
			Name string
			Kind *string
		}{Name: name.Name})
	}
	if err != nil || ctx.Err() != nil {
		return buf, false
	}
	buf = append(append(append(buf, `{"`...), p.root...), `":`...)
	if r == nil {
		buf = append(buf, "null"...)
	} else if buf, ok = s.appendEntity(ctx, buf, r, p.sel, vars); !ok {
		return buf, false
	}
	buf = append(buf, '}')
	return buf, ctx.Err() == nil
}

// appendEntity writes the fields sel selects of r as a JSON object.
func (s *Server) appendEntity(ctx context.Context, buf []byte, r *entityResolver, sel *planSel, vars map[string]any) ([]byte, bool) {
	buf = append(buf, '{')
	for i := range sel.fields {
		f := &sel.fields[i]
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(append(append(buf, '"'), f.name...), `":`...)
		var ok bool
		switch f.name {
		case "id":
			buf, ok = appendID(buf, r.ID())
		case "name":
			buf, ok = appendString(buf, r.Name()), true
		case "kind":
			k := r.Kind()
			if !s.facts.kinds[k] {
				return buf, false // graphql-go reports an enum value outside the schema
			}
			buf, ok = append(append(append(buf, '"'), k...), '"'), true
		case "aliases":
			buf = append(buf, '[')
			for j, a := range r.Aliases() {
				if j > 0 {
					buf = append(buf, ',')
				}
				buf = appendString(buf, a)
			}
			buf, ok = append(buf, ']'), true
		case "iso", "date":
			v := r.Iso()
			if f.name == "date" {
				v = r.Date()
			}
			if v == nil {
				buf, ok = append(buf, "null"...), true
			} else {
				buf, ok = appendString(buf, *v), true
			}
		default:
			first := f.def
			if f.hasFirst {
				if first, ok = f.first.int(vars); !ok {
					return buf, false
				}
			}
			if f.sel.edgeOnly {
				if b, done := s.appendFarEnds(ctx, buf, r, f, first); done {
					buf = b
					continue
				}
			}
			list, err := r.traverse(ctx, f.name, first, planSelection{f.sel, vars})
			if err != nil {
				return buf, false
			}
			buf = append(buf, '[')
			for j, e := range list {
				if j > 0 {
					buf = append(buf, ',')
				}
				if buf, ok = s.appendEntity(ctx, buf, e, f.sel, vars); !ok {
					return buf, false
				}
			}
			buf, ok = append(buf, ']'), true
		}
		if !ok {
			return buf, false
		}
	}
	return append(buf, '}'), true
}

// appendFarEnds writes the list the traversal f from r gives when f selects only what the
// edges carry (planSel.edgeOnly): what traverse and appendEntity would write, straight from
// the edges, without an entity per far end — a 2-hop question lists a few dozen. done is
// false, with nothing written, whenever traverse would not build the list from the edges
// alone or the writing could differ; the caller then takes the general path.
func (s *Server) appendFarEnds(ctx context.Context, buf []byte, r *entityResolver, f *planField, first int32) ([]byte, bool) {
	t := s.traversals[f.name]
	limit := clamp(int(first), s.cfg.MaxListFirst)
	if limit == 0 {
		return append(buf, "[]"...), true
	}
	rq := s.requestFrom(ctx)
	es, err := rq.edgesOnce(ctx, graph.EdgeQuery{Node: r.n.ID, Direction: t.dir, Types: t.preds, Limit: limit, WithoutEvidence: true})
	if err != nil {
		return buf, false
	}
	start, n, ok := len(buf), 0, true
	buf = append(buf, '[')
	complete := farEnds(r.n.ID, es, t.keep, t.unique, func(id string, e *graph.Edge) {
		if !ok {
			return
		}
		if n > 0 {
			buf = append(buf, ',')
		}
		n++
		buf = append(buf, '{')
		for i := range f.sel.fields {
			name := f.sel.fields[i].name
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = append(append(append(buf, '"'), name...), `":`...)
			switch name {
			case "id":
				var good bool
				buf, good = appendID(buf, graphql.ID(id))
				ok = ok && good
			case "name":
				buf = appendString(buf, e.OtherName)
			case "kind":
				k := kindEnum(e.OtherKind)
				ok = ok && s.facts.kinds[k]
				buf = append(append(append(buf, '"'), k...), '"')
			}
		}
		buf = append(buf, '}')
	})
	if !complete || !ok {
		return buf[:start], false
	}
	return append(buf, ']'), true
}

// appendString writes v as json.Marshal does (graphql-go marshals String values so), copying
// plain ASCII straight through.
func appendString(buf []byte, v string) []byte {
	if plainJSON(v) {
		return append(append(append(buf, '"'), v...), '"')
	}
	b, _ := json.Marshal(v) // a string always marshals
	return append(buf, b...)
}

// appendID writes v as json.Marshal does through graphql.ID's MarshalJSON; false when that
// fails (graphql-go then reports the error).
func appendID(buf []byte, v graphql.ID) ([]byte, bool) {
	if plainJSON(string(v)) {
		return append(append(append(buf, '"'), v...), '"'), true
	}
	b, err := json.Marshal(v)
	if err != nil {
		return buf, false
	}
	return append(buf, b...), true
}

// plainJSON reports whether v is printable ASCII that json.Marshal and strconv.Quote leave
// as it is: no quote, backslash or HTML-escaped character.
func plainJSON(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// compile parses query into a plan; nil when it uses anything outside the fast path's subset
// or is not well formed (graphql-go then reports why).
func (s *Server) compile(query string) *plan {
	c := compiler{lex: lexer{src: query}, srv: s}
	c.lex.next()
	p, ok := c.document()
	if !ok {
		return nil
	}
	return p
}

// compiler parses the fast path's subset of GraphQL:
//
//	document  = ( "{" root "}" | "query" [name] [vardefs] "{" root "}" ) EOF
//	vardefs   = "(" { "$" name ":" ( "String!" | "Int" | "Int!" ) } ")"
//	root      = ( "actor" | "agreement" | "entity" ) "(" "name" ":" value ")" entitysel
//	entitysel = "{" { leaf | traversal [ "(" "first" ":" value ")" ] entitysel } "}"
type compiler struct {
	lex    lexer
	srv    *Server
	vars   map[string]varKind
	fields int
}

func (c *compiler) document() (*plan, bool) {
	p := &plan{}
	c.vars = make(map[string]varKind)
	if c.lex.isName("query") {
		c.lex.next()
		if c.lex.tok == tokName {
			p.op = c.lex.val
			c.lex.next()
		}
		if c.lex.isPunct('(') {
			if !c.varDefs(p) {
				return nil, false
			}
		}
	}
	if !c.lex.isPunct('{') {
		return nil, false
	}
	c.lex.next()
	if c.lex.tok != tokName || !isRootField(c.lex.val) {
		return nil, false
	}
	p.root = c.lex.val
	c.lex.next()
	if !c.lex.isPunct('(') {
		return nil, false
	}
	c.lex.next()
	if !c.lex.isName("name") {
		return nil, false
	}
	c.lex.next()
	if !c.lex.isPunct(':') {
		return nil, false
	}
	c.lex.next()
	arg, ok := c.value(varString)
	if !ok || !c.lex.isPunct(')') {
		return nil, false
	}
	p.name = arg
	c.lex.next()
	if p.sel, ok = c.entitySel(2); !ok {
		return nil, false
	}
	if !c.lex.isPunct('}') {
		return nil, false
	}
	c.lex.next()
	if c.lex.tok != tokEOF || c.fields+1 > min(c.srv.cfg.MaxSelections, maxPlanFields) {
		return nil, false
	}
	return p, true
}

// varDefs reads "( $name: Type ... )" with the types a plan takes.
func (c *compiler) varDefs(p *plan) bool {
	c.lex.next()
	for !c.lex.isPunct(')') {
		if !c.lex.isPunct('$') {
			return false
		}
		c.lex.next()
		if c.lex.tok != tokName {
			return false
		}
		name := c.lex.val
		c.lex.next()
		if !c.lex.isPunct(':') {
			return false
		}
		c.lex.next()
		if c.lex.tok != tokName {
			return false
		}
		typ := c.lex.val
		c.lex.next()
		nonNull := c.lex.isPunct('!')
		if nonNull {
			c.lex.next()
		}
		var k varKind
		switch {
		case typ == "String" && nonNull:
			k = varString
		case typ == "Int" && nonNull:
			k = varIntNonNull
		case typ == "Int":
			k = varInt
		default:
			return false
		}
		if _, dup := c.vars[name]; dup {
			return false
		}
		c.vars[name] = k
		p.vars = append(p.vars, planVar{name, k})
	}
	c.lex.next()
	return true
}

// value reads an argument's value of the given type: a literal or a variable declared so.
func (c *compiler) value(want varKind) (planArg, bool) {
	var a planArg
	switch {
	case c.lex.isPunct('$'):
		c.lex.next()
		if c.lex.tok != tokName {
			return a, false
		}
		k, ok := c.vars[c.lex.val]
		if !ok || (want == varString) != (k == varString) {
			return a, false
		}
		a.variable = c.lex.val
	case c.lex.tok == tokString && want == varString:
		a.str = c.lex.val
	case c.lex.tok == tokInt && want != varString:
		n, err := strconv.ParseInt(c.lex.val, 10, 32)
		if err != nil {
			return a, false
		}
		a.num = int32(n)
	default:
		return a, false
	}
	c.lex.next()
	return a, true
}

// entitySel reads the selection set under an entity-valued field; depth is the nesting of its
// fields.
func (c *compiler) entitySel(depth int) (*planSel, bool) {
	if !c.lex.isPunct('{') || depth > c.srv.cfg.MaxDepth {
		return nil, false
	}
	c.lex.next()
	sel := &planSel{firsts: make(map[string]planArg)}
	seen := make(map[string]bool)
	for !c.lex.isPunct('}') {
		if c.lex.tok != tokName || seen[c.lex.val] {
			return nil, false // graphql-go merges repeated fields; the fast path does not
		}
		f := planField{name: c.lex.val}
		seen[f.name] = true
		c.fields++
		c.lex.next()
		if isLeafField(f.name) {
			sel.fields = append(sel.fields, f)
			sel.paths = append(sel.paths, f.name)
			continue
		}
		def, ok := c.srv.facts.firstDefault[f.name]
		if !ok {
			return nil, false
		}
		f.def = def
		if c.lex.isPunct('(') {
			c.lex.next()
			if !c.lex.isName("first") {
				return nil, false
			}
			c.lex.next()
			if !c.lex.isPunct(':') {
				return nil, false
			}
			c.lex.next()
			if f.first, ok = c.value(varInt); !ok || !c.lex.isPunct(')') {
				return nil, false
			}
			f.hasFirst = true
			c.lex.next()
		}
		if f.sel, ok = c.entitySel(depth + 1); !ok {
			return nil, false
		}
		sel.fields = append(sel.fields, f)
		// The names below a traversal are its own, and its path's, as graphql-go lists them:
		// depth first, each child path once.
		sel.paths = append(sel.paths, f.name)
		if f.hasFirst {
			sel.firsts[f.name] = f.first
		}
		for _, p := range f.sel.paths {
			sel.paths = append(sel.paths, f.name+"."+p)
		}
		for p, a := range f.sel.firsts {
			sel.firsts[f.name+"."+p] = a
		}
	}
	c.lex.next()
	sel.edgeOnly = true
	for _, f := range sel.fields {
		sel.edgeOnly = sel.edgeOnly && (f.name == "id" || f.name == "name" || f.name == "kind")
	}
	return sel, len(sel.fields) > 0
}

// tokKind is the kind of a lexer token.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokPunct
	tokName
	tokString
	tokInt
	tokBad // anything the fast path does not lex: the query goes to graphql-go
)

// lexer splits a GraphQL document into the tokens the fast path's subset uses. Strings with
// escapes or that are block strings, floats, and punctuators outside the subset are tokBad.
type lexer struct {
	src string
	pos int
	tok tokKind
	val string
}

func (l *lexer) isPunct(c byte) bool  { return l.tok == tokPunct && l.val[0] == c }
func (l *lexer) isName(n string) bool { return l.tok == tokName && l.val == n }

func (l *lexer) next() {
	if l.tok == tokBad {
		return
	}
	// Ignored tokens: white space, line terminators, commas, comments.
	for l.pos < len(l.src) {
		switch c := l.src[l.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',':
			l.pos++
			continue
		case c == '#':
			for l.pos < len(l.src) && l.src[l.pos] != '\n' && l.src[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		break
	}
	if l.pos == len(l.src) {
		l.tok, l.val = tokEOF, ""
		return
	}
	start := l.pos
	c := l.src[l.pos]
	switch {
	case c == '{' || c == '}' || c == '(' || c == ')' || c == ':' || c == '$' || c == '!':
		l.pos++
		l.tok, l.val = tokPunct, l.src[start:l.pos]
	case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		for l.pos < len(l.src) && isNameByte(l.src[l.pos]) {
			l.pos++
		}
		l.tok, l.val = tokName, l.src[start:l.pos]
	case c == '"':
		if len(l.src) > l.pos+2 && l.src[l.pos+1] == '"' && l.src[l.pos+2] == '"' {
			l.tok = tokBad // block string
			return
		}
		l.pos++
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			if b := l.src[l.pos]; b == '\\' || b < 0x20 || b == 0x7f {
				l.tok = tokBad // escapes and control characters: graphql-go decodes those
				return
			}
			l.pos++
		}
		if l.pos == len(l.src) || !utf8.ValidString(l.src[start+1:l.pos]) {
			l.tok = tokBad
			return
		}
		l.tok, l.val = tokString, l.src[start+1:l.pos]
		l.pos++
	case c == '-' || '0' <= c && c <= '9':
		if c == '-' {
			l.pos++
		}
		digits := l.pos
		for l.pos < len(l.src) && '0' <= l.src[l.pos] && l.src[l.pos] <= '9' {
			l.pos++
		}
		n := l.pos - digits
		switch {
		case n == 0, n > 1 && l.src[digits] == '0',
			l.pos < len(l.src) && (l.src[l.pos] == '.' || isNameByte(l.src[l.pos])):
			l.tok = tokBad // not an Int in GraphQL's canonical form
			return
		}
		l.tok, l.val = tokInt, l.src[start:l.pos]
	default:
		l.tok = tokBad
	}
}

func isNameByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
