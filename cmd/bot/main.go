// Command bot answers questions about the 2026 Iran–US crisis with verbatim,
// sourced quotes, on the command line and on Discord.
//
// Usage:
//
//	bot ask "What is Turkey's position?"
//	bot position Turkey --topic "military action"
//	bot serve
//
// Run `bot help` for every subcommand.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/crisisbot/bot/answer"
)

// Exit statuses.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitUnknown = 3 // a name that matches no known entity
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.LookupEnv))
}

// run executes the command line args and returns the process exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, lookupEnv func(string) (string, bool)) int {
	app := &app{stdout: stdout, stderr: stderr, lookupEnv: lookupEnv}
	root := app.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "bot:", err)
	var (
		unknown *answer.UnknownEntityError
		usage   *usageError
		status  *exitStatusError
	)
	switch {
	case errors.As(err, &unknown):
		return exitUnknown
	case errors.As(err, &usage):
		return exitUsage
	case errors.As(err, &status):
		return status.status
	default:
		return exitError
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// exitStatusError ends the command with a given status after its output was
// written, for checks that fail (check, eval).
type exitStatusError struct {
	status int
	msg    string
}

func (e *exitStatusError) Error() string { return e.msg }
