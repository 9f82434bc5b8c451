package declaration_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func TestCommitmentsOrderAndIDs(t *testing.T) {
	want := []declaration.CommitmentID{
		"c01_legal_framework", "c02_strategic_plan", "c03_regulation", "c04_coordination",
		"c05_professional_bodies", "c06_retention", "c07_resources", "c08_regional_networks",
		"c09_regional_standards", "c10_public_perception", "c11_cross_pillar",
	}
	cs := declaration.Commitments()
	if len(cs) != 11 {
		t.Fatalf("got %d commitments, want 11", len(cs))
	}
	for i, c := range cs {
		if c.ID != want[i] || c.Number != i+1 || c.ID.Number() != i+1 {
			t.Errorf("commitment %d: id %s number %d, want %s %d", i, c.ID, c.Number, want[i], i+1)
		}
		if c.Title == "" || c.Summary == "" || !c.Level.IsValid() || !c.Confidence.IsValid() || len(c.Pillars) == 0 || len(c.Sources) == 0 {
			t.Errorf("%s: incomplete: %+v", c.ID, c)
		}
		for _, p := range c.Pillars {
			if !p.IsValid() {
				t.Errorf("%s: pillar %q", c.ID, p)
			}
		}
	}
	if !slices.Equal(declaration.CommitmentIDs(), want) {
		t.Errorf("CommitmentIDs() = %v", declaration.CommitmentIDs())
	}
}

// TestCommitmentIndicatorsExist is the check the issue asks for: every
// indicator a commitment links exists in the indicators catalogue.
func TestCommitmentIndicatorsExist(t *testing.T) {
	for _, c := range declaration.Commitments() {
		if len(c.Indicators) == 0 {
			t.Errorf("%s links no indicator", c.ID)
		}
		policy := 0
		seen := map[indicators.IndicatorID]bool{}
		for _, id := range c.Indicators {
			d, ok := indicators.Lookup(id)
			if !ok {
				t.Errorf("%s links %s, which the catalogue does not define", c.ID, id)
				continue
			}
			if seen[id] {
				t.Errorf("%s links %s twice", c.ID, id)
			}
			seen[id] = true
			if d.Kind == indicators.KindPolicy {
				policy++
			}
		}
		if policy == 0 {
			t.Errorf("%s links no policy-status indicator", c.ID)
		}
		if d, _ := indicators.Lookup(c.Indicators[0]); d.Kind != indicators.KindPolicy {
			t.Errorf("%s: the first linked indicator %s is not a policy-status indicator", c.ID, c.Indicators[0])
		}
	}
}

// TestEveryAgreedIndicatorLinked checks that each indicator named in the
// team's decision is linked by at least one commitment.
func TestEveryAgreedIndicatorLinked(t *testing.T) {
	agreed := []indicators.IndicatorID{
		"SSW-DEN-POP", "SSW-DEN-CHILD", "SW-DEN-POP", "SW-DEN-CHILD", "SSW-POP-PER-WORKER", "SSW-CHILD-PER-WORKER",
		"SSW-PER-UNIT", "SSW-UNIT-COVERAGE", "SSW-NORM-REQ", "SSW-NORM-GAP", "SSW-NORM-ATTAIN", "SSW-POST-VAC",
		"SSW-POST-FILL", "SSW-SHARE-GOV", "SSW-SHARE-CADRE", "SSW-SHARE-FEMALE", "SSW-AGE-MEDIAN", "SSW-QUAL-SW",
		"SW-LIC-SHARE", "CPD-COMPL", "SUP-RATIO", "RET-ATTRITION", "SSW-GROWTH",
		"GOV-SW-LAW", "GOV-REGULATOR", "GOV-ETHICS-CODE", "GOV-COSTED-PLAN", "GOV-HRIS", "GOV-ASSOCIATION",
		"GOV-CAREER-PATH", "GOV-BUDGET-LINE", "GOV-COMPETENCY-FRAMEWORK", "GOV-CURRICULUM-STANDARDS",
		"GOV-SUPERVISION-GUIDELINES", "GOV-INTERAGENCY", "GOV-REGIONAL-NETWORK", "GOV-RECOGNITION", "GOV-AWARENESS",
	}
	for _, id := range agreed {
		if len(declaration.CommitmentsFor(id)) == 0 {
			t.Errorf("%s is linked by no commitment", id)
		}
	}
	if got := declaration.CommitmentsFor("GOV-SW-LAW"); !slices.Equal(got, []declaration.CommitmentID{declaration.C01LegalFramework}) {
		t.Errorf("CommitmentsFor(GOV-SW-LAW) = %v", got)
	}
	if got := declaration.CommitmentsFor("NOT-AN-ID"); got != nil {
		t.Errorf("CommitmentsFor(unknown) = %v", got)
	}
}

func TestCommitmentsAreFresh(t *testing.T) {
	a := declaration.Commitments()
	a[0].Indicators[0] = "CHANGED-ID"
	a[0].Sources[0].Title = "changed"
	b := declaration.Commitments()
	if b[0].Indicators[0] != indicators.GovSWLaw || b[0].Sources[0].Title == "changed" {
		t.Error("Commitments shares state between calls")
	}
	c, ok := declaration.CommitmentByID(declaration.C11CrossPillar)
	if !ok || c.Number != 11 || c.Level != declaration.LevelRegional {
		t.Errorf("CommitmentByID(c11) = %+v, %v", c, ok)
	}
	if _, ok := declaration.CommitmentByID("c12_none"); ok {
		t.Error("CommitmentByID accepted an unknown ID")
	}
}

func TestMembershipTable(t *testing.T) {
	tests := []struct {
		name    string
		country workforce.CountryCode
		date    string
		member  bool
	}{
		{"founder on founding day", "TH", "1967-08-08", true},
		{"founder the day before", "TH", "1967-08-07", false},
		{"Brunei joins", "BN", "1984-01-07", true},
		{"Brunei the day before", "BN", "1984-01-06", false},
		{"Viet Nam joins", "VN", "1995-07-28", true},
		{"Viet Nam the day before", "VN", "1995-07-27", false},
		{"Lao PDR joins", "LA", "1997-07-23", true},
		{"Myanmar joins", "MM", "1997-07-23", true},
		{"Cambodia joins", "KH", "1999-04-30", true},
		{"Cambodia the day before", "KH", "1999-04-29", false},
		{"Timor-Leste the day before", "TL", "2025-10-25", false},
		{"Timor-Leste joins", "TL", "2025-10-26", true},
		{"not a member", "JP", "2025-10-26", false},
		{"unset date", "VN", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d workforce.CivilDate
			if tt.date != "" {
				d = workforce.MustParseDate(tt.date)
			}
			if got := declaration.IsMemberOn(tt.country, d); got != tt.member {
				t.Errorf("IsMemberOn(%s, %s) = %v, want %v", tt.country, tt.date, got, tt.member)
			}
		})
	}
}

func TestMembersOnCounts(t *testing.T) {
	for date, n := range map[string]int{"1967-08-07": 0, "1967-08-08": 5, "1984-01-07": 6, "1995-07-28": 7, "1997-07-23": 9, "1999-04-30": 10, "2020-11-12": 10, "2025-10-26": 11} {
		if got := len(declaration.MembersOn(workforce.MustParseDate(date))); got != n {
			t.Errorf("MembersOn(%s) has %d members, want %d", date, got, n)
		}
	}
}

func TestMemberCodes(t *testing.T) {
	ms := declaration.Members()
	if len(ms) != 11 {
		t.Fatalf("%d members", len(ms))
	}
	founders := 0
	for _, m := range ms {
		if !m.Alpha2.IsValid() || len(m.Alpha3) != 3 || len(m.Numeric) != 3 || m.Joined.IsZero() || m.Confidence != declaration.ConfidenceConfirmed {
			t.Errorf("bad member %+v", m)
		}
		for _, code := range []string{string(m.Alpha2), m.Alpha3, m.Numeric} {
			if got, ok := declaration.MemberByCode(code); !ok || got.Alpha2 != m.Alpha2 {
				t.Errorf("MemberByCode(%s) = %v, %v", code, got.Alpha2, ok)
			}
		}
		if m.Founder {
			founders++
			if m.Joined != workforce.MustParseDate("1967-08-08") {
				t.Errorf("founder %s joined %s", m.Name, m.Joined)
			}
		}
	}
	if founders != 5 {
		t.Errorf("%d founders", founders)
	}
	vn, _ := declaration.MemberByCode("704")
	if vn.Name != "Viet Nam" || vn.Alpha3 != "VNM" {
		t.Errorf("MemberByCode(704) = %+v", vn)
	}
	if _, ok := declaration.MemberByCode("JP"); ok {
		t.Error("MemberByCode(JP) found a member")
	}
}

func TestDeclarationApplies(t *testing.T) {
	tests := []struct {
		country    workforce.CountryCode
		date       string
		applies    bool
		basis      declaration.ApplicabilityBasis
		since      string
		confidence declaration.Confidence
	}{
		{"VN", "2020-11-11", false, declaration.BasisBeforeAdoption, "2020-11-12", declaration.ConfidencePartial},
		{"VN", "2020-11-12", true, declaration.BasisAdoptingMember, "2020-11-12", declaration.ConfidenceConfirmed},
		{"PH", "2030-01-01", true, declaration.BasisAdoptingMember, "2020-11-12", declaration.ConfidenceConfirmed},
		{"TL", "2024-12-31", false, declaration.BasisNotMember, "2025-10-26", declaration.ConfidenceConfirmed},
		{"TL", "2025-10-26", true, declaration.BasisAccedingMember, "2025-10-26", declaration.ConfidenceUnconfirmed},
		{"JP", "2025-01-01", false, declaration.BasisNotMember, "", declaration.ConfidenceConfirmed},
	}
	for _, tt := range tests {
		a := declaration.DeclarationApplies(tt.country, workforce.MustParseDate(tt.date))
		if a.Applies != tt.applies || a.Basis != tt.basis || a.Since.String() != tt.since || a.Confidence != tt.confidence {
			t.Errorf("DeclarationApplies(%s, %s) = %+v", tt.country, tt.date, a)
		}
	}
}

func TestInstrumentsAndBodies(t *testing.T) {
	ins := declaration.Instruments()
	ids := map[workforce.ID]bool{}
	for _, in := range ins {
		if ids[in.ID] {
			t.Errorf("instrument %s twice", in.ID)
		}
		ids[in.ID] = true
		if !in.ID.IsValid() || in.Title == "" || !in.Kind.IsValid() || !in.Endorsement.IsValid() || !in.Confidence.IsValid() || len(in.Sources) == 0 {
			t.Errorf("bad instrument %+v", in)
		}
		if in.Body != "" {
			if _, ok := declaration.BodyByID(in.Body); !ok {
				t.Errorf("%s: unknown body %s", in.ID, in.Body)
			}
		}
	}
	for _, in := range ins {
		if in.Implements != "" && !ids[in.Implements] {
			t.Errorf("%s implements unknown %s", in.ID, in.Implements)
		}
	}
	d, ok := declaration.InstrumentByID(declaration.HaNoiDeclarationID)
	if !ok || d.Endorsement != declaration.EndorsementAdopted || d.Date != workforce.MustParseDate("2020-11-12") || d.Confidence != declaration.ConfidencePartial {
		t.Errorf("declaration = %+v", d)
	}
	r, ok := declaration.InstrumentByID(declaration.RoadmapID)
	if !ok || r.Endorsement != declaration.EndorsementNoted || r.StartYear != 0 || r.Implements != declaration.HaNoiDeclarationID {
		t.Errorf("roadmap = %+v (its endorsement must be noted and its period unset)", r)
	}
	bodies := map[workforce.ID]bool{}
	for _, b := range declaration.Bodies() {
		if bodies[b.ID] || !b.Kind.IsValid() || !b.Confidence.IsValid() {
			t.Errorf("bad body %+v", b)
		}
		bodies[b.ID] = true
	}
	for _, b := range declaration.Bodies() {
		if b.Parent != "" && !bodies[b.Parent] {
			t.Errorf("%s: unknown parent %s", b.ID, b.Parent)
		}
	}
	if _, ok := declaration.InstrumentByID("none"); ok {
		t.Error("InstrumentByID(none) found one")
	}
}

// TestCommitmentConfidenceFromCorroboration: a commitment's confidence is
// the strongest its corroborations give — the Declaration's text
// confirms, a report of the Declaration partly confirms, context does not
// raise it — and its sources list every corroboration's.
func TestCommitmentConfidenceFromCorroboration(t *testing.T) {
	want := map[declaration.CommitmentID]declaration.Confidence{
		declaration.C02StrategicPlan: declaration.ConfidencePartial, declaration.C03Regulation: declaration.ConfidencePartial,
		declaration.C07Resources: declaration.ConfidencePartial, declaration.C10PublicPerception: declaration.ConfidencePartial,
		declaration.C11CrossPillar: declaration.ConfidencePartial,
	}
	for _, c := range declaration.Commitments() {
		w := want[c.ID]
		if w == "" {
			w = declaration.ConfidenceUnconfirmed
		}
		if c.Confidence != w {
			t.Errorf("%s: confidence %s, want %s", c.ID, c.Confidence, w)
		}
		if c.Wording != "" {
			t.Errorf("%s: wording %q, but the official text was not retrieved", c.ID, c.Wording)
		}
		if len(c.Corroborations) == 0 {
			t.Errorf("%s: no corroboration", c.ID)
		}
		for i, k := range c.Corroborations {
			if !k.Kind.IsValid() || k.Says == "" || k.Source.Title == "" || c.Sources[i] != k.Source {
				t.Errorf("%s: corroboration %d %+v (sources %v)", c.ID, i, k, c.Sources)
			}
			if k.Kind == declaration.CorroborationText {
				t.Errorf("%s claims the Declaration's text, which was not retrieved", c.ID)
			}
		}
		if last := c.Sources[len(c.Sources)-1]; last.URL != "https://www.socialserviceworkforce.org/workforce" {
			t.Errorf("%s: last source %v, want the GSSWA framework", c.ID, last)
		}
	}
}

// TestAdoptionAccounts: the Declaration records the accepted account of
// its adoption (37th Summit, 12 November 2020) and the reports that place
// it at the 2021 Summits, each with its sources.
func TestAdoptionAccounts(t *testing.T) {
	d, _ := declaration.InstrumentByID(declaration.HaNoiDeclarationID)
	if len(d.Accounts) < 2 || !d.Accounts[0].Accepted || d.Accounts[0].Date != d.Date || d.Accounts[0].Event != d.Event {
		t.Fatalf("accounts %+v", d.Accounts)
	}
	conflicting := 0
	for _, a := range d.Accounts[1:] {
		if a.Accepted || len(a.Sources) == 0 || a.Notes == "" {
			t.Errorf("account %+v", a)
		}
		if strings.Contains(a.Event, "38th and 39th") {
			conflicting++
		}
	}
	if conflicting != 1 {
		t.Errorf("the 38th and 39th Summits account is missing: %+v", d.Accounts)
	}
}

// TestRuleTables: every comparator and every kind of area change has its
// entry in the rule tables that validation and the schema read.
func TestRuleTables(t *testing.T) {
	for _, c := range declaration.ComparatorValues() {
		if c.Symbol() == "" {
			t.Errorf("%s has no rule", c)
		}
		max, ok := c.ThresholdMax()
		if ok != (c == declaration.RelativeDecrease) || (ok && max != 100) {
			t.Errorf("%s: threshold max %d %v", c, max, ok)
		}
		if c.IsRelative() != (c == declaration.RelativeIncrease || c == declaration.RelativeDecrease) {
			t.Errorf("%s: relative %v", c, c.IsRelative())
		}
	}
	want := map[declaration.AreaChangeKind][3]int{
		declaration.ChangeMerged: {1, 1, 1}, declaration.ChangeSplit: {2, -1, 1}, declaration.ChangeRenamed: {1, 1, 1},
		declaration.ChangeAbolished: {0, 0, 1}, declaration.ChangeBoundary: {0, 0, 0},
	}
	for _, k := range declaration.AreaChangeKindValues() {
		min, max, ok := k.Successors()
		ceases := 0
		if k.Ceases() {
			ceases = 1
		}
		if got := [3]int{min, max, ceases}; !ok || got != want[k] {
			t.Errorf("%s: successors %d-%d ceases %v (%v), want %v", k, min, max, k.Ceases(), ok, want[k])
		}
	}
	if _, _, ok := declaration.AreaChangeKind("moved").Successors(); ok {
		t.Error("a kind outside the table has a rule")
	}
	if got := declaration.TargetDependentRequired(); len(got) != 1 || !slices.Equal(got["published_baseline"], []string{"baseline_year"}) {
		t.Errorf("TargetDependentRequired() = %v", got)
	}
	if got := declaration.ObservationValueMembers(); !slices.Equal(got, []string{"value", "policy"}) {
		t.Errorf("ObservationValueMembers() = %v", got)
	}
}

// TestMembershipOneRule: the package functions and the method agree on
// every member and date around each join date.
func TestMembershipOneRule(t *testing.T) {
	for _, m := range declaration.Members() {
		for _, d := range []workforce.CivilDate{m.Joined.AddDays(-1), m.Joined, m.Joined.AddDays(1), {}} {
			in := slices.ContainsFunc(declaration.MembersOn(d), func(x declaration.Member) bool { return x.Alpha2 == m.Alpha2 })
			if m.IsMemberOn(d) != declaration.IsMemberOn(m.Alpha2, d) || m.IsMemberOn(d) != in || m.IsMemberOn(d) != (!d.IsZero() && !d.Before(m.Joined)) {
				t.Errorf("%s on %s: method %v, function %v, MembersOn %v", m.Alpha2, d, m.IsMemberOn(d), declaration.IsMemberOn(m.Alpha2, d), in)
			}
		}
	}
}
