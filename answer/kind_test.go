package answer

import "testing"

func TestKindOf(t *testing.T) {
	tests := []struct {
		question string
		want     answerKind
	}{
		{"how many states backed the resolution", countriesCountKind},
		{"how many drones did iran add", quantityKind},
		{"how much oil", quantityKind},
		{"how much time does iran have", anyKind},
		{"when are the talks", timeKind},
		{"where will they meet", placeKind},
		{"in which city are the talks", placeKind},
		{"how long have the talks been stalled", durationKind},
		{"what did china say when it voted", anyKind},
		{"who voted against", anyKind},
		{"where does turkey stand on a strike", anyKind},
		{"which countries did araghchi call", countriesKind},
		{"date of the next round of talks?", timeKind},
		{"Iran added new drones — what was the number?", anyKind},
		{"Iran added new drones — how many?", quantityKind},
		{"Which states voted no?", countriesKind},
		{"I heard they meet in Istanbul, what day is that?", timeKind},
		{"could you please indicate the scheduled date of the talks in Istanbul?", timeKind},
		{"what has Turkey said to date", anyKind},
		{"what was the vote breakdown on the UNHRC resolution", quantityKind},
		{"Could you tell me the number of drones that were added by the Iranian armed forces?", quantityKind},
		{"a number of states backed Iran", anyKind},
		{"Which foreign ministers did Araghchi phone?", countriesKind},
		{"which FMs did Araghchi phone on tuesday", countriesKind},
		{"when's the istanbul nuclear meeting", timeKind},
		{"who is abbas araghchi? keep seeing the name", identityKind},
		{"Who's Shamkhani", identityKind},
		{"who was merz holding the press conference with", anyKind},
		{"Iran and the US: how many talks so far?", quantityKind},
		{"they meet in Istanbul when it suits them", anyKind},
		{"Which four countries' foreign ministers did Araghchi phone on Tuesday?", countriesKind},
		{"what 4 nations voted no", countriesKind},
		{"araghchi phone calls on tuesday with which countries foreign ministers", countriesKind},
		{"I heard Tehran added new drones. Is that true, and how many?", quantityKind},
		{"Which EU official said it, and where was it posted?", anyKind},
		{"which day did araghchi do his round of calls", timeKind},
		{"On which days did Araghchi and Dar speak?", timeKind},
		{"what days were the calls", timeKind},
		{"folks want to know when Tehran and Washington sit down", timeKind},
		{"Tell me how many UAVs Iran announced", quantityKind},
		{"any idea where they meet?", placeKind},
		{"how many years since washington and tehran last negotiated directly?", durationKind},
		{"how many counterparts did the iranian FM phone in that batch of calls", countriesCountKind},
		{"how many FMs did araghchi call", countriesCountKind},
		{"Which warship did the US send?", shipKind},
		{"which carrier did the us send", shipKind},
		{"what aircraft carrier is heading to Iran", shipKind},
		{"", anyKind},
	}
	v := newVocabulary()
	for _, tt := range tests {
		if got := v.kindOf(tt.question); got != tt.want {
			t.Errorf("kindOf(%q) = %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestHoldsPlaceBeyondKnownPlaces(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		question, text string
		want           bool
	}{
		{"where was the carrier before it was sent to the Middle East?", "the carrier had been sent to the Middle East", false},
		{"where was the carrier before it was sent to the Middle East?", "it had been operating in the South China Sea", true},
		{"where in Turkiye did Araghchi go?", "talks in Turkiye", false},
		{"where did Araghchi go, Istanbul or Ankara?", "Araghchi arrived in Istanbul", true},
	}
	for _, tt := range tests {
		known := e.vocabulary.placesNamed(tt.question)
		if got := e.vocabulary.holds(e.entities, placeKind, tt.text, known); got != tt.want {
			t.Errorf("holds(place, %q) with the places %q names (%q) = %v, want %v", tt.text, tt.question, known, got, tt.want)
		}
	}
}

func TestHolds(t *testing.T) {
	tests := []struct {
		kind answerKind
		text string
		want bool
	}{
		{countriesKind, "holding phone talks with his counterparts in Turkey, Qatar, Oman, and Kuwait.", true},
		{countriesKind, "Iran and the United States are expected to hold talks in Turkey.", true},
		{countriesKind, "Iran and the United States are expected to hold talks.", false},
		{countriesCountKind, "holding phone talks with his counterparts in Turkey, Qatar, Oman, and Kuwait.", true},
		{countriesCountKind, "Twenty-five members voted in favour.", true},
		{countriesCountKind, "Iran and the United States are expected to hold talks.", false},
		{shipKind, "The US fleet of warships includes the nuclear-powered aircraft carrier USS Abraham Lincoln.", true},
		{shipKind, "ordered the deployment of additional carrier strike groups", false},
		{quantityKind, "Twenty-five members voted in favour.", true},
		{quantityKind, "while 14 abstained", true},
		{quantityKind, "added 1,000 new drones", true},
		{quantityKind, "talks in Istanbul on February 6", false},
		{quantityKind, "listed it in 2019", false},
		{quantityKind, "the council adopted a resolution", false},
		{timeKind, "talks on February 6", true},
		{durationKind, "talks have remained stalled for nearly a decade", true},
		{durationKind, "the siege lasted 14 months", true},
		{durationKind, "they met last year", false},
		{durationKind, "a decision is due", false},
		{timeKind, "On Wednesday, India said", true},
		{timeKind, "India voted against it", false},
		{placeKind, "talks in the Turkish city of Istanbul", true},
		{placeKind, "travelled to Tehran", true},
		{placeKind, "talks in February", false},
		{placeKind, "negotiations could not take place under the threat of force", false},
		{placeKind, "a show of support for Iran at the UN", false},
		{placeKind, "a letter to Trump", false},
		{placeKind, "support at the UNHRC in Geneva", true},
		{anyKind, "anything", true},
	}
	e := engineForTest(t)
	for _, tt := range tests {
		if got := e.vocabulary.holds(e.entities, tt.kind, tt.text, nil); got != tt.want {
			t.Errorf("holds(%v, %q) = %v, want %v", tt.kind, tt.text, got, tt.want)
		}
	}
}
