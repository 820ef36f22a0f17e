package commands

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ellipsis marks text that was cut to fit a Discord limit.
const ellipsis = "…"

// textLen is the length of s as Discord's limits count it. Discord's API
// counts Unicode code points (discord/discord-api-docs#1315) while some
// clients and libraries count UTF-16 code units; the UTF-16 count is never
// smaller, so a text within it is within both.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r) // an invalid byte is sent as U+FFFD, one unit
	}
	return n
}

// truncate returns s if it fits in max units, and otherwise its longest
// prefix that ends at a sentence or word boundary followed by "…", so that the
// result fits. A sentence boundary is preferred when it keeps at least half
// of what a word boundary would. Only a single word longer than max is cut
// inside the word.
func truncate(s string, max int) string {
	if textLen(s) <= max {
		return s
	}
	return fitPrefix(s, max, func(prefix string) string { return prefix + ellipsis })
}

// fitPrefix finds the longest boundary-ended prefix p of s such that
// render(p) fits in max units, preferring a sentence end as truncate does,
// and returns render(p). render must grow with its input. If even the
// empty prefix does not fit, it returns "".
func fitPrefix(s string, max int, render func(prefix string) string) string {
	prefix := func(end int) string { return strings.TrimRightFunc(s[:end], unicode.IsSpace) }
	fits := func(end int) bool { return textLen(render(prefix(end))) <= max }
	words, sentences := boundaries(s)
	bestWord := lastFitting(words, fits)
	if bestWord < 0 {
		// One word longer than the limit: cut between runes.
		var runes []int
		for i := range s {
			if i > 0 {
				runes = append(runes, i)
			}
		}
		cut := lastFitting(runes, fits)
		if cut < 0 {
			if textLen(render("")) <= max {
				return render("")
			}
			return ""
		}
		return render(prefix(runes[cut]))
	}
	end := words[bestWord]
	if best := lastFitting(sentences, fits); best >= 0 && 2*sentences[best] >= end {
		end = sentences[best]
	}
	return render(prefix(end))
}

// lastFitting returns the index of the last cut in ascending cuts for which
// fits holds, by binary search, or -1.
func lastFitting(cuts []int, fits func(int) bool) int {
	lo, hi := 0, len(cuts) // invariant: cuts[:lo] fit, cuts[hi:] do not
	for lo < hi {
		mid := (lo + hi) / 2
		if fits(cuts[mid]) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// boundaries returns the byte offsets in s where a word ends (before a space)
// and where a sentence ends (after ., ! or ? and any closing quotes or
// brackets, before a space), in ascending order.
func boundaries(s string) (words, sentences []int) {
	prev := rune(0)
	sentenceEnd := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if prev != 0 && !unicode.IsSpace(prev) {
				words = append(words, i)
				if sentenceEnd {
					sentences = append(sentences, i)
				}
			}
		} else {
			switch {
			case strings.ContainsRune(".!?", r):
				sentenceEnd = true
			case strings.ContainsRune("\"'”’»)]", r):
				// closing marks keep a sentence end
			default:
				sentenceEnd = false
			}
		}
		prev = r
	}
	return words, sentences
}

// inlineSpecial are the characters that Discord markdown gives a meaning
// anywhere in a line.
const inlineSpecial = "\\*_~`|[]<>@"

// escapeMarkdown escapes the Discord markdown in s so that it shows as
// written: emphasis, strike-through, spoilers, code, masked links and
// mentions anywhere, and headings, lists and block quotes at the
// start of a line. Letters and punctuation are otherwise left verbatim.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if lineStart {
			rest := s[i:]
			switch {
			case r == '#' || r == '-' || r == '+':
				b.WriteByte('\\')
			case r >= '0' && r <= '9':
				// "1. " starts an ordered list: escape its dot.
				j := 0
				for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
					j++
				}
				if j < len(rest) && rest[j] == '.' {
					b.WriteString(rest[:j])
					b.WriteString("\\.")
					i += j + 1
					lineStart = false
					continue
				}
			}
		}
		if r < utf8.RuneSelf && strings.IndexByte(inlineSpecial, byte(r)) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteString(s[i : i+size])
		switch {
		case r == '\n':
			lineStart = true
		case r == ' ' || r == '\t':
			// leading blanks keep the line start
		default:
			lineStart = false
		}
		i += size
	}
	return b.String()
}

// blockQuote renders text as a Markdown block quote: every line starts with
// "> ". The text is escaped first.
func blockQuote(text string) string {
	return quoteLines(escapeMarkdown(text))
}

// quoteLines starts every line of s, Markdown already, with "> ".
func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}
