package entity

import "strings"

// soundKey returns a key of a folded word that spellings of one name in
// different transliterations share: Persian, Arabic and Urdu names reach
// English through Turkish, French and German spellings as well as
// English ones ("Arakçi" and "Araghchi", "Pezeşkiyan" and "Pezeshkian").
// Two-letter spellings of one sound become one letter (sh → s, ch and c
// → k, gh, kh and q → k), y is i, w is v, and doubled letters are
// single, and an opening e is a. Keys are compared whole: they are for names no edit distance
// reaches ("arakci" is three edits from "araghchi").
func soundKey(folded string) string {
	if rest, ok := strings.CutPrefix(folded, "e"); ok {
		// An opening vowel is written either way: "Erakchi", "Esmail".
		folded = "a" + rest
	}
	s := soundDigraphs.Replace(folded)
	s = soundLetters.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

var (
	// soundDigraphs are two letters that spell one sound, replaced first.
	soundDigraphs = strings.NewReplacer("sh", "s", "ch", "k", "gh", "k", "kh", "k", "ph", "f", "zh", "j")
	// soundLetters are letters that spell another's sound.
	soundLetters = strings.NewReplacer("q", "k", "c", "k", "y", "i", "w", "v")
)
