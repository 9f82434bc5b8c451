package examples_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// sample is one canonical sample with the Go rules that check it.
type sample struct {
	name  string
	make  func() any
	check func(v any) error // the Go rules for the document type
	// synthetic is set when the sample is made up here (not shipped
	// reference data) and must say so.
	synthetic bool
}

func validate(v any) error { return v.(interface{ Validate() error }).Validate() }

func samples() []sample {
	return []sample{
		{"scheme", func() any { return examples.SampleScheme() }, validate, false},
		{"scheme-catalogue", func() any { return examples.SampleSchemeCatalogue() }, validate, false},
		{"facts", func() any { return examples.SampleFacts() }, validate, true},
		{"foreign-applicant", func() any { return examples.SampleForeignApplicant() }, validate, true},
		{"decision", func() any { return examples.SampleDecision() }, validate, false},
		{"recognition-rule", func() any { return examples.SampleRecognitionRule() }, validate, false},
		{"recognition-decision", func() any { return examples.SampleRecognitionDecision() }, validate, false},
		{"holding", func() any { return examples.SampleHolding() }, func(v any) error {
			s, _ := accreditation.SchemeByID(accreditation.SchemePHLicence)
			_, err := accreditation.Standing(s, v.(accreditation.Holding), workforce.MustParseDate("2025-06-30"), accreditation.Calendar{})
			return err
		}, true},
		{"aggregate-figures", func() any { return examples.SampleAggregateFigures() }, validate, true},
		{"indicator-report", func() any { return examples.SampleReport() }, validate, true},
		{"indicator-definition", func() any { return examples.SampleDefinition() }, func(v any) error {
			want, _ := indicators.Lookup(v.(indicators.Definition).ID)
			return diffErr(want, v)
		}, false},
		{"count-table", func() any { return examples.SampleCountTable() }, func(v any) error {
			_, err := indicators.DefaultDisclosure().Protect(v.(indicators.CountTable))
			return err
		}, true},
		{"protected-table", func() any { return examples.SampleProtectedTable() }, func(v any) error {
			want, err := indicators.DefaultDisclosure().Protect(examples.SampleCountTable())
			if err != nil {
				return err
			}
			return diffErr(want, v)
		}, true},
		{"projection-input", func() any { return examples.SampleProjectionInput() }, func(v any) error {
			_, err := indicators.Project(v.(indicators.ProjectionInput))
			return err
		}, false},
		{"projection", func() any { return examples.SampleProjection() }, func(v any) error {
			want, err := indicators.Project(examples.SampleProjectionInput())
			if err != nil {
				return err
			}
			return diffErr(want, v)
		}, false},
		{"plan", func() any { return examples.SamplePlan() }, validate, false},
		{"progress-data", func() any { return examples.SampleProgressData() }, validate, true},
		{"plan-progress", func() any { return examples.SamplePlanProgress() }, validate, false},
		{"assessment", func() any { return examples.SampleAssessment() }, validate, true},
		{"scorecard", func() any { return examples.SampleScorecard() }, validate, false},
		{"regional-scorecard", func() any { return examples.SampleRegionalScorecard() }, validate, false},
		{"decision-summary", func() any { return examples.SampleDecisionSummary() }, validate, false},
		{"country-report", func() any { return examples.SampleCountryReport() }, validate, true},
	}
}

type diffError string

func (e diffError) Error() string { return string(e) }

// civilDates compares dates, which are comparable but have no Equal
// method (the quantity and decimal types have one, which cmp uses).
var civilDates = cmp.Comparer(func(a, b workforce.CivilDate) bool { return a == b })

func diffErr(want, got any) error {
	if d := cmp.Diff(want, got, civilDates); d != "" {
		return diffError("differs from the recomputed value (-want +got):\n" + d)
	}
	return nil
}

// TestMoreSamplesValid: every sample passes the Go rules of its document
// type and decodes strictly from its own JSON into an equal value that
// encodes to the same bytes.
func TestMoreSamplesValid(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			v := s.make()
			if err := s.check(v); err != nil {
				t.Fatalf("the Go rules reject the sample: %v", err)
			}
			data, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			back := reflect.New(reflect.TypeOf(v))
			if err := workforce.Decode(data, back.Interface()); err != nil {
				t.Fatalf("strict decoding of the sample's JSON: %v\n%s", err, data)
			}
			if d := cmp.Diff(v, back.Elem().Interface(), civilDates); d != "" {
				t.Errorf("round trip changed the sample (-want +got):\n%s", d)
			}
			again, err := json.Marshal(back.Elem().Interface())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, again) {
				t.Errorf("re-encoding differs:\n%s\n%s", data, again)
			}
			if s.synthetic && !strings.Contains(string(data), examples.SyntheticLabel) {
				t.Errorf("a made-up sample does not say %s", examples.SyntheticLabel)
			}
		})
	}
}

// TestMoreSamplesFresh: every call returns a new value, so a caller that
// changes one cannot change the next.
func TestMoreSamplesFresh(t *testing.T) {
	for _, s := range samples() {
		a, err := json.Marshal(s.make())
		if err != nil {
			t.Fatal(err)
		}
		v := s.make()
		scribble(reflect.ValueOf(&v).Elem())
		b, err := json.Marshal(s.make())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: changing one sample changed the next", s.name)
		}
	}
}

// scribble overwrites every string reachable through slices and pointers
// of v (an interface holding a struct), in place where they are shared.
func scribble(v reflect.Value) {
	if v.Kind() == reflect.Interface {
		c := reflect.New(v.Elem().Type()).Elem()
		c.Set(v.Elem())
		scribbleValue(c)
		v.Set(c)
		return
	}
	scribbleValue(v)
}

func scribbleValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	case reflect.Pointer:
		if !v.IsNil() {
			scribbleValue(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribbleValue(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scribbleValue(v.Field(i))
			}
		}
	}
}

// TestSampleOutcomes pins what the computed samples say, so that a change
// of the rules that alters them is noticed here first.
func TestSampleOutcomes(t *testing.T) {
	if d := examples.SampleDecision(); d.Outcome != accreditation.OutcomeMet || d.Purpose != accreditation.PurposeExamAdmission {
		t.Errorf("SampleDecision: %s %s, want met exam_admission", d.Purpose, d.Outcome)
	}
	if rd := examples.SampleRecognitionDecision(); rd.Outcome != accreditation.RecognitionRecognised {
		t.Errorf("SampleRecognitionDecision: %s (%s), want recognised", rd.Outcome, rd.Message)
	}
	if p := examples.SamplePlanProgress(); p.Met+p.NotMet == 0 || len(p.Evaluations) == 0 {
		t.Errorf("SamplePlanProgress judges nothing: %+v", p)
	}
	if sc := examples.SampleScorecard(); sc.Status != declaration.ScoreDefined || sc.Assessed != 5 {
		t.Errorf("SampleScorecard: %s, %d assessed", sc.Status, sc.Assessed)
	}
	if r := examples.SampleRegionalScorecard(); len(r.Countries) != 2 {
		t.Errorf("SampleRegionalScorecard: %d countries", len(r.Countries))
	}
	if rep := examples.SampleReport(); len(rep.Results) == 0 {
		t.Error("SampleReport has no results")
	}
	if s := examples.SampleDecisionSummary(); s.Evaluated == 0 || s.NotMet == 0 || len(s.Unmet) == 0 {
		t.Errorf("SampleDecisionSummary explains no shortfall: %+v", s)
	}
	cr := examples.SampleCountryReport()
	if len(cr.Credentialing) != 2 || cr.Credentialing[0].Basis != accreditation.BasisNoRegime ||
		cr.Credentialing[0].NotApplicable != cr.Credentialing[0].Evaluated || cr.Credentialing[0].NotMet != 0 {
		t.Errorf("SampleCountryReport: Cambodia's credentialing must be all not applicable: %+v", cr.Credentialing)
	}
	if cr.Scorecard == nil || len(cr.Plans) != 1 || len(cr.Indicators.Results) == 0 {
		t.Errorf("SampleCountryReport is incomplete: %d plans, %d results, scorecard %v", len(cr.Plans), len(cr.Indicators.Results), cr.Scorecard != nil)
	}
	pt := examples.SampleProtectedTable()
	if !pt.Cells[1][0].Suppressed() || !pt.Cells[2][1].Suppressed() {
		t.Errorf("SampleProtectedTable publishes a small count: %+v", pt.Cells)
	}
}
