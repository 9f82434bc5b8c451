package workforce

import "github.com/sswkit/ssw/internal/enum"

// The entities of a workforce registry. They are plain structs with
// exported fields: build them with literals, decode them with [Decode] or
// the stream readers, check them with Validate. JSON member names are
// snake_case; optional members are omitted when unset, and every slice is
// omitted when empty, so encoding/json never writes null.
//
// Struct tags carry the field rules: `validate` tags are read by the one
// internal validator and translated, tag by tag, into the published JSON
// Schemas. Rules that relate several fields or records are documented on
// the Validate methods.

// Worker is one member of the social service workforce. The ID is
// pseudonymous: registries exchange workers without names or national
// identity numbers.
type Worker struct {
	// ID identifies the worker within the registry (pseudonymous).
	ID ID `json:"id" validate:"required,valid"`
	// Sex as recorded; not_stated when the worker did not say.
	Sex Sex `json:"sex" validate:"required,valid"`
	// BirthDate is the date of birth, when known.
	BirthDate CivilDate `json:"birth_date,omitzero"`
	// BirthYear is the year of birth, for registers that hold only the
	// year. When both are given they must agree.
	BirthYear int `json:"birth_year,omitempty" validate:"omitempty,gte=1900,lte=2100"`
	// Cadre is the worker's category.
	Cadre Cadre `json:"cadre" validate:"required,valid"`
	// ISCO overrides the cadre's default ISCO-08 unit group (allied
	// workers keep the code of their own occupation).
	ISCO ISCO08 `json:"isco,omitempty" validate:"omitempty,valid"`
	// Nationality is the worker's country of citizenship.
	Nationality CountryCode `json:"nationality,omitempty" validate:"omitempty,valid"`
	// Qualifications are the worker's completed qualifications.
	Qualifications []Qualification `json:"qualifications,omitempty"`
	// Credentials are the registrations, licences and certificates held.
	Credentials []Credential `json:"credentials,omitempty"`
	// Employments are the worker's employments, current and past.
	Employments []Employment `json:"employments,omitempty"`
	// CPD lists continuing professional development activities.
	CPD []CPDRecord `json:"cpd,omitempty"`
}

// Qualification is a completed programme of education.
type Qualification struct {
	// Title is the award as named by the institution ("Bachelor of Social Work").
	Title string `json:"title,omitempty" validate:"max=200"`
	// Level is the ISCED 2011 level.
	Level EducationLevel `json:"level" validate:"required,valid"`
	// Field is the ISCED-F 2013 field.
	Field FieldOfStudy `json:"field" validate:"required,valid"`
	// Institution names the awarding institution.
	Institution string `json:"institution,omitempty" validate:"max=200"`
	// Country is where the institution is.
	Country CountryCode `json:"country,omitempty" validate:"omitempty,valid"`
	// Accredited is true when the programme was accredited by the
	// national body when the award was made.
	Accredited bool `json:"accredited,omitempty"`
	// Completed is the date of completion or award.
	Completed CivilDate `json:"completed,omitzero"`
}

// Credential is a registration, licence, certificate or membership a
// worker holds, under a scheme defined in the accreditation package.
type Credential struct {
	// SchemeID names the credential scheme ("PH-RSW-PIC").
	SchemeID ID `json:"scheme_id" validate:"required,valid"`
	// Number is the number on the register, when there is one.
	Number string `json:"number,omitempty" validate:"max=64"`
	// Issued is the date of first issue or of the current term.
	Issued CivilDate `json:"issued" validate:"required"`
	// Expires is the end of validity; unset for credentials without expiry.
	Expires CivilDate `json:"expires,omitzero"`
	// Status is the status the register records.
	Status CredentialStatus `json:"status" validate:"required,valid"`
}

// CurrentOn reports whether the credential is held and current on the
// date d: its status is in good standing, it was issued on or before d
// and it has not expired before d (an unset expiry never expires).
func (c Credential) CurrentOn(d CivilDate) bool {
	return c.Status.InGoodStanding() && !c.Issued.After(d) && (c.Expires.IsZero() || !c.Expires.Before(d))
}

// CPDRecord is one continuing professional development activity. It
// carries hours, credits, or both, as the provider certified them;
// schemes convert between them.
type CPDRecord struct {
	// Date is the date the activity was completed.
	Date CivilDate `json:"date" validate:"required"`
	// Hours is the certified duration.
	Hours Hours `json:"hours,omitzero"`
	// Credits is the certified number of credits, units or points.
	Credits Credits `json:"credits,omitzero"`
	// Category is structured or unstructured.
	Category CPDCategory `json:"category" validate:"required,valid"`
	// Activity is the type of activity.
	Activity CPDActivity `json:"activity" validate:"required,valid"`
	// Topics lists subjects that topic minimums count.
	Topics []CPDTopic `json:"topics,omitempty" validate:"omitempty,dive,valid"`
	// Provider names the provider.
	Provider string `json:"provider,omitempty" validate:"max=200"`
	// Title names the activity.
	Title string `json:"title,omitempty" validate:"max=200"`
	// Accredited is true when the provider or activity was accredited by
	// the regulator.
	Accredited bool `json:"accredited,omitempty"`
}

// Employment is a worker's tenure of a post. A current employment has no
// end date.
type Employment struct {
	// PostID is the post held.
	PostID ID `json:"post_id" validate:"required,valid"`
	// Start is the first day in the post.
	Start CivilDate `json:"start" validate:"required"`
	// End is the last day in the post; unset while current.
	End CivilDate `json:"end,omitzero"`
	// FTE is the share of full time worked in the post.
	FTE FTE `json:"fte" validate:"required"`
	// Type is the contractual basis.
	Type EmploymentType `json:"type" validate:"required,valid"`
	// ExitReason says why the employment ended; only with an end date.
	ExitReason ExitReason `json:"exit_reason,omitempty" validate:"omitempty,valid"`
}

// ActiveOn reports whether the employment covers the date d: it started on
// or before d and has not ended before d.
func (e Employment) ActiveOn(d CivilDate) bool {
	return !e.Start.After(d) && (e.End.IsZero() || !e.End.Before(d))
}

// Post is an established position: a funded or planned job with a cadre,
// a level of government, an area it serves and an employer.
type Post struct {
	// ID identifies the post.
	ID ID `json:"id" validate:"required,valid"`
	// Title is the job title.
	Title string `json:"title,omitempty" validate:"max=200"`
	// Cadre is the cadre the post is established for.
	Cadre Cadre `json:"cadre" validate:"required,valid"`
	// Level is the level of government of the post, equal to its area's level.
	Level AdminLevel `json:"level" validate:"required,valid"`
	// Area is the administrative area the post serves.
	Area AreaCode `json:"area" validate:"required,valid"`
	// EmployerID is the employer.
	EmployerID ID `json:"employer_id" validate:"required,valid"`
	// Status is funded and vacant, filled, frozen or abolished.
	Status PostStatus `json:"status" validate:"required,valid"`
	// FTE is the established share of full time.
	FTE FTE `json:"fte" validate:"required"`
}

// Employer is an organisation that employs social service workers.
type Employer struct {
	// ID identifies the employer.
	ID ID `json:"id" validate:"required,valid"`
	// Name is the organisation's name.
	Name string `json:"name" validate:"required,max=200"`
	// Sector is the employer's ownership.
	Sector Sector `json:"sector" validate:"required,valid"`
	// Ministry names the parent ministry of a government employer.
	Ministry string `json:"ministry,omitempty" validate:"max=200"`
}

// AdminArea is an administrative area with its population figures. Areas
// change over time (Cambodia's communes went from 1,621 to 1,652; Viet Nam
// abolished districts on 2025-07-01), so an area may carry the dates it
// was valid between.
type AdminArea struct {
	// Code identifies the area.
	Code AreaCode `json:"code" validate:"required,valid"`
	// Name is the area's name.
	Name string `json:"name" validate:"required,max=200"`
	// Level is the area's administrative level.
	Level AdminLevel `json:"level" validate:"required,valid"`
	// Parent is the code of the enclosing area; unset for the nation.
	Parent AreaCode `json:"parent,omitempty" validate:"omitempty,valid"`
	// Setting is urban, rural or mixed, when known.
	Setting Setting `json:"setting,omitempty" validate:"omitempty,valid"`
	// ValidFrom is the first day the area existed in this form.
	ValidFrom CivilDate `json:"valid_from,omitzero"`
	// ValidTo is the last day the area existed in this form.
	ValidTo CivilDate `json:"valid_to,omitzero"`
	// Population lists dated population figures (one per date).
	Population []PopulationFigure `json:"population,omitempty"`
}

// PopulationFigure is the population of an area on a reference date, with
// its provenance. Indicators name the figure they used, because revisions
// move results (Cambodia's 2019 census: 15,288,489 provisional, 15,552,211
// final).
//
// Total and Children are the figure's values for the whole population and
// for children aged 0 to 17; Universes states further age groups (0–14,
// 15–64, 60 and over, 65 and over) and marks a universe, Total and
// Children included, as not published. Unknown is not zero: a universe
// marked unknown has no value (Total or Children stay 0), and an
// indicator that needs it is missing, never a ratio to zero. A figure may
// give children without a total.
//
// An area may hold several figures for one date when their vintages
// differ (provisional and final results, a projection): see
// [AdminArea.PopulationOn] for the one that applies by default and
// [AdminArea.PopulationOfVintage] to ask for a vintage by name.
type PopulationFigure struct {
	// Date is the reference date of the figure.
	Date CivilDate `json:"date" validate:"required"`
	// Total is the whole population (0 when Universes marks
	// total_population unknown). Counts stay below 2^53 so that
	// JavaScript consumers read them exactly.
	Total int64 `json:"total" validate:"gte=0,lte=9007199254740991"`
	// Children is the population aged 0 to 17 (under 18); 0 when
	// Universes marks children_0_17 unknown.
	Children int64 `json:"children" validate:"gte=0,lte=9007199254740991"`
	// Source names the publisher ("National Institute of Statistics").
	Source string `json:"source" validate:"required,max=200"`
	// Vintage names the series and release ("2019 census, final results").
	// Two figures of one area and date must differ in vintage.
	Vintage string `json:"vintage" validate:"required,max=200"`
	// Universes states the figure's other age groups and marks the
	// universes it does not publish (each universe at most once). An
	// entry for total_population or children_0_17 may only mark it
	// unknown: their values are Total and Children. A universe not listed
	// is not stated, except Total and Children, which are.
	Universes []UniverseCount `json:"universes,omitempty"`
}

// UniverseCount is a figure's value for one population universe, or the
// mark that the publisher did not publish it.
type UniverseCount struct {
	// Universe is the population universe.
	Universe Universe `json:"universe" validate:"required,valid"`
	// Value is the population of the universe; 0 when Unknown.
	Value int64 `json:"value" validate:"gte=0,lte=9007199254740991"`
	// Unknown marks the universe as not published: it has no value, and
	// is never read as zero.
	Unknown bool `json:"unknown,omitempty"`
}

// Count returns the figure's value for universe u. known is false when the
// figure marks u unknown, or does not state it (a universe other than
// total_population and children_0_17 that Universes does not list).
func (p PopulationFigure) Count(u Universe) (n int64, known bool) {
	for _, c := range p.Universes {
		if c.Universe == u {
			if c.Unknown {
				return 0, false
			}
			if u == UniverseTotal || u == UniverseChildren {
				break // stated in Total or Children
			}
			return c.Value, true
		}
	}
	switch u {
	case UniverseTotal:
		return p.Total, true
	case UniverseChildren:
		return p.Children, true
	}
	return 0, false
}

// Universe is a population universe: the whole population or an age
// group, ages in completed years, both bounds included.
type Universe string

// Universe values.
const (
	// UniverseTotal is the whole population, all ages
	// ([PopulationFigure.Total]).
	UniverseTotal Universe = "total_population"
	// UniverseChildren is children aged 0 to 17, under 18
	// ([PopulationFigure.Children]).
	UniverseChildren Universe = "children_0_17"
	// UniverseChildren0To14 is children aged 0 to 14, under 15.
	UniverseChildren0To14 Universe = "children_0_14"
	// UniverseWorkingAge is persons aged 15 to 64.
	UniverseWorkingAge Universe = "working_age_15_64"
	// UniverseAged60Plus is persons aged 60 and over.
	UniverseAged60Plus Universe = "aged_60_plus"
	// UniverseAged65Plus is persons aged 65 and over.
	UniverseAged65Plus Universe = "aged_65_plus"
)

var universeTable = [...]enum.Entry[Universe]{
	{Value: UniverseTotal, Title: "Total population, all ages"},
	{Value: UniverseChildren, Title: "Children aged 0 to 17"},
	{Value: UniverseChildren0To14, Title: "Children aged 0 to 14"},
	{Value: UniverseWorkingAge, Title: "Persons aged 15 to 64"},
	{Value: UniverseAged60Plus, Title: "Persons aged 60 and over"},
	{Value: UniverseAged65Plus, Title: "Persons aged 65 and over"},
}

// UniverseValues returns the values of [Universe] in table order.
func UniverseValues() []Universe { return enum.Values(universeTable[:]) }

// IsValid reports whether u is in the table.
func (u Universe) IsValid() bool { return enum.Valid(universeTable[:], u) }

// Title returns the English title of u, or "".
func (u Universe) Title() string { return enum.Title(universeTable[:], u) }

// CheckValue implements the "valid" validation rule.
func (u Universe) CheckValue() (code, param, message string) { return enum.Check(universeTable[:], u) }

// EnumValues returns the wire values, for schema generation.
func (Universe) EnumValues() []string { return enum.Strings(universeTable[:]) }

// within reports whether every member of universe u also belongs to
// universe of, so that u's value cannot exceed of's.
func (u Universe) within(of Universe) bool {
	switch {
	case u == of:
		return false
	case of == UniverseTotal:
		return true
	case of == UniverseChildren:
		return u == UniverseChildren0To14
	case of == UniverseAged60Plus:
		return u == UniverseAged65Plus
	}
	return false
}

// Registry is one country's workforce dataset as of a date: its
// administrative areas, employers, posts and workers. It is the document
// other systems exchange.
type Registry struct {
	// Country is the ISO 3166-1 alpha-2 code of the country.
	Country CountryCode `json:"country" validate:"required,valid"`
	// AsOf is the date the data describes.
	AsOf CivilDate `json:"as_of" validate:"required"`
	// Source describes where the data came from.
	Source string `json:"source,omitempty" validate:"max=500"`
	// Areas are the administrative areas.
	Areas []AdminArea `json:"areas,omitempty"`
	// Employers are the employing organisations.
	Employers []Employer `json:"employers,omitempty"`
	// Posts are the established positions.
	Posts []Post `json:"posts,omitempty"`
	// Workers are the workers.
	Workers []Worker `json:"workers,omitempty"`
}
