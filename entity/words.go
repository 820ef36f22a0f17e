package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/fold"
)

// word is one word of a text: a maximal run of letters and digits (with
// any combining marks that follow them). Punctuation, spaces, hyphens and
// apostrophes separate words, so "Iran’s" is the words "Iran" and "s".
type word struct {
	start, end int    // byte offsets of the word in the text
	key        string // the word folded by fold.String
	upper      bool   // the first rune is not lower-case (a capital, a digit, an uncased script)
	caps       bool   // the word has letters and none of them is lower-case
}

// splitWords splits text into words. The folded keys of all words share
// one allocation. ASCII text, the common case,
// takes a fast path that neither decodes runes nor calls fold.String.
func splitWords(text string) []word {
	folded := make([]byte, 0, len(text))
	ends := make([]int, 0, len(text)/5) // end of each word's key in folded
	dst := make([]word, 0, len(text)/5)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIIWordByte(c) {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isWordStart(r) {
				i += size
				continue
			}
		}
		w := word{start: i, upper: !unicode.IsLower(r), caps: true}
		ascii := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIIWordByte(c) {
					break
				}
				if 'a' <= c && c <= 'z' {
					w.caps = false
				}
				i++
				continue
			}
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isWordStart(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			ascii = false
			if unicode.IsLower(r) {
				w.caps = false
			}
			i += size
		}
		w.end = i
		if ascii {
			for j := w.start; j < w.end; j++ {
				c := text[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				folded = append(folded, c)
			}
		} else {
			folded = append(folded, fold.String(text[w.start:w.end])...)
		}
		w.caps = w.caps && hasLetter(text[w.start:w.end])
		dst = append(dst, w)
		ends = append(ends, len(folded))
	}
	keys := string(folded)
	prev := 0
	for k, end := range ends {
		dst[k].key = keys[prev:end]
		prev = end
	}
	return dst
}

// isASCIIWordByte reports whether an ASCII byte is a letter or digit.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// gapKey normalises the text between two words so that a phrase matches
// whatever spacing the text uses: runs of spaces and hyphens become one
// space and every apostrophe becomes "'"; anything else (full stops,
// commas, dashes) must be written as in the phrase, so no phrase runs on
// across a comma unless it has one itself.
func gapKey(gap string) string {
	if gap == " " || gap == "." || gap == "'" {
		return gap
	}
	var b strings.Builder
	space := false
	for _, r := range gap {
		switch {
		case unicode.IsSpace(r) || r == '-' || r == '\u2010' || r == '\u2011':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
		space = false
	}
	return b.String()
}

// phrase is a name split into folded words and the normalised gaps
// between them, with a leading "the" and a trailing possessive "'s"
// removed: "the Kremlin" is {kremlin}, "U.S." is {u, s} joined by ".".
type phrase struct {
	words []string
	gaps  []string // len(words)-1 gaps
}

// parsePhrase splits a name into a phrase. It reports false when the name
// has no words.
func parsePhrase(name string) (phrase, bool) {
	ws := splitWords(name)
	if len(ws) == 0 {
		return phrase{}, false
	}
	p := phrase{words: make([]string, len(ws))}
	for i, w := range ws {
		p.words[i] = w.key
		if i > 0 {
			p.gaps = append(p.gaps, gapKey(name[ws[i-1].end:w.start]))
		}
	}
	if n := len(p.words); n > 1 && p.words[n-1] == "s" && p.gaps[n-2] == "'" {
		p.words, p.gaps = p.words[:n-1], p.gaps[:n-2]
	}
	if len(p.words) > 1 && p.words[0] == "the" {
		p.words, p.gaps = p.words[1:], p.gaps[1:]
	}
	return p, true
}

// key is the phrase as one string, the form under which Resolve finds it.
func (p phrase) key() string {
	var b strings.Builder
	for i, w := range p.words {
		if i > 0 {
			b.WriteString(p.gaps[i-1])
		}
		b.WriteString(w)
	}
	return b.String()
}

// spaced is the phrase's words joined by single spaces, the form used for
// prefix completion and fuzzy comparison.
func (p phrase) spaced() string {
	return strings.Join(p.words, " ")
}
