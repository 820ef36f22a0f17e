package search

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

func buildFixture(t testing.TB) *Index {
	t.Helper()
	idx, err := Build(context.Background(), loadPassages(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Close() })
	return idx
}

func hitIDs(r *Response) []string {
	ids := []string{}
	for _, h := range r.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

func TestSearch(t *testing.T) {
	idx := buildFixture(t)
	tests := []struct {
		name     string
		req      Request
		wantTop  string   // ID of the first hit; "" for no hit
		wantIDs  []string // all hit IDs in order, when not nil
		wantMark []string // highlighted words of the first hit
		// unordered compares wantIDs as a set (equal scores)
		unordered bool
	}{
		{name: "folded query finds diacritics", req: Request{Words: "Turkiye"}, wantTop: "regional#2", wantMark: []string{"Türkiye’s"}},
		{name: "diacritics in query", req: Request{Words: "Türkiye"}, wantTop: "regional#2", wantMark: []string{"Türkiye’s"}},
		{name: "Erdogan finds Erdoğan", req: Request{Words: "Erdogan chaos"}, wantTop: "regional#4", wantMark: []string{"Erdoğan", "chaos"}},
		{name: "dotted capital İ is i", req: Request{Words: "İnterview"}, wantTop: "regional#3", wantMark: []string{"interview"}},
		{name: "Erdoğan finds Erdogan", req: Request{Words: "Erdoğan video"}, wantTop: "armada#5", wantMark: []string{"Erdogan", "video"}},
		{name: "stemming", req: Request{Words: "threats attacking"}, wantTop: "armada#2", wantMark: []string{"threat", "attack"}},
		{name: "fuzzy long word", req: Request{Words: "Armadda"}, wantTop: "armada#1", wantMark: []string{"Armada"}},
		{name: "no fuzziness under five letters", req: Request{Words: "wor"}, wantIDs: []string{}},
		{name: "headings left out", req: Request{Words: "concern"}, wantIDs: []string{"regional#2", "regional#3", "regional#4"}, unordered: true},
		{name: "headings on request", req: Request{Words: "concern", Headings: true}, wantTop: "regional#1"},
		{name: "stop words only", req: Request{Words: "what is the"}, wantIDs: []string{}},
		{name: "entity filter", req: Request{Entities: []string{"turkey"}}, wantIDs: []string{"armada#5", "regional#2", "regional#3", "regional#4"}, unordered: true},
		{name: "entity filter with topic ranks by topic", req: Request{Words: "wrong war", Entities: []string{"turkey"}}, wantTop: "regional#3"},
		{name: "entity in the context", req: Request{Words: "wrong", Entities: []string{"united-states"}}, wantTop: "regional#3"},
		{name: "unknown entity", req: Request{Words: "war", Entities: []string{"brazil"}}, wantIDs: []string{}},
		{name: "synonym", req: Request{Words: "assault"}, wantTop: "armada#2", wantMark: []string{"attack"}},
		{name: "meet is talks", req: Request{Words: "meet"}, wantTop: "regional#2", wantMark: []string{"talks"}},
		{name: "nuke is nuclear", req: Request{Words: "nuke"}, wantTop: "regional#2", wantMark: []string{"nuclear"}},
		{name: "atomic is nuclear", req: Request{Words: "atomic"}, wantTop: "regional#2", wantMark: []string{"nuclear"}},
		{name: "bombing is an attack", req: Request{Words: "bombing"}, wantTop: "armada#2", wantMark: []string{"attack"}},
		{name: "two letters swapped", req: Request{Words: "thraets"}, wantTop: "armada#2", wantMark: []string{"threat"}},
		{name: "two letters swapped in a short word", req: Request{Words: "wra"}, wantTop: "regional#3", wantMark: []string{"war"}},
		{name: "a letter missing", req: Request{Words: "drons"}, wantTop: "armada#3", wantMark: []string{"drones"}},
		{name: "a word written as two", req: Request{Words: "inter view"}, wantTop: "regional#3", wantMark: []string{"interview"}},
		{name: "two words written as one", req: Request{Words: "truthsocial"}, wantTop: "armada#1", wantMark: []string{"Truth", "Social"}},
		{name: "an idiom read as its meaning", req: Request{Words: "sit down with"}, wantTop: "armada#2", wantMark: []string{"negotiate"}},
		{name: "an irregular form", req: Request{Words: "says"}, wantTop: "regional#3", wantMark: []string{"said"}},
		{name: "a phrasal verb's related word", req: Request{Words: "set out talks"}, wantTop: "regional#2", wantMark: []string{"start", "talks"}},
		{name: "related word from the thesaurus, in no synonym group", req: Request{Words: "commence"}, wantTop: "regional#3", wantMark: []string{"start"}},
		{name: "a derived form a stemmer misses", req: Request{Words: "statement"}, wantTop: "armada#2", wantMark: []string{"stated"}},
		{name: "synonym in a phrase", req: Request{Words: "threat of strike"}, wantTop: "armada#2", wantMark: []string{"threat", "attack"}},
		{name: "paging", req: Request{Words: "Erdogan", Entities: []string{"turkey"}, Offset: 1, Limit: 1}, wantIDs: []string{"armada#5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := idx.Search(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			checkWithoutPassages(t, idx, tt.req, resp)
			ids := hitIDs(resp)
			if tt.wantIDs != nil {
				if tt.unordered {
					sort.Strings(ids)
				}
				if !reflect.DeepEqual(ids, tt.wantIDs) {
					t.Fatalf("hits = %v, want %v", ids, tt.wantIDs)
				}
			}
			if tt.wantTop != "" && (len(ids) == 0 || ids[0] != tt.wantTop) {
				t.Fatalf("hits = %v, want %s first", ids, tt.wantTop)
			}
			if tt.wantMark != nil {
				if len(resp.Hits) == 0 {
					t.Fatalf("no hits, want the first to mark %q", tt.wantMark)
				}
				h := resp.Hits[0]
				var marked []string
				for _, s := range h.Highlights {
					marked = append(marked, h.Passage.Paragraph.Text[s.Start:s.End])
				}
				if !reflect.DeepEqual(marked, tt.wantMark) {
					t.Errorf("highlights = %q, want %q", marked, tt.wantMark)
				}
			}
		})
	}
}

func TestInPassages(t *testing.T) {
	idx := buildFixture(t)
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"Erdogan", true}, {"Erdoğan's", true}, {"Imran Khan", false}, {"Erdgan", false}, {"", false},
	} {
		got, err := idx.InPassages(tt.words)
		if err != nil || got != tt.want {
			t.Errorf("InPassages(%q) = %v, %v; want %v", tt.words, got, err, tt.want)
		}
	}
}

// checkWithoutPassages checks that the request made WithoutPassages finds
// the same hits as full, in the same order, with the same scores and
// matched terms, no passage, and highlights (by HighlightsIn) equal to
// those computed from the stored passage.
func checkWithoutPassages(t *testing.T, idx *Index, req Request, full *Response) {
	t.Helper()
	req.WithoutPassages = true
	bare, err := idx.Search(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(hitIDs(bare), hitIDs(full)) || bare.Total != full.Total {
		t.Fatalf("WithoutPassages: hits %v (total %d), want %v (total %d)", hitIDs(bare), bare.Total, hitIDs(full), full.Total)
	}
	for i, b := range bare.Hits {
		f := full.Hits[i]
		if b.Score != f.Score || !reflect.DeepEqual(b.Matched, f.Matched) || !reflect.DeepEqual(b.InContext, f.InContext) || !reflect.DeepEqual(b.InTitle, f.InTitle) {
			t.Errorf("WithoutPassages: hit %s = %v %q %q %q, want %v %q %q %q", b.ID, b.Score, b.Matched, b.InContext, b.InTitle, f.Score, f.Matched, f.InContext, f.InTitle)
		}
		if b.Passage.Article != nil || b.Highlights != nil {
			t.Errorf("WithoutPassages: hit %s has a passage or highlights", b.ID)
		}
		if got := b.HighlightsIn(f.Passage.Paragraph.Text); !reflect.DeepEqual(got, f.Highlights) {
			t.Errorf("WithoutPassages: hit %s HighlightsIn = %v, want %v", b.ID, got, f.Highlights)
		}
	}
}

// TestSearchSyntaxIsPlainText checks that query-string syntax in user text
// is searched as words: it never errors and never acts as an operator.
func TestSearchSyntaxIsPlainText(t *testing.T) {
	idx := buildFixture(t)
	for _, words := range []string{
		"+field:x", "/regex/", "*", "~", "title:foo", "text:armada^5", "-iran +war",
		`"unbalanced`, "armada~2", "a AND b OR NOT c", `\`, "(((", "url:https://example.org/armada",
		strings.Repeat("qwxyz", 6), strings.Repeat("x", 5000),
	} {
		t.Run(words, func(t *testing.T) {
			resp, err := idx.Search(context.Background(), Request{Words: words})
			if err != nil {
				t.Fatalf("Search(%q): %v", words, err)
			}
			for _, h := range resp.Hits {
				if len(h.Matched)+len(h.InContext)+len(h.InTitle) == 0 {
					t.Errorf("Search(%q) found %s without matching a word", words, h.ID)
				}
			}
		})
	}
	// "title:foo" must not search the title field for "foo": the word
	// "title" is searched as a word, and so is "foo".
	resp, err := idx.Search(context.Background(), Request{Words: "url:armada"})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(resp); len(got) == 0 || got[0] != "armada#1" {
		t.Errorf(`"url:armada" = %v, want the passage with the word "Armada"`, got)
	}
}

func TestSearchStatementsRoundTrip(t *testing.T) {
	idx := buildFixture(t)
	resp, err := idx.Search(context.Background(), Request{Words: "wrong attack"})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Hits) == 0 {
		t.Fatal("no hits")
	}
	var want []string
	for _, p := range loadPassages(t) {
		if DocumentID(p) == resp.Hits[0].ID {
			got := resp.Hits[0].Passage
			if !reflect.DeepEqual(got.Statements, p.Statements) || !reflect.DeepEqual(got.Entities, p.Entities) ||
				got.Paragraph != p.Paragraph || got.Article.URL != p.Article.URL || !got.Article.Published.Equal(p.Article.Published) {
				t.Errorf("stored passage = %+v, want %+v", got, p)
			}
			want = append(want, p.Article.ID)
		}
	}
	if len(want) != 1 {
		t.Fatalf("hit %s is not a fixture passage", resp.Hits[0].ID)
	}
}

func TestSearchUnknownTerms(t *testing.T) {
	idx := buildFixture(t)
	resp, err := idx.Search(context.Background(), Request{Words: "Armadda heading"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(resp.Terms, []string{"armadda", "head"}) || !reflect.DeepEqual(resp.Unknown, []string{"armadda"}) {
		t.Errorf("terms %q, unknown %q; want [armadda head] and [armadda]", resp.Terms, resp.Unknown)
	}
	if len(resp.Hits) == 0 || !reflect.DeepEqual(resp.Hits[0].Matched, []string{"armadda", "head"}) {
		t.Errorf("hits %+v, want armada#1 matching both terms", resp.Hits)
	}
}

// TestSearchWhereTermsMatched checks that each term a hit matched is
// listed once, where it was found first: the passage text, its context
// (section heading, previous paragraph), or its article's title.
func TestSearchWhereTermsMatched(t *testing.T) {
	idx := buildFixture(t)
	resp, err := idx.Search(context.Background(), Request{Words: "chaos concern wrong dialogue"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range resp.Hits {
		if h.ID != "regional#4" {
			continue
		}
		if !reflect.DeepEqual(h.Matched, []string{"chao"}) || !reflect.DeepEqual(h.InContext, []string{"concern", "wrong"}) || !reflect.DeepEqual(h.InTitle, []string{"dialogu"}) {
			t.Errorf("regional#4: matched %q, in context %q, in title %q; want [chao], [concern wrong], [dialogu]", h.Matched, h.InContext, h.InTitle)
		}
		return
	}
	t.Errorf("no hit regional#4 in %v", hitIDs(resp))
}

// TestSearchLeadContext checks that an article's first paragraph has the
// paragraph after it for context, and a later one the paragraph before.
func TestSearchLeadContext(t *testing.T) {
	idx := buildFixture(t)
	resp, err := idx.Search(context.Background(), Request{Words: "negotiate"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"armada#1": "context", "armada#2": "text", "armada#3": "context"}
	for _, h := range resp.Hits {
		if !strings.HasPrefix(h.ID, "armada#") {
			continue
		}
		got := "text"
		if len(h.Matched) == 0 {
			got = "context"
		}
		if got != want[h.ID] {
			t.Errorf("hit %s matched in its %s, want %q", h.ID, got, want[h.ID])
		}
		delete(want, h.ID)
	}
	if len(want) > 0 {
		t.Errorf("missing hits %v", want)
	}
}

// TestSpellingVariants checks that a word is searched in its other
// spelling, British or American, as the word itself.
func TestSpellingVariants(t *testing.T) {
	idx := buildFixture(t)
	terms, err := idx.lookUp(idx.Terms("destabilize"), []string{"destabilize"})
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) != 1 || !slices.Contains(terms[0].Variants, "destabilis") {
		t.Errorf("lookUp(destabilize) = %+v, want the variant destabilis", terms)
	}
}

func TestFuzzinessFor(t *testing.T) {
	for _, tt := range []struct {
		term string
		want int
	}{{"iran", 0}, {"araghci", 1}, {"erdgan", 1}, {"peskov", 1}, {"shamkhan", 2}, {"ğğğğ", 0}, {strings.Repeat("x", 31), 0}} {
		if got := fuzzinessFor(tt.term); got != tt.want {
			t.Errorf("fuzzinessFor(%q) = %d, want %d", tt.term, got, tt.want)
		}
	}
}

func TestWithinDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		k    int
		want bool
	}{{"araghci", "araghchi", 1, true}, {"erdgan", "erdogan", 1, true}, {"abc", "xyz", 2, false}, {"", "ab", 2, true}, {"ab", "", 1, false}} {
		if got := withinDistance(tt.a, tt.b, tt.k); got != tt.want {
			t.Errorf("withinDistance(%q, %q, %d) = %v, want %v", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

func TestMaxTerms(t *testing.T) {
	idx := buildFixture(t)
	words := ""
	for i := 0; i < 200; i++ {
		words += "armada word" + string(rune('a'+i%26)) + " "
	}
	terms, _, phrases := analyse(idx.bleve.Mapping().AnalyzerNamed(NewsAnalyzer), words)
	if len(terms) > MaxTerms || len(phrases) > maxPhrases {
		t.Fatalf("%d terms and %d phrases, want at most %d and %d", len(terms), len(phrases), MaxTerms, maxPhrases)
	}
	if _, err := idx.Search(context.Background(), Request{Words: words}); err != nil {
		t.Fatal(err)
	}
}
