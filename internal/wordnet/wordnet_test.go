package wordnet

import (
	"reflect"
	"strings"
	"testing"
)

// testdata/dict is a small database in WordNet's own format: "try" has a
// common sense it shares with "seek" and "attempt" and a rare one it
// shares with "judge"; "deal" has a rare sense it shares with "bargain";
// Iran and Persia are a proper name; "rapidly" was never tagged; the
// phrasal verb "turn_down" means "reject", but "take_place", a
// collocation of no particle, is left out.
func TestRelated(t *testing.T) {
	db, err := Read("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"attempt":   {"effort", "try", "seek"},
		"effort":    {"attempt"},
		"seek":      {"try", "attempt"},
		"try":       {"seek", "attempt"},
		"deal":      {"trade"},
		"trade":     {"deal"},
		"worry":     {"concern"},
		"concern":   {"worry"},
		"worried":   {"upset"},
		"upset":     {"worried"},
		"reject":    {"turn_down"},
		"turn_down": {"reject"},
	}
	if got := db.Related(0.1); !reflect.DeepEqual(got, want) {
		t.Errorf("Related(0.1) =\n%v\nwant\n%v", got, want)
	}
	wantExceptions := map[string][]string{"tried": {"try"}, "worried": {"worry"}, "sought": {"seek"}, "efforts": {"effort"}}
	if !reflect.DeepEqual(db.Exceptions, wantExceptions) {
		t.Errorf("Exceptions = %v, want %v", db.Exceptions, wantExceptions)
	}
}

// TestWords checks that the common words are the single-word lemmas
// tagged in a sense that names nothing.
func TestWords(t *testing.T) {
	db, err := Read("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"attempt", "bargain", "concern", "deal", "effort", "happen", "judge", "quickly", "reject", "seek", "trade", "try", "upset", "worried", "worry"}
	if got := db.Words(); !reflect.DeepEqual(got, want) {
		t.Errorf("Words() = %q, want %q", got, want)
	}
	named := &Synset{Words: []string{"Lula", "Luiz_Inacio_Lula_da_Silva"}}
	date := &Synset{Words: []string{"date", "day_of_the_month"}}
	db = &DB{Senses: map[string][]Sense{
		"lula":             {{Synset: named, Count: 3}},
		"date":             {{Synset: date, Count: 0}, {Synset: named, Count: 2}, {Synset: date, Count: 1}},
		"xi":               {{Synset: &Synset{Words: []string{"xi"}}}},
		"day_of_the_month": {{Synset: date, Count: 4}},
	}}
	if got, want := db.Words(), []string{"date"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Words() = %q, want %q: a name, an untagged word and a collocation are not words", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read("testdata/no-such-dir"); err == nil || !strings.Contains(err.Error(), "cntlist.rev") {
		t.Errorf("Read of a missing directory: error %v, want one naming cntlist.rev", err)
	}
}

func TestParseLines(t *testing.T) {
	for _, line := range []string{"", "try%2:41:00:: 1", "try 1 2", "try%9:41:00:: 1 2", "try%2:41:00:: 0 2", "try%2:41:00:: 1 -2"} {
		if _, _, err := parseCountLine(line); err == nil {
			t.Errorf("parseCountLine(%q): no error", line)
		}
	}
	for _, line := range []string{"", "00000067 41 v", "x 41 v 01 try 0", "00000067 41 v 05 try 0", "00000067 41 v zz try 0"} {
		if _, _, err := parseDataLine(line); err == nil {
			t.Errorf("parseDataLine(%q): no error", line)
		}
	}
	for _, line := range []string{"", "try v 2 0 2", "try v 2 9 2 0 1 2", "try v 2 0 3 0 00000067 00000130", "try v 1 0 1 0 x"} {
		if _, _, err := parseIndexLine(line); err == nil {
			t.Errorf("parseIndexLine(%q): no error", line)
		}
	}
	lemma, offsets, err := parseIndexLine("try v 2 2 @ ~ 2 1 00000067 00000130  ")
	if err != nil || lemma != "try" || !reflect.DeepEqual(offsets, []int{67, 130}) {
		t.Errorf("parseIndexLine with pointers = %q, %v, %v", lemma, offsets, err)
	}
	_, s, err := parseDataLine("00000001 00 a 01 galore(ip) 0 000 | abundant")
	if err != nil || !reflect.DeepEqual(s.Words, []string{"galore"}) {
		t.Errorf("parseDataLine with a marker = %v, %v", s, err)
	}
}

// FuzzParseLines checks that no line makes a parser panic, and that what
// parses is consistent with the line.
func FuzzParseLines(f *testing.F) {
	for _, seed := range []string{
		"try%2:41:00:: 1 40",
		"00000067 41 v 03 try 0 seek 0 attempt 0 000 | make an effort",
		"try v 2 2 @ ~ 2 1 00000067 00000130",
		"x v 1 -1 1 0 1", "1 2 3 ff a", "a%5 1 1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if key, count, err := parseCountLine(line); err == nil && (count < 0 || key.number < 1 || key.lemma == "") {
			t.Errorf("parseCountLine(%q) = %+v, %d", line, key, count)
		}
		if _, s, err := parseDataLine(line); err == nil && len(s.Words) == 0 {
			t.Errorf("parseDataLine(%q): no words", line)
		}
		if lemma, offsets, err := parseIndexLine(line); err == nil && (lemma == "" || len(offsets) == 0) {
			t.Errorf("parseIndexLine(%q) = %q, %v", line, lemma, offsets)
		}
	})
}
