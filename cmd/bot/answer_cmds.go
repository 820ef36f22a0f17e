package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/crisisbot/bot/answer"
)

// answerCommands are the commands that answer questions from the corpus.
func (a *app) answerCommands() []*cobra.Command {
	return []*cobra.Command{
		a.askCommand(), a.positionCommand(), a.compareCommand(), a.whoCommand(),
		a.sourcesCommand(), a.evalCommand(), a.indexCommand(),
	}
}

// withEngine loads the corpus and the index the configuration names, runs
// fn with the answer engine over them, and closes the index.
func (a *app) withEngine(ctx context.Context, fn func(*answer.Engine) error) error {
	engine, problems, err := answer.Load(ctx, answer.LoadOptions{CorpusDir: a.cfg.Corpus, IndexDir: a.cfg.Index, Progress: a.stderr})
	a.reportProblems(problems)
	if err != nil {
		return err
	}
	defer engine.Close()
	return fn(engine)
}

// writeJSON writes v as indented JSON.
func (a *app) writeJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

func (a *app) askCommand() *cobra.Command {
	var (
		asJSON bool
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "ask QUESTION",
		Short: "Answer a question with verbatim, sourced passages",
		Example: `  bot ask "What is Turkey's position?"
  bot ask "What did China say at the UN?" --json`,
		Args: exactArgs(1, "a QUESTION (quote it)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				ans, err := e.Ask(cmd.Context(), args[0], answer.Page{Limit: limit})
				if err != nil {
					return err
				}
				if asJSON {
					return a.writeJSON(ans)
				}
				return newTextWriter(a.stdout).answer(ans)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as one JSON object")
	cmd.Flags().IntVarP(&limit, "limit", "n", answer.DefaultLimit, "how many passages to show")
	return cmd
}

func (a *app) positionCommand() *cobra.Command {
	var (
		asJSON bool
		topic  string
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "position WHO",
		Short: "What a country, organisation or person has said",
		Long: "position lists what a country, organisation or person has said: direct\n" +
			"quotes first, then quoted fragments and reported speech, grouped by\n" +
			"speaker, each with its source. A country includes its officials.",
		Example: `  bot position Turkey
  bot position "Abbas Araghchi" --topic talks`,
		Args: exactArgs(1, "WHO: a country, organisation or person"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				pos, err := e.Position(cmd.Context(), args[0], topic, answer.Page{Limit: limit})
				if err != nil {
					return err
				}
				if asJSON {
					return a.writeJSON(pos)
				}
				return newTextWriter(a.stdout).position(pos)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the position as one JSON object")
	cmd.Flags().StringVar(&topic, "topic", "", "only statements about this `TEXT`")
	cmd.Flags().IntVarP(&limit, "limit", "n", 50, "how many statements to show")
	return cmd
}

func (a *app) compareCommand() *cobra.Command {
	var (
		asJSON bool
		topic  string
	)
	cmd := &cobra.Command{
		Use:     "compare WHO WHO",
		Short:   "Two positions side by side",
		Example: `  bot compare Turkey Pakistan --topic dialogue`,
		Args:    exactArgs(2, "two names: WHO WHO"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				cmp, err := e.Compare(cmd.Context(), args[0], args[1], topic)
				if err != nil {
					return err
				}
				if asJSON {
					return a.writeJSON(cmp)
				}
				return newTextWriter(a.stdout).comparison(cmp)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the comparison as one JSON object")
	cmd.Flags().StringVar(&topic, "topic", "", "only statements about this `TEXT`")
	return cmd
}

func (a *app) whoCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "who NAME",
		Short:   "Who someone is: role, affiliation, aliases, statements, articles",
		Example: `  bot who Fidan`,
		Args:    exactArgs(1, "a NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				p, err := e.Who(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				if asJSON {
					return a.writeJSON(p)
				}
				return newTextWriter(a.stdout).profile(p)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the profile as one JSON object")
	return cmd
}

func (a *app) sourcesCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "The corpus's articles with title, outlet, date, url and counts",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				infos, err := e.Sources(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					return a.writeJSON(infos)
				}
				return newTextWriter(a.stdout).sources(infos)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the articles as a JSON array")
	return cmd
}

func (a *app) evalCommand() *cobra.Command {
	var minHit3 float64
	cmd := &cobra.Command{
		Use:   "eval FILE.jsonl...",
		Short: "Score answers against question files (hit@1, hit@3, MRR)",
		Long: "eval asks every question of a JSON Lines file ({\"q\", \"expect_any\"} or\n" +
			"{\"q\", \"expect_none\": true}) and prints hit@1, hit@3 and MRR with every\n" +
			"failure, for the engine and for a baseline (a plain bleve match query over\n" +
			"the paragraphs with the default mapping). Given several files, it prints\n" +
			"a row for each and one for all their questions together.",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &usageError{msg: cmd.CommandPath() + " needs a question FILE\nUsage: " + cmd.UseLine()}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			sets := make([][]answer.Question, len(args))
			for i, name := range args {
				questions, err := readQuestionFile(name)
				if err != nil {
					return err
				}
				sets[i] = questions
			}
			return a.withEngine(cmd.Context(), func(e *answer.Engine) error {
				reports := make([]answer.EvalReport, len(sets))
				for i, questions := range sets {
					report, err := answer.Evaluate(cmd.Context(), e, questions)
					if err != nil {
						return fmt.Errorf("%s: %w", args[i], err)
					}
					reports[i] = report
				}
				w := newTextWriter(a.stdout)
				var err error
				if len(reports) == 1 {
					err = w.evalReport(reports[0])
				} else {
					err = w.evalTable(args, reports)
				}
				if err != nil {
					return fmt.Errorf("write: %w", err)
				}
				var engine []answer.Scores
				for _, r := range reports {
					engine = append(engine, r.Engine)
				}
				if hit3 := answer.Pool(engine...).HitAt3; hit3 < minHit3 {
					return &exitStatusError{status: exitError,
						msg: fmt.Sprintf("hit@3 %.3f is under --min-hit3 %.3f", hit3, minHit3)}
				}
				return nil
			})
		},
	}
	cmd.Flags().Float64Var(&minHit3, "min-hit3", 0, "exit with status 1 when hit@3 is under this")
	return cmd
}

func (a *app) indexCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "index --out DIR",
		Short: "Build a persistent on-disk index of the corpus",
		Long: "index builds an on-disk index of the corpus in DIR, for `--index DIR` or\n" +
			"BOT_INDEX, and saves the extraction beside it so that a bot started on it\n" +
			"neither re-reads nor re-extracts the corpus. An index records its mapping\n" +
			"version and a hash of the corpus, and is rebuilt when either changed; an\n" +
			"up-to-date index is left as it is.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return &usageError{msg: "index needs --out DIR"}
			}
			// answer.Load builds the index and saves the extraction beside
			// it, so that a bot started on this index skips both.
			engine, problems, err := answer.Load(cmd.Context(), answer.LoadOptions{CorpusDir: a.cfg.Corpus, IndexDir: out, Progress: a.stderr})
			a.reportProblems(problems)
			if err != nil {
				return err
			}
			res := engine.Result()
			if err := engine.Close(); err != nil {
				return fmt.Errorf("close index: %w", err)
			}
			fmt.Fprintf(a.stdout, "indexed %d passages of %d articles in %s\n", len(res.Passages), len(res.Articles), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the index `DIR` to write")
	return cmd
}

// readQuestionFile reads the questions of a JSON Lines file.
func readQuestionFile(name string) ([]answer.Question, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	questions, err := answer.ReadQuestions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return questions, nil
}
