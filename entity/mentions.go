package entity

import (
	"slices"
	"strings"
)

// Via says which of an entity's names a mention matched.
type Via string

// The ways a mention can name an entity.
const (
	ViaName    Via = "name"
	ViaAlias   Via = "alias"
	ViaDemonym Via = "demonym"
	ViaSeat    Via = "seat"
	// ViaSurname is a person's surname on its own ("Araghchi"); a surname
	// two known people share matches neither.
	ViaSurname Via = "surname"
	// ViaInitials are the initials of a person's name of three or more
	// words, in capitals ("MBS" for Mohammed bin Salman); any other claim
	// to the letters wins, and initials two people share match neither.
	ViaInitials Via = "initials"
	// ViaTail is, in a question only, the last two or more words of an
	// organisation's name of three or more ("rights council" for the
	// UN Human Rights Council), when no other organisation's name ends so.
	ViaTail Via = "tail"
)

// Mention is a place in a text that names an entity.
type Mention struct {
	// Start and End are byte offsets into the text: text[Start:End] is the
	// name as written, without a possessive "’s".
	Start int    `json:"start"`
	End   int    `json:"end"`
	ID    string `json:"id"`
	Via   Via    `json:"via"`
	// Fuzzy is true when the words only resemble a name (a misspelling
	// in a question); Mentions never sets it.
	Fuzzy bool `json:"fuzzy,omitempty"`
}

// Mentions finds the entities named in article text: whole words, folded
// for case and diacritics, the longest name first, never overlapping, in
// order of position. Because articles are edited text, a mention must
// start with a capital letter ("turkey" the bird and "us" the pronoun do
// not match), and an alias of at most three capitals ("US", "UN", "UAE")
// must be written in capitals. "Iran’s" matches Iran.
func (r *Registry) Mentions(text string) []Mention {
	return r.index(0).scan(text, articleCase, false)
}

// FindInQuery finds the entities a user's question names. Unlike
// Mentions it ignores case ("turkey position"), except that an acronym
// that is also an English word ("US") must be typed in capitals, and it
// tolerates misspellings ("araghci"): a word of 5–7 letters may be one
// edit (insertion, deletion, substitution or swap of neighbours) away
// from a one-word name, alias, demonym, seat or surname, or from a word
// of a person's name; a word of 8 or more letters two edits; a word of 4
// letters only a name of 5 with a letter dropped ("chna") or of 4 with
// two neighbours swapped ("Iarn"). The first letter must be right.
// Shorter words and common English words are never matched fuzzily, and
// a word as close to two entities matches neither. Fuzzy mentions have
// Fuzzy set.
func (r *Registry) FindInQuery(question string) []Mention {
	return r.index(needFuzzy).scan(question, queryCase, true)
}

// scan finds the mentions in text from left to right: at each word, the
// longest name that the case rule allows, or else, if fuzzy is set (which
// needs the fuzzy index), a fuzzy match of the word alone.
func (ix index) scan(text string, rule caseRule, fuzzy bool) []Mention {
	words := splitWords(text)
	var out []Mention
	for i := 0; i < len(words); {
		if fuzzy && ix.acronymPlace(text, words, i, out, rule) {
			words[i].caps = true
		}
		c, n, ok := ix.longest(text, words[i:], rule)
		if fuzzy {
			if pc, pn, pok := ix.matchPlainS(text, words[i:], rule); pok && pn > n {
				c, n, ok = pc, pn, true
			}
		}
		if ok {
			out = append(out, Mention{Start: words[i].start, End: words[i+n-1].end, ID: c.id, Via: c.via})
			i += n
			continue
		}
		if fuzzy {
			if id, n, ok := ix.matchTail(words[i:]); ok {
				out = append(out, Mention{Start: words[i].start, End: words[i+n-1].end, ID: id, Via: ViaTail, Fuzzy: true})
				i += n
				continue
			}
			if m, ok := ix.matchFuzzyPair(words[i:]); ok {
				out = append(out, m)
				i += 2
				continue
			}
			if m, ok := ix.matchSplit(text, words[i:]); ok {
				out = append(out, m)
				i += 2
				continue
			}
			if m, ok := ix.matchFuzzy(words[i]); ok {
				out = append(out, m)
			}
		}
		i++
	}
	return out
}

// acronymPlace reports whether words[i] of a question stands where an
// acronym that is also a word ("us") cannot be the word, so that it may be
// typed in lower case: after "the" ("the us president"), or for a
// country's, next to another name ("iran us talks", "us iran deal"),
// joined to one ("iran vs us", see pairings), or before a word of its
// state (see statePart). out are the mentions found before words[i].
func (ix index) acronymPlace(text string, words []word, i int, out []Mention, rule caseRule) bool {
	if !ix.common[words[i].key] {
		return false
	}
	if i > 0 && words[i-1].key == "the" {
		return true
	}
	// Next to a name, only a country's acronym: "iran who voted" is no
	// World Health Organization.
	if c, ok := ix.byKey[words[i].key]; !ok || c.kind != Country {
		return false
	}
	if i > 0 && len(out) > 0 && out[len(out)-1].End == words[i-1].end {
		return true
	}
	// Or joined to one: "iran vs us", "iran and us tensions".
	if i > 1 && pairings[words[i-1].key] && len(out) > 0 && out[len(out)-1].End == words[i-2].end {
		return true
	}
	if i+1 < len(words) {
		if statePart[words[i+1].key] && (i == 0 || !objectVerbs[words[i-1].key]) {
			return true // "us defense secretary on iran", "us troops"
		}
		_, _, ok := ix.longest(text, words[i+1:], rule)
		return ok
	}
	return false
}

// objectVerbs are verbs whose object "us" is the pronoun before any
// word: "give us military details".
var objectVerbs = map[string]bool{
	"give": true, "tell": true, "show": true, "let": true, "help": true, "send": true, "get": true,
	"brief": true, "update": true, "keep": true, "bring": true, "remind": true, "teach": true, "warn": true,
}

// statePart are the words after a country's acronym that is also a word
// ("us") that make it the country: its offices, officials and forces.
var statePart = map[string]bool{
	"president": true, "secretary": true, "envoy": true, "ambassador": true, "official": true, "officials": true,
	"navy": true, "army": true, "military": true, "forces": true, "troops": true, "warships": true, "carrier": true,
	"government": true, "administration": true, "defense": true, "defence": true,
}

// pairings join two countries in a question: "iran vs us".
var pairings = map[string]bool{"vs": true, "versus": true, "v": true, "and": true, "or": true}

// matchPlainS matches the first words of a question that are a name with
// an "s" added to its last word: a possessive typed without its
// apostrophe ("brazils position", "the european unions decision"). It
// returns the longest such name and its number of words; it is no
// misspelling, so the mention is not Fuzzy.
func (ix index) matchPlainS(text string, words []word, rule caseRule) (*claim, int, bool) {
	for n := min(len(words), maxPlainSWords); n >= 1; n-- {
		bare, ok := strings.CutSuffix(words[n-1].key, "s")
		if !ok || ix.common[words[n-1].key] {
			continue
		}
		ws := slices.Clone(words[:n])
		ws[n-1].key = bare
		if c, m, ok := ix.longest(text, ws, rule); ok && m == n {
			return c, n, true
		}
	}
	return nil, 0, false
}

// maxPlainSWords bounds the words of a name that matchPlainS tries.
const maxPlainSWords = 4

// caseRule decides whether the words of a text may match a claim.
type caseRule func(ix index, c *claim, words []word) bool

// articleCase requires a capital first letter, and capitals throughout
// for a short all-capital alias.
func articleCase(_ index, c *claim, words []word) bool {
	if !words[0].upper {
		return false
	}
	return !c.caps || allCaps(words)
}

// queryCase ignores case unless the claim is a short all-capital alias:
// one that is also an English word ("US") must be typed in capitals, and
// any other may be typed in capitals or in lower case but not capitalised
// like a name, so that "Un" in "Kim Jong Un" is not the United Nations.
func queryCase(ix index, c *claim, words []word) bool {
	if !c.caps {
		return true
	}
	if ix.common[c.key] {
		return allCaps(words)
	}
	for _, w := range words {
		if w.upper && !w.caps {
			return false
		}
	}
	return true
}

func allCaps(words []word) bool {
	for _, w := range words {
		if !w.caps {
			return false
		}
	}
	return true
}

// longest returns the claim with the most words that the words starting
// at words[0] match, and how many words it spans.
func (ix index) longest(text string, words []word, rule caseRule) (*claim, int, bool) {
	for _, c := range ix.byFirst[words[0].key] {
		n := len(c.phrase.words)
		if n > len(words) || !phraseAt(text, words, c.phrase) || !rule(ix, c, words[:n]) {
			continue
		}
		return c, n, true
	}
	return nil, 0, false
}

// phraseAt reports whether the text's words, from the first, spell the
// phrase: the same folded words with the same separators between them.
func phraseAt(text string, words []word, p phrase) bool {
	for k := 1; k < len(p.words); k++ {
		if words[k].key != p.words[k] {
			return false
		}
		if gapKey(text[words[k-1].end:words[k].start]) != p.gaps[k-1] {
			return false
		}
	}
	return true
}
