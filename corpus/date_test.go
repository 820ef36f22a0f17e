package corpus

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseDate checks every accepted date form and the refusals.
func TestParseDate(t *testing.T) {
	jan29 := time.Date(2026, time.January, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		err  string // a part of the error; "" when the date is valid
	}{
		{in: "2026-01-29", want: jan29},
		{in: "2026-01-29T15:04:05Z", want: time.Date(2026, 1, 29, 15, 4, 5, 0, time.UTC)},
		{in: "2026-01-29T15:04:05.5+03:30", want: time.Date(2026, 1, 29, 11, 34, 5, 5e8, time.UTC)},
		{in: "Thu Jan 29 2026", want: jan29},
		{in: "Thursday, January 29, 2026", want: jan29},
		{in: "thu. jan 29 2026", want: jan29},
		{in: "Thurs Jan 29 2026", want: jan29},
		{in: "Jan 29 2026", want: jan29},
		{in: "Jan 29, 2026", want: jan29},
		{in: "January 29, 2026", want: jan29},
		{in: "JANUARY 29 2026", want: jan29},
		{in: "29 January 2026", want: jan29},
		{in: "29 Jan 2026", want: jan29},
		{in: "Thursday 29 January 2026", want: jan29},
		{in: "  29\u00a0January   2026 ", want: jan29},
		{in: "Fri Jan 29 2026", err: "has the wrong weekday: 29 January 2026 is a Thursday, not a Friday"},
		{in: "2026-02-30", err: "is not a date"},
		{in: "2026-1-29", err: "is not a date"},
		{in: "29/01/2026", err: "is not a date"},
		{in: "Thursday", err: "is not a date"},
		{in: "Th Jan 29 2026", err: "is not a date"},
		{in: "January 2026", err: "is not a date"},
		{in: "", err: "is not a date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("parseDate(%q): %v", tt.in, err)
			case tt.err == "" && !got.Equal(tt.want):
				t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("parseDate(%q) = %v, %v; want an error containing %q", tt.in, got, err, tt.err)
			}
		})
	}
}

// FuzzParseDate checks that the date parser never panics and that every
// date it accepts reads back the same in the other forms.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-01-29", "2026-01-29T15:04:05+03:30", "Thu Jan 29 2026",
		"January 29, 2026", "29 January 2026", "Fri Jan 29 2026", "Thursday,", "2026-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseDate(s)
		if err != nil {
			if !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Errorf("error %q does not quote the input", err)
			}
			return
		}
		for _, layout := range []string{time.RFC3339Nano, "Mon Jan 2 2006", "Monday, January 2, 2006", "2 January 2006"} {
			text := got.Format(layout)
			again, err := parseDate(text)
			if err != nil {
				t.Fatalf("parseDate(%q) = %v, but its %q form %q fails: %v", s, got, layout, text, err)
			}
			y1, m1, d1 := got.Date()
			y2, m2, d2 := again.Date()
			if y1 != y2 || m1 != m2 || d1 != d2 {
				t.Errorf("parseDate(%q) = %v, but its form %q reads back as %v", s, got, text, again)
			}
		}
	})
}
