package answer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/fold"
	"github.com/crisisbot/bot/thesaurus"
)

// question is a user's question taken apart: the entities it names and
// the words it is about.
type question struct {
	// text is the question without a leading "@bot" or Discord mention.
	text string
	// entities are the entities named, in order, without duplicates.
	entities []*entity.Entity
	// topic is what is left once the entity names and the words that only
	// make it a question ("what", "did", "say", "position") are removed.
	topic string
	// aboutSpeech is whether the question asks what someone said or
	// thinks (a verb or noun of saying, or nothing but a name), rather
	// than about a fact; then an entity's own statements rank first.
	aboutSpeech bool
	// words are the question's words, folded.
	words []string
	// kind is the kind of answer the question asks for, if it says.
	kind answerKind
	// near are, when the question names several entities, the words
	// nearest to each one's name, by entity ID: "foreign minister" is
	// Iran's in "What did Iran's foreign minister say about Turkey?".
	near map[string][]string
	// names are runs of capitalised topic words ("Kim Jong"), and
	// words with a possessive ("netanyahu's"): if the corpus has none of
	// their words, the question is about someone or something the corpus
	// does not know.
	names []string
	// othersSpeak is whether the question asks what people it names by
	// common words said or think ("Do analysts think…"): then the
	// entities it names are what they spoke of, not the speakers.
	othersSpeak bool
	// expertsAsked is whether the question names independent experts
	// ("Do analysts think…", "according to academics"): what people who
	// speak for no country or organisation said answers it.
	expertsAsked bool
	// guessed are the IDs of entities named only by a misspelling of
	// their name.
	guessed map[string]bool
	// excluded are the IDs of entities named after a word that sets them
	// apart from the answer ("besides the EU"); unless the question names
	// nothing else, they are no entities of it.
	excluded map[string]bool
	// quoted are the words the question quotes ("did Dar condemn
	// \"terrorism\"?"): a passage is on its topic only if it holds them.
	quoted string
	// destinations are the IDs of entities named as where something was
	// sent or is heading ("the carrier sent toward Iran"): they place
	// what is asked about, which passages may name without them.
	destinations map[string]bool
	// paired are the IDs of countries named as a pair before what the
	// question asks about ("how could a US-Iran war hit energy
	// markets?"): they say which war, and passages about its effects
	// need not name them.
	paired map[string]bool
	// complements are the IDs of countries named after "with" or
	// "against", not first ("a nuclear agreement with the US"): the
	// other party of what is asked about.
	complements map[string]bool
	// knownPlaces are the words, folded, of the places a question names
	// after a preposition of place ("sent to the Middle East", "in
	// Turkiye"): a question where something was knows these already.
	knownPlaces []string
	// knownTimes are the words, folded, of the times a question asks
	// about another time from ("before the Thursday call", "after
	// Tuesday's calls"): a question when something was knows these
	// already.
	knownTimes []string
	// spans are where in text each entity was first named, by entity ID
	// ("unhcr" for the UNHCR).
	spans map[string][2]int
	// byOffice is whether the question names someone by their office
	// alone ("Iran's foreign minister"); set by resolveRole.
	byOffice bool
	// misnamed are the names the corpus does not know that the question
	// gives the holder of an office it names ("Pakistan's PM Imran
	// Khan"), each with the holder the corpus knows; set by resolveRole.
	misnamed []misnamed
	// swapped are the entities of the question put in place of others
	// that no passage mentions and whose name is spelt alike (see
	// Engine.swapTransposed).
	swapped []swap
	// broadened are the organisations no passage mentions, named after
	// the speaker of a question about what was said, replaced by the
	// organisations they are part of (see Engine.byHead).
	broadened []swap
	// doubts are where the question names what it doubts (see doubt).
	doubts []doubt
	// doubted are the people no passage mentions that the question
	// doubts, replaced by whom they speak for (see Engine.replaceDoubted).
	doubted []swap
	// guesses are the IDs of the entities the question names as a guess
	// (see Engine.markGuesses): true for who did what it asks ("was it
	// Qatar that…"), false for a detail of a claim it checks ("…in
	// Muscat, right?").
	guesses map[string]bool
}

// swap is an entity named in a question, from, that no passage mentions,
// and the entity the question is taken to mean, to: one spelt alike (its
// name or alias so spelt is spelt), or the whole it is part of.
type misnamed struct {
	name   string
	holder *entity.Entity
}

type swap struct {
	from, to *entity.Entity
	spelt    string
}

// complementsOf returns the IDs of the countries that text names after
// "with" or "against", other than the first it names, by name and
// without a possessive, and not after a word of talking, meeting or
// negotiating: "a nuclear agreement with the US", but not "talks with
// Washington", "talk with the Pakistani premier" or "with Kuwait's
// foreign minister"; or nil.
func (v vocabulary) complementsOf(reg *entity.Registry, text string, mentions []entity.Mention) map[string]bool {
	var out map[string]bool
	for k, m := range mentions {
		if en, ok := reg.Get(m.ID); !ok || k == 0 || en.Kind != entity.Country || m.ID == mentions[0].ID || m.Via == entity.ViaDemonym || possessiveAfter(text[m.End:]) != "" {
			continue
		}
		if before := wordsBefore(text[:m.Start], 2); len(before) == 2 && (before[1] == "with" || before[1] == "against") && !v.conversations[before[0]] {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.ID] = true
		}
	}
	return out
}

// settingOnly reports whether the question asks experts about the
// crisis of the pair it names ("what are analysts warning a US-Iran war
// would do to energy markets?"): their words need not name the pair.
func (q question) settingOnly() bool {
	return q.expertsAsked && len(q.entities) > 0 && len(q.paired) == len(q.entities) && strings.TrimSpace(q.topic) != ""
}

// pairedBefore returns the IDs of the countries text names only as a
// pair joined by a hyphen, dash, slash, space or "vs" before a word that
// is neither a name nor a question word ("a us iran war", "the
// Iran–US standoff"), or nil.
func (v vocabulary) pairedBefore(reg *entity.Registry, text string, mentions []entity.Mention) map[string]bool {
	var paired map[string]bool
	count := map[string]int{}
	for _, m := range mentions {
		count[m.ID]++
	}
	country := func(id string) bool {
		en, ok := reg.Get(id)
		return ok && en.Kind == entity.Country
	}
	for k := 0; k+1 < len(mentions); k++ {
		a, b := mentions[k], mentions[k+1]
		if a.ID == b.ID || !country(a.ID) || !country(b.ID) || count[a.ID] > 1 || count[b.ID] > 1 {
			continue
		}
		between := strings.Trim(fold.String(text[a.End:b.Start]), " -–—/")
		if between == "war with" || between == "and" && slices.Contains(wordsBefore(text[:a.Start], 2), "between") && slices.Contains(wordsBefore(text[:a.Start], 3), "war") {
			// "a possible US war with Iran", "a war between the US and
			// Iran": the war names the pair.
			if paired == nil {
				paired = map[string]bool{}
			}
			paired[a.ID], paired[b.ID] = true, true
			continue
		}
		if between != "" && between != "vs" && between != "versus" {
			continue
		}
		next := splitWords(text[b.End:])
		if len(next) == 0 || possessiveAfter(text[b.End:]) != "" {
			continue
		}
		if f := fold.String(next[0]); v.question[f] || v.speech[f] || v.functionWord(f) || startsUpper(next[0]) {
			continue
		}
		if paired == nil {
			paired = map[string]bool{}
		}
		paired[a.ID], paired[b.ID] = true, true
	}
	return paired
}

// placesNamed returns the words, folded, that follow a preposition of
// place in text, with or without "the" (see question.knownPlaces).
func (v vocabulary) placesNamed(text string) []string {
	var places []string
	words := splitWords(fold.String(text))
	for i := 0; i+1 < len(words); i++ {
		if !v.places[words[i]] {
			continue
		}
		next := words[i+1]
		if next == "the" && i+2 < len(words) {
			next = words[i+2]
		}
		places = append(places, next)
	}
	return places
}

// reciprocal reports whether the word at offset at in text follows two
// entities joined by "and" ("Dar and Araghchi talked"): a verb of talking
// there says they talked with each other.
func reciprocal(text string, mentions []entity.Mention, at int) bool {
	k := -1
	for j, m := range mentions {
		if m.End <= at {
			k = j
		}
	}
	if k < 1 || mentions[k-1].ID == mentions[k].ID {
		return false
	}
	if between := splitWords(fold.String(text[mentions[k].End:at])); len(between) > 1 ||
		len(between) == 1 && !strings.HasSuffix(between[0], "ly") && !slices.Contains(adverbs, between[0]) {
		return false // "Dar and Araghchi (already) talked"
	}
	return mentions[k-1].End <= mentions[k].Start && fold.String(strings.TrimSpace(text[mentions[k-1].End:mentions[k].Start])) == "and"
}

// adverbs are adverbs that may stand between a subject and its verb
// ("had Dar and Araghchi already talked") besides those in -ly.
var adverbs = []string{"already", "also", "ever", "even", "just", "still", "first", "last", "once", "previously"}

// timesNamed returns the words, folded, of times (timeWords) within the
// three words after "before", "after", "since" or "prior to" in text
// (see question.knownTimes).
func (v vocabulary) timesNamed(text string) []string {
	var times []string
	words := splitWords(fold.String(text))
	for i, w := range words {
		if w != "before" && w != "after" && w != "since" && !(w == "to" && i > 0 && words[i-1] == "prior") {
			continue
		}
		for _, t := range words[i+1 : min(i+4, len(words))] {
			if v.times[bareWord(t)] {
				times = append(times, bareWord(t))
			}
		}
	}
	return times
}

// addressPrefix matches a leading "@bot", "<@123>" or "<@!123>" and the
// punctuation after it.
var addressPrefix = regexp.MustCompile(`^\s*(?:<@[!&]?\d+>|@\S+)[\s,:;.!-]*`)

// questionWords are words that make a sentence a question about what
// someone said rather than saying what it is about: interrogatives,
// auxiliaries, light verbs (whose noun carries the meaning: "make a
// deal", "get Iran to talk"), and verbs and nouns of saying and opinion.
// They are never
// searched as topic words. Prepositions are left in: the index's analyzer
// drops them as stop words but keeps their positions, so that "threat of
// attack" still matches as a phrase.
const questionWords = `
what whats who whom whose which when where why how
is are was were be been being do does did done has have had will would can could should shall may might must
make makes made making get gets got getting take takes took taken taking regard
say says said saying tell tells told telling think thinks thought thinking believe believes feel feels
position positions stance stances view views opinion opinions standpoint line stand stands
react reacts reacted reaction reactions respond responds responded response responses answer answers answered
comment comments commented remark remarks statement statements
talked speak speaks spoke regarding concerning
please kindly anything something everything stuff thing things situation matter topic subject know latest news want wants wanted me
hey hi hello salam salaam merhaba thanks pls plz quick question questions wondering curious bot ok okay need needs quote quotes y n happen happens happened happening
abt bout
you summarise summarize outline explain clarify current currently
actually really apparently reportedly basically generally exactly even just else doing going gonna speaking lol lmao haha given considering
true heard hearing exact wording verbatim toward towards
name names date dates see sees saw
mr mrs ms dr prof gen sen sir madam excellency highness majesty bey hanim khanum khanom janab jenab janab-e jenab-e agha aga agha-ye aga-ye efendi effendi sahib saheb hazrat hazrat-e
so now well anyway midweek
idk tbh rn imo imho iirc afaik btw fyi ngl wanna gotta tryna dunno
`

// imperatives open a request rather than a question ("Quote me…",
// "Summarise what…"); as the first word they are neither topic nor name,
// though capitalised. auxiliaries come before the speaker and sayings
// after it in "what did X say", and places are prepositions after which
// a capitalised word names a place.
const (
	imperatives = `quote summarise summarize show give list explain describe find search compare`
	// sayings are the verbs of speechWords, which follow a speaker.
	sayings = `say says said tell tells told think thinks thought believe believes feel feels
react reacts reacted respond responds responded comment comments commented speak speaks spoke talked
warn warns warned caution cautions cautioned promise promises promised pledge pledges pledged write writes wrote claim claims claimed stated
announce announces announced posted tweeted`
	auxiliaries = `did does do has have had will would is was are were`
	// governments are words for a country's government, or those who
	// speak for it, after a demonym ("the Pakistani government", "the
	// Turkish side") or a leader's name ("Erdogan's government").
	governments = `government govt administration cabinet side officials`
	// abouts follow an entity that opens a question about what it said.
	abouts = `on about re regarding over`
	places = `in at to from into across near toward towards`
	// placeHeads are nouns that a place's name follows after "of": "the
	// strait of hormuz", "the port of chabahar".
	placeHeads = `strait straits gulf port city province island islands sea bay region town village mount lake river`
	// interrogatives open a question and may be contracted with the
	// auxiliary after them ("what'd", "who're"; see contractions).
	interrogatives = `what who where when why how`
	// possessives are the possessive determiners, after which "take" is a
	// noun: "your take". pronouns stand for someone named before or for
	// no one in particular, and are no name even capitalised or with "'s"
	// ("Someone said…", "Everyone's talking…", "there's a new round").
	possessives = `my your his her its our their`
	pronouns    = `i you he she it we they me him her us them i'm i've i'd i'll we're you're they're
someone somebody anyone anybody everyone everybody nobody there here that this let`
)

// contractions are the auxiliaries an interrogative is contracted with,
// by their short form: "'d" is "did" in a question ("what'd China say").
func contractions() map[string]string {
	return map[string]string{"d": "did", "re": "are", "ve": "have", "ll": "will"}
}

// speechWords mark a question about what someone said or thinks. Those
// that are not in questionWords ("warn", "promise") are also searched as
// topic words: articles use them too.
const speechWords = `
say says said saying tell tells told telling think thinks thought thinking believe believes feel feels
position positions stance stances view views opinion opinions standpoint line stand stands
react reacts reacted reaction reactions respond responds responded response responses answer answers answered
comment comments commented remark remarks statement statements talked speak speaks spoke speaking
want wants wanted
warn warns warned warning caution cautions cautioned promise promises promised pledge pledges pledged
quote quotes quoted speech speeches message messages propose proposes proposed proposal urge urges urged write writes wrote written
announce announces announced claim claims claimed insist insists insisted
demand demands demanded reply replies replied criticise criticised criticize criticized
indicate indicates indicated signal signals signalled signaled declare declares declared declaration declarations
suggest suggests suggested stated deliver delivers delivered post posts posted tweet tweets tweeted
stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized
reiterate reiterates reiterated express expresses expressed convey conveys conveyed deny denies denied hint hints hinted articulate articulates articulated
restate restates restated reaffirm reaffirms reaffirmed underscore underscores underscored
acknowledge acknowledges acknowledged admit admits admitted assure assures assured
describe describes described
favour favours favoured favor favors favored prefer prefers preferred advocate advocates advocated approach
see sees saw words
`

// officeAbbreviations are the short and the foreign forms of offices that
// people type in questions ("the Pakistani FM", "the Bundeskanzler"),
// with the words they stand for; they name an office, never a topic, nor
// a name the corpus lacks.
func officeAbbreviations() map[string]string {
	return map[string]string{
		"fm":             "foreign minister",
		"pm":             "prime minister",
		"vp":             "vice president",
		"dpm":            "deputy prime minister",
		"nsa":            "national security adviser",
		"sg":             "secretary general",
		"unsg":           "secretary general",
		"spox":           "spokesperson",
		"prez":           "president",
		"kanzler":        "chancellor",
		"bundeskanzler":  "chancellor",
		"aussenminister": "foreign minister",
		"cumhurbaskani":  "president",
		"basbakan":       "prime minister",
		"rahbar":         "supreme leader",
	}
}

// officeNames are abbreviations that name an office of a country, written
// out in its place before the question is taken apart: "potus" is the US
// president.
func officeNames() map[string]string {
	return map[string]string{
		"potus":  "US president",
		"secdef": "US defense secretary",
	}
}

// chatSpellings are words as chat spells them, written out before the
// question is taken apart: "Whn did…" asks when, and is no name; "sent
// to the mideast" names the Middle East as where it was sent.
func chatSpellings() map[string]string {
	return map[string]string{
		"whn": "when", "wen": "when", "whr": "where", "wher": "where", "wht": "what", "wat": "what", "wats": "whats", "hw": "how",
		"b4": "before", "mideast": "middle east", "dept": "department", "depts": "departments",
		"gimme": "give me", "univ": "university", "govt": "government", "intl": "international",
		"sai": "say", "sez": "says",
	}
}

// officeSynonyms are ways of naming an office in a question that the
// corpus's roles write otherwise, each phrase with the offices it may
// stand for: "the American defence chief" is the US Defense Secretary,
// "Egypt's top diplomat" its foreign minister. A phrase's words match a
// question's in either spelling (sameSpelling), so "defense chief" needs
// no entry of its own, but not in the plural: "Iranian leaders" are not
// one person. Roles match on a stem, so "spokesman" needs no entry for
// "spokesperson". Of several holders of the offices, the one who speaks
// most in the corpus is meant.
func officeSynonyms() map[string][]string {
	return map[string][]string{
		"defence chief":      {"defence secretary", "defence minister", "secretary of war", "war secretary"},
		"secretary of war":   {"defence secretary", "war secretary"},
		"war secretary":      {"defence secretary", "secretary of war"},
		"sec def":            {"defence secretary", "secretary of war", "war secretary"},
		"top diplomat":       {"foreign minister", "secretary of state", "foreign secretary"},
		"chief diplomat":     {"foreign minister", "secretary of state", "foreign secretary"},
		"head of state":      {"president"},
		"head of government": {"prime minister", "chancellor"},
		"premier":            {"prime minister"},
		"leader":             {"president", "prime minister", "supreme leader"},
		"army chief":         {"army commander", "chief of staff"},
		"envoy":              {"permanent representative", "ambassador"},
		"press secretary":    {"spokesperson", "spokesman"},
		"press guy":          {"spokesperson", "spokesman"},
		"press man":          {"spokesperson", "spokesman"},
		"press aide":         {"spokesperson", "spokesman"},
		"mouthpiece":         {"spokesperson", "spokesman"},
		"counterpart":        {"foreign minister", "prime minister", "president"},
		"occupant":           {"president"},
		"ambassador":         {"permanent representative", "envoy"},
		"delegation":         {"permanent representative", "ambassador", "envoy"},
		"representative":     {"permanent representative", "ambassador", "envoy"},
	}
}

// officeSynonym is a phrase of officeSynonyms found in a question.
type officeSynonym struct {
	// words are the question's words that make the phrase, folded.
	words []string
	// offices are the words of each office the phrase may stand for.
	offices [][]string
}

// roleStopWords are left out when a role is compared with a question, and
// rolePrepositions end the office at the head of a role ("Special Envoy |
// to the Middle East", "professor | of international relations").
const (
	roleStopWords    = `of the to and for at in on a an`
	rolePrepositions = `of to for at in on with`
	// settings are words for the crisis itself, which a question about
	// what someone said of it names as its setting, not its topic.
	settings = `crisis crises standoff stand-off tension tensions situation conflict showdown confrontation`
	// stances are nouns of a position, and stanceVerbs the verbs one
	// holds or adopts one with.
	stances     = `position positions stance stances standpoint line view views`
	stanceVerbs = `hold holds held holding adopt adopts adopted adopting take takes took taking`
	// exclusions set the entity after them apart from the answer ("which
	// countries listed the IRGC before the EU did"); "before" is also a
	// place ("put before the council"), more rarely in questions.
	exclusions = `besides except excluding unlike before`
	// conjunctions join names of entities asked about alike.
	conjunctions = `and or nor vs versus with`
	// labels end a label before a colon that says what kind of request
	// follows ("Fact check:", "Quick question:").
	labels = `check question query request`
	// experts are the common words for people who speak for no country
	// or organisation, as a question names them.
	experts = `analyst analysts expert experts academic academics observer observers scholar scholars professor professors commentator commentators specialist specialists pundit pundits researcher researchers`
	// deputies are the words that make an office its holder's deputy's.
	deputies = `deputy vice`
	// scenes are the words of a sentence that tells who asks and why, or
	// how things seem to them ("Europe seems split on it"), before or
	// after the question (see contextSpans), and backReferences the
	// pronouns by which a question refers to such a sentence.
	scenes = `i i'm im i've ive my me we we're we've weve our us someone somebody everyone everybody friend friends saw seen seeing heard hearing read reading noticed asking wondering curious seems seem seemed
recap recapping thread thread's threads chat covered discussing arguing debating`
	backReferences = `it they them those he she him her its their his`
	// truthChecks are the words of a question that asks whether what was
	// said before it is so ("I heard Tehran added drones. Is that
	// true?"): it refers back to that sentence.
	truthChecks = `true correct accurate really confirm verify source outlet`
	// movements are verbs of moving forces, and directions the
	// prepositions after them that name where to (see destination).
	movements  = `send sends sent sending deploy deploys deployed deploying dispatch dispatches dispatched dispatching redirect redirected reroute rerouted divert diverted head heads headed heading sail sails sailed sailing steam steams steamed steaming move moves moved moving way`
	directions = `to toward towards into`
	// retorts are the verbs that, before "back", mean answering in kind:
	// "clapped back", "hit back", "fired back".
	retorts = `clap claps clapped hit hits fire fires fired shot shoots`
	// conversations are the words before "with" that make the country
	// after it one that was spoken to ("talks with Washington"), not the
	// other party of what is asked about ("an agreement with the US"):
	// see question.complements.
	conversations = `talk talks talked talking negotiate negotiates negotiated negotiating negotiation negotiations
meet meets met meeting meetings speak speaks spoke speaking spoken call calls called phone phoned discuss discusses discussed discussing
consult consults consulted consultations contact contacts relations ties cooperate cooperation`
)

// chatWords are words of chat and of address that the dictionary lacks
// ("dude's been glued to the phone", "Recap: …", "His Excellency"): no
// names, though no passage holds them.
var chatWords = wordSet(`dude dudes bro bros recap recaps excellency highness majesty`)

// vocabulary holds the word lists above as sets. It is built once per
// engine and only read afterwards.
type vocabulary struct {
	question, speech, roleStop, rolePrepositions map[string]bool
	// determiners, notReferring and demonstratives are the word lists
	// of refersBack.
	determiners, notReferring, demonstratives map[string]bool
	// numbers and times are the word lists of holds, and openings
	// kindOpenings.
	numbers, times                map[string]bool
	durationUnits, durationCounts map[string]bool
	openings                      map[string]answerKind
	// head and institutions are the word lists of headOf.
	head, institutions map[string]bool
	// imperatives, auxiliaries, sayings and places are the word lists
	// of parseQuestion's names.
	imperatives, auxiliaries, sayings, places map[string]bool
	// deputies, settings, labels, stances, stanceVerbs, conjunctions and
	// exclusions are the words of their lists.
	deputies, settings, labels, stances, stanceVerbs, conjunctions, exclusions map[string]bool
	// scenes and backReferences, movements, directions and retorts are
	// the words of their lists.
	scenes, backReferences, truthChecks, movements, directions, retorts, conversations map[string]bool
	// experts are the words of experts.
	experts map[string]bool
	// government and about are the words of governments and abouts.
	government, about map[string]bool
	// offices are officeAbbreviations, each with its words.
	offices map[string][]string
	// officeNames are officeNames, by their folded abbreviation.
	officeNames map[string]string
	// chatSpellings are chatSpellings, by their folded spelling.
	chatSpellings map[string]string
	// synonyms are officeSynonyms: each phrase's words and the words of
	// each office it may stand for.
	synonyms []officeSynonym
	// interrogatives, possessives, pronouns, placeHeads and contractions: see
	// their lists.
	interrogatives, possessives, pronouns, placeHeads map[string]bool
	contractions                                      map[string]string
	// isWord reports whether a word is a common English word; nil
	// leaves slips in question words uncorrected (see correctSlips).
	isWord func(string) bool
}

func newVocabulary() vocabulary {
	v := vocabulary{question: wordSet(questionWords), speech: wordSet(speechWords), roleStop: wordSet(roleStopWords), rolePrepositions: wordSet(rolePrepositions),
		determiners: wordSet(determiners), notReferring: wordSet(notReferring), demonstratives: wordSet(demonstratives),
		numbers: wordSet(numberWords), times: wordSet(timeWords), head: wordSet(headWords), institutions: wordSet(institutionWords),
		imperatives: wordSet(imperatives), auxiliaries: wordSet(auxiliaries), sayings: wordSet(sayings), places: wordSet(places), government: wordSet(governments), deputies: wordSet(deputies), settings: wordSet(settings), labels: wordSet(labels), stances: wordSet(stances), stanceVerbs: wordSet(stanceVerbs), conjunctions: wordSet(conjunctions), exclusions: wordSet(exclusions), scenes: wordSet(scenes), backReferences: wordSet(backReferences), truthChecks: wordSet(truthChecks), movements: wordSet(movements), directions: wordSet(directions), retorts: wordSet(retorts), conversations: wordSet(conversations), about: wordSet(abouts), experts: wordSet(experts),
		interrogatives: wordSet(interrogatives), possessives: wordSet(possessives), pronouns: wordSet(pronouns), contractions: contractions(), placeHeads: wordSet(placeHeads),
		durationUnits: wordSet(durationUnits), durationCounts: wordSet(durationCounts), openings: kindOpenings(),
		offices: map[string][]string{}, officeNames: officeNames(), chatSpellings: chatSpellings()}
	for short, words := range officeAbbreviations() {
		v.offices[short] = strings.Fields(words)
		v.offices[short+"s"] = strings.Fields(words + "s") // "FMs": foreign ministers
	}
	for phrase, offices := range officeSynonyms() {
		syn := officeSynonym{words: strings.Fields(phrase)}
		for _, o := range offices {
			syn.offices = append(syn.offices, strings.Fields(o))
		}
		v.synonyms = append(v.synonyms, syn)
	}
	// Longest phrases first, then by their words: the order a question's
	// phrases are found in does not depend on map order.
	sort.Slice(v.synonyms, func(i, j int) bool {
		a, b := v.synonyms[i].words, v.synonyms[j].words
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return strings.Join(a, " ") < strings.Join(b, " ")
	})
	return v
}

// unshout returns text in lower case when it is written in capitals
// ("WHAT IS ANKARA'S STANCE??"): its capitals mark no names, and its
// words would all be taken for names the corpus lacks. Text is shouted
// when minShouted of its words of two letters or more are all capitals,
// and two of them at least have four letters or more: acronyms ("What
// did the UNHRC and EU decide?", "US UK EU?") are not shouting.
func unshout(text string) string {
	words, upper, long := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		n := utf8.RuneCountInString(w)
		if n < 2 {
			continue
		}
		words++
		if !strings.ContainsFunc(w, unicode.IsLower) {
			upper++
			if n >= 4 {
				long++
			}
		}
	}
	if long < 2 || float64(upper) < minShouted*float64(words) {
		return text
	}
	return strings.ToLower(text)
}

// minShouted is the share of a question's words in capitals that makes
// it shouted (see unshout).
const minShouted = 0.75

// wordSet splits a space-separated list into a set.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// parseQuestion finds the entities a question names and its topic words.
func (v vocabulary) parseQuestion(reg *entity.Registry, text string) question {
	for {
		loc := addressPrefix.FindStringIndex(text)
		if loc == nil || loc[1] == 0 {
			break
		}
		text = text[loc[1]:]
	}
	text = dropQuestionLabel(text)
	checked := claimOpener.MatchString(strings.TrimSpace(text))
	text = dropFormatRequest(dropAskerFrame(dropCitationFrame(v.dropPreamble(reg, unshout(text)))))
	q := question{text: v.correctSlips(v.writeOut(strings.TrimSpace(text)))}
	q.doubts = doubts(q.text, checked)
	rest := []byte(q.text)
	seen := map[string]bool{}
	mentions := reg.FindInQuery(q.text)
	if len(mentions) > 1 {
		// "what is Russia asking from both sides?": the parties, whoever
		// they are, not the corpus's speaker "both sides", unless they
		// are who the question is about ("what did both sides agree?").
		mentions = append(mentions[:1], slices.DeleteFunc(mentions[1:], func(m entity.Mention) bool {
			en, ok := reg.Get(m.ID)
			return ok && en.Kind == entity.Group && en.Affiliation == "" && strings.HasPrefix(fold.String(en.Name), "both ")
		})...)
	}
	// Sentences that only tell who asks and why ("I saw footage of a
	// flattop steaming toward Iran.") name no entity asked about, and
	// their words are no topic.
	context := slices.Concat(v.contextSpans(q.text), backgroundSpans(q.text), sourceSpans(q.text))
	// Words before a question for a position are no topic, though what
	// they name may be what "its position" is asked of; when the question
	// names whom it asks about ("I'm writing about South Asian reactions.
	// What's Islamabad's stance?") and does not refer back ("The Turkish
	// side. How do they view the crisis with Iran?"), they are only why
	// it is asked.
	prelude := v.preludeSpans(q.text)
	if len(prelude) > 0 {
		end := prelude[len(prelude)-1][1]
		refers := slices.ContainsFunc(splitWords(q.text[end:]), func(w string) bool { return v.backReferences[fold.String(w)] })
		if !refers && slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start >= end }) {
			context, prelude = append(context, prelude...), nil
		}
	}
	noTopic := append(prelude, context...)
	mentions = slices.DeleteFunc(mentions, func(m entity.Mention) bool {
		if en, ok := reg.Get(m.ID); ok && en.Kind != entity.Group && m.Fuzzy && v.isWord != nil &&
			!strings.Contains(q.text[m.Start:m.End], " ") && v.isWord(fold.String(q.text[m.Start:m.End])) {
			// "dates" is a word, not a slip for the Danes; but "analysts"
			// are the experts, a group named by common words.
			return true
		}
		if en, ok := reg.Get(m.ID); ok && v.givenNameOfOther(en, q.text, m, mentions) {
			return true // "near Bandar Abbas": not Abbas Araghchi
		}
		if !inSpans(context, m.Start) {
			return false
		}
		for i := m.Start; i < m.End; i++ {
			rest[i] = ' '
		}
		return true
	})
	for k, m := range mentions {
		for i := m.Start; i < m.End; i++ {
			rest[i] = ' '
		}
		// "Iran’s": drop the possessive left after the name.
		suffix := possessiveAfter(string(rest[m.End:]))
		copy(rest[m.End:], strings.Repeat(" ", len(suffix)))
		en, ok := reg.Get(m.ID)
		if !ok {
			continue
		}
		if next := k + 1; en.Kind == entity.Person && suffix != "" && next < len(mentions) && mentions[next].ID == en.Affiliation &&
			strings.TrimSpace(q.text[m.End+len(suffix):mentions[next].Start]) == "" {
			continue // "Erdogan's Turkey" is Turkey
		}
		if government := v.governmentAfter(string(rest[m.End:])); government != "" && en.Kind == entity.Country && m.Via == entity.ViaDemonym {
			// "the Pakistani government" is Pakistan, not a topic; but
			// "Iran's government" may be what is asked about.
			copy(rest[m.End:], strings.Repeat(" ", len(government)))
		} else if government != "" && en.Kind == entity.Person && bareWord(fold.String(strings.TrimSpace(government))) != "official" {
			// "Shehbaz Sharif's government" is his country's, but "Dar's
			// official title" is his own.
			if country, ok := reg.Get(en.Affiliation); ok && country.Kind == entity.Country {
				// "Shahbāz Sharīf's government", found as two mentions
				// of him: neither is about him.
				q.entities = slices.DeleteFunc(q.entities, func(e *entity.Entity) bool { return e == en })
				en = country
				copy(rest[m.End:], strings.Repeat(" ", len(government)))
			}
		}
		if from := v.governmentOf(q.text[:m.Start]); from >= 0 && en.Kind == entity.Country {
			// "the Government of Pakistan" is Pakistan.
			copy(rest[from:m.Start], strings.Repeat(" ", m.Start-from))
		}
		coordinated := k > 0 && q.excluded[mentions[k-1].ID] && coordination.MatchString(q.text[mentions[k-1].End:m.Start])
		if before := wordsBefore(q.text[:m.Start], 2); len(before) > 0 && v.exclusions[before[len(before)-1]] || len(before) == 2 && apartFrom(before[0], before[1]) ||
			coordinated || negatedAside.MatchString(q.text[:m.Start]) {
			// "which countries besides the EU listed the IRGC", "besides
			// Turkey and Qatar", "who on the EU side, not Merz, …": the
			// answer is about others.
			if q.excluded == nil {
				q.excluded = map[string]bool{}
			}
			q.excluded[en.ID] = true
		}
		if v.destination(q.text[:m.Start]) && !seen[en.ID] {
			if q.destinations == nil {
				q.destinations = map[string]bool{}
			}
			q.destinations[en.ID] = true
		}
		if seen[en.ID] {
			continue
		}
		seen[en.ID] = true
		q.entities = append(q.entities, en)
		if q.spans == nil {
			q.spans = map[string][2]int{}
		}
		q.spans[en.ID] = [2]int{m.Start, m.End}
		if m.Fuzzy {
			if q.guessed == nil {
				q.guessed = map[string]bool{}
			}
			q.guessed[m.ID] = true
		}
	}
	v.speakerFirst(&q, mentions)
	if k := namedLast(q.text, mentions); k >= 0 {
		// "what does it think about the tensions, pakistan?": the
		// subject is named last, after the pronoun that stands for it.
		if i := slices.IndexFunc(q.entities, func(en *entity.Entity) bool { return en.ID == mentions[k].ID }); i > 0 {
			q.entities = toFront(q.entities, i)
		}
	}
	q.paired = v.pairedBefore(reg, q.text, mentions)
	q.complements = v.complementsOf(reg, q.text, mentions)
	q.kind = v.kindOf(q.text)
	textWords, textStarts := wordSpans(q.text)
	for i, w := range textWords {
		f := bareWord(w)
		q.words = append(q.words, f)
		q.words = append(q.words, v.offices[f]...)
		if inSpans(noTopic, textStarts[i]) {
			continue // "My friend claims…": the scene, not the question
		}
		if v.experts[f] {
			q.expertsAsked = true
		}
		if (v.isSpeech(f) || advocates(textWords, i)) && !request(textWords, i) && !conditional(textWords, i) && !(v.conversations[f] && askedWhom(textWords, i)) && !v.hearsay(textWords, i) && !passive(textWords, i) && !placedTo(textWords, i) &&
			!(v.conversations[f] && ((q.kind == timeKind || q.kind == placeKind) && v.opensAsking(q.text) == q.kind || reciprocal(q.text, mentions, textStarts[i]))) {
			// "When did Dar and Araghchi speak?", "had Dar and Araghchi
			// talked before?" ask about their talking, not what they
			// said.
			q.aboutSpeech = true
		}
		if f == "state" && v.stateVerb(textWords[:i], textStarts[i], q.text, mentions) {
			q.aboutSpeech = true
		}
	}
	if v.whereAt(q.words) {
		q.aboutSpeech = true // "where's Pakistan at on this?"
	}
	if v.entityOn(q.text, mentions) {
		q.aboutSpeech = true
	}
	if k := slices.IndexFunc(q.entities, func(en *entity.Entity) bool { return en.Kind == entity.Person && accordingTo(q.text, q.spans[en.ID]) }); k >= 0 {
		// "is the Pentagon ready to strike, according to Hegseth?" asks
		// what Hegseth said.
		q.aboutSpeech = true
		q.entities = toFront(q.entities, k)
	}
	switch q.kind {
	case placeKind:
		q.knownPlaces = v.placesNamed(q.text)
	case timeKind:
		q.knownTimes = v.timesNamed(q.text)
	}
	q.quoted = quotedWords(q.text)
	if len(q.entities) > 1 {
		q.near = v.nearestWords(q.text, mentions)
	}
	// Topic words are the words left once entity names and question
	// words are gone. Of them, capitalised words in a row are a name the
	// corpus may not know when they stand where a question names who or
	// what it asks about: first ("Macron on Iran?"), after an auxiliary
	// ("What did Kim Jong Un say?"), with a possessive ("Starmer's"), or
	// before a word of saying ("Lula said…"); elsewhere, a single word
	// ("US carrier strike group Mideast name?", "the MFA spokesman") may
	// be a setting or an abbreviation and is searched, but several are a
	// name ("close the Strait of Hormuz"). After a preposition of place
	// ("to the Mideast", "in West Asia") they are a setting.
	var topic, run []string
	runAsked := false   // the run stands where the subject does
	afterPlace := false // the words since a preposition of place
	prev := ""          // the previous word, folded
	endRun := func(next string) {
		if len(run) > 0 {
			owner, owned := possessor(run[len(run)-1])
			if runAsked || owned || v.speech[fold.String(next)] || capitalised(run) > 1 {
				if owned {
					run[len(run)-1] = owner // "Keir Starmer's": Keir Starmer
				}
				q.names = append(q.names, strings.Join(run, " "))
			}
		}
		run = nil
	}
	words, starts := wordSpans(string(rest))
	setApart := v.setApart(words, starts, q.text, string(rest), mentions)
	lowerFrom, lowerWords := v.namedAfterAuxiliary(words, starts, q.text)
	officeFrom, officeWords := v.namedAfterOffice(words, starts)
	for i, w := range words {
		f := fold.String(w)
		if inSpans(context, starts[i]) {
			// Who asks, and why, names no one asked about.
			endRun(w)
			prev = f
			continue
		}
		if i > 0 && slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start >= starts[i-1] && m.End <= starts[i] }) {
			endRun(w) // "NSA" and "Kapur" around "Pavan", a mention
		}
		if v.question[f] || v.exclusions[f] || v.offices[bareWord(f)] != nil || i == 0 && v.imperatives[f] || thankYou(words, i) || v.interrogatives[bareWord(f)] {
			// Nor is a word that sets an entity apart ("Besides the
			// Saudis, who else…") a topic or a name.
			endRun(w)
			// An office's abbreviation is searched by its words, unless
			// resolveRole finds who holds it ("Kuwait's new FM", "the
			// Turkish prez's proposal").
			topic = append(topic, v.offices[bareWord(f)]...)
			prev = f
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if f == "of" && len(run) > 0 && i+1 < len(words) && startsUpper(words[i+1]) {
			// "Strait of Hormuz": one name.
			run = append(run, w)
			topic = append(topic, w)
			prev = f
			continue
		}
		if i == 0 && strings.HasPrefix(q.text, w) && unicode.IsLower(r) && !v.pronoun(f) && i+1 < len(words) && v.opensWithName(f, fold.String(words[i+1]),
			strings.TrimSpace(q.text[starts[0]+len(w):starts[1]]) == "", strings.TrimSpace(string(rest[starts[0]+len(w):starts[1]])) == "") {
			// "lula stance on iran": the question opens with who it
			// asks about, in lower case.
			q.names = append(q.names, w)
		}
		for _, lower := range []struct{ from, n int }{{lowerFrom, lowerWords}, {officeFrom, officeWords}} {
			if lower.n == 0 || i != lower.from {
				continue
			}
			// Unless it is a slip for a name the corpus knows ("did erdgn
			// propose…", "what did kaya kalas tweet…").
			if name := strings.Join(words[i:i+lower.n], " "); len(reg.Suggest(name, 1)) == 0 && !slices.Contains(q.names, name) {
				q.names = append(q.names, name)
			}
		}
		// "On the crisis, …", "Kindly, I would like…", "Not Pakistan's
		// readout", "Recap: …": no name.
		if upper && !afterPlace && !(len(run) == 0 && (v.functionWord(f) || f == "not" || v.scenes[f])) && !v.pronoun(f) {
			if len(run) == 0 {
				// "what about Netanyahu, did he…" asks about him too.
				// "parliament speaker Ghalibaf": a name after an office.
				runAsked = len(topic) == 0 || v.auxiliaries[prev] || officeHeads[prev] || i > 1 && prev == "about" && (fold.String(words[i-2]) == "what" || fold.String(words[i-2]) == "how")
			}
			run = append(run, w)
		} else {
			endRun(w)
			afterPlace = v.places[f] || afterPlace && (f == "the" || upper)
			if owner, ok := possessor(w); ok && !v.pronoun(f) && !(v.isWord != nil && !startsUpper(owner) && v.isWord(fold.String(owner))) {
				// Only a name has a possessive that the corpus may not
				// know; "which sultanate's foreign minister" names none.
				q.names = append(q.names, owner)
			}
		}
		if !upper && prev == "of" && len(topic) > 1 && v.placeHeads[fold.String(topic[len(topic)-2])] {
			// "the strait of hormuz": a place's name, in lower case.
			q.names = append(q.names, w)
		}
		if q.kind == timeKind && (prev == "what" || prev == "which") && (f == "day" || f == "days" || f == "month" || f == "time") {
			// "what day are the talks?" asks for a day, which a passage
			// names ("on February 6") without the word.
			prev = f
			continue
		}
		if tagQuestion(string(rest), starts[i], w) {
			// "India sent an official to Tehran, right?": the question
			// asks whether what it said is so, not about rights.
			prev = f
			continue
		}
		if f == "general" && prev == "in" {
			// "In general, how have…" says how widely, as "generally"
			// (a questionWord) does, not what.
			prev = f
			continue
		}
		if !inSpans(noTopic, starts[i]) && !setApart[i] {
			topic = append(topic, w)
		}
		prev = f
	}
	endRun("")
	if speaker := v.speaker(q.text, mentions); speaker != "" {
		q.names = append(q.names, speaker)
		q.othersSpeak = v.isWord != nil && !slices.ContainsFunc(splitWords(speaker), func(w string) bool { return !v.isWord(fold.String(w)) })
	}
	if v.whoSpeaks(q.text, slices.DeleteFunc(slices.Clone(mentions), func(m entity.Mention) bool { return q.excluded[m.ID] })) {
		// "Besides the Saudis, who else has promised not to let the US
		// use their airspace?": the US is what was promised about.
		q.othersSpeak = true
	}
	if q.aboutSpeech && len(q.entities) > 0 {
		// "Pakistan's position on the Iran–US standoff": what every
		// statement of the crisis is about narrows nothing down.
		topic = slices.DeleteFunc(topic, func(w string) bool { return v.settings[fold.String(w)] })
	}
	if slices.ContainsFunc(q.words, func(w string) bool { return v.stances[w] }) {
		// "What position does Ankara hold?": one holds a position, as
		// one holds talks; only the talks are a topic.
		topic = slices.DeleteFunc(topic, func(w string) bool { return v.stanceVerbs[fold.String(w)] })
	}
	if len(q.excluded) > 0 && (len(q.excluded) < len(q.entities) || len(topic) > 0) {
		// "apart from Erdogan's video call idea, when's the Istanbul
		// meeting?" asks about the meeting alone.
		q.entities = slices.DeleteFunc(q.entities, func(en *entity.Entity) bool { return q.excluded[en.ID] })
	}
	if q.aboutSpeech && len(q.paired) > 0 && len(q.paired) == len(q.entities) && len(q.names) > 0 {
		// "How have Western governments reacted to a US-Iran war?": the
		// pair says which war; those named otherwise spoke of it.
		q.othersSpeak = true
	}
	if q.aboutSpeech && len(q.entities) > 0 && q.entities[0].Kind == entity.Country {
		// "where does pakistan's government stand": the government that
		// speaks for its country is no topic; but in "what does Merz
		// think of Iran's government" it is what is spoken of.
		if span, ok := q.spans[q.entities[0].ID]; ok {
			after := q.text[span[1]:]
			after = after[len(possessiveAfter(after)):]
			g := v.governmentAfter(after)
			if next := splitWords(after[len(g):]); g != "" && (slices.ContainsFunc(next[:min(2, len(next))], func(w string) bool { return v.isSpeech(fold.String(w)) }) || v.stanceOf(q.text[:span[0]])) {
				if k := slices.Index(topic, strings.TrimSpace(g)); k >= 0 {
					topic = slices.Delete(topic, k, k+1)
				}
			}
			if inSetting(q.text, span[0], span[1]) {
				// "In Islamabad, what's the government's stance?": the
				// government there speaks.
				topic = slices.DeleteFunc(topic, func(w string) bool { return v.isGovernment(bareWord(w)) })
			}
		}
	}
	q.topic = strings.Join(topic, " ")
	if q.topic == "" && q.kind != identityKind {
		q.aboutSpeech = true
	}
	return q
}

// stanceOf reports whether text, before a country's name, ends with a
// noun of a position and "of" ("the position of (the)"), which the
// country's government holds: "the position of pakistan govt"; but in
// "what is he thinking of Iran government" it is spoken of.
func (v vocabulary) stanceOf(text string) bool {
	words := wordsBefore(text, 2) // without "the"
	return len(words) == 2 && words[1] == "of" && v.stances[words[0]]
}

// tagQuestion reports whether the word w at offset at in text is a
// clause of its own that asks for agreement ("…, right?", "correct?").
func tagQuestion(text string, at int, w string) bool {
	switch fold.String(w) {
	case "right", "correct", "yes", "yeah", "no":
	default:
		return false
	}
	const ends = ",;:.?!—"
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text[:at]))
	next, _ := utf8.DecodeRuneInString(strings.TrimSpace(text[at+len(w):]))
	return (last == utf8.RuneError || strings.ContainsRune(ends, last)) && (next == utf8.RuneError || strings.ContainsRune(ends, next))
}

// quotation matches words in double quotes, straight or curly, or in
// single quotes that open after a space and close before one or before
// punctuation (not an apostrophe: "Iran's 'red lines'").
var quotation = regexp.MustCompile(`["“”]([^"“”]{1,100})["“”]|(?:^|[\s(])['‘]([^'‘’]{1,100})['’](?:$|[\s).,?!:;])`)

// quotedWords returns the words text quotes, joined by spaces, or "".
func quotedWords(text string) string {
	var quoted []string
	for _, m := range quotation.FindAllStringSubmatch(text, -1) {
		quoted = append(quoted, strings.TrimSpace(m[1]+m[2]))
	}
	return strings.Join(quoted, " ")
}

// hearsay reports whether the ith of words, a word of saying, is what
// others say about the news rather than what is asked about: its subject
// is the asker or people at large ("people keep saying the protests
// started in November", "someone said…", "everyone says…").
func (v vocabulary) hearsay(words []string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch f := fold.String(words[k]); {
		case v.auxiliaries[f] || f == "keep" || f == "keeps" || f == "kept" || f == "always" || f == "also":
		default:
			return v.scenes[f] || f == "people"
		}
	}
	return false
}

// opensWithName reports whether first, the first word of a question in
// lower case, is a name, from next, the word after it, and whether
// nothing (adjacent) or only names the corpus knows (apart) stand
// between: a name before a word of saying or opinion ("lula stance on
// iran"; but in "wats Türkiye's stance" the name is between), and a word
// no dictionary has before a name and such a word ("starmer irgc
// position") or before "on" or "about" ("netanyahu on iran strike?").
func (v vocabulary) opensWithName(first, next string, adjacent, apart bool) bool {
	if v.speech[next] && adjacent {
		return true
	}
	return v.noWord(first) && (v.speech[next] && apart || v.about[next] && adjacent)
}

// noWord reports whether a folded word of letters, minNameLength or more
// of them, is in no dictionary: in lower case, it may be a name.
func (v vocabulary) noWord(f string) bool {
	return v.isWord != nil && utf8.RuneCountInString(f) >= minNameLength && !v.isWord(f) && !strings.ContainsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
}

// namedAfterAuxiliary returns where among words, and how many of them,
// in lower case, are a name after an auxiliary that opens the question,
// or follows its question word, and before a word of saying or of taking
// sides ("did netanyahu threaten to join…", "is keir starmer backing…",
// "what is netanyahu asking…"): up to maxLowerName words in no
// dictionary there are who is asked about. It returns n = 0 when there
// are none.
func (v vocabulary) namedAfterAuxiliary(words []string, starts []int, text string) (from, n int) {
	from = 1
	if len(words) > 1 && v.question[fold.String(words[0])] && v.auxiliaries[fold.String(words[1])] {
		from = 2 // "what is netanyahu asking…"
	} else if len(words) == 0 || !v.auxiliaries[fold.String(words[0])] && !v.question[strings.TrimSuffix(fold.String(words[0]), "'s")] {
		return 0, 0
	}
	if from >= len(words) || strings.TrimSpace(text[starts[from-1]+len(words[from-1]):starts[from]]) != "" {
		return 0, 0 // a name the corpus knows between ("what did chinas un ambasador say")
	}
	for n := from; n < from+maxLowerName && n+1 < len(words); n++ {
		w := words[n]
		if f := fold.String(w); startsUpper(w) || !v.noWord(f) || v.pronoun(f) || v.functionWord(f) || v.question[f] || strings.TrimSpace(text[starts[n]+len(w):starts[n+1]]) != "" {
			return 0, 0
		}
		next := fold.String(words[n+1])
		if (next == "been" || next == "being") && n+2 < len(words) {
			next = fold.String(words[n+2]) // "what's netanyahu been saying"
		}
		if (v.isSpeech(next) || stanceAct(next)) && utf8.RuneCountInString(strings.Join(words[from:n+1], "")) >= minLowerNameLength {
			return from, n + 1 - from
		}
	}
	return 0, 0
}

// namedAfterOffice returns where among words, and how many of them, in
// lower case, are a name right after an office ("did pakistan army chief
// asim munir fly to washington"): up to maxLowerName words in no
// dictionary, of minLowerNameLength letters or more together. It returns
// n = 0 when there are none.
func (v vocabulary) namedAfterOffice(words []string, starts []int) (from, n int) {
	for i := 1; i < len(words); i++ {
		if !officeHeads[bareWord(words[i-1])] || starts[i] != starts[i-1]+len(words[i-1])+1 {
			continue
		}
		k := 0 // the words of the name
		for k < maxLowerName && i+k < len(words) {
			w := words[i+k]
			f := fold.String(w)
			if startsUpper(w) || !v.noWord(f) || v.pronoun(f) || v.functionWord(f) || v.question[f] ||
				k > 0 && starts[i+k] != starts[i+k-1]+len(words[i+k-1])+1 {
				break
			}
			k++
		}
		if k > 0 && utf8.RuneCountInString(strings.Join(words[i:i+k], "")) >= minLowerNameLength {
			return i, k
		}
	}
	return 0, 0
}

// officeHeads are the words an office ends with, before the holder's
// name: "army chief", "foreign minister", "spokesman".
var officeHeads = map[string]bool{
	"chief": true, "minister": true, "president": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"envoy": true, "commander": true, "secretary": true, "ambassador": true, "adviser": true, "advisor": true,
	"general": true, "king": true, "prince": true, "chancellor": true, "premier": true, "diplomat": true,
	"speaker": true,
}

// maxLowerName bounds the words of a name in lower case that
// namedAfterAuxiliary and namedAfterOffice take, and minLowerNameLength
// is the fewest letters it has: a shorter word is as likely a slip for a
// name the corpus knows ("did erdgn propose…").
const (
	maxLowerName       = 2
	minLowerNameLength = 6
)

// stanceAct reports whether a folded word is one of stanceActs or a form
// of one ("backing", "threatened", "supports").
func stanceAct(f string) bool {
	if stanceActs[f] {
		return true
	}
	for _, suffix := range []string{"ing", "ed", "s", "d"} {
		if stem, ok := strings.CutSuffix(f, suffix); ok && stanceActs[stem] {
			return true
		}
	}
	return false
}

// stanceActs are verbs, in the base form an auxiliary asks with, of what
// a country or person does by taking a side: "did netanyahu threaten…",
// "does orban support…".
var stanceActs = map[string]bool{
	"threaten": true, "support": true, "oppose": true, "back": true, "condemn": true, "reject": true, "deny": true,
	"accept": true, "agree": true, "endorse": true, "join": true, "criticise": true, "criticize": true, "praise": true,
	"welcome": true, "blame": true, "accuse": true, "call": true, "ask": true,
}

// minNameLength is the fewest letters of a word opensWithName takes for
// a name for want of a dictionary entry.
const minNameLength = 4

// thankYou reports whether the ith of words opens "thank you", which
// thanks the bot; "thank" alone is asked about ("Why did Iran's foreign
// minister thank Islamabad?").
func thankYou(words []string, i int) bool {
	if fold.String(words[i]) != "thank" || i+1 == len(words) {
		return false
	}
	next := fold.String(words[i+1])
	return next == "you" || next == "u" || next == "ya"
}

// functionWord reports whether a folded word is a preposition or an article,
// which opens no name even capitalised.
func (v vocabulary) functionWord(f string) bool {
	return v.about[f] || v.places[f] || v.rolePrepositions[f] || v.determiners[f] || f == "a" || f == "an" || f == "per" || f == "via" || f == "as"
}

// request reports whether the ith of words asks something of the bot
// rather than about what someone said: "tell me which carrier…",
// "could you (please) indicate the date…", "folks want to know when…".
func request(words []string, i int) bool {
	before := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return fold.String(words[i-k])
	}
	after := func(k int) string {
		if i+k >= len(words) {
			return ""
		}
		return fold.String(words[i+k])
	}
	switch fold.String(words[i]) {
	case "tell":
		if next := after(1); next == "me" || next == "us" {
			return true
		}
		// "Kindly tell on which date…", "pls tell what…": the bot is
		// told, as when "tell" opens the question.
		if b := before(1); b == "" || politeness[b] {
			if next := after(1); askingWords[next] || askingWords[after(2)] && (next == "on" || next == "in" || next == "at" || next == "from") {
				return true
			}
		}
	case "want", "wants", "wanted":
		if after(1) == "to" {
			switch after(2) {
			case "know", "ask", "find", "check", "understand", "learn", "see":
				return true // "folks want to know when…"
			}
		}
	case "line", "lines":
		// "the line saying when…", "a line from the article": a
		// passage, not a country's line.
		if b := before(1); b == "the" || b == "a" {
			switch after(1) {
			case "saying", "says", "stating", "where", "that", "which", "from", "in":
				return true
			}
		}
	case "quote":
		// "quote when the talks are", "quote the part about…": quote
		// a passage, not someone ("quote Fidan on strikes"), nor "the
		// quote where Araghchi talks…".
		if b := before(1); b != "" && !politeness[b] && b != "you" {
			break
		}
		switch after(1) {
		case "when", "where", "what", "how", "whether", "if", "why", "which":
			return true
		case "the", "a":
			if passageNouns[after(2)] {
				return true
			}
		}
	case "saying", "says", "stating", "states":
		// "need the line saying when…", "the bit where it says…": the
		// passage says it, and no one is asked about.
		for k := 1; k <= 3 && before(k) != ""; k++ {
			if passageNouns[before(k)] {
				return true
			}
			if b := before(k); b != "that" && b != "which" && b != "where" && b != "it" {
				break
			}
		}
	}
	return before(1) == "you" || politeness[before(1)] && before(2) == "you"
}

// advocates reports whether the ith of words, with "for" after it and
// what is pushed for asked, says what someone argues for, as a word of
// saying does: "what are Sharif and Dar pushing for on Iran?". "did
// Pakistan push for a vote?" asks about the vote.
func advocates(words []string, i int) bool {
	switch fold.String(words[i]) {
	case "ask", "asks", "asked", "asking":
		// "what is China asking the US to do?", "what is Iran asking
		// of Oman?": what is asked is the question's, as with "for".
		if i+1 < len(words) && fold.String(words[i+1]) == "of" {
			return true
		}
		for k := i + 1; k+1 < len(words) && k <= i+4; k++ {
			if fold.String(words[k]) == "to" && fold.String(words[k+1]) == "do" {
				return true
			}
		}
		return askedFor(words, i)
	case "push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing", "lobby", "lobbies", "lobbied", "lobbying":
		return askedFor(words, i)
	}
	return false
}

// askedFor reports whether "for" follows the ith of words with what it
// is for left to the question: at the end, or before a preposition or an
// adverb ("pushing for on Iran", "asking for now").
func askedFor(words []string, i int) bool {
	if i+1 == len(words) || fold.String(words[i+1]) != "for" {
		return false
	}
	if i+2 == len(words) {
		return true
	}
	switch fold.String(words[i+2]) {
	case "on", "in", "at", "about", "regarding", "over", "with", "now", "exactly", "here", "there":
		return true
	}
	return false
}

// conditional reports whether the ith of words is the verb of a
// condition: "is the US military ready to go if Trump says so?" asks
// whether it is ready, not what Trump said.
func conditional(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxConditionSubject-1; k-- {
		switch fold.String(words[k]) {
		case "if", "unless", "once":
			return true
		case "what", "how", "did", "does", "do", "has", "have", "will", "would", "and", "or", "but":
			return false // "if so, what did Fidan say": its own clause
		}
	}
	return false
}

// questionLabel matches the label of the question after a recap ("Thread
// recap: Turkey, mediation. Q: what did Erdogan propose?"), after the
// end of a sentence or at the start, and the first letter after it.
var questionLabel = regexp.MustCompile(`(^|[.!?]\s+)(?:Q|Question)\s*:\s*(\pL)`)

// dropQuestionLabel removes from text the labels that open its question
// ("Q:"), and capitalises what follows, which starts a sentence.
func dropQuestionLabel(text string) string {
	return questionLabel.ReplaceAllStringFunc(text, func(m string) string {
		sub := questionLabel.FindStringSubmatch(m)
		return sub[1] + strings.ToUpper(sub[2])
	})
}

// askedWhom reports whether the ith of words, a verb of talking, asks
// whom it was to: "who did Araghchi speak to in Kuwait?", "with whom did
// he speak?", "was it Albusaidi that he spoke to?" ask who the other
// party was, not what was said.
func askedWhom(words []string, i int) bool {
	stranded := i+1 < len(words) && (fold.String(words[i+1]) == "to" || fold.String(words[i+1]) == "with")
	for k := 0; k < i; k++ {
		switch fold.String(words[k]) {
		case "whom":
			return true
		case "who":
			return stranded
		case "it":
			if k > 0 && slices.Contains([]string{"was", "is", "wasn't", "isn't", "wasnt", "isnt"}, strings.ReplaceAll(fold.String(words[k-1]), "’", "'")) {
				return stranded // "Was it Albusaidi that Araghchi spoke to?"
			}
		case "what", "how", "why", "when", "where", "which", "whose":
			return false
		}
	}
	return false
}

// maxConditionSubject is the most words between "if" and the verb of its
// condition ("if the US president says so").
const maxConditionSubject = 3

// politeness are the words that make a request polite: "kindly tell…",
// "could you please…".
var politeness = map[string]bool{"please": true, "pls": true, "plz": true, "kindly": true}

// askingWords open what a request asks for: "tell on which date…".
var askingWords = map[string]bool{
	"what": true, "which": true, "who": true, "whom": true, "whose": true, "when": true, "where": true,
	"why": true, "how": true, "whether": true, "if": true,
}

// passageNouns name a passage of the articles, which "says" what a
// question asks for: "the line saying…", "the part where it says…".
var passageNouns = map[string]bool{
	"line": true, "lines": true, "bit": true, "part": true, "passage": true, "sentence": true, "paragraph": true,
	"article": true, "report": true, "piece": true, "story": true, "source": true,
}

// placedTo reports whether words[i] is "position" before "to": "in a
// good position to mediate" says what one can do, not what one thinks.
func placedTo(words []string, i int) bool {
	return fold.String(words[i]) == "position" && i+1 < len(words) && fold.String(words[i+1]) == "to"
}

// pronoun reports whether the folded word f is one of pronouns or
// possessives, or one of pronouns with "'s" ("everyone's", "there's").
func (v vocabulary) pronoun(f string) bool {
	if owner, ok := possessor(f); ok {
		f = owner
	}
	return v.pronouns[f] || v.possessives[f]
}

// destination reports whether the text before a name ends with a verb
// of moving forces and a preposition of direction: "sent toward",
// "heading to the", "deployed into".
func (v vocabulary) destination(before string) bool {
	words := wordsBefore(before, 2)
	return len(words) == 2 && v.movements[words[0]] && v.directions[words[1]]
}

// wordsBefore returns the last n words of text other than a final
// "the", folded, or fewer if text has fewer: "besides" of "besides the
// ", "sent toward" of "it was sent toward the ".
func wordsBefore(text string, n int) []string {
	words := splitWords(text)
	if k := len(words); k > 0 && fold.String(words[k-1]) == "the" {
		words = words[:k-1]
	}
	words = words[max(len(words)-n, 0):]
	for i, w := range words {
		words[i] = fold.String(w)
	}
	return words
}

// citationLead matches the words that ask where the articles say what
// follows: "Where does it say…", "Show me where it says…", "Where's the
// source that…".
var citationLead = regexp.MustCompile(`(?i)^(?:(?:can you |could you |pls |please )?(?:show|tell) me |point me to )?(?:where(?:'s|’s| is| does| did| do)? *(?:it|they|the articles?|the source|the report) +(?:say|says|said|mention|mentions|state|states|report|reports)(?: that)?|where(?:'s|’s| is) +the +(?:source|passage|proof|quote|line)(?: +(?:that|for|saying|where it says))?) +`)

// citationTail matches a last clause that asks where the articles say
// what comes before: "… — where does it say that?", "…? Where?".
var citationTail = regexp.MustCompile(`(?i)(?:[\s,;—–-]+where (?:does|did) it say (?:that|so)|\?\s*where)\s*\?*\s*$`)

// dropCitationFrame returns text without the words that ask where the
// articles say something, which are neither a place asked for nor a
// question about what someone said: "Where does it say the US sent
// extra carrier groups?" asks whether the US sent them.
func dropCitationFrame(text string) string {
	if loc := citationLead.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		text = text[loc[1]:]
	}
	if loc := citationTail.FindStringIndex(text); loc != nil && loc[0] > 0 {
		text = text[:loc[0]] + "?"
	}
	return text
}

// askerLead matches a frame that puts the question in someone else's
// mouth: "Suppose a reader asks…", "If someone asked me…", "Say a
// member here wants to know…". askerTail matches the last clause that
// goes with it: "…, what's the answer?", "…, what do I tell them?".
var (
	askerLead = regexp.MustCompile(`(?i)^(?:suppose|say|imagine|if|what if|in case)(?: that)?,? +(?:(?:a|an|one|some|my|our|the) +)?(?:someone|somebody|anyone|reader|member|viewer|listener|student|user|mod|moderator|person|colleague|editor|friend|follower|subscriber|client|boss)s?(?: +(?:in here|here|on (?:the|this) server|in (?:the|this) (?:chat|channel|server)))? +(?:asks|asked|were to ask|would ask|is asking|wants to know|wanted to know|wonders|wondered|needs to know)(?: +(?:me|us|you|the bot))?(?: +for)? +`)
	askerTail = regexp.MustCompile(`(?i)[\s,;—–-]+(?:so +)?(?:what(?:'s|’s| is| would be| should be) +(?:the|my|our|a good) +(?:answer|reply|response)|what +(?:do|would|should|can|could) +(?:i|we) +(?:tell|say to|answer) +(?:them|him|her)|what +(?:do|would|should|could) +(?:i|we) +say(?: +to +(?:them|him|her))?|how +(?:do|would|should|could) +(?:i|we) +(?:answer|reply|respond)(?: +to +(?:them|him|her|it))?)\s*\?*\s*$`)
)

// dropAskerFrame returns text without a frame that has someone else ask
// the question, which is no word of saying and no topic: "Suppose a
// reader asks when Washington and Tehran meet for talks, what's the
// answer?" asks when they meet.
func dropAskerFrame(text string) string {
	loc := askerLead.FindStringIndex(text)
	if loc == nil || loc[1] == len(text) {
		return text
	}
	text = text[loc[1]:]
	if loc := askerTail.FindStringIndex(text); loc != nil && loc[0] > 0 {
		text = text[:loc[0]] + "?"
	}
	return text
}

// formatRequest matches a last clause that asks for the answer in some
// form rather than asking anything: "…? tl;dr pls", "…, source +
// quote", "…? just the date + source", "…? bullet points ok".
var formatRequest = regexp.MustCompile(`(?i)(?:[?.!]+|\s*[,;:—–(]|\s-)\s*((?:(?:pls|please|plz)\s+)?(?:tl;?dr|one[- ]liner|(?:in\s+)?one\s+line|short\s+answer|briefly|bullet\s+points?|(?:in\s+)?bullets|list|yes/no|yes\s+or\s+no|sources?|link|citation|quotes?|exact\s+(?:words|wording|quote)|verbatim|date|number|figure|name|(?:just|only)\s+the\s+[\w-]+(?:\s+(?:bit|line|part|one))?)(?:\s*(?:\+|&|and|/|w/|with)\s*(?:the\s+)?(?:source|quote|link|citation|date|outlet|url))*(?:\s+(?:only|pls|please|plz|ok|okay|thx|thanks))*)\s*\)?\s*[.!?]*\s*$`)

// dropFormatRequest returns text without a last clause that asks for the
// answer in some form (see formatRequest), whose words are no topic:
// "whats turkeys stance on the iran crisis, source + quote" asks for
// Turkey's stance, and "did the EU designate the IRGC? source + quote"
// whether it did.
func dropFormatRequest(text string) string {
	loc := formatRequest.FindStringSubmatchIndex(text)
	if loc == nil || loc[2] == 0 || !strings.ContainsFunc(text[:loc[2]], unicode.IsLetter) {
		return text
	}
	rest := strings.TrimRight(text[:loc[2]], " ,;:—–(-")
	if len(splitWords(rest)) < minFormatQuestion {
		return text
	}
	if !strings.HasSuffix(rest, "?") {
		rest += "?"
	}
	return rest
}

// minFormatQuestion is the fewest words a question must keep for a last
// clause to be taken for a request of form: "Date?" asks for a date.
const minFormatQuestion = 3

// dropPreamble returns text without a leading clause before a colon
// that says what kind of request follows or why it is asked: a label
// ("Fact check:", "Attribution check:", "Question:"), or two words or
// more followed by a question word ("Fact-checking before we go to print:
// where does Ankara stand…"). Its words, none capitalised but the first
// and none naming an entity, are no name and no topic. A single other
// word before a colon may be a name ("Lula: what did he say?").
func (v vocabulary) dropPreamble(reg *entity.Registry, text string) string {
	before, after, ok := strings.Cut(text, ":")
	if !ok || len(before) > maxPreamble {
		return text
	}
	words := splitWords(before)
	if len(words) == 0 || len(reg.FindInQuery(before)) > 0 {
		return text
	}
	for _, w := range words[1:] {
		if startsUpper(w) && !v.pronoun(fold.String(w)) { // "For a report I am writing:"
			return text
		}
	}
	rest := splitWords(opening(after, 1))
	last := fold.String(words[len(words)-1])
	labelled := v.labels[last] || v.labels[last[strings.LastIndex(last, "-")+1:]] // "Fact-check:"
	asked := len(words) >= 2 && len(rest) > 0 && v.question[fold.String(rest[0])]
	if !labelled && !asked {
		return text
	}
	if ws := splitWords(after); !labelled && len(ws) > 0 {
		switch fold.String(ws[len(ws)-1]) {
		case "it", "that", "them":
			// "Negotiating while under threats: is Iran prepared to do
			// that?" asks about what comes before the colon.
			return text
		}
	}
	return strings.TrimSpace(after)
}

// contextSpans returns where in text the sentences about the one who
// asks are, before or after the question ("I'm writing about sanctions.
// Did Brussels list the IRGC?", "Which carrier was sent? my dad served
// in the navy"): byte ranges of text whose words are no topic and whose
// entities are not asked about. The question is the last sentence that
// ends with a question mark; a sentence about the asker holds one of
// scenes (after the question, a sentence without them may still say
// what it asks: "something about the next attack"). Sentences before the
// question count only if none of them is a question, and the question
// holds minContextQuestion words or more and does not refer back with a
// pronoun or ask whether they are true: else they carry what it asks
// ("The nuclear talks in Istanbul. When are they?", "I heard Tehran
// added drones. Is that true?").
func (v vocabulary) contextSpans(text string) [][2]int {
	words, starts := wordSpans(text)
	sentences := chatSentences(text, words, starts)
	question := -1
	for k, s := range sentences {
		if s.asks {
			question = k
		}
	}
	if question < 0 || len(sentences) == 1 {
		return nil
	}
	scene := func(from, to int) bool {
		return slices.ContainsFunc(words[from:to], func(w string) bool { return v.scenes[fold.String(w)] })
	}
	span := func(from, to int) [2]int {
		end := len(text)
		if to < len(words) {
			end = starts[to]
		}
		return [2]int{starts[from], end}
	}
	var out [][2]int
	q := sentences[question]
	refers := false
	for i := q.from; i < q.to; i++ {
		f := fold.String(words[i])
		// "Can you confirm what France's minister said?" asks it anew;
		// "Can you confirm?" asks about what came before.
		if v.backReferences[f] || v.truthChecks[f] && !(i+1 < q.to && askingWords[fold.String(words[i+1])]) {
			refers = true
		}
	}
	asked := slices.ContainsFunc(sentences[:question], func(s chatSentence) bool { return s.asks })
	if question > 0 && q.to-q.from >= minContextQuestion && !refers && !asked && scene(0, q.from) {
		out = append(out, span(0, q.from))
	}
	for _, s := range sentences[question+1:] {
		if scene(s.from, s.to) {
			out = append(out, span(s.from, s.to))
		}
	}
	return out
}

// preludeSpans returns where in text the sentences are before a short
// question for a position ("Islamabad is right next door to Iran so I'm
// curious. What's its position?", "Honestly lost track of the regional
// reactions. What's Turkey's position?"): they say why it is asked, and
// their words are no topic. What they name stays asked about, as "its"
// refers to it. Before a question on anything else they carry what it
// asks ("Turkey proposed a summit. What did Erdogan say about it?").
func (v vocabulary) preludeSpans(text string) [][2]int {
	words, starts := wordSpans(text)
	sentences := chatSentences(text, words, starts)
	last := len(sentences) - 1
	if last < 1 || !sentences[last].asks || slices.ContainsFunc(sentences[:last], func(s chatSentence) bool { return s.asks }) {
		return nil
	}
	q := words[sentences[last].from:sentences[last].to]
	if len(q) > maxPositionQuestion || !slices.ContainsFunc(q, func(w string) bool { return v.stances[bareWord(w)] }) {
		return nil
	}
	for i := 1; i < len(q); i++ {
		if f := fold.String(q[i-1]); (f == "what" || f == "how") && fold.String(q[i]) == "about" {
			return nil // "Turkey keeps pushing for talks. What about Pakistan, what's its view?" on them
		}
	}
	return [][2]int{{0, starts[sentences[last].from]}}
}

// maxPositionQuestion is the most words of a question for a position
// after which the sentences before it are a prelude (see preludeSpans).
const maxPositionQuestion = 8

// clauseBreak matches what ends a clause in a question: a comma,
// semicolon, colon, question or exclamation mark, an em dash, or an en
// dash or hyphen between spaces (joining words, "Iran–US", it ends
// nothing).
var clauseBreak = regexp.MustCompile(`[,;:?!—]+|\s[–-]\s`)

// backgroundSpans returns where in text the clauses are that set the
// background of the question rather than ask it: a clause of its own
// that opens with "with" but not "with which", holds a participle and
// is not all the question asks ("With the US
// threatening Iran, a proposal came from Erdogan — what was it?", "is
// france down for an intervention? with trump threatening strikes"), or
// one that opens the question with "given" or "amid", unless the
// question refers back to it.
// Their words are no topic and their entities are not asked about.
func backgroundSpans(text string) [][2]int {
	var spans [][2]int
	from := 0
	bounds := append(clauseBreak.FindAllStringIndex(text, -1), []int{len(text), len(text)})
	for _, b := range bounds {
		clause := text[from:b[0]]
		words := splitWords(clause)
		if len(words) > 3 && discourseWord(fold.String(words[0])) {
			words = words[1:] // "So with the US threatening Iran, …"
		}
		if len(words) > 2 && fold.String(words[0]) == "with" && !asksWhich(fold.String(words[1])) &&
			strings.ContainsFunc(text[:from]+text[b[0]:], unicode.IsLetter) &&
			slices.ContainsFunc(words[2:], func(w string) bool { return len(w) > 5 && strings.HasSuffix(fold.String(w), "ing") }) {
			spans = append(spans, [2]int{from, b[0]})
		}
		if from == 0 && len(words) > 1 && (fold.String(words[0]) == "given" || fold.String(words[0]) == "amid") && strings.ContainsFunc(text[b[0]:], unicode.IsLetter) &&
			!slices.ContainsFunc(splitWords(text[b[0]:]), func(w string) bool {
				switch fold.String(w) {
				case "it", "them", "such", "these", "those":
					return true // "Given the warnings, how did Araghchi respond to them?"
				}
				return false
			}) {
			// "Given the US buildup, how many drones has Tehran put
			// into service?": the reason for asking.
			spans = append(spans, [2]int{from, b[0]})
		}
		if from == 0 && relativeTimeLead.MatchString(clause) && strings.ContainsFunc(text[b[0]:], unicode.IsLetter) {
			// "On the same day as the Dar–Araghchi call, did Pakistan's
			// PM talk to anyone in Iran?": the time, by another event.
			spans = append(spans, [2]int{from, b[0]})
		}
		from = b[1]
	}
	return spans
}

// relativeTimeLead matches a clause that opens a question with a time
// told by another event: "On the same day as the call", "The day after
// Trump's post", "Shortly before the vote".
var relativeTimeLead = regexp.MustCompile(`(?i)^\s*(?:(?:on|in|during)\s+the\s+same\s+\w+\s+(?:as\s+)?|(?:on\s+)?the\s+(?:day|week|morning|evening|night)\s+(?:before|after)\s+|(?:shortly|right|just|soon|a\s+day)\s+(?:before|after)\s+)\S`)

// sourceSpans returns where in text a source is named by the kind of
// outlet it is rather than by name: "according to Iranian state media",
// "per Iranian reporting". The country there says whose media, not what
// is asked about, and no passage says "state media" of itself.
func sourceSpans(text string) [][2]int {
	var spans [][2]int
	words, starts := wordSpans(text)
	for i := 0; i+1 < len(words); i++ {
		from := -1
		switch {
		case fold.String(words[i]) == "according" && fold.String(words[i+1]) == "to":
			from = i + 2
		case fold.String(words[i]) == "per":
			from = i + 1
		}
		if from < 0 {
			continue
		}
		for j := from; j < len(words) && j < from+maxSourceWords; j++ {
			if mediaNouns[fold.String(words[j])] {
				spans = append(spans, [2]int{starts[i], starts[j] + len(words[j])})
				break
			}
		}
	}
	return spans
}

// maxSourceWords bounds the words between "according to" and the noun
// of media that makes it a source ("according to Iranian state media").
const maxSourceWords = 4

// mediaNouns name the kind of outlet a source is; not "press" or "TV",
// which end outlets' names ("according to Press TV").
var mediaNouns = map[string]bool{
	"media": true, "reporting": true, "reports": true, "outlets": true, "television": true,
}

// asksWhich reports whether a folded word after "with" makes the clause
// a question rather than its background ("With which foreign ministers
// was Araghchi talking?").
func asksWhich(f string) bool {
	switch f {
	case "which", "whom", "who", "what", "how":
		return true
	}
	return false
}

// discourseWord reports whether a folded word may open a clause before
// what the clause says ("So with the US threatening Iran, …").
func discourseWord(f string) bool {
	switch f {
	case "so", "and", "but", "now", "well", "ok", "okay":
		return true
	}
	return false
}

// chatSentence is a sentence of a question: its words, [from, to) of
// the question's words, and whether it ends with a question mark.
type chatSentence struct {
	from, to int
	asks     bool
}

// chatSentences splits a question's words (at starts in text) into
// sentences as people type them in chat: a question mark ends one before
// any word ("Which carrier was sent? my dad served…"), a full stop or
// exclamation mark only before a capital and not after an abbreviation
// ("Mr. Peskov").
func chatSentences(text string, words []string, starts []int) []chatSentence {
	var out []chatSentence
	from := 0
	for i := 1; i < len(words); i++ {
		between := text[starts[i-1]+len(words[i-1]) : starts[i]]
		asks := strings.Contains(between, "?")
		if asks || strings.ContainsAny(between, ".!") && startsUpper(words[i]) && !abbreviation(words[i-1]) {
			out = append(out, chatSentence{from: from, to: i, asks: asks})
			from = i
		}
	}
	if len(words) > 0 {
		out = append(out, chatSentence{from: from, to: len(words), asks: strings.HasSuffix(strings.TrimRight(text, " "), "?")})
	}
	return out
}

// inSpans reports whether the byte offset at is within one of spans.
func inSpans(spans [][2]int, at int) bool {
	return slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= at && at < s[1] })
}

// minContextQuestion is the fewest words of a question that
// contextSpans sets apart from the sentences before it.
const minContextQuestion = 4

// abbreviation reports whether a word before a full stop is likely an
// abbreviation or a number rather than the end of a sentence: "Mr.",
// "U.S.", "Feb. 3".
func abbreviation(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || startsUpper(w) && utf8.RuneCountInString(w) <= 3 || strings.Contains(w, ".")
}

// maxPreamble bounds the length in bytes of a clause dropPreamble drops.
const maxPreamble = 80

// startsUpper reports whether w starts with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// capitalised counts the words of run that start with a capital letter.
func capitalised(run []string) int {
	n := 0
	for _, w := range run {
		if startsUpper(w) {
			n++
		}
	}
	return n
}

// speaker returns the words that name who a question asks about, typed
// in lower case, between an auxiliary and a verb of saying ("lula" in
// "what did lula say about iran"), unless they hold a name or one of the
// entities mentioned: like a capitalised name, if the corpus has none of
// them, the question is about someone it does not know.
func (v vocabulary) speaker(text string, mentions []entity.Mention) string {
	words, starts := wordSpans(text)
	i := v.auxiliary(words)
	if i < 0 {
		return ""
	}
	for j := i + 1; j < len(words) && j-i-1 <= maxSpeakerWords; j++ {
		if !v.sayings[fold.String(words[j])] {
			continue
		}
		for k := i + 1; k < j; k++ {
			r, _ := utf8.DecodeRuneInString(words[k])
			named := slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start <= starts[k] && starts[k] < m.End })
			if named && k > i+2 && fold.String(words[k-1]) == "of" && !unicode.IsUpper(r) {
				// "what did sultan haitham of oman say": the one of the
				// country named is the speaker.
				j = k - 1
				break
			}
			if unicode.IsUpper(r) || named || v.pronoun(fold.String(words[k])) {
				return "" // "what do they actually think": no name
			}
			if f := fold.String(words[k]); v.question[f] || f == "that" {
				// "Who is the academic who thinks…": who speaks is what
				// the question asks, in a clause of its own.
				return ""
			}
		}
		if !slices.ContainsFunc(words[i+1:j], func(w string) bool { return !v.functionWord(fold.String(w)) }) {
			return "" // "what was the promise…": a noun of saying
		}
		return strings.Join(words[i+1:j], " ")
	}
	return ""
}

// givenNameOfOther reports whether mention m of a person is by their
// given name alone after a capitalised word that is no title, no office
// and no name the corpus knows: the end of another name ("Bandar Abbas",
// a city, is not Abbas Araghchi).
func (v vocabulary) givenNameOfOther(en *entity.Entity, text string, m entity.Mention, mentions []entity.Mention) bool {
	given, _, ok := strings.Cut(en.Name, " ")
	if en.Kind != entity.Person || !ok || fold.String(text[m.Start:m.End]) != fold.String(given) {
		return false
	}
	words, starts := wordSpans(text[:m.Start])
	if len(words) < 2 || strings.TrimSpace(text[starts[len(words)-1]+len(words[len(words)-1]):m.Start]) != "" {
		// The first word of a question is capitalised anyway; and the
		// name must follow the word.
		return false
	}
	prev, at := words[len(words)-1], starts[len(words)-1]
	if slices.ContainsFunc(mentions, func(o entity.Mention) bool { return o.Start <= at && at < o.End }) {
		return false // "Iran's Abbas"
	}
	f := fold.String(prev)
	return startsUpper(prev) && !v.question[f] && v.offices[bareWord(f)] == nil && !officeHeads[f] && !v.functionWord(f) && !v.pronoun(f) && !nameTitles[strings.TrimSuffix(f, ".")]
}

// nameTitles are titles before a name that are no office (offices are
// officeHeads): "Sheikh Jarrah", "Ayatollah Khamenei".
var nameTitles = map[string]bool{
	"sheikh": true, "shaikh": true, "sheik": true, "ayatollah": true, "sultan": true, "emir": true,
	"sayyid": true, "seyed": true, "seyyed": true,
}

// quantifiers say how many of a kind a question asks about: "did any
// analyst…", "have some experts…".
var quantifiers = map[string]bool{"any": true, "some": true, "other": true, "several": true, "many": true, "most": true, "few": true}

// expertsOnly reports whether a name found in a question is only words
// for experts, with function words and quantifiers: "any academic" is a
// kind of speaker, which passages name in their own words ("a professor
// of international relations"), not someone the corpus may lack.
func (v vocabulary) expertsOnly(name string) bool {
	words := splitWords(name)
	return slices.ContainsFunc(words, func(w string) bool { return v.experts[fold.String(w)] }) &&
		!slices.ContainsFunc(words, func(w string) bool {
			f := fold.String(w)
			return !v.experts[f] && !v.functionWord(f) && !quantifiers[f]
		})
}

// expertTerm reports whether a search term, stemmed, is one of the
// experts ("academ" of "academics").
func (v vocabulary) expertTerm(t string) bool {
	if v.experts[t] {
		return true
	}
	if len(t) < minExpertStem {
		return false
	}
	for w := range v.experts {
		if strings.HasPrefix(w, t) {
			return true
		}
	}
	return false
}

// minExpertStem is the fewest letters of a stem that expertTerm compares
// with the experts' words.
const minExpertStem = 5

// auxiliary returns the place of the first auxiliary among words, or -1.
func (v vocabulary) auxiliary(words []string) int {
	return slices.IndexFunc(words, func(w string) bool { return v.auxiliaries[fold.String(w)] })
}

// passive reports whether words[i] is a participle of saying after a
// form of "be", right after it or after "a" or "the" and a word or two,
// with no agent after it: "How come Pakistan and Iran are described as
// so close?" asks why they are close, and "wasn't a date announced for
// the talks?" asks for the date, not what anyone said.
func passive(words []string, i int) bool {
	if i == 0 || !passiveParticiples[fold.String(words[i])] {
		return false
	}
	for _, w := range words[i+1 : min(i+5, len(words))] {
		if fold.String(w) == "by" {
			return false // "was anything promised by the Saudis"
		}
	}
	for k := 1; k <= 4 && k <= i; k++ {
		switch fold.String(words[i-k]) {
		case "is", "are", "was", "were", "been", "being", "be", "isn't", "aren't", "wasn't", "weren't", "isnt", "arent", "wasnt", "werent":
			return k == 1 || k > 2 && (fold.String(words[i-k+1]) == "a" || fold.String(words[i-k+1]) == "the")
		}
	}
	return false
}

// passiveParticiples are the participles of saying that passive takes.
var passiveParticiples = map[string]bool{"described": true, "announced": true, "declared": true, "stated": true}

// stateVerb reports whether "state", after the words before it and at
// start in text, is the verb of "What did the US Defense Secretary
// state…", after "did" or "does" and the one the question asks about,
// and not a noun: "a Gulf state", "Iran's head of state".
func (v vocabulary) stateVerb(before []string, start int, text string, mentions []entity.Mention) bool {
	if len(before) == 0 || fold.String(before[len(before)-1]) == "of" || v.determiners[fold.String(before[len(before)-1])] {
		return false
	}
	if !slices.ContainsFunc(before, func(w string) bool { f := fold.String(w); return f == "did" || f == "does" || f == "do" }) {
		return false
	}
	if slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start <= start && start < m.End }) {
		return false
	}
	return v.afterAuxiliary(text, mentions) != ""
}

// whoSpeaks reports whether "who" or "which" is the subject of the
// question's verb of saying, in the first clause that has one: "who
// (else) has promised…", "which European leader said…, and who was he
// with?", but not "who did Araghchi call", where someone named follows
// the auxiliary.
func (v vocabulary) whoSpeaks(text string, mentions []entity.Mention) bool {
	words, starts := wordSpans(text)
	for k, w := range words {
		which := fold.String(w) == "which"
		if !which && fold.String(w) != "who" {
			continue
		}
		if !which && k+4 < len(words) && (fold.String(words[k+1]) == "on" || fold.String(words[k+1]) == "from") && slices.ContainsFunc(words[k+2:k+5], func(w string) bool { return fold.String(w) == "side" }) {
			return false // "Who on the EU side posted…": someone of the EU speaks.
		}
		if !which && k+2 < len(words) && v.places[fold.String(words[k+1])] {
			// "Who in Tehran hit back…": someone of the place named speaks.
			at := k + 2
			if fold.String(words[at]) == "the" && at+1 < len(words) {
				at++
			}
			if slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.Start == starts[at] }) {
				return false
			}
		}
		say := slices.IndexFunc(words[k+1:], func(w string) bool { return v.sayings[fold.String(w)] })
		if say < 0 {
			continue // "…, and who was he appearing with?" after "Which leader said…"
		}
		// "which Arab country's top diplomat talked with Araghchi": no one
		// named between "which" and the verb speaks.
		if which && slices.ContainsFunc(mentions, func(m entity.Mention) bool { return starts[k] < m.Start && m.Start < starts[k+1+say] }) {
			return false
		}
		return v.afterAuxiliary(text, mentions) == ""
	}
	return false
}

// capitalisedAt reports whether words[i], or the word after it when it
// is "the", is capitalised: a name ("other than the Saudis").
func capitalisedAt(words []string, i int) bool {
	if i < len(words) && fold.String(words[i]) == "the" {
		i++
	}
	return i < len(words) && startsUpper(words[i])
}

// maxSpeakerWords bounds the words between an auxiliary and a verb of
// saying taken for a speaker.
const maxSpeakerWords = 4

// writeOut replaces the officeNames and chatSpellings in text by what
// they stand for, a question word's contraction by its two words
// ("what'd" → "what did", which has the auxiliary before the speaker),
// "take" after a possessive by "view" ("Pakistan's take on…" asks for
// its view), "weighed" before "in" by "commented", and the noun of "in
// light of", "with respect to" and the like by "regarding", a question
// word.
func (v vocabulary) writeOut(text string) string {
	text = replaceWords(text, func(words []string, i int) (string, bool) {
		if full, ok := v.officeNames[fold.String(words[i])]; ok {
			return full, true
		}
		if full, ok := v.chatSpellings[fold.String(words[i])]; ok {
			return full, true
		}
		return v.expandContraction(words[i])
	})
	return replaceWords(text, func(words []string, i int) (string, bool) {
		f := fold.String(words[i])
		prev, next := "", ""
		if i > 0 {
			prev = fold.String(words[i-1])
		}
		if i+1 < len(words) {
			next = fold.String(words[i+1])
		}
		switch {
		case (f == "weigh" || f == "weighs" || f == "weighed" || f == "weighing") && next == "in":
			return "commented", true // "Beijing weighed in at the UN"
		case relativeTime(f, next), relativeTime(prev, f):
			// "this week", "last month": the asker's time, not the
			// articles' ("which official travelled to Tehran this week"
			// is not about what they report "last week").
			return "", true
		case (f == "apart" || f == "aside") && next == "from", f == "other" && next == "than" && capitalisedAt(words, i+2):
			// "apart from Erdogan's idea, when…", "other than Turkey";
			// but "any path other than diplomacy" asks about diplomacy.
			return "besides", true
		case f == "from" && (prev == "apart" || prev == "aside"), f == "than" && prev == "other" && capitalisedAt(words, i+1):
			return "", true
		case (f == "grounds" || f == "basis") && prev == "what":
			return "", true // "on what grounds did the Council…": why
		case v.retorts[f] && next == "back":
			return "responded", true // "how did Araghchi clap back at the EU"
		case f == "back" && v.retorts[prev]:
			return "", true
		case f == "light" && prev == "in" && next == "of", f == "terms" && prev == "in" && next == "of",
			(f == "respect" || f == "regard") && (prev == "with" || prev == "in") && next == "to", f == "insofar":
			// "In light of the escalation", "with respect to the
			// crisis": only what follows is asked about.
			return "regarding", true
		}
		if i == 0 || f != "take" && f != "takes" {
			return "", false
		}
		before := fold.String(words[i-1])
		if _, owned := possessor(before); owned || v.possessives[before] {
			return "view", true
		}
		// "How did Araghchi take the EU move?": how he reacted to it.
		return "react", fold.String(words[0]) == "how"
	})
}

// expandContraction returns an interrogative's contraction written out
// ("what'd" → "what did", "Who’re" → "Who are"), or false for any other
// word. "'s" is left: "whats" and "what's" are question words already,
// and "where's X at" is read as written (see whereAt).
func (v vocabulary) expandContraction(w string) (string, bool) {
	cut := strings.IndexAny(w, "'’")
	if cut < 0 || !v.interrogatives[fold.String(w[:cut])] {
		return "", false
	}
	_, short, _ := strings.Cut(strings.ReplaceAll(fold.String(w), "’", "'"), "'")
	full, ok := v.contractions[short]
	return w[:cut] + " " + full, ok
}

// relativeTime reports whether the folded words a and b name a time
// relative to now: "this week", "last month", "past year".
func relativeTime(a, b string) bool {
	switch a {
	case "this", "last", "next", "past":
		switch b {
		case "week", "weekend", "month", "year", "weeks", "months":
			return true
		}
	}
	return false
}

// replaceWords returns text with each word (see splitWords) that replace
// gives a replacement for replaced by it, and the rest as it was. replace
// is given all the words of text and the place of the one to replace, so
// that it may look at its neighbours.
func replaceWords(text string, replace func(words []string, i int) (string, bool)) string {
	words, starts := wordSpans(text)
	var b strings.Builder
	last := 0
	for i, w := range words {
		if r, ok := replace(words, i); ok {
			b.WriteString(text[last:starts[i]])
			b.WriteString(r)
			last = starts[i] + len(w)
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// isSpeech reports whether a folded word is one of speechWords, or its
// -ing form ("urging", "warning", "commenting") but "seeing".
func (v vocabulary) isSpeech(w string) bool {
	if v.speech[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ing")
	// "who was he seeing" asks whom he met, not how he sees it.
	return ok && stem != "see" && (v.speech[stem] || v.speech[stem+"e"])
}

// whereAt reports whether folded words ask where someone is at ("where's
// Pakistan at on this", "wheres turkey at", "where's turkey on all
// this"): "at" ending a clause that opens with "where", or followed by
// "on", "about" or "with", or "on" followed by "all" or "this", in a
// clause with "where" ("ok but where's…"), asks for a position, not a
// place.
func (v vocabulary) whereAt(words []string) bool {
	where := slices.IndexFunc(words, func(w string) bool { return w == "where" || w == "wheres" || w == "where's" })
	if where < 0 {
		return false
	}
	for i := where + 2; i < len(words); i++ {
		if words[i] == "at" && (i+1 == len(words) || v.about[words[i+1]] || words[i+1] == "with") {
			return true
		}
		// "where's turkey on all this", "where is egypt on this"
		if words[i] == "on" && i+1 < len(words) && (words[i+1] == "all" || words[i+1] == "this") {
			return true
		}
	}
	return false
}

// correctSlips replaces in text each word that is a slip for one word of
// questionWords or speechWords ("postion", "stnace", "reakt", "sya"): a
// word, no common word itself, of minSlipLength letters or more one edit
// from that word alone and starting with the same letter, or a shorter
// one with two letters swapped. Left alone, such a
// word would be searched as a topic word that no passage holds.
func (v vocabulary) correctSlips(text string) string {
	if v.isWord == nil {
		return text
	}
	return replaceWords(text, func(words []string, i int) (string, bool) {
		w := words[i]
		f := fold.String(w)
		if v.question[f] || v.speech[f] || v.isWord(f) {
			return "", false
		}
		if utf8.RuneCountInString(f) < minSlipLength {
			slip := v.swappedSlip(f)
			if slip == "" {
				slip = v.droppedSlip(f)
			}
			return withCaseOf(w, slip), slip != ""
		}
		found := ""
		for _, set := range []map[string]bool{v.question, v.speech} {
			for q := range set {
				if q != found && q[0] == f[0] && utf8.RuneCountInString(q) >= minSlipLength && entity.WithinEdits(f, q, 1) {
					if found != "" {
						return "", false // a slip for two words
					}
					found = q
				}
			}
		}
		return withCaseOf(w, found), found != ""
	})
}

// withCaseOf returns word with a capital first letter if w has one: a
// capital opens a sentence ("So curious. What's its position?"), and
// chatSentences ends one only before a capital.
func withCaseOf(w, word string) string {
	r, n := utf8.DecodeRuneInString(word)
	if !startsUpper(w) || n == 0 {
		return word
	}
	return string(unicode.ToUpper(r)) + word[n:]
}

// swappedSlip returns the word of questionWords or speechWords that w,
// a word of three letters or more, spells with two neighbouring letters
// swapped ("sya" for "say", "waht" for "what"), or "".
func (v vocabulary) swappedSlip(w string) string {
	if utf8.RuneCountInString(w) < 3 {
		return ""
	}
	for _, c := range thesaurus.Swaps(w) {
		if v.question[c] || v.speech[c] {
			return c
		}
	}
	return ""
}

// droppedSlip returns the question word of minSlipLength letters that w,
// of one letter fewer, is with that letter dropped ("wich" for which),
// or "" if none or several.
func (v vocabulary) droppedSlip(w string) string {
	if utf8.RuneCountInString(w) != minSlipLength-1 {
		return ""
	}
	found := ""
	for q := range v.question {
		if utf8.RuneCountInString(q) != minSlipLength || q[0] != w[0] || !entity.WithinEdits(w, q, 1) {
			continue
		}
		if found != "" && found != q {
			return ""
		}
		found = q
	}
	return found
}

// minSlipLength is the shortest word correctSlips corrects by one edit;
// shorter ones only when two letters are swapped (see swappedSlip).
const minSlipLength = 5

// entityOn reports whether a question opens with an entity, and perhaps
// an office ("Pentagon chief"), followed by "on" or "about": "Turkey on
// the strikes", which asks what it said on them.
func (v vocabulary) entityOn(text string, mentions []entity.Mention) bool {
	if len(mentions) == 0 || mentions[0].Start != 0 {
		return false
	}
	for _, w := range splitWords(opening(text[mentions[0].End:], 3)) {
		switch f := fold.String(w); {
		case v.about[f]:
			return true
		case !v.head[f] && v.offices[f] == nil && f != "s": // "s" of "Pentagon’s"
			return false
		}
	}
	return false
}

// inSetting reports whether text opens with "in" (or "over in", "back
// in") and the name between start and end, then a comma: "Over in
// Turkiye, what's the official line…".
func inSetting(text string, start, end int) bool {
	before := strings.Fields(fold.String(text[:start]))
	if len(before) > 0 && (before[0] == "over" || before[0] == "back") {
		before = before[1:]
	}
	return len(before) == 1 && before[0] == "in" && strings.HasPrefix(strings.TrimLeft(text[end:], " "), ",")
}

// speakerFirst moves to the front of q.entities the question's subject:
// the entity named right after its auxiliary (the speaker of "According
// to Tehran's readout, what did Pakistan's FM restate?" is Pakistan's
// foreign minister, not Tehran), or else the one after a word of opinion
// and "of" (see ofSpeaker), or else the first whose possessive or
// demonym a word of saying or opinion follows ("On the Iran crisis,
// what's Pakistan's position?", "the Turkish stance"), or whose bare
// name a verb of saying follows ("what President Trump has demanded");
// a bare name before a noun may be a topic ("china un statement").
func (v vocabulary) speakerFirst(q *question, mentions []entity.Mention) {
	subject := v.afterAuxiliary(q.text, mentions)
	if subject == "" {
		subject = v.ofSpeaker(q.text, mentions)
	}
	if subject == "" {
		subject = v.agent(q.text, mentions)
	}
	if len(mentions) > 0 && !personNamed(q, subject) && inSetting(q.text, mentions[0].Start, mentions[0].End) &&
		slices.ContainsFunc(splitWords(q.text[mentions[0].End:]), func(w string) bool { return v.isSpeech(fold.String(w)) }) {
		// "Over in Turkiye, what's the official line on going after
		// Iran?": the line there is the country's, not Iran's.
		subject = mentions[0].ID
	}
	if subject == "" {
		for k, m := range mentions {
			after := q.text[m.End:]
			if (possessiveAfter(after) != "" || m.Via == entity.ViaDemonym) && v.saysAfter(after) || v.verbAfter(after) || v.stanceAfter(after) && personNamed(q, m.ID) {
				subject = m.ID
				if k > 0 && possessiveAfter(after) == "" && strings.TrimSpace(q.text[mentions[k-1].End:m.Start]) == "" && personNamed(q, mentions[k-1].ID) && !personNamed(q, m.ID) {
					// "merz iran comments": the comments on Iran are
					// those of the person named before it (but
					// "shehbaz sharif ishaq dar view" names two).
					subject = mentions[k-1].ID
				}
				break
			}
		}
	}
	if subject == "" {
		// "Turkey keeps pushing for talks. What about Pakistan?", and
		// "Where does it stand on the tensions, Pakistan I mean?"
		for _, m := range mentions {
			before := strings.TrimSpace(fold.String(q.text[:m.Start]))
			after := strings.TrimLeft(fold.String(q.text[m.End:]), " ,")
			if strings.HasSuffix(before, "what about") || strings.HasSuffix(before, "how about") || strings.HasSuffix(before, "i mean") || strings.HasPrefix(after, "i mean") {
				subject = m.ID
				break
			}
		}
	}
	if end := v.aboutClause(q.text); subject == "" && end > 0 &&
		!slices.ContainsFunc(splitWords(q.text[end:]), func(w string) bool { return v.backReferences[fold.String(w)] }) {
		// "To the question of Iran, which position takes the Turkish
		// side?": the clause says what the question is about; its
		// subject follows, unless the question refers back to the
		// clause ("Regarding Ankara, what stance is it taking on the
		// Iran situation?").
		if k := slices.IndexFunc(mentions, func(m entity.Mention) bool { return m.Start >= end }); k >= 0 {
			subject = mentions[k].ID
		}
	}
	if k := slices.IndexFunc(q.entities, func(en *entity.Entity) bool { return en.ID == subject }); k > 0 {
		q.entities = toFront(q.entities, k)
	}
}

// aboutClause returns the end of a clause that opens text and says what
// the question is about, up to a clauseBreak ("Regarding the crisis,",
// "On Iran:", "To the question of Iran,"), or -1.
func (v vocabulary) aboutClause(text string) int {
	words := splitWords(opening(text, 5))
	if len(words) == 0 {
		return -1
	}
	first := fold.String(words[0])
	opens := v.about[first] || first == "concerning" || first == "as" && len(words) > 1 && (fold.String(words[1]) == "for" || fold.String(words[1]) == "to") ||
		len(words) > 3 && (first == "to" || first == "on") && fold.String(words[1]) == "the" && fold.String(words[2]) == "question" && fold.String(words[3]) == "of"
	if !opens {
		return -1
	}
	if end := clauseBreak.FindStringIndex(text); end != nil && end[0] > 0 {
		return end[0]
	}
	return -1
}

// ofSpeaker returns the ID of the entity named right after a word of
// saying or opinion and "of" or "by", perhaps past a participle ("the
// view of Germany's chancellor", "the response of Araghchi", "the
// remarks made by the Iranian foreign minister", "what was said by
// Peskov"), or after a noun of opinion and "that" ("the position that
// Turkey has articulated"), or "". A word of opinion that has its own
// possessor has its speaker already: in "Merz's opinion of the Iranian
// government" Iran is what the opinion is of; so has a verb before "of"
// ("what Germany's chancellor thinks of the Iranian government", "what
// Trump demanded of Iran") or "that" ("Erdogan said that Iran…").
func (v vocabulary) ofSpeaker(text string, mentions []entity.Mention) string {
	words, starts := wordSpans(text)
	for k := 1; k+2 < len(words); k++ {
		if !v.speech[fold.String(words[k])] {
			continue
		}
		f := fold.String(words[k])
		verb := (v.sayings[f] || participle(f)) && !v.determiners[fold.String(words[k-1])] && fold.String(words[k-1]) != "a" && fold.String(words[k-1]) != "an"
		next := k + 1
		if participle(fold.String(words[next])) && next+2 < len(words) {
			next++ // "made by"
		}
		switch fold.String(words[next]) {
		case "by":
		case "of", "that":
			if verb {
				continue
			}
		default:
			continue
		}
		if _, owned := possessor(words[k-1]); owned || v.possessives[fold.String(words[k-1])] {
			continue
		}
		if slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.End >= starts[k-1] && m.End <= starts[k] }) {
			continue // "Merz’s opinion of", its possessive cut off
		}
		if k > 1 && !v.functionWord(fold.String(words[k-1])) && slices.ContainsFunc(mentions, func(m entity.Mention) bool { return m.End >= starts[k-2] && m.End <= starts[k-1] }) {
			continue // "german chancellor view of": the chancellor's
		}
		next++
		if fold.String(words[next]) == "the" && next+1 < len(words) {
			next++
		}
		for _, m := range mentions {
			if m.Start == starts[next] {
				return m.ID
			}
		}
	}
	return ""
}

// agent returns the ID of the entity named right after "by" (and perhaps
// "the") that follows a participle of saying or opinion in the same
// sentence ("What is thought of the Iranian government by Germany's
// chancellor?"), or "".
func (v vocabulary) agent(text string, mentions []entity.Mention) string {
	words, starts := wordSpans(text)
	passive := false
	for k, w := range words {
		f := fold.String(w)
		if k > 0 && strings.ContainsAny(text[starts[k-1]:starts[k]], ".?!") {
			passive = false // another sentence
		}
		if v.speech[f] && (participle(f) || v.sayings[f]) {
			passive = true
			continue
		}
		if participle(f) {
			passive = false // "comments on being threatened by Washington"
			continue
		}
		if f != "by" || !passive {
			continue
		}
		next := k + 1
		if next < len(words) && fold.String(words[next]) == "the" {
			next++
		}
		for _, m := range mentions {
			if next < len(words) && m.Start == starts[next] {
				return m.ID
			}
		}
	}
	return ""
}

// participle reports whether a folded word is likely a past participle
// ("made", "issued", "articulated").
func participle(f string) bool {
	switch f {
	case "made", "given", "put", "set", "laid", "held", "spoken", "written":
		return true
	}
	return len(f) > 4 && strings.HasSuffix(f, "ed")
}

// afterAuxiliary returns the ID of the entity named right after the
// first auxiliary of text that has one, perhaps after "the" and an
// office of it ("does the Chancellor of Germany"), or "": in "is all
// this diplomacy going to matter to Trump? what do experts think" the
// experts are asked.
//
// Of several such subjects, the first whose clause, up to the next
// auxiliary, has a word of saying is taken: in "Is Washington sending
// more carriers, and how does Tehran see that?" Tehran speaks.
func (v vocabulary) afterAuxiliary(text string, mentions []entity.Mention) string {
	words, starts := wordSpans(text)
	type subject struct {
		id       string
		aux      int // the auxiliary before it
		from, to int // the words of its clause
	}
	var subjects []subject
	for i, w := range words {
		if !v.auxiliaries[fold.String(w)] {
			continue
		}
		if n := len(subjects); n > 0 && subjects[n-1].to == len(words) {
			subjects[n-1].to = i
		}
	next:
		for k := i + 1; k < len(words) && k <= i+maxOfficeWords; k++ {
			for _, m := range mentions {
				if m.Start == starts[k] {
					subjects = append(subjects, subject{id: m.ID, aux: i, from: k, to: len(words)})
					break next
				}
			}
			// Past "the" and an office's capitalised words and "of", or
			// an abbreviation's, or a verb of holding a position put
			// before its subject ("what position is taking Turkey").
			if f := fold.String(words[k]); f != "the" && f != "of" && !startsUpper(words[k]) && v.offices[f] == nil && (k > i+1 || !v.stanceVerbs[f]) {
				break
			}
		}
	}
	if len(subjects) == 0 {
		return ""
	}
	if aux := subjects[0].aux; aux > 0 && v.question[fold.String(words[aux-1])] {
		// "who is kuwait's foreign minister, and what did araghchi
		// say to him?" asks about the minister first.
		return subjects[0].id
	}
	for _, s := range subjects {
		if slices.ContainsFunc(words[s.from:s.to], func(w string) bool { return v.isSpeech(fold.String(w)) }) {
			return s.id
		}
	}
	return subjects[0].id
}

// maxOfficeWords bounds the words afterAuxiliary looks past.
const maxOfficeWords = 5

// verbAfter reports whether the text after an entity's name opens,
// past auxiliaries, with a verb of saying: "Trump has demanded", "Turkey
// warned". Unlike a noun ("china un statement"), the verb makes the
// entity its subject.
func (v vocabulary) verbAfter(text string) bool {
	if end := strings.IndexAny(text, "?!"); end >= 0 {
		text = text[:end] // "…of Iran? Tell me.": another sentence
	}
	for _, w := range splitWords(opening(text, 3)) {
		switch f := fold.String(w); {
		case v.auxiliaries[f]:
		case v.sayings[f] || v.speech[f] && strings.HasSuffix(f, "ed"):
			return true
		default:
			return false
		}
	}
	return false
}

// stanceAfter reports whether the text after a name opens with a noun of
// a position: "Merz view on the Iranian regime", a person's own.
func (v vocabulary) stanceAfter(text string) bool {
	words := splitWords(opening(text, 1))
	return len(words) == 1 && strings.HasPrefix(strings.TrimLeft(text, " "), words[0]) && v.stances[fold.String(words[0])]
}

// personNamed reports whether the entity id of q is a person.
func personNamed(q *question, id string) bool {
	return slices.ContainsFunc(q.entities, func(en *entity.Entity) bool { return en.ID == id && en.Kind == entity.Person })
}

// saysAfter reports whether the text after an entity's name opens, past
// its possessive and at most two other words, such as an office ("’s
// foreign minister’s", " chancellor’s"), with a word of saying or
// opinion: "’s position", " stance", " said". A question word,
// preposition, article or conjunction on the way ends the search: in
// "Iran's threats to Turkey's position" the position is Turkey's.
func (v vocabulary) saysAfter(text string) bool {
	between := 0
	for _, w := range splitWords(opening(text, 6)) {
		switch f := fold.String(w); {
		case v.isSpeech(f):
			return true
		case f == "s" || v.auxiliaries[f]: // "Pakistan’s", "the German chancellor is thinking"
		case v.question[f] || v.functionWord(f) || v.conjunctions[f]:
			return false
		default:
			if between++; between > 2 {
				return false
			}
		}
	}
	return false
}

// governmentAfter returns the start of text, after a person's name and
// its possessive, when it is a word for their government ("  government
// has been saying…"): the leading spaces and the word.
func (v vocabulary) governmentAfter(text string) string {
	trimmed := strings.TrimLeft(text, " ")
	words := splitWords(opening(trimmed, 1))
	if len(words) == 1 && strings.HasPrefix(trimmed, words[0]) && v.isGovernment(bareWord(words[0])) {
		return text[:len(text)-len(trimmed)+len(words[0])]
	}
	return ""
}

// governmentOf returns where the text before a country's name ends with
// a word for its government and "of" ("the Government of (the)"), or -1.
func (v vocabulary) governmentOf(before string) int {
	words, starts := wordSpans(before)
	k := len(words) - 1
	if k >= 0 && fold.String(words[k]) == "the" {
		k--
	}
	if k < 1 || fold.String(words[k]) != "of" || !v.isGovernment(fold.String(words[k-1])) {
		return -1
	}
	return starts[k-1]
}

// isGovernment reports whether a folded word is one of governments, or
// one slip from a long one ("goverment").
func (v vocabulary) isGovernment(w string) bool {
	if v.government[w] {
		return true
	}
	for g := range v.government {
		if len(g) >= 7 && sameStem(w, g) {
			return true
		}
	}
	return false
}

// bareWord is a word folded and without a possessive, as offices are
// compared: "diplomat" of "Tehran's top diplomat's response".
func bareWord(w string) string {
	f := fold.String(w)
	if owner, ok := possessor(f); ok {
		return owner
	}
	return f
}

// possessiveAfter returns the possessive ending that the text after a
// name opens with: "’s", "'s" (or "'S", in a name in capitals:
// "FRANCE'S"), or the bare apostrophe of "Reuters’"; or "".
func possessiveAfter(text string) string {
	for _, suffix := range []string{"’s", "'s", "’S", "'S", "’", "'"} {
		if strings.HasPrefix(text, suffix) {
			return suffix
		}
	}
	return ""
}

// possessor returns the word of a possessive ("netanyahu" of
// "netanyahu's", "NETANYAHU" of "NETANYAHU'S").
func possessor(w string) (string, bool) {
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if owner, ok := strings.CutSuffix(w, suffix); ok && owner != "" {
			return owner, true
		}
	}
	return "", false
}

// nearestWords gives each word of text, folded (and an office
// abbreviation's words with it), to the entity whose mention is nearest
// in words, the one before it on a tie ("Iran’s foreign minister"), and
// returns each entity's words by ID. A mention after a preposition of
// what something is about or aimed at does not reach back past it: in
// "if the president gives the order on Iran", the president is not
// Iran's.
func (v vocabulary) nearestWords(text string, mentions []entity.Mention) map[string][]string {
	starts := wordStarts(text)
	words := splitWords(text)
	type at struct {
		word int
		id   string
	}
	var named []at
	for _, m := range mentions {
		for k, s := range starts {
			if s >= m.Start && s < m.End {
				named = append(named, at{k, m.ID})
			}
		}
	}
	objectAt := make([]bool, len(words))
	for k, w := range words {
		f := fold.String(w)
		objectAt[k] = v.about[f] || f == "against" || f == "to" || f == "with"
	}
	near := map[string][]string{}
	for k, w := range words {
		best, dist := "", len(words)+1
		for _, n := range named {
			d := k - n.word
			if d < 0 {
				if slices.Contains(objectAt[k+1:n.word], true) {
					continue
				}
				d = -d
			}
			if d < dist || d == dist && n.word < k {
				best, dist = n.id, d
			}
		}
		if best != "" {
			f := bareWord(w)
			near[best] = append(near[best], f)
			near[best] = append(near[best], v.offices[f]...)
		}
	}
	return near
}

// setApart returns the indexes of the words (of rest, at starts) that a
// question sets apart from what it asks ("Besides the Abraham Lincoln,
// what other deployments…", "what did China say besides voting
// against the resolution?"): from an exclusion other than "before"
// (which is also a time), or "apart from", to a clause's end, an entity named, or a
// question word or auxiliary. Text is the question and rest the same
// with the entities' names blanked. Those words say what the answer is
// not, and are no topic.
func (v vocabulary) setApart(words []string, starts []int, text, rest string, mentions []entity.Mention) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(words); i++ {
		f := fold.String(words[i])
		from := i+1 < len(words) && apartFrom(f, fold.String(words[i+1]))
		if !(v.exclusions[f] && f != "before" || from) {
			continue
		}
		for j := i + 1; j < len(words); j++ {
			g := fold.String(words[j])
			if j == i+1 && from {
				continue
			}
			gap := rest[starts[j-1]+len(words[j-1]) : starts[j]]
			// An entity named ends it, unless the phrase goes on with
			// what is the entity's ("apart from Erdogan's video call
			// idea").
			named := slices.ContainsFunc(mentions, func(m entity.Mention) bool {
				return m.Start >= starts[j-1] && m.End <= starts[j] && possessiveAfter(text[m.End:]) == ""
			})
			if strings.ContainsAny(gap, ",;:?!—–") || strings.Contains(gap, " - ") || named ||
				v.question[g] || v.interrogatives[g] || v.auxiliaries[g] {
				break
			}
			out[j] = true
		}
	}
	return out
}

// apartFrom reports whether two folded words set what follows apart as
// an exclusion does: "apart from", "aside from" (but not "set aside" or
// "fall apart").
// coordination matches the words between two names of a list: "Turkey
// and Qatar", "Turkey, Qatar".
var coordination = regexp.MustCompile(`^(?:’s|'s)?\s*(?:,|,?\s*(?:and|or|nor)\b)\s*(?:the\s+)?$`)

// negatedAside matches the text before a name set aside with "not" in a
// clause of its own: "who on the EU side, not Merz, …", "Not
// Pakistan's readout — …".
var negatedAside = regexp.MustCompile(`(?i)(?:^|[,;(—–]|\s-)\s*(?:but\s+|and\s+)?not\s+(?:the\s+)?$`)

func apartFrom(a, b string) bool {
	return (a == "apart" || a == "aside") && b == "from"
}

// wordSpans returns the words of text (see splitWords) and the byte
// offset in text where each starts.
func wordSpans(text string) (words []string, starts []int) {
	start := -1
	for i, r := range text + " " {
		inWord := wordRune(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			if w := strings.Trim(text[start:i], "'’-"); w != "" {
				words = append(words, w)
				starts = append(starts, start+strings.Index(text[start:i], w))
			}
			start = -1
		}
	}
	return words, starts
}

// wordStarts are the byte offsets in text of the words splitWords
// returns, in order.
func wordStarts(text string) []int {
	_, starts := wordSpans(text)
	return starts
}

// officePhrases finds the phrases of officeSynonyms in a question's
// folded words; each found holds the question's own words for it.
func (v vocabulary) officePhrases(words []string) []officeSynonym {
	var out []officeSynonym
	for _, syn := range v.synonyms {
		for k := 0; k+len(syn.words) <= len(words); k++ {
			same := true
			for j, w := range syn.words {
				same = same && sameSpelling(w, words[k+j])
			}
			if same {
				out = append(out, officeSynonym{words: words[k : k+len(syn.words)], offices: syn.offices})
				break
			}
		}
	}
	return out
}

// opening returns the start of text up to the end of its nth word, with
// words as splitWords splits them, cheaply for a long text.
func opening(text string, n int) string {
	in, letters := false, false
	for i, r := range text {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		inWord := wordRune(r)
		if in && !inWord && letters {
			if n--; n == 0 {
				return text[:i]
			}
		}
		if !inWord {
			letters = false
		}
		in, letters = inWord, letters || alnum
	}
	return text
}

// wordRune reports whether r is part of a word: a letter, a digit, an
// apostrophe or a hyphen (splitWords, wordStarts and opening agree on it).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}

// splitWords splits text into words of letters, digits, apostrophes and
// hyphens, trimmed of apostrophes and hyphens.
func splitWords(text string) []string {
	words, _ := wordSpans(text)
	return words
}

// resolveRole replaces a country or organisation named in the question by
// the person who holds the office the question names: "the German
// chancellor" is Friedrich Merz, "the Kremlin spokesman" Dmitry Peskov.
// Of several offices, the first named wins, and of several holders, the
// one who speaks most in the corpus; the role's words are then no longer
// searched as topic words.
func (e *Engine) resolveRole(q *question) {
	for i, en := range q.entities {
		if p := e.qualified(q, en); p != nil {
			// "Iran's foreign ministry spokesman Baghaei" asks about
			// Baghaei: the office is his, and he takes Iran's place, as
			// the question's subject ("what did Moscow's Peskov say?"),
			// as when the office alone names him.
			q.entities[i] = p
			continue
		}
		var best *entity.Entity
		var bestWords []string
		bestAt := 0
		// Of several entities, each has the office named next to it.
		words := q.words
		if q.near != nil {
			words = q.near[en.ID]
		}
		words = withoutQualified(words, q.text, q.names)
		offices := e.vocabulary.officePhrases(words)
		// The office may be the entity's own or its parent's ("the
		// Iranian army commander" speaks for the army, and for Iran).
		// The role's names of the entity and of the others the question
		// names need not be in the question's words again.
		named := []string{en.ID, en.Affiliation}
		for _, other := range q.entities {
			named = append(named, other.ID)
		}
		match := func(role string) ([]string, bool) {
			matched, ok := e.vocabulary.roleMatches(role, words)
			// Else the office may be named by a synonym ("defence
			// chief" for "Defense Secretary"), whose words then go too.
			for _, syn := range offices {
				for _, office := range syn.offices {
					if ok {
						return matched, ok
					}
					if !e.vocabulary.officeIn(office, role) {
						// "which foreign leader": "leader" may be a prime
						// minister, but no foreign minister is one.
						continue
					}
					withOffice := append(append([]string(nil), words...), office...)
					if matched, ok = e.vocabulary.roleMatches(role, withOffice); ok {
						matched = append(matched, syn.words...)
					}
				}
			}
			return matched, ok
		}
		for _, p := range append(append([]*entity.Entity(nil), e.people[en.ID]...), e.people[en.Affiliation]...) {
			var matched []string
			ok := false
			for _, office := range attribution.Offices(p.Role) {
				// Each of several offices is named on its own ("Pakistan's
				// deputy PM", "Pakistan's FM" for Dar, Deputy Prime
				// Minister and Foreign Minister).
				if matched, ok = match(e.roleWithout(office, named)); ok {
					break
				}
			}
			// Of several offices named, one a passage mentions the holder
			// of ("Moscow's presidential spokesperson" is Peskov, whom
			// the corpus quotes, not Putin), then the first ("the
			// Secretary of War said … if the president orders"); of
			// offices named at one place, the one that takes more of the
			// question's words ("the foreign ministry spokesman" is the
			// ministry's spokesperson, not the foreign minister); of
			// several holders, the one who speaks most.
			if !ok {
				continue
			}
			at := firstOf(words, matched)
			longer := len(matched) - len(bestWords)
			if best == nil || e.absent(best.ID) && !e.absent(p.ID) ||
				e.absent(best.ID) == e.absent(p.ID) && (at < bestAt || at == bestAt && (longer > 0 || longer == 0 && e.spoken[p.ID] > e.spoken[best.ID])) {
				best, bestWords, bestAt = p, matched, at
			}
		}
		if en.Kind == entity.Organisation {
			// "the Pentagon chief … a presidential order": the head of
			// the organisation, named first, is meant, not the head of
			// its country.
			if head, headWords := e.headOf(en, words); head != nil && (best == nil || firstOf(words, headWords) < bestAt) {
				best, bestWords = head, headWords
			}
		}
		if best == nil || en.Kind == entity.Person && best.ID != en.ID && !e.officeOf(q, en) {
			continue // "Pakistan's deputy PM Ishaq Dar" is Dar, not the PM
		}
		q.entities[i] = best
		if _, ok := q.spans[best.ID]; !ok {
			q.spans[best.ID] = q.spans[en.ID] // the holder is named where the office is
		}
		office := func(w string) bool { return slices.Contains(bestWords, bareWord(w)) }
		if best.ID != en.ID {
			q.byOffice = true
			e.misnamedAfter(q, en, best, office)
		}
		q.topic = strings.Join(slices.DeleteFunc(splitWords(q.topic), office), " ")
		// Nor are the office's capitalised words a name ("the US
		// Secretary of War").
		q.names = slices.DeleteFunc(q.names, func(n string) bool {
			return !slices.ContainsFunc(splitWords(n), func(w string) bool { return !office(w) })
		})
	}
	if q.kind == anyKind && q.byOffice && e.vocabulary.asksHolder(q.text) {
		// "who is pakistan's foreign minister right now?": the
		// passages that name the holder in full say who it is; when is
		// no topic.
		q.kind = identityKind
		words := splitWords(q.topic)
		q.topic = strings.Join(slices.DeleteFunc(words, func(w string) bool { return holderNoTopic[fold.String(w)] }), " ")
	}
}

// misnamedAfter moves from q.names to q.misnamed a name the corpus does
// not know that follows the office of en that best holds, with nothing
// but the office's words between: "Pakistan's PM Imran Khan" asks about
// Pakistan's prime minister by a name no passage gives him.
func (e *Engine) misnamedAfter(q *question, en, best *entity.Entity, office func(string) bool) {
	span, ok := q.spans[en.ID]
	if !ok {
		return
	}
	after := q.text[span[1]:]
	for k, n := range q.names {
		at := strings.Index(after, n)
		if at < 0 {
			continue
		}
		if known, err := e.idx.InPassages(n); err != nil || known {
			// "the US president's Truth Social post": a name the corpus
			// knows. A lookup that fails leaves the name as it is, for
			// the answer to say no passage mentions it, rather than
			// claim another holds the office.
			continue
		}
		words := splitWords(after[:at])
		officeOnly := len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
			f := bareWord(w)
			if f == "s" || f == "" || office(w) {
				return false
			}
			expanded := e.vocabulary.offices[f]
			return len(expanded) == 0 || slices.ContainsFunc(expanded, func(o string) bool { return !office(o) })
		})
		if officeOnly {
			q.misnamed = append(q.misnamed, misnamed{name: n, holder: best})
			q.names = slices.Delete(q.names, k, k+1)
			named := splitWords(n)
			q.topic = strings.Join(slices.DeleteFunc(splitWords(q.topic), func(w string) bool { return slices.Contains(named, w) }), " ")
			return
		}
	}
}

// asksHolder reports whether a question asks who holds an office, in its
// first words: "who is…", "who's…", "who currently serves as…".
func (v vocabulary) asksHolder(text string) bool {
	words := splitWords(fold.String(text))
	for i, w := range words {
		if i >= maxHolderOpening {
			return false
		}
		if w == "who's" {
			return true
		}
		if w == "who" && i+1 < len(words) {
			return holderVerbs[words[i+1]]
		}
	}
	return false
}

// maxHolderOpening is how far into a question asksHolder looks for
// "who" ("@bot quick one, who is…").
const maxHolderOpening = 4

// holderVerbs are the words after "who" of a question for the holder of
// an office, and holderNoTopic the words of such a question that are no
// topic: its time ("right now") and its verb ("serves as").
var (
	holderVerbs   = map[string]bool{"is": true, "was": true, "currently": true, "now": true, "serves": true, "holds": true, "heads": true, "leads": true, "runs": true}
	holderNoTopic = map[string]bool{"now": true, "right": true, "currently": true, "presently": true, "today": true, "serves": true, "serving": true, "holds": true}
)

// withoutQualified returns words without those that follow a name the
// corpus does not know ("Which European leader said…") or a word of
// another country (see otherOffices): the office is not that of the
// entity named elsewhere.
func withoutQualified(words []string, text string, names []string) []string {
	var qualified []string
	tw, _ := wordSpans(text)
	for i := 1; i < len(tw); i++ {
		before, w := fold.String(tw[i-1]), bareWord(tw[i])
		if slices.Contains(names, tw[i-1]) || otherOffices[before] || before == "foreign" && !foreignOffice(w) {
			qualified = append(qualified, w)
		}
	}
	if len(qualified) == 0 {
		return words
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if k := slices.Index(qualified, w); k >= 0 {
			qualified = slices.Delete(qualified, k, k+1)
			continue
		}
		out = append(out, w)
	}
	return out
}

// otherOffices are the words before an office that make it another
// country's ("which other leader"), as "foreign" does before an office
// but those of foreignOffices ("which foreign leader", but "Iran's foreign
// minister").
var (
	otherOffices   = map[string]bool{"other": true, "another": true}
	foreignOffices = map[string]bool{"minister": true, "ministers": true, "ministry": true, "secretary": true, "affairs": true, "office": true, "policy": true, "service": true}
)

// foreignOffice reports whether a folded word after "foreign" is one of
// foreignOffices, perhaps with a slip ("foreign minster").
func foreignOffice(w string) bool {
	if foreignOffices[w] {
		return true
	}
	for o := range foreignOffices {
		if len(o) >= 6 && entity.WithinEdits(w, o, 1) {
			return true
		}
	}
	return false
}

// officeOf reports whether the question names an office of the person
// en, as the one whose office it is: "Erdogan's foreign minister", "the
// adviser to Khamenei". A person named otherwise is who is asked about,
// whatever office comes before the name.
func (e *Engine) officeOf(q *question, en *entity.Entity) bool {
	at, ok := q.spans[en.ID]
	if !ok {
		return true
	}
	if possessiveAfter(q.text[at[1]:]) != "" || plainPossessive(q.text[at[0]:at[1]], en) {
		return true
	}
	before := wordsBefore(q.text[:at[0]], 1)
	return len(before) == 1 && (before[0] == "to" || before[0] == "of")
}

// toFront moves the kth entity to the front, where the speaker is.
func toFront(entities []*entity.Entity, k int) []*entity.Entity {
	en := entities[k]
	return slices.Insert(slices.Delete(entities, k, k+1), 0, en)
}

// namedLast returns the index in mentions of the entity that a question
// names last, after a comma, as the subject that a pronoun before stood
// for ("what does it think about the crisis, pakistan?"), or -1.
func namedLast(text string, mentions []entity.Mention) int {
	if len(mentions) < 2 {
		return -1
	}
	k := len(mentions) - 1
	m := mentions[k]
	if strings.TrimRight(text[m.End:], " ?!.") != "" || !strings.HasSuffix(strings.TrimSpace(text[:m.Start]), ",") {
		return -1
	}
	for _, w := range splitWords(text[:m.Start]) {
		switch fold.String(w) {
		case "it", "they", "he", "she":
			return k
		}
	}
	return -1
}

// accordingTo reports whether the span of text names whom the question
// cites: right after "according to" (or a slip of it, "acording to"),
// without a possessive after ("according to Tehran's readout" cites the
// readout).
func accordingTo(text string, span [2]int) bool {
	if span[1] <= span[0] || possessiveAfter(text[span[1]:]) != "" {
		return false
	}
	before := wordsBefore(text[:span[0]], 2)
	return len(before) == 2 && before[1] == "to" && (before[0] == "according" || before[0] == "acording")
}

// plainPossessive reports whether written names en with an "s" added,
// a possessive typed without its apostrophe ("putins spokesperson").
func plainPossessive(written string, en *entity.Entity) bool {
	bare, ok := strings.CutSuffix(fold.String(written), "s")
	if !ok {
		return false
	}
	return slices.ContainsFunc(append([]string{en.Name}, en.Aliases...), func(n string) bool {
		f := fold.String(n)
		return f == bare || strings.HasSuffix(f, " "+bare)
	})
}

// qualified returns the person the question names whom en qualifies: one
// who speaks for en, named by name within maxOfficeWords words after it,
// with only their office between ("Iran's foreign minister Araghchi",
// "iran foreign ministry spokesman baghaei"); or nil.
func (e *Engine) qualified(q *question, en *entity.Entity) *entity.Entity {
	at, named := q.spans[en.ID]
	if en.Kind == entity.Person || !named {
		return nil
	}
	for _, p := range q.entities {
		span, ok := q.spans[p.ID]
		if p.Kind != entity.Person || p.Affiliation != en.ID || !ok || at[1] > span[0] {
			continue
		}
		between := splitWords(q.text[at[1]:span[0]])
		if len(between) <= maxOfficeWords && !slices.ContainsFunc(between, func(w string) bool {
			f := fold.String(w)
			return e.vocabulary.conjunctions[f] || e.vocabulary.interrogatives[f] || e.vocabulary.speech[f] || e.vocabulary.auxiliaries[f] || subordinators[f]
		}) {
			return p
		}
	}
	return nil
}

// subordinators open a clause of their own, after which a person named
// is no holder of an office of the entity before: "is the US ready if
// Trump orders it?" asks about the US.
var subordinators = map[string]bool{
	"if": true, "unless": true, "when": true, "whether": true, "because": true, "while": true, "once": true,
	"though": true, "although": true, "after": true, "before": true, "since": true, "until": true,
}

// firstOf returns the place in words of the first of them that is one of
// found, or len(words).
func firstOf(words, found []string) int {
	for i, w := range words {
		if slices.Contains(found, w) {
			return i
		}
	}
	return len(words)
}

// roleWithout is a role without the names of the entities ids in it: the
// question has named them already, in its own way ("Beijing's envoy to
// the UN" for "China’s permanent representative to the United Nations").
func (e *Engine) roleWithout(role string, ids []string) string {
	var b strings.Builder
	last := 0
	for _, m := range e.entities.Mentions(role) {
		if slices.Contains(ids, m.ID) {
			b.WriteString(role[last:m.Start])
			last = m.End
		}
	}
	b.WriteString(role[last:])
	return b.String()
}

// headWords name the person at the head of an organisation in a question
// ("the Pentagon chief"), and institutionWords are the words of
// organisations' names that say what kind of body it is rather than what
// it does, and so name no office.
const (
	headWords        = `chief head boss`
	institutionWords = `department ministry office agency council committee commission organisation organization service national federal`
)

// headOf returns the person who heads the organisation en when the
// question's words ask for its head ("the Pentagon chief"), and the words
// that asked: of the people who speak for the organisation or for its
// country, one whose role shares a word with one of the organisation's
// names ("Defense Secretary" for the Department of Defense, whose names
// include "Defense Department"). Of several, the one who speaks most.
func (e *Engine) headOf(en *entity.Entity, words []string) (*entity.Entity, []string) {
	var asked []string
	for _, w := range words {
		if e.vocabulary.head[w] {
			asked = append(asked, w)
		}
	}
	if len(asked) == 0 {
		return nil, nil
	}
	var names []string
	for _, n := range append([]string{en.Name}, en.Aliases...) {
		for _, w := range splitWords(fold.String(n)) {
			if len(w) > 2 && !e.vocabulary.roleStop[w] && !e.vocabulary.institutions[w] {
				names = append(names, w)
			}
		}
	}
	var best *entity.Entity
	for _, p := range append(append([]*entity.Entity(nil), e.people[en.ID]...), e.people[en.Affiliation]...) {
		named := slices.ContainsFunc(splitWords(fold.String(p.Role)), func(r string) bool {
			return slices.ContainsFunc(names, func(n string) bool { return sameSpelling(r, n) })
		})
		if named && (best == nil || e.spoken[p.ID] > e.spoken[best.ID]) {
			best = p
		}
	}
	if best == nil {
		return nil, nil
	}
	return best, asked
}

// roleMatches reports whether the question's words name the role: the
// role's head (the office itself: "envoy" in "Special Envoy to the Middle
// East", "chancellor" in "Chancellor") and every significant word of a role
// of up to three such words, or at least two and half of a longer one.
// Words match when equal or when they share a five-letter stem
// ("spokesman" and "spokesperson", "defence" and "defense"). It returns the
// question words that matched.
func (v vocabulary) roleMatches(role string, words []string) ([]string, bool) {
	var significant []string
	head := ""
	headDone := false
	for _, w := range splitWords(fold.String(role)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if v.rolePrepositions[w] && head != "" {
			headDone = true
		}
		if len(w) > 2 && !v.roleStop[w] {
			significant = append(significant, w)
			if !headDone {
				head = w
			}
		}
	}
	if len(significant) == 0 {
		return nil, false
	}
	deputy := slices.ContainsFunc(significant, func(w string) bool { return v.deputies[w] })
	var matched []string
	n, headNamed := 0, false
	for i, r := range significant {
		for j, w := range words {
			if sameStem(r, w) {
				if i == 0 && !deputy && v.deputyBefore(words, j) {
					return nil, false // "deputy PM" names no prime minister
				}
				matched = append(matched, w)
				n++
				headNamed = headNamed || r == head
				break
			}
		}
	}
	if !headNamed {
		return nil, false
	}
	if deputy && !slices.ContainsFunc(words, func(w string) bool { return v.deputies[w] }) {
		return nil, false // "India's NSA" names no deputy national security adviser
	}
	if len(significant) <= 3 {
		return matched, n == len(significant)
	}
	return matched, n >= 2 && 2*n >= len(significant)
}

// officeIn reports whether every word of an office, but the stop
// words, is a word of the role, on a stem: "prime minister" is not in
// "Foreign Minister".
func (v vocabulary) officeIn(office []string, role string) bool {
	roleWords := splitWords(fold.String(role))
	for _, w := range office {
		if len(w) <= 2 || v.roleStop[w] {
			continue
		}
		if !slices.ContainsFunc(roleWords, func(r string) bool { return sameStem(w, r) }) {
			return false
		}
	}
	return true
}

// deputyBefore reports whether one of the two words before words[j] is
// a word for a deputy ("deputy" of "deputy pm prime minister", the
// abbreviation written out after it).
func (v vocabulary) deputyBefore(words []string, j int) bool {
	for k := max(0, j-2); k < j; k++ {
		if v.deputies[words[k]] {
			return true
		}
	}
	return false
}

// sameSpelling reports whether two folded words are one word spelt two
// ways ("defence", "defense"): of one length and one stem, so that a
// plural ("leaders") is not the singular.
func sameSpelling(a, b string) bool {
	return utf8.RuneCountInString(a) == utf8.RuneCountInString(b) && sameStem(a, b)
}

// sameStem reports whether two folded words are equal, share their
// first five letters (both being longer), or, from seven letters, are one
// slip apart ("minster" for "minister").
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	const stem = 5
	if len(ra) < stem+1 || len(rb) < stem+1 {
		return false
	}
	return string(ra[:stem]) == string(rb[:stem]) || min(len(ra), len(rb)) >= 7 && entity.WithinEdits(a, b, 1)
}
