package search

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	bsearch "github.com/blevesearch/bleve/v2/search"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/thesaurus"
)

// DefaultLimit is how many hits a request returns when Limit is zero, and
// MaxLimit the most it may ask for.
const (
	DefaultLimit = 10
	MaxLimit     = 1000
)

// Request is a search. Words are a user's words: they are analysed like the
// passages and searched as plain words, never parsed as query syntax.
type Request struct {
	// Words are searched in the passage text, its context (section
	// heading and previous paragraph, or for an article's first
	// paragraph the next) and the article title. A word that
	// is not in the index is matched with a bounded edit distance.
	Words string
	// Entities, when not empty, restricts hits to passages that mention
	// one of these entity IDs (themselves or in their context), or hold a
	// statement by one of them or by someone who speaks for one of them.
	// Entity clauses barely change the ranking.
	Entities []string
	// Headings includes heading-only passages, left out by default.
	Headings bool
	// Offset hits are skipped and at most Limit returned (DefaultLimit
	// when zero, MaxLimit at most).
	Offset, Limit int
	// WithoutPassages leaves Hit.Passage and Hit.Highlights empty, for a
	// caller that has the passages in memory: loading and decoding the
	// stored passage of every hit is most of the cost of a search with
	// many hits. Matched and InContext are still filled, and
	// Hit.HighlightsIn computes the highlights from the passage's text.
	WithoutPassages bool
}

// Span is a byte range [Start, End) of a passage's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Hit is one passage found.
type Hit struct {
	ID      string
	Score   float64
	Passage attribution.Passage
	// Highlights are the matched words in Passage.Paragraph.Text, in
	// order, without overlaps.
	Highlights []Span
	// Matched are the request's terms found in the passage text,
	// InContext those found only in its context (see Request.Words),
	// and InTitle those found only in the title of
	// its article.
	Matched   []string
	InContext []string
	InTitle   []string
	// textLocations are where terms matched in the passage text, kept
	// for HighlightsIn.
	textLocations bsearch.TermLocationMap
}

// HighlightsIn returns the highlights of the hit in text, the text of its
// passage: what Highlights holds when the search loaded the passage.
func (h Hit) HighlightsIn(text string) []Span {
	return spans(h.textLocations, text)
}

// Response is the result of a search.
type Response struct {
	// Terms are the analysed terms searched for, in request order.
	Terms []string
	// Unknown are the terms that are not in the index: they match only
	// words within an edit distance (or nothing, when shorter than five
	// letters), so a match on them is weaker evidence.
	Unknown []string
	// Total is the number of matching passages.
	Total int
	Hits  []Hit
}

// Search runs a request.
func (x *Index) Search(ctx context.Context, r Request) (*Response, error) {
	words := plain(r.Words, x.idioms)
	terms, sources, phrases := analyse(x.analyzer, words)
	qterms, err := x.lookUp(terms, sources)
	if err != nil {
		return nil, err
	}
	if err := x.addCompounds(qterms, phrases); err != nil {
		return nil, err
	}
	if err := x.addPhrasal(qterms, words); err != nil {
		return nil, err
	}
	resp := &Response{Terms: terms}
	for _, t := range qterms {
		if !t.Known {
			resp.Unknown = append(resp.Unknown, t.Term)
		}
	}
	q, err := buildQuery(topicQuery(qterms, phrases, x.synonyms), r.Entities, r.Headings)
	if err != nil || q == nil {
		return resp, err
	}
	limit := r.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	req := bleve.NewSearchRequestOptions(q, limit, max(r.Offset, 0), false)
	if !r.WithoutPassages {
		req.Fields = []string{fieldStored}
	}
	req.IncludeLocations = true
	res, err := x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Words, err)
	}
	resp.Total = int(res.Total)
	for _, m := range res.Hits {
		hit, err := newHit(m, qterms, !r.WithoutPassages)
		if err != nil {
			return nil, err
		}
		resp.Hits = append(resp.Hits, hit)
	}
	return resp, nil
}

// IsWord reports whether word is a common English word (see
// thesaurus.IsWord), not a name.
func (x *Index) IsWord(word string) bool {
	return x.thesaurus.IsWord(word)
}

// InPassages reports whether a passage's text holds one of the analysed
// terms of words, as written (no fuzziness, no synonyms).
func (x *Index) InPassages(words string) (bool, error) {
	for _, t := range x.Terms(words) {
		ok, err := x.hasTerm(FieldText, t)
		if err != nil {
			return false, fmt.Errorf("look up %q: %w", t, err)
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

// Terms returns the analysed terms of words, as Search would search them.
func (x *Index) Terms(words string) []string {
	terms, _, _ := analyse(x.analyzer, words)
	return terms
}

// lookUp decides for each term (analysed from the word of the same
// place in sources) whether it is in the index and, if not, how fuzzily
// to match it, and finds its synonyms and related words in the index.
func (x *Index) lookUp(terms, sources []string) ([]queryTerm, error) {
	out := make([]queryTerm, 0, len(terms))
	for i, t := range terms {
		known := false
		for _, field := range []string{FieldText, FieldContext, FieldTitle} {
			ok, err := x.hasTerm(field, t)
			if err != nil {
				return nil, err
			}
			if ok {
				known = true
				break
			}
		}
		qt := queryTerm{Term: t, Known: known}
		words := []string{sources[i]}
		if !known {
			qt.Fuzziness = fuzzinessFor(t)
			corrected, err := x.addVariants(&qt, sources[i])
			if err != nil {
				return nil, err
			}
			words = append(words, corrected...)
		}
		// Its irregular forms, and its other spellings in British or
		// American English ("organization", "organisation").
		for _, form := range append(x.thesaurus.Inflections(sources[i]), thesaurus.Spellings(sources[i])...) {
			if err := x.addVariant(&qt, form); err != nil {
				return nil, err
			}
		}
		if adj := x.thesaurus.Adjective(sources[i]); adj != "" {
			words = append(words, adj)
		}
		if err := x.addSynonyms(&qt, words); err != nil {
			return nil, err
		}
		for _, w := range words {
			if err := x.addRelated(&qt, w); err != nil {
				return nil, err
			}
		}
		out = append(out, qt)
	}
	return out, nil
}

// addSynonyms sets the Synonyms of qt, whose words are its word and the
// common words it may stand for (for an unknown term, a slip's
// corrections; for an adverb, its adjective): the terms in the index of
// those words' synonym groups and of their irregular forms, and of the
// words themselves other than the term's own.
func (x *Index) addSynonyms(qt *queryTerm, words []string) error {
	var terms []string
	present := map[string]bool{} // terms indexTerm found already
	for i, w := range words {
		term := qt.Term
		if i > 0 {
			t, ok, err := x.indexTerm(w)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			present[t] = true
			if !slices.Contains(qt.Variants, t) {
				terms = append(terms, t)
			}
			term = t
		}
		for _, syn := range x.synonyms[term] {
			// and its irregular forms: "redirected" finds "sent", of "send".
			terms = append(append(terms, syn.term), syn.forms...)
		}
	}
	for _, t := range terms {
		if t == qt.Term || slices.Contains(qt.Synonyms, t) {
			continue
		}
		ok := present[t]
		if !ok {
			var err error
			if ok, err = x.hasTerm(FieldText, t); err != nil {
				return err
			}
		}
		if ok {
			qt.Synonyms = append(qt.Synonyms, t)
		}
	}
	return nil
}

// addRelated sets the Related terms of qt, analysed from word: those of
// the words derived from word or it from them, which a stemmer does not
// bring back to it ("abstain" for "abstentions"), then of the words the
// thesaurus relates to word, and of their irregular forms ("begun" of
// "begin", for "start"), that are in the index and are neither the term
// itself nor one of its synonyms.
func (x *Index) addRelated(qt *queryTerm, word string) error {
	for _, w := range append(x.thesaurus.Derived(word), x.thesaurus.Related(word)...) {
		if len(qt.Related) == maxRelated {
			return nil
		}
		if err := x.addRelatedTerm(qt, w); err != nil {
			return err
		}
	}
	return nil
}

// addRelatedTerm adds to the Related terms of qt, while it has fewer
// than maxRelated, the terms of word and of its irregular forms that are
// in the index and are neither qt's term nor one of its synonyms. A
// phrasal verb ("turn down") adds nothing: its verb alone means another
// thing.
func (x *Index) addRelatedTerm(qt *queryTerm, word string) error {
	if strings.Contains(word, " ") {
		return nil
	}
	for _, form := range append([]string{word}, x.thesaurus.Forms(word)...) {
		if len(qt.Related) == maxRelated {
			return nil
		}
		term, ok := termOf(x.analyzer, form)
		if !ok || term == qt.Term || slices.Contains(qt.Synonyms, term) || slices.Contains(qt.Related, term) {
			continue
		}
		if ok, err := x.hasTerm(FieldText, term); err != nil {
			return err
		} else if ok {
			qt.Related = append(qt.Related, term)
		}
	}
	return nil
}

// addVariants sets the Variants of qt, analysed from word: the
// terms of the index that word spells with two neighbouring letters
// swapped ("dornes"), and, for a word of minCorrected letters or more
// that is not itself a common word, the terms in the index of the common
// words (see IsWord) one letter away: a letter missing ("postion"), extra
// ("positionn") or wrong ("reakt"). It returns those common words, in the
// index or not, so that their related words can be searched too
// ("promis" → "promise" → "pledge").
func (x *Index) addVariants(qt *queryTerm, word string) ([]string, error) {
	add := func(candidate string) error {
		if len(qt.Variants) >= maxVariants {
			return nil
		}
		return x.addVariant(qt, candidate)
	}
	for _, swapped := range thesaurus.Swaps(word) {
		if err := add(swapped); err != nil {
			return nil, err
		}
	}
	if utf8.RuneCountInString(word) < minCorrected || x.thesaurus.IsWord(word) {
		return nil, nil
	}
	// Two common words written as one ("homeported", "home port"): both
	// are searched for it, when both are in the index.
	for _, parts := range x.splits(word) {
		var terms []string
		for _, part := range parts {
			term, ok, err := x.indexTerm(part)
			if err != nil {
				return nil, err
			}
			if ok {
				terms = append(terms, term)
			}
		}
		if len(terms) < len(parts) {
			continue
		}
		for _, t := range terms {
			if len(qt.Variants) < maxVariants && t != qt.Term && !slices.Contains(qt.Variants, t) {
				qt.Variants = append(qt.Variants, t)
			}
		}
	}
	var corrected []string
	for _, candidate := range thesaurus.OneLetterAway(word) {
		if len(corrected) == maxVariants {
			break
		}
		if x.thesaurus.IsWord(candidate) && !slices.Contains(corrected, candidate) {
			corrected = append(corrected, candidate)
			if err := add(candidate); err != nil {
				return nil, err
			}
		}
	}
	return corrected, nil
}

// splits returns the ways word is two common words written as one, each
// of minSplit letters or more ("homeported": "home" and "ported").
func (x *Index) splits(word string) [][2]string {
	runes := []rune(strings.ToLower(word))
	var out [][2]string
	for i := minSplit; i+minSplit <= len(runes); i++ {
		first, second := string(runes[:i]), string(runes[i:])
		if x.thesaurus.IsWord(first) && x.thesaurus.IsWord(second) {
			out = append(out, [2]string{first, second})
		}
	}
	return out
}

// minSplit is the shortest part of a word that splits finds.
const minSplit = 4

// addVariant adds to the Variants of qt the term of word, when it is in
// the index and is not qt's term or a variant already.
func (x *Index) addVariant(qt *queryTerm, word string) error {
	term, ok := termOf(x.analyzer, word)
	if !ok || term == qt.Term || slices.Contains(qt.Variants, term) {
		return nil
	}
	ok, err := x.hasTerm(FieldText, term)
	if ok {
		qt.Variants = append(qt.Variants, term)
	}
	return err
}

// addCompounds adds to the Variants of both terms of a phrase written
// as two words ("air space", "war-time") the term of the two written as
// one, when that is in the index ("airspace").
func (x *Index) addCompounds(terms []queryTerm, phrases []phrase) error {
	for _, p := range phrases {
		if between := p.Text[p.FirstEnd:p.SecondStart]; between != " " && between != "-" {
			continue
		}
		joined, ok, err := x.indexTerm(p.Text[:p.FirstEnd] + p.Text[p.SecondStart:])
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		for i := range terms {
			if t := &terms[i]; (t.Term == p.First || t.Term == p.Second) && t.Term != joined && !slices.Contains(t.Variants, joined) {
				t.Variants = append(t.Variants, joined)
			}
		}
	}
	return nil
}

// addPhrasal adds to the Related terms of a phrasal verb's verb ("step"
// of "stepped up", "turn" of "turn down"), and of its particle when that
// is searched too ("forward"), the terms in the index of the words the
// thesaurus relates to the phrasal verb ("intensify", "reject").
func (x *Index) addPhrasal(terms []queryTerm, words string) error {
	ws := strings.FieldsFunc(words, func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i+1 < len(ws); i++ {
		related := x.thesaurus.Related(ws[i] + " " + ws[i+1])
		if len(related) == 0 {
			continue
		}
		for _, w := range ws[i : i+2] {
			term, ok := termOf(x.analyzer, w)
			k := slices.IndexFunc(terms, func(t queryTerm) bool { return ok && t.Term == term })
			if k < 0 {
				continue
			}
			for _, r := range related {
				if err := x.addRelatedTerm(&terms[k], r); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// minCorrected is the shortest word corrected to a common word one letter
// away: shorter ones have too many neighbours to guess among.
const minCorrected = 5

// maxVariants bounds a term's Variants.
const maxVariants = 4

// indexTerm analyses a word to its term and reports whether the term is
// in the passage texts; not for a stop word, which has no term.
func (x *Index) indexTerm(word string) (string, bool, error) {
	term, ok := termOf(x.analyzer, word)
	if !ok {
		return "", false, nil
	}
	ok, err := x.hasTerm(FieldText, term)
	return term, ok, err
}

// termOf analyses a word to its one term; false for a stop word, which
// has none, or text that analyses to several terms.
func termOf(analyzer analysis.Analyzer, word string) (string, bool) {
	tokens := analyzer.Analyze([]byte(word))
	if len(tokens) != 1 {
		return "", false
	}
	return string(tokens[0].Term), true
}

// hasTerm reports whether term is in the dictionary of field.
func (x *Index) hasTerm(field, term string) (bool, error) {
	dict, err := x.bleve.FieldDictRange(field, []byte(term), []byte(term))
	if err != nil {
		return false, fmt.Errorf("look up %q in %s: %w", term, field, err)
	}
	defer dict.Close()
	entry, err := dict.Next()
	if err != nil {
		return false, fmt.Errorf("look up %q in %s: %w", term, field, err)
	}
	return entry != nil && entry.Term == term, nil
}

// newHit turns a match into a hit: the terms it matched and, when
// withPassage, its stored passage and highlights.
func newHit(m *bsearch.DocumentMatch, terms []queryTerm, withPassage bool) (Hit, error) {
	hit := Hit{ID: m.ID, Score: m.Score, textLocations: m.Locations[FieldText]}
	if withPassage {
		stored, _ := m.Fields[fieldStored].(string)
		p, err := decodePassage(stored)
		if err != nil {
			return Hit{}, fmt.Errorf("hit %s: %w", m.ID, err)
		}
		hit.Passage = p
		hit.Highlights = hit.HighlightsIn(p.Paragraph.Text)
	}
	inText := matchedTerms(terms, m.Locations[FieldText])
	inContext := matchedTerms(terms, m.Locations[FieldContext])
	inTitle := matchedTerms(terms, m.Locations[FieldTitle])
	for _, t := range terms {
		switch {
		case inText[t.Term]:
			hit.Matched = append(hit.Matched, t.Term)
		case inContext[t.Term]:
			hit.InContext = append(hit.InContext, t.Term)
		case inTitle[t.Term]:
			hit.InTitle = append(hit.InTitle, t.Term)
		}
	}
	return hit, nil
}

// spans are the locations' byte ranges, sorted, merged where they overlap,
// and checked against the text they point into.
func spans(locs bsearch.TermLocationMap, text string) []Span {
	var out []Span
	for _, ls := range locs {
		for _, l := range ls {
			if int(l.End) <= len(text) && l.Start < l.End {
				out = append(out, Span{Start: int(l.Start), End: int(l.End)})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start < merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// matchedTerms maps each query term to whether one of the locations' terms
// is it, or within its edit distance for a fuzzy term.
func matchedTerms(terms []queryTerm, locs bsearch.TermLocationMap) map[string]bool {
	found := make(map[string]bool)
	for indexed := range locs {
		for _, t := range terms {
			if indexed == t.Term || slices.Contains(t.Synonyms, indexed) || slices.Contains(t.Related, indexed) || slices.Contains(t.Variants, indexed) ||
				(!t.Known && t.Fuzziness > 0 && withinDistance(t.Term, indexed, t.Fuzziness)) {
				found[t.Term] = true
			}
		}
	}
	return found
}

// withinDistance reports whether the Levenshtein distance between a and b
// is at most k.
func withinDistance(a, b string, k int) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}
