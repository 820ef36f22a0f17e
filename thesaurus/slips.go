package thesaurus

import "strings"

// Swaps returns the spellings of word, in lower case, with two
// neighbouring letters swapped ("dornes" → "drones"), the commonest slip
// in typing; none for a pair of equal letters.
func Swaps(word string) []string {
	letters := []rune(strings.ToLower(word))
	var out []string
	for i := 0; i+1 < len(letters); i++ {
		if letters[i] == letters[i+1] {
			continue
		}
		swapped := append([]rune(nil), letters...)
		swapped[i], swapped[i+1] = swapped[i+1], swapped[i]
		out = append(out, string(swapped))
	}
	return out
}

// OneLetterAway returns the spellings of word, in lower case, with one
// letter dropped, one added (a to z) or one changed, in that order:
// "postion" → "position", "reakt" → "react".
func OneLetterAway(word string) []string {
	letters := []rune(strings.ToLower(word))
	var out []string
	for i := range letters {
		out = append(out, string(letters[:i])+string(letters[i+1:]))
	}
	for i := 0; i <= len(letters); i++ {
		for c := 'a'; c <= 'z'; c++ {
			out = append(out, string(letters[:i])+string(c)+string(letters[i:]))
		}
	}
	for i := range letters {
		for c := 'a'; c <= 'z'; c++ {
			if c != letters[i] {
				out = append(out, string(letters[:i])+string(c)+string(letters[i+1:]))
			}
		}
	}
	return out
}

// Spellings returns the other spellings of word, in lower case, in
// British and American English: -ise for -ize and back ("organization",
// "organisation"; "criticized", "criticised"), and -our for -or and back
// ("favor", "favour"). Words of fewer than minSpelling letters have none.
func Spellings(word string) []string {
	w := strings.ToLower(word)
	if len([]rune(w)) < minSpelling {
		return nil
	}
	// The American and British forms of each ending.
	suffixes := [...][2]string{
		{"ize", "ise"}, {"izes", "ises"}, {"ized", "ised"}, {"izing", "ising"},
		{"ization", "isation"}, {"izations", "isations"},
		{"or", "our"}, {"ors", "ours"}, {"ored", "oured"}, {"oring", "ouring"}, {"orable", "ourable"},
	}
	var out []string
	for _, s := range suffixes {
		for _, pair := range [][2]string{{s[0], s[1]}, {s[1], s[0]}} {
			if stem, ok := strings.CutSuffix(w, pair[0]); ok && stem != "" {
				out = append(out, stem+pair[1])
			}
		}
	}
	return out
}

// minSpelling is the shortest word Spellings respells.
const minSpelling = 5
