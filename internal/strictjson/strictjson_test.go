package strictjson_test

import (
	"encoding/json"
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/sswkit/ssw/internal/strictjson"
)

type doc struct {
	Name  string            `json:"name"`
	Count int8              `json:"count,omitempty"`
	N     uint16            `json:"n,omitempty"`
	Ok    bool              `json:"ok,omitempty"`
	Items []item            `json:"items,omitempty"`
	Fixed [2]int            `json:"fixed,omitempty"`
	Tags  map[string]string `json:"tags,omitempty"`
	Any   any               `json:"any,omitempty"`
	Raw   json.RawMessage   `json:"raw,omitempty"`
	Ptr   *item             `json:"ptr,omitempty"`
	embedded
}

type embedded struct {
	Extra string `json:"extra,omitempty"`
}

type item struct {
	Code string `json:"code"`
	Next *item  `json:"next,omitempty"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // code@path
	}{
		{"all kinds", `{"name":"a\u00e9\ud83d\ude00","count":-5,"n":7,"ok":true,"items":[{"code":"x","next":{"code":"y"}}],"fixed":[1,2],"tags":{"k":"v"},"any":{"a":[1,null]},"raw":[1, 2],"ptr":{"code":"p"},"extra":"e"}`, nil},
		{"int8 overflow", `{"name":"a","count":200}`, []string{"out_of_range@/count"}},
		{"negative unsigned", `{"name":"a","n":-1}`, []string{"out_of_range@/n"}},
		{"array too long", `{"name":"a","fixed":[1,2,3]}`, []string{"type@/fixed"}},
		{"map value wrong type", `{"name":"a","tags":{"k":1}}`, []string{"type@/tags/k"}},
		{"nested missing member", `{"name":"a","items":[{"next":{}}]}`, []string{"required@/items/0/next/code", "required@/items/0/code"}},
		{"lone surrogate", `{"name":"\ud83d"}`, []string{"syntax@/name"}},
		{"control character", "{\"name\":\"a\tb\"}", []string{"syntax@/name"}},
		{"bad escape", `{"name":"\q"}`, []string{"syntax@/name"}},
		{"leading zero number", `{"name":"a","count":01}`, []string{"syntax@/count"}},
		{"false for omitempty bool is fine", `{"name":"a","ok":false}`, nil},
		{"zero for omitempty int", `{"name":"a","count":0}`, []string{"invalid_value@/count"}},
		{"member with escaped slash", `{"name":"a","a/b":1}`, []string{"unknown_field@/a~1b"}},
		{"duplicate member", `{"name":"a","name":"b"}`, []string{"duplicate_member@/name"}},
		{"duplicate optional member", `{"name":"a","items":[{"code":"x"}],"items":[]}`, []string{"duplicate_member@/items"}},
		{"duplicate member written with an escape", `{"name":"a","n\u0061me":"b"}`, []string{"duplicate_member@/name"}},
		{"duplicate nested member", `{"name":"a","ptr":{"code":"p","code":"q"}}`, []string{"duplicate_member@/ptr/code"}},
		{"duplicate map key", `{"name":"a","tags":{"k":"v","k":"w"}}`, []string{"duplicate_member@/tags/k"}},
		{"duplicate member with a bad second value", `{"name":"a","name":{"x":[1,}}`, []string{"syntax@/name"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			items := strictjson.Unmarshal([]byte(tc.in), &d)
			var got []string
			for _, it := range items {
				got = append(got, it.Code+"@"+it.Path)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
	var d doc
	if items := strictjson.Unmarshal([]byte(`{"name":"a\u00e9\ud83d\ude00","items":[],"any":null}`), &d); items != nil || d.Name != "aé😀" || d.Items == nil || len(d.Items) != 0 {
		t.Fatalf("%v %+v", items, d)
	}
}

// TestDuplicateKeepsFirst: a repeated member is reported and the first
// value stays; the second never silently wins.
func TestDuplicateKeepsFirst(t *testing.T) {
	var d doc
	items := strictjson.Unmarshal([]byte(`{"name":"first","items":[{"code":"x"}],"items":[],"name":"second"}`), &d)
	if len(items) != 2 || d.Name != "first" || len(d.Items) != 1 {
		t.Fatalf("items %v, decoded %+v", items, d)
	}
	for _, it := range items {
		if it.Code != strictjson.CodeDuplicateMember || it.Message == "" {
			t.Errorf("problem %+v", it)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	var v any
	deep := make([]byte, 0, 400)
	for range 200 {
		deep = append(deep, '[')
	}
	items := strictjson.Unmarshal(deep, &v)
	if len(items) != 1 || items[0].Code != "too_deep" {
		t.Fatalf("got %v", items)
	}
}

// FuzzValid: the decoder's grammar agrees with encoding/json's, except
// where it is deliberately stricter: invalid UTF-8, unpaired surrogate
// escapes and nesting beyond MaxDepth.
func FuzzValid(f *testing.F) {
	for _, s := range []string{`{}`, `[1,2]`, `"a\u0000"`, `1e5`, `-0.0`, `{"a":}`, `[1,]`, "\"\xff\"", `nul`, ` true `, `01`, `"\ud800"`} {
		f.Add([]byte(s))
	}
	surrogate := regexp.MustCompile(`\\u[dD][89a-fA-F]`)
	f.Fuzz(func(t *testing.T, data []byte) {
		sv, jv := strictjson.Valid(data), json.Valid(data)
		if sv && !jv {
			t.Fatalf("strictjson accepts %q, encoding/json does not", data)
		}
		if !sv && jv && utf8.Valid(data) && !tooDeep(data) && !surrogate.Match(data) {
			t.Fatalf("encoding/json accepts %q, strictjson does not", data)
		}
	})
}

func tooDeep(b []byte) bool {
	depth, deepest := 0, 0
	for _, c := range b {
		switch c {
		case '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ']', '}':
			depth--
		}
	}
	return deepest >= strictjson.MaxDepth
}
