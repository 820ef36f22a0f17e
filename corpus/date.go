package corpus

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts returns the forms of a publication date that articles use, tried in
// order after an optional leading weekday ("Thu", "Thursday,") is split off:
// ISO dates and RFC 3339 times (front matter), and the forms news pages print
// ("Jan 29 2026", "January 29, 2026", "29 January 2026"). Month names match
// in any case.
func dateLayouts() []string {
	return []string{
		time.DateOnly,
		time.RFC3339,
		"Jan 2 2006",
		"Jan 2, 2006",
		"January 2 2006",
		"January 2, 2006",
		"2 Jan 2006",
		"2 January 2006",
	}
}

// parseDate reads a publication date in one of dateLayouts. A leading weekday
// must be the date's: "Thu Jan 30 2026" is refused because that day is a
// Friday. Dates without a time are midnight UTC.
func parseDate(s string) (time.Time, error) {
	text := strings.Join(strings.Fields(s), " ")
	weekday, rest, hasWeekday := splitWeekday(text)
	for _, layout := range dateLayouts() {
		t, err := time.Parse(layout, rest)
		if err != nil {
			continue
		}
		if hasWeekday && t.Weekday() != weekday {
			return time.Time{}, fmt.Errorf("%q has the wrong weekday: %s is a %s, not a %s",
				s, t.Format("2 January 2006"), t.Weekday(), weekday)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is not a date: want one such as 2026-01-29, 2026-01-29T15:04:05Z, Thu Jan 29 2026, January 29, 2026 or 29 January 2026", s)
}

// splitWeekday splits a leading weekday name off text: the full English
// name or a prefix of it of at least three letters, optionally followed by
// "," or ".". It returns text unchanged when the first word is no weekday.
func splitWeekday(text string) (day time.Weekday, rest string, ok bool) {
	word, rest, found := strings.Cut(text, " ")
	if !found {
		return 0, text, false
	}
	word = strings.ToLower(strings.TrimRight(word, ",."))
	if len(word) < 3 {
		return 0, text, false
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), word) {
			return d, rest, true
		}
	}
	return 0, text, false
}
