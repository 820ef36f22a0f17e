package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/crisisbot/bot/answer"
	"github.com/crisisbot/bot/attribution"
	"github.com/crisisbot/bot/corpus"
)

// corpusCommands are the commands that audit a corpus: what it holds and who
// said what in it.
func (a *app) corpusCommands() []*cobra.Command {
	return []*cobra.Command{a.extractCommand(), a.checkCommand(), a.evalAttributionsCommand()}
}

func (a *app) extractCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "extract",
		Short: "List every statement in the corpus with its speaker",
		Long: "extract lists every statement in the corpus: its kind (direct, partial,\n" +
			"indirect), its words verbatim, and who said it, with role and affiliation.\n" +
			"With --json it writes one JSON object per statement per line.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, problems, err := a.extract(cmd.Context())
			if err != nil {
				return err
			}
			a.reportProblems(problems)
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetEscapeHTML(false)
				for _, s := range res.Statements {
					if err := enc.Encode(s); err != nil {
						return fmt.Errorf("write: %w", err)
					}
				}
				return nil
			}
			return writeStatementTable(a, res.Statements)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "write one JSON object per statement per line")
	return cmd
}

// writeStatementTable prints statements as an aligned table.
func writeStatementTable(a *app, statements []attribution.Statement) error {
	w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ARTICLE\tPARA\tKIND\tSPEAKER\tROLE\tAFFILIATION\tTEXT")
	for _, s := range statements {
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n",
			shortID(s.Article), s.Paragraph, s.Kind, orDash(s.Speaker), orDash(s.Role), orDash(s.Affiliation), clip(s.Text, 70))
	}
	return w.Flush()
}

func (a *app) checkCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Validate a corpus and summarise it",
		Long: "check reads every article of the corpus, prints a summary (articles,\n" +
			"paragraphs, statements, speakers) and every problem, and exits with\n" +
			"status 1 when a file has errors. Missing source details are warnings.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, problems, err := a.extract(cmd.Context())
			if err != nil {
				return err
			}
			paragraphs, dropped := 0, 0
			var warnings []string
			for _, art := range res.Articles {
				paragraphs += len(art.Paragraphs)
				dropped += len(art.Dropped)
				if art.URL == "" {
					warnings = append(warnings, art.File+": warning: no url: answers will cite it without a link")
				}
				if art.Published.IsZero() {
					warnings = append(warnings, art.File+": warning: no published date")
				}
			}
			speakers := map[string]bool{}
			for _, s := range res.Statements {
				if s.SpeakerID != "" {
					speakers[s.SpeakerID] = true
				}
			}
			name := a.cfg.Corpus
			if name == "" {
				name = "built-in corpus"
			}
			fmt.Fprintf(a.stdout, "%s\n", name)
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintf(w, "  articles\t%d\n", len(res.Articles))
			fmt.Fprintf(w, "  paragraphs\t%d\n", paragraphs)
			fmt.Fprintf(w, "  statements\t%d\n", len(res.Statements))
			fmt.Fprintf(w, "  speakers\t%d\n", len(speakers))
			fmt.Fprintf(w, "  furniture lines dropped\t%d\n", dropped)
			fmt.Fprintf(w, "  errors\t%d\n", len(problems))
			fmt.Fprintf(w, "  warnings\t%d\n", len(warnings))
			if err := w.Flush(); err != nil {
				return fmt.Errorf("write: %w", err)
			}
			for _, p := range problems {
				fmt.Fprintln(a.stdout, p.Error())
			}
			for _, warning := range warnings {
				fmt.Fprintln(a.stdout, warning)
			}
			if len(problems) > 0 {
				return &exitStatusError{status: exitError, msg: fmt.Sprintf("%d file(s) with errors", len(problems))}
			}
			return nil
		},
	}
}

func (a *app) evalAttributionsCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "eval-attributions FILE",
		Short: "Score statement extraction against hand-checked attributions",
		Long: "eval-attributions scores who-said-what extraction against a JSON Lines file\n" +
			"of hand-checked statements (article, kind, contains, speaker, affiliation):\n" +
			"the share found with the right speaker and affiliation, by kind, and every\n" +
			"wrong attribution.",
		Args: exactArgs(1, "the attributions FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			golds, err := attribution.ReadGold(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			res, problems, err := a.extract(cmd.Context())
			if err != nil {
				return err
			}
			a.reportProblems(problems)
			report := attribution.Score(res, golds)
			return report.WriteSummary(a.stdout)
		},
	}
}

// extract loads the corpus the configuration names and finds who said what.
func (a *app) extract(ctx context.Context) (*attribution.Result, []corpus.Problem, error) {
	return answer.LoadCorpus(ctx, a.cfg.Corpus)
}
