package fhir

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The reader parses each resource into a small tree with its own strict
// JSON parser rather than encoding/json, because FHIR input must be read
// the way FHIR defines it and nothing may be changed silently:
//
//   - a member name repeated in one object is an error (encoding/json
//     keeps the last);
//   - numbers keep their text, so a decimal such as 0.50 is read exactly
//     (FHIR decimals carry their precision; no float64 is involved);
//   - strings must be valid UTF-8 and escapes must not encode lone
//     surrogates (encoding/json replaces both with U+FFFD);
//   - nesting is bounded.

// maxDepth bounds the nesting of arrays and objects.
const maxDepth = 64

type kind uint8

const (
	kNull kind = iota
	kBool
	kNumber
	kString
	kArray
	kObject
)

func (k kind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// node is one JSON value. s holds a string's value, a number's text or
// "true"/"false"; obj the members of an object in order; arr the elements.
type node struct {
	kind kind
	s    string
	obj  []member
	arr  []node
}

type member struct {
	name string
	val  node
}

// get returns the member named name, or nil.
func (n *node) get(name string) *node {
	for i := range n.obj {
		if n.obj[i].name == name {
			return &n.obj[i].val
		}
	}
	return nil
}

// parseError is a syntax error at a byte offset; path is the FHIRPath-like
// path of the value being parsed (for a repeated member, of that member).
type parseError struct {
	off  int
	msg  string
	path string
	code string
}

type parser struct {
	// intern, when set, holds strings already made, so that member names
	// and repeated values (systems, codes, references) are allocated once
	// per Reader rather than once per occurrence. It stops growing at
	// maxIntern entries.
	intern map[string]string
	data   []byte
	pos    int
	depth  int
	err    *parseError
	// members and elems are scratch stacks: an object's members and an
	// array's elements collect there and are copied out once, at their
	// final size, when the object or array ends.
	members []member
	elems   []node
	// stack holds the path steps of the value being parsed, for errors:
	// a member name, or an array index when idx >= 0.
	stack []step
}

type step struct {
	name string
	idx  int
}

// maxIntern bounds the intern table of a Reader.
const maxIntern = 1 << 14

// text returns the string of b, interned when it is short.
func (p *parser) text(b []byte) string {
	if p.intern == nil || len(b) > 96 {
		return string(b)
	}
	if s, ok := p.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(p.intern) < maxIntern {
		p.intern[s] = s
	}
	return s
}

// parse parses one JSON value that must make up the whole input (white
// space around it allowed). The parser keeps its scratch space and intern
// table from one call to the next.
func (p *parser) parse(data []byte) (node, *parseError) {
	p.reset(data)
	p.ws()
	n := p.value()
	if p.err == nil {
		p.ws()
		if p.pos < len(p.data) {
			p.fail("unexpected data after the JSON value")
		}
	}
	return n, p.err
}

// reset prepares the parser for data, keeping its scratch space.
func (p *parser) reset(data []byte) {
	p.data, p.pos, p.depth, p.err = data, 0, 0, nil
	p.stack, p.members, p.elems = p.stack[:0], p.members[:0], p.elems[:0]
}

func (p *parser) fail(msg string) {
	if p.err == nil {
		p.err = &parseError{off: p.pos, msg: msg, path: p.path(), code: codeSyntax}
	}
}

func (p *parser) path() string {
	s := ""
	for _, st := range p.stack {
		if st.idx >= 0 {
			s += "[" + strconv.Itoa(st.idx) + "]"
		} else {
			s += "." + st.name
		}
	}
	return s
}

func (p *parser) ws() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value() node {
	if p.err != nil {
		return node{}
	}
	if p.pos >= len(p.data) {
		p.fail("unexpected end of input")
		return node{}
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s, _ := p.str()
		return node{kind: kString, s: s}
	case c == 't':
		return p.lit("true", node{kind: kBool, s: "true"})
	case c == 'f':
		return p.lit("false", node{kind: kBool, s: "false"})
	case c == 'n':
		return p.lit("null", node{kind: kNull})
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	p.fail("invalid character " + strconv.QuoteRune(rune(p.data[p.pos])) + " looking for a value")
	return node{}
}

func (p *parser) lit(word string, n node) node {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return n
	}
	p.fail("invalid literal")
	return node{}
}

func (p *parser) number() node {
	start := p.pos
	d := p.data
	i := p.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		p.pos = i
		p.fail("invalid number")
		return node{}
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			p.pos = i
			p.fail("invalid number: digits must follow the decimal point")
			return node{}
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			p.pos = i
			p.fail("invalid number: digits must follow the exponent")
			return node{}
		}
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	}
	p.pos = i
	return node{kind: kNumber, s: string(d[start:i])}
}

// str parses a string at p.pos (which holds the opening quote).
func (p *parser) str() (string, bool) {
	d := p.data
	i := p.pos + 1
	// Fast path: no escapes.
	for j := i; j < len(d); j++ {
		c := d[j]
		if c == '"' {
			if !utf8.Valid(d[i:j]) {
				p.pos = i
				p.fail("string is not valid UTF-8")
				return "", false
			}
			p.pos = j + 1
			return p.text(d[i:j]), true
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	var b []byte
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			if !utf8.Valid(b) {
				p.pos = i
				p.fail("string is not valid UTF-8")
				return "", false
			}
			p.pos = i + 1
			return p.text(b), true
		case c < 0x20:
			p.pos = i
			p.fail("control character in string")
			return "", false
		case c != '\\':
			b = append(b, c)
			i++
			continue
		}
		if i+1 >= len(d) {
			break
		}
		switch e := d[i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
			i += 2
		case 'b':
			b = append(b, '\b')
			i += 2
		case 'f':
			b = append(b, '\f')
			i += 2
		case 'n':
			b = append(b, '\n')
			i += 2
		case 'r':
			b = append(b, '\r')
			i += 2
		case 't':
			b = append(b, '\t')
			i += 2
		case 'u':
			r, ok := hex4(d, i+2)
			if !ok {
				p.pos = i
				p.fail("invalid \\u escape")
				return "", false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := rune(0), false
				if i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
					r2, ok2 = hex4(d, i+2)
				}
				dec := utf16.DecodeRune(r, r2)
				if !ok2 || dec == utf8.RuneError {
					p.pos = i
					p.fail("\\u escape encodes a lone surrogate")
					return "", false
				}
				r = dec
				i += 6
			}
			b = utf8.AppendRune(b, r)
		default:
			p.pos = i
			p.fail("invalid escape in string")
			return "", false
		}
	}
	p.pos = len(d)
	p.fail("unterminated string")
	return "", false
}

func hex4(d []byte, i int) (rune, bool) {
	if i+4 > len(d) {
		return 0, false
	}
	var r rune
	for _, c := range d[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxDepth {
		p.fail("nesting deeper than " + strconv.Itoa(maxDepth) + " levels")
		if p.err != nil {
			p.err.code = codeTooDeep
		}
		return false
	}
	return true
}

func (p *parser) object() (n node) {
	n.kind = kObject
	if !p.enter() {
		return n
	}
	defer func() { p.depth-- }()
	p.pos++ // {
	p.ws()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return n
	}
	start := len(p.members)
	defer func() {
		n.obj = append([]member(nil), p.members[start:]...)
		p.members = p.members[:start]
	}()
	for p.err == nil {
		p.ws()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("expected a member name")
			break
		}
		name, ok := p.str()
		if !ok {
			break
		}
		for _, m := range p.members[start:] {
			if m.name == name {
				p.stack = append(p.stack, step{name: name, idx: -1})
				p.fail("member " + strconv.Quote(name) + " is repeated")
				p.err.code = codeDuplicate
				p.stack = p.stack[:len(p.stack)-1]
				return n
			}
		}
		p.ws()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("expected ':' after a member name")
			break
		}
		p.pos++
		p.ws()
		p.stack = append(p.stack, step{name: name, idx: -1})
		v := p.value()
		p.stack = p.stack[:len(p.stack)-1]
		p.members = append(p.members, member{name: name, val: v})
		p.ws()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			return n
		}
		p.fail("expected ',' or '}' in an object")
	}
	return n
}

func (p *parser) array() (n node) {
	n.kind = kArray
	if !p.enter() {
		return n
	}
	defer func() { p.depth-- }()
	p.pos++ // [
	p.ws()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return n
	}
	start := len(p.elems)
	defer func() {
		n.arr = append([]node(nil), p.elems[start:]...)
		p.elems = p.elems[:start]
	}()
	for p.err == nil {
		p.ws()
		p.stack = append(p.stack, step{idx: len(p.elems) - start})
		v := p.value()
		p.stack = p.stack[:len(p.stack)-1]
		p.elems = append(p.elems, v)
		p.ws()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return n
		}
		p.fail("expected ',' or ']' in an array")
	}
	return n
}
