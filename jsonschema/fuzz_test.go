package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/sswkit/ssw/internal/strictjson"
	"github.com/sswkit/ssw/jsonschema"
)

// surrogateEscape matches a \u escape of a UTF-16 surrogate.
var surrogateEscape = regexp.MustCompile(`\\[uU][dD][89a-fA-F]`)

// longNumber matches a number of more than 64 characters.
var longNumber = regexp.MustCompile(`[-0-9.eE+]{65,}`)

// belowSchemas reports whether data hits one of the JSON text limits the
// package documentation lists under the rules no schema expresses: text
// that is not UTF-8, surrogate escapes, very long numbers, repeated
// member names (Go judges every occurrence, validators the last) and
// nesting deeper than the decoder reads.
func belowSchemas(data []byte) bool {
	return !utf8.Valid(data) || surrogateEscape.Match(data) || longNumber.Match(data) || repeatedMember(data) ||
		nesting(data) > strictjson.MaxDepth
}

// nesting returns the deepest nesting of arrays and objects in data.
func nesting(data []byte) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range data {
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}

// repeatedMember reports whether an object in data names a member twice.
func repeatedMember(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object  bool
		names   map[string]bool
		wantKey bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch x := tok.(type) {
		case json.Delim:
			switch x {
			case '{':
				if top != nil && top.object {
					top.wantKey = true
				}
				stack = append(stack, &frame{object: true, names: map[string]bool{}, wantKey: true})
				continue
			case '[':
				if top != nil && top.object {
					top.wantKey = true
				}
				stack = append(stack, &frame{})
				continue
			default:
				stack = stack[:len(stack)-1]
				continue
			}
		case string:
			if top != nil && top.object && top.wantKey {
				if top.names[x] {
					return true
				}
				top.names[x] = true
				top.wantKey = false
				continue
			}
		}
		if top != nil && top.object {
			top.wantKey = true
		}
	}
}

// FuzzAgreement: for any input, the schema accepts it exactly when Go
// accepts it or rejects it only for rules JSON Schema cannot express.
func FuzzAgreement(f *testing.F) {
	docs := jsonschema.Documents()
	for i, d := range docs {
		files, _ := filepath.Glob(filepath.Join("testdata", "documents", d.Name, "*", "*.json"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(uint8(i), data)
		}
	}
	f.Add(uint8(0), []byte(`{"country":"KH","as_of":"2025-06-30","source":""}`))
	f.Add(uint8(1), []byte(`{"id":"W-1","sex":"male","cadre":"para_professional","birth_year":1.9e3}`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		if len(data) > 1<<16 || belowSchemas(data) {
			t.Skip()
		}
		checkAgreement(t, docs[int(which)%len(docs)], data, "fuzz input", false)
	})
}

func TestNesting(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{`1`, 0}, {`{"a":[1,{"b":[]}]}`, 4}, {`{"a":"[[[[{"}`, 1}, {`["\\\"[["]`, 1},
	}
	for _, tc := range tests {
		if got := nesting([]byte(tc.in)); got != tc.want {
			t.Errorf("nesting(%s) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestRepeatedMember(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{`{"a":1,"b":2}`, false},
		{`{"a":1,"a":2}`, true},
		{`{"a":{"b":1},"b":{"a":1}}`, false},
		{`{"a":[{"x":1,"x":2}]}`, true},
		{`[{"a":"a"},{"a":"a"}]`, false},
		{`{"a":"b","b":"a"}`, false},
		{`{"a":[1,"a"],"a":0}`, true},
	}
	for _, tc := range tests {
		if got := repeatedMember([]byte(tc.in)); got != tc.want {
			t.Errorf("repeatedMember(%s) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
