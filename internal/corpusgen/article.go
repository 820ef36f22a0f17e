package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// firstDay is the earliest publication date of a generated article; dates
// spread over the following dateSpan days.
var firstDay = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

const dateSpan = 150

// outlet is an invented news outlet.
type outlet struct {
	Name, Domain string
}

// outletSuffixes name newspapers.
var outletSuffixes = strings.Fields("Times Herald Post Observer Tribune Gazette Chronicle Dispatch Monitor Review Ledger Courier")

// newOutlets invents the outlets of a corpus.
func newOutlets(r *rand.Rand, n int) []outlet {
	outlets := make([]outlet, n)
	for i := range outlets {
		name, suffix := properName(r), pick(r, outletSuffixes)
		outlets[i] = outlet{
			Name:   "The " + name + " " + suffix,
			Domain: strings.ToLower(name+suffix) + ".com",
		}
	}
	return outlets
}

// articleWriter writes one article. Its random source is the article's
// own, so that an article depends only on the seed and its number.
type articleWriter struct {
	r    *rand.Rand
	cast *cast
	// focus is the country the article is about, place the city it is
	// reported from.
	focus *country
	place string
	// mentioned are the people named so far, who are then called by
	// their surname; last is the most recent speaker, whom a pronoun
	// follow-up refers to.
	mentioned map[*person]bool
	last      *person
}

// write renders article number i of a corpus in the Markdown corpus format.
func (w *articleWriter) write(i int, outlets []outlet) []byte {
	r := w.r
	w.focus = &countries[skewedIndex(r, len(countries))]
	w.place = pick(r, countries).Capital
	w.mentioned = make(map[*person]bool)
	o := pick(r, outlets)
	published := firstDay.AddDate(0, 0, r.IntN(dateSpan))
	title := w.headline()

	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", title)
	fmt.Fprintf(&b, "outlet: %q\n", o.Name)
	fmt.Fprintf(&b, "url: https://%s/%s/%s-%d\n", o.Domain, published.Format("2006/01/02"), slug(title), i)
	fmt.Fprintf(&b, "published: %s\n", published.Format("2006-01-02"))
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "author: %s %s\n", pick(r, firstNames[anglo]), pick(r, surnames[europe]))
	}
	b.WriteString("---\n\n")

	if r.IntN(10) == 0 {
		b.WriteString("Share | Email | Print\n\n")
	}
	b.WriteString(w.narrative(2 + r.IntN(2)))
	b.WriteString("\n\n")
	paragraphs := 8 + r.IntN(4)
	for range paragraphs {
		switch n := r.IntN(100); {
		case n < 9:
			fmt.Fprintf(&b, "## %s\n\n", w.heading())
			continue
		case n < 12:
			b.WriteString("Advertisement\n\n")
		case n < 14:
			fmt.Fprintf(&b, "ALSO READ: %s\n\n", w.headline())
		}
		b.WriteString(w.paragraph())
		b.WriteString("\n\n")
	}
	if r.IntN(6) == 0 {
		b.WriteString("Related News\n\n")
		for range 3 {
			b.WriteString(w.headline())
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

// paragraph writes one body paragraph in one of the shapes news articles
// report speech in.
func (w *articleWriter) paragraph() string {
	r := w.r
	if w.last != nil && r.IntN(4) == 0 {
		return w.followUp()
	}
	p := w.cast.pickPerson(r)
	switch r.IntN(10) {
	case 0: // “…,” Omani Foreign Minister X Y said on Monday.
		s := fmt.Sprintf("“%s” %s said %s.", w.quote(","), w.subject(p), pick(r, timeRefs))
		return w.spoke(p, s)
	case 1: // “…,” said X Y, a spokesperson for …
		s := fmt.Sprintf("“%s” said %s.", w.quote(","), w.object(p))
		return w.spoke(p, s)
	case 2: // X Y told reporters in Muscat: “…”
		s := fmt.Sprintf("%s told reporters in %s: “%s”", w.subject(p), w.place, w.quote("."))
		return w.spoke(p, s)
	case 3: // X Y said Oman would “…” if …
		s := fmt.Sprintf("%s said %s would “%s” if %s.", w.subject(p), pick(r, countries).Name, w.fragment(), w.clause())
		return w.spoke(p, s)
	case 4: // X Y warned that …
		s := fmt.Sprintf("%s %s %s that %s.", w.subject(p), pick(r, reportVerbs), pick(r, timeRefs), w.clause())
		return w.spoke(p, s)
	case 5: // According to X Y, …
		s := fmt.Sprintf("According to %s, %s.", w.object(p), w.clause())
		return w.spoke(p, s)
	case 6: // An anonymous source.
		k := pick(r, countries)
		return fmt.Sprintf("A %s diplomatic source, speaking on condition of anonymity, said %s. %s",
			k.Demonym, w.clause(), w.sentence())
	case 7: // Narrative, then a quote.
		s := fmt.Sprintf("%s “%s” %s said.", w.sentence(), w.quote(","), w.subject(p))
		return w.spoke(p, s)
	default:
		return w.narrative(2 + r.IntN(3))
	}
}

// spoke records that p spoke in the paragraph s and returns s.
func (w *articleWriter) spoke(p *person, s string) string {
	w.mentioned[p] = true
	w.last = p
	return s
}

// followUp writes a paragraph in which a pronoun refers to the last speaker.
func (w *articleWriter) followUp() string {
	r := w.r
	pronoun := "He"
	if w.last.Female {
		pronoun = "She"
	}
	w.last = nil
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("%s added that %s, and %s.", pronoun, w.clause(), w.clause())
	case 1:
		return fmt.Sprintf("“%s” %s said.", w.quote(","), strings.ToLower(pronoun))
	default:
		return fmt.Sprintf("%s %s that %s. %s", pronoun, pick(r, reportVerbs), w.clause(), w.sentence())
	}
}

// subject names p at the start of a sentence: with a title before the name
// or an appositive after it on first mention, by surname afterwards.
func (w *articleWriter) subject(p *person) string {
	if w.mentioned[p] {
		return p.Last
	}
	if title := titleOf(p); title != "" && w.r.IntN(3) > 0 {
		return title + " " + p.Name()
	}
	return p.Name() + ", " + appositive(p) + ","
}

// object names p after a verb or preposition: "said Omani Foreign Minister
// X Y" or "said X Y, an analyst at …".
func (w *articleWriter) object(p *person) string {
	if w.mentioned[p] {
		return p.Last
	}
	if title := titleOf(p); title != "" && w.r.IntN(3) > 0 {
		return title + " " + p.Name()
	}
	return p.Name() + ", " + appositive(p)
}

// titleOf is the title written before p's name ("Omani Foreign Minister",
// "IAEA Director General"), or "" when p is introduced by an appositive.
func titleOf(p *person) string {
	switch {
	case p.Kind == official:
		return p.Country.Demonym + " " + p.Role
	case p.Kind == orgOfficial && p.Role != "spokesperson":
		return p.Org.Short + " " + p.Role
	}
	return ""
}

// appositive describes p after the name: "Oman’s foreign minister", "a
// spokesperson for the Foreign Ministry of Oman", "an analyst at the
// Varenholt Institute".
func appositive(p *person) string {
	switch p.Kind {
	case official:
		return p.Country.Name + "’s " + strings.ToLower(p.Role)
	case spokesperson:
		return "a spokesperson for the " + p.Role + " of " + p.Country.Name
	case orgOfficial:
		if p.Role == "spokesperson" {
			return "a spokesperson for the " + p.Org.Name
		}
		return "the " + p.Role + " of the " + p.Org.Name
	default:
		return p.Role + " " + p.Place
	}
}

// quote writes one or two first-person sentences, the words of a direct
// quote, the last ending in end ("," before a trailing attribution).
func (w *articleWriter) quote(end string) string {
	s := w.quoteSentence()
	if w.r.IntN(3) == 0 {
		s += ". " + w.quoteSentence()
	}
	return s + end
}

// quoteSentence is one sentence a speaker might say, without its final
// punctuation.
func (w *articleWriter) quoteSentence() string {
	r := w.r
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("There can be no %s without %s", skewed(r, topicNouns), skewed(r, topicNouns))
	case 1:
		return fmt.Sprintf("This is a %s moment for %s", skewed(r, adjectives), w.region())
	case 2:
		return fmt.Sprintf("Our %s %s %s and %s", skewed(r, topicNouns), pick(r, []string{"are", "remain", "will stay"}),
			skewed(r, adjectives), skewed(r, adjectives))
	case 3:
		return fmt.Sprintf("The door to %s remains open, but we %s %s", skewed(r, topicNouns), w.modal(true), w.verbPhrase())
	case 4:
		return fmt.Sprintf("Nobody wants %s %s, but nobody should mistake our %s for %s",
			skewed(r, adjectives), skewed(r, topicNouns), skewed(r, topicNouns), skewed(r, topicNouns))
	case 5:
		return fmt.Sprintf("%s %s %s", capitalise(pick(r, countries).Name), w.modal(false), w.verbPhrase())
	default:
		return fmt.Sprintf("We %s %s", w.modal(true), w.verbPhrase())
	}
}

// fragment is a few quoted words inside reported speech.
func (w *articleWriter) fragment() string {
	r := w.r
	if r.IntN(2) == 0 {
		return fmt.Sprintf("respond with %s %s", skewed(r, adjectives), skewed(r, topicNouns))
	}
	base, _ := verbForms(skewed(r, verbsBase))
	return base + " " + w.nounPhrase()
}

// clause is a third-person clause, the content of reported speech.
func (w *articleWriter) clause() string {
	subject, plural := w.subjectPhrase()
	r := w.r
	if r.IntN(2) == 0 {
		_, past := verbForms(skewed(r, verbsBase))
		return fmt.Sprintf("%s had %s %s%s", subject, participle(past), w.nounPhrase(), w.tail())
	}
	return fmt.Sprintf("%s %s %s", subject, w.modal(plural), w.verbPhrase())
}

// sentence is a narrative sentence with no speech in it.
func (w *articleWriter) sentence() string {
	r := w.r
	subject, _ := w.subjectPhrase()
	_, past := verbForms(skewed(r, verbsBase))
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("Talks on %s and %s are expected to %s in %s %s.", skewed(r, topicNouns), skewed(r, topicNouns),
			pick(r, []string{"resume", "continue", "open", "stall", "conclude"}), pick(r, countries).Capital, pick(r, timeRefs[:9]))
	case 1:
		return fmt.Sprintf("%s near %s has %s %d %s since %s.", pick(r, events), properName(r),
			pick(r, []string{"displaced", "affected", "stranded", "killed", "injured", "cut off"}), 2+r.IntN(4000),
			pick(r, []string{"people", "families", "residents", "workers", "civilians", "sailors", "pilgrims"}),
			firstDay.AddDate(0, 0, r.IntN(dateSpan)).Format("2 January"))
	case 2:
		return fmt.Sprintf("Brent crude %s %d.%d percent to $%d a barrel as traders weighed %s %s.",
			pick(r, []string{"rose", "fell", "climbed", "slipped", "jumped", "eased"}), r.IntN(6), r.IntN(10),
			60+r.IntN(50), skewed(r, adjectives), skewed(r, topicNouns))
	case 3:
		return fmt.Sprintf("The %s-flagged vessel %s was %s off %s, %s said.", pick(r, countries).Demonym,
			properName(r), pick(r, []string{"seized", "tracked", "escorted", "boarded", "diverted", "damaged"}),
			properName(r), pick(r, []string{"port officials", "a maritime security firm", "the coastguard", "shipping data"}))
	default:
		return fmt.Sprintf("%s %s %s%s.", capitalise(subject), past, w.nounPhrase(), w.tail())
	}
}

// narrative writes n narrative sentences.
func (w *articleWriter) narrative(n int) string {
	sentences := make([]string, n)
	for i := range sentences {
		sentences[i] = w.sentence()
	}
	return strings.Join(sentences, " ")
}

// subjectPhrase is the subject of a clause, and whether it is plural.
func (w *articleWriter) subjectPhrase() (string, bool) {
	r := w.r
	switch r.IntN(6) {
	case 0:
		return pick(r, countries).Name, false
	case 1:
		return pick(r, countries).Demonym + " officials", true
	case 2:
		o := pick(r, organisations)
		return "the " + pick(r, []string{o.Name, o.Short}), false
	case 3:
		return pick(r, countries).Capital, false
	case 4:
		return "the " + skewed(r, adjectives) + " " + pick(r, []string{"talks", "negotiations", "mediators", "allies"}), true
	default:
		return w.focus.Name, false
	}
}

// modal is a modal phrase agreeing with a plural or singular subject.
func (w *articleWriter) modal(plural bool) string {
	m := pick(w.r, modals)
	if plural {
		m = strings.Replace(strings.Replace(m, "is ", "are ", 1), "has ", "have ", 1)
	}
	return m
}

// verbPhrase is a base verb with its object and an optional tail.
func (w *articleWriter) verbPhrase() string {
	base, _ := verbForms(skewed(w.r, verbsBase))
	return base + " " + w.nounPhrase() + w.tail()
}

// nounPhrase is an object: "the fragile ceasefire", "new sanctions on oil
// exports".
func (w *articleWriter) nounPhrase() string {
	r := w.r
	switch r.IntN(5) {
	case 0:
		return "the " + skewed(r, adjectives) + " " + skewed(r, topicNouns)
	case 1:
		return "any " + skewed(r, topicNouns) + " on " + skewed(r, topicNouns)
	case 2:
		return "new " + skewed(r, topicNouns) + " against " + pick(r, countries).Name
	case 3:
		return "its " + skewed(r, adjectives) + " " + skewed(r, topicNouns)
	default:
		return skewed(r, adjectives) + " " + skewed(r, topicNouns)
	}
}

// tail optionally ends a clause with a place, a time or a condition.
func (w *articleWriter) tail() string {
	r := w.r
	switch r.IntN(6) {
	case 0:
		return " in " + pick(r, countries).Capital
	case 1:
		return " near " + properName(r)
	case 2:
		return " before the end of " + firstDay.AddDate(0, r.IntN(6), 0).Format("January")
	case 3:
		subject, _ := w.subjectPhrase()
		_, past := verbForms(skewed(r, verbsBase))
		return " unless " + subject + " " + past + " " + w.nounPhrase()
	}
	return ""
}

// region is how a speaker refers to the wider region.
func (w *articleWriter) region() string {
	return pick(w.r, []string{"the whole region", "the Gulf", "the Middle East", w.focus.Name, "our people", "the world economy"})
}

// heading is a section heading.
func (w *articleWriter) heading() string {
	return strings.Replace(pick(w.r, headings), "%s", pick(w.r, countries).Name, 1)
}

// headline is an article title: "Oman urges fragile talks as tankers stall".
func (w *articleWriter) headline() string {
	r := w.r
	verb := strings.ReplaceAll(pick(r, headlineVerbs), "-", " ")
	return fmt.Sprintf("%s %s %s %s as %s %s", w.focus.Name, verb, skewed(r, adjectives), skewed(r, topicNouns),
		skewed(r, topicNouns), pick(r, []string{"stall", "resume", "falter", "widen", "loom", "intensify", "drag on", "gather pace"}))
}

// verbForms splits a "base/past" entry of verbsBase.
func verbForms(entry string) (base, past string) {
	base, past, _ = strings.Cut(entry, "/")
	return base, past
}

// participle is the past participle of a verb whose past form is given;
// only the irregular verbs of verbsBase differ.
func participle(past string) string {
	switch past {
	case "withdrew":
		return "withdrawn"
	case "froze":
		return "frozen"
	}
	return past
}

// capitalise upper-cases the first letter of an ASCII-initial string.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// slug makes a URL path segment of a title.
func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(title) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// skewedIndex is a random index below n, small indexes more often.
func skewedIndex(r *rand.Rand, n int) int {
	return min(int(float64(n)*r.Float64()*r.Float64()), n-1)
}
