package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, that its errors name the file
// and a line of it, and that no text is lost: every non-blank body line not
// dropped as furniture appears verbatim in a paragraph (or, in plain text,
// is the title or the publication date), and paragraphs are valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/*/*.md", "testdata/*/*.markdown", "testdata/*/*.txt", "articles/*.md"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data, !strings.HasSuffix(file, ".txt"))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		name := "fuzz.txt"
		if markdown {
			name = "fuzz.md"
		}
		lines := strings.Split(strings.TrimPrefix(string(data), "\uFEFF"), "\n")
		for i := range lines {
			lines[i] = strings.TrimSuffix(lines[i], "\r")
		}
		a, err := Parse(name, data)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != name || pe.Line < 1 || pe.Line > len(lines) {
				t.Fatalf("error %v (%T) names no line of %s, which has %d", err, err, name, len(lines))
			}
			return
		}
		if !utf8.Valid(data) {
			t.Fatal("invalid UTF-8 was accepted")
		}
		checkParagraphs(t, a, len(lines))
		dropped := make(map[int]bool)
		for _, d := range a.Dropped {
			if d.Line < 1 || d.Line > len(lines) || d.Text == "" || d.Text != strings.TrimSpace(lines[d.Line-1]) {
				t.Errorf("dropped line %+v is not a non-blank line of the input", d)
			}
			dropped[d.Line] = true
		}
		headings := make(map[int]string)
		for _, p := range a.Paragraphs {
			if p.Heading {
				headings[p.Line] = p.Text
			}
		}
		body, frontMatter := 0, false
		if len(lines) > 0 && strings.TrimRight(lines[0], " \t") == "---" {
			for i := 1; i < len(lines); i++ {
				if strings.TrimRight(lines[i], " \t") == "---" {
					body, frontMatter = i+1, true
					break
				}
			}
		}
		for i := body; i < len(lines); i++ {
			text := strings.TrimSpace(lines[i])
			switch {
			case text == "" || dropped[i+1] || inSomeParagraph(a, text):
			case frontMatter && isMarkdownHeadingOf(text, headings[i+1]):
			case !frontMatter && (text == a.Title || isDate(text, a)):
			default:
				t.Errorf("line %d %q is in no paragraph and was not dropped", i+1, text)
			}
		}
	})
}

// checkParagraphs checks that paragraphs are numbered from 1, start on
// increasing lines of the file, and hold non-empty, single-line, valid
// UTF-8 text.
func checkParagraphs(t *testing.T, a *Article, lines int) {
	t.Helper()
	if len(a.Paragraphs) == 0 {
		t.Fatal("an article without paragraphs was accepted")
	}
	last := 0
	for i, p := range a.Paragraphs {
		if p.Number != i+1 || p.Line <= last || p.Line > lines {
			t.Errorf("paragraph %d is numbered %d at line %d after line %d of %d", i+1, p.Number, p.Line, last, lines)
		}
		last = p.Line
		if p.Text == "" || p.Text != strings.TrimSpace(p.Text) || strings.Contains(p.Text, "\n") || !utf8.ValidString(p.Text) {
			t.Errorf("paragraph %d has bad text %q", p.Number, p.Text)
		}
	}
}

// inSomeParagraph reports whether text appears in one of a's paragraphs.
func inSomeParagraph(a *Article, text string) bool {
	for _, p := range a.Paragraphs {
		if strings.Contains(p.Text, text) {
			return true
		}
	}
	return false
}

// isMarkdownHeadingOf reports whether a line is a Markdown heading whose
// text is heading: only "#" marks and space surround heading in it. An
// empty heading has no words to lose.
func isMarkdownHeadingOf(line, heading string) bool {
	if !strings.HasPrefix(line, "#") {
		return false
	}
	rest := strings.Replace(line, heading, "", 1)
	return strings.Contains(line, heading) && strings.TrimFunc(rest, func(r rune) bool { return r == '#' || unicode.IsSpace(r) }) == ""
}

// isDate reports whether text is a date line that gave a its publication
// date.
func isDate(text string, a *Article) bool {
	d, err := parseDate(text)
	return err == nil && d.Equal(a.Published)
}
