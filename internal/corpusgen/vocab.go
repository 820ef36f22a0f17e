package corpusgen

import "strings"

// The word lists sentences are built from, roughly most frequent first
// (see skewed). Together with invented proper names they give an index a
// vocabulary of thousands of terms with a long tail, like real news.
var (
	// topicNouns are what statements are about.
	topicNouns = strings.Fields(`sanctions talks negotiations enrichment uranium programme deal agreement
		ceasefire escalation diplomacy security stability sovereignty strikes missiles drones oil exports
		shipping tankers inspections inspectors centrifuges stockpile reactor facilities airspace borders
		mediation proposal framework guarantees assurances concessions demands ultimatum deadline
		retaliation deterrence aggression provocation interference blockade embargo tariffs markets prices
		supplies reserves pipelines refineries ports vessels warships carriers fleet bases troops militias
		proxies alliances partners neighbours refugees protesters prisoners detainees hostages casualties
		civilians infrastructure grid cyberattacks hackers satellites surveillance intelligence verification
		transparency compliance violations resolutions vetoes mandates envoys delegations summits channels
		backchannels intermediaries corridors convoys aid shortages inflation currency rial economy
		investment insurance premiums freight routes chokepoint straits waters patrols minesweepers
		exercises manoeuvres deployments reinforcements arsenal warheads launchers interceptors radars
		shelters evacuations embassies consulates visas flights airlines tourism pilgrims elections
		parliament clerics reformists hardliners judiciary executions rights freedoms censorship internet
		blackout journalists media broadcasts statements communiques memoranda protocols annexes timelines
		phases milestones benchmarks safeguards monitoring cameras seals samples traces isotopes
		thresholds breakout cascades enrichment-levels heavy-water plutonium fuel rods research licences
		waivers exemptions frozen-assets remittances banks transfers barter smuggling contraband`)

	// adjectives qualify nouns.
	adjectives = strings.Fields(`regional military diplomatic nuclear economic political serious direct
		indirect fragile lasting comprehensive limited immediate unconditional mutual bilateral multilateral
		international humanitarian strategic tactical credible dangerous reckless unacceptable constructive
		positive negative unprecedented significant modest substantial gradual rapid sudden renewed fresh
		previous current future possible unlikely urgent careful cautious firm clear vague ambiguous
		binding voluntary temporary permanent partial total broad narrow deep wider shared common
		sovereign legitimate illegal unilateral coordinated collective peaceful hostile aggressive
		defensive offensive proportionate disproportionate measured restrained heavy light costly
		sustainable volatile stable uncertain confident sceptical hopeful pessimistic optimistic
		maritime naval aerial coastal northern southern eastern western domestic foreign internal external
		technical legal financial commercial industrial civilian covert public private formal informal
		lengthy brief intense quiet discreet symbolic practical realistic ambitious balanced`)

	// verbsBase are transitive verbs in their base form, with their past
	// form after a slash.
	verbsBase = strings.Fields(`accept/accepted reject/rejected resume/resumed suspend/suspended
		expand/expanded reduce/reduced restore/restored lift/lifted impose/imposed tighten/tightened
		ease/eased extend/extended halt/halted support/supported oppose/opposed protect/protected
		defend/defended secure/secured monitor/monitored inspect/inspected verify/verified
		guarantee/guaranteed negotiate/negotiated finalise/finalised sign/signed ratify/ratified
		implement/implemented respect/respected violate/violated target/targeted strike/struck
		intercept/intercepted deploy/deployed withdraw/withdrew reinforce/reinforced escort/escorted
		block/blocked reopen/reopened close/closed delay/delayed accelerate/accelerated freeze/froze
		release/released transfer/transferred finance/financed review/reviewed revise/revised
		consider/considered explore/explored pursue/pursued abandon/abandoned revive/revived
		undermine/undermined strengthen/strengthened weaken/weakened isolate/isolated engage/engaged
		mediate/mediated facilitate/facilitated host/hosted convene/convened postpone/postponed
		document/documented investigate/investigated sanction/sanctioned pressure/pressured
		challenge/challenged contain/contained deter/deterred provoke/provoked tolerate/tolerated
		ignore/ignored welcome/welcomed embrace/embraced prepare/prepared rebuild/rebuilt
		evacuate/evacuated shelter/sheltered supply/supplied ship/shipped export/exported
		import/imported refine/refined stockpile/stockpiled enrich/enriched dismantle/dismantled`)

	// modals go before a base verb.
	modals = []string{
		"will", "would", "could", "should", "must", "might", "cannot", "will not", "would not",
		"is ready to", "is prepared to", "intends to", "plans to", "refuses to", "hopes to",
		"is willing to", "has no plan to",
	}

	// timeRefs say when.
	timeRefs = []string{
		"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
		"last week", "this week", "earlier this month", "late on Sunday", "in a televised address",
		"at a news conference", "in a statement", "in an interview", "after the meeting",
		"during a visit to the region", "in a post on X", "in remarks to parliament", "at the summit",
	}

	// reportVerbs introduce reported speech; each is in the extractor's
	// lexicon of speech verbs.
	reportVerbs = []string{
		"said", "warned", "stressed", "insisted", "argued", "noted", "added", "told reporters",
		"reiterated", "emphasised", "declared", "confirmed", "acknowledged", "suggested", "claimed",
		"maintained", "pointed out", "cautioned", "predicted", "explained",
	}

	// headlineVerbs are verbs in headlines, third person present.
	headlineVerbs = strings.Fields(`warns urges rejects backs seeks signals weighs eyes hails slams
		offers demands proposes rules-out defends questions pledges vows calls-for presses`)

	// events happen somewhere and affect people.
	events = []string{
		"Fighting", "Shelling", "The blockade", "Unrest", "The power outage", "Flooding",
		"The drone campaign", "The closure of the border", "The port fire", "The strike",
	}

	// headings are section headings inside articles.
	headings = []string{
		"What happens next?", "The diplomatic track", "Oil markets react", "Regional reactions",
		"What is at stake", "Background", "The view from %s", "Military build-up", "Shipping in the Gulf",
		"The sanctions question", "Voices from %s", "Analysis", "Timeline of the crisis", "Inside the talks",
		"Economic fallout", "Humanitarian concerns", "What the experts say", "%s’s position",
	}
)
