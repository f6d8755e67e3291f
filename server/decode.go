package server

import (
	"strconv"
	"unicode/utf8"
)

// decodeSimple decodes the request bodies clients send most — one JSON object with "query",
// "operationName" and a flat "variables" object, strings without escapes — in one pass and
// without reflection: encoding/json costs a cached query as much CPU as answering it. ok is
// false for anything else (escapes, nested values, other or repeated keys, trailing data,
// malformed JSON), and the caller must decode with encoding/json, which then gives the same
// result or the same error as always. When ok, the result equals what json.Unmarshal gives
// (FuzzDecodeSimple checks it).
func decodeSimple(body []byte) (req gqlRequest, ok bool) {
	d := simpleDecoder{b: body}
	if !d.byte('{') {
		return req, false
	}
	var seen [3]bool
	for first := true; ; first = false {
		d.space()
		if d.peek() == '}' && first {
			d.i++
			break
		}
		key, ok := d.str()
		if !ok || !d.byte(':') {
			return req, false
		}
		var slot int
		switch key {
		case "query":
			slot = 0
		case "operationName":
			slot = 1
		case "variables":
			slot = 2
		default:
			return req, false
		}
		if seen[slot] {
			return req, false // encoding/json merges or overwrites repeated keys
		}
		seen[slot] = true
		d.space()
		switch {
		case d.literal("null"):
			// encoding/json leaves the field as it is.
		case slot == 2:
			if req.Variables, ok = d.flatObject(); !ok {
				return req, false
			}
		default:
			s, ok := d.str()
			if !ok {
				return req, false
			}
			if slot == 0 {
				req.Query = s
			} else {
				req.OperationName = s
			}
		}
		d.space()
		if d.peek() == ',' {
			d.i++
			continue
		}
		if !d.byte('}') {
			return req, false
		}
		break
	}
	d.space()
	return req, d.i == len(d.b)
}

// simpleDecoder reads the JSON subset of decodeSimple from b.
type simpleDecoder struct {
	b []byte
	i int
}

func (d *simpleDecoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// space skips JSON white space.
func (d *simpleDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// byte skips white space and then c; false when c is not there.
func (d *simpleDecoder) byte(c byte) bool {
	d.space()
	if d.peek() != c {
		return false
	}
	d.i++
	return true
}

func (d *simpleDecoder) literal(lit string) bool {
	if len(d.b)-d.i < len(lit) || string(d.b[d.i:d.i+len(lit)]) != lit {
		return false
	}
	d.i += len(lit)
	return true
}

// str reads a string without escapes, control characters or invalid UTF-8 (encoding/json
// replaces invalid bytes, which this decoder leaves to it).
func (d *simpleDecoder) str() (string, bool) {
	d.space()
	if d.peek() != '"' {
		return "", false
	}
	start := d.i + 1
	ascii := true
	for d.i = start; d.i < len(d.b); d.i++ {
		switch c := d.b[d.i]; {
		case c == '"':
			s := d.b[start:d.i]
			d.i++
			if !ascii && !utf8.Valid(s) {
				return "", false
			}
			return string(s), true
		case c == '\\' || c < 0x20:
			return "", false
		case c >= 0x80:
			ascii = false
		}
	}
	return "", false
}

// flatObject reads an object whose values are strings, numbers, booleans or null.
func (d *simpleDecoder) flatObject() (map[string]any, bool) {
	if !d.byte('{') {
		return nil, false
	}
	m := make(map[string]any)
	d.space()
	if d.peek() == '}' {
		d.i++
		return m, true
	}
	for {
		key, ok := d.str()
		if !ok || !d.byte(':') {
			return nil, false
		}
		if _, dup := m[key]; dup {
			return nil, false
		}
		d.space()
		var v any
		switch c := d.peek(); {
		case c == '"':
			if v, ok = d.str(); !ok {
				return nil, false
			}
		case c == '-' || '0' <= c && c <= '9':
			if v, ok = d.number(); !ok {
				return nil, false
			}
		case d.literal("true"):
			v = true
		case d.literal("false"):
			v = false
		case d.literal("null"):
			v = nil
		default:
			return nil, false
		}
		m[key] = v
		d.space()
		switch d.peek() {
		case ',':
			d.i++
		case '}':
			d.i++
			return m, true
		default:
			return nil, false
		}
	}
}

// number reads a JSON number as encoding/json decodes one into an interface: a float64.
func (d *simpleDecoder) number() (float64, bool) {
	start := d.i
	digits := func() int {
		n := 0
		for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.peek() == '-' {
		d.i++
	}
	intStart := d.i
	if n := digits(); n == 0 || (n > 1 && d.b[intStart] == '0') {
		return 0, false
	}
	if d.peek() == '.' {
		d.i++
		if digits() == 0 {
			return 0, false
		}
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		d.i++
		if c := d.peek(); c == '+' || c == '-' {
			d.i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(string(d.b[start:d.i]), 64)
	return f, err == nil
}
