package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"strings"

	"github.com/entente-kg/entente/graph"
	"github.com/entente-kg/entente/loaders"
)

// Syllables and words the names are built from: invented, so no real person, body or treaty
// is named. States are the exception: they come from the knowledge table countries.tsv,
// because the loaders only recognise states they know.
var (
	nameSyllables = []string{"var", "kel", "os", "mar", "dren", "tal", "vi", "nor", "bre", "ko", "sal", "ul",
		"dan", "me", "rik", "ha", "lo", "sten", "ar", "vel", "zo", "ten", "ga", "mir", "est", "lan", "qui", "ber",
		"do", "ras", "fen", "il"}
	givenNames = []string{"Elena", "Tomas", "Anna", "Pavel", "Marta", "Jonas", "Irena", "Karim", "Lucia", "Omar",
		"Sofia", "Viktor", "Nadia", "Henrik", "Amara", "Diego", "Leila", "Stefan", "Yara", "Mateo", "Ingrid",
		"Rafael", "Zeynep", "Anders", "Mina", "Kofi", "Ivana", "Luca", "Farida", "Nikolai"}
	orgWords1 = []string{"Northern", "Eastern", "Western", "Southern", "Central", "Coastal", "Highland",
		"Continental", "Maritime", "United"}
	orgWords2 = []string{"Security", "Trade", "Defence", "Energy", "Water", "Border", "Grain", "Transit",
		"Fisheries", "Monetary"}
	orgWords3 = []string{"Council", "Union", "Commission", "Alliance", "Authority", "Forum", "Organization",
		"Community"}
	agreementShapes = []string{"%s Agreement", "Treaty of %s", "%s Accord", "%s Memorandum", "%s Protocol",
		"%s Convention", "%s Ceasefire Agreement"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	fillers  = []string{
		"Officials declined to comment on the details of the talks.",
		"Markets reacted calmly to the announcement.",
		"The negotiations lasted for several weeks.",
		"Analysts said the move was widely expected.",
		"A spokesperson said further meetings were planned.",
		"Observers described the atmosphere as tense but constructive.",
		"The text of the document has not been published.",
		"Critics warned that implementation would be difficult.",
	}
	sources = []string{"Daily Courier", "Evening Ledger", "Wire Service", "Continental Times"}
)

// Generator makes a deterministic synthetic corpus and graph: the same seed gives the same
// articles, facts and question names.
type Generator struct {
	seed   int64
	states []string
}

// NewGenerator returns a generator for seed. knowledge holds countries.tsv (data.Knowledge()),
// whose state names the articles use.
func NewGenerator(seed int64, knowledge fs.FS) (*Generator, error) {
	rows, err := loaders.ReadTable(knowledge, "countries.tsv", 1)
	if err != nil {
		return nil, fmt.Errorf("bench: reading the state names: %w", err)
	}
	g := &Generator{seed: seed}
	for _, r := range rows {
		g.states = append(g.states, r.Field(0))
	}
	if len(g.states) < 2 {
		return nil, fmt.Errorf("bench: countries.tsv names %d states, want at least 2", len(g.states))
	}
	return g, nil
}

// word spells i in base len(nameSyllables) with at least n syllables, capitalised: distinct i
// give distinct words, so every generated name is unique.
func word(i, n int) string {
	var b strings.Builder
	for k := 0; k < n || i > 0; k++ {
		b.WriteString(nameSyllables[i%len(nameSyllables)])
		i /= len(nameSyllables)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// PersonName is the i-th person: a given name and an invented surname.
func PersonName(i int) string {
	return givenNames[i%len(givenNames)] + " " + word(i/len(givenNames)+7, 2) + "ov"
}

// OrganizationName is the i-th organization.
func OrganizationName(i int) string {
	base := orgWords1[i%len(orgWords1)] + " " + orgWords2[(i/len(orgWords1))%len(orgWords2)] + " " +
		orgWords3[(i/(len(orgWords1)*len(orgWords2)))%len(orgWords3)]
	if n := i / (len(orgWords1) * len(orgWords2) * len(orgWords3)); n > 0 {
		return base + " of " + word(n, 2)
	}
	return base
}

// AgreementName is the i-th agreement.
func AgreementName(i int) string {
	return fmt.Sprintf(agreementShapes[i%len(agreementShapes)], word(i/len(agreementShapes)+3, 2))
}

// PlaceName is the i-th town.
func PlaceName(i int) string { return word(i+11, 2) + "sk" }

// Article is one synthetic news article, as an `entente load` JSONL line takes it.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

// CorpusOptions sizes the text corpus.
type CorpusOptions struct {
	Articles int // how many articles
	Actors   int // persons and organizations to draw from (states come from the gazetteer)
	Treaties int // agreements to draw from
}

// Articles calls fn with each article of the corpus, in order, and stops at fn's first error.
func (g *Generator) Articles(o CorpusOptions, fn func(Article) error) error {
	r := rand.New(rand.NewSource(g.seed))
	actors, treaties := max(o.Actors, 1), max(o.Treaties, 1)
	person := func() string { return PersonName(r.Intn(actors)) }
	state := func() string { return g.states[r.Intn(len(g.states))] }
	org := func() string { return OrganizationName(r.Intn(actors)) }
	party := func() string {
		switch r.Intn(4) {
		case 0:
			return org()
		case 1:
			return person()
		}
		return state()
	}
	for i := range o.Articles {
		year := 2000 + r.Intn(26)
		month := r.Intn(12)
		date := func() string {
			switch r.Intn(3) {
			case 0:
				return fmt.Sprintf("in %s %d", months[month], year)
			case 1:
				return fmt.Sprintf("on %d %s %d", 1+r.Intn(28), months[month], year)
			}
			return "on " + weekdays[r.Intn(len(weekdays))]
		}
		a, b := state(), state()
		for b == a {
			b = state()
		}
		treaty := AgreementName(r.Intn(treaties))
		other := AgreementName(r.Intn(treaties))
		leader, envoy := person(), person()
		templates := []func() string{
			func() string { return fmt.Sprintf("%s signed the %s with %s %s.", a, treaty, b, date()) },
			func() string { return fmt.Sprintf("The %s was signed by %s and %s %s.", treaty, a, party(), date()) },
			func() string {
				return fmt.Sprintf("%s and %s signed the %s in %s.", party(), b, other, PlaceName(r.Intn(actors)))
			},
			func() string { return fmt.Sprintf("%s violated the %s, %s said %s.", b, treaty, a, date()) },
			func() string {
				return fmt.Sprintf("The %s was violated by %s in %d, according to the %s.", other, party(), year, org())
			},
			func() string { return fmt.Sprintf("%s accused %s of violating the %s.", a, b, treaty) },
			func() string { return fmt.Sprintf("%s mediated the talks that produced the %s.", party(), treaty) },
			func() string {
				return fmt.Sprintf("President %s met with Prime Minister %s in %s %s.", leader, envoy, PlaceName(r.Intn(actors)), date())
			},
			func() string {
				return fmt.Sprintf("%s forces struck the town of %s %s.", a, PlaceName(r.Intn(actors)), date())
			},
			func() string {
				return fmt.Sprintf("Missiles launched by %s hit %s, killing %d people.", b, PlaceName(r.Intn(actors)), 2+r.Intn(40))
			},
			func() string {
				return fmt.Sprintf("%s, the president of %s, said the %s remained in force.", leader, a, treaty)
			},
			func() string {
				return fmt.Sprintf("Envoys from %s and %s met in %s to discuss the %s.", a, party(), PlaceName(r.Intn(actors)), other)
			},
		}
		var text strings.Builder
		n := 5 + r.Intn(8)
		for s := range n {
			if s > 0 {
				text.WriteByte(' ')
				if r.Intn(3) == 0 {
					text.WriteString("\n\n")
				}
			}
			if r.Intn(4) == 0 {
				text.WriteString(fillers[r.Intn(len(fillers))])
				continue
			}
			text.WriteString(templates[r.Intn(len(templates))]())
		}
		art := Article{
			ID:        fmt.Sprintf("bench-%d-%d", g.seed, i),
			Title:     fmt.Sprintf("%s and %s: talks on the %s", a, b, treaty),
			Source:    sources[r.Intn(len(sources))],
			Published: fmt.Sprintf("%d-%02d-%02d", year, month+1, 1+r.Intn(28)),
			URL:       fmt.Sprintf("https://news.example/%d/%d", g.seed, i),
			Text:      text.String(),
		}
		if err := fn(art); err != nil {
			return err
		}
	}
	return nil
}

// GraphOptions sizes the synthetic graph of curated facts, shaped like peerbench's: a few
// actors take part in many facts.
type GraphOptions struct {
	Actors     int
	Agreements int
	Edges      int
}

// Fact is one curated-fact line.
type Fact struct {
	Subject     string     `json:"subject"`
	SubjectKind graph.Kind `json:"subject_kind"`
	Predicate   string     `json:"predicate"`
	Object      string     `json:"object"`
	ObjectKind  graph.Kind `json:"object_kind"`
}

// graphPredicates are the predicates of the synthetic graph; the first three point to an
// agreement, the rest to another actor.
var graphPredicates = []string{"signed", "violated", "mediated", "struck", "met_with", "attacked"}

// actor is the i-th actor of the graph: persons, states and organizations in turn. Names
// carry their index, so they are unique however many there are.
func actor(i int) (string, graph.Kind) {
	switch i % 3 {
	case 0:
		return PersonName(i / 3), graph.KindPerson
	case 1:
		return "Republic of " + word(i/3+5, 2), graph.KindState
	}
	return OrganizationName(i / 3), graph.KindOrganization
}

// Facts calls fn with each fact of the graph, in order, and stops at fn's first error. Every
// fact is a distinct edge (met_with counted once for both directions, as the store does). It keeps one 12-byte entry per edge to refuse repeats.
func (g *Generator) Facts(o GraphOptions, fn func(Fact) error) error {
	if o.Actors < 2 || o.Agreements < 1 {
		return fmt.Errorf("bench: a graph needs at least 2 actors and 1 agreement, got %d and %d", o.Actors, o.Agreements)
	}
	// Half of all possible edges at most: past that, drawing distinct ones takes long.
	if maxEdges := (o.Actors*o.Agreements*3 + o.Actors*(o.Actors-1)*3) / 2; o.Edges > maxEdges {
		return fmt.Errorf("bench: %d edges do not fit %d actors and %d agreements", o.Edges, o.Actors, o.Agreements)
	}
	r := rand.New(rand.NewSource(g.seed + 1))
	zipf := rand.NewZipf(r, 1.2, 8, uint64(o.Actors-1))
	seen := make(map[[3]int32]struct{}, o.Edges)
	for len(seen) < o.Edges {
		src := int(zipf.Uint64())
		p := r.Intn(len(graphPredicates))
		var dst int
		var f Fact
		f.Subject, f.SubjectKind = actor(src)
		f.Predicate = graphPredicates[p]
		if p < 3 {
			dst = r.Intn(o.Agreements)
			f.Object, f.ObjectKind = AgreementName(dst), graph.KindAgreement
		} else {
			dst = int(zipf.Uint64())
			if dst == src {
				continue
			}
			f.Object, f.ObjectKind = actor(dst)
		}
		k := [3]int32{int32(src), int32(p), int32(dst)}
		if graphPredicates[p] == "met_with" && dst < src {
			k[0], k[2] = k[2], k[0] // symmetric: B met A is the edge A met B
		}
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// QuestionActors returns n actor names to ask about, drawn uniformly (seeded) among the
// actors of the first `o.Actors` that have signed or violated something in Facts(o).
func (g *Generator) QuestionActors(o GraphOptions, n int) ([]string, error) {
	seen := map[string]bool{}
	var names []string
	err := g.Facts(o, func(f Fact) error {
		if (f.Predicate == "signed" || f.Predicate == "violated") && !seen[f.Subject] {
			seen[f.Subject] = true
			names = append(names, f.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return drawNames(names, g.seed, n)
}

// drawNames draws n of names, uniformly and seeded.
func drawNames(names []string, seed int64, n int) ([]string, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("bench: the graph has no signed or violated edge to ask about")
	}
	r := rand.New(rand.NewSource(seed + 2))
	out := make([]string, n)
	for i := range out {
		out[i] = names[r.Intn(len(names))]
	}
	return out, nil
}

// maxFileActors bounds the distinct subjects FileQuestionActors collects: a 10-million-line
// file need not be read to the end, since its lines come in random order.
const maxFileActors = 100_000

// FileQuestionActors is QuestionActors for a curated-fact JSONL file: n subjects of its
// signed or violated lines (of the first maxFileActors distinct ones), drawn uniformly with
// seed.
func FileQuestionActors(path string, seed int64, n int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	seen := map[string]bool{}
	var names []string
	for line := 1; len(names) < maxFileActors && sc.Scan(); line++ {
		var fact Fact
		if err := json.Unmarshal(sc.Bytes(), &fact); err != nil {
			return nil, fmt.Errorf("bench: %s:%d: %w", path, line, err)
		}
		if (fact.Predicate == "signed" || fact.Predicate == "violated") && !seen[fact.Subject] {
			seen[fact.Subject] = true
			names = append(names, fact.Subject)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bench: reading %s: %w", path, err)
	}
	return drawNames(names, seed, n)
}

// WriteJSONL writes one JSON object per line for each value fn yields.
func WriteJSONL[T any](w io.Writer, each func(func(T) error) error) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n := 0
	err := each(func(v T) error {
		n++
		return enc.Encode(v)
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}
