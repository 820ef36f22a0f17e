package answer

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestReferringNouns(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Twenty-five members of the council voted in favour of the resolution.", []string{"council", "resolution"}},
		{"This decision angered the Iranians.", []string{"decision"}},
		{"On the same day, the two leaders spoke.", nil},
		{"The United Nations said so.", nil},
		{"It was the war.", nil},
		{"the résolutions", []string{"resolutions", "resolution"}},
		{"the", nil},
	}
	v := newVocabulary()
	for _, tt := range tests {
		got := v.referringNouns(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("referringNouns(%q) = %v, want %q among them", tt.text, got, w)
			}
		}
		if tt.want == nil && len(got) > 0 {
			t.Errorf("referringNouns(%q) = %v, want none", tt.text, got)
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences("One. Two? Three! Dr.Who 3.5")
	want := []string{"One.", " Two?", " Three!", " Dr.Who 3.5"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

// passageIndex is the index in the engine's passages of the first one
// whose text contains s.
func passageIndex(t *testing.T, e *Engine, s string) int {
	t.Helper()
	for i, p := range e.res.Passages {
		if strings.Contains(p.Paragraph.Text, s) {
			return i
		}
	}
	t.Fatalf("no passage contains %q", s)
	return -1
}

func TestRefersBack(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		passage, id string
		want        bool
	}{
		// "the council" is the council named just before, and "the
		// resolution" the one condemning Iran.
		{"Twenty-five members of the council", "un-human-rights-council", true},
		{"Twenty-five members of the council", "iran", true},
		// "similar pledges" names nothing of the Saudi paragraph.
		{"has made similar pledges", "saudi-arabia", false},
		// The paragraph before does not name Kuwait.
		{"Twenty-five members of the council", "kuwait", false},
	}
	for _, tt := range tests {
		if got := e.refersBack(passageIndex(t, e, tt.passage), tt.id); got != tt.want {
			t.Errorf("refersBack(%q, %s) = %v, want %v", tt.passage, tt.id, got, tt.want)
		}
	}
}

func TestNamedByOffice(t *testing.T) {
	e := engineForTest(t)
	tests := []struct {
		text, id string
		want     bool
	}{
		{"The Iranian foreign minister also held a phone call.", "abbas-araghchi", true},
		{"Iran’s Foreign Minister spoke on Tuesday.", "abbas-araghchi", true},
		{"The US Defense Secretary stated it.", "pete-hegseth", true},
		{"Iranian officials met the foreign minister.", "abbas-araghchi", false},
		{"The Iranian, foreign minister.", "abbas-araghchi", false},
		{"The Turkish foreign minister spoke.", "abbas-araghchi", false},
		{"The Iranian president spoke.", "abbas-araghchi", false},
	}
	for _, tt := range tests {
		en, ok := e.entities.Get(tt.id)
		if !ok {
			t.Fatalf("no entity %s", tt.id)
		}
		if got := e.namedByOffice(tt.text, e.entities.Mentions(tt.text), en); got != tt.want {
			t.Errorf("namedByOffice(%q, %s) = %v, want %v", tt.text, tt.id, got, tt.want)
		}
	}
}

func TestOpensByReferring(t *testing.T) {
	v := newVocabulary()
	tests := []struct {
		text           string
		definite, want bool
	}{
		{"This stance reflects concerns that a conflict could destabilize the region.", false, true},
		{"These remarks have added urgency to Iran’s diplomatic outreach.", false, true},
		{"Such a move would be unprecedented.", false, true},
		{"This week, the ministers met in Istanbul.", false, false},
		{"This Iranian proposal was rejected.", false, false},
		{"The vessel, which departed its home port of San Diego, is one of the largest.", false, false},
		{"The vessel, which departed its home port of San Diego, is one of the largest.", true, true},
		{"The US Navy confirmed the deployment.", true, false},
		{"The same day, Sharif spoke to Pezeshkian.", true, false},
		{"This", false, false},
		{"", true, false},
	}
	for _, tt := range tests {
		if got := v.opensByReferring(tt.text, tt.definite); got != tt.want {
			t.Errorf("opensByReferring(%q, %v) = %v, want %v", tt.text, tt.definite, got, tt.want)
		}
	}
}
