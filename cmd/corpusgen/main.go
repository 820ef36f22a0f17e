// Command corpusgen writes a synthetic news corpus for benchmarks and load
// tests:
//
//	go run ./cmd/corpusgen --out /tmp/corpus --articles 10000 --seed 1
//
// An article has about ten paragraphs, so 10,000 articles make about
// 100,000 passages. The same seed always writes the same files (see
// internal/corpusgen). The result is loaded like any corpus directory.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/crisisbot/bot/internal/corpusgen"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

// run parses the command line, writes the corpus and says so on out.
func run(ctx context.Context, args []string, out io.Writer) error {
	flags := flag.NewFlagSet("corpusgen", flag.ContinueOnError)
	dir := flags.String("out", "", "directory to write the articles into (required)")
	articles := flags.Int("articles", 1000, "number of articles to write (about 10 passages each)")
	seed := flags.Int64("seed", 1, "random seed; the same seed writes the same corpus")
	if err := flags.Parse(args); err != nil {
		return err
	}
	switch {
	case *dir == "":
		return errors.New("--out is required")
	case *articles < 1:
		return fmt.Errorf("--articles must be at least 1, not %d", *articles)
	case flags.NArg() > 0:
		return fmt.Errorf("unexpected arguments: %v", flags.Args())
	}
	if err := corpusgen.New(*seed).WriteDir(ctx, *dir, *articles); err != nil {
		return err
	}
	_, err := fmt.Fprintf(out, "wrote %d articles (seed %d) to %s\n", *articles, *seed, *dir)
	return err
}
