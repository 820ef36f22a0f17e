package search

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	regexpchar "github.com/blevesearch/bleve/v2/analysis/char/regexp"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/unicodenorm"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/crisisbot/bot/fold"
)

// NewsAnalyzer is the name of the analyzer for article text: Unicode
// tokens, NFC normalisation, diacritics folded and case lowered, English
// possessives removed, English stop words removed, Snowball stemming.
const NewsAnalyzer = "news"

// FoldFilter is the name of the token filter that folds each term with
// fold.String ("Türkiye" → "turkiye"). It works on terms, not on the input
// text, so token offsets keep pointing at the original characters and
// highlights stay on the right words.
const FoldFilter = "fold_diacritics"

// unicodeNormFilter is the name under which the NFC instance of bleve's
// unicodenorm filter is added to the mapping.
const unicodeNormFilter = "news_nfc"

// colonFilter is the name of the char filter that turns colons into spaces.
const colonFilter = "news_colon"

func init() {
	// bleve's analysis registry is process-wide and filled at init time;
	// registering here is the only way to make a custom filter available
	// to an index mapping (it is read, never changed, afterwards).
	if err := registry.RegisterTokenFilter(FoldFilter, newFoldFilter); err != nil {
		panic(fmt.Sprintf("register token filter %s: %v", FoldFilter, err))
	}
}

// foldFilter applies fold.String to every term of a token stream.
type foldFilter struct{}

func newFoldFilter(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
	return foldFilter{}, nil
}

// Filter folds each token's term in place; offsets are left untouched.
func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		folded := fold.String(string(tok.Term))
		if folded != string(tok.Term) {
			tok.Term = []byte(folded)
		}
	}
	return input
}

// addNewsAnalyzer defines the "news" analyzer (and the filters it needs)
// on the index mapping m.
func addNewsAnalyzer(m interface {
	AddCustomCharFilter(string, map[string]interface{}) error
	AddCustomTokenFilter(string, map[string]interface{}) error
	AddCustomAnalyzer(string, map[string]interface{}) error
}) error {
	// Unicode word rules keep "title:foo" as one word (a colon may join
	// letters); a space of the same length splits it without moving any
	// offset.
	if err := m.AddCustomCharFilter(colonFilter, map[string]interface{}{
		"type":    regexpchar.Name,
		"regexp":  ":",
		"replace": " ",
	}); err != nil {
		return fmt.Errorf("add char filter %s: %w", colonFilter, err)
	}
	if err := m.AddCustomTokenFilter(unicodeNormFilter, map[string]interface{}{
		"type": unicodenorm.Name,
		"form": unicodenorm.NFC,
	}); err != nil {
		return fmt.Errorf("add token filter %s: %w", unicodeNormFilter, err)
	}
	err := m.AddCustomAnalyzer(NewsAnalyzer, map[string]interface{}{
		"type":         custom.Name,
		"char_filters": []interface{}{colonFilter},
		"tokenizer":    unicode.Name,
		// Folding, which lowers the case too, comes before bleve's
		// lowercase filter: that one lowers in place, and "İ" (two
		// bytes) lowered is three ("i̇"), which it cuts ("İstanbul"
		// became "i\xcc\x87stanbu"); on a folded term it changes nothing.
		"token_filters": []interface{}{
			unicodeNormFilter,
			FoldFilter,
			lowercase.Name,
			en.PossessiveName,
			en.StopName,
			en.SnowballStemmerName,
		},
	})
	if err != nil {
		return fmt.Errorf("add analyzer %s: %w", NewsAnalyzer, err)
	}
	return nil
}

// keywordAnalyzer indexes a whole value as one term (entity IDs, URLs).
const keywordAnalyzer = keyword.Name
