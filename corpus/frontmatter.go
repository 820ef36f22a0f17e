package corpus

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

// frontMatterDelimiter opens and closes the YAML front matter.
const frontMatterDelimiter = "---"

// frontMatterKeys returns the keys front matter may have; any other key is
// an error, which catches typos such as "titel".
func frontMatterKeys() []string {
	return []string{"author", "language", "outlet", "published", "title", "url"}
}

// hasFrontMatter reports whether a file starts with a front matter delimiter.
func hasFrontMatter(lines []sourceLine) bool {
	return len(lines) > 0 && isDelimiter(lines[0].text)
}

// isDelimiter reports whether a line is "---", trailing space allowed.
func isDelimiter(text string) bool {
	return strings.TrimRight(text, " \t") == frontMatterDelimiter
}

// splitFrontMatter splits a file that starts with "---" into the front
// matter lines between the delimiters and the body lines after them.
func splitFrontMatter(file string, lines []sourceLine) (front, body []sourceLine, err error) {
	for i := 1; i < len(lines); i++ {
		if isDelimiter(lines[i].text) {
			return lines[1:i], lines[i+1:], nil
		}
	}
	return nil, nil, &ParseError{File: file, Line: lines[0].number,
		Msg: "front matter opened here is never closed: want a line \"---\" after it"}
}

// yamlErrorLine finds the line number in a yaml.v3 syntax error message.
var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// applyFrontMatter decodes the front matter lines into a's metadata. The
// title is required; every value is checked and an error names the line of
// the bad value.
func applyFrontMatter(a *Article, front []sourceLine, opening int) error {
	texts := make([]string, len(front))
	for i, line := range front {
		texts[i] = line.text
	}
	// Line n of the YAML text is line opening+n of the file. YAML also
	// breaks lines at a lone "\r", so its count may run past the front
	// matter; such a line is blamed on the front matter's last line.
	fail := func(yamlLine int, format string, args ...any) error {
		line := opening + min(max(yamlLine, 0), len(front))
		return &ParseError{File: a.File, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(texts, "\n")), &doc); err != nil {
		if m := yamlErrorLine.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			return fail(n, "front matter: %s", m[2])
		}
		return fail(0, "front matter: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return fail(0, "front matter has no title: want a line such as \"title: ...\"")
	}
	mapping := doc.Content[0]
	if mapping.Kind != yaml.MappingNode {
		return fail(mapping.Line, "front matter must be keys with values, such as \"title: ...\"")
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(mapping.Content); i += 2 {
		key, value := mapping.Content[i], mapping.Content[i+1]
		if !slices.Contains(frontMatterKeys(), key.Value) {
			return fail(key.Line, "front matter key %q is unknown (known keys: %s)",
				key.Value, strings.Join(frontMatterKeys(), ", "))
		}
		if first, dup := seen[key.Value]; dup {
			return fail(key.Line, "front matter key %q appears twice (first on line %d)", key.Value, opening+first)
		}
		seen[key.Value] = key.Line
		if value.Kind != yaml.ScalarNode {
			return fail(value.Line, "front matter %q must be a single value", key.Value)
		}
		text := strings.TrimSpace(value.Value)
		if value.Tag == "!!null" {
			text = ""
		}
		if strings.ContainsAny(text, "\r\n") {
			return fail(value.Line, "front matter %q must fit on one line", key.Value)
		}
		if err := setField(a, key.Value, text); err != nil {
			return fail(value.Line, "%s", err)
		}
	}
	if _, ok := seen["title"]; !ok {
		return fail(0, "front matter has no title: want a line such as \"title: ...\"")
	}
	return nil
}

// setField checks one front matter value and stores it in a.
func setField(a *Article, key, value string) error {
	switch key {
	case "title":
		if value == "" {
			return fmt.Errorf("title is empty")
		}
		a.Title = value
	case "outlet":
		a.Outlet = value
	case "author":
		a.Author = value
	case "url":
		if value == "" {
			return nil
		}
		u, err := url.Parse(value)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("url %q is not an absolute http or https address", value)
		}
		a.URL = value
	case "published":
		if value == "" {
			return nil
		}
		t, err := parseDate(value)
		if err != nil {
			return fmt.Errorf("published %w", err)
		}
		a.Published = t
	case "language":
		if value == "" {
			return nil
		}
		if _, err := language.Parse(value); err != nil {
			return fmt.Errorf("language %q is not a language tag such as \"en\" or \"fa\": %w", value, err)
		}
		a.Language = value
	}
	return nil
}
