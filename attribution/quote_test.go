package attribution

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // quoted words
		closed []bool
	}{
		{"curly", "“A massive Armada is heading to Iran,” Trump wrote.", []string{"A massive Armada is heading to Iran,"}, []bool{true}},
		{"straight", `He said "we are ready" and left.`, []string{"we are ready"}, []bool{true}},
		{"two fragments", "Araghchi praised Ankara’s “benevolent efforts” and “good offices”.", []string{"benevolent efforts", "good offices"}, []bool{true, true}},
		{"apostrophes inside", "“It’s wrong to attack Iran. Don’t,” Fidan said.", []string{"It’s wrong to attack Iran. Don’t,"}, []bool{true}},
		{"nested curly single", "“Rushing to ‘defend human rights’ in Iran – Europe’s stunt,” he wrote.", []string{"Rushing to ‘defend human rights’ in Iran – Europe’s stunt,"}, []bool{true}},
		{"nested straight single", `"They call it 'restraint' now," she said.`, []string{"They call it 'restraint' now,"}, []bool{true}},
		{"nested single ending the quote", "“We reject their ‘offer’,” he said.", []string{"We reject their ‘offer’,"}, []bool{true}},
		{"split around attribution", "“We do not want war,” he added, “but we will not be spectators.”", []string{"We do not want war,", "but we will not be spectators."}, []bool{true, true}},
		{"unclosed runs to the end", "“We continue to call on all parties to exercise restraint.", []string{"We continue to call on all parties to exercise restraint."}, []bool{false}},
		{"top-level single quotes", "‘Wael’s last wish’: man detained", []string{"Wael’s last wish"}, []bool{true}},
		{"possessive is not a quote", "Iran’s minister and the Emirates’ envoy met.", nil, nil},
		{"guillemets", "Il a dit «non» hier.", []string{"non"}, []bool{true}},
		{"reopened before closing", "“First part “Second part” end", []string{"First part ", "Second part"}, []bool{false, true}},
		{"none", "No quotes here.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := FindQuotes(tt.text)
			var got []string
			var closed []bool
			for _, q := range qs {
				got = append(got, tt.text[q.Start:q.End])
				closed = append(closed, q.Closed)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("FindQuotes(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			for i := range closed {
				if closed[i] != tt.closed[i] {
					t.Errorf("quote %d Closed = %v, want %v", i, closed[i], tt.closed[i])
				}
			}
		})
	}
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{"“a” ‘b’ \"c\" 'd'", "“It’s ‘x’ y,” he said", "«a» „b“", "“open", "’’‘‘\"\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, q := range FindQuotes(text) {
			if q.Open < prev || q.Open >= q.Start || q.Start > q.End || q.End > q.Close || q.Close > len(text) {
				t.Fatalf("bad quote %+v after %d in %q", q, prev, text)
			}
			if !utf8.ValidString(text[q.Start:q.End]) {
				t.Fatalf("quote %+v splits a rune in %q", q, text)
			}
			prev = q.Close
		}
	})
}
