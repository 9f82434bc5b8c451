// Package jsonptr builds and orders JSON Pointers (RFC 6901).
package jsonptr

import (
	"strconv"
	"strings"
)

// Escape escapes one reference token: "~" becomes "~0" and "/" becomes "~1".
func Escape(token string) string {
	if !strings.ContainsAny(token, "~/") {
		return token
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(token)
}

// Unescape reverses [Escape].
func Unescape(token string) string {
	if !strings.Contains(token, "~") {
		return token
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(token)
}

// Key returns base extended by one object member name.
func Key(base, name string) string { return base + "/" + Escape(name) }

// Index returns base extended by one array index.
func Index(base string, i int) string { return base + "/" + strconv.Itoa(i) }

// Tokens splits a pointer into its unescaped reference tokens. The root
// pointer "" has no tokens.
func Tokens(p string) []string {
	if p == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	for i, t := range parts {
		parts[i] = Unescape(t)
	}
	return parts
}

// Compare orders two pointers token by token. Tokens that are both array
// indexes compare numerically, so "/workers/2" sorts before "/workers/10";
// a shorter pointer that is a prefix of a longer one sorts first.
func Compare(a, b string) int {
	for {
		if a == b {
			return 0
		}
		if a == "" {
			return -1
		}
		if b == "" {
			return 1
		}
		ta, ra := next(a)
		tb, rb := next(b)
		if c := compareToken(ta, tb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
}

func next(p string) (token, rest string) {
	p = strings.TrimPrefix(p, "/")
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

func compareToken(a, b string) int {
	na, oka := index(a)
	nb, okb := index(b)
	switch {
	case oka && okb:
		switch {
		case na < nb:
			return -1
		case na > nb:
			return 1
		}
		return 0
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(a, b)
}

func index(t string) (int, bool) {
	if t == "" || len(t) > 18 || (len(t) > 1 && t[0] == '0') {
		return 0, false
	}
	n := 0
	for i := range len(t) {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
