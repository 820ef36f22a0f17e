package commands

import (
	"sort"
	"strings"
	"unicode"

	"github.com/crisisbot/bot/answer"
)

// span is a byte range of a passage's text.
type span struct{ start, end int }

// quoteSpans locates each statement's verbatim text in the passage, trimmed
// of blanks and merged where they overlap, in order.
func quoteSpans(text string, quotes []answer.Quote) []span {
	var spans []span
	for _, q := range quotes {
		t := strings.TrimSpace(q.Text)
		i := strings.Index(text, t)
		if t == "" || i < 0 {
			continue
		}
		spans = append(spans, span{i, i + len(t)})
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	var merged []span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// boldQuotes renders a passage escaped, with the statements in it in bold,
// as a block quote.
func boldQuotes(text string, spans []span) string {
	var b strings.Builder
	at := 0
	for _, s := range spans {
		b.WriteString(escapeMarkdown(text[at:s.start]))
		b.WriteString("**" + escapeMarkdown(text[s.start:s.end]) + "**")
		at = s.end
	}
	b.WriteString(escapeMarkdown(text[at:]))
	return quoteLines(b.String())
}

// speakerLines names the speakers of a passage's statements once each, in
// order, marking a speaker reported rather than quoted when all their
// statements are reported speech.
func speakerLines(quotes []answer.Quote) []string {
	type key struct{ speaker, role, affiliation string }
	var order []key
	reported := map[key]bool{}
	for _, q := range quotes {
		k := key{q.Speaker, q.Role, q.Affiliation}
		if _, seen := reported[k]; !seen {
			order = append(order, k)
			reported[k] = true
		}
		reported[k] = reported[k] && q.Kind == "indirect"
	}
	lines := make([]string, len(order))
	for i, k := range order {
		kind := "direct"
		if reported[k] {
			kind = "indirect"
		}
		lines[i] = formatSpeaker(answer.Quote{Kind: kind, Speaker: k.speaker, Role: k.role, Affiliation: k.affiliation})
	}
	return lines
}

// passageWithQuotes renders a whole passage, verbatim, with the words of
// its statements in bold and their speakers below, so that reported speech
// keeps its context. It reports false when the passage does not fit in max
// characters or a statement cannot be found in it.
func passageWithQuotes(r answer.Result, max int) (string, bool) {
	spans := quoteSpans(r.Text, r.Statements)
	if len(spans) == 0 || strings.TrimFunc(r.Text, unicode.IsSpace) == "" {
		return "", false
	}
	for _, q := range r.Statements {
		if !strings.Contains(r.Text, strings.TrimSpace(q.Text)) {
			return "", false
		}
	}
	out := boldQuotes(r.Text, spans) + "\n" + strings.Join(speakerLines(r.Statements), "\n")
	if textLen(out) > max {
		return "", false
	}
	return out, true
}
