package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
)

// A question may check a claim rather than ask about whom it names: "Was
// it Wang Yi who warned at the UN…?", "Quote check: did Lavrov say…?",
// "Saw a tweet saying the USS Gerald R. Ford is the carrier. Which is it
// actually?". A name there that no passage mentions is the claim's guess,
// and the answer is what passages say of the rest, with a notice that
// the name is not in the corpus; "What did Lavrov say?" still gets no
// passages. A guess that passages do mention may be wrong too ("Was it
// Qatar that made the same pledge as the Saudis?"): a passage that says
// what was asked counts as if it named it.

// doubt is where a question names what it doubts.
type doubt struct {
	// span is the stretch of the question's text that is doubted: the
	// one asked whether it was ("Was it Wang Yi who…"), or the claim
	// checked ("Quote check: did Lavrov say…").
	span [2]int
	// candidate is whether span is the one asked whether it was, rather
	// than a claim: any name there is a guess.
	candidate bool
	// asked is the stretch of text that says what the one asked about
	// did ("was described as a key mediator"), or, of a claim, the claim.
	asked [2]int
	// corrected is whether a question after a claim asks for what is so
	// instead ("Which carrier is it actually?"): then a name of the claim
	// that the corpus does not know is its guess, too.
	corrected bool
}

// covers reports whether the doubt covers the stretch [start, end) of the
// question's text.
func (d doubt) covers(start, end int) bool {
	return d.span[0] <= start && end <= d.span[1]
}

// cleft matches "was it X who/that" and "is it X that", X in group 1.
var cleft = regexp.MustCompile(`(?i)\b(?:was|is|wasn['’]?t|isn['’]?t)\s+it\s+(?:really\s+|actually\s+|perhaps\s+|maybe\s+)?(\S.{0,60}?)\s+(?:who|that|which|whose)\b`)

// cleftLast matches a question that ends by asking whether it was X: "Who
// posted it? Was it von der Leyen?", X in group 1.
var cleftLast = regexp.MustCompile(`(?i)(?:^|[.?!;,—–]\s*|\bor\s+)(?:was|is)\s+it\s+(?:really\s+|actually\s+)?(\S.{0,60}?)\s*\?*\s*$`)

// notCandidates are the words after "was it" or "is it" that make no
// cleft of a name: "is it true that…", "was it because…".
var notCandidates = map[string]bool{
	"true": true, "right": true, "correct": true, "possible": true, "likely": true, "so": true,
	"because": true, "fair": true, "known": true, "clear": true, "confirmed": true, "reported": true, "said": true,
	"just": true, "still": true, "even": true, "also": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"when": true, "where": true, "what": true, "how": true, "why": true, "that": true, "this": true, "then": true,
	"real": true, "accurate": true, "official": true, "over": true, "already": true, "ever": true, "now": true,
}

// claimOpener matches the words that open a claim a question checks:
// "Quote check:", "Someone claims", "Saw a tweet saying", "A post says".
var claimOpener = regexp.MustCompile(`(?i)^(?:quote[- ]?check|fact[- ]?check|claim(?:\s+going\s+around)?|rumou?r(?:\s+(?:says|has\s+it))?|viral\s+(?:post|tweet|clip)(?:\s+says)?|(?:i\s+)?(?:saw|read|heard)(?:\s+(?:a|an|some|on)\s+\w+)?(?:\s+(?:saying|say|says|that|claiming))?|(?:someone|somebody|a\s+post|a\s+tweet|an\s+account|some\s+account|my\s+\w+|a\s+friend|a\s+mate|people|a\s+user|a\s+guy)(?:\s+(?:in|on|at|from)(?:\s+\w+){1,2})?\s+(?:says|said|claims|claimed|posted|tweeted|is\s+saying|are\s+saying|told\s+me))\b\s*[:,—–-]?\s*`)

// tagEnd matches a question that ends by asking whether what it said is
// so: "…, right?", "… — correct?".
var tagEnd = regexp.MustCompile(`(?i)[,;—–-]?\s*(?:right|correct|true|yes|no|isn['’]?t\s+it|didn['’]?t\s+(?:he|she|they|it))\s*\?+\s*$`)

// doubts returns where text (a question, parsed) names what it doubts.
// checked is whether the question opened with the words of a claim
// checked that parsing dropped ("Quote check: did Lavrov say…"): then its
// first sentence is the claim.
func doubts(text string, checked bool) []doubt {
	var out []doubt
	for _, re := range []*regexp.Regexp{cleft, cleftLast} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			words := strings.Fields(fold.String(text[m[2]:m[3]]))
			if notCandidates[strings.Trim(words[0], `"'“”‘’`)] || len(words) > 1 && words[0] == "the" && words[1] == "case" ||
				slices.ContainsFunc(out, func(d doubt) bool { return d.span[0] == m[2] }) {
				continue // "Was it Wang Yi who…?", a cleft, is no guess at its end
			}
			out = append(out, doubt{span: [2]int{m[2], m[3]}, candidate: true, asked: [2]int{m[1], sentenceEnd(text, m[1])}})
		}
	}
	loc := claimOpener.FindStringIndex(text)
	if loc == nil && checked {
		loc = []int{0, 0}
	}
	if loc != nil {
		end := sentenceEnd(text, loc[1])
		rest := splitWords(text[end:])
		out = append(out, doubt{span: [2]int{loc[1], end}, asked: [2]int{loc[1], end}, corrected: len(rest) > 0 && interrogative(rest[0])})
	} else if loc := tagEnd.FindStringIndex(text); loc != nil {
		out = append(out, doubt{span: [2]int{0, loc[0]}, asked: [2]int{0, loc[0]}})
	}
	return out
}

// sentenceEnd returns where the sentence of text that goes on at from
// ends: after its question mark or full stop, or at the end of text.
func sentenceEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '?', '!':
			return i + 1
		case '.':
			if i+1 == len(text) || text[i+1] == ' ' && i > 1 && text[i-2] != ' ' && text[i-2] != '.' {
				// "Sentence. Next": not the "R." of "Gerald R. Ford".
				return i + 1
			}
		}
	}
	return len(text)
}

// interrogative reports whether w opens a question for something other
// than yes or no.
func interrogative(w string) bool {
	switch fold.String(w) {
	case "who", "whom", "whose", "which", "what", "where", "when", "how", "why":
		return true
	}
	return false
}

// doubtedEntity reports whether q doubts en: a person no passage mentions,
// named where the question asks whether it was them or in a claim it
// checks, who speaks for a country or organisation that passages do
// mention. ("Was it Macron who posted…?": what France said.)
func (e *Engine) doubtedEntity(q question, en *entity.Entity) bool {
	span, ok := q.spans[en.ID]
	if !ok || en.Kind != entity.Person || !e.absent(en.ID) || en.Affiliation == "" || e.absent(en.Affiliation) {
		return false
	}
	return slices.ContainsFunc(q.doubts, func(d doubt) bool { return d.covers(span[0], span[1]) })
}

// doubtedName reports whether q doubts the name, which the corpus does
// not know: it stands where the question asks whether it was them, or in
// a claim that a question for what is so instead follows.
func doubtedName(q question, name string) bool {
	// The name is its words, as written or with other punctuation
	// between them ("Gerald R Ford" for "Gerald R. Ford").
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	at := strings.Index(q.text, words[0])
	if at < 0 {
		return false
	}
	last := strings.Index(q.text[at:], words[len(words)-1])
	if last < 0 {
		return false
	}
	end := at + last + len(words[len(words)-1])
	return slices.ContainsFunc(q.doubts, func(d doubt) bool { return (d.candidate || d.corrected) && d.covers(at, end) })
}

// replaceDoubted puts in place of each person q doubts (see doubtedEntity)
// the country or organisation they speak for, unless another person the
// question names speaks for it, and records the swap in q.doubted for
// the notice.
func (e *Engine) replaceDoubted(q *question) {
	for i := 0; i < len(q.entities); i++ {
		en := q.entities[i]
		if !e.doubtedEntity(*q, en) {
			continue
		}
		whole, ok := e.entities.Get(en.Affiliation)
		if !ok || slices.ContainsFunc(q.entities, func(p *entity.Entity) bool { return p != en && p.Affiliation == whole.ID && !e.absent(p.ID) }) {
			// "was it Peskov or Lavrov who…": Peskov speaks for Russia.
			continue
		}
		q.doubted = append(q.doubted, swap{from: en, to: whole})
		if q.putInPlace(i, whole) {
			i--
		}
	}
}

// markGuesses records in q.guesses each entity that passages mention and
// that q names where it asks whether it was them ("was it the Qatari
// minister who was described as a key mediator?"), when q asks about more
// than that; and, as a detail that may be wrong, each entity but the
// first that a claim checked names. Who it was may be another: a passage
// that says what was asked counts as if it named the one guessed (see
// saysGuessed).
func (e *Engine) markGuesses(q *question) {
	if len(q.entities) < 2 && strings.TrimSpace(q.topic) == "" {
		return
	}
	for k, en := range q.entities {
		span, ok := q.spans[en.ID]
		if !ok || e.absent(en.ID) {
			continue
		}
		for _, d := range q.doubts {
			// What a claim checked says of others than whom it is about
			// may be wrong too: "Iran–US talks are set for Feb 6 in
			// Muscat, right?" (they are in Istanbul).
			if (d.candidate || k > 0) && d.covers(span[0], span[1]) {
				if q.guesses == nil {
					q.guesses = map[string]bool{}
				}
				q.guesses[en.ID] = q.guesses[en.ID] || d.candidate
			}
		}
	}
}

// guessedTerms returns the terms of terms (those searched) by which q
// says what the one guessed did (see doubt.asked): "described", "key",
// "mediator" and "region" in "was it the Qatari minister who was
// described as a key mediator in the region?".
func (e *Engine) guessedTerms(q question, terms []string) []string {
	if len(q.guesses) == 0 {
		return nil
	}
	var out []string
	for _, d := range q.doubts {
		for _, t := range e.idx.Terms(q.text[d.asked[0]:d.asked[1]]) {
			if slices.Contains(terms, t) && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// saysGuessed reports whether a candidate says what a question with a
// guess asks the one guessed did: it is among the most relevant, and
// holds two or more of the terms that say it (see guessedTerms), and two
// thirds of them.
func saysGuessed(c candidate, asked []string) bool {
	n := 0
	for _, t := range asked {
		if slices.Contains(c.hit.Matched, t) {
			n++
		}
	}
	return n >= 2 && 3*n >= 2*len(asked) && c.relevance >= minGuessedRelevance
}

// minGuessedRelevance is the least relevance (0..1, see relevance) of a
// passage that saysGuessed counts.
const minGuessedRelevance = 0.6

// doubtsDetail reports whether q names the entity id in a claim it checks
// or a guess, but not first: a detail of the claim ("next to the Polish
// PM, right?"), not whom it is about.
func (q question) doubtsDetail(id string) bool {
	span, ok := q.spans[id]
	if !ok || len(q.entities) == 0 || q.entities[0].ID == id {
		return false
	}
	return slices.ContainsFunc(q.doubts, func(d doubt) bool { return d.covers(span[0], span[1]) })
}

// guessesMissed returns the names of the entities that q guesses are who
// did what it asks (see markGuesses), and that the first of ranked
// neither names nor quotes.
func (e *Engine) guessesMissed(q question, ranked []candidate) []string {
	if len(q.guesses) == 0 || len(ranked) == 0 {
		return nil
	}
	first := ranked[0].hit.Passage
	var out []string
	for _, en := range q.entities {
		if q.guesses[en.ID] && !spokenBy(first, en.ID) && !e.mentions(first.Entities, en.ID) {
			out = append(out, en.Name)
		}
	}
	return out
}
