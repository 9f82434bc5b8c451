package dhis2

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/sswkit/ssw/workforce"
)

// duplicates reports every object member whose name is repeated in its
// object, with its JSON Pointer: a repeated member is a problem, never
// last-wins. It stops at the first syntax error, which the decoder after
// it reports.
func duplicates(data []byte) workforce.Problems {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var ps workforce.Problems
	var walk func(path string) bool
	walk = func(path string) bool {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return false
				}
				name, _ := k.(string)
				p := path + "/" + escape(name)
				if seen[name] {
					ps = append(ps, workforce.Problem{Code: workforce.CodeDuplicate, Path: p, Value: name, Message: "the member is repeated; a repeated member is never read as its last value"})
				}
				seen[name] = true
				if !walk(p) {
					return false
				}
			}
			_, err := dec.Token()
			return err == nil
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if !walk(path + "/" + strconv.Itoa(i)) {
					return false
				}
			}
			_, err := dec.Token()
			return err == nil
		}
		return true
	}
	walk("")
	return ps
}

// escape escapes a member name for a JSON Pointer (RFC 6901).
func escape(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
