package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/crisisbot/bot/answer"
)

// textWriter prints answers as readable text: every passage verbatim, each
// statement with its speaker, and the source under it.
type textWriter struct {
	w   io.Writer
	err error
}

func newTextWriter(w io.Writer) *textWriter { return &textWriter{w: w} }

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

func (t *textWriter) answer(ans *answer.Answer) error {
	t.printf("Q: %s\n", ans.Question)
	if len(ans.Entities) > 0 {
		names := make([]string, len(ans.Entities))
		for i, e := range ans.Entities {
			names[i] = fmt.Sprintf("%s (%s)", e.Name, e.Kind)
		}
		t.printf("About: %s\n", strings.Join(names, ", "))
	}
	if ans.Notice != "" {
		t.printf("\n%s\n", ans.Notice)
	}
	for i, r := range ans.Results {
		t.printf("\n%d. %s\n", ans.Offset+i+1, r.Text)
		for _, q := range r.Statements {
			t.printf("   %s %s: %s\n", kindLabel(q.Kind), speakerLine(q), quoted(q))
		}
		t.printf("   Source: %s\n", sourceLine(r.Source))
	}
	if shown := ans.Offset + len(ans.Results); shown < ans.Total {
		t.printf("\n(%d of %d passages shown; use --limit for more)\n", shown, ans.Total)
	}
	return t.err
}

func (t *textWriter) position(pos *answer.Position) error {
	t.printf("%s (%s)", pos.Entity.Name, pos.Entity.Kind)
	if pos.Topic != "" {
		t.printf(" on %q", pos.Topic)
	}
	t.printf("\n")
	if pos.Notice != "" {
		t.printf("\n%s\n", pos.Notice)
	}
	speaker := ""
	for _, s := range pos.Statements {
		if s.SpeakerID != speaker {
			speaker = s.SpeakerID
			t.printf("\n%s\n", speakerLine(s.Quote))
		}
		t.printf("  %s %s\n", kindLabel(s.Kind), quoted(s.Quote))
		t.printf("      %s\n", sourceLine(s.Source))
	}
	if shown := pos.Offset + len(pos.Statements); shown < pos.Total {
		t.printf("\n(%d of %d statements shown; use --limit for more)\n", shown, pos.Total)
	}
	return t.err
}

func (t *textWriter) comparison(c *answer.Comparison) error {
	if err := t.position(&c.First); err != nil {
		return err
	}
	t.printf("\n%s\n\n", strings.Repeat("─", 60))
	return t.position(&c.Second)
}

func (t *textWriter) profile(p *answer.Profile) error {
	t.printf("%s (%s)\n", p.Entity.Name, p.Entity.Kind)
	if p.Role != "" {
		t.printf("Role: %s\n", p.Role)
	}
	if p.Affiliation != "" {
		t.printf("Speaks for: %s\n", p.Affiliation)
	}
	if len(p.Aliases) > 0 {
		t.printf("Also called: %s\n", strings.Join(p.Aliases, ", "))
	}
	t.printf("Statements: %d\n", p.Statements)
	if len(p.Articles) > 0 {
		t.printf("Appears in:\n")
		for _, s := range p.Articles {
			t.printf("  %s\n", sourceLine(s))
		}
	}
	return t.err
}

func (t *textWriter) sources(infos []answer.ArticleInfo) error {
	tw := tabwriter.NewWriter(t.w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ARTICLE\tPUBLISHED\tOUTLET\tPARAS\tSTATEMENTS\tSPEAKERS\tTITLE\tURL")
	for _, s := range infos {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\n", shortID(s.Article), dateOf(s.Source),
			orDash(s.Publisher()), s.Paragraphs, s.Statements, s.Speakers, clip(s.Title, 60), orDash(s.URL))
	}
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
	return t.err
}

// kindLabel is a fixed-width label for a statement's kind.
func kindLabel(kind string) string {
	switch kind {
	case "direct":
		return "[direct]  "
	case "partial":
		return "[partial] "
	default:
		return "[indirect]"
	}
}

// quoted shows a statement's words: in quote marks when the speaker's own
// words are quoted, and plain when the article reports what they said, so
// that reported speech is never passed off as a quotation.
func quoted(q answer.Quote) string {
	if q.Kind == "indirect" {
		return "(reported) " + q.Text
	}
	return "“" + q.Text + "”"
}

// speakerLine is "Name, Role, Affiliation", leaving out what is unknown.
func speakerLine(q answer.Quote) string {
	parts := []string{q.Speaker}
	if q.Role != "" {
		parts = append(parts, q.Role)
	}
	if q.Affiliation != "" && q.Affiliation != q.Speaker {
		parts = append(parts, q.Affiliation)
	}
	return strings.Join(parts, ", ")
}

// sourceLine is "Title — Outlet, 2026-01-29, paragraph 4, URL".
func sourceLine(s answer.Source) string {
	parts := []string{s.Title}
	if o := s.Publisher(); o != "" {
		parts[0] += " — " + o
	}
	if d := dateOf(s); d != "-" {
		parts = append(parts, d)
	}
	if s.Paragraph > 0 {
		parts = append(parts, fmt.Sprintf("paragraph %d", s.Paragraph))
	}
	if s.URL != "" {
		parts = append(parts, s.URL)
	}
	return strings.Join(parts, ", ")
}

func dateOf(s answer.Source) string {
	if s.Published.IsZero() {
		return "-"
	}
	return s.Published.Format("2006-01-02")
}

// evalTable prints the scores of several question files, a row for each
// and one for all their questions together, engine and baseline.
func (t *textWriter) evalTable(names []string, reports []answer.EvalReport) error {
	tw := tabwriter.NewWriter(t.w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tQUESTIONS\tHIT@1\tHIT@3\tMRR\tEXPECT_NONE RIGHT\tBASELINE HIT@1\tBASELINE HIT@3")
	row := func(name string, s, b answer.Scores, digits int) {
		fmt.Fprintf(tw, "%s\t%d\t%.*f\t%.*f\t%.*f\t%d/%d\t%.*f\t%.*f\n", name, s.Questions,
			digits, s.HitAt1, digits, s.HitAt3, digits, s.MRR, s.NoneRight, s.NoneQuestions, digits, b.HitAt1, digits, b.HitAt3)
	}
	var engine, baseline []answer.Scores
	for i, r := range reports {
		row(names[i], r.Engine, r.Baseline, 3)
		engine = append(engine, r.Engine)
		baseline = append(baseline, r.Baseline)
	}
	// Over thousands of questions a fourth digit still tells engines apart.
	row(fmt.Sprintf("all %d files", len(reports)), answer.Pool(engine...), answer.Pool(baseline...), 4)
	if err := tw.Flush(); err != nil {
		return err
	}
	return t.err
}

func (t *textWriter) evalReport(r answer.EvalReport) error {
	tw := tabwriter.NewWriter(t.w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SYSTEM\tQUESTIONS\tHIT@1\tHIT@3\tMRR\tEXPECT_NONE RIGHT")
	row := func(name string, s answer.Scores) {
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d/%d\n", name, s.Questions, s.HitAt1, s.HitAt3, s.MRR, s.NoneRight, s.NoneQuestions)
	}
	row("engine", r.Engine)
	row("baseline (bleve match, default mapping)", r.Baseline)
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Failures) == 0 {
		t.printf("\nno failures\n")
	}
	for _, f := range r.Failures {
		t.printf("\nFAIL %q", f.Question.Q)
		if f.Question.ExpectNone {
			t.printf(": expected no passage, got %d\n", f.Rank)
		} else if f.Rank == 0 {
			t.printf(": no right passage in the top ten\n")
		} else {
			t.printf(": first right passage at rank %d\n", f.Rank)
		}
		for i, top := range f.Top {
			t.printf("  %d. %s\n", i+1, top)
		}
	}
	return t.err
}
