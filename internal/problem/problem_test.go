package problem

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	thai := strings.Repeat("สวัสดี", 70) // 3-byte runes, 1,260 bytes
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"short kept", "abc", 64, "abc"},
		{"exact kept", strings.Repeat("a", 64), 64, strings.Repeat("a", 64)},
		{"ascii cut", strings.Repeat("a", 65), 64, strings.Repeat("a", 61) + "..."},
		{"tiny limit", "abcdefgh", 1, "a..."},
	}
	for _, tt := range tests {
		if got := Clip(tt.in, tt.limit); got != tt.want {
			t.Errorf("%s: Clip = %q, want %q", tt.name, got, tt.want)
		}
	}
	for limit := 4; limit < 80; limit++ {
		got := Clip(thai, limit)
		if !utf8.ValidString(got) || len(got) > limit || !strings.HasSuffix(got, "...") {
			t.Fatalf("Clip(thai, %d) = %q: must be valid UTF-8, at most %d bytes, marked", limit, got, limit)
		}
		if !strings.HasPrefix(thai, strings.TrimSuffix(got, "...")) {
			t.Fatalf("Clip(thai, %d) is not a prefix", limit)
		}
	}
}

func FuzzClip(f *testing.F) {
	f.Add("สวัสดีครับ", 5)
	f.Add("\xff\xfe", 4)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = limit%200 + 1
		if limit < 0 {
			limit = -limit
		}
		got := Clip(s, limit)
		if len(s) <= limit {
			if got != s {
				t.Fatalf("a short value must be kept")
			}
			return
		}
		if len(got) > max(limit, 4) {
			t.Fatalf("Clip(%q, %d) = %q is longer than the limit", s, limit, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Clip cut a valid string mid-rune: %q", got)
		}
	})
}
