package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseGolden parses every fixture in testdata/parse and compares the
// whole article with its golden file, testdata/parse/<file>.golden.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".golden") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			checkGolden(t, file+".golden", parseFile(t, file))
		})
	}
}

// TestParse checks the metadata and paragraph structure of the parse
// fixtures, one configuration each.
func TestParse(t *testing.T) {
	date := func(s string) time.Time {
		d, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		file      string
		id        string
		title     string
		outlet    string
		url       string
		published time.Time
		author    string
		language  string
		// paragraphs are the texts, headings marked with a leading "# ".
		paragraphs []string
		// lines are the paragraphs' source lines.
		lines []int
	}{
		{
			file: "markdown_full.md", id: "markdown_full",
			title: "Ministers meet: talks in Istanbul", outlet: "Example News",
			url: "https://example.com/news/talks?id=1", published: date("2026-02-03T00:00:00Z"),
			author: "A. Reporter", language: "en-GB",
			paragraphs: []string{
				"# Talks in Istanbul",
				"The first paragraph runs over three lines of the file.",
				"# A heading straight after text",
				"A paragraph straight after a heading.",
				"Indented lines keep their words,   inner  spaces too.",
				"# Deepest heading",
				"#hashtag is not a heading.",
				"####### Seven hashes is not a heading either.",
				"“We will talk,” the minister said.",
			},
			lines: []int{11, 13, 16, 17, 19, 21, 23, 25, 29},
		},
		{
			file: "markdown_rfc3339.markdown", id: "markdown_rfc3339", title: "A time with a zone",
			published:  date("2026-01-29T15:04:05+03:30"),
			paragraphs: []string{"Only paragraph."}, lines: []int{5},
		},
		{
			file: "crlf.md", id: "crlf", title: "Windows line endings", published: date("2026-01-30T00:00:00Z"),
			paragraphs: []string{"First line second line.", "Second paragraph."}, lines: []int{6, 9},
		},
		{
			file: "bom.md", id: "bom", title: "Starts with a byte order mark",
			paragraphs: []string{"Body."}, lines: []int{4},
		},
		{
			file: "plain_title_date.txt", id: "plain_title_date",
			title: "Leaders Urge Calm as Tensions Rise", published: date("2026-01-29T00:00:00Z"),
			paragraphs: []string{
				"ANKARA: The foreign minister spoke on Thursday.",
				"# What happens next?",
				"# Regional concern",
				"“It is wrong,” he said, calling for restraint.",
				"A short line that ends a sentence.",
			},
			lines: []int{5, 7, 9, 11, 12},
		},
		{
			file: "plain_no_title.txt", id: "plain_no_title", published: date("2026-01-29T00:00:00Z"),
			paragraphs: []string{
				"The first line is a whole sentence, so the article has no title.",
				"# Pakistan",
				"The date above is the publication date.",
			},
			lines: []int{1, 3, 4},
		},
		{
			file: "plain_date_dmy.txt", id: "plain_date_dmy",
			title: "A Headline Without a Date Line Right After It", published: date("2026-01-29T00:00:00Z"),
			paragraphs: []string{
				"The first paragraph comes before the date.",
				"The date is the second non-blank line after the title, so it still counts.",
			},
			lines: []int{3, 5},
		},
		{
			file: "plain_date_iso.txt", id: "plain_date_iso", published: date("2026-01-29T00:00:00Z"),
			paragraphs: []string{"A date as the first line is not a title."}, lines: []int{2},
		},
		{
			file: "plain_date_late.txt", id: "plain_date_late", title: "Headline",
			paragraphs: []string{"One.", "Two.", "Three.", "# 2026-01-29",
				"The date line is too far down to be the publication date, so it stays a paragraph."},
			lines: []int{2, 3, 4, 5, 6},
		},
		{
			file: "plain_wrong_weekday.txt", id: "plain_wrong_weekday", title: "Headline",
			paragraphs: []string{"# Fri Jan 29 2026",
				"January 29, 2026 was a Thursday, so the line above is kept as a paragraph."},
			lines: []int{2, 3},
		},
		{
			file: "plain_front_matter.txt", id: "plain_front_matter", title: "A text file with front matter",
			paragraphs: []string{"A .txt file with front matter is read as Markdown.", "Second paragraph."},
			lines:      []int{4, 7},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := filepath.Join("testdata", "parse", tt.file)
			a := parseFile(t, file)
			if a.ID != tt.id || a.File != file || a.Title != tt.title || a.Outlet != tt.outlet ||
				a.URL != tt.url || !a.Published.Equal(tt.published) || a.Author != tt.author || a.Language != tt.language {
				t.Errorf("metadata:\n got %+v", metadata(a))
			}
			var texts []string
			var lines []int
			for i, p := range a.Paragraphs {
				if p.Number != i+1 {
					t.Errorf("paragraph %d has Number %d", i+1, p.Number)
				}
				text := p.Text
				if p.Heading {
					text = "# " + text
				}
				texts = append(texts, text)
				lines = append(lines, p.Line)
			}
			if !slices.Equal(texts, tt.paragraphs) {
				t.Errorf("paragraphs:\n got %q\nwant %q", texts, tt.paragraphs)
			}
			if !slices.Equal(lines, tt.lines) {
				t.Errorf("lines: got %v, want %v", lines, tt.lines)
			}
		})
	}
}

// TestParseErrors checks that each kind of bad input is reported at the
// right line with a message that says what is wrong.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string // a part of the message
	}{
		{"unclosed.md", 1, "front matter opened here is never closed"},
		{"bad_date.md", 4, `published "2026-02-30" is not a date`},
		{"wrong_weekday.md", 3, `published "Fri Jan 29 2026" has the wrong weekday: 29 January 2026 is a Thursday, not a Friday`},
		{"missing_title.md", 1, "front matter has no title"},
		{"empty_front_matter.md", 1, "front matter has no title"},
		{"empty_title.md", 3, "title is empty"},
		{"unknown_key.md", 4, `front matter key "pubished" is unknown`},
		{"duplicate_key.md", 4, `front matter key "title" appears twice (first on line 2)`},
		{"list_value.md", 4, `front matter "author" must be a single value`},
		{"multiline_value.md", 3, `front matter "title" must fit on one line`},
		{"bad_url.md", 3, `url "/news/1" is not an absolute http or https address`},
		{"bad_language.md", 3, `language "english language" is not a language tag`},
		{"yaml_syntax.md", 3, "front matter: found unexpected end of stream"},
		{"not_mapping.md", 2, "front matter must be keys with values"},
		{"no_front_matter.md", 1, "a Markdown article must start with front matter"},
		{"invalid_utf8.txt", 3, "invalid UTF-8 at byte 5 of the line"},
		{"invalid_utf8.md", 4, "invalid UTF-8 at byte 6 of the line"},
		{"empty_body.md", 4, "the article has no body"},
		{"title_only.txt", 1, "the article has no body"},
		{"empty.txt", 1, "the article has no body"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := filepath.Join("testdata", "errors", tt.file)
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(file, data)
			if err == nil {
				t.Fatalf("no error; parsed %+v", metadata(a))
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is a %T, want a *ParseError", err, err)
			}
			if pe.File != file || pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("got %s:%d: %s\nwant %s:%d: …%s…", pe.File, pe.Line, pe.Msg, file, tt.line, tt.msg)
			}
			if prefix := file + ":" + strconv.Itoa(tt.line) + ": "; !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("Error() = %q, want it to start with %q", err.Error(), prefix)
			}
		})
	}
}

// TestParseName checks the errors about a file's name, which no content
// can cause.
func TestParseName(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"articles/notes.html", `articles/notes.html: unsupported file type ".html": want .md, .markdown or .txt`},
		{"articles/.md", "articles/.md: the file name gives no article ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.name, []byte("---\ntitle: T\n---\nBody.\n"))
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v, want %s", err, tt.want)
			}
		})
	}
}

// TestMarkdownHeading checks which lines are ATX headings and their text.
func TestMarkdownHeading(t *testing.T) {
	tests := []struct {
		line string
		text string
		ok   bool
	}{
		{"# Title", "Title", true},
		{"###### Six", "Six", true},
		{"   ## Three spaces", "Three spaces", true},
		{"    ## Four spaces is code", "", false},
		{"####### Seven", "", false},
		{"#hashtag", "", false},
		{"#", "", true},
		{"## ##", "", true},
		{"## Closed ##", "Closed", true},
		{"## C# ##", "C#", true},
		{"## Ends with#", "Ends with#", true},
		{"##\tTab", "Tab", true},
		{"Not # a heading", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			text, ok := markdownHeading(tt.line)
			if text != tt.text || ok != tt.ok {
				t.Errorf("markdownHeading(%q) = %q, %v; want %q, %v", tt.line, text, ok, tt.text, tt.ok)
			}
		})
	}
}
