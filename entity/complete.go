package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxCompletions is the most entities Complete returns, Discord's limit
// for autocomplete choices.
const MaxCompletions = 25

// Complete returns up to max entities (at most MaxCompletions; max ≤ 0
// means MaxCompletions) for autocompleting prefix: first those whose name
// or alias, or a part of one starting at any of its words, starts with the
// folded prefix ("tur" → Turkey, "arag" → Abbas Araghchi), or whose
// demonym or seat does ("kreml" → Russia), heaviest first
// (SetWeight) and then by name; then, for prefixes of four letters or
// more and while room is left, Suggest's fuzzy matches. An empty prefix
// returns the heaviest entities.
func (r *Registry) Complete(prefix string, max int) []*Entity {
	if max <= 0 || max > MaxCompletions {
		max = MaxCompletions
	}
	ix := r.index()
	key := completionPrefix(prefix)
	if key == "" {
		return slices.Clone(ix.order[:min(max, len(ix.order))])
	}
	// best holds the smallest ranks found so far, sorted.
	best := make([]int, 0, max)
	i, _ := slices.BinarySearchFunc(ix.completions, key, func(c completion, k string) int {
		return strings.Compare(c.key, k)
	})
	for ; i < len(ix.completions) && strings.HasPrefix(ix.completions[i].key, key); i++ {
		best = insertRank(best, ix.completions[i].rank, max)
	}
	out := make([]*Entity, 0, max)
	for _, rank := range best {
		out = append(out, ix.order[rank])
	}
	if len(out) < max && utf8.RuneCountInString(key) >= 4 {
		for _, e := range r.Suggest(prefix, max) {
			if len(out) == max {
				break
			}
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// insertRank adds rank to the sorted list best, keeping at most max of the
// smallest ranks and no duplicates.
func insertRank(best []int, rank, max int) []int {
	if len(best) == max && rank >= best[len(best)-1] {
		return best
	}
	at, found := slices.BinarySearch(best, rank)
	if found {
		return best
	}
	if len(best) == max {
		best = best[:max-1]
	}
	return slices.Insert(best, at, rank)
}

// completionPrefix folds a typed prefix into the form of completion keys:
// words joined by single spaces, keeping one trailing space if the user
// has finished a word ("abbas " completes only names with more words).
func completionPrefix(prefix string) string {
	words := splitWords(prefix, nil)
	if len(words) == 0 {
		return ""
	}
	if len(words) > 1 && words[0].key == "the" {
		words = words[1:]
	}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = w.key
	}
	key := strings.Join(keys, " ")
	if last, _ := utf8.DecodeLastRuneInString(prefix); !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		key += " "
	}
	return key
}
