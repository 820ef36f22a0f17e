package search

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// MaxTerms bounds the distinct terms taken from a request's words; the
// rest are ignored, so a long question cannot build a huge query.
const MaxTerms = 32

// maxPhrases bounds the two-word phrase clauses of a query.
const maxPhrases = 16

// Field weights of a topic term. A term in the passage itself counts most;
// in the section heading or the previous paragraph, or in the title, less.
const (
	boostText    = 1.0
	boostContext = 0.1
	boostTitle   = 0.1
	// boostPhrase weighs two neighbouring words found next to each other
	// in the text, on top of the words themselves.
	boostPhrase = 0.5
	// boostFilter is the weight of entity clauses: they select passages
	// but must not change the topic ranking.
	boostFilter = 1e-6
)

// queryTerm is one analysed word of a request.
type queryTerm struct {
	// Term is the analysed form ("threats" → "threat").
	Term string
	// Fuzziness is the edit distance allowed when Term is not in the index
	// dictionary; 0 for a known term or a word too short to guess at.
	Fuzziness int
	// Known is whether the term occurs in the index.
	Known bool
	// Synonyms are the terms of its synonym group that occur in the
	// index; they are searched too, with a lower weight.
	Synonyms []string
	// Related are the terms of words the thesaurus relates to it that
	// occur in the index, searched with a lower weight still.
	Related []string
	// Variants are the terms in the index of other ways to write its
	// word, searched as the term itself: its irregular forms, which a
	// stemmer does not bring back to it ("begun" for "begin"); the word
	// written as one with its neighbour ("air space" → "airspace"); the
	// two words an unknown word may be written as ("homeported" → "home",
	// "port"); and,
	// for an unknown term, what its word may be a slip for: the word with
	// two neighbouring letters swapped, the commonest slip in typing
	// ("dornes" → "drone"), which an edit distance counts as two edits,
	// or not at all in a short word, and common words one letter away
	// ("postion" → "posit", whose stem a fuzzy match of "postion" misses).
	Variants []string
}

// maxRelated bounds a term's Related terms.
const maxRelated = 4

// phrase is two neighbouring words of a request, with what lies between
// them (stop words keep their positions, so "threat of attack" matches
// only that phrase).
type phrase struct {
	// Text is the request's words from the first word to the second.
	Text string
	// FirstEnd and SecondStart are the byte offsets in Text where the
	// first word ends and the second begins.
	FirstEnd, SecondStart int
	// First and Second are the two words' analysed terms.
	First, Second string
}

// variants are the phrase's text and the texts with either word replaced
// by one of its synonyms ("nuclear negotiations" → "nuclear talks").
func (p phrase) variants(syn synonyms) []string {
	out := []string{p.Text}
	for _, s := range syn[p.First] {
		out = append(out, s.word+p.Text[p.FirstEnd:])
	}
	for _, s := range syn[p.Second] {
		out = append(out, p.Text[:p.SecondStart]+s.word)
	}
	return out
}

// maxFuzzyLength is the longest term matched with an edit distance: no
// word is that long, and the automaton of a longer one grows beyond
// what bleve accepts.
const maxFuzzyLength = 30

// fuzzinessFor is the edit distance allowed for an unknown term: none
// under 5 letters, 1 for 5 to 7, 2 beyond (up to maxFuzzyLength).
func fuzzinessFor(term string) int {
	switch n := utf8.RuneCountInString(term); {
	case n < 5 || n > maxFuzzyLength:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}

// analyse splits words into at most MaxTerms distinct analysed terms, the
// word each was first analysed from, and the two-word phrases they form,
// in order.
func analyse(analyzer analysis.Analyzer, words string) (terms, sources []string, phrases []phrase) {
	tokens := analyzer.Analyze([]byte(words))
	seen := make(map[string]bool)
	for i, tok := range tokens {
		t := string(tok.Term)
		if !seen[t] && len(terms) < MaxTerms {
			seen[t] = true
			terms = append(terms, t)
			sources = append(sources, words[tok.Start:tok.End])
		}
		if prev := tokens[max(i-1, 0)]; i > 0 && len(phrases) < maxPhrases && tok.Position-prev.Position <= 3 {
			phrases = append(phrases, phrase{
				Text:     words[prev.Start:tok.End],
				FirstEnd: prev.End - prev.Start, SecondStart: tok.Start - prev.Start,
				First: string(prev.Term), Second: t,
			})
		}
	}
	return terms, sources, phrases
}

// topicQuery matches passages with any of terms (exactly, or fuzzily when
// unknown) in their text, context or title, with phrase clauses as a
// boost. It returns nil when no term can match.
func topicQuery(terms []queryTerm, phrases []phrase, syn synonyms) query.Query {
	var clauses []query.Query
	for _, t := range terms {
		if !t.Known && t.Fuzziness == 0 && len(t.Synonyms) == 0 && len(t.Related) == 0 && len(t.Variants) == 0 {
			continue
		}
		var fields []query.Query
		for _, f := range []struct {
			name  string
			boost float64
		}{{FieldText, boostText}, {FieldContext, boostContext}, {FieldTitle, boostTitle}} {
			fields = append(fields, termClause(t, f.name, f.boost))
			for _, r := range t.Variants {
				fields = append(fields, termClause(queryTerm{Term: r, Known: true}, f.name, f.boost))
			}
			for _, syn := range t.Synonyms {
				fields = append(fields, termClause(queryTerm{Term: syn, Known: true}, f.name, f.boost*boostSynonym))
			}
			for _, rel := range t.Related {
				fields = append(fields, termClause(queryTerm{Term: rel, Known: true}, f.name, f.boost*boostRelated))
			}
		}
		clauses = append(clauses, query.NewDisjunctionQuery(fields))
	}
	if len(clauses) == 0 {
		return nil
	}
	for _, p := range phrases {
		for i, text := range p.variants(syn) {
			q := query.NewMatchPhraseQuery(text)
			q.SetField(FieldText)
			if i == 0 {
				q.SetBoost(boostPhrase)
			} else {
				q.SetBoost(boostPhrase * boostSynonym)
			}
			clauses = append(clauses, q)
		}
	}
	return query.NewDisjunctionQuery(clauses)
}

// termClause is an exact term query for a known term and a fuzzy one for
// an unknown term.
func termClause(t queryTerm, field string, boost float64) query.Query {
	if t.Known {
		q := query.NewTermQuery(t.Term)
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	q := query.NewFuzzyQuery(t.Term)
	q.SetField(field)
	q.SetFuzziness(t.Fuzziness)
	q.SetBoost(boost)
	return q
}

// entityQuery matches passages that mention any of ids (or follow a
// paragraph or heading that does), or that hold a statement by one of
// them or by someone who speaks for one of them.
func entityQuery(ids []string) query.Query {
	var clauses []query.Query
	for _, id := range ids {
		for _, field := range []string{FieldEntities, FieldContextEntities, FieldStatementSpeakerID, FieldStatementAffiliation} {
			q := query.NewTermQuery(id)
			q.SetField(field)
			q.SetBoost(boostFilter)
			clauses = append(clauses, q)
		}
	}
	return query.NewDisjunctionQuery(clauses)
}

// notHeading excludes heading passages.
func notHeading() query.Query {
	q := query.NewBoolFieldQuery(true)
	q.SetField(FieldHeading)
	return q
}

// buildQuery combines the parts of a request; nil means nothing can match.
func buildQuery(topic query.Query, entities []string, headings bool) (query.Query, error) {
	var must []query.Query
	if len(entities) > 0 {
		must = append(must, entityQuery(entities))
	}
	var should []query.Query
	switch {
	case topic != nil && len(must) == 0:
		must = append(must, topic)
	case topic != nil:
		should = append(should, topic)
	case len(must) == 0:
		return nil, nil
	}
	var mustNot []query.Query
	if !headings {
		mustNot = append(mustNot, notHeading())
	}
	b := query.NewBooleanQuery(must, should, mustNot)
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("build query: %w", err)
	}
	return b, nil
}
