package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// kind is a kind of interaction the load test sends.
type kind string

// The kinds of interaction, as named in the -mix flag.
const (
	kindAsk          kind = "ask"
	kindPosition     kind = "position"
	kindAutocomplete kind = "autocomplete"
	kindButton       kind = "button"
)

// mix is how often each kind of interaction is sent, as weights.
type mix []weighted

// weighted is one kind of interaction and its share of the mix.
type weighted struct {
	kind   kind
	weight int
}

// parseMix reads a mix such as "ask=5,autocomplete=4,button=1".
func parseMix(s string) (mix, error) {
	var m mix
	total := 0
	for part := range strings.SplitSeq(s, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, fmt.Errorf("mix %q: want kind=weight, not %q", s, part)
		}
		k := kind(name)
		switch k {
		case kindAsk, kindPosition, kindAutocomplete, kindButton:
		default:
			return nil, fmt.Errorf("mix %q: unknown kind %q: want ask, position, autocomplete or button", s, name)
		}
		w, err := strconv.Atoi(value)
		if err != nil || w < 0 {
			return nil, fmt.Errorf("mix %q: weight of %s must be a whole number ≥ 0, not %q", s, name, value)
		}
		m = append(m, weighted{k, w})
		total += w
	}
	if total == 0 {
		return nil, fmt.Errorf("mix %q: the weights add up to zero", s)
	}
	return m, nil
}

// pick chooses a kind with probability proportional to its weight.
func (m mix) pick(r *rand.Rand) kind {
	total := 0
	for _, w := range m {
		total += w.weight
	}
	n := r.IntN(total)
	for _, w := range m {
		if n < w.weight {
			return w.kind
		}
		n -= w.weight
	}
	return m[len(m)-1].kind
}

// workload is what the interactions ask about.
type workload struct {
	// Questions are asked with /ask and paged with the "more" button.
	Questions []string
	// Names are looked up with /position and typed, a prefix at a
	// time, into autocomplete.
	Names []string
	// Users is how many distinct users send interactions; the bot rate
	// limits each user, so a realistic load spreads over many.
	Users int
}

// defaultQuestions are questions about the built-in corpus, in the style of
// the evaluation set (shared/eval/questions.jsonl).
var defaultQuestions = []string{
	"What is Turkey's position?", "What did China say at the UN?",
	"What did Saudi Arabia promise about its airspace?", "What did Trump write on Truth Social?",
	"How many drones did Iran add?", "When are the Istanbul nuclear talks?", "What did Peskov say?",
	"Pakistan position", "Did the EU designate the IRGC as a terrorist organisation?",
	"How did Araghchi react to the EU decision?", "Is France for military intervention?",
	"Is Iran willing to negotiate under threat?", "What did Erdogan propose?",
	"Which aircraft carrier was sent to the Middle East?", "What did Shamkhani warn?",
	"Will the UAE allow a strike from its territory?", "What is Brazil's position?",
	"sanctions oil exports", "Qatar mediation", "Oman talks",
}

// defaultNames are entities of the built-in corpus.
var defaultNames = []string{
	"Turkey", "Iran", "Araghchi", "Trump", "China", "Saudi Arabia", "Oman", "Qatar", "Pakistan",
	"Fidan", "United States", "Russia", "European Union", "Erdogan", "Egypt", "IRGC",
}

// interaction is the JSON body of a Discord interaction of kind k, from a
// user chosen from the workload's users.
func (wl workload) interaction(r *rand.Rand, k kind, id int) ([]byte, error) {
	user := strconv.Itoa(100000 + r.IntN(max(wl.Users, 1)))
	body := map[string]any{
		"id":             strconv.Itoa(id),
		"application_id": "700",
		"guild_id":       "900",
		"channel_id":     "800",
		"token":          "loadtest",
		"version":        1,
		"member":         map[string]any{"user": map[string]any{"id": user, "username": "load" + user}},
	}
	question := wl.Questions[r.IntN(len(wl.Questions))]
	name := wl.Names[r.IntN(len(wl.Names))]
	switch k {
	case kindAsk:
		body["type"] = 2
		body["data"] = command("ask", option("question", question, false))
	case kindPosition:
		body["type"] = 2
		body["data"] = command("position", option("who", name, false))
	case kindAutocomplete:
		// Someone typing: a prefix of a name, from two letters on.
		runes := []rune(name)
		prefix := string(runes[:min(len(runes), 2+r.IntN(4))])
		body["type"] = 4
		body["data"] = command("who", option("name", prefix, true))
	case kindButton:
		// The "more" button under an answer: the custom ID the
		// commands package makes (v1:ask:<offset>:q:<question>).
		customID := "v1:ask:3:q:" + question
		if len(customID) > 100 {
			customID = customID[:100]
		}
		body["type"] = 3
		body["data"] = map[string]any{"custom_id": customID, "component_type": 2}
		body["message"] = map[string]any{"id": "600", "channel_id": "800", "content": "", "embeds": []any{}}
	default:
		return nil, fmt.Errorf("unknown interaction kind %q", k)
	}
	data, err := json.Marshal(body)
	if err != nil {
		return nil, fmt.Errorf("encode %s interaction: %w", k, err)
	}
	return data, nil
}

// command is the data of a slash command interaction.
func command(name string, options ...map[string]any) map[string]any {
	return map[string]any{"id": "c-" + name, "name": name, "type": 1, "options": options}
}

// option is a string option of a command; focused marks the one being typed
// in an autocomplete request.
func option(name, value string, focused bool) map[string]any {
	o := map[string]any{"name": name, "type": 3, "value": value}
	if focused {
		o["focused"] = true
	}
	return o
}
