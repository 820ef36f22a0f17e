// Package entity knows the countries, organisations and people that articles
// talk about: their canonical names, aliases, demonyms, capitals and seats used
// as metonyms ("Ankara" for Turkey, "the Kremlin" for Russia), and spelling
// variants. Matching folds case and diacritics.
//
// The built-in knowledge (knowledge.yaml, embedded; see Builtin) lists every
// UN member state plus Palestine, the Holy See, Taiwan and Kosovo, the
// organisations a Middle East crisis corpus needs, and a few people whose
// names the articles spell in several ways. ParseKnowledge and LoadFile read
// a user's extra file in the same format.
//
// A Registry finds entities by name in four ways:
//
//   - Resolve: a name given on its own ("Turkiye's", "the Kremlin"), exactly
//     after folding.
//   - Mentions: every entity named in article text, by byte offsets; names
//     must start with a capital, and short all-capital aliases ("US") must be
//     written in capitals, so "us" the pronoun is not the United States.
//   - FindInQuery: the entities a user's question names, ignoring case and
//     tolerating misspellings ("araghci"); such mentions are marked Fuzzy.
//   - Suggest and Complete: "did you mean" and autocomplete.
//
// Text is split into words once and phrases are looked up by their first
// folded word, so Mentions costs about the same however many entities
// there are. When two entities claim the same name, a fixed rule picks one
// (see Conflict).
package entity

// Kind is what sort of thing an entity is.
type Kind string

// The kinds of entity.
const (
	Country      Kind = "country"
	Organisation Kind = "organisation"
	Person       Kind = "person"
	// Group is an unnamed collective source such as "Turkish officials"
	// or "Gulf states".
	Group Kind = "group"
)

// Entity is a country, organisation, person or group.
type Entity struct {
	// ID is stable and lower-case: "turkey", "european-union", "hakan-fidan".
	ID   string `yaml:"id" json:"id"`
	Name string `yaml:"name" json:"name"`
	Kind Kind   `yaml:"kind" json:"kind"`
	// Aliases are other names and spelling variants ("Türkiye", "Araqchi").
	Aliases []string `yaml:"aliases,omitempty" json:"aliases,omitempty"`
	// Demonyms are adjectives and nouns of nationality ("Turkish").
	Demonyms []string `yaml:"demonyms,omitempty" json:"demonyms,omitempty"`
	// Seats are capitals and seats used as metonyms ("Ankara", "the Kremlin").
	Seats []string `yaml:"seats,omitempty" json:"seats,omitempty"`
	// Role is a person's office ("Foreign Minister"); empty otherwise.
	Role string `yaml:"role,omitempty" json:"role,omitempty"`
	// Affiliation is the ID of the country or organisation the entity
	// speaks for: a person's government, an agency's state. Empty for an
	// independent expert, and for countries themselves.
	Affiliation string `yaml:"affiliation,omitempty" json:"affiliation,omitempty"`
}
