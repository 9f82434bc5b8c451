// Package gen holds rapid generators of valid workforce values, shared by
// the property tests of several packages. Only tests import it.
//
// Every generator is a deterministic function of the data rapid draws. A
// slice that would be empty is nil, because encoding/json omits both and a
// decoded document holds nil.
package gen

import (
	"fmt"
	"time"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/workforce"
)

// Date draws a date between from and to inclusive.
func Date(from, to workforce.CivilDate) *rapid.Generator[workforce.CivilDate] {
	return rapid.Custom(func(t *rapid.T) workforce.CivilDate {
		n := rapid.IntRange(0, workforce.DaysBetween(from, to)).Draw(t, "days")
		return from.AddDays(n)
	})
}

// AnyDate draws any representable date, biased towards month ends and
// 29 February.
func AnyDate() *rapid.Generator[workforce.CivilDate] {
	return rapid.Custom(func(t *rapid.T) workforce.CivilDate {
		y := rapid.IntRange(1, 9999).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		last := workforce.DaysIn(y, m)
		d := rapid.OneOf(rapid.IntRange(1, last), rapid.Just(last), rapid.IntRange(max(1, last-2), last)).Draw(t, "day")
		return workforce.MustNewDate(y, m, d)
	})
}

// Fixed draws the canonical text of a non-negative decimal with up to
// intDigits integer digits and up to scale fraction digits, trailing zeros
// included.
func Fixed(intDigits, scale int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		var ip string
		if rapid.IntRange(0, 4).Draw(t, "zero") == 0 {
			ip = "0"
		} else {
			ip = rapid.StringMatching(fmt.Sprintf("[1-9][0-9]{0,%d}", intDigits-1)).Draw(t, "int")
		}
		s := rapid.IntRange(0, scale).Draw(t, "scale")
		if s == 0 {
			return ip
		}
		return ip + "." + rapid.StringMatching(fmt.Sprintf("[0-9]{%d}", s)).Draw(t, "frac")
	})
}

// Hours draws valid hours.
func Hours() *rapid.Generator[workforce.Hours] {
	return rapid.Custom(func(t *rapid.T) workforce.Hours {
		return workforce.MustParseHours(Fixed(4, 2).Draw(t, "hours"))
	})
}

// Credits draws valid credits.
func Credits() *rapid.Generator[workforce.Credits] {
	return rapid.Custom(func(t *rapid.T) workforce.Credits {
		return workforce.MustParseCredits(Fixed(3, 2).Draw(t, "credits"))
	})
}

// FTEHundredths draws an FTE of n hundredths (1 ≤ n ≤ 100) written with
// 0, 1 or 2 decimals as the value allows.
func FTEHundredths(n int) *rapid.Generator[workforce.FTE] {
	return rapid.Custom(func(t *rapid.T) workforce.FTE {
		var s string
		switch {
		case n == 100:
			s = rapid.SampledFrom([]string{"1", "1.0", "1.00"}).Draw(t, "fte")
		case n%10 == 0:
			s = rapid.SampledFrom([]string{fmt.Sprintf("0.%d", n/10), fmt.Sprintf("0.%02d", n)}).Draw(t, "fte")
		default:
			s = rapid.Just(fmt.Sprintf("0.%02d", n)).Draw(t, "fte")
		}
		return workforce.MustParseFTE(s)
	})
}

// FTE draws a valid FTE.
func FTE() *rapid.Generator[workforce.FTE] {
	return rapid.Custom(func(t *rapid.T) workforce.FTE {
		return FTEHundredths(rapid.IntRange(1, 100).Draw(t, "hundredths")).Draw(t, "fte")
	})
}

// Amount draws a valid amount.
func Amount() *rapid.Generator[workforce.Amount] {
	return rapid.Custom(func(t *rapid.T) workforce.Amount {
		return workforce.MustParseAmount(Fixed(12, 4).Draw(t, "amount"))
	})
}

// ID draws a valid identifier with the given prefix.
func ID(prefix string) *rapid.Generator[workforce.ID] {
	return rapid.Custom(func(t *rapid.T) workforce.ID {
		return workforce.ID(prefix + rapid.StringMatching(`[A-Za-z0-9]{1,6}([._:-][A-Za-z0-9]{1,4})?`).Draw(t, "id"))
	})
}

// Text draws a short free text of 1 to max runes, including non-ASCII
// letters.
func Text(max int) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		r := rapid.SliceOfN(rapid.RuneFrom([]rune("abcdefghijklmnopqrstuvwxyz ABCÉàéöñ'-ạăđ")), 1, max).Draw(t, "text")
		return string(r)
	})
}

// Optional returns g's value or the zero value.
func Optional[T any](g *rapid.Generator[T]) *rapid.Generator[T] {
	return rapid.Custom(func(t *rapid.T) T {
		if rapid.Bool().Draw(t, "present") {
			return g.Draw(t, "value")
		}
		var zero T
		return zero
	})
}

// Slice draws 0 to max elements; an empty result is nil.
func Slice[T any](g *rapid.Generator[T], max int) *rapid.Generator[[]T] {
	return rapid.Custom(func(t *rapid.T) []T {
		s := rapid.SliceOfN(g, 0, max).Draw(t, "items")
		if len(s) == 0 {
			return nil
		}
		return s
	})
}

// Country draws an ISO 3166-1 code, mostly ASEAN members.
func Country() *rapid.Generator[workforce.CountryCode] {
	return rapid.OneOf(
		rapid.SampledFrom([]workforce.CountryCode{"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}),
		rapid.SampledFrom(workforce.CountryCodes()))
}

// Qualification draws a valid qualification completed by asOf.
func Qualification(asOf workforce.CivilDate) *rapid.Generator[workforce.Qualification] {
	return rapid.Custom(func(t *rapid.T) workforce.Qualification {
		return workforce.Qualification{
			Title:       Optional(Text(40)).Draw(t, "title"),
			Level:       rapid.SampledFrom(workforce.EducationLevelValues()).Draw(t, "level"),
			Field:       rapid.SampledFrom(workforce.FieldOfStudyValues()).Draw(t, "field"),
			Institution: Optional(Text(40)).Draw(t, "institution"),
			Country:     Optional(Country()).Draw(t, "country"),
			Accredited:  rapid.Bool().Draw(t, "accredited"),
			Completed:   Optional(Date(asOf.AddYears(-40), asOf)).Draw(t, "completed"),
		}
	})
}

// Credential draws a valid credential issued by asOf.
func Credential(asOf workforce.CivilDate) *rapid.Generator[workforce.Credential] {
	return rapid.Custom(func(t *rapid.T) workforce.Credential {
		issued := Date(asOf.AddYears(-30), asOf).Draw(t, "issued")
		c := workforce.Credential{
			SchemeID: rapid.SampledFrom([]workforce.ID{"PH-RSW-PIC", "TH-SW-LICENCE", "SG-RSW", "VN-SW-PRACTICE"}).Draw(t, "scheme"),
			Number:   Optional(rapid.StringMatching(`[0-9]{4,10}`)).Draw(t, "number"),
			Issued:   issued,
			Status:   rapid.SampledFrom(workforce.CredentialStatusValues()).Draw(t, "status"),
		}
		if rapid.Bool().Draw(t, "expires") {
			c.Expires = issued.AddDays(rapid.IntRange(1, 3650).Draw(t, "term"))
		}
		return c
	})
}

// CPDRecord draws a valid CPD record dated by asOf.
func CPDRecord(asOf workforce.CivilDate) *rapid.Generator[workforce.CPDRecord] {
	return rapid.Custom(func(t *rapid.T) workforce.CPDRecord {
		r := workforce.CPDRecord{
			Date:       Date(asOf.AddYears(-6), asOf).Draw(t, "date"),
			Category:   rapid.SampledFrom(workforce.CPDCategoryValues()).Draw(t, "category"),
			Activity:   rapid.SampledFrom(workforce.CPDActivityValues()).Draw(t, "activity"),
			Topics:     Slice(rapid.SampledFrom(workforce.CPDTopicValues()), 3).Draw(t, "topics"),
			Provider:   Optional(Text(30)).Draw(t, "provider"),
			Title:      Optional(Text(30)).Draw(t, "title"),
			Accredited: rapid.Bool().Draw(t, "accredited"),
		}
		switch rapid.IntRange(0, 2).Draw(t, "quantity") {
		case 0:
			r.Hours = Hours().Draw(t, "hours")
		case 1:
			r.Credits = Credits().Draw(t, "credits")
		default:
			r.Hours = Hours().Draw(t, "hours")
			r.Credits = Credits().Draw(t, "credits")
		}
		return r
	})
}

// Employments draws up to max employments in the given posts whose
// concurrent FTE never exceeds 1: the FTEs of all employments add up to at
// most 1.00.
func Employments(posts []workforce.ID, asOf workforce.CivilDate, max int) *rapid.Generator[[]workforce.Employment] {
	return rapid.Custom(func(t *rapid.T) []workforce.Employment {
		n := rapid.IntRange(0, max).Draw(t, "n")
		if len(posts) == 0 {
			return nil
		}
		left := 100
		var out []workforce.Employment
		for i := 0; i < n && left > 0; i++ {
			h := rapid.IntRange(1, left).Draw(t, "hundredths")
			left -= h
			start := Date(asOf.AddYears(-30), asOf).Draw(t, "start")
			e := workforce.Employment{
				PostID: rapid.SampledFrom(posts).Draw(t, "post"),
				Start:  start,
				FTE:    FTEHundredths(h).Draw(t, "fte"),
				Type:   rapid.SampledFrom(workforce.EmploymentTypeValues()).Draw(t, "type"),
			}
			if rapid.Bool().Draw(t, "ended") {
				e.End = Date(start, asOf).Draw(t, "end")
				e.ExitReason = Optional(rapid.SampledFrom(workforce.ExitReasonValues())).Draw(t, "exit")
			}
			out = append(out, e)
		}
		return out
	})
}

// Worker draws a valid worker whose employments are in the given posts and
// whose dated facts are on or before asOf.
func Worker(id workforce.ID, posts []workforce.ID, asOf workforce.CivilDate) *rapid.Generator[workforce.Worker] {
	return rapid.Custom(func(t *rapid.T) workforce.Worker {
		w := workforce.Worker{
			ID:             id,
			Sex:            rapid.SampledFrom(workforce.SexValues()).Draw(t, "sex"),
			Cadre:          rapid.SampledFrom(workforce.CadreValues()).Draw(t, "cadre"),
			ISCO:           Optional(rapid.SampledFrom([]workforce.ISCO08{"2635", "3412", "1344", "2634"})).Draw(t, "isco"),
			Nationality:    Optional(Country()).Draw(t, "nationality"),
			Qualifications: Slice(Qualification(asOf), 2).Draw(t, "qualifications"),
			Credentials:    Slice(Credential(asOf), 2).Draw(t, "credentials"),
			Employments:    Employments(posts, asOf, 3).Draw(t, "employments"),
			CPD:            Slice(CPDRecord(asOf), 4).Draw(t, "cpd"),
		}
		switch rapid.IntRange(0, 3).Draw(t, "birth") {
		case 1:
			w.BirthDate = Date(asOf.AddYears(-70), asOf.AddYears(-18)).Draw(t, "birth_date")
		case 2:
			w.BirthYear = rapid.IntRange(max(1900, asOf.Year()-70), asOf.Year()-18).Draw(t, "birth_year")
		case 3:
			w.BirthDate = Date(asOf.AddYears(-70), asOf.AddYears(-18)).Draw(t, "birth_date")
			w.BirthYear = w.BirthDate.Year()
		}
		return w
	})
}

// AnyWorker draws a valid standalone worker.
func AnyWorker() *rapid.Generator[workforce.Worker] {
	return rapid.Custom(func(t *rapid.T) workforce.Worker {
		asOf := Date(workforce.MustParseDate("2000-01-01"), workforce.MustParseDate("2030-12-31")).Draw(t, "as_of")
		posts := rapid.SliceOfNDistinct(ID("P-"), 1, 4, func(id workforce.ID) workforce.ID { return id }).Draw(t, "posts")
		return Worker(ID("W-").Draw(t, "id"), posts, asOf).Draw(t, "worker")
	})
}

// Population draws a valid population figure.
func Population(date workforce.CivilDate) *rapid.Generator[workforce.PopulationFigure] {
	return rapid.Custom(func(t *rapid.T) workforce.PopulationFigure {
		total := rapid.Int64Range(0, 20_000_000).Draw(t, "total")
		return workforce.PopulationFigure{
			Date:     date,
			Total:    total,
			Children: rapid.Int64Range(0, total).Draw(t, "children"),
			Source:   rapid.SampledFrom([]string{"National Institute of Statistics", "UN WPP 2024"}).Draw(t, "source"),
			Vintage:  rapid.SampledFrom([]string{"2019 census, final", "2024 revision, medium variant"}).Draw(t, "vintage"),
		}
	})
}

// Populations draws up to max figures with distinct dates.
func Populations(asOf workforce.CivilDate, max int) *rapid.Generator[[]workforce.PopulationFigure] {
	return rapid.Custom(func(t *rapid.T) []workforce.PopulationFigure {
		dates := rapid.SliceOfNDistinct(Date(asOf.AddYears(-10), asOf.AddYears(10)), 0, max,
			func(d workforce.CivilDate) workforce.CivilDate { return d }).Draw(t, "dates")
		if len(dates) == 0 {
			return nil
		}
		out := make([]workforce.PopulationFigure, len(dates))
		for i, d := range dates {
			out[i] = Population(d).Draw(t, "figure")
		}
		return out
	})
}

// AdminArea draws a valid area with the given code, level and parent.
func AdminArea(code workforce.AreaCode, level workforce.AdminLevel, parent workforce.AreaCode, asOf workforce.CivilDate) *rapid.Generator[workforce.AdminArea] {
	return rapid.Custom(func(t *rapid.T) workforce.AdminArea {
		a := workforce.AdminArea{
			Code:       code,
			Name:       Text(30).Draw(t, "name"),
			Level:      level,
			Parent:     parent,
			Setting:    Optional(rapid.SampledFrom(workforce.SettingValues())).Draw(t, "setting"),
			Population: Populations(asOf, 3).Draw(t, "population"),
		}
		if rapid.Bool().Draw(t, "dated") {
			a.ValidFrom = Date(asOf.AddYears(-30), asOf).Draw(t, "valid_from")
		}
		return a
	})
}

// Employer draws a valid employer.
func Employer(id workforce.ID) *rapid.Generator[workforce.Employer] {
	return rapid.Custom(func(t *rapid.T) workforce.Employer {
		return workforce.Employer{
			ID:       id,
			Name:     Text(40).Draw(t, "name"),
			Sector:   rapid.SampledFrom(workforce.SectorValues()).Draw(t, "sector"),
			Ministry: Optional(Text(40)).Draw(t, "ministry"),
		}
	})
}

// Registry draws a valid registry: a national area with provinces,
// districts and communes, employers, posts in those areas at their levels,
// and workers employed in those posts.
func Registry() *rapid.Generator[workforce.Registry] {
	return rapid.Custom(func(t *rapid.T) workforce.Registry {
		asOf := Date(workforce.MustParseDate("2010-01-01"), workforce.MustParseDate("2030-12-31")).Draw(t, "as_of")
		country := rapid.SampledFrom([]workforce.CountryCode{"KH", "PH", "VN", "TH", "ID"}).Draw(t, "country")
		reg := workforce.Registry{Country: country, AsOf: asOf, Source: Optional(Text(40)).Draw(t, "source")}
		nat := workforce.AreaCode(country)
		reg.Areas = append(reg.Areas, AdminArea(nat, workforce.LevelNational, "", asOf).Draw(t, "nation"))
		levels := []workforce.AdminLevel{workforce.LevelProvince, workforce.LevelDistrict, workforce.LevelCommune}
		parents := []workforce.AreaCode{nat}
		for depth, level := range levels {
			var next []workforce.AreaCode
			for pi, parent := range parents {
				n := rapid.IntRange(0, 3-depth/2).Draw(t, "children")
				for k := range n {
					code := workforce.AreaCode(fmt.Sprintf("%s-%d%d%d", country, depth, pi, k))
					reg.Areas = append(reg.Areas, AdminArea(code, level, parent, asOf).Draw(t, "area"))
					next = append(next, code)
				}
			}
			parents = next
		}
		nEmp := rapid.IntRange(1, 3).Draw(t, "employers")
		var empIDs []workforce.ID
		for i := range nEmp {
			id := workforce.ID(fmt.Sprintf("E-%d", i))
			empIDs = append(empIDs, id)
			reg.Employers = append(reg.Employers, Employer(id).Draw(t, "employer"))
		}
		nPost := rapid.IntRange(0, 8).Draw(t, "posts")
		var postIDs []workforce.ID
		for i := range nPost {
			ai := rapid.IntRange(0, len(reg.Areas)-1).Draw(t, "post_area")
			id := workforce.ID(fmt.Sprintf("P-%d", i))
			postIDs = append(postIDs, id)
			reg.Posts = append(reg.Posts, workforce.Post{
				ID:         id,
				Title:      Optional(Text(30)).Draw(t, "title"),
				Cadre:      rapid.SampledFrom(workforce.CadreValues()).Draw(t, "cadre"),
				Level:      reg.Areas[ai].Level,
				Area:       reg.Areas[ai].Code,
				EmployerID: rapid.SampledFrom(empIDs).Draw(t, "employer"),
				Status:     rapid.SampledFrom(workforce.PostStatusValues()).Draw(t, "status"),
				FTE:        FTE().Draw(t, "fte"),
			})
		}
		nWork := rapid.IntRange(0, 8).Draw(t, "workers")
		for i := range nWork {
			reg.Workers = append(reg.Workers, Worker(workforce.ID(fmt.Sprintf("W-%d", i)), postIDs, asOf).Draw(t, "worker"))
		}
		if len(reg.Posts) == 0 {
			reg.Posts = nil
		}
		if len(reg.Workers) == 0 {
			reg.Workers = nil
		}
		return reg
	})
}
