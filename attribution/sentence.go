package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a range of a text, in bytes: Text[Start:End].
type Span struct {
	Start, End int
}

// SplitSentences splits a paragraph into sentences. A sentence ends at a
// full stop, question mark or exclamation mark (with any closing quote marks
// or brackets after it) followed by a space and a capital letter or an
// opening quote mark. It does not split after abbreviations (Dr., Gen., Jan.,
// No.), initials (Donald J. Trump), dotted acronyms (U.S.) unless a common
// sentence opener follows, decimal numbers, or inside a quotation, so that a
// quote of several sentences stays in the sentence that reports it. Spans
// exclude the space between sentences.
func SplitSentences(text string) []Span {
	return splitSentences(text, FindQuotes(text))
}

func splitSentences(text string, quotes []Quote) []Span {
	var spans []Span
	start := skipSpace(text, 0)
	q := 0 // index of the first quote not wholly before i
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for q < len(quotes) && quotes[q].Close <= i {
			q++
		}
		if r != '.' && r != '?' && r != '!' {
			i += size
			continue
		}
		end := i + size
		for end < len(text) {
			c, n := utf8.DecodeRuneInString(text[end:])
			if !isCloser(c) && c != '.' && c != '?' && c != '!' {
				break
			}
			end += n
		}
		// Inside a quotation a sentence ends only with the quotation.
		if q < len(quotes) && quotes[q].Open < i && i < quotes[q].End && end < quotes[q].Close {
			i = end
			continue
		}
		// “Why should we?” Pezeshkian asked: the attribution of a
		// quotation that opens the sentence goes on; after a quoted
		// fragment ("must “take responsibility.” Merz said …") a new
		// sentence starts.
		opensSentence := q < len(quotes) && quotes[q].Open <= i && quotes[q].Open <= start
		if isBoundary(text, i, end, opensSentence) {
			spans = append(spans, Span{start, end})
			start = skipSpace(text, end)
			i = start
			continue
		}
		i = end
	}
	if start < len(text) {
		end := len(text)
		for end > start {
			c, n := utf8.DecodeLastRuneInString(text[start:end])
			if !unicode.IsSpace(c) {
				break
			}
			end -= n
		}
		if end > start {
			spans = append(spans, Span{start, end})
		}
	}
	return spans
}

// isBoundary reports whether the punctuation at text[mark] (through end,
// closing marks included) ends a sentence; quoteOpens says whether a
// quotation that closes there opened the sentence.
func isBoundary(text string, mark, end int, quoteOpens bool) bool {
	if end >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(next) {
		return false
	}
	after := skipSpace(text, end)
	if after >= len(text) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[after:])
	if !unicode.IsUpper(first) && !isOpener(first) {
		return false
	}
	// “Why should we?” Pezeshkian asked: a quote's attribution goes on.
	if isCloser(lastRune(text[:end])) && quoteOpens && attributionFollows(text[after:]) {
		return false
	}
	if text[mark] != '.' {
		return true // ? or !
	}
	word := wordBefore(text, mark)
	switch {
	case word == "":
		return true
	case isDottedAcronym(text, mark):
		return isSentenceOpener(wordAt(text, after))
	case isAbbreviation(word):
		return false
	case isInitial(word):
		return false // an initial: Donald J. Trump
	}
	return true
}

// wordBefore returns the run of letters that ends at text[end].
func wordBefore(text string, end int) string {
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return text[start:end]
}

// wordAt returns the run of letters that starts at text[start].
func wordAt(text string, start int) string {
	end := start
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return text[start:end]
}

// isDottedAcronym reports whether the full stop at text[mark] ends an
// acronym written with dots, such as U.S. or U.N.
func isDottedAcronym(text string, mark int) bool {
	w := wordBefore(text, mark)
	before := mark - len(w)
	return utf8.RuneCountInString(w) == 1 && before > 0 && text[before-1] == '.'
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// attributionFollows reports whether text opens with an attribution: a
// verb of saying within the first three words ("Pezeshkian asked", "said
// Dmitry Peskov", "the minister told").
func attributionFollows(text string) bool {
	words := strings.Fields(text)
	for i, w := range words {
		if i == 3 {
			break
		}
		switch strings.Trim(w, ".,;:!?") {
		case "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
			"replied", "replies", "insisted", "insists", "warned", "warns", "declared", "declares":
			// "…” Merz added that Germany would …" reports something
			// new: a sentence of its own.
			return i+1 >= len(words) || words[i+1] != "that"
		}
	}
	return false
}

// isCloser reports whether r closes a quotation or a bracket.
func isCloser(r rune) bool {
	switch r {
	case '”', '"', '’', '\'', ')', ']', '»':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or a bracket.
func isOpener(r rune) bool {
	switch r {
	case '“', '"', '‘', '\'', '(', '[', '«':
		return true
	}
	return false
}

// isAbbreviation reports whether word, written before a full stop, is an
// abbreviation after which a sentence does not end.
func isAbbreviation(word string) bool {
	switch word {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Adm", "Maj",
		"Brig", "Cdr", "Cpl", "Pvt", "Lieut", "Supt", "Insp", "Det", "Gens", "Sens", "Reps",
		"Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "St", "Sr", "Jr", "Mt", "Ft",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"No", "Nos", "Art", "Vol", "Fig", "vs", "etc", "approx", "Inc", "Ltd", "Co", "Corp", "e", "i":
		return true
	}
	return false
}

// isSentenceOpener reports whether word commonly starts a sentence, which
// tells "in the U.S. The talks" (a new sentence) from "the U.S. Navy".
func isSentenceOpener(word string) bool {
	switch word {
	case "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "But",
		"And", "In", "On", "At", "A", "An", "However", "Meanwhile", "Earlier", "Later", "There":
		return true
	}
	return false
}
