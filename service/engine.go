package service

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/crisisbot/bot/answer"
)

// ErrLoading is what questions get while the first index is still being
// built.
var ErrLoading = errors.New("the corpus is still loading; try again in a moment")

// generation is one loaded engine and the calls running on it. A call holds
// the read lock for its whole length; retiring the generation takes the
// write lock, so the index is closed only after the last call on it ends.
type generation struct {
	engine *answer.Engine
	mu     sync.RWMutex
	closed bool
}

// liveEngine is the answer engine currently serving. It satisfies
// commands.Answerer by running each call on the generation loaded last, so
// that a reload swaps engines under the router: a call that started on the
// old engine finishes on it, and later calls go to the new one.
type liveEngine struct {
	current atomic.Pointer[generation]
}

// acquire returns the serving generation read-locked; the caller must
// release it.
func (l *liveEngine) acquire() (*generation, error) {
	for {
		g := l.current.Load()
		if g == nil {
			return nil, ErrLoading
		}
		g.mu.RLock()
		if !g.closed {
			return g, nil
		}
		// Retired between the load and the lock: a newer one serves.
		g.mu.RUnlock()
	}
}

func (g *generation) release() { g.mu.RUnlock() }

// install puts e in service and retires the engine it replaces: the old
// index is closed once the calls running on it have finished. It returns
// the error of closing the old index.
func (l *liveEngine) install(e *answer.Engine) error {
	var next *generation
	if e != nil {
		next = &generation{engine: e}
	}
	old := l.current.Swap(next)
	if old == nil {
		return nil
	}
	old.mu.Lock()
	defer old.mu.Unlock()
	old.closed = true
	return old.engine.Close()
}

// ready backs /readyz: nil once an engine is loaded.
func (l *liveEngine) ready(context.Context) error {
	if l.current.Load() == nil {
		return ErrLoading
	}
	return nil
}

// Ask runs the serving engine's Ask.
func (l *liveEngine) Ask(ctx context.Context, question string, page answer.Page) (*answer.Answer, error) {
	g, err := l.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()
	return g.engine.Ask(ctx, question, page)
}

// Position runs the serving engine's Position.
func (l *liveEngine) Position(ctx context.Context, who, topic string, page answer.Page) (*answer.Position, error) {
	g, err := l.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()
	return g.engine.Position(ctx, who, topic, page)
}

// Compare runs the serving engine's Compare.
func (l *liveEngine) Compare(ctx context.Context, first, second, topic string) (*answer.Comparison, error) {
	g, err := l.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()
	return g.engine.Compare(ctx, first, second, topic)
}

// Who runs the serving engine's Who.
func (l *liveEngine) Who(ctx context.Context, name string) (*answer.Profile, error) {
	g, err := l.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()
	return g.engine.Who(ctx, name)
}

// Sources runs the serving engine's Sources.
func (l *liveEngine) Sources(ctx context.Context) ([]answer.ArticleInfo, error) {
	g, err := l.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()
	return g.engine.Sources(ctx)
}

// Complete runs the serving engine's Complete; nothing while loading.
func (l *liveEngine) Complete(ctx context.Context, prefix string, max int) []answer.EntityRef {
	g, err := l.acquire()
	if err != nil {
		return nil
	}
	defer g.release()
	return g.engine.Complete(ctx, prefix, max)
}
