package attribution

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
)

// title is the office written before a name or in an appositive after it.
type title struct {
	// from and to are the words of the office, in p.words.
	from, to int
	// roleFrom skips a leading country or possessive: the role proper.
	roleFrom int
	hasRole  bool // it holds an office word, not only an honorific
	lastRole bool // it ends in an office word or honorific
	employer bool // it names the body the person works for
	private  bool // a private person's occupation: "a taxi driver"
}

// titleBefore finds the office written before the name run r: "Turkish
// Foreign Minister", "Kremlin spokesperson", "Iran’s foreign minister,".
func (x *extractor) titleBefore(p *paragraph, lo int, r nameRun) (title, bool) {
	j := r.from - 1
	crossedComma := false
	onlyHonorifics := true
	roleSeen := false // an office word since the last connector
	for j >= lo {
		w := p.words[j]
		_, isMention := p.mentionAt(j)
		switch {
		case w.Kind == wordToken && (isTitleWord(w.Lower) || isRegionWord(w.Lower) || (isMention && w.isCapitalised()) || isAcronym(w.Text)):
			if !isHonorific(w.Lower) {
				onlyHonorifics = false
			}
			if isRoleHead(w.Lower) {
				roleSeen = true
			}
			j--
			continue
		case w.isCapitalised() && !isMention && p.portfolioBefore(lo, j) >= 0:
			// "Minister for Petroleum and Natural Gas": the field of an
			// office.
			j = p.portfolioBefore(lo, j)
			continue
		case w.Kind == wordToken && w.is("and") && j-1 >= lo && isRoleHead(p.words[j-1].Lower):
			// "Deputy Prime Minister and Foreign Minister": two offices.
			j--
			continue
		case w.Kind == wordToken && (w.is("of", "for", "to", "the", "on")) && !roleSeen && p.titleWordBefore(lo, j):
			// "Special Envoy to the Middle East", but not "an adviser to
			// Supreme Leader …", which is another person's office.
			j--
			continue
		case w.Text == "," && !crossedComma && onlyHonorifics:
			// "Iran’s foreign minister, Abbas Araghchi," and "A spokesman
			// for Turkey’s ruling party, Omer Celik,": the office comes
			// first, set off by commas.
			if k, ok := x.officeBeforeComma(p, lo, j, r); ok {
				j = k
				crossedComma = true
			}
		}
		break
	}
	t := title{from: j + 1, to: r.from}
	for t.from < t.to && p.words[t.from].is("of", "for", "to", "the", "and", "on") {
		t.from++
	}
	if t.from < t.to && p.words[t.to-1].is("of", "for", "to", "at", "with") {
		// "A spokesperson for Nordic Tankers": the name is the body the
		// office serves, not the person who holds it.
		return title{}, false
	}
	if t.from >= t.to {
		return title{}, false
	}
	// The role proper leaves out a leading country: "Turkish Foreign
	// Minister" is a Foreign Minister of Turkey.
	t.roleFrom = t.from
	for t.roleFrom < t.to && x.countryAt(p, t.roleFrom) != "" {
		t.roleFrom++
	}
	for k := t.from; k < t.to; k++ {
		if isRoleHead(p.words[k].Lower) {
			t.hasRole = true
		}
	}
	last := t.to - 1
	if p.words[last].Text == "," {
		last--
	}
	for last > t.from && isHonorific(p.words[last].Lower) {
		last--
	}
	t.lastRole = isRoleHead(p.words[last].Lower) || isHonorific(p.words[t.to-1].Lower)
	return t, t.hasRole || isHonorific(p.words[t.to-1].Lower)
}

// portfolioBefore returns the index of the office word that a field
// ending at word j belongs to ("Minister" in "Minister for Petroleum and
// Natural Gas"), or -1: the field is capitalised words joined by "and",
// after "for" or "of" and an office that holds a portfolio.
func (p *paragraph) portfolioBefore(lo, j int) int {
	for k := j; k-2 >= lo; k-- {
		w := p.words[k]
		switch {
		case w.is("for", "of"):
			if isPortfolioHolder(p.words[k-1].Lower) {
				return k - 1
			}
			return -1
		case w.Kind == wordToken && (w.isCapitalised() || (w.is("and") && k < j)):
			continue
		}
		return -1
	}
	return -1
}

// officeBeforeComma finds an office that ends at the comma p.words[comma]
// before the name run r: the whole phrase back to the start of the clause,
// holding an office word and no name, with the name closed off by a comma
// or the end of the sentence after it. It returns the index of the word
// before the office.
func (x *extractor) officeBeforeComma(p *paragraph, lo, comma int, r nameRun) (int, bool) {
	if r.to < len(p.words) && !p.words[r.to].is(",", ".", ";") {
		return 0, false
	}
	hasRole := false
	k := comma - 1
	for ; k >= lo && comma-k <= 12; k-- {
		w := p.words[k]
		joined := w.Text == "-" && k > lo && p.words[k-1].End == w.Start // "U.S.-led"
		if w.Kind != wordToken && w.Text != "’" && w.Text != "'" && !joined || w.is("that") || isClauseJoin(w.Lower) {
			break
		}
		if k == comma-1 && x.isNameWord(p, k) {
			return 0, false // "Speaking with Foreign Minister Hakan Fidan, Araghchi"
		}
		adverb := strings.HasSuffix(w.Lower, "ly") // "newly appointed"
		v, verb := x.lx.verbs[w.Lower]
		if verb && !w.isCapitalised() && k > lo && (isQuoteMark(p.words[k-1].Text) || p.words[k-1].Text == ",") {
			break // "“…,” said Lebanon’s energy minister, Amal Haddad"
		}
		if verb && !w.isCapitalised() && v.form == pastForm || isFunctionWord(w.Lower) && !isDeterminer(w.Lower) && !isPreposition(w.Lower) && !adverb {
			return 0, false
		}
		if isRoleHead(w.Lower) {
			hasRole = true
		}
	}
	if !hasRole || k == comma-1 {
		return 0, false
	}
	for k+1 < comma && isDeterminer(p.words[k+1].Lower) {
		k++
	}
	return k, true
}

// titleWordBefore reports whether, past the connectors before word j
// ("to the"), a title word stands: "Special Envoy to the Middle East".
func (p *paragraph) titleWordBefore(lo, j int) bool {
	for k := j - 1; k >= lo; k-- {
		w := p.words[k]
		if w.is("of", "for", "to", "the", "on") {
			continue
		}
		return w.Kind == wordToken && isTitleWord(w.Lower)
	}
	return false
}

// appositiveAfter finds an office set off by commas after the name run r:
// "Fu Cong, China’s permanent representative to the United Nations,".
func (x *extractor) appositiveAfter(p *paragraph, hi int, r nameRun) (title, bool) {
	if r.to-r.from > 1 && r.to+2 <= hi && p.words[r.to].Text == "," && isAge(p.words[r.to+1].Text) &&
		(r.to+2 == hi || p.words[r.to+2].is(".", ";") || isQuoteMark(p.words[r.to+2].Text)) {
		// "said Leila Haddad, 38.": a full name with an age alone is a
		// private person, who speaks for no one.
		return title{from: r.to + 1, roleFrom: r.to + 2, to: r.to + 2, private: true, lastRole: true}, true
	}
	if r.to+3 < hi && p.words[r.to].Text == "," && isNumber(p.words[r.to+1].Text) && p.words[r.to+2].Text == "," {
		r.to += 2 // "Hamid Babaei, 63, a lawmaker from Hamedan,": an age first
	}
	if r.to+1 >= hi || p.words[r.to].Text != "," {
		return title{}, false
	}
	first := p.words[r.to+1]
	_, firstMention := p.mentionAt(r.to + 1)
	if !(first.is("a", "an", "the") || firstMention || isTitleWord(first.Lower) || first.isCapitalised()) {
		return title{}, false
	}
	if _, ok := x.lx.verbs[first.Lower]; ok && !first.isCapitalised() {
		return title{}, false
	}
	t := title{from: r.to + 1}
	k := t.from
	for ; k < hi && k-t.from < 20; k++ {
		w := p.words[k]
		if w.Text == "(" {
			// "Director (Refineries) at Indian Oil Corporation": a
			// bracketed aside inside the office.
			if end := p.closingBracket(k, hi); end > k {
				k = end
				continue
			}
		}
		if w.Kind != wordToken && w.Text != "-" && w.Text != "’" && w.Text != "'" {
			break
		}
		if x.isSpeechVerbForm(w) || isBeVerb(w.Lower) || w.is("has", "have", "had") {
			break
		}
		if isRoleHead(w.Lower) {
			t.hasRole = true
		}
	}
	t.to = k
	// An appositive is closed off: by a comma, the end of the sentence or
	// a quotation; "Board of Governors, IAEA Director General X said"
	// is not one.
	closed := k >= hi || p.words[k].Text == "," || p.words[k].Text == "." || p.words[k].Text == ";" || isQuoteMark(p.words[k].Text)
	if !t.hasRole && !closed && p.relativeClosed(t.from, k, hi) {
		// "Omar Farid, a labourer who had lived in Shiraz for years,":
		// a relative clause with a verb of its own, closed by a comma.
		closed = true
	}
	if !t.hasRole && closed && t.to > t.from && p.words[t.from].is("a", "an") && r.to-r.from > 1 {
		// "Reza Karimi, a 41-year-old taxi driver in Tehran,": a private
		// person, who speaks for no one.
		for j := t.from + 1; j < t.to; j++ {
			if isPreposition(p.words[j].Lower) || p.words[j].is("who", "whose") {
				break
			}
			if isPrivateOccupation(p.words[j].Lower) && (j+1 == t.to || isPreposition(p.words[j+1].Lower) || p.words[j+1].is("who", "whose", "based", "living")) {
				t.private, t.roleFrom, t.lastRole = true, t.from+1, true
				if j+1 < t.to && p.words[j+1].is("who", "whose") {
					t.to = j + 1 // the role, not the relative clause
				}
				return t, true
			}
		}
	}
	if !t.hasRole || t.to == t.from || !closed {
		return title{}, false
	}
	t.roleFrom = t.from
	if p.words[t.roleFrom].is("a", "an", "the") {
		t.roleFrom++
	}
	t.lastRole = true
	return t, true
}

// closingBracket returns the index of the ")" that closes the "(" at word
// k within a few words before hi, or -1.
func (p *paragraph) closingBracket(k, hi int) int {
	for j := k + 1; j < hi && j <= k+6; j++ {
		switch p.words[j].Text {
		case ")":
			return j
		case "(", ",", ".", ";":
			return -1
		}
	}
	return -1
}

// relativeClosed reports whether an appositive from word from, stopped
// by a verb at word k, holds a relative clause ("who", "whose") that a
// comma closes before word hi, with no quotation or sentence end between.
func (p *paragraph) relativeClosed(from, k, hi int) bool {
	rel := false
	for j := from; j < k; j++ {
		rel = rel || p.words[j].is("who", "whose")
	}
	if !rel {
		return false
	}
	for j := k; j < hi && j-k < 20; j++ {
		switch w := p.words[j]; {
		case w.Text == ",":
			return true
		case w.Kind != wordToken && w.Text != "-" && w.Text != "’" && w.Text != "'":
			return false
		}
	}
	return false
}

// employerAfter finds the body a speaker works for, written after the
// name and before a speech verb: "Sanam Vakil of Chatham House said".
func (x *extractor) employerAfter(p *paragraph, hi int, r nameRun) (title, bool) {
	k := r.to
	if k+1 >= hi || !p.words[k].is("of", "at", "from") {
		return title{}, false
	}
	t := title{from: k + 1, roleFrom: k + 1, lastRole: true, employer: true}
	if p.words[t.from].is("the") {
		t.roleFrom++
	}
	end := t.roleFrom
	for end < hi && (p.words[end].isCapitalised() || end > t.roleFrom && p.words[end].is("of", "for", "and")) {
		end++
	}
	for end > t.roleFrom && !p.words[end-1].isCapitalised() {
		end--
	}
	if end == t.roleFrom {
		return title{}, false
	}
	// A speech verb follows ("Sanam Vakil of Chatham House said") or,
	// in "said Dina Farahani of the … campaign.", precedes the name. A
	// bracketed acronym may stand between: "of the Party for Freedom
	// (PVV) said".
	verbAfter := false
	next := end
	if next < hi && p.words[next].Text == "(" {
		if c := p.closingBracket(next, hi); c > next {
			next = c + 1
		}
	}
	if next < hi {
		v, ok := x.lx.verbs[p.words[next].Lower]
		verbAfter = ok && v.form != baseForm && v.form != ingForm
	}
	verbBefore := false
	if r.from > 0 {
		_, verbBefore = x.lx.verbs[p.words[r.from-1].Lower]
	}
	if r.from > 1 && p.words[r.from-2].is("according") && p.words[r.from-1].is("to") {
		verbBefore = true // "according to Trita Parsi of the Quincy Institute"
	}
	if !verbAfter && !verbBefore {
		return title{}, false
	}
	t.to = end
	return t, true
}

// text returns the words of the title from its role on, as written.
func (t title) text(p *paragraph) string {
	if t.roleFrom >= t.to {
		return ""
	}
	end := t.to
	for end > t.roleFrom && (p.words[end-1].Text == "," || isHonorific(p.words[end-1].Lower)) {
		end--
	}
	if end == t.roleFrom {
		return ""
	}
	return p.Text[p.words[t.roleFrom].Start:p.words[end-1].End]
}

// workplace finds "at <Body>" in an office ("a senior researcher at the
// Issam Fares Institute") and returns the body's entity ID, "" for a
// university or think tank; ok is false when the office names none.
func (x *extractor) workplace(p *paragraph, titles []title) (string, bool) {
	for _, t := range titles {
		if t.employer {
			continue
		}
		for k := t.from; k+1 < t.to; k++ {
			if !p.words[k].is("at") {
				continue
			}
			body := title{from: k + 1, roleFrom: k + 1, to: k + 1}
			if p.words[body.roleFrom].is("the", "a", "an") {
				body.roleFrom++
			}
			if d := p.descriptorEnd(body.roleFrom, t.to); d > body.roleFrom {
				body.roleFrom = d // "at insurance broker Howden": the name after what it is
			}
			for body.to = body.roleFrom; body.to < t.to && (p.words[body.to].isCapitalised() || body.to > body.roleFrom && p.words[body.to].is("of", "for", "and")); body.to++ {
			}
			for body.to > body.roleFrom && !p.words[body.to-1].isCapitalised() {
				body.to--
			}
			if body.to > body.roleFrom {
				for i := k + 1; i < t.to; i++ {
					if isIndependentBody(p.words[i].Lower) || p.words[i].is("think") {
						return "", true
					}
				}
				return x.employer(p, body), true
			}
		}
	}
	return "", false
}

// descriptorEnd returns the index of the first capitalised word after a
// run of lower-case words from word from that ends in a body noun
// ("insurance broker Howden", "shipping group Maersk"), or from.
func (p *paragraph) descriptorEnd(from, to int) int {
	k := from
	for k < to && p.words[k].Kind == wordToken && !p.words[k].isCapitalised() {
		k++
	}
	if k == from || k >= to || !p.words[k].isCapitalised() {
		return from
	}
	if w := p.words[k-1].Lower; !isBodyNoun(w) && !isCommercialNoun(w) {
		return from
	}
	return k
}

// employer returns the entity ID of the body named by an employer title:
// the registry's, else a body discovered here that speaks for itself; ""
// for a university, think tank or the like.
func (x *extractor) employer(p *paragraph, t title) string {
	from := t.roleFrom
	for from < t.to && strings.HasSuffix(p.words[from].Lower, "-based") {
		from++ // "the Paris-based Justice for Iran campaign"
	}
	if from >= t.to {
		return ""
	}
	for k := from; k < t.to; k++ {
		if isIndependentBody(p.words[k].Lower) {
			return ""
		}
	}
	return x.employerName(p.Text[p.words[from].Start:p.words[t.to-1].End])
}

// acronymBody records the organisation an acronym stands for, named in
// full where the article spells it out ("International Air Transport
// Association" for IATA), and returns its ID.
func (x *extractor) acronymBody(a *articleCtx, acronym string) string {
	name := a.expandAcronym(acronym)
	if name == "" {
		name = acronym
	}
	id := slug(name)
	if e, ok := x.known.Resolve(name); ok {
		return e.ID
	}
	if country := a.stateOf(x, name); country != "" {
		// "MEA spokesperson" where the article names "India’s Ministry
		// of External Affairs": a state's ministry speaks for the state.
		return country
	}
	if _, ok := x.discovered[id]; !ok {
		e := &entity.Entity{ID: id, Name: name, Kind: entity.Organisation, Affiliation: id}
		if name != acronym {
			e.Aliases = []string{acronym}
		}
		x.discovered[id] = e
	}
	return id
}

// stateOf returns the country a governmental body named name belongs
// to: the country written just before the name somewhere in the article
// ("India’s Ministry of External Affairs"), else the dateline's; "" for a
// body that is no state's (no governmental word in its name).
func (a *articleCtx) stateOf(x *extractor, name string) string {
	governmental := false
	for _, w := range strings.Fields(fold.String(name)) {
		governmental = governmental || isGovernmental(w) && isInstitutionHead(w)
	}
	if !governmental {
		return ""
	}
	for _, p := range a.paras {
		at := strings.Index(p.Text, name)
		if at < 0 {
			continue
		}
		for i := len(p.words) - 1; i >= 0; i-- {
			if p.words[i].End <= at {
				if country := x.countryAt(p, i); country != "" && at-p.words[i].End <= 1 {
					return country
				}
				break
			}
		}
	}
	if e, ok := x.known.Get(a.dateline); ok && e.Kind == entity.Country {
		return a.dateline
	}
	return ""
}

// expandAcronym finds a run of capitalised words in the article whose
// initials spell the acronym, such as "International Air Transport
// Association" for IATA; "" if there is none.
func (a *articleCtx) expandAcronym(acronym string) string {
	for _, p := range a.paras {
		for i := range p.words {
			if !p.words[i].isCapitalised() || isAcronym(p.words[i].Text) {
				continue
			}
			initials := ""
			for j := i; j < len(p.words) && len(initials) <= len(acronym); j++ {
				w := p.words[j]
				switch {
				case w.isCapitalised() && !isAcronym(w.Text):
					initials += strings.ToUpper(w.Text[:1])
				case w.is("of", "for", "and", "the") && j > i:
					continue
				default:
					j = len(p.words)
					continue
				}
				if initials == acronym {
					return p.Text[p.words[i].Start:w.End]
				}
			}
		}
	}
	return ""
}

// worksIndependently reports whether an office is held at a university,
// think tank or similar body that speaks for no state.
func worksIndependently(p *paragraph, titles []title) bool {
	for _, t := range titles {
		for k := t.from; k < t.to; k++ {
			if isIndependentBody(p.words[k].Lower) {
				return true
			}
			if p.words[k].is("think") && k+1 < t.to && p.words[k+1].is("tank") {
				return true
			}
		}
	}
	return false
}

// office is what a person's titles say about them: the role to show and
// the country or organisation it makes them speak for.
type office struct {
	role, affiliation string
	evidence          evidence
}

// readOffice works out a candidate's office from their titles. The
// affiliation is, in order: the body of an employer title ("of Chatham
// House") or workplace ("at Northbridge Bank"); none for an expert or a
// think tank's staff; the first country or organisation the titles name;
// that of a person they name ("an adviser to Supreme Leader Ali
// Khamenei"); and for a governmental office naming none, the country of
// the context. Unless final, ok is false when the affiliation depends on
// a person not yet known.
func (x *extractor) readOffice(a *articleCtx, p *paragraph, c candidate, final bool) (o office, ok bool) {
	var governmental, independent, personInRole bool
	for _, t := range c.titles {
		if t.private {
			// "a taxi driver in Tehran" lives there; he speaks for no one.
			return office{role: t.text(p), evidence: roleEvidence}, true
		}
	}
	for _, t := range c.titles {
		if t.employer {
			// The body is the person's affiliation, unless it is a
			// university or think tank, whose staff speak for no one.
			o.role = t.text(p)
			o.affiliation, o.evidence = x.employer(p, t), roleEvidence
			independent = o.affiliation == ""
			continue
		}
		if o.role == "" && t.hasRole {
			o.role = t.text(p)
		}
		if body, ok := spokenBody(p, t); ok && o.affiliation == "" {
			// "a spokeswoman for Maersk": the company, not a state.
			o.affiliation, o.evidence = x.employer(p, body), roleEvidence
			continue
		}
		atBody := false // past "at": the words name the workplace, not the job
		for k := t.from; k < t.to; k++ {
			w := p.words[k]
			atBody = atBody || w.is("at")
			independent = independent || !atBody && (isIndependentRole(w.Lower) || isIndependentField(w.Lower))
			governmental = governmental || isGovernmental(w.Lower)
			personInRole = personInRole || x.isNameWord(p, k)
			if o.affiliation != "" {
				continue
			}
			if body, named := x.bodyNamedFrom(p, k, t.to); named {
				// "secretary general of the Norwegian Refugee Council":
				// the demonym is part of a body's name.
				o.affiliation, o.evidence = x.employer(p, body), roleEvidence
				continue
			}
			if m, found := p.mentionAt(k); found {
				if e, known := x.known.Get(m.ID); known && e.Kind != entity.Person {
					o.affiliation, o.evidence = x.top(m.ID), roleEvidence
				}
			} else if acronym := bareWord(w); isAcronym(acronym) && !isHonorific(w.Lower) {
				// "IATA director general", "the IEA’s executive
				// director": a body the registry does not know, named in
				// full elsewhere in the article.
				o.affiliation, o.evidence = x.acronymBody(a, acronym), roleEvidence
			}
		}
	}
	if independent && !strings.Contains(strings.ToLower(o.role), "minister") {
		o.affiliation, o.evidence = "", roleEvidence
	}
	if body, found := x.workplace(p, c.titles); found && !independent {
		// "head of commodities research at Northbridge Bank": the body
		// named after "at" is whom the person speaks for, whatever the
		// office is about ("Iran project director at …").
		o.affiliation, o.evidence = body, roleEvidence
		independent = body == ""
	}
	if !independent && worksIndependently(p, c.titles) {
		independent, o.affiliation, o.evidence = true, "", roleEvidence
	}
	if o.affiliation == "" && !independent && personInRole {
		if q := a.personNear(x, p, c.titles); q != nil && q.affiliation != "" {
			o.affiliation, o.evidence = q.affiliation, roleEvidence
		} else if !final {
			return o, false
		}
	}
	if o.affiliation == "" && !independent {
		// "Sultan Haitham bin Tariq of Oman": the country after the name.
		if k := c.run.to; k+1 < len(p.words) && p.words[k].is("of") {
			if country := x.countryAt(p, k+1); country != "" {
				o.affiliation, o.evidence = country, roleEvidence
			}
		}
	}
	if o.affiliation == "" && !independent {
		// "The agency’s deputy director general": the body named before.
		if body := x.bodyAnaphor(a, p, c); body != "" {
			o.affiliation, o.evidence = body, roleEvidence
		}
	}
	if opposition(p, c.titles) {
		// "Turkish opposition leader X" opposes the government; he does
		// not speak for the country. A party the office names stays,
		// known or not ("a lawmaker for the main opposition Republican
		// People's Party (CHP)").
		if e, ok := x.known.Get(o.affiliation); !ok || e.Kind == entity.Country {
			o.affiliation, o.evidence = "", roleEvidence
			if party := partyNamed(p, c.titles); party != "" {
				o.affiliation = x.employerName(party)
			}
		}
		return o, true
	}
	if o.affiliation == "" && !independent && x.usOffice(p, c) {
		// "Rep. Sarah Klein, a Democrat from Ohio", "Under Secretary of
		// State John Bass": offices only Washington has, whatever the
		// dateline.
		o.affiliation, o.evidence = "united-states", roleEvidence
	}
	if o.affiliation == "" && !independent && companyOffice(p, c.titles) {
		// "company spokeswoman Ines Moller": the company named last
		// before her, else no one, never the country of the dateline.
		if name := a.companyBefore(c.paraIdx, p.words[c.run.from].Start); name != "" {
			o.affiliation = x.employerName(name)
		}
		return o, true
	}
	if o.affiliation == "" && !independent && governmental && !x.stranger(p, c.titles) {
		// "Foreign Ministry spokesman X was quoted by the official IRNA
		// news agency": the state whose body reports him, when his
		// sentence names no country.
		if country := x.sentenceBodyCountry(p, c.sentLo); country != "" {
			return office{role: o.role, affiliation: country, evidence: contextEvidence}, true
		}
		o.affiliation, o.evidence = a.contextCountry(x, c.paraIdx, c.sentLo, c.run.from, ministryLevel(p, c.titles)), contextEvidence
	}
	return o, true
}

// sentenceBodyCountry returns the country of the one state body the
// sentence opening at word lo names outside quotation marks, when it names
// no country itself; else "".
func (x *extractor) sentenceBodyCountry(p *paragraph, lo int) string {
	hi := len(p.words)
	for _, sp := range p.sentences {
		if from, to := p.wordRange(sp); from == lo {
			hi = to
			break
		}
	}
	if lo >= hi {
		return ""
	}
	from, to := p.words[lo].Start, p.words[hi-1].End
	country := ""
	for _, m := range p.mentions {
		if m.Start < from || m.End > to || p.inQuote(m.Start) {
			continue
		}
		e, ok := x.known.Get(m.ID)
		if !ok || e.Kind == entity.Person {
			continue
		}
		if e.Kind == entity.Country {
			return ""
		}
		top := x.top(m.ID)
		if t, ok := x.known.Get(top); !ok || t.Kind != entity.Country || country != "" && country != top {
			return ""
		}
		country = top
	}
	return country
}

// ministryLevel reports whether an office is a minister's or a
// ministry's ("Interior Minister", "Foreign Office spokesman"): in an
// article datelined in a country, such an office with no country of its
// own is that country's. An adviser or envoy may serve anyone.
func ministryLevel(p *paragraph, titles []title) bool {
	for _, t := range titles {
		for k := t.from; k < t.to; k++ {
			if w := p.words[k].Lower; isPortfolioHolder(w) || w == "ministry" || w == "office" && k > t.from && p.words[k-1].is("foreign") {
				return true
			}
		}
	}
	return false
}

// stranger reports whether an office names a people the registry does not
// know as a state: "Kurdish spokesman", "Baloch commander", "Druze
// leader". Such an office belongs to no country of the context, so the
// affiliation stays empty.
func (x *extractor) stranger(p *paragraph, titles []title) bool {
	for _, t := range titles {
		// The people's adjective is no office word: it stands just before.
		for k := max(t.from-1, 0); k < t.to; k++ {
			w := p.words[k]
			if w.Kind != wordToken || !w.isCapitalised() || isTitleWord(w.Lower) || isAcronym(w.Text) || x.countryAt(p, k) != "" {
				continue
			}
			if _, known := p.mentionAt(k); known {
				continue
			}
			l := w.Lower // folded, without a possessive ’s
			if strings.HasSuffix(l, "ish") || strings.HasSuffix(l, "ite") || l == "baloch" || l == "druze" || l == "yazidi" || l == "arab" {
				return true
			}
		}
	}
	return false
}

// opposition reports whether an office is in the opposition: "opposition
// leader", "a leader of the opposition".
func opposition(p *paragraph, titles []title) bool {
	for _, t := range titles {
		for k := t.from; k < t.to; k++ {
			if p.words[k].is("opposition") {
				return true
			}
		}
	}
	return false
}

// partyNamed returns the name of a party an office names, capitalised
// words ending in "Party" ("Republican People's Party"), or "".
func partyNamed(p *paragraph, titles []title) string {
	for _, t := range titles {
		for k := t.from; k < t.to; k++ {
			if !p.words[k].is("party") || !p.words[k].isCapitalised() {
				continue
			}
			j := k
			for j > t.from && (p.words[j-1].isCapitalised() || p.words[j-1].is("and") && j-2 > t.from && p.words[j-2].isCapitalised()) {
				j--
			}
			if j < k {
				return p.Text[p.words[j].Start:p.words[k].End]
			}
		}
	}
	return ""
}

// usOffice reports whether a candidate's titles are American ones: a
// member of Congress ("Rep.", "Sen.", "Congresswoman", or "Senator" with
// a Democratic or Republican party), or a department head's office in the
// American style ("Secretary of State" not followed by "for", "Under
// Secretary of State", "Secretary of Defense").
func (x *extractor) usOffice(p *paragraph, c candidate) bool {
	legislator, party := false, false
	for _, t := range c.titles {
		for k := t.from; k < t.to; k++ {
			w := p.words[k]
			switch {
			case w.is("rep.", "sen.", "congressman", "congresswoman"):
				legislator = true
			case w.is("senator", "senators", "lawmaker"):
				legislator = legislator || w.isCapitalised()
			case w.Text == "Democrat" || w.Text == "Democratic" || w.Text == "Republican" || w.Text == "GOP":
				party = true
			case w.is("secretary") && k+2 < t.to && p.words[k+1].is("of"):
				next := p.words[k+2]
				if next.Text == "Defense" || next.Text == "Homeland" || next.Text == "State" && (k+3 >= t.to || !p.words[k+3].is("for") || k > t.from && p.words[k-1].is("under", "assistant", "deputy")) {
					return true
				}
			}
		}
	}
	if legislator && party {
		return true
	}
	for _, t := range c.titles {
		// "Rep." and "Sen." before a name are American abbreviations.
		if t.from < t.to && p.words[t.to-1].is("rep.", "sen.") {
			return true
		}
	}
	return false
}

// companyOffice reports whether an office is held at a company the title
// does not name: "company spokeswoman", "the firm's chief executive". The
// word before the title counts, since "company" is no office word.
func companyOffice(p *paragraph, titles []title) bool {
	for _, t := range titles {
		for k := max(t.from-1, 0); k < t.to; k++ {
			if p.words[k].is("company", "company's", "company’s", "firm", "firm's", "firm’s", "operator's", "operator’s", "carrier's", "carrier’s") {
				return true
			}
		}
	}
	return false
}

// companyBefore returns the last company named before byte offset pos of
// paragraph paraIdx, or in the three paragraphs before: a run of two or
// more capitalised words ending in a word for a business ("Nordvik
// Shipping", "Gulf Star Tankers"); "" if there is none.
func (a *articleCtx) companyBefore(paraIdx, pos int) string {
	for i := paraIdx; i >= 0 && i >= paraIdx-3; i-- {
		p := a.paras[i]
		last := ""
		for k := 1; k < len(p.words); k++ {
			if i == paraIdx && p.words[k].Start >= pos {
				break
			}
			if !isBusinessWord(bareWord(p.words[k])) || !p.words[k].isCapitalised() {
				continue
			}
			from := k
			for from > 0 && p.words[from-1].Kind == wordToken && p.words[from-1].isCapitalised() && !p.words[from-1].Possessive &&
				!isFunctionWord(p.words[from-1].Lower) && p.words[from].Start-p.words[from-1].End <= 1 {
				from--
			}
			if from < k {
				last = runText(p, nameRun{from, k + 1})
			}
		}
		if last != "" {
			return last
		}
	}
	return ""
}

// employerName returns the entity ID of a body named in full: the
// registry's, else one discovered here that speaks for itself.
func (x *extractor) employerName(name string) string {
	if e, ok := x.known.Resolve(name); ok && e.Kind != entity.Person {
		return x.top(e.ID)
	}
	id := slug(name)
	if _, ok := x.discovered[id]; !ok {
		x.discovered[id] = &entity.Entity{ID: id, Name: name, Kind: entity.Organisation, Affiliation: id}
	}
	return id
}

// namesWord reports whether an entity's name or one of its aliases has
// the folded word noun: "agency" for the International Atomic Energy
// Agency.
func namesWord(e *entity.Entity, noun string) bool {
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if slices.Contains(strings.Fields(fold.String(name)), noun) {
			return true
		}
	}
	return false
}

// isBusinessWord reports whether a capitalised word ends a company's
// name: "Tankers", "Shipping", "Airlines", "Holdings".
func isBusinessWord(w string) bool {
	if isLegalForm(strings.ToLower(w)) {
		return true
	}
	switch strings.ToLower(w) {
	case "tankers", "shipping", "lines", "line", "maritime", "navigation", "logistics", "airlines", "airways",
		"holdings", "group", "energy", "petroleum", "oil", "gas", "insurance",
		"corporation", "company", "carriers", "freight",
		"management", "marine", "trading", "partners", "capital", "services", "systems", "solutions", "consulting",
		"industries", "enterprises", "ventures", "securities", "investments", "associates", "technologies",
		"bank", "brokers", "exchange":
		return true
	}
	return false
}

// isLegalForm reports whether a lower-case word is a company's legal form
// written after its name ("Ltd", "Inc.", "GmbH").
func isLegalForm(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "ltd", "limited", "inc", "llc", "plc", "corp", "co", "ag", "sa", "gmbh", "bv", "nv", "spa", "pjsc", "jsc":
		return true
	}
	return false
}

// bodyAnaphor returns the organisation an office points back to with a
// definite possessive noun: "The agency’s deputy director general" after
// the International Atomic Energy Agency, "the bloc’s top diplomat" after
// the European Union; "" if the office has none or no body fits.
func (x *extractor) bodyAnaphor(a *articleCtx, p *paragraph, c candidate) string {
	for _, t := range c.titles {
		for k := max(t.from, 1); k < t.to; k++ {
			w := p.words[k]
			if w.Possessive && p.words[k-1].is("the") && isBodyNoun(w.Lower) {
				// The body whose name has the noun, named anywhere
				// before; any body only for a noun like "the bloc".
				if org := a.organisationBefore(x, c.paraIdx, c.paraIdx, w.Start, w.Lower, false); org != "" {
					return org
				}
				if isGroupingNoun(w.Lower) {
					return a.organisationBefore(x, c.paraIdx, 3, w.Start, w.Lower, true)
				}
				if name := a.bodyNameBefore(c.paraIdx, w.Start, w.Lower); name != "" {
					return x.employerName(name) // "the association’s chairman" after the Japanese Shipowners' Association
				}
				return ""
			}
		}
	}
	return ""
}

// bodyNameBefore returns the last proper name written before byte offset
// pos of paragraph paraIdx (or in the paragraphs before) whose last word is
// the noun capitalised: "Japanese Shipowners' Association" for "the
// association"; "" when there is none.
func (a *articleCtx) bodyNameBefore(paraIdx, pos int, noun string) string {
	for i := paraIdx; i >= 0; i-- {
		p := a.paras[i]
		for k := len(p.words) - 1; k > 0; k-- {
			w := p.words[k]
			if i == paraIdx && w.Start >= pos || w.Lower != noun || !w.isCapitalised() {
				continue
			}
			j := k
			for j > 0 && p.words[j-1].isCapitalised() && p.words[j-1].End+2 >= p.words[j].Start {
				j--
			}
			if j < k {
				return strings.TrimPrefix(p.Text[p.words[j].Start:w.End], "The ")
			}
		}
	}
	return ""
}

// organisationBefore returns the organisation a definite noun such as
// "the agency" stands for: the last one named before byte offset pos of
// paragraph paraIdx (or in the back paragraphs before) whose name or an
// alias has that noun, else, if anyBody is true, the last one named at all.
func (a *articleCtx) organisationBefore(x *extractor, paraIdx, back, pos int, noun string, anyBody bool) string {
	fallback := ""
	for i := paraIdx; i >= 0 && i >= paraIdx-back; i-- {
		ms := a.paras[i].mentions
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if i == paraIdx && m.Start >= pos {
				continue
			}
			e, ok := x.known.Get(m.ID)
			if !ok || e.Kind != entity.Organisation {
				continue
			}
			if namesWord(e, noun) {
				return e.ID
			}
			if fallback == "" && anyBody {
				fallback = e.ID
			}
		}
	}
	return fallback
}

// bodyNamedFrom finds the proper name of a body that starts with the
// country word p.words[k] and ends before word to: "Norwegian Refugee
// Council", "Danish Red Cross Society". Such a body speaks for itself: its
// name holds a word that is neither an office's nor a state's ("Refugee"),
// and ends in a word for a body. "Iranian Ministry of Foreign Affairs" and
// "Qatar’s Ministry of Foreign Affairs" are the state's.
func (x *extractor) bodyNamedFrom(p *paragraph, k, to int) (title, bool) {
	if x.countryAt(p, k) == "" || p.words[k].Possessive {
		return title{}, false
	}
	m, _ := p.mentionAt(k)
	end := k
	for end < to && p.words[end].Start < m.End {
		end++
	}
	own := false // a word of the name that is neither an office's nor a state's
	last := end
	for j := end; j < to; j++ {
		w := p.words[j]
		if !w.isCapitalised() {
			break
		}
		if _, mention := p.mentionAt(j); mention {
			break
		}
		if !isTitleWord(w.Lower) && !isGovernmental(w.Lower) && !isInstitutionHead(w.Lower) {
			own = true
		}
		last = j + 1
	}
	if !own || last == end || !isInstitutionHead(p.words[last-1].Lower) || isGovernmental(p.words[last-1].Lower) {
		return title{}, false
	}
	return title{from: k, roleFrom: k, to: last, employer: true}, true
}

// spokenBody finds the body a spokesperson's or a business officer's
// office names, when it is no state's: "a spokeswoman for Maersk", "a
// representative of the Baltic Exchange", "chief executive of Norsea
// Tankers". A body with a country or a governmental word in its name ("a
// spokesman for Iran’s foreign ministry") is left to the country.
func spokenBody(p *paragraph, t title) (title, bool) {
	for k := t.from + 1; k+1 < t.to; k++ {
		if !p.words[k].is("for", "of", "at") || !isSpokesperson(p.words[k-1].Lower) && !isCorporateRole(p.words[k-1].Lower) {
			continue
		}
		corporate := !isSpokesperson(p.words[k-1].Lower)
		body := title{from: k + 1, roleFrom: k + 1, employer: true}
		if p.words[body.roleFrom].is("the") {
			body.roleFrom++
		}
		end := body.roleFrom
		for end < t.to && (p.words[end].isCapitalised() || end > body.roleFrom && p.words[end].is("of", "and", "for")) {
			if _, mention := p.mentionAt(end); mention || isGovernmental(p.words[end].Lower) {
				return title{}, false
			}
			if w := p.words[end].Lower; corporate && (isInstitutionHead(w) && !isCommercialNoun(w) && !isBusinessWord(w) || isRegionWord(w)) {
				// "chairman of the Senate Armed Services Committee" is a
				// state body's; "director of Middle East studies", a field.
				return title{}, false
			}
			end++
		}
		for end > body.roleFrom && !p.words[end-1].isCapitalised() {
			end--
		}
		if end == body.roleFrom {
			return title{}, false
		}
		body.to = end
		return body, true
	}
	return title{}, false
}

// isAge reports whether a word is a person's age: a whole number from 10
// to 110.
func isAge(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 10 && n <= 110
}

// isNumber reports whether a word is written in digits only: an age in
// "Babaei, 63, a lawmaker".
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// bareWord returns a word as written without a possessive ’s: "IEA" for
// "IEA’s".
func bareWord(w token) string {
	if !w.Possessive {
		return w.Text
	}
	return strings.TrimSuffix(strings.TrimSuffix(w.Text, "’s"), "'s")
}
