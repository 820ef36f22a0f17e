// Package fold folds text for matching: it lower-cases, removes diacritics
// and normalises the few letters and punctuation marks that Unicode
// decomposition leaves alone, so that "Türkiye", "TURKIYE" and "turkiye" compare
// equal, as do "Erdoğan" and "Erdogan", and "Iran’s" and "Iran's".
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// special maps letters that do not decompose into a base letter plus marks.
var special = map[rune]string{
	'ı': "i", 'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
	'“': "\"", '”': "\"", '–': "-", '—': "-", '\u00a0': " ",
}

// String returns s lower-cased with diacritics removed.
func String(s string) string {
	if isPlainLower(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if rep, ok := special[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			return false
		}
	}
	return true
}
