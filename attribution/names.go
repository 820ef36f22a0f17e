package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/entity"
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
	return surnameKey(fold.String(words[len(words)-1]))
}

// surnameKey is the key of a folded last name without the article it may
// be written with: "al-Harthy" and "Harthy", "El-Sisi" and "Sisi" meet.
func surnameKey(w string) string {
	return wordKey(bareSurname(w))
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

// nameRun is a run of capitalised words that may be a personal name:
// words[from:to] of a paragraph.
type nameRun struct{ from, to int }

// isNameWord reports whether word i of p may be part of a personal name.
func (x *extractor) isNameWord(p *paragraph, i int) bool {
	w := p.words[i]
	if !w.isCapitalised() || isTitleWord(w.Lower) || isCalendarWord(w.Lower) || isRegionWord(w.Lower) {
		return false
	}
	if isFunctionWord(w.Lower) && !x.givenNameInLy(p, i) {
		return false
	}
	if m, ok := p.mentionAt(i); ok {
		if e, found := x.known.Get(m.ID); found && e.Kind == entity.Person {
			return true
		}
		// "Abdulmalik al-Houthi": a family name written with its
		// article is a name even when it also names a movement.
		return i > 0 && x.isNameWord(p, i-1) && hasArticlePrefix(w.Text)
	}
	return !isAcronym(w.Text)
}

// givenNameInLy reports whether word i of p, which ends in -ly like an
// adverb, is a given name: a word no list of adverbs holds, followed
// closely by another name word ("Vassily Obolensky", "Anatoly Petrov").
func (x *extractor) givenNameInLy(p *paragraph, i int) bool {
	w := p.words[i].Lower
	if !lyWord(w) || i+1 >= len(p.words) || p.words[i+1].Start-p.words[i].End > 1 {
		return false
	}
	if isDeterminer(w) || isPreposition(w) || isPronoun(w) || isClauseJoin(w) || isListedAuxiliary(w) {
		return false
	}
	next := p.words[i+1]
	return next.Kind == wordToken && next.isCapitalised() && !isFunctionWord(next.Lower) && !isTitleWord(next.Lower)
}

// isQuoteMark reports whether s is a quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "‘", "’", "«", "»":
		return true
	}
	return false
}

// isAcronym reports whether a word is written in capitals (NATO, USS).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// isRegionWord reports whether a capitalised word names a region or a
// compass point, which belong to place names, not personal names.
func isRegionWord(w string) bool {
	switch w {
	case "middle", "east", "west", "north", "south", "gulf", "persian", "asia", "europe", "africa",
		"eastern", "western", "northern", "southern", "mediterranean", "sea", "strait", "hormuz",
		"red", "arabian", "levant", "caucasus", "pacific", "atlantic", "indian":
		return true
	}
	return false
}

// nameRuns returns the runs of name words among words[lo:hi] of p. A run
// may hold lower-case particles ("bin", "von der") between name words and
// ends after a possessive.
func (x *extractor) nameRuns(p *paragraph, lo, hi int) []nameRun {
	var runs []nameRun
	for i := lo; i < hi; {
		if !x.isNameWord(p, i) {
			i++
			continue
		}
		j := i + 1
		for j < hi && !p.words[j-1].Possessive {
			if (x.isNameWord(p, j) || isRegnalNumber(p.words[j].Text)) && p.words[j].Start-p.words[j-1].End <= 1 {
				j++
				continue
			}
			if j+1 < hi && isInitial(p.words[j-1].Text) && p.words[j].Text == "." && p.words[j].Start == p.words[j-1].End &&
				p.words[j+1].Start-p.words[j].End <= 1 && x.isNameWord(p, j+1) {
				j += 2 // "Michael R. Faulkner", "K. Selvaraj": an initial and its full stop
				continue
			}
			k := j
			for k < hi && isNameParticle(p.words[k].Lower) && p.words[k].Kind == wordToken {
				k++
			}
			if k > j && k < hi && x.isNameWord(p, k) {
				j = k + 1
				continue
			}
			break
		}
		runs = append(runs, nameRun{i, j})
		i = j
	}
	return runs
}

// isInitial reports whether w is a single capital letter, an initial
// when a full stop follows it.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isRegnalNumber reports whether a word is the Roman number after a
// monarch’s or pope’s name: "Abdullah II", "Leo XIV". V and X are left
// out: "posted on X" names a platform.
func isRegnalNumber(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// runText returns a name run as written, without a possessive ’s.
func runText(p *paragraph, r nameRun) string {
	s := p.Text[p.words[r.from].Start:p.words[r.to-1].End]
	if p.words[r.to-1].Possessive {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	}
	return s
}

// hasArticlePrefix reports whether a word opens with the Arabic article
// joined by a hyphen: "al-Houthi", "el-Sisi".
func hasArticlePrefix(w string) bool {
	for _, article := range []string{"al-", "Al-", "el-", "El-"} {
		if strings.HasPrefix(w, article) && len(w) > len(article) {
			return true
		}
	}
	return false
}
