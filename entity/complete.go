package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/fold"
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
	ix := r.index(needRanks)
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
	words := splitWords(prefix)
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

// completion is one prefix-searchable key of an entity: a name or alias,
// or the part of one that starts at one of its later words.
type completion struct {
	key string // folded words joined by single spaces
	// order sorts the completions of one prefix: the tier (0 for the
	// entity's name, 1 for an alias, demonym or seat, 2 for a part
	// starting at a later word) times the number of entities, plus the
	// entity's rank in index.order.
	order int
}

// rankIndex orders entities for Complete and Suggest.
type rankIndex struct {
	// order is every entity by weight (heaviest first), then folded name,
	// then ID; rank is the position of each ID in it.
	order []*Entity
	rank  map[string]int
	// completions are sorted by key, then order.
	completions []completion
}

// buildRankIndex orders the entities by weight and fills the completions.
func buildRankIndex(byID map[string]*Entity, weights map[string]int) *rankIndex {
	ix := &rankIndex{rank: make(map[string]int, len(byID))}
	folded := make(map[string]string, len(byID))
	for _, e := range byID {
		ix.order = append(ix.order, e)
		folded[e.ID] = fold.String(e.Name)
	}
	slices.SortFunc(ix.order, func(a, b *Entity) int {
		if c := cmp.Compare(weights[b.ID], weights[a.ID]); c != 0 {
			return c
		}
		if c := strings.Compare(folded[a.ID], folded[b.ID]); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i, e := range ix.order {
		ix.rank[e.ID] = i
	}
	ix.addCompletions()
	return ix
}

// addCompletions fills the sorted completion keys: each name, alias,
// demonym and seat of each entity, and each tail of them that starts at a
// word of three or more letters ("araghchi" for "Abbas Araghchi").
func (ix *rankIndex) addCompletions() {
	n := len(ix.order)
	for _, e := range ix.order {
		rank := ix.rank[e.ID]
		for j, name := range slices.Concat([]string{e.Name}, e.Aliases, e.Demonyms, e.Seats) {
			p, ok := parsePhrase(name)
			if !ok {
				continue
			}
			for i, w := range p.words {
				tier := 0
				switch {
				case i > 0 && utf8.RuneCountInString(w) < 3:
					continue
				case i > 0:
					tier = 2
				case j > 0:
					tier = 1
				}
				ix.completions = append(ix.completions, completion{key: strings.Join(p.words[i:], " "), order: tier*n + rank})
			}
		}
	}
	slices.SortFunc(ix.completions, func(a, b completion) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.order, b.order)
	})
	ix.completions = slices.Compact(ix.completions)
}

// entityAt returns the entity of a completion.
func (ix *rankIndex) entityAt(c completion) *Entity {
	return ix.order[c.order%len(ix.order)]
}
