package attribution

import (
	"strings"
	"testing"

	"github.com/crisisbot/bot/corpus"
)

func TestReadGold(t *testing.T) {
	golds, err := ReadGold(strings.NewReader(`# a comment
{"article":"000","kind":"direct","contains":"A massive Armada","speaker":"Donald Trump","affiliation":"United States"}

{"article":"000","kind":"none","contains":"Iron Dome","speaker":null,"affiliation":null}
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 2 || golds[0].Line != 2 || golds[1].Line != 4 || *golds[0].Speaker != "Donald Trump" || golds[1].Speaker != nil {
		t.Errorf("got %+v", golds)
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"bad JSON", "{\"article\":\"000\",\n", "line 1:"},
		{"unknown field", `{"article":"000","kind":"direct","contains":"x","speaker":"A","affiliation":"B","extra":1}`, "line 1: json: unknown field"},
		{"no article", `{"kind":"direct","contains":"x","speaker":"A","affiliation":"B"}`, "line 1: no article"},
		{"no contains", `{"article":"000","kind":"direct","contains":" ","speaker":"A","affiliation":"B"}`, "line 1: no contains"},
		{"bad kind", "\n" + `{"article":"000","kind":"quote","contains":"x","speaker":"A","affiliation":"B"}`, "line 2: kind \"quote\""},
		{"none with speaker", `{"article":"000","kind":"none","contains":"x","speaker":"A","affiliation":"B"}`, "line 1: kind none with a speaker"},
		{"direct without speaker", `{"article":"000","kind":"direct","contains":"x","speaker":null,"affiliation":null}`, "line 1: kind direct with no speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.input))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	res := Extract([]*corpus.Article{article("007_abc",
		"“We are ready,” said Turkish Foreign Minister Hakan Fidan.",
		"Iranian officials said the talks were “over”.",
		"Israel’s much-vaunted “Iron Dome” was tested.",
	)}, withoutPeople(t))
	golds, err := ReadGold(strings.NewReader(strings.Join([]string{
		`{"article":"007","kind":"direct","contains":"We are ready,","speaker":"Fidan|Hakan Fidan","affiliation":"Türkiye"}`,
		`{"article":"007","kind":"partial","contains":"over","speaker":"Iranian officials","affiliation":"Turkey"}`,
		`{"article":"007","kind":"indirect","contains":"the talks were","speaker":"Iranian officials","affiliation":"Iran"}`,
		`{"article":"007","kind":"indirect","contains":"not in the text","speaker":"Anyone","affiliation":""}`,
		`{"article":"007","kind":"none","contains":"Iron Dome","speaker":null,"affiliation":null}`,
		`{"article":"007","kind":"none","contains":"ready","speaker":null,"affiliation":null}`,
		`{"article":"00","kind":"direct","contains":"We are ready","speaker":"Hakan Fidan","affiliation":"Turkey"}`,
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(res, golds)
	want := map[string]KindScore{
		"direct":   {Kind: "direct", Golds: 2, Found: 1, Right: 1, SpeakerRight: 1},
		"partial":  {Kind: "partial", Golds: 1, Found: 1, Wrong: 1, SpeakerRight: 1},
		"indirect": {Kind: "indirect", Golds: 2, Found: 1, Right: 1, SpeakerRight: 1},
		"none":     {Kind: "none", Golds: 2, Found: 1, Right: 1, Wrong: 1},
	}
	for kind, w := range want {
		if got := rep.Kind(kind); got != w {
			t.Errorf("%s: got %+v, want %+v", kind, got, w)
		}
	}
	if tot := rep.Totals(); tot.Golds != 5 || tot.Found != 3 || tot.Right != 2 || tot.SpeakerRight != 3 {
		t.Errorf("totals %+v, want 5 golds, 3 found, 2 right, 3 with the right speaker", tot)
	}
	if rep.Unmatched != 0 {
		t.Errorf("unmatched %d, want 0", rep.Unmatched)
	}
	if len(rep.Wrong) != 2 || len(rep.Missed) != 2 {
		t.Errorf("wrong %+v, missed %+v; want 2 and 2", rep.Wrong, rep.Missed)
	}
	summary := rep.String()
	for _, w := range []string{
		"direct     1/2   right ( 50.0%)",
		"all        2/5   right ( 40.0% recall)  precision 66.7% of 3 found  F1 0.500  speaker right in 3/3 (100.0%)",
		`WRONG  line 2 007 partial "over": expected Iranian officials (Turkey), got Iranian officials (Iran)`,
		`MISSED line 4 007 indirect "not in the text": expected Anyone (independent)`,
	} {
		if !strings.Contains(summary, w) {
			t.Errorf("summary lacks %q:\n%s", w, summary)
		}
	}
	if got := rep.Kind("direct").Accuracy(); got != 0.5 {
		t.Errorf("accuracy %v, want 0.5", got)
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"article":"000","kind":"direct","contains":"x","speaker":"A|B","affiliation":""}`)
	f.Add("# comment\n\n{\"article\":\"1\",\"kind\":\"none\",\"contains\":\"y\",\"speaker\":null,\"affiliation\":null}")
	f.Fuzz(func(t *testing.T, input string) {
		golds, err := ReadGold(strings.NewReader(input))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error %q does not name the line", err)
			}
			return
		}
		for _, g := range golds {
			if g.validate() != nil || g.Line < 1 {
				t.Fatalf("invalid gold accepted: %+v", g)
			}
		}
	})
}

// TestScoreApostrophes checks that a gold written with straight
// apostrophes matches a statement written with curly ones.
func TestScoreApostrophes(t *testing.T) {
	res := Extract([]*corpus.Article{article("008_abc",
		"Turkish Foreign Minister Hakan Fidan said Iran’s offer was serious.",
	)}, withoutPeople(t))
	golds, err := ReadGold(strings.NewReader(
		`{"article":"008","kind":"indirect","contains":"Iran's offer was serious","speaker":"Hakan Fidan","affiliation":"Turkey"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := Score(res, golds).Kind("indirect"); got.Right != 1 {
		t.Errorf("got %+v, want the gold right", got)
	}
}

func TestSameSource(t *testing.T) {
	tests := []struct {
		gold, got string
		want      bool
	}{
		{"a diplomat in Beirut", "A diplomat in Beirut familiar with the contacts", true},
		{"two lawmakers who attended", "lawmakers who attended", true},
		{"a State Department official", "a State Department official in Washington", true},
		{"Ministry of Petroleum and Natural Gas", "India’s Ministry of Petroleum and Natural Gas", true},
		{"the Prime Minister's Office", "Israel’s Prime Minister's Office", true},
		{"the Department of Energy", "United States’ Department of Energy", true},
		{"Ali", "Ali Vaez", false},                        // a name is not a description
		{"officials", "officials of the ministry", false}, // "of" names another body
		{"Iranian officials", "Turkish officials", false},
		{"a Western diplomat", "a diplomat", false},
	}
	for _, tt := range tests {
		if got := sameSource(tt.gold, tt.got); got != tt.want {
			t.Errorf("sameSource(%q, %q) = %v, want %v", tt.gold, tt.got, got, tt.want)
		}
	}
}

// TestScoreUnmatched checks that a statement no gold expects is counted.
func TestScoreUnmatched(t *testing.T) {
	res := Extract([]*corpus.Article{article("009_abc",
		"Turkish Foreign Minister Hakan Fidan said the offer was serious. He added that talks would resume.",
	)}, withoutPeople(t))
	golds, err := ReadGold(strings.NewReader(
		`{"article":"009","kind":"indirect","contains":"the offer was serious","speaker":"Hakan Fidan","affiliation":"Turkey"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := Score(res, golds).Unmatched; got != 1 {
		t.Errorf("unmatched %d, want 1 (talks would resume)", got)
	}
}
