package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/crisisbot/bot/server"
	"github.com/crisisbot/bot/service"
)

// serveCommand runs the Discord bot.
func (a *app) serveCommand() *cobra.Command {
	var noRegister bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the Discord bot (gateway, or the HTTP interactions endpoint with --http ADDR)",
		Long: "serve answers Discord: over the gateway with DISCORD_TOKEN, or, with --http ADDR\n" +
			"(BOT_HTTP_ADDR), as an HTTP interactions endpoint verified with\n" +
			"DISCORD_PUBLIC_KEY. It registers the slash commands at start unless\n" +
			"--no-register, and stops cleanly on SIGINT and SIGTERM.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if noRegister {
				a.cfg.Register = false
			}
			if err := a.cfg.ValidateServe(); err != nil {
				return err
			}
			log := a.logger()
			log.Info("starting", "mode", a.cfg.Mode(), "config", a.cfg)
			return service.New(a.cfg, log).Run(cmd.Context())
		},
	}
	cmd.Flags().BoolVar(&noRegister, "no-register", false, "do not register the slash commands at start")
	a.bindSettings(cmd)
	return cmd
}

// registerCommand registers the slash commands and exits.
func (a *app) registerCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register the slash commands (in DISCORD_GUILD_ID, or globally)",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.cfg.ValidateRegister(); err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
			defer cancel()
			return service.Register(ctx, a.cfg, a.logger())
		},
	}
	a.bindSettings(cmd)
	return cmd
}

// logger logs to standard error at the configured level and format.
func (a *app) logger() *slog.Logger {
	opts := &slog.HandlerOptions{Level: a.cfg.LogLevel()}
	if a.cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(a.stderr, opts))
}

// configCommand prints the effective configuration, secrets masked.
func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration, secrets masked",
		Long: "config prints the configuration the bot would run with, from defaults,\n" +
			"the --config file, the environment and flags, as YAML that --config\n" +
			"accepts. The token is masked.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.cfg.Write(a.stdout)
		},
	}
	a.bindSettings(cmd)
	return cmd
}

// healthcheckCommand asks a running bot's /healthz, for Docker's
// HEALTHCHECK (the image has no shell or curl).
func (a *app) healthcheckCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "healthcheck",
		Short: "Exit 0 when the bot's health endpoint answers",
		Long: "healthcheck GETs /healthz of the bot serving on the configured HTTP address\n" +
			"(BOT_HTTP_ADDR, or BOT_METRICS_ADDR in gateway mode) and exits 0 when it\n" +
			"answers 200.",
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr := a.cfg.HealthAddr()
			if addr == "" {
				return &usageError{msg: "healthcheck needs BOT_HTTP_ADDR or BOT_METRICS_ADDR (or --http / --metrics-addr)"}
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 5*time.Second)
			defer cancel()
			if err := server.CheckHealth(ctx, addr); err != nil {
				return fmt.Errorf("unhealthy: %w", err)
			}
			fmt.Fprintln(a.stdout, "ok")
			return nil
		},
	}
	a.bindSettings(cmd)
	return cmd
}
