package declaration

import (
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// Citation identifies a public source of a fact or a piece of evidence: a
// title, where it is online, and the date it was published or refers to.
// The zero value is an empty citation, which validation rejects.
type Citation struct {
	// Title names the source ("Decision 112/QD-TTg, summary by
	// thuvienphapluat.vn").
	Title string `json:"title" validate:"required,max=300"`
	// URL locates the source when it is online.
	URL string `json:"url,omitempty" validate:"max=500"`
	// Date is the publication date, or the date the evidence refers to.
	Date workforce.CivilDate `json:"date,omitzero"`
}

// sameSource reports whether two citations name the same source: the same
// title and URL, whatever their dates.
func (c *Citation) sameSource(o *Citation) bool { return c.Title == o.Title && c.URL == o.URL }

// compareSource orders sources by title, then URL.
func compareSource(a, b *Citation) int {
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	return strings.Compare(a.URL, b.URL)
}

// named reports whether a preferred-source entry names the citation: it
// is its title or its URL.
func (c Citation) named(name string) bool {
	return name != "" && (name == c.Title || (c.URL != "" && name == c.URL))
}

// rank orders confidence from weakest (0) to strongest; unset ranks
// below unconfirmed.
func (c Confidence) rank() int {
	switch c {
	case ConfidenceConfirmed:
		return 3
	case ConfidencePartial:
		return 2
	case ConfidenceUnconfirmed:
		return 1
	}
	return 0
}

// Weakest returns the weakest of the confidences, the one a fact derived
// from all of them can claim. With no argument it returns
// [ConfidenceConfirmed]; unset values are ignored.
func Weakest(cs ...Confidence) Confidence {
	out := ConfidenceConfirmed
	for _, c := range cs {
		if c != "" && c.rank() < out.rank() {
			out = c
		}
	}
	return out
}

// rank orders policy values no (0) < partial (1) < yes (2); unset is -1.
func (v PolicyValue) rank() int {
	switch v {
	case PolicyNo:
		return 0
	case PolicyPartial:
		return 1
	case PolicyYes:
		return 2
	}
	return -1
}

// The sources the shipped data cites, from the reference material. Each
// function returns a fresh value.

func cite(title, url string) Citation { return Citation{Title: title, URL: url} }

func srcCount11() Citation {
	return cite("VietnamPlus (es): ASEAN strengthens social work to implement the Ha Noi Declaration (April 2022 regional conference; seven priority sectors, eleven commitments)",
		"https://es.vietnamplus.vn/asean-fortalece-el-trabajo-social-para-implementar-la-declaracion-de-hanoi-post164028.vnp")
}

func srcUNICEFStory() Citation {
	return cite("UNICEF East Asia and Pacific: Strengthening frontline child protection (17 November 2020)",
		"https://www.unicef.org/eap/stories/strengthening-frontline-child-protection")
}

func srcChairStatement37() Citation {
	return cite("VietnamPlus: Chairman's Statement of the 37th ASEAN Summit",
		"https://en.vietnamplus.vn/chairmans-statement-of-the-37th-asean-summit-cohesive-and-responsive/190815.vnp")
}

func srcASCCCouncil() Citation {
	return cite("SGGP News: ASEAN officials gather at Socio-Cultural Community Council meeting (7 November 2020)",
		"https://sggpnews.org.vn/international/asean-officials-gather-at-sociocultural-community-council-meeting-89206.html")
}

func srcRoadmapNoted() Citation {
	return cite("Nhan Dan: implementing the Roadmap of the Ha Noi Declaration on social work (38th and 39th ASEAN Summits noted the Roadmap)",
		"https://nhandan.vn/tin-tuc-the-gioi/thuc-hien-lo-trinh-trien-khai-tuyen-bo-ha-noi-ve-thuc-day-cong-tac-xa-hoi-694627")
}

func srcRoadmapVOV() Citation {
	return cite("VOV World: ASEAN promotes Hanoi Declaration on social work",
		"https://m.vovworld.vn/en-US/news/asean-promotes-hanoi-declaration-on-social-work-1094242.vov")
}

func srcRoadmapKickoff() Citation {
	return cite("VietnamPlus: Meeting highlights strengthening social work for cohesive, responsive ASEAN Community (Roadmap kick-off, 25 March 2021)",
		"https://en.vietnamplus.vn/meeting-highlights-strengthening-social-work-for-cohesive-responsive-asean-community/207640.vnp")
}

func srcRoadmapWG() Citation {
	return cite("MOLISA: Roadmap working group meetings (April-July 2021)",
		"https://molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID=228887")
}

func srcPerception() Citation {
	return cite("Thailand Business News: ASEAN and UNICEF launch campaign to promote social work (#StandTogetherforSocialWorkers)",
		"https://thailand-business-news.com/asean/83518-asean-unicef-launch-campaign-to-promote-social-work")
}

func srcASWCHistory() Citation {
	return cite("ASEAN Social Work Consortium: history",
		"https://www.aseansocialworkconsortium.org/asean-social-work-consortium-history/")
}

func srcManilaStatement() Citation {
	return cite("Manila Statement of the First ASEAN Social Work Consortium Conference, Manila, 1-3 March 2011",
		"https://asean.org/manila-statement-of-the-first-asean-social-work-consortium-conference-manila-1-3-march-2011")
}

func srcASEANAbout() Citation {
	return cite("ASEAN Secretariat: SOMSWD Work Plan 2021-2025 and its Results Framework (page carrying ASEAN's member states and joining dates)",
		"https://asean.org/book/senior-officials-meeting-on-social-welfare-and-development-somswd-work-plan-2021-2025-and-its-results-framework")
}

func srcISOCodes() Citation {
	return cite("ISO 3166-1 country list, lukes/ISO-3166-Countries-with-Regional-Codes",
		"https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes")
}

func srcTimorLeste() Citation {
	return cite("IANS: Timor-Leste becomes 11th member of ASEAN (26 October 2025)",
		"https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029")
}

func srcTimorLeste2() Citation {
	return cite("AsiaOne: Timor-Leste officially admitted to ASEAN, becoming its 11th member",
		"https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member")
}

func srcAMMSWD() Citation {
	return cite("ASEAN Secretariat: ASEAN Ministerial Meeting on Social Welfare and Development (AMMSWD)",
		"http://asean.org/asean-socio-cultural/asean-ministerial-meeting-on-social-welfare-and-development-ammswd/")
}

func srcWCD2010() Citation {
	return cite("ASEAN Strategic Framework for Social Welfare (mirror), listing the 2010 Ha Noi Declaration on women and children",
		"https://vdocuments.mx/asean-strategic-framework-for-social-welfare-asean-strategic-framework-for.html")
}

func srcPost2025() Citation {
	return cite("VOV World: ASEAN countries respond to challenges together (37th Summit outcomes)",
		"https://vovworld.vn/en-US/current-affairs/asean-countries-respond-to-challenges-together-1088259.vov")
}

func srcARGRSW() Citation {
	return cite("Phnom Penh Post: Cambodia holds ASEAN consultation to improve social services (14 July 2022)",
		"https://phnompenhpost.com/national/cambodia-holds-asean-consultation-improve-social-services")
}

func srcRatioGuidance() Citation {
	return cite("GSSWA resource database: Regional Guidance on the Development and Use of Social Service Workforce to Population Ratios in ASEAN",
		"https://www.socialserviceworkforce.org/resources/regional-guidance-development-and-use-social-service-workforce-population-ratios-asean")
}

func srcHealthJustice() Citation {
	return cite("Manila Bulletin: DSWD, ASEAN representatives conclude regional consultation to strengthen role of social workers (February 2023)",
		"https://mb.com.ph/2023/2/22/dswd-asean-representatives-conclude-regl-consultation-to-strengthen-role-of-social-workers")
}

func srcRegionalConference2022() Citation {
	return cite("VietnamPlus: ASEAN enhances role of social work within the region (26-28 April 2022 conference)",
		"https://en.vietnamplus.vn/asean-enhances-role-of-social-work-within-the-region/233950.vnp")
}

func srcGSSWABlog() Citation {
	return cite("Global Social Service Workforce Alliance blog (Nicole Brown), mirrored at cfab.org.uk: the Ha Noi Declaration on Strengthening Social Work Towards Cohesive and Responsive ASEAN Community, adopted in November 2020",
		"http://info@cfab.org.uk/post/declaration-on-strengthening-the-social-service-workforce-in-asean")
}

func srcGSSWAFramework() Citation {
	return cite("Global Social Service Workforce Alliance: defining the social service workforce; the plan, develop and support framework",
		"https://www.socialserviceworkforce.org/workforce")
}
