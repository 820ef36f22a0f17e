package entity_test

import (
	"fmt"

	"github.com/crisisbot/bot/entity"
)

func ExampleRegistry_Mentions() {
	reg, err := entity.Builtin()
	if err != nil {
		panic(err)
	}
	text := "Turkiye’s Foreign Minister Hakan Fidan told us the Kremlin and the US agree."
	for _, m := range reg.Mentions(text) {
		fmt.Printf("%s → %s (%s)\n", text[m.Start:m.End], m.ID, m.Via)
	}
	// Output:
	// Turkiye → turkey (alias)
	// Hakan Fidan → hakan-fidan (name)
	// Kremlin → russia (seat)
	// US → united-states (alias)
}

func ExampleRegistry_FindInQuery() {
	reg, err := entity.Builtin()
	if err != nil {
		panic(err)
	}
	q := "what did araghci tell us about turkey"
	for _, m := range reg.FindInQuery(q) {
		fmt.Printf("%s → %s fuzzy=%v\n", q[m.Start:m.End], m.ID, m.Fuzzy)
	}
	// Output:
	// araghci → abbas-araghchi fuzzy=true
	// turkey → turkey fuzzy=false
}

func ExampleRegistry_Complete() {
	reg, err := entity.Builtin()
	if err != nil {
		panic(err)
	}
	reg.SetWeight("turkmenistan", 2) // mentioned more often than Turkey
	for _, e := range reg.Complete("tur", 5) {
		fmt.Println(e.Name)
	}
	// Output:
	// Turkmenistan
	// Turkey
}

func ExampleRegistry_Resolve() {
	reg, err := entity.Builtin()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"the Kremlin", "Türkiye's", "Persia", "the Council"} {
		if e, ok := reg.Resolve(name); ok {
			fmt.Printf("%s = %s\n", name, e.Name)
		} else {
			fmt.Printf("%s = ?\n", name)
		}
	}
	// Output:
	// the Kremlin = Russia
	// Türkiye's = Turkey
	// Persia = Iran
	// the Council = ?
}
