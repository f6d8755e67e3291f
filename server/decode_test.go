package server

import (
	"encoding/json"
	"reflect"
	"testing"
)

// decodeCases are request bodies, and whether decodeSimple decodes them itself.
var decodeCases = []struct {
	name   string
	body   string
	simple bool
}{
	{"peerbench's body", `{"query":"query($n: String!) { actor(name: $n) { name } }","variables":{"n":"Actor State 0"}}`, true},
	{"white space and every key", " {\n\t\"operationName\" : \"Q\" ,\r\n \"query\":\"query Q { stats { nodes } }\", \"variables\": {} } \n", true},
	{"numbers, booleans and null", `{"query":"x","variables":{"a":-0.5e+3,"b":0,"c":12,"d":true,"e":false,"f":null,"g":1E2}}`, true},
	{"nulls leave fields unset", `{"query":null,"operationName":null,"variables":null}`, true},
	{"empty object", `{}`, true},
	{"UTF-8", `{"query":"{ actor(name: \u0022x\u0022) { name } }","variables":{"n":"Zürich – Київ"}}`, false},
	{"raw UTF-8", `{"query":"q","variables":{"n":"Zürich – Київ"}}`, true},
	{"escape in a string", `{"query":"a\"b"}`, false},
	{"invalid UTF-8", "{\"query\":\"\xff\"}", false},
	{"control character", "{\"query\":\"a\tb\"}", false},
	{"nested variable", `{"query":"q","variables":{"f":{"a":1}}}`, false},
	{"list variable", `{"query":"q","variables":{"k":["PLACE"]}}`, false},
	{"unknown key", `{"query":"q","extensions":{}}`, false},
	{"key in another case", `{"Query":"q"}`, false},
	{"repeated key", `{"query":"a","query":"b"}`, false},
	{"repeated variable", `{"query":"q","variables":{"n":"a","n":"b"}}`, false},
	{"trailing comma", `{"query":"q",}`, false},
	{"trailing data", `{"query":"q"} x`, false},
	{"batch", `[{"query":"q"}]`, false},
	{"query not a string", `{"query":5}`, false},
	{"variables not an object", `{"query":"q","variables":"n"}`, false},
	{"leading zero", `{"query":"q","variables":{"n":01}}`, false},
	{"bare minus", `{"query":"q","variables":{"n":-}}`, false},
	{"number out of range", `{"query":"q","variables":{"n":1e400}}`, false},
	{"unterminated", `{"query":"q"`, false},
	{"empty", ``, false},
}

// TestDecodeSimpleAgreesWithEncodingJSON checks which bodies the simple decoder takes and
// that it then gives exactly what encoding/json gives.
func TestDecodeSimpleAgreesWithEncodingJSON(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := decodeSimple([]byte(tc.body))
			if ok != tc.simple {
				t.Fatalf("decoded itself = %v, want %v", ok, tc.simple)
			}
			if ok {
				checkSameAsJSON(t, []byte(tc.body), got)
			}
		})
	}
}

func checkSameAsJSON(t *testing.T, body []byte, got gqlRequest) {
	t.Helper()
	var want gqlRequest
	if err := json.Unmarshal(body, &want); err != nil {
		t.Fatalf("decodeSimple took %q, which encoding/json refuses: %v", body, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: decodeSimple %#v, encoding/json %#v", body, got, want)
	}
}

// FuzzDecodeSimple checks that whatever the simple decoder takes, encoding/json takes too and
// decodes to the same request.
func FuzzDecodeSimple(f *testing.F) {
	for _, tc := range decodeCases {
		f.Add([]byte(tc.body))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if got, ok := decodeSimple(body); ok {
			checkSameAsJSON(t, body, got)
		}
	})
}
