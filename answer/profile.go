package answer

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/crisisbot/bot/entity"
)

// Who describes an entity: its name, role, affiliation and aliases, how
// many statements it (or, for a country or organisation, those speaking
// for it) made, and the articles it appears in.
func (e *Engine) Who(ctx context.Context, name string) (*Profile, error) {
	en, err := e.resolve(name)
	if err != nil {
		return nil, err
	}
	p := &Profile{
		Entity:     ref(en),
		Role:       en.Role,
		Aliases:    append([]string{}, en.Aliases...),
		Statements: len(e.statementsBy[en.ID]),
		Articles:   []Source{},
	}
	if aff, ok := e.entities.Get(en.Affiliation); ok {
		p.Affiliation = aff.Name
	}
	seen := map[string]bool{}
	for _, ps := range e.res.Passages {
		if seen[ps.Article.ID] || !(slices.Contains(ps.Entities, en.ID) || spokenBy(ps, en.ID)) {
			continue
		}
		seen[ps.Article.ID] = true
		src := source(ps)
		src.Paragraph = 0
		p.Articles = append(p.Articles, src)
	}
	return p, ctx.Err()
}

// Sources lists the articles of the corpus with their paragraph,
// statement and speaker counts.
func (e *Engine) Sources(ctx context.Context) ([]ArticleInfo, error) {
	out := make([]ArticleInfo, 0, len(e.res.Articles))
	index := map[string]int{}
	speakers := map[string]map[string]bool{}
	for _, a := range e.res.Articles {
		index[a.ID] = len(out)
		speakers[a.ID] = map[string]bool{}
		out = append(out, ArticleInfo{
			Source:     Source{Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published},
			Paragraphs: len(a.Paragraphs),
		})
	}
	for _, s := range e.res.Statements {
		i, ok := index[s.Article]
		if !ok {
			return nil, fmt.Errorf("statement of unknown article %q", s.Article)
		}
		out[i].Statements++
		speakers[s.Article][s.SpeakerID] = true
	}
	for id, i := range index {
		out[i].Speakers = len(speakers[id])
	}
	return out, ctx.Err()
}

// Complete suggests up to max entities (entity.MaxCompletions at most)
// for a prefix a user is typing: in the registry's order, except that
// entities the corpus mentions come before those it does not.
func (e *Engine) Complete(ctx context.Context, prefix string, max int) []EntityRef {
	out := []EntityRef{}
	if ctx.Err() != nil {
		return out
	}
	if max <= 0 || max > entity.MaxCompletions {
		max = entity.MaxCompletions
	}
	found := e.entities.Complete(prefix, entity.MaxCompletions)
	inCorpus := func(en *entity.Entity) bool { return e.mentioned[en.ID]+e.spoken[en.ID] > 0 }
	sort.SliceStable(found, func(i, j int) bool { return inCorpus(found[i]) && !inCorpus(found[j]) })
	for _, en := range found[:min(max, len(found))] {
		out = append(out, ref(en))
	}
	return out
}
