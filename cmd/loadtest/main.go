// Command loadtest sends signed Discord interactions to the bot's HTTP
// endpoint (`bot serve --http`) on this machine and reports throughput,
// latency percentiles and errors by status.
//
// Make a key pair and start the server with its public key:
//
//	go run ./cmd/loadtest -genkey
//	DISCORD_PUBLIC_KEY=<public> bot serve --http 127.0.0.1:8080
//	LOADTEST_PRIVATE_KEY=<private> go run ./cmd/loadtest -url http://127.0.0.1:8080/interactions -c 16 -n 20000 -duration 30s
//
// or let it start the server in the same process on a free loopback port,
// on the built-in corpus or a corpus directory (-corpus), with the index in
// memory or on disk (-index), as answer.Load does for `bot serve`:
//
//	go run ./cmd/loadtest -serve -c 16 -n 20000 -duration 30s
//	go run ./cmd/loadtest -serve -corpus /tmp/corpus -index /tmp/index -cpuprofile /tmp/serve.cpu
//
// Every run is bounded by both -n and -duration. Targets off loopback are
// refused. The mix of interactions is set with -mix, and spread over -users
// distinct users so that the per-user rate limit does not dominate.
package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// privateKeyEnv names the environment variable that may hold the private key.
const privateKeyEnv = "LOADTEST_PRIVATE_KEY"

// maxConcurrency bounds -c: this is a tool for one small machine.
const maxConcurrency = 512

// run parses the command line, runs the load test and prints the report.
func run(ctx context.Context, args []string, out io.Writer) error {
	flags := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	target := flags.String("url", "http://127.0.0.1:8080/interactions", "interactions endpoint; must be on loopback")
	keyHex := flags.String("key", "", "Ed25519 private key in hex (seed or full key); default $"+privateKeyEnv)
	genKey := flags.Bool("genkey", false, "print a new key pair and exit")
	serve := flags.Bool("serve", false, "start the server in this process on a free loopback port, with a fresh key")
	corpusDir := flags.String("corpus", "", "with -serve: corpus directory to serve (default the built-in corpus)")
	indexDir := flags.String("index", "", "with -serve: persistent index directory (default an in-memory index)")
	requests := flags.Int("n", 10000, "stop after this many requests")
	concurrency := flags.Int("c", 8, "requests in flight at once")
	duration := flags.Duration("duration", 30*time.Second, "stop after this long")
	timeout := flags.Duration("timeout", 5*time.Second, "timeout of one request")
	mixFlag := flags.String("mix", "ask=5,autocomplete=3,position=1,button=1", "kinds of interaction and their weights")
	users := flags.Int("users", 50000, "number of distinct users sending interactions")
	questionsFile := flags.String("questions", "", "JSON lines file of questions ({\"q\": ...}), e.g. shared/eval/questions.jsonl")
	seed := flags.Uint64("seed", 1, "random seed of the request sequence")
	cpuProfile := flags.String("cpuprofile", "", "write a CPU profile of the run to this file (with -serve it covers the server too)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *genKey {
		return printKeyPair(out)
	}
	switch {
	case *requests < 1:
		return fmt.Errorf("-n must be at least 1, not %d", *requests)
	case *concurrency < 1 || *concurrency > maxConcurrency:
		return fmt.Errorf("-c must be between 1 and %d, not %d", maxConcurrency, *concurrency)
	case *duration <= 0:
		return fmt.Errorf("-duration must be positive, not %v", *duration)
	case *users < 1:
		return fmt.Errorf("-users must be at least 1, not %d", *users)
	case (*corpusDir != "" || *indexDir != "") && !*serve:
		return errors.New("-corpus and -index only apply with -serve")
	}
	m, err := parseMix(*mixFlag)
	if err != nil {
		return err
	}
	wl := workload{Questions: defaultQuestions, Names: defaultNames, Users: *users}
	if *questionsFile != "" {
		if wl.Questions, err = readQuestions(*questionsFile); err != nil {
			return err
		}
	}

	l := &load{url: *target, workload: wl, mix: m, requests: *requests, concurrency: *concurrency,
		duration: *duration, seed: *seed, timeout: *timeout}
	if *serve {
		_, l.key, err = ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return fmt.Errorf("generate key: %w", err)
		}
		srv, err := startServer(ctx, *corpusDir, *indexDir, l.key.Public().(ed25519.PublicKey), out)
		if err != nil {
			return err
		}
		defer srv.stop()
		l.url = srv.url
	} else if l.key, err = privateKey(*keyHex); err != nil {
		return err
	}
	if err := checkLoopback(l.url); err != nil {
		return err
	}
	if *cpuProfile != "" {
		stopProfile, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stopProfile()
	}
	rec, elapsed, err := l.run(ctx)
	if err != nil {
		return err
	}
	return rec.report(out, elapsed, l.concurrency)
}

// privateKey returns the key given by flag, or else by environment.
func privateKey(flagValue string) (ed25519.PrivateKey, error) {
	if flagValue == "" {
		flagValue = os.Getenv(privateKeyEnv)
	}
	if flagValue == "" {
		return nil, fmt.Errorf("no private key: pass -key or set $%s (make a pair with -genkey), or use -serve", privateKeyEnv)
	}
	return parsePrivateKey(flagValue)
}

// printKeyPair makes a key pair and prints both halves in hex.
func printKeyPair(out io.Writer) error {
	public, private, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("generate key: %w", err)
	}
	_, err = fmt.Fprintf(out, "public key (start the server with it):  %s\nprivate key (%s):  %s\n",
		hex.EncodeToString(public), privateKeyEnv, hex.EncodeToString(private.Seed()))
	return err
}

// readQuestions reads the "q" field of every line of a JSON lines file.
func readQuestions(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	var questions []string
	dec := json.NewDecoder(bytes.NewReader(data))
	for line := 1; dec.More(); line++ {
		var q struct {
			Q string `json:"q"`
		}
		if err := dec.Decode(&q); err != nil {
			return nil, fmt.Errorf("%s: question %d: %w", path, line, err)
		}
		if q.Q != "" {
			questions = append(questions, q.Q)
		}
	}
	if len(questions) == 0 {
		return nil, fmt.Errorf("%s: no questions", path)
	}
	return questions, nil
}

// startCPUProfile starts writing a CPU profile to path and returns the
// function that finishes it.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintln(os.Stderr, "loadtest: cpu profile:", err)
		}
	}, nil
}
