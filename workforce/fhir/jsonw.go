package fhir

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"unicode/utf8"
)

// The resources are written by appending to a byte buffer, member by
// member, with no reflection and no per-resource allocation once the
// buffer has grown: the writer streams a million workers in flat memory.

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. It reports false when s is not
// valid UTF-8 (FHIR strings are Unicode; the writer refuses the record
// rather than change the text).
func appendString(b []byte, s string) ([]byte, bool) {
	b = append(b, '"')
	ok := true
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			ok = false
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"'), ok
}

// obj builds one JSON object. It tracks whether a member was written, so
// members can be added conditionally without comma bookkeeping at the
// call sites, and whether any string was not valid UTF-8.
type obj struct {
	b       []byte
	first   bool
	invalid bool
}

func (o *obj) open()  { o.b = append(o.b, '{'); o.first = true }
func (o *obj) close() { o.b = append(o.b, '}'); o.first = false }

// key writes the separator and the member name.
func (o *obj) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

// str writes a string member; an empty value writes nothing (FHIR has no
// empty strings).
func (o *obj) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.quote(v)
}

func (o *obj) quote(v string) {
	var ok bool
	o.b, ok = appendString(o.b, v)
	o.invalid = o.invalid || !ok
}

// raw writes a member whose value is already JSON text.
func (o *obj) raw(k, v string) {
	o.key(k)
	o.b = append(o.b, v...)
}

func (o *obj) boolean(k string, v bool) {
	if v {
		o.raw(k, "true")
	} else {
		o.raw(k, "false")
	}
}

// objStart opens a member holding an object; arrStart one holding an array.
func (o *obj) objStart(k string) { o.key(k); o.open() }
func (o *obj) arrStart(k string) { o.key(k); o.b = append(o.b, '['); o.first = true }
func (o *obj) arrEnd()           { o.b = append(o.b, ']'); o.first = false }

// elem starts an array element that is an object.
func (o *obj) elem() {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.open()
}

// coding writes a Coding object as the value of the member k ("" for an
// array element).
func (o *obj) coding(k, system, code, display string) {
	if k == "" {
		o.elem()
	} else {
		o.objStart(k)
	}
	o.str("system", system)
	o.str("code", code)
	o.str("display", display)
	o.close()
}

// reference writes {"reference": typ/id} as member k ("" for an array
// element).
func (o *obj) reference(k string, typ ResourceType, prefix, key string) {
	if k == "" {
		o.elem()
	} else {
		o.objStart(k)
	}
	o.key("reference")
	o.b = append(o.b, '"')
	o.b = append(o.b, typ...)
	o.b = append(o.b, '/')
	o.b = appendID(o.b, prefix, key)
	o.b = append(o.b, '"')
	o.close()
}

// Resource ids. FHIR ids are 1-64 characters from [A-Za-z0-9.-]; ssw IDs
// may hold "_" and ":" and area codes "_", and every kind of record needs
// a prefix so that, for example, an employer and an area never share an
// Organization id. The id of a record is prefix + "-" + key when that is a
// valid FHIR id, and otherwise prefix + "--" + the first 32 hex digits of
// the SHA-256 of the key. Keys start with a letter or digit, so the two
// forms never meet. Readers never parse ids: they read the identifiers.

func appendID(b []byte, prefix, key string) []byte {
	b = append(b, prefix...)
	if len(prefix)+1+len(key) <= 64 && plainID(key) {
		b = append(b, '-')
		return append(b, key...)
	}
	sum := sha256.Sum256([]byte(key))
	b = append(b, '-', '-')
	return hex.AppendEncode(b, sum[:16])
}

func plainID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// ResourceID returns the FHIR id the writer gives a record: kind is
// [KindWorker], [KindPost], [KindEmployer] or [KindArea] and key the
// record's ID or area code. Employment roles are
// EmploymentID(workerID, index).
func ResourceID(kind Kind, key string) string { return string(appendID(nil, string(kind), key)) }

// EmploymentID returns the FHIR id of the PractitionerRole of a worker's
// employment number i (from 0) in the worker's list.
func EmploymentID(workerID string, i int) string {
	return string(appendID(nil, employmentPrefix(i), workerID))
}

// Kind names the kind of record a resource id is built for.
type Kind string

// Kinds of record, as the prefixes of their resource ids.
const (
	KindWorker   Kind = "w" // Practitioner
	KindPost     Kind = "p" // PractitionerRole of a post
	KindEmployer Kind = "e" // Organization of an employer
	KindArea     Kind = "a" // Location and jurisdiction Organization of an area
)

// employmentPrefix is "emp" and the index: the prefix of the id of a
// worker's employment role ("emp0-W-1").
func employmentPrefix(i int) string {
	const small = "emp0emp1emp2emp3emp4emp5emp6emp7emp8emp9"
	if i >= 0 && i < 10 {
		return small[4*i : 4*i+4]
	}
	return "emp" + strconv.Itoa(i)
}
