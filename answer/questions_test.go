package answer

import (
	"strings"
	"testing"
)

func TestReadQuestions(t *testing.T) {
	tests := []struct {
		name, input string
		want        int
		err         string // part of the error; "" for none
	}{
		{name: "both kinds", input: `{"q":"a?","expect_any":["x"]}` + "\n\n" + `{"q":"b?","expect_none":true}` + "\n", want: 2},
		{name: "empty", input: "", want: 0},
		{name: "bad json", input: `{"q":"a?","expect_any":["x"]}` + "\n{", err: "line 2"},
		{name: "unknown field", input: `{"q":"a?","expect":["x"]}`, err: "line 1"},
		{name: "no question", input: `{"q":" ","expect_any":["x"]}`, err: "no question"},
		{name: "no expectation", input: `{"q":"a?"}`, err: "either expect_any or expect_none"},
		{name: "both expectations", input: `{"q":"a?","expect_any":["x"],"expect_none":true}`, err: "either"},
		{name: "empty expected string", input: `{"q":"a?","expect_any":[""]}`, err: "empty string"},
		{name: "two values on a line", input: `{"q":"a?","expect_none":true} {}`, err: "more than one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := ReadQuestions(strings.NewReader(tt.input))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one with %q", err, tt.err)
				}
				return
			}
			if err != nil || len(qs) != tt.want {
				t.Fatalf("%d questions, %v; want %d", len(qs), err, tt.want)
			}
		})
	}
}

func TestQuestionFilesAreValid(t *testing.T) {
	for _, f := range []string{"testdata/questions.jsonl", "testdata/paraphrased.jsonl"} {
		if qs := readQuestionFile(t, f); len(qs) < 20 {
			t.Errorf("%s: only %d questions", f, len(qs))
		}
	}
}

func FuzzReadQuestions(f *testing.F) {
	f.Add(`{"q":"a?","expect_any":["x"]}`)
	f.Add(`{"q":"b?","expect_none":true}` + "\n" + `{"q":"c","expect_any":["y","z"]}`)
	f.Add("{\n")
	f.Fuzz(func(t *testing.T, input string) {
		qs, err := ReadQuestions(strings.NewReader(input))
		if err != nil {
			return
		}
		for _, q := range qs {
			if strings.TrimSpace(q.Q) == "" || q.ExpectNone == (len(q.ExpectAny) > 0) {
				t.Fatalf("accepted an invalid question %+v", q)
			}
		}
	})
}

func FuzzAsk(f *testing.F) {
	for _, s := range []string{"What is Turkey's position?", "+title:x /re/ *~", "@bot <@1> Erdoğan’s", "\xff",
		"Suppose a reader asks when, what's the answer?", "Date? tl;dr pls", "x, source + quote", "Other than Turkey and, not Merz,",
		"On the same day as, near Bandar Abbas", "kindly tell on which"} {
		f.Add(s)
	}
	e := engineForTest(f)
	f.Fuzz(func(t *testing.T, q string) {
		a, err := e.Ask(t.Context(), q, Page{})
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		checkAnswer(t, e, a, Page{})
	})
}

func TestPool(t *testing.T) {
	a := Scores{Questions: 40, HitAt1: 0.9, HitAt3: 1, MRR: 0.95, NoneQuestions: 6, NoneRight: 6}
	b := Scores{Questions: 80, HitAt1: 0.75, HitAt3: 0.9, MRR: 0.8, NoneQuestions: 4, NoneRight: 3}
	got := Pool(a, b)
	want := Scores{Questions: 120, HitAt1: 0.8, HitAt3: (40 + 72) / 120.0, MRR: (38 + 64) / 120.0, NoneQuestions: 10, NoneRight: 9}
	if got.Questions != want.Questions || got.NoneQuestions != want.NoneQuestions || got.NoneRight != want.NoneRight ||
		!nearlyEqual(got.HitAt1, want.HitAt1) || !nearlyEqual(got.HitAt3, want.HitAt3) || !nearlyEqual(got.MRR, want.MRR) {
		t.Errorf("Pool = %+v, want %+v", got, want)
	}
	if got := Pool(); got != (Scores{}) {
		t.Errorf("Pool() = %+v, want zero scores", got)
	}
}
