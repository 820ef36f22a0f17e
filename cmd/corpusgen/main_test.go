package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name      string
		args      func(dir string) []string
		wantFiles int
		wantErr   bool
	}{
		{"writes the articles", func(dir string) []string { return []string{"--out", dir, "--articles", "3", "--seed", "9"} }, 3, false},
		{"no --out", func(string) []string { return []string{"--articles", "3"} }, 0, true},
		{"zero articles", func(dir string) []string { return []string{"--out", dir, "--articles", "0"} }, 0, true},
		{"stray argument", func(dir string) []string { return []string{"--out", dir, "extra"} }, 0, true},
		{"unknown flag", func(dir string) []string { return []string{"--out", dir, "--size", "3"} }, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			err := run(context.Background(), tt.args(dir), io.Discard)
			if (err != nil) != tt.wantErr {
				t.Fatalf("run error = %v, want error %v", err, tt.wantErr)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != tt.wantFiles {
				t.Errorf("%d files written, want %d", len(entries), tt.wantFiles)
			}
		})
	}
}
