package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crisisbot/bot/corpus"
)

// reportProblems writes the corpus problems to standard error: the files
// that were skipped, and why.
func (a *app) reportProblems(problems []corpus.Problem) {
	for _, p := range problems {
		fmt.Fprintf(a.stderr, "skipped %s\n", p.Error())
	}
}

// clip shortens s to at most n runes, ending at a word with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)[:n]
	cut := string(runes)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// shortID shortens an article ID like "000_95fbb9e21a49f70c" to "000" for
// tables; other IDs are kept.
func shortID(id string) string {
	if i := strings.IndexByte(id, '_'); i > 0 && len(id)-i == 17 {
		return id[:i]
	}
	return id
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
