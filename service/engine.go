package service

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/crisisbot/bot/answer"
)

// ErrLoading is what questions get while the first index is still being
// built.
var ErrLoading = errors.New("the corpus is still loading; try again in a moment")

// liveEngine is the answer engine currently serving. It satisfies
// commands.Answerer by delegating each call to the engine loaded last, so
// that a reload can swap engines without the router noticing: a call that
// started on the old engine finishes on it.
type liveEngine struct {
	current atomic.Pointer[answer.Engine]
}

// get returns the engine serving now, or ErrLoading.
func (l *liveEngine) get() (*answer.Engine, error) {
	if e := l.current.Load(); e != nil {
		return e, nil
	}
	return nil, ErrLoading
}

// swap installs e and returns the engine it replaces (nil at first).
func (l *liveEngine) swap(e *answer.Engine) *answer.Engine { return l.current.Swap(e) }

// ready backs /readyz: nil once an engine is loaded.
func (l *liveEngine) ready(context.Context) error {
	_, err := l.get()
	return err
}

func (l *liveEngine) Ask(ctx context.Context, question string, page answer.Page) (*answer.Answer, error) {
	e, err := l.get()
	if err != nil {
		return nil, err
	}
	return e.Ask(ctx, question, page)
}

func (l *liveEngine) Position(ctx context.Context, who, topic string, page answer.Page) (*answer.Position, error) {
	e, err := l.get()
	if err != nil {
		return nil, err
	}
	return e.Position(ctx, who, topic, page)
}

func (l *liveEngine) Compare(ctx context.Context, first, second, topic string) (*answer.Comparison, error) {
	e, err := l.get()
	if err != nil {
		return nil, err
	}
	return e.Compare(ctx, first, second, topic)
}

func (l *liveEngine) Who(ctx context.Context, name string) (*answer.Profile, error) {
	e, err := l.get()
	if err != nil {
		return nil, err
	}
	return e.Who(ctx, name)
}

func (l *liveEngine) Sources(ctx context.Context) ([]answer.ArticleInfo, error) {
	e, err := l.get()
	if err != nil {
		return nil, err
	}
	return e.Sources(ctx)
}

func (l *liveEngine) Complete(ctx context.Context, prefix string, max int) []answer.EntityRef {
	e, err := l.get()
	if err != nil {
		return nil
	}
	return e.Complete(ctx, prefix, max)
}
