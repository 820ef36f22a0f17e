package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// claim is one entity's claim to a folded name.
type claim struct {
	entity *Entity
	id     string // entity.ID
	kind   Kind   // entity.Kind
	via    Via
	phrase phrase
	key    string // phrase.key()
	// caps: every way the entity writes this name is in capitals and three
	// letters at most ("US", "U.S."), or is its initials ("MBS"), so
	// articles must write it so too.
	caps bool
}

// better reports whether claim a beats claim b for the same name: by how
// the name is held (name, alias, seat, demonym, surname), then by kind
// (country, organisation, person, group), then by the smaller ID.
func (a *claim) better(b *claim) bool {
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
	case ViaSurname:
		return 4
	}
	return 5
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

// entityClaims returns an entity's claims to names, one per folded name:
// the best way it holds the name, and capitals required only if every way
// of writing it is a short all-capital alias. A person also claims their
// surname, unless it is a common English word, and the initials of a
// name of three or more words, in capitals.
func entityClaims(e *Entity, common map[string]bool) []*claim {
	var out []*claim
	add := func(via Via, name string) {
		p, ok := parsePhrase(name)
		if !ok {
			return
		}
		c := &claim{entity: e, id: e.ID, kind: e.Kind, via: via, phrase: p, key: p.key(), caps: isShortCaps(name) || via == ViaInitials}
		for i, old := range out {
			if old.key == c.key {
				caps := old.caps && c.caps
				if c.better(old) {
					out[i] = c
				}
				out[i].caps = caps
				return
			}
		}
		out = append(out, c)
	}
	add(ViaName, e.Name)
	for _, a := range e.Aliases {
		add(ViaAlias, a)
	}
	for _, s := range e.Seats {
		add(ViaSeat, s)
	}
	for _, d := range e.Demonyms {
		add(ViaDemonym, d)
	}
	if s, ok := surname(e); ok && !common[s] {
		add(ViaSurname, s)
	}
	if s, ok := initials(e); ok {
		add(ViaInitials, s)
	}
	return out
}

// Conflict is a name that more than one entity claims.
type Conflict struct {
	// Key is the folded name.
	Key string
	// IDs are the claimants, the winner first. The winner is the one
	// claiming it as a name, then alias, seat, demonym, surname; then a
	// country before an organisation, person or group; then the smaller ID.
	// A surname shared by two people goes to neither: IDs has no winner
	// and Dropped is true.
	IDs     []string
	Dropped bool
}

// nameIndex is what exact lookups need: the winning claim of every name.
// It is built from the registry's claims and never modified afterwards.
type nameIndex struct {
	// byKey holds the winning claim for every folded name (phrase.key).
	byKey map[string]*claim
	// byFirst holds the winning claims by their first word, the claims
	// with the most words first, for scanning text.
	byFirst   map[string][]*claim
	conflicts []Conflict
}

// buildNameIndex picks the winner of every claimed name (see Conflict).
func buildNameIndex(claims map[string][]*claim) *nameIndex {
	ix := &nameIndex{byKey: make(map[string]*claim, len(claims)), byFirst: map[string][]*claim{}}
	for key, list := range claims {
		if len(list) == 1 { // the common case: nobody else wants the name
			ix.byKey[key] = list[0]
			first := list[0].phrase.words[0]
			ix.byFirst[first] = append(ix.byFirst[first], list[0])
			continue
		}
		list = slices.Clone(list)
		slices.SortFunc(list, func(a, b *claim) int {
			if a.better(b) {
				return -1
			}
			if b.better(a) {
				return 1
			}
			return 0
		})
		dropped := list[0].via == list[1].via && (list[0].via == ViaSurname || list[0].via == ViaInitials)
		c := Conflict{Key: key, Dropped: dropped}
		for _, cl := range list {
			c.IDs = append(c.IDs, cl.id)
		}
		ix.conflicts = append(ix.conflicts, c)
		if dropped {
			continue
		}
		win := list[0]
		ix.byKey[key] = win
		first := win.phrase.words[0]
		ix.byFirst[first] = append(ix.byFirst[first], win)
	}
	for _, list := range ix.byFirst {
		if len(list) == 1 {
			continue
		}
		slices.SortFunc(list, func(a, b *claim) int {
			if c := cmp.Compare(len(b.phrase.words), len(a.phrase.words)); c != 0 {
				return c
			}
			return strings.Compare(a.key, b.key)
		})
	}
	slices.SortFunc(ix.conflicts, func(a, b Conflict) int { return strings.Compare(a.Key, b.Key) })
	return ix
}

// surname returns the folded last word of a person's name of two or more
// words, if it has at least three letters: "trump" for "Donald Trump".
func surname(e *Entity) (string, bool) {
	words, ok := nameWords(e, 2)
	if !ok {
		return "", false
	}
	last := words[len(words)-1]
	if utf8.RuneCountInString(last) < 3 {
		return "", false
	}
	return last, true
}

// initials returns the initials of a person's name of three or more
// words, in capitals: "MBS" for "Mohammed bin Salman".
func initials(e *Entity) (string, bool) {
	words, ok := nameWords(e, 3)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String(), true
}

// nameWords returns the folded words of a person's name of at least n
// words.
func nameWords(e *Entity, n int) ([]string, bool) {
	if e.Kind != Person {
		return nil, false
	}
	p, ok := parsePhrase(e.Name)
	if !ok || len(p.words) < n {
		return nil, false
	}
	return p.words, true
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
