package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/fold"
)

// tokenKind tells words, punctuation and whole quotations apart.
type tokenKind uint8

const (
	wordToken tokenKind = iota
	punctToken
	quoteToken // a whole top-level quotation, marks included
)

// token is a word, a punctuation mark or a quotation of a paragraph, with
// its byte offsets in the paragraph's text.
type token struct {
	Start, End int
	Text       string
	// Lower is the folded text of a word, without a possessive ’s.
	Lower string
	Kind  tokenKind
	// Quote is the index of the quotation in the paragraph's quotes, for
	// a quoteToken.
	Quote int
	// Possessive is set for a word written with ’s or 's.
	Possessive bool
}

// tokenize splits text[from:to] into tokens. Each quotation in quotes that
// starts inside the range becomes one quoteToken when atomicQuotes is set;
// otherwise its words are tokens like any other and its marks punctuation.
func tokenize(text string, from, to int, quotes []Quote, atomicQuotes bool) []token {
	toks := make([]token, 0, (to-from)/5+1)
	q := 0
	for i := from; i < to; {
		for q < len(quotes) && quotes[q].Open < i {
			q++
		}
		if atomicQuotes && q < len(quotes) && quotes[q].Open == i {
			end := min(quotes[q].Close, to)
			toks = append(toks, token{Start: i, End: end, Text: text[i:end], Kind: quoteToken, Quote: q})
			i = end
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			end := wordEnd(text, i, to)
			toks = append(toks, newWord(text[i:end], i, end))
			i = end
		default:
			toks = append(toks, token{Start: i, End: i + size, Text: text[i : i+size], Lower: text[i : i+size], Kind: punctToken})
			i += size
		}
	}
	return toks
}

// wordEnd returns the end of the word that starts at text[i]. Apostrophes,
// hyphens and ampersands join letters ("Iran’s", "al-Sabah"); commas and
// full stops join digits ("1,000", "3.5"); full stops join single letters
// of a dotted acronym ("U.S.").
func wordEnd(text string, i, to int) int {
	end := i
	for end < to {
		r, n := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) || unicode.Is(unicode.Mn, r) {
			end += n
			continue
		}
		if end+n >= to {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[end+n:])
		prev, _ := utf8.DecodeLastRuneInString(text[i:end])
		joins := false
		switch r {
		case '’', '\'', '-', '‑', '&':
			joins = isWordRune(next)
		case ',':
			joins = unicode.IsDigit(prev) && unicode.IsDigit(next)
		case '.':
			joins = (unicode.IsDigit(prev) && unicode.IsDigit(next)) ||
				(unicode.IsUpper(prev) && unicode.IsUpper(next) && isSingleLetterBefore(text, i, end))
		}
		if !joins {
			break
		}
		end += n
	}
	// A dotted acronym keeps its last full stop: "U.S."
	if end < to && text[end] == '.' && strings.Contains(text[i:end], ".") && isSingleLetterBefore(text, i, end) {
		end++
	}
	// So does a title written short before a name: "Dr. Farah Siddiqui"
	// is one phrase, not "Dr" and a full stop.
	if end < to && text[end] == '.' && end > i && unicode.IsUpper(firstRune(text[i:end])) && isHonorific(fold.String(text[i:end])+".") {
		end++
	}
	return end
}

// isSingleLetterBefore reports whether text[i:end] ends in a lone letter
// preceded by a full stop or by the start of the word.
func isSingleLetterBefore(text string, i, end int) bool {
	_, n := utf8.DecodeLastRuneInString(text[i:end])
	before := end - n
	return before == i || text[before-1] == '.'
}

func newWord(s string, start, end int) token {
	t := token{Start: start, End: end, Text: s, Kind: wordToken}
	lower := fold.String(s)
	if base, ok := strings.CutSuffix(lower, "'s"); ok && base != "" {
		lower, t.Possessive = base, true
	}
	t.Lower = lower
	return t
}

// isCapitalised reports whether the word starts with a capital letter, or
// with a lower-case name particle joined to a capitalised part ("al-Sabah").
func (t token) isCapitalised() bool {
	if t.Kind != wordToken {
		return false
	}
	r := firstRune(t.Text)
	if unicode.IsUpper(r) {
		return true
	}
	for _, p := range []string{"al-", "el-", "ad-", "as-", "bin-"} {
		if rest, ok := strings.CutPrefix(t.Text, p); ok && rest != "" && unicode.IsUpper(firstRune(rest)) {
			return true
		}
	}
	return false
}

func (t token) is(words ...string) bool {
	if t.Kind == quoteToken {
		return false
	}
	for _, w := range words {
		if t.Lower == w {
			return true
		}
	}
	return false
}
