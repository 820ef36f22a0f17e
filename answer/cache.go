package answer

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/search"
)

// The extraction cache lets a restart with an on-disk index skip reading
// and extracting the corpus (seconds for 100k passages). Load keeps it in
// the index directory, in the file named by cacheFile, under a key that
// is a hash of everything the extraction depends on:
//
//   - cacheFormat, search.MappingVersion, and the corpus directory's name
//     (articles and problems are named by it);
//   - the running executable's bytes, which hold the extraction code and
//     the built-in knowledge file and corpus: a new build never reads a
//     cache that an older one wrote;
//   - every file of the corpus directory that Load could read (names,
//     sizes, contents): articles and the knowledge file.
//
// A cache whose key differs, that cannot be decoded, or whose index hash
// is not the index's is ignored: Load extracts the corpus and writes a new
// cache. The cache never makes Load fail.

// cacheFile is the name of the extraction cache in the index directory.
const cacheFile = "crisisbot-extraction.gob"

// cacheFormat is the layout of cachedExtraction. Increase it whenever
// cachedExtraction or the way it is written or read changes.
const cacheFormat = 1

// cacheHeader is the first value of a cache file, read before the rest so
// that a stale cache costs no decoding.
type cacheHeader struct {
	Format int
	// Key is sourceKey of the corpus the cache was written from.
	Key string
	// IndexHash is the CorpusHash of the index built from the extraction.
	IndexHash string
}

// cachedExtraction is an attribution.Result and the problems of loading
// its corpus, flattened: each article once, and passages pointing into
// the articles' paragraphs and the list of statements.
type cachedExtraction struct {
	Articles   []*corpus.Article
	Passages   []cachedPassage
	Statements []attribution.Statement
	Entities   []entity.Entity
	Problems   []cachedProblem
}

// cachedPassage is an attribution.Passage: its paragraph is
// Articles[Article].Paragraphs[Paragraph], and its statements the next
// Statements of cachedExtraction.Statements (-1 for a nil list).
type cachedPassage struct {
	Article, Paragraph int
	Statements         int
	Entities           []string
}

// cachedProblem is a corpus.Problem with its cause as text: the Msg of
// a *corpus.ParseError (Parse true), or the error's text.
type cachedProblem struct {
	File  string
	Line  int
	Msg   string
	Parse bool
}

// errNotCacheable is returned by newCachedExtraction for a result that
// does not have the shape the cache relies on.
var errNotCacheable = errors.New("extraction not cacheable")

// newCachedExtraction flattens res. It fails with errNotCacheable if a
// passage's paragraph is not the next paragraph of its article, or if the
// statements of the passages, in order, are not res.Statements.
func newCachedExtraction(res *attribution.Result, problems []corpus.Problem) (*cachedExtraction, error) {
	c := &cachedExtraction{Articles: res.Articles, Statements: res.Statements}
	article := map[*corpus.Article]int{}
	for i, a := range res.Articles {
		article[a] = i
	}
	next := make([]int, len(res.Articles)) // next paragraph of each article
	stmt := 0
	for _, p := range res.Passages {
		ai, ok := article[p.Article]
		if !ok {
			return nil, fmt.Errorf("%w: passage %s of an unlisted article", errNotCacheable, search.DocumentID(p))
		}
		pi := next[ai]
		if pi >= len(p.Article.Paragraphs) || p.Article.Paragraphs[pi] != p.Paragraph {
			return nil, fmt.Errorf("%w: passage %s is not the article's next paragraph", errNotCacheable, search.DocumentID(p))
		}
		next[ai]++
		n := len(p.Statements)
		for k, s := range p.Statements {
			if stmt+k >= len(res.Statements) || res.Statements[stmt+k] != s {
				return nil, fmt.Errorf("%w: statements of passage %s out of order", errNotCacheable, search.DocumentID(p))
			}
		}
		stmt += n
		if p.Statements == nil {
			n = -1
		}
		c.Passages = append(c.Passages, cachedPassage{Article: ai, Paragraph: pi, Statements: n, Entities: p.Entities})
	}
	if stmt != len(res.Statements) {
		return nil, fmt.Errorf("%w: %d statements in no passage", errNotCacheable, len(res.Statements)-stmt)
	}
	for _, e := range res.Entities.All() {
		c.Entities = append(c.Entities, *e)
	}
	for _, p := range problems {
		cp := cachedProblem{File: p.File, Line: p.Line, Msg: "unknown error"}
		var pe *corpus.ParseError
		switch {
		case errors.As(p.Err, &pe):
			cp.Msg, cp.Parse = pe.Msg, true
		case p.Err != nil:
			cp.Msg = p.Err.Error()
		}
		c.Problems = append(c.Problems, cp)
	}
	return c, nil
}

// result rebuilds the extraction result and the problems.
func (c *cachedExtraction) result() (*attribution.Result, []corpus.Problem, error) {
	res := &attribution.Result{Articles: c.Articles, Statements: c.Statements,
		Passages: make([]attribution.Passage, 0, len(c.Passages))}
	stmt := 0
	for i, cp := range c.Passages {
		if cp.Article < 0 || cp.Article >= len(c.Articles) ||
			cp.Paragraph < 0 || cp.Paragraph >= len(c.Articles[cp.Article].Paragraphs) ||
			stmt+max(cp.Statements, 0) > len(c.Statements) {
			return nil, nil, fmt.Errorf("passage %d points outside the cache", i)
		}
		a := c.Articles[cp.Article]
		p := attribution.Passage{Article: a, Paragraph: a.Paragraphs[cp.Paragraph], Entities: cp.Entities}
		if cp.Statements >= 0 {
			end := stmt + cp.Statements
			p.Statements = c.Statements[stmt:end:end]
			stmt = end
		}
		res.Passages = append(res.Passages, p)
	}
	if stmt != len(c.Statements) {
		return nil, nil, fmt.Errorf("%d statements in no passage", len(c.Statements)-stmt)
	}
	reg, err := entity.NewRegistry(c.Entities...)
	if err != nil {
		return nil, nil, fmt.Errorf("entities: %w", err)
	}
	res.Entities = reg
	var problems []corpus.Problem
	for _, p := range c.Problems {
		var err error = errors.New(p.Msg)
		if p.Parse {
			err = &corpus.ParseError{File: p.File, Line: p.Line, Msg: p.Msg}
		}
		problems = append(problems, corpus.Problem{File: p.File, Line: p.Line, Err: err})
	}
	return res, problems, nil
}

// writeCache saves an extraction in the index directory dir, atomically.
func writeCache(dir string, h cacheHeader, c *cachedExtraction) (err error) {
	f, err := os.CreateTemp(dir, cacheFile+".*")
	if err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	enc := gob.NewEncoder(w)
	if err := enc.Encode(h); err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	if err := enc.Encode(c); err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, cacheFile)); err != nil {
		return fmt.Errorf("write extraction cache: %w", err)
	}
	return nil
}

// errStaleCache says that the cache was written for other files, another
// executable or another format.
var errStaleCache = errors.New("extraction cache is for another corpus or build")

// readCache reads the extraction cached in the index directory dir under
// key. It returns an error wrapping fs.ErrNotExist when there is none,
// errStaleCache when its key differs, and another error when it cannot be
// decoded.
func readCache(dir, key string) (cacheHeader, *cachedExtraction, error) {
	f, err := os.Open(filepath.Join(dir, cacheFile))
	if err != nil {
		return cacheHeader{}, nil, fmt.Errorf("read extraction cache: %w", err)
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	var h cacheHeader
	if err := dec.Decode(&h); err != nil {
		return cacheHeader{}, nil, fmt.Errorf("read extraction cache %s: %w", f.Name(), err)
	}
	if h.Format != cacheFormat || h.Key != key {
		return cacheHeader{}, nil, errStaleCache
	}
	c := &cachedExtraction{}
	if err := dec.Decode(c); err != nil {
		return cacheHeader{}, nil, fmt.Errorf("read extraction cache %s: %w", f.Name(), err)
	}
	return h, c, nil
}

// sourceKey hashes what an extraction of the corpus in dir ("" for the
// built-in corpus) depends on (see the top of this file). A corpus
// directory's subtree skip (the index directory, when it lies inside
// the corpus; "" for none) is left out.
func sourceKey(dir, skip string) (string, error) {
	h := sha256.New()
	// The directory as given: articles and problems are named by it.
	fmt.Fprintf(h, "crisisbot extraction cache %d, mapping %d, corpus %q\n", cacheFormat, search.MappingVersion, dir)
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("hash the executable: %w", err)
	}
	if err := hashFile(h, "executable", exe); err != nil {
		return "", err
	}
	if dir == "" {
		if err := hashFS(h, corpus.Builtin(), ""); err != nil {
			return "", fmt.Errorf("hash the built-in corpus: %w", err)
		}
	} else if err := hashFS(h, os.DirFS(dir), skip); err != nil {
		return "", fmt.Errorf("hash corpus %s: %w", dir, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashFS adds to h the name, size and content of every file of fsys that
// Load may read (article files and the knowledge file), in path order,
// leaving out the subtree skip.
func hashFS(h hash.Hash, fsys fs.FS, skip string) error {
	buf := make([]byte, 64<<10)
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if skip != "" && p == skip {
				return fs.SkipDir
			}
			return nil
		}
		if !mayRead(p) {
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return hashContent(h, p, f, buf)
	})
}

// mayRead reports whether Load may read a file: an article file (any
// extension corpus.Load reads, in any case) or the knowledge file. It may
// say yes to more files than Load reads, never to fewer.
func mayRead(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown", ".txt":
		return true
	}
	return path.Base(p) == KnowledgeFile
}

// hashFile adds the file at path to h under name.
func hashFile(h hash.Hash, name, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("hash %s: %w", name, err)
	}
	defer f.Close()
	return hashContent(h, name, f, make([]byte, 64<<10))
}

// hashContent adds to h the name, the size and the bytes of the file f,
// each length before what it measures, so that no two different lists of
// files hash alike.
func hashContent(h hash.Hash, name string, f fs.File, buf []byte) error {
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("hash %s: %w", name, err)
	}
	var size [8]byte
	binary.LittleEndian.PutUint64(size[:], uint64(len(name)))
	h.Write(size[:])
	io.WriteString(h, name)
	binary.LittleEndian.PutUint64(size[:], uint64(info.Size()))
	h.Write(size[:])
	n, err := io.CopyBuffer(h, f, buf)
	if err != nil {
		return fmt.Errorf("hash %s: %w", name, err)
	}
	if n != info.Size() {
		return fmt.Errorf("hash %s: %d bytes read, %d expected: the file changed", name, n, info.Size())
	}
	return nil
}
