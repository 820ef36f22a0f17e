package attribution

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crisisbot/bot/fold"
)

// Gold is one hand-checked attribution, a line of an attributions file
// such as shared/eval/attributions.jsonl:
//
//	{"article":"000","kind":"direct","contains":"A massive Armada","speaker":"Donald Trump","affiliation":"United States"}
type Gold struct {
	// Article is an article ID, or its prefix before an underscore
	// ("000" for "000_95fbb9e21a49f70c").
	Article string `json:"article"`
	// Kind is direct, partial, indirect, or none for quote marks around
	// a term that no one is quoted saying.
	Kind string `json:"kind"`
	// Contains is a piece of the statement's text.
	Contains string `json:"contains"`
	// Speaker lists the accepted speaker names separated by "|"; nil
	// means that no one may be credited with the text.
	Speaker *string `json:"speaker"`
	// Affiliation is the country or organisation the speaker speaks
	// for, "" for an independent speaker; "|" separates accepted names.
	Affiliation *string `json:"affiliation"`
	// Line is the 1-based line the gold was read from.
	Line int `json:"-"`
}

// Kind "none" is a gold for quote marks that make no statement.
const noneKind = "none"

// ReadGold reads an attributions file: one JSON object per line, blank
// lines and lines starting with "#" skipped. An error names the line.
func ReadGold(r io.Reader) ([]Gold, error) {
	var golds []Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		var g Gold
		dec := json.NewDecoder(bytes.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if err := g.validate(); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		g.Line = line
		golds = append(golds, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return golds, nil
}

func (g Gold) validate() error {
	switch {
	case g.Article == "":
		return errors.New("no article")
	case strings.TrimSpace(g.Contains) == "":
		return errors.New("no contains")
	}
	switch Kind(g.Kind) {
	case Direct, Partial, Indirect, noneKind:
	default:
		return fmt.Errorf("kind %q is not direct, partial, indirect or none", g.Kind)
	}
	if g.Kind == noneKind && g.Speaker != nil {
		return errors.New("kind none with a speaker")
	}
	if g.Kind != noneKind && g.Speaker == nil {
		return fmt.Errorf("kind %s with no speaker", g.Kind)
	}
	return nil
}

// speakers returns the accepted speaker names.
func (g Gold) speakers() []string {
	if g.Speaker == nil {
		return nil
	}
	return strings.Split(*g.Speaker, "|")
}

// Report is how a result scores against golds.
type Report struct {
	// Kinds has one line per kind of gold, in the order direct,
	// partial, indirect, none (kinds with no gold left out).
	Kinds []KindScore
	// Wrong lists the golds found with the wrong speaker or affiliation.
	Wrong []Mismatch
	// Missed lists the golds no statement contains.
	Missed []Gold
	// Unmatched counts the statements of the golds' articles that hold
	// no gold's words: statements the golds do not expect.
	Unmatched int
}

// KindScore counts the golds of one kind.
type KindScore struct {
	Kind string
	// Golds is how many golds there are; Found how many a statement
	// contains; Right how many of those have the right speaker and
	// affiliation (for kind none: no statement with a speaker); Wrong
	// how many have not. SpeakerRight counts the found golds whose
	// speaker is right, whatever the affiliation.
	Golds, Found, Right, Wrong, SpeakerRight int
}

// Totals sums the kinds that credit a speaker (all but none): the golds,
// those found, those right, and those with the right speaker.
func (r Report) Totals() KindScore {
	t := KindScore{Kind: "all"}
	for _, k := range r.Kinds {
		if k.Kind == noneKind {
			continue
		}
		t.Golds += k.Golds
		t.Found += k.Found
		t.Right += k.Right
		t.Wrong += k.Wrong
		t.SpeakerRight += k.SpeakerRight
	}
	return t
}

// Precision is the share of found golds that are right.
func (k KindScore) Precision() float64 {
	if k.Found == 0 {
		return 0
	}
	return float64(k.Right) / float64(k.Found)
}

// F1 is the harmonic mean of Precision and Accuracy (the recall).
func (k KindScore) F1() float64 {
	p, r := k.Precision(), k.Accuracy()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy is the share of golds that are right, from 0 to 1.
func (k KindScore) Accuracy() float64 {
	if k.Golds == 0 {
		return 0
	}
	return float64(k.Right) / float64(k.Golds)
}

// Mismatch is a gold found with the wrong attribution.
type Mismatch struct {
	Gold Gold
	Got  Statement
}

// Kind returns the score of one kind, zero if there is no gold of it.
func (r Report) Kind(kind string) KindScore {
	for _, k := range r.Kinds {
		if k.Kind == kind {
			return k
		}
	}
	return KindScore{Kind: kind}
}

// Score compares a result with golds. A gold matches the statements of its
// article whose text contains its words (straight and curly apostrophes
// alike), of its kind if there are any, else of any kind; it is right when
// one of them has an accepted speaker name (or one the result's registry
// resolves to the speaker's ID) and the affiliation.
func Score(res *Result, golds []Gold) Report {
	var r Report
	scores := map[string]*KindScore{}
	order := []string{string(Direct), string(Partial), string(Indirect), noneKind}
	texts := make([]string, len(res.Statements)) // each statement's text, normalised once
	for i, st := range res.Statements {
		texts[i] = normaliseQuotes(st.Text)
	}
	wants := make([]string, len(golds)) // each gold's words, normalised once (see wantOf)
	for j, g := range golds {
		wants[j] = wantOf(g)
	}
	for j, g := range golds {
		ks := scores[g.Kind]
		if ks == nil {
			ks = &KindScore{Kind: g.Kind}
			scores[g.Kind] = ks
		}
		ks.Golds++
		cands := matching(res, texts, g, wants[j])
		if g.Kind == noneKind {
			credited := -1
			for i, st := range cands {
				if st.Speaker != "" {
					credited = i
					break
				}
			}
			if credited < 0 {
				ks.Found++
				ks.Right++
			} else {
				ks.Wrong++
				r.Wrong = append(r.Wrong, Mismatch{Gold: g, Got: cands[credited]})
			}
			continue
		}
		if len(cands) == 0 {
			r.Missed = append(r.Missed, g)
			continue
		}
		ks.Found++
		right, speakerRight := false, false
		for _, st := range cands {
			if speakerMatches(res, g, st) {
				speakerRight = true
				if affiliationMatches(res, g, st) {
					right = true
					break
				}
			}
		}
		if speakerRight {
			ks.SpeakerRight++
		}
		if right {
			ks.Right++
		} else {
			ks.Wrong++
			r.Wrong = append(r.Wrong, Mismatch{Gold: g, Got: cands[0]})
		}
	}
	for i, st := range res.Statements {
		expected, covered := false, false
		for j, g := range golds {
			if !articleMatches(st.Article, g.Article) {
				continue
			}
			covered = true
			if strings.Contains(texts[i], wants[j]) {
				expected = true
				break
			}
		}
		if covered && !expected {
			r.Unmatched++
		}
	}
	for _, k := range order {
		if ks := scores[k]; ks != nil {
			r.Kinds = append(r.Kinds, *ks)
		}
	}
	return r
}

// wantOf is what a statement's text must contain to match a gold: its
// words with their quotes normalised, without a trailing comma ("“We are
// ready,” X said": the comma before the attribution is the sentence's
// punctuation, which a direct statement leaves out).
func wantOf(g Gold) string {
	return strings.TrimRight(normaliseQuotes(g.Contains), ", ")
}

// matching returns the statements that contain want, a gold's words (see
// wantOf), those of the gold's kind first. texts are the statements'
// texts with their quotes normalised.
func matching(res *Result, texts []string, g Gold, want string) []Statement {
	var same, other []Statement
	for i, st := range res.Statements {
		if !articleMatches(st.Article, g.Article) || !strings.Contains(texts[i], want) {
			continue
		}
		if string(st.Kind) == g.Kind {
			same = append(same, st)
		} else {
			other = append(other, st)
		}
	}
	if len(same) > 0 {
		return same
	}
	return other
}

// articleMatches reports whether an article ID is the gold's article: the
// same, or the gold's followed by "_".
func articleMatches(id, gold string) bool {
	return id == gold || strings.HasPrefix(id, gold+"_")
}

var quoteNormaliser = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")

func normaliseQuotes(s string) string {
	return quoteNormaliser.Replace(s)
}

func speakerMatches(res *Result, g Gold, st Statement) bool {
	for _, name := range g.speakers() {
		if sameName(name, st.Speaker) || sameSource(name, st.Speaker) {
			return true
		}
		if res.Entities != nil {
			if e, ok := res.Entities.Resolve(name); ok && e.ID == st.SpeakerID {
				return true
			}
		}
	}
	return false
}

// sameSource reports whether two descriptions of a source name the same
// speaker though their noun phrases are cut differently: one may add a
// determiner or a count before the head ("two lawmakers who attended"),
// a modifier after it that opens with a preposition, participle or
// relative word ("a diplomat in Beirut familiar with the contacts"), or
// the possessive of the state or body it belongs to ("India’s Ministry
// of Petroleum", whose affiliation is scored on its own). A personal name
// never matches a shorter or longer one this way.
func sameSource(gold, got string) bool {
	g, t := sourceWords(gold), sourceWords(got)
	if len(g) == 0 || len(t) == 0 {
		return false
	}
	for i := 0; i < 3 && i+1 < len(t); i++ {
		if strings.HasSuffix(t[i], "'s") || strings.HasSuffix(t[i], "s'") {
			if slices.Equal(g, t[i+1:]) {
				return true // "India's Ministry of …", "United States' Department of …"
			}
			break
		}
	}
	short, long := g, t
	if len(short) > len(long) {
		short, long = long, short
	}
	if !slices.Equal(short, long[:len(short)]) {
		return false
	}
	return len(long) == len(short) || isModifierOpener(long[len(short)])
}

// sourceWords folds a source's description into words, without leading
// determiners and counts.
func sourceWords(s string) []string {
	words := strings.Fields(normaliseQuotes(fold.String(s)))
	for len(words) > 1 && isSourceDeterminer(words[0]) {
		words = words[1:]
	}
	return words
}

// isSourceDeterminer reports whether w is an article or a count before a
// source's head. Words that describe the source ("senior", "his") are not
// dropped: "a senior diplomat" is not "a diplomat".
func isSourceDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "two", "three", "four", "five", "several", "some", "many", "other", "both":
		return true
	}
	return false
}

// isModifierOpener reports whether w opens a modifier after a noun: "in
// Beirut", "familiar with …", "who attended", "speaking on condition …".
func isModifierOpener(w string) bool {
	switch w {
	case "in", "at", "from", "with", "on", "familiar", "close", "who", "speaking", "briefed",
		"involved", "knowledgeable", "based", "travelling", "traveling", "attending":
		return true
	}
	return false
}

func affiliationMatches(res *Result, g Gold, st Statement) bool {
	want := ""
	if g.Affiliation != nil {
		want = *g.Affiliation
	}
	for _, name := range strings.Split(want, "|") {
		if affiliationIs(res, name, st) {
			return true
		}
	}
	return false
}

func affiliationIs(res *Result, want string, st Statement) bool {
	if want == "" || st.AffiliationID == "" {
		return want == "" && st.AffiliationID == ""
	}
	if sameName(want, st.Affiliation) {
		return true
	}
	if res.Entities != nil {
		if e, ok := res.Entities.Resolve(want); ok && e.ID == st.AffiliationID {
			return true
		}
	}
	return false
}

// WriteSummary writes the report for people: a line per kind with its
// counts and accuracy, then each wrong attribution (expected and got) and
// each miss.
func (r Report) WriteSummary(w io.Writer) error {
	var b strings.Builder
	for _, k := range r.Kinds {
		fmt.Fprintf(&b, "%-8s %3d/%-3d right (%5.1f%%)  found %d  wrong %d  missed %d\n",
			k.Kind, k.Right, k.Golds, 100*k.Accuracy(), k.Found, k.Wrong, k.Golds-k.Found)
	}
	if t := r.Totals(); t.Golds > 0 {
		fmt.Fprintf(&b, "all      %3d/%-3d right (%5.1f%% recall)  precision %.1f%% of %d found  F1 %.3f  speaker right in %d/%d (%.1f%%)\n",
			t.Right, t.Golds, 100*t.Accuracy(), 100*t.Precision(), t.Found, t.F1(), t.SpeakerRight, t.Found, 100*float64(t.SpeakerRight)/float64(max(t.Found, 1)))
		fmt.Fprintf(&b, "unmatched %d statements hold no gold's words\n", r.Unmatched)
	}
	for _, m := range r.Wrong {
		fmt.Fprintf(&b, "WRONG  line %d %s %s %q: expected %s (%s), got %s (%s) for %q\n",
			m.Gold.Line, m.Gold.Article, m.Gold.Kind, m.Gold.Contains,
			orNone(m.Gold.Speaker), orNone(m.Gold.Affiliation), m.Got.Speaker, m.Got.Affiliation, m.Got.Text)
	}
	for _, g := range r.Missed {
		fmt.Fprintf(&b, "MISSED line %d %s %s %q: expected %s (%s)\n",
			g.Line, g.Article, g.Kind, g.Contains, orNone(g.Speaker), orNone(g.Affiliation))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String returns the summary WriteSummary writes.
func (r Report) String() string {
	var b strings.Builder
	_ = r.WriteSummary(&b) // a strings.Builder does not fail
	return b.String()
}

func orNone(s *string) string {
	if s == nil {
		return "no one"
	}
	if *s == "" {
		return "independent"
	}
	return *s
}
