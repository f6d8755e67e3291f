package loaders_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/entente-kg/entente/loaders"
)

// ExampleSource walks a directory: pages, articles and curated facts come out in order, and a
// bad line is reported without stopping the walk.
func ExampleSource() {
	ctx := context.Background()
	src, err := loaders.NewSource(ctx, []string{"testdata/io/example"}, loaders.SourceOptions{})
	if err != nil {
		panic(err)
	}
	for it, err := range src.Items(ctx) {
		var bad *loaders.InputError
		switch {
		case errors.As(err, &bad):
			fmt.Println("error:", bad)
		case err != nil:
			panic(err) // ctx ended
		case it.Page != nil:
			fmt.Printf("page %q from %s\n", it.Page.Name, it.Pos())
		case it.Fact != nil:
			fmt.Printf("fact %s %s %s from %s\n", it.Fact.Subject, it.Fact.Predicate, it.Fact.Object, it.Pos())
		}
	}
	fmt.Println(src.BytesRead() == src.TotalBytes())
	// Output:
	// fact Russia violated Budapest Memorandum from testdata/io/example/facts.jsonl:1
	// error: testdata/io/example/facts.jsonl:2: date: "2025-13-45" is not a date: month 13 out of range 1-12 (want YYYY, YYYY-MM or YYYY-MM-DD)
	// page "bbc-1" from testdata/io/example/facts.jsonl:3
	// page "page.txt" from testdata/io/example/page.txt
	// true
}
