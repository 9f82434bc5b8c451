package jsonschema

import (
	"reflect"
	"sort"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/workforce"
)

// objectRule is a rule of a Validate method that relates members of one
// object and that JSON Schema can express. Field rules come from validate
// tags; these cross-field rules live in Go code, so each is restated here
// and the differential test proves the two agree.
type objectRule struct {
	typ reflect.Type
	// anyOfRequired: at least one of these groups of members is present.
	anyOfRequired [][]string
	// dependentRequired: when the key member is present, so are these.
	dependentRequired map[string][]string
	// mirrors names the Go rule.
	mirrors string
}

// objectRules lists the expressible cross-field rules.
func objectRules() []objectRule {
	return []objectRule{
		{
			typ:           reflect.TypeFor[workforce.CPDRecord](),
			anyOfRequired: [][]string{{"hours"}, {"credits"}},
			mirrors:       "workforce.CPDRecord.Validate: a CPD record gives hours, credits or both",
		},
		{
			typ:               reflect.TypeFor[workforce.Employment](),
			dependentRequired: map[string][]string{"exit_reason": {"end"}},
			mirrors:           "workforce.Employment.Validate: only an ended employment has an exit reason",
		},
	}
}

// objectRules adds the expressible cross-field rules of t to its schema.
// Every member a rule names must be an optional property: a rule on a
// required member would say nothing, which means the rule and the type
// have drifted apart.
func (g *generator) objectRules(t reflect.Type, s *ijs.Schema) error {
	for _, rule := range objectRules() {
		if rule.typ != t {
			continue
		}
		check := func(member string) error {
			if _, ok := s.Properties.Get(member); !ok {
				return g.errorf(t, "", "rule %q names member %q, which %s does not have", rule.mirrors, member, typeString(t))
			}
			for _, r := range s.Required {
				if r == member {
					return g.errorf(t, "", "rule %q names member %q, which is already required", rule.mirrors, member)
				}
			}
			return nil
		}
		for _, group := range rule.anyOfRequired {
			// properties lists each member again (as true) because Ajv's
			// strict mode wants every required name defined in the same
			// subschema.
			branch := &ijs.Schema{Required: append([]string(nil), group...), Properties: ijs.NewProperties()}
			for _, m := range group {
				if err := check(m); err != nil {
					return err
				}
				branch.Properties.Set(m, ijs.TrueSchema)
			}
			s.AnyOf = append(s.AnyOf, branch)
		}
		keys := make([]string, 0, len(rule.dependentRequired))
		for k := range rule.dependentRequired {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := check(k); err != nil {
				return err
			}
			for _, m := range rule.dependentRequired[k] {
				if err := check(m); err != nil {
					return err
				}
			}
			if s.DependentRequired == nil {
				s.DependentRequired = make(map[string][]string)
			}
			s.DependentRequired[k] = append([]string(nil), rule.dependentRequired[k]...)
		}
	}
	return nil
}
