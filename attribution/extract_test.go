package attribution

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

// article makes a test article of paragraphs; a paragraph starting with
// "## " is a heading.
func article(id string, paragraphs ...string) *corpus.Article {
	a := &corpus.Article{ID: id}
	for i, p := range paragraphs {
		heading := strings.HasPrefix(p, "## ")
		a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{Number: i + 1, Line: i + 1, Text: strings.TrimPrefix(p, "## "), Heading: heading})
	}
	return a
}

// checkInvariants fails the test unless every statement is verbatim text
// of its paragraph and the result's lists agree with each other.
func checkInvariants(t *testing.T, res *Result) {
	t.Helper()
	var all []Statement
	paragraphs := 0
	for _, a := range res.Articles {
		paragraphs += len(a.Paragraphs)
	}
	if len(res.Passages) != paragraphs {
		t.Errorf("%d passages for %d paragraphs", len(res.Passages), paragraphs)
	}
	for _, p := range res.Passages {
		if p.Paragraph.Heading && len(p.Statements) > 0 {
			t.Errorf("heading %q has statements", p.Paragraph.Text)
		}
		for _, st := range p.Statements {
			text := p.Paragraph.Text
			if st.Start < 0 || st.End > len(text) || st.Start >= st.End || text[st.Start:st.End] != st.Text {
				t.Errorf("statement %q is not text[%d:%d] of %q", st.Text, st.Start, st.End, text)
			}
			if st.Article != p.Article.ID || st.Paragraph != p.Paragraph.Number {
				t.Errorf("statement %q says %s#%d, passage is %s#%d", st.Text, st.Article, st.Paragraph, p.Article.ID, p.Paragraph.Number)
			}
			if st.Speaker == "" || st.SpeakerID == "" || st.SpeakerID != slug(st.SpeakerID) {
				t.Errorf("statement %q has speaker %q, ID %q", st.Text, st.Speaker, st.SpeakerID)
			}
			if _, ok := res.Entities.Get(st.SpeakerID); !ok {
				t.Errorf("speaker %s of %q is not in the result's entities", st.SpeakerID, st.Text)
			}
			if (st.Affiliation == "") != (st.AffiliationID == "") {
				t.Errorf("statement %q: affiliation %q, ID %q", st.Text, st.Affiliation, st.AffiliationID)
			}
		}
		all = append(all, p.Statements...)
		for i := 1; i < len(p.Entities); i++ {
			if p.Entities[i-1] >= p.Entities[i] {
				t.Errorf("passage entities not sorted and unique: %v", p.Entities)
			}
		}
	}
	if !reflect.DeepEqual(all, res.Statements) && len(all)+len(res.Statements) > 0 {
		t.Errorf("Result.Statements differs from the passages' statements")
	}
}

func TestExtractInvariants(t *testing.T) {
	for _, c := range []struct {
		name string
		arts []*corpus.Article
	}{{"built-in corpus", builtinArticles(t)}, {"own articles", ownArticles(t)}} {
		t.Run(c.name, func(t *testing.T) {
			checkInvariants(t, Extract(c.arts, builtinRegistry(t)))
		})
	}
}

func TestExtractIsDeterministic(t *testing.T) {
	arts := append(builtinArticles(t), ownArticles(t)...)
	first := Extract(arts, withoutPeople(t))
	second := Extract(arts, withoutPeople(t))
	if !reflect.DeepEqual(first.Statements, second.Statements) {
		t.Error("two extractions of the same corpus differ in statements")
	}
	if !reflect.DeepEqual(first.Entities.All(), second.Entities.All()) {
		t.Error("two extractions of the same corpus differ in entities")
	}
}

func TestExtractLeavesKnownRegistryAlone(t *testing.T) {
	reg := withoutPeople(t)
	before := len(reg.All())
	res := Extract(builtinArticles(t), reg)
	if after := len(reg.All()); after != before {
		t.Errorf("known registry went from %d to %d entities", before, after)
	}
	if len(res.Entities.All()) <= before {
		t.Errorf("result has %d entities, want more than the %d known", len(res.Entities.All()), before)
	}
}

func TestExtractNilRegistry(t *testing.T) {
	res := Extract([]*corpus.Article{article("a", "“We are ready,” said Foreign Minister Jane Doe.")}, nil)
	checkInvariants(t, res)
	if len(res.Statements) != 1 || res.Statements[0].SpeakerID != "jane-doe" {
		t.Errorf("got %+v, want one statement by jane-doe", res.Statements)
	}
}

// TestStatements checks the shapes of statement, one paragraph (or a few)
// at a time, with a registry that knows no people.
func TestStatements(t *testing.T) {
	type want struct {
		kind        Kind
		text        string
		speakerID   string
		affiliation string // entity ID
	}
	tests := []struct {
		name       string
		paragraphs []string
		want       []want
	}{
		{
			"direct, attribution after",
			[]string{"On Wednesday, US President Donald Trump renewed threats.", "“A massive Armada is heading to Iran,” Trump wrote in a post on his Truth Social platform."},
			[]want{{Direct, "A massive Armada is heading to Iran", "donald-trump", "united-states"}},
		},
		{
			"direct, inverted attribution with title",
			[]string{"“We call on all parties to exercise restraint,” said Kremlin spokesperson Dmitry Peskov."},
			[]want{{Direct, "We call on all parties to exercise restraint", "dmitry-peskov", "russia"}},
		},
		{
			"direct, colon and appositive",
			[]string{"Fu Cong, China’s permanent representative to the United Nations, told an open debate: “The use of force cannot solve problems. It only adds fuel.”"},
			[]want{{Direct, "The use of force cannot solve problems. It only adds fuel.", "fu-cong", "china"}},
		},
		{
			"direct, split around attribution",
			[]string{"“We do not want war,” Lebanese Prime Minister Karim Nassar said, “but we will not be spectators.”"},
			[]want{{Direct, "We do not want war", "karim-nassar", "lebanon"}, {Direct, "but we will not be spectators.", "karim-nassar", "lebanon"}},
		},
		{
			"direct, continued into the next paragraph",
			[]string{"“We continue to call for restraint,” Kremlin spokesperson Dmitry Peskov told reporters.", "“Any forceful actions can only create chaos.”"},
			[]want{{Direct, "We continue to call for restraint", "dmitry-peskov", "russia"}, {Direct, "Any forceful actions can only create chaos.", "dmitry-peskov", "russia"}},
		},
		{
			"direct, nested quote and apostrophes",
			[]string{"Iran’s foreign minister, Abbas Araghchi, arrived on Friday.", "“Rushing to ‘defend human rights’ – Europe’s stunt won’t work,” Araghchi wrote on social media."},
			[]want{{Direct, "Rushing to ‘defend human rights’ – Europe’s stunt won’t work", "abbas-araghchi", "iran"}},
		},
		{
			"pronoun resolves to the last person, not a country",
			[]string{"Adnan Hayajneh, a professor of international relations at Qatar University, said Qatar was unlikely to matter.", "“He listens to himself,” he said."},
			[]want{{Indirect, "Qatar was unlikely to matter", "adnan-hayajneh", ""}, {Direct, "He listens to himself", "adnan-hayajneh", ""}},
		},
		{
			"she added, partial after to",
			[]string{"French armed forces minister Alice Rufo told local media that France wants to help.", "She added that it was “up to the Iranian people to decide”."},
			[]want{{Indirect, "France wants to help", "alice-rufo", "france"}, {Indirect, "it was “up to the Iranian people to decide”", "alice-rufo", "france"}, {Partial, "up to the Iranian people to decide", "alice-rufo", "france"}},
		},
		{
			"partial, object of a speech verb",
			[]string{"Speaking with Turkish Foreign Minister Hakan Fidan, Iranian Foreign Minister Abbas Araghchi praised Ankara’s “benevolent efforts”."},
			[]want{{Indirect, "praised Ankara’s “benevolent efforts”", "abbas-araghchi", "iran"}, {Partial, "benevolent efforts", "abbas-araghchi", "iran"}},
		},
		{
			"term in quote marks: no statement",
			[]string{"Iranian missiles did manage to breach Israel’s much-vaunted “Iron Dome” defence system.", "The European Union also designated the IRGC a “terrorist organisation”."},
			nil,
		},
		{
			"indirect, seat and coordinated verbs",
			[]string{"Tehran has stated that it is not willing to negotiate under threat and has signalled its readiness to defend Iran."},
			[]want{{Indirect, "it is not willing to negotiate under threat", "iran", "iran"}, {Indirect, "its readiness to defend Iran", "iran", "iran"}},
		},
		{
			"indirect, country with zero that",
			[]string{"On Thursday, Russia said there was room for negotiation between the US and Iran."},
			[]want{{Indirect, "there was room for negotiation between the US and Iran", "russia", "russia"}},
		},
		{
			"indirect, act verbs and a following pronoun",
			[]string{"Fu Cong, China’s envoy to the UN, spoke on Wednesday.", "He urged all countries to abide by the United Nations Charter."},
			[]want{{Indirect, "urged all countries to abide by the United Nations Charter", "fu-cong", "china"}},
		},
		{
			"according to, with a speech verb inside",
			[]string{"Pakistani Foreign Minister Ishaq Dar spoke to Araghchi.", "According to a news release by the Iranian government, Dar reiterated Islamabad’s position on respecting state sovereignty."},
			[]want{{Indirect, "Islamabad’s position on respecting state sovereignty", "ishaq-dar", "pakistan"}},
		},
		{
			"partial quoting what a named person said, credited to a ministry",
			[]string{"Pakistani Foreign Minister Ishaq Dar spoke to Araghchi.", "Deputy Prime Minister Dar “underscored that dialogue and diplomacy remain the only viable way forward,” the Ministry of Foreign Affairs said."},
			[]want{{Partial, "underscored that dialogue and diplomacy remain the only viable way forward", "pakistan-ministry-of-foreign-affairs", "pakistan"}, {Indirect, "underscored that dialogue and diplomacy remain the only viable way forward", "ishaq-dar", "pakistan"}},
		},
		{
			"partial quote of no speech verb stays the speaker's",
			[]string{"Pakistani Foreign Minister Ishaq Dar spoke to Araghchi.", "Deputy Prime Minister Dar “deserves credit for the talks,” the Ministry of Foreign Affairs said."},
			[]want{{Partial, "deserves credit for the talks", "pakistan-ministry-of-foreign-affairs", "pakistan"}},
		},
		{
			"according to, a group",
			[]string{"According to Iranian military officials, Tehran has expanded its drone capabilities."},
			[]want{{Indirect, "Tehran has expanded its drone capabilities", "iranian-military-officials", "iran"}},
		},
		{
			"groups and institutions",
			[]string{
				"Turkish officials believe that direct talks could help.",
				"Several Gulf states have reportedly conveyed that they will not allow strikes.",
				"Egypt’s Ministry of Foreign Affairs said on Wednesday that calm was needed.",
				"On Thursday, the Iranian army announced it had added new drones.",
				"The Iranian leadership strongly criticised the EU decisions.",
			},
			[]want{
				{Indirect, "direct talks could help", "turkish-officials", "turkey"},
				{Indirect, "they will not allow strikes", "gulf-states", "gulf-states"},
				{Indirect, "calm was needed", "egypt-ministry-of-foreign-affairs", "egypt"},
				{Indirect, "it had added new drones", "iranian-army", "iran"},
				{Indirect, "strongly criticised the EU decisions", "iran", "iran"},
			},
		},
		{
			"unqualified ministry takes the dateline's country",
			[]string{"ISLAMABAD: Pakistan on Thursday stressed the importance of dialogue.", "The Ministry of Foreign Affairs said that talks were the only way."},
			[]want{{Indirect, "the importance of dialogue", "pakistan", "pakistan"}, {Indirect, "talks were the only way", "pakistan-ministry-of-foreign-affairs", "pakistan"}},
		},
		{
			"speech noun after a light verb",
			[]string{"The United Arab Emirates has made similar pledges not to allow a US strike from its territory."},
			[]want{{Indirect, "not to allow a US strike from its territory", "united-arab-emirates", "united-arab-emirates"}},
		},
		{
			"the official points back to an anonymous source",
			[]string{"A senior Israeli official said the strikes were a message.", "“We will not wait,” the official told reporters."},
			[]want{{Indirect, "the strikes were a message", "a-senior-israeli-official", "israel"}, {Direct, "We will not wait", "a-senior-israeli-official", "israel"}},
		},
		{
			"a denial keeps its verb",
			[]string{"Iran has repeatedly denied seeking nuclear weapons.", "Tehran denied that it was enriching to 90 percent."},
			[]want{{Indirect, "repeatedly denied seeking nuclear weapons", "iran", "iran"}, {Indirect, "denied that it was enriching to 90 percent", "iran", "iran"}},
		},
		{
			"infinitive after a speech verb, time word before that",
			[]string{"Israeli Prime Minister Benjamin Netanyahu vowed to stop Iran from getting the bomb.", "U.S. officials said Tuesday that the carrier would stay."},
			[]want{{Indirect, "vowed to stop Iran from getting the bomb", "benjamin-netanyahu", "israel"}, {Indirect, "the carrier would stay", "us-officials", "united-states"}},
		},
		{
			"unnamed office holder, officials in a capital, the minister",
			[]string{"Qatar’s prime minister said Doha was ready to host talks.", "Officials in Tehran said the talks would take place in Oman.", "Israeli Defence Minister Yoav Katz visited the north.", "“We will respond with full force,” the minister said."},
			[]want{
				{Indirect, "Doha was ready to host talks", "qatar-prime-minister", "qatar"},
				{Indirect, "the talks would take place in Oman", "officials-in-tehran", "iran"},
				{Direct, "We will respond with full force", "yoav-katz", "israel"},
			},
		},
		{
			"joint subjects have no one speaker",
			[]string{"Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan.", "Araghchi and Fidan said the talks had been useful.", "The foreign ministers of Saudi Arabia, Egypt and Jordan said that they opposed any escalation."},
			nil,
		},
		{
			"attribution at the end around a quoted fragment",
			[]string{"Iranian Foreign Minister Abbas Araghchi spoke on Tuesday.", "Iran will “never” give up enrichment, Araghchi said."},
			[]want{{Indirect, "Iran will “never” give up enrichment", "abbas-araghchi", "iran"}, {Partial, "never", "abbas-araghchi", "iran"}},
		},
		{
			"time adjunct before a bare clause",
			[]string{"DUBAI, Feb 7 (Reuters) - Iran said on Saturday it would allow inspectors back."},
			[]want{{Indirect, "it would allow inspectors back", "iran", "iran"}},
		},
		{
			"a think tank is not a verb",
			[]string{"Kelsey Marlowe, an arms control expert at a Washington think tank, said the loss of access was alarming."},
			[]want{{Indirect, "the loss of access was alarming", "kelsey-marlowe", ""}},
		},
		{
			"told reporters with no that",
			[]string{"The GCC secretary-general, Jasem al-Budaiwi, later told reporters the leaders had agreed to form a crisis cell."},
			[]want{{Indirect, "the leaders had agreed to form a crisis cell", "jasem-al-budaiwi", "gulf-cooperation-council"}},
		},
		{
			"a country after the name, an office after a possessive pronoun",
			[]string{"Sultan Haitham bin Tariq of Oman has hosted both delegations. His foreign minister said on Friday that the gap had narrowed."},
			[]want{{Indirect, "the gap had narrowed", "oman-foreign-minister", "oman"}},
		},
		{
			"an office naming no country takes the paragraph's subject, not an object",
			[]string{"Peru and Brazil signed the accord.", "Chile, the largest buyer, has criticised the Peruvian plan. “This has no basis,” trade ministry spokesperson Ana Ruiz said."},
			[]want{{Indirect, "criticised the Peruvian plan", "chile", "chile"}, {Direct, "This has no basis", "ana-ruiz", "chile"}},
		},
		{
			"an office naming no country takes the place the paragraph opens with",
			[]string{"Peru and Brazil signed the accord.", "In Santiago, deputy minister Ana Ruiz said the government was watching closely."},
			[]want{{Indirect, "the government was watching closely", "ana-ruiz", "chile"}},
		},
		{
			"an office of the body named before: the league’s",
			[]string{"MADRID: The Arab League met on Monday.", "The league’s deputy secretary general, Hana Kovac, said supplies were running out."},
			[]want{{Indirect, "supplies were running out", "hana-kovac", "arab-league"}},
		},
		{
			"a title written short before the name: said Dr. …",
			[]string{"“Prices will stay high,” said Dr. Lena Ortiz, a senior fellow at the Lisbon Energy Forum.", "“Nobody is hoarding,” Gen. Omar Haddad, Jordan’s army spokesman, told reporters."},
			[]want{{Direct, "Prices will stay high", "lena-ortiz", ""}, {Direct, "Nobody is hoarding", "omar-haddad", "jordan"}},
		},
		{
			"a spokesperson for a named company speaks for the company",
			[]string{"A spokesperson for Baltic Reefer Lines, a Riga-based operator, said the company had paused bookings. Three of its ships are waiting off Fujairah, the spokesperson said."},
			[]want{{Indirect, "the company had paused bookings", "baltic-reefer-lines", "baltic-reefer-lines"}, {Indirect, "Three of its ships are waiting off Fujairah", "baltic-reefer-lines", "baltic-reefer-lines"}},
		},
		{
			"a body whose name opens with a demonym speaks for itself; two asides before the verb",
			[]string{"Ingrid Solberg, director of the Danish Flood Relief Fund, who toured the camps on Friday, said food stocks would last a week."},
			[]want{{Indirect, "food stocks would last a week", "ingrid-solberg", "danish-flood-relief-fund"}},
		},
		{
			"two according-to sources in one sentence, each with its own clause; people working in a place speak for no state",
			[]string{"Bread prices have doubled since March, according to residents in Cairo, and fuel queues are growing, according to Egypt’s petroleum ministry."},
			[]want{{Indirect, "Bread prices have doubled since March", "residents-in-cairo", ""}, {Indirect, "fuel queues are growing", "egypt-petroleum-ministry", "egypt"}},
		},
		{
			"a sentence attributed at its end: a state's act and a verb in a clause of its own are part of it",
			[]string{"Egypt has asked the World Bank for an emergency loan, the Finance Ministry said on Sunday.", "Rebels shelled a convoy that Cairo says was carrying grain, the army said."},
			[]want{
				{Indirect, "Egypt has asked the World Bank for an emergency loan", "egypt-finance-ministry", "egypt"},
				{Indirect, "asked the World Bank for an emergency loan", "egypt", "egypt"},
				{Indirect, "Rebels shelled a convoy that Cairo says was carrying grain", "egypt-army", "egypt"},
				{Indirect, "was carrying grain", "egypt", "egypt"},
			},
		},
		{
			"which after a body named at the end of a phrase",
			[]string{"The ship was stopped near Aden, according to a report from the International Committee of the Red Cross, which said the crew was unharmed."},
			[]want{{Indirect, "The ship was stopped near Aden", "international-committee-of-the-red-cross", "international-committee-of-the-red-cross"}, {Indirect, "the crew was unharmed", "international-committee-of-the-red-cross", "international-committee-of-the-red-cross"}},
		},
		{
			"views as: a stance; exchanged views on: none",
			[]string{"Washington sent more ships, a move Tehran views as a provocative escalation.", "The two ministers exchanged views on the crisis."},
			[]want{{Indirect, "views as a provocative escalation", "iran", "iran"}},
		},
		{
			"declined to say whether: a statement; declined to comment: none; a last name without its article",
			[]string{"Jordan’s foreign minister, Ayman al-Qudah, met envoys on Monday.", "Qudah declined to say whether a deal was close. He declined to comment on the reports. Exports declined to 40,000 barrels."},
			[]want{{Indirect, "declined to say whether a deal was close", "ayman-al-qudah", "jordan"}},
		},
		{
			"a document with no issuer named is the body that spoke last; a medium that carried it is not the issuer",
			[]string{"Hezbollah denied any role in the blast. A statement carried by a Beirut television channel said the claims were lies.", "The report, the group’s second this week, said two fighters had died."},
			[]want{{Indirect, "denied any role in the blast", "hezbollah", "hezbollah"}, {Indirect, "the claims were lies", "hezbollah", "hezbollah"}, {Indirect, "two fighters had died", "hezbollah", "hezbollah"}},
		},
		{
			"she after a man passes over him to the last woman",
			[]string{"“Supplies are secure,” said Lebanon’s energy minister, Ms Amal Haddad.", "“We will not ration,” said Syria’s oil minister, Mr Karim Saleh.", "She said prices would fall by May."},
			[]want{{Direct, "Supplies are secure", "amal-haddad", "lebanon"}, {Direct, "We will not ration", "karim-saleh", "syria"}, {Indirect, "prices would fall by May", "amal-haddad", "lebanon"}},
		},
		{
			"the watchdog and the bloc: the body named before, not the last to speak",
			[]string{"Hezbollah said it was ready. Inspectors of the IAEA left Tehran on Monday.", "The watchdog said its cameras were off.", "ASEAN ministers met in Jakarta. The bloc said shipping must stay free."},
			[]want{{Indirect, "it was ready", "hezbollah", "hezbollah"}, {Indirect, "its cameras were off", "iaea", "iaea"}, {Indirect, "shipping must stay free", "asean", "asean"}},
		},
		{
			"an acronym audience does not swallow the country that opens the clause",
			[]string{"Turkey’s foreign minister, Mehmet Aksoy, told the BBC Iran had to choose."},
			[]want{{Indirect, "Iran had to choose", "mehmet-aksoy", "turkey"}},
		},
		{
			"a country named as an object is not the office's: the dateline is",
			[]string{"SEOUL — Shipments of Iranian condensate to refiners have halted, Trade Minister Park Jin-ho said on Friday."},
			[]want{{Indirect, "Shipments of Iranian condensate to refiners have halted", "park-jin-ho", "south-korea"}},
		},
		{
			"a spokeswoman for a company speaks for it; a family name with its article is part of the name",
			[]string{"“Rates have tripled,” said Clara de Vries, a spokeswoman for Hapag-Lloyd.", "Senior Houthi official Mohammed al-Houthi said talks were over."},
			[]want{{Direct, "Rates have tripled", "clara-de-vries", "hapag-lloyd"}, {Indirect, "talks were over", "mohammed-al-houthi", "houthis"}},
		},
		{
			"a person's office speaks for the person's country; a trader speaks for no one; no full stop in a source",
			[]string{"Jordan’s King Abdullah met envoys on Monday. King Abdullah’s office said the talks were useful.", "Olga Petrov, a trader at Gunvor in Geneva, said cargoes were scarce.", "Rates doubled, according to Argus Media."},
			[]want{{Indirect, "the talks were useful", "abdullah-office", "jordan"}, {Indirect, "cargoes were scarce", "olga-petrov", ""}, {Indirect, "Rates doubled", "argus-media", "argus-media"}},
		},
		{
			"he after a speaker the extractor does not know is no one",
			[]string{"Foreign Minister Ana Ruiz of Chile spoke first.", "“Enough is enough,” Kowalczyk said. He added that Poland would act alone."},
			nil,
		},
		{
			"an age between the name and the office",
			[]string{"Lars Eriksen, 58, a senior fellow at the Oslo Peace Institute, said the ceasefire was fragile."},
			[]want{{Indirect, "the ceasefire was fragile", "lars-eriksen", ""}},
		},
		{
			"called X “…”: a verb that names with a quoted term",
			[]string{"Kuwait’s foreign minister, Salem al-Sabah, called the blockade “unlawful” on Friday."},
			[]want{{Indirect, "called the blockade “unlawful” on Friday", "salem-al-sabah", "kuwait"}, {Partial, "unlawful", "salem-al-sabah", "kuwait"}},
		},
		{
			"someone a phrase names after a preposition or in a relative clause is not its speaker; the Omani minister is not Iran’s",
			[]string{
				"Iran’s foreign minister, Abbas Araghchi, arrived on Monday.",
				"A lawyer for Araghchi said the case was closed.",
				"Tom Berger, who met Araghchi in Muscat, told reporters that a deal was near.",
				"The Omani minister said progress was slow.",
			},
			// Tom Berger, named with no office, speaks for himself.
			[]want{{Indirect, "a deal was near", "tom-berger", ""}, {Indirect, "progress was slow", "omani-minister", "oman"}},
		},
		{
			"the ministry: the state ministry named just before",
			[]string{"Peru’s foreign ministry summoned the Chilean envoy on Monday. The ministry said the incursion was deliberate."},
			[]want{{Indirect, "the incursion was deliberate", "peru-foreign-ministry", "peru"}},
		},
		{
			"an unnamed office of the body named before: the council’s secretary general",
			[]string{"GCC leaders agreed to a joint naval patrol, the council’s secretary general said."},
			[]want{{Indirect, "GCC leaders agreed to a joint naval patrol", "council-secretary-general", "gulf-cooperation-council"}},
		},
		{
			"a possessive acronym names the body (a UN programme, whose officials speak for the UN); the N-year-old is the person just named",
			[]string{"The World Food Programme warned of shortages on Monday.", "“Stocks will run out in May,” the WFP’s country director, Ines Moreau, said in Sanaa.", "The 52-year-old said convoys were blocked."},
			[]want{{Direct, "Stocks will run out in May", "ines-moreau", "united-nations"}, {Indirect, "convoys were blocked", "ines-moreau", "united-nations"}},
		},
		{
			"his office said after a quotation ending in a comma closes the act before it",
			[]string{"Jordan’s foreign minister, Ayman Safadi, warned against “a slide into war,” his office said."},
			[]want{{Indirect, "warned against “a slide into war,”", "ayman-safadi", "jordan"}, {Partial, "a slide into war", "ayman-safadi", "jordan"}},
		},
		{
			"a company named after what it is; brokers speak for no one",
			[]string{"Shipping giant Evergreen said it would avoid the strait.", "War-risk premiums have tripled, brokers said."},
			[]want{{Indirect, "it would avoid the strait", "evergreen", "evergreen"}, {Indirect, "War-risk premiums have tripled", "brokers", ""}},
		},
		{
			"a so-called term is no one's words; according to X of a think tank is a person",
			[]string{"The so-called “shadow fleet” has grown, according to Lena Vogt of the Kiel Institute."},
			[]want{{Indirect, "The so-called “shadow fleet” has grown", "lena-vogt", ""}},
		},
		{
			"a private person speaks for no one, wherever they live; a company described in an appositive",
			[]string{"“The shelves are empty,” said Leyla Aydin, a 38-year-old shopkeeper in Van.", "Baltic Reefer Lines, a Riga-based operator, said its ships were waiting."},
			[]want{{Direct, "The shelves are empty", "leyla-aydin", ""}, {Indirect, "its ships were waiting", "baltic-reefer-lines", "baltic-reefer-lines"}},
		},
		{
			"a paragraph ending “he told the crowd:” introduces the quotation that opens the next; a quotation attributed to someone unknown is not the last speaker's",
			[]string{
				"Speaking in Basra, Iraq’s oil minister, Hayan Abdul-Ghani, was defiant. He told the crowd:",
				"“Our oil will keep flowing.”",
				"“Words are cheap,” Marchetti wrote on X.",
			},
			[]want{{Direct, "Our oil will keep flowing.", "hayan-abdul-ghani", "iraq"}},
		},
		{
			"asked not to be named is no speech",
			[]string{"A Turkish diplomat, who asked not to be named, said the convoy had been delayed."},
			[]want{{Indirect, "the convoy had been delayed", "a-turkish-diplomat", "turkey"}},
		},
		{
			"an acronym of a state's ministry speaks for the state",
			[]string{"Brazil’s Ministry of Foreign Relations summoned the envoy.", "MFR spokesperson Carla Souza said the embassy would stay open."},
			[]want{{Indirect, "the embassy would stay open", "carla-souza", "brazil"}},
		},
		{
			"the movement is the body that just spoke here, not one named before whose name fits; militias speak for themselves",
			[]string{"The Houthi movement fired two missiles on Monday.", "Hezbollah said it was on alert. The movement added that its fighters were ready.", "Syrian militias said they would stay neutral."},
			[]want{{Indirect, "it was on alert", "hezbollah", "hezbollah"}, {Indirect, "its fighters were ready", "hezbollah", "hezbollah"}, {Indirect, "they would stay neutral", "syrian-militias", "syrian-militias"}},
		},
		{
			"what was not said is no statement; he after a woman does not reach back past the speaker before",
			[]string{
				"Oman’s foreign minister, Badr Albusaidi, said talks would go on.",
				"A State Department spokesperson said the US was in contact with Muscat. The spokesperson did not say who would attend.",
				"“Prices will rise,” said Ms Ines Lopez, an analyst at Kpler. Then he said the market was calm.",
			},
			[]want{
				{Indirect, "talks would go on", "badr-albusaidi", "oman"},
				{Indirect, "the US was in contact with Muscat", "a-state-department-spokesperson", "united-states"},
				{Direct, "Prices will rise", "ines-lopez", ""},
			},
		},
		{
			"a minister with no country takes a dateline city's country over the paragraph before",
			[]string{"LAHORE: Hundreds of families arrived by train from Iran overnight.", "Iran has tightened its visa rules since March.", "Finance Minister Tariq Mehmood Baig said the budget would cover new shelters."},
			[]want{{Indirect, "the budget would cover new shelters", "tariq-mehmood-baig", "pakistan"}},
		},
		{
			"a wire dateline with a spaced hyphen is no part of the speaker, and its city names the country",
			[]string{"KARACHI, June 3 (Reuters) - OPEC ministers on Tuesday said quotas would stay \"exactly where they are\" until autumn.", "Iran has asked for an exemption.", "Energy Minister Bilal Rauf Khattak said the port could take more tankers."},
			[]want{{Indirect, `quotas would stay "exactly where they are" until autumn`, "opec-ministers", "opec"}, {Partial, "exactly where they are", "opec-ministers", "opec"}, {Indirect, "the port could take more tankers", "bilal-rauf-khattak", "pakistan"}},
		},
		{
			"a private person with a relative clause in the appositive is a speaker of no affiliation",
			[]string{"Omar Farid, a 52-year-old baker who had worked in Shiraz for a decade, said guards had taken his savings.", "\"I have nothing left to sell,\" he said."},
			[]want{{Indirect, "guards had taken his savings", "omar-farid", ""}, {Direct, "I have nothing left to sell", "omar-farid", ""}},
		},
		{
			"a royal word in the name of a workplace gives no gender: she is the researcher",
			[]string{"\"Freight will stay dear,\" said Piet Vos, an analyst at Delta Freight.", "The truce may hold, according to Rima Haddad, a fellow at the Prince Talal Institute. \"Both capitals are tired,\" she said."},
			[]want{
				{Direct, "Freight will stay dear", "piet-vos", ""},
				{Indirect, "The truce may hold, according to Rima Haddad, a fellow at the Prince Talal Institute", "rima-haddad", ""},
				{Direct, "Both capitals are tired", "rima-haddad", ""},
			},
		},
		{
			"a term after \"what X call\" or a policy's quoted name is no one's words",
			[]string{"Ines Lopez, an economist at Solbank, said prices had entered what traders call \"the fear zone\".", "Ines Lopez said the cabinet’s \"fortress economy\" doctrine had failed."},
			[]want{
				{Indirect, `prices had entered what traders call "the fear zone"`, "ines-lopez", ""},
				{Indirect, `the cabinet’s "fortress economy" doctrine had failed`, "ines-lopez", ""},
			},
		},
		{
			"\"he\" after an unnamed diplomat is that diplomat, not the person named before",
			[]string{"Hugo Lindqvist, Sweden's envoy, said talks would resume.", "A Greek diplomat said the mood had soured. He said the sticking point was sanctions relief."},
			[]want{
				{Indirect, "talks would resume", "hugo-lindqvist", "sweden"},
				{Indirect, "the mood had soured", "a-greek-diplomat", "greece"},
				{Indirect, "the sticking point was sanctions relief", "a-greek-diplomat", "greece"},
			},
		},
		{
			"a relative clause in an appositive reports its own speaker's words",
			[]string{"Hugo Lindqvist, Sweden's envoy, said the talks would move to Oslo, a shift that observers said could slow them down."},
			[]want{
				{Indirect, "the talks would move to Oslo", "hugo-lindqvist", "sweden"},
				{Indirect, "could slow them down", "observers", ""},
			},
		},
		{
			"a body named after an indefinite description speaks for itself, not the country of the description",
			[]string{"A shadowy Syrian militia, Saraya al-Nasr, said its fighters had downed a drone."},
			[]want{{Indirect, "its fighters had downed a drone", "saraya-al-nasr", "saraya-al-nasr"}},
		},
		{
			"a sentence opening with \"But\" keeps its pronoun subject",
			[]string{"Hugo Lindqvist, Sweden's envoy, said talks would resume. But he warned that time was short."},
			[]want{{Indirect, "talks would resume", "hugo-lindqvist", "sweden"}, {Indirect, "time was short", "hugo-lindqvist", "sweden"}},
		},
		{
			"political camps speak for no state; \"have long\" belongs to the verb; a plural before \"who\" speaks",
			[]string{"Turkish conservatives have long argued that the base should close.", "The vote widened a gap with moderates who say the bill would \"hurt the lira\"."},
			[]want{
				{Indirect, "the base should close", "turkish-conservatives", ""},
				{Indirect, `the bill would "hurt the lira"`, "moderates", ""},
				{Partial, "hurt the lira", "moderates", ""},
			},
		},
		{
			"a newspaper described with a relative clause speaks for itself; both sides speak for no state",
			[]string{"Vatan, the nationalist daily whose owner sits in parliament, wrote on Monday: \"The strait is ours to guard.\"", "Ankara and Cairo closed a round of talks, and both sides said a second round would follow."},
			[]want{
				{Direct, "The strait is ours to guard.", "vatan", "vatan"},
				{Indirect, "a second round would follow", "both-sides", ""},
			},
		},
		{
			"the agency's board speaks for the agency",
			[]string{"The IAEA Board of Governors said on Thursday that inspectors must return within a month."},
			[]want{{Indirect, "inspectors must return within a month", "iaea-board-of-governors", "iaea"}},
		},
		{
			"an adviser with no country follows the paragraph before, not a dateline city",
			[]string{"LAHORE: Trains from the border ran late on Monday.", "Iranian officials rejected the reports.", "Dariush Fakhri, an adviser to the president, said the crossing would stay open."},
			[]want{
				{Indirect, "rejected the reports", "iranian-officials", "iran"},
				{Indirect, "the crossing would stay open", "dariush-fakhri", "iran"},
			},
		},
		{
			"\"the 32 allies\" are the group that spoke before, as \"the three countries\" are",
			[]string{"NATO defence ministers on Friday urged restraint.", "The 32 allies said the strait must stay open."},
			[]want{
				{Indirect, "urged restraint", "nato-defence-ministers", "nato"},
				{Indirect, "the strait must stay open", "nato-defence-ministers", "nato"},
			},
		},
		{
			"an attribution \"told <outlet>\" after the clause; an official of a spelt-out acronym is that body's state's",
			[]string{"KARACHI: The Sindh Flood Relief Authority (SFRA) opened two camps on Sunday.", "Water kept rising near the coast, an SFRA official told Geo News, calling the camps \"full by noon\"."},
			[]want{
				{Indirect, "Water kept rising near the coast", "an-sfra-official", "pakistan"},
				{Indirect, `calling the camps "full by noon"`, "an-sfra-official", "pakistan"},
				{Partial, "full by noon", "an-sfra-official", "pakistan"},
			},
		},
		{
			"a Taliban ministry speaks for Afghanistan",
			[]string{"Zabihullah Noorzai, a spokesman for the Taliban administration's Ministry of Trade, said exports to Iran had halved."},
			[]want{{Indirect, "exports to Iran had halved", "zabihullah-noorzai", "afghanistan"}},
		},
		{
			"past a dateline no one knows, the first paragraph's subject is the article's country",
			[]string{"SFAX: Tunisia closed its ports to Iranian ships on Monday.", "Ships turned back to Iran, and Iranian owners appealed to Iran.", "Chief Minister Karim Ben Ali told reporters that traders had lost money.", "The government said the ban would last a month."},
			[]want{
				{Indirect, "traders had lost money", "karim-ben-ali", "tunisia"},
				{Indirect, "the ban would last a month", "tunisia", "tunisia"},
			},
		},
		{
			"said about 400 …: a number opens the clause; an unnamed official of no stated country is the context's, a European one is no state's",
			[]string{"KAMPALA — Uganda closed the border on Friday.", "A senior official said about 400 trucks were stranded. A European official said around 30 ships were waiting."},
			[]want{{Indirect, "about 400 trucks were stranded", "a-senior-official", "uganda"}, {Indirect, "around 30 ships were waiting", "a-european-official", ""}},
		},
		{
			"a family name written first stands alone later",
			[]string{"Vietnamese Ambassador Tran Minh struck a calmer note. “Nobody wins a long war,” Tran said."},
			[]want{{Direct, "Nobody wins a long war", "tran-minh", "vietnam"}},
		},
		{
			"a quotation opening the sentence, its speaker after a long aside and a long object",
			[]string{"“Where does this end? Nobody has told us,” Senator Bo Tan, the ranking member of the Senate Foreign Relations Committee, told Assistant Secretary Mark Tolliver at the opening of a hearing."},
			[]want{{Direct, "Where does this end? Nobody has told us", "bo-tan", ""}},
		},
		{
			"abbreviated military ranks do not end the sentence",
			[]string{"“The drills will go on,” Brig. Gen. Omar Haddad said. “We are ready,” Lt. Col. Sami Nour told reporters."},
			[]want{{Direct, "The drills will go on", "omar-haddad", ""}, {Direct, "We are ready", "sami-nour", ""}},
		},
		{
			"a counterpart named with a demonym speaks for that country, also through a relative clause",
			[]string{"The envoy met his Qatari counterpart Hamad Jaber-Salim, who told a news conference that Doha backed “every honest effort”. “Talks cannot happen under fire,” Jaber-Salim said."},
			[]want{{Indirect, "Doha backed “every honest effort”", "hamad-jaber-salim", "qatar"}, {Partial, "every honest effort", "hamad-jaber-salim", "qatar"}, {Direct, "Talks cannot happen under fire", "hamad-jaber-salim", "qatar"}},
		},
		{
			"an admiral heading an authority serves the state of the context",
			[]string{"In Jordan, Adm. Fadi Nasser, chairman of the Aqaba Port Authority, said cargo volumes had halved."},
			[]want{{Indirect, "cargo volumes had halved", "fadi-nasser", "jordan"}},
		},
		{
			"a report inside a relative aside ends at the aside's comma",
			[]string{"The raids, which the Pentagon said hit two depots near Tabriz, were the largest since the so-called “long winter” of 2024."},
			[]want{{Indirect, "hit two depots near Tabriz", "us-department-of-defense", "united-states"}},
		},
		{
			"a regional government's or a party's people speak for it, not for the country",
			[]string{"In Sulaymaniyah, Kurdistan Regional Government spokesman Aram Baban said the border crossings stayed open.", "Nadim Haddad, a lawmaker from the Lebanese Forces party, accused Hezbollah of “dragging the country into a war”."},
			[]want{{Indirect, "the border crossings stayed open", "aram-baban", "kurdistan-regional-government"}, {Indirect, "accused Hezbollah of “dragging the country into a war”", "nadim-haddad", "lebanese-forces"}, {Partial, "dragging the country into a war", "nadim-haddad", "lebanese-forces"}},
		},
		{
			"a common word opening a sentence is not a surname with the same consonants",
			[]string{"Kurdistan Regional Government spokesman Aram Mirani said the airport was closed.", "Marine insurers in Singapore said cover had doubled."},
			[]want{{Indirect, "the airport was closed", "aram-mirani", "kurdistan-regional-government"}},
		},
		{
			"a company spokeswoman speaks for the company named before, not the dateline's country",
			[]string{"OSLO — A tanker was struck in the Gulf of Aden.", "Nordvik Shipping, the Bergen-based manager of the tanker, said there had been “no casualties”.", "“We thank the crew,” company spokeswoman Ines Moller told reporters."},
			[]want{{Indirect, "there had been “no casualties”", "nordvik-shipping", "nordvik-shipping"}, {Partial, "no casualties", "nordvik-shipping", "nordvik-shipping"}, {Direct, "We thank the crew", "ines-moller", "nordvik-shipping"}},
		},
		{
			"words quoted in a reported clause are the reporter's, not the clause subject's",
			[]string{"In Dhaka, Bangladeshi Foreign Minister Rafiq Alam said Bangladesh had urged “calm on every side”."},
			[]want{{Indirect, "Bangladesh had urged “calm on every side”", "rafiq-alam", "bangladesh"}, {Partial, "calm on every side", "rafiq-alam", "bangladesh"}},
		},
		{
			"who after a name is that person, not the subject of the main clause",
			[]string{"The envoy held talks with his Omani counterpart Ali-Reza Kazemi, who told reporters that Oman welcomed “every honest effort”."},
			[]want{{Indirect, "Oman welcomed “every honest effort”", "ali-reza-kazemi", "oman"}, {Partial, "every honest effort", "ali-reza-kazemi", "oman"}},
		},
		{
			"Dutch and German particles inside a name",
			[]string{"“Bans have become a habit,” said Anne Van den Berg, a fellow at the Clingendael Institute."},
			[]want{{Direct, "Bans have become a habit", "anne-van-den-berg", ""}},
		},
		{
			"a given name ending in -ly is a name, and he is the person the last sentence was about",
			[]string{"Iran’s envoy, Reza Karimi, said his country would respond.", "Russia’s deputy envoy, Anatoly Sokolov, circulated a draft text. He accused Washington of “tearing up the rules”."},
			[]want{{Indirect, "his country would respond", "reza-karimi", "iran"}, {Indirect, "accused Washington of “tearing up the rules”", "anatoly-sokolov", "russia"}, {Partial, "tearing up the rules", "anatoly-sokolov", "russia"}},
		},
		{
			"capitals as speakers in an absolute phrase: with X calling …, and Y denouncing …",
			[]string{"Diplomats met on Friday after the raids, with Paris calling the strikes “proportionate and brief” and Damascus denouncing them as “a crime against a sovereign state.”"},
			[]want{
				{Indirect, "calling the strikes “proportionate and brief”", "france", "france"},
				{Partial, "proportionate and brief", "france", "france"},
				{Indirect, "denouncing them as “a crime against a sovereign state.”", "syria", "syria"},
				{Partial, "a crime against a sovereign state.", "syria", "syria"},
			},
		},
		{
			"a militia described as one of the factions speaks, and it goes on speaking",
			[]string{"Asaib Ahl al-Haq, one of the largest factions within the Popular Mobilization Forces, said in a statement that foreign bases were now “fair game”. It warned that foreign troops would “regret this day”."},
			[]want{
				{Indirect, "foreign bases were now “fair game”", "asaib-ahl-al-haq", "asaib-ahl-al-haq"},
				{Partial, "fair game", "asaib-ahl-al-haq", "asaib-ahl-al-haq"},
				{Indirect, "foreign troops would “regret this day”", "asaib-ahl-al-haq", "asaib-ahl-al-haq"},
				{Partial, "regret this day", "asaib-ahl-al-haq", "asaib-ahl-al-haq"},
			},
		},
		{
			"by warning that …: the subject of the clause speaks",
			[]string{"UN relief chief Marta Lindqvist opened the session by warning that the city was “one bad week away from famine”."},
			[]want{{Indirect, "the city was “one bad week away from famine”", "marta-lindqvist", ""}, {Partial, "one bad week away from famine", "marta-lindqvist", ""}},
		},
		{
			"a statement expressing …: the council named paragraphs before, not the body that spoke last",
			[]string{"The Security Council met on Monday.", "Iran’s envoy, Reza Karimi, spoke first.", "He said the raids were illegal.", "The Pentagon said the raids were lawful.", "After long talks, the council agreed on a short statement expressing “deep alarm at the fighting”."},
			[]want{
				{Indirect, "the raids were illegal", "reza-karimi", "iran"},
				{Indirect, "the raids were lawful", "us-department-of-defense", "united-states"},
				{Partial, "deep alarm at the fighting", "un-security-council", "united-nations"},
			},
		},
		{
			"X, an office, was quoted by an agency as saying: the person set off by commas",
			[]string{"Jordan’s deputy speaker, Hamid Saleh, was quoted by the state-run Petra news agency as saying that deputies would meet on Monday."},
			[]want{{Indirect, "deputies would meet on Monday", "hamid-saleh", "jordan"}},
		},
		{
			"a quoted term in the speaker's appositive is no statement, and the speaker still speaks",
			[]string{"WASHINGTON — Senator Dana Ward spoke first. Ward, a longtime backer of the “zero tolerance” line toward Moscow, said she backed the sanctions."},
			[]want{{Indirect, "she backed the sanctions", "dana-ward", "united-states"}},
		},
		{
			"groups aligned with or backed by a state do not speak for it",
			[]string{"Pro-Iranian armed groups in both countries vowed to strike back. Russian-backed militias said they would hold the line."},
			[]want{{Indirect, "vowed to strike back", "pro-iranian-armed-groups", ""}, {Indirect, "they would hold the line", "russian-backed-militias", ""}},
		},
		{
			"a minister of a portfolio named after the name",
			[]string{"Karim Saadi, information minister in Libya’s internationally recognised government, said the raid had “changed nothing”."},
			[]want{{Indirect, "the raid had “changed nothing”", "karim-saadi", "libya"}, {Partial, "changed nothing", "karim-saadi", "libya"}},
		},
		{
			"called X a Y names X without quotes; called X a day later does not",
			[]string{"Syria’s envoy, Omar Haddad, called the raid a gross breach of the truce and said his government would complain.", "Haddad called the meeting a day after the raid."},
			[]want{{Indirect, "called the raid a gross breach of the truce", "omar-haddad", "syria"}, {Indirect, "his government would complain", "omar-haddad", "syria"}},
		},
		{
			"American offices under a foreign dateline; an office with a rank before the name",
			[]string{"BAGHDAD — A drone hit a base.", "Rep. Sarah Klein, a Democrat from Ohio, said Congress must vote first.", "Under Secretary of State for Political Affairs John Bass told lawmakers that sanctions would be tightened.", "A spokesman for the U.S.-led coalition, Col. James Whitaker, said no one was hurt."},
			[]want{
				{Indirect, "Congress must vote first", "sarah-klein", "united-states"},
				{Indirect, "sanctions would be tightened", "john-bass", "united-states"},
				{Indirect, "no one was hurt", "james-whitaker", "united-states"},
			},
		},
		{
			"a document seen by an outlet: the outlet does not say what it says",
			[]string{"According to a draft seen by the wire service, the measures target 15 people. According to a statement from Oslo, talks resume on Monday."},
			[]want{{Indirect, "talks resume on Monday", "norway", "norway"}},
		},
		{
			"a people that is no state gives no country; spellings of one surname meet, common words do not",
			[]string{"Iran’s parliament speaker, Mohammad Bagher Ghalibaf, spoke on Monday. Qalibaf said the agency had lost its way.", "Kurdish spokesman Aram Mirani said the road was shut."},
			[]want{{Indirect, "the agency had lost its way", "mohammad-bagher-ghalibaf", "iran"}, {Indirect, "the road was shut", "aram-mirani", ""}},
		},
		{
			"a regnal number is part of a monarch's name",
			[]string{"Spain’s King Felipe VI told visiting envoys that Madrid backed “every path to peace”."},
			[]want{{Indirect, "Madrid backed “every path to peace”", "felipe-vi", "spain"}, {Partial, "every path to peace", "felipe-vi", "spain"}},
		},
		{
			"quoted proper names of operations, documents and ships are no one's words",
			[]string{"Iran’s Revolutionary Guards said they had launched Operation “Silent Storm 2” at dawn.", "Brazilian Foreign Minister Paulo Reis said Brasilia would revive the 2010 “Geneva Accord”, and that the tanker “Blue Heron” was free."},
			[]want{
				{Indirect, "they had launched Operation “Silent Storm 2” at dawn", "irgc", "iran"},
				{Indirect, "Brasilia would revive the 2010 “Geneva Accord”, and that the tanker “Blue Heron” was free", "paulo-reis", "brazil"},
			},
		},
		{
			"an opposition leader does not speak for the country",
			[]string{"Greek opposition leader Nikos Petrou accused the government of “drifting into a war”."},
			[]want{{Indirect, "accused the government of “drifting into a war”", "nikos-petrou", ""}, {Partial, "drifting into a war", "nikos-petrou", ""}},
		},
		{
			"an unnamed institution after its report is the subject's, not the place's in the report",
			[]string{"Turkey shelled positions in Syria overnight, the military said."},
			[]want{{Indirect, "Turkey shelled positions in Syria overnight", "turkey-military", "turkey"}},
		},
		{
			"a full name with an age alone is a private person",
			[]string{"Residents described a night of fear. “The walls shook,” said Leila Haddad, 38."},
			[]want{{Indirect, "described a night of fear", "residents", ""}, {Direct, "The walls shook", "leila-haddad", ""}},
		},
		{
			"the report is the one a body issued in this article; a statement no body issued lately has no speaker",
			[]string{"In a quarterly report, the IAEA said access was limited.", "Oman said talks would go on.", "Ships waited.", "Prices rose.", "The report said inspectors had visited four sites.", "Ships waited.", "Prices fell.", "Markets closed.", "The statement said all sides must talk."},
			[]want{
				{Indirect, "access was limited", "iaea", "iaea"},
				{Indirect, "talks would go on", "oman", "oman"},
				{Indirect, "inspectors had visited four sites", "iaea", "iaea"},
			},
		},
		{
			"an office with a department's name and a middle initial",
			[]string{"WASHINGTON — The Treasury imposed sanctions on Thursday.", "“Today’s action targets the procurement networks,” Deputy Treasury Secretary Michael R. Faulkner said in a statement."},
			[]want{{Direct, "Today’s action targets the procurement networks", "michael-r-faulkner", "united-states"}},
		},
		{
			"private people quoted by name with no office: an initial, a relation, a relative clause, by phone",
			[]string{
				"“Everyone is waiting,” said K. Selvaraj, who runs a fleet of six lorries in Chennai.",
				"His sister, Leila Azizi, said by phone from Fairfax: “I haven't slept in three days.”",
				"Omar Haddad, her neighbour, said the street was quiet.",
			},
			[]want{
				{Direct, "Everyone is waiting", "k-selvaraj", ""},
				{Direct, "I haven't slept in three days.", "leila-azizi", ""},
				{Indirect, "the street was quiet", "omar-haddad", ""},
			},
		},
		{
			"a body's name with fields joined by and; a portfolio of several words before a name",
			[]string{
				"NEW DELHI — The Ministry of Petroleum and Natural Gas said that there was no shortage of petrol.",
				"Union Minister for Petroleum and Natural Gas Suresh Chandra Rao told parliament that stocks were sufficient.",
			},
			[]want{
				{Indirect, "there was no shortage of petrol", "india-ministry-of-petroleum-and-natural-gas", "india"},
				{Indirect, "stocks were sufficient", "suresh-chandra-rao", "india"},
			},
		},
		{
			"an official with no country is the country of the state agency that quotes him",
			[]string{"WASHINGTON — The Treasury imposed sanctions on Thursday.", "“These sanctions are illegal,” Foreign Ministry spokesman Mehdi Tabrizi was quoted as saying by the official IRNA news agency."},
			[]want{{Direct, "These sanctions are illegal", "mehdi-tabrizi", "iran"}},
		},
		{
			"warned against an act; an analyst at a centre speaks for no one",
			[]string{"Dina Sarkissian, a former Treasury official now at the Center for Economic Statecraft, cautioned against reading too much into the deal."},
			[]want{{Indirect, "cautioned against reading too much into the deal", "dina-sarkissian", ""}},
		},
		{
			"lawmakers, a diplomat in a capital and a country's people speak for no state; a firm's base is no part of its name",
			[]string{
				"Kurdish lawmakers argued that a withdrawal would embolden militants.",
				"A diplomat in Beirut said envoys had been in touch overnight.",
				"State television quoted the two freed Iranians as saying they had been “treated like hostages”.",
				"One of the sanctioned firms, Hong Kong-based Brightwave Trading Ltd, said that it had never sold to Iran.",
			},
			[]want{
				{Indirect, "a withdrawal would embolden militants", "kurdish-lawmakers", ""},
				{Indirect, "envoys had been in touch overnight", "a-diplomat-in-beirut", ""},
				{Indirect, "they had been “treated like hostages”", "freed-iranians", ""},
				{Partial, "treated like hostages", "freed-iranians", ""},
				{Indirect, "it had never sold to Iran", "brightwave-trading-ltd", "brightwave-trading-ltd"},
			},
		},
		{
			"an office with a bracketed aside names the company; a UN mission speaks for the UN",
			[]string{
				"“We have adequate cover,” said Arvind Menon-Iyer, Director (Refineries) at Indian Oil Corporation.",
				"“We are deeply concerned,” UNIFIL spokesperson Marco Bellandi said.",
			},
			[]want{
				{Direct, "We have adequate cover", "arvind-menon-iyer", "indian-oil-corporation"},
				{Direct, "We are deeply concerned", "marco-bellandi", "united-nations"},
			},
		},
		{
			"staff of businesses speak for them: an office of a firm, a firm's spokeswoman, a broker named after what it is",
			[]string{
				"“The safety of our passengers comes first,” a Lufthansa spokeswoman said.",
				"“Premiums are moving daily,” said Claire Hutton, head of marine war risk at insurance broker Howden.",
				"Kristian Haugen, chief executive of Norsea Tankers, said the company was avoiding Gulf charters.",
				"Danish shipping group A.P. Moller-Maersk said it had not suspended any Gulf services.",
			},
			[]want{
				{Direct, "The safety of our passengers comes first", "a-lufthansa-spokeswoman", "lufthansa"},
				{Direct, "Premiums are moving daily", "claire-hutton", "howden"},
				{Indirect, "the company was avoiding Gulf charters", "kristian-haugen", "norsea-tankers"},
				{Indirect, "it had not suspended any Gulf services", "ap-moller-maersk", "ap-moller-maersk"},
			},
		},
		{
			"a surname alone is the person named in full before with no office; an official quoted by a chairman of a state body is not the body's",
			[]string{
				"Mohammad Rezaei, 52, has traded dates in the port for thirty years.",
				"“Nobody wants to sail,” Rezaei said.",
			},
			[]want{{Direct, "Nobody wants to sail", "mohammad-rezaei", ""}},
		},
		{
			"a unit of a body named by its last word; a statement issued at a time; a party after a name; a ministry with fields in a list",
			[]string{
				"TOKYO — The Revolutionary Guards gave a different account. The Guards’ navy said its boats had been on patrol.",
				"Iran’s embassy in Tokyo issued a statement late Wednesday accusing Washington of “manufacturing a pretext” for war.",
				"Dirk Mulder of the Party for Freedom (PVV) said the navy was stretched.",
				"The Ministry of Economy, Trade and Industry said that stockpiles were sufficient.",
			},
			[]want{
				{Indirect, "its boats had been on patrol", "guards-navy", "iran"},
				{Indirect, "accusing Washington of “manufacturing a pretext” for war", "iran-embassy-in-tokyo", "iran"},
				{Partial, "manufacturing a pretext", "iran-embassy-in-tokyo", "iran"},
				{Indirect, "the navy was stretched", "dirk-mulder", "party-for-freedom"},
				{Indirect, "stockpiles were sufficient", "japan-ministry-of-economy-trade-and-industry", "japan"},
			},
		},
		{
			"told an audience with an appositive; an opposition party named in the office; a ruling party's name with and",
			[]string{
				"ANKARA — Defence Minister Selim Arslan told the Grand National Assembly, the parliament, that the frigate was ready.",
				"Deniz Koral, a lawmaker for the main opposition Republican People's Party (CHP), said the figures were hidden.",
				"A senior official in the ruling Justice and Development Party said the figures were published.",
			},
			[]want{
				{Indirect, "the frigate was ready", "selim-arslan", "turkey"},
				{Indirect, "the figures were hidden", "deniz-koral", "republican-people-party"},
				{Indirect, "the figures were published", "a-senior-official-in-the-ruling-justice-and-development-party", "turkey"},
			},
		},
		{
			"the agency's official long after the agency was named; the party's spokeswoman is no other body's",
			[]string{
				"VIENNA — Inspectors of the International Atomic Energy Agency arrived in Isfahan.",
				"The visit lasted two days.", "Cameras were old.", "Access was partial.", "Talks went on.",
				"Olav Lindqvist, the agency’s deputy director general, told reporters that the visit was welcome.",
				"The UN Security Council met on Monday.",
				"Sanne Vermeulen, the party’s defence spokeswoman, said the mission was risky.",
			},
			[]want{
				{Indirect, "the visit was welcome", "olav-lindqvist", "iaea"},
				{Indirect, "the mission was risky", "sanne-vermeulen", "austria"},
			},
		},
		{
			"no speaker, no statement",
			[]string{"“Nobody knows what comes next.”", "Both ministers underscored the importance of coordination."},
			nil,
		},
		{
			"headings make no statements",
			[]string{"## Trump says talks possible"},
			nil,
		},
	}
	reg := withoutPeople(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Extract([]*corpus.Article{article("test", tt.paragraphs...)}, reg)
			checkInvariants(t, res)
			var got []want
			for _, st := range res.Statements {
				got = append(got, want{st.Kind, st.Text, st.SpeakerID, st.AffiliationID})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("statements of %q\n got %+v\nwant %+v", tt.paragraphs, got, tt.want)
			}
		})
	}
}

// TestPeopleDiscovery checks that people are found with their role and
// affiliation from titles and appositives alone.
func TestPeopleDiscovery(t *testing.T) {
	tests := []struct {
		text                  string
		id, role, affiliation string
	}{
		{"Turkish Foreign Minister Hakan Fidan said talks were possible.", "hakan-fidan", "Foreign Minister", "turkey"},
		{"Kremlin spokesperson Dmitry Peskov said talks were possible.", "dmitry-peskov", "spokesperson", "russia"},
		{"US President Donald Trump said talks were possible.", "donald-trump", "President", "united-states"},
		{"Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar said talks were possible.", "ishaq-dar", "Deputy Prime Minister and Foreign Minister", "pakistan"},
		{"Iran’s foreign minister, Abbas Araghchi, said talks were possible.", "abbas-araghchi", "foreign minister", "iran"},
		{"Kazem Gharibabadi, a senior member of the Iranian negotiating team, said talks were possible.", "kazem-gharibabadi", "senior member of the Iranian negotiating team", "iran"},
		{"Fu Cong, China’s permanent representative to the United Nations, said talks were possible.", "fu-cong", "China’s permanent representative to the United Nations", "china"},
		{"Esmaeil Baghaei, Iranian Ministry of Foreign Affairs spokesperson, said talks were possible.", "esmaeil-baghaei", "Iranian Ministry of Foreign Affairs spokesperson", "iran"},
		{"Adnan Hayajneh, a professor of international relations at Qatar University, said talks were possible.", "adnan-hayajneh", "professor of international relations at Qatar University", ""},
		{"Kaja Kallas, vice president of the European Commission, said talks were possible.", "kaja-kallas", "vice president of the European Commission", "european-union"},
		{"Saudi Arabia’s Crown Prince Mohammed bin Salman said talks were possible.", "mohammed-bin-salman", "Crown Prince", "saudi-arabia"},
		{"Kuwait’s newly appointed Foreign Minister, Sheikh Jarrah Jaber Al-Ahmad al-Sabah, said talks were possible.", "jarrah-jaber-al-ahmad-al-sabah", "newly appointed Foreign Minister", "kuwait"},
		{"US Special Envoy to the Middle East Steve Witkoff said talks were possible.", "steve-witkoff", "Special Envoy to the Middle East", "united-states"},
		{"Ali Shamkhani, an adviser to Iranian Supreme Leader Ayatollah Ali Khamenei, said talks were possible.", "ali-shamkhani", "adviser to Iranian Supreme Leader Ayatollah Ali Khamenei", "iran"},
		{"Oman's foreign minister, Badr bin Hamad al-Busaidi, said talks were possible.", "badr-bin-hamad-al-busaidi", "foreign minister", "oman"},
		{"Ali Vaez, Iran project director at the International Crisis Group, said talks were possible.", "ali-vaez", "Iran project director at the International Crisis Group", ""},
		{"Sanam Vakil of Chatham House said talks were possible.", "sanam-vakil", "Chatham House", ""},
		{"Pakistan’s Minister for Railways Omar Saeed Khan said talks were possible.", "omar-saeed-khan", "Minister for Railways", "pakistan"},
		{"Eva Lund, head of the Swedish Ministry of Defence press office, said talks were possible.", "eva-lund", "head of the Swedish Ministry of Defence press office", "sweden"},
		{"Jonas Berg, director of market analysis at Fjord Capital, said talks were possible.", "jonas-berg", "director of market analysis at Fjord Capital", ""},
		{"IAEA Director General Anders Lindqvist said talks were possible.", "anders-lindqvist", "IAEA Director General", "iaea"},
	}
	reg := withoutPeople(t)
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			res := Extract([]*corpus.Article{article("test", tt.text)}, reg)
			e, ok := res.Entities.Get(tt.id)
			if !ok {
				t.Fatalf("%s not discovered in %q", tt.id, tt.text)
			}
			if e.Kind != entity.Person || e.Role != tt.role || e.Affiliation != tt.affiliation {
				t.Errorf("got %s %q role %q affiliation %q, want person role %q affiliation %q", e.Kind, e.Name, e.Role, e.Affiliation, tt.role, tt.affiliation)
			}
			if len(res.Statements) != 1 || res.Statements[0].SpeakerID != tt.id {
				t.Errorf("statements %+v, want one by %s", res.Statements, tt.id)
			}
		})
	}
}

func TestPeopleAcrossArticles(t *testing.T) {
	arts := []*corpus.Article{
		article("a", "Turkish President Recep Tayyip Erdoğan said talks were possible.", "Erdoğan added that war was wrong."),
		article("b", "President Recep Tayyip Erdogan has warned that escalation could plunge the region into chaos."),
		article("c", "Iranian Foreign Minister Abbas Araqchi said talks were possible.", "Later, Iranian Foreign Minister Abbas Araghchi said talks were over."),
	}
	res := Extract(arts, withoutPeople(t))
	checkInvariants(t, res)
	ids := map[string]bool{}
	for _, st := range res.Statements {
		ids[st.SpeakerID] = true
	}
	for _, want := range []string{"recep-tayyip-erdogan", "abbas-araqchi"} {
		if !ids[want] {
			t.Errorf("no statement by %s; speakers %v", want, ids)
		}
	}
	if len(ids) != 2 {
		t.Errorf("speakers %v, want two people across spellings", ids)
	}
	e, _ := res.Entities.Get("recep-tayyip-erdogan")
	if e == nil || e.Affiliation != "turkey" {
		t.Errorf("Erdoğan: %+v, want affiliation turkey", e)
	}
	var aliases []string
	if e != nil {
		aliases = e.Aliases
	}
	for _, want := range []string{"Erdoğan", "Recep Tayyip Erdogan"} {
		found := false
		for _, a := range aliases {
			found = found || a == want
		}
		if !found {
			t.Errorf("aliases %q lack %q", aliases, want)
		}
	}
}

func TestPassageEntities(t *testing.T) {
	res := Extract([]*corpus.Article{article("a",
		"Turkish Foreign Minister Hakan Fidan met Pakistani Foreign Minister Ishaq Dar in Ankara.",
		"Fidan said Tehran was ready; Deputy PM Dar agreed.",
		"Turkish officials believe that talks could help.",
	)}, withoutPeople(t))
	want := [][]string{
		{"hakan-fidan", "ishaq-dar", "pakistan", "turkey"},
		{"hakan-fidan", "iran", "ishaq-dar"},
		{"turkey", "turkish-officials"},
	}
	if len(res.Passages) != len(want) {
		t.Fatalf("%d passages, want %d", len(res.Passages), len(want))
	}
	for i, p := range res.Passages {
		if !reflect.DeepEqual(p.Entities, want[i]) {
			t.Errorf("paragraph %d entities %v, want %v", i+1, p.Entities, want[i])
		}
	}
}

func TestResultEntities(t *testing.T) {
	res := Extract(builtinArticles(t), withoutPeople(t))
	for _, c := range []struct {
		id, affiliation string
		kind            entity.Kind
		alias           string
	}{
		{"hakan-fidan", "turkey", entity.Person, "Fidan"},
		{"ishaq-dar", "pakistan", entity.Person, "Dar"},
		{"adnan-hayajneh", "", entity.Person, "Hayajneh"},
		{"turkish-officials", "turkey", entity.Group, ""},
		{"iranian-army", "iran", entity.Organisation, ""},
	} {
		e, ok := res.Entities.Get(c.id)
		if !ok {
			t.Errorf("%s missing", c.id)
			continue
		}
		if e.Kind != c.kind || e.Affiliation != c.affiliation {
			t.Errorf("%s: %s affiliation %q, want %s %q", c.id, e.Kind, e.Affiliation, c.kind, c.affiliation)
		}
		if c.alias != "" {
			if r, ok := res.Entities.Resolve(c.alias); !ok || r.ID != c.id {
				t.Errorf("Resolve(%q) = %v, want %s", c.alias, r, c.id)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“A massive Armada is heading to Iran,” Trump wrote.",
		"Fu Cong, China’s envoy, told the UN: “Force cannot solve problems.” He urged calm.",
		"According to Iranian officials, Tehran said “no” and ‘maybe’, he added, “and yes”",
		"“unclosed quote, said Foreign Minister X Y",
	} {
		f.Add(s, "She said that it was “fine”.")
	}
	reg, err := entity.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, first, second string) {
		res := Extract([]*corpus.Article{article("fuzz", first, second)}, reg)
		for _, p := range res.Passages {
			for _, st := range p.Statements {
				text := p.Paragraph.Text
				if st.Start < 0 || st.End > len(text) || st.Start > st.End || text[st.Start:st.End] != st.Text {
					t.Fatalf("statement %q is not text[%d:%d] of %q", st.Text, st.Start, st.End, text)
				}
			}
		}
	})
}
