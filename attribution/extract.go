package attribution

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

// Extract reads the articles and returns their passages, the statements
// made in them with their speakers, and the known entities plus the
// people, groups and institutions discovered in the text. known is not
// changed. The result depends only on the articles (in order) and known.
//
// Extraction makes two passes: the first finds the people the articles
// introduce with an office ("Turkish Foreign Minister Hakan Fidan"), so
// that the second can attribute statements to them wherever they are
// named, even by last name or in an article read earlier.
func Extract(articles []*corpus.Article, known *entity.Registry) *Result {
	if known == nil {
		known, _ = entity.NewRegistry() // an empty registry cannot fail
	}
	x := &extractor{
		lx:         newLexicon(),
		known:      known,
		people:     newPeople(),
		discovered: map[string]*entity.Entity{},
	}
	ctxs := make([]*articleCtx, len(articles))
	for i, art := range articles {
		ctxs[i] = x.newArticle(art)
		x.discover(ctxs[i])
	}
	res := &Result{Articles: articles}
	for _, a := range ctxs {
		// Short names resolve in reading order: "Dar" is the Dar named
		// last, here or in an article before.
		a.local = map[string]*person{}
		a.given = map[string]*person{}
		for i, p := range a.paras {
			x.findPeople(a, p)
			passage := Passage{Article: a.art, Paragraph: p.Paragraph}
			if !p.Heading {
				passage.Statements = x.attribute(a, i)
			}
			passage.Entities = x.passageEntities(p, passage.Statements)
			res.Statements = append(res.Statements, passage.Statements...)
			res.Passages = append(res.Passages, passage)
		}
	}
	res.Entities = x.registry()
	return res
}

// extractor holds the state of one extraction.
type extractor struct {
	lx     *lexicon
	known  *entity.Registry
	people *people
	// discovered holds the groups and institutions found as speakers.
	discovered map[string]*entity.Entity
}

// articleCtx is what the extractor knows about the article it reads.
type articleCtx struct {
	art   *corpus.Article
	paras []*paragraph
	// local maps a last-name key to the person of that name last named in
	// this article.
	local map[string]*person
	// given maps the first-word key of a two-word name to its person, for
	// names written family name first ("Zhao Lijun" … "Zhao said"); nil
	// when two people of the article share the word.
	given map[string]*person
	// dateline is the country of the article's dateline ("ISLAMABAD:"),
	// and dominant the country it mentions most; either may be empty.
	dateline, dominant string
	// lead is the country the article's first paragraph is about
	// ("QUETTA: Pakistan reopened …"), if it opens with one.
	lead string
	// The most recent speakers, for pronouns: he or she, it, they.
	lastPerson, lastThing, lastGroup *speaker
	// paraIdx is the paragraph being attributed, and lastThingPara the
	// one in which lastThing last spoke.
	paraIdx, lastThingPara int
	// documents maps a document noun ("report", "statement") to the body
	// that last spoke in a sentence naming one, for "the report said".
	documents map[string]*speaker
	// recent are the last few speakers, oldest first.
	recent []*speaker
	// lastDirect is the speaker of the last direct quote, in paragraph
	// lastDirectPara, for a quote that goes on with no attribution.
	lastDirect     *speaker
	lastDirectPara int
	// colonSpeaker is the speaker of a sentence ending in a colon, in
	// paragraph colonPara, for a quotation opening the next paragraph.
	colonSpeaker *speaker
	colonPara    int
}

func (x *extractor) newArticle(art *corpus.Article) *articleCtx {
	a := &articleCtx{art: art, local: map[string]*person{}, given: map[string]*person{}, documents: map[string]*speaker{}}
	counts := map[string]int{}
	var order []string
	for _, cp := range art.Paragraphs {
		p := newParagraph(cp, x.known)
		a.paras = append(a.paras, p)
		for _, m := range p.mentions {
			if e, ok := x.known.Get(m.ID); ok && e.Kind == entity.Country {
				if counts[m.ID] == 0 {
					order = append(order, m.ID)
				}
				counts[m.ID]++
			}
		}
	}
	for _, id := range order {
		if a.dominant == "" || counts[id] > counts[a.dominant] {
			a.dominant = id
		}
	}
	a.dateline = x.dateline(a)
	for _, p := range a.paras {
		if !p.Heading {
			a.lead = x.paragraphSubject(p)
			break
		}
	}
	return a
}

// dateline returns the country of an article's dateline: a first
// paragraph opening with a place in capitals and a colon or dash
// ("ISLAMABAD: Pakistan on Thursday …", "BEIRUT, Lebanon — …").
func (x *extractor) dateline(a *articleCtx) string {
	for _, p := range a.paras {
		if p.Heading {
			continue
		}
		end := datelineMark(p.Text)
		if end <= 0 || end > 40 {
			return ""
		}
		place := strings.TrimSpace(p.Text[:end])
		if i := strings.IndexAny(place, ",("); i > 0 {
			place = strings.TrimSpace(place[:i])
		}
		if !isAcronym(strings.ReplaceAll(place, " ", "")) {
			return ""
		}
		if e, ok := x.known.Resolve(place); ok {
			if e.Kind == entity.Country {
				return e.ID
			}
			return x.top(e.ID)
		}
		return datelineCities[strings.ToLower(place)]
	}
	return ""
}

// contextCountry returns the country a governmental speaker with no
// stated country most likely serves: the subject of its sentence, else
// the subject of its paragraph ("Japan has so far …", "In Tokyo, …"),
// else the dateline's, else the subject of the paragraph before, else
// the subject of the article's first paragraph, else the article's most
// mentioned. A country named as an object
// ("India will keep buying Iranian oil, minister X said") does not count.
//
// hostFirst puts the dateline's country before the paragraph before, for
// a ministry-level office or an unnamed official; an adviser or envoy
// ("adviser to Supreme Leader X") follows the paragraph before, likelier
// about the country they serve than the dateline is.
func (a *articleCtx) contextCountry(x *extractor, paraIdx, sentLo, w int, hostFirst bool) string {
	p := a.paras[paraIdx]
	if id := x.subjectCountry(p, sentLo, w); id != "" {
		return id
	}
	if id := x.paragraphSubject(p); id != "" {
		return id
	}
	// Not Brussels’s European Union: a state's office.
	e, ok := x.known.Get(a.dateline)
	host := ok && e.Kind == entity.Country
	if host && hostFirst {
		// Before the paragraph before: "QUETTA: …" makes a minister with
		// no country Pakistan's, even after a paragraph about Iran.
		return a.dateline
	}
	if paraIdx > 0 {
		if id := x.paragraphSubject(a.paras[paraIdx-1]); id != "" {
			return id
		}
	}
	if host {
		return a.dateline
	}
	return cmp.Or(a.lead, a.dominant)
}

// subjectCountry returns the country that is the subject of the sentence
// starting at word lo, before word w: one that opens it, or opens the
// clause after a comma right before w ("…, and Egypt’s minister X
// said"), or the place it speaks from ("In Tokyo, …"). See
// paragraphSubject.
func (x *extractor) subjectCountry(p *paragraph, lo, w int) string {
	if id := x.subjectAt(p, lo); id != "" {
		return id
	}
	for i := w - 1; i > lo; i-- {
		if p.words[i].Text == "," || p.words[i].Text == ";" {
			if i+1 < w {
				return x.subjectAt(p, i+1)
			}
			break
		}
		if p.words[i].Kind != wordToken {
			break
		}
	}
	return ""
}

// paragraphSubject returns the country a paragraph is about: one that
// opens its first sentence as the subject ("Japan has …", "India, which
// imports …", "China’s …") or as the place it speaks from ("In Tokyo,
// …"). A country named later in the sentence is more often an object
// ("has criticised the U.S. campaign") and does not count.
func (x *extractor) paragraphSubject(p *paragraph) string {
	i := 0
	if end := datelineEnd(p.Text); end > 0 {
		for i < len(p.words) && p.words[i].Start < end {
			i++ // "QUETTA: Pakistan reopened …"
		}
	}
	for i < len(p.words) && p.words[i].Kind != wordToken && !isQuoteMark(p.words[i].Text) {
		i++ // an opening dash
	}
	return x.subjectAt(p, i)
}

// datelineEnd returns the byte offset just past a dateline that opens a
// paragraph ("QUETTA:", "VIENNA (AP) —", "BEIRUT, Lebanon —"), or 0.
func datelineEnd(text string) int {
	end := datelineMark(text)
	if end <= 0 || end > 40 {
		return 0
	}
	place := strings.TrimSpace(text[:end])
	if i := strings.IndexAny(place, ",("); i > 0 {
		place = strings.TrimSpace(place[:i])
	}
	if !isAcronym(strings.ReplaceAll(place, " ", "")) {
		return 0
	}
	_, n := utf8.DecodeRuneInString(text[end:])
	return end + n
}

// datelineMark returns the offset of the first colon or dash in text, a
// spaced hyphen counting as a dash ("DUBAI, May 2 (Reuters) - …"), or -1.
func datelineMark(text string) int {
	end := strings.IndexAny(text, ":—–")
	if h := strings.Index(text, " - "); h >= 0 && (end < 0 || h+1 < end) {
		end = h + 1
	}
	return end
}

// subjectAt returns the country that opens a clause at word i as its
// subject or as the place it speaks from ("In Tokyo, …"), else "".
func (x *extractor) subjectAt(p *paragraph, i int) string {
	if i+1 < len(p.words) && p.words[i].is("in", "from") {
		// "In Tokyo, …": the place must close its phrase with a comma.
		m, ok := p.mentionAt(i + 1)
		if !ok {
			return ""
		}
		end := i + 1
		for end < len(p.words) && p.words[end].Start < m.End {
			end++
		}
		if end < len(p.words) && p.words[end].Text == "," {
			return x.countryAt(p, i+1)
		}
		return ""
	}
	if i < len(p.words) && p.words[i].is("the") {
		i++ // "The Indian government …"
	}
	return x.countryAt(p, i)
}

// countryAt returns the country word i of p names, if any.
func (x *extractor) countryAt(p *paragraph, i int) string {
	m, ok := p.mentionAt(i)
	if !ok {
		return ""
	}
	if e, found := x.known.Get(m.ID); found && e.Kind == entity.Country {
		return e.ID
	}
	return ""
}

// passageEntities lists the entities a paragraph names: known entities,
// people by full or short name, and the groups and institutions that
// speak in it, sorted by ID.
func (x *extractor) passageEntities(p *paragraph, statements []Statement) []string {
	seen := map[string]bool{}
	var ids []string
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, m := range p.mentions {
		add(m.ID)
	}
	for _, pm := range p.people {
		add(pm.person.id)
	}
	for _, s := range statements {
		if _, group := x.discovered[s.SpeakerID]; group && strings.Contains(p.Text, trimThe(s.Speaker)) {
			add(s.SpeakerID)
		}
	}
	sort.Strings(ids)
	return ids
}

// registry returns a clone of the known registry with the discovered
// people, groups and institutions added.
func (x *extractor) registry() *entity.Registry {
	reg := x.known.Clone()
	for _, p := range x.people.order {
		e := entity.Entity{ID: p.id, Name: p.name, Kind: entity.Person, Role: p.role, Affiliation: p.affiliation}
		for _, alias := range append([]string{p.name}, p.aliases...) {
			for _, name := range []string{alias, lastWord(alias)} {
				if name != p.name && !slices.Contains(e.Aliases, name) {
					e.Aliases = append(e.Aliases, name)
				}
			}
		}
		// The registry's own entry, if any, keeps its fields and gains
		// the aliases. Add fails only for an ID the registry holds as
		// another kind; the known entity then stands.
		_ = reg.Add(e)
	}
	ids := make([]string, 0, len(x.discovered))
	for id := range x.discovered {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		_ = reg.Add(*x.discovered[id]) // as above: a known entity stands
	}
	return reg
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
