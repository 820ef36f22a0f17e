package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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

// BenchmarkLoad parses the article files of a corpus held in memory.
func BenchmarkLoad(b *testing.B) {
	for _, sz := range sizes() {
		fsys := corpusgen.New(seed).FS(sz.articles)
		b.Run("passages="+sz.label, func(b *testing.B) {
			var paragraphs int
			for b.Loop() {
				articles, problems := corpus.Load(fsys)
				if len(problems) > 0 {
					b.Fatal(problems[0])
				}
				paragraphs = countParagraphs(articles)
			}
			b.ReportMetric(float64(paragraphs)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
		})
	}
}

// BenchmarkExtract finds the statements and speakers of a loaded corpus.
func BenchmarkExtract(b *testing.B) {
	known, err := entity.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, sz := range sizes() {
		articles, problems := corpus.Load(corpusgen.New(seed).FS(sz.articles))
		if len(problems) > 0 {
			b.Fatal(problems[0])
		}
		b.Run("passages="+sz.label, func(b *testing.B) {
			var res *attribution.Result
			for b.Loop() {
				res = attribution.Extract(articles, known)
			}
			b.ReportMetric(float64(len(res.Passages))*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
			b.ReportMetric(float64(len(res.Statements)), "statements")
		})
	}
}

// BenchmarkIndexBuild indexes the passages of a corpus, in memory and on
// disk, and reports the rate and the size on disk.
func BenchmarkIndexBuild(b *testing.B) {
	for _, sz := range sizes() {
		b.Run("passages="+sz.label, func(b *testing.B) {
			benchIndexBuild(b, extractCorpus(b, sz.articles).Passages)
		})
	}
}

// benchIndexBuild builds an index of passages in memory and on disk. It
// reports, next to the rate, the rate per CPU-second of the process
// (garbage collection and scorch's background merging included): what the
// rate would be on one core of its own, which other processes on the
// machine inflate less than the wall-clock rate.
func benchIndexBuild(b *testing.B, passages []attribution.Passage) {
	ctx := context.Background()
	for _, onDisk := range []bool{false, true} {
		name := "memory"
		if onDisk {
			name = "disk"
		}
		b.Run(name, func(b *testing.B) {
			var opts search.Options
			if onDisk {
				opts.Dir = filepath.Join(b.TempDir(), "index")
			}
			cpuStart, cpuKnown := processCPU()
			for b.Loop() {
				idx, err := search.Build(ctx, passages, opts)
				if err != nil {
					b.Fatal(err)
				}
				// On disk, closing waits for scorch to persist the
				// segments: the index is only built once it is on disk.
				if err := idx.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(passages))*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
			reportCPURate(b, cpuStart, cpuKnown, len(passages)*b.N)
			if onDisk {
				size, err := dirBytes(opts.Dir)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(size)/(1<<20), "disk-MB")
			}
		})
	}
}

// BenchmarkServing measures everything the bot does once it is up, on one
// on-disk index per size, built once and shared by the sub-benchmarks
// (only for the sizes that -bench selects):
//
//   - ask, position, complete_answer: the answer engine;
//   - search and raw_bleve: the search package, and a bare bleve match
//     query on the same index, for the overhead of the answer path;
//   - complete_entity: the entity registry's autocomplete;
//   - render, route_ask, route_autocomplete: the command router (see
//     benchRouter);
//   - http: the interactions endpoint (see benchHTTP);
//   - memory: the live heap and resident memory with the index open.
func BenchmarkServing(b *testing.B) {
	for _, sz := range sizes() {
		b.Run("passages="+sz.label, func(b *testing.B) {
			s := newStack(b, sz.articles)
			benchQueries(b, s)
			benchRouter(b, s)
			benchHTTP(b, s)
			b.Run("memory", func(b *testing.B) {
				for b.Loop() {
					reportMemory(b)
				}
				if path := os.Getenv(heapProfileEnv); path != "" {
					writeHeapProfile(b, path, sz.label)
				}
				b.ReportMetric(float64(len(s.result.Passages)), "passages")
			})
		})
	}
}

// BenchmarkAskByQuestion asks each question of the workload on its own,
// so that the few questions behind the ask p99 of BenchmarkServing show:
// the sub-benchmark names are the questions' positions in the workload
// (see newWorkload), and each reports the hits ranked.
func BenchmarkAskByQuestion(b *testing.B) {
	ctx := context.Background()
	for _, sz := range sizes() {
		b.Run("passages="+sz.label, func(b *testing.B) {
			s := newStack(b, sz.articles)
			for i, q := range s.work.Questions {
				b.Run(fmt.Sprintf("q%02d", i), func(b *testing.B) {
					var total int
					timed(b, func(int) error {
						a, err := s.engine.Ask(ctx, q, answerPage)
						if err == nil {
							total = a.Total
						}
						return ignoreUnknown(err)
					})
					b.ReportMetric(float64(total), "results")
				})
			}
		})
	}
}

// benchQueries runs the answer engine, the search package and bleve.
func benchQueries(b *testing.B, s *stack) {
	ctx := context.Background()
	w := s.work
	b.Run("ask", func(b *testing.B) {
		timed(b, func(i int) error {
			_, err := s.engine.Ask(ctx, w.Questions[i%len(w.Questions)], answerPage)
			return ignoreUnknown(err)
		})
	})
	b.Run("position", func(b *testing.B) {
		timed(b, func(i int) error {
			_, err := s.engine.Position(ctx, w.Names[i%len(w.Names)], "", answerPage)
			return ignoreUnknown(err)
		})
	})
	b.Run("search", func(b *testing.B) {
		timed(b, func(i int) error {
			_, err := s.index.Search(ctx, search.Request{Words: w.Questions[i%len(w.Questions)]})
			return err
		})
	})
	b.Run("raw_bleve", func(b *testing.B) {
		timed(b, func(i int) error {
			q := bleve.NewMatchQuery(w.Questions[i%len(w.Questions)])
			q.SetField("text")
			_, err := s.raw.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, search.DefaultLimit, 0, false))
			return err
		})
	})
	b.Run("complete_answer", func(b *testing.B) {
		timed(b, func(i int) error {
			s.engine.Complete(ctx, w.Prefixes[i%len(w.Prefixes)], autocompleteMax)
			return nil
		})
	})
	b.Run("complete_entity", func(b *testing.B) {
		timed(b, func(i int) error {
			s.result.Entities.Complete(w.Prefixes[i%len(w.Prefixes)], autocompleteMax)
			return nil
		})
	})
}

// BenchmarkStartupBuiltin starts the bot on the built-in corpus the way
// `bot serve` does (answer.Load: load, extract, build the in-memory index,
// make the engine).
func BenchmarkStartupBuiltin(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		engine, problems, err := answer.Load(ctx, answer.LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if len(problems) > 0 {
			b.Fatal(problems[0])
		}
		if err := engine.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartupPersistent starts on a generated corpus whose on-disk
// index is already built: "open_read_only" only opens the index (what a
// second process does), "answer_load" is a restart of `bot serve --corpus
// DIR --index DIR` on unchanged files (answer.Load: hash the corpus files,
// read the extraction cached beside the index, open the index read-only,
// make the engine), with the memory of the process serving it.
func BenchmarkStartupPersistent(b *testing.B) {
	for _, sz := range sizes() {
		b.Run("passages="+sz.label, func(b *testing.B) {
			benchStartupPersistent(b, sz.articles)
		})
	}
}

// benchStartupPersistent writes a corpus of n articles and its on-disk
// index, and opens them again.
func benchStartupPersistent(b *testing.B, articles int) {
	ctx := context.Background()
	opts := answer.LoadOptions{
		CorpusDir: filepath.Join(b.TempDir(), "corpus"),
		IndexDir:  filepath.Join(b.TempDir(), "index"),
	}
	if err := corpusgen.New(seed).WriteDir(ctx, opts.CorpusDir, articles); err != nil {
		b.Fatal(err)
	}
	engine, _, err := answer.Load(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	if err := engine.Close(); err != nil {
		b.Fatal(err)
	}
	b.Run("open_read_only", func(b *testing.B) {
		for b.Loop() {
			idx, err := search.OpenReadOnly(opts.IndexDir)
			if err != nil {
				b.Fatal(err)
			}
			if err := idx.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("answer_load", func(b *testing.B) {
		for b.Loop() {
			engine, problems, err := answer.Load(ctx, opts)
			if err != nil {
				b.Fatal(err)
			}
			if len(problems) > 0 {
				b.Fatal(problems[0])
			}
			if err := engine.Close(); err != nil {
				b.Fatal(err)
			}
		}
		// The memory of a process serving the restarted engine (this
		// process also generated the corpus and extracted it once).
		engine, _, err := answer.Load(ctx, opts)
		if err != nil {
			b.Fatal(err)
		}
		reportMemory(b)
		if err := engine.Close(); err != nil {
			b.Fatal(err)
		}
	})
}

// reportCPURate reports the passages indexed per CPU-second of the
// process since cpuStart, when the CPU time is known.
func reportCPURate(b *testing.B, cpuStart time.Duration, cpuKnown bool, passages int) {
	b.Helper()
	if cpuEnd, ok := processCPU(); ok && cpuKnown && cpuEnd > cpuStart {
		b.ReportMetric(float64(passages)/(cpuEnd-cpuStart).Seconds(), "passages/cpu-s")
	}
}

// countParagraphs counts the paragraphs of articles.
func countParagraphs(articles []*corpus.Article) int {
	n := 0
	for _, a := range articles {
		n += len(a.Paragraphs)
	}
	return n
}
