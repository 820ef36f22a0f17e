// Package corpusgen generates synthetic news corpora in the corpus format
// (Markdown with YAML front matter) for benchmarks and load tests.
//
// The articles look like wire copy about a diplomatic crisis: invented
// officials of real countries and international organisations, spokespeople
// and independent experts, quoted in the shapes the attribution package
// reads (“…,” X said; said X, a spokesperson for …; X told reporters: “…”;
// partial quotes; X warned that …; According to X, …; pronoun follow-ups),
// with headings, narrative paragraphs and some page furniture. Word choice
// is skewed so that the vocabulary has common words and a long tail of
// rare ones, like real text.
//
// Everything is deterministic: article i of a corpus depends only on the
// seed and i, so the first thousand articles of a ten-thousand-article
// corpus are the thousand-article corpus of the same seed. An article has
// about ten paragraphs: 10,000 articles make about 100,000 passages.
package corpusgen

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing/fstest"
)

// outletCount is how many outlets a corpus's articles come from.
const outletCount = 40

// Streams of the random source that are not article numbers: the cast and
// the outlets of a corpus are drawn from these.
const (
	castStream   = ^uint64(0)
	outletStream = ^uint64(0) - 1
)

// Corpus generates the articles of one synthetic corpus. It is safe for
// concurrent use: it is only read after New.
type Corpus struct {
	seed    uint64
	cast    *cast
	outlets []outlet
}

// New returns the corpus generated from seed.
func New(seed int64) *Corpus {
	s := uint64(seed)
	return &Corpus{
		seed:    s,
		cast:    newCast(rand.New(rand.NewPCG(s, castStream))),
		outlets: newOutlets(rand.New(rand.NewPCG(s, outletStream)), outletCount),
	}
}

// FileName is the name of article i's file; the article's ID is the name
// without ".md".
func FileName(i int) string {
	return fmt.Sprintf("gen%06d.md", i)
}

// Article returns the file name and contents of article i (0-based).
func (c *Corpus) Article(i int) (name string, data []byte) {
	w := &articleWriter{r: rand.New(rand.NewPCG(c.seed, uint64(i))), cast: c.cast}
	return FileName(i), w.write(i, c.outlets)
}

// FS returns articles 0 to n-1 of the corpus as an in-memory file system,
// for corpus.Load.
func (c *Corpus) FS(n int) fstest.MapFS {
	fsys := make(fstest.MapFS, n)
	for i := range n {
		name, data := c.Article(i)
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}

// WriteDir writes articles 0 to n-1 of the corpus into dir, creating it if
// needed. It stops early when ctx is cancelled.
func (c *Corpus) WriteDir(ctx context.Context, dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create corpus directory: %w", err)
	}
	for i := range n {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("write corpus to %s: stopped after %d of %d articles: %w", dir, i, n, err)
		}
		name, data := c.Article(i)
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("write article %d: %w", i, err)
		}
	}
	return nil
}
