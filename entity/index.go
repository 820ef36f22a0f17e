package entity

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/fold"
)

// claim is one entity's claim to a folded name.
type claim struct {
	id     string
	kind   Kind
	via    Via
	phrase phrase
	key    string // phrase.key()
	// caps: every way the entity writes this name is in capitals and three
	// letters at most ("US", "U.S."), so articles must write it so too.
	caps bool
}

// better reports whether claim a beats claim b for the same name: by how
// the name is held (name, alias, seat, demonym, surname), then by kind
// (country, organisation, person, group), then by the smaller ID.
func (a claim) better(b claim) bool {
	if a.via != b.via {
		return viaRank(a.via) < viaRank(b.via)
	}
	if a.kind != b.kind {
		return kindRank(a.kind) < kindRank(b.kind)
	}
	return a.id < b.id
}

func viaRank(v Via) int {
	switch v {
	case ViaName:
		return 0
	case ViaAlias:
		return 1
	case ViaSeat:
		return 2
	case ViaDemonym:
		return 3
	}
	return 4
}

func kindRank(k Kind) int {
	switch k {
	case Country:
		return 0
	case Organisation:
		return 1
	case Person:
		return 2
	}
	return 3
}

// fuzzyWord is a word or name that fuzzy matching compares against.
type fuzzyWord struct {
	runes   []rune
	letters letterSet
	id      string
	via     Via
}

// newFuzzyWord returns the fuzzy word for w.
func newFuzzyWord(w []rune, id string, via Via) fuzzyWord {
	return fuzzyWord{runes: w, letters: lettersOf(w), id: id, via: via}
}

// letterSet is the set of letters of a word, one bit per letter (a–z, and
// five bits shared by all other runes). Every letter of one word missing
// from another costs at least one edit, so the sets give a lower bound on
// the edit distance that is far cheaper to compute than the distance.
type letterSet uint32

func lettersOf(w []rune) letterSet {
	var s letterSet
	for _, r := range w {
		if 'a' <= r && r <= 'z' {
			s |= 1 << (r - 'a')
		} else {
			s |= 1 << (26 + r%5)
		}
	}
	return s
}

// farApart reports whether words with letter sets a and b are certainly
// more than max edits apart.
func farApart(a, b letterSet, max int) bool {
	return bits.OnesCount32(uint32(a&^b)) > max || bits.OnesCount32(uint32(b&^a)) > max
}

// bucket groups fuzzy words by first letter and length in runes. Fuzzy
// matching assumes the first letter is typed right, as spell checkers
// commonly do, and compares a word only with words of its bucket and of
// the buckets of nearby lengths; that keeps it fast with many entities.
type bucket struct {
	first rune
	n     int
}

// bucketOf returns the bucket of a word given as runes (at least one).
func bucketOf(w []rune) bucket { return bucket{first: w[0], n: len(w)} }

// near calls fn for every fuzzy word in m that may be within bound edits
// of w: it starts with the same letter, its length is within bound of w's,
// and its letters do not rule it out.
func near(m map[bucket][]fuzzyWord, w []rune, bound int, fn func(fuzzyWord)) {
	letters := lettersOf(w)
	for n := len(w) - bound; n <= len(w)+bound; n++ {
		for _, fw := range m[bucket{first: w[0], n: n}] {
			if !farApart(letters, fw.letters, bound) {
				fn(fw)
			}
		}
	}
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

// index is everything the registry looks names up in. It is built from a
// snapshot of the registry and never modified afterwards.
type index struct {
	byID map[string]*Entity
	// byKey holds the winning claim for every folded name (phrase.key).
	byKey map[string]claim
	// byFirst holds the winning claims by their first word, the claims
	// with the most words first, for scanning text.
	byFirst map[string][]claim
	// queryWords are what a question's words are fuzzily matched against:
	// one-word names, aliases, demonyms, seats and surnames, and the words
	// of people's names.
	queryWords map[bucket][]fuzzyWord
	// fullKeys are all names, aliases, demonyms, seats and surnames
	// (spaced form), for Suggest.
	fullKeys map[bucket][]fuzzyWord
	// nameWords are the words of four or more letters of every name and
	// alias, for Suggest.
	nameWords map[bucket][]fuzzyWord
	// completions are sorted by key, then rank.
	completions []completion
	// order is every entity by weight (heaviest first), then folded name.
	order []*Entity
	rank  map[string]int
	// common are common English words, never fuzzily matched.
	common    map[string]bool
	conflicts []Conflict
}

// buildIndex indexes the entities.
func buildIndex(byID map[string]*Entity, weights map[string]int) *index {
	ix := &index{
		byID:       make(map[string]*Entity, len(byID)),
		byKey:      map[string]claim{},
		byFirst:    map[string][]claim{},
		queryWords: map[bucket][]fuzzyWord{},
		fullKeys:   map[bucket][]fuzzyWord{},
		nameWords:  map[bucket][]fuzzyWord{},
		rank:       make(map[string]int, len(byID)),
		common:     commonWords(),
	}
	for id, e := range byID {
		ix.byID[id] = e
		ix.order = append(ix.order, e)
	}
	folded := make(map[string]string, len(byID))
	for _, e := range ix.order {
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
	ix.addClaims()
	ix.addFuzzy()
	ix.addCompletions()
	return ix
}

// addClaims collects every entity's claims to names, keeps the winner of
// each name and records the conflicts.
func (ix *index) addClaims() {
	claims := map[string][]claim{} // folded name → claims, one per entity
	add := func(e *Entity, via Via, name string) {
		p, ok := parsePhrase(name)
		if !ok {
			return
		}
		c := claim{id: e.ID, kind: e.Kind, via: via, phrase: p, key: p.key(), caps: isShortCaps(name)}
		list := claims[c.key]
		for i, old := range list {
			if old.id == c.id {
				caps := old.caps && c.caps
				if c.better(old) {
					list[i] = c
				}
				list[i].caps = caps
				return
			}
		}
		claims[c.key] = append(list, c)
	}
	for _, e := range ix.order {
		add(e, ViaName, e.Name)
		for _, a := range e.Aliases {
			add(e, ViaAlias, a)
		}
		for _, s := range e.Seats {
			add(e, ViaSeat, s)
		}
		for _, d := range e.Demonyms {
			add(e, ViaDemonym, d)
		}
		if s, ok := surname(e); ok && !ix.common[s] {
			add(e, ViaSurname, s)
		}
	}
	for key, list := range claims {
		slices.SortFunc(list, func(a, b claim) int {
			if a.better(b) {
				return -1
			}
			if b.better(a) {
				return 1
			}
			return 0
		})
		dropped := len(list) > 1 && list[0].via == ViaSurname && list[1].via == ViaSurname
		if len(list) > 1 {
			c := Conflict{Key: key, Dropped: dropped}
			for _, cl := range list {
				c.IDs = append(c.IDs, cl.id)
			}
			ix.conflicts = append(ix.conflicts, c)
		}
		if dropped {
			continue
		}
		win := list[0]
		ix.byKey[key] = win
		first := win.phrase.words[0]
		ix.byFirst[first] = append(ix.byFirst[first], win)
	}
	for _, list := range ix.byFirst {
		slices.SortFunc(list, func(a, b claim) int {
			if c := cmp.Compare(len(b.phrase.words), len(a.phrase.words)); c != 0 {
				return c
			}
			return strings.Compare(a.key, b.key)
		})
	}
	slices.SortFunc(ix.conflicts, func(a, b Conflict) int { return strings.Compare(a.Key, b.Key) })
}

// addFuzzy fills the word lists that fuzzy matching searches.
func (ix *index) addFuzzy() {
	for _, c := range ix.byKey {
		r := []rune(c.phrase.spaced())
		b := bucketOf(r)
		fw := newFuzzyWord(r, c.id, c.via)
		ix.fullKeys[b] = append(ix.fullKeys[b], fw)
		if len(c.phrase.words) == 1 && !ix.common[c.key] {
			ix.queryWords[b] = append(ix.queryWords[b], fw)
		}
	}
	for _, e := range ix.order {
		seen := map[string]bool{}
		for i, name := range append([]string{e.Name}, e.Aliases...) {
			via := ViaAlias
			if i == 0 {
				via = ViaName
			}
			p, ok := parsePhrase(name)
			if !ok {
				continue
			}
			for _, w := range p.words {
				n := utf8.RuneCountInString(w)
				if n < 4 || ix.common[w] || seen[w] {
					continue
				}
				seen[w] = true
				fw := newFuzzyWord([]rune(w), e.ID, via)
				b := bucketOf(fw.runes)
				ix.nameWords[b] = append(ix.nameWords[b], fw)
				if c, ok := ix.byKey[w]; ok && c.id == e.ID {
					continue // already there as a one-word name or surname
				}
				if e.Kind == Person && len(p.words) > 1 {
					ix.queryWords[b] = append(ix.queryWords[b], fw)
				}
			}
		}
	}
	// Map iteration order is random; sort so that results never depend on it.
	for _, m := range []map[bucket][]fuzzyWord{ix.fullKeys, ix.queryWords, ix.nameWords} {
		for _, list := range m {
			slices.SortFunc(list, func(a, b fuzzyWord) int {
				if c := slices.Compare(a.runes, b.runes); c != 0 {
					return c
				}
				if c := strings.Compare(a.id, b.id); c != 0 {
					return c
				}
				return cmp.Compare(viaRank(a.via), viaRank(b.via))
			})
		}
	}
}

// addCompletions fills the sorted completion keys: each name, alias,
// demonym and seat of each entity, and each tail of them that starts at a
// word of three or more letters ("araghchi" for "Abbas Araghchi").
func (ix *index) addCompletions() {
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
func (ix *index) entityAt(c completion) *Entity {
	return ix.order[c.order%len(ix.order)]
}

// surname returns the folded last word of a person's name of two or more
// words, if it has at least three letters: "trump" for "Donald Trump".
func surname(e *Entity) (string, bool) {
	if e.Kind != Person {
		return "", false
	}
	p, ok := parsePhrase(e.Name)
	if !ok || len(p.words) < 2 {
		return "", false
	}
	last := p.words[len(p.words)-1]
	if utf8.RuneCountInString(last) < 3 {
		return "", false
	}
	return last, true
}

// isShortCaps reports whether a name is written in capitals and has one
// to three letters ("US", "U.S.", "UAE"); such a name only matches text
// written in capitals, since "us" and "un" are ordinary words.
func isShortCaps(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 3
}
