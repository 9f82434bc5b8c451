package workforce

import (
	"errors"
	"fmt"
	"sort"
)

// ErrValue is wrapped by every [ValueError], for errors.Is.
var ErrValue = errors.New("workforce: invalid value")

// ValueError reports text that a value type cannot represent: a date that
// does not exist, a negative number of hours, a decimal with too many
// digits. Type names the Go type, Value quotes the input, Code is the
// stable problem code and Reason says what is wrong.
type ValueError struct {
	// Type names the Go type.
	Type string
	// Value is the input text.
	Value string
	// Code is the stable problem code.
	Code string
	// Reason says what is wrong.
	Reason string
}

// Error quotes the input and says what is wrong with it.
func (e *ValueError) Error() string {
	return fmt.Sprintf("workforce: invalid %s %q: %s", e.Type, e.Value, e.Reason)
}

// Unwrap returns [ErrValue].
func (e *ValueError) Unwrap() error { return ErrValue }

// ProblemCode returns the problem code decoders report for this error.
func (e *ValueError) ProblemCode() string { return e.Code }

// ProblemMessage returns the reason without the package prefix or the
// value, for problem lists that carry the value separately.
func (e *ValueError) ProblemMessage() string { return e.Reason }

// The code tables below are sorted, fixed-width, concatenated codes so
// that membership is a binary search over a constant: no package-level
// variables, nothing to mutate.
const (
	// iso3166Alpha2 lists the 249 officially assigned ISO 3166-1 alpha-2
	// codes (source: Debian iso-codes 4.15.0, which agrees with the ISO
	// Online Browsing Platform on this list). User-assigned codes such as
	// XK are not included.
	iso3166Alpha2 = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW"

	// iso4217 lists ISO 4217 alphabetic currency codes: Debian iso-codes
	// 4.15.0 with HRK removed (withdrawn when Croatia adopted the euro in
	// 2023) and ZWG (2024) and XCG (2025) added. ANG, SLL and ZWL are kept
	// while documents dated in their transition periods are still
	// exchanged.
	iso4217 = "AEDAFNALLAMDANGAOAARSAUDAWGAZNBAMBBDBDTBGNBHDBIFBMDBNDBOBBOVBRLBSDBTNBWPBYNBZDCADCDFCHECHFCHWCLFCLPCNYCOPCOUCRCCUCCUPCVECZKDJFDKKDOPDZDEGPERNETBEURFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHTGHUFIDRILSINRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYDMADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMXVMYRMZNNADNGNNIONOKNPRNZDOMRPABPENPGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGDSHPSLESLLSOSSRDSSPSTNSVCSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUSNUYIUYUUYWUZSVEDVESVNDVUVWSTXAFXAGXAUXBAXBBXBCXBDXCDXCGXDRXOFXPDXPFXPTXSUXTSXUAXXXYERZARZMWZWGZWL"
)

func inTable(table string, width int, code string) bool {
	if len(code) != width {
		return false
	}
	n := len(table) / width
	i := sort.Search(n, func(i int) bool { return table[i*width:(i+1)*width] >= code })
	return i < n && table[i*width:(i+1)*width] == code
}

func tableValues(table string, width int) []string {
	out := make([]string, 0, len(table)/width)
	for i := 0; i < len(table); i += width {
		out = append(out, table[i:i+width])
	}
	return out
}

// CountryCode is an ISO 3166-1 alpha-2 country code such as "KH" or "PH".
// The empty value means "not given".
type CountryCode string

// CountryCodePattern is the lexical pattern of a [CountryCode]; validation
// also checks the code is officially assigned.
const CountryCodePattern = `^[A-Z]{2}$`

// CountryCodes returns every accepted country code, sorted.
func CountryCodes() []CountryCode {
	vs := tableValues(iso3166Alpha2, 2)
	out := make([]CountryCode, len(vs))
	for i, v := range vs {
		out[i] = CountryCode(v)
	}
	return out
}

// IsValid reports whether c is an officially assigned ISO 3166-1 alpha-2
// code.
func (c CountryCode) IsValid() bool { return inTable(iso3166Alpha2, 2, string(c)) }

// CheckValue implements the validation rule of the "valid" tag.
func (c CountryCode) CheckValue() (code, param, message string) {
	if c.IsValid() {
		return "", "", ""
	}
	return CodeNotSupported, CountryCodePattern, "must be an ISO 3166-1 alpha-2 country code such as KH or PH"
}

// EnumValues returns the accepted codes as strings (for schema generation).
func (CountryCode) EnumValues() []string { return tableValues(iso3166Alpha2, 2) }

// CurrencyCode is an ISO 4217 alphabetic currency code such as "PHP" or
// "KHR".
type CurrencyCode string

// CurrencyCodePattern is the lexical pattern of a [CurrencyCode];
// validation also checks the code is in the ISO 4217 list.
const CurrencyCodePattern = `^[A-Z]{3}$`

// IsValid reports whether c is in the ISO 4217 list.
func (c CurrencyCode) IsValid() bool { return inTable(iso4217, 3, string(c)) }

// CheckValue implements the validation rule of the "valid" tag.
func (c CurrencyCode) CheckValue() (code, param, message string) {
	if c.IsValid() {
		return "", "", ""
	}
	return CodeNotSupported, CurrencyCodePattern, "must be an ISO 4217 currency code such as PHP or USD"
}

// EnumValues returns the accepted codes as strings (for schema generation).
func (CurrencyCode) EnumValues() []string { return tableValues(iso4217, 3) }

// AreaCode identifies an administrative area: an ISO 3166-2 subdivision
// code ("KH-12") or a national statistical code ("120101", PSGC
// "0102801000"). Upper-case letters, digits and the separators ".", "-"
// and "_", 1 to 32 characters, starting and ending with a letter or digit.
type AreaCode string

// AreaCodePattern is the pattern every [AreaCode] matches.
const AreaCodePattern = `^[A-Z0-9]([A-Z0-9._-]{0,30}[A-Z0-9])?$`

// IsValid reports whether c matches [AreaCodePattern].
func (c AreaCode) IsValid() bool {
	if len(c) < 1 || len(c) > 32 || !isCodeChar(c[0], false) || !isCodeChar(c[len(c)-1], false) {
		return false
	}
	for i := 1; i < len(c)-1; i++ {
		if !isCodeChar(c[i], true) {
			return false
		}
	}
	return true
}

func isCodeChar(c byte, sep bool) bool {
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (sep && (c == '.' || c == '-' || c == '_'))
}

// CheckValue implements the validation rule of the "valid" tag.
func (c AreaCode) CheckValue() (code, param, message string) {
	if c.IsValid() {
		return "", "", ""
	}
	return CodePattern, AreaCodePattern, "must be an area code of 1-32 upper-case letters, digits and . - _ (ISO 3166-2 or national)"
}

// SchemaPattern returns the pattern for schema generation.
func (AreaCode) SchemaPattern() string { return AreaCodePattern }

// Country returns the ISO 3166-1 part of an ISO 3166-2 code ("KH" for
// "KH-12"), or "" when c is not of that form.
func (c AreaCode) Country() CountryCode {
	if len(c) >= 4 && c[2] == '-' {
		if cc := CountryCode(c[:2]); cc.IsValid() {
			return cc
		}
	}
	return ""
}

// ISCO08 is a four-digit ISCO-08 unit group code, such as "2635" (social
// work and counselling professionals). It is a string because codes such
// as "0110" start with zero.
type ISCO08 string

// ISCO08Pattern is the pattern every [ISCO08] code matches.
const ISCO08Pattern = `^[0-9]{4}$`

// ISCO-08 unit groups of the social service workforce and its neighbours.
const (
	ISCOSocialWorkProfessionals   ISCO08 = "2635" // Social work and counselling professionals
	ISCOSocialWorkAssociates      ISCO08 = "3412" // Social work associate professionals
	ISCOSocialWelfareManagers     ISCO08 = "1344" // Social welfare managers
	ISCOChildCareServicesManagers ISCO08 = "1341" // Child care services managers
	ISCOAgedCareServicesManagers  ISCO08 = "1343" // Aged care services managers
	ISCOPsychologists             ISCO08 = "2634" // Psychologists
	ISCOUniversityTeachers        ISCO08 = "2310" // University and higher education teachers
	ISCOHomeBasedPersonalCare     ISCO08 = "5322" // Home-based personal care workers
	ISCOHealthCareAssistants      ISCO08 = "5321" // Health care assistants
	ISCOChildCareWorkers          ISCO08 = "5311" // Child care workers
)

// IsValid reports whether c has four digits.
func (c ISCO08) IsValid() bool {
	if len(c) != 4 {
		return false
	}
	for i := range 4 {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// CheckValue implements the validation rule of the "valid" tag.
func (c ISCO08) CheckValue() (code, param, message string) {
	if c.IsValid() {
		return "", "", ""
	}
	return CodePattern, ISCO08Pattern, "must be a four-digit ISCO-08 unit group code such as 2635"
}

// SchemaPattern returns the pattern for schema generation.
func (ISCO08) SchemaPattern() string { return ISCO08Pattern }

// ID is an opaque identifier of a worker, post, employer, credential
// scheme or record: 1 to 64 characters from letters, digits and ". _ : -",
// starting with a letter or digit. Worker IDs must be pseudonymous: never
// a national ID number or a name.
type ID string

// IDPattern is the pattern every [ID] matches.
const IDPattern = `^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$`

// IsValid reports whether id matches [IDPattern].
func (id ID) IsValid() bool {
	if len(id) < 1 || len(id) > 64 || idChars[id[0]] != 'a' {
		return false
	}
	for i := 1; i < len(id); i++ {
		if idChars[id[i]] == 0 {
			return false
		}
	}
	return true
}

// idChars classifies the bytes of an [ID]: 'a' for a letter or digit, 's'
// for a separator allowed after the first character, 0 for any other.
const idChars = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00s" + "s\x00" + // - .
	"aaaaaaaaaas\x00\x00\x00\x00\x00" + // 0-9 :
	"\x00aaaaaaaaaaaaaaa" + "aaaaaaaaaaa\x00\x00\x00\x00s" + // A-Z _
	"\x00aaaaaaaaaaaaaaa" + "aaaaaaaaaaa\x00\x00\x00\x00\x00" + // a-z
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// CheckValue implements the validation rule of the "valid" tag.
func (id ID) CheckValue() (code, param, message string) {
	if id.IsValid() {
		return "", "", ""
	}
	return CodePattern, IDPattern, "must be 1-64 letters, digits or . _ : - starting with a letter or digit"
}

// SchemaPattern returns the pattern for schema generation.
func (ID) SchemaPattern() string { return IDPattern }
