package vcheck

import (
	"fmt"
	"reflect"
	"sync"
	"unicode/utf8"
)

// The validator probes every field it visits for its Valuer interface with
// reflect.Value.Interface, which copies the field to the heap: one
// allocation per field, dozens per worker. Valid documents are the common
// case, so Struct first runs this precheck, which interprets the same
// validate tags without allocating, and calls the validator only when the
// precheck finds a problem, to report it. TestPrecheckAgrees checks, on
// generated values, that the precheck accepts exactly what the validator
// accepts.

type fieldPlan struct {
	index  int
	ops    []Op
	nested *structPlan // struct-kind fields, validated recursively
}

type structPlan struct {
	fields []fieldPlan
}

// plans caches one structPlan per struct type. Entries are complete before
// they are stored and never change, so the cache is invisible to callers.
var plans sync.Map // reflect.Type → *structPlan

func planOf(t reflect.Type) *structPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*structPlan)
	}
	building := make(map[reflect.Type]*structPlan)
	p := buildPlan(t, building)
	for bt, bp := range building {
		plans.LoadOrStore(bt, bp)
	}
	return p
}

func buildPlan(t reflect.Type, building map[reflect.Type]*structPlan) *structPlan {
	if p, ok := plans.Load(t); ok {
		return p.(*structPlan)
	}
	if p, ok := building[t]; ok {
		return p
	}
	p := &structPlan{}
	building[t] = p
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("validate")
		if tag == "-" {
			continue
		}
		fp := fieldPlan{index: i, ops: parseOps(tag, sf)}
		ft := sf.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct {
			fp.nested = buildPlan(ft, building)
		}
		if len(fp.ops) > 0 || (fp.nested != nil && len(fp.nested.fields) > 0) {
			p.fields = append(p.fields, fp)
		}
	}
	return p
}

func parseOps(tag string, sf reflect.StructField) []Op {
	ops, err := ParseTag(tag)
	if err != nil {
		panic(fmt.Sprintf("vcheck: field %s: %v", sf.Name, err)) // a programming error in a struct tag
	}
	return ops
}

// precheck reports whether the struct value v passes every rule.
func (p *structPlan) precheck(v reflect.Value) bool {
	for i := range p.fields {
		fp := &p.fields[i]
		f := v.Field(fp.index)
		if !checkOps(f, fp.ops) {
			return false
		}
		if fp.nested != nil {
			for f.Kind() == reflect.Pointer {
				if f.IsNil() {
					break
				}
				f = f.Elem()
			}
			if f.Kind() == reflect.Struct && !fp.nested.precheck(f) {
				return false
			}
		}
	}
	return true
}

func checkOps(f reflect.Value, ops []Op) bool {
	for k, o := range ops {
		switch o.Kind {
		case OpOmitEmpty:
			if f.IsZero() {
				return true
			}
		case OpRequired:
			if f.IsZero() {
				return false
			}
		case OpValid:
			c, ok := checkerOf(f)
			if !ok {
				return false
			}
			if code, _, _ := c.CheckValue(); code != "" {
				return false
			}
		case OpDive:
			if f.Kind() != reflect.Slice && f.Kind() != reflect.Array {
				return false
			}
			for j := range f.Len() {
				if !checkOps(f.Index(j), ops[k+1:]) {
					return false
				}
			}
			return true
		case OpMin, OpMax, OpGTE, OpLTE:
			var n int64
			switch f.Kind() {
			case reflect.String:
				n = int64(utf8.RuneCountInString(f.String()))
			case reflect.Slice, reflect.Array, reflect.Map:
				n = int64(f.Len())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				n = f.Int()
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				n = int64(f.Uint())
			default:
				return false
			}
			if (o.Kind == OpMin || o.Kind == OpGTE) && n < o.N {
				return false
			}
			if (o.Kind == OpMax || o.Kind == OpLTE) && n > o.N {
				return false
			}
		}
	}
	return true
}

// Precheck reports whether the struct ptr points to passes the rules of
// its validate tags, without allocating. It is exported for tests that
// compare it with the validator.
func Precheck(ptr any) bool {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return false
	}
	return planOf(v.Elem().Type()).precheck(v.Elem())
}

// ValidatorOnly validates ptr with the validator alone, skipping the
// precheck; tests use it to compare the two.
func ValidatorOnly(ptr any) bool { return instance().Struct(ptr) == nil }
