package search

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestStatementFieldsAreSearchable checks that a statement's words, its
// speaker's name (folded like the text) and its speaker and affiliation
// IDs are indexed fields of the passage that holds it.
func TestStatementFieldsAreSearchable(t *testing.T) {
	x, err := Build(context.Background(), loadPassages(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	match := func(field, text string) query.Query {
		q := bleve.NewMatchQuery(text)
		q.SetField(field)
		return q
	}
	term := func(field, text string) query.Query {
		q := bleve.NewTermQuery(text)
		q.SetField(field)
		return q
	}
	tests := []struct {
		name string
		q    query.Query
		want string // a document ID among the hits
	}{
		{"statement text", match(FieldStatementText, "plunge the region into chaos"), "regional#4"},
		{"speaker name, diacritics folded", match(FieldStatementSpeaker, "Erdogan"), "regional#4"},
		{"speaker ID", term(FieldStatementSpeakerID, "hakan-fidan"), "regional#3"},
		{"affiliation ID", term(FieldStatementAffiliation, "united-states"), "armada#1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.bleve.Search(bleve.NewSearchRequest(tt.q))
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				if h.ID == tt.want {
					return
				}
			}
			t.Errorf("%s not among %d hits", tt.want, len(res.Hits))
		})
	}
}
