package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// runBot runs the command line in-process with an empty environment and
// returns its exit status, standard output and standard error.
func runBot(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runBotEnv(t, nil, args...)
}

// runBotEnv is runBot with the given environment.
func runBotEnv(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	status := run(context.Background(), args, &stdout, &stderr, lookup)
	return status, stdout.String(), stderr.String()
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    []string
	}{
		{
			name:       "built-in corpus",
			args:       []string{"check"},
			wantStatus: exitOK,
			wantOut:    []string{"articles                 4", "errors                   0"},
		},
		{
			name:       "bad files are reported with file and line and the rest loads",
			args:       []string{"check", "--corpus", "testdata/badcorpus"},
			wantStatus: exitError,
			wantOut: []string{
				"articles                 1",
				"errors                   2",
				"testdata/badcorpus/baddate.md:3:",
				"testdata/badcorpus/unclosed.md:1:",
			},
		},
		{
			name:       "missing directory",
			args:       []string{"check", "--corpus", "testdata/nowhere"},
			wantStatus: exitError,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runBot(t, tt.args...)
			if status != tt.wantStatus {
				t.Fatalf("status %d, want %d\nstdout:\n%s\nstderr:\n%s", status, tt.wantStatus, out, errOut)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestExtractJSONFields(t *testing.T) {
	status, out, errOut := runBot(t, "extract", "--json")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 50 {
		t.Fatalf("only %d statements extracted from the built-in corpus", len(lines))
	}
	want := []string{"affiliation", "article", "kind", "paragraph", "role", "speaker", "speaker_id", "text"}
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if len(obj) != len(want) {
			t.Fatalf("line %d has fields %v, want exactly %v", i+1, keys(obj), want)
		}
		for _, k := range want {
			if _, ok := obj[k]; !ok {
				t.Fatalf("line %d lacks %q: %s", i+1, k, line)
			}
		}
	}
	if !strings.Contains(out, `"text":"The use of force cannot solve problems.`) ||
		!strings.Contains(out, `"speaker":"Fu Cong"`) {
		t.Errorf("Fu Cong's quote is missing from the extraction")
	}
}

func TestExtractTable(t *testing.T) {
	status, out, _ := runBot(t, "extract")
	if status != exitOK {
		t.Fatalf("status %d", status)
	}
	if !strings.HasPrefix(out, "ARTICLE") || !strings.Contains(out, "Dmitry Peskov") {
		t.Errorf("table output unexpected:\n%s", out[:min(len(out), 500)])
	}
}

func TestEvalAttributions(t *testing.T) {
	status, out, errOut := runBot(t, "eval-attributions", "../../attribution/testdata/seeds.gold.jsonl")
	if status != exitOK {
		t.Fatalf("status %d: %s", status, errOut)
	}
	for _, kind := range []string{"direct", "partial", "indirect"} {
		if !strings.Contains(out, kind) {
			t.Errorf("report lacks the %s row:\n%s", kind, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"eval-attributions"},
		{"extract", "--no-such-flag"},
		{"extract", "extra-arg"},
		{"ask", "  "},
		{"position", ""},
		{"compare", "Turkey", ""},
	}
	for _, args := range tests {
		status, _, errOut := runBot(t, args...)
		if status != exitUsage {
			t.Errorf("%v: status %d, want %d, a usage error (stderr %q)", args, status, exitUsage, errOut)
		}
		if errOut == "" {
			t.Errorf("%v: nothing said on stderr", args)
		}
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
