package search

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/datetime/optional"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// MappingVersion identifies the index mapping and the document layout. An
// on-disk index built with another version is rebuilt when opened with Open.
// Increase it whenever mapping.go, analyzer.go or document.go changes what is
// indexed or stored.
const MappingVersion = 2

// Field names of an indexed passage; document describes each.
const (
	FieldText                 = "text"
	FieldContext              = "context"
	FieldStatementText        = "statements.text"
	FieldStatementSpeakerID   = "statements.speaker_id"
	FieldStatementSpeaker     = "statements.speaker"
	FieldStatementAffiliation = "statements.affiliation"
	FieldEntities             = "entities"
	FieldContextEntities      = "context_entities"
	FieldArticle              = "article"
	FieldTitle                = "title"
	FieldOutlet               = "outlet"
	FieldURL                  = "url"
	FieldPublished            = "published"
	FieldParagraph            = "paragraph"
	FieldHeading              = "heading"
	// fieldStored holds the passage as JSON, stored and not indexed, so a
	// hit can be turned back into a passage without the corpus.
	fieldStored = "passage"
)

// newMapping returns the explicit index mapping: the "news" analyzer for
// prose, the keyword analyzer for identifiers, BM25 scoring, and no dynamic
// fields (a field that is not listed here is neither indexed nor stored).
func newMapping() (*mapping.IndexMappingImpl, error) {
	im := mapping.NewIndexMapping()
	if err := addNewsAnalyzer(im); err != nil {
		return nil, err
	}
	im.DefaultAnalyzer = NewsAnalyzer
	im.ScoringModel = index.BM25Scoring
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false

	news := func() *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = NewsAnalyzer
		f.Store = false
		f.IncludeTermVectors = true // for phrases and highlights
		f.IncludeInAll = false
		return f
	}
	keyword := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keywordAnalyzer
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		return f
	}

	statements := mapping.NewDocumentStaticMapping()
	statements.AddFieldMappingsAt("text", news())
	statements.AddFieldMappingsAt("speaker_id", keyword())
	statements.AddFieldMappingsAt("speaker", news())
	statements.AddFieldMappingsAt("affiliation", keyword())

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldText, news())
	doc.AddFieldMappingsAt(FieldContext, news())
	doc.AddSubDocumentMapping("statements", statements)
	doc.AddFieldMappingsAt(FieldEntities, keyword())
	doc.AddFieldMappingsAt(FieldContextEntities, keyword())
	doc.AddFieldMappingsAt(FieldArticle, keyword())
	doc.AddFieldMappingsAt(FieldTitle, news())
	doc.AddFieldMappingsAt(FieldOutlet, keyword())
	doc.AddFieldMappingsAt(FieldURL, keyword())

	published := mapping.NewDateTimeFieldMapping()
	published.Store = false
	published.DateFormat = optional.Name
	doc.AddFieldMappingsAt(FieldPublished, published)

	paragraph := mapping.NewNumericFieldMapping()
	paragraph.Store = false
	doc.AddFieldMappingsAt(FieldParagraph, paragraph)

	heading := mapping.NewBooleanFieldMapping()
	heading.Store = false
	doc.AddFieldMappingsAt(FieldHeading, heading)

	stored := mapping.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false
	doc.AddFieldMappingsAt(fieldStored, stored)

	im.DefaultMapping = doc
	im.TypeField = "-" // one document type: never look for a type field
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate index mapping: %w", err)
	}
	return im, nil
}
