package loaders

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzJSONLName checks jsonlName's short ways against the step-by-step checks: for any JSON
// value, given or missing, both give the same name or the same error.
func FuzzJSONLName(f *testing.F) {
	for _, raw := range []string{`"Actor Person 46"`, `"Ünïcode"`, `" padded "`, `"tab\there"`, `"esc\"aped"`, `""`,
		`null`, `12`, `"` + strings.Repeat("a", 20) + `"`, `"` + strings.Repeat("a", 21) + `"`, `"del` + "\x7f" + `"`,
		`"nul` + "\x00" + `"`, `"` + "\x85" + `"`, `"unterminated`, `"`, `"a"x`} {
		f.Add([]byte(raw), true)
		f.Add([]byte(raw), false)
	}
	f.Fuzz(func(t *testing.T, raw []byte, required bool) {
		if !json.Valid(raw) || len(bytes.TrimSpace(raw)) != len(raw) {
			return // the parser hands on only a value's exact JSON
		}
		const max = 20
		// The field given, and the field missing (the line has another).
		for _, key := range []string{"subject", "object"} {
			m := jsonlObj{kv: []jsonlKV{{key: []byte(key), raw: raw}}}
			got, gerr := jsonlName(m, "subject", required, max)
			want, werr := jsonlNameChecked(m, "subject", required, max)
			if got != want || (gerr == nil) != (werr == nil) || gerr != nil && *gerr != *werr {
				t.Fatalf("%s %q: jsonlName gives %q, %v; the checked path %q, %v", key, raw, got, gerr, want, werr)
			}
		}
	})
}
