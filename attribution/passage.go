package attribution

import (
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

// Passage is one paragraph of an article with the statements made in it and
// the entities it mentions. It is the unit the index stores and users see.
type Passage struct {
	Article   *corpus.Article
	Paragraph corpus.Paragraph
	// Statements are the statements whose text lies in this paragraph.
	Statements []Statement
	// Entities are the IDs of the countries, organisations, people and
	// groups the paragraph mentions, by name, alias, demonym, seat or a
	// person's short name, without duplicates.
	Entities []string
}

// Result is what extraction makes of a corpus.
type Result struct {
	Articles []*corpus.Article
	// Passages are every paragraph of every article, in article order.
	Passages []Passage
	// Statements are all statements, in article and paragraph order.
	Statements []Statement
	// Entities holds the known entities plus the people and groups
	// discovered in the text.
	Entities *entity.Registry
}
