package attribution

// Kind is how a statement is reported.
type Kind string

// The kinds of statement.
const (
	// Direct is a whole quoted sentence or more.
	Direct Kind = "direct"
	// Partial is a quoted fragment inside reported speech.
	Partial Kind = "partial"
	// Indirect is reported speech without quote marks.
	Indirect Kind = "indirect"
)

// Statement is one thing someone said, with its speaker and where it stands.
// Its JSON form is the line format of `bot extract --json`.
type Statement struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"` // 1-based
	Kind      Kind   `json:"kind"`
	// Text is the statement's words, verbatim: a substring of the
	// paragraph's text (Start and End locate it, in bytes).
	Text string `json:"text"`
	// Speaker is a display name, or the noun phrase for an unnamed source
	// ("a Turkish diplomatic source").
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"speaker_id"`
	Role      string `json:"role"`
	// Affiliation is the display name of the country or organisation the
	// speaker speaks for; empty for an independent expert.
	Affiliation string `json:"affiliation"`
	// AffiliationID is the entity ID behind Affiliation.
	AffiliationID string `json:"-"`
	Start         int    `json:"-"`
	End           int    `json:"-"`
}
