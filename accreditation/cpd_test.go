package accreditation_test

import (
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// cpdScheme wraps a CPD rule in a renewal scheme of the test jurisdiction.
func cpdScheme(r *accreditation.CPDRule) accreditation.Scheme {
	s := minimalScheme()
	s.Versions[0].Purpose, s.Versions[0].EventDate = accreditation.PurposeRenewal, accreditation.EventRenewalDate
	s.Versions[0].Requirements = []accreditation.Requirement{{ID: "cpd", Kind: accreditation.ReqCPD}}
	s.Versions[0].CPD = r
	return s
}

func hoursRec(date, h string, act workforce.CPDActivity) workforce.CPDRecord {
	return workforce.CPDRecord{Date: d(date), Hours: hrs(h), Category: workforce.CPDStructured, Activity: act}
}

func TestCPDAccounting(t *testing.T) {
	term := []workforce.Credential{held("XX-TEST", "2023-01-01", "2024-12-31")}
	cases := []struct {
		name      string
		rule      accreditation.CPDRule
		facts     accreditation.Facts
		asOf      string
		outcome   accreditation.Outcome
		counted   string
		carriedIn string
		carryOut  string
		shortfall string
	}{
		{
			name: "capped carry-over from the previous term (Texas: at most 10)",
			rule: accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("30"), Window: accreditation.WindowLicenceTerm, CarryOver: accreditation.CarryCapped, CarryOverMax: cr("10")},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{
				hoursRec("2022-06-01", "45", workforce.ActivityCourse), // previous term: 15 over, 10 carried
				hoursRec("2024-06-01", "22", workforce.ActivityCourse),
			}},
			asOf: "2024-12-01", outcome: accreditation.OutcomeMet, counted: "22", carriedIn: "10", carryOut: "2",
		},
		{
			name: "carry-over comes from the capped excess, not the raw one",
			rule: accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("30"), Window: accreditation.WindowLicenceTerm, CarryOver: accreditation.CarryCapped, CarryOverMax: cr("10"),
				Limits: []accreditation.CPDLimit{{ID: "self", Activities: []workforce.CPDActivity{workforce.ActivitySelfStudy}, Max: cr("5")}}},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{
				hoursRec("2022-06-01", "30", workforce.ActivityCourse), hoursRec("2022-07-01", "20", workforce.ActivitySelfStudy), // 35 counted, 5 excess
				hoursRec("2024-06-01", "20", workforce.ActivityCourse),
			}},
			asOf: "2024-12-01", outcome: accreditation.OutcomeNotMet, counted: "20", carriedIn: "5", shortfall: "5",
		},
		{
			name: "carry-over by activity type (PH: postgraduate study only)",
			rule: accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("10"), Window: accreditation.WindowLicenceTerm, CarryOver: accreditation.CarryByActivity,
				CarryOverActivities: []workforce.CPDActivity{workforce.ActivityPostgraduate}},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{
				hoursRec("2023-02-01", "8", workforce.ActivityPostgraduate), hoursRec("2023-03-01", "12", workforce.ActivityCourse),
			}},
			asOf: "2024-12-01", outcome: accreditation.OutcomeMet, counted: "20", carryOut: "8",
		},
		{
			name: "phase-in scales the total (PH 2017: 30%)",
			rule: accreditation.CPDRule{Unit: accreditation.UnitCredits, Total: cr("45"), Window: accreditation.WindowLicenceTerm,
				PhaseIn: []accreditation.CPDPhase{{From: d("2024-01-01"), To: d("2024-12-31"), Percent: dec("30")}}},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{{Date: d("2024-01-10"), Credits: cr("13.5"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse}}},
			asOf:  "2024-12-01", outcome: accreditation.OutcomeMet, counted: "13.5",
		},
		{
			name: "rolling window drops the earliest activities",
			rule: accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("20"), Window: accreditation.WindowRolling, WindowMonths: 12},
			facts: accreditation.Facts{CPD: []workforce.CPDRecord{
				hoursRec("2024-03-01", "10", workforce.ActivityCourse), hoursRec("2024-09-01", "10", workforce.ActivityCourse),
			}},
			asOf: "2025-03-01", outcome: accreditation.OutcomeNotMet, counted: "10", shortfall: "10",
		},
		{
			name: "fixed cycle (SWE: 1 December to 30 November)",
			rule: accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("0"), Window: accreditation.WindowFixedCycle, WindowMonths: 12, CycleStartMonth: 12, CycleStartDay: 1, MinRecords: 2},
			facts: accreditation.Facts{CPD: []workforce.CPDRecord{
				hoursRec("2023-11-30", "1", workforce.ActivityCourse), hoursRec("2023-12-01", "1", workforce.ActivityCourse), hoursRec("2024-11-30", "1", workforce.ActivityCourse),
			}},
			asOf: "2024-11-30", outcome: accreditation.OutcomeMet, counted: "2",
		},
		{
			name: "conversion per hour, accredited only (SG supervision)",
			rule: accreditation.CPDRule{Unit: accreditation.UnitCredits, Total: cr("5"), Window: accreditation.WindowLicenceTerm,
				Conversions: []accreditation.CPDConversion{{Activity: workforce.ActivitySupervisionReceived, PerHour: dec("0.5"), AccreditedOnly: true}}},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{
				hoursRec("2023-05-01", "9", workforce.ActivitySupervisionReceived), // not accredited: 0
				{Date: d("2023-06-01"), Hours: hrs("9"), Category: workforce.CPDStructured, Activity: workforce.ActivitySupervisionReceived, Accredited: true},
			}},
			asOf: "2024-12-01", outcome: accreditation.OutcomeNotMet, counted: "4.5", shortfall: "0.5",
		},
		{
			name:  "activity types (TH: at least 2 of 4)",
			rule:  accreditation.CPDRule{Unit: accreditation.UnitHours, Total: cr("10"), Window: accreditation.WindowLicenceTerm, MinActivityTypes: 2},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{hoursRec("2023-05-01", "12", workforce.ActivityCourse)}},
			asOf:  "2024-12-01", outcome: accreditation.OutcomeNotMet, counted: "12",
		},
		{
			name: "obligation owed from the previous cycle adds to the total",
			rule: accreditation.CPDRule{Unit: accreditation.UnitCredits, Total: cr("15"), Window: accreditation.WindowLicenceTerm},
			facts: accreditation.Facts{Credentials: term, CPD: []workforce.CPDRecord{{Date: d("2023-05-01"), Credits: cr("16"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse}},
				Obligations: []accreditation.Obligation{{Kind: accreditation.ObligationCPDShortfall, SchemeID: "XX-TEST", Amount: cr("6"), Unit: accreditation.UnitCredits,
					Created: d("2022-12-15"), DueBy: d("2024-12-31")}}},
			asOf: "2024-12-01", outcome: accreditation.OutcomeNotMet, counted: "16", shortfall: "5",
		},
		{
			name:  "unconfirmed total is unknown, never not met",
			rule:  accreditation.CPDRule{Unit: accreditation.UnitCredits, Window: accreditation.WindowLicenceTerm},
			facts: accreditation.Facts{Credentials: term, KnownEmpty: []accreditation.FactList{accreditation.ListCPD}},
			asOf:  "2024-12-01", outcome: accreditation.OutcomeUnknown, counted: "0",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := c.rule
			a, err := accreditation.AssessCPD(cpdScheme(&r), c.facts, d(c.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if a.Outcome != c.outcome || a.Counted.String() != c.counted || a.CarriedIn.String() != c.carriedIn ||
				a.CarryOut.String() != c.carryOut || a.Shortfall.String() != c.shortfall {
				t.Errorf("got %s counted %s in %q out %q short %q; want %s counted %s in %q out %q short %q",
					a.Outcome, a.Counted, a.CarriedIn, a.CarryOut, a.Shortfall, c.outcome, c.counted, c.carriedIn, c.carryOut, c.shortfall)
			}
		})
	}
}

func TestCPDDeferralNeedsTheUndertakingFact(t *testing.T) {
	s := scheme(t, accreditation.SchemePHLicence)
	s.Versions[2].CPD.Total = cr("15")
	f := accreditation.Facts{
		Credentials:   []workforce.Credential{held(accreditation.SchemePHRegistration, "2010-09-01", ""), held(accreditation.SchemePHLicence, "2022-06-01", "2025-05-31")},
		CPD:           []workforce.CPDRecord{cpd("2023-03-10", "9", workforce.CPDStructured, workforce.ActivityCourse)},
		Circumstances: []accreditation.Circumstance{accreditation.CircumstanceSupervisor},
		// Working in the Philippines: the overseas exemption is derived from work.
		Work: []accreditation.WorkPeriod{{Start: d("2015-01-05"), Country: "PH"}},
	}
	// Documents unknown: the undertaking may exist, so the renewal is unknown.
	wantOutcome(t, evaluate(t, s, accreditation.PurposeRenewal, f, "2025-05-25"), accreditation.OutcomeUnknown)
	// Known to have no documents: not met.
	f.KnownEmpty = []accreditation.FactList{accreditation.ListDocuments}
	wantOutcome(t, evaluate(t, s, accreditation.PurposeRenewal, f, "2025-05-25"), accreditation.OutcomeNotMet)
}

// TestCPDTransition: PRC Res. 2019-1146 s.15.3 [S17] — a debt created
// under the 2017 undertaking owes at most the reduced total of the 2019
// rule; a debt created later is owed in full.
func TestCPDTransition(t *testing.T) {
	s := scheme(t, accreditation.SchemePHLicence)
	for i := range s.Versions {
		if s.Versions[i].CPD != nil {
			s.Versions[i].CPD.Total = cr("15") // the case's premise: the total is not confirmed
		}
	}
	facts := func(created string) accreditation.Facts {
		return accreditation.Facts{
			Credentials: []workforce.Credential{held(accreditation.SchemePHRegistration, "2010-09-01", ""), held(accreditation.SchemePHLicence, "2019-06-01", "2022-05-31")},
			CPD:         []workforce.CPDRecord{cpd("2020-03-10", "30", workforce.CPDStructured, workforce.ActivityCourse)},
			Obligations: []accreditation.Obligation{{Kind: accreditation.ObligationCPDShortfall, SchemeID: accreditation.SchemePHLicence, Amount: cr("30"),
				Unit: accreditation.UnitCredits, Created: d(created), DueBy: d("2021-12-31")}},
			KnownEmpty: []accreditation.FactList{accreditation.ListCircumstances, accreditation.ListDocuments, accreditation.ListWork},
		}
	}
	a, err := accreditation.AssessCPD(s, facts("2018-10-01"), d("2022-05-20"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Outcome != accreditation.OutcomeMet || a.Required.String() != "30" {
		t.Errorf("debt of 2018: %s, required %s; want met, 15 + 15 capped", a.Outcome, a.Required)
	}
	dec := evaluate(t, s, accreditation.PurposeRenewal, facts("2018-10-01"), "2022-05-20")
	if f := find(t, dec, "ph.pic.cpd:ph.cpd.s15_3"); f.Found != "owed 30, counted 15" || f.Path != "/obligations/0" {
		t.Errorf("transition finding %+v", f)
	}
	b, err := accreditation.AssessCPD(s, facts("2019-05-01"), d("2022-05-20"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Outcome != accreditation.OutcomeNotMet || b.Required.String() != "45" {
		t.Errorf("debt of 2019: %s, required %s; want not met, 15 + 30", b.Outcome, b.Required)
	}
}

// TestDerivedExemptions: exemptions that depend on a join date, a
// country of work or a first cycle are derived from dated facts, with
// their cut-offs, not taken from a stated circumstance.
func TestDerivedExemptions(t *testing.T) {
	ph := scheme(t, accreditation.SchemePHLicence)
	phFacts := func(registered string, work []accreditation.WorkPeriod) accreditation.Facts {
		return accreditation.Facts{
			Credentials: []workforce.Credential{held(accreditation.SchemePHRegistration, registered, ""), held(accreditation.SchemePHLicence, "2021-09-01", "2024-08-31")},
			Work:        work, KnownEmpty: []accreditation.FactList{accreditation.ListCPD},
			// A stated circumstance is not trusted: only the facts decide.
			Circumstances: []accreditation.Circumstance{accreditation.CircumstanceFirstCycle, accreditation.CircumstanceOverseas},
		}
	}
	inPH := []accreditation.WorkPeriod{{Start: d("2021-10-01"), Country: "PH"}}
	inSG := []accreditation.WorkPeriod{{Start: d("2023-01-10"), Country: "SG"}}
	for _, c := range []struct {
		name, registered, on string
		work                 []accreditation.WorkPeriod
		exempt               string // the exemption that applies, "" for none
	}{
		{"first renewal after licensure [S18]", "2021-09-01", "2024-08-15", inPH, "ph.cpd.exempt_first_cycle"},
		{"registered six years before", "2018-09-01", "2024-08-15", inPH, ""},
		{"working in Singapore [S15]", "2018-09-01", "2024-08-15", inSG, "ph.cpd.exempt_overseas"},
		{"worked abroad, now in the Philippines", "2018-09-01", "2024-08-15", []accreditation.WorkPeriod{{Start: d("2019-01-10"), End: d("2022-12-31"), Country: "SG"}, inPH[0]}, ""},
	} {
		dec := evaluate(t, ph, accreditation.PurposeRenewal, phFacts(c.registered, c.work), c.on)
		f := find(t, dec, "ph.pic.cpd")
		got := ""
		if f.Reason == accreditation.ReasonExempted {
			for _, x := range f.Conditions {
				if x.Outcome == accreditation.OutcomeMet {
					got = string(x.Code)
				}
			}
		}
		if got != c.exempt {
			t.Errorf("%s: exempted by %q (%s, %s), want %q", c.name, got, f.Outcome, f.Reason, c.exempt)
		}
	}
	// Social Work England: joined after 1 September of the renewal year
	// (from 2 September) pays the fee only [S129].
	swe := scheme(t, accreditation.SchemeSWE)
	for _, c := range []struct {
		joined string
		want   accreditation.Outcome
	}{{"2024-09-15", accreditation.OutcomeMet}, {"2024-09-01", accreditation.OutcomeNotMet}, {"2023-09-15", accreditation.OutcomeNotMet}} {
		f := accreditation.Facts{
			Credentials: []workforce.Credential{held(accreditation.SchemeSWE, c.joined, "")},
			Fees:        []accreditation.FeeRecord{{Year: 2024, Paid: d("2024-11-20")}},
			KnownEmpty:  []accreditation.FactList{accreditation.ListDocuments, accreditation.ListCPD},
		}
		if dec := evaluate(t, swe, accreditation.PurposeRenewal, f, "2024-11-20"); dec.Outcome != c.want {
			t.Errorf("joined %s: %s, want %s (unmet %v)", c.joined, dec.Outcome, c.want, codes(dec.Unmet()))
		}
	}
}
