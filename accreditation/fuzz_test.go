package accreditation_test

import (
	"encoding/json"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// fuzzFacts are the applicants every fuzzed scheme is evaluated against.
func fuzzFacts() []accreditation.Facts {
	return []accreditation.Facts{{}, phApplicant("1000"), sgApplicant("80"), texasFacts("3", true),
		vnApplicant(workforce.EducationShortCycle, "2024-11-01", "2025-06-30")}
}

// FuzzScheme decodes a scheme document and, when it is valid, evaluates
// it for every purpose against sample facts on a few dates. Nothing may
// panic; every decision must validate.
func FuzzScheme(f *testing.F) {
	// Small seeds keep the fuzzer's minimisation cheap; the shipped
	// schemes are exercised whole by the other tests.
	for _, id := range []workforce.ID{"MY-NO-REGIME", accreditation.SchemeIDPermit, "ASWB-MASTERS", accreditation.SchemeCSWEBachelor} {
		s, _ := accreditation.SchemeByID(id)
		data, _ := json.Marshal(s)
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"X","title":"T","jurisdiction":"PH","basis":"statutory","kind":"licence","issuing_body":"B","source":{"title":"T"},"confidence":"partial",
	 "versions":[{"id":"v","purpose":"grant","event_date":"filing_date","from":"2020-01-01","source":{"title":"T"},"confidence":"partial",
	   "requirements":[{"id":"a","kind":"at_least_n","n":1,"of":[{"id":"b","kind":"age","min_age":18},{"id":"c","kind":"not","of":[{"id":"d","kind":"proceeding"}]}]}]}]}`))
	facts := fuzzFacts()
	dates := []workforce.CivilDate{d("2016-06-01"), d("2024-06-01"), d("2025-11-10")}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s accreditation.Scheme
		if err := workforce.Decode(data, &s); err != nil {
			return
		}
		if s.Validate() != nil {
			return
		}
		for _, p := range accreditation.RulePurposeValues() {
			ev, err := accreditation.NewEvaluator(s, p)
			if err != nil {
				t.Fatalf("a valid scheme was refused: %v", err)
			}
			for _, asOf := range dates {
				for _, fa := range facts {
					dec, err := ev.Evaluate(fa, asOf)
					if err != nil {
						t.Fatalf("valid facts refused: %v", err)
					}
					if err := dec.Validate(); err != nil {
						t.Fatalf("decision does not validate: %v", err)
					}
				}
			}
		}
	})
}

// FuzzFacts decodes a facts document and evaluates it against every
// shipped scheme; facts that decode and validate must never make
// evaluation fail or panic.
func FuzzFacts(f *testing.F) {
	for _, fa := range fuzzFacts() {
		data, _ := json.Marshal(fa)
		f.Add(data)
	}
	var evs []*accreditation.Evaluator
	for _, s := range accreditation.Schemes() {
		for _, p := range accreditation.RulePurposeValues() {
			ev, err := accreditation.NewEvaluator(s, p)
			if err != nil {
				f.Fatal(err)
			}
			evs = append(evs, ev)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fa accreditation.Facts
		if err := workforce.Decode(data, &fa); err != nil || fa.Validate() != nil {
			return
		}
		for _, ev := range evs {
			dec, err := ev.Evaluate(fa, d("2025-06-01"))
			if err != nil {
				t.Fatalf("valid facts refused: %v", err)
			}
			if err := dec.Validate(); err != nil {
				t.Fatalf("decision does not validate: %v", err)
			}
		}
	})
}
