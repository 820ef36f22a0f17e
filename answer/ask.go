package answer

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
	"github.com/crisisbot/bot/search"
)

// How much a passage owes to each entity the question names: a statement
// by the entity (or by someone who speaks for it) counts most, a mention
// less, and a mention in the passage just before (or the section heading)
// least: a reply often follows the paragraph that says what it replies to.
// A passage that refers back to the entity ("the council", see refersBack)
// or names a person by office ("the Iranian foreign minister", see
// namedByOffice) mentions it.
const (
	weightSpoken    = 2.0
	weightMentioned = 1.0
	weightContext   = 0.5
	// weightRelevance scales topic relevance (0..1) into the score, below
	// a mention's weight, so that the entities asked about rank first.
	weightRelevance = 0.45
	// shareOthers scales the weights of the entities a question about
	// what someone said names after the speaker: they are part of what
	// was said ("What did Russia's spokesman say about the Iran-US
	// tensions?"), so two of them must not outweigh the speaker.
	shareOthers = 0.5
	// sharePaired scales the weights of the countries a question about a
	// fact names as a pair before its topic ("a US-Iran war"): they say
	// which one, and what the question asks may be said without them.
	sharePaired = 0.5
)

// minCoverage is the share of a question's topic words that the best
// passage must contain when the question names no entity; below it the
// answer says that nothing relevant was found.
const minCoverage = 0.34

// candidate is a passage being ranked for a question.
type candidate struct {
	hit search.Hit
	// tier is the entity score (see the weights above); relevance the
	// topic score scaled to 0..1, times subjectBonus when it applies;
	// strength prefers the entity's own words, and direct quotes, when
	// the rest is equal.
	tier, relevance float64
	strength        int
	// topicMatched is whether the passage, or its context (the section
	// heading and the paragraph before it), holds a topic word; a word
	// only in the article's title says what the article is about, not
	// the passage.
	topicMatched bool
	// opens is whether the passage, about a fact, opens with the first
	// entity asked about (see Engine.opensWith): "The European Union
	// also designated…" says what the EU did, when nothing else tells.
	opens bool
	// answersKind is whether the passage holds the kind of answer the
	// question asks for ("how many": a number), when it asks for one.
	answersKind bool
	// order is the passage's place in the corpus, the last tie-breaker.
	order int
}

// Ask answers a question with passages, verbatim and with their sources.
// It finds the entities the question names and its topic words (the rest,
// without question words). When the question asks what someone said or
// thinks, passages where a named entity speaks (itself, or through those
// who speak for it) rank above passages that only mention it; for a
// question about a fact, both count alike. Within a tier, passages that
// hold the kind of answer the question asks for (a number for "how
// many", a time for "when", a place for "where") come first, then
// passages are ordered by topic relevance (BM25, phrases, synonyms). A
// question that names something the corpus does not know, or whose topic
// no passage matches, gets a Notice and no passages rather than
// unrelated text.
func (e *Engine) Ask(ctx context.Context, text string, page Page) (*Answer, error) {
	q := e.vocabulary.parseQuestion(e.entities, text)
	e.resolveRole(&q)
	e.dropAbsentGuesses(&q)
	e.dropQualifiers(&q)
	e.replaceDoubted(&q)
	e.markGuesses(&q)
	e.swapTransposed(&q)
	outlet := e.takeOutlet(&q)
	heads := e.byHead(&q)
	office, country := e.vacantOffice(q)
	var vacant string // an office no passage names, a detail of a claim
	if office != "" && q.doubtsDetail(country) {
		// "Merz said it next to the Polish PM, right?": a detail of the
		// claim checked, which the answer says is not in the corpus.
		vacant = office
		q.entities = slices.DeleteFunc(q.entities, func(en *entity.Entity) bool { return en.ID == country })
	}
	ans := &Answer{Question: text, Entities: []EntityRef{}, Results: []Result{}}
	var ids []string
	var absent []string
	for _, en := range q.entities {
		ids = append(ids, en.ID)
		if slices.ContainsFunc(ans.Entities, func(r EntityRef) bool { return r.ID == en.ID }) {
			continue // named, and named again by an office ("UN secretary general guterres")
		}
		ans.Entities = append(ans.Entities, ref(en))
		if e.absent(en.ID) {
			absent = append(absent, en.Name)
		}
	}
	if office != "" && vacant == "" {
		// "what has the israeli PM said…": no passage names the person
		// asked about, though passages name the country.
		ans.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", office)
		return ans, nil
	}
	var alternatives []string
	if len(absent) > 0 {
		alternatives = e.absentAlternatives(&q)
		if len(alternatives) < len(absent) {
			ans.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", joinNames(absent))
			return ans, nil
		}
		// "was it Peskov or Lavrov who said…": what Peskov said, and
		// that no passage mentions Lavrov.
		ids = slices.DeleteFunc(ids, e.absent)
		ans.Entities = slices.DeleteFunc(ans.Entities, func(r EntityRef) bool { return e.absent(r.ID) })
	}
	if len(ids) > 0 && len(q.destinations) == len(q.entities) && strings.TrimSpace(q.topic) != "" {
		// "Where was the Abraham Lincoln before it was sent toward
		// Iran?": where it was sent places the ship, and the passages
		// about the ship, which need not name Iran, are searched by its
		// words alone.
		q.entities, ids = nil, nil
	}
	if len(ids) == 0 && strings.TrimSpace(q.topic) == "" {
		ans.Notice = "The question names no country, organisation or person, and no topic to search for."
		return ans, nil
	}
	filter := slices.Clone(ids)
	for _, h := range heads {
		filter = append(filter, h.part.Affiliation) // its parent's passages
	}
	for _, en := range q.entities {
		filter = append(filter, e.members[en.ID]...)
		if e.partOf(q, en) != "" {
			filter = append(filter, en.Affiliation)
		}
	}
	if q.settingOnly() || len(q.guesses) == len(q.entities) && len(q.guesses) > 0 {
		// "Was it the IRGC that announced the new drones?": whoever it
		// was, the passages that say so.
		filter = nil
	}
	resp, err := e.idx.Search(ctx, search.Request{Words: q.topic, Entities: filter, Limit: search.MaxLimit, WithoutPassages: true})
	if err != nil {
		return nil, fmt.Errorf("ask %q: %w", text, err)
	}
	if err := e.attachPassages(resp.Hits); err != nil {
		return nil, fmt.Errorf("ask %q: %w", text, err)
	}
	ranked := e.rank(q, resp)
	if outlet != "" {
		ranked = slices.DeleteFunc(ranked, func(c candidate) bool { return outletKey(c.hit.Passage.Article.Outlet) != outlet })
		if len(ranked) == 0 {
			ans.Notice = fmt.Sprintf("Nothing that %s published in the corpus matches the question.", e.outlets[outlet])
			return ans, nil
		}
	}
	for _, h := range heads {
		if slices.ContainsFunc(h.terms, func(t string) bool { return slices.Contains(resp.Unknown, t) }) ||
			!slices.ContainsFunc(ranked, func(c candidate) bool { return h.namedIn(c.hit) }) {
			ans.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", h.part.Name)
			return ans, nil
		}
	}
	var spelt []string
	if unknown := e.unknownNames(q, resp, ranked); len(unknown) > 0 {
		// "Rufo or Rufeau": a second spelling of a name passages mention
		// is said to be unknown, and the answer is about the first.
		// A name the question doubts ("Was it Wang Yi who…") is said to be
		// unknown, and the answer is about the rest.
		others := slices.DeleteFunc(slices.Clone(unknown), func(n string) bool { return e.orNamed(q, n) || doubtedName(q, n) })
		if len(others) > 0 {
			ans.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", joinNames(unknown))
			return ans, nil
		}
		spelt = unknown
	}
	if len(ids) == 0 {
		ranked = e.relevantOnly(ranked, resp)
		if len(ranked) == 0 {
			ans.Notice = fmt.Sprintf("Nothing in the corpus matches %q.", q.topic)
			return ans, nil
		}
	} else {
		ans.Notice = e.entityNotice(q, ranked, len(resp.Terms) > 0 && !(q.aboutSpeech && e.speechOnly(resp.Terms)))
		if missed := e.guessesMissed(q, ranked); len(missed) > 0 {
			// "Was it the IRGC that announced the new drones?": the army
			// did, and the answer says that the first passage names no
			// IRGC, not that the IRGC said nothing.
			ans.Notice = fmt.Sprintf("The first passage does not name %s.", joinNames(missed))
		}
		if len(resp.Terms) > 0 && !q.aboutSpeech && !anyTopicMatched(ranked) && len(q.entities) > 1 {
			// A question about a fact that no passage about the entities
			// mentions: passages that merely name one of them would be
			// padding; those that name them all may still answer it. Of
			// a single entity, the passages about it are listed, as the
			// notice says ("hegseth readiness").
			ranked = e.namingAll(ranked, q.entities)
		}
	}
	if len(q.swapped) > 0 && (len(resp.Terms) == 0 || !anyTopicMatched(ranked)) {
		// Only what else the question asks makes the entity spelt alike
		// the one meant.
		var absent []string
		for _, s := range q.swapped {
			absent = append(absent, s.from.Name)
			if k := slices.IndexFunc(ans.Entities, func(r EntityRef) bool { return r.ID == s.to.ID }); k >= 0 {
				ans.Entities[k] = ref(s.from)
			}
		}
		ans.Notice = fmt.Sprintf("No passage in the corpus mentions %s.", joinNames(absent))
		return ans, nil
	}
	for _, s := range q.swapped {
		about := s.to.Name
		if s.spelt != s.to.Name {
			about = fmt.Sprintf("%s (%s)", s.spelt, s.to.Name)
		}
		ans.prependNotice("No passage in the corpus mentions %s; these passages are about %s, a name spelt alike.", s.from.Name, about)
	}
	for _, m := range q.misnamed {
		who := m.holder.Name
		if m.holder.Role != "" {
			who += " (" + m.holder.Role
			if country, ok := e.entities.Get(m.holder.Affiliation); ok {
				who += ", " + country.Name
			}
			who += ")"
		}
		ans.prependNotice("No passage in the corpus mentions %s; these passages are about %s, who holds the office the question names.", m.name, who)
	}
	for _, d := range q.doubted {
		ans.prependNotice("No passage in the corpus mentions %s; these passages are about whom %s speaks for: %s.", d.from.Name, d.from.Name, d.to.Name)
	}
	for _, b := range q.broadened {
		ans.prependNotice("No passage in the corpus mentions %s; these passages are about what it is part of: %s.", b.from.Name, b.to.Name)
	}
	for _, h := range heads {
		ans.prependNotice("No passage mentions %s by name; these passages were searched for %q instead.", h.part.Name, strings.Join(h.words, " "))
	}
	if vacant != "" {
		alternatives = append(alternatives, vacant)
	}
	if alternatives = append(alternatives, spelt...); len(alternatives) > 0 {
		ans.prependNotice("No passage in the corpus mentions %s.", joinNames(alternatives))
	}
	start, end := page.window(len(ranked))
	ans.Offset, ans.Total = start, len(ranked)
	for _, c := range ranked[start:end] {
		ans.Results = append(ans.Results, e.result(c, ids))
	}
	return ans, nil
}

// orNamed reports whether the question names name as the alternative to
// an entity that passages mention, joined by "or": "Rufo or Rufeau".
func (e *Engine) orNamed(q question, name string) bool {
	at := strings.Index(q.text, name)
	if at < 0 {
		return false
	}
	return slices.ContainsFunc(q.entities, func(en *entity.Entity) bool {
		span, ok := q.spans[en.ID]
		if !ok || e.absent(en.ID) {
			return false
		}
		return orJoined(q.text, span, [2]int{at, at + len(name)})
	})
}

// orJoined reports whether the stretches a and b of text, in either
// order, are joined by "or", after a possessive of the first or not:
// "Rufo or Rufeau", "Oman's or Kuwait's".
func orJoined(text string, a, b [2]int) bool {
	if b[0] < a[0] {
		a, b = b, a
	}
	if a[1] > b[0] {
		return false
	}
	between := text[a[1]:b[0]]
	between = between[len(possessiveAfter(between)):]
	return strings.TrimSpace(fold.String(between)) == "or"
}

// absentAlternatives removes from q the entities that no passage
// mentions and that the question names as the alternative to one that a
// passage does ("Peskov or Lavrov", "Lavrov or Peskov"), or as a detail
// of a claim it checks (see question.doubtsDetail), and returns their
// names; the others stay.
func (e *Engine) absentAlternatives(q *question) []string {
	alternative := func(a *entity.Entity) bool {
		sa, ok := q.spans[a.ID]
		return ok && slices.ContainsFunc(q.entities, func(p *entity.Entity) bool {
			sp, ok := q.spans[p.ID]
			return ok && !e.absent(p.ID) && orJoined(q.text, sa, sp)
		})
	}
	detail := map[string]bool{}
	for _, en := range q.entities {
		// "next to the Polish PM, right?": a detail of a claim checked.
		detail[en.ID] = q.doubtsDetail(en.ID)
	}
	var names []string
	q.entities = slices.DeleteFunc(q.entities, func(en *entity.Entity) bool {
		if e.absent(en.ID) && (alternative(en) || detail[en.ID]) {
			names = append(names, en.Name)
			return true
		}
		return false
	})
	return names
}

// alternatives returns, for each entity that q names as one of two or
// more joined by "or" ("Oman's or Kuwait's", "Peskov or Lavrov"), the ID
// of the first of them; a passage about any one answers.
func alternatives(q question) map[string]string {
	var out map[string]string
	for _, a := range q.entities {
		sa, ok := q.spans[a.ID]
		if !ok {
			continue
		}
		for _, b := range q.entities {
			sb, ok := q.spans[b.ID]
			if !ok || sb[0] < sa[1] {
				continue
			}
			if !orJoined(q.text, sa, sb) || slices.Contains(wordsBefore(q.text[:sa[0]], 1), "with") {
				continue // "Sharif with Pezeshkian or Dar with Araghchi": two calls
			}
			if out == nil {
				out = map[string]string{}
			}
			first := a.ID
			if f, ok := out[a.ID]; ok {
				first = f
			}
			out[a.ID], out[b.ID] = first, first
		}
	}
	return out
}

// prependNotice puts a sentence, formatted, before the answer's notice:
// what the answer stands for comes before what it found.
func (a *Answer) prependNotice(format string, args ...any) {
	a.Notice = strings.TrimSpace(fmt.Sprintf(format, args...) + " " + a.Notice)
}

// absent reports whether no passage mentions the entity id and no
// statement is by it.
func (e *Engine) absent(id string) bool {
	return e.mentioned[id] == 0 && e.spoken[id] == 0
}

// headed is an organisation that no passage names, asked about by a
// question, with the head words of its name that passages about its
// parent may use for it: "The Council said…" for the Council of the
// European Union.
type headed struct {
	part *entity.Entity
	// words are the words of part's name not in its parent's
	// ("Council"), terms their index terms.
	words, terms []string
}

// namedIn reports whether a hit holds all of h's head terms itself.
func (h headed) namedIn(hit search.Hit) bool {
	for _, t := range h.terms {
		if !slices.Contains(hit.Matched, t) {
			return false
		}
	}
	return true
}

// byHead replaces in q each organisation that no passage mentions, but
// whose parent (its affiliation) passages do, by the head words of its
// name, searched as topic words among the parent's passages: "the EU
// council" is "council" among the EU's; but an organisation a question
// about what someone said names after the speaker is what was said to or
// of, and is replaced by its parent (q.broadened). It returns what it
// replaced by head words. Ask
// searches among the parents' passages, and checks that some passage
// holds the head words themselves, not words a few letters from them, or
// says, as for any entity no passage mentions, that none does.
func (e *Engine) byHead(q *question) (heads []headed) {
	for i := 0; i < len(q.entities); i++ {
		en := q.entities[i]
		if en.Kind != entity.Organisation || !e.absent(en.ID) || en.Affiliation == "" || e.absent(en.Affiliation) {
			continue
		}
		whole, ok := e.entities.Get(en.Affiliation)
		if !ok {
			continue
		}
		if q.aboutSpeech && i > 0 || seatOf(en, whole) {
			// "What did Beijing tell the UN Security Council?": what was
			// told the whole, of which the part is named by none. "The
			// White House" is also a seat of the US: what the US said.
			q.broadened = append(q.broadened, swap{from: en, to: whole})
			if q.putInPlace(i, whole) {
				i--
			}
			continue
		}
		own := map[string]bool{}
		for _, n := range append([]string{whole.Name}, whole.Aliases...) {
			for _, w := range splitWords(n) {
				own[fold.String(w)] = true
			}
		}
		h := headed{part: en}
		for _, w := range splitWords(en.Name) {
			if own[fold.String(w)] {
				continue
			}
			if terms := e.idx.Terms(w); len(terms) > 0 {
				h.words = append(h.words, w)
				h.terms = append(h.terms, terms...)
			}
		}
		if len(h.terms) == 0 {
			continue
		}
		heads = append(heads, h)
		if q.aboutSpeech && i == 0 {
			// "the EU Council's stated justification": the council
			// speaks, searched by its words, not the entity named next.
			q.othersSpeak = true
		}
		q.topic = strings.TrimSpace(q.topic + " " + strings.Join(h.words, " "))
		q.entities = slices.Delete(q.entities, i, i+1)
		i--
	}
	return heads
}

// putInPlace puts whole in place of the ith entity of q, named where it
// was, or removes that entity when q names whole already; it reports
// whether it removed it.
func (q *question) putInPlace(i int, whole *entity.Entity) (removed bool) {
	if slices.Contains(q.entities, whole) {
		q.entities = slices.Delete(q.entities, i, i+1)
		return true
	}
	if span, ok := q.spans[q.entities[i].ID]; ok {
		if _, named := q.spans[whole.ID]; !named {
			q.spans[whole.ID] = span
		}
	}
	q.entities[i] = whole
	return false
}

// seatOf reports whether the name of part is also a seat of whole, as
// "the White House" stands for the US.
func seatOf(part, whole *entity.Entity) bool {
	return slices.ContainsFunc(whole.Seats, func(s string) bool {
		return fold.String(strings.TrimPrefix(s, "the ")) == fold.String(part.Name)
	})
}

// vacantOffice returns the office a question names just after a country
// ("the israeli PM", "Israel's prime minister") when no person in the
// corpus speaks for that country and no passage about it names the
// office, as "Israel's prime minister", and the country's ID; or "".
func (e *Engine) vacantOffice(q question) (office, country string) {
	if len(q.names) > 0 {
		return "", "" // "Israeli Prime Minister Netanyahu": the name says more
	}
	for _, en := range q.entities {
		span, ok := q.spans[en.ID]
		if en.Kind != entity.Country || !ok || len(e.people[en.ID]) > 0 {
			// Someone who speaks for the country may hold the office in
			// other words ("its top diplomat, Badr Abdelatty").
			continue
		}
		after := q.text[span[1]:]
		after = after[len(possessiveAfter(after)):]
		var words []string
		for _, w := range splitWords(opening(after, 2)) {
			f := bareWord(w)
			if o := e.vocabulary.offices[f]; o != nil {
				words = append(words, o...)
			} else {
				words = append(words, f)
			}
		}
		for _, office := range headOffices {
			o := strings.Fields(office)
			if len(words) >= len(o) && slices.Equal(words[:len(o)], o) && !e.namesOffice(en.ID, office) {
				return fmt.Sprintf("%s’s %s", en.Name, office), en.ID
			}
		}
	}
	return "", ""
}

// namesOffice reports whether a passage that mentions the entity id also
// names the office: then its holder may be there, known to the corpus or
// not ("Egypt’s Foreign Minister Badr Abdelatty").
func (e *Engine) namesOffice(id, office string) bool {
	for i := range e.res.Passages {
		p := &e.res.Passages[i]
		if e.mentions(p.Entities, id) && strings.Contains(fold.String(p.Paragraph.Text), office) {
			return true
		}
	}
	return false
}

// headOffices are the offices of a country's leaders that vacantOffice
// looks for after its name, when no passage about the country names
// them (see namesOffice).
var headOffices = []string{"prime minister", "foreign minister", "president", "chancellor", "king", "crown prince", "supreme leader", "defence minister", "defense minister"}

// takeOutlet removes from q the entity or unknown name that is the outlet
// of articles in the corpus ("according to Press TV", "what did FactNerve
// report about…"), and returns its outletKey, or "" when q names none.
// Such a question asks what the outlet published, not what passages say
// of it: none may mention it.
func (e *Engine) takeOutlet(q *question) string {
	for i, en := range q.entities {
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			if k := outletKey(n); e.outlets[k] != "" {
				q.entities = slices.Delete(q.entities, i, i+1)
				if span, ok := q.spans[en.ID]; ok {
					e.outletReports(q, span)
				}
				return k
			}
		}
	}
	for i, n := range q.names {
		if k := outletKey(n); e.outlets[k] != "" {
			q.names = slices.Delete(q.names, i, i+1)
			nameWords := strings.Fields(n)
			q.topic = strings.Join(slices.DeleteFunc(strings.Fields(q.topic), func(w string) bool {
				return slices.ContainsFunc(nameWords, func(nw string) bool { return outletKey(nw) == outletKey(w) })
			}), " ")
			return k
		}
	}
	// In lower case: "what did factnerve report", "press tv on the drones";
	// or with a question word in it: "according to WE News English".
	words := strings.Fields(q.topic)
	for i := range words {
		for n := 1; n <= 2 && i+n <= len(words); n++ {
			if k := outletKey(strings.Join(words[i:i+n], "")); e.outlets[k] != "" {
				q.topic = strings.Join(slices.Delete(words, i, i+n), " ")
				return k
			}
		}
	}
	written := splitWords(q.text)
	for i := range written {
		for n := 2; n <= 3 && i+n <= len(written); n++ {
			if k := outletKey(strings.Join(written[i:i+n], "")); e.outlets[k] != "" {
				name := written[i : i+n]
				q.topic = strings.Join(slices.DeleteFunc(words, func(w string) bool { return slices.Contains(name, w) }), " ")
				return k
			}
		}
	}
	return ""
}

// outletReports takes the word of reporting right after an outlet named
// at span for no word of saying of the question: "Press TV says
// Araghchi called Kuwait's new foreign minister — who is he?" asks who
// he is, unless another word of saying asks what someone said.
func (e *Engine) outletReports(q *question, span [2]int) {
	next := splitWords(q.text[span[1]:])
	if len(next) == 0 || !reportingVerbs[fold.String(next[0])] {
		return
	}
	n := 0
	for _, w := range splitWords(q.text) {
		if e.vocabulary.isSpeech(fold.String(w)) {
			n++
		}
	}
	if n == 1 {
		q.aboutSpeech = false
	}
}

// reportingVerbs are what an outlet does with the news: "Press TV says…".
var reportingVerbs = map[string]bool{
	"says": true, "said": true, "reports": true, "reported": true, "writes": true, "wrote": true, "claims": true, "claimed": true,
}

// outletKey is an outlet's name folded, without spaces or punctuation:
// "Press TV" and "PressTV" are one outlet.
func outletKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, fold.String(name))
}

// namesOther reports whether the passage names one of the people or
// organisations among entities: what someone said to a person the
// question names ("What did Araghchi say to the Qatari PM?"), or of an
// organisation ("Araghchi's response to Europe's move"), is on its
// topic, whatever its words. A country does not count: nearly all that
// is said in the crisis names Iran or the US. Nor does the speaker, named
// again by an office ("Pakistan's Dar" is Dar twice).
func (e *Engine) namesOther(p attribution.Passage, speaker *entity.Entity, entities []*entity.Entity) bool {
	return slices.ContainsFunc(entities, func(en *entity.Entity) bool {
		return en.Kind != entity.Country && en.ID != speaker.ID && slices.Contains(p.Entities, en.ID)
	})
}

// partOf returns, for a question about a fact, the country of an
// organisation it names, whose passages may answer it a little: "the US
// fleet of warships" for a question about the US Navy. A question about
// what the organisation said is not answered by its country's words.
func (e *Engine) partOf(q question, en *entity.Entity) string {
	if q.aboutSpeech || en.Kind != entity.Organisation || en.Affiliation == "" {
		return ""
	}
	if parent, ok := e.entities.Get(en.Affiliation); !ok || parent.Kind != entity.Country {
		return ""
	}
	return en.Affiliation
}

// dropAbsentGuesses drops from a question the entities that it names only
// by a misspelling and that no passage mentions, when it names others that
// passages do and the guess is likely wrong: a word of fewer than
// minSureGuess letters ("bein ready" is not Benin), a word next to the
// name of a person passages mention ("shabaz sharif" is not Shin Bet's
// Hebrew name "Shabak"), or a word as like the name of an entity that
// passages mention. Other guesses stand: "brazl position iran" asks
// about Brazil, which no passage mentions, and gets no passages.
func (e *Engine) dropAbsentGuesses(q *question) {
	absent := func(en *entity.Entity) bool { return e.absent(en.ID) }
	present := slices.ContainsFunc(q.entities, func(en *entity.Entity) bool { return !absent(en) })
	if !present || len(q.guessed) == 0 {
		return
	}
	q.entities = slices.DeleteFunc(q.entities, func(en *entity.Entity) bool {
		if !q.guessed[en.ID] || !absent(en) {
			return false
		}
		span := q.spans[en.ID]
		written := q.text[span[0]:span[1]]
		if utf8.RuneCountInString(written) < minSureGuess {
			return true
		}
		for _, other := range q.entities {
			o := q.spans[other.ID]
			if other.Kind != entity.Person || absent(other) {
				continue
			}
			if o[0] >= span[1] && strings.TrimSpace(q.text[span[1]:o[0]]) == "" || o[1] <= span[0] && strings.TrimSpace(q.text[o[1]:span[0]]) == "" {
				return true
			}
		}
		return slices.ContainsFunc(e.entities.Suggest(written, maxGuessRivals), func(s *entity.Entity) bool { return s.ID != en.ID && !absent(s) })
	})
}

// minSureGuess is the fewest letters of a misspelt name that is taken for
// an entity no passage mentions when the question names others.
const minSureGuess = 5

// maxGuessRivals bounds the entities dropAbsentGuesses asks Suggest for.
const maxGuessRivals = 5

// dropQualifiers drops from q each person no passage mentions who is
// named just before or just after a person passages do mention and who
// speaks for the same country or organisation: "Putin's guy Peskov" and
// "Peskov, the spokesman of Russian president" ask about Peskov. Words
// of saying between them make two people asked about ("what did Peskov
// say about Putin").
func (e *Engine) dropQualifiers(q *question) {
	q.entities = slices.DeleteFunc(q.entities, func(a *entity.Entity) bool {
		if a.Kind != entity.Person || a.Affiliation == "" || !e.absent(a.ID) {
			return false
		}
		return slices.ContainsFunc(q.entities, func(p *entity.Entity) bool {
			if p.Kind != entity.Person || p.Affiliation != a.Affiliation || e.absent(p.ID) {
				return false
			}
			from, to := q.spans[a.ID][1], q.spans[p.ID][0]
			if from > to {
				from, to = q.spans[p.ID][1], q.spans[a.ID][0]
			}
			if from > to {
				return false
			}
			between := splitWords(q.text[from:to])
			return len(between) <= maxQualifierWords && !slices.ContainsFunc(between, func(w string) bool {
				f := fold.String(w)
				return e.vocabulary.conjunctions[f] || e.vocabulary.question[f] || e.vocabulary.speech[f]
			})
		})
	})
}

// maxQualifierWords bounds the words between a qualifying name and the
// name it qualifies ("Putin’s press guy Peskov").
const maxQualifierWords = 3

// swapTransposed replaces each entity of q that no passage mentions by
// one that passages do whose name is the same letters with two
// neighbours swapped: "UNHCR", the refugee agency, is a common slip for
// "UNHRC", the Human Rights Council. Only a name of four letters or more
// found exactly, not by fuzzy matching, is swapped, so that the answer
// is never about a guess of a guess; the answer says so (q.swapped).
func (e *Engine) swapTransposed(q *question) {
	for i, en := range q.entities {
		span := q.spans[en.ID]
		named := []rune(q.text[span[0]:span[1]])
		if len(named) < 4 || q.guessed[en.ID] || !e.absent(en.ID) {
			continue
		}
		for k := 0; k+1 < len(named); k++ {
			if named[k] == named[k+1] {
				continue
			}
			alike := slices.Clone(named)
			alike[k], alike[k+1] = alike[k+1], alike[k]
			other := e.exactly(string(alike))
			if other == nil || other.ID == en.ID || e.absent(other.ID) || slices.Contains(q.entities, other) {
				continue
			}
			q.swapped = append(q.swapped, swap{from: en, to: other, spelt: spelling(other, string(alike))})
			q.entities[i] = other
			break
		}
	}
}

// spelling returns the entity's name or alias that folds to the same as
// written ("UNHRC" for "unhrc"), or written itself.
func spelling(en *entity.Entity, written string) string {
	key := fold.String(written)
	for _, n := range slices.Concat([]string{en.Name}, en.Aliases) {
		if fold.String(n) == key {
			return n
		}
	}
	return written
}

// exactly returns the entity whose name or alias is the whole of name,
// not a misspelling of it, or nil.
func (e *Engine) exactly(name string) *entity.Entity {
	ms := e.entities.FindInQuery(name)
	if len(ms) != 1 || ms[0].Fuzzy || ms[0].Start != 0 || ms[0].End != len(name) {
		return nil
	}
	en, _ := e.entities.Get(ms[0].ID)
	return en
}

// attachPassages sets the passage of each hit of a search made
// WithoutPassages from the engine's own passages, which the index was
// built from: cheaper than loading and decoding the stored copy.
func (e *Engine) attachPassages(hits []search.Hit) error {
	for k := range hits {
		i, ok := e.byID[hits[k].ID]
		if !ok {
			return fmt.Errorf("hit %s is no passage of the corpus", hits[k].ID)
		}
		hits[k].Passage = e.res.Passages[i]
	}
	return nil
}

// unknownNames are the capitalised names of a question (see question.names)
// none of whose words is in the corpus, not even approximately: "Kim Jong"
// in "What did Kim Jong Un say?". An answer about them would be padding.
// A single common English word is no name.
func (e *Engine) unknownNames(q question, resp *search.Response, ranked []candidate) []string {
	if len(q.names) == 0 {
		return nil
	}
	matched := map[string]bool{}
	for _, c := range ranked {
		for _, t := range c.hit.Matched {
			matched[t] = true
		}
		for _, t := range slices.Concat(c.hit.InContext, c.hit.InTitle) {
			matched[t] = true
		}
	}
	var out []string
	for _, name := range q.names {
		if !strings.Contains(name, " ") && e.idx.IsWord(name) {
			continue // "Date of the talks?": a word, capitalised
		}
		if e.vocabulary.expertsOnly(name) {
			continue // "did any academic weigh in…": the experts, as such
		}
		if spellsPartOf(name, q.entities) {
			continue // "Muhammad" of "Muhammad bin Salman": Mohammed's
		}
		isKnown := func(t string) bool { return !slices.Contains(resp.Unknown, t) || matched[t] }
		terms := e.idx.Terms(name)
		known := len(terms) == 0 || slices.ContainsFunc(terms, isKnown)
		// A word of the name of four letters or more that is no common
		// word, nor a misspelling of the name of an entity of the corpus,
		// names it: "Prime Minister Netanyahu" is unknown though "prime
		// minister" is not, but "Amir Hatami" is "Amir Hamati".
		for _, w := range splitWords(name) {
			if utf8.RuneCountInString(w) >= 4 && !e.idx.IsWord(w) && !spelledLike(fold.String(w), e.presentWords) &&
				slices.ContainsFunc(e.idx.Terms(w), func(t string) bool { return !isKnown(t) }) {
				known = false
			}
		}
		if !known {
			out = append(out, name)
		}
	}
	return out
}

// spellsPartOf reports whether every word of name is, spelt another way,
// a word of the name or an alias of one of the entities (see spelledLike):
// "Muhammad" for "Mohammed" in "Muhammad bin Salman", whose "bin Salman"
// found him. Such a name is part of an entity found, however the rest
// was spelt.
func spellsPartOf(name string, entities []*entity.Entity) bool {
	words := strings.Fields(fold.String(name))
	known := nameWords(entities)
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !spelledLike(w, known) })
}

// nameWords returns the folded words, of minNameWord letters or more, of
// the names and aliases of entities, each once.
func nameWords(entities []*entity.Entity) []string {
	var out []string
	for _, en := range entities {
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			for _, nw := range strings.Fields(fold.String(n)) {
				if utf8.RuneCountInString(nw) >= minNameWord {
					out = append(out, nw)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// spelledLike reports whether the folded word w is one of words spelt
// another way: within two edits of it and starting with the same letter.
func spelledLike(w string, words []string) bool {
	return slices.ContainsFunc(words, func(nw string) bool { return w[0] == nw[0] && entity.WithinEdits(w, nw, 2) })
}

// minNameWord is the shortest word of an entity's name that spellsPartOf
// compares: shorter ones ("bin", "al") are too easily two edits away.
const minNameWord = 5

// searchedWords returns the words of topic that are searched, without
// the stop words the index drops ("in at the over the blacklisting" is
// "blacklisting"), for a notice to quote.
func (e *Engine) searchedWords(topic string) string {
	words := strings.Fields(topic)
	return strings.Join(slices.DeleteFunc(words, func(w string) bool { return len(e.idx.Terms(w)) == 0 }), " ")
}

// entityNotice explains an answer about named entities that is not what
// was asked for: no passage matches the topic words, or the question asks
// what they said and none of them said anything.
func (e *Engine) entityNotice(q question, ranked []candidate, topical bool) string {
	who := joinNames(names(q.entities))
	if topical && !anyTopicMatched(ranked) {
		if !q.aboutSpeech && len(q.entities) > 1 {
			return fmt.Sprintf("No passage about %s mentions %q.", who, e.searchedWords(q.topic))
		}
		return fmt.Sprintf("No passage about %s mentions %q; these are the passages about %s.", who, e.searchedWords(q.topic), who)
	}
	if !q.aboutSpeech {
		return ""
	}
	for _, en := range q.entities {
		if len(e.statementsBy[en.ID]) > 0 {
			return ""
		}
	}
	return fmt.Sprintf("No statement by %s is in the corpus; these passages mention them.", who)
}

// namingAll keeps the candidates that mention every one of two or more
// entities; none for a single entity.
func (e *Engine) namingAll(ranked []candidate, entities []*entity.Entity) []candidate {
	if len(entities) < 2 {
		return nil
	}
	var out []candidate
	for _, c := range ranked {
		all := true
		for _, en := range entities {
			all = all && (spokenBy(c.hit.Passage, en.ID) || e.mentions(c.hit.Passage.Entities, en.ID))
		}
		if all {
			out = append(out, c)
		}
	}
	return out
}

// speechOnly reports whether the question's search terms are all words
// of saying ("China's declaration at the UN"): they say how an entity
// spoke, not what about, and its statements answer the question whether
// or not they use them.
func (e *Engine) speechOnly(terms []string) bool {
	return !slices.ContainsFunc(terms, func(t string) bool { return !e.speechTerms[t] })
}

// anyTopicMatched reports whether a candidate contains a topic word.
func anyTopicMatched(ranked []candidate) bool {
	for _, c := range ranked {
		if c.topicMatched {
			return true
		}
	}
	return false
}

// rank scores and orders the hits of a search for a question.
func (e *Engine) rank(q question, resp *search.Response) []candidate {
	best := 0.0
	for _, h := range resp.Hits {
		best = max(best, h.Score)
	}
	out := make([]candidate, 0, len(resp.Hits))
	for _, h := range resp.Hits {
		out = append(out, candidate{hit: h, order: e.byID[h.ID], topicMatched: len(h.Matched)+len(h.InContext) > 0})
	}
	quoted := e.quotedTerms(q, resp.Terms)
	if need := quotedNeeded(quoted, len(splitWords(q.quoted)), out); need > 0 {
		// "Did Dar really condemn \"terrorism\"?": a passage without the
		// word checked is not on the topic.
		for k := range out {
			out[k].topicMatched = quotedIn(quoted, out[k].hit) >= need
		}
	} else {
		quoted = nil
	}
	topical := anyTopicMatched(out)
	// When no passage about the first entity is on the topic, what it
	// said is still the nearest answer to "What did China say about a
	// strike?", before passages that only mention it.
	onTopic := len(q.entities) > 0 && slices.ContainsFunc(out, func(c candidate) bool {
		return c.topicMatched && (spokenBy(c.hit.Passage, q.entities[0].ID) || e.mentions(c.hit.Passage.Entities, q.entities[0].ID))
	})
	// Statements of the entity count as on a topic of words of saying
	// alone.
	speechOnly := e.speechOnly(resp.Terms)
	to, told := addressee(q), toldCountry(q)
	setting := q.settingOnly()
	known := slices.Concat(q.knownPlaces, q.knownTimes)
	asked := e.guessedTerms(q, resp.Terms)
	either := alternatives(q)
	for k := range out {
		c, h := &out[k], out[k].hit
		if best > 0 && c.topicMatched {
			c.relevance = relevance(h, best, len(resp.Terms))
			if text := h.Passage.Paragraph.Text; !q.aboutSpeech && e.opensWith(text, q.entities) {
				c.relevance *= subjectBonus
				if opens := len(opening(text, openingWords)); slices.ContainsFunc(h.HighlightsIn(text), func(s search.Span) bool { return s.Start < opens }) {
					// "The European Union also designated…": what the
					// question asks it did, at once.
					c.relevance *= actionBonus
				}
			}
		}
		c.opens = !q.aboutSpeech && len(q.entities) > 0 && e.opensWith(h.Passage.Paragraph.Text, q.entities[:1])
		if q.kind == identityKind {
			c.answersKind = len(q.entities) > 0 && introduces(h.Passage.Paragraph.Text, q.entities[0])
		} else {
			c.answersKind = q.kind != anyKind && (c.topicMatched || !topical) && e.vocabulary.holds(e.entities, q.kind, h.Passage.Paragraph.Text, known)
			if q.kind == timeKind && !c.answersKind && slices.Contains(q.words, "last") && (c.topicMatched || !topical) {
				// "When was the last time they negotiated directly?":
				// "stalled for nearly a decade" says when, by how long.
				c.answersKind = e.vocabulary.holds(e.entities, durationKind, h.Passage.Paragraph.Text, q.knownPlaces)
			}
		}
		// "What did Araghchi tell the Omani foreign minister?": his words
		// to the person he told are where that person is.
		addressed := to == "" || e.mentions(h.Passage.Entities, to) || e.refersBack(c.order, to) || e.contextMentions(c.order, to)
		// "What did Iran say to Oman?": what it said where Oman is, or
		// the Sultanate after a paragraph naming Oman, is on the topic.
		namesTold := told != "" && (e.mentions(h.Passage.Entities, told) || e.contextMentions(c.order, told))
		best := map[string]float64{} // of each entity's alternatives
		for i, en := range q.entities {
			w := 0.0
			switch {
			case spokenBy(h.Passage, en.ID) && q.aboutSpeech && i == 0 && !q.othersSpeak && addressed && (c.topicMatched || !onTopic || len(quoted) == 0 && (speechOnly || namesTold || e.namesOther(h.Passage, en, q.entities[1:]))):
				// What the entity asked about said on the topic. It is
				// the first entity named ("What did China say at the
				// UN?"); the others are part of the topic.
				w = weightSpoken
			case spokenBy(h.Passage, en.ID) || e.mentions(h.Passage.Entities, en.ID) ||
				e.mentions(h.Passage.Entities, en.Affiliation) && e.namedByOffice(h.Passage.Paragraph.Text, e.entities.Mentions(h.Passage.Paragraph.Text), en):
				w = weightMentioned
			case e.refersBack(c.order, en.ID):
				// "the council" after a paragraph naming the council
				w = weightMentioned
			case e.contextMentions(c.order, en.ID):
				w = weightContext
			case e.partOf(q, en) != "" && e.mentions(h.Passage.Entities, en.Affiliation):
				w = weightContext
			}
			if _, guessed := q.guesses[en.ID]; guessed && w < weightMentioned && saysGuessed(*c, asked) {
				// "was it the Qatari minister who was described as a key
				// mediator?": where someone is so described, whoever it
				// is, counts as much as where the minister is named.
				w = weightMentioned
				if q.aboutSpeech && i == 0 && !q.othersSpeak {
					w = weightSpoken
				}
			}
			if q.aboutSpeech && i > 0 {
				w *= shareOthers
			}
			if q.complements[en.ID] && (!q.aboutSpeech || q.othersSpeak) && i > 0 {
				// "Is Iran still open to a nuclear agreement with the
				// US?": Iran's own words on an agreement answer it,
				// whether or not they name the US.
				w = 0
			}
			if q.paired[en.ID] && !q.aboutSpeech {
				w *= sharePaired
			}
			if setting {
				w = 0
			}
			if q.destinations[en.ID] && len(q.destinations) < len(q.entities) {
				// "the USS Abraham Lincoln, sent toward Iran": where it
				// was sent places the ship, and a passage about the ship
				// need not name it.
				w = 0
			}
			if first, ok := either[en.ID]; ok {
				// "Oman's or Kuwait's?": one of them, whichever.
				best[first] = max(best[first], w)
			} else {
				c.tier += w
			}
			c.strength = max(c.strength, strength(h.Passage, en.ID))
		}
		for _, w := range best {
			c.tier += w
		}
		if q.expertsAsked && (e.independentlySpoken(h.Passage) || slices.ContainsFunc(h.Matched, e.vocabulary.expertTerm)) {
			// "Do analysts think the mediation will sway Trump?": the
			// words of a professor, or of "experts", answer it before
			// those of Trump and of Iran, which it names as the topic.
			c.tier += weightSpoken
		}
	}
	e.inheritRelevance(out)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if len(quoted) > 0 && a.topicMatched != b.topicMatched {
			// "who called the EU move a \"PR stunt\"?": the words quoted
			// are where they were said ("Europe's PR stunt"), whoever
			// the passage names.
			return a.topicMatched
		}
		if a.tier != b.tier {
			return a.tier > b.tier
		}
		if a.answersKind != b.answersKind {
			return a.answersKind
		}
		if !nearlyEqual(a.relevance, b.relevance) {
			return a.relevance > b.relevance
		}
		if a.strength != b.strength {
			return a.strength > b.strength
		}
		if a.opens != b.opens {
			return a.opens
		}
		if !nearlyEqual(a.hit.Score, b.hit.Score) {
			// Without topic words this is the entity clauses' score,
			// higher for passages more focused on the named entities.
			// Scores a rounding apart are equal: an index built in
			// parallel batches sums them in another order from run to
			// run, and the answer must not change with it.
			return a.hit.Score > b.hit.Score
		}
		return a.order < b.order
	})
	return out
}

// addressee returns the ID of the person a question about what was said
// names as told it, the second entity, after a verb of telling, "to",
// "with" or a possessive ("What did Araghchi tell the Omani foreign
// minister?", "…his Omani counterpart"), or after "and" in "between A
// and B"; or "" when it names none.
func addressee(q question) string {
	if !q.aboutSpeech || len(q.entities) < 2 || q.entities[1].Kind != entity.Person {
		return ""
	}
	to := q.entities[1].ID
	before := wordsBefore(q.text[:q.spans[to][0]], 1)
	if len(before) == 0 {
		return ""
	}
	switch before[0] {
	case "tell", "tells", "told", "telling", "to", "with", "ask", "asks", "asked", "his", "her", "their":
		return to
	case "and":
		if slices.Contains(wordsBefore(q.text[:q.spans[q.entities[0].ID][0]], 3), "between") {
			return to
		}
	}
	return ""
}

// toldCountry returns the ID of the country that a question about what
// was said names as told it, right after a verb of telling ("What did
// Iran's FM tell Qatar?", "what did Iran say to Oman"), or "". Unlike a
// person told (addressee), what the speaker said elsewhere may still
// answer: "Is it true Riyadh told Washington…?" is answered by what
// Riyadh told Tehran.
func toldCountry(q question) string {
	if !q.aboutSpeech || len(q.entities) < 2 || q.entities[1].Kind != entity.Country {
		return ""
	}
	to := q.entities[1].ID
	before := wordsBefore(q.text[:q.spans[to][0]], 2)
	switch {
	case len(before) == 0:
	case slices.Contains([]string{"tell", "tells", "told", "telling"}, before[len(before)-1]):
		return to
	case len(before) == 2 && before[1] == "to" && slices.Contains([]string{"say", "says", "said", "saying", "write", "wrote"}, before[0]):
		return to // "what did Iran say to Oman"
	}
	return ""
}

// introduces reports whether text names the person asked about in full
// ("Iran’s foreign minister, Abbas Araghchi, arrived…"), as an article
// does where it says who they are.
func introduces(text string, en *entity.Entity) bool {
	return en.Kind == entity.Person && strings.Contains(en.Name, " ") && strings.Contains(fold.String(text), fold.String(en.Name))
}

// quotedNeeded returns how many of the quoted terms a passage must hold
// to be on the topic of a question that quotes them: all, when a passage
// holds all; else, as a quote may be remembered a word or two wrong
// ("\"isn't the favoured option\"" for "is not the preferred option"),
// as many as the passage that holds most, when that is two or more and
// half of them or more; else 0, and the quote is searched as any other
// words. So it is when a quote of more than two words (of words) has
// fewer than two terms searched: "\"no matter where they come from\""
// is not about coming.
func quotedNeeded(quoted []string, words int, cands []candidate) int {
	if len(quoted) < 2 && words > 2 {
		return 0
	}
	best := 0
	for _, c := range cands {
		best = max(best, quotedIn(quoted, c.hit))
	}
	if best == len(quoted) {
		return best
	}
	if best < 2 || 2*best < len(quoted) {
		return 0
	}
	return best
}

// quotedIn returns how many of the quoted terms a hit holds.
func quotedIn(quoted []string, h search.Hit) int {
	n := 0
	for _, t := range quoted {
		if slices.Contains(h.Matched, t) {
			n++
		}
	}
	return n
}

// quotedTerms returns the terms of the words q quotes that are among the
// terms searched (a quoted name is an entity, searched otherwise).
func (e *Engine) quotedTerms(q question, terms []string) []string {
	if q.quoted == "" {
		return nil
	}
	return slices.DeleteFunc(e.idx.Terms(q.quoted), func(t string) bool { return !slices.Contains(terms, t) })
}

// inheritRelevance adds to the relevance of a passage that opens by
// referring back ("The vessel, which departed its home port…") a share
// of the relevance of the paragraph before it, which names what it
// refers to ("…the USS Abraham Lincoln had been sent to the Middle
// East"): together they answer "where was the Lincoln before it was sent
// to the Middle East". It stays below that paragraph, which names what
// is asked about.
//
// Only the share of that paragraph's topic words that the passage lacks
// is inherited: "This marked a policy reversal from Paris, which had
// argued against designating the IRGC" holds the words of the paragraph
// before ("France will support the designation…") already, and together
// they answer nothing more than it does alone. Such a passage, whose
// topic words are all its referent's, adds nothing to it and ranks below
// it: it comments on what that paragraph reported (that passage's
// "designating the IRGC as a terrorist organisation" is France's old
// argument, not the EU's decision).
func (e *Engine) inheritRelevance(cands []candidate) {
	if !slices.ContainsFunc(cands, func(c candidate) bool { return e.referrals[c.order].opensDefinite }) {
		return
	}
	byOrder := make(map[int]*candidate, len(cands))
	for k := range cands {
		byOrder[cands[k].order] = &cands[k]
	}
	relevance := make([]float64, len(cands))
	for k, c := range cands {
		relevance[k] = c.relevance
		referent, ok := byOrder[c.order-1]
		if !e.referrals[c.order].opensDefinite || !ok || len(referent.hit.Matched) == 0 {
			continue
		}
		lacked := 0
		for _, t := range referent.hit.Matched {
			if !slices.Contains(c.hit.Matched, t) {
				lacked++
			}
		}
		prev := referent.relevance
		if len(c.hit.Matched) > 0 && !slices.ContainsFunc(c.hit.Matched, func(t string) bool { return !slices.Contains(referent.hit.Matched, t) }) {
			// Nothing of its own on the topic: below its referent.
			relevance[k] = min(c.relevance, belowReferent*prev)
			continue
		}
		share := float64(lacked) / float64(len(referent.hit.Matched))
		relevance[k] = max(c.relevance, min(c.relevance+inherited*share*prev, belowReferent*prev))
	}
	for k := range cands {
		cands[k].relevance = relevance[k]
	}
}

// inherited is the share of the previous paragraph's relevance that a
// passage referring back to it inherits, and belowReferent the most it
// may reach, relative to that paragraph's.
const (
	inherited     = 0.5
	belowReferent = 0.9
)

// subjectBonus raises the relevance of a passage that opens with an
// entity the question names, in a question about a fact: the passage is
// about what the entity did ("The European Union also designated…"),
// not about another that mentions it ("…prevented the EU from
// designating…").
const subjectBonus = 1.4

// nearlyEqual reports whether two scores differ by no more than floating
// point rounding.
func nearlyEqual(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// actionBonus raises the relevance of such a passage once more when a
// topic word is among its first words too: the entity does at once what
// the question asks about ("The European Union also designated…"), which
// outweighs a passage that holds more of the question's words in a
// phrase about someone else ("…argued against designating the IRGC…").
const actionBonus = 1.4

// openingWords is how many of a passage's first words opensWith reads.
const openingWords = 8

// opensWith reports whether one of the entities, or one who speaks for
// it, is named in the first openingWords words of text, by name or by
// office ("The Iranian foreign minister…"). A passage that opens with a
// quote opens with its speaker's words, whoever they name ("“Tehran’s
// priority is not to negotiate…,” Kazem Gharibabadi told…").
func (e *Engine) opensWith(text string, entities []*entity.Entity) bool {
	if len(entities) == 0 || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"") {
		return false
	}
	text = opening(text, openingWords)
	mentions := e.entities.Mentions(text)
	for _, m := range mentions {
		for _, en := range entities {
			if e.mentions([]string{m.ID}, en.ID) {
				return true
			}
		}
	}
	return slices.ContainsFunc(entities, func(en *entity.Entity) bool { return e.namedByOffice(text, mentions, en) })
}

// relevance is a hit's topic score relative to the best one's (best),
// lowered by the share of the question's terms (of terms) that the
// passage holds only in its context or title, or not at all: a passage
// that holds the question's words itself answers it better than one
// that follows a paragraph holding them. A passage with none of them in
// its text keeps half its score.
func relevance(h search.Hit, best float64, terms int) float64 {
	if best <= 0 {
		return 0
	}
	r := h.Score / best
	if terms > 0 {
		r *= 0.5 + 0.5*float64(min(len(h.Matched), terms))/float64(terms)
	}
	return r
}

// matchesTopic reports whether the matched terms hold a topic word that is
// in the index: a word matched only within an edit distance does not count.
func matchesTopic(matched, unknown []string) bool {
	for _, t := range matched {
		if !slices.Contains(unknown, t) {
			return true
		}
	}
	return false
}

// relevantOnly keeps, for a question without entities, the passages that
// contain enough of its topic words: none when even the best contains
// less than minCoverage of them, else those with at least half the best
// passage's coverage. A word counts fully in the passage text, half in
// its context, and half again when no passage holds it and it was
// matched only approximately; such a word counts half in the share's
// whole too, and a question of such words alone matches nothing. A
// passage with no topic word in its text is kept only when it goes on
// about its context ("The vessel, which departed…" after a paragraph
// on the carrier asked about).
func (e *Engine) relevantOnly(ranked []candidate, resp *search.Response) []candidate {
	if len(resp.Unknown) == len(resp.Terms) {
		// No word of the question is in any passage: words merely like
		// them ("recipe", "baklava") are no answer.
		return nil
	}
	weight := func(t string) float64 {
		if slices.Contains(resp.Unknown, t) {
			return 0.5
		}
		return 1
	}
	total := 0.0
	for _, t := range resp.Terms {
		total += weight(t)
	}
	coverage := func(c candidate) float64 {
		sum := 0.0
		for _, t := range c.hit.Matched {
			sum += weight(t)
		}
		for _, t := range slices.Concat(c.hit.InContext, c.hit.InTitle) {
			sum += 0.5 * weight(t)
		}
		return sum / total
	}
	best := 0.0
	for _, c := range ranked {
		best = max(best, coverage(c))
	}
	if best < minCoverage {
		return nil
	}
	var out []candidate
	for _, c := range ranked {
		if (len(c.hit.Matched) > 0 || e.referrals[c.order].opensDefinite) && coverage(c) >= best/2 {
			out = append(out, c)
		}
	}
	return out
}

// contextMentions reports whether the passage before passage i (an index
// in res.Passages), or its section heading, in the same article, mentions
// the entity id or one that speaks for it.
func (e *Engine) contextMentions(i int, id string) bool {
	if i < 0 || i >= len(e.res.Passages) {
		return false
	}
	article := e.res.Passages[i].Article.ID
	for j := i - 1; j >= 0 && e.res.Passages[j].Article.ID == article; j-- {
		p := &e.res.Passages[j]
		if (j == i-1 || p.Paragraph.Heading) && e.mentions(p.Entities, id) {
			return true
		}
		if p.Paragraph.Heading {
			break
		}
	}
	return false
}

// result turns a ranked passage into a result: statements by the named
// entities first, matched words and entity names highlighted.
func (e *Engine) result(c candidate, ids []string) Result {
	p := c.hit.Passage
	r := Result{
		Source:     source(p),
		Text:       p.Paragraph.Text,
		Highlights: []Highlight{},
		Statements: []Quote{},
		// rounded: the last digits vary with the index's segment layout
		Score: math.Round((c.tier+weightRelevance*c.relevance)*1000) / 1000,
	}
	statements := append([]attribution.Statement(nil), p.Statements...)
	sort.SliceStable(statements, func(i, j int) bool {
		return speaksFor(statements[i], ids) && !speaksFor(statements[j], ids)
	})
	for _, s := range statements {
		r.Statements = append(r.Statements, quote(s))
	}
	// Highlight the matched words, the named entities, and the people
	// who speak for them.
	marked := append([]string(nil), ids...)
	for _, s := range statements {
		if speaksFor(s, ids) {
			marked = append(marked, s.SpeakerID)
		}
	}
	spans := c.hit.HighlightsIn(p.Paragraph.Text)
	for _, m := range e.entities.Mentions(p.Paragraph.Text) {
		if slices.Contains(marked, m.ID) {
			spans = append(spans, search.Span{Start: m.Start, End: m.End})
		}
	}
	for _, s := range mergeSpans(spans) {
		r.Highlights = append(r.Highlights, Highlight{Start: s.Start, End: s.End})
	}
	return r
}

// mergeSpans sorts spans and merges those that overlap.
func mergeSpans(spans []search.Span) []search.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []search.Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// mentions reports whether the entity id, or one that speaks for it (its
// officials, its agencies), is among the entities ids.
func (e *Engine) mentions(ids []string, id string) bool {
	for _, x := range ids {
		if x == id || slices.Contains(e.members[id], x) {
			return true
		}
	}
	return false
}

// spokenBy reports whether a statement of p is by the entity id or by
// someone who speaks for it.
func spokenBy(p attribution.Passage, id string) bool {
	for _, s := range p.Statements {
		if s.SpeakerID == id || s.AffiliationID == id {
			return true
		}
	}
	return false
}

// independentlySpoken reports whether a statement of p is by a person
// who speaks for no country or organisation (an expert, an academic).
func (e *Engine) independentlySpoken(p attribution.Passage) bool {
	for _, s := range p.Statements {
		if s.AffiliationID != "" || s.SpeakerID == "" {
			continue
		}
		if en, ok := e.entities.Get(s.SpeakerID); ok && en.Kind == entity.Person && en.Affiliation == "" {
			return true
		}
	}
	return false
}

// speaksFor reports whether s is by one of ids or by someone speaking for
// one of them.
func speaksFor(s attribution.Statement, ids []string) bool {
	return slices.Contains(ids, s.SpeakerID) || slices.Contains(ids, s.AffiliationID)
}

// strength ranks a passage's statements for the entity id: its own words
// (the country itself, the person) above those of people who speak for
// it, and direct quotes above partial ones above reported speech.
func strength(p attribution.Passage, id string) int {
	best := 0
	for _, s := range p.Statements {
		if s.SpeakerID != id && s.AffiliationID != id {
			continue
		}
		n := kindRank(s.Kind)
		if s.SpeakerID == id {
			n += 3
		}
		best = max(best, n)
	}
	return best
}

// kindRank orders statement kinds: direct 3, partial 2, indirect 1.
func kindRank(k attribution.Kind) int {
	switch k {
	case attribution.Direct:
		return 3
	case attribution.Partial:
		return 2
	case attribution.Indirect:
		return 1
	}
	return 0
}

func names(es []*entity.Entity) []string {
	out := make([]string, 0, len(es))
	for _, en := range es {
		out = append(out, en.Name)
	}
	return out
}

// joinNames writes "A", "A and B" or "A, B and C".
func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}
