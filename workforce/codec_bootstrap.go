//go:build sswgen

package workforce

import (
	"encoding/json"

	"github.com/sswkit/ssw/internal/strictjson"
)

// This file stands in for codec_gen.go while gencodec runs (build tag
// sswgen), so that the generator compiles whatever state the generated
// file is in. Everything falls back to the reflective paths.

type arenas struct{}

func (a *arenas) reset() {}

func decodeGenerated(*strictjson.Scanner, *arenas, any) bool { return false }

func fieldsValidGenerated(any) (valid, known bool) { return false, false }

func cloneGenerated[T Record](v *T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out T
	if items := strictjson.Unmarshal(b, &out); len(items) > 0 {
		panic(items)
	}
	return out
}
