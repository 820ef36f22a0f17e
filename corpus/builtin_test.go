package corpus

import (
	"slices"
	"testing"
	"time"
)

// TestBuiltin loads the built-in corpus and checks each article's metadata.
func TestBuiltin(t *testing.T) {
	articles, problems := Load(Builtin())
	for _, p := range problems {
		t.Errorf("problem: %v", p)
	}
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	want := []Article{
		{ID: "000_95fbb9e21a49f70c", File: "000_95fbb9e21a49f70c.md",
			Title: "Untitled explainer: regional diplomacy to avert a US–Iran war",
			URL:   "https://dominicanrepublicpost.com/?p=628850", Published: day("2026-01-30")},
		{ID: "001_7c2d3fbcdf2d6c76", File: "001_7c2d3fbcdf2d6c76.md",
			Title: "Iran diplomacy with US intensifies via Turkey", Outlet: "FactNerve",
			URL: "https://factnerve.com/iran-diplomacy-with-us-turkey", Published: day("2026-01-30")},
		{ID: "002_140c4e8053404410", File: "002_140c4e8053404410.md",
			Title: "Iran FM intensifies regional diplomacy amid West Asia tensions", Outlet: "Press TV",
			URL:       "https://www.presstv.co.uk/Detail/2026/02/03/763462/Iran-FM-intensifies-regional-diplomacy-amid-West-Asia-tensions",
			Published: day("2026-02-03")},
		{ID: "003_4f252eb2c86d6b61", File: "003_4f252eb2c86d6b61.md",
			Title:     "Pakistan Stresses Dialogue and Diplomatic Engagement as Iran–US Tensions Escalate",
			Outlet:    "WE News English",
			URL:       "https://wenewsenglish.com/pakistan-stresses-dialogue-and-diplomatic-engagement-as-iran-us-tensions-escalate",
			Published: day("2026-01-29")},
	}
	// wantDropped are the furniture lines of each article, and nothing else.
	wantDropped := [][]string{
		{"Advertisement", "Advertisement", "Advertisement", "Related News",
			"US judge orders curbs on ICE agents’ actions against Minnesota protesters",
			"In US ally Thailand, feelings of betrayal after Trump’s visa freeze",
			"‘Wael’s last wish’: Man detained by ICE denied release for son’s funeral"},
		{"[…] warns Iran of stronger military action Iran diplomacy with US intensifies via […]"},
		nil,
		{"icon-facebook icon-twitter icon-whatsapp",
			"ALSO READ:\u00a0Pakistan Stresses ‘Dialogue & Diplomacy’ as Iran–US Tensions Escalate",
			"icon-facebook icon-twitter icon-whatsapp"},
	}
	if len(articles) != len(want) {
		t.Fatalf("%d articles, want %d", len(articles), len(want))
	}
	for i, w := range want {
		a := articles[i]
		if a.ID != w.ID || a.File != w.File || a.Title != w.Title || a.Outlet != w.Outlet ||
			a.URL != w.URL || !a.Published.Equal(w.Published) || a.Author != "" || a.Language != "" {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, metadata(a), metadata(&w))
		}
		if len(a.Paragraphs) == 0 {
			t.Errorf("%s has no paragraphs", a.ID)
		}
		var dropped []string
		for _, d := range a.Dropped {
			dropped = append(dropped, d.Text)
		}
		if !slices.Equal(dropped, wantDropped[i]) {
			t.Errorf("%s dropped:\n got %q\nwant %q", a.ID, dropped, wantDropped[i])
		}
	}
}

// metadata is an article without its body, for messages.
func metadata(a *Article) Article {
	m := *a
	m.Paragraphs, m.Dropped = nil, nil
	return m
}

// TestBuiltinGolden compares the whole built-in corpus, paragraphs and
// dropped furniture included, with testdata/builtin.golden, so that any
// change to an article's text shows up in review.
func TestBuiltinGolden(t *testing.T) {
	articles, problems := Load(Builtin())
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	checkGolden(t, "testdata/builtin.golden", articles)
}
