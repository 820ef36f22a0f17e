package answer

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/search"
)

// maxSuggestions is how many "did you mean" names an unknown name gets.
const maxSuggestions = 5

// Position lists what an entity has said: for a person, their statements;
// for a country or organisation, its own and those of the people and
// bodies that speak for it (not of those who merely mention it, nor of
// independent experts based there). Statements are grouped by speaker as
// sortPosition orders them: speakers with direct quotes first, and within a
// speaker direct quotes, then partial, then indirect ones. A topic keeps
// only the statements of passages about it.
func (e *Engine) Position(ctx context.Context, who, topic string, page Page) (*Position, error) {
	en, err := e.resolve(who)
	if err != nil {
		return nil, err
	}
	pos := &Position{Entity: ref(en), Topic: strings.TrimSpace(topic), Statements: []SourcedQuote{}}
	statements := e.statementsFor(en.ID)
	if pos.Topic != "" && len(statements) > 0 {
		statements, err = e.onTopic(ctx, en.ID, pos.Topic, statements)
		if err != nil {
			return nil, err
		}
	}
	switch {
	case len(statements) > 0:
	case e.mentioned[en.ID] == 0:
		pos.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", en.Name)
	case pos.Topic != "":
		pos.Notice = fmt.Sprintf("No statement by %s about %q is in the corpus.", speakersOf(en), pos.Topic)
	default:
		pos.Notice = fmt.Sprintf("%s is mentioned in %d passages, but no statement by %s is in the corpus.",
			en.Name, e.mentioned[en.ID], speakersOf(en))
	}
	sortPosition(statements, en.ID)
	start, end := page.window(len(statements))
	pos.Offset, pos.Total = start, len(statements)
	for _, s := range statements[start:end] {
		p, ok := e.passageOf(s)
		if !ok {
			return nil, fmt.Errorf("position of %s: statement in unknown passage %s#%d", en.ID, s.Article, s.Paragraph)
		}
		pos.Statements = append(pos.Statements, SourcedQuote{Quote: quote(s), Source: source(p)})
	}
	return pos, nil
}

// Compare puts two entities' positions side by side, each with the
// default page.
func (e *Engine) Compare(ctx context.Context, first, second, topic string) (*Comparison, error) {
	a, err := e.Position(ctx, first, topic, Page{})
	if err != nil {
		return nil, err
	}
	b, err := e.Position(ctx, second, topic, Page{})
	if err != nil {
		return nil, err
	}
	return &Comparison{First: *a, Second: *b}, nil
}

// resolve finds the entity a user's name stands for: an exact name,
// alias, demonym or seat, else the first entity named in the text (with
// the misspellings a question may have); otherwise it returns an
// *UnknownEntityError with suggestions.
func (e *Engine) resolve(name string) (*entity.Entity, error) {
	name = strings.TrimSpace(name)
	if en, ok := e.entities.Resolve(name); ok {
		return en, nil
	}
	if ms := e.entities.FindInQuery(name); len(ms) > 0 {
		if en, ok := e.entities.Get(ms[0].ID); ok {
			return en, nil
		}
	}
	err := &UnknownEntityError{Name: name}
	for _, s := range e.entities.Suggest(name, maxSuggestions) {
		err.Suggestions = append(err.Suggestions, s.Name)
	}
	return nil, err
}

// statementsFor returns the statements by the entity id or by those who
// speak for it, in corpus order.
// The slice is the caller's to sort.
func (e *Engine) statementsFor(id string) []attribution.Statement {
	var out []attribution.Statement
	for _, i := range e.statementsBy[id] {
		out = append(out, e.res.Statements[i])
	}
	return out
}

// statementPassageID is the document ID of a statement's passage.
func statementPassageID(s attribution.Statement) string {
	return fmt.Sprintf("%s#%d", s.Article, s.Paragraph)
}

// passageOf returns the passage a statement was made in.
func (e *Engine) passageOf(s attribution.Statement) (attribution.Passage, bool) {
	i, ok := e.byID[statementPassageID(s)]
	if !ok {
		return attribution.Passage{}, false
	}
	return e.res.Passages[i], true
}

// onTopic keeps the statements whose passage contains a topic word (a
// word in the index, or its synonym; not a mere misspelling).
func (e *Engine) onTopic(ctx context.Context, id, topic string, statements []attribution.Statement) ([]attribution.Statement, error) {
	resp, err := e.idx.Search(ctx, search.Request{Words: topic, Entities: []string{id}, Limit: search.MaxLimit, WithoutPassages: true})
	if err != nil {
		return nil, fmt.Errorf("position on %q: %w", topic, err)
	}
	relevant := map[string]bool{}
	for _, h := range resp.Hits {
		if matchesTopic(h.Matched, resp.Unknown) {
			relevant[h.ID] = true
		}
	}
	var out []attribution.Statement
	for _, s := range statements {
		if relevant[statementPassageID(s)] {
			out = append(out, s)
		}
	}
	return out, nil
}

// sortPosition groups statements by speaker, each speaker once: first the
// speakers with direct quotes, then those with quoted fragments, then those
// with reported speech only (the entity itself first among equals, then
// those with the most statements, then by name). Within a speaker, direct
// quotes come first, then partial, then indirect, each in corpus order.
func sortPosition(statements []attribution.Statement, id string) {
	count := map[string]int{}
	best := map[string]int{}
	for _, s := range statements {
		count[s.SpeakerID]++
		best[s.SpeakerID] = max(best[s.SpeakerID], kindRank(s.Kind))
	}
	sort.SliceStable(statements, func(i, j int) bool {
		a, b := statements[i], statements[j]
		if a.SpeakerID != b.SpeakerID {
			if ba, bb := best[a.SpeakerID], best[b.SpeakerID]; ba != bb {
				return ba > bb
			}
			if sa, sb := a.SpeakerID == id, b.SpeakerID == id; sa != sb {
				return sa
			}
			if count[a.SpeakerID] != count[b.SpeakerID] {
				return count[a.SpeakerID] > count[b.SpeakerID]
			}
			if a.Speaker != b.Speaker {
				return a.Speaker < b.Speaker
			}
			return a.SpeakerID < b.SpeakerID
		}
		return kindRank(a.Kind) > kindRank(b.Kind)
	})
}

// speakersOf names who speaks for an entity in a notice.
func speakersOf(en *entity.Entity) string {
	if en.Kind == entity.Person {
		return en.Name
	}
	return en.Name + " or anyone speaking for it"
}
