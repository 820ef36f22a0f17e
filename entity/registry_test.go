package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestResolve(t *testing.T) {
	r := builtin(t)
	tests := []struct {
		name, want string // want "" means not found
	}{
		{"Turkey", "turkey"},
		{"Türkiye", "turkey"},
		{"Turkiye", "turkey"},
		{"TURKIYE", "turkey"},
		{"Turkiye's", "turkey"},
		{"Iran’s", "iran"},
		{"Turkish", "turkey"},
		{"Turks", "turkey"},
		{"Ankara", "turkey"},
		{"the Kremlin", "russia"},
		{"Kremlin", "russia"},
		{"The Kremlin", "russia"},
		{"Russian Federation", "russia"},
		{"Persia", "iran"},
		{"Islamic Republic of Iran", "iran"},
		{"US", "united-states"},
		{"U.S.", "united-states"},
		{"USA", "united-states"},
		{"America", "united-states"},
		{"Americans", "united-states"},
		{"Washington", "united-states"},
		{"the White House", "white-house"},
		{"UK", "united-kingdom"},
		{"U.K.", "united-kingdom"},
		{"Britain", "united-kingdom"},
		{"Downing Street", "united-kingdom"},
		{"UAE", "united-arab-emirates"},
		{"Emirati", "united-arab-emirates"},
		{"the Emirates", "united-arab-emirates"},
		{"KSA", "saudi-arabia"},
		{"Saudis", "saudi-arabia"},
		{"DPRK", "north-korea"},
		{"PRC", "china"},
		{"People's Republic of China", "china"},
		{"Republic of China", "taiwan"},
		{"Côte d’Ivoire", "ivory-coast"},
		{"Cote d'Ivoire", "ivory-coast"},
		{"Czechia", "czech-republic"},
		{"Burma", "myanmar"},
		{"the Élysée", "france"},
		{"Elysee", "france"},
		{"Tel Aviv", "israel"},
		{"Jerusalem", "israel"},
		{"Brussels", "european-union"},
		{"EU", "european-union"},
		{"UN", "united-nations"},
		{"UNHRC", "un-human-rights-council"},
		{"Human Rights Council", "un-human-rights-council"},
		{"Conseil des droits de l'homme", "un-human-rights-council"},
		{"Sicherheitsrat", "un-security-council"},
		{"CENTCOM", "us-central-command"},
		{"Pentagon", "us-department-of-defense"},
		{"War Department", "us-department-of-defense"},
		{"Revolutionary Guards", "irgc"},
		{"Ansar Allah", "houthis"},
		{"IDF", "israel-defense-forces"},
		{"GCC", "gulf-cooperation-council"},
		{"Araqchi", "abbas-araghchi"},
		{"Araghchi", "abbas-araghchi"},
		{"Esmail Baghaei", "esmaeil-baghaei"},
		{"Erdogan", "recep-tayyip-erdogan"},
		{"Ali Bagheri", "ali-bagheri-kani"},
		{"  Donald   Trump ", "donald-trump"},
		{"Gulf states", "gulf-states"},
		{"UE", "european-union"},
		{"Unione europea", "european-union"},
		{"the Council", ""},
		{"Council", ""},
		{"Europe", "european-union"},
		{"Council of Europe", "council-of-europe"},
		{"Belgium's capital", ""},
		{"Guinea", "guinea"},
		{"Guinea-Bissau", "guinea-bissau"},
		{"Guinea Bissau", "guinea-bissau"},
		{"Congo", ""},
		{"", ""},
		{"!!", ""},
	}
	for _, tt := range tests {
		e, ok := r.Resolve(tt.name)
		got := ""
		if ok {
			got = e.ID
		}
		if got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAddMerges(t *testing.T) {
	r, err := NewRegistry(
		Entity{ID: "hakan-fidan", Name: "Hakan Fidan", Kind: Person},
		Entity{ID: "hakan-fidan", Name: "H. Fidan", Kind: Person, Aliases: []string{"Hakan Fidan", "Fidan Hakan"}, Role: "Foreign Minister", Affiliation: "turkey"},
		Entity{ID: "hakan-fidan", Name: "Hakan Fidan", Kind: Person, Role: "Spy chief", Affiliation: "mit"},
	)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := r.Get("hakan-fidan")
	if e.Name != "Hakan Fidan" || !slices.Equal(e.Aliases, []string{"H. Fidan", "Fidan Hakan"}) {
		t.Errorf("merged name %q aliases %q", e.Name, e.Aliases)
	}
	if e.Role != "Foreign Minister" || e.Affiliation != "turkey" {
		t.Errorf("merged role %q affiliation %q; the first non-empty should stay", e.Role, e.Affiliation)
	}
	if got, ok := r.Resolve("Fidan Hakan"); !ok || got.ID != "hakan-fidan" {
		t.Errorf("Resolve(merged alias) = %v, %v", got, ok)
	}
}

func TestAddErrors(t *testing.T) {
	r, err := NewRegistry(Entity{ID: "iran", Name: "Iran", Kind: Country})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		e    Entity
		want string
	}{
		{Entity{ID: "iran", Name: "Iran", Kind: Person}, "it is a country, not a person"},
		{Entity{ID: "", Name: "X", Kind: Country}, "lower-case slug"},
		{Entity{ID: "x", Name: "", Kind: Country}, "has no words"},
		{Entity{ID: "x", Name: "X", Kind: "planet"}, `unknown kind "planet"`},
	}
	for _, tt := range tests {
		if err := r.Add(tt.e); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Add(%+v) error %v, want %q", tt.e, err, tt.want)
		}
	}
}

func TestConflictsResolvedDeterministically(t *testing.T) {
	r, err := NewRegistry(
		Entity{ID: "b-org", Name: "Alpha", Kind: Organisation},
		Entity{ID: "a-org", Name: "Alpha", Kind: Organisation},
		Entity{ID: "country", Name: "Beta", Kind: Country, Seats: []string{"Alpha"}},
		Entity{ID: "jane-doe", Name: "Jane Doe", Kind: Person},
		Entity{ID: "john-doe", Name: "John Doe", Kind: Person},
	)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := r.Resolve("Alpha"); e == nil || e.ID != "a-org" {
		t.Errorf("Resolve(Alpha) = %v, want a-org (a name beats a seat, then the smaller ID)", e)
	}
	if e, ok := r.Resolve("Doe"); ok {
		t.Errorf("Resolve(Doe) = %v; a shared surname must match nobody", e.ID)
	}
	want := []Conflict{
		{Key: "alpha", IDs: []string{"a-org", "b-org", "country"}},
		{Key: "doe", IDs: []string{"jane-doe", "john-doe"}, Dropped: true},
	}
	got := r.Conflicts()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Conflicts() = %v, want %v", got, want)
	}
}

func TestAllSortedAndClone(t *testing.T) {
	r := builtin(t)
	all := r.All()
	if !slices.IsSortedFunc(all, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("All() is not sorted by ID")
	}
	c := r.Clone()
	if err := c.Add(Entity{ID: "kaja-kallas", Name: "Kaja Kallas", Kind: Person}); err != nil {
		t.Fatal(err)
	}
	if err := c.Add(Entity{ID: "iran", Name: "Iran", Kind: Country, Aliases: []string{"Eran"}}); err != nil {
		t.Fatal(err)
	}
	c.SetWeight("iran", 9)
	if _, ok := r.Get("kaja-kallas"); ok {
		t.Error("adding to a clone changed the original")
	}
	if _, ok := r.Resolve("Eran"); ok {
		t.Error("merging into a clone's entity changed the original")
	}
	if r.Weight("iran") != 0 || c.Weight("iran") != 9 {
		t.Error("weights are not independent")
	}
	if c.Len() != r.Len()+1 {
		t.Errorf("clone has %d entities, want %d", c.Len(), r.Len()+1)
	}
}

// TestConcurrentUse exercises the registry from several goroutines; run
// with -race.
func TestConcurrentUse(t *testing.T) {
	r := builtin(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				switch (i + j) % 5 {
				case 0:
					r.Mentions("Turkey’s Foreign Minister Hakan Fidan met Iranian officials in Ankara.")
				case 1:
					r.FindInQuery("what did araghci say")
				case 2:
					r.Complete("tur", 5)
				case 3:
					r.SetWeight("turkey", j)
				case 4:
					_ = r.Add(Entity{ID: fmt.Sprintf("person-%d-%d", i, j), Name: fmt.Sprintf("Person N%dx%d", i, j), Kind: Person})
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkAddThenMentions measures what an extractor pays when it adds a
// person it has just discovered and scans the next paragraph: the claims
// are updated in place and only the name index is rebuilt.
func BenchmarkAddThenMentions(b *testing.B) {
	r := builtin(b)
	for i := 0; b.Loop(); i++ {
		if err := r.Add(Entity{ID: fmt.Sprintf("person-%d", i), Name: fmt.Sprintf("Person Number%d", i), Kind: Person}); err != nil {
			b.Fatal(err)
		}
		r.Mentions("Turkish Foreign Minister Hakan Fidan met Iran’s Abbas Araghchi in Ankara.")
	}
}

// BenchmarkSetWeightThenComplete measures re-ranking after a weight change.
func BenchmarkSetWeightThenComplete(b *testing.B) {
	r := builtin(b)
	for i := 0; b.Loop(); i++ {
		r.SetWeight("iran", i)
		r.Complete("ir", 5)
	}
}

func BenchmarkBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWeightBeforeAdd(t *testing.T) {
	r := builtin(t)
	r.SetWeight("kaja-kallas", 100)
	if err := r.Add(Entity{ID: "kaja-kallas", Name: "Kaja Kallas", Kind: Person}); err != nil {
		t.Fatal(err)
	}
	if got := names(r.Complete("", 1)); got != "kaja-kallas" {
		t.Errorf("Complete(\"\", 1) = %q; a weight set before Add should apply", got)
	}
}
