package attribution

import (
	"strings"
	"unicode"

	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
)

// recentSpeakers is how many speakers an article remembers for phrases
// like "the official" that point back to one of them.
const recentSpeakers = 8

// speaker is who a statement is attributed to.
type speaker struct {
	id, name, role string
	// affiliation is the entity ID of the country or organisation the
	// speaker speaks for; empty for an independent expert.
	affiliation string
	kind        entity.Kind
	// discovered is the entity of a group or institution not yet in the
	// result's registry; it is added when the speaker makes a statement.
	discovered *entity.Entity
	// person is the person a person speaker is, for the gender a
	// pronoun needs.
	person *person
}

func personSpeaker(p *person) *speaker {
	return &speaker{id: p.id, name: p.name, role: p.role, affiliation: p.affiliation, kind: entity.Person, person: p}
}

// entitySpeaker makes a speaker of a known country or organisation. A
// country speaks for itself; an organisation for the state or body above
// it, if any.
func (x *extractor) entitySpeaker(e *entity.Entity) *speaker {
	s := &speaker{id: e.ID, name: e.Name, role: e.Role, kind: e.Kind, affiliation: e.Affiliation}
	switch e.Kind {
	case entity.Country:
		s.affiliation = e.ID
	case entity.Person:
		if p := x.people.byID[e.ID]; p != nil {
			return personSpeaker(p)
		}
	default:
		s.affiliation = x.top(e.ID)
	}
	return s
}

// newSpeaker returns a speaker for a group or institution the registry
// does not know: the one found before under the same ID, or a new one,
// recorded when it first makes a statement.
func (x *extractor) newSpeaker(name string, kind entity.Kind, affiliation string) *speaker {
	name = withoutBase(name)
	id := slug(name)
	if id == "" {
		return nil
	}
	if affiliation == "self" {
		affiliation = id
	}
	if e, ok := x.discovered[id]; ok {
		return &speaker{id: id, name: e.Name, kind: e.Kind, affiliation: e.Affiliation}
	}
	if e, ok := x.known.Get(id); ok {
		return x.entitySpeaker(e)
	}
	e := &entity.Entity{ID: id, Name: name, Kind: kind, Affiliation: affiliation}
	if short := withoutLegalForm(name); short != name {
		e.Aliases = []string{short} // "Brightwave Trading" for "Brightwave Trading Ltd"
	}
	return &speaker{id: id, name: name, kind: kind, affiliation: affiliation, discovered: e}
}

// withoutBase drops a leading "Hong Kong-based" from a body's name: where
// a body is based is no part of its name.
func withoutBase(name string) string {
	if i := strings.Index(name, "-based "); i > 0 && !strings.ContainsAny(name[:i], ",;") && unicode.IsUpper(firstRune(name[i+len("-based "):])) {
		return name[i+len("-based "):]
	}
	return name
}

// withoutLegalForm drops a company's legal form from the end of its name:
// "Brightwave Trading Ltd" → "Brightwave Trading".
func withoutLegalForm(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	if isLegalForm(strings.ToLower(words[len(words)-1])) {
		return strings.Join(words[:len(words)-1], " ")
	}
	return name
}

// resolvePhrase works out who a subject phrase, toks[b:e] of a sentence,
// stands for: a pronoun, a person, a known country or organisation, an
// institution ("Egypt’s Ministry of Foreign Affairs"), the state behind a
// collective ("the Iranian leadership") or a group ("Turkish officials",
// "Several Gulf states"). It returns nil when the phrase names no one it
// can tell.
func (x *extractor) resolvePhrase(a *articleCtx, s *sentence, b, e int) *speaker {
	words := phraseWords(s.toks[b:e])
	if len(words) == 0 {
		return nil
	}
	if len(words) == 1 && isPronoun(words[0].Lower) {
		return a.pronoun(words[0].Lower)
	}
	if len(words) == 2 && words[0].is("the") && strings.HasSuffix(words[1].Lower, "-year-old") {
		return a.lastPerson // "The 67-year-old said": the person just named
	}
	start, end := words[0].Start, words[len(words)-1].End
	if s.p.coordinated(start, end) {
		return nil // "Egypt and Jordan said", "Araghchi and Fidan said"
	}
	for _, pm := range s.p.people {
		if pm.Start >= start && pm.End <= end {
			if objectOfPreposition(words, pm.Start) {
				// "A lawyer for Araghchi said": someone else speaks.
				continue
			}
			if i := possessiveAt(words, pm.End); i >= 0 && i+1 < len(words) {
				// "Prime Minister Shehbaz Sharif’s office said": the
				// office speaks for the person's country, not as him.
				rest := s.p.Text[words[i+1].Start:end]
				return x.possessedBody(pm.person, possessive(pm.person.name)+" "+rest, words[len(words)-1])
			}
			return personSpeaker(pm.person)
		}
	}
	if len(words) == 1 && words[0].isCapitalised() && !words[0].Possessive {
		if who := x.loneName(a, s, words[0]); who != nil {
			return who
		}
	}
	if len(words) > 1 && words[0].is("his", "her", "its", "their") {
		if who := x.possessedOffice(a, s, words); who != nil {
			return who
		}
	}
	np, ok := readNounPhrase(s.p, words)
	if !ok {
		return nil
	}
	if np.head == "sides" && len(np.words) == 1 && words[0].is("both", "all", "the") {
		// "both sides said": the parties together, who speak for no
		// single state.
		return x.newSpeaker(s.p.Text[start:end], entity.Group, "")
	}
	if len(words) > 2 && words[0].is("the") && words[1].Possessive && isBodyNoun(words[1].Lower) && isRoleHead(np.head) {
		// "the bloc’s top diplomat said" after European Union ministers
		// met: an office of the body named before.
		if org := a.organisationBefore(x, s.paraIdx, 3, words[1].Start, words[1].Lower, isGroupingNoun(words[1].Lower)); org != "" {
			return x.newSpeaker(trimThe(np.text), entity.Person, x.top(org))
		}
	}
	if isSpeechDocument(np.head) {
		// "A statement from Iran’s foreign ministry said": the body
		// that issued it.
		// "A statement on the Kremlin website said": its owner.
		for k := e - 1; k > b; k-- {
			if s.toks[k].is("from", "by", "on") {
				if k-1 > b && s.toks[k-1].is("carried", "published", "run", "broadcast", "aired", "cited", "quoted", "seen", "obtained") {
					break // "carried by the Tasnim news agency": a medium, not the issuer
				}
				return x.resolvePhrase(a, s, k+1, e)
			}
		}
		// "The report said": the body that said something in a sentence
		// naming a report; else, as in "A statement carried by a news
		// agency said", the body that spoke last, if it spoke in this
		// paragraph or the two before.
		if who := a.documents[np.head]; who != nil && np.definite {
			return who
		}
		if a.lastThing != nil && a.lastThing.kind != entity.Person && a.lastThing.kind != entity.Group && a.paraIdx-a.lastThingPara <= 2 {
			return a.lastThing
		}
		return nil
	}
	if isMediumNoun(np.head) && len(np.core) > 1 && len(np.core) == len(np.words) {
		// "the Kremlin website", "the ministry’s Telegram channel".
		np.words, np.core = np.words[:len(np.words)-1], np.core[:len(np.core)-1]
		np.head = np.core[len(np.core)-1].Lower
		np.text = s.p.Text[np.words[0].Start:np.words[len(np.words)-1].End]
	}
	if np.definite && len(np.words) <= 2 {
		// "the official told reporters", "the company said": someone
		// who has just spoken.
		// "The watchdog said" after the IAEA was named. In this
		// paragraph: the body whose name has the noun, any body for "the
		// bloc", the body that spoke last if named here. Then the body
		// whose name has the noun in the paragraphs before, then the body
		// that spoke last, then for "the bloc" any body named before.
		bare := len(np.words) == 1 && isBodyNoun(np.head)
		pos := np.words[0].Start
		if bare {
			if who := a.namedBody(x, s.paraIdx, 0, pos, np.head, isGroupingNoun(np.head)); who != nil {
				return who
			}
			if a.lastThing != nil && s.p.namesBefore(a.lastThing.id, pos) {
				return a.lastThing
			}
			if who := a.namedBody(x, s.paraIdx, 3, pos, np.head, false); who != nil {
				return who
			}
		}
		if prior := a.anaphor(np.head, len(np.words) == 1); prior != nil && x.fits(s.p, np, prior) {
			return prior
		}
		if bare && isGroupingNoun(np.head) {
			if who := a.namedBody(x, s.paraIdx, 3, pos, np.head, true); who != nil {
				return who
			}
		}
		if bare && isNameHead(np.head) {
			// "the council" far from "the Security Council": the one
			// body of the article before it whose name has the noun.
			if who := a.onlyBodyNamed(x, s.paraIdx, pos, np.head); who != nil {
				return who
			}
		}
		if len(np.words) == 1 && isInstitutionHead(np.head) && isGovernmental(np.head) {
			// "The ministry said" after "Iran’s foreign ministry" was named.
			if who := a.institutionBefore(x, s.paraIdx, np.words[0].Start, np.head); who != nil {
				return who
			}
		}
	}
	if x.demonymPeople(s.p, np) {
		// "the two freed Iranians", "Iranians queuing for fuel": people
		// of a country, who do not speak for its state.
		return x.newSpeaker(trimThe(np.text), entity.Group, "")
	}
	if ent, ok := x.known.Resolve(np.text); ok {
		return x.entitySpeaker(ent)
	}
	if ent := x.readMentions(s.p, &np); ent != nil {
		return x.entitySpeaker(ent) // "NATO member Turkiye"
	}
	return x.describedSpeaker(a, s, np, s.toks[b])
}

// demonymPeople reports whether a noun phrase of more than one word is
// headed by a country's demonym in the plural: "the two freed Iranians".
func (x *extractor) demonymPeople(p *paragraph, np nounPhrase) bool {
	if len(np.words) < 2 || len(np.core) == 0 {
		return false
	}
	head := np.core[len(np.core)-1]
	if !strings.HasSuffix(head.Lower, "s") {
		return false
	}
	for _, m := range p.mentions {
		if m.Start == head.Start && m.End == head.End && m.Via == entity.ViaDemonym {
			e, ok := x.known.Get(m.ID)
			return ok && e.Kind == entity.Country
		}
	}
	return false
}

// namedBody makes a speaker of the known organisation a definite noun
// stands for (see organisationBefore), looking back up to back paragraphs.
func (a *articleCtx) namedBody(x *extractor, paraIdx, back, pos int, noun string, anyBody bool) *speaker {
	if org := a.organisationBefore(x, paraIdx, back, pos, noun, anyBody); org != "" {
		if e, ok := x.known.Get(org); ok {
			return x.entitySpeaker(e)
		}
	}
	return nil
}

// institutionBefore finds a state institution named before byte offset
// pos of paragraph paraIdx, or in the paragraph before, with the head
// noun head and a country just before it ("Iran’s foreign ministry",
// "the Iranian foreign ministry"), and makes a speaker of it.
func (a *articleCtx) institutionBefore(x *extractor, paraIdx, pos int, head string) *speaker {
	for i := paraIdx; i >= 0 && i >= paraIdx-1; i-- {
		p := a.paras[i]
		for k := len(p.words) - 1; k > 0; k-- {
			if i == paraIdx && p.words[k].Start >= pos || p.words[k].Lower != head {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				country := x.countryAt(p, j)
				if country == "" {
					if !p.words[j].isCapitalised() && !isTitleWord(p.words[j].Lower) {
						break
					}
					continue
				}
				m, _ := p.mentionAt(j)
				return x.newSpeaker(p.Text[m.Start:p.words[k].End], entity.Organisation, country)
			}
		}
	}
	return nil
}

// fits reports whether a speaker named before may be the one a definite
// phrase points back to: "the Omani minister" is not Iran’s foreign
// minister, whatever the word they share.
func (x *extractor) fits(p *paragraph, np nounPhrase, prior *speaker) bool {
	from, to := np.words[0].Start, np.words[len(np.words)-1].End
	for _, m := range p.mentions {
		if m.Start < from || m.End > to {
			continue
		}
		if e, ok := x.known.Get(m.ID); ok && e.Kind != entity.Person && x.top(m.ID) != prior.affiliation && m.ID != prior.id {
			return false
		}
	}
	return true
}

// objectOfPreposition reports whether the person named at byte offset
// start of a phrase that opens with a common noun follows a preposition
// in it: "a lawyer for Araghchi", "an aide to Netanyahu". A title before
// a name ("Foreign Minister of Iran Abbas Araghchi") is not such a phrase.
func objectOfPreposition(words []token, start int) bool {
	if len(words) == 0 || words[0].isCapitalised() && !words[0].is("a", "an", "the") {
		return false
	}
	for _, w := range words {
		if w.Start >= start {
			return false
		}
		if w.Kind == wordToken && isPreposition(w.Lower) && !w.is("of") {
			return true
		}
	}
	return false
}

// possessiveAt returns the index of the word ending at byte offset end
// when it is a possessive ("Sharif’s"), else -1.
func possessiveAt(words []token, end int) int {
	for i, w := range words {
		if w.End >= end && w.Start < end {
			if w.Possessive {
				return i
			}
			return -1
		}
	}
	return -1
}

// possessedBody makes a speaker of a person's office or aide, "Shehbaz
// Sharif’s office" or "Netanyahu’s spokesman", who speaks for the
// person's country; nil when the person speaks for no one.
func (x *extractor) possessedBody(p *person, name string, head token) *speaker {
	if p.affiliation == "" {
		return nil
	}
	kind := entity.Organisation
	if isRoleHead(head.Lower) || isPersonNoun(head.Lower) {
		kind = entity.Person
	}
	return x.newSpeaker(name, kind, p.affiliation)
}

// possessedOffice makes a speaker of an office named after a possessive
// pronoun: "His foreign minister said" after the Sultan of Oman is Oman’s
// foreign minister.
func (x *extractor) possessedOffice(a *articleCtx, s *sentence, words []token) *speaker {
	owner := a.pronoun(map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}[words[0].Lower])
	last := words[len(words)-1]
	if owner != nil && owner.kind == entity.Person && owner.person != nil && len(words) == 2 && (last.is("office", "spokesman", "spokeswoman", "spokesperson") || isInstitutionHead(last.Lower) && isGovernmental(last.Lower)) {
		// "…, his office said" after Egypt's president spoke: his
		// office, which speaks for his country.
		return x.possessedBody(owner.person, possessive(owner.name)+" "+last.Text, last)
	}
	if owner == nil || owner.affiliation == "" || !isRoleHead(last.Lower) {
		return nil
	}
	e, ok := x.known.Get(owner.affiliation)
	if !ok {
		return nil
	}
	rest := s.p.Text[words[1].Start:last.End]
	return x.newSpeaker(possessive(e.Name)+" "+rest, entity.Person, owner.affiliation)
}

// phraseWords returns the words of a phrase, leaving out what stands in
// parentheses ("US Central Command (CENTCOM)") and punctuation.
func phraseWords(toks []token) []token {
	var words []token
	depth := 0
	for _, t := range toks {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth == 0 && t.Kind == wordToken:
			words = append(words, t)
		}
	}
	return words
}

// nounPhrase is a subject phrase taken apart.
type nounPhrase struct {
	// words are the phrase's words less leading determiners and
	// quantifiers (but "a"/"an") and a trailing time adjunct; text is
	// them as written.
	words []token
	text  string
	// core are the words before any prepositional phrase but "of" or a
	// relative clause: "Diplomats" in "Diplomats at the board"; head is
	// the core's last word, folded.
	core []token
	head string
	// definite is set for a phrase that opened with "the"; counted for
	// "both ministers" and "the two officials", which point back to
	// people named before ("two diplomats" are a source of their own).
	definite, counted bool
	// mentioned is the first known country or organisation in the
	// phrase, country the first country; set by readMentions.
	mentioned, country string
}

// readNounPhrase takes a phrase's words apart; ok is false when nothing
// is left once determiners are dropped.
func readNounPhrase(p *paragraph, words []token) (np nounPhrase, ok bool) {
	np.definite = words[0].is("the")
	for len(words) > 0 && (isDeterminer(words[0].Lower) || isQuantifier(words[0].Lower) || np.definite && len(words) > 1 && isNumber(words[0].Text) && !isNumber(words[1].Text)) {
		// "the 32 allies": counted like "the three countries".
		if words[0].is("both") || np.definite && (isQuantifier(words[0].Lower) || isNumber(words[0].Text)) {
			np.counted = true
		}
		if words[0].is("a", "an") {
			break // "a Turkish diplomatic source" keeps its article
		}
		words = words[1:]
	}
	// Drop a time adjunct: "Pakistan on Thursday", "Russia last week".
	for i := 1; i < len(words); i++ {
		if words[i].is("on", "in", "at", "during", "last", "earlier", "this", "late") && i+1 < len(words) &&
			(isCalendarWord(words[i+1].Lower) || words[i+1].is("week", "month", "year", "weekend", "day")) {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 {
		return np, false
	}
	np.words = words
	np.text = p.Text[words[0].Start:words[len(words)-1].End]
	np.core = words
	for i := 1; i < len(words); i++ {
		// "A statement carried by …": a participle before "by" ends the
		// core, as a preposition does.
		participle := i+1 < len(words) && words[i+1].is("by") && !words[i].isCapitalised() &&
			(strings.HasSuffix(words[i].Lower, "ed") || strings.HasSuffix(words[i].Lower, "en") || words[i].is("run", "seen"))
		if isPreposition(words[i].Lower) && !words[i].is("of") || words[i].is("who", "which", "that") || participle {
			np.core = words[:i]
			break
		}
	}
	np.head = headOf(np.core)
	return np, true
}

// headOf returns the head noun of a phrase's core, folded: the word
// before "of" ("minister" in "foreign minister of Oman") or the last one,
// passing over an adjective that follows its noun ("People familiar",
// "sources close").
func headOf(core []token) string {
	end := len(core)
	for i := 1; i < len(core); i++ {
		if core[i].is("of") {
			end = i
			break
		}
	}
	for end > 1 && core[end-1].is("familiar", "close", "briefed", "aware", "knowledgeable", "involved") {
		end--
	}
	return core[end-1].Lower
}

// readMentions fills in the known entities a phrase names, and returns
// the entity a short phrase ends with ("NATO member Turkiye"), if any.
func (x *extractor) readMentions(p *paragraph, np *nounPhrase) *entity.Entity {
	last := np.core[len(np.core)-1]
	for _, m := range p.mentions {
		if m.Start < np.words[0].Start || m.End > np.words[len(np.words)-1].End || !np.describes(p, m) {
			continue
		}
		ent, ok := x.known.Get(m.ID)
		if !ok || ent.Kind == entity.Person {
			continue
		}
		if np.mentioned == "" {
			np.mentioned = m.ID
		}
		if np.country == "" && ent.Kind == entity.Country {
			np.country = m.ID
		}
		if m.Start < last.End && m.End >= last.End && len(np.words) <= 4 && !np.after(p, m, "of", "for") {
			return ent // the phrase ends with the entity: "NATO member Turkiye"
		}
	}
	return nil
}

// describes reports whether a mention says whom the phrase's speakers
// belong to: in its core ("Iranian officials"), or after "in", "from",
// "of", "at" or "for" ("officials in Tehran", "a spokesperson for the
// ministry"), but not after "close to" or "familiar with".
func (np *nounPhrase) describes(p *paragraph, m entity.Mention) bool {
	coreEnd := np.core[len(np.core)-1].End
	if m.Start < coreEnd {
		return true
	}
	for i, w := range np.words {
		if w.Start >= m.Start {
			break
		}
		if isPreposition(w.Lower) && w.Start >= coreEnd {
			ok := w.is("in", "from", "of", "at", "for")
			for _, later := range np.words[i+1:] {
				if later.Start >= m.Start {
					break
				}
				if isPreposition(later.Lower) {
					ok = later.is("in", "from", "of", "at", "for")
				}
			}
			return ok
		}
	}
	return true
}

// capitalisedCore reports whether the core of the phrase, past its
// article, has a capitalised word: "a European official", "a Western
// diplomat" say where the speaker is from without naming a state.
func (np *nounPhrase) capitalisedCore() bool {
	for _, w := range np.core {
		if !w.is("a", "an", "the") && w.isCapitalised() {
			return true
		}
	}
	return false
}

// placeOnly reports whether the phrase names its countries only after
// its core, as a place ("traders in Tehran"), not in it ("Iranian
// sources").
func (np *nounPhrase) placeOnly(p *paragraph) bool {
	coreEnd := np.core[len(np.core)-1].End
	for _, m := range p.mentions {
		if m.Start >= np.words[0].Start && m.End <= np.words[len(np.words)-1].End && m.Start < coreEnd {
			return false
		}
	}
	return true
}

// after reports whether the word just before a mention is one of words
// ("the foreign minister of Oman": Oman comes after "of").
func (np *nounPhrase) after(p *paragraph, m entity.Mention, words ...string) bool {
	for i := len(np.words) - 1; i > 0; i-- {
		if np.words[i].Start == m.Start {
			return np.words[i-1].is(words...)
		}
	}
	return false
}

// describedSpeaker makes a speaker of a phrase that describes rather
// than names one: the state behind a collective, a group, an institution,
// a body named after what it is, or an unnamed office holder. first is
// the phrase's first token, determiner included.
func (x *extractor) describedSpeaker(a *articleCtx, s *sentence, np nounPhrase, first token) *speaker {
	governmental := false
	for _, w := range np.words {
		governmental = governmental || isGovernmental(w.Lower)
	}
	institution := false
	for _, w := range np.core {
		if isInstitutionHead(w.Lower) && (w.isCapitalised() || np.mentioned != "" || w.is("army", "military", "navy", "government")) {
			institution = true
		}
	}
	if body := x.servedBody(np); body != nil {
		return body
	}
	core := np.core
	if k := namedAfterKind(core); k >= 0 {
		// "Shipping data firm Kpler", "Danish shipping group A.P.
		// Moller-Maersk": a body named after what it is. A business
		// speaks for itself, not for the country its demonym names.
		name := s.p.Text[core[k+1].Start:core[len(core)-1].End]
		if np.mentioned != "" && !isCommercialNoun(core[k].Lower) {
			return x.newSpeaker(name, entity.Organisation, x.top(np.mentioned))
		}
		return x.newSpeaker(name, entity.Organisation, "self")
	}
	if isSpokesperson(np.head) && !strings.HasSuffix(np.head, "s") && np.mentioned == "" {
		// "a Lufthansa spokeswoman": the body whose proper name stands
		// before the office.
		if name := properBefore(s.p, core); name != "" {
			if body := x.employerName(name); body != "" {
				return x.newSpeaker(trimThe(np.text), entity.Group, body)
			}
		}
	}
	switch {
	case isStateNoun(np.head) && !(len(core) > 1 && core[len(core)-2].is("of")):
		// "the Iranian leadership", "the government" of the context.
		country := np.country
		if country == "" && governmental {
			country = a.contextCountry(x, s.paraIdx, s.wordLo, s.wordLo, true)
		}
		if e, ok := x.known.Get(country); ok {
			return x.entitySpeaker(e)
		}
		return nil
	case isPersonNoun(np.head):
		return x.groupSpeaker(a, s, np, first)
	case institution:
		return x.institution(a, s, np.words, np.text, np.mentioned, governmental)
	case isRoleHead(np.head) && np.mentioned != "" && !np.counted:
		// "Qatar’s prime minister": an office holder the text does not
		// name, who speaks for the country named.
		return x.newSpeaker(trimThe(np.text), entity.Person, x.top(np.mentioned))
	}
	return nil
}

// loneName makes a speaker of a single capitalised word the extractor
// knows as no one: the person whose full name, given earlier in the
// article with no office, ends with it ("Mohammad Rezaei, 52, has traded
// dates for thirty years" … "Rezaei said"); else, when the article
// elsewhere writes it as a business's name ("a Lufthansa spokeswoman",
// "the airline Lufthansa"), that business ("Lufthansa said"). A word of
// the extractor's own vocabulary ("Officials said") is neither.
func (x *extractor) loneName(a *articleCtx, s *sentence, w token) *speaker {
	if w.Kind != wordToken || isAcronym(w.Text) || x.knownWord(w.Lower) {
		return nil
	}
	if _, ok := x.known.Resolve(w.Text); ok {
		return nil
	}
	key := fold.String(w.Text)
	for pi := 0; pi <= s.paraIdx && pi < len(a.paras); pi++ {
		p := a.paras[pi]
		for _, r := range x.nameRuns(p, 0, len(p.words)) {
			if n := r.to - r.from; n <= 3 && p.words[r.to-1].Lower == key && x.fullName(p, r) {
				return personSpeaker(a.privatePerson(x, p, r))
			}
		}
	}
	properMid := false
	for _, p := range a.paras {
		for i := 1; i+1 < len(p.words) && !properMid; i++ {
			if p.words[i].Lower != key || p.words[i].Start == w.Start && p == s.p {
				continue
			}
			next, prev := p.words[i+1].Lower, p.words[i-1].Lower
			properMid = isSpokesperson(next) || isCorporateRole(next) || isCommercialNoun(prev) && !p.words[i-1].isCapitalised()
		}
	}
	if !properMid {
		return nil
	}
	return x.newSpeaker(w.Text, entity.Organisation, "self")
}

// knownWord reports whether a folded word is one of the extractor's
// own: a title, office, body, group or function word, or a speech verb.
func (x *extractor) knownWord(w string) bool {
	_, verb := x.lx.verbs[w]
	return verb || isTitleWord(w) || isRoleHead(w) || isInstitutionHead(w) || isBodyNoun(w) || isPersonNoun(w) ||
		isStateNoun(w) || isFunctionWord(w) || isDeterminer(w) || isPronoun(w) || isCalendarWord(w) || isRegionWord(w)
}

// namedAfterKind returns the index of the body noun in a noun phrase's
// core that the rest of the core, all capitalised, names ("firm" in
// "shipping data firm Kpler"), or -1.
func namedAfterKind(core []token) int {
	for k := len(core) - 2; k >= 0; k-- {
		if !core[k+1].isCapitalised() {
			return -1
		}
		if isBodyNoun(core[k].Lower) && !core[k].isCapitalised() {
			return k
		}
	}
	return -1
}

// properBefore returns the proper name that the core's words before its
// head spell when they are all capitalised and name no known entity, state
// office or title: "Lufthansa" in "a Lufthansa spokeswoman"; else "".
func properBefore(p *paragraph, core []token) string {
	if len(core) < 2 {
		return ""
	}
	name := core[:len(core)-1]
	for len(name) > 0 && isDeterminer(name[0].Lower) {
		name = name[1:]
	}
	if len(name) == 0 {
		return ""
	}
	for _, w := range name {
		if !w.isCapitalised() || isTitleWord(w.Lower) || isGovernmental(w.Lower) || isInstitutionHead(w.Lower) {
			return ""
		}
		for _, m := range p.mentions {
			if m.Start <= w.Start && w.End <= m.End {
				return ""
			}
		}
	}
	return p.Text[name[0].Start:name[len(name)-1].End]
}

// servedBody makes a speaker of the body an unnamed office holder speaks
// for, when the body has a proper name that is not a state's: "A
// spokesperson for Nordic Tankers" is Nordic Tankers, speaking through its
// spokesperson (the role, so that "the spokesperson" points back to it).
// A governmental body ("a spokesman for the Foreign Ministry") is left to
// describedSpeaker, which finds its country.
func (x *extractor) servedBody(np nounPhrase) *speaker {
	words := np.words
	for i := 1; i+1 < len(words); i++ {
		if !words[i].is("for", "of", "at") || !isSpokesperson(words[i-1].Lower) {
			continue
		}
		body := words[i+1:]
		if !isProperName(body) {
			return nil
		}
		for _, w := range body {
			if isGovernmental(w.Lower) || isInstitutionHead(w.Lower) && !isBodyNoun(w.Lower) {
				return nil
			}
		}
		if body[0].is("the") {
			body = body[1:]
		}
		role := words[i-1].Text
		name := np.text[body[0].Start-words[0].Start : body[len(body)-1].End-words[0].Start]
		if e, ok := x.known.Resolve(name); ok {
			if e.Kind == entity.Person {
				return nil
			}
			sp := x.entitySpeaker(e)
			sp.role = role
			return sp
		}
		sp := x.newSpeaker(name, entity.Organisation, "self")
		if sp != nil {
			sp.role = role
		}
		return sp
	}
	return nil
}

// groupSpeaker makes a speaker of a collective: "Turkish officials",
// "Gulf states" (which speak for themselves), "analysts" (for no one).
func (x *extractor) groupSpeaker(a *articleCtx, s *sentence, np nounPhrase, first token) *speaker {
	if np.counted && np.mentioned == "" && len(np.words) == 1 {
		if isCollectiveNoun(np.head) && a.lastGroup != nil {
			return a.lastGroup // "the three countries" after the E3 spoke
		}
		return nil // "both ministers", "the two officials"
	}
	if len(np.words) == 1 && !np.words[0].isCapitalised() && first.Kind == wordToken && isDeterminer(first.Lower) {
		return nil // "the officials": someone named before
	}
	affiliation := ""
	switch {
	case np.proxy():
		// "Iran-aligned armed groups", "pro-Iranian militias": backed
		// by a state, they do not speak for it.
	case (isIndependentNoun(np.head) || np.head == "diplomat" || np.head == "diplomats") && np.placeOnly(s.p):
		// "currency traders in Tehran" work there; they do not speak
		// for Iran.
	case isArmedGroupNoun(np.head):
		affiliation = "self" // "Iraqi militias" are not Iraq's state
	case np.mentioned == "" && (np.head == "official" || np.head == "officials" || isSpokesperson(np.head)) && coreAcronym(np.core) != "":
		// "a PDMA official": the body the acronym stands for, spelt out
		// elsewhere in the article, or the state whose body it is.
		affiliation = x.acronymBody(a, coreAcronym(np.core))
	case isPoliticalCamp(np.head):
		// "Iranian hardliners" oppose or press their government; they
		// do not speak for the state.
	case np.mentioned == "" && !np.capitalisedCore() && (np.head == "official" || np.head == "officer" || isSpokesperson(np.head) && !strings.HasSuffix(np.head, "s") && !strings.HasSuffix(np.head, "people")):
		// "A customs official said" in an article about Pakistan: one
		// of the state's officials, like a named one.
		affiliation = a.contextCountry(x, s.paraIdx, s.wordLo, s.wordLo, true)
	case np.mentioned != "":
		affiliation = x.top(np.mentioned)
	case isIndependentNoun(np.head):
	case isCollectiveNoun(np.head) && !isGovernmental(np.head):
		affiliation = "self" // "Gulf states" speak for themselves
	}
	name := np.text
	for j := 1; j < len(np.words); j++ {
		if np.words[j].is("in", "across", "throughout") && j+1 < len(np.words) && np.words[j+1].is("both", "several", "many", "all", "various", "some", "each") && !properAfter(np.words[j+1:]) {
			// "armed groups in both countries": places counted, not
			// named, are no part of the group's name ("traders in
			// Tehran" is one).
			name = s.p.Text[np.words[0].Start:np.words[j-1].End]
			break
		}
	}
	if np.words[0].is("a", "an") && strings.HasSuffix(np.head, "s") && len(np.core) > 1 {
		// "a move analysts said would …": the article belongs to
		// another noun; the group is the plural alone.
		name = s.p.Text[np.core[len(np.core)-1].Start:np.words[len(np.words)-1].End]
	}
	return x.newSpeaker(name, entity.Group, affiliation)
}

// coordinated reports whether text[start:end] joins two speakers with
// "and" or "or": a name or entity just before the conjunction.
func (p *paragraph) coordinated(start, end int) bool {
	lo, hi := p.wordRange(Span{start, end})
	for i := lo + 1; i < hi; i++ {
		if p.words[i].is("and", "or") && p.endsName(p.words[i-1].End) {
			return true
		}
	}
	return false
}

// endsName reports whether a known entity or a person's name ends at byte
// offset end of the paragraph.
func (p *paragraph) endsName(end int) bool {
	for _, m := range p.mentions {
		if m.End == end {
			return true
		}
	}
	for _, pm := range p.people {
		if pm.End == end {
			return true
		}
	}
	return false
}

// institution makes a speaker of a named body: "Egypt’s Ministry of Foreign
// Affairs", "the Iranian army", "The Council". A body with no country in
// its name belongs to the country of the context when it is governmental,
// else to the nearest organisation named around it.
func (x *extractor) institution(a *articleCtx, s *sentence, words []token, phrase, mentioned string, governmental bool) *speaker {
	name := trimThe(phrase)
	if mentioned != "" {
		return x.newSpeaker(name, entity.Organisation, x.top(mentioned))
	}
	for _, w := range words[:len(words)-1] {
		// "the Guards’ navy" after the Revolutionary Guards were named:
		// a unit of the body whose name ends with the possessive word.
		rest := s.p.Text[w.End:]
		plural := strings.HasSuffix(w.Lower, "s") && (strings.HasPrefix(rest, "’ ") || strings.HasPrefix(rest, "' "))
		if (w.Possessive || plural) && w.isCapitalised() {
			if org := a.organisationBefore(x, s.paraIdx, s.paraIdx, w.Start, w.Lower, false); org != "" {
				return x.newSpeaker(name, entity.Organisation, x.top(org))
			}
		}
	}
	if governmental {
		// "In Washington, the Energy Department said": the place the
		// sentence says it speaks from, else the dateline's country,
		// else the context's.
		// The place must open the sentence: in "Israel struck targets in
		// Lebanon, the military said" Lebanon is where, not who; there
		// the subject of the sentence the institution reports is.
		country := ""
		if i := s.wordLo + 1; i < len(s.p.words) && s.p.words[i-1].is("in", "from") && s.p.words[i].Start < words[0].Start {
			country = x.countryAt(s.p, i)
		}
		if country == "" && s.p.words[s.wordLo].Start < words[0].Start {
			country = x.subjectAt(s.p, s.wordLo)
		}
		if country == "" {
			country = a.dateline
		}
		if country == "" {
			country = a.contextCountry(x, s.paraIdx, s.wordLo, s.wordLo+1, true)
		}
		if e, ok := x.known.Get(country); ok {
			return x.newSpeaker(possessive(e.Name)+" "+name, entity.Organisation, country)
		}
		return nil
	}
	// "The Council said": a bare institution is the organisation named
	// nearest to it. A longer name the registry does not know ("Sanam
	// Vakil of Chatham House") is no speaker the extractor can vouch for.
	if len(words) == 1 || len(words) == 2 && words[0].is("the") {
		if org := a.nearestOrganisation(x, s.paraIdx, 3); org != "" {
			return x.newSpeaker(name, entity.Organisation, x.top(org))
		}
		return nil
	}
	// "the International Air Transport Association": a proper name the
	// registry does not know, of a body that speaks for itself.
	if isProperName(words) {
		return x.newSpeaker(name, entity.Organisation, "self")
	}
	return nil
}

// possessive returns a name in the possessive: "Pakistan’s", "United
// States’".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

// isProperName reports whether words, less a leading "the", are a proper
// name: capitalised words, with "of", "for", "and" or "the" between them.
func isProperName(words []token) bool {
	if len(words) > 0 && words[0].is("the") {
		words = words[1:]
	}
	if len(words) == 0 || !words[0].isCapitalised() || !words[len(words)-1].isCapitalised() {
		return false
	}
	for _, w := range words {
		if !w.isCapitalised() && !w.is("of", "for", "and", "the") {
			return false
		}
	}
	return true
}

// nearestOrganisation returns the organisation named closest to paragraph
// paraIdx, looking in it, then one paragraph before and after, and so on
// up to dist paragraphs away.
func (a *articleCtx) nearestOrganisation(x *extractor, paraIdx, dist int) string {
	for d := 0; d <= dist; d++ {
		for _, i := range []int{paraIdx - d, paraIdx + d} {
			if i < 0 || i >= len(a.paras) {
				continue
			}
			for _, m := range a.paras[i].mentions {
				if e, ok := x.known.Get(m.ID); ok && e.Kind == entity.Organisation {
					return e.ID
				}
			}
		}
	}
	return ""
}

// onlyBodyNamed returns the organisation whose name or alias has noun,
// when the article names exactly one such before byte pos of paragraph
// paraIdx; nil when it names none or several.
func (a *articleCtx) onlyBodyNamed(x *extractor, paraIdx, pos int, noun string) *speaker {
	var found *entity.Entity
	for i := 0; i <= paraIdx; i++ {
		for _, m := range a.paras[i].mentions {
			if i == paraIdx && m.Start >= pos {
				break
			}
			e, ok := x.known.Get(m.ID)
			if !ok || e.Kind != entity.Organisation || found != nil && found.ID == e.ID {
				continue
			}
			if namesWord(e, noun) {
				if found != nil {
					return nil
				}
				found = e
			}
		}
	}
	if found == nil {
		return nil
	}
	return x.entitySpeaker(found)
}

// properAfter reports whether any of words is capitalised: a proper name.
func properAfter(words []token) bool {
	for _, w := range words {
		if w.isCapitalised() {
			return true
		}
	}
	return false
}

// proxy reports whether a noun phrase names people backed by a state
// rather than its own: "Iran-aligned", "Russian-backed", "pro-Iranian".
func (np *nounPhrase) proxy() bool {
	for _, w := range np.words {
		l := w.Lower
		if strings.HasPrefix(l, "pro-") {
			return true
		}
		for _, suffix := range []string{"-aligned", "-backed", "-allied", "-linked", "-sponsored", "-funded", "-supported", "-affiliated"} {
			if strings.HasSuffix(l, suffix) {
				return true
			}
		}
	}
	return false
}

// isNameHead reports whether a body noun usually ends a body's proper
// name ("Security Council", "European Commission"), so that "the council"
// is that body and not whichever body spoke last.
func isNameHead(w string) bool {
	switch w {
	case "council", "commission", "committee", "agency", "union", "league", "fund", "assembly":
		return true
	}
	return false
}

// anaphor returns the most recent speaker whose name or role has the
// word head: "the official" after "A senior Israeli official", "the
// minister" after a Foreign Minister. A bare "the company" (or firm,
// agency …) stands for the organisation that spoke last.
func (a *articleCtx) anaphor(head string, bare bool) *speaker {
	if bare && isBodyNoun(head) && !isNameHead(head) && a.lastThing != nil && a.lastThing.kind == entity.Organisation {
		return a.lastThing // "the company said" after "Meridian Shipping said"
	}
	for i := len(a.recent) - 1; i >= 0; i-- {
		sp := a.recent[i]
		for _, w := range strings.Fields(fold.String(sp.name + " " + sp.role)) {
			if w == head {
				return sp
			}
		}
	}
	return nil
}

// pronoun resolves a pronoun to the most recent speaker it can stand for.
func (a *articleCtx) pronoun(w string) *speaker {
	switch w {
	case "he", "she":
		return a.personPronoun(map[string]byte{"he": 'm', "she": 'f'}[w])
	case "it":
		return a.lastThing
	case "they":
		return a.lastGroup
	}
	return nil
}

// personPronoun resolves "he" (gender 'm') or "she" ('f') to the last
// person who spoke, unless the text says that person is of the other
// gender: then to the speaker just before, if they may be (else to no
// one). A
// person whose gender
// was unknown learns it, so that a later pronoun can tell them apart.
func (a *articleCtx) personPronoun(gender byte) *speaker {
	other := byte('m' + 'f' - gender)
	last := a.lastPerson
	if last == nil {
		return nil
	}
	if last.person == nil || last.person.gender != other {
		if last.person != nil && last.person.gender == 0 {
			last.person.gender = gender
		}
		return last
	}
	// Only the speaker just before: further back, a pronoun is too
	// unsure a guess.
	for i := len(a.recent) - 1; i >= 0 && i >= len(a.recent)-2; i-- {
		if sp := a.recent[i]; sp != last && sp.kind == entity.Person && sp.person != nil && sp.person.gender != other {
			return sp
		}
	}
	return nil
}

// spoke records a speaker as the most recent of its kind, for pronouns.
func (a *articleCtx) spoke(s *speaker) {
	if s != nil && (len(a.recent) == 0 || a.recent[len(a.recent)-1] != s) {
		a.recent = append(a.recent, s)
		if len(a.recent) > recentSpeakers {
			a.recent = a.recent[1:]
		}
	}
	switch {
	case s == nil:
	case s.kind == entity.Person:
		a.lastPerson = s
	case s.kind == entity.Group:
		a.lastGroup = s
		if anonymousPerson(s.name) {
			a.lastPerson = s // "A Greek diplomat said …. He added …"
		}
	default:
		a.lastThing, a.lastThingPara = s, a.paraIdx
	}
}

// anonymousPerson reports whether a group speaker's name is one unnamed
// person: "a Greek diplomat", "an official in Basra", whom a later "he"
// or "she" stands for.
func anonymousPerson(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 || (words[0] != "a" && words[0] != "an") {
		return false
	}
	head := ""
	for _, w := range words[1:] {
		if isPreposition(w) || w == "who" {
			break
		}
		head = w
	}
	return isPersonNoun(head) && !strings.HasSuffix(head, "s") && head != "people" && head != "police"
}

// coreAcronym returns the first acronym among a phrase's core words ("PDMA"
// in "a PDMA official"), or "".
func coreAcronym(core []token) string {
	for _, w := range core {
		if b := bareWord(w); isAcronym(b) && !isHonorific(w.Lower) {
			return b
		}
	}
	return ""
}
