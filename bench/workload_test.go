package bench

import (
	"context"
	"os"
	"testing"
	"time"
)

// TestWorkloadFindsAnswers checks that the benchmarks measure real work:
// the questions find passages and the prefixes find names, on the smallest
// corpus.
func TestWorkloadFindsAnswers(t *testing.T) {
	ctx := context.Background()
	s := newStack(t, 100)
	answered := 0
	for _, q := range s.work.Questions {
		a, err := s.engine.Ask(ctx, q, answerPage)
		if err = ignoreUnknown(err); err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if a != nil && len(a.Results) > 0 {
			answered++
		}
	}
	if answered < len(s.work.Questions)*3/4 {
		t.Errorf("%d of %d questions found passages, want at least three quarters", answered, len(s.work.Questions))
	}
	completed := 0
	for _, p := range s.work.Prefixes {
		if len(s.engine.Complete(ctx, p, autocompleteMax)) > 0 {
			completed++
		}
	}
	if completed < len(s.work.Prefixes)*3/4 {
		t.Errorf("%d of %d prefixes completed, want at least three quarters", completed, len(s.work.Prefixes))
	}
	if len(s.work.Names) <= len(workloadCountries) {
		t.Errorf("the workload names no speakers of the corpus: %v", s.work.Names)
	}
}

func TestPercentile(t *testing.T) {
	var sorted []time.Duration
	for i := 1; i <= 200; i++ {
		sorted = append(sorted, time.Duration(i))
	}
	tests := []struct {
		p    float64
		want time.Duration
	}{{50, 100}, {99, 198}, {100, 200}, {0, 1}}
	for _, tt := range tests {
		if got := percentile(sorted, tt.p); got != tt.want {
			t.Errorf("percentile(1..200, %v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if got := percentile(nil, 99); got != 0 {
		t.Errorf("percentile of nothing = %v, want 0", got)
	}
}

func TestDirBytes(t *testing.T) {
	dir := t.TempDir()
	if n, err := dirBytes(dir); err != nil || n != 0 {
		t.Fatalf("empty dir: %d, %v", n, err)
	}
	if _, err := dirBytes(dir + "/missing"); err == nil {
		t.Error("no error for a missing directory")
	}
}

func TestStatusBytes(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc on this system")
	}
	tests := []struct {
		field   string
		wantErr bool
	}{
		{"VmRSS", false},
		{"RssAnon", false},
		{"NoSuchField", true},
	}
	for _, tt := range tests {
		n, err := statusBytes(tt.field)
		if (err != nil) != tt.wantErr {
			t.Errorf("statusBytes(%q) error = %v, want error %v", tt.field, err, tt.wantErr)
		}
		if err == nil && n <= 0 {
			t.Errorf("statusBytes(%q) = %d, want a positive size", tt.field, n)
		}
	}
}
