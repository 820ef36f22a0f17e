package config

import (
	"encoding/json"
	"fmt"
	"log/slog"
)

// Secret is a string that never shows itself: printing, logging or
// marshalling it (YAML, JSON) gives its masked form. Reveal returns the value.
type Secret string

// Reveal returns the secret's value, for the one place that needs it (the
// Discord session).
func (s Secret) Reveal() string { return string(s) }

// IsSet reports whether the secret is non-empty.
func (s Secret) IsSet() bool { return s != "" }

// Masked returns "" for an empty secret and "****" for any other: no
// character of a secret is ever shown, only whether it is set.
func (s Secret) Masked() string {
	if s == "" {
		return ""
	}
	return "****"
}

// String returns the masked form.
func (s Secret) String() string { return s.Masked() }

// GoString returns the masked form, quoted, for %#v.
func (s Secret) GoString() string { return fmt.Sprintf("%q", s.Masked()) }

// Format prints the masked form for every verb, so that not even %d or %x
// print the value.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, s.GoString())
		return
	}
	fmt.Fprint(f, s.Masked())
}

// MarshalYAML marshals the masked form.
func (s Secret) MarshalYAML() (any, error) { return s.Masked(), nil }

// MarshalJSON marshals the masked form.
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.Masked()) }

// LogValue logs the masked form.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.Masked()) }
