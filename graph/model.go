package graph

import "time"

// Kind says what a node stands for.
type Kind string

// The node kinds Entente knows.
const (
	KindPerson       Kind = "Person"
	KindState        Kind = "State"
	KindOrganization Kind = "Organization"
	KindAgreement    Kind = "Agreement"
	KindAttack       Kind = "Attack"
	KindPlace        Kind = "Place"
	KindArticle      Kind = "Article"
)

// Kinds lists every node kind in a fixed order.
func Kinds() []Kind {
	return []Kind{KindPerson, KindState, KindOrganization, KindAgreement, KindAttack, KindPlace, KindArticle}
}

// ParseKind returns the Kind named by s (case-insensitive) or ErrUnknownKind.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds() {
		if equalFold(string(k), s) {
			return k, nil
		}
	}
	return "", &UnknownError{What: "kind", Value: s, err: ErrUnknownKind}
}

// Node is one real-world thing: a person, state, organization, agreement, attack, place or article.
type Node struct {
	// ID is stable: NodeID(Kind, Name) — the same kind and canonical name always give the same id.
	ID      string            `json:"id"`
	Kind    Kind              `json:"kind"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases,omitempty"`
	Props   map[string]string `json:"props,omitempty"` // typed by convention: "iso" (ISO 3166 alpha-3), "date" (ISO-partial), "killed", "injured", "weapons", ...
}

// Modality says how strongly the text asserts a fact.
type Modality string

// Modalities, strongest first.
const (
	Asserted Modality = "asserted"
	Alleged  Modality = "alleged"
	Planned  Modality = "planned"
)

// Evidence is one sentence that supports an edge.
type Evidence struct {
	Article    string   `json:"article"`        // article id
	Sentence   string   `json:"sentence"`       // the sentence text
	Start      int      `json:"start"`          // byte offset of the sentence in the article text
	End        int      `json:"end"`            // byte offset just past the sentence
	Rule       string   `json:"rule,omitempty"` // id of the extraction rule, or "curated"
	Confidence float64  `json:"confidence"`     // 0..1
	Date       string   `json:"date,omitempty"` // ISO-partial date the sentence gives the fact
	Modality   Modality `json:"modality,omitempty"`
	ClaimedBy  string   `json:"claimed_by,omitempty"` // node id of who alleges it, for Alleged
}

// Edge is one fact: Source —Type→ Target. The same (Source, Type, Target) is always one edge;
// a repeated fact adds Evidence to it.
type Edge struct {
	ID       string     `json:"id"` // stable: EdgeID(Source, Type, Target)
	Source   string     `json:"source"`
	Type     string     `json:"type"` // a predicate, see Predicates
	Target   string     `json:"target"`
	Date     string     `json:"date,omitempty"`     // earliest ISO-partial date among its evidence
	Place    string     `json:"place,omitempty"`    // node id of a Place, when known
	Modality Modality   `json:"modality,omitempty"` // strongest modality among its evidence
	Evidence []Evidence `json:"evidence,omitempty"`
	// Retracted marks a fact withdrawn by a curator; stores hide it unless asked.
	Retracted     bool   `json:"retracted,omitempty"`
	RetractReason string `json:"retract_reason,omitempty"`
	// OtherName and OtherKind are the canonical name and kind of the far end as seen from
	// the node a Store.Edges query started at (Target for out-edges, Source for in-edges).
	// The index stores them with the edge (canonical names never change), so a 1-hop answer
	// like `violated { name }` needs no node reads. Empty from Store.Edge.
	OtherName string `json:"-"`
	OtherKind Kind   `json:"-"`
}

// Support is the number of evidence entries behind the edge.
func (e *Edge) Support() int { return len(e.Evidence) }

// Article is one news article. Its ID is a hash of its text, so loading it twice is a no-op.
type Article struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Source    string    `json:"source,omitempty"`
	Published string    `json:"published,omitempty"` // ISO-partial date
	URL       string    `json:"url,omitempty"`
	Text      string    `json:"text"`
	LoadedAt  time.Time `json:"loaded_at,omitempty"`
}
