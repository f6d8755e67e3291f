package loaders

import "sort"

// jsonlKV is one member of a JSON object: its key (without quotes; never escaped on the
// fast path) and its raw value.
type jsonlKV struct {
	key []byte
	raw []byte
}

// jsonlObj is a decoded JSON object line. Lookups are linear: a line has a handful of fields,
// and a slice costs no allocation per line where a map would.
type jsonlObj struct{ kv []jsonlKV }

// get returns the raw value of key; with duplicate keys the last one wins, as in
// encoding/json.
func (o jsonlObj) get(key string) ([]byte, bool) {
	for i := len(o.kv) - 1; i >= 0; i-- {
		if string(o.kv[i].key) == key {
			return o.kv[i].raw, true
		}
	}
	return nil, false
}

// keys returns the distinct keys, sorted.
func (o jsonlObj) keys() []string {
	var ks []string
	for _, kv := range o.kv {
		k := string(kv.key)
		dup := false
		for _, have := range ks {
			dup = dup || have == k
		}
		if !dup {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}

// jsonlScanFlat is the fast path of the JSONL parser: one pass over a flat JSON object whose
// keys have no escapes and whose values are strings, numbers, true, false or null — every
// article and curated-fact line in practice. It appends the members to kv without copying
// and reports ok=false for anything else (arrays, nested objects, escaped keys, invalid
// JSON), which the caller hands to encoding/json. It never accepts what encoding/json would
// reject; FuzzJSONLLine checks that both paths agree.
func jsonlScanFlat(line []byte, kv []jsonlKV) ([]jsonlKV, bool) {
	i := jsonlSkipWS(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil, false
	}
	i = jsonlSkipWS(line, i+1)
	if i < len(line) && line[i] == '}' {
		return kv, jsonlSkipWS(line, i+1) == len(line)
	}
	for {
		if i >= len(line) || line[i] != '"' {
			return nil, false
		}
		end, esc, ok := jsonlScanString(line, i)
		if !ok || esc {
			return nil, false
		}
		key := line[i+1 : end-1]
		i = jsonlSkipWS(line, end)
		if i >= len(line) || line[i] != ':' {
			return nil, false
		}
		i = jsonlSkipWS(line, i+1)
		if i >= len(line) {
			return nil, false
		}
		start := i
		switch c := line[i]; {
		case c == '"':
			if i, _, ok = jsonlScanString(line, i); !ok {
				return nil, false
			}
		case c == '-' || c >= '0' && c <= '9':
			if i, ok = jsonlScanNumber(line, i); !ok {
				return nil, false
			}
		case jsonlHasLiteral(line[i:], "true"):
			i += 4
		case jsonlHasLiteral(line[i:], "false"):
			i += 5
		case jsonlHasLiteral(line[i:], "null"):
			i += 4
		default:
			return nil, false
		}
		kv = append(kv, jsonlKV{key: key, raw: line[start:i]})
		i = jsonlSkipWS(line, i)
		if i >= len(line) {
			return nil, false
		}
		switch line[i] {
		case ',':
			i = jsonlSkipWS(line, i+1)
		case '}':
			return kv, jsonlSkipWS(line, i+1) == len(line)
		default:
			return nil, false
		}
	}
}

func jsonlSkipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func jsonlHasLiteral(b []byte, lit string) bool {
	return len(b) >= len(lit) && string(b[:len(lit)]) == lit
}

// jsonlScanString scans the string starting at b[i] == '"' and returns the index just past
// its closing quote and whether it holds escapes.
func jsonlScanString(b []byte, i int) (end int, esc bool, ok bool) {
	for j := i + 1; j < len(b); j++ {
		c := b[j]
		switch {
		case c == '"':
			return j + 1, esc, true
		case c < 0x20:
			return 0, false, false
		case c == '\\':
			esc = true
			j++
			if j >= len(b) {
				return 0, false, false
			}
			switch b[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if j+4 >= len(b) {
					return 0, false, false
				}
				for _, h := range b[j+1 : j+5] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return 0, false, false
					}
				}
				j += 4
			default:
				return 0, false, false
			}
		}
	}
	return 0, false, false
}

// jsonlScanNumber scans a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func jsonlScanNumber(b []byte, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i
	}
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = digits(i)
	default:
		return 0, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return 0, false
		}
		i = j
	}
	return i, true
}
