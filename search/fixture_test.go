package search

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// fixtureArticle is the JSON form of testdata/passages.json.
type fixtureArticle struct {
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	Outlet     string    `json:"outlet"`
	URL        string    `json:"url"`
	Published  time.Time `json:"published"`
	Paragraphs []struct {
		Text       string   `json:"text"`
		Heading    bool     `json:"heading"`
		Entities   []string `json:"entities"`
		Statements []struct {
			attribution.Statement
			AffiliationID string `json:"affiliation_id"`
		} `json:"statements"`
	} `json:"paragraphs"`
}

// loadPassages reads testdata/passages.json into passages, as
// attribution.Extract would produce them.
func loadPassages(t testing.TB) []attribution.Passage {
	t.Helper()
	data, err := os.ReadFile("testdata/passages.json")
	if err != nil {
		t.Fatal(err)
	}
	var articles []fixtureArticle
	if err := json.Unmarshal(data, &articles); err != nil {
		t.Fatal(err)
	}
	var out []attribution.Passage
	for _, fa := range articles {
		a := &corpus.Article{ID: fa.ID, Title: fa.Title, Outlet: fa.Outlet, URL: fa.URL, Published: fa.Published}
		for i, fp := range fa.Paragraphs {
			para := corpus.Paragraph{Number: i + 1, Line: i + 1, Text: fp.Text, Heading: fp.Heading}
			a.Paragraphs = append(a.Paragraphs, para)
			p := attribution.Passage{Article: a, Paragraph: para, Entities: fp.Entities}
			for _, fs := range fp.Statements {
				s := fs.Statement
				s.Article, s.Paragraph, s.AffiliationID = fa.ID, para.Number, fs.AffiliationID
				s.Start = strings.Index(para.Text, s.Text)
				if s.Start < 0 {
					t.Fatalf("statement %q is not in paragraph %s#%d", s.Text, fa.ID, para.Number)
				}
				s.End = s.Start + len(s.Text)
				p.Statements = append(p.Statements, s)
			}
			out = append(out, p)
		}
	}
	return out
}
