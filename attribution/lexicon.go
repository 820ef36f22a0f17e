package attribution

import "strings"

// verbFlags describe how a speech verb reports speech.
type verbFlags uint16

const (
	// clausal verbs report a clause: "said (that) talks were possible".
	// The statement is the clause. Other verbs report an act ("urged all
	// sides to …", "praised Ankara’s efforts"): the statement starts at
	// the verb.
	clausal verbFlags = 1 << iota
	// needsThat verbs count only before a that-clause ("officials believe
	// that …"), never on their own ("continues to maintain its arsenal").
	needsThat
	// weak verbs have other senses ("added 1,000 drones", "wrote a
	// letter"): they count only before that, a quote, a colon, a comma or
	// the end of the sentence, or just after a quote.
	weak
	// nounLike verbs are also nouns in their base form ("a call", "a
	// post"): the base and -s forms count only before that or a particle.
	nounLike
	// objectFirst verbs may take an object before their that-clause
	// ("told reporters that", "warned Washington that").
	objectFirst
	// negating verbs deny what they report: the statement keeps the verb
	// ("denied that it was seeking weapons"), or it would say the opposite.
	negating
	// namesQuoted verbs with particles count without them when they name
	// something with a quoted term: "called the strike “reckless”".
	namesQuoted
	// toSpeak verbs count only before "to", a verb of speaking and a
	// question word: "declined to say whether …", "refused to explain
	// why …".
	toSpeak
)

// verbEntry is one speech verb lemma with its forms.
type verbEntry struct {
	lemma string
	// forms lists base, third person, past (and past participle when it
	// differs), and -ing forms, separated by spaces.
	forms string
	flags verbFlags
	// particles, when set, must follow the verb: "pointed out", "called on".
	particles string
}

// speechVerbEntries returns the verbs that report speech, more than forty
// lemmas with their inflections.
func speechVerbEntries() []verbEntry {
	return []verbEntry{
		{"say", "say says said saying", clausal, ""},
		{"tell", "tell tells told telling", clausal | weak | objectFirst, ""},
		{"write", "write writes wrote written writing", clausal | weak, ""},
		{"warn", "warn warns warned warning", clausal | objectFirst, ""},
		{"stress", "stress stresses stressed stressing", clausal | nounLike, ""},
		{"urge", "urge urges urged urging", objectFirst, ""},
		{"add", "add adds added adding", clausal | weak, ""},
		{"insist", "insist insists insisted insisting", clausal, ""},
		{"emphasise", "emphasise emphasises emphasised emphasising", clausal, ""},
		{"emphasize", "emphasize emphasizes emphasized emphasizing", clausal, ""},
		{"reiterate", "reiterate reiterates reiterated reiterating", clausal, ""},
		{"underscore", "underscore underscores underscored underscoring", clausal | nounLike, ""},
		{"underline", "underline underlines underlined underlining", clausal, ""},
		{"announce", "announce announces announced announcing", clausal, ""},
		{"confirm", "confirm confirms confirmed confirming", clausal, ""},
		{"state", "state states stated stating", clausal | nounLike, ""},
		{"note", "note notes noted noting", clausal | nounLike, ""},
		{"argue", "argue argues argued arguing", clausal, ""},
		{"claim", "claim claims claimed claiming", clausal | nounLike, ""},
		{"declare", "declare declares declared declaring", clausal, ""},
		{"explain", "explain explains explained explaining", clausal, ""},
		{"describe", "describe describes described describing", 0, ""},
		{"call", "call calls called calling", nounLike | namesQuoted, "on upon for"},
		{"label", "label labels labelled labeled labelling labeling", nounLike | namesQuoted, "as"},
		{"dub", "dub dubs dubbed dubbing", namesQuoted, "as"},
		{"praise", "praise praises praised praising", nounLike, ""},
		{"hail", "hail hails hailed hailing", 0, ""},
		{"condemn", "condemn condemns condemned condemning", 0, ""},
		{"denounce", "denounce denounces denounced denouncing", 0, ""},
		{"decry", "decry decries decried decrying", 0, ""},
		{"slam", "slam slams slammed slamming", nounLike, ""},
		{"blast", "blast blasts blasted blasting", nounLike, ""},
		{"lambast", "lambast lambasts lambasted lambasting lambaste lambastes", 0, ""},
		{"rebuke", "rebuke rebukes rebuked rebuking", nounLike, ""},
		{"deplore", "deplore deplores deplored deploring", 0, ""},
		{"brand", "brand brands branded branding", nounLike, ""},
		{"criticise", "criticise criticises criticised criticising", 0, ""},
		{"criticize", "criticize criticizes criticized criticizing", 0, ""},
		{"reject", "reject rejects rejected rejecting", negating, ""},
		{"dismiss", "dismiss dismisses dismissed dismissing", negating, ""},
		{"refute", "refute refutes refuted refuting", negating, ""},
		{"deny", "deny denies denied denying", negating, ""},
		{"accuse", "accuse accuses accused accusing", 0, ""},
		{"blame", "blame blames blamed blaming", nounLike, ""},
		{"express", "express expresses expressed expressing", 0, ""},
		{"convey", "convey conveys conveyed conveying", clausal, ""},
		{"signal", "signal signals signalled signaled signalling signaling", clausal | nounLike, ""},
		{"pledge", "pledge pledges pledged pledging", clausal | nounLike, ""},
		{"vow", "vow vows vowed vowing", clausal | nounLike, ""},
		{"promise", "promise promises promised promising", clausal | nounLike, ""},
		{"propose", "propose proposes proposed proposing", 0, ""},
		{"believe", "believe believes believed believing", clausal, ""},
		{"think", "think thinks thought thinking", clausal, ""},
		{"fear", "fear fears feared fearing", clausal, ""},
		{"expect", "expect expects expected expecting", clausal | needsThat, ""},
		{"hope", "hope hopes hoped hoping", clausal | needsThat, ""},
		{"maintain", "maintain maintains maintained maintaining", clausal | needsThat, ""},
		{"suggest", "suggest suggests suggested suggesting", clausal, ""},
		{"assert", "assert asserts asserted asserting", clausal, ""},
		{"highlight", "highlight highlights highlighted highlighting", clausal | nounLike, ""},
		{"point", "point points pointed pointing", clausal, "out"},
		{"acknowledge", "acknowledge acknowledges acknowledged acknowledging", clausal, ""},
		{"admit", "admit admits admitted admitting", clausal, ""},
		{"tweet", "tweet tweets tweeted tweeting", clausal | weak | nounLike, ""},
		{"post", "post posts posted posting", clausal | weak | nounLike, ""},
		{"ask", "ask asks asked asking", objectFirst, ""},
		{"demand", "demand demands demanded demanding", nounLike, ""},
		{"threaten", "threaten threatens threatened threatening", 0, ""},
		{"welcome", "welcome welcomes welcomed welcoming", nounLike, ""},
		{"thank", "thank thanks thanked thanking", nounLike, ""},
		{"reaffirm", "reaffirm reaffirms reaffirmed reaffirming", clausal, ""},
		{"affirm", "affirm affirms affirmed affirming", clausal, ""},
		{"assure", "assure assures assured assuring", clausal | objectFirst, ""},
		{"caution", "caution cautions cautioned cautioning", clausal | objectFirst | nounLike, ""},
		{"predict", "predict predicts predicted predicting", clausal, ""},
		{"reveal", "reveal reveals revealed revealing", clausal | needsThat, ""},
		{"report", "report reports reported reporting", clausal | needsThat | nounLike, ""},
		{"recall", "recall recalls recalled recalling", clausal | needsThat, ""},
		{"reply", "reply replies replied replying", clausal | weak, ""},
		{"respond", "respond responds responded responding", clausal | needsThat, ""},
		{"remark", "remark remarks remarked remarking", clausal | nounLike, ""},
		{"comment", "comment comments commented commenting", clausal | needsThat | nounLike, ""},
		{"observe", "observe observes observed observing", clausal | needsThat, ""},
		{"agree", "agree agrees agreed agreeing", clausal | needsThat, ""},
		{"conclude", "conclude concludes concluded concluding", clausal | needsThat, ""},
		{"inform", "inform informs informed informing", clausal | objectFirst | needsThat, ""},
		{"remind", "remind reminds reminded reminding", clausal | objectFirst | needsThat, ""},
		{"persuade", "persuade persuades persuaded persuading", objectFirst, ""},
		{"appeal", "appeal appeals appealed appealing", nounLike, "to for"},
		{"oppose", "oppose opposes opposed opposing", 0, ""},
		{"view", "view views viewed viewing", 0, "as"},
		{"voice", "voice voices voiced voicing", nounLike, ""},
		{"indicate", "indicate indicates indicated indicating", clausal | needsThat, ""},
		{"contend", "contend contends contended contending", clausal, ""},
		{"allege", "allege alleges alleged alleging", clausal | needsThat, ""},
		{"decline", "decline declines declined declining", negating | toSpeak, "to"},
		{"refuse", "refuse refuses refused refusing", negating | toSpeak, "to"},
	}
}

// speechNouns are nouns that report speech after a light verb: "has made
// similar pledges not to allow …", "issued a warning that …".
func isSpeechNoun(w string) bool {
	switch w {
	case "pledge", "pledges", "promise", "promises", "vow", "vows", "warning", "warnings",
		"assurance", "assurances", "commitment", "commitments", "appeal", "appeals", "call", "calls",
		"threat", "threats", "demand", "demands", "statement", "statements":
		return true
	}
	return false
}

// isLightVerb reports whether w, before a speech noun, makes it a report of
// speech: "made pledges", "issued a statement".
func isLightVerb(w string) bool {
	switch w {
	case "made", "make", "makes", "issued", "issue", "issues", "gave", "give", "gives", "given",
		"repeated", "renewed", "reiterated", "extended", "offered", "delivered":
		return true
	}
	return false
}

// verbForm is the grammatical form of a verb token.
type verbForm uint8

const (
	baseForm verbForm = iota
	thirdForm
	pastForm
	ingForm
)

// verbSense is a speech verb form found in a text.
type verbSense struct {
	entry *verbEntry
	form  verbForm
}

// lexicon holds the word lists the extractor looks words up in. It is
// built once per extraction and only read afterwards.
type lexicon struct {
	verbs map[string]verbSense
}

func newLexicon() *lexicon {
	entries := speechVerbEntries()
	lx := &lexicon{verbs: make(map[string]verbSense, len(entries)*4)}
	for i := range entries {
		e := &entries[i]
		forms := strings.Fields(e.forms)
		for j, f := range forms {
			form := pastForm
			switch {
			case j == 0:
				form = baseForm
			case j == 1:
				form = thirdForm
			case strings.HasSuffix(f, "ing"):
				form = ingForm
			}
			if _, dup := lx.verbs[f]; !dup {
				lx.verbs[f] = verbSense{entry: e, form: form}
			}
		}
	}
	return lx
}

// isTitleWord reports whether a folded word belongs to an office or title
// written before a name ("Deputy Prime Minister", "army commander").
func isTitleWord(w string) bool {
	if isRoleHead(w) || isHonorific(w) {
		return true
	}
	switch w {
	case "vice", "prime", "deputy", "foreign", "defence", "defense", "interior", "finance", "economy",
		"justice", "energy", "oil", "trade", "state", "special", "permanent", "chief", "general",
		"supreme", "crown", "national", "security", "armed", "forces", "army", "military", "navy",
		"naval", "air", "force", "guard", "guards", "corps", "council", "cabinet", "affairs",
		"international", "assistant", "under", "top", "senior", "former", "acting", "newly",
		"appointed", "incoming", "outgoing", "press", "media", "office", "ministry", "nuclear",
		"atomic", "agency", "high", "policy", "foreign-policy", "political", "executive", "revolutionary",
		"islamic", "joint", "staff", "central", "bank", "parliament", "parliamentary", "house",
		"white", "defense-ministry", "pm", "fm", "deputy-pm", "intelligence", "regional", "strategic",
		"lead", "team", "legal", "public", "relations", "arms", "control", "human", "rights",
		"upper", "lower", "majority", "minority", "party", "opposition", "russian-born", "hardline",
		"rear", "lieutenant", "brigadier", "vice-admiral", "major-general", "lieutenant-general",
		"information", "culture", "health", "education", "transport", "communications", "agriculture",
		"industry", "labour", "labor", "tourism", "housing", "environment", "planning", "commerce",
		"economic", "religious", "petroleum", "water", "electricity", "infrastructure", "tourist",
		"treasury", "homeland", "war":
		return true
	}
	return false
}

// isRoleHead reports whether w names an office or occupation: the head of
// a title or of an appositive ("a senior member of …").
func isRoleHead(w string) bool {
	if isIndependentRole(w) {
		return true
	}
	switch w {
	case "president", "minister", "secretary", "chancellor", "spokesperson", "spokesman",
		"spokeswoman", "ambassador", "envoy", "representative", "commander", "director",
		"director-general", "secretary-general", "head", "leader", "prince", "king", "queen",
		"emir", "sultan", "senator", "congressman", "congresswoman", "lawmaker", "mp", "speaker",
		"chairman", "chairwoman", "chairperson", "chair", "adviser", "advisor", "negotiator",
		"diplomat", "governor", "mayor", "official", "officer", "member", "commissioner",
		"coordinator", "general", "admiral", "marshal", "colonel", "brigadier", "major", "captain",
		"premier", "vice-president", "deputy", "ceo", "founder", "cleric", "attorney", "judge",
		"chief", "aide", "counsellor", "counselor", "undersecretary", "under-secretary", "consul",
		"attache", "delegate", "mediator", "inspector", "monarch", "ruler", "pm", "fm", "counterpart":
		return true
	}
	return false
}

// isIndependentRole reports whether w is an occupation that speaks for no
// state or organisation: an expert's, not an official's.
func isIndependentRole(w string) bool {
	switch w {
	case "professor", "analyst", "expert", "researcher", "fellow", "scholar", "lecturer",
		"academic", "economist", "journalist", "correspondent", "historian", "specialist",
		"strategist", "consultant", "commentator", "observer", "author", "editor", "columnist",
		"writer", "scientist", "lawyer", "activist", "trader", "broker":
		return true
	}
	return false
}

// isIndependentField reports whether w names work whose people speak
// for no one, even at a bank or company: "head of commodities research",
// "director of market analysis".
func isIndependentField(w string) bool {
	switch w {
	case "research", "analysis", "analytics", "forecasting":
		return true
	}
	return false
}

// isSpokesperson reports whether w names someone whose office is to speak
// for a body: "a spokesperson for …", "a representative of …".
func isSpokesperson(w string) bool {
	switch w {
	case "spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "spokesmen":
		return true
	}
	return false
}

// isCorporateRole reports whether w ends the title of an officer of a
// business, who speaks for the body named after "of": "chief executive of
// Norsea Tankers", "chief financial officer of NordAir".
func isCorporateRole(w string) bool {
	switch w {
	case "executive", "officer", "ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "owner",
		"manager", "partner", "director", "president", "vice-president", "head":
		return true
	}
	return false
}

// isPortfolioHolder reports whether w holds an office named after its
// field: "Minister for Railways", "Secretary of Commerce".
func isPortfolioHolder(w string) bool {
	switch w {
	case "minister", "secretary", "commissioner", "ministers":
		return true
	}
	return false
}

// isSpeakingVerb reports whether w, after "declined to", is a verb of
// speaking: "declined to say", "refused to comment".
func isSpeakingVerb(w string) bool {
	switch w {
	case "say", "comment", "confirm", "discuss", "elaborate", "specify", "disclose", "reveal",
		"name", "identify", "answer", "give", "speculate", "deny", "explain", "detail":
		return true
	}
	return false
}

// isCommercialNoun reports whether w names a kind of business: a body so
// described speaks for itself whatever country its demonym names
// ("Danish shipping group A.P. Moller-Maersk").
func isCommercialNoun(w string) bool {
	switch w {
	case "company", "firm", "group", "operator", "owner", "carrier", "airline", "insurer", "consultancy",
		"giant", "lender", "producer", "refiner", "manufacturer", "maker", "exporter", "conglomerate",
		"broker", "trader", "shipper", "bank", "corporation", "conglomerates", "firms", "companies":
		return true
	}
	return false
}

// isGroupingNoun reports whether w names a body by what it groups ("the
// bloc", "the alliance"), so that it may stand for the organisation named
// last even though the organisation's name lacks the word.
func isGroupingNoun(w string) bool {
	switch w {
	case "bloc", "alliance", "organisation", "organization", "union", "league":
		return true
	}
	return false
}

// isPrivateOccupation reports whether w names what a private person does
// or is, written after a name as "a taxi driver", "a mother of three": such
// a person speaks for no state or body.
func isPrivateOccupation(w string) bool {
	switch w {
	case "driver", "teacher", "schoolteacher", "student", "shopkeeper", "farmer", "resident", "mother",
		"father", "nurse", "engineer", "worker", "vendor", "merchant", "businessman", "businesswoman",
		"fisherman", "retiree", "pensioner", "mechanic", "labourer", "laborer", "housewife", "widow",
		"veteran", "refugee", "pilgrim", "trucker", "baker", "grocer", "tailor", "carpenter",
		"shop-owner", "homeowner", "villager", "volunteer", "survivor", "sailor", "seafarer", "captain",
		"shipowner", "trader":
		return true
	}
	return false
}

// isArmedGroupNoun reports whether w names armed men outside a state's
// forces: "Iraqi militias" speak for themselves, not for Iraq.
func isArmedGroupNoun(w string) bool {
	switch w {
	case "militias", "factions", "militants", "fighters", "rebels", "insurgents", "gunmen":
		return true
	}
	return false
}

// isHonorific reports whether w is a courtesy or religious title written
// before a name and not part of it.
func isHonorific(w string) bool {
	switch w {
	case "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame", "lord",
		"sheikh", "sheikha", "shaikh", "sayyid", "seyed", "seyyed", "sayed", "sayyed", "ayatollah", "hojatoleslam",
		"imam", "rabbi", "pope", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "adm",
		"adm.", "brig", "brig.", "capt", "capt.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "hon",
		"cdr", "cdr.", "cmdr", "cmdr.", "sgt", "sgt.", "cpl", "cpl.", "lieut", "lieut.", "amb", "amb.":
		return true
	}
	return false
}

// isNameParticle reports whether w may stand inside a personal name in
// lower case: "Mohammed bin Salman", "Ursula von der Leyen".
func isNameParticle(w string) bool {
	switch w {
	case "bin", "bint", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "la", "le", "du", "dos", "del", "ul",
		"den", "ten", "ter", "des", "zu":
		return true
	}
	return false
}

// isPersonNoun reports whether w, as the head of a noun phrase, names
// people who speak: a collective ("Turkish officials") or one unnamed
// person ("a Greek diplomat").
func isPersonNoun(w string) bool {
	if isIndependentNoun(w) || isPoliticalCamp(w) || isCollectiveNoun(w) {
		return true
	}
	switch w {
	case "officials", "commanders", "diplomats", "official", "diplomat", "leaders", "lawmakers",
		"ministers", "negotiators", "envoys", "representatives", "generals", "members", "spokespeople",
		"officers", "authorities", "mediators", "aides", "advisers", "advisors", "monarchies",
		"spokesperson", "spokesman", "spokeswoman", "negotiator", "aide", "adviser", "advisor",
		"militants", "fighters", "rebels", "troops", "soldiers", "police", "militias", "factions",
		"insurgents", "gunmen":
		return true
	}
	return false
}

// isPoliticalCamp reports whether w names a camp within a country's
// politics ("Iranian hardliners", "reformists"): it speaks for itself,
// never for the state, whatever demonym it carries.
func isPoliticalCamp(w string) bool {
	switch w {
	case "hardliners", "reformists", "conservatives", "moderates", "principlists", "hawks", "doves":
		return true
	}
	return false
}

// isCollectiveNoun reports whether w names countries or sides as a set,
// which "the three countries" or "both sides" refers back to.
func isCollectiveNoun(w string) bool {
	switch w {
	case "countries", "states", "nations", "powers", "parties", "governments", "capitals", "allies":
		return true
	}
	return false
}

// isIndependentNoun reports whether a collective speaks for no state:
// analysts, experts, observers.
func isIndependentNoun(w string) bool {
	switch w {
	case "analysts", "experts", "observers", "critics", "residents", "protesters", "activists",
		"scholars", "economists", "researchers", "analyst", "expert", "observer", "sources", "source", "insiders", "insider",
		"traders", "investors", "executives", "bankers", "shippers", "witnesses", "doctors", "medics",
		"groups", "campaigners", "organisations", "organizations", "ngos", "trader", "investor",
		"executive", "banker", "witness", "resident", "activist", "campaigner", "people", "person",
		"brokers", "broker", "dealers", "dealer", "shipowners", "shipowner":
		return true
	}
	return false
}

// isIndependentBody reports whether w names a kind of body whose staff
// speak for no state (a university, an institute, a foundation) or is the
// distinctive word of a well-known think tank (Chatham House, the
// International Crisis Group, Brookings, Carnegie, RAND).
func isIndependentBody(w string) bool {
	switch w {
	case "university", "institute", "institution", "foundation", "college", "school", "academy",
		"forum", "crisis", "brookings", "carnegie", "rand", "chatham", "center", "centre", "consultancy", "tank":
		return true
	}
	return false
}

// isSpeechDocument reports whether w names a document that "says"
// something on its issuer's behalf: "the statement said".
func isSpeechDocument(w string) bool {
	switch w {
	case "statement", "communique", "release", "readout", "declaration", "letter", "note", "report":
		return true
	}
	return false
}

// isMediumNoun reports whether w names a medium through which a body
// speaks: "the Kremlin website".
func isMediumNoun(w string) bool {
	switch w {
	case "website", "account", "channel", "page", "feed", "handle", "site":
		return true
	}
	return false
}

// isAudience reports whether w names whom a speaker tells something:
// "told reporters", "told parliament".
func isAudience(w string) bool {
	switch w {
	case "reporters", "journalists", "correspondents", "parliament", "lawmakers", "media", "press",
		"television", "tv", "radio", "broadcaster", "newspaper", "agency", "audience", "crowd",
		"supporters", "cabinet", "council", "delegates", "students", "listeners", "viewers":
		return true
	}
	return false
}

// isBodyNoun reports whether w is a common noun for an organisation, which
// after "the" stands for the organisation that spoke last: "the company".
func isBodyNoun(w string) bool {
	switch w {
	case "company", "firm", "operator", "organisation", "organization", "group", "agency",
		"owner", "carrier", "airline", "insurer", "consultancy", "body", "watchdog", "outlet", "broadcaster",
		"newspaper", "daily", "magazine", "website", "network", "channel", "station", "publication",
		"bloc", "alliance", "council", "commission", "union", "league", "fund",
		"giant", "lender", "producer", "refiner", "manufacturer", "maker", "exporter", "conglomerate",
		"movement", "militia", "faction", "factions", "militias", "party", "parties":
		return true
	}
	return false
}

// isStateNoun reports whether w, after a country's name or demonym, stands
// for the state itself: "the Iranian leadership", "Pakistan's government".
func isStateNoun(w string) bool {
	switch w {
	case "leadership", "government", "authorities", "regime", "administration", "state", "side", "establishment":
		return true
	}
	return false
}

// isInstitutionHead reports whether w heads the name of an institution
// that issues statements: "Ministry of Foreign Affairs", "Iranian army".
func isInstitutionHead(w string) bool {
	switch w {
	case "ministry", "office", "council", "command", "department", "army", "military", "navy",
		"commission", "agency", "parliament", "embassy", "mission", "corps", "guard", "guards",
		"court", "organisation", "organization", "presidency", "cabinet", "secretariat", "forces",
		"committee", "assembly", "wing", "service", "bureau", "media", "headquarters",
		"staff", "house", "kremlin", "pentagon", "palace", "majlis", "senate", "congress",
		"foreign-ministry", "government", "authority", "centre", "center", "institute", "bank", "alliance",
		"coalition", "group", "movement", "union", "league", "fund", "programme", "program", "force",
		"television", "tv", "radio", "broadcaster", "newspaper", "daily", "channel", "outlet",
		"association", "federation", "confederation", "chamber", "corporation", "society", "airways",
		"airlines", "company", "consortium", "party", "democrats", "republicans", "conservatives",
		"socialists", "greens", "front", "bloc":
		return true
	}
	return false
}

// isGovernmental reports whether a role or institution word belongs to a
// state, so that a speaker with no stated country may take the country
// of the context.
func isGovernmental(w string) bool {
	switch w {
	case "president", "minister", "secretary", "chancellor", "spokesperson", "spokesman",
		"spokeswoman", "ambassador", "envoy", "representative", "commander", "prince", "king",
		"queen", "emir", "sultan", "senator", "lawmaker", "mp", "speaker", "adviser", "advisor",
		"negotiator", "diplomat", "governor", "official", "officer", "admiral", "leader",
		"premier", "deputy", "army", "military", "navy", "ministry", "office", "cabinet", "government",
		"presidency", "forces", "guard", "corps", "embassy", "consul", "aide", "monarch", "ruler",
		"colonel", "brigadier", "marshal", "officials", "commanders", "diplomats", "authorities",
		"leadership", "regime", "administration", "parliament", "foreign", "defence", "defense", "pm", "fm",
		"department", "secretariat", "ayatollah", "hojatoleslam", "counterpart", "authority",
		"gen", "gen.", "adm", "adm.", "brig", "brig.", "col", "col.", "lt", "lt.", "maj", "maj.",
		"cdr", "cdr.", "cmdr", "cmdr.", "general", "lieutenant":
		return true
	}
	return false
}

// isPronoun reports whether w is a personal or relative pronoun that may
// stand for a speaker.
func isPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i", "who", "which":
		return true
	}
	return false
}

// isDeterminer reports whether w opens a noun phrase, so that a following
// word is a noun rather than a verb ("a call", "the post").
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these",
		"those", "every", "each", "no", "any", "some", "such", "another", "what":
		return true
	}
	return false
}

// isPreposition reports whether w is a preposition.
func isPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "during", "after", "before", "via", "through", "to", "with", "for",
		"of", "from", "by", "about", "over", "under", "into", "onto", "amid", "across", "against",
		"late", "earlier", "last", "this", "on-air", "upon", "following", "while", "when":
		return true
	}
	return false
}

// isAuxiliary reports whether w is an auxiliary, modal or adverb that may
// stand between a subject and its verb ("has reportedly proposed").
func isAuxiliary(w string) bool {
	return isListedAuxiliary(w) || lyWord(w)
}

// isListedAuxiliary reports whether w is one of the auxiliaries, modals
// and adverbs listed by name, not guessed from an -ly ending.
func isListedAuxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "also", "again", "further", "then", "later", "earlier", "already",
		"once", "repeatedly", "reportedly", "publicly", "privately", "previously", "recently",
		"separately", "similarly", "likewise", "will", "would", "could", "can", "may", "might",
		"should", "must", "did", "does", "do", "not", "never", "still", "even", "only", "first",
		"initially", "subsequently", "meanwhile", "too", "always", "often", "swiftly",
		"strongly", "firmly", "quickly", "immediately", "openly", "explicitly", "directly",
		"reiteratedly", "categorically", "flatly", "sharply", "bluntly", "clearly", "simply",
		"now", "today", "yesterday", "allegedly", "apparently", "insistently", "angrily", "jointly":
		return true
	}
	return false
}

// lyWord reports whether w ends in -ly like an adverb ("reportedly"), a
// guess that a given name such as "Vassily" or "Anatoly" also passes.
func lyWord(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// isCatenative reports whether w, followed by "to", lets a speech verb
// keep the subject before it: "are attempting to persuade".
func isCatenative(w string) bool {
	switch w {
	case "attempting", "trying", "seeking", "sought", "tried", "attempted", "wants", "want",
		"wanted", "hopes", "hoped", "is", "are", "was", "were", "moved", "went", "continued",
		"continues", "began", "begins", "planned", "plans", "intends", "intended", "expected", "sure", "likely":
		return true
	}
	return false
}

// isBeVerb reports whether w is a form of "to be", which before a past
// participle makes it passive ("was described as").
func isBeVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "am":
		return true
	}
	return false
}

// isClauseJoin reports whether w joins two clauses, so that a speech verb
// after it (with or without its own subject) starts a new statement.
func isClauseJoin(w string) bool {
	switch w {
	case "and", "but", "although", "though", "while", "whereas", "as", "yet", "even", "because", "since", "when", "after":
		return true
	}
	return false
}

// isQuantifier reports whether w counts or picks from a group ("Several
// Gulf states"); it is not part of the group's name.
func isQuantifier(w string) bool {
	switch w {
	case "several", "some", "many", "most", "few", "all", "other", "both", "two", "three", "four",
		"various", "numerous", "certain", "multiple", "top", "senior", "unnamed", "anonymous":
		return true
	}
	return false
}

// isCalendarWord reports whether a capitalised word is a day or a month,
// not part of a name.
func isCalendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// isFunctionWord reports whether a capitalised word is a function word
// that starts a sentence, never part of a name.
func isFunctionWord(w string) bool {
	if isDeterminer(w) || isPreposition(w) || isPronoun(w) || isClauseJoin(w) || isAuxiliary(w) {
		return true
	}
	switch w {
	case "according", "speaking", "besides", "beyond", "despite", "however", "there", "if",
		"both", "several", "experts", "observers", "reflecting", "as", "so", "unlike", "like", "for",
		"what", "why", "how", "where", "who", "whose", "related", "also", "advertisement", "read":
		return true
	}
	return false
}

// datelineCities maps cities that open wire datelines but are no seat of
// government the registry knows ("QUETTA:", "KARACHI —") to their
// country. They name the country an article is written from, never a
// speaker, so they are kept here rather than as seats in the registry.
// Cities that host international bodies (Geneva, New York) are left
// out: an article datelined there is seldom about their country.
var datelineCities = map[string]string{
	"quetta": "pakistan", "karachi": "pakistan", "lahore": "pakistan", "peshawar": "pakistan",
	"herat": "afghanistan", "kandahar": "afghanistan",
	"dubai": "united-arab-emirates", "jeddah": "saudi-arabia", "dhahran": "saudi-arabia",
	"istanbul": "turkey", "basra": "iraq", "erbil": "iraq",
	"mumbai": "india",
}
