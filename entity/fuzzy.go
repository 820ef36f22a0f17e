package entity

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
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

// WithinEdits reports whether a and b are at most k edits apart:
// insertions, deletions, substitutions and swaps of neighbours, as
// FindInQuery counts them.
func WithinEdits(a, b string, k int) bool {
	var s editScratch
	return s.distance([]rune(a), []rune(b), k) <= k
}

// matchFuzzy matches one word of a question fuzzily (see FindInQuery). A
// word of four letters matches only a name of five with one letter
// dropped ("chna"), or one of four with two letters after the first
// swapped ("Iarn"): a letter changed in a short name may make another
// ("Iram": Iran or Iraq?). A word nearer to a common English word than
// to any name is that word misspelt ("resolutoin" is not "revolution").
func (ix index) matchFuzzy(w word) (Mention, bool) {
	runes := []rune(w.key)
	bound := fuzzyBound(len(runes))
	short := len(runes) == minFuzzyLength-1
	if short {
		bound = 1
	}
	if bound == 0 || ix.common[w.key] || !hasLetter(w.key) {
		return Mention{}, false
	}
	var (
		best     = bound + 1
		found    fuzzyWord
		distinct bool // two entities are equally close
		scratch  editScratch
	)
	near(ix.queryWords, runes, bound, func(fw fuzzyWord) {
		if short && len(fw.runes) != minFuzzyLength {
			return
		}
		if len(runes) == minFuzzyLength && fw.via == ViaAlias && len(fw.runes) == minFuzzyLength && !swappedPair(runes, fw.runes) {
			// A letter changed in a word of five matches no alias:
			// "Caine" is not "Chine", China in French.
			return
		}
		d := scratch.distance(runes, fw.runes, bound)
		switch {
		case d < best:
			best, found, distinct = d, fw, false
		case d == best && fw.id != found.id:
			distinct = true
		}
	})
	if best > bound && short {
		// "Iarn": two letters after the first swapped, the commonest slip,
		// in a name of four letters. Of a word that is the name of one
		// entity and a word of another's alias ("Iran", and "Leader of
		// Iran" for Khamenei), the name.
		near(ix.queryWords, runes, 1, func(fw fuzzyWord) {
			if !swappedPair(runes, fw.runes) {
				return
			}
			switch {
			case best > bound || viaRank(fw.via) < viaRank(found.via):
				best, found, distinct = 1, fw, false
			case fw.id != found.id && viaRank(fw.via) == viaRank(found.via):
				distinct = true
			}
		})
	}
	if best > bound {
		if m, ok := ix.matchSound(w); ok {
			return m, true
		}
		return ix.matchScrambled(w, runes, &scratch)
	}
	if distinct || best > 0 && ix.nearerCommon(runes, best, &scratch) {
		return Mention{}, false
	}
	return Mention{Start: w.start, End: w.end, ID: found.id, Via: found.via, Fuzzy: best > 0}, true
}

// minFuzzyPair is the fewest letters and spaces of two words that
// matchFuzzyPair matches.
const minFuzzyPair = 7

// matchFuzzyPair matches two words of a question that are one slip from
// a name of two words, of exactly one entity, when no word is right on
// its own ("Fu Kong" for Fu Cong, whose short words no slip in one word
// reaches), or that have its first word and the letters of its second
// in another order (see reordered). Two common words are never a name.
func (ix index) matchFuzzyPair(words []word) (Mention, bool) {
	if len(words) < 2 || ix.common[words[0].key] && ix.common[words[1].key] {
		return Mention{}, false
	}
	runes := []rune(words[0].key + " " + words[1].key)
	if len(runes) < minFuzzyPair {
		return Mention{}, false
	}
	found, ok := uniqueNear(ix.fullKeys, runes, 2, func(fw fuzzyWord, scratch *editScratch) bool {
		if strings.Count(string(fw.runes), " ") != 1 {
			return false
		}
		d := scratch.distance(runes, fw.runes, 2)
		return d == 1 || d == 2 && reordered(runes, fw.runes)
	})
	if !ok {
		return Mention{}, false
	}
	return Mention{Start: words[0].start, End: words[1].end, ID: found.id, Via: found.via, Fuzzy: true}, true
}

// uniqueNear returns the word of m within bound edits of runes that
// accept takes, when the words it takes are all of one entity.
func uniqueNear(m map[bucket][]fuzzyWord, runes []rune, bound int, accept func(fuzzyWord, *editScratch) bool) (fuzzyWord, bool) {
	var (
		found    fuzzyWord
		matched  bool
		distinct bool
		scratch  editScratch
	)
	near(m, runes, bound, func(fw fuzzyWord) {
		if !accept(fw, &scratch) {
			return
		}
		switch {
		case !matched:
			found, matched = fw, true
		case fw.id != found.id:
			distinct = true
		}
	})
	return found, matched && !distinct
}

// minSplitName is the fewest letters of two words that matchSplit joins.
const minSplitName = 7

// matchSplit matches two capitalised words of a question, next to each
// other, that are one word of a name written in two, perhaps misspelt as
// FindInQuery allows ("Abdel Ati" for Abdelatty). Neither word may be a
// common word or a name on its own ("Come Iran" is no Comoran).
func (ix index) matchSplit(text string, words []word) (Mention, bool) {
	if len(words) < 2 || strings.TrimSpace(text[words[0].end:words[1].start]) != "" {
		return Mention{}, false
	}
	for _, w := range words[:2] {
		if !w.upper || w.caps || ix.common[w.key] {
			return Mention{}, false
		}
		if _, ok := ix.byKey[w.key]; ok {
			return Mention{}, false
		}
	}
	runes := []rune(words[0].key + words[1].key)
	if len(runes) < minSplitName {
		return Mention{}, false
	}
	bound := fuzzyBound(len(runes))
	found, ok := uniqueNear(ix.queryWords, runes, bound, func(fw fuzzyWord, scratch *editScratch) bool {
		return fw.via != ViaDemonym && fw.via != ViaSeat && scratch.distance(runes, fw.runes, bound) <= bound
	})
	if !ok {
		return Mention{}, false
	}
	return Mention{Start: words[0].start, End: words[1].end, ID: found.id, Via: found.via, Fuzzy: true}, true
}

// reordered reports whether two names of two words have the same first
// word and second words of the same letters in another order, from the
// same first letter: "Amir Hatami" for "Amir Hamati", an article's
// slip or the reader's.
func reordered(a, b []rune) bool {
	af, as, _ := strings.Cut(string(a), " ")
	bf, bs, _ := strings.Cut(string(b), " ")
	x, y := []rune(as), []rune(bs)
	if af != bf || as == bs || len(x) == 0 || len(y) == 0 || x[0] != y[0] {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return string(x) == string(y)
}

// swappedPair reports whether a and b are the same but for two
// neighbouring letters after the first, swapped.
func swappedPair(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 1; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
		}
	}
	return false
}

// matchSound matches a word that is a name in another transliteration:
// one of five or more letters whose soundKey is that of a name or alias
// of exactly one entity ("Arakçi" for Araghchi).
func (ix index) matchSound(w word) (Mention, bool) {
	if utf8.RuneCountInString(w.key) < minFuzzyLength {
		return Mention{}, false
	}
	fws := ix.sounds[soundKey(w.key)]
	if len(fws) == 0 || slices.ContainsFunc(fws, func(fw fuzzyWord) bool { return fw.id != fws[0].id }) {
		return Mention{}, false
	}
	return Mention{Start: w.start, End: w.end, ID: fws[0].id, Via: fws[0].via, Fuzzy: true}, true
}

// matchScrambled matches a word of minScrambledLength letters or more
// that has a name's letters in another order, perhaps with one letter
// more or fewer, between the name's first and last letters ("Arachgi"
// for Araghchi: three edits, but the same letters but one h), when
// exactly one entity has such a name and no common English word is
// within one edit of it. The letters at the ends, and the length, keep
// names apart whose letters are alike ("Haitham" and "Hatami" are not
// Hamati).
func (ix index) matchScrambled(w word, runes []rune, scratch *editScratch) (Mention, bool) {
	if len(runes) < minScrambledLength {
		return Mention{}, false
	}
	var (
		found    fuzzyWord
		matched  bool
		distinct bool
	)
	near(ix.queryWords, runes, 1, func(fw fuzzyWord) {
		if runes[len(runes)-1] != fw.runes[len(fw.runes)-1] || !sameLettersButOne(runes, fw.runes) {
			return
		}
		switch {
		case !matched || viaRank(fw.via) < viaRank(found.via) && fw.id == found.id:
			found, matched = fw, true
		case fw.id != found.id:
			distinct = true
		}
	})
	if !matched || distinct || ix.nearerCommon(runes, 2, scratch) {
		return Mention{}, false
	}
	return Mention{Start: w.start, End: w.end, ID: found.id, Via: found.via, Fuzzy: true}, true
}

// minScrambledLength is the length from which a word may be a name with
// its letters out of order (see matchScrambled).
const minScrambledLength = 7

// sameLettersButOne reports whether a and b hold the same letters, each
// as often, but for one letter that only one of them has once more.
func sameLettersButOne(a, b []rune) bool {
	counts := make(map[rune]int, len(a))
	for _, r := range a {
		counts[r]++
	}
	for _, r := range b {
		counts[r]--
	}
	off := 0
	for _, n := range counts {
		off += max(n, -n)
	}
	return off <= 1
}

// nearerCommon reports whether a common English word is fewer than d
// edits from w.
func (ix index) nearerCommon(w []rune, d int, scratch *editScratch) bool {
	for _, c := range ix.commonRunes {
		if scratch.distance(w, c, d-1) < d {
			return true
		}
	}
	return false
}

// minFuzzyLength is the length from which a word may be any kind of
// misspelling of a name (see fuzzyBound and matchFuzzy).
const minFuzzyLength = 5

// fuzzyBound is how many edits a word of n letters may be from a name and
// still match: none below five letters, one up to seven, two from eight.
func fuzzyBound(n int) int {
	switch {
	case n < minFuzzyLength:
		return 0
	case n < 8:
		return 1
	}
	return 2
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
	ix := r.index(needFuzzy | needRanks)
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
		out[i] = ix.order[ix.rank[id]]
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
func (ix index) suggestScores(p phrase) map[string]int {
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
	if utf8.RuneCountInString(spaced) >= 3 {
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

// compareFuzzyWords orders fuzzy words by their runes, then entity, then
// the kind of name (see viaRank).
func compareFuzzyWords(a, b fuzzyWord) int {
	if c := slices.Compare(a.runes, b.runes); c != 0 {
		return c
	}
	if c := strings.Compare(a.id, b.id); c != 0 {
		return c
	}
	return cmp.Compare(viaRank(a.via), viaRank(b.via))
}

// fuzzyIndex holds the words that fuzzy matching compares against.
type fuzzyIndex struct {
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
	// commonRunes are the common English words as runes, for
	// nearerCommon, converted once.
	commonRunes [][]rune
	// sounds are the queryWords of five or more letters by their
	// soundKey.
	sounds map[string][]fuzzyWord
	// tails map the last words of an organisation's name of three or more
	// words, two or more of them with its head noun ("rights council" of
	// "Human Rights Council"), to the organisation; to "" when several
	// organisations' names end so. A question may name it so; the match
	// is a guess, like a misspelling.
	tails map[string]string
}

// addTails adds the tails of an organisation's names (see fuzzyIndex),
// but none that is a name of its own.
func (ix *fuzzyIndex) addTails(names *nameIndex, e *Entity) {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		p, ok := parsePhrase(name)
		if !ok || len(p.words) < 3 {
			continue
		}
		if c, named := names.byKey[p.words[len(p.words)-1]]; named && (c.kind == Country || c.kind == Person) {
			continue // "… Organization of Iran" ends with a name, no head noun
		}
		if slices.ContainsFunc(p.words, func(w string) bool { return tailStop[w] }) {
			continue // "Office … for Human Rights": its head comes first
		}
		for k := 2; k < len(p.words); k++ {
			tail := strings.Join(p.words[len(p.words)-k:], " ")
			if _, named := names.byKey[tail]; named {
				continue
			}
			if id, ok := ix.tails[tail]; ok && id != e.ID {
				ix.tails[tail] = ""
				continue
			}
			ix.tails[tail] = e.ID
		}
	}
}

// tailStop are the words of a name whose head comes first ("Council of
// the European Union", "Office … for Human Rights"): such a name has no
// tail that names it.
var tailStop = map[string]bool{"of": true, "the": true, "for": true, "and": true, "on": true, "in": true, "to": true, "at": true, "a": true, "an": true}

// matchTail matches the first words of a question that are the tail of
// an organisation's name (see fuzzyIndex): the longest, of up to
// maxTailWords words, and its number of words. A word before the last
// may be typed singular ("the human right council").
func (ix index) matchTail(words []word) (string, int, bool) {
	for n := min(len(words), maxTailWords); n >= 2; n-- {
		keys := make([]string, n)
		for i, w := range words[:n] {
			keys[i] = w.key
		}
		if id := ix.tails[strings.Join(keys, " ")]; id != "" {
			return id, n, true
		}
		for i := range n - 1 {
			if strings.HasSuffix(keys[i], "s") {
				continue
			}
			plural := slices.Clone(keys)
			plural[i] += "s"
			if id := ix.tails[strings.Join(plural, " ")]; id != "" {
				return id, n, true
			}
		}
	}
	return "", 0, false
}

// maxTailWords bounds the words of a tail that matchTail tries.
const maxTailWords = 4

// buildFuzzyIndex fills the word lists that fuzzy matching searches.
func buildFuzzyIndex(names *nameIndex, byID map[string]*Entity, common map[string]bool) *fuzzyIndex {
	ix := &fuzzyIndex{
		queryWords: map[bucket][]fuzzyWord{},
		fullKeys:   map[bucket][]fuzzyWord{},
		nameWords:  map[bucket][]fuzzyWord{},
		tails:      map[string]string{},
		sounds:     map[string][]fuzzyWord{},
	}
	for c := range common {
		ix.commonRunes = append(ix.commonRunes, []rune(c))
	}
	for _, c := range names.byKey {
		r := []rune(c.phrase.spaced())
		b := bucketOf(r)
		fw := newFuzzyWord(r, c.id, c.via)
		ix.fullKeys[b] = append(ix.fullKeys[b], fw)
		if len(c.phrase.words) == 1 && !common[c.key] {
			ix.queryWords[b] = append(ix.queryWords[b], fw)
		}
	}
	for _, e := range byID {
		if e.Kind == Organisation {
			ix.addTails(names, e)
		}
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
				if n < 4 || common[w] || seen[w] {
					continue
				}
				seen[w] = true
				fw := newFuzzyWord([]rune(w), e.ID, via)
				b := bucketOf(fw.runes)
				ix.nameWords[b] = append(ix.nameWords[b], fw)
				if c, ok := names.byKey[w]; ok && c.id == e.ID {
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
			slices.SortFunc(list, compareFuzzyWords)
		}
	}
	for _, list := range ix.queryWords {
		for _, fw := range list {
			if len(fw.runes) >= minFuzzyLength {
				k := soundKey(string(fw.runes))
				ix.sounds[k] = append(ix.sounds[k], fw)
			}
		}
	}
	for _, list := range ix.sounds {
		slices.SortFunc(list, compareFuzzyWords)
	}
	return ix
}
