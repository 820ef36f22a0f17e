// Package answer turns questions into sourced, verbatim answers: it finds the
// entities a question names, searches the passage index, ranks statements by
// the named entity first, and returns passages with their sources. The
// command line and the Discord commands both use it.
//
// The files, in the order a question meets them:
//
//   - engine.go: Engine, NewEngine and Load (corpus → entities → extraction
//     → index).
//   - cache.go: the extraction Load saves beside an on-disk index, so that
//     a restart on unchanged files does not extract the corpus again.
//   - question.go: taking a question apart: "@bot" prefixes, the entities
//     it names (entity.Registry.FindInQuery, which forgives case, missing
//     diacritics and small misspellings), offices ("the German chancellor"
//     is the person with that role), topic words, and whether it asks what
//     someone said or about a fact.
//   - ask.go: Ask. Candidates come from the index (passages about the named
//     entities, ranked by topic relevance); each gets a tier from the named
//     entities (speaks on the topic > is mentioned > is mentioned just
//     before), then topic relevance orders each tier. Unknown names and
//     unmatched topics get a Notice and no passages.
//   - position.go: Position and Compare; profile.go: Who, Sources, Complete.
//   - eval.go: question files, Evaluate, and the plain-bleve baseline.
package answer

import (
	"net/url"
	"strings"
	"time"

	"github.com/crisisbot/bot/entity"
)

// EntityRef names an entity in an answer.
type EntityRef struct {
	ID   string      `json:"id"`
	Name string      `json:"name"`
	Kind entity.Kind `json:"kind"`
}

// Source says where a passage was published.
type Source struct {
	Article   string    `json:"article"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	URL       string    `json:"url"`
	Published time.Time `json:"published"` // zero when unknown
	Paragraph int       `json:"paragraph"`
}

// Publisher names who published the source: the outlet, or the host of its
// URL when the outlet is unknown ("dominicanrepublicpost.com"), or "".
func (s Source) Publisher() string {
	if s.Outlet != "" {
		return s.Outlet
	}
	if u, err := url.Parse(s.URL); err == nil {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// Quote is a statement as shown in an answer.
type Quote struct {
	Kind        string `json:"kind"` // direct, partial or indirect
	Text        string `json:"text"` // verbatim
	Speaker     string `json:"speaker"`
	SpeakerID   string `json:"speaker_id"`
	Role        string `json:"role"`
	Affiliation string `json:"affiliation"`
}

// Highlight marks matched words in a passage's text, in byte offsets.
type Highlight struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Result is one passage of an answer.
type Result struct {
	Source
	Text       string      `json:"text"` // the passage, verbatim
	Highlights []Highlight `json:"highlights"`
	Statements []Quote     `json:"statements"`
	Score      float64     `json:"score"`
}

// Answer is the reply to a question.
type Answer struct {
	Question string      `json:"question"`
	Entities []EntityRef `json:"entities"`
	// Notice explains an empty or partial answer in plain words
	// ("No passage in the corpus mentions Brazil.").
	Notice  string   `json:"notice"`
	Results []Result `json:"results"`
	// Offset is the rank of Results[0] among all results (0-based) and
	// Total how many results there are in all, for paging.
	Offset int `json:"offset"`
	Total  int `json:"total"`
}

// SourcedQuote is a statement with its source, as listed in a position.
type SourcedQuote struct {
	Quote
	Source
}

// Position is what an entity has said, direct quotes first, then partial
// and indirect statements, grouped by speaker.
type Position struct {
	Entity     EntityRef      `json:"entity"`
	Topic      string         `json:"topic,omitempty"`
	Notice     string         `json:"notice"`
	Statements []SourcedQuote `json:"statements"`
	Offset     int            `json:"offset"`
	Total      int            `json:"total"`
}

// Comparison is two positions side by side.
type Comparison struct {
	First  Position `json:"first"`
	Second Position `json:"second"`
}

// Profile describes a speaker or entity for `who`.
type Profile struct {
	Entity      EntityRef `json:"entity"`
	Role        string    `json:"role"`
	Affiliation string    `json:"affiliation"`
	Aliases     []string  `json:"aliases"`
	Statements  int       `json:"statements"`
	Articles    []Source  `json:"articles"` // Paragraph is zero
}

// ArticleInfo describes one article of the corpus for `sources`.
type ArticleInfo struct {
	Source
	Paragraphs int `json:"paragraphs"`
	Statements int `json:"statements"`
	Speakers   int `json:"speakers"`
}

// UnknownEntityError reports a name that matches no known entity.
type UnknownEntityError struct {
	Name        string
	Suggestions []string // display names, best first
}

func (e *UnknownEntityError) Error() string {
	msg := "no country, organisation or person called \"" + e.Name + "\" is known"
	if len(e.Suggestions) > 0 {
		msg += "; did you mean "
		for i, s := range e.Suggestions {
			if i > 0 {
				msg += ", "
			}
			msg += s
		}
		msg += "?"
	}
	return msg
}

// Page selects a window of results: Offset results are skipped and at most
// Limit returned (DefaultLimit when zero).
type Page struct {
	Offset int
	Limit  int
}

// DefaultLimit is how many passages an answer shows when no limit is given.
const DefaultLimit = 3
