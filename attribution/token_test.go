package attribution

import (
	"reflect"
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text  string
		words []string // Text of each token
		lower []string // Lower of each word token
	}{
		{"Iran’s envoy met U.S. officials.", []string{"Iran’s", "envoy", "met", "U.S.", "officials", "."}, []string{"iran", "envoy", "met", "u.s.", "officials", ""}},
		{"Sheikh Jarrah al-Sabah added 1,000 drones at 3.5%", []string{"Sheikh", "Jarrah", "al-Sabah", "added", "1,000", "drones", "at", "3.5", "%"}, nil},
		{"said Dr. Lena Ortiz and Gen. Omar Haddad.", []string{"said", "Dr.", "Lena", "Ortiz", "and", "Gen.", "Omar", "Haddad", "."}, nil},
		{"“It’s wrong,” Fidan said.", []string{"“", "It’s", "wrong", ",", "”", "Fidan", "said", "."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var words, lower []string
			for _, tok := range tokenize(tt.text, 0, len(tt.text), nil, false) {
				if tt.text[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q is not text[%d:%d]", tok.Text, tok.Start, tok.End)
				}
				words = append(words, tok.Text)
				if tok.Kind == wordToken {
					lower = append(lower, tok.Lower)
				} else {
					lower = append(lower, "")
				}
			}
			if !reflect.DeepEqual(words, tt.words) {
				t.Errorf("tokens %q, want %q", words, tt.words)
			}
			if tt.lower != nil && !reflect.DeepEqual(lower, tt.lower) {
				t.Errorf("folded %q, want %q", lower, tt.lower)
			}
		})
	}
}

func TestTokenizeQuotesAsOneToken(t *testing.T) {
	text := "“A massive Armada,” Trump wrote."
	toks := tokenize(text, 0, len(text), FindQuotes(text), true)
	if len(toks) != 4 || toks[0].Kind != quoteToken || toks[0].Text != "“A massive Armada,”" || toks[1].Text != "Trump" {
		t.Errorf("got %+v", toks)
	}
}

func TestIsCapitalised(t *testing.T) {
	for w, want := range map[string]bool{"Fidan": true, "al-Sabah": true, "al-qaeda": false, "minister": false, "1,000": false} {
		if got := newWord(w, 0, len(w)).isCapitalised(); got != want {
			t.Errorf("isCapitalised(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSentenceTokens checks that a sentence's tokens taken from its
// paragraph's words are those tokenize makes of the sentence alone.
func TestSentenceTokens(t *testing.T) {
	reg := builtinRegistry(t)
	for _, art := range append(builtinArticles(t), ownArticles(t)...) {
		for _, cp := range art.Paragraphs {
			p := newParagraph(cp, reg)
			for _, span := range p.sentences {
				want := tokenize(p.Text, span.Start, span.End, p.quotes, true)
				if got := p.sentenceTokens(span); !slices.Equal(got, want) {
					t.Errorf("%s ¶%d %q:\n got %+v\nwant %+v", art.ID, cp.Number, p.Text[span.Start:span.End], got, want)
				}
			}
		}
	}
}
