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
const MappingVersion = 9 // 9: a short paragraph brings the one before it into the next one's context

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

	// No field keeps doc values: nothing sorts or facets. Term vectors
	// (the positions of each term) are kept only where a search needs
	// them: for phrases and highlights in the text, and to tell which
	// words matched in the context and title (Hit.InContext).
	news := func(termVectors bool) *mapping.FieldMapping {
		f := mapping.NewTextFieldMapping()
		f.Analyzer = NewsAnalyzer
		f.Store = false
		f.IncludeTermVectors = termVectors
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	keyword := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keywordAnalyzer
		f.Store = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	// A statement's words and its speaker's name as written are searchable
	// on their own (for tools that query statements rather than passages);
	// the answer engine filters on who spoke, by ID.
	statements := mapping.NewDocumentStaticMapping()
	statements.AddFieldMappingsAt("text", news(false))
	statements.AddFieldMappingsAt("speaker_id", keyword())
	statements.AddFieldMappingsAt("speaker", news(false))
	statements.AddFieldMappingsAt("affiliation", keyword())

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldText, news(true))
	doc.AddFieldMappingsAt(FieldContext, news(true))
	doc.AddSubDocumentMapping("statements", statements)
	doc.AddFieldMappingsAt(FieldEntities, keyword())
	doc.AddFieldMappingsAt(FieldContextEntities, keyword())
	doc.AddFieldMappingsAt(FieldArticle, keyword())
	doc.AddFieldMappingsAt(FieldTitle, news(true))
	doc.AddFieldMappingsAt(FieldOutlet, keyword())
	doc.AddFieldMappingsAt(FieldURL, keyword())

	published := mapping.NewDateTimeFieldMapping()
	published.Store = false
	published.DateFormat = optional.Name
	published.DocValues = false
	doc.AddFieldMappingsAt(FieldPublished, published)

	paragraph := mapping.NewNumericFieldMapping()
	paragraph.Store = false
	paragraph.DocValues = false
	doc.AddFieldMappingsAt(FieldParagraph, paragraph)

	heading := mapping.NewBooleanFieldMapping()
	heading.Store = false
	heading.DocValues = false
	doc.AddFieldMappingsAt(FieldHeading, heading)

	stored := mapping.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false
	doc.AddFieldMappingsAt(fieldStored, stored)

	// No composite "_all" field: every query names its fields, and
	// composing it costs about a tenth of the indexing time even with no
	// field included in it.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	im.DefaultMapping = doc
	im.TypeField = "-" // one document type: never look for a type field
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate index mapping: %w", err)
	}
	return im, nil
}
