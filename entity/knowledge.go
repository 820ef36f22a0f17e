package entity

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// builtinKnowledge is knowledge.yaml; a string, so that nobody can change it.
//
//go:embed knowledge.yaml
var builtinKnowledge string

// Builtin returns a registry of the built-in knowledge (knowledge.yaml):
// every UN member state plus Palestine, the Holy See, Taiwan and Kosovo,
// the organisations a crisis corpus needs, and a few people. Each call
// parses the embedded file afresh, so callers may modify the result.
func Builtin() (*Registry, error) {
	es, err := ParseKnowledge([]byte(builtinKnowledge))
	if err != nil {
		return nil, fmt.Errorf("built-in knowledge.yaml: %w", err)
	}
	r, err := NewRegistry(es...)
	if err != nil {
		return nil, fmt.Errorf("built-in knowledge.yaml: %w", err)
	}
	return r, nil
}

// ParseError is a problem with one entry of a knowledge file.
type ParseError struct {
	File string // the file's name, if known
	Line int    // 1-based line of the entry or field at fault; 0 if unknown
	Err  error
}

// Error returns "file:line: message", leaving out what is unknown.
func (e *ParseError) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	case e.File != "":
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// sectionKind returns the kind of entity a section of a knowledge file lists.
func sectionKind(section string) (Kind, bool) {
	switch section {
	case "countries":
		return Country, true
	case "organisations":
		return Organisation, true
	case "people":
		return Person, true
	case "groups":
		return Group, true
	}
	return "", false
}

// isEntryField reports whether an entry of a knowledge file may have the field.
func isEntryField(field string) bool {
	switch field {
	case "id", "name", "kind", "aliases", "demonyms", "seats", "role", "affiliation":
		return true
	}
	return false
}

// idPattern is what an entity ID looks like: a lower-case slug.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// LoadFile reads and parses a knowledge file, such as a user's
// knowledge.yaml beside their corpus. Errors name the file and line.
func LoadFile(path string) ([]Entity, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read knowledge file: %w", err)
	}
	es, err := ParseKnowledge(data)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.File = path
			return nil, pe
		}
		return nil, &ParseError{File: path, Err: err}
	}
	return es, nil
}

// ParseKnowledge parses a knowledge file: a YAML mapping whose keys are the
// sections countries, organisations, people and groups, each a list of
// entries with the fields of Entity. The section sets an entry's kind.
// Unknown sections and fields, missing or malformed IDs, missing names,
// duplicate IDs and a kind that contradicts the section are errors; an
// error is a *ParseError with the line of the entry at fault.
func ParseKnowledge(data []byte) ([]Entity, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := splitYAMLError(err)
		return nil, &ParseError{Line: line, Err: errors.New(msg)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &ParseError{Line: root.Line, Err: errors.New("want a mapping of sections (countries, organisations, people, groups)")}
	}
	var out []Entity
	seen := map[string]int{} // ID → line of its entry
	for i := 0; i+1 < len(root.Content); i += 2 {
		keyNode, list := root.Content[i], root.Content[i+1]
		kind, ok := sectionKind(keyNode.Value)
		if !ok {
			return nil, &ParseError{Line: keyNode.Line, Err: fmt.Errorf("unknown section %q (want countries, organisations, people or groups)", keyNode.Value)}
		}
		if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
			continue
		}
		if list.Kind != yaml.SequenceNode {
			return nil, &ParseError{Line: list.Line, Err: fmt.Errorf("section %s: want a list of entries", keyNode.Value)}
		}
		for _, item := range list.Content {
			e, err := parseEntry(item, kind)
			if err != nil {
				return nil, err
			}
			if line, dup := seen[e.ID]; dup {
				return nil, &ParseError{Line: item.Line, Err: fmt.Errorf("duplicate id %q (first on line %d)", e.ID, line)}
			}
			seen[e.ID] = item.Line
			out = append(out, e)
		}
	}
	return out, nil
}

// parseEntry decodes and checks one entry of a section of the given kind.
func parseEntry(item *yaml.Node, kind Kind) (Entity, error) {
	if item.Kind != yaml.MappingNode {
		return Entity{}, &ParseError{Line: item.Line, Err: errors.New("an entry must be a mapping with id and name")}
	}
	for j := 0; j < len(item.Content); j += 2 {
		k := item.Content[j]
		if !isEntryField(k.Value) {
			return Entity{}, &ParseError{Line: k.Line, Err: fmt.Errorf("unknown field %q", k.Value)}
		}
	}
	var e Entity
	if err := item.Decode(&e); err != nil {
		return Entity{}, &ParseError{Line: item.Line, Err: fmt.Errorf("entry: %w", err)}
	}
	if e.Kind != "" && e.Kind != kind {
		return Entity{}, &ParseError{Line: item.Line, Err: fmt.Errorf("entry %q: kind %q in the %s section", e.ID, e.Kind, kind)}
	}
	e.Kind = kind
	if err := validate(e); err != nil {
		return Entity{}, &ParseError{Line: item.Line, Err: err}
	}
	return e, nil
}

// validate checks what every entity needs: a slug ID, a name with words,
// a known kind and a slug affiliation.
func validate(e Entity) error {
	if !idPattern.MatchString(e.ID) {
		return fmt.Errorf("id %q: want a lower-case slug such as %q", e.ID, "saudi-arabia")
	}
	if _, ok := parsePhrase(e.Name); !ok {
		return fmt.Errorf("entity %q: name %q has no words", e.ID, e.Name)
	}
	switch e.Kind {
	case Country, Organisation, Person, Group:
	default:
		return fmt.Errorf("entity %q: unknown kind %q", e.ID, e.Kind)
	}
	for _, names := range [][]string{e.Aliases, e.Demonyms, e.Seats} {
		for _, n := range names {
			if _, ok := parsePhrase(n); !ok {
				return fmt.Errorf("entity %q: %q has no words", e.ID, n)
			}
		}
	}
	if e.Affiliation != "" && !idPattern.MatchString(e.Affiliation) {
		return fmt.Errorf("entity %q: affiliation %q is not an entity id", e.ID, e.Affiliation)
	}
	return nil
}

// yamlErrorPattern matches a yaml.v3 syntax error: "yaml: line 3: message".
var yamlErrorPattern = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// splitYAMLError splits a yaml.v3 syntax error into its line (0 if it has
// none) and a message that starts with "yaml syntax:".
func splitYAMLError(err error) (int, string) {
	m := yamlErrorPattern.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, err.Error()
	}
	line, convErr := strconv.Atoi(m[1])
	if convErr != nil {
		return 0, err.Error()
	}
	return line, "yaml syntax: " + m[2]
}
