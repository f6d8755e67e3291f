package loaders

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/entente-kg/entente/data"
)

func TestRelationDebugTMP(t *testing.T) {
	q := os.Getenv("RELDEBUG")
	if q == "" {
		t.Skip()
	}
	p, err := NewPipeline(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(os.Getenv("RELFILE"))
	if dir := os.Getenv("RELTABLES"); dir != "" {
		p, _ = NewPipeline(data.Knowledge(), WithTableFiles(dir))
	}
	docs, _ := p.Extract(context.Background(), Page{Name: "x", Text: string(text)})
	for _, e := range docs[0].Entities {
		if e.Kind == "Person" {
			fmt.Println("ENT", e.Name, e.Props)
		}
	}
	for _, doc := range docs {
		d := newRelDoc(p.rel, &doc)
		for si := range doc.Sentences {
			s := d.sentence(si)
			if strings.Contains(s.s.Text, q) {
				for _, sl := range s.slots {
					var names []string
					for _, e := range sl.cands {
						names = append(names, doc.Entities[e].Name)
					}
					fmt.Printf("slot [%d,%d) %q role=%s ana=%s group=%v -> %v\n", sl.start, sl.end, strings.Join(s.words[sl.start:max(sl.end, sl.start)], " "), sl.role, sl.ana, sl.group, names)
				}
				m, c, ok := s.modality(2)
				o, _ := s.objectOf(4, [][]string{{"of"}})
				g, e := s.groupRight(5)
				fmt.Printf("subj %v %v %v %v %v np=%+v g=%v %d words=%q\n", s.subjectOf(2, 0), m, c, ok, o, s.npRight(5), g, e, s.words)
				for _, tr := range s.findTriggers() {
					fmt.Printf("trigger %s %v at %d\n", tr.t.pred, tr.t.typ, tr.start)
				}
			}
			d.afterSentence(s)
		}
	}
}
