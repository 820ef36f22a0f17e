package service

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/corpus"
)

// reloadQuiet is how long the corpus directory must be quiet after a change
// before it is reloaded, so that an editor's or rsync's burst of writes
// causes one reload, not many.
const reloadQuiet = 500 * time.Millisecond

// ReloadSummary describes the corpus a reload put in service.
type ReloadSummary struct {
	Articles, Passages, Statements int
	Took                           time.Duration
}

// String is the summary in a sentence, for logs and the /reload reply.
func (r ReloadSummary) String() string {
	return fmt.Sprintf("%d articles, %d passages, %d statements (took %v)",
		r.Articles, r.Passages, r.Statements, r.Took.Round(time.Millisecond))
}

// CorpusError is a reload refused because files of the new corpus have
// errors; the last good corpus goes on serving.
type CorpusError struct {
	Problems []corpus.Problem
}

func (e *CorpusError) Error() string {
	const shown = 10
	var b strings.Builder
	fmt.Fprintf(&b, "the corpus has %d file(s) with errors:", len(e.Problems))
	for i, p := range e.Problems {
		if i == shown {
			fmt.Fprintf(&b, "\n…and %d more", len(e.Problems)-shown)
			break
		}
		b.WriteString("\n" + p.Error())
	}
	return b.String()
}

// Reload reads the corpus again, builds a new index beside the one serving
// and swaps it in atomically: questions in flight finish on the old index,
// later ones go to the new. If the new corpus has errors, or cannot be
// loaded at all, nothing changes and the error says why (a *CorpusError for
// bad files). Reloads run one at a time.
//
// A reload always builds its index in memory, even when the service started
// from a persistent index: that index stays as it was, for the next start.
func (s *Service) Reload(ctx context.Context) (ReloadSummary, error) {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	start := time.Now()
	e, problems, err := answer.Load(ctx, answer.LoadOptions{CorpusDir: s.cfg.Corpus, Logger: s.log})
	if err == nil && len(problems) > 0 {
		if cerr := e.Close(); cerr != nil {
			s.log.Warn("close refused index", "err", cerr)
		}
		err = &CorpusError{Problems: problems}
	}
	if err != nil {
		s.metrics.Reloaded(err)
		s.log.Error("reload refused", "err", err)
		return ReloadSummary{}, fmt.Errorf("reload: %w", err)
	}
	sum := s.put(e, start)
	s.metrics.Reloaded(nil)
	s.log.Info("corpus reloaded", "summary", sum.String())
	return sum, nil
}

// put installs a freshly loaded engine in service, gives back the memory
// loading used, records the corpus size, and summarises it.
func (s *Service) put(e *answer.Engine, start time.Time) ReloadSummary {
	res := e.Result()
	sum := ReloadSummary{Articles: len(res.Articles), Passages: len(res.Passages), Statements: len(res.Statements), Took: time.Since(start)}
	if err := s.engine.install(e); err != nil {
		s.log.Warn("close the replaced index", "err", err)
	}
	releaseLoadGarbage()
	s.metrics.SetCorpus(sum.Articles, sum.Passages)
	return sum
}

// reloadOnSignal reloads on every SIGHUP until ctx ends.
func (s *Service) reloadOnSignal(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-hup:
			s.log.Info("SIGHUP: reloading the corpus")
			s.Reload(ctx) // logged and counted by Reload
		}
	}
}

// newCorpusWatcher watches dir and every directory under it.
func newCorpusWatcher(dir string) (*fsnotify.Watcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch corpus: %w", err)
	}
	if err := watchTree(w, dir); err != nil {
		w.Close()
		return nil, fmt.Errorf("watch corpus: %w", err)
	}
	return w, nil
}

// watchCorpus reloads when files watched by w (see newCorpusWatcher)
// change, once the directory has been quiet for reloadQuiet, until ctx
// ends.
func (s *Service) watchCorpus(ctx context.Context, w *fsnotify.Watcher) error {
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					if err := watchTree(w, ev.Name); err != nil {
						s.log.Warn("watch new corpus directory", "dir", ev.Name, "err", err)
					}
				}
			}
			quiet.Reset(reloadQuiet)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			s.log.Warn("corpus watcher", "err", err)
		case <-quiet.C:
			s.log.Info("corpus changed: reloading")
			s.Reload(ctx) // logged and counted by Reload
		}
	}
}

// watchTree adds dir and every directory under it to w.
func watchTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if err := w.Add(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		return nil
	})
}
