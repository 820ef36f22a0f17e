package answer

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crisisbot/bot/attribution"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// checkGolden compares v, as indented JSON, with testdata/golden/name.json.
func checkGolden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", name+".json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./answer -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (go test ./answer -update to accept):\n%s", path, got)
	}
}

// goldenName turns a question into a file name.
func goldenName(prefix, s string) string {
	return prefix + "_" + strings.Trim(regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(s), "_"), "_")
}

// checkAnswer checks what every answer must satisfy: verbatim passages,
// statements inside them, highlights on the text, no headings, paging.
func checkAnswer(t *testing.T, e *Engine, a *Answer, page Page) {
	t.Helper()
	limit := page.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	if len(a.Results) > limit || a.Offset+len(a.Results) > a.Total {
		t.Errorf("%d results at offset %d of %d, limit %d", len(a.Results), a.Offset, a.Total, limit)
	}
	for _, r := range a.Results {
		p, ok := e.byID[r.Article+"#"+itoa(r.Paragraph)]
		if !ok {
			t.Fatalf("result %s#%d is no passage", r.Article, r.Paragraph)
		}
		passage := e.res.Passages[p]
		if r.Text != passage.Paragraph.Text || passage.Paragraph.Heading {
			t.Errorf("result %s#%d is not the verbatim, non-heading passage", r.Article, r.Paragraph)
		}
		end := 0
		for _, h := range r.Highlights {
			if h.Start < end || h.End <= h.Start || h.End > len(r.Text) {
				t.Errorf("bad highlight %v in %s#%d", h, r.Article, r.Paragraph)
			}
			end = h.End
		}
		if len(r.Statements) != len(passage.Statements) {
			t.Errorf("%s#%d: %d statements, passage has %d", r.Article, r.Paragraph, len(r.Statements), len(passage.Statements))
		}
		for _, s := range r.Statements {
			if !strings.Contains(r.Text, s.Text) {
				t.Errorf("statement %q is not in its passage", s.Text)
			}
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestAsk(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		q string
		// first is a string the first passage contains; "" when no
		// passage may be listed.
		first string
		// notice is a string the notice contains ("" for no notice).
		notice   string
		entities []string
	}{
		{q: "What is Turkey's position?", first: "Ankara has emphasized that sustained dialogue remains the only viable path", entities: []string{"turkey"}},
		{q: "What did Peskov say?", first: "We continue to call on all parties", entities: []string{"dmitry-peskov"}},
		{q: "What did the Kremlin say?", first: "Russia said there was room for negotiation", entities: []string{"russia"}},
		{q: "What did Araghci say about threats?", first: "atmosphere of threats", entities: []string{"abbas-araghchi"}},
		{q: "@crisisbot what did ERDGAN propose", first: "video conference", entities: []string{"recep-tayyip-erdogan"}},
		{q: "What does the German chancellor think of Iran's government?", first: "days are numbered", entities: []string{"friedrich-merz", "iran"}},
		{q: "Which aircraft carrier was sent to the Middle East?", first: "USS Abraham Lincoln"},
		{q: "Which European leader said the Iranian regime's days were numbered?", first: "German Chancellor Friedrich Merz", entities: []string{"iran"}},
		{q: "What is Brazil's position?", notice: "No passage in the corpus mentions Brazil", entities: []string{"brazil"}},
		{q: "What did Brazil and Iran agree?", notice: "mentions Brazil", entities: []string{"brazil", "iran"}},
		{q: "What is the recipe for baklava?", notice: "Nothing in the corpus matches"},
		// Capitals throughout mark no names.
		{q: "WHAT WAS PESKOV'S COMMENT???", first: "We continue to call on all parties", entities: []string{"dmitry-peskov"}},
		{q: "WHO VOTED NO ON THE UNHRC RESOLUTION???", first: "Human Rights Council adopted a resolution", entities: []string{"un-human-rights-council"}},
		{q: "What did FRANCE'S defence minister say about a military intervention in IRAN?", first: "Alice Rufo", entities: []string{"france", "iran"}},
		// A sentence before a question for a position that names whom it
		// asks about says why it is asked, and names no one ("Asian" is
		// not ASEAN, "South" no name); but "they" refers back to it.
		{q: "I'm writing about South Asian reactions. What's Islamabad's stance?", first: "Pakistan on Thursday stressed", entities: []string{"pakistan"}},
		{q: "The Turkish side. How do they view the crisis with Iran?", entities: []string{"turkey", "iran"}, first: "Turk"},
		// After an auxiliary, a word in no dictionary before a verb of
		// taking sides is a name in lower case.
		{q: "did netanyahu threaten to join a US strike on iran", notice: "No passage in the corpus mentions netanyahu.", entities: []string{"united-states", "iran"}},
		{q: "does erdowan support talks", first: "Erdoğan", entities: []string{"recep-tayyip-erdogan"}},
		{q: "is keir starmer backing military action against tehran", notice: "No passage in the corpus mentions keir starmer.", entities: []string{"iran"}},
		{q: "is anyone backing iran", first: "Iran", entities: []string{"iran"}},
		{q: "@bot what is netanyahu asking trump to do about iran", notice: "No passage in the corpus mentions netanyahu.", entities: []string{"donald-trump", "iran"}},
		{q: "@bot what's netanyahu saying about all this, is israel going to join a us strike", notice: "No passage in the corpus mentions netanyahu.", entities: []string{"israel"}},
		{q: "@bot what's netanyahu been saying about trump's threats against iran", notice: "No passage in the corpus mentions netanyahu.", entities: []string{"donald-trump", "iran"}},
		// After an office, a word in no dictionary is a name in lower
		// case, unless it is a slip for one the corpus knows.
		{q: "@bot did pakistan army chief asim munir fly to washington over the iran situation", notice: "No passage in the corpus mentions asim munir.", entities: []string{"pakistan", "united-states", "iran"}},
		{q: "what did the iranian foreign minister araghci tell turkey", first: "Araghchi", entities: []string{"abbas-araghchi", "turkey"}},
		// NSA is the national security adviser; a deputy's office is his
		// alone ("India's NSA" is not Pavan Kapoor, the deputy NSA).
		{q: "What was the purpose of the Indian deputy NSA's visit to Tehran and whom did he meet?", first: "Pavan Kapoor", entities: []string{"pavan-kapoor", "iran"}},
		{q: "Did India's NSA Ajit Doval go to Tehran? who did he meet", notice: "No passage in the corpus mentions Ajit Doval.", entities: []string{"india", "iran"}},
		// A name after an office is who is asked about; the corpus knows
		// some whom no passage mentions.
		{q: "did foreign minister Safadi threaten Iran?", notice: "No passage in the corpus mentions Safadi.", entities: []string{"abbas-araghchi"}},
		{q: "What did Iran's parliament speaker Ghalibaf threaten to do if the US attacks?", notice: "No passage in the corpus mentions Mohammad Bagher Ghalibaf.", entities: []string{"mohammad-bagher-ghalibaf", "united-states"}},
		{q: "Macron's government has been sending mixed signals lately. Is Paris in favour of a military intervention in Iran or not?", first: "a military intervention is not the preferred option", entities: []string{"france", "iran"}},
		{q: "did the French back a military option against Iran? their armed forces minister Rufo or Rufeau said something", first: "a military intervention is not the preferred option", notice: "No passage in the corpus mentions Rufeau.", entities: []string{"france", "iran", "alice-rufo"}},
		{q: "Did the Pope call for restraint between Washington and Tehran?", notice: "No passage in the corpus mentions Pope Leo XIV.", entities: []string{"pope-leo-xiv", "united-states", "iran"}},
		{q: "What has the Hashemite kingdom said about letting US jets use its airspace?", notice: "No passage in the corpus mentions Jordan.", entities: []string{"jordan", "united-states"}},
		{q: "Is the Royal Navy sending any warships to the Gulf?", notice: "No passage in the corpus mentions Royal Navy.", entities: []string{"royal-navy"}},
		// "Erakchi" is Araghchi as Persian speakers write him.
		{q: "Is Erakchi in contact with Witkoff these days?", first: "had not been in contact with US special envoy", entities: []string{"abbas-araghchi", "steve-witkoff"}},
		// "Pakistan's Dar" names Dar twice, and his words on the topic
		// come before his words that name no one else asked about.
		{q: "What did Pakistan's Dar say is the only way forward in the Iran-US standoff?", first: "only viable way forward", entities: []string{"ishaq-dar", "iran", "united-states"}},
		// "any academic" asks for the experts' words, which passages
		// give in their own ("a professor of international relations").
		{q: "Apart from governments, did any academic weigh in on whether regional diplomacy can sway Trump?", first: "doesn’t really care about regional actors", entities: []string{"donald-trump"}},
		// Sitting down at the table is negotiating.
		{q: "would iran sit down at the table with a gun to their head?", first: "negotiations could not take place under the threat of force", entities: []string{"iran"}},
		// What an outlet says is no one's words asked for.
		{q: "Press TV says Araghchi called Kuwait's new foreign minister - who is he and what did they talk about?", first: "Kuwait’s newly appointed Foreign Minister", entities: []string{"abbas-araghchi", "jarrah-jaber-al-ahmad-al-sabah"}},
		// Kuwait's foreign minister is known by office.
		{q: "What did Araghchi tell the Kuwaiti foreign minister?", first: "Kuwait’s newly appointed Foreign Minister", entities: []string{"abbas-araghchi", "jarrah-jaber-al-ahmad-al-sabah"}},
		// Ready is prepared; a time told by another event names no one
		// asked about.
		{q: "is the US military ready to go if Trump says so?", first: "fully prepared", entities: []string{"united-states", "donald-trump"}},
		{q: "On the same day as the Dar–Araghchi call, did Pakistan's PM talk to anyone in Iran?", first: "On the same day, Pakistani Prime Minister Shehbaz Sharif", entities: []string{"shehbaz-sharif", "iran"}},
		// "gimme" is no name: the answer is about Fu Cong.
		{q: "gimme Fu Cong's words at the UN debate", first: "The use of force cannot solve problems", entities: []string{"fu-cong", "united-nations"}},
		// A short word there may be a slip for a name the corpus knows.
		{q: "did erdgn propose anything", first: "video conference"},
		// An office of a country no one in the corpus speaks for, and no
		// passage about it names, has no holder to quote; an office
		// named in other words ("its top diplomat") may.
		{q: "what has the israeli PM said about the carrier heading towards iran?", notice: "No passage in the corpus mentions Israel’s prime minister.", entities: []string{"israel", "iran"}},
		{q: "who did egypt's foreign minister call about the iran situation?", first: "Badr Abdelatty", entities: []string{"egypt", "iran"}},
		// "The White House", which no passage names, is a seat of the US.
		{q: "what did the White House say about Iran?", first: "Trump", notice: "these passages are about what it is part of: United States", entities: []string{"united-states", "iran"}},
		// Iranian state media are a source, not Iran.
		{q: "In which regions or bodies of water are the US military movements concentrated according to Iranian state media?", first: "Persian Gulf and Eastern Mediterranean", entities: []string{"united-states"}},
		// Words no passage holds count half in the share of the question
		// a passage must hold, as they do when a passage holds a word
		// like them.
		{q: "As the diplomatic calendar surrounding the nuclear dossier takes shape, on what date are the negotiations in Istanbul scheduled to take place?", first: "Istanbul on February 6"},
		{q: "What's Keir Starmer's position on possible US strikes on Iran?", notice: "No passage in the corpus mentions Keir Starmer.", entities: []string{"united-states", "iran"}},
		// Several capitalised words are a name, wherever they stand.
		{q: "has iran threatened to close the strait of hormuz?", notice: "No passage in the corpus mentions hormuz.", entities: []string{"iran"}},
		{q: "did iran threaten to close the Strait of Hormuz?", notice: "No passage in the corpus mentions Strait of Hormuz", entities: []string{"iran"}},
		// A possessive marks a name even in lower case.
		{q: "whats netanyahu's take on trump striking iran", notice: "No passage in the corpus mentions netanyahu", entities: []string{"donald-trump", "iran"}},
		{q: "ok but what about Netanyahu, did he comment on the armada?", notice: "No passage in the corpus mentions Netanyahu."},
		// A first word no dictionary has, before "on" or a name and a
		// word of opinion, is a name in lower case.
		{q: "netanyahu on iran strike?", notice: "No passage in the corpus mentions netanyahu.", entities: []string{"iran"}},
		{q: "starmer irgc position", notice: "No passage in the corpus mentions starmer.", entities: []string{"irgc"}},
		{q: "hegseth on iran strike", first: "Hegseth", entities: []string{"pete-hegseth", "iran"}},
		{q: "drones on iran", first: "drones", entities: []string{"iran"}},
		{q: "what did ursula von der leyen say about sanctioning iran", notice: "No passage in the corpus mentions ursula von der leyen.", entities: []string{"iran"}},
		{q: "what did sultan haitham of oman say about the iran us tensions", notice: "No passage in the corpus mentions sultan haitham.", entities: []string{"oman", "iran", "united-states"}},
		// "shabaz" is one edit from Shin Bet's "Shabak", which no passage
		// mentions; the names the corpus knows win over that guess.
		{q: "what did shabaz sharif tell pezeshkian", first: "reaffirmed their commitment", entities: []string{"shehbaz-sharif", "masoud-pezeshkian"}},
		// "Caine" is not "Chine", China's French name; "Prof." and "Sen."
		// are titles, not names.
		{q: "What did Gen. Caine say?", notice: "No passage in the corpus mentions Caine."},
		{q: "What did Sen. Lindsey Graham say about Iran?", notice: "No passage in the corpus mentions Lindsey Graham.", entities: []string{"iran"}},
		{q: "Does Prof. Hayajneh think regional mediation can sway Trump?", first: "doesn’t really care about regional actors", entities: []string{"adnan-hayajneh", "donald-trump"}},
		// Two short words one slip from a name of two are that name.
		// Of two alternatives, the one the corpus knows, and a notice
		// for the other; of two it does not know, nothing.
		{q: "settle this: was it Peskov or Lavrov who said the potential for negotiations isn't exhausted", first: "Kremlin spokesperson Dmitry Peskov", notice: "No passage in the corpus mentions Sergey Lavrov.", entities: []string{"dmitry-peskov"}},
		{q: "did Lavrov or Grossi comment on Iran?", notice: "No passage in the corpus mentions Sergey Lavrov and Rafael Grossi.", entities: []string{"sergey-lavrov", "rafael-grossi", "iran"}},
		// The corpus's "Amir Hamati", as most would spell him.
		{q: "what did amir hatami say about the new drones", first: "the agenda of the army includes", entities: []string{"amir-hamati"}},
		{q: "What did Fu Kong say at the UN about the Iran situation?", first: "Fu Cong, China’s permanent representative", entities: []string{"fu-cong", "united-nations", "iran"}},
		// Other slips stand, though no passage mentions what they name.
		{q: "brazillian officials stance on the iran us tension", notice: "No passage in the corpus mentions Brazil.", entities: []string{"brazil", "iran", "united-states"}},
		{q: "brazl position iran", notice: "No passage in the corpus mentions Brazil.", entities: []string{"brazil", "iran"}},
		// A short word is not: "bein" is "being", not Benin.
		{q: "what did hegseth say re us forces bein ready", first: "fully prepared to execute the directive", entities: []string{"pete-hegseth", "united-states"}},
		{q: "what did ursula von der leyen announce about iran sanctions", notice: "No passage in the corpus mentions ursula von der leyen.", entities: []string{"iran"}},
		{q: "What did Qatar say about pizza?", first: "Qatar", notice: "No passage about Qatar mentions", entities: []string{"qatar"}},
		// An office in apposition to the person named is no second person.
		{q: "What was said by Peskov, the spokesman of Russian president?", first: "We continue to call on all parties", entities: []string{"dmitry-peskov"}},
		{q: "What did Peskov say about Putin?", notice: "No passage in the corpus mentions Vladimir Putin.", entities: []string{"dmitry-peskov", "vladimir-putin"}},
		{q: "@bot what did putin's press guy say", first: "We continue to call on all parties", entities: []string{"dmitry-peskov"}},
		// Experts asked about the crisis of a pair need not name it.
		{q: "what are analysts warning a US-Iran war would do to trade routes and energy markets?", first: "Regional analysts warn", entities: []string{"united-states", "iran"}},
		// A time a question asks about another from does not answer it.
		{q: "When had Dar and Araghchi spoken before the Thursday call, and where was Dar at the time?", first: "already spoken on Saturday", entities: []string{"ishaq-dar", "abbas-araghchi"}},
		{q: "Before Thursday's call, when had Dar and Araghchi last spoken, and where was Dar?", first: "already spoken on Saturday", entities: []string{"ishaq-dar", "abbas-araghchi"}},
		// A common word spelt the British way that opens a question is
		// capitalised as the first, not as a name.
		{q: "Rumour going around that Araghchi has been in direct contact with Witkoff this week, any truth to that?", first: "Witkoff", entities: []string{"abbas-araghchi", "steve-witkoff"}},
		// A common word fuzzily like a name is the word ("dates", not the
		// Danes), and a sentence about why one asks is no topic.
		{q: "The nuclear talks in Istanbul, when are they scheduled? Asking because dates keep shifting", first: "Istanbul on February 6"},
		// A topic of words of saying alone needs no notice.
		{q: "Which declaration has made Chine at the ONU?", first: "The use of force cannot solve problems", entities: []string{"china", "united-nations"}},
		// A slip in a word of saying.
		{q: "wat did erdogan sugest", first: "video conference", entities: []string{"recep-tayyip-erdogan"}},
		// The dotted capital İ.
		{q: "Someone said there's a new round coming up. When are the nuclear talks in İstanbul scheduled?", first: "Istanbul on February 6"},
		// A fact no passage about a single entity mentions: the passages
		// about it, as the notice says.
		{q: "hegseth budget", first: "fully prepared to execute the directive", notice: `No passage about Pete Hegseth mentions "budget"; these are the passages about Pete Hegseth.`, entities: []string{"pete-hegseth"}},
		// Readiness is being prepared.
		{q: "hegseth readiness", first: "fully prepared to execute the directive", entities: []string{"pete-hegseth"}},
		// The notice quotes the words searched, not the stop words.
		{q: "Turkey's take on the question of the referendum", first: "Turkish officials believe that direct communication", notice: `No passage about Turkey mentions "referendum"; these are the passages about Turkey.`, entities: []string{"turkey"}},
		// Of several, only those that name them all.
		{q: "how many tanks did Oman send to Qatar", first: "counterparts in Turkey, Qatar, Oman", notice: `No passage about Oman and Qatar mentions "many tanks send".`, entities: []string{"oman", "qatar"}},
		{q: "What did Khamenei say?", first: "Khamenei", notice: "No statement by Ali Khamenei is in the corpus", entities: []string{"ali-khamenei"}},
		// A name spelt another way next to the rest of the name.
		{q: "What did Muḥammad bin Salmān promise Pezeshkian about Saudi airspace?", first: "not allow its airspace", entities: []string{"mohammed-bin-salman", "masoud-pezeshkian", "saudi-arabia"}},
		// A leader's government, the leader's name found twice.
		{q: "What position has Shahbāz Sharīf's government taken on the Iran–US tensions?", first: "Pakistan on Thursday stressed", entities: []string{"pakistan", "iran", "united-states"}},
		// An organisation no passage names, by its head word among its
		// parent's passages; but not by a word a few letters from it.
		{q: "why did the EU council impose the restrictions on iran", first: "The Council said in a statement", notice: "No passage mentions Council of the European Union by name", entities: []string{"iran"}},
		{q: "Did the European Parliament back the IRGC listing?", notice: "No passage in the corpus mentions European Parliament.", entities: []string{"irgc"}},
		// A person named and named again by office is listed once.
		{q: "did UN secretary general guterres call for restraint between iran and the us?", notice: "No passage in the corpus mentions António Guterres.", entities: []string{"antonio-guterres", "iran", "united-states"}},
		// An entity no passage mentions, spelt like one that passages
		// do with two neighbouring letters swapped, is taken for it when
		// the rest of the question fits; a name another letter away
		// (Iraq, Iran) is not.
		{q: "who voted agianst the unhcr resolution", first: "Pakistan was among seven countries", notice: "No passage in the corpus mentions UNHCR; these passages are about UNHRC (UN Human Rights Council)", entities: []string{"un-human-rights-council"}},
		{q: "What did the UNHCR say about refugees?", notice: "No passage in the corpus mentions UNHCR.", entities: []string{"unhcr"}},
		{q: "What did the UNHCR say?", notice: "No passage in the corpus mentions UNHCR.", entities: []string{"unhcr"}},
		{q: "What is Iraq's position?", notice: "No passage in the corpus mentions Iraq.", entities: []string{"iraq"}},
		// A name's uncommon word decides whether the corpus knows it,
		// unless it is an entity's name misspelt.
		{q: "What did Israeli Prime Minister Netanyahu say about the US armada heading to Iran?", notice: "No passage in the corpus mentions Prime Minister Netanyahu.", entities: []string{"israel", "united-states", "iran"}},
		{q: "Amir Hatami statement on aggression", first: "decisive response to any aggression", entities: []string{"amir-hamati"}},
		// A leading label is no name.
		{q: "Attribution check: who in Moscow said the potential for US-Iran negotiations is 'far from exhausted'?", first: "Kremlin spokesperson Dmitry Peskov told reporters", entities: []string{"russia", "united-states", "iran"}},
		// Such an organisation named after the speaker is what was said
		// to or of: the whole it is part of stands for it.
		{q: "@bot what did beijing tell the un security council abt iran", first: "The use of force cannot solve problems", notice: "No passage in the corpus mentions UN Security Council; these passages are about what it is part of: United Nations.", entities: []string{"china", "united-nations", "iran"}},
		// A person the knowledge file knows but no passage mentions, and
		// the people who speak for the same country through that
		// person's office or name.
		// A name the corpus does not know given to the holder of an
		// office it does: the holder, and what no passage mentions.
		{q: "What did Pakistan's PM Imran Khan discuss with the Iranian president on the phone?", first: "Shehbaz Sharif", notice: "No passage in the corpus mentions Imran Khan; these passages are about Shehbaz Sharif (Prime Minister, Pakistan), who holds the office the question names.", entities: []string{"shehbaz-sharif", "masoud-pezeshkian"}},
		{q: "What was the US president's Truth Social post about Iran?", first: "Truth Social", entities: []string{"donald-trump", "iran"}},
		{q: "What did Putin say?", notice: "No passage in the corpus mentions Vladimir Putin.", entities: []string{"vladimir-putin"}},
		{q: "What did Putin and Peskov say?", notice: "No passage in the corpus mentions Vladimir Putin.", entities: []string{"vladimir-putin", "dmitry-peskov"}},
		{q: "What comments did Putin's press secretary make?", first: "We continue to call on all parties", entities: []string{"dmitry-peskov"}},
		{q: "wat did putins guy peskov say lol", first: "We continue to call on all parties", notice: "No passage about Dmitry Peskov mentions", entities: []string{"dmitry-peskov"}},
		{q: "What did Russia's presidential spokesman say about the Iran-US tensions?", first: "We continue to call on all parties", notice: "No passage about Dmitry Peskov", entities: []string{"dmitry-peskov", "iran", "united-states"}},
		// A claim checked, or a guess of who it was: a person no passage
		// mentions is a guess, and the answer is what passages say,
		// through whom the person speaks for; without the check, no
		// passages.
		{q: "Was it Wang Yi who warned at the UN that 'military adventurism' would push the region into an abyss?", first: "Fu Cong, China’s permanent representative", notice: "No passage in the corpus mentions Wang Yi; these passages are about whom Wang Yi speaks for: China.", entities: []string{"china", "united-nations"}},
		{q: "Was it Macron who posted that France will support putting the IRGC on the EU terror list?", first: "Jean-Noel Barrot wrote in an X post", notice: "No passage in the corpus mentions Emmanuel Macron;", entities: []string{"france", "irgc", "european-union"}},
		{q: "Quote check: did Lavrov say the potential for US–Iran negotiations is exhausted?", first: "negotiation", notice: "No passage in the corpus mentions Sergey Lavrov;", entities: []string{"russia", "united-states", "iran"}},
		{q: "did Lavrov say the potential for US–Iran negotiations is exhausted?", notice: "No passage in the corpus mentions Sergey Lavrov.", entities: []string{"sergey-lavrov", "united-states", "iran"}},
		{q: "Is it true that Jordan's King Abdullah offered to host Iran-US talks in Amman?", notice: "No passage in the corpus mentions Jordan", entities: []string{"jordan", "iran", "united-states"}},
		{q: "Saw a tweet saying the USS Gerald R. Ford is the carrier Trump is sending toward Iran. Which carrier is it actually?", first: "USS Abraham Lincoln", notice: "No passage in the corpus mentions Gerald R Ford.", entities: []string{"united-states", "donald-trump", "iran"}},
		{q: "Saw a tweet saying the USS Gerald R. Ford is the carrier Trump is sending toward Iran. True?", notice: "No passage in the corpus mentions Gerald R Ford.", entities: []string{"united-states", "donald-trump", "iran"}},
		// A detail of a claim that no passage mentions is said to be
		// so; whom the claim is about, not.
		{q: "Merz said the Iranian regime's 'days are numbered' while standing next to the Polish PM, right?", first: "days are numbered", notice: "No passage in the corpus mentions Poland’s prime minister.", entities: []string{"friedrich-merz", "iran"}},
		{q: "the Polish PM said the Iranian regime's 'days are numbered', right?", notice: "No passage in the corpus mentions Poland", entities: []string{"poland", "iran"}},
		// A guess the corpus knows may be wrong: what passages say of
		// what was asked counts as much as naming it.
		{q: "In Araghchi's round of calls, was it the Qatari minister who was described as a key mediator in the region?", first: "Albusaidi, who has acted as a key mediator", notice: "The first passage does not name Qatar.", entities: []string{"abbas-araghchi", "qatar"}},
		{q: "Was it Rubio who said US forces are fully ready if Trump orders military action against Iran?", first: "Hegseth", entities: []string{"united-states", "donald-trump", "iran"}},
		{q: "someone in chat says the Lincoln sailed out of Norfolk, Virginia. where is its home port actually?", first: "home port of San Diego", notice: "No passage in the corpus mentions Norfolk Virginia."},
		{q: "Was it the IRGC that announced the new strategic drones? who gave the statement?", first: "the Iranian army announced", notice: "The first passage does not name Islamic Revolutionary Guard Corps.", entities: []string{"irgc"}},
		{q: "Iran–US nuclear talks are set for Feb 6 in Muscat, right?", first: "Istanbul on February 6", entities: []string{"iran", "united-states", "oman"}},
		// A recap of a thread before its question says what was
		// discussed, not what is asked, unless the question refers to it.
		{q: "Thread recap: Turkey, mediation, calls. Q: what did Erdogan propose to get Trump and Pezeshkian talking?", first: "video conference", entities: []string{"recep-tayyip-erdogan", "donald-trump", "masoud-pezeshkian"}},
		{q: "Recap: Merz said the regime's 'days are numbered'. Where did he say it?", first: "days are numbered", entities: []string{"friedrich-merz"}},
		{q: "Thread's been on Europe. Can you confirm what France's armed forces minister said about military intervention?", first: "Alice Rufo", entities: []string{"alice-rufo"}},
		// A quote remembered a word or two wrong still finds its words.
		{q: `which French minister said a military intervention "isn't the favoured option"?`, first: "Alice Rufo", entities: []string{"france"}},
		// Chat words and honorifics are no names.
		{q: "dude's been glued to the phone lol, which foreign ministers did Araghchi call on Tuesday?", first: "counterparts in Turkey, Qatar", entities: []string{"abbas-araghchi"}},
		{q: "What did His Excellency Abbas Araghchi say regarding threats against Iran?", first: "atmosphere of threats", entities: []string{"abbas-araghchi", "iran"}},
		// Posting is saying.
		{q: "who posted that a huge armada was on its way to Iran?", first: "A massive Armada", entities: []string{"iran"}},
		// Of entities joined by "or", a passage about one answers.
		{q: "Which Gulf minister did Araghchi congratulate on a new appointment, Oman's or Kuwait's?", first: "Kuwait’s newly appointed Foreign Minister", entities: []string{"abbas-araghchi", "oman", "kuwait"}},
		// Whom someone spoke to is who the other party was.
		{q: "who did Araghchi speak to in Kuwait?", first: "Kuwait’s newly appointed Foreign Minister", entities: []string{"abbas-araghchi", "kuwait"}},
		// Of passages that say as much, the one that opens with the
		// entity says what it did.
		{q: "What did the EU decide about the Revolutionary Guards?", first: "The European Union also designated", entities: []string{"european-union", "irgc"}},
		// "is" is a question word, and time running out is still the
		// idiom for a narrowing window.
		{q: "trump said iran's time is running out or something?", first: "window for reaching an agreement is narrowing", entities: []string{"donald-trump", "iran"}},
		// An outlet asked about is no entity that passages must mention.
		{q: "press tv on the drones", notice: "Nothing that Press TV published in the corpus matches"},
		{q: "what?", notice: "names no country"},
		{q: "", notice: "names no country"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tt.q, Page{})
			if err != nil {
				t.Fatal(err)
			}
			checkAnswer(t, e, a, Page{})
			var ids []string
			for _, en := range a.Entities {
				ids = append(ids, en.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.entities, ",") {
				t.Errorf("entities %v, want %v", ids, tt.entities)
			}
			if (tt.notice == "") != (a.Notice == "") || !strings.Contains(a.Notice, tt.notice) {
				t.Errorf("notice %q, want one with %q", a.Notice, tt.notice)
			}
			if tt.first == "" {
				if len(a.Results) > 0 {
					t.Errorf("%d results, want none", len(a.Results))
				}
				return
			}
			if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, tt.first) {
				t.Errorf("first result does not contain %q: %+v", tt.first, a.Results)
			}
		})
	}
}

// TestAskOutlet checks that a question naming the outlet of articles in
// the corpus, as an entity, a capitalised name or in lower case, lists
// only what that outlet published.
func TestAskOutlet(t *testing.T) {
	e := engineForTest(t)
	tests := []struct{ q, outlet, first string }{
		{"What military reinforcements has the US sent to West Asia according to Press TV?", "Press TV", "additional carrier strike groups"},
		{"According to PressTV, who did Araghchi call?", "Press TV", "call"},
		{"What did FactNerve report about Turkey?", "FactNerve", "Turkish"},
		{"what did factnerve report about turkey", "FactNerve", "Turkish"},
	}
	for _, tt := range tests {
		a, err := e.Ask(context.Background(), tt.q, Page{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if a.Notice != "" || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, tt.first) {
			t.Errorf("Ask(%q): notice %q, %d results, want %q first", tt.q, a.Notice, len(a.Results), tt.first)
			continue
		}
		for _, r := range a.Results {
			if r.Outlet != tt.outlet {
				t.Errorf("Ask(%q): a result from %s, want only %s", tt.q, r.Outlet, tt.outlet)
			}
		}
	}
}

// TestTakeOutlet checks that the outlet's name, and only it, leaves the
// question's topic: "act" is in "FactNerve" but is a word of the question.
func TestTakeOutlet(t *testing.T) {
	e := engineForTest(t)
	tests := []struct{ q, outlet, topic string }{
		{"Did Turkey act, according to FactNerve?", "factnerve", "act according to"},
		{"what did press tv report on the drones", "presstv", "report on the drones"},
		{"FactNerve on how Turkey will act", "factnerve", "on act"},
		{"What approach has Pakistan urged, according to WE News English?", "wenewsenglish", "approach urged according to"},
		{"What did Turkey do?", "", ""},
	}
	for _, tt := range tests {
		q := e.vocabulary.parseQuestion(e.entities, tt.q)
		if got := e.takeOutlet(&q); got != tt.outlet || strings.Join(strings.Fields(q.topic), " ") != tt.topic {
			t.Errorf("takeOutlet(%q) = %q, topic %q; want %q, %q", tt.q, got, q.topic, tt.outlet, tt.topic)
		}
	}
}

func TestAskSpeakerFirst(t *testing.T) {
	e := engineForTest(t)
	a, err := e.Ask(context.Background(), "What did Fidan say?", Page{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Results) == 0 {
		t.Fatal("no results")
	}
	for _, r := range a.Results[:2] {
		if len(r.Statements) == 0 || r.Statements[0].SpeakerID != "hakan-fidan" {
			t.Errorf("%s#%d: first statement is not Fidan's: %+v", r.Article, r.Paragraph, r.Statements)
		}
	}
}

func TestAskPaging(t *testing.T) {
	e := engineForTest(t)
	q := "What did Araghchi say?"
	all, err := e.Ask(context.Background(), q, Page{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	page, err := e.Ask(context.Background(), q, Page{Offset: 2, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	checkAnswer(t, e, page, Page{Offset: 2, Limit: 2})
	if all.Total < 4 || page.Total != all.Total || page.Offset != 2 || len(page.Results) != 2 {
		t.Fatalf("page: offset %d, %d results of %d; all: %d", page.Offset, len(page.Results), page.Total, all.Total)
	}
	for i, r := range page.Results {
		if r.Source != all.Results[i+2].Source {
			t.Errorf("page result %d is %v, want %v", i, r.Source, all.Results[i+2].Source)
		}
	}
	past, err := e.Ask(context.Background(), q, Page{Offset: 1000})
	if err != nil || len(past.Results) != 0 {
		t.Errorf("page past the end: %d results, %v", len(past.Results), err)
	}
}

// TestAskQuerySyntax checks that search syntax in a question is taken as
// words: no error, and no operator effect.
func TestAskQuerySyntax(t *testing.T) {
	e := engineForTest(t)
	for _, q := range []string{"+field:x", "/regex/", "*", "~", "title:foo", "text:Iran^10 AND -Turkey", `"unclosed`, "Iran~2", "(((", `\`} {
		a, err := e.Ask(context.Background(), q, Page{})
		if err != nil {
			t.Errorf("Ask(%q): %v", q, err)
			continue
		}
		checkAnswer(t, e, a, Page{})
	}
}

func TestAskGolden(t *testing.T) {
	e := engineForTest(t)
	for _, q := range []string{
		"What is Turkey's position?",
		"What did Araghci say about threats?",
		"Is France for military intervention?",
		"What is Brazil's position?",
	} {
		t.Run(q, func(t *testing.T) {
			a, err := e.Ask(context.Background(), q, Page{})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, goldenName("ask", q), a)
		})
	}
}

func TestPosition(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		who, topic string
		// speakers are the speaker IDs allowed; first the first one's.
		speakers []string
		first    string
		notice   string
	}{
		{who: "Turkey", speakers: []string{"turkey", "hakan-fidan", "recep-tayyip-erdogan", "turkish-officials"}, first: "hakan-fidan"},
		{who: "Türkiye", speakers: []string{"turkey", "hakan-fidan", "recep-tayyip-erdogan", "turkish-officials"}, first: "hakan-fidan"},
		{who: "the Kremlin", speakers: []string{"russia", "dmitry-peskov"}, first: "dmitry-peskov"},
		{who: "Qatar", notice: "no statement by Qatar"},
		{who: "Brazil", notice: "No passage in the corpus mentions Brazil"},
		{who: "Iran", topic: "drones", speakers: []string{"iranian-army", "iranian-military-officials"}, first: "iranian-army"},
		{who: "Peskov", topic: "pizza", notice: "No statement by Dmitry Peskov about \"pizza\""},
		{who: "Adnan Hayajneh", speakers: []string{"adnan-hayajneh"}, first: "adnan-hayajneh"},
	}
	for _, tt := range tests {
		t.Run(tt.who+"/"+tt.topic, func(t *testing.T) {
			p, err := e.Position(context.Background(), tt.who, tt.topic, Page{Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Notice, tt.notice) || (tt.notice == "") != (p.Notice == "") {
				t.Errorf("notice %q, want one with %q", p.Notice, tt.notice)
			}
			if len(p.Statements) != p.Total {
				t.Errorf("%d statements of %d", len(p.Statements), p.Total)
			}
			if tt.first != "" && (len(p.Statements) == 0 || p.Statements[0].SpeakerID != tt.first) {
				t.Fatalf("first speaker is not %s: %+v", tt.first, p.Statements)
			}
			last := 4
			for _, s := range p.Statements {
				if !slices.Contains(tt.speakers, s.SpeakerID) {
					t.Errorf("statement by %s (%s) in the position of %s", s.SpeakerID, s.Affiliation, tt.who)
				}
				if k := kindRank(attribution.Kind(s.Kind)); k > last {
					t.Errorf("%s statement after a less direct one", s.Kind)
				} else {
					last = k
				}
				if s.URL == "" || s.Paragraph == 0 {
					t.Errorf("statement without its source: %+v", s)
				}
			}
		})
	}
}

func TestPositionUnknown(t *testing.T) {
	e := engineForTest(t)
	_, err := e.Position(context.Background(), "Zzyzx Qwop", "", Page{})
	var unknown *UnknownEntityError
	if !errors.As(err, &unknown) || unknown.Name != "Zzyzx Qwop" {
		t.Fatalf("error %v, want an UnknownEntityError", err)
	}
	_, err = e.Position(context.Background(), "Pesk", "", Page{})
	if !errors.As(err, &unknown) || len(unknown.Suggestions) == 0 || unknown.Suggestions[0] != "Dmitry Peskov" {
		t.Errorf("error %v, want a suggestion of Dmitry Peskov", err)
	}
	_, err = e.Position(context.Background(), "Araghchy", "", Page{})
	if err != nil {
		t.Errorf("misspelt name: %v", err)
	}
	_, err = e.Compare(context.Background(), "Turkey", "Zzyzx Qwop", "")
	if !errors.As(err, &unknown) {
		t.Errorf("Compare with an unknown name: %v", err)
	}
}

func TestPositionGolden(t *testing.T) {
	e := engineForTest(t)
	for _, tt := range []struct{ who, topic string }{{"Turkey", ""}, {"Peskov", ""}, {"Iran", "threat"}} {
		t.Run(tt.who+"/"+tt.topic, func(t *testing.T) {
			p, err := e.Position(context.Background(), tt.who, tt.topic, Page{Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, goldenName("position", tt.who+" "+tt.topic), p)
		})
	}
}

func TestCompare(t *testing.T) {
	e := engineForTest(t)
	c, err := e.Compare(context.Background(), "Turkey", "Pakistan", "dialogue")
	if err != nil {
		t.Fatal(err)
	}
	if c.First.Entity.ID != "turkey" || c.Second.Entity.ID != "pakistan" || len(c.First.Statements) == 0 || len(c.Second.Statements) == 0 {
		t.Fatalf("comparison %+v", c)
	}
	for _, s := range append(c.First.Statements, c.Second.Statements...) {
		if !strings.Contains(strings.ToLower(e.res.Passages[e.byID[s.Article+"#"+itoa(s.Paragraph)]].Paragraph.Text), "dialogue") {
			t.Errorf("statement off the topic: %q", s.Text)
		}
	}
}

func TestWho(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		name, id, role, affiliation string
		articles                    int
	}{
		{"Araghchi", "abbas-araghchi", "Foreign Minister", "Iran", 4},
		{"Erdoğan", "recep-tayyip-erdogan", "President", "Turkey", 3},
		{"Ankara", "turkey", "", "", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := e.Who(context.Background(), tt.name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Entity.ID != tt.id || p.Role != tt.role || p.Affiliation != tt.affiliation || len(p.Articles) != tt.articles || p.Statements == 0 {
				t.Errorf("profile %+v", p)
			}
		})
	}
	if _, err := e.Who(context.Background(), "Zzyzx Qwop"); err == nil {
		t.Error("Who of an unknown name did not fail")
	}
}

func TestSources(t *testing.T) {
	e := engineForTest(t)
	got, err := e.Sources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "sources", got)
}

func TestComplete(t *testing.T) {
	e := engineForTest(t)
	for _, tt := range []struct {
		prefix string
		want   string
	}{{"arag", "abbas-araghchi"}, {"ara", "abbas-araghchi"}, {"tur", "turkey"}, {"pesk", "dmitry-peskov"}} {
		got := e.Complete(context.Background(), tt.prefix, 3)
		if len(got) == 0 || len(got) > 3 || got[0].ID != tt.want {
			t.Errorf("Complete(%q) = %v, want %s first", tt.prefix, got, tt.want)
		}
	}
}

func TestLoadCorpusDir(t *testing.T) {
	e, problems, err := Load(context.Background(), LoadOptions{CorpusDir: "testdata/corpus", IndexDir: filepath.Join(t.TempDir(), "index")})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
	a, err := e.Ask(context.Background(), "What did Zorva City say about a ceasefire?", Page{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entities) != 1 || a.Entities[0].ID != "zorvania" || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "signed ceasefire") {
		t.Fatalf("answer from the knowledge file's entity: %+v", a)
	}
	if _, _, err := Load(context.Background(), LoadOptions{CorpusDir: t.TempDir()}); err == nil {
		t.Error("Load of an empty directory did not fail")
	}
}

// TestStatementsFor checks the engine's index of statements by entity
// against a scan of all statements, for the entities of the table and for
// every speaker and affiliation in the corpus.
func TestStatementsFor(t *testing.T) {
	e := engineForTest(t)
	scan := func(id string) []attribution.Statement {
		var out []attribution.Statement
		for _, s := range e.res.Statements {
			if s.SpeakerID == id || s.AffiliationID == id {
				out = append(out, s)
			}
		}
		return out
	}
	ids := []string{"turkey", "dmitry-peskov", "brazil", "no-such-entity"}
	for _, s := range e.res.Statements {
		ids = append(ids, s.SpeakerID, s.AffiliationID)
	}
	for _, id := range ids {
		got, want := e.statementsFor(id), scan(id)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("statementsFor(%q) = %d statements, want %d in corpus order", id, len(got), len(want))
		}
	}
	if len(e.statementsFor("turkey")) == 0 {
		t.Error("statementsFor(turkey) is empty; the table checks nothing")
	}
}
