package corpusgen

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
)

func TestArticleIsDeterministic(t *testing.T) {
	tests := []struct {
		name      string
		seedA     int64
		seedB     int64
		article   int
		wantEqual bool
	}{
		{"same seed, same article", 7, 7, 3, true},
		{"same seed, other corpus instance", 42, 42, 0, true},
		{"different seeds", 7, 8, 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, a := New(tt.seedA).Article(tt.article)
			_, b := New(tt.seedB).Article(tt.article)
			if got := bytes.Equal(a, b); got != tt.wantEqual {
				t.Errorf("articles equal = %v, want %v", got, tt.wantEqual)
			}
		})
	}
}

func TestArticlesDiffer(t *testing.T) {
	c := New(1)
	_, a := c.Article(0)
	_, b := c.Article(1)
	if bytes.Equal(a, b) {
		t.Fatal("articles 0 and 1 are identical")
	}
}

func TestSmallerCorpusIsAPrefix(t *testing.T) {
	small, large := New(5).FS(20), New(5).FS(50)
	for name, f := range small {
		if !bytes.Equal(f.Data, large[name].Data) {
			t.Errorf("%s differs between the 20- and the 50-article corpus", name)
		}
	}
}

func TestCorpusParsesWithoutProblems(t *testing.T) {
	tests := []struct {
		seed     int64
		articles int
	}{
		{1, 200},
		{99, 200},
		{-3, 50},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("seed=%d/articles=%d", tt.seed, tt.articles), func(t *testing.T) {
			articles, problems := corpus.Load(New(tt.seed).FS(tt.articles))
			for _, p := range problems {
				t.Errorf("problem: %v", p)
			}
			if len(articles) != tt.articles {
				t.Fatalf("loaded %d articles, want %d", len(articles), tt.articles)
			}
			var paragraphs, headings, dropped int
			for _, a := range articles {
				if a.Title == "" || a.Outlet == "" || a.URL == "" || a.Published.IsZero() {
					t.Errorf("%s: metadata missing: %+v", a.File, a)
				}
				paragraphs += len(a.Paragraphs)
				dropped += len(a.Dropped)
				for _, p := range a.Paragraphs {
					if p.Heading {
						headings++
					}
				}
			}
			perArticle := float64(paragraphs) / float64(len(articles))
			if perArticle < 8 || perArticle > 13 {
				t.Errorf("%.1f paragraphs per article, want about 10", perArticle)
			}
			if headings == 0 {
				t.Error("no headings")
			}
			if dropped == 0 {
				t.Error("no page furniture was dropped: the generator should write some")
			}
		})
	}
}

func TestVocabularyIsVaried(t *testing.T) {
	articles, _ := corpus.Load(New(1).FS(500))
	words := make(map[string]int)
	for _, a := range articles {
		for _, p := range a.Paragraphs {
			for _, w := range strings.Fields(strings.ToLower(p.Text)) {
				words[strings.Trim(w, `.,:;“”’"`)]++
			}
		}
	}
	const wantDistinct = 3000
	if len(words) < wantDistinct {
		t.Errorf("%d distinct words in 500 articles, want at least %d", len(words), wantDistinct)
	}
}

func TestCorpusYieldsAttributedStatements(t *testing.T) {
	articles, problems := corpus.Load(New(3).FS(100))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	known, err := entity.Builtin()
	if err != nil {
		t.Fatalf("entity.Builtin: %v", err)
	}
	res := attribution.Extract(articles, known)
	kinds := make(map[attribution.Kind]int)
	speakers := make(map[string]bool)
	affiliated := 0
	for _, s := range res.Statements {
		kinds[s.Kind]++
		if s.SpeakerID != "" {
			speakers[s.SpeakerID] = true
		}
		if s.AffiliationID != "" {
			affiliated++
		}
	}
	t.Logf("%d articles, %d passages, %d statements %v, %d speakers, %d affiliated", len(articles), len(res.Passages), len(res.Statements), kinds, len(speakers), affiliated)
	if len(res.Statements) < 3*len(articles) {
		t.Errorf("%d statements in %d articles, want at least 3 per article", len(res.Statements), len(articles))
	}
	for _, k := range []attribution.Kind{attribution.Direct, attribution.Partial, attribution.Indirect} {
		if kinds[k] == 0 {
			t.Errorf("no %s statements (kinds: %v)", k, kinds)
		}
	}
	if len(speakers) < 100 {
		t.Errorf("%d distinct speakers, want at least 100", len(speakers))
	}
	if affiliated < len(res.Statements)/3 {
		t.Errorf("%d of %d statements have an affiliation, want at least a third", affiliated, len(res.Statements))
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	c := New(11)
	if err := c.WriteDir(context.Background(), dir, 5); err != nil {
		t.Fatalf("WriteDir: %v", err)
	}
	for i := range 5 {
		name, want := c.Article(i)
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s on disk differs from Article(%d)", name, i)
		}
	}
}

func TestWriteDirStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	if err := New(1).WriteDir(ctx, dir, 10); err == nil {
		t.Fatal("WriteDir with a cancelled context returned no error")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("%d files written after cancellation, want 0", len(entries))
	}
}
