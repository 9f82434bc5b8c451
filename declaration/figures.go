package declaration

import (
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// KHSocialServiceTeams is the measure of [CambodiaSSWPlan] that counts
// social service teams, in the unit "teams".
const KHSocialServiceTeams indicators.IndicatorID = "KH-SSW-TEAMS"

// ReferenceFigures returns the sourced historical figures this package
// ships as observations, each with its source, confidence and notes, for
// use as baselines and as evidence beside a country's own data. Figures of
// one thing that sources print differently are kept side by side, never
// merged: [Reconcile] shows them with the denominators they imply. Every
// call returns fresh values.
//
// Cambodia's government social work positions: the Ministry of Social
// Affairs counts 3,764 positions across all ministries, 64.4 per 100,000
// children (Phnom Penh Post, on the workforce strategic plan then being
// drafted); a news summary prints the same count as 65 per 100,000
// children. 3,764 positions at 64.4 imply 5,844,720.49 children, at 65
// they imply 5,790,769.23 — about 54,000 children apart, and 65 is not
// 64.4 rounded. The rate is the child-population density of the catalogue
// (SSW-DEN-CHILD); the ministry's own definition of a child for it is not
// stated. Neither source dates the count: it is dated at the end of 2021,
// the drafting year, and marked accordingly. For comparison, the final
// results of the 2019 General Population Census count 15,552,211 people
// (National Institute of Statistics, General Population Census of the
// Kingdom of Cambodia 2019, National Report on Final Census Results,
// Table 2.1.1, whose 25 provinces sum to that total;
// https://nis.gov.kh/wp-content/uploads/2025/09/Final-General-Population-Census-2019-English.pdf);
// news reports of the release print 15,552,221 beside a male and female
// count, 7,571,837 and 7,980,374, that sum to 15,552,211.
//
// Cambodia's social service teams: a 2012 baseline of 1,551 teams, from
// the GSSWA/UNICEF study the Cambodian minister cited; the study itself
// and the full sentence were not retrieved, so the figure is unconfirmed.
// It is an observation of the plan measure [KHSocialServiceTeams].
func ReferenceFigures() []Observation {
	ppp := cite("Phnom Penh Post: Kingdom looking to expand social services over next decade (the Ministry of Social Affairs on its social service workforce strategic plan 2022-2031)",
		"https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade")
	summary := Citation{Title: "News summary of the Ministry of Social Affairs' workforce figures (the article this package's first Cambodian figures came from; its address was not recorded)"}
	study := Citation{Title: "GSSWA/UNICEF study of Cambodia's social service workforce, as cited by Cambodia's Minister of Social Affairs (study not retrieved)"}
	end2021 := workforce.MustParseDate("2021-12-31")
	const unit = "per 100,000 children aged 0-17"
	return []Observation{
		{Country: "KH", Indicator: indicators.SSWDenChild, Date: end2021, Value: mustDec("64.4"), Unit: unit, Numerator: 3764,
			Source: ppp, Confidence: ConfidencePartial,
			Notes: "3,764 government social work positions across all ministries (positions, not people). The value and count are the source's; the date is inferred from the drafting year, hence partial."},
		{Country: "KH", Indicator: indicators.SSWDenChild, Date: end2021, Value: mustDec("65"), Unit: unit, Numerator: 3764,
			Source: summary, Confidence: ConfidenceUnconfirmed,
			Notes: "The same 3,764 positions printed as 65 per 100,000 children; 64.4 rounds to 64, so 65 is not a rounding of the ministry's figure. Kept beside it, never in its place."},
		{Country: "KH", Indicator: KHSocialServiceTeams, Date: workforce.MustParseDate("2012-12-31"), Value: mustDec("1551"), Unit: "teams",
			Source: study, Confidence: ConfidenceUnconfirmed,
			Notes: "2012 baseline: 1,551 social service teams. Reported through the minister's citation of the study; the rest of the sentence and the study's definition of a team were not retrieved."},
	}
}
