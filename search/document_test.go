package search

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// TestDocumentContext checks what each paragraph's context is, and its
// entities: the paragraph after an article's lead, the heading and the
// paragraph before a later one, and the paragraph before a short one
// that leads in to it.
func TestDocumentContext(t *testing.T) {
	a := &corpus.Article{ID: "a"}
	texts := []struct {
		text    string
		heading bool
	}{
		{"Europe moved against Tehran's forces this week, in a decision months in the making.", false},
		{"Reactions", true},
		{"The European Union designated the IRGC a terrorist organisation on Thursday.", false},
		{"The Iranian leadership strongly criticised the EU decisions.", false},
		{"“Europe’s PR stunt mainly seeks to cloak that it is an actor in severe decline,” Araghchi wrote.", false},
		{"Diplomats in Brussels said the measure would take effect immediately.", false},
	}
	var passages []attribution.Passage
	for i, p := range texts {
		para := corpus.Paragraph{Number: i + 1, Text: p.text, Heading: p.heading}
		a.Paragraphs = append(a.Paragraphs, para)
		passages = append(passages, attribution.Passage{Article: a, Paragraph: para, Entities: []string{fmt.Sprint("entity-", i+1)}})
	}
	_, docs, err := newDocuments(passages)
	if err != nil {
		t.Fatal(err)
	}
	heading := texts[1].text + "\n"
	want := []string{
		"", // the lead, before a heading
		texts[0].text,
		texts[1].text,
		heading + texts[2].text,
		// The paragraph before leads in: what it criticised comes with
		// it.
		heading + texts[2].text + "\n" + texts[3].text,
		// The paragraph before is long: it alone.
		heading + texts[4].text,
	}
	// The entities of the context are those of its paragraphs.
	wantEntities := [][]string{nil, {"entity-1"}, {"entity-2"}, {"entity-2", "entity-3"}, {"entity-2", "entity-3", "entity-4"}, {"entity-2", "entity-5"}}
	for i, d := range docs {
		if d.Context != want[i] {
			t.Errorf("paragraph %d: context %q, want %q", i+1, d.Context, want[i])
		}
		if !reflect.DeepEqual(d.ContextEntities, wantEntities[i]) {
			t.Errorf("paragraph %d: context entities %q, want %q", i+1, d.ContextEntities, wantEntities[i])
		}
	}
}
