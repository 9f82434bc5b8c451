package workforce_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/workforce"
)

// enumCase exercises one enumeration through the same small interface.
type enumCase struct {
	name   string
	values []string
	valid  func(string) bool
	title  func(string) string
	check  func(string) (string, string, string)
	enum   []string
}

func enumOf[T interface {
	~string
	IsValid() bool
	Title() string
	CheckValue() (string, string, string)
	EnumValues() []string
}](name string, values []T) enumCase {
	var zero T
	strs := make([]string, len(values))
	for i, v := range values {
		strs[i] = string(v)
	}
	return enumCase{
		name:   name,
		values: strs,
		valid:  func(s string) bool { return T(s).IsValid() },
		title:  func(s string) string { return T(s).Title() },
		check:  func(s string) (string, string, string) { return T(s).CheckValue() },
		enum:   zero.EnumValues(),
	}
}

func allEnums() []enumCase {
	return []enumCase{
		enumOf("Sex", workforce.SexValues()),
		enumOf("Cadre", workforce.CadreValues()),
		enumOf("Sector", workforce.SectorValues()),
		enumOf("AdminLevel", workforce.AdminLevelValues()),
		enumOf("PostStatus", workforce.PostStatusValues()),
		enumOf("EmploymentType", workforce.EmploymentTypeValues()),
		enumOf("ExitReason", workforce.ExitReasonValues()),
		enumOf("EducationLevel", workforce.EducationLevelValues()),
		enumOf("FieldOfStudy", workforce.FieldOfStudyValues()),
		enumOf("CredentialStatus", workforce.CredentialStatusValues()),
		enumOf("CPDCategory", workforce.CPDCategoryValues()),
		enumOf("CPDActivity", workforce.CPDActivityValues()),
		enumOf("CPDTopic", workforce.CPDTopicValues()),
		enumOf("Setting", workforce.SettingValues()),
	}
}

var snake = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

func TestEnumerationTables(t *testing.T) {
	for _, e := range allEnums() {
		t.Run(e.name, func(t *testing.T) {
			if len(e.values) == 0 {
				t.Fatal("no values")
			}
			if !slices.Equal(e.values, e.enum) {
				t.Fatalf("Values() %v and EnumValues() %v differ", e.values, e.enum)
			}
			seen := map[string]bool{}
			for _, v := range e.values {
				if seen[v] {
					t.Errorf("%q listed twice", v)
				}
				seen[v] = true
				if !snake.MatchString(v) {
					t.Errorf("%q is not snake_case", v)
				}
				if !e.valid(v) || e.title(v) == "" {
					t.Errorf("%q: valid=%v title=%q", v, e.valid(v), e.title(v))
				}
				if code, _, _ := e.check(v); code != "" {
					t.Errorf("CheckValue(%q) = %s", v, code)
				}
			}
			for _, bad := range []string{"", "unknown", strings.ToUpper(e.values[0]), e.values[0] + " "} {
				if e.valid(bad) || e.title(bad) != "" {
					t.Errorf("%q must not be valid", bad)
				}
				code, param, msg := e.check(bad)
				if code != workforce.CodeNotSupported || param != strings.Join(e.values, "|") || !strings.Contains(msg, e.values[0]) {
					t.Errorf("CheckValue(%q) = %s, %s, %s", bad, code, param, msg)
				}
			}
		})
	}
}

func TestEnumerationOrder(t *testing.T) {
	levels := workforce.AdminLevelValues()
	for i, l := range levels {
		if l.Depth() != i {
			t.Errorf("%s depth %d, want %d", l, l.Depth(), i)
		}
	}
	if workforce.AdminLevel("x").Depth() != -1 {
		t.Error("unknown level must have depth -1")
	}
	for i, l := range workforce.EducationLevelValues() {
		if l.ISCED() != i {
			t.Errorf("%s is ISCED %d, want %d", l, l.ISCED(), i)
		}
	}
	if !workforce.EducationMaster.AtLeast(workforce.EducationBachelor) || workforce.EducationShortCycle.AtLeast(workforce.EducationBachelor) {
		t.Error("AtLeast order")
	}
	if workforce.FieldSocialWork.ISCEDF() != "0923" || workforce.FieldOther.ISCEDF() != "" {
		t.Error("ISCED-F codes")
	}
	wantISCO := map[workforce.Cadre]workforce.ISCO08{
		workforce.CadreProfessional: "2635", workforce.CadreParaProfessional: "3412", workforce.CadreCommunity: "3412",
		workforce.CadreSupervisor: "1344", workforce.CadreEducator: "2310", workforce.CadreAllied: "",
	}
	for _, c := range workforce.CadreValues() {
		if c.ISCO() != wantISCO[c] {
			t.Errorf("%s maps to ISCO %q, want %q", c, c.ISCO(), wantISCO[c])
		}
	}
	if !workforce.PostFilled.Funded() || !workforce.PostFundedVacant.Funded() || workforce.PostFrozen.Funded() || workforce.PostAbolished.Funded() {
		t.Error("funded posts are filled or funded-vacant")
	}
	if workforce.ExitTransfer.LeavesWorkforce() || !workforce.ExitResignation.LeavesWorkforce() {
		t.Error("a transfer does not leave the workforce")
	}
}

func TestCodes(t *testing.T) {
	tests := []struct {
		name  string
		valid bool
		got   bool
	}{
		{"KH is a country", true, workforce.CountryCode("KH").IsValid()},
		{"TL is a country", true, workforce.CountryCode("TL").IsValid()},
		{"XK is user-assigned, not ISO", false, workforce.CountryCode("XK").IsValid()},
		{"lower case country", false, workforce.CountryCode("kh").IsValid()},
		{"alpha-3 is not alpha-2", false, workforce.CountryCode("KHM").IsValid()},
		{"KHR is a currency", true, workforce.CurrencyCode("KHR").IsValid()},
		{"ZWG is a currency (2024)", true, workforce.CurrencyCode("ZWG").IsValid()},
		{"HRK was withdrawn", false, workforce.CurrencyCode("HRK").IsValid()},
		{"ISO 3166-2 area", true, workforce.AreaCode("KH-12").IsValid()},
		{"numeric national area", true, workforce.AreaCode("0102801000").IsValid()},
		{"area with dot", true, workforce.AreaCode("VN.01.001").IsValid()},
		{"area ends in separator", false, workforce.AreaCode("KH-").IsValid()},
		{"lower-case area", false, workforce.AreaCode("kh-12").IsValid()},
		{"area too long", false, workforce.AreaCode(strings.Repeat("A", 33)).IsValid()},
		{"ISCO 2635", true, workforce.ISCO08("2635").IsValid()},
		{"ISCO-88 style 3-digit", false, workforce.ISCO08("263").IsValid()},
		{"ID", true, workforce.ID("W-0001").IsValid()},
		{"ID with colon", true, workforce.ID("ph:prc:123").IsValid()},
		{"ID with space", false, workforce.ID("W 1").IsValid()},
		{"ID starting with dash", false, workforce.ID("-W1").IsValid()},
		{"ID of 65 characters", false, workforce.ID(strings.Repeat("a", 65)).IsValid()},
	}
	for _, tc := range tests {
		if tc.got != tc.valid {
			t.Errorf("%s: got %v", tc.name, tc.got)
		}
	}
	if n := len(workforce.CountryCodes()); n != 249 {
		t.Errorf("%d country codes, want the 249 assigned by ISO 3166-1", n)
	}
	if workforce.AreaCode("KH-12").Country() != "KH" || workforce.AreaCode("120101").Country() != "" {
		t.Error("AreaCode.Country")
	}
}

// TestCodePatternsAgree proves the Go checks of the pattern-only codes
// accept exactly what their published patterns match.
func TestCodePatternsAgree(t *testing.T) {
	cases := []struct {
		pattern string
		valid   func(string) bool
	}{
		{workforce.AreaCodePattern, func(s string) bool { return workforce.AreaCode(s).IsValid() }},
		{workforce.IDPattern, func(s string) bool { return workforce.ID(s).IsValid() }},
		{workforce.ISCO08Pattern, func(s string) bool { return workforce.ISCO08(s).IsValid() }},
	}
	text := rapid.OneOf(rapid.StringMatching(`[A-Za-z0-9._:\- é-]{0,70}`), rapid.StringMatching(`[A-Z0-9][A-Z0-9.-]{0,33}`), rapid.StringMatching(`[0-9]{3,5}`))
	for _, c := range cases {
		re := regexp.MustCompile(c.pattern)
		rapid.Check(t, func(t *rapid.T) {
			s := text.Draw(t, "s")
			if re.MatchString(s) != c.valid(s) {
				t.Fatalf("%q: pattern %s says %v, Go says %v", s, c.pattern, re.MatchString(s), c.valid(s))
			}
		})
	}
}
