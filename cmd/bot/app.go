package main

import (
	"flag"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crisisbot/bot/config"
)

// app holds what every subcommand shares: its streams, its environment and
// the global flags.
type app struct {
	stdout    io.Writer
	stderr    io.Writer
	lookupEnv func(string) (string, bool)

	// loader gathers the configuration: defaults, the file, the
	// environment, then flags. cfg is what it loaded, before the command
	// runs; cfg.Corpus is "" for the built-in corpus and cfg.Index "" for
	// an in-memory index.
	loader *config.Loader
	cfg    *config.Config
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
			return a.loadConfig(cmd)
		},
	}
	a.loader = config.NewLoader(a.lookupEnv)
	root.PersistentFlags().String("corpus", "", "corpus `DIR` of article files (default: the built-in corpus; env BOT_CORPUS)")
	root.PersistentFlags().String("index", "", "persistent index `DIR` (default: in memory; env BOT_INDEX)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{msg: err.Error() + "\nRun '" + cmd.CommandPath() + " --help' for usage."}
	})
	root.AddCommand(a.corpusCommands()...)
	root.AddCommand(a.answerCommands()...)
	root.AddCommand(a.serveCommand(), a.registerCommand(), a.configCommand(), a.healthcheckCommand())
	return root
}

// loadConfig loads the configuration in its layers, the global flags the
// user set on top.
func (a *app) loadConfig(cmd *cobra.Command) error {
	for _, name := range []string{"corpus", "index"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
			if err := a.loader.SetFlag(name, f.Value.String()); err != nil {
				return &usageError{msg: err.Error()}
			}
		}
	}
	cfg, err := a.loader.Load()
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	a.cfg = cfg
	return nil
}

// bindSettings gives cmd a flag for every setting of the configuration
// (--config FILE, --http ADDR, --log-level …), for the commands that run
// the bot.
func (a *app) bindSettings(cmd *cobra.Command) {
	fs := flag.NewFlagSet(cmd.Name(), flag.ContinueOnError)
	a.loader.BindFlags(fs, "corpus", "index")
	cmd.Flags().AddGoFlagSet(fs)
}

// exactArgs is cobra.ExactArgs with a usage error; blank arguments count
// as missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		blank := slices.ContainsFunc(args, func(a string) bool { return strings.TrimSpace(a) == "" })
		if len(args) != n || blank {
			return &usageError{msg: cmd.CommandPath() + " needs " + what + "\nUsage: " + cmd.UseLine()}
		}
		return nil
	}
}
