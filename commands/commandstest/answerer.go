// Package commandstest provides an Answerer backed by fixed answers read from
// JSON, for testing the Discord commands and the gateway without the answer
// engine. It pages, completes names and reports unknown names as the engine
// does.
package commandstest

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/fold"
)

//go:embed testdata/answers.json
var builtinFixture []byte

// Fixture is the JSON form of the fixed answers.
type Fixture struct {
	// Entities are what Complete offers and what names resolve to.
	Entities []answer.EntityRef `json:"entities"`
	// Answers maps a question, folded, to all its results and its notice.
	Answers map[string]answer.Answer `json:"answers"`
	// Positions maps an entity ID to all its statements.
	Positions map[string]answer.Position `json:"positions"`
	// Profiles maps an entity ID to its profile.
	Profiles map[string]answer.Profile `json:"profiles"`
	Sources  []answer.ArticleInfo      `json:"sources"`
	// Suggestions maps a name nobody knows, folded, to what to suggest.
	Suggestions map[string][]string `json:"suggestions"`
}

// Answerer answers from a Fixture. Delay, Err and PanicOn let tests make it
// slow, failing or panicking; set them before use.
type Answerer struct {
	Fixture Fixture
	// Delay is how long every call waits (or until its context ends).
	Delay time.Duration
	// Err, if set, is returned by every call but Complete.
	Err error
	// PanicOn, if set, makes Ask panic with the question when asked it, as
	// a bug in the answer engine would.
	PanicOn string

	mu    sync.Mutex
	calls []string
}

// New returns an Answerer on the built-in fixture: quotes from the seed
// articles about China, Turkey, Saudi Arabia and Iran.
func New() *Answerer {
	a, err := Load(builtinFixture)
	if err != nil {
		panic(fmt.Sprintf("commandstest: built-in fixture: %v", err)) // a broken embedded file is a build error
	}
	return a
}

// Load returns an Answerer on the fixture in data.
func Load(data []byte) (*Answerer, error) {
	var f Fixture
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse answer fixture: %w", err)
	}
	return &Answerer{Fixture: f}, nil
}

// Calls returns the calls made so far, as "Method(args)".
func (a *Answerer) Calls() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return slices.Clone(a.calls)
}

func (a *Answerer) record(ctx context.Context, format string, args ...any) error {
	a.mu.Lock()
	a.calls = append(a.calls, fmt.Sprintf(format, args...))
	a.mu.Unlock()
	if a.Delay > 0 {
		t := time.NewTimer(a.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return a.Err
}

// window returns the page of n items and its offset.
func window(n int, page answer.Page) (start, end int) {
	limit := page.Limit
	if limit == 0 {
		limit = answer.DefaultLimit
	}
	start = min(max(page.Offset, 0), n)
	end = min(start+limit, n)
	return start, end
}

// resolve finds an entity by name or ID, folded.
func (a *Answerer) resolve(name string) (answer.EntityRef, error) {
	f := fold.String(strings.TrimSpace(name))
	for _, e := range a.Fixture.Entities {
		if fold.String(e.Name) == f || e.ID == f {
			return e, nil
		}
	}
	return answer.EntityRef{}, &answer.UnknownEntityError{Name: name, Suggestions: a.Fixture.Suggestions[f]}
}

// Ask returns the page of the fixed answer to question, or an empty
// answer with a notice.
func (a *Answerer) Ask(ctx context.Context, question string, page answer.Page) (*answer.Answer, error) {
	if a.PanicOn != "" && question == a.PanicOn {
		panic(question)
	}
	if err := a.record(ctx, "Ask(%q, %d)", question, page.Offset); err != nil {
		return nil, err
	}
	all, ok := a.Fixture.Answers[fold.String(question)]
	if !ok {
		return &answer.Answer{Question: question, Notice: "No passage in the corpus answers this question."}, nil
	}
	start, end := window(len(all.Results), page)
	out := all
	out.Question = question
	out.Results = all.Results[start:end]
	out.Offset, out.Total = start, len(all.Results)
	return &out, nil
}

// Position returns the page of an entity's fixed statements, those on the
// topic when one is given (by a folded substring match).
func (a *Answerer) Position(ctx context.Context, who, topic string, page answer.Page) (*answer.Position, error) {
	if err := a.record(ctx, "Position(%q, %q, %d)", who, topic, page.Offset); err != nil {
		return nil, err
	}
	e, err := a.resolve(who)
	if err != nil {
		return nil, err
	}
	all := a.Fixture.Positions[e.ID]
	stmts := all.Statements
	if topic != "" {
		stmts = nil
		for _, s := range all.Statements {
			if strings.Contains(fold.String(s.Text), fold.String(topic)) {
				stmts = append(stmts, s)
			}
		}
	}
	start, end := window(len(stmts), page)
	return &answer.Position{Entity: e, Topic: topic, Notice: all.Notice, Statements: stmts[start:end], Offset: start, Total: len(stmts)}, nil
}

// Compare returns the first page of both positions.
func (a *Answerer) Compare(ctx context.Context, first, second, topic string) (*answer.Comparison, error) {
	if err := a.record(ctx, "Compare(%q, %q, %q)", first, second, topic); err != nil {
		return nil, err
	}
	var c answer.Comparison
	for _, side := range []struct {
		name string
		out  *answer.Position
	}{{first, &c.First}, {second, &c.Second}} {
		p, err := a.Position(context.WithoutCancel(ctx), side.name, topic, answer.Page{Limit: 1000})
		if err != nil {
			return nil, err
		}
		*side.out = *p
	}
	return &c, nil
}

// Who returns the fixed profile of an entity.
func (a *Answerer) Who(ctx context.Context, name string) (*answer.Profile, error) {
	if err := a.record(ctx, "Who(%q)", name); err != nil {
		return nil, err
	}
	e, err := a.resolve(name)
	if err != nil {
		return nil, err
	}
	p, ok := a.Fixture.Profiles[e.ID]
	if !ok {
		p = answer.Profile{Entity: e}
	}
	return &p, nil
}

// Sources returns the fixed articles.
func (a *Answerer) Sources(ctx context.Context) ([]answer.ArticleInfo, error) {
	if err := a.record(ctx, "Sources()"); err != nil {
		return nil, err
	}
	return slices.Clone(a.Fixture.Sources), nil
}

// Complete offers entities with a word of their name starting with the
// folded prefix, then those whose folded name contains it, in fixture
// order, at most max.
func (a *Answerer) Complete(ctx context.Context, prefix string, max int) []answer.EntityRef {
	_ = a.record(context.WithoutCancel(ctx), "Complete(%q)", prefix)
	p := fold.String(strings.TrimSpace(prefix))
	var starts, contains []answer.EntityRef
	for _, e := range a.Fixture.Entities {
		name := fold.String(e.Name)
		switch {
		case p == "" || slices.ContainsFunc(strings.Fields(name), func(w string) bool { return strings.HasPrefix(w, p) }):
			starts = append(starts, e)
		case strings.Contains(name, p):
			contains = append(contains, e)
		}
	}
	out := append(starts, contains...)
	if len(out) > max {
		out = out[:max]
	}
	return out
}
