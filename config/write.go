package config

import (
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// Write prints the configuration as a YAML file that Load accepts, every
// setting in order with its environment variable as a comment, and secrets
// masked.
func (c *Config) Write(w io.Writer) error {
	root := &yaml.Node{Kind: yaml.MappingNode}
	sections := map[string]*yaml.Node{}
	for _, s := range allSettings() {
		parent, name := root, s.key
		if section, rest, nested := strings.Cut(s.key, "."); nested {
			if sections[section] == nil {
				sections[section] = &yaml.Node{Kind: yaml.MappingNode}
				root.Content = append(root.Content, scalar("!!str", section), sections[section])
			}
			parent, name = sections[section], rest
		}
		key := scalar("!!str", name)
		value := s.node(c)
		value.LineComment = s.env
		if s.secret() && s.format(c) != "" {
			value.LineComment += " (masked)"
		}
		parent.Content = append(parent.Content, key, value)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// node returns the setting's value in c as a YAML node, secrets masked.
func (s setting) node(c *Config) *yaml.Node {
	switch p := s.field(c).(type) {
	case *[]string:
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, item := range *p {
			seq.Content = append(seq.Content, scalar("!!str", item))
		}
		return seq
	case *int, *float64, *bool:
		return scalar("", s.format(c)) // plain: the encoder need not tag it
	default: // strings, secrets and durations
		return scalar("!!str", s.format(c))
	}
}

// scalar returns a scalar node with the tag and value.
func scalar(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}
