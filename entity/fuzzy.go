package entity

import (
	"cmp"
	"slices"
	"strings"
)

// editScratch holds the rows of the edit-distance table between calls,
// so that comparing one word against thousands allocates little.
type editScratch struct {
	rows [3][]int
}

// distance returns the optimal-string-alignment distance between a and b
// (the Damerau–Levenshtein distance where no substring is edited twice:
// insertions, deletions, substitutions and swaps of neighbours each cost
// one), or max+1 as soon as it is certain to exceed max.
func (s *editScratch) distance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	for i := range s.rows {
		if cap(s.rows[i]) < len(b)+1 {
			s.rows[i] = make([]int, len(b)+1)
		}
		s.rows[i] = s.rows[i][:len(b)+1]
	}
	prev2, prev, cur := s.rows[0], s.rows[1], s.rows[2]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

// Suggest returns up to max entities whose names resemble name, best
// first, for "did you mean": an exact name, then names that start with
// it (for three letters or more), then names within the edit distance
// FindInQuery allows, then entities with a name word close to one of
// name's words; ties go to the heavier entity (SetWeight), then by name.
// It returns nothing when nothing is close.
func (r *Registry) Suggest(name string, max int) []*Entity {
	if max <= 0 {
		return nil
	}
	ix := r.index()
	p, ok := parsePhrase(name)
	if !ok {
		return nil
	}
	scores := ix.suggestScores(p)
	ids := make([]string, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(scores[a], scores[b]); c != 0 {
			return c
		}
		return cmp.Compare(ix.rank[a], ix.rank[b])
	})
	if len(ids) > max {
		ids = ids[:max]
	}
	out := make([]*Entity, len(ids))
	for i, id := range ids {
		out[i] = ix.byID[id]
	}
	return out
}

// Scores of Suggest's kinds of match; lower is better.
const (
	scoreExact    = 0
	scorePrefix   = 1
	scoreDistance = 2  // plus the distance
	scoreWord     = 10 // plus the distance
	// maxPrefixScan bounds how many completion keys a prefix match reads.
	maxPrefixScan = 500
)

// suggestScores scores every entity that resembles the phrase.
func (ix *index) suggestScores(p phrase) map[string]int {
	scores := map[string]int{}
	note := func(id string, s int) {
		if old, ok := scores[id]; !ok || s < old {
			scores[id] = s
		}
	}
	if c, ok := ix.byKey[p.key()]; ok {
		note(c.id, scoreExact)
	}
	spaced := p.spaced()
	if runeLen(spaced) >= 3 {
		i, _ := slices.BinarySearchFunc(ix.completions, spaced, func(c completion, k string) int {
			return strings.Compare(c.key, k)
		})
		for n := 0; i < len(ix.completions) && n < maxPrefixScan && strings.HasPrefix(ix.completions[i].key, spaced); i, n = i+1, n+1 {
			note(ix.entityAt(ix.completions[i]).ID, scorePrefix)
		}
	}
	var scratch editScratch
	q := []rune(spaced)
	if bound := fuzzyBound(len(q)); bound > 0 {
		near(ix.fullKeys, q, bound, func(fw fuzzyWord) {
			if d := scratch.distance(q, fw.runes, bound); d <= bound {
				note(fw.id, scoreDistance+d)
			}
		})
	}
	for _, w := range p.words {
		q := []rune(w)
		bound := fuzzyBound(len(q))
		if bound == 0 || ix.common[w] {
			continue
		}
		near(ix.nameWords, q, bound, func(fw fuzzyWord) {
			if d := scratch.distance(q, fw.runes, bound); d <= bound {
				note(fw.id, scoreWord+d)
			}
		})
	}
	return scores
}
