package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// describe renders mentions as "text=id/via" (with "~" for fuzzy ones).
func describe(text string, ms []Mention) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		fuzzy := ""
		if m.Fuzzy {
			fuzzy = "~"
		}
		parts[i] = fmt.Sprintf("%s=%s/%s%s", text[m.Start:m.End], m.ID, m.Via, fuzzy)
	}
	return strings.Join(parts, " ")
}

func TestMentions(t *testing.T) {
	r := builtin(t)
	tests := []struct{ name, text, want string }{
		{"name", "Iran said no.", "Iran=iran/name"},
		{"possessive curly", "Iran’s foreign minister", "Iran=iran/name"},
		{"possessive straight", "Turkiye's position", "Turkiye=turkey/alias"},
		{"diacritics", "Türkiye and TÜRKIYE", "Türkiye=turkey/alias TÜRKIYE=turkey/alias"},
		{"demonyms", "Turkish officials met Iranians and a Turk.", "Turkish=turkey/demonym Iranians=iran/demonym Turk=turkey/demonym"},
		{"seats", "Ankara, Tehran and Washington", "Ankara=turkey/seat Tehran=iran/seat Washington=united-states/seat"},
		{"the Kremlin", "the Kremlin said", "Kremlin=russia/seat"},
		{"organisation beats seat", "The White House said", "White House=white-house/name"},
		{"longest first", "the United Arab Emirates (UAE) and Saudi Arabia’s prince", "United Arab Emirates=united-arab-emirates/name UAE=united-arab-emirates/alias Saudi Arabia=saudi-arabia/name"},
		{"longest organisation", "US Central Command (CENTCOM) and the UN Human Rights Council", "US Central Command=us-central-command/name CENTCOM=us-central-command/alias UN Human Rights Council=un-human-rights-council/name"},
		{"US in capitals", "the US and the U.S. and the USA", "US=united-states/alias U.S=united-states/alias USA=united-states/alias"},
		{"us pronoun", "Tell us more. Us too. Let's go.", ""},
		{"short caps need capitals", "Un monde, Eu, Uae", ""},
		{"lower-case words", "a turkey in china, jordan almonds", ""},
		{"capital turkey", "Turkey and China", "Turkey=turkey/name China=china/name"},
		{"whole words", "Iranian Irania Omanis Romania", "Iranian=iran/demonym Omanis=oman/demonym Romania=romania/name"},
		{"dash joins nothing", "Iran–US talks, US-Iran talks", "Iran=iran/name US=united-states/alias US=united-states/alias Iran=iran/name"},
		{"hyphen or space", "Guinea-Bissau, Guinea Bissau, Guinea", "Guinea-Bissau=guinea-bissau/name Guinea Bissau=guinea-bissau/name Guinea=guinea/name"},
		{"no phrase across a comma", "United, States", ""},
		{"apostrophe variants", "Côte d’Ivoire and Cote d'Ivoire", "Côte d’Ivoire=ivory-coast/alias Cote d'Ivoire=ivory-coast/alias"},
		{"people", "Araghchi met Erdoğan and President Recep Tayyip Erdogan", "Araghchi=abbas-araghchi/surname Erdoğan=recep-tayyip-erdogan/surname Recep Tayyip Erdogan=recep-tayyip-erdogan/name"},
		{"the Council is not an alias", "The Council said; the European Council said", "European Council=european-council/name"},
		{"Brussels is the EU", "Brussels and Belgium", "Brussels=european-union/seat Belgium=belgium/name"},
		{"Persian Gulf is not Iran", "in the Persian Gulf", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.text, r.Mentions(tt.text)); got != tt.want {
				t.Errorf("Mentions(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestMentionsLiteralSeparators(t *testing.T) {
	r, err := NewRegistry(
		Entity{ID: "south-korea", Name: "South Korea", Kind: Country, Aliases: []string{"Korea, Republic of"}},
		Entity{ID: "trinidad-and-tobago", Name: "Trinidad and Tobago", Kind: Country, Aliases: []string{"Trinidad & Tobago"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Korea, Republic of", "Korea, Republic of=south-korea/alias"},
		{"Korea,Republic of", ""},
		{"Korea Republic of", ""},
		{"Trinidad & Tobago and Trinidad and Tobago", "Trinidad & Tobago=trinidad-and-tobago/alias Trinidad and Tobago=trinidad-and-tobago/name"},
	}
	for _, tt := range tests {
		if got := describe(tt.text, r.Mentions(tt.text)); got != tt.want {
			t.Errorf("Mentions(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestMentionsSeeds compares the mentions in the seed articles with a
// golden file; run with -update to rewrite it after a deliberate change.
func TestMentionsSeeds(t *testing.T) {
	r := builtin(t)
	files, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "# %s\n", filepath.Base(f))
		for i, line := range strings.Split(string(data), "\n") {
			if ms := r.Mentions(line); len(ms) > 0 {
				fmt.Fprintf(&b, "%d: %s\n", i+1, describe(line, ms))
			}
		}
	}
	golden := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("mentions in the seed articles differ from %s; run go test -update and review the diff", golden)
	}
}

// checkMentions checks the invariants of any list of mentions of text.
func checkMentions(t *testing.T, r *Registry, text string, ms []Mention) {
	t.Helper()
	boundary := map[int]bool{len(text): true} // where a rune (or an invalid byte) starts
	for i := range text {
		boundary[i] = true
	}
	end := 0
	for _, m := range ms {
		if m.Start < end || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %+v out of order or bounds (previous end %d, len %d)", m, end, len(text))
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("mention %+v is not on rune boundaries of %q", m, text)
		}
		if _, ok := r.Get(m.ID); !ok {
			t.Fatalf("mention %+v names an unknown entity", m)
		}
		end = m.End
	}
}

func FuzzMentions(f *testing.F) {
	r := builtin(f)
	for _, s := range []string{
		"Iran’s foreign minister met Turkish officials in Ankara.",
		"US-Iran talks; the U.S. and the UAE; Côte d’Ivoire",
		"Recep Tayyip Erdoğan\u0301 said",
		"\xff\xfeTürkiye's",
		"what did araghci say about the us",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := r.Mentions(text)
		checkMentions(t, r, text, ms)
		for _, m := range ms {
			if m.Fuzzy {
				t.Fatalf("Mentions returned a fuzzy mention %+v", m)
			}
		}
		checkMentions(t, r, text, r.FindInQuery(text))
	})
}

// seedParagraphs returns the non-empty lines of the seed articles.
func seedParagraphs(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) != "" {
				out = append(out, line)
			}
		}
	}
	return out
}

// BenchmarkMentions scans seed paragraphs; one op is one paragraph, so
// 100,000 paragraphs take 100,000 × ns/op.
func BenchmarkMentions(b *testing.B) {
	r := builtin(b)
	ps := seedParagraphs(b)
	r.Mentions("warm up the index")
	bytes := 0
	for _, p := range ps {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes / len(ps)))
	for i := 0; b.Loop(); i++ {
		r.Mentions(ps[i%len(ps)])
	}
}

func BenchmarkFindInQuery(b *testing.B) {
	r := builtin(b)
	r.FindInQuery("warm up the index")
	for b.Loop() {
		r.FindInQuery("What did Araghci say about the US and Turkiye's position?")
	}
}
