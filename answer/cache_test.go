package answer

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// doctored is the text the tests put in the first cached statement: an
// engine whose first statement says it was loaded from the cache.
const doctored = "DOCTORED BY THE CACHE TEST"

// copyCorpus copies testdata/corpus into a new directory and returns it.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, os.DirFS("testdata/corpus")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// doctorCache rewrites the cache in indexDir with doctored as the text of
// the first statement, and returns its header.
func doctorCache(t *testing.T, corpusDir, indexDir string) cacheHeader {
	t.Helper()
	key, err := sourceKey(corpusDir, "")
	if err != nil {
		t.Fatal(err)
	}
	h, c, err := readCache(indexDir, key)
	if err != nil {
		t.Fatalf("no cache after a load: %v", err)
	}
	if len(c.Statements) == 0 {
		t.Fatal("the test corpus has no statement to doctor")
	}
	c.Statements[0].Text = doctored
	if err := writeCache(indexDir, h, c); err != nil {
		t.Fatal(err)
	}
	return h
}

// TestLoadCache loads a corpus with an on-disk index, doctors the cache,
// changes something, and loads again: the doctored statement shows that
// the second load read the cache.
func TestLoadCache(t *testing.T) {
	tests := []struct {
		name string
		// change is done between the two loads.
		change    func(t *testing.T, corpusDir, indexDir string, h cacheHeader)
		wantCache bool
		wantLog   string // part of the log; "" for no log line
	}{
		{name: "unchanged files", change: func(*testing.T, string, string, cacheHeader) {}, wantCache: true},
		{name: "changed article", wantLog: "", change: func(t *testing.T, corpusDir, _ string, _ cacheHeader) {
			appendFile(t, filepath.Join(corpusDir, "summit.md"), "\nOne more paragraph.\n")
		}},
		{name: "changed knowledge", change: func(t *testing.T, corpusDir, _ string, _ cacheHeader) {
			appendFile(t, filepath.Join(corpusDir, KnowledgeFile), "\n")
		}},
		{name: "new article", change: func(t *testing.T, corpusDir, _ string, _ cacheHeader) {
			data, err := os.ReadFile(filepath.Join(corpusDir, "summit.md"))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(corpusDir, "summit2.md"), string(data))
		}},
		{name: "file renamed", change: func(t *testing.T, corpusDir, _ string, _ cacheHeader) {
			if err := os.Rename(filepath.Join(corpusDir, "summit.md"), filepath.Join(corpusDir, "summit-x.md")); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "other cache format", change: func(t *testing.T, corpusDir, indexDir string, h cacheHeader) {
			rewriteHeader(t, corpusDir, indexDir, cacheHeader{Format: cacheFormat + 1, Key: h.Key, IndexHash: h.IndexHash})
		}},
		{name: "index of other passages", wantLog: "does not match the index", change: func(t *testing.T, corpusDir, indexDir string, h cacheHeader) {
			rewriteHeader(t, corpusDir, indexDir, cacheHeader{Format: cacheFormat, Key: h.Key, IndexHash: "other"})
		}},
		{name: "corrupt cache", wantLog: "extraction cache unusable", change: func(t *testing.T, _, indexDir string, _ cacheHeader) {
			path := filepath.Join(indexDir, cacheFile)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, path, string(data[:len(data)/2]))
		}},
		{name: "garbage cache", wantLog: "extraction cache unusable", change: func(t *testing.T, _, indexDir string, _ cacheHeader) {
			writeFile(t, filepath.Join(indexDir, cacheFile), "not a gob stream")
		}},
		{name: "no cache", change: func(t *testing.T, _, indexDir string, _ cacheHeader) {
			if err := os.Remove(filepath.Join(indexDir, cacheFile)); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			corpusDir := copyCorpus(t)
			opts := LoadOptions{CorpusDir: corpusDir, IndexDir: filepath.Join(t.TempDir(), "index")}
			var log bytes.Buffer
			opts.Logger = slog.New(slog.NewTextHandler(&log, nil))
			first, _, err := Load(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(first.Result().Statements)
			if err := first.Close(); err != nil { // a restart
				t.Fatal(err)
			}
			h := doctorCache(t, corpusDir, opts.IndexDir)
			tt.change(t, corpusDir, opts.IndexDir, h)
			log.Reset()

			second := load(t, opts)
			got := second.Result().Statements
			fromCache := len(got) > 0 && got[0].Text == doctored
			if fromCache != tt.wantCache {
				t.Errorf("loaded from the cache: %v, want %v", fromCache, tt.wantCache)
			}
			if !tt.wantCache && (len(got) == 0 || got[0].Text != want[0].Text) {
				t.Errorf("first statement %+v, want %+v", got[0], want[0])
			}
			if tt.wantLog == "" && log.Len() > 0 || !strings.Contains(log.String(), tt.wantLog) {
				t.Errorf("log %q, want one with %q", log.String(), tt.wantLog)
			}
			if _, err := second.Ask(context.Background(), "What did Zorva City say about a ceasefire?", Page{}); err != nil {
				t.Fatal(err)
			}
			if tt.wantCache {
				return
			}
			// A miss writes a new cache: the next start reads it.
			doctorCache(t, corpusDir, opts.IndexDir)
			if third := load(t, opts); third.Result().Statements[0].Text != doctored {
				t.Error("the cache written after a miss is not read")
			}
		})
	}
}

// TestCachedExtractionRoundTrip flattens and rebuilds extractions.
func TestCachedExtractionRoundTrip(t *testing.T) {
	for _, dir := range []string{"", "testdata/corpus"} {
		t.Run("corpus="+dir, func(t *testing.T) {
			res, problems, err := LoadCorpus(context.Background(), dir)
			if err != nil {
				t.Fatal(err)
			}
			problems = append(problems,
				corpus.Problem{File: "x.md", Line: 3, Err: &corpus.ParseError{File: "x.md", Line: 3, Msg: "bad"}},
				corpus.Problem{File: "y.md", Err: errors.New("cannot read: gone")})
			c, err := newCachedExtraction(res, problems)
			if err != nil {
				t.Fatal(err)
			}
			got, gotProblems, err := c.result()
			if err != nil {
				t.Fatal(err)
			}
			checkSameResult(t, got, res)
			if len(gotProblems) != len(problems) {
				t.Fatalf("problems %v, want %v", gotProblems, problems)
			}
			for i, p := range gotProblems {
				var pe *corpus.ParseError
				if p.Error() != problems[i].Error() || errors.As(p, &pe) != errors.As(problems[i], &pe) {
					t.Errorf("problem %v, want %v", p, problems[i])
				}
			}
		})
	}
}

// TestNewCachedExtractionRefusesOtherShapes checks the invariants the
// cache relies on.
func TestNewCachedExtractionRefusesOtherShapes(t *testing.T) {
	tests := []struct {
		name   string
		change func(res *attribution.Result)
	}{
		{name: "passages out of order", change: func(res *attribution.Result) {
			res.Passages[0], res.Passages[1] = res.Passages[1], res.Passages[0]
		}},
		{name: "statement not in the list", change: func(res *attribution.Result) {
			res.Statements = res.Statements[1:]
		}},
		{name: "changed paragraph", change: func(res *attribution.Result) {
			res.Passages[0].Paragraph.Text += "."
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, problems, err := LoadCorpus(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			tt.change(res)
			if _, err := newCachedExtraction(res, problems); err == nil {
				t.Error("newCachedExtraction accepted it")
			}
		})
	}
}

// checkSameResult compares two extractions field by field (nil and empty
// lists alike).
func checkSameResult(t *testing.T, got, want *attribution.Result) {
	t.Helper()
	if !slices.Equal(got.Statements, want.Statements) {
		t.Errorf("statements differ")
	}
	if len(got.Articles) != len(want.Articles) || len(got.Passages) != len(want.Passages) {
		t.Fatalf("%d articles and %d passages, want %d and %d", len(got.Articles), len(got.Passages), len(want.Articles), len(want.Passages))
	}
	for i, p := range got.Passages {
		w := want.Passages[i]
		if p.Paragraph != w.Paragraph || !slices.Equal(p.Statements, w.Statements) || !slices.Equal(p.Entities, w.Entities) ||
			(p.Statements == nil) != (w.Statements == nil) || p.Article.ID != w.Article.ID || p.Article.Title != w.Article.Title ||
			!p.Article.Published.Equal(w.Article.Published) || len(p.Article.Paragraphs) != len(w.Article.Paragraphs) {
			t.Errorf("passage %d = %+v, want %+v", i, p, w)
		}
	}
	gotIDs, wantIDs := []string{}, []string{}
	for _, e := range got.Entities.All() {
		gotIDs = append(gotIDs, e.ID+"/"+e.Name+"/"+e.Affiliation+"/"+strings.Join(e.Aliases, ","))
	}
	for _, e := range want.Entities.All() {
		wantIDs = append(wantIDs, e.ID+"/"+e.Name+"/"+e.Affiliation+"/"+strings.Join(e.Aliases, ","))
	}
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("entities differ: %d, want %d", len(gotIDs), len(wantIDs))
	}
	for _, s := range want.Statements {
		for _, name := range []string{s.Speaker, s.Affiliation} {
			g, gok := got.Entities.Resolve(name)
			w, wok := want.Entities.Resolve(name)
			if gok != wok || gok && g.ID != w.ID {
				t.Errorf("Resolve(%q) = %v %v, want %v %v", name, g, gok, w, wok)
			}
		}
	}
}

// load is Load that fails the test on an error or problem, and closes the
// engine at the end of the test.
func load(t *testing.T, opts LoadOptions) *Engine {
	t.Helper()
	e, problems, err := Load(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	t.Cleanup(func() { _ = e.Close() })
	return e
}

// rewriteHeader replaces the header of the cache in indexDir.
func rewriteHeader(t *testing.T, corpusDir, indexDir string, h cacheHeader) {
	t.Helper()
	key, err := sourceKey(corpusDir, "")
	if err != nil {
		t.Fatal(err)
	}
	_, c, err := readCache(indexDir, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeCache(indexDir, h, c); err != nil {
		t.Fatal(err)
	}
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(data)+text)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
