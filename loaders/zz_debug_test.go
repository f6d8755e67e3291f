package loaders

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/entente-kg/entente/data"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	k, err := LoadKnowledge(data.Knowledge())
	if err != nil {
		t.Fatal(err)
	}
	sp, _ := NewSentenceSplitter(k)
	sents, _ := sp.Split(context.Background(), text)
	for _, s := range sents {
		for _, tk := range s.Tokens {
			fmt.Printf("%s/%s ", tk.Text, tk.Tag)
		}
		fmt.Println()
	}
	for _, c := range NewMentionFinder(k).Find(sents) {
		fmt.Printf("%q kind=%s role=%s canon=%q title=%q of=%q weak=%v titled=%v\n", c.Text, c.Kind, c.Role, c.Canonical, c.Title, c.Of, c.weak, c.titled)
	}
}
