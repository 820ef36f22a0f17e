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
// demonym or seat does ("kreml" → Russia): names before aliases, demonyms
// and seats before matches inside a name, and within each of these the
// heaviest first (SetWeight), then by name; then, for prefixes of four letters or
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
	// best holds the smallest completion orders found so far, sorted; an
	// entity matched several ways keeps its best.
	best := make([]int, 0, max)
	n := len(ix.order)
	i, _ := slices.BinarySearchFunc(ix.completions, key, func(c completion, k string) int {
		return strings.Compare(c.key, k)
	})
	for ; i < len(ix.completions) && strings.HasPrefix(ix.completions[i].key, key); i++ {
		best = insertOrder(best, ix.completions[i].order, n, max)
	}
	out := make([]*Entity, 0, max)
	for _, order := range best {
		out = append(out, ix.entityAt(completion{order: order}))
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

// insertOrder adds a completion order to the sorted list best, keeping at
// most max of the smallest orders and at most one per entity (orders are
// equal modulo n for the same entity).
func insertOrder(best []int, order, n, max int) []int {
	if len(best) == max && order >= best[len(best)-1] {
		return best
	}
	for i, o := range best {
		if o%n == order%n {
			if o <= order {
				return best
			}
			best = slices.Delete(best, i, i+1)
			break
		}
	}
	at, _ := slices.BinarySearch(best, order)
	if len(best) == max {
		best = best[:max-1]
	}
	return slices.Insert(best, at, order)
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
