package answer

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crisisbot/bot/fold"
)

func TestParseQuestion(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q        string
		entities []string
		topic    string
		speech   bool
		names    []string
		// othersSpeak: see question.othersSpeak.
		othersSpeak bool
	}{
		{q: "What is Turkey's position?", entities: []string{"turkey"}, speech: true},
		{q: "@bot what did Araghci say about threats?", entities: []string{"abbas-araghchi"}, topic: "about threats", speech: true},
		{q: "<@123> <@!456>, How many drones did Iran add?", entities: []string{"iran"}, topic: "many drones add"},
		{q: "What does Ankara think?", entities: []string{"turkey"}, speech: true},
		{q: "What did the Kremlin spokesman tell reporters?", entities: []string{"dmitry-peskov"}, topic: "the reporters", speech: true},
		{q: "What does the German chancellor think of Iran’s government?", entities: []string{"friedrich-merz", "iran"}, topic: "the of government", speech: true},
		{q: "What did the Pakistani FM tell Araghchi?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "the", speech: true},
		{q: "What did Kim Jong say?", topic: "Kim Jong", speech: true, names: []string{"Kim Jong"}},
		{q: "Which aircraft carrier was sent to the Middle East?", topic: "aircraft carrier sent to the Middle East"},
		{q: "Which aircraft carrier did Kim Jong Un send?", topic: "aircraft carrier Kim Jong Un send", names: []string{"Kim Jong Un"}},
		// Of several entities, the office is that of the one named next to it.
		{q: "What did Iran's foreign minister say about Turkey?", entities: []string{"abbas-araghchi", "turkey"}, topic: "about", speech: true},
		{q: "What did Iran's top diplomat say about Turkey?", entities: []string{"abbas-araghchi", "turkey"}, topic: "about", speech: true},
		{q: "What did Turkey say to the foreign minister of Iran?", entities: []string{"turkey", "abbas-araghchi"}, topic: "to the of", speech: true},
		// Offices named by a synonym (officeSynonyms).
		{q: "What did the American defence chief say about Iran?", entities: []string{"pete-hegseth", "iran"}, topic: "the about", speech: true},
		{q: "What did the US defense chief say?", entities: []string{"pete-hegseth"}, topic: "the", speech: true},
		{q: "What did the Pakistani premier say?", entities: []string{"shehbaz-sharif"}, topic: "the", speech: true},
		{q: "Who is Iran's head of state?", entities: []string{"masoud-pezeshkian"}, topic: ""},
		{q: "What did the Turkish leader say?", entities: []string{"recep-tayyip-erdogan"}, topic: "the", speech: true},
		// The head of an organisation (headOf), and a person by initials.
		{q: "What did the Pentagon chief say?", entities: []string{"pete-hegseth"}, topic: "the", speech: true},
		{q: "what did the defense department head say", entities: []string{"pete-hegseth"}, topic: "the", speech: true},
		{q: "What did the Pentagon say?", entities: []string{"us-department-of-defense"}, topic: "the", speech: true},
		{q: "What did Beijing's envoy to the UN say about Iran?", entities: []string{"fu-cong", "united-nations", "iran"}, topic: "to the about", speech: true},
		{q: "What did China's ambassador say?", entities: []string{"fu-cong"}, topic: "", speech: true},
		// Names the corpus may not know: a speaker in lower case, but
		// not an opening imperative or a place after a preposition.
		{q: "what did lula say about iran", entities: []string{"iran"}, topic: "lula about", speech: true, names: []string{"lula"}},
		{q: "Did Paris change its position on the IRGC?", entities: []string{"france", "irgc"}, topic: "change its on the", speech: true},
		{q: "did they change their position", topic: "they change their", speech: true},
		{q: "Quote Trump on Iran", entities: []string{"donald-trump", "iran"}, topic: "on", speech: true},
		{q: "Which aircraft carrier did the US send to the Mideast?", entities: []string{"united-states"}, topic: "aircraft carrier the send to the middle east"},
		{q: "china un speech", entities: []string{"china", "united-nations"}, topic: "speech", speech: true},
		{q: "what did potus post about iran", entities: []string{"donald-trump", "iran"}, topic: "post about", speech: true},
		// Of offices named at one place, the one that takes more words.
		{q: "What did the Iranian foreign ministry spokesman say about Araghchi's trip to Turkey?", entities: []string{"esmaeil-baghaei", "abbas-araghchi", "turkey"}, topic: "the about trip to", speech: true},
		{q: "what did the european commission VP post on X about the regime", entities: []string{"kaja-kallas"}, topic: "the post on X about the regime", speech: true},
		// "thank you" thanks the bot; "thank" alone is asked about.
		{q: "Why did Iran's foreign minister thank Islamabad?", entities: []string{"abbas-araghchi", "pakistan"}, topic: "thank"},
		{q: "What did China say at the UN? Thank you", entities: []string{"china", "united-nations"}, topic: "at the", speech: true},
		// A speaker in lower case of four words, or before "of" and a
		// country.
		{q: "what did ursula von der leyen say about sanctioning iran", entities: []string{"iran"}, topic: "ursula von der leyen about sanctioning", speech: true, names: []string{"ursula von der leyen"}},
		// Who speaks is what a question asks in a clause of its own: no name.
		{q: "Who is the academic who thinks regional de-escalation calls won't really sway Trump's decision?", entities: []string{"donald-trump"}, topic: "the academic regional de-escalation calls won't sway decision", speech: true, othersSpeak: true},
		{q: "what did sultan haitham of oman say about the iran us tensions", entities: []string{"oman", "iran", "united-states"}, topic: "sultan haitham of about the", speech: true, names: []string{"sultan haitham"}},
		// "Per" opens no name.
		{q: "Per Press TV, what extra US forces has Washington ordered to the region?", entities: []string{"united-states", "press-tv"}, topic: "Per extra forces ordered to the region"},
		// The subject after "are"; a person's bare name before a stance.
		{q: "military intervention in Iran — are the French in favour?", entities: []string{"france", "iran"}, topic: "military intervention in the in favour", speech: true},
		{q: "Merz view on iranian regime? quote", entities: []string{"friedrich-merz", "iran"}, topic: "on regime", speech: true},
		{q: "ankara stance on iran? need quote", entities: []string{"turkey", "iran"}, topic: "on", speech: true},
		// A leading clause of what the question is about (aboutClause),
		// unless the question refers back to it; "what about X".
		{q: "To the question of Iran, which position takes the Turkish side?", entities: []string{"turkey", "iran"}, topic: "To the of the", speech: true},
		{q: "Regarding Ankara, what stance it is taking on this whole Iran situation?", entities: []string{"turkey", "iran"}, topic: "it on this whole", speech: true},
		{q: "As for the US threats, how did Tehran react?", entities: []string{"iran", "united-states"}, topic: "As for the threats", speech: true},
		{q: "Turkey keeps pushing for talks. What about Pakistan, what's its view?", entities: []string{"pakistan", "turkey"}, topic: "keeps pushing for talks about its", speech: true},
		// A plural office abbreviation; a question of who someone is.
		{q: "which FMs did Araghchi phone on tuesday", entities: []string{"abbas-araghchi"}, topic: "phone on tuesday"},
		{q: "who is abbas araghchi? keep seeing the name", entities: []string{"abbas-araghchi"}, topic: ""},
		// A clause of background (backgroundSpans).
		{q: "With the US threatening Iran, a proposal came from Erdogan — what was it?", entities: []string{"recep-tayyip-erdogan"}, topic: "a proposal came from it", speech: true},
		{q: "kremlin spox comments", entities: []string{"dmitry-peskov"}, topic: "", speech: true},
		{q: "Where does Turkey stand on a strike?", entities: []string{"turkey"}, topic: "on a strike", speech: true},
		{q: "US carrier strike group Mideast name?", entities: []string{"united-states"}, topic: "carrier strike group middle east"},
		{q: "Sánchez on Iran?", entities: []string{"iran"}, topic: "Sánchez on", names: []string{"Sánchez"}},
		{q: "Macron on Iran?", entities: []string{"emmanuel-macron", "iran"}, topic: "on", speech: true},
		{q: "Lula said what about Iran?", entities: []string{"iran"}, topic: "Lula about", speech: true, names: []string{"Lula"}},
		{q: "lula stance on iran", entities: []string{"iran"}, topic: "lula on", speech: true, names: []string{"lula"}},
		{q: "Tell me which carrier the US sent", entities: []string{"united-states"}, topic: "carrier the sent"},
		{q: "Tell me what Ali Shamkhani cautioned about", entities: []string{"ali-shamkhani"}, topic: "cautioned about", speech: true},
		{q: "What is Shehbaz Sharif's government saying about Iran?", entities: []string{"pakistan", "iran"}, topic: "about", speech: true},
		{q: "what is Ishaq Dar's official title?", entities: []string{"ishaq-dar"}, topic: "official title"},
		{q: "Pentagon chief on readiness", entities: []string{"pete-hegseth"}, topic: "on readiness", speech: true},
		{q: "Iran nuclear talks on Friday", entities: []string{"iran"}, topic: "nuclear talks on Friday"},
		{q: "Hey, what did the US Secretary of War say?", entities: []string{"pete-hegseth"}, topic: "the", speech: true},
		{q: "What did the US Secretary of War say the forces would do if the president gave the order?", entities: []string{"pete-hegseth"}, topic: "the the forces if the president gave the order", speech: true},
		{q: "what did irans foreign minster say", entities: []string{"abbas-araghchi"}, speech: true},
		{q: "What was Tehran's top diplomat's response?", entities: []string{"abbas-araghchi"}, speech: true},
		{q: "wat does erdogans goverment think abt striking iran", entities: []string{"turkey", "iran"}, topic: "striking", speech: true},
		{q: "What did MBS say?", entities: []string{"mohammed-bin-salman"}, speech: true},
		{q: "What did Mbs say?", topic: "Mbs", speech: true, names: []string{"Mbs"}},
		{q: "What did Gulf leaders say about the US strike?", entities: []string{"united-states"}, topic: "Gulf leaders about the strike", speech: true, names: []string{"Gulf"}},
		{q: "Do analysts think diplomacy can stop Trump?", entities: []string{"donald-trump"}, topic: "analysts diplomacy stop", speech: true, names: []string{"analysts"}, othersSpeak: true},
		{q: "did iran threaten to close the Strait of Hormuz?", entities: []string{"iran"}, topic: "threaten to close the Strait of Hormuz", names: []string{"Strait of Hormuz"}},
		{q: "what did the Iranian MFA spokesman say", entities: []string{"iran"}, topic: "the MFA spokesman", speech: true},
		// The crisis is the setting of what was said of it, not its
		// topic; but it may be the topic of a question about a fact.
		{q: "What is Pakistan's position on the Iran–US standoff?", entities: []string{"pakistan", "iran", "united-states"}, topic: "on the", speech: true},
		{q: "What caused the standoff?", topic: "caused the standoff"},
		// Words that ask for a summary are no topic.
		{q: "Could you summarise Turkey's current stance?", entities: []string{"turkey"}, speech: true},
		// A preamble before a colon is no name and no topic; a single
		// word may be a name.
		{q: "Fact-checking before we go to print: where does Ankara stand?", entities: []string{"turkey"}, speech: true},
		{q: "Lula: what did he say?", topic: "Lula he", speech: true, names: []string{"Lula"}},
		{q: "Question: Turkey's stance?", entities: []string{"turkey"}, speech: true},
		{q: "Quick question: what did Turkey say?", entities: []string{"turkey"}, speech: true},
		// A pronoun is no name; a demonym's side or officials are the
		// country; a lower-case word before a name is not its speaker.
		{q: "so the turkish side, what do they actually think abt all this", entities: []string{"turkey"}, topic: "the they all this", speech: true},
		{q: "@bot wats Türkiye's stance on the iran thing", entities: []string{"turkey", "iran"}, topic: "on the", speech: true},
		{q: "What approach do Pakistani officials favour?", entities: []string{"pakistan"}, topic: "approach favour", speech: true},
		// A date asked for is no topic; "take" a stance is a light
		// verb, and "how did X take Y" asks how X reacted.
		{q: "What date is set for the nuclear talks in Istanbul?", topic: "set for the nuclear talks in Istanbul"},
		{q: "What stance did Ankara take?", entities: []string{"turkey"}, speech: true},
		{q: "@bot how'd araghchi take the EU move", entities: []string{"abbas-araghchi", "european-union"}, topic: "the move", speech: true},
		// The subject after an auxiliary, past its office.
		{q: "Regarding the Iranian government, what does the Chancellor of Germany think of it?", entities: []string{"friedrich-merz", "iran"}, topic: "the the of of it", speech: true},
		// The speaker after a word of opinion and "of", unless that word
		// has its own possessor.
		{q: "Regarding the Iranian government, what's the view of Germany's chancellor?", entities: []string{"friedrich-merz", "iran"}, topic: "the the of", speech: true},
		{q: "what's Merz's opinion of the Iranian government", entities: []string{"friedrich-merz", "iran"}, topic: "of the", speech: true},
		{q: "regarding the EU decision, what was the response of Araghchi?", entities: []string{"abbas-araghchi", "european-union"}, topic: "the decision the of", speech: true},
		{q: "iran government, what german chancellor is thinking about it", entities: []string{"friedrich-merz", "iran"}, topic: "government about it", speech: true},
		// One holds a position as one holds talks; only talks are a topic.
		{q: "What position does Ankara hold in this situation?", entities: []string{"turkey"}, topic: "in this", speech: true},
		{q: "When will Iran and the US hold talks?", entities: []string{"iran", "united-states"}, topic: "and the hold talks"},
		// How someone sees a thing is their view of it.
		{q: "On the confrontation between Iran and the US, how does Turkey see things?", entities: []string{"turkey", "iran", "united-states"}, topic: "On the between and the", speech: true},
		// An entity set apart from the answer is no entity of it, when
		// the question names another.
		{q: "which countries besides the EU have listed the IRGC as terrorists", entities: []string{"irgc"}, topic: "countries listed the as terrorists"},
		// Offices named another way: a German word, a counterpart.
		{q: "What does the German Kanzler think about the Iranian régime?", entities: []string{"friedrich-merz", "iran"}, topic: "the about the régime", speech: true},
		{q: "What does Bundeskanzler Merz think of the government of Iran?", entities: []string{"friedrich-merz", "iran"}, topic: "of the", speech: true},
		{q: "What did the Iranian FM tell his Omani counterpart in their call?", entities: []string{"abbas-araghchi", "badr-albusaidi"}, topic: "the his in their call", speech: true},
		{q: "What did the occupant of the White House write on his Truth Social account?", entities: []string{"donald-trump"}, topic: "the of the write on his Truth Social account", speech: true, names: []string{"Truth Social"}},
		// A capitalised pronoun joins no name, and "Kindly" is none; a
		// possessive after a word for the government.
		{q: "Kindly, I would like to know the official position of Turkish government toward the situation of Iran.", entities: []string{"turkey", "iran"}, topic: "I like to the official of the of", speech: true},
		{q: "@bot whats the turkish govt's take on all this", entities: []string{"turkey"}, topic: "the on all this", speech: true},
		// A leader's country is the country.
		{q: "is erdogan's turkey for or against hitting iran?? whats their stance", entities: []string{"turkey", "iran"}, topic: "for or against hitting their", speech: true},
		// A deputy's office is not the office; but each of the offices
		// a role joins is one (Dar is Deputy Prime Minister and Foreign
		// Minister).
		{q: "What did Pakistan's deputy FM say?", entities: []string{"pakistan"}, topic: "deputy foreign minister", speech: true},
		{q: "What did Pakistan's deputy PM say?", entities: []string{"ishaq-dar"}, topic: "", speech: true},
		{q: "What did Pakistan's prime minister say?", entities: []string{"shehbaz-sharif"}, topic: "", speech: true},
		{q: "What did Pakistan's FM say?", entities: []string{"ishaq-dar"}, topic: "", speech: true},
		// An office no one found holds is searched for by its words; one
		// the knowledge file knows the holder of is that person.
		{q: "who is kuwait's new defence minister", entities: []string{"kuwait"}, topic: "new defence minister"},
		{q: "who is kuwait's new FM", entities: []string{"jarrah-jaber-al-ahmad-al-sabah"}, topic: "new"},
		// Indefinite pronouns are no names, nor is "there's" a possessive.
		{q: "Someone said there's a new round coming up. When are the talks in İstanbul?", topic: "the talks in İstanbul"},
		{q: "Everyone's talking about a deal. Would Iran agree?", entities: []string{"iran"}, topic: "Everyone's talking about a deal agree"},
		// Words that only hedge or stress are no topic.
		{q: "@bot china's un statement on iran, what did they actually say", entities: []string{"china", "united-nations", "iran"}, topic: "on they", speech: true},
		// A delegation speaks for its country as its envoy does.
		{q: "What did the Chinese delegation tell the United Nations?", entities: []string{"fu-cong", "united-nations"}, topic: "the the", speech: true},
		// "thinks of" is a verb: the thinker is the subject.
		{q: "Could you tell me what Germany's chancellor thinks of the Iranian government?", entities: []string{"friedrich-merz", "iran"}, topic: "of the", speech: true},
		// An auxiliary with no one after it is passed for one that has.
		{q: "is all this diplomacy going to matter to trump? what do experts think", entities: []string{"experts", "donald-trump"}, topic: "all this diplomacy to to", speech: true},
		// A noun of saying after "the" is no speaker's name.
		{q: "What was the promise of Saudi Arabia to Iran?", entities: []string{"saudi-arabia", "iran"}, topic: "the promise of to", speech: true},
		// A sentence about the asker, before or after the question, is
		// no topic and names no entity asked about; one the question
		// refers back to is.
		{q: "I'm writing about sanctions. Did Brussels designate the IRGC as a terrorist group?", entities: []string{"european-union", "irgc"}, topic: "designate the as a terrorist group"},
		{q: "My friend claims the Chinese backed Iran at the United Nations. At the UN, what exactly did China say?", entities: []string{"china", "united-nations"}, topic: "At the", speech: true},
		{q: "I saw footage of a flattop steaming toward Iran. Which carrier has been deployed to the Mideast?", topic: "carrier deployed to the middle east"},
		{q: "Which aircraft carier was sent to the Middle Est? my dad served in the navy and asked me", topic: "aircraft carier sent to the Middle Est"},
		{q: "The nuclear talks in Istanbul. When are they happening?", topic: "The nuclear talks in Istanbul they"},
		// What people at large say is not what is asked about.
		{q: "people keep saying the protests in Iran started back in November 2025 — when did they actually begin and why?", entities: []string{"iran"}, topic: "people keep the protests in started back in November 2025 they begin and"},
		{q: "I heard Tehran added new drones. Is that true, and how many?", entities: []string{"iran"}, topic: "I added new drones that and many"},
		{q: "Saw a headline about Iran. What did Turkey say about Iran?", entities: []string{"turkey", "iran"}, topic: "about", speech: true},
		{q: "@bot somebody said india voted no at the unhrc?? who voted against that resolution", entities: []string{"india", "un-human-rights-council"}, topic: "somebody voted no at the voted against that resolution"},
		// "who" asks who spoke: those named are what was spoken of; a
		// word that sets one apart is no topic.
		// "which" speaks in the first clause, whatever "who" does after it;
		// the office after a name the corpus does not know is not Iran's.
		{q: "Which European leader said the Iranian regime won't last, and who was he with?", entities: []string{"iran"}, topic: "European leader the regime won't last and he with", speech: true, names: []string{"European"}, othersSpeak: true},
		// An office after "foreign" or "other" is another country's,
		// but a foreign minister is the country's own, misspelt or not.
		{q: "Merz made those iran comments alongside which foreign leader?", entities: []string{"iran", "friedrich-merz"}, topic: "those alongside foreign leader", speech: true},
		{q: "how did the iranian foreign minster react", entities: []string{"abbas-araghchi"}, topic: "the", speech: true},
		// Two who talked, or when or where they talked, is about their
		// talking, not what they said; what they agreed on is.
		{q: "when did dar and araghchi speak before the thursday call", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "and the thursday call"},
		{q: "had dar and araghchi already talked before thursday?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "and already thursday"},
		{q: "What did Dar and Araghchi agree on when they spoke by phone?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "and agree on they by phone", speech: true},
		// …and on which days they talked, a preposition before it.
		{q: "On which days did Dar and Araghchi speak?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "On and"},
		// How things seem to the one who asks is no question.
		{q: "Is Paris backing a military intervention? Europe seems pretty split on it.", entities: []string{"france"}, topic: "backing a military intervention"},
		// Whom someone was seeing is whom they met; one's words are what
		// one said; a good position to act is no stance.
		{q: "where did Araghchi go, and who was he seeing?", entities: []string{"abbas-araghchi"}, topic: "go and he seeing"},
		{q: "spokesman of Kremlin what was his words on US and Iran?", entities: []string{"dmitry-peskov", "united-states", "iran"}, topic: "of his words on and", speech: true},
		{q: "why is Ankara in a good position to act as the go-between?", entities: []string{"turkey"}, topic: "in a good to act as the go-between"},
		// Wanting to know is no word of saying.
		{q: "folks want to know when Tehran and Washington are supposed to sit down in Istanbul", entities: []string{"iran", "united-states"}, topic: "folks to and supposed to sit down in Istanbul", names: []string{"folks"}},
		// The government that speaks for a country is no topic; whom a
		// question cites, "according to", speaks.
		{q: "where does pakistan's government stand on the iran us crisis", entities: []string{"pakistan", "iran", "united-states"}, topic: "on the", speech: true},
		{q: "is the pentagon ready to strike iran according to hegseth", entities: []string{"pete-hegseth", "us-department-of-defense", "iran"}, topic: "the ready to strike according to", speech: true},
		// The day a question asks for is no topic: the answer names it.
		{q: "what day are the Istanbul talks?", topic: "the Istanbul talks"},
		// A clause that asks for agreement ("…, right?") is no topic.
		{q: "India sent an official to Tehran, right? who went", entities: []string{"india", "iran"}, topic: "sent an official to went"},
		{q: "did India send someone? correct?", entities: []string{"india"}, topic: "send someone"},
		{q: "Is it right that India sent an official?", entities: []string{"india"}, topic: "it right that sent an official"},
		// Who said or thinks it: the agent of a passive, and the person
		// named before the country that their comments are on.
		{q: "What is thought of the Iranian government by Germany's chancellor?", entities: []string{"friedrich-merz", "iran"}, topic: "of the by", speech: true},
		{q: "merz iran comments?", entities: []string{"friedrich-merz", "iran"}, speech: true},
		// Chat words and abbreviations are no names: "gimme" before a
		// name, "Univ" after one.
		{q: "gimme Fu Cong's words at the UN debate", entities: []string{"fu-cong", "united-nations"}, topic: "words at the debate", speech: true},
		{q: "Hayajneh (Qatar Univ); does regional diplomacy move Trump, per him?", entities: []string{"adnan-hayajneh", "qatar", "donald-trump"}, topic: "university regional diplomacy move per him"},
		{q: "idk what erdogan proposed tbh", entities: []string{"recep-tayyip-erdogan"}, topic: "proposed", speech: true},
		// What was announced, with no agent, and the line that says it,
		// ask for a passage, not for anyone's words; but the agent of
		// "by" speaks, and "the quote where" a minister talks is his.
		{q: "wasn't a date announced for the talks in istanbul?", topic: "wasn't a announced for the talks in istanbul"},
		{q: "was anything promised by the Saudis about airspace?", entities: []string{"saudi-arabia"}, topic: "promised by the about airspace", speech: true},
		{q: "need the line saying when Tehran and Washington meet for the talks", entities: []string{"iran", "united-states"}, topic: "the and meet for the talks"},
		{q: "quote when the Istanbul talks are", topic: "the Istanbul talks"},
		{q: "quote the part about the EU listing the IRGC", entities: []string{"european-union", "irgc"}, topic: "the part about the listing the"},
		{q: "Find the quote where Iran's foreign minister talks about threats", entities: []string{"abbas-araghchi"}, topic: "the talks about threats", speech: true},
		{q: "what's the turkish line on strikes", entities: []string{"turkey"}, topic: "the on strikes", speech: true},
		// A polite "kindly tell", and a frame that has someone else ask
		// ("Suppose a reader asks…, what's the answer?"), ask nothing
		// of anyone's words.
		{q: "Kindly tell on which date and in which city Iran and the United States are expected to hold nuclear talks.", entities: []string{"iran", "united-states"}, topic: "on and in city and the expected to hold nuclear talks"},
		{q: "Suppose a reader asks when Washington and Tehran are scheduled to meet for nuclear talks, what's the answer?", entities: []string{"united-states", "iran"}, topic: "and scheduled to meet for nuclear talks"},
		{q: "If someone asked me what MBS told Pezeshkian about airspace, what would I tell them?", entities: []string{"mohammed-bin-salman", "masoud-pezeshkian"}, topic: "about airspace", speech: true},
		// What someone conveys or pushes for is what they say; pushing for
		// a vote is not.
		{q: "What did Mr. Ishaq Dar convey to Araghchi?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "convey to", speech: true},
		{q: "what are Sharif and Dar pushing for on Iran", entities: []string{"shehbaz-sharif", "ishaq-dar", "iran"}, topic: "and pushing for on", speech: true},
		{q: "did Pakistan push for a vote on the resolution?", entities: []string{"pakistan"}, topic: "push for a vote on the resolution"},
		// Names set apart: after "other than", in a list after
		// "besides", and after "not" in a clause of its own.
		{q: "Other than Turkey and Qatar, which country did Araghchi call?", entities: []string{"abbas-araghchi"}, topic: "and country call"},
		{q: "Who on the EU side, not Merz, posted that the regime is heading for its demise?", entities: []string{"european-union"}, topic: "on the side not posted that the regime heading for its demise", speech: true},
		{q: "Not Pakistan's readout: what does Iran say Dar told Araghchi?", entities: []string{"iran", "ishaq-dar", "abbas-araghchi"}, topic: "Not readout", speech: true},
		// Experts asked about as such speak, whoever else is named.
		{q: "did any academic comment on whether regional diplomacy can sway Trump?", entities: []string{"donald-trump"}, topic: "any academic on whether regional diplomacy sway", speech: true, names: []string{"any academic"}, othersSpeak: true},
		// A person's given name after another capitalised word is part
		// of another name ("Bandar Abbas" is a city), but not after a
		// name or a title.
		{q: "any naval drills off Hormozgan near Bandar Abbas?", topic: "any naval drills off Hormozgan near Bandar Abbas"},
		{q: "Did Iran's Abbas talk to Turkey?", entities: []string{"abbas-araghchi", "abbas-araghchi", "turkey"}, topic: "talk to"},
		{q: "What did Foreign Minister Abbas say?", entities: []string{"abbas-araghchi"}, topic: "", speech: true},
		// A time told by another event is no topic, and its names are
		// not asked about.
		{q: "On the same day as the Dar–Araghchi call, did Pakistan's PM talk to anyone in Iran?", entities: []string{"shehbaz-sharif", "iran"}, topic: "talk to anyone in"},
		// A word of saying in a condition asks nothing of anyone's words,
		// and who is named there holds no office of the country before.
		{q: "is the US military ready to go if Trump says so?", entities: []string{"united-states", "donald-trump"}, topic: "the military ready to go if"},
		// A last clause that asks for a form of answer is no topic.
		{q: "whats turkeys stance on the iran crisis, source + quote", entities: []string{"turkey", "iran"}, topic: "on the", speech: true},
		{q: "did the EU designate the IRGC as a terrorist org? source + quote", entities: []string{"european-union", "irgc"}, topic: "the designate the as a terrorist org"},
		{q: "When are the talks in Istanbul? just the date + source", topic: "the talks in Istanbul"},
		{q: "what did peskov sai about iran and the us? bullet points", entities: []string{"dmitry-peskov", "iran", "united-states"}, topic: "about and the", speech: true},
		// What someone asks another to do is what they say; asking for
		// a vote is not.
		{q: "what is China asking the US to do about the Iran tensions?", entities: []string{"china", "united-states", "iran"}, topic: "asking the to about the", speech: true},
		{q: "Did Pakistan ask for a recorded vote in Geneva?", entities: []string{"pakistan"}, topic: "ask for a recorded vote in Geneva"},
		// The government whose position is asked for is its country.
		{q: "what is the position of pakistan govt in this", entities: []string{"pakistan"}, topic: "the of in this", speech: true},
		// Of two clauses, the one with a word of saying names who
		// speaks, unless the first asks who someone is.
		{q: "Is Washington sending more carrier strike groups or fighter squadrons, and how does Tehran see that?", entities: []string{"iran", "united-states"}, topic: "sending more carrier strike groups or fighter squadrons and that", speech: true},
		{q: "Has Turkey been against military action on Iran, and what did Erdogan warn?", entities: []string{"recep-tayyip-erdogan", "turkey", "iran"}, topic: "against military action on and warn", speech: true},
		{q: "who is kuwait's foreign minister now, and what did araghchi say to him?", entities: []string{"jarrah-jaber-al-ahmad-al-sabah", "abbas-araghchi"}, topic: "and to him", speech: true},
		// Restating is saying.
		{q: "What principles did Ishaq Dar restate to Araghchi about sovereignty and interference?", entities: []string{"ishaq-dar", "abbas-araghchi"}, topic: "principles restate to about sovereignty and interference", speech: true},
		// A clause that gives the reason for asking is no topic, unless
		// the question refers back to it.
		{q: "Given the US buildup, how many strategic drones has Tehran put into service?", entities: []string{"iran"}, topic: "many strategic drones put into service"},
		{q: "Amid the escalation between Iran and the United States, what approach has Pakistan's prime minister urged?", entities: []string{"shehbaz-sharif"}, topic: "approach urged", speech: true},
		{q: "Given the American warnings, how did Abbas Araghchi respond to them?", entities: []string{"abbas-araghchi", "united-states"}, topic: "the warnings to them", speech: true},
		// The line, in the country a question opens in, is that
		// country's, and its government speaks.
		{q: "Over in Turkiye, what's the official line on going after Iran militarily?", entities: []string{"turkey", "iran"}, topic: "Over in the on after militarily", speech: true},
		{q: "In Islamabad, what's the government's stance on the Iran–US tensions?", entities: []string{"pakistan", "iran", "united-states"}, topic: "In the on the", speech: true},
		// Time words, honorifics and foreign offices are no names.
		{q: "Midweek, what was Trump's post about warships sailing toward Iran?", entities: []string{"donald-trump", "iran"}, topic: "post about warships sailing", speech: true},
		{q: "Fidan Bey, what is he saying about attacking Iran?", entities: []string{"hakan-fidan", "iran"}, topic: "he about attacking", speech: true},
		{q: "Shamkhani, adviser of Rahbar Khamenei, said what Iran will do if US attacks?", entities: []string{"ali-khamenei", "ali-shamkhani", "iran", "united-states"}, topic: "adviser of if attacks", speech: true},
		// "In general" says how widely, not what.
		{q: "In general, how have Western governments reacted to the crisis?", topic: "In Western governments to the crisis", speech: true, names: []string{"Western"}},
		// What a question sets apart is no topic, and an entity named
		// only there is not asked about.
		{q: "Besides the Abraham Lincoln, what other US deployments were ordered?", entities: []string{"united-states"}, topic: "other deployments ordered", names: []string{"Abraham Lincoln"}},
		{q: "what did China say besides voting against the resolution?", entities: []string{"china"}, speech: true},
		{q: "apart from erdogan's video call idea, when's the istanbul nuclear meeting", topic: "the istanbul nuclear meeting"},
		{q: "Did the US set aside Iran's demands?", entities: []string{"united-states", "iran"}, topic: "the set aside demands", speech: true},
		{q: "Besides the Saudis, who else has promised not to let the US use their airspace?", entities: []string{"united-states"}, topic: "promised not to let the use their airspace", speech: true, othersSpeak: true},
		// The speaker after a noun of saying and "by" or "that", and
		// formal phrases that only lead to what is asked about.
		{q: "With respect to the threats issued by Washington, could you summarise the remarks made by the Iranian foreign minister?", entities: []string{"abbas-araghchi", "united-states"}, topic: "With to the threats issued by the by the", speech: true},
		{q: "In light of the escalation between Washington and Tehran, could you clarify the position that Turkey has articulated?", entities: []string{"turkey", "united-states", "iran"}, topic: "In of the escalation between and the that articulated", speech: true},
		// A bare name before a verb of saying is its subject; "demanded
		// of" is that verb, not a noun whose speaker follows "of".
		{q: "Could you summarise what President Trump has demanded of Iran regarding its nuclear programme?", entities: []string{"donald-trump", "iran"}, topic: "demanded of its nuclear programme", speech: true},
		{q: "china un statement on iran", entities: []string{"china", "united-nations", "iran"}, topic: "on", speech: true},
		// A hyphenated label before a colon, and an answer as a word of
		// saying.
		{q: "Fact-check: did China's UN ambassador really say it?", entities: []string{"china", "fu-cong"}, topic: "it", speech: true},
		{q: "What was answer of Iran foreign minister Araghchi to the EU decision?", entities: []string{"abbas-araghchi", "abbas-araghchi", "european-union"}, topic: "of foreign minister to the decision", speech: true},
		// A preamble about the asker before a colon.
		{q: "For a report I am writing: could you summarise the statement China delivered at the United Nations concerning Iran?", entities: []string{"china", "united-nations", "iran"}, topic: "the delivered at the", speech: true},
		// Names in other languages, and foreign offices.
		{q: "Which declaration has made Chine at the ONU?", entities: []string{"china", "united-nations"}, topic: "declaration at the", speech: true},
		{q: "Cumhurbaşkanı Erdogan, what he has proposed?", entities: []string{"recep-tayyip-erdogan"}, topic: "he proposed", speech: true},
		{q: "What does the Bundeskanzler think about the government of Irán?", entities: []string{"iran"}, topic: "the chancellor about the", speech: true},
		{q: "What did Pakistan's PM say?", entities: []string{"shehbaz-sharif"}, speech: true},
		{q: "@bot what was the turkish prez's proposal", entities: []string{"recep-tayyip-erdogan"}, topic: "the proposal", speech: true},
		{q: "What is the position of the Government of Pakistan?", entities: []string{"pakistan"}, topic: "the of the", speech: true},
		{q: "What did the govt of the UAE say?", entities: []string{"united-arab-emirates"}, topic: "the", speech: true},
		// A country before its official's office and name is theirs
		// (named twice, by name and by office, as when the office names
		// someone the question names); so is the office, whatever
		// another's it may resemble.
		{q: "iran foreign ministry spokesman baghaei what he said about neighbours", entities: []string{"esmaeil-baghaei", "esmaeil-baghaei"}, topic: "foreign ministry spokesman he about neighbours", speech: true},
		{q: "What did Turkey say to Iran's foreign minister Araghchi?", entities: []string{"turkey", "abbas-araghchi", "abbas-araghchi"}, topic: "to foreign minister", speech: true},
		// An en dash joins "Iran–US": the clause about them goes on.
		{q: "on the Iran–US tensions, anything from Moscow's spokesman Peskov?", entities: []string{"dmitry-peskov", "iran", "united-states", "dmitry-peskov"}, topic: "on the tensions from spokesman"},
		// "what about X" asks about X, a name the corpus may not know.
		{q: "ok but what about Netanyahu, did he comment on the armada?", topic: "but about Netanyahu he on the armada", speech: true, names: []string{"Netanyahu"}},
		{q: "Iran crisis is going on. What position is taking Turkey about it?", entities: []string{"turkey", "iran"}, topic: "about it", speech: true},
		{q: "Regarding the Iran crisis, what's Pakistan's position?", entities: []string{"pakistan", "iran"}, topic: "the", speech: true},
		{q: "who did deputy NSA Pavan Kapur meet", entities: []string{"pavan-kapoor"}, topic: "Kapur meet"},
		// A noun of opinion after an office is its holder's view.
		{q: "german chancellor view of iranian regime", entities: []string{"friedrich-merz", "iran"}, topic: "of regime", speech: true},
		// An office is not of the country it acts on: "the president
		// gives the order on Iran" is the US president.
		{q: "What did the US Defense Secretary state regarding readiness?", entities: []string{"pete-hegseth"}, topic: "the state readiness", speech: true},
		{q: "Did the Gulf state of Qatar mediate?", entities: []string{"gulf-states", "qatar"}, topic: "the of mediate"},
		{q: "What the chancellor of Germany is thinking about government of Iran? Tell me.", entities: []string{"friedrich-merz", "iran"}, topic: "the of about", speech: true},
		{q: "what is russia asking from both sides??", entities: []string{"russia"}, topic: "asking from both sides"},
		{q: "what did both sides agree on?", entities: []string{"both-sides"}, topic: "agree on"},
		{q: "How come Pakistan and Iran are described as so close?", entities: []string{"iran", "pakistan"}, topic: "come and described as close"},
		{q: "Erdogan's foreign minister said what", entities: []string{"hakan-fidan"}, speech: true},
		{q: "Who in Tehran hit back at the EU over the Revolutionary Guards blacklisting?", entities: []string{"iran", "european-union", "irgc"}, topic: "in at the over the blacklisting", speech: true},
		{q: "which arab country's top diplomat talked separately with both araghchi and witkoff?", entities: []string{"abbas-araghchi", "steve-witkoff"}, topic: "arab country's top diplomat separately with both and", speech: true, othersSpeak: true},
		{q: "Which statement of Fidan warned the US?", entities: []string{"hakan-fidan", "united-states"}, topic: "of warned the", speech: true},
		{q: "Who at the Pentagon said US forces are ready to go if the president gives the order on Iran?", entities: []string{"us-department-of-defense", "donald-trump", "iran"}, topic: "at the forces ready to go if the gives the order on", speech: true},
		// The subject after the question, "X I mean"; background after
		// "So".
		{q: "Where does it stand on the US-Iran tensions, Pakistan I mean?", entities: []string{"pakistan", "united-states", "iran"}, topic: "it on the I mean", speech: true},
		{q: "So with the US threatening Iran, what's the official line coming out of Ankara?", entities: []string{"turkey"}, topic: "the official coming out of", speech: true},
		{q: "Now what did Pakistan say?", entities: []string{"pakistan"}, speech: true},
		// Chat spellings of question words are question words, no names.
		{q: "Whn did the US bomb Iran's nuclear facilites?", entities: []string{"united-states", "iran"}, topic: "the bomb nuclear facilites"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := e.vocabulary.parseQuestion(e.entities, tt.q)
			e.resolveRole(&q)
			var ids []string
			for _, en := range q.entities {
				ids = append(ids, en.ID)
			}
			if !reflect.DeepEqual(ids, tt.entities) || q.topic != tt.topic || q.aboutSpeech != tt.speech || q.othersSpeak != tt.othersSpeak || !(len(q.names) == 0 && len(tt.names) == 0 || reflect.DeepEqual(q.names, tt.names)) {
				t.Errorf("entities %v, topic %q, speech %v, names %q; want %v, %q, %v, %q",
					ids, q.topic, q.aboutSpeech, q.names, tt.entities, tt.topic, tt.speech, tt.names)
			}
		})
	}
}

func TestRoleMatches(t *testing.T) {
	tests := []struct {
		role, question string
		want           bool
	}{
		{"Foreign Minister", "what did the iranian foreign minister say", true},
		{"Foreign Minister", "what did the iranian foreign ministry say", true},
		{"Foreign Ministry spokesperson", "what did the foreign minister say", false},
		{"Kremlin spokesperson", "what did the kremlin spokesman say", true},
		{"Defense Secretary", "us defence secretary", true},
		{"Chancellor", "german chancellor", true},
		{"professor of international relations at Qatar University", "the qatar university professor", true},
		{"professor of international relations at Qatar University", "a qatar professor", false},
		{"Special Envoy to the Middle East", "which warship did the us send to the middle east", false},
		{"Special Envoy to the Middle East", "what did the middle east envoy say", true},
		{"senior member of the Iranian negotiating team", "what did the iranian negotiating team say", false},
		{"senior member of the Iranian negotiating team", "the senior member of iran's negotiating team", true},
		{"", "anything", false},
	}
	for _, tt := range tests {
		if _, got := newVocabulary().roleMatches(tt.role, strings.Fields(tt.question)); got != tt.want {
			t.Errorf("roleMatches(%q, %q) = %v, want %v", tt.role, tt.question, got, tt.want)
		}
	}
}

func TestOfficePhrases(t *testing.T) {
	tests := []struct {
		question string
		want     []string // the question's words of each phrase found
	}{
		{"what did the american defence chief say", []string{"defence chief"}},
		{"what did the us defense chief say", []string{"defense chief"}},
		{"egypt's top diplomat", []string{"top diplomat"}},
		{"iran's head of state and its leader", []string{"head of state", "leader"}},
		{"the chief of the defence staff", nil},
		{"what did iranian leaders say", nil},
		{"the two top diplomats", nil},
		{"what did the foreign minister say", nil},
	}
	v := newVocabulary()
	for _, tt := range tests {
		var got []string
		for _, syn := range v.officePhrases(strings.Fields(tt.question)) {
			got = append(got, strings.Join(syn.words, " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("officePhrases(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestCorrectSlips(t *testing.T) {
	v := engineForTest(t).vocabulary
	tests := []struct{ text, want string }{
		{"pakistan postion", "pakistan position"},
		{"whats turkeys positon??", "whats turkeys position??"},
		{"Stnace of Egypt", "Stance of Egypt"},
		{"So curious. What's its position?", "So curious. Whats its position?"},
		{"how did araghchi reakt", "how did araghchi react"},
		{"the stnds", "the stands"},
		{"what did peskov sya", "what did peskov say"},
		{"Wich aircraft carrier", "Which aircraft carrier"},
		// Common words, names, short words and words near two question
		// words are left as they are.
		{"the positive side", "the positive side"},
		{"what did Peskov say", "what did Peskov say"},
		{"what they wantd", "what they wantd"},
		{"sayed", "sayed"},
	}
	for _, tt := range tests {
		if got := v.correctSlips(tt.text); got != tt.want {
			t.Errorf("correctSlips(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if got := newVocabulary().correctSlips("postion"); got != "postion" {
		t.Errorf("correctSlips without isWord = %q, want the text unchanged", got)
	}
}

func TestWriteOut(t *testing.T) {
	v := newVocabulary()
	tests := []struct{ text, want string }{
		{"what did potus say", "what did US president say"},
		{"what did SecDef hegset say", "what did US defense secretary hegset say"},
		{"what did the US War Dept order", "what did the US War department order"},
		{"Whn was it sent to the mideast, b4 the talks?", "when was it sent to the middle east, before the talks?"},
		{"wat did china say, wats turkey's view", "what did china say, whats turkey's view"},
		{"@bot what'd china say", "@bot what did china say"},
		{"Who’re the mediators?", "Who are the mediators?"},
		{"whats pakistan's take", "whats pakistan's view"},
		{"your take on iran?", "your view on iran?"},
		{"how did araghchi take the EU move", "how did araghchi react the EU move"},
		{"Beijing weighed in at the UN", "Beijing commented in at the UN"},
		{"In light of the escalation", "In regarding of the escalation"},
		{"with respect to the crisis", "with regarding to the crisis"},
		{"Insofar as Iran has spoken", "regarding as Iran has spoken"},
		{"the light of day", "the light of day"},
		{"how did araghchi clap back at the eu", "how did araghchi responded  at the eu"},
		{"On what grounds did the Council act?", "On what  did the Council act?"},
		{"who travelled to Tehran this week", "who travelled to Tehran  "},
		{"the week before the talks", "the week before the talks"},
		{"apart from erdogan's idea, when", "besides  erdogan's idea, when"},
		{"the weight in tons", "the weight in tons"},
		// Neither a contraction of a question word nor a possessive's take.
		{"Iran'd say no", "Iran'd say no"},
		{"what will the US take from this", "what will the US take from this"},
		{"take", "take"},
	}
	for _, tt := range tests {
		if got := v.writeOut(tt.text); got != tt.want {
			t.Errorf("writeOut(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWhereAt(t *testing.T) {
	v := newVocabulary()
	tests := []struct {
		q    string
		want bool
	}{
		{"wheres pakistan at on this", true},
		{"where's turkey at", true},
		{"ok but where's turkey on all this", true},
		{"where is egypt on this", true},
		{"where are the talks", false},
		{"where will they meet on the 6th", false},
		{"where was the carrier at sea", false},
		{"what is at stake", false},
	}
	for _, tt := range tests {
		var words []string
		for _, w := range splitWords(tt.q) {
			words = append(words, fold.String(w))
		}
		if got := v.whereAt(words); got != tt.want {
			t.Errorf("whereAt(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestWordSpans(t *testing.T) {
	tests := []struct {
		text   string
		words  []string
		starts []int
	}{
		{"What did Iran’s FM say?", []string{"What", "did", "Iran’s", "FM", "say"}, []int{0, 5, 9, 18, 21}},
		{"  'quoted' - words-with-hyphens, 3.5 ‘x’", []string{"quoted", "words-with-hyphens", "3", "5", "x"}, []int{3, 13, 33, 35, 40}},
		{"Türkiye’s view, Türkiye’s", []string{"Türkiye’s", "view", "Türkiye’s"}, []int{0, 13, 19}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		words, starts := wordSpans(tt.text)
		if !reflect.DeepEqual(words, tt.words) || !reflect.DeepEqual(starts, tt.starts) {
			t.Errorf("wordSpans(%q) = %q %v, want %q %v", tt.text, words, starts, tt.words, tt.starts)
		}
		if !reflect.DeepEqual(splitWords(tt.text), tt.words) || !reflect.DeepEqual(wordStarts(tt.text), tt.starts) {
			t.Errorf("splitWords, wordStarts(%q) = %q %v, want those of wordSpans", tt.text, splitWords(tt.text), wordStarts(tt.text))
		}
	}
}

func TestOpening(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want string
	}{
		{"This stance reflects concerns", 2, "This stance"},
		{"Such a move - he said", 3, "Such a move"},
		{"“A massive Armada,” Trump wrote", 3, "“A massive Armada"},
		{"a - b c", 2, "a - b"},
		{"short", 3, "short"},
		{"", 1, ""},
	}
	for _, tt := range tests {
		if got := opening(tt.text, tt.n); got != tt.want {
			t.Errorf("opening(%q, %d) = %q, want %q", tt.text, tt.n, got, tt.want)
		}
		if got, want := splitWords(opening(tt.text, tt.n)), splitWords(tt.text); len(want) > tt.n && !reflect.DeepEqual(got, want[:tt.n]) {
			t.Errorf("splitWords(opening(%q, %d)) = %q, want %q", tt.text, tt.n, got, want[:tt.n])
		}
	}
}

func FuzzOpening(f *testing.F) {
	for _, s := range []string{"This stance reflects", "a - b c", "“A massive Armada,”", "'' -- x"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, text string, n int) {
		if n < 1 || n > 20 {
			return
		}
		got, want := splitWords(opening(text, n)), splitWords(text)
		if len(want) > n {
			want = want[:n]
		}
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("splitWords(opening(%q, %d)) = %q, want %q", text, n, got, want)
		}
	})
}

func TestBackgroundSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"With the US threatening Iran, a proposal came from Erdogan — what was it?", []string{"With the US threatening Iran"}},
		{"is france down for an intervention? with trump threatening strikes", []string{" with trump threatening strikes"}},
		{"What did Turkey say, with the US threatening Iran?", []string{" with the US threatening Iran"}},
		// The whole question, no participle, or not a clause of its own.
		{"with the us threatening iran", nil},
		{"Which countries, with the EU, listed the IRGC?", nil},
		{"what did turkey say with the us threatening iran", nil},
		{"With which foreign ministers Arakchi was talking by phone on tuesday?", nil},
		{"With whom was Araghchi talking, sharing his views?", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range backgroundSpans(tt.text) {
			got = append(got, tt.text[s[0]:s[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("backgroundSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSourceSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"In which waters are the US forces moving, according to Iranian state media?", []string{"according to Iranian state media"}},
		{"what forces did the US send per iranian reporting", []string{"per iranian reporting"}},
		// A source named as a body is who is asked about.
		{"According to Pakistan's Foreign Office, what did Dar say?", nil},
		{"what did Iran say about the drones, per the army?", nil},
		{"What has the US sent to West Asia according to Press TV?", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sourceSpans(tt.text) {
			got = append(got, tt.text[s[0]:s[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("sourceSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestUnshout(t *testing.T) {
	tests := []struct{ text, want string }{
		{"WHAT IS ANKARA'S STANCE ON ALL THIS??", "what is ankara's stance on all this??"},
		{"WHO VOTED NO ON THE UNHRC RESOLUTION???", "who voted no on the unhrc resolution???"},
		{"What did the UNHRC and EU say about the IRGC?", "What did the UNHRC and EU say about the IRGC?"},
		{"US UK EU?", "US UK EU?"},
		{"TURKEY STANCE", "turkey stance"},
		{"IRAN?", "IRAN?"},
	}
	for _, tt := range tests {
		if got := unshout(tt.text); got != tt.want {
			t.Errorf("unshout(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestComplements(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"Is Iran still open to a nuclear agreement with the US?", []string{"united-states"}},
		{"could a war against Iran be avoided, says Turkey?", nil}, // Iran is named first
		{"What does Turkey think of a conflict against Iran?", []string{"iran"}},
		// Spoken to, or named by a demonym or a possessive: no
		// complement.
		{"why won't Tehran negotiate with Washington right now?", nil},
		{"did Pezeshkian talk with the pakistani premier?", nil},
		{"What did Iran agree with Kuwait's new top diplomat?", nil},
	}
	for _, tt := range tests {
		q := e.vocabulary.parseQuestion(e.entities, tt.q)
		var got []string
		for id := range q.complements {
			got = append(got, id)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("complements of %q = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestPreludeSpans(t *testing.T) {
	v := newVocabulary()
	tests := []struct {
		text string
		want []string
	}{
		{"Islamabad is right next door to Iran so I'm curious. What's its position?", []string{"Islamabad is right next door to Iran so I'm curious. "}},
		{"Honestly lost track of the regional reactions. What is Turkey's position?", []string{"Honestly lost track of the regional reactions. "}},
		// Not before a question on anything else, a long one, or after
		// another question.
		{"Turkey proposed a summit. What did Erdogan say about it?", nil},
		{"Lost track. What is Turkey's position on the talks in Istanbul next week?", nil},
		{"Did Turkey speak? What is its position?", nil},
		{"Turkey keeps pushing for talks. What about Pakistan, what's its view?", nil},
		{"What is Turkey's position?", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range v.preludeSpans(tt.text) {
			got = append(got, tt.text[s[0]:s[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("preludeSpans(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestChatSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string // each sentence's words, "?" after one that asks
	}{
		{"What did Turkey say?", []string{"What did Turkey say ?"}},
		{"I'm writing about sanctions. Did the EU list the IRGC?", []string{"I'm writing about sanctions", "Did the EU list the IRGC ?"}},
		{"Which carrier was sent? my dad served in the navy", []string{"Which carrier was sent ?", "my dad served in the navy"}},
		// No end after an abbreviation, a number, or before lower case.
		{"What did Mr. Peskov say about the U.S. Navy?", []string{"What did Mr Peskov say about the U S Navy ?"}},
		{"talks on Feb. 6. when?", []string{"talks on Feb 6 when ?"}},
		{"", nil},
	}
	for _, tt := range tests {
		words, starts := wordSpans(tt.text)
		var got []string
		for _, s := range chatSentences(tt.text, words, starts) {
			g := strings.Join(words[s.from:s.to], " ")
			if s.asks {
				g += " ?"
			}
			got = append(got, g)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("chatSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQuotedWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{`The claim that Ishaq Dar condemned "terrorism" on his call: what is the source?`, "terrorism"},
		{"did Merz really say the regime’s “days are numbered”?", "days are numbered"},
		{"did Trump call it an 'armada'?", "armada"},
		{"what are Iran's 'red lines', and Turkey's?", "red lines"},
		{"what is Iran's position on Turkey's offer", ""},
		{`an "unclosed quote`, ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := quotedWords(tt.text); got != tt.want {
			t.Errorf("quotedWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDestinations(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"Where was the USS Abraham Lincoln operating before it was sent toward Iran?", []string{"iran"}},
		{"which warships are heading to the Gulf states", []string{"gulf-states"}},
		{"what did Trump say to Iran", nil},
		{"Araghchi's trip to Turkey", nil},
	}
	for _, tt := range tests {
		q := e.vocabulary.parseQuestion(e.entities, tt.q)
		var got []string
		for id := range q.destinations {
			got = append(got, id)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("destinations of %q = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestPairedBefore(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"how could a us iran war hit oil/energy markets and shipping routes?", []string{"iran", "united-states"}},
		{"What did Russia say about the Iran–US standoff?", []string{"iran", "united-states"}},
		{"iran vs us talks when", []string{"iran", "united-states"}},
		{"Have Western governments said much about a possible US war with Iran?", []string{"iran", "united-states"}},
		{"Why are the Gulf states worried about a war between Washington and Tehran?", []string{"iran", "united-states"}},
		{"Did Iran and the US agree on talks between Oman and Qatar?", nil},
		// Named again, or as the subject of a verb, they are asked about.
		{"Did Iran say anything on a US-Iran war?", nil},
		{"Did Turkey and Iran talk?", nil},
		{"What is Turkey's position on Iran?", nil},
		{"us iran: who said what", nil},
	}
	for _, tt := range tests {
		mentions := e.entities.FindInQuery(tt.q)
		got := e.vocabulary.pairedBefore(e.entities, tt.q, mentions)
		var ids []string
		for id := range got {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		if !reflect.DeepEqual(ids, tt.want) {
			t.Errorf("pairedBefore(%q) = %v, want %v", tt.q, ids, tt.want)
		}
	}
}

func TestDropCitationFrame(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Where does it say the US sent extra carrier strike groups?", "the US sent extra carrier strike groups?"},
		{"Show me where it says direct US–Iran talks have been stuck for years.", "direct US–Iran talks have been stuck for years."},
		{"Where's the source that the USS Abraham Lincoln made it to the Middle East?", "the USS Abraham Lincoln made it to the Middle East?"},
		{"Prove Araghchi went to Turkey on Friday — where does it say that?", "Prove Araghchi went to Turkey on Friday?"},
		{"Did Trump say time is running out? Where?", "Did Trump say time is running out?"},
		// Where someone stands, or where talks are, is asked.
		{"where does turkey stand", "where does turkey stand"},
		{"Where will the talks take place?", "Where will the talks take place?"},
		{"Where?", "Where?"},
	}
	for _, tt := range tests {
		if got := dropCitationFrame(tt.in); got != tt.want {
			t.Errorf("dropCitationFrame(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDropQuestionLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thread recap: Turkey, mediation. Q: what did Erdogan propose?", "Thread recap: Turkey, mediation. What did Erdogan propose?"},
		{"Q: when are the talks?", "When are the talks?"},
		{"Recap: Iran says no talks. Question: on what terms would it talk?", "Recap: Iran says no talks. On what terms would it talk?"},
		// A "Q" that labels nothing stays.
		{"What is the Q: ratio?", "What is the Q: ratio?"},
		{"Is Q-day near?", "Is Q-day near?"},
	}
	for _, tt := range tests {
		if got := dropQuestionLabel(tt.in); got != tt.want {
			t.Errorf("dropQuestionLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAskedWhom(t *testing.T) {
	tests := []struct {
		q    string
		verb string
		want bool
	}{
		{"who did Araghchi speak to in Kuwait?", "speak", true},
		{"with whom did Araghchi speak?", "speak", true},
		{"Was it Albusaidi that Araghchi spoke to in Oman?", "spoke", true},
		// What was said is asked.
		{"who did Araghchi speak about?", "speak", false},
		{"what did Araghchi speak to Fidan about?", "speak", false},
		{"was it true that Araghchi spoke?", "spoke", false},
	}
	for _, tt := range tests {
		words := splitWords(tt.q)
		i := slices.Index(words, tt.verb)
		if i < 0 {
			t.Fatalf("%q has no %q", tt.q, tt.verb)
		}
		if got := askedWhom(words, i); got != tt.want {
			t.Errorf("askedWhom(%q, %q) = %v, want %v", tt.q, tt.verb, got, tt.want)
		}
	}
}

func TestWhoSpeaks(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"who posted that a huge armada was on its way to Iran?", true},
		// Someone of a place or a side named speaks.
		{"Who on the EU side posted that the regime is heading for its demise?", false},
		{"Who in Tehran hit back at the EU?", false},
		// Someone named after the auxiliary speaks.
		{"who did Araghchi tell about the calls?", false},
	}
	for _, tt := range tests {
		if got := e.vocabulary.whoSpeaks(tt.q, e.entities.FindInQuery(tt.q)); got != tt.want {
			t.Errorf("whoSpeaks(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
