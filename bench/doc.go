// Package bench holds the benchmarks that cross packages: the whole
// pipeline from article files to a Discord reply, on synthetic corpora of
// about 1,000, 10,000 and 100,000 passages made by internal/corpusgen.
//
// It has no code of its own outside its tests. Run it with
//
//	go test ./bench -run '^$' -bench . -benchmem                     # 1k and 10k passages
//	BOT_BENCH_LARGE=1 go test ./bench -run '^$' -bench . -benchmem -timeout 60m  # and 100k
//
// docs/PERFORMANCE.md records the numbers and what they mean.
package bench
