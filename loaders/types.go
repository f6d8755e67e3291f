package loaders

import "github.com/entente-kg/entente/graph"

// CONTRACT FILE: the intermediate representation shared by the pipeline stages
// (segment → sentences → mentions → resolve → relations → facts). Stages may add fields.

// Page is one input file or JSONL record before segmentation.
type Page struct {
	Name      string // file name or JSONL id; becomes Document.Name
	Text      string
	Title     string // known title (JSONL), "" for scraped pages
	Source    string
	Published string // ISO-partial date, "" when unknown
	URL       string
	// Single says Text is one article already (a JSONL record, an API ingest), not a scraped
	// page: the segmenter keeps it whole instead of looking for articles and furniture.
	Single bool
}

// Section is one article found on a page by the Segmenter.
type Section struct {
	Title     string
	Source    string
	Author    string // from a "By …" byline, "" when none
	Published string
	Headings  []string // in-article headings
	Body      string   // the article text (headings kept as their own lines)
}

// Token is one word or punctuation mark with its byte span in the article body.
type Token struct {
	Text  string
	Tag   string // Penn Treebank POS tag
	Start int
	End   int
}

// Sentence is a run of tokens with its byte span in the article body.
type Sentence struct {
	Text   string
	Start  int
	End    int
	Tokens []Token
}

// MentionRole says how a mention names its entity; resolution and relations use it.
type MentionRole string

// Mention roles.
const (
	RoleName    MentionRole = "name"    // a proper name or alias: "Vladimir Putin", "UK"
	RoleDemonym MentionRole = "demonym" // "Russian"
	RoleMetonym MentionRole = "metonym" // "the Kremlin", "Moscow" acting for a state
	RoleTitle   MentionRole = "title"   // a role description: "the Russian leader"
	RolePronoun MentionRole = "pronoun" // "he", "they", "it"
	RoleAnaphor MentionRole = "anaphor" // "the city", "the deal", "the terms"
)

// Mention is one span of a sentence that names an entity.
type Mention struct {
	Text       string
	Start, End int // byte span in the article body
	Sentence   int // index into Document.Sentences
	TokStart   int // first token index in the sentence
	TokEnd     int // one past the last token index
	Kind       graph.Kind
	Role       MentionRole
	Entity     int // index into Document.Entities after resolution; -1 before
	// Canonical is the name the mention stands for when known before resolution: the
	// gazetteer's canonical name, the name without honorific, or a role's holder once resolved.
	Canonical string
	// Title is the office or role tied to the mention: "foreign minister" in "foreign minister
	// Sergey Lavrov", "leader" in "the Russian leader".
	Title string
	// Of is the canonical name of the state or organization the title belongs to ("Russia" in
	// "the Russian leader", "NATO" in "NATO general-secretary Mark Rutte"), "" when unknown.
	Of string
}

// Entity is one resolved real-world thing named in a document.
type Entity struct {
	Name     string // canonical
	Kind     graph.Kind
	Aliases  []string
	Props    map[string]string // e.g. "iso" for states
	Mentions []int             // indexes into Document.Mentions
}

// Fact is one extracted relation between two entities, with its evidence.
type Fact struct {
	Subject     string // canonical name
	SubjectKind graph.Kind
	Predicate   string
	Object      string
	ObjectKind  graph.Kind
	Date        string // ISO-partial
	Modality    graph.Modality
	ClaimedBy   string // canonical name of the claimant, for alleged facts
	Confidence  float64
	Rule        string
	Evidence    string // the sentence text
	Start, End  int    // byte span of the sentence in the article body
}

// Document is one article after the pipeline ran.
type Document struct {
	Name      string // the input's name (file name or JSONL id), printed as "article"
	Article   graph.Article
	Sentences []Sentence
	Mentions  []Mention
	Entities  []Entity
	Facts     []Fact
}
