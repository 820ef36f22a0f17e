package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRun derives the lists from the small database of internal/wordnet's
// tests and compares them with golden files.
func TestRun(t *testing.T) {
	out := t.TempDir()
	if err := run("../../internal/wordnet/testdata/dict", out, 0.1); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"related.txt", "derived.txt", "exceptions.txt", "words.txt"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
		}
	}
}

func TestRunErrors(t *testing.T) {
	if err := run("testdata/no-such-dict", t.TempDir(), 0.1); err == nil {
		t.Error("run with a missing database: no error")
	}
	if err := run("../../internal/wordnet/testdata/dict", filepath.Join(t.TempDir(), "missing"), 0.1); err == nil {
		t.Error("run into a missing directory: no error")
	}
}
