package search

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// document is what is indexed for one passage. The json tags are the field
// names of the mapping.
type document struct {
	// Text is the paragraph, verbatim.
	Text string `json:"text"`
	// Context is what a reader has just read before the paragraph: the
	// current section heading and the previous paragraph, and the one
	// before that when the previous paragraph only leads in (for an
	// article's lead, the paragraph after it: see contextOf). Quotes are
	// often introduced by the paragraph before them ("Tehran criticised
	// the EU decision." followed by the quote itself), so the context is
	// searched too, with a lower weight than the text.
	Context    string              `json:"context,omitempty"`
	Statements []statementDocument `json:"statements,omitempty"`
	// Entities are the canonical IDs of the entities mentioned.
	Entities []string `json:"entities,omitempty"`
	// ContextEntities are the entities of the context: a paragraph often
	// goes on about what the one before it named ("Seven, including
	// India, opposed it" after "the UNHRC resolution").
	ContextEntities []string   `json:"context_entities,omitempty"`
	Article         string     `json:"article"`
	Title           string     `json:"title,omitempty"`
	Outlet          string     `json:"outlet,omitempty"`
	URL             string     `json:"url,omitempty"`
	Published       *time.Time `json:"published,omitempty"`
	Paragraph       int        `json:"paragraph"`
	Heading         bool       `json:"heading"`
	// Passage is storedPassage as JSON: stored, not indexed.
	Passage string `json:"passage"`
}

// statementDocument is the indexed part of a statement: its words, who made
// it and whom they speak for.
type statementDocument struct {
	Text        string `json:"text"`
	SpeakerID   string `json:"speaker_id,omitempty"`
	Speaker     string `json:"speaker,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
}

// storedPassage is everything needed to rebuild an attribution.Passage
// from a hit: the article's metadata (not its paragraphs), the paragraph
// and its statements with all their fields.
type storedPassage struct {
	Article    storedArticle     `json:"article"`
	Paragraph  corpus.Paragraph  `json:"paragraph"`
	Statements []storedStatement `json:"statements,omitempty"`
	Entities   []string          `json:"entities,omitempty"`
}

type storedArticle struct {
	ID        string    `json:"id"`
	File      string    `json:"file,omitempty"`
	Title     string    `json:"title,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published"`
	Author    string    `json:"author,omitempty"`
	Language  string    `json:"language,omitempty"`
}

// storedStatement is attribution.Statement with the fields its own JSON
// form leaves out.
type storedStatement struct {
	attribution.Statement
	AffiliationID string `json:"affiliation_id,omitempty"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
}

// DocumentID is the ID of a passage's document: "article#paragraph".
func DocumentID(p attribution.Passage) string {
	return p.Article.ID + "#" + strconv.Itoa(p.Paragraph.Number)
}

// newDocuments turns passages (in article and paragraph order, as
// attribution.Result lists them) into documents keyed by ID.
func newDocuments(passages []attribution.Passage) ([]string, []document, error) {
	ids := make([]string, 0, len(passages))
	docs := make([]document, 0, len(passages))
	var earlier, prev, heading *attribution.Passage
	for i := range passages {
		p := &passages[i]
		if p.Article == nil {
			return nil, nil, fmt.Errorf("passage %d has no article", i)
		}
		if prev == nil || prev.Article.ID != p.Article.ID {
			earlier, prev, heading = nil, nil, nil
		}
		if prev == nil || prev.Paragraph.Heading || len(strings.Fields(prev.Paragraph.Text)) > maxLeadInWords {
			earlier = nil
		}
		var next *attribution.Passage
		if i+1 < len(passages) && passages[i+1].Article != nil && passages[i+1].Article.ID == p.Article.ID && !p.Paragraph.Heading {
			next = &passages[i+1]
		}
		doc, err := newDocument(*p, contextOf(earlier, prev, heading, next))
		if err != nil {
			return nil, nil, err
		}
		doc.ContextEntities = contextEntities(earlier, prev, heading)
		ids = append(ids, DocumentID(*p))
		docs = append(docs, doc)
		if p.Paragraph.Heading {
			heading = p
		}
		earlier, prev = prev, p
	}
	return ids, docs, nil
}

// contextOf is the section heading and the previous paragraph, without
// repeating the heading when the previous paragraph is the heading. A
// previous paragraph of a few words leads in to this one ("The Iranian
// leadership strongly criticised the EU decisions." before Araghchi's
// words) and says what it answers only with the paragraph before it
// (earlier, if any), which is context too. An article's first
// paragraph, its lead, has none before it: its context is the paragraph
// after it (next, if any, and not a heading), which details it
// ("holding phone talks with his counterparts in Turkey, Qatar…" and
// then "In a series of calls on Tuesday…").
func contextOf(earlier, prev, heading, next *attribution.Passage) string {
	switch {
	case prev == nil && next != nil && !next.Paragraph.Heading:
		return next.Paragraph.Text
	case prev == nil:
		return ""
	}
	var parts []string
	if heading != nil && heading != prev && heading != earlier {
		parts = append(parts, heading.Paragraph.Text)
	}
	if earlier != nil {
		parts = append(parts, earlier.Paragraph.Text)
	}
	return strings.Join(append(parts, prev.Paragraph.Text), "\n")
}

// maxLeadInWords is the most words of a paragraph that leads in to the
// next (see contextOf).
const maxLeadInWords = 12

// contextEntities are the entities of the context's paragraphs (see
// contextOf), without duplicates.
func contextEntities(earlier, prev, heading *attribution.Passage) []string {
	var out []string
	for _, p := range []*attribution.Passage{heading, earlier, prev} {
		if p == nil {
			continue
		}
		for _, id := range p.Entities {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

func newDocument(p attribution.Passage, context string) (document, error) {
	a := p.Article
	stored := storedPassage{
		Article: storedArticle{
			ID: a.ID, File: a.File, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
			Published: a.Published, Author: a.Author, Language: a.Language,
		},
		Paragraph: p.Paragraph,
		Entities:  p.Entities,
	}
	doc := document{
		Text:      p.Paragraph.Text,
		Context:   context,
		Entities:  p.Entities,
		Article:   a.ID,
		Title:     a.Title,
		Outlet:    a.Outlet,
		URL:       a.URL,
		Paragraph: p.Paragraph.Number,
		Heading:   p.Paragraph.Heading,
	}
	if !a.Published.IsZero() {
		published := a.Published
		doc.Published = &published
	}
	for _, s := range p.Statements {
		stored.Statements = append(stored.Statements, storedStatement{
			Statement: s, AffiliationID: s.AffiliationID, Start: s.Start, End: s.End,
		})
		doc.Statements = append(doc.Statements, statementDocument{
			Text: s.Text, SpeakerID: s.SpeakerID, Speaker: s.Speaker, Affiliation: s.AffiliationID,
		})
	}
	data, err := json.Marshal(stored)
	if err != nil {
		return document{}, fmt.Errorf("encode passage %s: %w", DocumentID(p), err)
	}
	doc.Passage = string(data)
	return doc, nil
}

// decodePassage decodes a stored passage.
func decodePassage(data string) (attribution.Passage, error) {
	var s storedPassage
	if err := json.Unmarshal([]byte(data), &s); err != nil {
		return attribution.Passage{}, fmt.Errorf("decode stored passage: %w", err)
	}
	a := &corpus.Article{
		ID: s.Article.ID, File: s.Article.File, Title: s.Article.Title, Outlet: s.Article.Outlet,
		URL: s.Article.URL, Published: s.Article.Published, Author: s.Article.Author,
		Language: s.Article.Language,
	}
	p := attribution.Passage{Article: a, Paragraph: s.Paragraph, Entities: s.Entities}
	for _, st := range s.Statements {
		statement := st.Statement
		statement.AffiliationID, statement.Start, statement.End = st.AffiliationID, st.Start, st.End
		p.Statements = append(p.Statements, statement)
	}
	return p, nil
}

// corpusHash is a hash of everything the documents contain, in order: two
// corpora with the same hash index to the same documents.
func corpusHash(ids []string, docs []document) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for i := range docs {
		if err := enc.Encode(ids[i]); err != nil {
			return "", fmt.Errorf("hash %s: %w", ids[i], err)
		}
		if err := enc.Encode(docs[i]); err != nil {
			return "", fmt.Errorf("hash %s: %w", ids[i], err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
