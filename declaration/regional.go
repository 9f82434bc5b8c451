package declaration

import (
	"slices"
	"strconv"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// RegionalScorecard is the ASEAN roll-up of country scorecards for one
// reporting period, made by [RollUp] and combined with
// [RegionalScorecard.Merge]. It keeps exact integer sums (points, maximum
// points, status counts) so that it is a function of the set of country
// scorecards: the order they come in, and how they were split into parts
// before merging, make no difference. Members without a scorecard are
// listed as missing, not scored as zero.
type RegionalScorecard struct {
	// PeriodStart is the first day of the common reporting period.
	PeriodStart workforce.CivilDate `json:"period_start" validate:"required"`
	// PeriodEnd is the last day of the common reporting period.
	PeriodEnd workforce.CivilDate `json:"period_end" validate:"required"`
	// Method names the scoring method: "status_points_v1" ([ScoreMethod]).
	Method string `json:"method" validate:"required,max=50"`
	// Countries are the scored member states, by country code.
	Countries []CountryScore `json:"countries,omitempty"`
	// Missing lists the member states on PeriodEnd without a scorecard,
	// in code order.
	Missing []workforce.CountryCode `json:"missing,omitempty" validate:"omitempty,dive,valid"`
	// Commitments are the per-commitment roll-ups, all eleven in the
	// Declaration's order.
	Commitments []RegionalCommitmentScore `json:"commitments,omitempty"`
	// Points is the sum of the countries' points.
	Points int `json:"points" validate:"gte=0"`
	// MaxPoints is the matching sum of maximum points.
	MaxPoints int `json:"max_points" validate:"gte=0"`
	// Status is undefined when no country assessed anything.
	Status ScoreStatus `json:"status" validate:"required,valid"`
	// Overall is Points × 100 ÷ MaxPoints, rounded half away from zero to
	// 2 fraction digits ([ScorePlaces]); omitted when undefined.
	Overall workforce.Decimal `json:"overall,omitzero"`
}

// CountryScore is one country's totals in a [RegionalScorecard].
type CountryScore struct {
	// Country is the member state.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// BasisConfidence is the confidence that the Declaration applies to
	// the country (unconfirmed for a member that joined after adoption).
	BasisConfidence Confidence `json:"basis_confidence" validate:"required,valid"`
	// Assessed is the number of commitments assessed.
	Assessed int `json:"assessed" validate:"gte=0,lte=11"`
	// Points is the sum of the country's commitment points.
	Points int `json:"points" validate:"gte=0,lte=33"`
	// MaxPoints is the matching sum of maximum points.
	MaxPoints int `json:"max_points" validate:"gte=0,lte=33"`
	// Status is undefined when the country assessed nothing.
	Status ScoreStatus `json:"status" validate:"required,valid"`
	// Overall is the country's overall score; omitted when undefined.
	Overall workforce.Decimal `json:"overall,omitzero"`
}

// RegionalCommitmentScore rolls one commitment up across countries.
type RegionalCommitmentScore struct {
	// Commitment is the commitment's ID.
	Commitment CommitmentID `json:"commitment" validate:"required,valid"`
	// NotStarted counts the countries with status not_started.
	NotStarted int `json:"not_started" validate:"gte=0"`
	// Planned counts the countries with status planned.
	Planned int `json:"planned" validate:"gte=0"`
	// InProgress counts the countries with status in_progress.
	InProgress int `json:"in_progress" validate:"gte=0"`
	// Achieved counts the countries with status achieved.
	Achieved int `json:"achieved" validate:"gte=0"`
	// Countries is the number of countries that assessed the commitment.
	Countries int `json:"countries" validate:"gte=0"`
	// Points is the sum of those countries' points.
	Points int `json:"points" validate:"gte=0"`
	// MaxPoints is the matching sum of maximum points.
	MaxPoints int `json:"max_points" validate:"gte=0"`
	// Status is undefined when no country assessed the commitment.
	Status ScoreStatus `json:"status" validate:"required,valid"`
	// Score is Points × 100 ÷ MaxPoints, rounded half away from zero to 2
	// fraction digits ([ScorePlaces]); omitted when undefined.
	Score workforce.Decimal `json:"score,omitzero"`
}

func (c *RegionalCommitmentScore) add(s ImplementationStatus) {
	switch s {
	case StatusNotStarted:
		c.NotStarted++
	case StatusPlanned:
		c.Planned++
	case StatusInProgress:
		c.InProgress++
	case StatusAchieved:
		c.Achieved++
	}
	c.Countries++
	c.Points += s.Points()
	c.MaxPoints += MaxStatusPoints
}

func (c *RegionalCommitmentScore) finish() {
	c.Score, c.Status = percentOf(c.Points, c.MaxPoints)
}

// RollUp validates the country scorecards and rolls them up into a
// [RegionalScorecard]. The steps:
//
//  1. there is at least one scorecard (required), each passes
//     [Scorecard.Validate] (paths under "/<index>"), all share the first
//     one's period (inconsistent) and no country comes twice (duplicate);
//  2. each country's totals are copied into Countries, sorted by code;
//  3. per commitment, the countries in each status are counted and their
//     points and maximum points summed;
//  4. the regional points and maximum points are the sums over
//     countries, divided once for the overall score;
//  5. member states on the period's end without a scorecard are listed
//     as missing.
//
// The result depends only on the set of scorecards, not on their order.
func RollUp(cards []Scorecard) (RegionalScorecard, error) {
	var ps workforce.Problems
	if len(cards) == 0 {
		ps = report.Add(ps, CodeRequired, "", "", "", "at least one scorecard is needed")
		return RegionalScorecard{}, documentError("scorecards", finish(ps))
	}
	first := &cards[0]
	seen := map[workforce.CountryCode]int{}
	for i := range cards {
		sc := &cards[i]
		base := "/" + strconv.Itoa(i)
		ps = sc.appendProblems(ps, base)
		if sc.PeriodStart != first.PeriodStart || sc.PeriodEnd != first.PeriodEnd {
			ps = report.Add(ps, CodeInconsistent, base+"/period_start", sc.PeriodStart.String()+"/"+sc.PeriodEnd.String(),
				first.PeriodStart.String()+"/"+first.PeriodEnd.String(), "every scorecard must cover the same period as the first")
		}
		if j, ok := seen[sc.Country]; ok {
			ps = report.Add(ps, CodeDuplicate, base+"/country", string(sc.Country), "/"+strconv.Itoa(j), "country scored twice")
		} else {
			seen[sc.Country] = i
		}
	}
	if err := finish(ps); err != nil {
		return RegionalScorecard{}, documentError("scorecards", err)
	}
	r := RegionalScorecard{PeriodStart: first.PeriodStart, PeriodEnd: first.PeriodEnd, Method: ScoreMethod}
	r.Commitments = emptyCommitmentScores()
	for i := range cards {
		sc := &cards[i]
		r.Countries = append(r.Countries, CountryScore{
			Country: sc.Country, BasisConfidence: sc.BasisConfidence, Assessed: sc.Assessed,
			Points: sc.Points, MaxPoints: sc.MaxPoints, Status: sc.Status, Overall: sc.Overall,
		})
		for _, c := range sc.Commitments {
			r.Commitments[c.Commitment.Number()-1].add(c.Status)
		}
	}
	r.finish()
	return r, nil
}

func emptyCommitmentScores() []RegionalCommitmentScore {
	ids := CommitmentIDs()
	out := make([]RegionalCommitmentScore, len(ids))
	for i, id := range ids {
		out[i].Commitment = id
	}
	return out
}

// finish sorts the countries, computes the totals and scores and lists
// the missing members.
func (r *RegionalScorecard) finish() {
	slices.SortFunc(r.Countries, func(a, b CountryScore) int {
		switch {
		case a.Country < b.Country:
			return -1
		case a.Country > b.Country:
			return 1
		}
		return 0
	})
	r.Points, r.MaxPoints = 0, 0
	for _, c := range r.Countries {
		r.Points += c.Points
		r.MaxPoints += c.MaxPoints
	}
	for i := range r.Commitments {
		r.Commitments[i].finish()
	}
	r.Overall, r.Status = percentOf(r.Points, r.MaxPoints)
	r.Missing = nil
	for _, c := range sortedMemberCodes(r.PeriodEnd) {
		if !slices.ContainsFunc(r.Countries, func(s CountryScore) bool { return s.Country == c }) {
			r.Missing = append(r.Missing, c)
		}
	}
}

// sortedMemberCodes returns the codes of the members on the date to which
// the Declaration applies, sorted.
func sortedMemberCodes(d workforce.CivilDate) []workforce.CountryCode {
	var out []workforce.CountryCode
	for _, c := range memberCodesOn(d) {
		if DeclarationApplies(c, d).Applies {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// Merge combines two roll-ups of disjoint sets of countries for the same
// period into the roll-up of their union: counts and sums add, scores are
// recomputed from the sums, missing members are recomputed. Merge is
// commutative and associative, and merging the roll-ups of the parts of a
// set of scorecards gives the roll-up of the whole set. Both inputs are
// validated; overlapping countries or different periods or methods give a
// [*DocumentError].
func (r RegionalScorecard) Merge(o RegionalScorecard) (RegionalScorecard, error) {
	ps := rebase(r.appendProblems(nil), "/0", nil)
	ps = rebase(o.appendProblems(nil), "/1", ps)
	if r.PeriodStart != o.PeriodStart || r.PeriodEnd != o.PeriodEnd {
		ps = report.Add(ps, CodeInconsistent, "/1/period_start", o.PeriodStart.String()+"/"+o.PeriodEnd.String(),
			r.PeriodStart.String()+"/"+r.PeriodEnd.String(), "both roll-ups must cover the same period")
	}
	for i, c := range o.Countries {
		if slices.ContainsFunc(r.Countries, func(s CountryScore) bool { return s.Country == c.Country }) {
			ps = report.Add(ps, CodeDuplicate, jsonptr.Index("/1/countries", i)+"/country", string(c.Country), "", "country is in both roll-ups")
		}
	}
	if err := finish(ps); err != nil {
		return RegionalScorecard{}, documentError("regional_scorecard", err)
	}
	out := RegionalScorecard{PeriodStart: r.PeriodStart, PeriodEnd: r.PeriodEnd, Method: ScoreMethod}
	out.Countries = append(slices.Clone(r.Countries), o.Countries...)
	out.Commitments = emptyCommitmentScores()
	for _, part := range [2][]RegionalCommitmentScore{r.Commitments, o.Commitments} {
		for _, c := range part {
			t := &out.Commitments[c.Commitment.Number()-1]
			t.NotStarted += c.NotStarted
			t.Planned += c.Planned
			t.InProgress += c.InProgress
			t.Achieved += c.Achieved
			t.Countries += c.Countries
			t.Points += c.Points
			t.MaxPoints += c.MaxPoints
		}
	}
	out.finish()
	return out, nil
}

// Validate checks a regional scorecard, typically one made by another
// system, and returns all problems at once, or nil:
//
//  1. the field rules; period_end not before period_start (date_order);
//     the method is [ScoreMethod] (unknown_method);
//  2. each country appears once (duplicate), was a member state the
//     Declaration applied to on period_end (not_member) with the
//     basis_confidence [DeclarationApplies] gives (inconsistent), and its status
//     and overall score follow from its points (score_mismatch), with 3
//     maximum points per assessed commitment;
//  3. missing lists members without a score, once each (duplicate,
//     inconsistent, not_member), and every member on period_end is
//     either scored or missing (inconsistent);
//  4. commitments list each of the eleven exactly once (duplicate,
//     required); in each, countries is the sum of the status counts,
//     points are 1 × planned + 2 × in_progress + 3 × achieved, the
//     maximum is 3 × countries, and status and score follow
//     (score_mismatch);
//  5. points and max_points are the sums over countries and over
//     commitments, and status and overall follow (score_mismatch).
func (r RegionalScorecard) Validate() error { return finish(r.appendProblems(nil)) }

func (r *RegionalScorecard) appendProblems(ps workforce.Problems) workforce.Problems {
	ps = report.Fields(ps, "", r)
	if !r.PeriodEnd.IsZero() && r.PeriodEnd.Before(r.PeriodStart) {
		ps = report.Add(ps, CodeDateOrder, "/period_end", r.PeriodEnd.String(), r.PeriodStart.String(), "must not be before period_start "+r.PeriodStart.String())
	}
	if r.Method != "" && r.Method != ScoreMethod {
		ps = report.Add(ps, CodeUnknownMethod, "/method", r.Method, ScoreMethod, "must be "+ScoreMethod)
	}
	members := sortedMemberCodes(r.PeriodEnd)
	isMember := func(c workforce.CountryCode) bool { return slices.Contains(members, c) }
	scored := map[workforce.CountryCode]bool{}
	points, maxPoints := 0, 0
	for i := range r.Countries {
		c := &r.Countries[i]
		base := jsonptr.Index("/countries", i)
		ps = report.Fields(ps, base, c)
		if scored[c.Country] {
			ps = report.Add(ps, CodeDuplicate, base+"/country", string(c.Country), "", "country listed twice")
		}
		scored[c.Country] = true
		if c.Country.IsValid() && !r.PeriodEnd.IsZero() {
			if !isMember(c.Country) {
				ps = report.Add(ps, CodeNotMember, base+"/country", string(c.Country), "", "the Declaration did not apply to the country on "+r.PeriodEnd.String())
			} else if want := DeclarationApplies(c.Country, r.PeriodEnd).Confidence; c.BasisConfidence != "" && c.BasisConfidence != want {
				ps = report.Add(ps, CodeInconsistent, base+"/basis_confidence", string(c.BasisConfidence), string(want), "must be "+string(want)+", as DeclarationApplies gives")
			}
		}
		if c.MaxPoints != MaxStatusPoints*c.Assessed {
			ps = mismatch(ps, base+"/max_points", strconv.Itoa(c.MaxPoints), strconv.Itoa(MaxStatusPoints*c.Assessed))
		}
		ps = checkTotals(ps, base, c.Points, c.MaxPoints, c.Points, c.MaxPoints, c.Status, c.Overall)
		points += c.Points
		maxPoints += c.MaxPoints
	}
	listed := map[workforce.CountryCode]bool{}
	for i, c := range r.Missing {
		mp := jsonptr.Index("/missing", i)
		switch {
		case listed[c]:
			ps = report.Add(ps, CodeDuplicate, mp, string(c), "", "country listed twice")
		case scored[c]:
			ps = report.Add(ps, CodeInconsistent, mp, string(c), "", "country is scored, so it is not missing")
		case c.IsValid() && !r.PeriodEnd.IsZero() && !isMember(c):
			ps = report.Add(ps, CodeNotMember, mp, string(c), "", "the Declaration did not apply to the country on "+r.PeriodEnd.String())
		}
		listed[c] = true
	}
	for _, c := range members {
		if !scored[c] && !listed[c] {
			ps = report.Add(ps, CodeInconsistent, "/missing", string(c), "", "member "+string(c)+" is neither scored nor listed as missing")
		}
	}
	seen := map[CommitmentID]bool{}
	cPoints, cMax := 0, 0
	for i := range r.Commitments {
		c := &r.Commitments[i]
		base := jsonptr.Index("/commitments", i)
		ps = report.Fields(ps, base, c)
		if seen[c.Commitment] && c.Commitment != "" {
			ps = report.Add(ps, CodeDuplicate, base+"/commitment", string(c.Commitment), "", "commitment listed twice")
		}
		seen[c.Commitment] = true
		if n := c.NotStarted + c.Planned + c.InProgress + c.Achieved; c.Countries != n {
			ps = mismatch(ps, base+"/countries", strconv.Itoa(c.Countries), strconv.Itoa(n))
		}
		if want := c.Planned + 2*c.InProgress + 3*c.Achieved; c.Points != want {
			ps = mismatch(ps, base+"/points", strconv.Itoa(c.Points), strconv.Itoa(want))
		}
		if want := MaxStatusPoints * c.Countries; c.MaxPoints != want {
			ps = mismatch(ps, base+"/max_points", strconv.Itoa(c.MaxPoints), strconv.Itoa(want))
		}
		ps = checkTotals(ps, base, c.Points, c.MaxPoints, c.Points, c.MaxPoints, c.Status, c.Score)
		cPoints += c.Points
		cMax += c.MaxPoints
	}
	for _, id := range CommitmentIDs() {
		if !seen[id] {
			ps = report.Add(ps, CodeRequired, "/commitments", string(id), "", "commitment "+string(id)+" is missing from the roll-up")
		}
	}
	if cPoints != points {
		ps = mismatch(ps, "/commitments", "points "+strconv.Itoa(cPoints), "points "+strconv.Itoa(points))
	}
	if cMax != maxPoints {
		ps = mismatch(ps, "/commitments", "max_points "+strconv.Itoa(cMax), "max_points "+strconv.Itoa(maxPoints))
	}
	ps = checkTotals(ps, "", r.Points, r.MaxPoints, points, maxPoints, r.Status, r.Overall)
	return ps
}
