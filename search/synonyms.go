package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/crisisbot/bot/thesaurus"
)

// synonymGroups are words that news reports use for one another. A query
// word of a group also searches the group's other words, with a lower
// weight (boostSynonym). The list is small and general on purpose: words
// of diplomacy and conflict, not names (names are the entity registry's).
func synonymGroups() [][]string {
	return [][]string{
		{"talks", "negotiations", "negotiate"},
		{"meet", "talks"},
		{"deal", "agreement", "accord"},
		{"attack", "strike", "assault", "bombing", "airstrike"},
		{"army", "military"},
		{"warship", "vessel", "carrier", "fleet", "flattop"},
		{"drones", "uav"},
		{"threat", "threaten", "intimidation"},
		{"pledge", "promise", "vow", "assurance", "commitment"},
		{"propose", "proposal", "suggest", "idea"},
		{"oppose", "reject"},
		{"support", "endorse"},
		{"sanction", "restriction"},
		{"spokesman", "spokeswoman", "spokesperson"},
		{"defence", "defense"},
		{"ceasefire", "truce"},
		{"travel", "visit", "arrive", "trip", "fly", "flew"},
		{"war", "conflict", "escalation"},
		{"nuclear", "nuke", "atomic"},
		{"concern", "worry", "fear", "nervous", "anxious", "alarm"},
		{"meeting", "session", "debate"},
		{"expert", "analyst", "observer"},
		{"deploy", "send", "dispatch", "redirect", "reroute", "divert"},
		{"persuade", "convince", "push", "nudge", "coax"},
		{"reversal", "u-turn", "turnaround", "change", "shift", "backtrack"},
		{"previously", "earlier", "formerly"},
		{"conditions", "provided", "terms"},
		{"kill", "murder", "slaughter"},
		{"downfall", "demise", "collapse"},
		{"new", "newly"},
		{"deadline", "window"},
		{"argue", "argument", "contend"},
		{"designate", "blacklist", "list", "label", "brand"},
		{"facility", "site", "installation", "plant"},
		{"ready", "prepared"},
	}
}

// idioms are set phrases of news and talk about diplomacy and conflict,
// each with plain words of its meaning: a question that says "sit down
// with" is searched as one that says "negotiate". A "*" in a phrase
// stands for any one word ("gun to its head", "gun to their head").
func idioms() map[string]string {
	return map[string]string{
		"sit down with":              "negotiate talks",
		"time limit":                 "deadline",
		"time is running out":        "window narrowing",
		"running out of time":        "window narrowing",
		"time running out":           "window narrowing", // "is", a question word, dropped
		"voted yes":                  "voted in favour",
		"vote yes":                   "vote in favour",
		"voted no":                   "voted against",
		"vote no":                    "vote against",
		"mideast":                    "middle east",
		"org":                        "organisation",
		"orgs":                       "organisations",
		"mid east":                   "middle east",
		"skies":                      "airspace",
		"unmanned aircraft":          "drones",
		"unmanned aerial":            "drones",
		"put forward":                "propose",
		"kick off":                   "begin",
		"kicked off":                 "begun",
		"break out":                  "begin",
		"broke out":                  "begun",
		"float the idea":             "propose",
		"floated the idea":           "proposed",
		"sit down for talks":         "negotiate talks",
		"sit down at the table":      "negotiate talks",
		"sit at the table":           "negotiate talks",
		"come to the table":          "negotiate talks",
		"come to the * table":        "negotiate talks",
		"gun to * head":              "under threat",
		"gun held to * head":         "under threat",
		"comeback":                   "response",
		"at gunpoint":                "under threat",
		"facing threats":             "under threat",
		"facing threats of":          "under threat of",
		"facing the threat":          "under the threat",
		"in the face of":             "under",
		"being threatened":           "under threat",
		"under coercion":             "under threat",
		"threat of military action":  "threat of attack",
		"threats of military action": "threats of attack",
		"under pressure":             "under threat",
		"under duress":               "under threat",
		"go between":                 "mediator intermediary",
		"middleman":                  "mediator intermediary",
		"back channel":               "intermediaries messages",
		"backchannel":                "intermediaries messages",
		"sabre rattling":             "threats",
		"saber rattling":             "threats",
		"boots on the ground":        "troops military intervention",
		"pull the trigger":           "attack",
		"hit back":                   "respond criticise",
		"tit for tat":                "retaliation",
		"step in":                    "intervene",
		"weigh in":                   "comment",
		"play ball":                  "cooperate",
		"dial down":                  "de-escalate",
		"cool tensions":              "de-escalate tensions",
		"calm tensions":              "de-escalate tensions",
		"walk away from":             "withdraw from",
		"red line":                   "warning",
		"flex * muscles":             "show of force",
		"on the same page":           "agree",
		"see eye to eye":             "agree",
		"went to":                    "visited",
		"terror group":               "terrorist organisation",
		"terror groups":              "terrorist organisations",
		"terrorist group":            "terrorist organisation",
		"terrorist groups":           "terrorist organisations",
		"terror organisation":        "terrorist organisation",
		"terror organization":        "terrorist organisation",
		"terror org":                 "terrorist organisation",
		"terror list":                "terrorist list",
		"flip flop":                  "reversal",
		"flip flopped":               "reversal",
		"flip flops":                 "reversal",
		"give ground":                "concessions",
		"go after":                   "target",
		"going after":                "targeting",
		"ring up":                    "phone",
		"bms":                        "ballistic missiles",
		"jan":                        "january", // a month's abbreviation ("Feb 6"); not "mar" or "may", which are words
		"feb":                        "february",
		"apr":                        "april",
		"jun":                        "june",
		"jul":                        "july",
		"aug":                        "august",
		"sep":                        "september",
		"sept":                       "september",
		"oct":                        "october",
		"nov":                        "november",
		"dec":                        "december",
		"rang up":                    "phoned",
	}
}

// idiom is a phrase of idioms, split into words, and its meaning.
type idiom struct {
	words   []string
	meaning string
}

// newIdioms splits the phrases of idioms into words, longest first, so
// that a longer phrase wins over one it contains.
func newIdioms() []idiom {
	var out []idiom
	for phrase, meaning := range idioms() {
		out = append(out, idiom{words: strings.Fields(phrase), meaning: meaning})
	}
	slices.SortFunc(out, func(a, b idiom) int {
		if d := len(b.words) - len(a.words); d != 0 {
			return d
		}
		return strings.Compare(strings.Join(a.words, " "), strings.Join(b.words, " "))
	})
	return out
}

// plain rewrites the idioms in text into the words of their meaning
// ("would Iran sit down with the US" → "would Iran negotiate talks the
// US"); words are compared in lower case, hyphens and other punctuation
// between them ignored ("go-between").
func plain(text string, list []idiom) string {
	type span struct {
		word       string
		start, end int
	}
	var words []span
	start := -1
	for i, r := range text + " " {
		letter := unicode.IsLetter(r) || r == '\''
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			words = append(words, span{strings.ToLower(text[start:i]), start, i})
			start = -1
		}
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(words); i++ {
		for _, id := range list {
			n := len(id.words)
			if i+n > len(words) || !slices.EqualFunc(id.words, words[i:i+n], func(w string, s span) bool { return w == "*" || w == s.word }) {
				continue
			}
			b.WriteString(text[last:words[i].start])
			b.WriteString(id.meaning)
			last = words[i+n-1].end
			i += n - 1
			break
		}
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// boostSynonym is the weight of a synonym relative to the word itself,
// and boostRelated that of a word the thesaurus relates to it: the
// thesaurus is general English, so its words are weaker evidence.
const (
	boostSynonym = 0.6
	boostRelated = 0.35
)

// synonym is a word of a synonym group, its analysed term, and the
// analysed terms of its irregular forms ("sent" of "send").
type synonym struct {
	word, term string
	forms      []string
}

// synonyms maps each analysed term of synonymGroups to the other words
// of its group.
type synonyms map[string][]synonym

// newSynonyms analyses synonymGroups, and the irregular forms th knows
// of their words, with the analyzer the index uses.
func newSynonyms(analyzer analysis.Analyzer, th *thesaurus.Thesaurus) synonyms {
	out := synonyms{}
	for _, group := range synonymGroups() {
		var members []synonym
		for _, word := range group {
			term, ok := termOf(analyzer, word)
			if !ok {
				continue // a stop word, or several words
			}
			m := synonym{word: word, term: term}
			for _, form := range th.Forms(word) {
				if t, ok := termOf(analyzer, form); ok && t != term {
					m.forms = append(m.forms, t)
				}
			}
			members = append(members, m)
		}
		for _, m := range members {
			for _, other := range members {
				if other.term != m.term && !slices.ContainsFunc(out[m.term], func(s synonym) bool { return s.term == other.term }) {
					out[m.term] = append(out[m.term], other)
				}
			}
		}
	}
	return out
}
