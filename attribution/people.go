package attribution

import (
	"strings"
	"unicode"

	"github.com/crisisbot/bot/entity"
)

// person is someone the articles name, with an office that says whom
// they speak for.
type person struct {
	id, name, role string
	// affiliation is the entity ID of the country or organisation the
	// person speaks for; empty for an independent expert.
	affiliation string
	// evidence ranks how the affiliation was learned, so that a better
	// source replaces a weaker one.
	evidence evidence
	aliases  []string
}

// evidence is how sure the extractor is of a person's affiliation.
type evidence int

const (
	noEvidence      evidence = iota
	contextEvidence          // the country the text around the name is about
	roleEvidence             // the person's title or appositive names it
	knownEvidence            // the registry knows the person
)

// people indexes every person found in a corpus by spelling-tolerant
// full name and by ID.
type people struct {
	byKey map[string]*person
	byID  map[string]*person
	// byLast lists the people with a given last-name key, for short
	// mentions of someone introduced in another article.
	byLast map[string][]*person
	order  []*person
}

func newPeople() *people {
	return &people{byKey: map[string]*person{}, byID: map[string]*person{}, byLast: map[string][]*person{}}
}

// add records a person under name, merging with a person of the same name
// key or ID, and keeps the best-evidenced role and affiliation.
func (ps *people) add(name, id, role, affiliation string, ev evidence) *person {
	key := nameKey(name)
	p := ps.byKey[key]
	if p == nil {
		p = ps.byID[id]
	}
	if p == nil {
		p = &person{id: id, name: name}
		ps.byID[id] = p
		ps.order = append(ps.order, p)
		last := lastName(name)
		ps.byLast[last] = append(ps.byLast[last], p)
	} else if name != p.name && !containsString(p.aliases, name) {
		p.aliases = append(p.aliases, name)
	}
	ps.byKey[key] = p
	if ev > p.evidence || (ev == p.evidence && p.role == "" && role != "") {
		p.evidence = ev
		p.affiliation = affiliation
		if role != "" {
			p.role = role
		}
	}
	if p.role == "" {
		p.role = role
	}
	return p
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nameRun is a run of capitalised words that may be a personal name:
// words[from:to] of a paragraph.
type nameRun struct{ from, to int }

// isNameWord reports whether word i of p may be part of a personal name.
func (x *extractor) isNameWord(p *paragraph, i int) bool {
	w := p.words[i]
	if !w.isCapitalised() || isTitleWord(w.Lower) || isCalendarWord(w.Lower) || isFunctionWord(w.Lower) || isRegionWord(w.Lower) {
		return false
	}
	if m, ok := p.mentionAt(i); ok {
		e, found := x.known.Get(m.ID)
		return found && e.Kind == entity.Person
	}
	return !isAcronym(w.Text)
}

// isQuoteMark reports whether s is a quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "‘", "’", "«", "»":
		return true
	}
	return false
}

// isAcronym reports whether a word is written in capitals (NATO, USS).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// isRegionWord reports whether a capitalised word names a region or a
// compass point, which belong to place names, not personal names.
func isRegionWord(w string) bool {
	switch w {
	case "middle", "east", "west", "north", "south", "gulf", "persian", "asia", "europe", "africa",
		"eastern", "western", "northern", "southern", "mediterranean", "sea", "strait", "hormuz",
		"red", "arabian", "levant", "caucasus", "pacific", "atlantic", "indian":
		return true
	}
	return false
}

// nameRuns returns the runs of name words among words[lo:hi] of p. A run
// may hold lower-case particles ("bin", "von der") between name words and
// ends after a possessive.
func (x *extractor) nameRuns(p *paragraph, lo, hi int) []nameRun {
	var runs []nameRun
	for i := lo; i < hi; {
		if !x.isNameWord(p, i) {
			i++
			continue
		}
		j := i + 1
		for j < hi && !p.words[j-1].Possessive {
			if x.isNameWord(p, j) && p.words[j].Start-p.words[j-1].End <= 1 {
				j++
				continue
			}
			k := j
			for k < hi && isNameParticle(p.words[k].Lower) && p.words[k].Kind == wordToken {
				k++
			}
			if k > j && k < hi && x.isNameWord(p, k) {
				j = k + 1
				continue
			}
			break
		}
		runs = append(runs, nameRun{i, j})
		i = j
	}
	return runs
}

// title is the office written before a name or in an appositive after it.
type title struct {
	// from and to are the words of the office, in p.words.
	from, to int
	// roleFrom skips a leading country or possessive: the role proper.
	roleFrom int
	hasRole  bool // it holds an office word, not only an honorific
	lastRole bool // it ends in an office word or honorific
	employer bool // it names the body the person works for
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
		if w.Kind != wordToken && w.Text != "’" && w.Text != "'" || w.is("that") || isClauseJoin(w.Lower) {
			break
		}
		if k == comma-1 && x.isNameWord(p, k) {
			return 0, false // "Speaking with Foreign Minister Hakan Fidan, Araghchi"
		}
		adverb := strings.HasSuffix(w.Lower, "ly") // "newly appointed"
		if v, verb := x.lx.verbs[w.Lower]; verb && !w.isCapitalised() && v.form == pastForm || isFunctionWord(w.Lower) && !isDeterminer(w.Lower) && !isPreposition(w.Lower) && !adverb {
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
		if w.Kind != wordToken && w.Text != "-" && w.Text != "’" && w.Text != "'" {
			break
		}
		if v, verb := x.lx.verbs[w.Lower]; verb && !w.isCapitalised() && (v.form == pastForm || v.form == thirdForm) || isBeVerb(w.Lower) || w.is("has", "have", "had") {
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
	// in "said Dina Farahani of the … campaign.", precedes the name.
	verbAfter := false
	if end < hi {
		v, ok := x.lx.verbs[p.words[end].Lower]
		verbAfter = ok && v.form != baseForm && v.form != ingForm
	}
	verbBefore := false
	if r.from > 0 {
		_, verbBefore = x.lx.verbs[p.words[r.from-1].Lower]
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

// runText returns a name run as written, without a possessive ’s.
func runText(p *paragraph, r nameRun) string {
	s := p.Text[p.words[r.from].Start:p.words[r.to-1].End]
	if p.words[r.to-1].Possessive {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	}
	return s
}

// candidate is a name found with its office in one sentence, waiting for
// its affiliation.
type candidate struct {
	run     nameRun
	name    string
	titles  []title
	sentLo  int // first word of the sentence
	paraIdx int
}

// discover finds the people an article introduces with an office, and
// records them in x.people and in the article's local index.
func (x *extractor) discover(a *articleCtx) {
	for pi, p := range a.paras {
		for _, s := range p.sentences {
			lo, hi := p.wordRange(s)
			var found []candidate
			for _, r := range x.nameRuns(p, lo, hi) {
				c := candidate{run: r, name: runText(p, r), sentLo: lo, paraIdx: pi}
				if t, ok := x.titleBefore(p, lo, r); ok {
					c.titles = append(c.titles, t)
				}
				if t, ok := x.appositiveAfter(p, hi, r); ok && (r.to-r.from > 1 || len(c.titles) > 0) {
					c.titles = append(c.titles, t)
				}
				if t, ok := x.employerAfter(p, hi, r); ok && len(c.titles) == 0 && r.to-r.from > 1 {
					c.titles = append(c.titles, t)
				}
				if len(c.titles) == 0 {
					continue
				}
				words := r.to - r.from
				lastRole := false
				for _, t := range c.titles {
					lastRole = lastRole || t.lastRole
				}
				if words == 1 {
					if q := a.lookupShort(x, p.words[r.from]); q != nil {
						a.remember(q)
						continue
					}
					if !lastRole {
						continue
					}
				}
				found = append(found, c)
			}
			// Two rounds: "an adviser to Supreme Leader Ayatollah Ali
			// Khamenei" takes the affiliation of the person it names.
			var later []candidate
			for _, c := range found {
				if !x.addCandidate(a, p, c, false) {
					later = append(later, c)
				}
			}
			for _, c := range later {
				x.addCandidate(a, p, c, true)
			}
		}
	}
}

// addCandidate works out a candidate's role and affiliation and records
// the person. Unless final, it returns false (and records nothing) when
// the affiliation depends on a person not yet known.
func (x *extractor) addCandidate(a *articleCtx, p *paragraph, c candidate, final bool) bool {
	role, aff, ev := "", "", noEvidence
	var governmental, independent bool
	var personInRole bool
	for _, t := range c.titles {
		if t.employer {
			// The body is the person's affiliation, unless it is a
			// university or think tank, whose staff speak for no one.
			role = t.text(p)
			aff, ev = x.employer(p, t), roleEvidence
			independent = aff == ""
			continue
		}
		if role == "" && t.hasRole {
			role = t.text(p)
		}
		for k := t.from; k < t.to; k++ {
			w := p.words[k]
			if isIndependentRole(w.Lower) {
				independent = true
			}
			if isGovernmental(w.Lower) {
				governmental = true
			}
			if m, ok := p.mentionAt(k); ok && aff == "" {
				if e, found := x.known.Get(m.ID); found && e.Kind != entity.Person {
					aff, ev = x.top(m.ID), roleEvidence
				}
			} else if aff == "" && isAcronym(w.Text) && !isHonorific(w.Lower) {
				// "IATA director general": a body the registry does not
				// know, named in full elsewhere in the article.
				aff, ev = x.acronymBody(a, w.Text), roleEvidence
			}
			if x.isNameWord(p, k) {
				personInRole = true
			}
		}
	}
	if independent && !strings.Contains(strings.ToLower(role), "minister") {
		aff, ev = "", roleEvidence
	}
	if body, ok := x.workplace(p, c.titles); ok && !independent {
		// "head of commodities research at Northbridge Bank": the body
		// named after "at" is whom the person speaks for, whatever the
		// office is about ("Iran project director at …").
		aff, ev = body, roleEvidence
		independent = body == ""
	}
	if !independent && worksIndependently(p, c.titles) {
		// "Iran project director at the International Crisis Group":
		// a think tank's staff speak for no state.
		independent, aff, ev = true, "", roleEvidence
	}
	if aff == "" && !independent && personInRole {
		if q := a.personNear(x, p, c.titles); q != nil && q.affiliation != "" {
			aff, ev = q.affiliation, roleEvidence
		} else if !final {
			return false
		}
	}
	if aff == "" && !independent && governmental {
		aff, ev = a.contextCountry(x, c.paraIdx, c.sentLo, c.run.from), contextEvidence
	}
	id := slug(c.name)
	if e, ok := x.known.Resolve(c.name); ok && e.Kind == entity.Person {
		id = e.ID
		if e.Affiliation != "" || e.Role != "" {
			role, aff, ev = firstNonEmpty(e.Role, role), firstNonEmpty(e.Affiliation, aff), knownEvidence
		}
	}
	q := x.people.add(c.name, id, role, aff, ev)
	a.remember(q)
	return true
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
	name := p.Text[p.words[from].Start:p.words[t.to-1].End]
	if e, ok := x.known.Resolve(name); ok && e.Kind != entity.Person {
		return x.top(e.ID)
	}
	id := slug(name)
	if _, ok := x.discovered[id]; !ok {
		x.discovered[id] = &entity.Entity{ID: id, Name: name, Kind: entity.Organisation, Affiliation: id}
	}
	return id
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
	if _, ok := x.discovered[id]; !ok {
		e := &entity.Entity{ID: id, Name: name, Kind: entity.Organisation, Affiliation: id}
		if name != acronym {
			e.Aliases = []string{acronym}
		}
		x.discovered[id] = e
	}
	return id
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

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// personNear returns the person named inside an office ("adviser to
// Supreme Leader Ali Khamenei"), if already known.
func (a *articleCtx) personNear(x *extractor, p *paragraph, titles []title) *person {
	for _, t := range titles {
		for _, r := range x.nameRuns(p, t.from, t.to) {
			if q := a.lookupRun(x, p, r); q != nil {
				return q
			}
		}
	}
	return nil
}

// top climbs from an organisation to the state or body it belongs to
// (US Central Command → United States), and returns that entity's ID.
func (x *extractor) top(id string) string {
	for range 4 {
		e, ok := x.known.Get(id)
		if !ok || e.Kind == entity.Country || e.Affiliation == "" || e.Affiliation == id {
			return id
		}
		id = e.Affiliation
	}
	return id
}

// lookupRun finds the person a name run stands for: by full name, by the
// last name of someone named in this article, or by the registry.
func (a *articleCtx) lookupRun(x *extractor, p *paragraph, r nameRun) *person {
	name := runText(p, r)
	if q := x.people.byKey[nameKey(name)]; q != nil {
		return q
	}
	if q := a.lookupShort(x, p.words[r.to-1]); q != nil && (r.to-r.from == 1 || strings.HasSuffix(nameKey(q.name), nameKey(name))) {
		return q
	}
	if e, ok := x.known.Resolve(name); ok && e.Kind == entity.Person {
		return x.people.add(e.Name, e.ID, e.Role, e.Affiliation, knownEvidence)
	}
	return nil
}

// lookupShort finds the person a single name word stands for: someone of
// this article with that last name, else the only such person in the
// corpus.
func (a *articleCtx) lookupShort(x *extractor, w token) *person {
	key := wordKey(w.Lower)
	if q := a.local[key]; q != nil {
		return q
	}
	if list := x.people.byLast[key]; len(list) == 1 {
		return list[0]
	}
	return nil
}

// remember makes a person known to the article by last name.
func (a *articleCtx) remember(q *person) {
	a.local[lastName(q.name)] = q
	for _, alias := range q.aliases {
		a.local[lastName(alias)] = q
	}
}

// findPeople lists the people named in a paragraph, by full or short name.
func (x *extractor) findPeople(a *articleCtx, p *paragraph) {
	p.people = p.people[:0]
	for _, r := range x.nameRuns(p, 0, len(p.words)) {
		if q := a.lookupRun(x, p, r); q != nil {
			a.remember(q)
			p.people = append(p.people, personMention{Start: p.words[r.from].Start, End: p.words[r.to-1].End, person: q})
		}
	}
}
