package answer

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/search"
)

// TestAskRanksFirst checks the passage ranked first for questions worded
// unlike any passage: each depends on one ranking rule.
func TestAskRanksFirst(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		rule, q, want string
	}{
		{"refersBack: the council", "How many countries abstained in the human rights council vote?", "14 abstained"},
		{"refersBack: the resolution condemning Iran", "how many votes did the resolution on Iran get", "Twenty-five members"},
		{"namedByOffice: the Iranian foreign minister", "Kuwait foreign minister phone call with Araghchi", "Sheikh Jarrah"},
		{"officeSynonyms: defence chief", "what did the American defence chief say about Iran", "Pete Hegseth stated"},
		{"search synonyms: bombing", "Ankara on the bombing of Iran", "wrong to attack Iran"},
		{"search synonyms: deadline", "@bot did trump give iran a deadline or some kind of time limit", "window for reaching an agreement is narrowing"},
		{"search synonyms: newly", "@bot did araghchi talk to the new kuwaiti foreign minister", "Kuwait’s newly appointed Foreign Minister"},
		{"relevance: the passage's own words", "is turkey pushing iran to make nuclear concessions?", "persuade Iranian leadership to offer limited concessions"},
		{"answerKind: where", "Where do nuclear negotiations between Iran and the US take place?", "Istanbul on February 6"},
		{"answerKind: how long", "how long since washington and tehran last negotiated directly", "stalled for nearly a decade"},
		{"spoken off the topic: what China said, when no passage about China is on the topic", "What did China say at the UN this week about a possible US strike on Iran?", "The use of force cannot solve problems"},
		{"paired: what a US-Iran war would do need not name the pair", "Why are the Gulf countries so worried about a US-Iran war breaking out?", "disrupt energy supplies"},
		{"addressee: his words where the person he told is", "What did Iran's FM tell the Omani foreign minister on their call?", "Araghchi thanked the Sultanate"},
		{"addressee: a possessive", "What did the Iranian FM tell his Omani counterpart in their call?", "Araghchi thanked the Sultanate"},
		{"answerKind: how many years", "how many years since washington and tehran last negotiated directly?", "stalled for nearly a decade"},
		{"answerKind: where, not a place named in chat words", "where was the lincoln based / operating b4 it got sent to the mideast", "operating in the South China Sea"},
		{"answerKind: where, not a place the question names", "Where was the USS Abraham Lincoln operating before it was sent to the Middle East?", "operating in the South China Sea"},
		{"answerKind: which ship, a ship named", "Which warship did the US send?", "USS Abraham Lincoln"},
		{"answerKind: which day", "which day did araghchi phone his counterparts", "In a series of calls on Tuesday"},
		{"answerKind: how many counterparts, a list", "how many counterparts did the iranian FM phone in that batch of calls", "counterparts in Turkey, Qatar, Oman, and Kuwait"},
		{"refersBack: This stance", "why are the gulf states worried about a war with iran", "This stance reflects concerns"},
		{"thesaurus: trying is attempting", "What are the Turks trying to get Iran to do?", "attempting to persuade"},
		{"headOf: the Pentagon chief", "what did the pentagon chief say about the military being ready", "fully prepared to execute the directive"},
		{"shareOthers: the speaker outweighs what he spoke about", "What did the Kremlin spokesman say about the Iran-US tensions?", "We continue to call on all parties"},
		{"shareOthers: a reply to the entities named", "How did Araghchi respond to the EU listing of the IRGC?", "blatant hypocrisy"},
		{"topicMatched: not by the article's title", "How did Tehran view the US deployment to West Asia?", "a move Tehran views as a provocative escalation"},
		{"roleWithout: the envoy to the UN", "What did Beijing's envoy to the UN say about Iran?", "The use of force cannot solve problems"},
		{"questionWords: a situation is no topic", "What did China tell the UN about the Iran situation?", "The use of force cannot solve problems"},
		{"subjectBonus: the passage opens with the entity", "Did the EU designate the IRGC as a terrorist organisation?", "The European Union also designated"},
		{"subjectBonus: by the people who speak for it", "Is Iran still building up its ballistic missiles?", "continues to maintain and enhance its ballistic missile"},
		{"answerKind: which countries", "which countries did araghchi phone on tuesday", "counterparts in Turkey, Qatar, Oman, and Kuwait"},
		{"IsWord: a capitalised word is no name", "Date of the nuclear talks in Istanbul?", "Istanbul on February 6"},
		{"namesOther: what was said to a person", "What did Araghchi tell the Qatari PM in their phone call?", "In talks with Qatari Prime Minister"},
		{"namesOther: what was said of an organisation", "What was Araghchi’s response to the EU ruling?", "blatant hypocrisy"},
		{"Europe is the EU", "is the revolutionary guard now a terrorist group in europe?", "The European Union also designated"},
		{"opensAsking: on which days they talked", "On which days did Araghchi and Pakistan's foreign minister Dar speak?", "On Thursday, Araghchi spoke with"},
		{"headOf: the organisation's head, named before the president", "What statement did the Pentagon chief make about carrying out a presidential order on Iran?", "Pete Hegseth stated"},
		{"whoSpeaks: which other country, one set apart", "Which other Gulf country besides Saudi Arabia pledged not to let a US strike on Iran be launched from its territory?", "The United Arab Emirates (UAE) has made similar pledges"},
		{"toldCountry: what was said to the country told", "What did Iran's FM tell Qatar during their call?", "In talks with Qatari Prime Minister"},
		{"plainPossessive: putins spokesperson is Peskov", "putins spokesperson comments on the iran us thing what did he say", "We continue to call on all parties"},
		{"accordingTo: whom a question cites speaks", "is the pentagon ready to strike iran acording to hegseth", "Pete Hegseth stated"},
		{"toldCountry: said to a country, named as the Sultanate", "what did Iran say to Oman in that round of calls?", "Araghchi thanked the Sultanate"},
		{"byHead: the council whose words are searched speaks", "what was the EU Council's stated justification for the new restrictive measures on Iran?", "The Council said in a statement"},
		{"dropCitationFrame: where it says is no place asked for", "Where does it say the US sent extra carrier strike groups and fighter squadrons?", "additional carrier strike groups and fighter squadrons"},
		{"agent: not the agent of a participle that is no word of saying", "i need the iranian FM's comments on being threatened by washington", "atmosphere of threats"},
		{"namedLast: the subject named after the pronoun for it", "what does it think about the tensions between iran and the us, pakistan?", "Pakistan on Thursday stressed"},
		{"dropPreamble: not a clause the question refers back to", "Negotiating while under threats: is Iran prepared to do that?", "not willing to negotiate under the threat"},
		{"tagQuestion: right? is no topic", "India sent an official to Tehran, right? who went and who did he meet?", "Pavan Kapoor"},
		{"thesaurus: start is begin, and begun", "when did the protests in iran start", "had begun in late December 2025"},
		{"speakerFirst: the subject speaks, not the source", "According to Tehran's readout, what position did Pakistan's FM restate?", "Dar reiterated Islamabad’s position"},
		{"speakerFirst: a possessive before a word of opinion names the subject", "On the Iran crisis, what's Pakistan's position?", "stressed the importance of sustained dialogue"},
		{"speakerFirst: a demonym before a word of opinion names the subject", "On a strike against Iran, what's the Turkish stance?", "any military strike against Iran would have dangerous consequences"},
		{"idioms: ring up is phone", "who did araghchi ring up", "phone"},
		{"idioms: giving ground is making concessions", "is Turkey pressuring Tehran to give ground on anything?", "offer limited concessions"},
		{"idioms: going after is targeting", "If the US strikes, who does Iran say it will go after?", "Iran targeting American interests"},
		{"afterAuxiliary: the clause with a word of saying names who speaks", "Is Washington sending more carrier strike groups or fighter squadrons, and how does Tehran see that?", "a move Tehran views as a provocative escalation"},
		{"passive: an announcement asks for no one's words", "wasn't a date announced for the iranian-american talks in istanbul? feb something?", "Istanbul on February 6"},
		{"request: the line saying it is a passage", "need the line saying when Tehran and Washington meet for the nuke talks in istanbul", "Istanbul on February 6"},
		{"an office's abbreviation no one is found to hold is searched by its words", "who is kuwait's new FM", "Sheikh Jarrah"},
		{"synonyms: a synonym's irregular form (redirect, send, sent)", "which carrier got redirected to the middle east", "had been sent to the Middle East"},
		{"contextEnd: a sentence about the asker is no topic", "I'm writing about sanctions. Did Brussels designate the IRGC as a terrorist group?", "The European Union also designated"},
		{"contextEnd: a sentence the question refers back to is", "The nuclear talks in Istanbul. When are they happening?", "Istanbul on February 6"},
		{"contextSpans: a sentence about the asker after the question", "Which aircraft carier was sent to the Middle Est? my dad served in the navy and asked me", "USS Abraham Lincoln"},
		{"request: a verb of saying asked of the bot is no word of saying", "Given the ongoing diplomatic efforts, could you please indicate the scheduled date of the Iran–United States nuclear negotiations in Istanbul?", "Istanbul on February 6"},
		{"officeSynonyms: a country's representative", "I am compiling a summary of great-power statements for a seminar. Could you tell me what China's representative stated at the United Nations regarding Iran?", "The use of force cannot solve problems"},
		{"officeAbbreviations: a foreign office with no country named is searched by its words", "What does the Bundeskanzler think about the government of Irán?", "days are numbered"},
		{"questionWords: a name asked for is no topic", "Name of the US carrier deployed to the Mideast", "USS Abraham Lincoln"},
		{"speechTerms: a topic of words of saying alone", "What was China's message to the UN about Iran?", "The use of force cannot solve problems"},
		{"speakerFirst: an office between the demonym and the word of opinion", "On the Iranian government, what's the German chancellor's view?", "days are numbered"},
		{"idioms: facing threats is under threat", "Is Iran prepared to hold talks while facing threats?", "not willing to negotiate under the threat"},
		{"actionBonus: the entity does at once what was asked", "did eu desginate the irgc as terorist org", "The European Union also designated"},
		{"synonyms and idioms: a commitment is a pledge, the skies are airspace", "What commitment did the Saudis make concerning their skies?", "not allow its airspace"},
		{"initials: MBS", "what did MBS promise about saudi air space", "not allow its airspace or territory"},
		{"governmentAfter: a demonym's government is the country", "hey bot, what's the Pakistani government's stance?", "stressed the importance of sustained dialogue"},
		{"whereAt: where a country is at", "wheres pakistan at on this", "stressed the importance of sustained dialogue"},
		{"isSpeech: an -ing form of a speech word", "What approach is Pakistan urging in the crisis?", "stressed the importance of sustained dialogue"},
		{"idioms: kick off", "When did the Iran protests kick off?", "had begun in late December 2025"},
		{"correctSlips: two letters swapped in a short word", "what did peskov sya", "We continue to call on all parties"},
		{"whereAt: where a country is on all this", "ok but where's turkey on all this", "Turkish officials believe"},
		{"knowledge: Pak is Pakistan", "pak's stance?", "stressed the importance of sustained dialogue"},
		{"synonyms: an idea is a proposal", "erdogan's idea?", "proposed a video conference"},
		{"idioms: hit back", "How did Tehran's top diplomat hit back at Brussels?", "blatant hypocrisy"},
		{"Inflections: begin is begun", "When did the protests in Iran begin?", "had begun in late December 2025"},
		{"correctSlips: a question word misspelt", "pakistan postion", "stressed the importance of sustained dialogue"},
		{"respellings and compounds: a letter missing, a word as two", "what did saudi arabia promis about its air space", "not allow its airspace or territory"},
		{"respellings: a common word a letter away", "how many drons did iran add", "1,000 new"},
		{"soundKey: a name in another transliteration", "What did Arakçi say about threats?", "atmosphere of threats"},
		{"othersSpeak: what analysts think of an entity", "Do analysts think regional diplomacy can actually stop Trump from striking?", "doesn’t really care about regional actors"},
		{"synonyms: a meeting is a debate", "what did china say at the un meeting about iran", "The use of force cannot solve problems"},
		{"speechWords: stress is a verb of saying", "What did Shehbaz Sharif stress in his call with Pezeshkian", "reaffirmed their commitment"},
		{"idioms and synonyms: the Mideast, deployed is sent", "Which flattop got deployed to the Mideast?", "USS Abraham Lincoln"},
		{"questionWords: an honorific is no name", "What remarks did Mr. Peskov make?", "We continue to call on all parties"},
		{"writeOut: a question word's contraction", "@bot what'd araghchi say re the threats", "atmosphere of threats"},
		{"writeOut: a possessive's take is its view", "@bot whats pakistan's take", "stressed the importance of sustained dialogue"},
		{"Adjective: an adverb's adjective, and British spelling", "Is France in favour of going in militarily?", "a military intervention is not the preferred option"},
		{"resolveRole: the longer office", "What did the Iranian foreign ministry spokesman say about Araghchi's trip to Turkey?", "Tehran aims"},
		{"thankYou: thank alone is a topic", "Why did Iran's foreign minister thank Islamabad?", "Araghchi thanked Dar"},
		{"speechWords: post", "who is Kaja Kallas and what did she post about Iran", "Any regime that kills thousands"},
		{"kindOf: a vote breakdown is a count", "what was the vote breakdown on the UNHRC resolution condemning Iran's crackdown", "Twenty-five members"},
		{"search synonyms: a reversal is a change", "Was France's support for blacklisting the IRGC a change from its earlier position?", "policy reversal from Paris"},
		{"quotedTerms: a passage without the word quoted is off the topic", `The claim that Ishaq Dar condemned "terrorism" on his call with Araghchi: what is the source for that?`, "condemning “terrorism”"},
		{"complements: an agreement with the US", "Is Iran still open to a nuclear agreement with the US?", "Iran remained open to a fair nuclear agreement"},
		{"quoted words first", `who called the EU move a "PR stunt"?`, "Europe’s PR stunt"},
		{"resolveRole: a person named after an office", "Pakistan's deputy PM Ishaq Dar talked to Araghchi – what did he stress during the call?", "Earlier, Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar"},
		{"chatSpellings: dept", "what did the US War Dept order to be deployed to West Asia", "The US War Department recently ordered"},
		{"officeNames: secdef", "@bot what did SecDef hegset say abt being ready lol 💀", "US Defense Secretary Pete Hegseth stated"},
		{"officeSynonyms: sec def", "what did the us sec def say about being ready to strike", "US Defense Secretary Pete Hegseth stated"},
		{"whoSpeaks: who in a place named", "Who in Tehran hit back at the EU over the Revolutionary Guards blacklisting?", "The Iranian leadership strongly criticised the EU decisions."},
		{"speechWords: describe", "How did Iran's foreign minister describe the EU's move to blacklist the Revolutionary Guards?", "blatant hypocrisy"},
		{"search idioms: terror group", "Did Brussels label the IRGC a terror group?", "The European Union also designated"},
		{"search synonyms: a site is a facility", "when did the us hit irans nuclear sites", "assault on its nuclear facilities in June"},
		{"thesaurus derived: abstentions are who abstained", "how many abstentions were there at the human rights council on the iran text?", "while 14 abstained"},
		{"search synonyms: argue, flip flop", "Is it right that Paris flip-flopped on blacklisting the IRGC? what was their old argument", "This marked a policy reversal from Paris"},
		{"search synonyms: blacklist; context: a lead-in paragraph", "Give me Tehran's response to Brussels blacklisting the Revolutionary Guards", "The Iranian leadership strongly criticised the EU decisions."},
		{"whoSpeaks: which official talked with the named", "which arab country's top diplomat talked separately with both araghchi and witkoff?", "its top diplomat, Badr Abdelatty"},
		{"backgroundSpans: with which", "With which foreign ministers Arakchi was talking by phone on tuesday?", "holding phone talks with his counterparts"},
		{"backgroundSpans: with the US threatening", "@bot what did china say at the un, with the us threatening iran and all", "The use of force cannot solve problems"},
		{"writeOut: this week is the asker's", "Which Indian official travelled to Tehran this week, and who did he meet there?", "Pavan Kapoor, travelled to Tehran"},
		{"writeOut: clap back is respond", "how did araghchi clap back at the eu lol", "Europe’s PR stunt"},
		{"writeOut: on what grounds", "On what grounds did the Council of the EU justify its new restrictions against Iran?", "these restrictions had been imposed"},
		{"questionWords: need quote asks for Ankara's own words", "ankara stance on iran? need quote", "Turkish officials believe"},
		{"identityKind: who someone is, where they are named in full", "who is abbas araghchi? keep seeing the name", "Abbas Araghchi"},
		{"contextSpans: a sentence the question asks the truth of is what it asks", "I heard Tehran added new drones. Is that true, and how many?", "1,000 new"},
		{"contextSpans: a sentence the question asks the outlet of is what it asks", "I need Trump's verbatim warning that the next US strike on Iran would be worse than the last one. Which outlet carried the quote?", "The next attack will be far worse"},
		{"contextSpans: a sentence the question asks the source of is what it asks", "I would like to verify reports that the United States has ordered the deployment of additional carrier strike groups and fighter squadrons to the region. Is there a source for this?", "additional carrier strike groups"},
		{"inheritRelevance: a paragraph that refers back with its referent's words ranks below it", "Did Brussels classify the IRGC as a terrorist organization?", "The European Union also designated"},
		{"qualified: the office of the official named after it", "iran foreign ministry spokesman baghaei what he said about neighbours", "strengthen ties with neighbours"},
		{"search synonyms: murders are killings, a downfall a demise", "who said something like 'a regime that murders thousands of its citizens is heading for its own downfall', and on which platform?", "Any regime that kills thousands"},
		{"questionWords: the exact wording asked for is no topic", "who called europe's terror listing a publicity stunt by a power in decline? need the exact wording", "Europe’s PR stunt"},
		{"hearsay: what people keep saying asks for no statement", "people keep saying the protests in Iran started back in November 2025 — when did they actually begin and why?", "The protests had begun in late December 2025"},
		{"opensWith: not a quote that opens with the entity", "Is Irán ready to negotiate when it is threatened?", "not willing to negotiate under the threat of attack"},
		{"questionWords: toward says where to, no topic", "whats the carrier trump sent toward iran called", "USS Abraham Lincoln"},
		{"kindOf: with which countries, asked at the end", "araghchi phone calls on tuesday with which countries foreign ministers", "counterparts in Turkey, Qatar, Oman, and Kuwait"},
		{"search synonyms: conditions are what is provided", "Under what conditions is Tehran willing to accept a nuclear agreement?", "provided it was reached without coercion"},
		{"kindOf: which foreign ministers lists countries", "Which foreign ministers did Aragchi phone on Tuesday according to Press TV?", "counterparts in Turkey, Qatar, Oman, and Kuwait"},
		{"expertsAsked: what analysts think, before the words of those they speak of", "Do analysts think the regional mediation efforts will actually influence Trump's decision on striking Iran?", "regional actors"},
		{"expertsAsked: academics, in lower case", "@bot do academics think all this mediation will actually stop a US strike", "regional actors"},
		{"destinations: the only entity named is where the ship was sent", "which home port did the carrier sent toward iran leave from", "departed its home port of San Diego"},
		{"destinations: in other words", "where had the carrier sent to iran been operating until last week", "operating in the South China Sea"},
		{"asksHolder: who holds an office, where the holder is named in full", "who is pakistan's foreign minister right now?", "Foreign Minister Ishaq Dar"},
		{"asksHolder: who serves as", "Who currently serves as Turkey's foreign minister?", "Foreign Minister Hakan Fidan"},
		{"paired: those named otherwise spoke of the pair's war", "How have Western governments generally reacted to the prospect of a US–Iran war?", "Western leaders have largely focused"},
		{"answerKind: when last, by how long ago", "When was the last time the US and Iran actually held direct negotiations?", "stalled for nearly a decade"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, Page{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, tt.want) {
				var top []string
				for _, r := range a.Results {
					top = append(top, clip(r.Text, 80))
				}
				t.Errorf("Ask(%q): first passages %q, want one with %q first", tt.q, top, tt.want)
			}
		})
	}
}

func TestRelevance(t *testing.T) {
	tests := []struct {
		name  string
		hit   search.Hit
		best  float64
		terms int
		want  float64
	}{
		{"all terms in the text", search.Hit{Score: 2, Matched: []string{"a", "b"}}, 2, 2, 1},
		{"half the terms in the text", search.Hit{Score: 2, Matched: []string{"a"}, InContext: []string{"b"}}, 2, 2, 0.75},
		{"only in the context", search.Hit{Score: 1, InContext: []string{"a", "b"}}, 2, 2, 0.25},
		{"no terms", search.Hit{Score: 1}, 2, 0, 0.5},
		{"no best score", search.Hit{Score: 0}, 0, 2, 0},
	}
	for _, tt := range tests {
		if got := relevance(tt.hit, tt.best, tt.terms); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: relevance = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAskPartOf checks that a question about a fact of an organisation is
// also answered by passages about its country: "the US fleet of
// warships" for the US Navy, while what the US said does not answer what
// the Pentagon said.
func TestAskPartOf(t *testing.T) {
	e := engineForTest(t)
	a, err := e.Ask(context.Background(), "Which nuclear-powered carrier did the US Navy move to the Middle East?", Page{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i, r := range a.Results {
		found = found || i < 3 && strings.Contains(r.Text, "USS Abraham Lincoln")
	}
	if !found {
		t.Errorf("no passage naming the carrier in the top three: %d results", len(a.Results))
	}
	a, err = e.Ask(context.Background(), "What did the Pentagon say?", Page{})
	if err != nil {
		t.Fatal(err)
	}
	// Only the passage naming the War Department, and the one after it,
	// are about the Pentagon; the US's many passages are not.
	if a.Total != 2 {
		t.Errorf("What did the Pentagon say? %d passages, want the 2 about the Pentagon", a.Total)
	}
}

// TestAskInheritRelevance checks that a paragraph referring back ("The
// vessel, which departed its home port…") follows the paragraph it
// refers to when that one answers the question's names, and stays below
// it.
func TestAskInheritRelevance(t *testing.T) {
	e := engineForTest(t)
	// (Asked where it was before, the vessel's paragraph comes first: it
	// alone names a place the question does not; see TestAskRanksFirst.)
	a, err := e.Ask(context.Background(), "What do we know about the Abraham Lincoln being redirected to the Middle East?", Page{})
	if err != nil {
		t.Fatal(err)
	}
	referent, vessel := -1, -1
	for i, r := range a.Results {
		switch {
		case strings.Contains(r.Text, "confirmed in a post on X on Monday that the USS Abraham Lincoln"):
			referent = i
		case strings.Contains(r.Text, "The vessel, which departed its home port"):
			vessel = i
		}
	}
	if vessel < 0 || vessel > 2 || referent < 0 || referent > vessel {
		t.Errorf("the vessel's paragraph at %d and the one naming the carrier at %d; want the vessel in the top three, below it", vessel, referent)
	}
}

func TestNearlyEqual(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{1.0835374717147054e-07, 1.0835374717147052e-07, true}, // one rounding apart
		{2.25, 2.25, true},
		{0, 0, true},
		{1.0835374717147054e-07, 5.2093871953130916e-08, false},
		{2.25, 2.2500001, false},
	}
	for _, tt := range tests {
		if got := nearlyEqual(tt.a, tt.b); got != tt.want {
			t.Errorf("nearlyEqual(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestInheritRelevanceShare checks that a passage referring back inherits
// only the share of the previous paragraph's topic words it lacks.
func TestInheritRelevanceShare(t *testing.T) {
	e := engineForTest(t)
	k := slices.IndexFunc(e.res.Passages, func(p attribution.Passage) bool {
		return strings.HasPrefix(p.Paragraph.Text, "This marked a policy reversal")
	})
	if k < 1 || !e.referrals[k].opensDefinite {
		t.Fatalf("passage %d: no passage that refers back to test with", k)
	}
	tests := []struct {
		name      string
		matched   []string
		relevance float64
		want      float64
	}{
		{"the referent's words already", []string{"a", "b"}, 0.2, 0.2},
		{"half of them", []string{"a", "c"}, 0.2, 0.2 + inherited*0.5},
		{"none of them", []string{"c"}, 0.2, 0.2 + inherited},
		{"none of its own", nil, 0.2, 0.2 + inherited},
		// A passage that holds only the referent's words adds nothing to
		// it, and does not rank above it.
		{"only the referent's words, above it", []string{"a"}, 2, belowReferent},
		{"a word of its own, above the referent", []string{"a", "c"}, 2, 2},
	}
	for _, tt := range tests {
		cands := []candidate{
			{order: k - 1, relevance: 1, hit: search.Hit{Matched: []string{"a", "b"}}},
			{order: k, relevance: tt.relevance, hit: search.Hit{Matched: tt.matched}},
		}
		e.inheritRelevance(cands)
		if got := cands[1].relevance; math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: relevance %v, want %v", tt.name, got, tt.want)
		}
		if cands[0].relevance != 1 {
			t.Errorf("%s: the referent's relevance changed to %v", tt.name, cands[0].relevance)
		}
	}
}

func TestAddressee(t *testing.T) {
	e := engineForTest(t)
	tests := []struct{ q, want string }{
		{"What did Iran's FM tell the Omani foreign minister on their call?", "badr-albusaidi"},
		{"What did the Iranian FM tell his Omani counterpart?", "badr-albusaidi"},
		{"What was said in the call between Iran's foreign minister and the Omani FM?", "badr-albusaidi"},
		// Two people asked about are both speakers.
		{"Hakan Fidan bey and Erdogan Tayyip, what is their saying on the Iran crisis?", ""},
		{"What did Araghchi say about Trump?", ""},
		{"What happened between Iran's foreign minister and the Omani FM?", ""},
	}
	for _, tt := range tests {
		q := e.vocabulary.parseQuestion(e.entities, tt.q)
		e.resolveRole(&q)
		if got := addressee(q); got != tt.want {
			t.Errorf("addressee(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
