package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
)

// answerKind is the kind of thing a question asks for when its first words
// say so: a number ("how many states backed…"), a time ("when are the
// talks?"), a place ("where will they meet?") or a length of time ("how
// long…?"). A passage that holds no
// such thing cannot answer the question, however many of its words it
// shares.
type answerKind int

const (
	anyKind answerKind = iota
	quantityKind
	timeKind
	placeKind
	durationKind
	countriesKind
	// countriesCountKind asks how many countries: a number, or the
	// countries listed ("how many counterparts did he phone": those in
	// Turkey, Qatar, Oman and Kuwait).
	countriesCountKind
	// shipKind asks which ship ("which carrier did the US send?"): a
	// passage that names one, by its prefix ("USS Abraham Lincoln"),
	// answers it.
	shipKind
	// identityKind asks who someone is ("who is Abbas Araghchi?"): a
	// passage that names them in full, as articles introduce people,
	// answers it.
	identityKind
)

// kindOpenings are the first words of a question, folded, that ask for
// each kind of answer.
func kindOpenings() map[string]answerKind {
	return map[string]answerKind{
		// "how much time" asks for a duration, not a count.
		"how much time":   anyKind,
		"how many":        quantityKind,
		"how much":        quantityKind,
		"what number":     quantityKind,
		"when":            timeKind,
		"what date":       timeKind,
		"what day":        timeKind,
		"which day":       timeKind,
		"what days":       timeKind,
		"which days":      timeKind,
		"which date":      timeKind,
		"what month":      timeKind,
		"which month":     timeKind,
		"date of":         timeKind,
		"the date of":     timeKind,
		"what time":       timeKind,
		"where":           placeKind,
		"in what city":    placeKind,
		"in which city":   placeKind,
		"which city":      placeKind,
		"how long":        durationKind,
		"how many years":  durationKind,
		"how many months": durationKind,
		"how many weeks":  durationKind,
		"how many days":   durationKind,
		"which countries": countriesKind,
		"what countries":  countriesKind,
		"which nations":   countriesKind,
		"what nations":    countriesKind,
		"which states":    countriesKind,
		"who is":          identityKind,
		"who's":           identityKind,
		"who was":         identityKind,
		// "which foreign ministers did Araghchi phone": his counterparts
		// in Turkey, Qatar, Oman and Kuwait.
		"which foreign ministers": countriesKind,
		"what foreign ministers":  countriesKind,
		"which counterparts":      countriesKind,
		"which ship":              shipKind,
		"what ship":               shipKind,
		"which warship":           shipKind,
		"what warship":            shipKind,
		"which vessel":            shipKind,
		"which carrier":           shipKind,
		"what carrier":            shipKind,
		"which aircraft carrier":  shipKind,
		"what aircraft carrier":   shipKind,
		"how many countries":      countriesCountKind,
		"how many nations":        countriesCountKind,
		"how many states":         countriesCountKind,
		"how many counterparts":   countriesCountKind,
		"how many foreign":        countriesCountKind,
	}
}

// Word lists of what answers each kind of question.
const (
	// numberWords are numbers written out, and words of quantity.
	numberWords = `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens`
	// timeWords name days, months and times relative to a report's date.
	timeWords = `monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
today tonight yesterday tomorrow week month year weekend`
	// durationUnits measure a length of time; durationCounts, with the
	// numberWords and numbers in digits, say how many ("nearly a
	// decade", "for several months", "14 months").
	durationUnits  = `decade decades year years month months week weeks day days hour hours`
	durationCounts = `a an several few many some`
)

// maxNameWords bounds the words of a name after "who is" in a question
// that asks who someone is.
const maxNameWords = 3

// number matches a number written in digits ("14", "1,000", "2.5").
var number = regexp.MustCompile(`^\d[\d,.]*$`)

// kindOf is the kind of answer a question asks for in the first words
// of one of its clauses: "when are the talks?", and "I heard they meet
// in Istanbul, what day is that?".
func (v vocabulary) kindOf(text string) answerKind {
	asked := false // an earlier clause opened with an interrogative
	for _, clause := range clauses(text) {
		words := v.clauseWords(clause)
		starts := v.kindStarts(words, asked)
		if len(words) > 0 {
			f := fold.String(words[0])
			asked = asked || v.interrogatives[f] || f == "which"
		}
		for _, start := range starts {
			if k, ok := v.kindAt(v.withoutCount(words[start:])); ok {
				return k
			}
		}
	}
	// "could you indicate the scheduled date of the talks": a date asked
	// for anywhere, but not "to date", which is "so far"; so is a count
	// ("the vote breakdown on the resolution", "the number of drones").
	words := splitWords(fold.String(text))
	for i, w := range words {
		if (w == "date" || w == "dates") && (i == 0 || words[i-1] != "to" && words[i-1] != "up") {
			return timeKind
		}
		if w == "breakdown" || w == "tally" || w == "toll" || w == "number" && i+1 < len(words) && words[i+1] == "of" && (i == 0 || words[i-1] != "a") {
			return quantityKind // "tell me the number of drones", not "a number of states"
		}
	}
	return anyKind
}

// opensAsking returns the kind of answer that text asks for in the first
// words of its first clause ("When did Dar and Araghchi speak?", "On
// which days did they speak?"), or anyKind: unlike kindOf, not a kind
// asked later ("What did they agree on when they spoke?").
func (v vocabulary) opensAsking(text string) answerKind {
	cs := clauses(text)
	if len(cs) == 0 {
		return anyKind
	}
	words := v.clauseWords(cs[0])
	if len(words) > 1 && v.rolePrepositions[fold.String(words[0])] {
		words = words[1:]
	}
	if k, ok := v.kindAt(v.withoutCount(words)); ok {
		return k
	}
	return anyKind
}

// clauses splits text at the punctuation that ends a clause.
func clauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:.?!—", r) })
}

// clauseWords returns the words of a clause as kindOpenings spells them:
// "who's" in either apostrophe, an office's abbreviation in its words
// ("which FMs"), and "when" for "when's".
func (v vocabulary) clauseWords(clause string) []string {
	var words []string
	for _, w := range splitWords(clause) {
		f := fold.String(w)
		switch {
		case f == "who's" || f == "who’s":
			words = append(words, "who's")
		case v.offices[f] != nil:
			words = append(words, v.offices[f]...)
		default:
			words = append(words, bareWord(w))
		}
	}
	return words
}

// kindAt returns the kind that an opening of kindOpenings at the start of
// asks asks for, and whether one is there.
func (v vocabulary) kindAt(asks []string) (answerKind, bool) {
	for n := min(3, len(asks)); n >= 1; n-- {
		k, ok := v.openings[strings.Join(asks[:n], " ")]
		if !ok {
			continue
		}
		if k == placeKind && (slices.Contains(asks, "stand") || slices.Contains(asks, "stands") || v.whereAt(asks)) {
			return anyKind, true // "where does Turkey stand?" asks for a position
		}
		if k == identityKind && len(asks) > n+maxNameWords {
			// "who was Merz holding the press conference with" asks who
			// someone else is.
			return anyKind, true
		}
		return k, true
	}
	return anyKind, false
}

// kindStarts returns where in a clause's words an opening of
// kindOpenings may start: at its first word, and at "which", "what" or
// another interrogative after a conjunction or a preposition ("and how
// many?", "araghchi phoned on tuesday with which countries"), or at
// that preposition ("in which city"). After a clause that asked its own
// question, one that opens with a conjunction asks a second question,
// not the kind of answer ("Which EU official said it, and where was it
// posted?").
func (v vocabulary) kindStarts(words []string, asked bool) []int {
	starts := []int{0}
	for i := 1; i < len(words); i++ {
		before, f := fold.String(words[i-1]), fold.String(words[i])
		if (v.interrogatives[f] || f == "which") && (leadsClause(before) && !(asked && i == 1) || v.rolePrepositions[before] || embeds(before)) {
			if i > 1 {
				starts = append(starts, i-1)
			}
			starts = append(starts, i)
		}
	}
	return starts
}

// embeds reports whether a folded word is one after which a question is
// embedded: "folks want to know when…", "any idea where…", "tell me
// how many…".
func embeds(f string) bool {
	switch f {
	case "know", "wonder", "wondering", "wondered", "ask", "asks", "asked", "asking", "idea", "sure", "me", "out":
		return true
	}
	return false
}

// withoutCount returns words without a count after an opening "which" or
// "what" ("which four countries").
func (v vocabulary) withoutCount(words []string) []string {
	if len(words) > 2 && (fold.String(words[0]) == "which" || fold.String(words[0]) == "what") && (v.numbers[fold.String(words[1])] || number.MatchString(words[1])) {
		return append([]string{words[0]}, words[2:]...)
	}
	return words
}

// leadsClause reports whether a folded word is a conjunction that may
// open a clause before what it asks ("Is that true, and how many?").
func leadsClause(f string) bool {
	switch f {
	case "and", "but", "so", "or", "also":
		return true
	}
	return false
}

// holds reports whether text holds an answer of kind k: a number that is
// not a year or a day of the month, a day, month or year other than the
// known times ("when did they speak before Thursday?"), a place
// (namesPlace) other than the known places, a length of time (a count
// and a unit: "nearly a decade", "14 months"). Any text holds anyKind.
func (v vocabulary) holds(reg *entity.Registry, k answerKind, text string, known []string) bool {
	switch k {
	case anyKind:
		return true
	case placeKind:
		return v.namesPlace(reg, text, known)
	case countriesKind:
		return listsCountries(reg, text)
	case shipKind:
		return shipName.MatchString(text)
	case countriesCountKind:
		return listsCountries(reg, text) || v.holds(reg, quantityKind, text, known)
	}
	words := splitWords(text)
	for i, w := range words {
		f := fold.String(w)
		switch k {
		case quantityKind:
			if v.numbers[f] || strings.Contains(f, "-") && v.numbers[f[strings.LastIndex(f, "-")+1:]] {
				return true
			}
			if number.MatchString(f) && !isYear(f) && !v.nextToMonth(words, i) {
				return true
			}
		case timeKind:
			if (v.times[f] || isYear(f)) && !slices.Contains(known, f) {
				return true
			}
		case durationKind:
			if i > 0 && v.durationUnits[f] {
				if c := fold.String(words[i-1]); v.durationCounts[c] || v.numbers[c] || number.MatchString(c) {
					return true
				}
			}
		}
	}
	return false
}

// shipName matches a ship's name after its prefix: "USS Abraham
// Lincoln", "HMS Prince of Wales".
var shipName = regexp.MustCompile(`\b(?:USS|HMS|INS|HMAS|HMCS|FS|TCG|IRIS)\s+\p{Lu}`)

// placeName matches a preposition of place and the capitalised word after
// it, with or without "the": "in Istanbul", "to the Gulf".
var placeName = regexp.MustCompile(`\b(?i:in|at|to|from|into)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*)`)

// namesPlace reports whether text names a place after a preposition
// ("in the Turkish city of Istanbul", "to Tehran"): a capitalised word
// that is no day or month ("in February"), no organisation or person
// the registry knows ("at the UN", "to Trump"), and none of known (see
// question.knownPlaces): "where was the carrier before it was sent to
// the Middle East?" is not answered by "sent to the Middle East".
func (v vocabulary) namesPlace(reg *entity.Registry, text string, known []string) bool {
	found := placeName.FindAllStringSubmatchIndex(text, -1)
	if len(found) == 0 {
		return false
	}
	notPlaces := map[int]bool{}
	for _, m := range reg.Mentions(text) {
		if en, ok := reg.Get(m.ID); ok && (en.Kind == entity.Organisation || en.Kind == entity.Person) {
			notPlaces[m.Start] = true
		}
	}
	for _, loc := range found {
		word := text[loc[2]:loc[3]]
		if f := fold.String(word); !v.times[f] && !notPlaces[loc[2]] && !slices.Contains(known, f) {
			return true
		}
	}
	return false
}

// minCountries is how many countries a passage must name to answer
// "which countries…?": a list ("The US, Canada and Australia also
// listed…"), not the two sides of the crisis.
const minCountries = 3

// listsCountries reports whether text names at least minCountries
// countries.
func listsCountries(reg *entity.Registry, text string) bool {
	seen := map[string]bool{}
	for _, m := range reg.Mentions(text) {
		if en, ok := reg.Get(m.ID); ok && en.Kind == entity.Country {
			seen[m.ID] = true
		}
	}
	return len(seen) >= minCountries
}

// isYear reports whether a word is a year from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && number.MatchString(w)
}

// nextToMonth reports whether words[i] follows or precedes a month or a
// day ("February 6", "6 February"): a date, not a quantity.
func (v vocabulary) nextToMonth(words []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(words) && v.times[fold.String(words[j])] {
			return true
		}
	}
	return false
}
