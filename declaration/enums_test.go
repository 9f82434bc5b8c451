package declaration_test

import (
	"slices"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/workforce"
)

// enumer is the method set every enumeration of the package shares.
type enumer interface {
	IsValid() bool
	Title() string
	CheckValue() (code, param, message string)
	EnumValues() []string
}

func checkEnum[T interface {
	~string
	enumer
}](t *testing.T, values []T) {
	t.Helper()
	if len(values) == 0 {
		t.Fatal("no values")
	}
	var zero T
	wire := zero.EnumValues()
	if len(wire) != len(values) {
		t.Fatalf("EnumValues has %d entries, Values %d", len(wire), len(values))
	}
	for i, v := range values {
		if string(v) != wire[i] || !v.IsValid() || v.Title() == "" {
			t.Errorf("value %q: wire %q valid %v title %q", v, wire[i], v.IsValid(), v.Title())
		}
		if code, _, _ := v.CheckValue(); code != "" {
			t.Errorf("value %q fails its own check: %s", v, code)
		}
		for _, c := range string(v) {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
				t.Errorf("value %q is not snake_case", v)
				break
			}
		}
	}
	if slices.Contains(values, zero) || zero.IsValid() {
		t.Error("the empty value is in the table")
	}
	bad := T("not_a_value")
	if code, param, msg := bad.CheckValue(); code != declaration.CodeNotSupported || param == "" || msg == "" || bad.IsValid() || bad.Title() != "" {
		t.Errorf("unknown value: %q %q %q", code, param, msg)
	}
}

func TestEnumerations(t *testing.T) {
	t.Run("Confidence", func(t *testing.T) { checkEnum(t, declaration.ConfidenceValues()) })
	t.Run("Pillar", func(t *testing.T) { checkEnum(t, declaration.PillarValues()) })
	t.Run("CommitmentLevel", func(t *testing.T) { checkEnum(t, declaration.CommitmentLevelValues()) })
	t.Run("CommunityPillar", func(t *testing.T) { checkEnum(t, declaration.CommunityPillarValues()) })
	t.Run("BodyKind", func(t *testing.T) { checkEnum(t, declaration.BodyKindValues()) })
	t.Run("InstrumentKind", func(t *testing.T) { checkEnum(t, declaration.InstrumentKindValues()) })
	t.Run("EndorsementLevel", func(t *testing.T) { checkEnum(t, declaration.EndorsementLevelValues()) })
	t.Run("ApplicabilityBasis", func(t *testing.T) { checkEnum(t, declaration.ApplicabilityBasisValues()) })
	t.Run("Comparator", func(t *testing.T) { checkEnum(t, declaration.ComparatorValues()) })
	t.Run("TargetReach", func(t *testing.T) { checkEnum(t, declaration.TargetReachValues()) })
	t.Run("PolicyValue", func(t *testing.T) { checkEnum(t, declaration.PolicyValueValues()) })
	t.Run("AreaChangeKind", func(t *testing.T) { checkEnum(t, declaration.AreaChangeKindValues()) })
	t.Run("TargetOutcome", func(t *testing.T) { checkEnum(t, declaration.TargetOutcomeValues()) })
	t.Run("Trajectory", func(t *testing.T) { checkEnum(t, declaration.TrajectoryValues()) })
	t.Run("EvaluationReason", func(t *testing.T) { checkEnum(t, declaration.EvaluationReasonValues()) })
	t.Run("ImplementationStatus", func(t *testing.T) { checkEnum(t, declaration.ImplementationStatusValues()) })
	t.Run("ScoreStatus", func(t *testing.T) { checkEnum(t, declaration.ScoreStatusValues()) })
	t.Run("CommitmentID", func(t *testing.T) { checkEnum(t, declaration.CommitmentIDs()) })
}

func TestStatusPointsAndWeakest(t *testing.T) {
	for i, s := range declaration.ImplementationStatusValues() {
		if s.Points() != i {
			t.Errorf("%s has %d points, want %d", s, s.Points(), i)
		}
	}
	if declaration.ImplementationStatus("x").Points() != -1 {
		t.Error("unknown status has points")
	}
	tests := []struct {
		in   []declaration.Confidence
		want declaration.Confidence
	}{
		{nil, declaration.ConfidenceConfirmed},
		{[]declaration.Confidence{declaration.ConfidenceConfirmed, declaration.ConfidencePartial}, declaration.ConfidencePartial},
		{[]declaration.Confidence{declaration.ConfidencePartial, declaration.ConfidenceUnconfirmed, declaration.ConfidenceConfirmed}, declaration.ConfidenceUnconfirmed},
		{[]declaration.Confidence{"", declaration.ConfidenceConfirmed}, declaration.ConfidenceConfirmed},
	}
	for _, tt := range tests {
		if got := declaration.Weakest(tt.in...); got != tt.want {
			t.Errorf("Weakest(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestErrorMessages(t *testing.T) {
	_, assessErr := declaration.ScoreAssessment(declaration.Assessment{Country: "JP",
		PeriodStart: workforce.MustParseDate("2024-01-01"), PeriodEnd: workforce.MustParseDate("2024-12-31")})
	_, targetErr := declaration.EvaluateTarget(declaration.VietNamDecision112(), "VN-112-99", "", declaration.ProgressData{AsOf: workforce.MustParseDate("2025-01-01")})
	_, rollErr := declaration.RollUp(nil)
	tests := []struct {
		err  error
		want string
	}{
		{assessErr, `declaration: invalid assessment: 1 problem: /country: was not an ASEAN member state on 2024-12-31 (value "JP")`},
		{targetErr, `declaration: unknown target "VN-112-99" in plan VN.decision-112-2021`},
		{rollErr, `declaration: invalid scorecards: 1 problem: (document): at least one scorecard is needed`},
	}
	for _, tt := range tests {
		if tt.err == nil || tt.err.Error() != tt.want {
			t.Errorf("message\n%v\nwant\n%s", tt.err, tt.want)
		}
	}
}
