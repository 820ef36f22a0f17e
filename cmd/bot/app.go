package main

import (
	"io"

	"github.com/spf13/cobra"
)

// app holds what every subcommand shares: its streams, its environment and
// the global flags.
type app struct {
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
	lookupEnv func(string) (string, bool)

	corpusDir string // --corpus, or BOT_CORPUS; empty for the built-in corpus
	indexDir  string // --index, or BOT_INDEX; empty for an in-memory index
}

// rootCommand builds the command tree.
func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "bot",
		Short: "Answer questions about the 2026 Iran–US crisis with verbatim, sourced quotes",
		Long: "bot answers questions about the 2026 Iran–US crisis with the exact words of\n" +
			"the people involved, who said them, and where they were published.\n" +
			"It reads the built-in corpus unless --corpus or BOT_CORPUS names a directory.",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			a.applyEnv(cmd)
			return nil
		},
	}
	root.PersistentFlags().StringVar(&a.corpusDir, "corpus", "", "corpus `DIR` of article files (default: the built-in corpus; env BOT_CORPUS)")
	root.PersistentFlags().StringVar(&a.indexDir, "index", "", "persistent index `DIR` (default: in memory; env BOT_INDEX)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{msg: err.Error() + "\nRun '" + cmd.CommandPath() + " --help' for usage."}
	})
	root.AddCommand(a.corpusCommands()...)
	return root
}

// applyEnv fills global settings the command line left unset from the
// environment.
func (a *app) applyEnv(cmd *cobra.Command) {
	fill := func(flag, env string, dst *string) {
		if cmd.Flags().Changed(flag) {
			return
		}
		if v, ok := a.lookupEnv(env); ok && v != "" {
			*dst = v
		}
	}
	fill("corpus", "BOT_CORPUS", &a.corpusDir)
	fill("index", "BOT_INDEX", &a.indexDir)
}

// exactArgs is cobra.ExactArgs with a usage error.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return &usageError{msg: cmd.CommandPath() + " needs " + what + "\nUsage: " + cmd.UseLine()}
		}
		return nil
	}
}
