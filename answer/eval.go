package answer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/crisisbot/bot/attribution"
)

// Question is one line of a question file (the format of
// shared/eval/questions.jsonl): a question and what a right answer shows.
type Question struct {
	Q string `json:"q"`
	// ExpectAny: a right answer has, among its first three passages, one
	// whose text contains one of these strings.
	ExpectAny []string `json:"expect_any,omitempty"`
	// ExpectNone: a right answer lists no passage at all.
	ExpectNone bool `json:"expect_none,omitempty"`
}

// ReadQuestions reads a question file: one JSON object per line, blank
// lines ignored. Errors give the line number.
func ReadQuestions(r io.Reader) ([]Question, error) {
	var out []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		var q Question
		if err := dec.Decode(&q); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if dec.More() {
			return nil, fmt.Errorf("line %d: more than one JSON value", line)
		}
		if strings.TrimSpace(q.Q) == "" {
			return nil, fmt.Errorf("line %d: no question (\"q\")", line)
		}
		if q.ExpectNone == (len(q.ExpectAny) > 0) {
			return nil, fmt.Errorf("line %d: give either expect_any or expect_none", line)
		}
		for _, s := range q.ExpectAny {
			if strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("line %d: empty string in expect_any", line)
			}
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	return out, nil
}

// evalDepth is how many passages of an answer are looked at for MRR.
const evalDepth = 10

// Scores are the quality of one system on a question set.
type Scores struct {
	// Questions is the number of questions with expect_any, and HitAt1,
	// HitAt3 and MRR their shares: a right passage first, in the first
	// three, and the mean of 1/rank of the first right passage (within
	// the first ten).
	Questions int     `json:"questions"`
	HitAt1    float64 `json:"hit_at_1"`
	HitAt3    float64 `json:"hit_at_3"`
	MRR       float64 `json:"mrr"`
	// NoneRight of NoneQuestions expect_none questions got no passage.
	NoneQuestions int `json:"none_questions"`
	NoneRight     int `json:"none_right"`
}

// Pool returns the scores of several question sets taken together, each
// question counting once.
func Pool(scores ...Scores) Scores {
	var out Scores
	var hit1, hit3, rr float64
	for _, s := range scores {
		n := float64(s.Questions)
		hit1 += s.HitAt1 * n
		hit3 += s.HitAt3 * n
		rr += s.MRR * n
		out.Questions += s.Questions
		out.NoneQuestions += s.NoneQuestions
		out.NoneRight += s.NoneRight
	}
	if out.Questions > 0 {
		n := float64(out.Questions)
		out.HitAt1, out.HitAt3, out.MRR = hit1/n, hit3/n, rr/n
	}
	return out
}

// Failure is a question the engine got wrong.
type Failure struct {
	Question Question `json:"question"`
	// Rank is the 1-based rank of the first right passage, 0 if none in
	// the first ten; for expect_none, the number of passages listed.
	Rank int `json:"rank"`
	// Top is the start of each of the first three passages shown.
	Top []string `json:"top"`
}

// EvalReport is the engine's scores on a question set, the baseline's,
// and the questions the engine got wrong.
type EvalReport struct {
	Engine   Scores    `json:"engine"`
	Baseline Scores    `json:"baseline"`
	Failures []Failure `json:"failures"`
}

// Evaluate asks every question and scores the answers. It scores, in the
// same run, a baseline: a plain bleve match query over the paragraphs
// with bleve's default mapping.
func Evaluate(ctx context.Context, e *Engine, questions []Question) (EvalReport, error) {
	var rep EvalReport
	var engine, baseline tally
	base, err := newBaseline(e.res.Passages)
	if err != nil {
		return rep, err
	}
	defer base.Close()
	for _, q := range questions {
		ans, err := e.Ask(ctx, q.Q, Page{Limit: evalDepth})
		if err != nil {
			return rep, fmt.Errorf("evaluate %q: %w", q.Q, err)
		}
		var texts []string
		for _, r := range ans.Results {
			texts = append(texts, r.Text)
		}
		if ok, rank := engine.add(q, texts); !ok {
			f := Failure{Question: q, Rank: rank}
			for _, t := range texts[:min(3, len(texts))] {
				f.Top = append(f.Top, clip(t, 100))
			}
			rep.Failures = append(rep.Failures, f)
		}
		texts, err = base.search(ctx, q.Q)
		if err != nil {
			return rep, err
		}
		baseline.add(q, texts)
	}
	rep.Engine, rep.Baseline = engine.scores(), baseline.scores()
	return rep, nil
}

// tally accumulates scores.
type tally struct {
	questions, hit1, hit3, noneQuestions, noneRight int
	rr                                              float64
}

// add scores one answer (the passage texts in rank order) and reports
// whether it is right (a right passage in the first three, or none for
// expect_none) with the rank of the first right passage (or, for
// expect_none, the number of passages).
func (t *tally) add(q Question, texts []string) (bool, int) {
	if q.ExpectNone {
		t.noneQuestions++
		if len(texts) == 0 {
			t.noneRight++
			return true, 0
		}
		return false, len(texts)
	}
	t.questions++
	for i, text := range texts[:min(evalDepth, len(texts))] {
		for _, want := range q.ExpectAny {
			if strings.Contains(text, want) {
				rank := i + 1
				t.rr += 1 / float64(rank)
				if rank == 1 {
					t.hit1++
				}
				if rank <= 3 {
					t.hit3++
				}
				return rank <= 3, rank
			}
		}
	}
	return false, 0
}

func (t *tally) scores() Scores {
	s := Scores{Questions: t.questions, NoneQuestions: t.noneQuestions, NoneRight: t.noneRight}
	if t.questions > 0 {
		n := float64(t.questions)
		s.HitAt1, s.HitAt3, s.MRR = float64(t.hit1)/n, float64(t.hit3)/n, t.rr/n
	}
	return s
}

// baseline is a plain bleve index of the paragraphs' text with the
// default mapping, searched with a match query.
type baseline struct{ index bleve.Index }

func newBaseline(passages []attribution.Passage) (*baseline, error) {
	idx, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		return nil, fmt.Errorf("baseline index: %w", err)
	}
	batch := idx.NewBatch()
	for _, p := range passages {
		if err := batch.Index(fmt.Sprintf("%s#%d", p.Article.ID, p.Paragraph.Number), map[string]string{"text": p.Paragraph.Text}); err != nil {
			return nil, fmt.Errorf("baseline index: %w", err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("baseline index: %w", err)
	}
	return &baseline{index: idx}, nil
}

func (b *baseline) search(ctx context.Context, q string) ([]string, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), evalDepth, 0, false)
	req.Fields = []string{"text"}
	res, err := b.index.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("baseline search %q: %w", q, err)
	}
	var texts []string
	for _, h := range res.Hits {
		text, _ := h.Fields["text"].(string)
		texts = append(texts, text)
	}
	return texts, nil
}

// Close releases the baseline's index.
func (b *baseline) Close() error { return b.index.Close() }

// clip shortens s to at most n bytes on a rune boundary, with "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
