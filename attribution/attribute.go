package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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

// attribute finds the statements of one paragraph.
func (x *extractor) attribute(a *articleCtx, p *paragraph) []Statement {
	paraIdx := 0
	for i, q := range a.paras {
		if q == p {
			paraIdx = i
		}
	}
	var out []Statement
	for _, span := range p.sentences {
		s := &sentence{p: p, paraIdx: paraIdx, toks: tokenize(p.Text, span.Start, span.End, p.quotes, true)}
		s.wordLo, _ = p.wordRange(span)
		x.findVerbs(a, s)
		out = append(out, x.quoteStatements(a, s)...)
		out = append(out, x.reportedStatements(a, s)...)
		s.noteSubject(a)
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

// findVerbs finds the speech verbs of a sentence and their subjects.
func (x *extractor) findVerbs(a *articleCtx, s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != wordToken {
			continue
		}
		h := x.speechNounHit(s, i)
		if h == nil {
			sense, ok := x.lx.verbs[t.Lower]
			if !ok || t.isCapitalised() && i > 0 {
				continue
			}
			h = &verbHit{at: i, end: i + 1, sense: sense, subjectFrom: -1}
			if !x.validVerb(s, h) {
				continue
			}
		}
		x.findSubject(a, s, h)
		if h.subject == nil {
			continue
		}
		a.spoke(h.subject)
		s.hits = append(s.hits, h)
		i = h.end - 1
	}
}

// speechNounHit recognises a light verb with a speech noun: "has made
// similar pledges not to allow …", "issued a warning that …".
func (x *extractor) speechNounHit(s *sentence, i int) *verbHit {
	toks := s.toks
	if !isLightVerb(toks[i].Lower) {
		return nil
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].Kind != wordToken {
			return nil
		}
		if isSpeechNoun(toks[j].Lower) {
			if j+1 < len(toks) && toks[j+1].is("to", "not", "that") {
				sense := x.lx.verbs["pledge"]
				h := &verbHit{at: i, end: j + 1, sense: sense, subjectFrom: -1}
				if toks[j+1].is("that") {
					h.end = j + 2
				}
				return h
			}
			return nil
		}
	}
	return nil
}

// validVerb tells a speech verb from a noun or adjective of the same
// spelling and from its other senses, by the words around it.
func (x *extractor) validVerb(s *sentence, h *verbHit) bool {
	toks := s.toks
	i := h.at
	e := h.sense.entry
	if e.particles != "" {
		if i+1 >= len(toks) || !containsString(strings.Fields(e.particles), toks[i+1].Lower) {
			return false
		}
		h.end = i + 2
	}
	if h.sense.form == ingForm {
		if i == 0 || !(toks[i-1].Text == "," || toks[i-1].is("and") && s.hasIngBefore(i)) {
			return false
		}
	} else if i > 0 {
		prev := toks[i-1]
		switch {
		case prev.Kind == wordToken && prev.is("to"):
			if i < 2 || !isCatenative(toks[i-2].Lower) {
				return false
			}
		case prev.Kind == wordToken && (isDeterminer(prev.Lower) || isPreposition(prev.Lower) || prev.Possessive || isBeVerb(prev.Lower)):
			return false
		}
	}
	if h.end < len(toks) && toks[h.end].is("by") {
		return false // "a resolution condemned by …"
	}
	that := s.thatAfter(h, e.flags&objectFirst != 0)
	if e.flags&needsThat != 0 && !(h.end < len(toks) && toks[h.end].is("that")) {
		return false
	}
	if e.flags&nounLike != 0 && (h.sense.form == baseForm || h.sense.form == thirdForm) && that < 0 && e.particles == "" {
		return false
	}
	if e.flags&weak != 0 && !s.weakVerbOK(h, that) {
		return false
	}
	return true
}

// hasIngBefore reports whether an -ing speech verb came before token i
// ("saying … and vowing").
func (s *sentence) hasIngBefore(i int) bool {
	for _, h := range s.hits {
		if h.at < i && h.sense.form == ingForm {
			return true
		}
	}
	return false
}

// thatAfter returns the index of the "that" that opens the verb's clause,
// after adjuncts ("said on Wednesday that", "wrote in an X post that") or,
// for verbs that take one, an object ("told local media that"); -1 if none.
func (s *sentence) thatAfter(h *verbHit, object bool) int {
	toks := s.toks
	j := s.afterTime(h.end)
	if j >= len(toks) {
		return -1
	}
	if toks[j].is("that") {
		return j
	}
	if !(isPreposition(toks[j].Lower) || object) || toks[j].Kind != wordToken {
		return -1
	}
	for k := j; k < len(toks) && k < j+12; k++ {
		t := toks[k]
		if t.Kind != wordToken {
			return -1
		}
		if t.is("that") {
			return k
		}
		if _, isVerb := s.p.verbAt(t); isVerb && k > j {
			return -1
		}
	}
	return -1
}

// afterTime skips a bare time word after a verb: "said Tuesday that".
func (s *sentence) afterTime(j int) int {
	for j < len(s.toks) && s.toks[j].Kind == wordToken && (isCalendarWord(s.toks[j].Lower) || s.toks[j].is("today", "yesterday", "tonight")) {
		j++
	}
	return j
}

// weakVerbOK reports whether a verb with other senses ("added", "wrote",
// "told") reports speech here: before that, a quote, a colon, a comma or
// the end, after adjuncts; or as the attribution after a quote.
func (s *sentence) weakVerbOK(h *verbHit, that int) bool {
	toks := s.toks
	if that >= 0 {
		return true
	}
	// “…,” Trump wrote: a quotation shortly before.
	for k := h.at - 1; k >= 0 && k >= h.at-14; k-- {
		if toks[k].Kind == quoteToken {
			return true
		}
	}
	j := h.end
	if j >= len(toks) || toks[j].Text == ":" || toks[j].Text == "," || toks[j].Kind == quoteToken || toks[j].Text == "." {
		return true
	}
	object := h.sense.entry.flags&objectFirst != 0
	if !(isPreposition(toks[j].Lower) || object) {
		return false
	}
	for k := j; k < len(toks) && k < j+14; k++ {
		if toks[k].Text == ":" || toks[k].Kind == quoteToken {
			return true
		}
		if toks[k].Text == "," {
			return false
		}
	}
	return false
}

// verbAt reports whether a token is a word that could be a verb of any
// kind we know; used to stop looking for a "that" past another clause.
func (p *paragraph) verbAt(t token) (string, bool) {
	switch t.Lower {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would":
		return t.Lower, true
	}
	return "", false
}

// findSubject finds who performs a speech verb: the phrase before it, the
// subject of the verb it is coordinated with, the phrase before an
// appositive, or the phrase after it in "“…,” said X".
func (x *extractor) findSubject(a *articleCtx, s *sentence, h *verbHit) {
	toks := s.toks
	k := h.at - 1
	for k >= 0 && toks[k].Kind == wordToken && (isAuxiliary(toks[k].Lower) || isBeVerb(toks[k].Lower) || (toks[k].is("to") && k > 0 && isCatenative(toks[k-1].Lower)) || isCatenative(toks[k].Lower) && k+1 < h.at && toks[k+1].is("to")) {
		k--
	}
	if k < 0 {
		return
	}
	prev := toks[k]
	// Coordinated: "… and urged", ", saying", "but added that".
	if prev.is("and", "but") || (prev.Text == "," && h.sense.form == ingForm) {
		if k > 0 && toks[k-1].Kind == quoteToken && prev.Text == "," && h.sense.form != ingForm {
			// "“…,” said X": handled below.
		} else {
			h.inherited = true
			h.subject = x.clauseSubject(a, s, h)
			return
		}
	}
	if prev.Kind == quoteToken || (prev.Text == "," && k > 0 && toks[k-1].Kind == quoteToken) {
		// "“…,” said Kremlin spokesperson Dmitry Peskov."
		end := h.end
		for end < len(toks) && toks[end].Text != "," && toks[end].Text != "." && toks[end].Kind != quoteToken {
			end++
		}
		if end > h.end {
			h.inverted = true
			h.subject = x.resolvePhrase(a, s, h.end, end)
		}
		return
	}
	end := k + 1
	b := s.segmentStart(end)
	if b == end && prev.Text == "," {
		// "Ali Shamkhani, an adviser to …, said": the subject stands
		// before the appositive.
		c := s.appositiveStart(k)
		if c < 0 {
			return
		}
		// "Iran’s foreign minister, Abbas Araghchi, said": the name may
		// stand in the part set off by commas.
		if p := s.firstPerson(s.segmentStart(c), k); p != nil {
			h.subjectFrom = s.segmentStart(c)
			h.subject = personSpeaker(p)
			return
		}
		end = c
		b = s.segmentStart(end)
	}
	if b == end {
		return
	}
	if toks[end-1].is("which", "who") && b == end-1 {
		// "Paris, which had previously argued that …"
		c := b - 1
		if c > 0 && toks[c].Text == "," {
			if bb := s.segmentStart(c); bb < c {
				h.subjectFrom = bb
				h.subject = x.resolvePhrase(a, s, bb, c)
			}
		}
		return
	}
	h.subjectFrom = b
	h.subject = x.resolvePhrase(a, s, b, end)
}

// firstPerson returns the first person named in toks[from:to].
func (s *sentence) firstPerson(from, to int) *person {
	if from >= to {
		return nil
	}
	start, end := s.toks[from].Start, s.toks[to-1].End
	for _, pm := range s.p.people {
		if pm.Start >= start && pm.End <= end {
			return pm.person
		}
	}
	return nil
}

// noteSubject remembers the person a sentence is about, when it opens
// with one ("Fu Cong, China’s envoy, spoke on Wednesday."), so that "he"
// in the next sentence can stand for them.
func (s *sentence) noteSubject(a *articleCtx) {
	b := 0
	// Skip an opening adverbial: "On Thursday,".
	for i, t := range s.toks {
		if t.Text == "," && i < 6 && isPreposition(s.toks[0].Lower) {
			b = i + 1
			break
		}
	}
	if b >= len(s.toks) || s.toks[b].Kind != wordToken {
		return
	}
	end := b
	for end < len(s.toks) && (s.toks[end].Kind == wordToken && (s.toks[end].isCapitalised() || isTitleWord(s.toks[end].Lower) || isNameParticle(s.toks[end].Lower))) {
		if s.toks[end].Possessive {
			return
		}
		end++
	}
	if p := s.firstPerson(b, end); p != nil {
		a.spoke(personSpeaker(p))
	}
}

// appositiveStart returns the comma that opens the appositive closed by
// the comma at toks[k] ("Ali Shamkhani, an adviser to …, said"; "The
// three European powers, France, Germany and Britain, said"), or -1.
func (s *sentence) appositiveStart(k int) int {
	toks := s.toks
	c := k - 1
	for c >= 0 && toks[c].Text != "," && toks[c].Kind != quoteToken {
		c--
	}
	if c <= 0 || toks[c].Text != "," {
		return -1
	}
	switch {
	case s.isListItem(c+1, k):
		// A list: go back over its items to the comma after the head.
		for {
			d := c - 1
			for d >= 0 && toks[d].Text != "," && toks[d].Kind != quoteToken {
				d--
			}
			if d <= 0 || toks[d].Text != "," || !s.isListItem(d+1, c) {
				break
			}
			c = d
		}
	case !s.isAppositive(c+1, k):
		return -1
	}
	if s.segmentStart(c) == c {
		return -1
	}
	return c
}

// isAppositive reports whether toks[from:to] describe the phrase before
// them: "an adviser to …", "which shares a long border with Iran",
// "Iranian Ministry of Foreign Affairs spokesperson", "speaking on
// condition of anonymity".
func (s *sentence) isAppositive(from, to int) bool {
	if from >= to {
		return false
	}
	first := s.toks[from]
	if first.is("a", "an", "the", "which", "who", "including") || first.Kind == wordToken && strings.HasSuffix(first.Lower, "ing") {
		return true
	}
	for _, t := range s.toks[from:to] {
		if t.Kind == wordToken && isRoleHead(t.Lower) {
			return true
		}
	}
	return false
}

// isListItem reports whether toks[from:to] are names in a list:
// capitalised words, "and", or a word like "including" before them.
func (s *sentence) isListItem(from, to int) bool {
	if from >= to {
		return false
	}
	for i, t := range s.toks[from:to] {
		switch {
		case t.isCapitalised():
		case t.is("and", "or") && i > 0:
		case t.is("including", "notably", "namely") && i == 0:
		default:
			return false
		}
	}
	return true
}

// segmentStart returns where the phrase that ends before token end
// starts: after the nearest comma, colon, quotation, "that" or clause join.
func (s *sentence) segmentStart(end int) int {
	b := end
	for b > 0 {
		t := s.toks[b-1]
		if t.Kind == quoteToken || t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "–" || t.is("that") ||
			(t.Kind == wordToken && isClauseJoin(t.Lower) && !t.isCapitalised()) {
			break
		}
		b--
	}
	return b
}

// clauseSubject returns the subject of the clause a coordinated verb
// belongs to: that of the speech verb before it, else the first person
// (or, failing that, the first phrase) of the sentence.
func (x *extractor) clauseSubject(a *articleCtx, s *sentence, h *verbHit) *speaker {
	for i := len(s.hits) - 1; i >= 0; i-- {
		if s.hits[i].at < h.at && s.hits[i].subject != nil {
			return s.hits[i].subject
		}
	}
	limit := s.toks[h.at].Start
	for _, pm := range s.p.people {
		if pm.Start >= s.toks[0].Start && pm.End <= limit {
			// Not someone the subject talked with: "held a call with X".
			if !s.afterPreposition(pm.Start) {
				return personSpeaker(pm.person)
			}
		}
	}
	// The first phrase: words up to the first comma or verb-like word.
	b := 0
	for b < h.at && (s.toks[b].Kind != wordToken || isPreposition(s.toks[b].Lower)) {
		// Skip an opening adverbial: "On Tuesday,".
		c := b
		for c < h.at && s.toks[c].Text != "," {
			c++
		}
		if c >= h.at {
			break
		}
		b = c + 1
	}
	e := b
	for e < h.at && s.toks[e].Kind == wordToken && !isAuxiliary(s.toks[e].Lower) {
		if _, v := x.lx.verbs[s.toks[e].Lower]; v && e > b {
			break
		}
		e++
	}
	if e > b {
		return x.resolvePhrase(a, s, b, min(e, b+6))
	}
	return nil
}

// afterPreposition reports whether the word at byte offset off follows a
// preposition within a few words (a title may stand between).
func (s *sentence) afterPreposition(off int) bool {
	for i, t := range s.toks {
		if t.Start == off || (t.Start < off && i+1 < len(s.toks) && s.toks[i+1].Start > off) {
			for k := i - 1; k >= 0 && k >= i-6; k-- {
				w := s.toks[k]
				if w.Kind != wordToken {
					return false
				}
				if isPreposition(w.Lower) && !w.is("of", "to", "for") {
					return true
				}
				if !(isTitleWord(w.Lower) || w.isCapitalised()) {
					return false
				}
			}
			return false
		}
	}
	return false
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
		// “…,” X said, “…”: the second half of a split quote.
		afterSaid := false
		if h := s.hitBefore(qi); prev.Text == "," && h != nil && h.at >= s.lastQuoteBefore(qi) {
			afterSaid = s.thatAfter(h, true) < 0
		}
		direct := afterSaid || startsSentence(s.p.Text[start:end]) && (initial || prev.Text == ":")
		var who *speaker
		if direct && initial {
			who = s.hitAfter(qi)
			if who == nil && a.lastDirect != nil && a.lastDirectPara >= s.p.Number-1 {
				who = a.lastDirect
			}
		} else {
			if h := s.hitBefore(qi); h != nil {
				who = h.subject
			} else {
				who = s.hitAfter(qi)
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
	}
	return out
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
