package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileEnv is the environment variable naming the configuration file when
// the -config flag is not given.
const FileEnv = "BOT_CONFIG"

// Loader builds a Config from defaults, a YAML file, the environment and
// flags, in that order of increasing precedence. Create one with NewLoader,
// optionally bind its flags to a FlagSet, parse the flags, then call Load.
type Loader struct {
	lookupEnv func(string) (string, bool)
	file      string
	flags     []flagValue // in the order given on the command line
}

// flagValue is one setting given on the command line.
type flagValue struct {
	setting setting
	text    string
}

// NewLoader returns a Loader that reads the environment through lookupEnv;
// pass os.LookupEnv in the binary and a map lookup in tests.
func NewLoader(lookupEnv func(string) (string, bool)) *Loader {
	if lookupEnv == nil {
		lookupEnv = func(string) (string, bool) { return "", false }
	}
	return &Loader{lookupEnv: lookupEnv}
}

// BindFlags defines on fs the flag -config FILE and one flag per setting
// (every setting but the token, which must not appear in a process list),
// except the flags named in skip, which the caller defines itself (see
// SetFlag). Flags override the file and the environment. A flag's value is
// checked when it is parsed, so a bad value fails fs.Parse with its name.
func (l *Loader) BindFlags(fs *flag.FlagSet, skip ...string) {
	fs.StringVar(&l.file, "config", "", "YAML configuration `file` (env "+FileEnv+")")
	for _, s := range allSettings() {
		if s.flag == "" || slices.Contains(skip, s.flag) {
			continue
		}
		usage := fmt.Sprintf("%s (env %s, file key %s)", s.usage, s.env, s.key)
		record := func(text string) error { return l.record(s, text) }
		if _, isBool := s.field(&Config{}).(*bool); isBool {
			fs.BoolFunc(s.flag, usage, record)
		} else {
			fs.Func(s.flag, usage, record)
		}
	}
}

// SetFlag records a command-line value for the setting whose flag is name
// (without dashes), as if BindFlags had parsed it. It is for flags that the
// caller defines itself, such as cmd/bot's global --corpus and --index: call
// it for each such flag the user set, before Load.
func (l *Loader) SetFlag(name, value string) error {
	for _, s := range allSettings() {
		if s.flag != "" && s.flag == name {
			if err := l.record(s, value); err != nil {
				return fmt.Errorf("flag --%s: %w", name, err)
			}
			return nil
		}
	}
	return fmt.Errorf("flag --%s: no such setting", name)
}

// SetFile names the YAML file to load, as the -config flag does.
func (l *Loader) SetFile(path string) { l.file = path }

// record checks a flag's value and keeps it for Load.
func (l *Loader) record(s setting, text string) error {
	var scratch Config
	if err := s.set(&scratch, text); err != nil {
		return err
	}
	l.flags = append(l.flags, flagValue{setting: s, text: text})
	return nil
}

// Load returns the effective configuration. It does not validate it: call
// Validate, ValidateServe or ValidateRegister for what the command needs.
func (l *Loader) Load() (*Config, error) {
	cfg := Default()
	file := l.file
	if file == "" {
		file, _ = l.lookupEnv(FileEnv)
	}
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read config file: %w", err)
		}
		if err := decodeYAML(file, data, &cfg); err != nil {
			return nil, err
		}
	}
	if err := l.applyEnv(&cfg); err != nil {
		return nil, err
	}
	for _, f := range l.flags {
		if err := f.setting.set(&cfg, f.text); err != nil {
			return nil, fmt.Errorf("flag --%s: %w", f.setting.flag, err)
		}
	}
	return &cfg, nil
}

// applyEnv sets every setting whose environment variable is set and not
// empty; an empty variable counts as unset.
func (l *Loader) applyEnv(cfg *Config) error {
	var errs []error
	for _, s := range allSettings() {
		text, ok := l.lookupEnv(s.env)
		if !ok || strings.TrimSpace(text) == "" {
			continue
		}
		if err := s.set(cfg, text); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", describe(s.key), err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("environment: %w", err)
	}
	return nil
}

// decodeYAML overlays the YAML document data, read from name, on cfg. An
// unknown key is an error naming the key and its line.
func decodeYAML(name string, data []byte, cfg *Config) error {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file sets nothing
		}
		return fmt.Errorf("config file %s: %w", name, err)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil // a file of only comments
	}
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("config file %s:%d: want a mapping of settings", name, root.Line)
	}
	if err := checkKeys(name, root, ""); err != nil {
		return err
	}
	if err := root.Decode(cfg); err != nil {
		return fmt.Errorf("config file %s: %w", name, err)
	}
	return nil
}

// checkKeys reports the first key in the mapping node that is neither a
// setting nor a section of settings; prefix is the node's dotted path.
func checkKeys(name string, node *yaml.Node, prefix string) error {
	for i := 0; i+1 < len(node.Content); i += 2 {
		key, value := node.Content[i], node.Content[i+1]
		path := key.Value
		if prefix != "" {
			path = prefix + "." + key.Value
		}
		if _, ok := lookupSetting(path); ok {
			continue
		}
		if !isSection(path) {
			return fmt.Errorf("config file %s:%d: unknown setting %q", name, key.Line, path)
		}
		if value.Kind == yaml.ScalarNode && value.Tag == "!!null" {
			continue // an empty section sets nothing
		}
		if value.Kind != yaml.MappingNode {
			return fmt.Errorf("config file %s:%d: %q is a section and needs settings under it", name, key.Line, path)
		}
		if err := checkKeys(name, value, path); err != nil {
			return err
		}
	}
	return nil
}

// isSection reports whether path is the parent of some setting's key.
func isSection(path string) bool {
	for _, s := range allSettings() {
		if strings.HasPrefix(s.key, path+".") {
			return true
		}
	}
	return false
}
