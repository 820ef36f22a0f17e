package attribution

import (
	"strings"

	"github.com/crisisbot/bot/entity"
)

// findSubject finds who performs a speech verb: the phrase before it, the
// subject of the verb it is coordinated with, the phrase before an
// appositive, or the phrase after it in "“…,” said X".
func (x *extractor) findSubject(a *articleCtx, s *sentence, h *verbHit) {
	toks := s.toks
	k := s.beforeVerbGroup(h.at)
	if k < 0 {
		return
	}
	prev := toks[k]
	if h.sense.form == ingForm {
		if who := x.absoluteSubject(s, h.at); who != nil {
			h.subject, h.subjectFrom = who, k
			return
		}
	}
	if prev.is("as") && h.sense.form == ingForm {
		h.subject, h.subjectFrom = x.quotedSpeaker(a, s, k), -1
		return
	}
	afterQuote := prev.Kind == quoteToken || (prev.Text == "," && k > 0 && toks[k-1].Kind == quoteToken)
	// Coordinated: "… and urged", ", saying", "but added that"; and
	// "by warning", "a statement expressing": the clause's subject acts.
	if prev.is("and", "but") || (prev.Text == "," && h.sense.form == ingForm && !afterQuote) || h.sense.form == ingForm && s.ingOfClause(h.at) {
		h.inherited = true
		h.subject = x.clauseSubject(a, s, h)
		return
	}
	if afterQuote {
		// "“…,” said Kremlin spokesperson Dmitry Peskov."
		end := h.end
		for end < len(toks) && toks[end].Text != "," && !s.fullStop(end) && toks[end].Kind != quoteToken {
			end++
		}
		if end > h.end {
			h.inverted = true
			h.subject = x.resolvePhrase(a, s, h.end, end)
			// "“…,” said Lebanon’s energy minister, Amal Haddad.": the
			// office first, the name set off after it.
			if end < len(toks) && toks[end].Text == "," && s.firstPerson(h.end, end) == nil {
				next := end + 1
				for next < len(toks) && toks[next].Text != "," && !s.fullStop(next) && toks[next].Kind != quoteToken {
					next++
				}
				if p := s.firstPerson(end+1, next); p != nil && (next >= len(toks) || toks[next].Text != "," || next+1 >= len(toks) || toks[next+1].Kind != wordToken || !toks[next+1].isCapitalised()) {
					h.subject = personSpeaker(p)
				}
			}
		}
		return
	}
	end := k + 1
	b := s.segmentStart(end)
	if b == end && isDash(prev.Text) {
		// "The three European parties – France, Germany and the United
		// Kingdom – have warned": the subject stands before the dashes.
		c := k - 1
		for c > 0 && !isDash(toks[c].Text) {
			c--
		}
		if c > 0 && s.segmentStart(c) < c {
			end, b = c, s.segmentStart(c)
			h.subjectFrom = b
			h.subject = x.resolvePhrase(a, s, b, end)
		}
		return
	}
	if b == end && prev.Text == "," {
		// "Ali Shamkhani, an adviser to …, said": the subject stands
		// before the appositive.
		c := s.appositiveStart(k)
		if c < 0 {
			return
		}
		// "Iran’s foreign minister, Abbas Araghchi, said": the name may
		// stand in the part set off by commas.
		// Not someone a relative clause names: in "Steve Witkoff, who
		// met Araghchi in Muscat, told …" Araghchi is no subject.
		relative := c+1 < k && toks[c+1].is("who", "which", "whom", "whose", "that", "where", "when")
		if p := s.firstPerson(s.segmentStart(c), k); p != nil && !relative {
			h.subjectFrom = s.segmentStart(c)
			h.subject = personSpeaker(p)
			return
		}
		// "Jane Doe, head of an aid group, who visited the camp, said":
		// two asides in a row, the name before both.
		if c2 := s.appositiveStart(c); c2 >= 0 {
			if p := s.firstPerson(s.segmentStart(c2), c2); p != nil {
				h.subjectFrom = s.segmentStart(c2)
				h.subject = personSpeaker(p)
				return
			}
		}
		end = c
		b = s.segmentStart(end)
		if b < end && s.toks[b].is("a", "an") && s.describesBody(b, end) {
			// "A little-known Kurdish faction, Liwa al-Nasr, said": the
			// name set off after an indefinite description speaks.
			if who := x.namedBody(s, c+1, k); who != nil {
				h.subjectFrom, h.subject = b, who
				return
			}
		}
		if b < end {
			if who := x.resolvePhrase(a, s, b, end); who != nil {
				h.subjectFrom, h.subject = b, who
			} else if s.describesBody(c+1, k) {
				// "Meridian Shipping, an Athens-based operator, said": the
				// name before an appositive that says it is a body.
				h.subjectFrom, h.subject = b, x.namedBody(s, b, end)
			} else if isSpeechDocument(toks[end-1].Lower) {
				// "The statement, issued by the IRGC, said": the body
				// named in the appositive.
				for i := c + 1; i < k; i++ {
					if toks[i].is("by", "from") {
						h.subjectFrom, h.subject = b, x.resolvePhrase(a, s, i+1, k)
						break
					}
				}
			} else {
				// "The tanker’s operator, the Athens-based Meridian
				// Shipping, said": the appositive names the speaker.
				h.subjectFrom, h.subject = b, x.namedBody(s, c+1, k)
			}
			return
		}
	}
	if b == end {
		return
	}
	if toks[end-1].is("which", "who") && b == end-1 {
		// "Paris, which had previously argued that …"
		c := b - 1
		if c > 0 && toks[c].Text == "," {
			if q := s.personEndingAt(c); q != nil && toks[end-1].is("who") {
				// "talks with his counterpart Ali Kazemi, who told …":
				// the person named just before "who".
				h.subjectFrom = b
				h.subject = personSpeaker(q)
				return
			}
			if bb := s.segmentStart(c); bb < c {
				h.subjectFrom = bb
				h.subject = x.resolvePhrase(a, s, bb, c)
				if h.subject == nil {
					// "according to a statement from US Central Command,
					// which said": the body named just before "which".
					h.subject = x.entityEndingAt(s.p, s.toks[c-1].End)
				}
			}
		}
		return
	}
	if toks[end-1].is("who") && end >= 2 && isPersonNoun(toks[end-2].Lower) && strings.HasSuffix(toks[end-2].Lower, "s") {
		// "a rift with reformists who say …": the plural just before
		// "who", from after the preposition that governs it.
		j := end - 2
		for j > b && toks[j-1].Kind == wordToken && !isPreposition(toks[j-1].Lower) && !toks[j-1].is("that", "and", "or") &&
			!s.isVerbAt(j-1) && (toks[j-1].isCapitalised() || isQuantifier(toks[j-1].Lower)) {
			j--
		}
		h.subjectFrom = j
		h.subject = x.resolvePhrase(a, s, j, end-1)
		return
	}
	if b >= 2 && toks[b-1].is("and", "or") && s.p.endsName(toks[b-2].End) {
		return // "Egypt and Jordan said": no one speaker
	}
	h.subjectFrom = b
	h.subject = x.resolvePhrase(a, s, b, end)
}

// fullStop reports whether token i is a full stop that is not an
// initial's ("K. Selvaraj").
func (s *sentence) fullStop(i int) bool {
	t := s.toks[i]
	return t.Text == "." && !(i > 0 && isInitial(s.toks[i-1].Text) && s.toks[i-1].End == t.Start)
}

// quotedSpeaker finds who "as saying" quotes: Y in "X quoted Y as
// saying" and in "Y was quoted by X as saying".
func (x *extractor) quotedSpeaker(a *articleCtx, s *sentence, as int) *speaker {
	q := s.quotedBefore(as)
	if q < 0 {
		return nil
	}
	if q > 0 && isBeVerb(s.toks[q-1].Lower) {
		// Passive: the subject before "was quoted".
		b := s.segmentStart(q - 1)
		if b == q-1 && b > 0 && s.toks[b-1].Text == "," {
			// "The deputy speaker, Hamid Saleh, was quoted …": the name
			// set off by commas, or the one before an appositive.
			c := b - 1
			if p := s.firstPerson(s.segmentStart(c), c); p != nil {
				return personSpeaker(p)
			}
			if c2 := s.appositiveStart(c); c2 >= 0 {
				if p := s.firstPerson(s.segmentStart(c2), c2); p != nil {
					return personSpeaker(p)
				}
			}
			return nil
		}
		return x.resolvePhrase(a, s, b, q-1)
	}
	return x.resolvePhrase(a, s, q+1, as)
}

// beforeVerbGroup returns the index of the token before the verb group
// that ends with the verb at token at: auxiliaries and adverbs ("has
// reportedly proposed"), forms of "be" and verbs like "attempting to"
// ("are attempting to persuade") belong to the group.
func (s *sentence) beforeVerbGroup(at int) int {
	toks := s.toks
	k := at - 1
	for k >= 0 && toks[k].Kind == wordToken {
		w := toks[k].Lower
		switch {
		case isAuxiliary(w), isBeVerb(w):
		case w == "long" && k > 0 && toks[k-1].is("has", "have", "had"): // "have long argued"
		case w == "to" && k > 0 && isCatenative(toks[k-1].Lower):
		case isCatenative(w) && k+1 < at && toks[k+1].is("to"):
		default:
			return k
		}
		k--
	}
	return k
}

// namedBody makes a speaker of an organisation named by toks[from:to]:
// "the Athens-based Meridian Shipping". The registry's entity if it knows
// the name; else a body that speaks for itself alone.
func (x *extractor) namedBody(s *sentence, from, to int) *speaker {
	for from < to && (s.toks[from].is("the", "a", "an") || s.toks[from].Kind == wordToken && !s.toks[from].isCapitalised() ||
		strings.HasSuffix(s.toks[from].Lower, "-based")) {
		if w := s.toks[from].Lower; isPreposition(w) || isRoleHead(w) || isPersonNoun(w) {
			return nil // "a lawmaker from Hamedan" describes a person
		}
		from++
	}
	if from >= to || s.firstPerson(from, to) != nil {
		return nil
	}
	for _, t := range s.toks[from:to] {
		if !t.isCapitalised() && !t.is("of", "and", "for", "&") {
			return nil
		}
	}
	name := s.p.Text[s.toks[from].Start:s.toks[to-1].End]
	if e, ok := x.known.Resolve(name); ok && e.Kind != entity.Person {
		return x.entitySpeaker(e)
	}
	return x.newSpeaker(name, entity.Organisation, "self")
}

// isDash reports whether s is a dash that sets off an aside.
func isDash(s string) bool {
	return s == "–" || s == "—"
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

// personEndingAt returns the person whose name ends just before token
// end, or nil.
func (s *sentence) personEndingAt(end int) *person {
	if end <= 0 {
		return nil
	}
	last := s.toks[end-1].End
	for _, pm := range s.p.people {
		if pm.End == last {
			return pm.person
		}
	}
	return nil
}

// noteSubject remembers the person or group a sentence is about, when it
// opens with one ("Fu Cong, China’s envoy, spoke on Wednesday."), so that
// "he" or "they" in the next sentence can stand for them.
func (x *extractor) noteSubject(a *articleCtx, s *sentence) {
	b := 0
	// Skip an opening adverbial: "On Thursday,".
	for i, t := range s.toks {
		// "On Thursday,", "Speaking at a rally in Isfahan,".
		opener := isPreposition(s.toks[0].Lower) && i < 6 || strings.HasSuffix(s.toks[0].Lower, "ing") && i < 10
		if t.Text == "," && opener {
			b = i + 1
			break
		}
	}
	if b >= len(s.toks) || s.toks[b].Kind != wordToken {
		return
	}
	// The subject zone: names, titles and commas, as in "Iran’s chief
	// negotiator, Kazem Gharibabadi, put it bluntly".
	end := b
	for end < len(s.toks) {
		t := s.toks[end]
		if t.Text != "," && !(t.Kind == wordToken && (t.isCapitalised() || isTitleWord(t.Lower) || isNameParticle(t.Lower))) {
			break
		}
		end++
	}
	if p := s.firstPerson(b, end); p != nil && !s.possessivePerson(b, end) {
		a.spoke(personSpeaker(p))
		return
	}
	// "Iranian officials met their hosts. They said …"
	for k := b; k < len(s.toks) && k-b < 4 && s.toks[k].Kind == wordToken; k++ {
		if w := s.toks[k].Lower; isPersonNoun(w) && strings.HasSuffix(w, "s") {
			if g := x.resolvePhrase(a, s, b, k+1); g != nil && g.kind == entity.Group {
				a.spoke(g)
			}
			return
		}
	}
}

// possessivePerson reports whether the first person named in toks[from:to]
// is named in the possessive ("Araghchi’s meeting"): a topic, not a
// subject.
func (s *sentence) possessivePerson(from, to int) bool {
	for _, pm := range s.p.people {
		if pm.Start < s.toks[from].Start || pm.End > s.toks[to-1].End {
			continue
		}
		for _, t := range s.toks[from:to] {
			if t.Start < pm.End && t.End >= pm.End {
				return t.Possessive
			}
		}
		return false
	}
	return false
}

// appositiveStart returns the comma that opens the appositive closed by
// the comma at toks[k] ("Ali Shamkhani, an adviser to …, said"; "The
// three European powers, France, Germany and Britain, said"), or -1.
func (s *sentence) appositiveStart(k int) int {
	toks := s.toks
	c := k - 1
	for c >= 0 && toks[c].Text != "," && (toks[c].Kind != quoteToken || s.quotedTerm(c, k)) {
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
	// "Oman's foreign minister, Badr al-Busaidi, said": the name is the
	// part set off by commas; findSubject looks there first.
	if s.segmentStart(c) == c {
		return -1
	}
	return c
}

// quotedTerm reports whether the quotation at token c stands between two
// words of a phrase that ends before token k, as a term does: "a champion
// of the “maximum pressure” policy".
func (s *sentence) quotedTerm(c, k int) bool {
	return c > 0 && c+1 < k && s.toks[c-1].Kind == wordToken && s.toks[c+1].Kind == wordToken &&
		!strings.HasSuffix(strings.TrimRight(s.toks[c].Text, "”\"’' "), ",")
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
	if first.is("a", "an", "the", "which", "who", "including", "his", "her", "their") || first.Kind == wordToken && strings.HasSuffix(first.Lower, "ing") {
		return true
	}
	if from+2 < to && first.is("one", "part") && s.toks[from+1].is("of") {
		return true // "Kataib Hezbollah, one of the largest factions …"
	}
	if to == from+1 && isNumber(first.Text) {
		return true // an age: "Babaei, 63, a lawmaker, said"
	}
	if first.is("in", "on", "at", "during", "after", "before", "from", "via", "according") {
		return true // "Baghaei, in a post on his X account, slammed …"
	}
	if first.is("however", "meanwhile", "though", "too", "also", "instead", "nonetheless", "nevertheless", "for") {
		return true // "Malhotra, however, said", "the minister, for her part, said"
	}
	if from+1 < to && s.toks[from+1].is("by") {
		return true // "issued by the IRGC"
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
		case t.is("and", "or") && i > 0, isNameParticle(t.Lower) && i > 0:
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
		if t.Kind == quoteToken || t.Text == "," && !s.commaInName(b-1) || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "–" || t.Text == "-" || t.is("that") ||
			(t.Kind == wordToken && isClauseJoin(t.Lower) && !t.isCapitalised() && !s.andInName(b-1)) || s.isVerbAt(b-1) ||
			b == 1 && t.is("but", "and", "yet") { // "But he cautioned that …"
			break
		}
		b--
	}
	return b
}

// andInName reports whether the "and" at token i joins two fields inside
// a body's name: "the Ministry of Petroleum and Natural Gas", "Department
// of Trade and Industry" — capitalised words on both sides, after "of" or
// "for" and a capitalised word.
func (s *sentence) andInName(i int) bool {
	toks := s.toks
	if !toks[i].is("and", "&") || i+1 >= len(toks) || !toks[i+1].isCapitalised() || i == 0 || !toks[i-1].isCapitalised() {
		return false
	}
	if s.fieldOfBodyBefore(i) {
		return true
	}
	// "the ruling Justice and Development Party": capitalised words on
	// both sides, the last a body's head.
	k := i + 1
	for k+1 < len(toks) && toks[k+1].isCapitalised() && !toks[k].Possessive {
		k++
	}
	return k > i+1 && isInstitutionHead(toks[k].Lower) && !s.p.endsName(toks[i-1].End)
}

// commaInName reports whether the comma at token i separates fields
// inside a body's name: "the Ministry of Economy, Trade and Industry".
func (s *sentence) commaInName(i int) bool {
	toks := s.toks
	k := i + 1
	for k < len(toks) && toks[k].isCapitalised() {
		k++
	}
	return k > i+1 && k+1 < len(toks) && toks[k].is("and", "&") && toks[k+1].isCapitalised() && s.fieldOfBodyBefore(i)
}

// fieldOfBodyBefore reports whether the capitalised words before token i
// are a field of a body's or an office's name: after "of" or "for" and an
// institution or portfolio word ("Ministry of Petroleum").
func (s *sentence) fieldOfBodyBefore(i int) bool {
	toks := s.toks
	j := i - 1
	for j >= 1 && (toks[j].isCapitalised() && !toks[j].Possessive || toks[j].Text == "," && toks[j-1].isCapitalised()) {
		j--
	}
	if j >= i-1 || j < 1 || !toks[j].is("of", "for") {
		return false
	}
	head := toks[j-1]
	return head.isCapitalised() && isInstitutionHead(head.Lower) || isPortfolioHolder(head.Lower)
}

// isVerbAt reports whether token i is a speech verb already found, which
// ends any phrase before the verb after it: "said around 400 Filipinos
// had asked".
func (s *sentence) isVerbAt(i int) bool {
	for _, h := range s.hits {
		if i >= h.at && i < h.end {
			return true
		}
	}
	return false
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
		if _, v := x.lx.verbs[s.toks[e].Lower]; v && e > b || isLightVerb(s.toks[e].Lower) && e > b {
			break // "Iran’s embassy issued a statement accusing …"
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

// mentionStart returns where the registry's mention that ends at byte end
// of p starts, or end if none does.
func (p *paragraph) mentionStart(end int) int {
	for _, m := range p.mentions {
		if m.End == end {
			return m.Start
		}
	}
	return end
}

// entityEndingAt makes a speaker of the known country or organisation
// whose mention ends at byte offset end of the paragraph, if any.
func (x *extractor) entityEndingAt(p *paragraph, end int) *speaker {
	for _, m := range p.mentions {
		if m.End != end {
			continue
		}
		if e, ok := x.known.Get(m.ID); ok && e.Kind != entity.Person {
			return x.entitySpeaker(e)
		}
	}
	return nil
}

// describesBody reports whether the appositive toks[from:to] says that
// what it follows is a company or other body: "an Athens-based operator",
// "the country’s largest refiner".
//
// A manager followed by a preposition is one too: "the Athens-based
// manager of the tanker" is a company.
func (s *sentence) describesBody(from, to int) bool {
	if from+2 < to && s.toks[from].is("one") && s.toks[from+1].is("of") {
		// "one of the largest factions within …"
		for k := from + 2; k < to; k++ {
			if w := s.toks[k].Lower; isBodyNoun(w) || isBodyNoun(strings.TrimSuffix(w, "s")) {
				return true
			}
		}
		return false
	}
	if from >= to || !s.toks[from].is("a", "an", "the") {
		return false
	}
	for k := from + 1; k < to; k++ {
		t := s.toks[k]
		if t.Kind != wordToken || isPreposition(t.Lower) || t.is("that", "which", "who", "whose") {
			// "the daily whose editor …": the noun before the relative.
			return k > from+1 && (isBodyNoun(s.toks[k-1].Lower) || s.toks[k-1].is("manager", "managers"))
		}
	}
	return isBodyNoun(s.toks[to-1].Lower)
}
