package entity

import (
	_ "embed"
	"strings"
)

// commonWordList is common English words, one a line; lines starting
// with # are comments. FindInQuery and Suggest never match them fuzzily,
// an all-capital acronym spelling one ("US") must be typed in capitals,
// and a person's surname that is one is not matched on its own.
//
//go:embed commonwords.txt
var commonWordList string

// commonWords returns the set of common English words.
func commonWords() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(commonWordList, "\n") {
		w := strings.TrimSpace(line)
		if w != "" && !strings.HasPrefix(w, "#") {
			set[w] = true
		}
	}
	return set
}
