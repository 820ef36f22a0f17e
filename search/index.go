// Package search indexes passages with bleve and finds them again.
//
// Every passage (one paragraph of an article) is one bleve document, ID
// "article#paragraph", mapped explicitly (see mapping.go): its text, the
// section heading and previous paragraph (for a lead, the next) as context, its statements, the
// entities it mentions, and the article's metadata. Prose is analysed with
// the "news" analyzer, which folds diacritics per token so that "Erdogan"
// finds "Erdoğan" while highlights keep pointing at the original bytes;
// identifiers are keywords; scoring is BM25. The passage itself is stored
// as JSON in a field that is not indexed, so a hit is rebuilt without the
// corpus, also from an on-disk index opened by another process.
//
// An index lives in memory (the default) or on disk (Options.Dir). An
// on-disk index records the mapping version and a hash of the corpus and
// is rebuilt by Open when either changed; OpenReadOnly opens it without
// taking scorch's write lock.
//
// User text never reaches bleve's query-string syntax: Search analyses it
// like the passages and builds typed queries from the terms (see
// query.go): at most MaxTerms terms, each searched in the text, context
// and title; a term missing from the index is matched with an edit
// distance (none under five letters, one up to seven, two beyond); a few
// news synonyms ("talks", "negotiations") are searched with a lower
// weight; neighbouring words add phrase clauses.
package search

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/thesaurus"
)

// Keys of the values recorded inside an on-disk index with SetInternal.
const (
	keyMappingVersion = "crisisbot.mapping_version"
	keyCorpusHash     = "crisisbot.corpus_hash"
)

// DefaultBatchSize is how many documents go into one bleve batch when
// Options.BatchSize is zero. An in-memory scorch index never merges its
// segments, so batches are large: the built-in corpus fits in one.
const DefaultBatchSize = 2000

// lockTimeout is how long OpenReadOnly waits for a process that is
// writing the index (and holds its lock) before it gives up with an error.
const lockTimeout = "2s"

// progressThreshold is the number of passages from which a progress bar is
// shown (when Options.Progress is a terminal).
const progressThreshold = 5000

// Options says where an index lives and how it is built.
type Options struct {
	// Dir is the directory of an on-disk scorch index; "" keeps the
	// index in memory.
	Dir string
	// Progress receives a progress bar while a large corpus is indexed,
	// when it is a terminal; nil shows nothing.
	Progress io.Writer
	// BatchSize bounds the documents per batch; 0 means DefaultBatchSize.
	BatchSize int
}

// Index is a searchable index of passages, in memory or on disk. It is
// safe for concurrent searches.
type Index struct {
	bleve bleve.Index
	// hash is the corpus hash the index was built from.
	hash string
	// analyzer is the index's NewsAnalyzer, which requests are analysed
	// with.
	analyzer analysis.Analyzer
	// synonyms expand query words (see synonyms.go), and thesaurus
	// with words of a common meaning, weighing less; idioms are read
	// as their plain meaning.
	synonyms  synonyms
	idioms    []idiom
	thesaurus *thesaurus.Thesaurus
}

// newIndex wraps an open bleve index; it closes it on error.
func newIndex(b bleve.Index, hash string) (*Index, error) {
	th, err := thesaurus.Builtin()
	if err != nil {
		_ = b.Close()
		return nil, err
	}
	analyzer := b.Mapping().AnalyzerNamed(NewsAnalyzer)
	return &Index{bleve: b, hash: hash, analyzer: analyzer, synonyms: newSynonyms(analyzer, th), idioms: newIdioms(), thesaurus: th}, nil
}

// Build indexes passages afresh. With Options.Dir set it replaces whatever
// index is in that directory (a directory that holds something other than
// a bleve index is refused).
func Build(ctx context.Context, passages []attribution.Passage, opts Options) (*Index, error) {
	ids, docs, err := newDocuments(passages)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	hash, err := corpusHash(ids, docs)
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	return build(ctx, ids, docs, hash, opts)
}

// Open returns the index of passages: in memory when Options.Dir is empty;
// otherwise the on-disk index in Dir when it was built with the current
// MappingVersion from the same passages, or a fresh one built in its place.
// An on-disk index is returned opened read-only (see OpenReadOnly), so the
// process that serves it never blocks another that opens it.
func Open(ctx context.Context, passages []attribution.Passage, opts Options) (*Index, error) {
	ids, docs, err := newDocuments(passages)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	hash, err := corpusHash(ids, docs)
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	if opts.Dir == "" {
		return build(ctx, ids, docs, hash, opts)
	}
	if idx, err := OpenReadOnly(opts.Dir); err == nil {
		if idx.hash == hash {
			return idx, nil
		}
		if err := idx.Close(); err != nil {
			return nil, err
		}
	}
	idx, err := build(ctx, ids, docs, hash, opts)
	if err != nil {
		return nil, err
	}
	if err := idx.Close(); err != nil {
		return nil, err
	}
	return OpenReadOnly(opts.Dir)
}

// OpenReadOnly opens the on-disk index in dir for searching only. It takes
// no write lock (scorch's "read_only"), so any number of processes may
// open the same index at once; while another process is building it, it
// fails after lockTimeout instead of waiting. It fails when the index was
// built with another MappingVersion.
func OpenReadOnly(dir string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		return nil, fmt.Errorf("open index %s read-only: %w", dir, err)
	}
	b, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true, "bolt_timeout": lockTimeout})
	if err != nil {
		return nil, fmt.Errorf("open index %s read-only: %w", dir, err)
	}
	version, err := b.GetInternal([]byte(keyMappingVersion))
	if err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("open index %s read-only: %w", dir, err)
	}
	if string(version) != fmt.Sprint(MappingVersion) {
		_ = b.Close()
		return nil, fmt.Errorf("open index %s read-only: mapping version %q, want %d; rebuild it", dir, version, MappingVersion)
	}
	hash, err := b.GetInternal([]byte(keyCorpusHash))
	if err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("open index %s read-only: %w", dir, err)
	}
	return newIndex(b, string(hash))
}

// Close releases the index.
func (x *Index) Close() error {
	if err := x.bleve.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

// CorpusHash is the hash of the passages the index was built from.
func (x *Index) CorpusHash() string { return x.hash }

// Len is the number of indexed passages.
func (x *Index) Len() (int, error) {
	n, err := x.bleve.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return int(n), nil
}

// build creates a new index and fills it in batches.
func build(ctx context.Context, ids []string, docs []document, hash string, opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	if opts.Dir != "" {
		if err := clearIndexDir(opts.Dir); err != nil {
			return nil, err
		}
	}
	// Scorch with an empty path keeps its segments in memory; bleve's
	// NewMemOnly would use the much slower upsidedown/gtreap index.
	b, err := bleve.NewUsing(opts.Dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index %q: %w", opts.Dir, err)
	}
	idx, err := newIndex(b, hash)
	if err != nil {
		return nil, err
	}
	if err := idx.fill(ctx, ids, docs, opts); err != nil {
		_ = b.Close()
		return nil, err
	}
	return idx, nil
}

// clearIndexDir removes a previous index from dir. It refuses to remove a
// directory that holds files but no bleve index.
func clearIndexDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read index directory: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		return fmt.Errorf("index directory %s is not empty and holds no bleve index; refusing to overwrite it", dir)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove stale index %s: %w", dir, err)
	}
	return nil
}

// indexWorkers is how many batches are analysed and turned into segments
// at once. Scorch builds each batch's segment on the goroutine that sends
// it, so one sender leaves all but one core idle; two senders made the
// build 1.6 times as fast on two idle cores (see docs/PERFORMANCE.md).
const indexWorkers = 2

// fill indexes docs in batches of at most opts.BatchSize, sent by
// indexWorkers goroutines, and then records the mapping version and the
// corpus hash. Which batch becomes which segment varies from build to
// build, as scorch's merges already made it: the documents do not, and
// scores only in their last digits.
func (x *Index) fill(ctx context.Context, ids []string, docs []document, opts Options) error {
	size := opts.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	bar := newProgressBar(opts.Progress, len(docs))
	// stop ends the feeding early when a worker fails.
	stop, cancel := context.WithCancel(ctx)
	defer cancel()
	starts := make(chan int)
	errs := make(chan error, indexWorkers)
	var wg sync.WaitGroup
	for range indexWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range starts {
				end := min(start+size, len(docs))
				if err := x.indexBatch(ids[start:end], docs[start:end], start); err != nil {
					errs <- err
					cancel()
					return
				}
				if bar != nil {
					_ = bar.Add(end - start)
				}
			}
		}()
	}
	for start := 0; start < len(docs) && stop.Err() == nil; start += size {
		select {
		case starts <- start:
		case <-stop.Done():
		}
	}
	close(starts)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index passages: %w", err)
	}
	if bar != nil {
		_ = bar.Finish()
	}
	if err := x.bleve.SetInternal([]byte(keyMappingVersion), []byte(fmt.Sprint(MappingVersion))); err != nil {
		return fmt.Errorf("record mapping version: %w", err)
	}
	if err := x.bleve.SetInternal([]byte(keyCorpusHash), []byte(x.hash)); err != nil {
		return fmt.Errorf("record corpus hash: %w", err)
	}
	return nil
}

// indexBatch indexes one batch of documents, the first of which is
// document number first (counted from 1 in errors).
func (x *Index) indexBatch(ids []string, docs []document, first int) error {
	batch := x.bleve.NewBatch()
	for i := range docs {
		if err := batch.Index(ids[i], docs[i]); err != nil {
			return fmt.Errorf("index passage %s: %w", ids[i], err)
		}
	}
	if err := x.bleve.Batch(batch); err != nil {
		return fmt.Errorf("index passages %d-%d: %w", first+1, first+len(docs), err)
	}
	return nil
}

// newProgressBar returns a bar on w for n documents, or nil when w is not
// a terminal or n is too small for a bar to be worth showing.
func newProgressBar(w io.Writer, n int) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || n < progressThreshold || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("indexing passages"),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
