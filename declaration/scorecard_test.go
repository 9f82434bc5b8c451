package declaration_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func baseAssessment() declaration.Assessment {
	return declaration.Assessment{
		Country: "VN", PeriodStart: workforce.MustParseDate("2024-01-01"), PeriodEnd: workforce.MustParseDate("2024-12-31"),
		Assessor: "Review team",
		Commitments: []declaration.CommitmentAssessment{
			{Commitment: declaration.C01LegalFramework, Status: declaration.StatusAchieved,
				Evidence:     []declaration.Citation{{Title: "Decree 110/2024/ND-CP on social work", URL: "https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Nghi-dinh-Cong-tac-xa-hoi-513344.aspx", Date: workforce.MustParseDate("2024-08-30")}},
				Observations: []declaration.Observation{policyObs("VN", indicators.GovSWLaw, "2024-08-30", declaration.PolicyYes)}},
			{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusInProgress,
				Observations: []declaration.Observation{obs("VN", "", indicators.SSWDenPop, "2023-12-31", "235.7")}},
			{Commitment: declaration.C10PublicPerception, Status: declaration.StatusPlanned},
		},
	}
}

func TestAssessmentBadInput(t *testing.T) {
	tests := []struct {
		name   string
		change func(*declaration.Assessment)
		code   string
		path   string
	}{
		{"duplicate commitment", func(a *declaration.Assessment) { a.Commitments[2].Commitment = declaration.C01LegalFramework }, declaration.CodeDuplicate, "/commitments/2/commitment"},
		{"unknown commitment", func(a *declaration.Assessment) { a.Commitments[2].Commitment = "c12_future" }, declaration.CodeNotSupported, "/commitments/2/commitment"},
		{"missing status", func(a *declaration.Assessment) { a.Commitments[2].Status = "" }, declaration.CodeRequired, "/commitments/2/status"},
		{"unknown status", func(a *declaration.Assessment) { a.Commitments[2].Status = "done" }, declaration.CodeNotSupported, "/commitments/2/status"},
		{"unknown indicator", func(a *declaration.Assessment) { a.Commitments[1].Observations[0].Indicator = "SSW-DEN-NOPE" }, declaration.CodeUnknownIndicator, "/commitments/1/observations/0/indicator"},
		{"observation of another country", func(a *declaration.Assessment) { a.Commitments[1].Observations[0].Country = "KH" }, declaration.CodeInconsistent, "/commitments/1/observations/0/country"},
		{"observation after the period", func(a *declaration.Assessment) {
			a.Commitments[1].Observations[0].Date = workforce.MustParseDate("2025-01-01")
		}, declaration.CodeOutOfPeriod, "/commitments/1/observations/0/date"},
		{"number for a policy indicator", func(a *declaration.Assessment) {
			a.Commitments[0].Observations[0] = obs("VN", "", indicators.GovSWLaw, "2024-08-30", "1")
		}, declaration.CodeKindMismatch, "/commitments/0/observations/0/value"},
		{"policy for a number", func(a *declaration.Assessment) {
			a.Commitments[1].Observations[0] = policyObs("VN", indicators.SSWDenPop, "2024-08-30", declaration.PolicyYes)
		}, declaration.CodeKindMismatch, "/commitments/1/observations/0/policy"},
		{"period ends before it starts", func(a *declaration.Assessment) { a.PeriodEnd = workforce.MustParseDate("2023-12-31") }, declaration.CodeDateOrder, "/period_end"},
		{"not a member", func(a *declaration.Assessment) {
			a.Country = "JP"
			a.Commitments = nil
		}, declaration.CodeNotMember, "/country"},
		{"Timor-Leste before joining", func(a *declaration.Assessment) {
			a.Country = "TL"
			a.Commitments = nil
		}, declaration.CodeNotMember, "/country"},
		{"before the Declaration", func(a *declaration.Assessment) {
			a.PeriodStart, a.PeriodEnd = workforce.MustParseDate("2019-01-01"), workforce.MustParseDate("2019-12-31")
			a.Commitments = nil
		}, declaration.CodeNotApplicable, "/period_end"},
		{"evidence without title", func(a *declaration.Assessment) { a.Commitments[0].Evidence[0].Title = "" }, declaration.CodeRequired, "/commitments/0/evidence/0/title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := baseAssessment()
			tt.change(&a)
			wantProblem(t, a.Validate(), tt.code, tt.path)
			_, err := declaration.ScoreAssessment(a)
			if !errors.Is(err, declaration.ErrInvalidAssessment) {
				t.Errorf("ScoreAssessment err = %v", err)
			}
		})
	}
}

func TestTimorLesteAssessment(t *testing.T) {
	a := declaration.Assessment{Country: "TL", PeriodStart: workforce.MustParseDate("2025-01-01"), PeriodEnd: workforce.MustParseDate("2025-12-31"),
		Commitments: []declaration.CommitmentAssessment{{Commitment: declaration.C08RegionalNetworks, Status: declaration.StatusPlanned,
			Observations: []declaration.Observation{policyObs("TL", indicators.GovRegionalNetwork, "2025-11-30", declaration.PolicyPartial)}}}}
	sc, err := declaration.ScoreAssessment(a)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Basis != declaration.BasisAccedingMember || sc.BasisConfidence != declaration.ConfidenceUnconfirmed {
		t.Errorf("basis %s %s", sc.Basis, sc.BasisConfidence)
	}
	a.Commitments[0].Observations[0].Date = workforce.MustParseDate("2025-10-25")
	wantProblem(t, a.Validate(), declaration.CodeNotMember, "/commitments/0/observations/0/country")
}

func TestScoreAssessment(t *testing.T) {
	sc, err := declaration.ScoreAssessment(baseAssessment())
	if err != nil {
		t.Fatal(err)
	}
	if err := sc.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id       declaration.CommitmentID
		points   int
		score    string
		evidence int
	}{
		{declaration.C01LegalFramework, 3, "100.00", 2},
		{declaration.C02StrategicPlan, 2, "66.67", 1},
		{declaration.C10PublicPerception, 1, "33.33", 0},
	}
	if len(sc.Commitments) != len(want) {
		t.Fatalf("%d commitment scores", len(sc.Commitments))
	}
	for i, w := range want {
		c := sc.Commitments[i]
		if c.Commitment != w.id || c.Points != w.points || c.Score.String() != w.score || c.Evidence != w.evidence || c.MaxPoints != 3 {
			t.Errorf("score %d = %+v", i, c)
		}
	}
	if sc.Points != 6 || sc.MaxPoints != 9 || sc.Overall.String() != "66.67" || sc.Status != declaration.ScoreDefined || sc.Assessed != 3 || len(sc.Missing) != 8 {
		t.Errorf("totals %+v", sc)
	}
	if sc.Missing[0] != declaration.C03Regulation || sc.Missing[7] != declaration.C11CrossPillar {
		t.Errorf("missing %v", sc.Missing)
	}
	if c, ok := sc.Score(declaration.C02StrategicPlan); !ok || c.Points != 2 {
		t.Errorf("Score(c02) = %+v %v", c, ok)
	}
	if _, ok := sc.Score(declaration.C03Regulation); ok {
		t.Error("Score(c03) found an unassessed commitment")
	}
}

func TestScoreNothingAssessed(t *testing.T) {
	a := baseAssessment()
	a.Commitments = nil
	sc, err := declaration.ScoreAssessment(a)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Status != declaration.ScoreUndefined || !sc.Overall.IsZero() || len(sc.Missing) != 11 || sc.MaxPoints != 0 {
		t.Errorf("empty assessment scored %+v", sc)
	}
	if err := sc.Validate(); err != nil {
		t.Fatal(err)
	}
	r, err := declaration.RollUp([]declaration.Scorecard{sc})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != declaration.ScoreUndefined || !r.Overall.IsZero() || r.Commitments[0].Status != declaration.ScoreUndefined {
		t.Errorf("roll-up of nothing %+v", r)
	}
}

func TestScorecardValidateTampering(t *testing.T) {
	good, err := declaration.ScoreAssessment(baseAssessment())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*declaration.Scorecard)
		code   string
		path   string
	}{
		{"score inflated", func(s *declaration.Scorecard) { s.Commitments[1].Score = workforce.MustParseDecimal("70") }, declaration.CodeMismatch, "/commitments/1/score"},
		{"points do not match status", func(s *declaration.Scorecard) { s.Commitments[2].Points = 3 }, declaration.CodeMismatch, "/commitments/2/points"},
		{"overall inflated", func(s *declaration.Scorecard) { s.Overall = workforce.MustParseDecimal("80.00") }, declaration.CodeMismatch, "/overall"},
		{"totals wrong", func(s *declaration.Scorecard) { s.Points = 7 }, declaration.CodeMismatch, "/points"},
		{"missing commitment not listed", func(s *declaration.Scorecard) { s.Missing = s.Missing[1:] }, declaration.CodeInconsistent, "/missing"},
		{"scored commitment listed missing", func(s *declaration.Scorecard) {
			s.Missing = append(s.Missing, declaration.C01LegalFramework)
		}, declaration.CodeInconsistent, "/missing/8"},
		{"duplicate score", func(s *declaration.Scorecard) { s.Commitments[2].Commitment = declaration.C01LegalFramework }, declaration.CodeDuplicate, "/commitments/2/commitment"},
		{"other method", func(s *declaration.Scorecard) { s.Method = "weighted_v2" }, declaration.CodeMethod, "/method"},
		{"wrong basis", func(s *declaration.Scorecard) { s.Basis = declaration.BasisAccedingMember }, declaration.CodeInconsistent, "/basis"},
		{"undefined with a value", func(s *declaration.Scorecard) { s.Status = declaration.ScoreUndefined }, declaration.CodeMismatch, "/status"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := json.Marshal(good)
			var s declaration.Scorecard
			if err := workforce.Decode(b, &s); err != nil {
				t.Fatal(err)
			}
			tt.change(&s)
			wantProblem(t, s.Validate(), tt.code, tt.path)
		})
	}
}

// fataler is what scorecardFor needs of *testing.T and *rapid.T.
type fataler interface {
	Helper()
	Fatal(args ...any)
}

func scorecardFor(t fataler, c workforce.CountryCode, statuses map[declaration.CommitmentID]declaration.ImplementationStatus) declaration.Scorecard {
	t.Helper()
	a := declaration.Assessment{Country: c, PeriodStart: workforce.MustParseDate("2025-01-01"), PeriodEnd: workforce.MustParseDate("2025-12-31")}
	for _, id := range declaration.CommitmentIDs() {
		if s, ok := statuses[id]; ok {
			a.Commitments = append(a.Commitments, declaration.CommitmentAssessment{Commitment: id, Status: s})
		}
	}
	sc, err := declaration.ScoreAssessment(a)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestRollUpTable(t *testing.T) {
	vn := scorecardFor(t, "VN", map[declaration.CommitmentID]declaration.ImplementationStatus{
		declaration.C01LegalFramework: declaration.StatusAchieved, declaration.C02StrategicPlan: declaration.StatusAchieved,
		declaration.C03Regulation: declaration.StatusInProgress,
	})
	kh := scorecardFor(t, "KH", map[declaration.CommitmentID]declaration.ImplementationStatus{
		declaration.C01LegalFramework: declaration.StatusPlanned, declaration.C02StrategicPlan: declaration.StatusAchieved,
	})
	my := scorecardFor(t, "MY", map[declaration.CommitmentID]declaration.ImplementationStatus{
		declaration.C01LegalFramework: declaration.StatusInProgress,
	})
	r, err := declaration.RollUp([]declaration.Scorecard{vn, kh, my})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	c01 := r.Commitments[0]
	if c01.Countries != 3 || c01.Achieved != 1 || c01.InProgress != 1 || c01.Planned != 1 || c01.Points != 6 || c01.MaxPoints != 9 || c01.Score.String() != "66.67" {
		t.Errorf("c01 %+v", c01)
	}
	if c11 := r.Commitments[10]; c11.Status != declaration.ScoreUndefined || !c11.Score.IsZero() || c11.Countries != 0 {
		t.Errorf("c11 %+v", c11)
	}
	// 8 + 4 + 2 = 14 points of 9 + 6 + 3 = 18.
	if r.Points != 14 || r.MaxPoints != 18 || r.Overall.String() != "77.78" {
		t.Errorf("totals %d/%d %s", r.Points, r.MaxPoints, r.Overall)
	}
	if got := []string{string(r.Countries[0].Country), string(r.Countries[1].Country), string(r.Countries[2].Country)}; got[0] != "KH" || got[1] != "MY" || got[2] != "VN" {
		t.Errorf("countries not sorted: %v", got)
	}
	if len(r.Missing) != 8 {
		t.Errorf("missing %v (TL is a member on 2025-12-31)", r.Missing)
	}
}

func TestRollUpBadInput(t *testing.T) {
	vn := scorecardFor(t, "VN", map[declaration.CommitmentID]declaration.ImplementationStatus{declaration.C01LegalFramework: declaration.StatusAchieved})
	other := vn
	other.PeriodEnd = workforce.MustParseDate("2025-06-30")
	tests := []struct {
		name  string
		cards []declaration.Scorecard
		code  string
		path  string
	}{
		{"none", nil, declaration.CodeRequired, ""},
		{"duplicate country", []declaration.Scorecard{vn, vn}, declaration.CodeDuplicate, "/1/country"},
		{"different period", []declaration.Scorecard{vn, other}, declaration.CodeInconsistent, "/1/period_start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := declaration.RollUp(tt.cards)
			if !errors.Is(err, declaration.ErrInvalidScorecard) {
				t.Errorf("err = %v", err)
			}
			wantProblem(t, err, tt.code, tt.path)
		})
	}
}

func TestMergeBadInput(t *testing.T) {
	vn := scorecardFor(t, "VN", map[declaration.CommitmentID]declaration.ImplementationStatus{declaration.C01LegalFramework: declaration.StatusAchieved})
	r, err := declaration.RollUp([]declaration.Scorecard{vn})
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Merge(r)
	wantProblem(t, err, declaration.CodeDuplicate, "/1/countries/0/country")
	bad := r
	bad.Points++
	_, err = r.Merge(bad)
	wantProblem(t, err, declaration.CodeMismatch, "/1/points")
}

func TestRegionalValidateTampering(t *testing.T) {
	vn := scorecardFor(t, "VN", map[declaration.CommitmentID]declaration.ImplementationStatus{declaration.C01LegalFramework: declaration.StatusAchieved})
	good, err := declaration.RollUp([]declaration.Scorecard{vn})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*declaration.RegionalScorecard)
		code   string
		path   string
	}{
		{"member neither scored nor missing", func(r *declaration.RegionalScorecard) { r.Missing = r.Missing[1:] }, declaration.CodeInconsistent, "/missing"},
		{"non-member listed", func(r *declaration.RegionalScorecard) { r.Missing = append(r.Missing, "JP") }, declaration.CodeNotMember, "/missing/10"},
		{"status counts off", func(r *declaration.RegionalScorecard) { r.Commitments[0].Achieved = 2 }, declaration.CodeMismatch, "/commitments/0/countries"},
		{"commitment dropped", func(r *declaration.RegionalScorecard) { r.Commitments = r.Commitments[:10] }, declaration.CodeRequired, "/commitments"},
		{"overall inflated", func(r *declaration.RegionalScorecard) { r.Overall = workforce.MustParseDecimal("99") }, declaration.CodeMismatch, "/overall"},
		{"country max points", func(r *declaration.RegionalScorecard) { r.Countries[0].MaxPoints = 6 }, declaration.CodeMismatch, "/countries/0/max_points"},
		{"country basis confidence", func(r *declaration.RegionalScorecard) {
			r.Countries[0].BasisConfidence = declaration.ConfidenceUnconfirmed
		}, declaration.CodeInconsistent, "/countries/0/basis_confidence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := json.Marshal(good)
			var r declaration.RegionalScorecard
			if err := workforce.Decode(b, &r); err != nil {
				t.Fatal(err)
			}
			tt.change(&r)
			wantProblem(t, r.Validate(), tt.code, tt.path)
		})
	}
}
