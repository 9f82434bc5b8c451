package workforce

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCSVTablesMatchEntities: each CSV table has one column per JSON
// member of its record that is not a list of records, named and pointed
// to as in JSON, required exactly when the validate tag requires the
// value. The tables cannot drift from the entities.
func TestCSVTablesMatchEntities(t *testing.T) {
	type col struct {
		name, path string
		required   bool
	}
	cols := func(names, paths []string, req []bool) []col {
		out := make([]col, len(names))
		for i := range names {
			out[i] = col{names[i], paths[i], req[i]}
		}
		return out
	}
	// expect lists the columns the struct's fields call for: name prefix,
	// path prefix.
	expect := func(typ reflect.Type, namePrefix, pathPrefix string) []col {
		var out []col
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct {
				continue // a list of records: a child file or rows
			}
			out = append(out, col{namePrefix + name, pathPrefix + "/" + name, strings.HasPrefix(f.Tag.Get("validate"), "required")})
		}
		return out
	}
	workerID := []col{{"worker_id", "/worker_id", true}}
	tests := []struct {
		file string
		got  []col
		want []col
	}{
		{"workers.csv", cols(workerTable().names(), workerTable().paths(), workerTable().required()), expect(reflect.TypeFor[Worker](), "", "")},
		{"employments.csv", cols(employmentTable().names(), employmentTable().paths(), employmentTable().required()),
			append(workerID, expect(reflect.TypeFor[Employment](), "", "")...)},
		{"qualifications.csv", cols(qualificationTable().names(), qualificationTable().paths(), qualificationTable().required()),
			append(workerID, expect(reflect.TypeFor[Qualification](), "", "")...)},
		{"credentials.csv", cols(credentialTable().names(), credentialTable().paths(), credentialTable().required()),
			append(workerID, expect(reflect.TypeFor[Credential](), "", "")...)},
		{"cpd.csv", cols(cpdTable().names(), cpdTable().paths(), cpdTable().required()),
			append(workerID, expect(reflect.TypeFor[CPDRecord](), "", "")...)},
		{"employers.csv", cols(employerTable().names(), employerTable().paths(), employerTable().required()), expect(reflect.TypeFor[Employer](), "", "")},
		{"posts.csv", cols(postTable().names(), postTable().paths(), postTable().required()), expect(reflect.TypeFor[Post](), "", "")},
		{"areas.csv", cols(areaTable().names(), areaTable().paths(), areaTable().required()), slices.Concat(
			expect(reflect.TypeFor[AdminArea](), "", ""),
			// A figure's values are required only when the row has a figure.
			func() []col {
				fig := expect(reflect.TypeFor[PopulationFigure](), "population_", "/population/0")
				for i := range fig {
					fig[i].required = false
				}
				// Universes: a column for each universe not held in total
				// or children.
				for _, u := range UniverseValues() {
					if u != UniverseTotal && u != UniverseChildren {
						fig = append(fig, col{"population_" + string(u), "/population/0/universes", false})
					}
				}
				return fig
			}())},
	}
	for _, tc := range tests {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s: columns\n%v\nwant\n%v", tc.file, tc.got, tc.want)
		}
	}
	if areaTable()[areaPopulationFrom].name != "population_date" {
		t.Error("areaPopulationFrom must index population_date")
	}
}
