package attribution

import (
	"strings"
	"unicode"

	"github.com/crisisbot/bot/fold"
)

// slug turns a name into a lower-case ID: "Hakan Fidan" → "hakan-fidan",
// "Egypt’s Ministry of Foreign Affairs" → "egypt-ministry-of-foreign-affairs",
// "U.S. officials" → "us-officials".
func slug(name string) string {
	f := fold.String(name)
	f = strings.ReplaceAll(f, "'s ", " ")
	var b strings.Builder
	dash := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		if r != '\'' && r != '.' { // "U.S." → "us"
			dash = true
		}
	}
	return b.String()
}

// nameKey is a spelling-tolerant key for a personal name, so that
// transliterations of one name meet: "Araghchi" and "Araqchi", "Esmaeil"
// and "Esmail", "Erdoğan" and "Erdogan". It folds case and diacritics,
// writes gh as q, kh as k and ph as p, and keeps the first letter of each word and
// the consonants after it.
func nameKey(name string) string {
	words := strings.Fields(fold.String(name))
	keys := make([]string, 0, len(words))
	for _, w := range words {
		keys = append(keys, wordKey(w))
	}
	return strings.Join(keys, " ")
}

func wordKey(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for i, r := range w {
		if i > 0 {
			switch prev := w[i-1]; {
			case r == 'h' && prev == 'g':
				continue // gh was written as q
			case r == 'h' && (prev == 'k' || prev == 'p'):
				continue // kh as k, ph as p
			case strings.ContainsRune("aeiouy-'", r):
				continue
			}
		}
		if r == 'g' && i+1 < len(w) && w[i+1] == 'h' {
			r = 'q'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lastName returns the folded key of a name's last word, which later
// mentions use alone ("Fidan", "Dar").
func lastName(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	return wordKey(fold.String(words[len(words)-1]))
}

// trimThe removes a leading "the " from a phrase.
func trimThe(s string) string {
	for _, p := range []string{"the ", "The ", "THE "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest
		}
	}
	return s
}

// sameName reports whether two display names are the same after folding,
// apostrophe normalising and dropping a leading "the".
func sameName(a, b string) bool {
	na := strings.TrimPrefix(fold.String(strings.TrimSpace(a)), "the ")
	nb := strings.TrimPrefix(fold.String(strings.TrimSpace(b)), "the ")
	return na == nb
}
