package dhis2_test

import (
	"testing"

	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce"
)

// FuzzReadMapping: any input gives a mapping that validates, or problems
// that each have a code and a message; never a panic.
func FuzzReadMapping(f *testing.F) {
	f.Add([]byte(`{"period_type":"Yearly","org_units":[{"area":"KH","org_unit":"OUKH0000001"}],"data_elements":[{"indicator":"SSW-DEN-CHILD","breakdown":{"sex":"female"},"value":"presented","data_element":"DEden000001"}]}`))
	f.Add([]byte(`{"period_type":"Yearly","org_units":[],"data_elements":[],"period_type":"Monthly"}`))
	f.Add([]byte(`{"a":{"b":[1,{"c":2,"c":3}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := dhis2.ReadMapping(data)
		if err == nil {
			if err := m.Validate(); err != nil {
				t.Fatalf("ReadMapping returned a mapping that does not validate: %v", err)
			}
			return
		}
		for _, p := range workforce.AsProblems(err) {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("problem without code or message: %+v", p)
			}
		}
	})
}

// BenchmarkExport exports a report of about 2,200 results through a
// mapping of all of them.
func BenchmarkExport(b *testing.B) {
	rep := protectedReport(b)
	m := fullMapping(rep)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := dhis2.Export(rep, m, dhis2.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
