package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestFindInQuery(t *testing.T) {
	r := builtin(t)
	tests := []struct{ name, q, want string }{
		{"lower-case name", "turkey position", "turkey=turkey/name"},
		{"possessive", "What is Turkey's position?", "Turkey=turkey/name"},
		{"demonym", "What does the German chancellor think of Iran's government?", "German=germany/demonym Iran=iran/name"},
		{"acronym that is a word, capitals", "What did the US say?", "US=united-states/alias"},
		{"acronym that is a word, lower case", "tell us what iran said", "iran=iran/name"},
		{"acronym that is not a word", "what did the eu and the un say", "eu=european-union/alias un=united-nations/alias"},
		{"acronym capitalised like a name is part of a name", "What did Kim Jong Un say?", ""},
		{"acronyms", "Did the EU designate the IRGC?", "EU=european-union/alias IRGC=irgc/alias"},
		{"UNHRC", "Who voted against the UNHRC resolution?", "UNHRC=un-human-rights-council/alias"},
		{"UAE", "Will the UAE allow a strike from its territory?", "UAE=united-arab-emirates/alias"},
		{"surname", "What did Peskov say?", "Peskov=dmitry-peskov/surname"},
		{"surname lower case", "fidan", "fidan=hakan-fidan/surname"},
		{"fuzzy 7 letters one edit", "What did Araghci say about threats?", "Araghci=abbas-araghchi/surname~"},
		{"fuzzy lower case", "araghci", "araghci=abbas-araghchi/surname~"},
		{"fuzzy 6 letters", "Erdgan", "Erdgan=recep-tayyip-erdogan/surname~"},
		{"fuzzy 10 letters", "what did pezeshkyan say", "pezeshkyan=masoud-pezeshkian/surname~"},
		{"another transliteration", "What did Arakçi say about threats?", "Arakçi=abbas-araghchi/surname~"},
		{"another transliteration, with a letter of its own", "what did pezeşkiyan say", "pezeşkiyan=masoud-pezeshkian/surname~"},
		{"fuzzy swap", "Iranain officials", "Iranain=iran/demonym~"},
		{"fuzzy two edits for 8+", "Pakistanni and Pakkistanni", "Pakistanni=pakistan/demonym~ Pakkistanni=pakistan/demonym~"},
		{"two edits too many for 7", "Aragchy", ""},
		{"three edits too many for 8+", "Pezshkyen", ""},
		{"no fuzzy for short words", "Iram Omen Chdx", ""},
		{"common words never fuzzy", "what did they say about their position", ""},
		{"common word near a name", "parts of the child", ""},
		{"country fuzzy", "what did Pakistn say", "Pakistn=pakistan/name~"},
		{"seat fuzzy", "Tehrann and Ankra", "Tehrann=iran/seat~ Ankra=turkey/seat~"},
		{"no entity", "What is the weather like?", ""},
		{"Brazil", "What is Brazil's position?", "Brazil=brazil/name"},
		{"the Kremlin", "what does the kremlin say", "kremlin=russia/seat"},
		{"first name of a known person", "what did hakan say", "hakan=hakan-fidan/name"},
		{"a continent's adjective is no slip for an organisation", "which South Asian country sent an official", ""},
		{"acronym that is a word after the", "what did the us president say", "us=united-states/alias"},
		{"acronym that is a word before a word of its state", "us defense secretary on iran", "us=united-states/alias iran=iran/name"},
		{"acronym that is a word as the object of a verb", "can you give us military details", ""},
		{"acronym that is a word next to a name", "iran us tensions and us iran talks", "iran=iran/name us=united-states/alias us=united-states/alias iran=iran/name"},
		{"acronym that is a word as the word", "tell us what iran said", "iran=iran/name"},
		{"acronym that is a word joined to a name", "iran vs us and iran and us talks", "iran=iran/name us=united-states/alias iran=iran/name us=united-states/alias"},
		{"acronym that is a word after a word joined to a name", "did iran tell us", "iran=iran/name"},
		{"organisation's acronym that is a word next to a name", "unhrc resolution iran who voted no", "unhrc=un-human-rights-council/alias iran=iran/name"},
		{"possessive without apostrophe", "brazils positon on iran", "brazils=brazil/name iran=iran/name"},
		{"tail of an organisation's name", "who on the geneva rights council voted no", "rights council=un-human-rights-council/tail~"},
		{"tail of an organisation's name, a word singular", "which country vote against the human right council resolution", "right council=un-human-rights-council/tail~"},
		{"no tail starts with of or the", "what did the eu decide", "eu=european-union/alias"},
		{"no tail of a name whose head comes first", "the human rights counsel", ""},
		{"possessive without apostrophe, two words", "the european unions decision", "european unions=european-union/name"},
		{"plural of a demonym", "what do iranians think", "iranians=iran/demonym"},
		{"four letters, one dropped from five", "wat did chna say", "chna=china/name~"},
		{"four letters, one changed", "Iram", ""},
		{"two short words, one slip from a name of two", "What did Wamg Yi say at the UN?", "Wamg Yi=wang-yi/name~ UN=united-nations/alias"},
		{"two common words are no name", "what did he vow to do", ""},
		{"five letters, one changed from an alias", "What did Gen. Caine say?", ""},
		{"five letters, two after the first swapped in an alias", "who votted against the UHNRC resolution", "UHNRC=un-human-rights-council/alias~"},
		{"four letters, two after the first swapped", "How many drones did Iarn add?", "Iarn=iran/name~"},
		{"four letters, the first swapped", "rIan", ""},
		{"a name's letters out of order", "what did arachgi say regarding threats", "arachgi=abbas-araghchi/surname~"},
		{"a name's letters out of order, one fewer", "did Pezkeshan call", "Pezkeshan=masoud-pezeshkian/surname~"},
		{"letters out of order but one changed", "Aragchy", ""},
		{"letters out of order, too short", "Fnadi and Hatami", ""},
		{"letters alike, last letter another", "what did sultan haitham say", ""},
		{"nearer a common word than a name", "who votd against the resolutoin", ""},
		{"a name written in two words", "What did Pe Zeshkian say?", "Pe Zeshkian=masoud-pezeshkian/surname~"},
		{"a name written in two words, misspelt", "What did Araq Chee say?", "Araq Chee=abbas-araghchi/alias~"},
		{"two words, one of them a name, are not one", "how come Iran doesnt trust it", "Iran=iran/name"},
		{"two words in lower case are no name written in two", "they land or no", ""},
		{"two capitalised words joined to a demonym or seat are no name", "Come Iranians", "Iranians=iran/demonym"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.q, r.FindInQuery(tt.q)); got != tt.want {
				t.Errorf("FindInQuery(%q)\n got %s\nwant %s", tt.q, got, tt.want)
			}
		})
	}
}

// TestFindInQueryAcronymsThatAreWords checks that an all-capital alias
// spelling an English word matches a question only when typed in capitals,
// while other acronyms match in any case.
func TestFindInQueryAcronymsThatAreWords(t *testing.T) {
	r, err := NewRegistry(
		Entity{ID: "italy", Name: "Italy", Kind: Country, Aliases: []string{"IT"}},
		Entity{ID: "united-states", Name: "United States", Kind: Country, Aliases: []string{"US"}},
		Entity{ID: "united-nations", Name: "United Nations", Kind: Organisation, Aliases: []string{"UN"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"is it true that the US and IT agree", "US=united-states/alias IT=italy/alias"},
		{"is it true that us and it agree", ""},
		{"what did the un say", "un=united-nations/alias"},
		{"What did the UN say", "UN=united-nations/alias"},
	}
	for _, tt := range tests {
		if got := describe(tt.q, r.FindInQuery(tt.q)); got != tt.want {
			t.Errorf("FindInQuery(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
}

// TestInitials checks that a person of three or more names is found by
// their initials in capitals, that any other claim to the letters wins,
// and that initials two people share name neither.
func TestInitials(t *testing.T) {
	r, err := NewRegistry(
		Entity{ID: "mohammed-bin-salman", Name: "Mohammed bin Salman", Kind: Person},
		Entity{ID: "mohammed-bin-zayed", Name: "Mohammed bin Zayed", Kind: Person},
		Entity{ID: "mahmoud-bin-zaid", Name: "Mahmoud bin Zaid", Kind: Person},
		Entity{ID: "recep-tayyip-erdogan", Name: "Recep Tayyip Erdoğan", Kind: Person},
		Entity{ID: "rte", Name: "Raidió Teilifís Éireann", Kind: Organisation, Aliases: []string{"RTE"}},
		Entity{ID: "donald-trump", Name: "Donald Trump", Kind: Person},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ q, want string }{
		{"What did MBS say?", "MBS=mohammed-bin-salman/initials"},
		{"what did mbs say", "mbs=mohammed-bin-salman/initials"},
		{"What did Mbs say?", ""},
		{"MBZ and MBS", "MBS=mohammed-bin-salman/initials"},
		{"What did RTE report?", "RTE=rte/alias"},
		{"What did DT say?", ""},
	}
	for _, tt := range tests {
		if got := describe(tt.q, r.FindInQuery(tt.q)); got != tt.want {
			t.Errorf("FindInQuery(%q) = %s, want %s", tt.q, got, tt.want)
		}
	}
	text := "MBS spoke to Mbs."
	if got, want := describe(text, r.Mentions(text)), "MBS=mohammed-bin-salman/initials"; got != want {
		t.Errorf("Mentions(%q) = %s, want %s", text, got, want)
	}
}

// TestFindInQueryEvalQuestions checks that every question of the
// evaluation set (testdata/questions.jsonl) finds the entities listed in
// testdata/question_entities.json.
func TestFindInQueryEvalQuestions(t *testing.T) {
	r := builtin(t)
	data, err := os.ReadFile(filepath.Join("testdata", "question_entities.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][]string
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "questions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var q struct{ Q string }
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatal(err)
		}
		n++
		var got []string
		for _, m := range r.FindInQuery(q.Q) {
			got = append(got, m.ID)
		}
		w, ok := want[q.Q]
		if !ok {
			t.Errorf("question %q is missing from question_entities.json", q.Q)
			continue
		}
		if len(got) != len(w) {
			t.Errorf("FindInQuery(%q) = %v, want %v", q.Q, got, w)
			continue
		}
		for i := range got {
			if got[i] != w[i] {
				t.Errorf("FindInQuery(%q) = %v, want %v", q.Q, got, w)
				break
			}
		}
	}
	if n != len(want) {
		t.Errorf("%d questions, %d expectations", n, len(want))
	}
}
