package graph_test

import (
	"regexp"
	"testing"

	"github.com/entente-kg/entente/graph"
)

// TestPredicateCodesSpeakTheFieldsLanguage pins the CAMEO and PLOVER codes on each edge
// type: a code must be one the field uses, or empty, never an approximation.
func TestPredicateCodesSpeakTheFieldsLanguage(t *testing.T) {
	want := map[string][2]string{ // predicate → CAMEO, PLOVER
		"signed":        {"057", "AGREE"},
		"ratified":      {"057", "AGREE"},
		"violated":      {"", "REJECT"},
		"mediated":      {"045", "CONSULT"},
		"met_with":      {"040", "CONSULT"},
		"struck":        {"195", "FIGHT"},
		"attacked":      {"190", "FIGHT"},
		"annexed":       {"192", ""},
		"sanctioned":    {"163", "SANCTION"},
		"withdrew_from": {"", "RETREAT"},
	}
	plover := map[string]bool{"": true, "AGREE": true, "CONSULT": true, "SUPPORT": true,
		"CONCEDE": true, "COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
		"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true, "SANCTION": true,
		"MOBILIZE": true, "COERCE": true, "ASSAULT": true, "FIGHT": true, "DEMAND": true,
		"DISAPPROVE": true, "INVESTIGATE": true}
	cameo := regexp.MustCompile(`^(|[0-2][0-9]{2,3})$`) // three or four digits, 010–204x
	for _, p := range graph.Predicates() {
		t.Run(p.Name, func(t *testing.T) {
			if !cameo.MatchString(p.CAMEO) {
				t.Errorf("CAMEO %q is not a CAMEO event code", p.CAMEO)
			}
			if !plover[p.PLOVER] {
				t.Errorf("PLOVER %q is not a PLOVER category", p.PLOVER)
			}
			if w, ok := want[p.Name]; ok && (p.CAMEO != w[0] || p.PLOVER != w[1]) {
				t.Errorf("codes %q/%q, want %q/%q", p.CAMEO, p.PLOVER, w[0], w[1])
			}
		})
	}
}
