package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/crisisbot/bot/fold"
)

// FurnitureRule names a rule that recognises page furniture: text a web page
// shows around an article that is not part of it.
type FurnitureRule string

// The furniture rules. Lines are compared after folding case and
// diacritics, collapsing runs of white space (non-breaking spaces
// included) and removing a Markdown heading marker, so "ALSO READ:",
// "Also read:" and "## Related News" all match. Furniture is short: a line
// longer than twice a headline (furnitureMaxRunes) is always kept, unless
// it is a trackback.
const (
	// RuleLabel drops a line that is only a boilerplate label:
	// "Advertisement", "Sponsored", "Story continues below",
	// "Subscribe to our newsletter".
	RuleLabel FurnitureRule = "label"
	// RuleShareButtons drops a line made only of share-button words:
	// "icon-facebook icon-twitter icon-whatsapp", "Share | Email | Print".
	RuleShareButtons FurnitureRule = "share-buttons"
	// RuleCrossLink drops a link to another story: a headline-sized line
	// that starts with a label and a colon ("ALSO READ: …", "Read more: …",
	// "See also: …", "Watch: …").
	RuleCrossLink FurnitureRule = "cross-link"
	// RuleEndList drops an end-of-article list heading ("Related News",
	// "More stories", "Most read", "You may also like") and every line
	// after it, provided all those lines are headline-sized; a long
	// paragraph after it means the heading is part of the article.
	RuleEndList FurnitureRule = "end-list"
	// RuleTrackback drops a trackback excerpt: a line that begins and ends
	// with "[…]" or "[...]".
	RuleTrackback FurnitureRule = "trackback"
)

// labelPattern matches a folded line, trailing punctuation removed, that is
// only a boilerplate label (RuleLabel).
var labelPattern = regexp.MustCompile(`^(?:` +
	`advertisements?|advertising|advertorial|ad|ads|sponsored(?: content)?|paid content|promoted|` +
	`(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|` +
	`skip advertisement|scroll to continue(?: with content)?|` +
	`subscribe(?: now| here| for free)?|subscribe to [^.!?]{1,60}|sign up for [^.!?]{1,60}` +
	`)$`)

// isShareToken reports whether a folded word is one that share-button bars
// are made of (RuleShareButtons): a network's or an action's name, or
// "icon-" followed by anything.
func isShareToken(token string) bool {
	switch token {
	case "share", "shares", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
		"email", "e-mail", "mail", "print", "copy-link", "reddit", "pinterest", "messenger", "tweet":
		return true
	}
	return strings.HasPrefix(token, "icon-") && len(token) > len("icon-")
}

// crossLinkPattern matches a folded line that links to another story
// (RuleCrossLink); the second group is the linked headline.
var crossLinkPattern = regexp.MustCompile(`^(also read|read more|read also|see also|related|recommended|watch|listen) ?: ?(.*)$`)

// endListPattern matches a folded line, trailing punctuation removed, that
// heads an end-of-article list of other stories (RuleEndList).
var endListPattern = regexp.MustCompile(`^(?:` +
	`related(?: news| articles?| stories| story| coverage| content| posts| links)|` +
	`more (?:stories|news|articles|coverage)|most (?:read|popular|viewed)|` +
	`trending(?: now| news| stories)?|recommended(?: for you| stories| articles| reading)?|` +
	`you (?:may|might) also (?:like|be interested in)|read next` +
	`)$`)

// trackbackMark is "[…]" as it looks after folding.
const trackbackMark = "[...]"

// removeFurniture finds the furniture among lines. It returns a copy of lines
// in which the dropped lines are blank, so that they still separate
// paragraphs, and the dropped lines themselves.
func removeFurniture(lines []sourceLine) ([]sourceLine, []DroppedLine) {
	kept := make([]sourceLine, len(lines))
	copy(kept, lines)
	var dropped []DroppedLine
	drop := func(i int, rule FurnitureRule) {
		dropped = append(dropped, DroppedLine{Line: lines[i].number, Text: strings.TrimSpace(lines[i].text), Rule: rule})
		kept[i].text = ""
	}
	for i, line := range lines {
		if isBlank(line.text) || !mayBeFurniture(line.text) {
			continue
		}
		folded := foldLine(line.text)
		if endListPattern.MatchString(trimLabel(folded)) && allHeadlineSized(lines[i+1:]) {
			for j := i; j < len(lines); j++ {
				if !isBlank(lines[j].text) {
					drop(j, RuleEndList)
				}
			}
			break
		}
		if rule, ok := furnitureRule(folded); ok {
			drop(i, rule)
		}
	}
	return kept, dropped
}

// furnitureMaxRunes is the length beyond which a line is prose, not
// furniture, unless it starts like a trackback: labels, share-button bars,
// list headings and cross-links are short. Checking it first spares
// folding the long lines that most of an article is made of.
const furnitureMaxRunes = 2 * headlineMaxRunes

// mayBeFurniture reports whether a line is short enough to be furniture, or
// starts like a trackback.
func mayBeFurniture(text string) bool {
	return utf8.RuneCountInString(text) <= furnitureMaxRunes || strings.HasPrefix(strings.TrimSpace(text), "[")
}

// furnitureRule returns the rule, other than RuleEndList, that makes a
// folded line furniture.
func furnitureRule(folded string) (FurnitureRule, bool) {
	switch {
	case labelPattern.MatchString(trimLabel(folded)):
		return RuleLabel, true
	case isShareButtons(folded):
		return RuleShareButtons, true
	case isCrossLink(folded):
		return RuleCrossLink, true
	case strings.HasPrefix(folded, trackbackMark) && strings.HasSuffix(folded, trackbackMark):
		return RuleTrackback, true
	}
	return "", false
}

// isShareButtons reports whether a folded line is made only of share-button
// tokens, separated by spaces, bars, dots or commas.
func isShareButtons(folded string) bool {
	folded = strings.ReplaceAll(folded, "copy link", "copy-link")
	tokens := strings.FieldsFunc(folded, func(r rune) bool {
		return r == ' ' || r == '|' || r == '·' || r == '•' || r == ','
	})
	if len(tokens) == 0 {
		return false
	}
	for _, token := range tokens {
		if !isShareToken(token) {
			return false
		}
	}
	return true
}

// isCrossLink reports whether a folded line is a label and a colon followed
// by a headline-sized text.
func isCrossLink(folded string) bool {
	m := crossLinkPattern.FindStringSubmatch(folded)
	return m != nil && isHeadlineSized(m[2])
}

// allHeadlineSized reports whether every non-blank line is headline-sized.
func allHeadlineSized(lines []sourceLine) bool {
	for _, line := range lines {
		if !isBlank(line.text) && !isHeadlineSized(strings.TrimSpace(line.text)) {
			return false
		}
	}
	return true
}

// foldLine prepares a line for matching against the rules: Markdown heading
// marker removed, case and diacritics folded, white space collapsed to
// single spaces.
func foldLine(text string) string {
	if heading, ok := markdownHeading(text); ok {
		text = heading
	}
	return strings.Join(strings.Fields(fold.String(text)), " ")
}

// trimLabel removes the punctuation that may end a label ("Advertisement:",
// "Related News —", "Most read |").
func trimLabel(folded string) string {
	return strings.TrimRight(folded, " .:;|-")
}
