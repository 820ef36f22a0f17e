package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/crisisbot/bot/server"
)

// configCommand prints the effective configuration, secrets masked.
func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration, secrets masked",
		Long: "config prints the configuration the bot would run with, from defaults,\n" +
			"the --config file, the environment and flags, as YAML that --config\n" +
			"accepts. The token is masked.",
		Args: cobra.NoArgs,
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
		Args: cobra.NoArgs,
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
