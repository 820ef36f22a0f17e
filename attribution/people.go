package attribution

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
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
	// gender is 'f' or 'm' when the text tells ("Ms", "spokeswoman", a
	// "she" that stood for the person), 0 when it does not.
	gender byte
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
	} else if name != p.name && !slices.Contains(p.aliases, name) {
		p.aliases = append(p.aliases, name)
	}
	ps.byKey[key] = p
	if ev > p.evidence || (ev == p.evidence && p.role == "" && role != "") {
		p.evidence = ev
		p.affiliation = affiliation
		if role != "" {
			p.role = role
		}
	} else if ev == p.evidence && holdsOffice(role, p.role) {
		// "Deputy Prime Minister and Foreign Minister Ishaq Dar" after
		// "Pakistani Foreign Minister Ishaq Dar": all of his offices.
		p.role = role
	}
	if p.role == "" {
		p.role = role
	}
	return p
}

// holdsOffice reports whether role names office and more besides, as
// one of the offices it joins (see Offices), word for word: "Deputy
// Prime Minister and Foreign Minister" holds "Foreign Minister", but not
// "Prime Minister"; "Deputy Foreign Minister" is another office.
func holdsOffice(role, office string) bool {
	parts := Offices(role)
	return len(parts) > 1 && slices.ContainsFunc(parts, func(p string) bool { return fold.String(p) == fold.String(office) })
}

// Offices returns the offices a role joins with "and", each ending with
// the same word ("Deputy Prime Minister and Foreign Minister": two
// ministers), or the role itself ("Minister for Petroleum and Natural
// Gas": one office).
func Offices(role string) []string {
	parts := strings.Split(role, " and ")
	last := func(s string) string {
		ws := strings.Fields(fold.String(s))
		if len(ws) == 0 {
			return ""
		}
		return ws[len(ws)-1]
	}
	head := last(role)
	for _, part := range parts {
		if last(part) != head {
			return []string{role}
		}
	}
	return parts
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
				r = trimField(p, lo, r)
				if last := p.words[r.to-1]; isInstitutionHead(last.Lower) && !last.is("house", "bank", "chamber", "front") {
					continue // "Flood Relief Fund" is a body's name, not a person's
				}
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
					if x.speaksUntitled(p, lo, hi, r) && a.lookupRun(x, p, r) == nil {
						// "said K. Selvaraj, who runs a fleet of six
						// lorries": a private person quoted by name.
						a.privatePerson(x, p, r)
					}
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

// speaksUntitled reports whether the name run r, which no office comes
// with, is a person's full name used as the subject of a speech verb in
// words[lo:hi]: the verb right after the name or after an appositive set
// off by commas ("Leila Azizi said", "His sister, Leila Azizi, said by
// phone"), or right before it ("said K. Selvaraj, who runs …"). A known
// country or organisation, a body's name and a single word are no such
// name.
func (x *extractor) speaksUntitled(p *paragraph, lo, hi int, r nameRun) bool {
	if !x.fullName(p, r) {
		return false
	}
	if r.from > lo && p.words[r.from-1].is("of", "for", "and", "&", "de", "on") {
		return false // "The Ministry of Natural Resources said": a body's name ends here
	}
	if r.from-1 > lo && p.words[r.from-1].Text == "," {
		// "A shadowy Syrian militia, Saraya al-Nasr, said": the name of
		// the body the words before describe.
		for k := r.from - 2; k >= lo && k >= r.from-6 && p.words[k].Text != ","; k-- {
			if isBodyNoun(p.words[k].Lower) || isInstitutionHead(p.words[k].Lower) {
				return false
			}
		}
	}
	if r.from > lo && x.isSpeechVerbForm(p.words[r.from-1]) {
		return true
	}
	k := r.to
	if k+1 < hi && p.words[k].Text == "," && x.isSpeechVerbForm(p.words[k+1]) {
		return true // "His sister, Leila Azizi, said"
	}
	if k < hi && p.words[k].Text == "," {
		// Skip an appositive: ", 34, a teacher from Tabriz,".
		k++
		for k < hi && p.words[k].Text != "," && k-r.to < 15 {
			k++
		}
		k++
	}
	return k < hi && x.isSpeechVerbForm(p.words[k])
}

// fullName reports whether the name run r may be a private person's full
// name: two words or more (an initial counts, not alone), none of them a
// business's or an institution's word ("Thalassa Marine Management"), and
// no country or organisation the registry knows.
func (x *extractor) fullName(p *paragraph, r nameRun) bool {
	names, initials := 0, 0
	for k := r.from; k < r.to; k++ {
		w := p.words[k]
		switch {
		case w.Kind != wordToken:
		case isBusinessWord(w.Lower) || isInstitutionHead(w.Lower):
			return false
		case isInitial(w.Text):
			initials++
		default:
			names++
		}
	}
	if names == 0 || names+initials < 2 {
		return false
	}
	e, ok := x.known.Resolve(runText(p, r))
	return !ok || e.Kind == entity.Person
}

// privatePerson records the person a full name with no office names, who
// speaks for no one, and makes them known to the article.
func (a *articleCtx) privatePerson(x *extractor, p *paragraph, r nameRun) *person {
	name := runText(p, r)
	q := x.people.add(name, slug(name), "", "", noEvidence)
	a.remember(q)
	return q
}

// isSpeechVerbForm reports whether w is a finite form of a speech verb
// that tells what someone said ("said", "says", "told", "warned").
func (x *extractor) isSpeechVerbForm(w token) bool {
	sense, ok := x.lx.verbs[w.Lower]
	return ok && w.Kind == wordToken && !w.isCapitalised() && (sense.form == pastForm || sense.form == thirdForm)
}

// addCandidate works out a candidate's role and affiliation and records
// the person. Unless final, it returns false (and records nothing) when
// the affiliation depends on a person not yet known.
func (x *extractor) addCandidate(a *articleCtx, p *paragraph, c candidate, final bool) bool {
	o, ok := x.readOffice(a, p, c, final)
	if !ok {
		return false
	}
	id := slug(c.name)
	if e, found := x.known.Resolve(c.name); found && e.Kind == entity.Person {
		// The registry knows this person better than one article does.
		id = e.ID
		if e.Affiliation != "" || e.Role != "" {
			o = office{role: cmp.Or(e.Role, o.role), affiliation: cmp.Or(e.Affiliation, o.affiliation), evidence: knownEvidence}
		}
	}
	q := x.people.add(c.name, id, o.role, o.affiliation, o.evidence)
	if q.gender == 0 {
		q.gender = titleGender(p, c.titles)
	}
	a.remember(q)
	return true
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
// corpus, else the one person of this article whose two-word name opens
// with it (a family name written first: "Zhao Lijun", then "Zhao").
func (a *articleCtx) lookupShort(x *extractor, w token) *person {
	key := surnameKey(w.Lower)
	if q := a.local[key]; q != nil && spelledAlike(w.Lower, q) {
		return q
	}
	if list := x.people.byLast[key]; len(list) == 1 && spelledAlike(w.Lower, list[0]) {
		return list[0]
	}
	return a.given[key] // nil when unknown or shared
}

// spelledAlike reports whether a single name word is a spelling of the
// last name of q or of an alias: name keys drop vowels, so that
// "Araqchi" meets "Araghchi", but "Marine" must not meet "Mirani". The
// word must open with the same two letters and end with the same letter.
func spelledAlike(word string, q *person) bool {
	w := spellingOf(word)
	for _, name := range append([]string{q.name}, q.aliases...) {
		words := strings.Fields(name)
		if len(words) == 0 {
			continue
		}
		for _, n := range []string{spellingOf(words[len(words)-1]), spellingOf(words[0])} {
			if w == n || len(w) >= 2 && len(n) >= 2 && w[:2] == n[:2] && w[len(w)-1] == n[len(n)-1] {
				return true
			}
		}
	}
	return false
}

// spellingOf folds a name word for spelledAlike: no diacritics or Arabic
// article, and gh, kh, ph opening it written q, k, p ("Ghalibaf" and
// "Qalibaf" meet).
func spellingOf(word string) string {
	w := bareSurname(fold.String(word))
	for _, pair := range [][2]string{{"gh", "q"}, {"kh", "k"}, {"ph", "p"}} {
		if rest, ok := strings.CutPrefix(w, pair[0]); ok {
			return pair[1] + rest
		}
	}
	return w
}

// bareSurname strips the Arabic article joined to a folded last name:
// "al-harthy" → "harthy".
func bareSurname(w string) string {
	for _, article := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "an-", "at-", "az-"} {
		if rest, ok := strings.CutPrefix(w, article); ok && rest != "" {
			return rest
		}
	}
	return w
}

// remember makes a person known to the article by last name.
func (a *articleCtx) remember(q *person) {
	a.local[lastName(q.name)] = q
	for _, alias := range q.aliases {
		a.local[lastName(alias)] = q
	}
	if words := strings.Fields(q.name); len(words) == 2 {
		key := surnameKey(fold.String(words[0]))
		if other, seen := a.given[key]; !seen {
			a.given[key] = q
		} else if other != q {
			a.given[key] = nil // two people share it: neither is meant
		}
	}
}

// findPeople lists the people named in a paragraph, by full or short name.
func (x *extractor) findPeople(a *articleCtx, p *paragraph) {
	p.people = p.people[:0]
	for _, r := range x.nameRuns(p, 0, len(p.words)) {
		r = trimField(p, 0, r)
		if q := a.lookupRun(x, p, r); q != nil {
			a.remember(q)
			p.people = append(p.people, personMention{Start: p.words[r.from].Start, End: p.words[r.to-1].End, person: q})
		}
	}
}

// trimField leaves out of a name run of three words or more the field of
// the office written before it: in "Minister for Railways Omar Saeed
// Khan" the name is "Omar Saeed Khan", but in "a spokesperson for
// Baltic Reefer Lines" the run is a body's name. lo is the first word of the
// sentence or paragraph.
func trimField(p *paragraph, lo int, r nameRun) nameRun {
	inField := r.from-2 >= lo && p.words[r.from-1].is("for", "of") && isPortfolioHolder(p.words[r.from-2].Lower)
	if r.to-r.from >= 3 && inField {
		r.from++
	}
	// "Minister for Petroleum and Natural Gas Suresh Chandra Rao": the
	// field goes on after "and" with words that name fields, not people.
	inField = inField || r.from-3 >= lo && p.words[r.from-1].is("and") && p.portfolioBefore(lo, r.from-2) >= 0
	for inField && r.to-r.from > 2 && (isFieldWord(p.words[r.from].Lower) || isTitleWord(p.words[r.from].Lower)) {
		r.from++
	}
	return r
}

// isFieldWord reports whether w names the field of a ministry's
// portfolio: "Petroleum and Natural Gas", "Mines and Minerals".
func isFieldWord(w string) bool {
	switch w {
	case "natural", "gas", "resources", "affairs", "development", "mines", "minerals", "mineral", "fisheries",
		"welfare", "works", "power", "aviation", "railways", "ports", "shipping", "telecommunications", "sports",
		"youth", "women", "family", "social", "rural", "urban", "fuel", "food", "science", "technology",
		"innovation", "climate", "digital", "investment", "overseas", "pakistanis", "expatriates", "heritage",
		"civil", "cooperation", "integration", "emergencies", "disaster", "management", "relief", "refugees":
		return true
	}
	return false
}

// titleGender returns 'f' or 'm' when a person's titles say which
// ("Ms", "spokeswoman", "Sheikha"; "Mr", "chairman"), else 0.
func titleGender(p *paragraph, titles []title) byte {
	for _, t := range titles {
		for k := t.from; k < t.to; k++ {
			if isPreposition(p.words[k].Lower) {
				break // "researcher at the King Faisal Center": a body's name
			}
			switch p.words[k].Lower {
			case "ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "sheikha", "spokeswoman",
				"chairwoman", "congresswoman", "businesswoman", "queen", "princess":
				return 'f'
			case "mr", "mr.", "sir", "lord", "sheikh", "spokesman", "chairman", "congressman",
				"businessman", "king", "prince", "ayatollah", "emir", "sultan":
				return 'm'
			}
		}
	}
	return 0
}
