package answer

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"testing"
)

// builtinEngine is the engine over the built-in corpus, built once for
// all tests (it is read-only).
var builtinEngine = sync.OnceValues(func() (*Engine, error) {
	e, _, err := Load(context.Background(), LoadOptions{})
	return e, err
})

func engineForTest(t testing.TB) *Engine {
	t.Helper()
	e, err := builtinEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func readQuestionFile(t testing.TB, path string) []Question {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadQuestions(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

// TestEvaluate scores the engine on the question sets. questions.jsonl is
// the hand-checked set; the others were written here, each before the
// engine was run on it: paraphrased, heldout and blind then led to general
// rules (see the commit log) and must now meet the targets; blind2 is the
// latest unseen set and is only required to beat the baseline clearly, so
// that it keeps measuring how the engine does on new wordings.
func TestEvaluate(t *testing.T) {
	for _, tt := range []struct {
		file    string
		targets bool
	}{
		{"testdata/questions.jsonl", true},
		{"testdata/paraphrased.jsonl", true},
		{"testdata/heldout.jsonl", true},
		{"testdata/blind.jsonl", true},
		{"testdata/blind2.jsonl", false},
	} {
		t.Run(tt.file, func(t *testing.T) {
			qs := readQuestionFile(t, tt.file)
			rep, err := Evaluate(context.Background(), engineForTest(t), qs)
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.MarshalIndent(rep, "", "  ")
			t.Logf("%s", out)
			s := rep.Engine
			if tt.targets && (s.HitAt1 < 0.9 || s.HitAt3 < 1 || s.NoneRight != s.NoneQuestions) {
				t.Errorf("engine: hit@1 %.2f (want ≥ 0.9), hit@3 %.2f (want 1), expect_none %d/%d",
					s.HitAt1, s.HitAt3, s.NoneRight, s.NoneQuestions)
			}
			if b := rep.Baseline; s.MRR <= b.MRR+0.1 || s.HitAt1 <= b.HitAt1 || s.NoneRight < b.NoneRight {
				t.Errorf("engine (MRR %.2f, hit@1 %.2f) does not clearly beat the baseline (MRR %.2f, hit@1 %.2f)",
					s.MRR, s.HitAt1, b.MRR, b.HitAt1)
			}
		})
	}
}
