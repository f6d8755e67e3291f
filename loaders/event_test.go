package loaders_test

import (
	"strings"
	"testing"

	"github.com/entente-kg/entente/graph"
)

func TestAttackEventsBecomeEntitiesAndStruckFacts(t *testing.T) {
	text := "Air raid sirens sounded across Kharkiv on Sunday. " +
		"Three Russian cruise missiles struck the city, and two people were killed and five were injured."
	got, docs := relFacts(t, text, "2024-05-20", "struck")
	if want := []string{"Russia|struck|Kharkiv"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("struck facts = %q, want %q", got, want)
	}
	var attacks []string
	for _, e := range docs[0].Entities {
		if e.Kind != graph.KindAttack {
			continue
		}
		attacks = append(attacks, e.Name)
		for k, want := range map[string]string{"attacker": "Russia", "targets": "Kharkiv", "place": "Kharkiv",
			"killed": "2", "injured": "5", "weapons": "cruise missiles"} {
			if e.Props[k] != want {
				t.Errorf("attack prop %s = %q, want %q", k, e.Props[k], want)
			}
		}
	}
	if len(attacks) != 1 || !strings.HasPrefix(attacks[0], "Russia strike on Kharkiv") {
		t.Errorf("attack entities = %q, want one named after Russia and Kharkiv", attacks)
	}
}

func TestFactsCarryDateEvidenceAndModality(t *testing.T) {
	text := "Talks dragged on for weeks. In December 1994, Ukraine signed the Budapest Memorandum in Hungary. " +
		"Kyiv accused Russia of violating the Budapest Memorandum on Monday."
	_, docs := relFacts(t, text, "2025-08-21", "signed", "violated")
	doc := docs[0]
	type want struct{ date, modality, claimedBy string }
	wants := map[string]want{
		"Ukraine|signed|Budapest Memorandum":  {"1994-12", string(graph.Asserted), ""},
		"Russia|violated|Budapest Memorandum": {"2025-08-18", string(graph.Alleged), "Ukraine"},
	}
	seen := 0
	for _, f := range doc.Facts {
		w, ok := wants[f.Subject+"|"+f.Predicate+"|"+f.Object]
		if !ok {
			continue
		}
		seen++
		if f.Date != w.date || string(f.Modality) != w.modality || f.ClaimedBy != w.claimedBy {
			t.Errorf("%s %s %s: date %q modality %q claimed by %q; want %q %q %q", f.Subject, f.Predicate, f.Object,
				f.Date, f.Modality, f.ClaimedBy, w.date, w.modality, w.claimedBy)
		}
		if doc.Article.Text[f.Start:f.End] != f.Evidence || !strings.Contains(f.Evidence, f.Object) {
			t.Errorf("evidence %q is not the sentence at [%d,%d)", f.Evidence, f.Start, f.End)
		}
		if f.Rule == "" {
			t.Errorf("fact %+v has no rule", f)
		}
	}
	if seen != len(wants) {
		t.Errorf("found %d of the %d expected facts: %+v", seen, len(wants), doc.Facts)
	}
}

func TestFollowingDayTakesThePreviousSentencesDate(t *testing.T) {
	text := "Norway signed the Oslo Accords on 13 September 1993. The following day, Denmark signed the Oslo Accords."
	_, docs := relFacts(t, text, "1993-09-20", "signed")
	dates := map[string]string{}
	for _, f := range docs[0].Facts {
		dates[f.Subject] = f.Date
	}
	if dates["Norway"] != "1993-09-13" || dates["Denmark"] != "1993-09-14" {
		t.Errorf("dates = %v, want Norway 1993-09-13 and Denmark 1993-09-14", dates)
	}
}

func FuzzRelationPipeline(f *testing.F) {
	for _, s := range []string{
		"In December 1994, Ukraine signed the Budapest Memorandum alongside the UK, US, and Russia.",
		"Mediated by France and Germany, they promised a ceasefire, but were repeatedly violated.",
		"the the the , , and and ' 's ( ) which who by by by",
		"He met his Ukrainian counterpart. The two leaders signed it.",
		"\x00\xff Russia's annexation of of of",
	} {
		f.Add(s, "2025-08-21")
	}
	p := relPipeline(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		if len(text) > 4096 {
			return
		}
		_, _ = relFactsFrom(t, p, text, published)
	})
}
