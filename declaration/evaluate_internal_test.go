package declaration

import (
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// TestIsShareOfOne: the digit-based test of the unit_unstated rule agrees
// with (0, 1] on small, large, long and signed values.
func TestIsShareOfOne(t *testing.T) {
	for s, want := range map[string]bool{
		"0": false, "0.0": false, "0.6": true, "0.60": true, "1": true, "1.00": true, "1.01": false, "1.1": false,
		"9.9": false, "10": false, "100": false, "0.00001": true, "-0.5": false, "-1": false,
		"12345678901234567890123": false, "0.12345678901234567890123": true, "1.0000000000000000000000": true, "1.0000000000000000000001": false,
	} {
		if got := isShareOfOne(workforce.MustParseDecimal(s)); got != want {
			t.Errorf("isShareOfOne(%s) = %v, want %v", s, got, want)
		}
	}
	if isShareOfOne(workforce.Decimal{}) {
		t.Error("an unset value is a share")
	}
}
