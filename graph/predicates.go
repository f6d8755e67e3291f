package graph

import "slices"

// Predicate describes one edge type: its name, whether it is symmetric, and the codes the
// event-data field (CAMEO, PLOVER) uses for it.
type Predicate struct {
	Name      string
	Symmetric bool   // met_with: A met_with B is the same fact as B met_with A
	CAMEO     string // CAMEO event code, "" when none fits
	PLOVER    string // PLOVER event category, "" when none fits
	Doc       string
}

// Predicates returns the edge types Entente stores, in a fixed order, as a copy the caller
// may change. They are the graph's schema, like the kinds; the words that express them live
// in data/ with the loaders.
func Predicates() []Predicate { return slices.Clone(predicateTable) }

// predicateTable is built once and never changed: LookupPredicate and EdgeID run for every
// edge a loader makes, and rebuilding the list each time cost up to 45 % of a batch.
var predicateTable = predicates()

// The codes follow CAMEO 1.1b3 and the PLOVER categories of the OEDA gold-standard records
// (../shared/plover): mediation is CONSULT there, and shelling, air strikes and invasion are
// FIGHT (ASSAULT is bombs, torture and assassination by irregular means). CAMEO has no
// general code for breaking an agreement (196 is ceasefires only), and no PLOVER category
// is annexation, so those stay empty rather than approximate.
func predicates() []Predicate {
	return []Predicate{
		{Name: "signed", CAMEO: "057", PLOVER: "AGREE", Doc: "an actor signed an agreement"},
		{Name: "violated", CAMEO: "", PLOVER: "REJECT", Doc: "an actor broke the terms of an agreement"},
		{Name: "mediated", CAMEO: "045", PLOVER: "CONSULT", Doc: "an actor mediated or brokered an agreement or talks"},
		{Name: "struck", CAMEO: "195", PLOVER: "FIGHT", Doc: "an actor hit a target with aerial or long-range weapons"},
		{Name: "attacked", CAMEO: "190", PLOVER: "FIGHT", Doc: "an actor used force against another"},
		{Name: "annexed", CAMEO: "192", PLOVER: "", Doc: "a state annexed territory"},
		{Name: "met_with", Symmetric: true, CAMEO: "040", PLOVER: "CONSULT", Doc: "two actors met in person"},
		{Name: "invoked", CAMEO: "", PLOVER: "", Doc: "an actor invoked a clause or agreement"},
		{Name: "led", CAMEO: "", PLOVER: "", Doc: "an actor led an organization or coalition"},
		{Name: "represents", CAMEO: "", PLOVER: "", Doc: "a person speaks or acts for a state or organization"},
		{Name: "withdrew_from", CAMEO: "", PLOVER: "RETREAT", Doc: "an actor withdrew from an agreement or organization"},
		{Name: "ratified", CAMEO: "057", PLOVER: "AGREE", Doc: "an actor ratified an agreement"},
		{Name: "sanctioned", CAMEO: "163", PLOVER: "SANCTION", Doc: "an actor imposed sanctions on another"},
		{Name: "located_in", CAMEO: "", PLOVER: "", Doc: "an attack or place lies in a place"},
		{Name: "mentions", CAMEO: "", PLOVER: "", Doc: "an article names an entity"},
	}
}

// LookupPredicate returns the predicate named name, or ErrUnknownPredicate.
func LookupPredicate(name string) (Predicate, error) {
	if p := lookupPredicate(name); p != nil {
		return *p, nil
	}
	return Predicate{}, &UnknownError{What: "predicate", Value: name, err: ErrUnknownPredicate}
}

// lookupPredicate returns the table entry named name, or nil; a scan of 15 short strings is
// as fast as a map lookup and needs no mutable state.
func lookupPredicate(name string) *Predicate {
	for i := range predicateTable {
		if predicateTable[i].Name == name {
			return &predicateTable[i]
		}
	}
	return nil
}
