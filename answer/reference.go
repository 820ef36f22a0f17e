package answer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
)

// determiners introduce a noun phrase that refers back to something
// already named ("the council", "this decision").
const determiners = `the this that these those`

// notReferring are words that follow a determiner without naming what it
// refers to ("the same day", "the first time", "the other side").
const notReferring = `same first last next other former latter whole most following previous`

// demonstratives open a paragraph that goes on about what the paragraph
// before it said ("This stance reflects…", "These remarks…").
const demonstratives = `this these that those such`

// refersBack reports whether passage i (an index in res.Passages) refers
// back to the entity id named in the paragraph just before it, in the
// same article, without naming it itself. Either it opens with a
// demonstrative and a common noun ("This stance reflects concerns that…"
// after a paragraph on what the Gulf states told Iran), or it has a
// definite noun phrase
// ("the council", "the resolution", "this body") whose noun is a word of a
// sentence of the previous paragraph that names the entity, or of the
// entity's own name there ("council" in "the United Nations Human Rights
// Council"). Such a paragraph goes on about what the previous one named:
// "Twenty-five members of the council voted in favour of the resolution"
// after "India voted against a UNHRC resolution condemning Iran" is about
// the council and about Iran.
func (e *Engine) refersBack(i int, id string) bool {
	if i <= 0 || i >= len(e.res.Passages) {
		return false
	}
	r := e.referrals[i]
	if !r.follows || !e.mentions(e.res.Passages[i-1].Entities, id) {
		return false
	}
	if r.opens {
		return true
	}
	if len(r.nouns) == 0 {
		return false
	}
	for _, w := range e.wordsAround(e.res.Passages[i-1].Paragraph.Text, id) {
		if slices.Contains(r.nouns, w) || slices.Contains(r.nouns, strings.TrimSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// referral is what refersBack and inheritRelevance need to know of a
// passage whatever the question: worked out once, when the engine is
// built (see newReferrals).
type referral struct {
	// follows is whether the passage follows a paragraph of its article
	// that is no heading: only such a paragraph can be referred back to.
	follows bool
	// opens is whether it opens with a demonstrative and a common noun
	// ("This stance…"), and opensDefinite whether it opens so or with
	// "The" and a common noun ("The vessel…"), following such a
	// paragraph and being no heading itself (see opensByReferring).
	opens, opensDefinite bool
	// nouns are its nouns after a determiner that the paragraph before
	// it holds (see referringNouns).
	nouns []string
}

// newReferrals works out the referral of each passage.
func (v vocabulary) newReferrals(passages []attribution.Passage) []referral {
	out := make([]referral, len(passages))
	for i := 1; i < len(passages); i++ {
		p, prev := &passages[i], &passages[i-1]
		if prev.Article.ID != p.Article.ID || prev.Paragraph.Heading {
			continue
		}
		r := &out[i]
		r.follows = true
		r.opens = v.opensByReferring(p.Paragraph.Text, false)
		r.opensDefinite = !p.Paragraph.Heading && v.opensByReferring(p.Paragraph.Text, true)
		if nouns := v.referringNouns(p.Paragraph.Text); len(nouns) > 0 {
			prevText := fold.String(prev.Paragraph.Text)
			r.nouns = slices.DeleteFunc(nouns, func(n string) bool { return !strings.Contains(prevText, n) })
		}
	}
	return out
}

// opensByReferring reports whether text opens with a demonstrative
// followed by a common noun ("This stance", "These remarks", "Such a
// move"), or, when definite is set, "The" and a common noun ("The
// vessel"); not by a name ("This Iranian…", "The US…") or a word that
// does not refer back ("This week", "The same day").
func (v vocabulary) opensByReferring(text string, definite bool) bool {
	words := splitWords(opening(text, 3))
	if len(words) < 2 {
		return false
	}
	if first := fold.String(words[0]); !v.demonstratives[first] && !(definite && first == "the") {
		return false
	}
	next := words[1]
	if fold.String(next) == "a" && len(words) > 2 { // "Such a move"
		next = words[2]
	}
	r, _ := utf8.DecodeRuneInString(next)
	f := fold.String(next)
	return unicode.IsLower(r) && !v.notReferring[f] && !v.times[f]
}

// referringNouns are the folded nouns of text that follow a determiner
// ("council" in "members of the council"), in the singular as well as
// as written. A capitalised word is a name, not a noun that refers back.
func (v vocabulary) referringNouns(text string) []string {
	var out []string
	prev := ""
	for len(text) > 0 {
		// The next word: letters only, which is all a determiner or a
		// noun that refers back is made of.
		start := strings.IndexFunc(text, unicode.IsLetter)
		if start < 0 {
			break
		}
		text = text[start:]
		end := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(text)
		}
		word := text[:end]
		text = text[end:]
		if prev != "" {
			r, _ := utf8.DecodeRuneInString(word)
			if f := fold.String(word); unicode.IsLower(r) && utf8.RuneCountInString(f) >= 4 && !v.notReferring[f] && !v.determiners[f] {
				out = append(out, f)
				if singular := strings.TrimSuffix(f, "s"); singular != f {
					out = append(out, singular)
				}
			}
		}
		prev = ""
		if len(word) <= 5 && v.determiners[strings.ToLower(word)] {
			prev = word
		}
	}
	return out
}

// wordsAround are the folded words of the sentences of text that name the
// entity id or one who speaks for it, names included; all of text's words
// when no mention is found (the passage's entities are not only found by
// name).
func (e *Engine) wordsAround(text, id string) []string {
	var out []string
	found := false
	for _, s := range sentences(text) {
		named := false
		for _, m := range e.entities.Mentions(s) {
			if m.ID == id || e.mentions([]string{m.ID}, id) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		found = true
		for _, w := range splitWords(s) {
			out = append(out, fold.String(w))
		}
	}
	if !found {
		for _, w := range splitWords(text) {
			out = append(out, fold.String(w))
		}
	}
	return out
}

// sentences splits text after each full stop, question or exclamation
// mark followed by a space. Abbreviations split too, which only makes a
// sentence shorter than it is.
func sentences(text string) []string {
	var out []string
	start := 0
	for k := 0; k+1 < len(text); k++ {
		if (text[k] == '.' || text[k] == '?' || text[k] == '!') && text[k+1] == ' ' {
			out = append(out, text[start:k+1])
			start = k + 1
		}
	}
	return append(out, text[start:])
}

// namedByOffice reports whether text names the person en by their office
// and the country or organisation they serve, with no name: "the Iranian
// foreign minister", "Iran’s Foreign Minister" for Abbas Araghchi. It
// holds only when no other person the corpus knows has the same office
// for the same entity, and for offices of up to three significant words.
// mentions are the entity mentions of text, which the caller may already
// hold.
func (e *Engine) namedByOffice(text string, mentions []entity.Mention, en *entity.Entity) bool {
	if en.Kind != entity.Person || en.Role == "" || en.Affiliation == "" {
		return false
	}
	role := fold.String(en.Role)
	for _, p := range e.people[en.Affiliation] {
		if p.ID != en.ID && p.Affiliation == en.Affiliation && fold.String(p.Role) == role {
			return false
		}
	}
	var office []string
	for _, w := range splitWords(role) {
		if len(w) > 2 && !e.vocabulary.roleStop[w] {
			office = append(office, w)
		}
	}
	if len(office) == 0 || len(office) > 3 {
		return false
	}
	for _, m := range mentions {
		if m.ID != en.Affiliation {
			continue
		}
		rest := text[m.End:]
		rest = rest[len(possessiveAfter(rest)):]
		// The office must follow the name at once: "Iranian foreign
		// minister", not "Iranian officials met the foreign minister".
		if r, _ := utf8.DecodeRuneInString(rest); r != ' ' {
			continue
		}
		words := splitWords(rest)
		if len(words) < len(office) {
			continue
		}
		same := true
		for k, w := range office {
			same = same && sameStem(w, fold.String(words[k]))
		}
		if same && !strings.ContainsAny(rest[:strings.Index(rest, words[len(office)-1])], ".,;:") {
			return true
		}
	}
	return false
}
