package search

import (
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
)

// synonymGroups are words that news reports use for one another. A query
// word of a group also searches the group's other words, with a lower
// weight (boostSynonym). The list is small and general on purpose: words
// of diplomacy and conflict, not names (names are the entity registry's).
func synonymGroups() [][]string {
	return [][]string{
		{"talks", "negotiations", "negotiate"},
		{"deal", "agreement", "accord"},
		{"attack", "strike", "assault", "bombing", "airstrike"},
		{"army", "military"},
		{"warship", "vessel", "carrier", "fleet", "flattop"},
		{"drones", "uav"},
		{"threat", "threaten", "intimidation"},
		{"pledge", "promise", "vow", "assurance"},
		{"propose", "proposal", "suggest"},
		{"oppose", "reject"},
		{"support", "endorse"},
		{"sanction", "restriction"},
		{"spokesman", "spokeswoman", "spokesperson"},
		{"defence", "defense"},
		{"ceasefire", "truce"},
		{"travel", "visit", "arrive", "trip", "fly", "flew"},
		{"war", "conflict", "escalation"},
		{"nuclear", "nuke"},
		{"concern", "worry", "fear", "nervous", "anxious", "alarm"},
	}
}

// boostSynonym is the weight of a synonym relative to the word itself,
// and boostRelated that of a word the thesaurus relates to it: the
// thesaurus is general English, so its words are weaker evidence.
const (
	boostSynonym = 0.6
	boostRelated = 0.35
)

// synonym is a word of a synonym group and its analysed term.
type synonym struct {
	word, term string
}

// synonyms maps each analysed term of synonymGroups to the other words
// of its group.
type synonyms map[string][]synonym

// newSynonyms analyses synonymGroups with the analyzer the index uses.
func newSynonyms(analyzer analysis.Analyzer) synonyms {
	out := synonyms{}
	for _, group := range synonymGroups() {
		var members []synonym
		for _, word := range group {
			tokens := analyzer.Analyze([]byte(word))
			if len(tokens) != 1 {
				continue // a stop word, or several words
			}
			members = append(members, synonym{word: word, term: string(tokens[0].Term)})
		}
		for _, m := range members {
			for _, other := range members {
				if other.term != m.term && !slices.Contains(out[m.term], other) {
					out[m.term] = append(out[m.term], other)
				}
			}
		}
	}
	return out
}
