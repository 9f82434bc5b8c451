package declaration_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/workforce"
)

// fuzzDocument decodes arbitrary bytes into a document type, validates
// what decodes, and checks that a valid document survives a JSON round
// trip unchanged. Nothing may panic.
func fuzzDocument[T any](f *testing.F, seeds [][]byte, validate func(*testing.T, *T) error) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v T
		if err := workforce.Decode(data, &v); err != nil {
			if workforce.AsProblems(err) == nil {
				t.Fatalf("decode error without problems: %v", err)
			}
			return
		}
		if err := validate(t, &v); err != nil {
			if len(workforce.AsProblems(err)) == 0 {
				t.Fatalf("validation error without problems: %v", err)
			}
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var back T
		if err := workforce.Decode(b, &back); err != nil {
			t.Fatalf("a valid document does not decode from its own JSON: %v\n%s", err, b)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed the document\n%s\n%s", b, b2)
		}
	})
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func FuzzDecodePlan(f *testing.F) {
	seeds := [][]byte{[]byte(`{}`), []byte(`{"id":"x"`), mustJSON(basePlan())}
	for _, p := range declaration.Plans() {
		seeds = append(seeds, mustJSON(p))
	}
	fuzzDocument(f, seeds, func(_ *testing.T, p *declaration.Plan) error { return p.Validate() })
}

func FuzzDecodeAssessment(f *testing.F) {
	seeds := [][]byte{[]byte(`{"country":"VN"}`), mustJSON(baseAssessment()),
		[]byte(`{"country":"TL","period_start":"2025-01-01","period_end":"2025-12-31","commitments":[{"commitment":"c01_legal_framework","status":"planned"}]}`)}
	fuzzDocument(f, seeds, func(_ *testing.T, a *declaration.Assessment) error {
		if err := a.Validate(); err != nil {
			return err
		}
		sc, err := declaration.ScoreAssessment(*a)
		if err != nil {
			return err
		}
		return sc.Validate()
	})
}

func FuzzDecodeProgressData(f *testing.F) {
	seeds := [][]byte{[]byte(`{"as_of":"2025-12-31"}`),
		mustJSON(declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), AreaChanges: declaration.ShippedAreaChanges("VN"),
			Observations: []declaration.Observation{obs("VN", "VN-59", "VN112-SW-STAFFED", "2024-12-31", "65")}}),
		mustJSON(declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: declaration.ReferenceFigures(),
			PreferredSources: []string{"x"}, ReplaceAreaChanges: true}),
		[]byte(`{"as_of":"2025-12-31","observations":[{"country":"VN","indicator":"VN112-SW-STAFFED","date":"2025-12-31","value":"0.6","unit":"fraction","source":{"title":"a"}}]}`)}
	plans := []declaration.Plan{declaration.VietNamDecision112(), declaration.CambodiaSSWPlan()}
	fuzzDocument(f, seeds, func(t *testing.T, d *declaration.ProgressData) error {
		if err := d.Validate(); err != nil {
			return err
		}
		rec, err := declaration.Reconcile(*d)
		if err != nil {
			t.Fatalf("valid data do not reconcile: %v", err)
		}
		for _, g := range rec.Groups {
			if len(g.Figures) < 2 || (g.Used == "") == (g.Basis != "") {
				t.Fatalf("group %+v", g)
			}
		}
		for _, p := range plans {
			if pr, err := declaration.EvaluatePlan(p, *d); err == nil {
				if err := pr.Validate(); err != nil {
					t.Fatalf("an evaluation is not a valid plan progress: %v", err)
				}
			} else if len(workforce.AsProblems(err)) == 0 {
				t.Fatalf("evaluation error without problems: %v", err)
			}
		}
		return nil
	})
}

func FuzzDecodeScorecard(f *testing.F) {
	sc, _ := declaration.ScoreAssessment(baseAssessment())
	fuzzDocument(f, [][]byte{mustJSON(sc), []byte(`{"method":"x"}`)}, func(_ *testing.T, s *declaration.Scorecard) error { return s.Validate() })
}

func FuzzDecodeRegionalScorecard(f *testing.F) {
	sc, _ := declaration.ScoreAssessment(baseAssessment())
	r, _ := declaration.RollUp([]declaration.Scorecard{sc})
	fuzzDocument(f, [][]byte{mustJSON(r), []byte(`{"countries":[]}`)}, func(t *testing.T, s *declaration.RegionalScorecard) error {
		if err := s.Validate(); err != nil {
			return err
		}
		// A valid roll-up merges with itself only by failing cleanly (its
		// countries overlap), and with an empty document never.
		if len(s.Countries) > 0 {
			if _, err := s.Merge(*s); err == nil {
				t.Fatal("merging a roll-up with itself succeeded")
			}
		}
		if _, err := s.Merge(declaration.RegionalScorecard{}); err == nil {
			t.Fatal("merging with an empty document succeeded")
		}
		return nil
	})
}

func FuzzDecodeCountryReport(f *testing.F) {
	seeds := [][]byte{[]byte(`{}`), []byte(`{"country":"KH","indicators":{`), mustJSON(countryReport(f))}
	fuzzDocument(f, seeds, func(_ *testing.T, r *declaration.CountryReport) error { return r.Validate() })
}
