package declaration_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/workforce"
)

func ExampleMembersOn() {
	for _, d := range []string{"1967-08-08", "2025-10-25", "2025-10-26"} {
		ms := declaration.MembersOn(workforce.MustParseDate(d))
		fmt.Printf("%s: %d members, last %s\n", d, len(ms), ms[len(ms)-1].Name)
	}
	tl, _ := declaration.MemberByCode("TLS")
	fmt.Println(tl.Alpha2, tl.Numeric, tl.Joined)
	// Output:
	// 1967-08-08: 5 members, last Thailand
	// 2025-10-25: 10 members, last Viet Nam
	// 2025-10-26: 11 members, last Viet Nam
	// TL 626 2025-10-26
}

func ExampleDeclarationApplies() {
	for _, q := range []struct {
		country workforce.CountryCode
		date    string
	}{{"VN", "2020-11-11"}, {"VN", "2021-01-01"}, {"TL", "2025-06-30"}, {"TL", "2025-12-31"}} {
		a := declaration.DeclarationApplies(q.country, workforce.MustParseDate(q.date))
		fmt.Println(q.country, q.date, a.Applies, a.Basis, a.Since, a.Confidence)
	}
	// Output:
	// VN 2020-11-11 false before_adoption 2020-11-12 partial
	// VN 2021-01-01 true adopting_member 2020-11-12 confirmed
	// TL 2025-06-30 false not_member 2025-10-26 confirmed
	// TL 2025-12-31 true acceding_member 2025-10-26 unconfirmed
}

// A commitment keeps the Declaration's own words beside this package's
// summary (empty here: the official text has not been retrieved) and its
// confidence follows from what corroborates it: a report of the
// Declaration raises it to partial, context alone does not.
func ExampleCommitmentByID() {
	c, _ := declaration.CommitmentByID(declaration.C03Regulation)
	fmt.Println(c.Number, c.Title)
	fmt.Println(c.Level, c.Pillars, c.Confidence)
	fmt.Println(c.Indicators)
	fmt.Printf("wording: %q\n", c.Wording)
	for _, k := range c.Corroborations {
		fmt.Println(k.Kind, "-", k.Says)
	}
	// Output:
	// 3 Accreditation, certification, registration and licensing
	// national [developing supporting] partial
	// [GOV-REGULATOR GOV-CURRICULUM-STANDARDS SW-LIC-SHARE CPD-COMPL]
	// wording: ""
	// context - The Roadmap works through seven priority sectors to realise the eleven commitments of ASEAN leaders: the count, not this commitment's place or scope.
	// declaration_report - The Declaration commits member states to invest in the workforce by, among other things, professionalising it.
}

func ExampleEvaluateTarget() {
	plan := declaration.VietNamDecision112()
	src := declaration.Citation{Title: "Provincial report"}
	data := declaration.ProgressData{
		AsOf: workforce.MustParseDate("2025-12-31"),
		Observations: []declaration.Observation{
			// Cà Mau before the 2025 merger: its own plan asks for 70 %;
			// judged after the merger, the figure is flagged.
			{Country: "VN", Area: "VN-59", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2024-12-31"),
				Value: workforce.MustParseDecimal("65.0"), Source: src},
			// Bắc Ninh after absorbing Bắc Giang on 2025-07-01.
			{Country: "VN", Area: "VN-56", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2025-12-31"),
				Value: workforce.MustParseDecimal("61.2"), Source: src},
			{Country: "VN", Indicator: "VN112-PEOPLE-SUPPORTED", Date: workforce.MustParseDate("2025-12-31"),
				Value: workforce.MustParseDecimal("1200000"), Source: src},
		},
		// The shipped 2025 mergers apply without being passed.
	}
	for _, area := range []workforce.AreaCode{"VN-59", "VN-56", ""} {
		r, err := declaration.EvaluateTarget(plan, "VN-112-01a", area, data)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%q: %s", r.Area, r.Outcome)
		if r.Reason != "" {
			fmt.Printf(" (%s)", r.Reason)
		}
		fmt.Printf("\n  %s\n", r.Message)
	}
	r, _ := declaration.EvaluateTarget(plan, "VN-112-04b", "", data)
	fmt.Println(r.Outcome, r.Reason, r.Confidence)
	// Output:
	// "VN-59": not_met
	//   observed 65.0 on 2024-12-31 does not meet the required ≥ 70 by 2025; the figure predates VN-55 merged into VN-59 on 2025-07-01 and describes the former boundaries
	// "VN-56": needs_remapping (area_changed)
	//   VN-54 merged into VN-56 on 2025-07-01 after the plan was issued on 2021-01-22; remap the observation of 2025-12-31 to the plan's areas
	// "": unknown (no_observation)
	//   no observation on or before 2025-12-31
	// unknown threshold_unknown unconfirmed
}

func ExampleEvaluatePlan() {
	plan := declaration.VietNamDecision966()
	src := declaration.Citation{Title: "Ministry report"}
	data := declaration.ProgressData{
		AsOf: workforce.MustParseDate("2025-12-31"),
		Observations: []declaration.Observation{
			// Half-way between the 2020 baseline (45,000, published in the
			// plan) and 2030 (65,000) the straight line is at 55,000.
			{Country: "VN", Indicator: "VN966-PEOPLE-CARED", Date: workforce.MustParseDate("2025-12-31"),
				Value: workforce.MustParseDecimal("54000"), Source: src},
			{Country: "VN", Indicator: "VN966-FAC-TOTAL", Date: workforce.MustParseDate("2025-12-31"),
				Value: workforce.MustParseDecimal("731"), Source: src},
		},
	}
	progress, err := declaration.EvaluatePlan(plan, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range progress.Evaluations {
		if r.Outcome != declaration.OutcomeUnknown {
			fmt.Printf("%s %s %s expected=%q\n", r.Target, r.Outcome, r.Trajectory, r.Expected)
		}
	}
	fmt.Println("met", progress.Met, "not met", progress.NotMet, "unknown", progress.Unknown)
	// Output:
	// VN-966-01 met on_track expected=""
	// VN-966-03 not_met off_track expected="55000.0000"
	// met 1 not met 1 unknown 9
}

func ExampleScoreAssessment() {
	a := declaration.Assessment{
		Country:     "KH",
		PeriodStart: workforce.MustParseDate("2024-01-01"),
		PeriodEnd:   workforce.MustParseDate("2024-12-31"),
		Commitments: []declaration.CommitmentAssessment{
			{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusAchieved,
				Evidence: []declaration.Citation{{Title: "Strategic Plan on Social Service Workforce 2022-2031", Date: workforce.MustParseDate("2022-04-04")}}},
			{Commitment: declaration.C03Regulation, Status: declaration.StatusPlanned},
			{Commitment: declaration.C07Resources, Status: declaration.StatusInProgress},
		},
	}
	sc, err := declaration.ScoreAssessment(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range sc.Commitments {
		fmt.Println(c.Commitment, c.Status, c.Score)
	}
	fmt.Println("overall", sc.Overall, "from", sc.Points, "/", sc.MaxPoints, "missing", len(sc.Missing))
	// Output:
	// c02_strategic_plan achieved 100.00
	// c03_regulation planned 33.33
	// c07_resources in_progress 66.67
	// overall 66.67 from 6 / 9 missing 8
}

func ExampleRollUp() {
	period := func(c workforce.CountryCode, st ...declaration.ImplementationStatus) declaration.Scorecard {
		a := declaration.Assessment{Country: c, PeriodStart: workforce.MustParseDate("2025-01-01"), PeriodEnd: workforce.MustParseDate("2025-12-31")}
		for i, s := range st {
			a.Commitments = append(a.Commitments, declaration.CommitmentAssessment{Commitment: declaration.CommitmentIDs()[i], Status: s})
		}
		sc, err := declaration.ScoreAssessment(a)
		if err != nil {
			panic(err)
		}
		return sc
	}
	cards := []declaration.Scorecard{
		period("VN", declaration.StatusAchieved, declaration.StatusAchieved, declaration.StatusInProgress),
		period("TL", declaration.StatusPlanned),
	}
	r, err := declaration.RollUp(cards)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Countries {
		fmt.Println(c.Country, c.Overall, c.BasisConfidence)
	}
	fmt.Println("C01:", r.Commitments[0].Score, "countries", r.Commitments[0].Countries)
	fmt.Println("overall", r.Overall, "=", r.Points, "/", r.MaxPoints, "missing", r.Missing)
	// Output:
	// TL 33.33 unconfirmed
	// VN 88.89 confirmed
	// C01: 66.67 countries 2
	// overall 75.00 = 9 / 12 missing [BN ID KH LA MM MY PH SG TH]
}

func ExampleAssessment_Validate() {
	doc := `{"country":"TL","period_start":"2025-01-01","period_end":"2025-12-31",
	  "commitments":[
	    {"commitment":"c01_legal_framework","status":"planned",
	     "observations":[{"country":"TL","indicator":"GOV-SW-LAW","date":"2025-03-31","policy":"no","source":{"title":"Ministry note"}}]},
	    {"commitment":"c01_legal_framework","status":"achieved"},
	    {"commitment":"c12_unknown","status":"achieved"}]}`
	var a declaration.Assessment
	if err := workforce.Decode([]byte(doc), &a); err != nil {
		fmt.Println(err)
		return
	}
	err := a.Validate()
	var ps workforce.Problems
	errors.As(err, &ps)
	for _, p := range ps {
		fmt.Println(p.Code, p.Path)
	}
	// Output:
	// not_member /commitments/0/observations/0/country
	// duplicate /commitments/1/commitment
	// not_supported /commitments/2/commitment
}

func ExampleScorecard_json() {
	sc, _ := declaration.ScoreAssessment(declaration.Assessment{
		Country: "PH", PeriodStart: workforce.MustParseDate("2024-01-01"), PeriodEnd: workforce.MustParseDate("2024-12-31"),
		Commitments: []declaration.CommitmentAssessment{{Commitment: declaration.C05ProfessionalBodies, Status: declaration.StatusAchieved}},
	})
	sc.Missing = nil // shorten the output
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(sc)
	// Output:
	// {
	//   "country": "PH",
	//   "period_start": "2024-01-01",
	//   "period_end": "2024-12-31",
	//   "method": "status_points_v1",
	//   "basis": "adopting_member",
	//   "basis_confidence": "confirmed",
	//   "commitments": [
	//     {
	//       "commitment": "c05_professional_bodies",
	//       "status": "achieved",
	//       "points": 3,
	//       "max_points": 3,
	//       "score": "100.00",
	//       "evidence": 0
	//     }
	//   ],
	//   "assessed": 1,
	//   "points": 3,
	//   "max_points": 3,
	//   "status": "scored",
	//   "overall": "100.00"
	// }
}
