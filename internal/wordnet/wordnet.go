// Package wordnet reads the database files of Princeton WordNet 3.0 (the
// dict directory: index.*, data.*, cntlist.rev and *.exc) and derives
// from them the word lists the thesaurus package embeds. It is used by
// cmd/thesaurusgen only; the bot itself reads the derived lists.
package wordnet

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// POS is a part of speech, as the database's file names spell it.
type POS string

// The four parts of speech, in the order their files are read.
const (
	Noun      POS = "noun"
	Verb      POS = "verb"
	Adjective POS = "adj"
	Adverb    POS = "adv"
)

// posOfSSType is the part of speech of a sense key's synset type digit
// (5 is an adjective satellite).
func posOfSSType(digit byte) (POS, bool) {
	switch digit {
	case '1':
		return Noun, true
	case '2':
		return Verb, true
	case '3', '5':
		return Adjective, true
	case '4':
		return Adverb, true
	}
	return "", false
}

// Sense is one meaning of a lemma: its synset and how often the sense was
// tagged in the Semantic Concordance (cntlist.rev).
type Sense struct {
	Synset *Synset
	Count  int
}

// Synset is a set of synonyms: its words as the database writes them
// (case kept, collocations joined by "_"), and the forms derived from
// them.
type Synset struct {
	Words []string
	// POS is its part of speech, and LexFile the number of the
	// lexicographer file that holds it (18 for noun.person: people).
	POS     POS
	LexFile int
	// Derived are the derivationally related forms of its words (the
	// database's "+" pointers): "rejection" of "reject".
	Derived []Derivation
	// links are the "+" pointers as the data file writes them, until
	// Read resolves them into Derived.
	links []link
}

// Derivation relates a word of a synset to a word of another synset
// that is derived from it, or it from that word: "reject" (a verb) and
// "rejection" (a noun).
type Derivation struct {
	// From is the index in the synset's Words of the word related.
	From int
	// To is the other synset, ToWord the index in its Words of the form.
	To     *Synset
	ToWord int
}

// link is a "+" pointer of a data file line: the synset pointed to, by
// part of speech and offset, and the word numbers (from 1) at both ends.
type link struct {
	pos      POS
	offset   int
	from, to int
}

// Proper reports whether the synset names something (a person, a place):
// one of its words is capitalised.
func (s *Synset) Proper() bool {
	for _, w := range s.Words {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// DB is what the generator needs of a WordNet database: each lemma's
// senses in the database's order (most frequent first) and the
// exception lists of irregular forms.
type DB struct {
	// Senses maps a lemma (lower case, "_" for spaces) to its senses of
	// every part of speech.
	Senses map[string][]Sense
	// Exceptions maps an irregular form to its base forms ("worried" →
	// "worry", "better" → "good", "well").
	Exceptions map[string][]string
}

// Read reads the database in dir.
func Read(dir string) (*DB, error) {
	counts, err := readCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	db := &DB{Senses: map[string][]Sense{}, Exceptions: map[string][]string{}}
	byPOS := map[POS]map[int]*Synset{}
	for _, pos := range []POS{Noun, Verb, Adjective, Adverb} {
		synsets, err := readData(filepath.Join(dir, "data."+string(pos)))
		if err != nil {
			return nil, err
		}
		byPOS[pos] = synsets
		if err := db.readIndex(filepath.Join(dir, "index."+string(pos)), pos, synsets, counts); err != nil {
			return nil, err
		}
		if err := db.readExceptions(filepath.Join(dir, string(pos)+".exc")); err != nil {
			return nil, err
		}
	}
	if err := resolveLinks(byPOS); err != nil {
		return nil, err
	}
	return db, nil
}

// resolveLinks turns each synset's links into its Derived forms, now
// that every data file is read.
func resolveLinks(byPOS map[POS]map[int]*Synset) error {
	for _, synsets := range byPOS {
		for offset, s := range synsets {
			for _, l := range s.links {
				to, ok := byPOS[l.pos][l.offset]
				if !ok {
					return fmt.Errorf("wordnet: synset %d: no %s synset at offset %d", offset, l.pos, l.offset)
				}
				if l.from < 1 || l.from > len(s.Words) || l.to < 1 || l.to > len(to.Words) {
					return fmt.Errorf("wordnet: synset %d: word numbers %d, %d out of range", offset, l.from, l.to)
				}
				s.Derived = append(s.Derived, Derivation{From: l.from - 1, To: to, ToWord: l.to - 1})
			}
			s.links = nil
		}
	}
	return nil
}

// senseKey identifies a sense in cntlist.rev: lemma, part of speech and
// the sense's number (1 for the first listed in the index).
type senseKey struct {
	lemma  string
	pos    POS
	number int
}

// readCounts reads cntlist.rev: "sense_key sense_number tag_cnt" lines.
func readCounts(path string) (map[senseKey]int, error) {
	counts := map[senseKey]int{}
	err := eachLine(path, func(line string) error {
		key, count, err := parseCountLine(line)
		if err != nil {
			return err
		}
		counts[key] += count
		return nil
	})
	return counts, err
}

// parseCountLine parses a line of cntlist.rev, such as
// "worry%2:37:00:: 1 32".
func parseCountLine(line string) (key senseKey, count int, err error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return key, 0, fmt.Errorf("want 3 fields, got %d", len(f))
	}
	lemma, rest, ok := strings.Cut(f[0], "%")
	if !ok || lemma == "" || rest == "" {
		return key, 0, fmt.Errorf("sense key %q has no %%", f[0])
	}
	pos, ok := posOfSSType(rest[0])
	if !ok {
		return key, 0, fmt.Errorf("sense key %q: unknown synset type", f[0])
	}
	number, err := strconv.Atoi(f[1])
	if err != nil || number < 1 {
		return key, 0, fmt.Errorf("sense number %q", f[1])
	}
	count, err = strconv.Atoi(f[2])
	if err != nil || count < 0 {
		return key, 0, fmt.Errorf("tag count %q", f[2])
	}
	return senseKey{lemma: strings.ToLower(lemma), pos: pos, number: number}, count, nil
}

// readData reads a data file into its synsets by byte offset.
func readData(path string) (map[int]*Synset, error) {
	synsets := map[int]*Synset{}
	err := eachLine(path, func(line string) error {
		offset, s, err := parseDataLine(line)
		if err != nil {
			return err
		}
		synsets[offset] = s
		return nil
	})
	return synsets, err
}

// parseDataLine parses a data file line, "offset lex_filenum ss_type
// w_cnt word lex_id [word lex_id…] p_cnt [ptr…] … | gloss", up to its
// pointers, of which it keeps the derivationally related forms ("+
// offset pos source/target").
func parseDataLine(line string) (int, *Synset, error) {
	f := strings.Fields(line)
	if len(f) < 4 {
		return 0, nil, errors.New("too few fields")
	}
	offset, err := strconv.Atoi(f[0])
	if err != nil {
		return 0, nil, fmt.Errorf("offset %q", f[0])
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || n < 1 || 4+2*int(n) > len(f) {
		return 0, nil, fmt.Errorf("word count %q", f[3])
	}
	s := &Synset{}
	if s.LexFile, err = strconv.Atoi(f[1]); err != nil {
		return 0, nil, fmt.Errorf("lexicographer file %q", f[1])
	}
	if s.POS, err = posOfLetter(f[2]); err != nil {
		return 0, nil, err
	}
	for i := range int(n) {
		w := f[4+2*i]
		// Adjectives may carry a syntactic marker: "galore(ip)".
		if k := strings.IndexByte(w, '('); k > 0 {
			w = w[:k]
		}
		s.Words = append(s.Words, w)
	}
	rest := f[4+2*int(n):]
	if len(rest) == 0 {
		return offset, s, nil // no pointer count: a synset of words alone
	}
	pointers, err := strconv.Atoi(rest[0])
	if err != nil || pointers < 0 || 1+4*pointers > len(rest) {
		return 0, nil, fmt.Errorf("pointer count %q", rest[0])
	}
	for k := range pointers {
		p := rest[1+4*k : 5+4*k]
		if p[0] != "+" {
			continue
		}
		l, err := parseLink(p[1], p[2], p[3])
		if err != nil {
			return 0, nil, err
		}
		s.links = append(s.links, l)
	}
	return offset, s, nil
}

// posOfLetter is the part of speech of a data file's synset type letter
// ("s" is an adjective satellite).
func posOfLetter(letter string) (POS, error) {
	switch letter {
	case "n":
		return Noun, nil
	case "v":
		return Verb, nil
	case "a", "s":
		return Adjective, nil
	case "r":
		return Adverb, nil
	}
	return "", fmt.Errorf("part of speech %q", letter)
}

// parseLink parses the offset, part of speech and source/target word
// numbers (four hex digits) of a "+" pointer.
func parseLink(offset, pos, ends string) (link, error) {
	var l link
	var err error
	if l.offset, err = strconv.Atoi(offset); err != nil {
		return l, fmt.Errorf("pointer offset %q", offset)
	}
	if l.pos, err = posOfLetter(pos); err != nil {
		return l, err
	}
	from, err1 := strconv.ParseUint(ends[:min(2, len(ends))], 16, 8)
	to, err2 := strconv.ParseUint(ends[min(2, len(ends)):], 16, 8)
	if len(ends) != 4 || err1 != nil || err2 != nil {
		return l, fmt.Errorf("pointer words %q", ends)
	}
	l.from, l.to = int(from), int(to)
	return l, nil
}

// readIndex reads an index file: each lemma's synsets, most frequent
// first, with their tag counts.
func (db *DB) readIndex(path string, pos POS, synsets map[int]*Synset, counts map[senseKey]int) error {
	return eachLine(path, func(line string) error {
		lemma, offsets, err := parseIndexLine(line)
		if err != nil {
			return err
		}
		for i, off := range offsets {
			s, ok := synsets[off]
			if !ok {
				return fmt.Errorf("lemma %q: no synset at offset %d", lemma, off)
			}
			db.Senses[lemma] = append(db.Senses[lemma], Sense{Synset: s, Count: counts[senseKey{lemma, pos, i + 1}]})
		}
		return nil
	})
}

// parseIndexLine parses an index file line, "lemma pos synset_cnt p_cnt
// [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…", into the lemma
// and its synsets' offsets.
func parseIndexLine(line string) (string, []int, error) {
	f := strings.Fields(line)
	if len(f) < 6 {
		return "", nil, errors.New("too few fields")
	}
	pointers, err := strconv.Atoi(f[3])
	if err != nil || pointers < 0 || 6+pointers > len(f) {
		return "", nil, fmt.Errorf("pointer count %q", f[3])
	}
	senses, err := strconv.Atoi(f[4+pointers])
	if err != nil || senses < 1 || 6+pointers+senses != len(f) {
		return "", nil, fmt.Errorf("sense count %q", f[4+pointers])
	}
	var offsets []int
	for _, s := range f[6+pointers:] {
		off, err := strconv.Atoi(s)
		if err != nil {
			return "", nil, fmt.Errorf("offset %q", s)
		}
		offsets = append(offsets, off)
	}
	return f[0], offsets, nil
}

// readExceptions reads an exception list: "form base [base…]" lines.
func (db *DB) readExceptions(path string) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return errors.New("want a form and its base forms")
		}
		for _, base := range f[1:] {
			if base != f[0] && !slices.Contains(db.Exceptions[f[0]], base) {
				db.Exceptions[f[0]] = append(db.Exceptions[f[0]], base)
			}
		}
		return nil
	})
}

// eachLine calls fn on each line of the file at path but the licence
// header (lines starting with a space), naming the line in errors.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("wordnet: %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", path, err)
	}
	return nil
}

// Related returns, for each single-word lemma or phrasal verb
// ("put_forward"), the single words and phrasal verbs it shares a common
// sense with, both ways: B is related to A when a synset holding both is
// a common sense of A and a common sense of B. A common sense is one that
// makes up at least share of the word's tagged uses (all parts of speech
// together). Untagged lemmas, proper names and other collocations are
// left out: a rare sense would turn a word into one that means something
// else in news ("deal" → "cover").
func (db *DB) Related(share float64) map[string][]string {
	oneWay := db.common(share)
	out := map[string][]string{}
	for lemma, related := range oneWay {
		var mutual []string
		for _, w := range related {
			if slices.Contains(oneWay[w], lemma) {
				mutual = append(mutual, w)
			}
		}
		if len(mutual) > 0 {
			out[lemma] = mutual
		}
	}
	return out
}

// Derived returns, for each single-word lemma, the single words derived
// from it or it from them ("reject" and "rejection", "abstain" and
// "abstention"), in a sense common for both (see Related): "try" in its
// rare sense of "put on trial" is not related to "trial". Only a verb
// and a noun of what it does are: not the noun of who does it ("attack"
// and "attacker", "lead" and "leader"), and not adjectives
// ("diplomacy" and "diplomatic"), which name another thing.
func (db *DB) Derived(share float64) map[string][]string {
	common := map[string][]*Synset{}
	for lemma, senses := range db.Senses {
		if singleWord(lemma) {
			common[lemma] = commonSenses(senses, share)
		}
	}
	out := map[string][]string{}
	for lemma, synsets := range common {
		for _, s := range synsets {
			for _, d := range s.Derived {
				w := strings.ToLower(d.To.Words[d.ToWord])
				if !strings.EqualFold(s.Words[d.From], lemma) || w == lemma || !actionOf(s, d.To) || !slices.Contains(common[w], d.To) || slices.Contains(out[lemma], w) {
					continue
				}
				out[lemma] = append(out[lemma], w)
			}
		}
	}
	return out
}

// nounPerson is the lexicographer file of nouns that name people.
const nounPerson = 18

// actionOf reports whether one of a and b is a verb and the other a noun
// that names no person.
func actionOf(a, b *Synset) bool {
	if a.POS == Noun {
		a, b = b, a
	}
	return a.POS == Verb && b.POS == Noun && b.LexFile != nounPerson
}

// commonSenses returns the synsets of a lemma's common senses (see
// Related), most common first; none when the lemma was never tagged.
func commonSenses(senses []Sense, share float64) []*Synset {
	total := 0
	for _, s := range senses {
		total += s.Count
	}
	if total == 0 {
		return nil
	}
	ordered := append([]Sense(nil), senses...)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].Count > ordered[j].Count })
	var out []*Synset
	for _, s := range ordered {
		if s.Count == 0 || float64(s.Count) < share*float64(total) || s.Synset.Proper() {
			continue
		}
		out = append(out, s.Synset)
	}
	return out
}

// common maps each single-word lemma or phrasal verb to the other single
// words and phrasal verbs of its common senses' synsets (see Related),
// most common sense first.
func (db *DB) common(share float64) map[string][]string {
	out := map[string][]string{}
	for lemma, senses := range db.Senses {
		if !singleWord(lemma) && !phrasalVerb(lemma) {
			continue
		}
		var related []string
		for _, s := range commonSenses(senses, share) {
			for _, w := range s.Words {
				w = strings.ToLower(w)
				if w != lemma && (singleWord(w) || phrasalVerb(w)) && !slices.Contains(related, w) {
					related = append(related, w)
				}
			}
		}
		if len(related) > 0 {
			out[lemma] = related
		}
	}
	return out
}

// Words returns, sorted, the single-word lemmas used at least once in the
// Semantic Concordance in a sense that names nothing (not a person or a
// place): the common English words, "date" and "impact" but not "Lula".
func (db *DB) Words() []string {
	var out []string
	for lemma, senses := range db.Senses {
		if !singleWord(lemma) {
			continue
		}
		if slices.ContainsFunc(senses, func(s Sense) bool { return s.Count > 0 && !s.Synset.Proper() }) {
			out = append(out, lemma)
		}
	}
	sort.Strings(out)
	return out
}

// phrasalVerb reports whether w is a word and a particle joined by "_",
// as WordNet writes "put_forward", "step_up" or "call_off".
func phrasalVerb(w string) bool {
	word, particle, ok := strings.Cut(w, "_")
	return ok && singleWord(word) && particles[particle]
}

// particles are the adverbs that make a phrasal verb of a verb.
var particles = map[string]bool{
	"up": true, "down": true, "out": true, "off": true, "in": true, "on": true, "over": true,
	"back": true, "away": true, "forward": true, "through": true, "along": true, "around": true, "about": true,
}

// singleWord reports whether w is one plain word: letters only, no
// collocation, hyphen or abbreviation dot.
func singleWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
