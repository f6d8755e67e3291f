package reliability

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// article is one generated news article, in the JSONL shape `entente load` reads and the
// ArticleInput shape ingestArticles takes.
type article struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Text      string `json:"text"`
}

// corpus is a deterministic set of articles and curated fact lines.
type corpus struct {
	Articles []article
	Facts    []map[string]string
}

// newCorpus generates n articles from sentence templates over real state, leader and
// agreement names (so the extractor finds facts in them), plus curated fact lines. The same
// seed always gives the same corpus; every article text is unique, so every article is a
// distinct graph article.
func newCorpus(n int, seed uint64) corpus {
	states := []string{"France", "Germany", "Russia", "Ukraine", "Poland", "Turkey", "Qatar", "Egypt",
		"Israel", "Iran", "China", "India", "Japan", "Brazil", "Norway", "Sweden", "Finland", "Canada",
		"Mexico", "Italy", "Spain"}
	capitals := map[string]string{"France": "Paris", "Germany": "Berlin", "Russia": "Moscow", "Ukraine": "Kyiv",
		"Poland": "Warsaw", "Turkey": "Ankara", "Qatar": "Doha", "Egypt": "Cairo", "Israel": "Jerusalem",
		"Iran": "Tehran", "China": "Beijing", "India": "New Delhi", "Japan": "Tokyo", "Brazil": "Brasilia",
		"Norway": "Oslo", "Sweden": "Stockholm", "Finland": "Helsinki", "Canada": "Ottawa",
		"Mexico": "Mexico City", "Italy": "Rome", "Spain": "Madrid"}
	agreements := []string{"New START", "Treaty on Open Skies", "Chemical Weapons Convention",
		"Arms Trade Treaty", "Joint Comprehensive Plan of Action", "Intermediate-Range Nuclear Forces Treaty",
		"Comprehensive Nuclear-Test-Ban Treaty", "Ottawa Treaty", "Minsk Agreements", "Budapest Memorandum"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	templates := []string{
		"In {month} {year}, {A} signed the {G} alongside {B}, officials said on {day}.",
		"{A} violated the {G}, the foreign ministry of {B} said on {day}.",
		"{A} mediated talks between {B} and {C} in {capA}.",
		"The president of {A} met with the prime minister of {B} in {capB} on {day}.",
		"{A} accused {B} of breaching the {G} in {month} {year}.",
		"Missiles launched by {A} struck {capB} overnight, killing {k} people.",
		"{A} and {B} held talks in {capC} about the {G}.",
		"Diplomats from {C} said {A} would sign the {G} with {B} next {month}.",
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	three := func() (string, string, string) {
		i := rng.IntN(len(states))
		j := (i + 1 + rng.IntN(len(states)-1)) % len(states)
		k := rng.IntN(len(states))
		for k == i || k == j {
			k = (k + 1) % len(states)
		}
		return states[i], states[j], states[k]
	}
	var c corpus
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Dispatch %04d from the reliability desk.\n", i)
		for range 3 + rng.IntN(4) {
			a, b, cc := three()
			s := strings.NewReplacer(
				"{A}", a, "{B}", b, "{C}", cc, "{G}", pick(agreements),
				"{capA}", capitals[a], "{capB}", capitals[b], "{capC}", capitals[cc],
				"{month}", pick(months), "{year}", fmt.Sprint(2000+rng.IntN(25)),
				"{day}", pick(days), "{k}", fmt.Sprint(2+rng.IntN(40)),
			).Replace(pick(templates))
			sb.WriteString(s)
			sb.WriteString(" ")
		}
		c.Articles = append(c.Articles, article{
			ID:        fmt.Sprintf("dispatch-%04d", i),
			Title:     fmt.Sprintf("Dispatch %04d", i),
			Source:    "Reliability Wire",
			Published: fmt.Sprintf("20%02d-%02d-%02d", 10+rng.IntN(15), 1+rng.IntN(12), 1+rng.IntN(28)),
			URL:       fmt.Sprintf("https://example.org/dispatch/%04d", i),
			Text:      strings.TrimSpace(sb.String()),
		})
	}
	preds := []string{"signed", "violated", "mediated"}
	for i := range n / 10 {
		a, b, _ := three()
		f := map[string]string{"subject": a, "subject_kind": "State", "predicate": preds[i%len(preds)],
			"object": pick(agreements), "object_kind": "Agreement", "date": fmt.Sprint(2000 + rng.IntN(25)),
			"evidence": fmt.Sprintf("Curated note %d: %s and %s.", i, a, b)}
		if i%7 == 0 {
			// no kinds: the loader resolves the ends against what is stored
			delete(f, "subject_kind")
			delete(f, "object_kind")
		}
		c.Facts = append(c.Facts, f)
	}
	return c
}

// writeTo writes the corpus as DIR/articles.jsonl and DIR/facts.jsonl (walked in that order).
func (c corpus) writeTo(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, n int, line func(i int) any) {
		var sb strings.Builder
		for i := range n {
			b, err := json.Marshal(line(i))
			if err != nil {
				t.Fatal(err)
			}
			sb.Write(b)
			sb.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("articles.jsonl", len(c.Articles), func(i int) any { return c.Articles[i] })
	write("facts.jsonl", len(c.Facts), func(i int) any { return c.Facts[i] })
}
