package declaration

import (
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// IDs of the shipped plans.
const (
	// VietNamDecision112ID is Viet Nam's Social Work Development Programme
	// 2021-2030 (Decision 112/QD-TTg).
	VietNamDecision112ID workforce.ID = "VN.decision-112-2021"
	// VietNamDecision966ID is Viet Nam's master plan for the network of
	// social-assistance facilities 2021-2030 (Decision 966/QD-TTg).
	VietNamDecision966ID workforce.ID = "VN.decision-966-2023"
	// CambodiaSSWPlanID is Cambodia's Strategic Plan on the Social Service
	// Workforce 2022-2031.
	CambodiaSSWPlanID workforce.ID = "KH.ssw-strategic-plan-2022-2031"
)

// Plans returns the shipped national plans: Viet Nam's Decisions 112 and
// 966 and Cambodia's Strategic Plan 2022-2031. Every call returns fresh
// values. Each target carries the confidence of the reference material:
// three 2030 values of Decision 112 are unconfirmed recollections (one has
// no known value at all), and Cambodia's staffing norm is only partly
// confirmed as a formal plan target.
func Plans() []Plan {
	return []Plan{VietNamDecision112(), VietNamDecision966(), CambodiaSSWPlan()}
}

// PlanByID returns the shipped plan with the ID and true, or false.
func PlanByID(id workforce.ID) (Plan, bool) {
	for _, p := range Plans() {
		if p.ID == id {
			return p, true
		}
	}
	return Plan{}, false
}

func vnSources112() (summary, lawnet, baotintuc, ngaynay, laodong, text Citation) {
	summary = cite("thuvienphapluat.vn: summary of Decision 112/QD-TTg, targets to 2025",
		"https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thoi-su-phap-luat/chinh-sach-moi/33933/day-manh-phat-trien-cong-tac-xa-hoi-den-nam-2025")
	lawnet = cite("LawNet: cadres, civil servants and public employees doing social work eligible for a monthly allowance of at least the base salary",
		"https://lawnet.vn/thong-tin-phap-luat/en/khac/cadres-civil-servants-public-employees-doing-social-work-in-vietnam-eligible-for-monthly-allowance-of-at-least-the-base-salary-105515.html")
	baotintuc = cite("Bao Tin Tuc: promoting social work development 2021-2030",
		"https://baotintuc.vn/xa-hoi/day-manh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-20210126202806131.htm")
	ngaynay = cite("Ngay Nay: access to social work services (Decision 112 targets to 2030)",
		"https://ngaynay.vn/tao-dieu-kien-cho-nguoi-dan-tiep-can-dich-vu-cong-tac-xa-hoi-kip-thoi-hieu-qua-post103231.html")
	laodong = cite("Lao Dong Thu Do: promoting social work development 2021-2030",
		"https://laodongthudo.vn/day-manh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-118093.html")
	text = cite("thuvienphapluat.vn: Decision 112/QD-TTg of 22 January 2021 (text)",
		"https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-112-QD-TTg-2021-Chuong-trinh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-463552.aspx")
	return
}

const (
	vn112Staffed  indicators.IndicatorID = "VN112-SW-STAFFED"
	vn112Trained  indicators.IndicatorID = "VN112-STAFF-TRAINED"
	vn112Services indicators.IndicatorID = "VN112-FACILITY-SERVICES"
	vn112People   indicators.IndicatorID = "VN112-PEOPLE-SUPPORTED"
	vn112Children indicators.IndicatorID = "VN112-CHILDREN-SUPPORTED"
)

func mustDec(s string) workforce.Decimal { return workforce.MustParseDecimal(s) }

func mustDate(s string) workforce.CivilDate { return workforce.MustParseDate(s) }

// VietNamDecision112 returns Viet Nam's Social Work Development Programme
// 2021-2030, adopted by Decision 112/QD-TTg of 22 January 2021, with its
// 2025 and 2030 targets and three provincial overrides. A fresh value.
//
// Its staffing target is a pooled share: agencies, organisations and
// facilities (social assistance, drug rehabilitation, prisons, reform
// schools, judicial bodies, schools, hospitals) and communes, wards and
// towns together — not separate shares of provinces and communes. The
// 2030 values of targets VN-112-02b and VN-112-05b are unconfirmed
// recollections and the size of VN-112-04b is not known (its evaluation is
// always unknown until a value is confirmed).
func VietNamDecision112() Plan {
	summary, lawnet, baotintuc, ngaynay, laodong, text := vnSources112()
	camau := cite("Cà Mau Provincial People's Committee, Plan 62/KH-UBND of 19 April 2021 implementing Decision 112",
		"https://hethongphapluat.com/ke-hoach-62-kh-ubnd-nam-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-tren-dia-ban-tinh-ca-mau.html")
	hanoi := cite("Ha Noi People's Committee, Plan 141/KH-UBND of 7 June 2021 implementing Decision 112",
		"https://hethongphapluat.com/ke-hoach-141-kh-ubnd-nam-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-cua-thanh-pho-ha-noi-giai-doan-2021-2030.html")
	bacninh := cite("Bắc Ninh Provincial People's Committee, Plan 325/KH-UBND of 18 May 2021 implementing Decision 112",
		"https://hethongphapluat.vn/ke-hoach-325-kh-ubnd-nam-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-tren-dia-ban-tinh-bac-ninh.html")
	share := func(id workforce.ID, ind indicators.IndicatorID, desc, threshold string, year int, conf Confidence, src ...Citation) Target {
		return Target{ID: id, Indicator: ind, Description: desc, Comparator: AtLeast, Threshold: mustDec(threshold),
			TargetYear: year, Reach: ReachEachArea, Confidence: conf, Sources: src}
	}
	staffedDesc := "Share of agencies, organisations and facilities (social assistance, drug rehabilitation, prisons, reform schools, judicial bodies, schools, hospitals) and communes, wards and towns that assign social-work staff or collaborators."
	t01a := share("VN-112-01a", vn112Staffed, staffedDesc, "60", 2025, ConfidenceConfirmed, summary, lawnet)
	t01a.Overrides = []TargetOverride{
		{Area: "VN-59", AreaName: "Cà Mau (before the 2025 merger)", Instrument: "Plan 62/KH-UBND",
			ValidFrom: mustDate("2021-04-19"), Threshold: mustDec("70"), Confidence: ConfidenceConfirmed, Sources: []Citation{camau}},
		{Area: "VN-HN", AreaName: "Ha Noi", Instrument: "Plan 141/KH-UBND",
			ValidFrom: mustDate("2021-06-07"), Threshold: mustDec("60"), Confidence: ConfidenceConfirmed, Sources: []Citation{hanoi}},
		{Area: "VN-56", AreaName: "Bắc Ninh (before the 2025 merger)", Instrument: "Plan 325/KH-UBND",
			ValidFrom: mustDate("2021-05-18"), Threshold: mustDec("60"), Confidence: ConfidenceConfirmed, Sources: []Citation{bacninh}},
	}
	t01a.Notes = "Provincial plans restate or raise the share. Cà Mau absorbed Bạc Liêu and Bắc Ninh absorbed Bắc Giang on 2025-07-01, so from that day the targets of Bạc Liêu and Bắc Giang no longer apply, later figures of Cà Mau and Bắc Ninh need remapping and earlier ones are flagged (see ShippedAreaChanges). Area codes are ISO 3166-2:VN."
	t02b := share("VN-112-02b", vn112Trained, "Share of social-work cadres, civil servants, public employees, staff and collaborators trained or retrained in professional skills.", "50", 2030, ConfidenceUnconfirmed)
	t02b.Notes = "Recollection only; not found in any retrieved source."
	t05b := share("VN-112-05b", vn112Children, "Share of children in special circumstances who receive social-work support and services.", "90", 2030, ConfidenceUnconfirmed)
	t05b.Notes = "Recollection only; not found in any retrieved source."
	return Plan{
		ID: VietNamDecision112ID, Country: "VN",
		Title:      "Social Work Development Programme 2021-2030",
		Instrument: "Decision 112/QD-TTg",
		Issuer:     "Prime Minister of Viet Nam (signed by Deputy Prime Minister Vũ Đức Đam)",
		Issued:     mustDate("2021-01-22"), StartYear: 2021, EndYear: 2030,
		Phases: []PlanPhase{
			{Name: "To 2025", StartYear: 2021, EndYear: 2025, Focus: "First set of targets", Confidence: ConfidenceUnconfirmed},
			{Name: "To 2030", StartYear: 2026, EndYear: 2030, Focus: "Second set of targets", Confidence: ConfidenceUnconfirmed},
		},
		Commitments: []CommitmentID{C01LegalFramework, C02StrategicPlan, C06Retention, C07Resources, C10PublicPerception},
		Measures: []PlanMeasure{
			{ID: vn112Staffed, Name: "Agencies, facilities and communes with social-work staff", Kind: indicators.KindRatio, Unit: "%",
				Description: staffedDesc + " Numerator: those with at least one to two staff or collaborators doing social work, paid a monthly allowance of at least the government base salary. Denominator: all of them, pooled. Percent.",
				Related:     []indicators.IndicatorID{indicators.SSWUnitCoverage}},
			{ID: vn112Trained, Name: "Social-work staff and collaborators trained", Kind: indicators.KindRatio, Unit: "%",
				Description: "Social-work cadres, civil servants, public employees, staff and collaborators trained or retrained in professional skills, as a percentage of all of them."},
			{ID: vn112Services, Name: "Establishments providing social-work services", Kind: indicators.KindRatio, Unit: "%",
				Description: "Planned social-assistance, health, education and other establishments that provide social-work services, as a percentage of those planned."},
			{ID: vn112People, Name: "People in difficult circumstances supported", Kind: indicators.KindCount, Unit: "persons",
				Description: "Number of people in difficult circumstances receiving social-work counselling or support in the year."},
			{ID: vn112Children, Name: "Children in special circumstances supported", Kind: indicators.KindRatio, Unit: "%",
				Description: "Orphaned or abandoned children, children with HIV/AIDS, children affected by Agent Orange, children with disabilities and children affected by disasters or epidemics who receive social-work support and services, as a percentage of all such children."},
		},
		Targets: []Target{
			t01a,
			share("VN-112-01b", vn112Staffed, staffedDesc, "90", 2030, ConfidenceConfirmed, baotintuc, ngaynay),
			share("VN-112-02a", vn112Trained, "Share of social-work cadres, civil servants, public employees, staff and collaborators trained or retrained in professional skills.", "30", 2025, ConfidenceConfirmed, summary, lawnet),
			t02b,
			share("VN-112-03a", vn112Services, "Share of planned social-assistance, health, education and other establishments providing social-work services.", "50", 2025, ConfidenceConfirmed, summary),
			share("VN-112-03b", vn112Services, "Share of planned social-assistance, health, education and other establishments providing social-work services.", "60", 2030, ConfidenceConfirmed, baotintuc, laodong),
			{
				ID: "VN-112-04a", Indicator: vn112People, Comparator: RelativeIncrease, Threshold: mustDec("20"),
				Description:  "Number of people in difficult circumstances receiving social-work counselling or support: 20 % more than in 2020.",
				BaselineYear: 2020, TargetYear: 2025, Reach: ReachNational, Confidence: ConfidenceConfirmed, Sources: []Citation{summary},
				Notes: "The 2020 value is not published in the sources: supply it as an observation, or the evaluation is unknown.",
			},
			{
				ID: "VN-112-04b", Indicator: vn112People, Comparator: RelativeIncrease,
				Description:  "Number of people in difficult circumstances receiving social-work counselling or support: a further increase over 2025.",
				BaselineYear: 2025, TargetYear: 2030, Reach: ReachNational, Confidence: ConfidenceUnconfirmed,
				Notes: "The size of the increase is not confirmed, so the threshold is left out and the evaluation is unknown.",
			},
			share("VN-112-05a", vn112Children, "Share of children in special circumstances who receive social-work support and services.", "85", 2025, ConfidenceConfirmed, summary),
			t05b,
		},
		Confidence: ConfidenceConfirmed,
		Sources:    []Citation{text, summary, lawnet, baotintuc},
		Notes:      "Succeeds Decision 32/2010/QD-TTg (2010-2020). Confirmed task groups: legal framework for social work (roles, titles, pay grades, allowances, standards); the network of social-work service providers; training and capacity of staff and collaborators; awareness-raising. The full task list (reported as eight) and the funding and reporting clauses are not confirmed. The two phases are inferred from the target years.",
	}
}

const (
	vn966Total       indicators.IndicatorID = "VN966-FAC-TOTAL"
	vn966Elderly     indicators.IndicatorID = "VN966-FAC-ELDERLY"
	vn966Mental      indicators.IndicatorID = "VN966-FAC-MENTAL-HEALTH"
	vn966DrugRehab   indicators.IndicatorID = "VN966-FAC-DRUG-REHAB"
	vn966Children    indicators.IndicatorID = "VN966-FAC-CHILDREN"
	vn966Disability  indicators.IndicatorID = "VN966-FAC-DISABILITY"
	vn966General     indicators.IndicatorID = "VN966-FAC-GENERAL"
	vn966Cared       indicators.IndicatorID = "VN966-PEOPLE-CARED"
	vn966CaredOlder  indicators.IndicatorID = "VN966-OLDER-CARED"
	vn966NoCaregiver indicators.IndicatorID = "VN966-NO-CAREGIVER-SERVED"
	vn966DrugUsers   indicators.IndicatorID = "VN966-DRUG-USERS-SERVED"
)

// VietNamDecision966 returns Viet Nam's master plan for the network of
// social-assistance facilities 2021-2030 with a vision to 2050, approved
// by Decision 966/QD-TTg of 17 August 2023, with its 2030 targets. The six
// targets by facility type add up to the 725 facilities of the total. A
// fresh value.
func VietNamDecision966() Plan {
	vnp := cite("VietnamPlus: Master plan for social assistance facilities network for 2021-2030 period approved",
		"https://en.vietnamplus.vn/master-plan-for-social-assistance-facilities-network-for-20212030-period-approved/266489.vnp")
	lvn := cite("LuatVietnam: Master plan for development of social assistance facilities approved",
		"https://luatvietnam.vn/legal-updates/master-plan-for-development-of-social-assistance-facilities-approved-892-95263-article.html")
	count := func(id workforce.ID, ind indicators.IndicatorID, desc, threshold string) Target {
		return Target{ID: id, Indicator: ind, Description: desc, Comparator: AtLeast, Threshold: mustDec(threshold),
			TargetYear: 2030, Reach: ReachNational, Confidence: ConfidenceConfirmed, Sources: []Citation{vnp}}
	}
	facility := func(id indicators.IndicatorID, name string) PlanMeasure {
		return PlanMeasure{ID: id, Name: name, Kind: indicators.KindCount, Unit: "facilities",
			Description: "Number of " + name + " (public and non-public) in operation."}
	}
	cared := count("VN-966-03", vn966Cared, "People in especially difficult circumstances cared for in social-assistance facilities: at least 65,000 (45,000 in 2020).", "65000")
	cared.BaselineYear, cared.PublishedBaseline = 2020, mustDec("45000")
	noCaregiver := count("VN-966-04", vn966NoCaregiver, "Share of people in especially difficult circumstances without caregivers who are counselled, assisted and managed by facilities.", "90")
	noCaregiver.Sources = []Citation{vnp, lvn}
	drugUsers := count("VN-966-05", vn966DrugUsers, "Share of registered drug users with access to counselling, treatment and reintegration services.", "90")
	drugUsers.Sources = []Citation{vnp, lvn}
	return Plan{
		ID: VietNamDecision966ID, Country: "VN",
		Title:      "Master plan for the network of social-assistance facilities 2021-2030, with a vision to 2050",
		Instrument: "Decision 966/QD-TTg",
		Issuer:     "Prime Minister of Viet Nam",
		Issued:     mustDate("2023-08-17"), StartYear: 2021, EndYear: 2030,
		Commitments: []CommitmentID{C02StrategicPlan, C07Resources},
		Measures: []PlanMeasure{
			facility(vn966Total, "social-assistance facilities"),
			facility(vn966Elderly, "facilities for older persons"),
			facility(vn966Mental, "facilities for people with mental health conditions"),
			facility(vn966DrugRehab, "drug rehabilitation facilities"),
			facility(vn966Children, "facilities for children in special circumstances"),
			facility(vn966Disability, "facilities for people with disabilities"),
			facility(vn966General, "general facilities and social work centres"),
			{ID: vn966Cared, Name: "People cared for in facilities", Kind: indicators.KindCount, Unit: "persons",
				Description: "Number of people in especially difficult circumstances cared for in social-assistance facilities."},
			{ID: vn966CaredOlder, Name: "Older persons cared for in facilities", Kind: indicators.KindCount, Unit: "persons",
				Description: "Number of older persons cared for in social-assistance facilities."},
			{ID: vn966NoCaregiver, Name: "People without caregivers served", Kind: indicators.KindRatio, Unit: "%",
				Description: "People in especially difficult circumstances without caregivers who are counselled, assisted and managed by facilities, as a percentage of all such people."},
			{ID: vn966DrugUsers, Name: "Registered drug users with access to services", Kind: indicators.KindRatio, Unit: "%",
				Description: "Registered drug users with access to counselling, treatment and reintegration services, as a percentage of registered drug users."},
		},
		Targets: []Target{
			count("VN-966-01", vn966Total, "Social-assistance facilities, public and non-public: at least 725.", "725"),
			count("VN-966-02a", vn966Elderly, "Facilities for older persons: at least 90.", "90"),
			count("VN-966-02b", vn966Mental, "Facilities for people with mental health conditions: at least 94.", "94"),
			count("VN-966-02c", vn966DrugRehab, "Drug rehabilitation facilities: at least 130.", "130"),
			count("VN-966-02d", vn966Children, "Facilities for children in special circumstances: at least 130.", "130"),
			count("VN-966-02e", vn966Disability, "Facilities for people with disabilities: at least 117.", "117"),
			count("VN-966-02f", vn966General, "General facilities and social work centres: at least 164.", "164"),
			cared,
			count("VN-966-03b", vn966CaredOlder, "Older persons among those cared for: at least 10,000.", "10000"),
			noCaregiver,
			drugUsers,
		},
		Confidence: ConfidenceConfirmed,
		Sources:    []Citation{vnp, lvn},
		Notes:      "The facility targets are national totals: they do not judge a province's figure.",
	}
}

// CambodiaSSWPlan returns Cambodia's Strategic Plan on the Social Service
// Workforce 2022-2031, launched on 4 April 2022, with its staffing norm as
// a coverage target. A fresh value.
//
// The norm is reported as "at least 2 social workers or deputy social
// workers per commune/sangkat" at the launch and as "1 to 2 per
// commune/sangkat" by the minister at the November 2021 consultation.
// Whether it is a formal plan indicator, and by which year, is not
// confirmed: the target is marked partial and dated at the plan's end.
func CambodiaSSWPlan() Plan {
	launch := cite("Phnom Penh Post: Ministry launches plan for social services (April 2022)",
		"https://phnompenhpost.com/national/ministry-launches-plan-social-services")
	rasmei := cite("Rasmei Kampuchea: consultation on the social service workforce strategic plan (16 November 2021)",
		"https://www.rasmeinews.com/archives/572514")
	mango := cite("Mango Media: ten-year social service workforce plan, first phase 2022-2026 (January 2022)",
		"https://www.mangomedia.net/a/7831.html")
	plan := cite("Plan International Cambodia post on the launch of the Strategic Plan, investment case and roles guideline (10 April 2022)",
		"https://findyournews.media/2022/04/10/%E1%9E%96%E1%9E%B7%E1%9E%92%E1%9E%B8%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%80%E1%9E%B6%E1%9E%9F%E1%9F%8B%E1%9E%8A%E1%9E%B6%E1%9E%80%E1%9F%8B%E1%9E%B1%E1%9F%92%E1%9E%99%E1%9E%94%E1%9F%92%E1%9E%9A%E1%9E%BE/")
	return Plan{
		ID: CambodiaSSWPlanID, Country: "KH",
		Title:      "Strategic Plan on Social Service Workforce in Cambodia 2022-2031",
		Instrument: "Strategic Plan on the Social Service Workforce 2022-2031",
		Issuer:     "Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY)",
		Issued:     mustDate("2022-04-04"), StartYear: 2022, EndYear: 2031,
		Phases: []PlanPhase{
			{Name: "Phase 1", StartYear: 2022, EndYear: 2026, Focus: "Capacity and numbers; priorities: workforce planning, development and support", Confidence: ConfidencePartial},
			{Name: "Phase 2", StartYear: 2027, EndYear: 2031, Focus: "Second five years (inferred from the ten-year span)", Confidence: ConfidenceUnconfirmed},
		},
		Commitments: []CommitmentID{C02StrategicPlan, C06Retention, C07Resources},
		Measures: []PlanMeasure{{
			ID: KHSocialServiceTeams, Name: "Social service teams", Kind: indicators.KindCount, Unit: "teams",
			Description: "Number of social service teams in the country. The 2012 baseline of 1,551 teams (GSSWA/UNICEF study cited by the minister) is among the ReferenceFigures; the plan's own target for it is not known.",
		}},
		Targets: []Target{{
			ID: "KH-SSW-01", Indicator: indicators.SSWUnitCoverage, Comparator: AtLeast, Threshold: mustDec("100"),
			Description: "Every commune/sangkat has at least the staffing norm of professional or para-professional social service workers.",
			TargetYear:  2031, Reach: ReachEachArea,
			Parameters: []TargetParameter{{Name: indicators.ParamStaffingNorm, Value: "2 social workers or deputy social workers per commune/sangkat",
				Norm: &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2,
					Cadres: []workforce.Cadre{workforce.CadreProfessional, workforce.CadreParaProfessional},
					Source: &indicators.DefinitionSource{Title: launch.Title, URL: launch.URL}}}},
			Confidence: ConfidencePartial, Sources: []Citation{launch, rasmei, srcARGRSW()},
			Notes: "Coverage is computed commune by commune with a norm of 2; the November 2021 draft said 1 to 2. Whether the norm is a formal plan indicator and its target year (2031 is the plan's end) are not confirmed. Cambodia had 1,652 communes/sangkats in 2022. The norm as a value counts professional social workers and para-professionals, reading \"social workers or deputy social workers\" as those cadres.",
		}},
		Confidence: ConfidenceConfirmed,
		Sources:    []Citation{plan, launch, mango, rasmei},
		Notes:      "Launched on 4 April 2022 together with a workforce investment case and a guideline on the roles of officials acting as social workers at municipal, district and khan level. Its other numeric targets and its costing are not confirmed. The issuer is inferred from the launching ministry.",
	}
}
