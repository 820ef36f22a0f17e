package search

import (
	"context"
	"fmt"
	"testing"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// manyPassages repeats the fixture under n article IDs.
func manyPassages(b *testing.B, n int) []attribution.Passage {
	base := loadPassages(b)
	out := make([]attribution.Passage, 0, n*len(base))
	for i := range n {
		articles := map[string]*corpus.Article{}
		for _, p := range base {
			a, ok := articles[p.Article.ID]
			if !ok {
				copied := *p.Article
				copied.ID = fmt.Sprintf("%s-%d", p.Article.ID, i)
				a = &copied
				articles[p.Article.ID] = a
			}
			p.Article = a
			out = append(out, p)
		}
	}
	return out
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10, 1000} {
		passages := manyPassages(b, n)
		b.Run(fmt.Sprintf("passages=%d", len(passages)), func(b *testing.B) {
			for b.Loop() {
				idx, err := Build(context.Background(), passages, Options{})
				if err != nil {
					b.Fatal(err)
				}
				_ = idx.Close()
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	idx, err := Build(context.Background(), manyPassages(b, 100), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	for _, r := range []Request{
		{Words: "threat of attack"},
		{Words: "Araghci threats"},
		{Words: "war", Entities: []string{"turkey"}},
	} {
		b.Run(r.Words, func(b *testing.B) {
			for b.Loop() {
				if _, err := idx.Search(context.Background(), r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
