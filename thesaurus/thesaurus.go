// Package thesaurus tells which English words and phrasal verbs share a
// common meaning ("attempt" and "try", "worry" and "concern", "turn down"
// and "reject"), so that a question can find a passage that says the
// same thing in other words.
//
// Its lists are derived from Princeton WordNet 3.0 by cmd/thesaurusgen
// (regenerate with go generate) and embedded: a word is related to
// another when a sense they share is a common one for both, as tagged in
// WordNet's Semantic Concordance. Proper names are left out: names are
// the entity registry's. It also knows the common English words (IsWord:
// those the Concordance tags in a sense that names nothing), so that a
// capitalised "Date" is not taken for a name.
package thesaurus

//go:generate go run ../cmd/thesaurusgen -dict /usr/share/wordnet -out .

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

//go:embed related.txt
var relatedList string

//go:embed derived.txt
var derivedList string

//go:embed exceptions.txt
var exceptionList string

//go:embed words.txt
var wordList string

// Thesaurus maps words to related words, and knows the common English
// words.
type Thesaurus struct {
	// related maps a base form to the words related to it.
	related map[string][]string
	// derived maps a base form to the words derived from it, or it from
	// them ("abstain", "abstention").
	derived map[string][]string
	// bases maps an irregular form to its base forms ("worried" → "worry").
	bases map[string][]string
	// words are the common words' base forms.
	words map[string]bool
	// forms maps a base form to its irregular forms ("begin" → "began",
	// "begun"): bases the other way round.
	forms map[string][]string
}

// Builtin returns the thesaurus of the embedded lists, parsed on the
// first call and shared by all callers after it: it is only read once
// parsed, and parsing takes milliseconds and megabytes that every index
// opened would otherwise spend again.
var Builtin = sync.OnceValues(New)

// New returns the thesaurus of the embedded lists, parsed anew.
func New() (*Thesaurus, error) {
	return Parse(strings.NewReader(relatedList), strings.NewReader(derivedList), strings.NewReader(exceptionList), strings.NewReader(wordList))
}

// Parse reads a thesaurus from its four lists: lines of a word, a tab
// and its related words (in derived, the words derived from it or it
// from them; in exceptions, its base forms) separated by spaces, and
// lines of one word; lines starting with "#" are comments.
func Parse(related, derived, exceptions, words io.Reader) (*Thesaurus, error) {
	t := &Thesaurus{words: map[string]bool{}}
	var err error
	if t.related, err = parseList(related); err != nil {
		return nil, fmt.Errorf("thesaurus: related words: %w", err)
	}
	if t.derived, err = parseList(derived); err != nil {
		return nil, fmt.Errorf("thesaurus: derived words: %w", err)
	}
	if t.bases, err = parseList(exceptions); err != nil {
		return nil, fmt.Errorf("thesaurus: exceptions: %w", err)
	}
	t.forms = map[string][]string{}
	for form, bases := range t.bases {
		for _, b := range bases {
			t.forms[b] = append(t.forms[b], form)
		}
	}
	for _, fs := range t.forms {
		slices.Sort(fs)
	}
	sc := bufio.NewScanner(words)
	for n := 1; sc.Scan(); n++ {
		w := sc.Text()
		if w == "" || w[0] == '#' {
			continue
		}
		if strings.TrimSpace(w) != w || strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("thesaurus: words: line %d: want one word", n)
		}
		t.words[w] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("thesaurus: words: %w", err)
	}
	return t, nil
}

// IsWord reports whether word (in any letter case, inflected form and
// British or American spelling) is a common English word: "Date",
// "impacts", "Rumour", but not "Lula".
func (t *Thesaurus) IsWord(word string) bool {
	isWord := func(b string) bool { return t.words[b] }
	known := func(w string) bool { return slices.ContainsFunc(t.baseForms(w, isWord), isWord) }
	word = strings.ToLower(word)
	return known(word) || slices.ContainsFunc(american(word), known)
}

// american returns the American spellings that a word spelt the British
// way may have ("rumour" → "rumor", "defence" → "defense", "centre" →
// "center", "organised" → "organized"), by its endings alone; the word
// list decides which exist.
func american(word string) []string {
	var out []string
	for _, s := range britishEndings {
		if i := strings.LastIndex(word, s.british); i > 0 {
			out = append(out, word[:i]+s.american+word[i+len(s.british):])
		}
	}
	return out
}

// britishEndings are the British spellings of word endings (and of what
// may follow them: "rumours", "organisation") and their American ones.
var britishEndings = [...]struct{ british, american string }{
	{"our", "or"}, {"ence", "ense"}, {"tre", "ter"}, {"is", "iz"}, {"ys", "yz"}, {"ogue", "og"},
}

// Adjective returns the common adjective that an adverb ending in -ly is
// made from ("militarily" → "military", "strongly" → "strong",
// "basically" → "basic", "probably" → "probable"), or "" when word ends
// in no such way. It goes by spelling alone, so a bare -ly needs a stem
// of four letters or more: "early" is no adverb of "ear".
func (t *Thesaurus) Adjective(word string) string {
	word = strings.ToLower(word)
	for _, s := range adverbEndings {
		if stem, ok := strings.CutSuffix(word, s.ending); ok && len(stem) >= s.minStem && t.words[stem+s.base] {
			return stem + s.base
		}
	}
	return ""
}

// adverbEndings are the endings of adverbs made from adjectives, what
// replaces each in the adjective, and the shortest stem trusted.
var adverbEndings = [...]struct {
	ending, base string
	minStem      int
}{
	{"ily", "y", 3}, {"ably", "able", 2}, {"ibly", "ible", 2}, {"ally", "al", 2}, {"ally", "", 3}, {"ly", "", 4},
}

// parseList reads "word<TAB>word word…" lines.
func parseList(r io.Reader) (map[string][]string, error) {
	out := map[string][]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		key, rest, ok := strings.Cut(line, "\t")
		words := strings.Fields(rest)
		if !ok || key == "" || strings.TrimSpace(key) != key || len(words) == 0 {
			return nil, fmt.Errorf("line %d: want a word, a tab and words", n)
		}
		out[key] = append(out[key], words...)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Related returns the words related to word (in any letter case, and in
// any inflected form: "attempting", "worried"), in the lists' order,
// without word's own forms; nil when there are none. word may be a
// phrasal verb, its words apart ("stepped up", "turn down"); so are the
// phrasal verbs among the words returned ("turn down" for "reject").
func (t *Thesaurus) Related(word string) []string {
	word = strings.ToLower(word)
	if verb, particle, phrasal := strings.Cut(word, " "); phrasal {
		return t.listed(t.related, verb, func(b string) string { return b + "_" + particle })
	}
	return t.listed(t.related, word, nil)
}

// listed returns the words list gives for word's forms (see baseForms),
// in the list's order, without those forms themselves, and with the
// words of a phrasal verb apart ("turn down"). key, when not nil, makes
// a form into its key in list ("step" → "step_up").
func (t *Thesaurus) listed(list map[string][]string, word string, key func(string) string) []string {
	if key == nil {
		key = func(b string) string { return b }
	}
	bases := t.baseForms(word, func(b string) bool { return list[key(b)] != nil })
	own := make([]string, len(bases))
	for i, b := range bases {
		own[i] = key(b)
	}
	var out []string
	for _, b := range own {
		for _, w := range list[b] {
			if slices.Contains(own, w) {
				continue
			}
			if w = strings.ReplaceAll(w, "_", " "); !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// Derived returns the words derived from word, or it from them, in a
// common sense of both ("abstentions" → "abstain", "agree" →
// "agreement"), in the list's order, without word's own forms; nil when
// there are none.
func (t *Thesaurus) Derived(word string) []string {
	return t.listed(t.derived, strings.ToLower(word), nil)
}

// Inflections returns the other forms of word that WordNet lists as
// irregular: its base forms when it is one ("began" → "begin"), and the
// irregular forms of word and of its base forms ("begin", "beginning" →
// "began", "begun"), without word; nil when there are none.
func (t *Thesaurus) Inflections(word string) []string {
	word = strings.ToLower(word)
	bases := t.baseForms(word, func(b string) bool { return t.forms[b] != nil })
	var out []string
	for _, b := range bases {
		for _, f := range append([]string{b}, t.forms[b]...) {
			if f != word && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// Forms returns the irregular forms of a base form ("began", "begun" of
// "begin"), which a stemmer does not bring back to it; nil for none.
func (t *Thesaurus) Forms(word string) []string {
	return slices.Clip(t.forms[strings.ToLower(word)])
}

// suffixes are WordNet's detachment rules ("morphy"): an inflected ending
// and what replaces it in the base form, for nouns, verbs and adjectives.
var suffixes = [...]struct{ ending, base string }{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// baseForms returns the forms of word that a list knows (known reports
// whether it holds a form): word itself, its base forms from the
// exception list, and those made by the suffix rules.
func (t *Thesaurus) baseForms(word string, known func(string) bool) []string {
	out := []string{word}
	out = append(out, t.bases[word]...)
	for _, s := range suffixes {
		if stem, ok := strings.CutSuffix(word, s.ending); ok && stem != "" {
			if b := stem + s.base; known(b) && !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out
}
