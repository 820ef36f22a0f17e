package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
	"github.com/crisisbot/bot/entity"
	"github.com/crisisbot/bot/internal/corpusgen"
	"github.com/crisisbot/bot/search"
)

// seed is the corpusgen seed of every benchmark corpus.
const seed = 1

// largeEnv names the environment variable that adds the 100k-passage size.
const largeEnv = "BOT_BENCH_LARGE"

// size is a corpus size the benchmarks run at: about ten passages per
// generated article.
type size struct {
	label    string // "10k": the approximate number of passages
	articles int
}

// sizes are the corpus sizes to run: 1k always, 10k unless -short, 100k
// only when BOT_BENCH_LARGE=1.
func sizes() []size {
	s := []size{{"1k", 100}}
	if testing.Short() {
		return s
	}
	s = append(s, size{"10k", 1000})
	if os.Getenv(largeEnv) == "1" {
		s = append(s, size{"100k", 10000})
	}
	return s
}

// stack is the bot's pipeline built from one generated corpus, with an
// on-disk index as `bot serve` keeps it, and the questions to ask it.
type stack struct {
	result *attribution.Result
	dir    string // the index directory
	index  *search.Index
	engine *answer.Engine
	// raw is the same on-disk index opened directly with bleve, for
	// the overhead of the answer path over a bare match query.
	raw  bleve.Index
	work workload
}

// workload is what the benchmarks ask a stack, drawn from its corpus.
type workload struct {
	Questions []string // for Ask and raw bleve queries
	Names     []string // for Position
	Prefixes  []string // for autocomplete, as typed
}

// extractCorpus generates n articles, loads them and extracts statements.
func extractCorpus(tb testing.TB, articles int) *attribution.Result {
	tb.Helper()
	loaded, problems := corpus.Load(corpusgen.New(seed).FS(articles))
	if len(problems) > 0 {
		tb.Fatalf("generated corpus: %d problems, the first: %v", len(problems), problems[0])
	}
	known, err := entity.Builtin()
	if err != nil {
		tb.Fatalf("built-in knowledge: %v", err)
	}
	return attribution.Extract(loaded, known)
}

// newStack builds the pipeline on a corpus of n articles, with its index
// in a temporary directory. It is closed when tb ends.
func newStack(tb testing.TB, articles int) *stack {
	tb.Helper()
	ctx := context.Background()
	s := &stack{result: extractCorpus(tb, articles), dir: filepath.Join(tb.TempDir(), "index")}
	var err error
	if s.index, err = search.Open(ctx, s.result.Passages, search.Options{Dir: s.dir}); err != nil {
		tb.Fatalf("open index: %v", err)
	}
	tb.Cleanup(func() { s.index.Close() })
	if s.raw, err = bleve.OpenUsing(s.dir, map[string]interface{}{"read_only": true}); err != nil {
		tb.Fatalf("open index with bleve: %v", err)
	}
	tb.Cleanup(func() { s.raw.Close() })
	s.engine = answer.NewEngine(s.result, s.index)
	s.work = newWorkload(s.result)
	return s
}

// topicQuestions are questions about the generated corpora's subjects.
var topicQuestions = []string{
	"What did Oman say about sanctions?", "What is Qatar's position on the ceasefire?",
	"uranium enrichment inspections", "What did the IAEA say about inspectors?",
	"Brent crude oil prices", "Who warned about shipping and tankers?",
	"Is Saudi Arabia ready to accept the deal?", "What did Turkish officials say about drones?",
	"vessel seized off the coast", "What is Pakistan's position?", "Did China reject new sanctions?",
	"What did the European Union say about the talks?",
}

// workloadCountries are countries every generated corpus quotes.
var workloadCountries = []string{"Oman", "Qatar", "Turkey", "Iran", "China", "Saudi Arabia", "Pakistan", "Egypt"}

// speakerSample is how many of a corpus's speakers the workload names.
const speakerSample = 12

// newWorkload draws questions, names and prefixes from a corpus: the topic
// questions, and questions about the first people it quotes.
func newWorkload(res *attribution.Result) workload {
	w := workload{Questions: slices.Clone(topicQuestions), Names: slices.Clone(workloadCountries)}
	seen := make(map[string]bool)
	for _, st := range res.Statements {
		if len(seen) == speakerSample {
			break
		}
		fields := strings.Fields(st.Speaker)
		if len(fields) < 2 || seen[st.SpeakerID] || !isPerson(res.Entities, st.SpeakerID) {
			continue
		}
		seen[st.SpeakerID] = true
		last := fields[len(fields)-1]
		w.Questions = append(w.Questions, "What did "+last+" say?")
		w.Names = append(w.Names, st.Speaker)
	}
	for _, name := range w.Names {
		for _, n := range []int{2, 3, 5} {
			if runes := []rune(name); len(runes) >= n {
				w.Prefixes = append(w.Prefixes, strings.ToLower(string(runes[:n])))
			}
		}
	}
	return w
}

// isPerson reports whether id is a person the registry knows.
func isPerson(reg *entity.Registry, id string) bool {
	en, ok := reg.Get(id)
	return ok && en.Kind == entity.Person
}

// timed runs op in a b.Loop, timing every call, and reports the 50th and
// 99th percentile latency next to the mean that ns/op shows, and the CPU
// time per call (garbage collection included), which other processes on
// the machine inflate less than wall-clock time.
func timed(b *testing.B, op func(i int) error) {
	b.Helper()
	durations := make([]time.Duration, 0, 4096)
	i := 0
	cpuStart, cpuKnown := processCPU()
	for b.Loop() {
		start := time.Now()
		if err := op(i); err != nil {
			b.Fatal(err)
		}
		durations = append(durations, time.Since(start))
		i++
	}
	if cpuEnd, ok := processCPU(); ok && cpuKnown && i > 0 {
		b.ReportMetric(msOf((cpuEnd-cpuStart)/time.Duration(i)), "cpu-ms/op")
	}
	slices.Sort(durations)
	b.ReportMetric(msOf(percentile(durations, 50)), "p50-ms")
	b.ReportMetric(msOf(percentile(durations, 99)), "p99-ms")
}

// percentile is the nearest-rank p-th percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(float64(len(sorted))*p/100+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}

// msOf converts a duration to fractional milliseconds.
func msOf(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// ignoreUnknown drops an *answer.UnknownEntityError: a name nobody knows
// is an answer, not a failure.
func ignoreUnknown(err error) error {
	var unknown *answer.UnknownEntityError
	if errors.As(err, &unknown) {
		return nil
	}
	return err
}

// reportMemory reports the live heap and the resident set size of the
// process, in all and its anonymous part (heap, stacks; the file-backed
// rest is mostly the mapped index segments), after a garbage collection
// has returned what it can.
func reportMemory(b *testing.B) {
	b.Helper()
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
	for _, field := range []struct{ name, unit string }{{"VmRSS", "rss-MB"}, {"RssAnon", "rss-anon-MB"}} {
		n, err := statusBytes(field.name)
		if err != nil {
			b.Logf("resident memory unknown: %v", err)
			return
		}
		b.ReportMetric(float64(n)/(1<<20), field.unit)
	}
}

// statusBytes reads a size in kB, such as VmRSS, from /proc/self/status.
func statusBytes(name string) (int64, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), name+":"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("parse %s %q: %w", name, rest, err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("no %s line in /proc/self/status", name)
}

// heapProfileEnv names the environment variable that, when set to a file
// name, makes the memory benchmark write a heap profile of the stack there
// (with the size in the name: heap-100k.pprof for heap.pprof).
const heapProfileEnv = "BOT_BENCH_HEAP_PROFILE"

// writeHeapProfile writes a heap profile of what is live now to path,
// with label inserted before its extension.
func writeHeapProfile(b *testing.B, path, label string) {
	b.Helper()
	ext := filepath.Ext(path)
	path = strings.TrimSuffix(path, ext) + "-" + label + ext
	f, err := os.Create(path)
	if err != nil {
		b.Fatalf("heap profile: %v", err)
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Fatalf("heap profile: %v", err)
	}
	b.Logf("heap profile written to %s", path)
}

// dirBytes is the total size of the files under dir.
func dirBytes(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("size of %s: %w", dir, err)
	}
	return total, nil
}
