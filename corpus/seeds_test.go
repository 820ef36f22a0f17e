package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// seedsDir holds the seed articles the built-in corpus was converted from,
// when the package sits in the team's working tree.
const seedsDir = "../../shared/seeds"

// TestBuiltinMatchesSeeds checks that each built-in article keeps its seed's
// published words exactly: the Markdown file's paragraphs equal the plain
// text seed's paragraphs, both after furniture removal.
func TestBuiltinMatchesSeeds(t *testing.T) {
	if _, err := os.Stat(seedsDir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no seed directory %s", seedsDir)
	}
	seeds, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) == 0 {
		t.Fatalf("no seeds in %s", seedsDir)
	}
	for _, seedFile := range seeds {
		id := strings.TrimSuffix(filepath.Base(seedFile), ".txt")
		t.Run(id, func(t *testing.T) {
			seed := parseFile(t, seedFile)
			data, err := fs.ReadFile(Builtin(), id+".md")
			if err != nil {
				t.Fatalf("the seed has no built-in article: %v", err)
			}
			built, err := Parse(path.Join("articles", id+".md"), data)
			if err != nil {
				t.Fatal(err)
			}
			if len(built.Paragraphs) != len(seed.Paragraphs) {
				t.Errorf("%d paragraphs, the seed has %d", len(built.Paragraphs), len(seed.Paragraphs))
			}
			for i := range min(len(built.Paragraphs), len(seed.Paragraphs)) {
				got, want := built.Paragraphs[i], seed.Paragraphs[i]
				if got.Number != want.Number || got.Text != want.Text || got.Heading != want.Heading {
					t.Errorf("paragraph %d:\n got %d %v %q\nwant %d %v %q", i+1,
						got.Number, got.Heading, got.Text, want.Number, want.Heading, want.Text)
				}
			}
			if len(built.Dropped) != len(seed.Dropped) {
				t.Errorf("%d lines dropped, %d in the seed", len(built.Dropped), len(seed.Dropped))
			}
			if seed.Title != "" && built.Title != seed.Title {
				t.Errorf("title %q, the seed's is %q", built.Title, seed.Title)
			}
			if !seed.Published.IsZero() && !built.Published.Equal(seed.Published) {
				t.Errorf("published %v, the seed's is %v", built.Published, seed.Published)
			}
		})
	}
}

// parseFile parses an article file on disk, failing the test on error.
func parseFile(t *testing.T, file string) *Article {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(file, data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
