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

func TestEvaluate(t *testing.T) {
	for _, file := range []string{"testdata/questions.jsonl", "testdata/paraphrased.jsonl", "testdata/heldout.jsonl", "testdata/blind.jsonl"} {
		t.Run(file, func(t *testing.T) {
			qs := readQuestionFile(t, file)
			rep, err := Evaluate(context.Background(), engineForTest(t), qs)
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.MarshalIndent(rep, "", "  ")
			t.Logf("%s", out)
			s := rep.Engine
			if s.HitAt1 < 0.9 || s.HitAt3 < 1 || s.NoneRight != s.NoneQuestions {
				t.Errorf("engine: hit@1 %.2f (want ≥ 0.9), hit@3 %.2f (want 1), expect_none %d/%d",
					s.HitAt1, s.HitAt3, s.NoneRight, s.NoneQuestions)
			}
			if b := rep.Baseline; s.MRR <= b.MRR+0.1 || s.HitAt1 <= b.HitAt1 {
				t.Errorf("engine (MRR %.2f, hit@1 %.2f) does not clearly beat the baseline (MRR %.2f, hit@1 %.2f)",
					s.MRR, s.HitAt1, b.MRR, b.HitAt1)
			}
		})
	}
}
