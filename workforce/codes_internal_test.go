package workforce

import (
	"regexp"
	"testing"
)

// TestIDCharsMatchPattern: the byte table behind ID.IsValid accepts, in
// every position, exactly the bytes IDPattern accepts.
func TestIDCharsMatchPattern(t *testing.T) {
	re := regexp.MustCompile(IDPattern)
	if len(idChars) != 256 {
		t.Fatalf("the table has %d entries", len(idChars))
	}
	for c := range 256 {
		for _, id := range []string{string([]byte{byte(c)}), "a" + string([]byte{byte(c)}), "a" + string([]byte{byte(c)}) + "z"} {
			if got, want := ID(id).IsValid(), re.MatchString(id); got != want {
				t.Errorf("ID(%q).IsValid() = %v, pattern says %v", id, got, want)
			}
		}
	}
}
