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

// TestDerived checks that a derived form counts only in senses common
// for both words, and only as the noun of an action: "rejection" is
// derived from "reject", but "rejecter" names a person; "trial" is
// derived from "try" in its rare sense of "put on trial" alone, and from
// "judge", which shares that sense but not the form's word.
func TestDerived(t *testing.T) {
	db, err := Read("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"reject": {"rejection"}, "rejection": {"reject"}}
	if got := db.Derived(0.1); !reflect.DeepEqual(got, want) {
		t.Errorf("Derived(0.1) = %v, want %v", got, want)
	}
}

// TestWords checks that the common words are the single-word lemmas
// tagged in a sense that names nothing.
func TestWords(t *testing.T) {
	db, err := Read("testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"attempt", "bargain", "concern", "deal", "effort", "happen", "judge", "quickly", "reject", "rejecter", "rejection", "seek", "trade", "trial", "try", "upset", "worried", "worry"}
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
	for _, line := range []string{"", "00000067 41 v", "x 41 v 01 try 0", "00000067 41 v 05 try 0", "00000067 41 v zz try 0",
		"00000067 41 v 01 try 0 x", "00000067 41 v 01 try 0 002 + 00000400 n 0101", "00000067 41 v 01 try 0 001 + x n 0101",
		"00000067 41 v 01 try 0 001 + 00000400 q 0101", "00000067 41 v 01 try 0 001 + 00000400 n 01", "00000067 41 v 01 try 0 001 + 00000400 n 01zz"} {
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
	_, s, err = parseDataLine("00000270 32 v 02 reject 0 turn_down 0 002 @ 00000100 v 0000 + 00000400 s 0201 | refuse")
	if want := []link{{pos: Adjective, offset: 400, from: 2, to: 1}}; err != nil || !reflect.DeepEqual(s.links, want) {
		t.Errorf("parseDataLine with pointers: links %+v, %v; want %+v", s.links, err, want)
	}
}

func TestResolveLinks(t *testing.T) {
	s := &Synset{Words: []string{"reject"}, links: []link{{pos: Noun, offset: 9, from: 1, to: 1}}}
	if err := resolveLinks(map[POS]map[int]*Synset{Verb: {1: s}}); err == nil {
		t.Error("resolveLinks of a link to no synset: no error")
	}
	to := &Synset{Words: []string{"rejection"}}
	s.links[0].to = 2
	if err := resolveLinks(map[POS]map[int]*Synset{Verb: {1: s}, Noun: {9: to}}); err == nil {
		t.Error("resolveLinks of a link to no word: no error")
	}
}

// FuzzParseLines checks that no line makes a parser panic, and that what
// parses is consistent with the line.
func FuzzParseLines(f *testing.F) {
	for _, seed := range []string{
		"try%2:41:00:: 1 40",
		"00000067 41 v 03 try 0 seek 0 attempt 0 000 | make an effort",
		"00000270 32 v 02 reject 0 turn_down 0 001 + 00000400 n 0101 | refuse",
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
