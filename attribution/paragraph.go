package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

// paragraph is one paragraph of an article with what the extractor reads
// in it before attributing statements.
type paragraph struct {
	corpus.Paragraph
	quotes    []Quote
	sentences []Span
	// words are the paragraph's tokens with quote marks as punctuation.
	words []token
	// mentions are the known entities the registry finds in the text.
	mentions []entity.Mention
	// mentionOf maps a word index to its index in mentions, or -1.
	mentionOf []int
	// people are the people named in the paragraph, found once every
	// article's people are known.
	people []personMention
}

// personMention is a person named in a paragraph, by full or short name.
type personMention struct {
	Start, End int
	person     *person
}

func newParagraph(p corpus.Paragraph, known *entity.Registry) *paragraph {
	para := &paragraph{Paragraph: p}
	para.quotes = FindQuotes(p.Text)
	para.sentences = splitSentences(p.Text, para.quotes)
	para.words = tokenize(p.Text, 0, len(p.Text), para.quotes, false)
	// Names of countries and organisations are capitalised: "us" in a
	// quote is not the US.
	// "Singapore-based trader" says where, not whom the trader speaks
	// for.
	for _, m := range known.Mentions(p.Text) {
		r, _ := utf8.DecodeRuneInString(p.Text[m.Start:])
		if (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.HasPrefix(p.Text[m.End:], "-based") {
			para.mentions = append(para.mentions, m)
		}
	}
	para.mentionOf = make([]int, len(para.words))
	m := 0
	for i, w := range para.words {
		para.mentionOf[i] = -1
		for m < len(para.mentions) && para.mentions[m].End <= w.Start {
			m++
		}
		if m < len(para.mentions) && para.mentions[m].Start < w.End && w.Start < para.mentions[m].End {
			para.mentionOf[i] = m
		}
	}
	return para
}

// wordRange returns the indices [lo, hi) of the words inside span.
func (p *paragraph) wordRange(s Span) (lo, hi int) {
	lo = sort.Search(len(p.words), func(i int) bool { return p.words[i].Start >= s.Start })
	hi = sort.Search(len(p.words), func(i int) bool { return p.words[i].Start >= s.End })
	return lo, hi
}

// sentenceTokens returns the tokens of a sentence of p as tokenize with
// atomic quotes would: the paragraph's words, each quotation that opens
// in the sentence made one quoteToken, so that no word is folded twice.
func (p *paragraph) sentenceTokens(span Span) []token {
	lo, hi := p.wordRange(span)
	toks := make([]token, 0, hi-lo)
	q := 0
	for i := lo; i < hi; {
		w := p.words[i]
		for q < len(p.quotes) && p.quotes[q].Open < w.Start {
			q++
		}
		if q < len(p.quotes) && p.quotes[q].Open == w.Start {
			end := min(p.quotes[q].Close, span.End)
			toks = append(toks, token{Start: w.Start, End: end, Text: p.Text[w.Start:end], Kind: quoteToken, Quote: q})
			for i < hi && p.words[i].Start < end {
				i++
			}
			q++
			continue
		}
		toks = append(toks, w)
		i++
	}
	return toks
}

// mentionAt returns the registry mention covering word i.
func (p *paragraph) mentionAt(i int) (entity.Mention, bool) {
	if i < 0 || i >= len(p.words) || p.mentionOf[i] < 0 {
		return entity.Mention{}, false
	}
	return p.mentions[p.mentionOf[i]], true
}

// mentionStartsAt reports whether a known entity's mention starts at byte
// offset start.
func (p *paragraph) mentionStartsAt(start int) bool {
	for _, m := range p.mentions {
		if m.Start == start {
			return true
		}
	}
	return false
}

// namesBefore reports whether the paragraph names entity id before byte
// offset pos.
func (p *paragraph) namesBefore(id string, pos int) bool {
	for _, m := range p.mentions {
		if m.ID == id && m.Start < pos {
			return true
		}
	}
	return false
}

// inQuote reports whether the byte offset pos lies inside a quotation.
func (p *paragraph) inQuote(pos int) bool {
	for _, q := range p.quotes {
		if pos >= q.Open && pos < q.Close {
			return true
		}
	}
	return false
}
