package loaders

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/entente-kg/entente/graph"
)

// EntityLine is one entity line of `entente extract` output.
type EntityLine struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Article string `json:"article"`
}

// FactLine is one fact line of `entente extract` output: the contract score_facts.py reads.
// subject_kind and object_kind are extra (the scorer ignores them) so that the output loads
// back with `entente load` as curated facts.
type FactLine struct {
	Subject     string  `json:"subject"`
	Predicate   string  `json:"predicate"`
	Object      string  `json:"object"`
	Date        string  `json:"date"`
	Evidence    string  `json:"evidence"`
	Article     string  `json:"article"`
	Confidence  float64 `json:"confidence"`
	Modality    string  `json:"modality,omitempty"` // only when not asserted
	SubjectKind string  `json:"subject_kind,omitempty"`
	ObjectKind  string  `json:"object_kind,omitempty"`
}

// outputKind ranks the kinds printed as entity lines: the ones gold files annotate. Attack
// nodes are events, reported through their flattened facts.
func outputKind(k graph.Kind) (int, bool) {
	switch k {
	case graph.KindPerson:
		return 0, true
	case graph.KindState:
		return 1, true
	case graph.KindOrganization:
		return 2, true
	case graph.KindAgreement:
		return 3, true
	case graph.KindPlace:
		return 4, true
	}
	return 0, false
}

// WriteJSONL prints doc as `entente extract` output: first its entity lines, one per distinct
// (name, kind) of kind Person, State, Organization, Agreement or Place, ordered by kind then
// name; then its fact lines in text order (sentence start, then subject, predicate, object).
// "article" is doc.Name. The order depends only on doc, so output is reproducible.
func WriteJSONL(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false) // names like "AT&T" stay readable; JSON needs no escaping here

	type ent struct {
		rank int
		line EntityLine
	}
	var ents []ent
	seen := make(map[EntityLine]bool)
	for _, e := range doc.Entities {
		rank, ok := outputKind(e.Kind)
		if !ok || e.Name == "" {
			continue
		}
		l := EntityLine{Name: e.Name, Kind: string(e.Kind), Article: doc.Name}
		if seen[l] {
			continue
		}
		seen[l] = true
		ents = append(ents, ent{rank, l})
	}
	sort.Slice(ents, func(i, j int) bool {
		if ents[i].rank != ents[j].rank {
			return ents[i].rank < ents[j].rank
		}
		return ents[i].line.Name < ents[j].line.Name
	})
	for _, e := range ents {
		if err := enc.Encode(e.line); err != nil {
			return fmt.Errorf("write entity line: %w", err)
		}
	}

	facts := make([]int, len(doc.Facts))
	for i := range facts {
		facts[i] = i
	}
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := &doc.Facts[facts[i]], &doc.Facts[facts[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Object < b.Object
	})
	for _, i := range facts {
		f := &doc.Facts[i]
		l := FactLine{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object, Date: f.Date,
			Evidence: f.Evidence, Article: doc.Name, Confidence: f.Confidence,
			SubjectKind: string(f.SubjectKind), ObjectKind: string(f.ObjectKind)}
		if f.Modality != "" && f.Modality != graph.Asserted {
			l.Modality = string(f.Modality)
		}
		if err := enc.Encode(l); err != nil {
			return fmt.Errorf("write fact line: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write extract output: %w", err)
	}
	return nil
}
