package attribution

import (
	"slices"
	"testing"
)

func TestHoldsOffice(t *testing.T) {
	tests := []struct {
		role, office string
		want         bool
	}{
		{"Deputy Prime Minister and Foreign Minister", "Foreign Minister", true},
		{"Prime Minister and Foreign Minister", "prime minister", true},
		{"Deputy Prime Minister and Foreign Minister", "Prime Minister", false},
		{"Foreign Minister", "Foreign Minister", false},
		{"Foreign Minister", "Deputy Prime Minister and Foreign Minister", false},
		{"Deputy Foreign Minister", "Foreign Minister", false},
		{"Foreign Ministry spokesperson", "Foreign Minister", false},
		{"Prime Minister", "", false},
	}
	for _, tt := range tests {
		if got := holdsOffice(tt.role, tt.office); got != tt.want {
			t.Errorf("holdsOffice(%q, %q) = %v, want %v", tt.role, tt.office, got, tt.want)
		}
	}
}

// TestPeopleKeepAllOffices checks that a fuller title of the same person,
// found with as good evidence, replaces the shorter one, and that a
// shorter one found later does not undo it.
func TestPeopleKeepAllOffices(t *testing.T) {
	ps := newPeople()
	ps.add("Ishaq Dar", "ishaq-dar", "Foreign Minister", "pakistan", roleEvidence)
	ps.add("Ishaq Dar", "ishaq-dar", "Deputy Prime Minister and Foreign Minister", "pakistan", roleEvidence)
	p := ps.add("Ishaq Dar", "ishaq-dar", "Foreign Minister", "pakistan", roleEvidence)
	if p.role != "Deputy Prime Minister and Foreign Minister" {
		t.Errorf("role = %q, want all his offices", p.role)
	}
	q := ps.add("Hakan Fidan", "hakan-fidan", "Foreign Minister", "turkey", roleEvidence)
	ps.add("Hakan Fidan", "hakan-fidan", "Turkish Intelligence chief", "turkey", roleEvidence)
	if q.role != "Foreign Minister" {
		t.Errorf("role = %q, want the first office, which the other does not hold", q.role)
	}
}

func TestOffices(t *testing.T) {
	tests := []struct {
		role string
		want []string
	}{
		{"Deputy Prime Minister and Foreign Minister", []string{"Deputy Prime Minister", "Foreign Minister"}},
		{"Prime Minister and Foreign Minister", []string{"Prime Minister", "Foreign Minister"}},
		{"Minister for Petroleum and Natural Gas", []string{"Minister for Petroleum and Natural Gas"}},
		{"Foreign Minister", []string{"Foreign Minister"}},
		{"", []string{""}},
	}
	for _, tt := range tests {
		if got := Offices(tt.role); !slices.Equal(got, tt.want) {
			t.Errorf("Offices(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}
