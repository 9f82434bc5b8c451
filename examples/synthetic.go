package examples

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"

	"github.com/sswkit/ssw/workforce"
)

// SyntheticLabel marks everything the generator produces. It is written
// into the registry's source, every population figure's source and every
// area's name, so synthetic data cannot be mistaken for a real register.
const SyntheticLabel = "SYNTHETIC"

// SyntheticConfig configures [NewSynthetic]. The zero value gives the
// default: seed 1, 4,000 workers, as of 2025-06-30.
type SyntheticConfig struct {
	// Seed makes the output deterministic: the same seed and config
	// always give the same registry, byte for byte.
	Seed uint64
	// Workers is the number of workers in post on the as-of date
	// (default 4,000; up to 1,000,000 and more for benchmarks — stream
	// them with [Synthetic.Workers]). The registry also keeps the records
	// of former workers who left some of the vacant posts in the two
	// years before, so attrition can be measured; [Synthetic.Len] counts
	// both.
	Workers int
	// AsOf is the registry date (default 2025-06-30).
	AsOf workforce.CivilDate
	// CredentialScheme, when set, gives a share of professional social
	// workers a credential under that scheme ID (Cambodia has no
	// statutory licensing, so the default is none).
	CredentialScheme workforce.ID
}

func (c SyntheticConfig) withDefaults() SyntheticConfig {
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Workers <= 0 {
		c.Workers = 4000
	}
	if c.AsOf.IsZero() {
		c.AsOf = workforce.MustParseDate("2025-06-30")
	}
	return c
}

// province is one province of the Cambodia-shaped geography: its ISO
// 3166-2 code, its name, a round population close to the 2019 census
// figure, its number of districts and communes, and whether it is mostly
// urban. The numbers shape the synthetic data; they are not statistics.
type province struct {
	code      string
	name      string
	pop       int64
	districts int
	communes  int
	urban     bool
}

// provinces lists the 25 provinces: 204 districts and 1,652 communes in
// all, the count used for the 2022 commune elections.
var provinces = [...]province{
	{"KH-1", "Banteay Meanchey", 860000, 9, 65, false},
	{"KH-2", "Battambang", 990000, 14, 102, false},
	{"KH-3", "Kampong Cham", 900000, 10, 113, false},
	{"KH-4", "Kampong Chhnang", 530000, 8, 69, false},
	{"KH-5", "Kampong Speu", 880000, 8, 87, false},
	{"KH-6", "Kampong Thom", 680000, 9, 81, false},
	{"KH-7", "Kampot", 590000, 8, 92, false},
	{"KH-8", "Kandal", 1200000, 11, 132, false},
	{"KH-9", "Koh Kong", 120000, 7, 29, false},
	{"KH-10", "Kratie", 370000, 6, 48, false},
	{"KH-11", "Mondulkiri", 90000, 5, 21, false},
	{"KH-12", "Phnom Penh", 2280000, 14, 105, true},
	{"KH-13", "Preah Vihear", 250000, 8, 51, false},
	{"KH-14", "Prey Veng", 1060000, 13, 120, false},
	{"KH-15", "Pursat", 410000, 7, 49, false},
	{"KH-16", "Ratanakiri", 200000, 9, 50, false},
	{"KH-17", "Siem Reap", 1010000, 13, 104, false},
	{"KH-18", "Preah Sihanouk", 310000, 5, 28, true},
	{"KH-19", "Stung Treng", 170000, 6, 34, false},
	{"KH-20", "Svay Rieng", 530000, 8, 80, false},
	{"KH-21", "Takeo", 900000, 10, 103, false},
	{"KH-22", "Oddar Meanchey", 270000, 5, 24, false},
	{"KH-23", "Kep", 42000, 2, 5, true},
	{"KH-24", "Pailin", 72000, 2, 8, false},
	{"KH-25", "Tbong Khmum", 780000, 7, 52, false},
}

// Synthetic is a deterministic synthetic national registry, shaped on
// Cambodia: 25 provinces, 204 districts and 1,652 communes with population
// figures (total and children 0–17) for the 2019 census date and a 2031
// projection, a national ministry and its provincial departments, NGO and
// faith-based employers, established posts at every level and workers in
// them. It has the gaps real registries show: workers concentrated in
// Phnom Penh and provincial towns, many communes with no worker, funded
// posts left vacant, frozen posts, workers without a social work degree and
// workers with no recent CPD.
//
// Areas, employers and posts are built once; workers are produced on
// demand from (seed, index), so [Synthetic.Workers] streams a million
// workers in constant memory and any worker can be regenerated alone.
// A Synthetic is immutable and safe for concurrent use.
type Synthetic struct {
	cfg       SyntheticConfig
	areas     []workforce.AdminArea
	employers []workforce.Employer
	posts     []workforce.Post
	// filled[i] is the index of the post worker i holds.
	filled []int32
	// former[k] is the index of the vacant post that former worker
	// Workers+k left.
	former []int32
}

// NewSynthetic builds the areas, employers and posts of a synthetic
// registry.
func NewSynthetic(cfg SyntheticConfig) *Synthetic {
	cfg = cfg.withDefaults()
	s := &Synthetic{cfg: cfg}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x55aa))
	s.buildAreas(rng)
	s.buildEmployers()
	s.buildPosts(rng)
	return s
}

// Config returns the configuration with defaults filled in.
func (s *Synthetic) Config() SyntheticConfig { return s.cfg }

func (s *Synthetic) buildAreas(rng *rand.Rand) {
	census := workforce.MustParseDate("2019-03-03")
	projection := workforce.MustParseDate("2031-07-01")
	src := SyntheticLabel + " (shaped on Cambodia's 2019 General Population Census; not official figures)"
	figures := func(total int64, childShare int) []workforce.PopulationFigure {
		children := total * int64(childShare) / 1000
		// About 1.1% growth a year to 2031, with a slowly falling child share.
		total31 := total * 1145 / 1000
		children31 := total31 * int64(childShare-25) / 1000
		return []workforce.PopulationFigure{
			{Date: census, Total: total, Children: children, Source: src, Vintage: "synthetic census 2019"},
			{Date: projection, Total: total31, Children: children31, Source: src, Vintage: "synthetic projection 2031"},
		}
	}
	nation := workforce.AdminArea{Code: "KH", Name: "Cambodia (" + SyntheticLabel + ")", Level: workforce.LevelNational}
	s.areas = append(s.areas, nation)
	var natTotal, natChildren, natTotal31, natChildren31 int64
	for _, p := range provinces {
		childShare := 380 // per mille of children 0–17
		if p.urban {
			childShare = 310
		}
		setting := workforce.SettingRural
		if p.urban {
			setting = workforce.SettingUrban
		}
		prov := workforce.AdminArea{Code: workforce.AreaCode(p.code), Name: p.name + " (" + SyntheticLabel + ")",
			Level: workforce.LevelProvince, Parent: "KH", Setting: setting}
		provIndex := len(s.areas)
		s.areas = append(s.areas, prov)
		// Split the province's communes and population over its districts.
		communesLeft := p.communes
		popLeft := p.pop
		var provFig [4]int64
		for di := range p.districts {
			nComm := communesLeft / (p.districts - di)
			if di < p.districts-1 {
				nComm = max(1, nComm+rng.IntN(3)-1)
				nComm = min(nComm, communesLeft-(p.districts-di-1))
			} else {
				nComm = communesLeft
			}
			communesLeft -= nComm
			dCode := workforce.AreaCode(fmt.Sprintf("%s-%02d", p.code, di+1))
			dist := workforce.AdminArea{Code: dCode, Name: fmt.Sprintf("%s district %d (%s)", p.name, di+1, SyntheticLabel),
				Level: workforce.LevelDistrict, Parent: prov.Code, Setting: setting}
			distIndex := len(s.areas)
			s.areas = append(s.areas, dist)
			var distFig [4]int64
			for ci := range nComm {
				// Commune populations vary around the province mean.
				share := p.pop / int64(p.communes)
				pop := share*int64(70+rng.IntN(61))/100 + int64(rng.IntN(500))
				if ci == nComm-1 && di == p.districts-1 {
					pop = max(popLeft, 500)
				}
				pop = min(pop, max(popLeft, 500))
				popLeft -= pop
				cs := childShare + rng.IntN(41) - 20
				cSetting := setting
				if p.urban && rng.IntN(4) == 0 {
					cSetting = workforce.SettingMixed
				}
				comm := workforce.AdminArea{
					Code:       workforce.AreaCode(fmt.Sprintf("%s-%02d-%02d", p.code, di+1, ci+1)),
					Name:       fmt.Sprintf("%s commune %d-%d (%s)", p.name, di+1, ci+1, SyntheticLabel),
					Level:      workforce.LevelCommune,
					Parent:     dCode,
					Setting:    cSetting,
					Population: figures(pop, cs),
				}
				for k, f := range comm.Population {
					distFig[2*k] += f.Total
					distFig[2*k+1] += f.Children
				}
				s.areas = append(s.areas, comm)
			}
			s.areas[distIndex].Population = sumFigures(distFig, census, projection, src)
			for k := range provFig {
				provFig[k] += distFig[k]
			}
		}
		s.areas[provIndex].Population = sumFigures(provFig, census, projection, src)
		natTotal += provFig[0]
		natChildren += provFig[1]
		natTotal31 += provFig[2]
		natChildren31 += provFig[3]
	}
	s.areas[0].Population = sumFigures([4]int64{natTotal, natChildren, natTotal31, natChildren31}, census, projection, src)
}

func sumFigures(f [4]int64, census, projection workforce.CivilDate, src string) []workforce.PopulationFigure {
	return []workforce.PopulationFigure{
		{Date: census, Total: f[0], Children: f[1], Source: src, Vintage: "synthetic census 2019"},
		{Date: projection, Total: f[2], Children: f[3], Source: src, Vintage: "synthetic projection 2031"},
	}
}

// Employer IDs of the synthetic registry.
const (
	employerMinistry = "MOSVY"
	employerNGO      = "NGO-CHILD"
	employerFaith    = "FBO-CARE"
	employerIntl     = "INTL-AID"
)

func (s *Synthetic) buildEmployers() {
	s.employers = []workforce.Employer{
		{ID: employerMinistry, Name: "Ministry of Social Affairs (" + SyntheticLabel + ")", Sector: workforce.SectorGovernment, Ministry: "Social Affairs, Veterans and Youth Rehabilitation"},
		{ID: employerNGO, Name: "Child protection NGO (" + SyntheticLabel + ")", Sector: workforce.SectorNGO},
		{ID: employerFaith, Name: "Faith-based care network (" + SyntheticLabel + ")", Sector: workforce.SectorFaithBased},
		{ID: employerIntl, Name: "International agency country office (" + SyntheticLabel + ")", Sector: workforce.SectorInternational},
	}
}

// buildPosts establishes about 1.16 posts per worker: every worker holds
// one post; about 12% of posts are funded but vacant, 3% frozen and 1%
// abolished. Commune posts go mostly to urban and large communes, so many
// rural communes have none.
func (s *Synthetic) buildPosts(rng *rand.Rand) {
	var communes, districts, provs []int
	var weights []int64
	var total int64
	for i, a := range s.areas {
		switch a.Level {
		case workforce.LevelCommune:
			communes = append(communes, i)
			w := a.Population[0].Total
			if a.Setting != workforce.SettingRural {
				w *= 3 // urban concentration
			}
			total += w
			weights = append(weights, total)
		case workforce.LevelDistrict:
			districts = append(districts, i)
		case workforce.LevelProvince:
			provs = append(provs, i)
		}
	}
	pickCommune := func() int {
		x := rng.Int64N(total)
		j, _ := slices.BinarySearch(weights, x+1)
		return communes[min(j, len(communes)-1)]
	}
	nWorkers := s.cfg.Workers
	nPosts := nWorkers + nWorkers*16/100
	s.posts = make([]workforce.Post, nPosts)
	for i := range nPosts {
		var area int
		var cadre workforce.Cadre
		r := rng.IntN(100)
		switch {
		case r < 3:
			area, cadre = 0, pick(rng, workforce.CadreSupervisor, workforce.CadreProfessional, workforce.CadreEducator)
		case r < 15:
			area, cadre = provs[rng.IntN(len(provs))], pick(rng, workforce.CadreProfessional, workforce.CadreSupervisor, workforce.CadreProfessional)
		case r < 45:
			area, cadre = districts[rng.IntN(len(districts))], pick(rng, workforce.CadreProfessional, workforce.CadreParaProfessional, workforce.CadreAllied)
		default:
			area, cadre = pickCommune(), pick(rng, workforce.CadreParaProfessional, workforce.CadreCommunity, workforce.CadreParaProfessional, workforce.CadreProfessional)
		}
		emp := workforce.ID(employerMinistry)
		switch e := rng.IntN(100); {
		case e < 12:
			emp = employerNGO
		case e < 16:
			emp = employerFaith
		case e < 18:
			emp = employerIntl
		}
		fte := workforce.FullTime()
		if cadre == workforce.CadreCommunity || rng.IntN(20) == 0 {
			fte = workforce.MustParseFTE("0.5")
		}
		s.posts[i] = workforce.Post{
			ID:         workforce.ID(fmt.Sprintf("P-%07d", i+1)),
			Cadre:      cadre,
			Level:      s.areas[area].Level,
			Area:       s.areas[area].Code,
			EmployerID: emp,
			Status:     workforce.PostFilled,
			FTE:        fte,
		}
	}
	// Which posts are held: a deterministic shuffle; the first nWorkers
	// are filled, the rest vacant, frozen or abolished. Vacancies fall
	// more often on rural commune posts.
	order := rng.Perm(nPosts)
	s.filled = make([]int32, nWorkers)
	for k, pi := range order {
		if k < nWorkers {
			s.filled[k] = int32(pi)
			continue
		}
		switch r := rng.IntN(100); {
		case r < 75:
			s.posts[pi].Status = workforce.PostFundedVacant
			if rng.IntN(100) < 45 {
				s.former = append(s.former, int32(pi))
			}
		case r < 94:
			s.posts[pi].Status = workforce.PostFrozen
		default:
			s.posts[pi].Status = workforce.PostAbolished
		}
	}
}

func pick[T any](rng *rand.Rand, vs ...T) T { return vs[rng.IntN(len(vs))] }

// Base returns the registry without workers: areas, employers and posts
// (fresh copies).
func (s *Synthetic) Base() workforce.Registry {
	areas := slices.Clone(s.areas)
	for i := range areas {
		areas[i].Population = slices.Clone(areas[i].Population)
	}
	return workforce.Registry{
		Country:   "KH",
		AsOf:      s.cfg.AsOf,
		Source:    SyntheticLabel + fmt.Sprintf(" registry generated by github.com/sswkit/ssw/examples (seed %d); Cambodia-shaped, not real data", s.cfg.Seed),
		Areas:     areas,
		Employers: slices.Clone(s.employers),
		Posts:     slices.Clone(s.posts),
	}
}

// Len returns the number of worker records: the workers in post and the
// former workers.
func (s *Synthetic) Len() int { return s.cfg.Workers + len(s.former) }

// Registry returns the whole registry with every worker record.
func (s *Synthetic) Registry() workforce.Registry {
	r := s.Base()
	r.Workers = make([]workforce.Worker, 0, s.Len())
	for w := range s.Workers() {
		r.Workers = append(r.Workers, w)
	}
	return r
}

// Workers streams the worker records in order: the workers in post, then
// the former workers. Each is generated from the seed and its index alone,
// so memory does not grow with the number of workers.
func (s *Synthetic) Workers() iter.Seq[workforce.Worker] {
	return func(yield func(workforce.Worker) bool) {
		for i := range s.Len() {
			if !yield(s.Worker(i)) {
				return
			}
		}
	}
}

// Worker returns worker record i (0 ≤ i < Len): a worker in post for
// i < Workers, a former worker after. It panics outside that range.
func (s *Synthetic) Worker(i int) workforce.Worker {
	rng := rand.New(rand.NewPCG(s.cfg.Seed, uint64(i)+1))
	leaver := i >= s.cfg.Workers
	var post *workforce.Post
	if leaver {
		post = &s.posts[s.former[i-s.cfg.Workers]]
	} else {
		post = &s.posts[s.filled[i]]
	}
	asOf := s.cfg.AsOf
	w := workforce.Worker{
		ID:          workforce.ID(fmt.Sprintf("W-%07d", i+1)),
		Sex:         workforce.SexFemale,
		Cadre:       post.Cadre,
		Nationality: "KH",
	}
	if r := rng.IntN(100); r < 3 {
		w.Nationality = pick(rng, workforce.CountryCode("PH"), "TH", "VN")
	}
	switch r := rng.IntN(100); {
	case r < 44:
		w.Sex = workforce.SexMale
	case r < 45:
		w.Sex = workforce.SexNotStated
	}
	age := 23 + rng.IntN(38) // 23–60
	if rng.IntN(3) == 0 {
		w.BirthYear = asOf.Year() - age
	} else {
		w.BirthDate = asOf.AddYears(-age).AddDays(-rng.IntN(365))
	}
	// Qualifications: professionals mostly hold a social work degree;
	// others often a degree in a neighbouring field or none.
	grad := asOf.AddYears(-(age - 22)).AddDays(-rng.IntN(200))
	switch post.Cadre {
	case workforce.CadreProfessional, workforce.CadreSupervisor, workforce.CadreEducator:
		field := workforce.FieldSocialWork
		if rng.IntN(100) < 30 {
			field = pick(rng, workforce.FieldSociology, workforce.FieldPsychology, workforce.FieldEducation)
		}
		w.Qualifications = append(w.Qualifications, workforce.Qualification{
			Title: "Bachelor degree", Level: workforce.EducationBachelor, Field: field, Country: "KH",
			Institution: "University (" + SyntheticLabel + ")", Accredited: rng.IntN(2) == 0, Completed: grad,
		})
		if rng.IntN(100) < 15 && grad.AddYears(3).Before(asOf) {
			w.Qualifications = append(w.Qualifications, workforce.Qualification{
				Title: "Master of Social Work", Level: workforce.EducationMaster, Field: workforce.FieldSocialWork, Country: "KH",
				Institution: "University (" + SyntheticLabel + ")", Completed: grad.AddYears(3),
			})
		}
	case workforce.CadreParaProfessional, workforce.CadreAllied:
		if rng.IntN(100) < 60 {
			w.Qualifications = append(w.Qualifications, workforce.Qualification{
				Level:   pick(rng, workforce.EducationShortCycle, workforce.EducationUpperSecondary, workforce.EducationBachelor),
				Field:   pick(rng, workforce.FieldSocialWork, workforce.FieldEducation, workforce.FieldOther, workforce.FieldNursing),
				Country: "KH", Completed: grad,
			})
		}
	}
	start := asOf.AddDays(-rng.IntN(365 * min(age-21, 20)))
	typ := workforce.EmploymentPermanent
	if post.EmployerID != employerMinistry {
		typ = workforce.EmploymentFixedTerm
	}
	if post.Cadre == workforce.CadreCommunity {
		typ = workforce.EmploymentVolunteer
	}
	// Some workers changed posts: an earlier, ended employment in a post
	// that is now vacant is not modelled; the past employment is a
	// transfer within the same post, which keeps the registry valid.
	if rng.IntN(100) < 10 && workforce.DaysBetween(start, asOf) > 800 {
		mid := start.AddDays(400)
		w.Employments = append(w.Employments, workforce.Employment{PostID: post.ID, Start: start, End: mid.AddDays(-1),
			FTE: post.FTE, Type: workforce.EmploymentFixedTerm, ExitReason: workforce.ExitTransfer})
		start = mid
	}
	current := workforce.Employment{PostID: post.ID, Start: start, FTE: post.FTE, Type: typ}
	if leaver {
		// Left in the two years before the as-of date, within the post.
		end := asOf.AddDays(-1 - rng.IntN(730))
		if end.Before(start) {
			current.Start = end.AddDays(-rng.IntN(900))
		}
		current.End = end
		current.ExitReason = pick(rng, workforce.ExitResignation, workforce.ExitResignation, workforce.ExitRetirement,
			workforce.ExitEndOfContract, workforce.ExitDismissal, workforce.ExitDeath)
		if len(w.Employments) > 0 && !w.Employments[0].End.Before(current.Start) {
			w.Employments = nil // the earlier spell would overlap: keep one
		}
	}
	w.Employments = append(w.Employments, current)
	// CPD: about a third have none in the last three years.
	if rng.IntN(100) >= 33 {
		n := 1 + rng.IntN(6)
		for range n {
			h := workforce.MustParseHours(fmt.Sprintf("%d.%d0", 2+rng.IntN(14), rng.IntN(2)*5))
			w.CPD = append(w.CPD, workforce.CPDRecord{
				Date:     asOf.AddDays(-rng.IntN(3 * 365)),
				Hours:    h,
				Category: pick(rng, workforce.CPDStructured, workforce.CPDStructured, workforce.CPDUnstructured),
				Activity: pick(rng, workforce.ActivityCourse, workforce.ActivityWorkshop, workforce.ActivitySupervisionReceived, workforce.ActivityELearning, workforce.ActivityPeerReflection),
				Provider: "Training provider (" + SyntheticLabel + ")",
			})
		}
	}
	if s.cfg.CredentialScheme != "" && post.Cadre == workforce.CadreProfessional && rng.IntN(100) < 55 {
		issued := grad.AddDays(180 + rng.IntN(400))
		if issued.After(asOf) {
			issued = asOf
		}
		status := workforce.CredentialActive
		expires := issued.AddYears(3)
		for expires.Before(asOf) && rng.IntN(100) < 80 {
			issued, expires = expires, expires.AddYears(3)
		}
		if expires.Before(asOf) {
			status = workforce.CredentialExpired
		}
		if issued.After(asOf) {
			issued = asOf.AddDays(-1)
		}
		w.Credentials = append(w.Credentials, workforce.Credential{SchemeID: s.cfg.CredentialScheme,
			Number: fmt.Sprintf("%07d", i+1), Issued: issued, Expires: expires, Status: status})
	}
	return w
}
