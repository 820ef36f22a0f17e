package answer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/search"
)

// Engine answers questions from an extracted corpus and its index. It is
// safe for concurrent use once built.
type Engine struct {
	res      *attribution.Result
	idx      *search.Index
	entities *entity.Registry
	// byID finds a passage of res by its document ID.
	byID map[string]int
	// mentioned counts the passages that mention each entity.
	mentioned map[string]int
	// spoken counts the statements whose speaker is each entity.
	spoken map[string]int
	// statementsBy lists, in corpus order, the indexes in res.Statements
	// of the statements by each entity or by someone who speaks for it
	// (its SpeakerID or AffiliationID).
	statementsBy map[string][]int
	// people are the people with a role, by the ID of the country or
	// organisation they speak for and of those their role names.
	people map[string][]*entity.Entity
	// members are the entities that speak for each entity: its people,
	// agencies and groups (those whose Affiliation is its ID).
	members map[string][]string
	// vocabulary are the word lists questions are parsed with.
	vocabulary vocabulary
	// outlets are the outlets of the corpus's articles, by outletKey.
	outlets map[string]string
	// referrals are, by passage index, how each passage may refer back to
	// the paragraph before it (see refersBack and inheritRelevance).
	referrals []referral
	// speechTerms are the index terms of speechWords.
	speechTerms map[string]bool
	// presentWords are the nameWords of the entities that a passage
	// mentions or a statement is by.
	presentWords []string
}

// NewEngine returns an engine over an extraction result and the index of
// its passages. It weights res.Entities by how often each entity is
// mentioned, so that Complete lists the corpus's own people first.
func NewEngine(res *attribution.Result, idx *search.Index) *Engine {
	e := &Engine{
		res:          res,
		idx:          idx,
		entities:     res.Entities,
		byID:         make(map[string]int, len(res.Passages)),
		mentioned:    map[string]int{},
		spoken:       map[string]int{},
		statementsBy: map[string][]int{},
		people:       map[string][]*entity.Entity{},
		vocabulary:   newVocabulary(),
		members:      map[string][]string{},
		outlets:      map[string]string{},
	}
	for _, a := range res.Articles {
		if k := outletKey(a.Outlet); k != "" {
			e.outlets[k] = a.Outlet
		}
	}
	e.vocabulary.isWord = func(w string) bool { return idx.IsWord(w) || chatWords[w] }
	for _, en := range res.Entities.All() {
		if en.Affiliation != "" && en.Affiliation != en.ID {
			e.members[en.Affiliation] = append(e.members[en.Affiliation], en.ID)
		}
		if en.Kind != entity.Person || en.Role == "" {
			continue
		}
		// A person is found through the entity they speak for and the
		// ones their role names ("professor at Qatar University").
		ids := []string{en.Affiliation}
		for _, m := range res.Entities.Mentions(en.Role) {
			ids = append(ids, m.ID)
		}
		for _, id := range ids {
			if id != "" && !slices.Contains(e.people[id], en) {
				e.people[id] = append(e.people[id], en)
			}
		}
	}
	e.referrals = e.vocabulary.newReferrals(res.Passages)
	e.speechTerms = map[string]bool{}
	for _, w := range strings.Fields(speechWords) {
		for _, t := range idx.Terms(w) { // one at a time: Terms is bounded
			e.speechTerms[t] = true
		}
	}
	for i, p := range res.Passages {
		e.byID[search.DocumentID(p)] = i
		for _, id := range p.Entities {
			e.mentioned[id]++
		}
	}
	for i, s := range res.Statements {
		e.spoken[s.SpeakerID]++
		e.statementsBy[s.SpeakerID] = append(e.statementsBy[s.SpeakerID], i)
		if s.AffiliationID != s.SpeakerID {
			e.statementsBy[s.AffiliationID] = append(e.statementsBy[s.AffiliationID], i)
		}
	}
	for id, n := range e.mentioned {
		e.entities.SetWeight(id, n+e.spoken[id])
	}
	e.presentWords = nameWords(slices.DeleteFunc(res.Entities.All(), func(en *entity.Entity) bool { return e.absent(en.ID) }))
	return e
}

// LoadOptions says where the corpus and the index are.
type LoadOptions struct {
	// CorpusDir is a directory of articles; "" is the built-in corpus. A
	// knowledge.yaml in it adds to or extends the built-in entities.
	CorpusDir string
	// IndexDir keeps the index on disk (rebuilt when the corpus or the
	// mapping changed), and beside it the extraction, so that a restart
	// on unchanged files neither reads nor extracts the corpus again (see
	// cache.go); "" builds the index in memory.
	IndexDir string
	// Progress receives a progress bar while a large corpus is indexed.
	Progress io.Writer
	// Logger receives a line when the extraction cache cannot be read or
	// written; nil is slog.Default().
	Logger *slog.Logger
}

// KnowledgeFile is the name of the knowledge file read beside a corpus.
const KnowledgeFile = "knowledge.yaml"

// Load reads the corpus, extracts statements, opens the index and returns
// an engine, with the problems found in the corpus files (bad files are
// skipped, not fatal). With an IndexDir, a restart whose corpus files and
// executable are unchanged reads the extraction saved by the previous
// start and opens the index read-only instead.
func Load(ctx context.Context, opts LoadOptions) (*Engine, []corpus.Problem, error) {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	var key string
	if opts.IndexDir != "" {
		var err error
		if key, err = sourceKey(opts.CorpusDir, skipDir(opts.CorpusDir, opts.IndexDir)); err != nil {
			log.Warn("extraction cache not used", "err", err)
		} else if e, problems, ok := loadCached(opts.IndexDir, key, log); ok {
			return e, problems, nil
		}
	}
	res, problems, err := LoadCorpus(ctx, opts.CorpusDir)
	if err != nil {
		return nil, problems, err
	}
	idx, err := search.Open(ctx, res.Passages, search.Options{Dir: opts.IndexDir, Progress: opts.Progress})
	if err != nil {
		return nil, problems, fmt.Errorf("load index: %w", err)
	}
	if key != "" {
		c, err := newCachedExtraction(res, problems)
		if err == nil {
			err = writeCache(opts.IndexDir, cacheHeader{Format: cacheFormat, Key: key, IndexHash: idx.CorpusHash()}, c)
		}
		if err != nil {
			log.Warn("extraction cache not written; the next start extracts the corpus again", "index", opts.IndexDir, "err", err)
		}
	}
	return NewEngine(res, idx), problems, nil
}

// loadCached returns the engine over the extraction cached in indexDir
// under key and the index there, if both are usable. A missing or stale
// cache is a quiet miss; an unreadable one, or one that does not match
// the index, is logged.
func loadCached(indexDir, key string, log *slog.Logger) (*Engine, []corpus.Problem, bool) {
	h, c, err := readCache(indexDir, key)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, errStaleCache) {
		return nil, nil, false
	}
	var res *attribution.Result
	var problems []corpus.Problem
	if err == nil {
		res, problems, err = c.result()
	}
	if err != nil {
		log.Warn("extraction cache unusable; extracting the corpus again", "index", indexDir, "err", err)
		return nil, nil, false
	}
	idx, err := search.OpenReadOnly(indexDir)
	if err != nil {
		log.Warn("index beside the extraction cache unusable; rebuilding", "index", indexDir, "err", err)
		return nil, nil, false
	}
	if idx.CorpusHash() != h.IndexHash {
		_ = idx.Close()
		log.Warn("extraction cache does not match the index; rebuilding", "index", indexDir)
		return nil, nil, false
	}
	return NewEngine(res, idx), problems, true
}

// skipDir is the path of indexDir relative to corpusDir when the index
// lies inside the corpus directory, in fs.FS form; "" otherwise.
func skipDir(corpusDir, indexDir string) string {
	if corpusDir == "" {
		return ""
	}
	rel, err := filepath.Rel(corpusDir, indexDir)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// LoadCorpus reads the corpus in dir ("" for the built-in corpus) with the
// built-in entities plus a knowledge.yaml beside the articles, and finds
// who said what. Bad files are skipped and returned as problems; a corpus
// with no readable article is an error.
func LoadCorpus(ctx context.Context, dir string) (*attribution.Result, []corpus.Problem, error) {
	var (
		articles []*corpus.Article
		problems []corpus.Problem
	)
	if dir == "" {
		articles, problems = corpus.Load(corpus.Builtin())
	} else {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, nil, fmt.Errorf("load corpus %q: not a readable directory", dir)
		}
		articles, problems = corpus.LoadDir(dir)
	}
	if len(articles) == 0 {
		return nil, problems, fmt.Errorf("load corpus %q: no readable article", dir)
	}
	known, err := entity.Builtin()
	if err != nil {
		return nil, problems, fmt.Errorf("load entities: %w", err)
	}
	if dir != "" {
		if err := addKnowledge(known, filepath.Join(dir, KnowledgeFile)); err != nil {
			return nil, problems, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, problems, fmt.Errorf("load: %w", err)
	}
	return attribution.Extract(articles, known), problems, nil
}

// addKnowledge merges the entities of a knowledge file into known; a
// missing file is not an error.
func addKnowledge(known *entity.Registry, path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	es, err := entity.LoadFile(path)
	if err != nil {
		return fmt.Errorf("load knowledge: %w", err)
	}
	for _, e := range es {
		if err := known.Add(e); err != nil {
			return fmt.Errorf("load knowledge %s: entity %s: %w", path, e.ID, err)
		}
	}
	return nil
}

// Close releases the index.
func (e *Engine) Close() error { return e.idx.Close() }

// Result returns the extraction the engine answers from.
func (e *Engine) Result() *attribution.Result { return e.res }

// ref describes an entity for an answer.
func ref(en *entity.Entity) EntityRef {
	return EntityRef{ID: en.ID, Name: en.Name, Kind: en.Kind}
}

// source describes where a passage was published.
func source(p attribution.Passage) Source {
	a := p.Article
	return Source{Article: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published, Paragraph: p.Paragraph.Number}
}

// quote turns a statement into a quote.
func quote(s attribution.Statement) Quote {
	return Quote{Kind: string(s.Kind), Text: s.Text, Speaker: s.Speaker, SpeakerID: s.SpeakerID, Role: s.Role, Affiliation: s.Affiliation}
}

// window applies a page to n items: the start and end of the slice shown.
func (p Page) window(n int) (int, int) {
	limit := p.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	start := min(max(p.Offset, 0), n)
	return start, min(start+limit, n)
}
