package entity

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// builtin returns the built-in registry or stops the test.
func builtin(t testing.TB) *Registry {
	t.Helper()
	r, err := Builtin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	return r
}

// readLines returns the lines of a testdata file, without blank lines and
// # comments.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func TestBuiltinHasEveryUNMember(t *testing.T) {
	r := builtin(t)
	names := readLines(t, "un_members.txt")
	if len(names) != 193 {
		t.Fatalf("testdata/un_members.txt has %d names, want 193", len(names))
	}
	ids := map[string]string{}
	for _, name := range names {
		e, ok := r.Resolve(name)
		if !ok {
			t.Errorf("UN member %q is not known", name)
			continue
		}
		if e.Kind != Country {
			t.Errorf("UN member %q resolves to %s %q", name, e.Kind, e.ID)
		}
		if other, dup := ids[e.ID]; dup {
			t.Errorf("UN members %q and %q both resolve to %q", other, name, e.ID)
		}
		ids[e.ID] = name
	}
	for _, id := range []string{"palestine", "holy-see", "taiwan", "kosovo"} {
		if e, ok := r.Get(id); !ok || e.Kind != Country {
			t.Errorf("Get(%q) = %v, %v; want a country", id, e, ok)
		}
	}
	countries := 0
	for _, e := range r.All() {
		if e.Kind == Country {
			countries++
		}
	}
	if countries != 197 {
		t.Errorf("built-in knowledge has %d countries, want 193 UN members + 4", countries)
	}
}

func TestBuiltinEntries(t *testing.T) {
	r := builtin(t)
	for _, e := range r.All() {
		if e.Affiliation != "" {
			if _, ok := r.Get(e.Affiliation); !ok {
				t.Errorf("%s: affiliation %q is not a known entity", e.ID, e.Affiliation)
			}
		}
		if e.Kind == Country && len(e.Demonyms) == 0 && !slices.Contains([]string{"dominica", "republic-of-the-congo", "holy-see"}, e.ID) {
			t.Errorf("country %s has no demonym", e.ID)
		}
		noSeat := []string{"belgium", "djibouti", "luxembourg", "maldives", "monaco", "san-marino", "seychelles", "singapore"}
		if e.Kind == Country && len(e.Seats) == 0 && !slices.Contains(noSeat, e.ID) {
			t.Errorf("country %s has no seat", e.ID)
		}
		if e.Kind == Person && (e.Role == "" || e.Affiliation == "") {
			t.Errorf("person %s needs a role and an affiliation", e.ID)
		}
	}
	tests := []struct{ id, affiliation string }{
		{"irgc", "iran"},
		{"us-central-command", "united-states"},
		{"us-department-of-defense", "united-states"},
		{"us-state-department", "united-states"},
		{"white-house", "united-states"},
		{"mossad", "israel"},
		{"israel-defense-forces", "israel"},
		{"european-commission", "european-union"},
		{"council-of-the-european-union", "european-union"},
		{"european-parliament", "european-union"},
		{"un-human-rights-council", "united-nations"},
		{"un-security-council", "united-nations"},
		{"hamas", ""},
		{"hezbollah", ""},
		{"houthis", ""},
	}
	for _, tt := range tests {
		e, ok := r.Get(tt.id)
		if !ok {
			t.Errorf("Get(%q): not found", tt.id)
			continue
		}
		if e.Affiliation != tt.affiliation {
			t.Errorf("%s: affiliation %q, want %q", tt.id, e.Affiliation, tt.affiliation)
		}
	}
}

// TestBuiltinConflicts pins the names that two built-in entities claim, so
// that a new alias that steals another entity's name is noticed.
func TestBuiltinConflicts(t *testing.T) {
	got := builtin(t).Conflicts()
	want := []Conflict{
		{Key: "white house", IDs: []string{"white-house", "united-states"}},
	}
	if !slices.EqualFunc(got, want, func(a, b Conflict) bool {
		return a.Key == b.Key && a.Dropped == b.Dropped && slices.Equal(a.IDs, b.IDs)
	}) {
		t.Errorf("Conflicts() = %+v\nwant %+v", got, want)
	}
}

func TestParseKnowledgeErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"unknown field", "countries:\n  - id: x\n    name: X\n    capital: Y\n", 4, `unknown field "capital"`},
		{"unknown section", "countries: []\nplaces:\n  - {id: x, name: X}\n", 2, `unknown section "places"`},
		{"duplicate id", "countries:\n  - {id: x, name: X}\npeople:\n  - {id: x, name: Y Z}\n", 4, `duplicate id "x" (first on line 2)`},
		{"bad id", "countries:\n  - {id: x, name: X}\n  - {id: Saudi Arabia, name: Saudi Arabia}\n", 3, "want a lower-case slug"},
		{"missing name", "organisations:\n  - {id: x}\n", 2, "has no words"},
		{"empty alias", "organisations:\n  - {id: x, name: X, aliases: ['--']}\n", 2, "has no words"},
		{"kind contradicts section", "people:\n  - {id: x, name: X, kind: country}\n", 2, `kind "country" in the person section`},
		{"bad affiliation", "people:\n  - {id: x, name: X, affiliation: Iran}\n", 2, "is not an entity id"},
		{"entry not a mapping", "groups:\n  - just words\n", 2, "must be a mapping"},
		{"section not a list", "groups: {id: x}\n", 1, "want a list"},
		{"root not a mapping", "- {id: x, name: X}\n", 1, "want a mapping of sections"},
		{"wrong type", "countries:\n  - {id: x, name: X, aliases: 3}\n", 2, "cannot unmarshal"},
		{"syntax", "countries:\n  - id: x\n\tname: X\n", 2, "yaml syntax: found a tab character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseKnowledge([]byte(tt.yaml))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseKnowledge: error %v, want a *ParseError", err)
			}
			if pe.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("ParseKnowledge: %v (line %d); want line %d and %q", err, pe.Line, tt.line, tt.msg)
			}
		})
	}
}

func TestParseKnowledgeKinds(t *testing.T) {
	es, err := ParseKnowledge([]byte("countries:\n  - {id: a, name: A}\norganisations:\n  - {id: b, name: B}\npeople:\n  - {id: c, name: C D, kind: person}\ngroups:\n  - {id: d, name: D E}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []Kind
	for _, e := range es {
		got = append(got, e.Kind)
	}
	if want := []Kind{Country, Organisation, Person, Group}; !slices.Equal(got, want) {
		t.Errorf("kinds %v, want %v", got, want)
	}
}

func TestLoadFile(t *testing.T) {
	es, err := LoadFile(filepath.Join("testdata", "extra.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	r := builtin(t)
	for _, e := range es {
		if err := r.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if e, ok := r.Resolve("Khamenei"); !ok || e.ID != "ali-khamenei" || e.Affiliation != "iran" {
		t.Errorf("Resolve(Khamenei) = %+v, %v", e, ok)
	}
	// The extra file adds an alias to a built-in country.
	if e, ok := r.Resolve("Ottoman Porte"); !ok || e.ID != "turkey" {
		t.Errorf("Resolve(Ottoman Porte) = %+v, %v", e, ok)
	}

	_, err = LoadFile(filepath.Join("testdata", "bad.yaml"))
	want := filepath.Join("testdata", "bad.yaml") + `:5: unknown field "capitol"`
	if err == nil || err.Error() != want {
		t.Errorf("LoadFile(bad.yaml) error %v, want %s", err, want)
	}
	if _, err := LoadFile(filepath.Join("testdata", "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing.yaml) error %v, want ErrNotExist", err)
	}
}

func FuzzParseKnowledge(f *testing.F) {
	f.Add([]byte(builtinKnowledge))
	f.Add([]byte("countries:\n  - {id: x, name: X, aliases: [Y], demonyms: [Z], seats: [the W]}\n"))
	f.Add([]byte("people:\n  - id: a-b\n    name: A B\n    role: r\n"))
	f.Add([]byte("groups: {id: x}\n"))
	f.Add([]byte("- {id: x}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := ParseKnowledge(data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		if _, err := NewRegistry(es...); err != nil {
			t.Fatalf("parsed entities do not make a registry: %v", err)
		}
	})
}

// TestBuiltinNamesAreNotCommonWords guards against a name that folds to an
// ordinary English word ("Ísland" folds to "island"): such a name would be
// found in every sentence that starts with the word. Short all-capital
// aliases are exempt, since they must be written in capitals.
func TestBuiltinNamesAreNotCommonWords(t *testing.T) {
	r := builtin(t)
	ix := r.index(0)
	for key, c := range ix.byKey {
		if ix.common[key] && !c.caps {
			t.Errorf("%s claims %q (%s), a common English word", c.id, key, c.via)
		}
	}
}
