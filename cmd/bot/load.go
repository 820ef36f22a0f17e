package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

// knowledgeFile is the name of a user's knowledge file beside their corpus.
const knowledgeFile = "knowledge.yaml"

// loadArticles reads the corpus the flags name: a directory, or the
// built-in corpus.
func (a *app) loadArticles() ([]*corpus.Article, []corpus.Problem, error) {
	if a.corpusDir == "" {
		articles, problems := corpus.Load(corpus.Builtin())
		return articles, problems, nil
	}
	info, err := os.Stat(a.corpusDir)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("corpus: %s is not a directory", a.corpusDir)
	}
	articles, problems := corpus.LoadDir(a.corpusDir)
	return articles, problems, nil
}

// loadKnowledge returns the built-in knowledge, plus the knowledge file
// beside the corpus when there is one.
func (a *app) loadKnowledge() (*entity.Registry, error) {
	reg, err := entity.Builtin()
	if err != nil {
		return nil, fmt.Errorf("built-in knowledge: %w", err)
	}
	if a.corpusDir == "" {
		return reg, nil
	}
	path := filepath.Join(a.corpusDir, knowledgeFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return reg, nil
	}
	if err != nil {
		return nil, fmt.Errorf("knowledge: %w", err)
	}
	extra, err := entity.ParseKnowledge(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, e := range extra {
		if err := reg.Add(e); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return reg, nil
}

// extract loads the corpus and the knowledge and finds who said what.
func (a *app) extract() (*attribution.Result, []corpus.Problem, error) {
	articles, problems, err := a.loadArticles()
	if err != nil {
		return nil, nil, err
	}
	reg, err := a.loadKnowledge()
	if err != nil {
		return nil, problems, err
	}
	return attribution.Extract(articles, reg), problems, nil
}
