package attribution

import (
	"strings"
	"testing"
)

func TestSpeechVerbs(t *testing.T) {
	lx := newLexicon()
	lemmas := map[string]bool{}
	for _, e := range speechVerbEntries() {
		lemmas[e.lemma] = true
		for _, form := range strings.Fields(e.forms) {
			if got, ok := lx.verbs[form]; !ok || got.entry.lemma == "" {
				t.Errorf("form %q of %q is not in the lexicon", form, e.lemma)
			}
		}
	}
	if len(lemmas) < 40 {
		t.Errorf("%d speech verb lemmas, want at least 40", len(lemmas))
	}
	for _, w := range []string{"say", "tell", "write", "warn", "stress", "urge", "add", "insist", "emphasise", "emphasize",
		"reiterate", "underscore", "announce", "confirm", "state", "note", "argue", "claim", "declare", "explain", "describe",
		"call", "praise", "condemn", "criticise", "criticize", "reject", "deny", "accuse", "express", "signal", "pledge", "vow",
		"promise", "propose", "believe", "suggest", "assert", "highlight", "point", "acknowledge", "admit", "tweet", "post",
		"ask", "demand", "threaten", "welcome", "thank"} {
		if !lemmas[w] {
			t.Errorf("lemma %q missing", w)
		}
	}
	for form, want := range map[string]verbForm{"said": pastForm, "says": thirdForm, "saying": ingForm, "say": baseForm, "signalled": pastForm, "wrote": pastForm, "written": pastForm} {
		if got := lx.verbs[form].form; got != want {
			t.Errorf("form of %q = %d, want %d", form, got, want)
		}
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{{"Abbas Araghchi", "Abbas Araqchi"}, {"Esmaeil Baghaei", "Esmail Baghaei"}, {"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"}}
	for _, p := range same {
		if nameKey(p[0]) != nameKey(p[1]) {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q; want equal", p[0], nameKey(p[0]), p[1], nameKey(p[1]))
		}
	}
	if nameKey("Ali Larijani") == nameKey("Ali Shamkhani") {
		t.Error("different names share a key")
	}
	for in, want := range map[string]string{"Hakan Fidan": "hakan-fidan", "Egypt’s Ministry of Foreign Affairs": "egypt-ministry-of-foreign-affairs", "Jean-Noel Barrot": "jean-noel-barrot", "Erdoğan": "erdogan"} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
