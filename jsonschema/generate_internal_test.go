package jsonschema

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sswkit/ssw/internal/vcheck"
	"github.com/sswkit/ssw/workforce"
)

// The types below exercise the generator's translation and its refusals.
// They live in a test file of this package, so their doc comments are
// read like any other.

// Sample has one field for each translation (exported, so that its doc
// comments are read).
type Sample struct {
	// Name is required and short.
	Name string `json:"name" validate:"required,max=10"`
	// Note is optional.
	Note string `json:"note,omitempty" validate:"max=5"`
	// Count is any uint8.
	Count uint8 `json:"count"`
	// Req must not be 0.
	Req int `json:"req" validate:"required"`
	// Flag must be true.
	Flag bool `json:"flag" validate:"required"`
	// Tags has one to three short tags.
	Tags []string `json:"tags,omitempty" validate:"omitempty,min=1,max=3,dive,required,max=4"`
	// Codes are countries.
	Codes []workforce.CountryCode `json:"codes,omitempty" validate:"omitempty,dive,valid"`
	// M maps names to positive counts.
	M map[string]int `json:"m,omitempty" validate:"omitempty,max=2,dive,gte=1"`
	// P may hold "".
	P *string `json:"p,omitempty"`
	// Opt is optional for the decoder but required by the validator.
	Opt string `json:"opt,omitempty" validate:"required"`
	// When is a date.
	When workforce.CivilDate `json:"when,omitzero"`
	Inner
}

// Inner is embedded in Sample.
type Inner struct {
	// Embedded is promoted.
	Embedded int64 `json:"embedded" validate:"gte=-5,lte=5"`
}

func generateOne(t *testing.T, typ reflect.Type) (map[string]any, error) {
	t.Helper()
	files, err := generate("..", []document{{name: "x", typ: typ, description: "test"}})
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(files["x.schema.json"]))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m, nil
}

func TestTranslation(t *testing.T) {
	s, err := generateOne(t, reflect.TypeFor[Sample]())
	if err != nil {
		t.Fatal(err)
	}
	props := s["properties"].(map[string]any)
	tests := []struct {
		property string
		want     string
	}{
		{"name", `{"description":"Required and short.","maxLength":10,"minLength":1,"type":"string"}`},
		{"note", `{"description":"Optional.","maxLength":5,"minLength":1,"type":"string"}`},
		{"count", `{"description":"Any uint8.","maximum":255,"minimum":0,"type":"integer"}`},
		{"req", `{"description":"The req must not be 0.","maximum":9223372036854775807,"minimum":-9223372036854775808,"not":{"const":0},"type":"integer"}`},
		{"flag", `{"const":true,"description":"The flag must be true.","type":"boolean"}`},
		{"tags", `{"description":"Has one to three short tags.","items":{"maxLength":4,"minLength":1,"type":"string"},"maxItems":3,"minItems":1,"type":"array"}`},
		{"codes", `{"description":"Countries.","items":{"$ref":"#/$defs/CountryCode"},"type":"array"}`},
		{"m", `{"additionalProperties":{"maximum":9223372036854775807,"minimum":1,"type":"integer"},"description":"Maps names to positive counts.","maxProperties":2,"type":"object"}`},
		{"p", `{"description":"The p may hold \"\".","type":"string"}`},
		{"opt", `{"description":"Optional for the decoder but required by the validator.","minLength":1,"type":"string"}`},
		{"when", `{"allOf":[{"$ref":"#/$defs/CivilDate"}],"description":"A date."}`},
		{"embedded", `{"description":"Promoted.","maximum":5,"minimum":-5,"type":"integer"}`},
	}
	for _, tc := range tests {
		t.Run(tc.property, func(t *testing.T) {
			got, err := json.Marshal(props[tc.property]) // encoding/json sorts the keys
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	req := s["required"].([]any)
	want := []any{"name", "count", "req", "flag", "opt", "embedded"}
	if !reflect.DeepEqual(req, want) {
		t.Errorf("required = %v, want %v (property order)", req, want)
	}
	if s["additionalProperties"] != false {
		t.Errorf("additionalProperties = %v, want false", s["additionalProperties"])
	}
}

// Types the generator must refuse.
type (
	unknownTag struct {
		X string `json:"x" validate:"email"`
	}
	orTag struct {
		X string `json:"x" validate:"required|min=1"`
	}
	optionalIntWithZero struct {
		N int `json:"n,omitempty"`
	}
	floatField struct {
		F float64 `json:"f"`
	}
	enumWithoutValid struct {
		S workforce.Sex `json:"s"`
	}
	listWithoutDive struct {
		T []workforce.CPDTopic `json:"t,omitempty"`
	}
	schemaTag struct {
		X string `json:"x" jsonschema:"minLength=3"`
	}
	rangeOnValueType struct {
		ID workforce.ID `json:"id" validate:"required,valid,max=10"`
	}
	validOnPlainString struct {
		X string `json:"x" validate:"valid"`
	}
	omitemptyOnPresentMember struct {
		X string `json:"x" validate:"omitempty,max=3"`
	}
	timeField struct {
		T time.Time `json:"t"`
	}
	byteSlice struct {
		B []byte `json:"b,omitempty"`
	}
	anyField struct {
		A any `json:"a"`
	}
	intKeys struct {
		M map[int]string `json:"m,omitempty"`
	}
	pointerReceiverEnum struct {
		P PEnum `json:"p" validate:"required"`
	}
	patternMatchingEmpty struct {
		E EmptyPattern `json:"e" validate:"required,valid"`
	}
	unanchoredPattern struct {
		U Unanchored `json:"u" validate:"required,valid"`
	}
	digitEscape struct {
		D DigitEscape `json:"d" validate:"required,valid"`
	}
	sameName struct {
		A workforce.Sex `json:"a" validate:"required,valid"`
		B Sex           `json:"b" validate:"required,valid"`
	}
	reservedName struct {
		D Date `json:"d" validate:"required,valid"`
	}
	diveOnString struct {
		X string `json:"x" validate:"dive,required"`
	}
	badParam struct {
		X string `json:"x" validate:"max=ten"`
	}
	requiredStruct struct {
		M workforce.Money `json:"m" validate:"required"`
	}
	validWithoutChecker struct {
		H workforce.Hours `json:"h" validate:"valid"`
	}
	emptyRange struct {
		N int `json:"n" validate:"gte=5,lte=4"`
	}
)

// PEnum has EnumValues on a pointer receiver, which reflection cannot call
// on a value.
type PEnum string

// EnumValues lists the values.
func (*PEnum) EnumValues() []string { return []string{"a"} }

// EmptyPattern's pattern matches "".
type EmptyPattern string

// SchemaPattern returns the pattern.
func (EmptyPattern) SchemaPattern() string { return `^[a-z]*$` }

// CheckValue accepts everything.
func (EmptyPattern) CheckValue() (code, param, message string) { return "", "", "" }

// Unanchored's pattern has no anchors.
type Unanchored string

// SchemaPattern returns the pattern.
func (Unanchored) SchemaPattern() string { return `[a-z]+` }

// CheckValue accepts everything.
func (Unanchored) CheckValue() (code, param, message string) { return "", "", "" }

// DigitEscape uses \d.
type DigitEscape string

// SchemaPattern returns the pattern.
func (DigitEscape) SchemaPattern() string { return `^\d+$` }

// CheckValue accepts everything.
func (DigitEscape) CheckValue() (code, param, message string) { return "", "", "" }

// Sex clashes with workforce.Sex.
type Sex string

// EnumValues lists the values.
func (Sex) EnumValues() []string { return []string{"x"} }

// CheckValue accepts everything.
func (Sex) CheckValue() (code, param, message string) { return "", "", "" }

// Date would shadow JavaScript's Date.
type Date string

// EnumValues lists the values.
func (Date) EnumValues() []string { return []string{"today"} }

// CheckValue accepts everything.
func (Date) CheckValue() (code, param, message string) { return "", "", "" }

func TestGenerateRefuses(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
		want string // a fragment of the error
	}{
		{"unknown validate tag", reflect.TypeFor[unknownTag](), `validate tag "email" is not in the whitelist`},
		{"or in a validate tag", reflect.TypeFor[orTag](), `"required|min=1" is not in the whitelist`},
		{"optional integer allowing 0", reflect.TypeFor[optionalIntWithZero](), "must exclude 0"},
		{"float", reflect.TypeFor[floatField](), "binary floating point"},
		{"enumeration without valid", reflect.TypeFor[enumWithoutValid](), "needs the validate tag valid"},
		{"list of enumerations without dive", reflect.TypeFor[listWithoutDive](), "need the validate tags dive,valid"},
		{"jsonschema struct tag", reflect.TypeFor[schemaTag](), "struct tag jsonschema is not allowed"},
		{"range on a value type", reflect.TypeFor[rangeOnValueType](), "has its own schema"},
		{"valid on a plain string", reflect.TypeFor[validOnPlainString](), "no schema of its own"},
		{"omitempty on a present member", reflect.TypeFor[omitemptyOnPresentMember](), "zero value can appear"},
		{"time.Time", reflect.TypeFor[timeField](), "its own JSON form"},
		{"byte slice", reflect.TypeFor[byteSlice](), "byte slices"},
		{"interface", reflect.TypeFor[anyField](), "no JSON Schema counterpart"},
		{"integer map keys", reflect.TypeFor[intKeys](), "string keys"},
		{"pointer receiver", reflect.TypeFor[pointerReceiverEnum](), "value receiver"},
		{"pattern matching the empty string", reflect.TypeFor[patternMatchingEmpty](), `matches ""`},
		{"unanchored pattern", reflect.TypeFor[unanchoredPattern](), "anchored"},
		{"\\d in a pattern", reflect.TypeFor[digitEscape](), `uses \d`},
		{"two types with one name", reflect.TypeFor[sameName](), "two types are named Sex"},
		{"type named Date", reflect.TypeFor[reservedName](), "shadow the JavaScript global Date"},
		{"dive on a string", reflect.TypeFor[diveOnString](), "dive on a string"},
		{"non-integer parameter", reflect.TypeFor[badParam](), "needs an integer parameter"},
		{"required on a struct", reflect.TypeFor[requiredStruct](), "struct member are not translated"},
		{"valid without CheckValue", reflect.TypeFor[validWithoutChecker](), "no CheckValue method"},
		{"empty range", reflect.TypeFor[emptyRange](), "is empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := generateOne(t, tc.typ)
			if err == nil {
				t.Fatalf("generation succeeded; want an error containing %q", tc.want)
			}
			if !errors.Is(err, ErrGenerate) {
				t.Errorf("error %v does not wrap ErrGenerate", err)
			}
			var ge *GenerateError
			if !errors.As(err, &ge) || ge.Schema != "x" {
				t.Errorf("error %v is not a *GenerateError for schema x", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

// TestTranslatedTagsMatchValidator: the generator translates exactly the
// validate tags the validator may use.
func TestTranslatedTagsMatchValidator(t *testing.T) {
	a, b := slices.Sorted(slices.Values(translatedTags())), slices.Sorted(slices.Values(vcheck.Tags()))
	if !slices.Equal(a, b) {
		t.Fatalf("translated tags %v, vcheck.Tags %v", a, b)
	}
}

// TestObjectRulesReachable: every cross-field rule is about a type some
// published document uses.
func TestObjectRulesReachable(t *testing.T) {
	reach := make(map[reflect.Type]bool)
	var visit func(reflect.Type)
	visit = func(t reflect.Type) {
		if reach[t] {
			return
		}
		reach[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			visit(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, d := range documents() {
		visit(d.typ)
	}
	for _, r := range objectRules() {
		if !reach[r.typ] {
			t.Errorf("rule %q is about %s, which no document uses", r.mirrors, r.typ)
		}
	}
}

func TestGenerateNeedsModuleDir(t *testing.T) {
	for _, dir := range []string{".", "testdata", "/nonexistent"} {
		_, err := Generate(dir)
		if !errors.Is(err, ErrGenerate) || !strings.Contains(err.Error(), "module") {
			t.Errorf("Generate(%q) = %v, want an error about the module directory", dir, err)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{`ID is an identifier: letters and ". _ : -", starting with a letter. Worker IDs are pseudonymous.`, `ID is an identifier: letters and ". _ : -", starting with a letter.`},
		{"One sentence.", "One sentence."},
		{"No period", "No period"},
		{"Uses e.g. abbreviations. Second.", "Uses e.g. abbreviations."},
	}
	for _, tc := range tests {
		if got := firstSentence(tc.in); got != tc.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnescapeHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"a \u0026 b \u003c c \u003e d"`, `"a & b < c > d"`},
		{`"\\u0026"`, `"\\u0026"`}, // an escaped backslash followed by text stays
		{`"\"\u00e9"`, `"\"\u00e9"`},
	}
	for _, tc := range tests {
		if got := string(unescapeHTML([]byte(tc.in))); got != tc.want {
			t.Errorf("unescapeHTML(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
