package attribution

import (
	"slices"
	"strings"
)

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
			if s.unknownNameNear(h) {
				// "Netanyahu said …. He added …": someone the extractor
				// does not know spoke, so "he" is not the person before.
				a.lastPerson = nil
			}
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
				// The light verb and noun act as one verb that reports a
				// clause: "made pledges not to …" reports "not to …".
				sense := verbSense{entry: &verbEntry{lemma: toks[j].Lower, flags: clausal}, form: pastForm}
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
		switch {
		case i+1 < len(toks) && slices.Contains(strings.Fields(e.particles), toks[i+1].Lower):
			h.end = i + 2
		case e.flags&namesQuoted != 0 && s.namesWithQuote(i+1):
			// "called the strike “reckless”": no particle, a quoted name.
		case e.flags&namesQuoted != 0 && s.namesWithNoun(i+1):
			// "called the raid a breach of the truce": a name unquoted.
		default:
			return false
		}
	}
	if i > 0 && e.flags&negating == 0 && (toks[i-1].is("not", "never") || strings.HasSuffix(toks[i-1].Lower, "n't") || strings.HasSuffix(toks[i-1].Lower, "n’t")) {
		// "It did not say who was responsible": what was not said is
		// no one's statement.
		return false
	}
	if k := i + 1; k+2 < len(toks) && toks[k].is("not") && toks[k+1].is("to") && toks[k+2].is("be") ||
		k+1 < len(toks) && toks[k].is("to") && toks[k+1].is("be", "remain") {
		return false // "asked not to be named", "asked to remain anonymous"
	}
	if e.flags&toSpeak != 0 && (i+3 >= len(toks) || !isSpeakingVerb(toks[i+2].Lower) ||
		!toks[i+3].is("whether", "if", "how", "what", "which", "when", "where", "who", "why")) {
		// "declined to say whether …" tells what was left open;
		// "declined to comment" says nothing, and "exports declined to
		// 1.2 million barrels" is no speech.
		return false
	}
	if h.sense.form == ingForm {
		if i == 0 || !(toks[i-1].Text == "," || toks[i-1].is("and") && s.hasIngBefore(i) || toks[i-1].is("as") && s.quotedBefore(i-1) >= 0 || x.absoluteSubject(s, i) != nil || s.ingOfClause(i)) {
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
	if h.end < len(toks) && (toks[h.end].is("by") && !s.byMedium(h.end) && !(h.sense.form == ingForm && i > 0 && toks[i-1].is("as")) || e.lemma == "accuse" && toks[h.end].is("of")) {
		return false // "a resolution condemned by …", "companies accused of …"
	}
	if e.lemma == "think" && h.end < len(toks) && toks[h.end].is("tank", "tanks") {
		return false // "a Washington think tank"
	}
	that := s.thatAfter(h, e.flags&objectFirst != 0)
	if e.flags&needsThat != 0 && !(h.end < len(toks) && toks[h.end].is("that")) && !s.endsAttribution(h) {
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

// byMedium reports whether "by" at token i tells how someone spoke, not
// who did: "said by phone", "told reporters by video link".
func (s *sentence) byMedium(i int) bool {
	return i+1 < len(s.toks) && s.toks[i+1].is("phone", "telephone", "email", "e-mail", "text", "video", "videolink",
		"satellite", "letter", "radio", "messaging", "message", "mobile")
}

// ingOfClause reports whether the -ing verb at token i tells how the
// clause's subject acted or what its document said: "opened the session
// by warning that …", "agreed on a statement expressing “…”".
func (s *sentence) ingOfClause(i int) bool {
	prev := s.toks[i-1]
	if prev.Kind == wordToken && (prev.is("by") || isSpeechDocument(prev.Lower)) {
		return true
	}
	// "issued a statement late Wednesday accusing …": a time between.
	for j := i - 1; j > 0 && i-j <= 3; j-- {
		if isSpeechDocument(s.toks[j-1].Lower) && s.toks[j-1].Kind == wordToken {
			return s.afterTime(j) == i
		}
	}
	return false
}

// absoluteSubject returns the country or body that an -ing verb at token
// i has for its subject in an absolute phrase: "with Washington calling
// the raids “lawful” and Tehran denouncing them as “…”". The name stands
// right before the verb, after "with" or after "and" in such a phrase.
func (x *extractor) absoluteSubject(s *sentence, i int) *speaker {
	if i < 2 || s.toks[i-1].Kind != wordToken || !s.toks[i-1].isCapitalised() {
		return nil
	}
	who := x.entityEndingAt(s.p, s.toks[i-1].End)
	if who == nil {
		return nil
	}
	k := i - 1
	for k > 0 && s.toks[k].Kind == wordToken && s.toks[k].Start >= s.p.mentionStart(s.toks[i-1].End) {
		k--
	}
	switch {
	case s.toks[k].is("with"):
		return who
	case s.toks[k].is("and"):
		for j := k - 1; j >= 0; j-- {
			if s.toks[j].is("with") {
				return who
			}
		}
	}
	return nil
}

// endsAttribution reports whether a verb closes its sentence after a
// comma and a short subject: "…, Egyptian state media reported."
func (s *sentence) endsAttribution(h *verbHit) bool {
	toks := s.toks
	if h.end < len(toks) && toks[h.end].Text != "." {
		return false
	}
	for k := h.at - 1; k >= 0 && k >= h.at-6; k-- {
		if toks[k].Text == "," {
			return k > 0
		}
		if toks[k].Kind != wordToken {
			return false
		}
	}
	return false
}

// quotedBefore returns the index of "quoted" or "cited" in "X quoted Y
// as saying", "Y was quoted by X as saying" before the "as" at token as,
// or -1.
func (s *sentence) quotedBefore(as int) int {
	for k := as - 1; k >= 0 && k >= as-12; k-- {
		if s.toks[k].is("quoted", "cited") {
			return k
		}
		if s.toks[k].Kind != wordToken {
			return -1
		}
	}
	return -1
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
	commas := 0
	for k := j; k < len(toks) && k < j+16; k++ {
		t := toks[k]
		if t.Text == "," && k > j && k+1 < len(toks) && (commas == 0 && toks[k+1].is("the", "a", "an") || commas == 1 && toks[k+1].is("that")) {
			// "told the Tweede Kamer, the lower house of parliament,
			// that …": an appositive set off by commas.
			commas++
			continue
		}
		if t.Kind != wordToken {
			return -1
		}
		if t.is("that") {
			// "said in a report that was published": a relative clause.
			if k+1 < len(toks) && isFiniteAuxiliary(toks[k+1]) {
				return -1
			}
			return k
		}
		if isFiniteAuxiliary(t) && k > j {
			return -1
		}
	}
	return -1
}

// afterTime skips a time adjunct after a verb: "said Tuesday that",
// "said on Saturday it would", "said last week that".
func (s *sentence) afterTime(j int) int {
	toks := s.toks
	isTime := func(t token) bool {
		return t.Kind == wordToken && (isCalendarWord(t.Lower) || t.is("today", "yesterday", "tonight", "week", "month", "year", "weekend"))
	}
	for j < len(toks) {
		switch {
		case isTime(toks[j]):
			j++
		case toks[j].is("on", "last", "this", "late", "early", "earlier") && j+1 < len(toks) && isTime(toks[j+1]):
			j += 2
		default:
			return j
		}
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
	// “…,” Senator X, the chairman of a long-named committee, told …: a
	// quotation opening the sentence, then its speaker with a long aside.
	if toks[0].Kind == quoteToken && h.at <= 40 && len(s.hits) == 0 {
		for k := 1; k < h.at; k++ {
			if toks[k].Kind == quoteToken || toks[k].Text == ":" || toks[k].Text == ";" {
				return false
			}
		}
		return true
	}
	j := h.end
	if j >= len(toks) || toks[j].Text == ":" || toks[j].Text == "," || toks[j].Kind == quoteToken || toks[j].Text == "." {
		return true
	}
	object := h.sense.entry.flags&objectFirst != 0
	if object && (s.afterAudience(j) > j || s.audienceOnly(j)) {
		// "told reporters the leaders had agreed"; "…, an official told
		// Reuters."
		return true
	}
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

// isFiniteAuxiliary reports whether a token is a finite form of "be",
// "have" or a modal: a sign that a new clause has begun.
func isFiniteAuxiliary(t token) bool {
	return t.is("is", "are", "was", "were", "has", "have", "had", "will", "would")
}

// unknownNameNear reports whether a speech verb with no speaker found
// has a capitalised name for its subject, just before it ("Netanyahu
// said") or just after it ("said Netanyahu"), that names no known entity.
func (s *sentence) unknownNameNear(h *verbHit) bool {
	if len(s.toks) > 3 && s.toks[2].Text == "," && h.at > 3 {
		// "Dimitris Alexiou, a shipowner based in Piraeus, said"
		a, b := s.toks[0], s.toks[1]
		if a.Kind == wordToken && b.Kind == wordToken && a.isCapitalised() && b.isCapitalised() && !isTitleWord(a.Lower) &&
			!isFunctionWord(a.Lower) && !s.p.mentionStartsAt(a.Start) && !s.p.mentionStartsAt(b.Start) && !isAcronym(a.Text) {
			return true
		}
	}
	var t token
	switch k := s.beforeVerbGroup(h.at); {
	case k >= 0 && s.toks[k].Kind == wordToken:
		t = s.toks[k]
	case h.end < len(s.toks) && k >= 0 && (s.toks[k].Kind == quoteToken || s.toks[k].Text == ","):
		t = s.toks[h.end]
	default:
		return false
	}
	return t.Kind == wordToken && t.isCapitalised() && !isAcronym(t.Text) && !isTitleWord(t.Lower) && !isFunctionWord(t.Lower) &&
		!isPronoun(t.Lower) && !isCalendarWord(t.Lower) && !s.p.mentionStartsAt(t.Start) && !t.Possessive
}

// namesWithQuote reports whether a short object from token from on is
// followed by a quotation, as in "called the strike “reckless”": at most
// four words, none a verb's mark such as a comma.
func (s *sentence) namesWithQuote(from int) bool {
	return s.namesWith(from, func(k int) bool { return s.toks[k].Kind == quoteToken })
}

// namesWithNoun reports whether the words from token from are an object
// and the indefinite noun phrase that names it: "the raid a breach of
// …", "it an act of war". The object opens with a determiner or pronoun;
// "a day", "a week" and the like tell a time instead.
func (s *sentence) namesWithNoun(from int) bool {
	if from >= len(s.toks) || !s.toks[from].is("the", "this", "that", "these", "those", "it", "them", "his", "her", "their", "its") {
		return false
	}
	return s.namesWith(from, func(k int) bool {
		return s.toks[k].is("a", "an") && k+1 < len(s.toks) && s.toks[k+1].Kind == wordToken &&
			!s.toks[k+1].is("day", "week", "month", "year", "few", "number", "lot", "bit", "time", "while")
	})
}

// namesWith reports whether, within a few words after token from and
// past at least one, a token satisfies isName, with only words before it.
func (s *sentence) namesWith(from int, isName func(k int) bool) bool {
	for k := from; k < len(s.toks) && k < from+6; k++ {
		if isName(k) {
			return k > from
		}
		if s.toks[k].Kind != wordToken {
			return false
		}
	}
	return false
}
