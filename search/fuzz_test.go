package search

import (
	"context"
	"testing"
)

// FuzzSearch feeds arbitrary user text to the query builder: it must never
// fail, and every highlight must lie on the passage's text.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{"Turkiye", "+field:x", "/regex/", "*", "~", "title:foo", "Erdoğan's", "\xff\xfe", `"a b" c~2^3`} {
		f.Add(seed)
	}
	idx, err := Build(context.Background(), loadPassages(f), Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer idx.Close()
	f.Fuzz(func(t *testing.T, words string) {
		resp, err := idx.Search(context.Background(), Request{Words: words, Headings: true})
		if err != nil {
			t.Fatalf("Search(%q): %v", words, err)
		}
		for _, h := range resp.Hits {
			text := h.Passage.Paragraph.Text
			end := 0
			for _, s := range h.Highlights {
				if s.Start < end || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("Search(%q): bad highlight %v in %s", words, s, h.ID)
				}
				end = s.End
			}
		}
	})
}
