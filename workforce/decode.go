package workforce

import (
	"fmt"
	"io"

	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/strictjson"
)

// DefaultMaxDocumentBytes bounds [ReadDocument] when the caller passes 0.
const DefaultMaxDocumentBytes = 256 << 20

// Decode decodes one JSON document into the value v points to (a
// *Registry, *Worker, *Post, … or any other ssw document type) and returns
// every decoding problem as [Problems], each with a JSON Pointer:
// malformed JSON (with line and column), wrong JSON types, null, unknown
// members, members whose case differs from the schema, members given
// twice in one object ([CodeDuplicateMember]: RFC 8259 leaves their
// meaning open and most parsers keep the last silently, so the document
// is rejected rather than read one way), invalid values such as the date
// 2023-02-29 or negative hours, integers that do not fit, and data after
// the document. Apart from repeated members, which a JSON Schema cannot
// see, decoding reads the same documents the published JSON Schemas
// accept, before their rules are checked: call the document's Validate
// method next.
//
// v is reset to its zero value first. Decode panics only if v is not a
// non-nil pointer, which is a programming error.
func Decode(data []byte, v any) error {
	var s strictjson.Scanner
	s.Reset(data)
	var items []problem.Problem
	if decodeGenerated(&s, nil, v) {
		items = s.TakeProblems()
	} else {
		items = strictjson.Unmarshal(data, v)
	}
	if len(items) == 0 {
		return nil
	}
	return fromItems(make(Problems, 0, len(items)), items).Err()
}

// ReadDocument reads one JSON document of at most maxBytes bytes from r
// (0 means [DefaultMaxDocumentBytes]) and decodes it with [Decode]. A
// longer input fails without being decoded.
func ReadDocument(r io.Reader, v any, maxBytes int64) error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxDocumentBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return fmt.Errorf("workforce: reading document: %w", err)
	}
	if int64(len(data)) > maxBytes {
		return Problems{{Code: CodeOutOfRange, Param: fmt.Sprint(maxBytes),
			Message: fmt.Sprintf("the document is larger than the limit of %d bytes", maxBytes)}}
	}
	return Decode(data, v)
}
