package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/entity"
)

// sentence is one sentence of a paragraph being attributed.
type sentence struct {
	p       *paragraph
	paraIdx int
	// toks are the sentence's tokens, each quotation one token.
	toks []token
	// wordLo is the index in p.words of the sentence's first word.
	wordLo int
	hits   []*verbHit
}

// verbHit is a speech verb in a sentence with its subject.
type verbHit struct {
	// at is the verb's token; end is past the verb and its particle or,
	// for "made pledges", past the speech noun.
	at, end int
	sense   verbSense
	subject *speaker
	// subjectFrom is the first token of the subject phrase when the
	// subject stands before the verb, else -1.
	subjectFrom int
	// inherited is set when the verb shares the subject of the verb
	// before it ("… and urged", ", saying").
	inherited bool
	// inverted is set for "“…,” said X".
	inverted bool
}

// attribute finds the statements of paragraph paraIdx of an article.
func (x *extractor) attribute(a *articleCtx, paraIdx int) []Statement {
	p := a.paras[paraIdx]
	a.paraIdx = paraIdx
	var out []Statement
	for _, span := range p.sentences {
		s := &sentence{p: p, paraIdx: paraIdx, toks: p.sentenceTokens(span)}
		s.wordLo, _ = p.wordRange(span)
		x.findVerbs(a, s)
		a.noteDocuments(s)
		if n := len(s.hits); n > 0 && strings.HasSuffix(strings.TrimSpace(p.Text[span.Start:span.End]), ":") && s.hits[n-1].subject != nil {
			// "He told the crowd:" at the end of a paragraph introduces
			// the quotation that opens the next.
			a.colonSpeaker, a.colonPara = s.hits[n-1].subject, p.Number
		}
		out = append(out, x.quoteStatements(a, s)...)
		out = append(out, x.reportedStatements(a, s)...)
		x.noteSubject(a, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	// One statement per span and kind.
	dedup := out[:0]
	for i, st := range out {
		if i > 0 && st.Start == out[i-1].Start && st.End == out[i-1].End && st.Kind == out[i-1].Kind {
			continue
		}
		dedup = append(dedup, st)
	}
	for i := range dedup {
		dedup[i].Article = a.art.ID
		dedup[i].Paragraph = p.Number
	}
	return dedup
}

// noteDocuments records, for each document noun of the sentence ("In a
// report, the agency said"), the body that speaks in it.
func (a *articleCtx) noteDocuments(s *sentence) {
	for _, h := range s.hits {
		if h.subject == nil || h.subject.kind == entity.Person || h.subject.kind == entity.Group {
			continue
		}
		for _, t := range s.toks {
			if t.Kind == wordToken && isSpeechDocument(t.Lower) {
				a.documents[t.Lower] = h.subject
			}
		}
		return
	}
}

// quoteStatements makes statements of the sentence's quotations: direct
// quotes, and quoted fragments of reported speech. A quoted term that no
// one is reported to say (the much-vaunted “Iron Dome”) makes none.
func (x *extractor) quoteStatements(a *articleCtx, s *sentence) []Statement {
	var out []Statement
	for qi, t := range s.toks {
		if t.Kind != quoteToken {
			continue
		}
		q := s.p.quotes[t.Quote]
		start, end := trimQuoted(s.p.Text, q.Start, q.End)
		if start >= end {
			continue
		}
		initial := qi == 0
		prev := token{}
		if qi > 0 {
			prev = s.toks[qi-1]
		}
		if s.isTerm(qi) {
			continue // the so-called “maximum pressure” campaign: a term
		}
		// “…,” X said, “…”: the second half of a split quote.
		afterSaid := false
		if h := s.hitBefore(qi); prev.Text == "," && h != nil && h.at >= s.lastQuoteBefore(qi) {
			afterSaid = s.thatAfter(h, true) < 0
		}
		direct := afterSaid || startsSentence(s.p.Text[start:end]) && (initial || prev.Text == ":")
		var who, reported *speaker
		if direct && initial {
			who = s.hitAfter(qi)
			// A quotation goes on from the last one, or from "He told the
			// crowd:", unless someone the extractor does not know is
			// named as saying it (“…,” Katz wrote).
			attributed := x.speechVerbAfter(s, qi)
			if who == nil && !attributed && a.lastDirect != nil && a.lastDirectPara >= s.p.Number-1 {
				who = a.lastDirect
			}
			if who == nil && !attributed && a.colonSpeaker != nil && a.colonPara == s.p.Number-1 {
				who = a.colonSpeaker // "He told the crowd:" ends the paragraph before
			}
		} else {
			if h := s.hitBefore(qi); h != nil {
				who = s.reporter(h).subject
			} else if !s.inSubject(qi) {
				who = s.hitAfter(qi)
				reported = x.quotedSubject(a, s, qi)
			}
		}
		if who == nil {
			// “…,” according to a statement from the ministry.
			for _, acc := range s.accordings() {
				if qi >= acc.clause.from && qi < acc.clause.to {
					who = x.accordingSource(a, s, acc.src)
					break
				}
			}
		}
		if who == nil {
			continue
		}
		kind := Partial
		if direct {
			kind = Direct
			a.lastDirect, a.lastDirectPara = who, s.p.Number
		}
		a.spoke(who)
		out = append(out, x.statement(s.p, kind, start, end, who))
		if reported != nil && reported.id != who.id {
			// Deputy Prime Minister Dar “underscored that …,” the
			// ministry said: the ministry's words, and what Dar said.
			out = append(out, x.statement(s.p, Indirect, start, end, reported))
		}
	}
	return out
}

// quotedSubject returns the subject of a speech verb that opens the
// quotation at token qi, when the words before the quotation in its
// clause name it: in Dar “underscored that dialogue…,” the ministry
// said, Dar underscored what the ministry quotes. It returns nil when
// the quotation opens with no speech verb or nothing before it names a
// speaker.
func (x *extractor) quotedSubject(a *articleCtx, s *sentence, qi int) *speaker {
	q := s.p.quotes[s.toks[qi].Quote]
	first, _, _ := strings.Cut(strings.TrimSpace(s.p.Text[q.Start:q.End]), " ")
	sense, ok := x.lx.verbs[strings.ToLower(first)]
	if !ok || sense.form != pastForm && sense.form != thirdForm {
		return nil
	}
	from := qi
	for from > 0 && !s.isBoundary(from-1) && s.toks[from-1].Kind != quoteToken {
		from--
	}
	if from == qi {
		return nil
	}
	return x.resolvePhrase(a, s, from, qi)
}

// startsSentence reports whether quoted words open a sentence: a capital,
// a digit, or an editor's bracket or ellipsis first.
func startsSentence(s string) bool {
	for _, r := range s {
		switch {
		case r == '[' || r == '(' || r == '…' || r == '.' || r == '\'' || r == '‘' || unicode.IsSpace(r):
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		}
		return false
	}
	return false
}

// trimQuoted trims spaces around quoted words and the comma that ends a
// quote before its attribution.
func trimQuoted(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		end -= n
	}
	return start, end
}

// hitBefore returns the nearest speech verb before token i.
func (s *sentence) hitBefore(i int) *verbHit {
	for k := len(s.hits) - 1; k >= 0; k-- {
		if s.hits[k].at < i {
			return s.hits[k]
		}
	}
	return nil
}

// reporter returns the verb that reports h: in "X said India had urged
// “restraint”" the words quoted are X's, who reports what India urged. It
// is the verb before h whose clause opens with h's subject, right after
// the verb or after "that" ("told reporters that Iran welcomed"); h
// itself when there is none.
func (s *sentence) reporter(h *verbHit) *verbHit {
	for {
		var outer *verbHit
		for _, h0 := range s.hits {
			if h0.at < h.at && h0.subject != nil && !h0.inverted && h.subjectFrom >= h0.end && !h.inherited {
				outer = h0
			}
		}
		if outer == nil {
			return h
		}
		for k := outer.end; k < h.subjectFrom; k++ {
			if s.toks[k].Kind == quoteToken || s.isBoundary(k) {
				return h
			}
		}
		if h.subjectFrom > outer.end && !s.toks[h.subjectFrom-1].is("that") {
			return h // "held talks with X, who told": not a reported clause
		}
		h = outer
	}
}

// hitAfter returns the subject of the first speech verb after token i and
// before the next quotation.
func (s *sentence) hitAfter(i int) *speaker {
	for _, h := range s.hits {
		if h.at > i {
			for k := i + 1; k < h.at; k++ {
				if s.toks[k].Kind == quoteToken {
					return nil
				}
			}
			return h.subject
		}
	}
	return nil
}

// inSubject reports whether the quotation at token qi stands in the
// subject of the speech verb after it, as a term the subject is described
// with: Ward, a backer of the “zero tolerance” line, said …
func (s *sentence) inSubject(qi int) bool {
	for _, h := range s.hits {
		if h.at > qi {
			return h.subjectFrom >= 0 && h.subjectFrom < qi
		}
	}
	return false
}

// lastQuoteBefore returns the index of the last quotation before token i,
// or -1.
func (s *sentence) lastQuoteBefore(i int) int {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].Kind == quoteToken {
			return k
		}
	}
	return -1
}

// statement makes a statement of p.Text[start:end] by who.
func (x *extractor) statement(p *paragraph, kind Kind, start, end int, who *speaker) Statement {
	if who.discovered != nil {
		if _, ok := x.discovered[who.id]; !ok {
			x.discovered[who.id] = who.discovered
		}
	}
	st := Statement{
		Kind: kind, Text: p.Text[start:end], Start: start, End: end,
		Speaker: who.name, SpeakerID: who.id, Role: who.role, AffiliationID: who.affiliation,
	}
	if who.affiliation != "" {
		if e, ok := x.known.Get(who.affiliation); ok {
			st.Affiliation = e.Name
		} else if e, ok := x.discovered[who.affiliation]; ok {
			st.Affiliation = e.Name
		}
	}
	return st
}

// isTerm reports whether the quotation at token qi is a term the writer
// distances themself from ("the so-called “maximum pressure” campaign"),
// which no one is quoted as saying.
//
// A quoted proper name is no one's words either: the name of an operation,
// a ship or a document, written in capitals after a word that is no verb
// ("Operation “True Promise 4”", "the 2010 “Tehran Declaration”", "the
// tanker “Sea Falcon”"), or after "known as", "named", "titled".
func (s *sentence) isTerm(qi int) bool {
	if qi == 0 {
		return false
	}
	prev := s.toks[qi-1]
	if prev.is("so-called") {
		return true
	}
	if prev.is("call", "calls", "dub", "dubs", "term", "terms") {
		// "what diplomats call “…”": what a kind of people say in
		// general, no one's words here.
		for k := qi - 2; k >= 0 && k >= qi-5; k-- {
			if s.toks[k].is("what") {
				return true
			}
		}
	}
	if s.labelsPolicy(qi) {
		return true
	}
	if !s.quotesName(qi) {
		return false
	}
	switch {
	case prev.is("named", "codenamed", "code-named", "titled", "entitled", "renamed"):
		return true
	case prev.is("as") && qi > 1 && s.toks[qi-2].is("known"):
		return true
	case prev.Kind != wordToken || isPronoun(prev.Lower):
		return false
	case isNumber(prev.Text) || isDeterminer(prev.Lower) || prev.is("operation", "project", "exercise", "plan", "campaign"):
		return true
	}
	// A noun after a determiner: "the tanker “Sea Falcon”".
	return qi > 1 && isDeterminer(s.toks[qi-2].Lower) && !prev.isCapitalised() &&
		!isPreposition(prev.Lower) && !isClauseJoin(prev.Lower) && !isAuxiliary(prev.Lower) && !isBeVerb(prev.Lower)
}

// labelsPolicy reports whether the quotation at token qi is the short
// name of a policy, written between a possessive and a noun such as
// "strategy": "the cabinet’s “fortress economy” doctrine".
func (s *sentence) labelsPolicy(qi int) bool {
	if qi == 0 || qi+1 >= len(s.toks) {
		return false
	}
	prev, next := s.toks[qi-1], s.toks[qi+1]
	if prev.Kind != wordToken || !(strings.HasSuffix(prev.Text, "’s") || strings.HasSuffix(prev.Text, "'s")) {
		return false
	}
	if !next.is("strategy", "policy", "doctrine", "plan", "programme", "program", "campaign", "approach", "agenda", "initiative", "model", "vision") {
		return false
	}
	q := s.p.quotes[s.toks[qi].Quote]
	start, end := trimQuoted(s.p.Text, q.Start, q.End)
	words := strings.Fields(s.p.Text[start:end])
	return len(words) > 0 && len(words) <= 5 && !strings.ContainsAny(s.p.Text[start:end], ".,;:!?")
}

// quotesName reports whether the quotation at token qi is a short proper
// name: one to six words, each capitalised or a number, no sentence
// punctuation.
func (s *sentence) quotesName(qi int) bool {
	q := s.p.quotes[s.toks[qi].Quote]
	start, end := trimQuoted(s.p.Text, q.Start, q.End)
	if start >= end {
		return false
	}
	words := strings.Fields(s.p.Text[start:end])
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if strings.ContainsAny(w, ".,;:!?") {
			return false
		}
		r := firstRune(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isNameParticle(w) && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// speechVerbAfter reports whether a speech verb follows the quotation at
// token qi closely, as its attribution: “…,” Katz wrote.
func (x *extractor) speechVerbAfter(s *sentence, qi int) bool {
	for k := qi + 1; k < len(s.toks) && k <= qi+5; k++ {
		t := s.toks[k]
		if t.Kind == quoteToken {
			return false
		}
		if _, ok := x.lx.verbs[t.Lower]; ok && t.Kind == wordToken && !t.isCapitalised() {
			return true
		}
	}
	return false
}
