package declaration

import (
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// ScoreMethod names the scoring method of this package, recorded in every
// scorecard so that scores made by another method are never mixed in:
//
//   - status points: not_started 0, planned 1, in_progress 2, achieved 3
//     ([MaxStatusPoints]);
//   - a commitment's score is points × 100 ÷ 3, a percentage;
//   - a country's overall score is the sum of its points × 100 ÷ the sum
//     of its maximum points (3 per assessed commitment) — the mean of its
//     commitment scores, computed once from exact integer sums;
//     commitments not assessed are listed as missing and left out, never
//     counted as zero;
//   - the regional roll-up sums points and maximum points over countries
//     (and per commitment) and divides once, so it never averages rounded
//     averages and does not depend on the order of countries; a country
//     weighs by the number of commitments it assessed;
//   - every percentage is rounded half away from zero to [ScorePlaces]
//     fraction digits, only when presented; a score with no assessed
//     commitment has status undefined and no value.
//
// Bounds: every score lies in [0, 100]. Raising a commitment's status
// never lowers its score, its country's overall score or the regional
// scores.
const ScoreMethod = "status_points_v1"

// MaxStatusPoints is the number of points of [StatusAchieved].
const MaxStatusPoints = 3

// ScorePlaces is the number of fraction digits of a presented score.
const ScorePlaces = 2

// Points returns the status points of s: not_started 0, planned 1,
// in_progress 2, achieved 3; -1 for an unknown status.
func (s ImplementationStatus) Points() int {
	switch s {
	case StatusNotStarted:
		return 0
	case StatusPlanned:
		return 1
	case StatusInProgress:
		return 2
	case StatusAchieved:
		return 3
	}
	return -1
}

// percentOf returns points × 100 ÷ max rounded half away from zero to
// ScorePlaces digits, or undefined when max is 0.
func percentOf(points, max int) (workforce.Decimal, ScoreStatus) {
	if max <= 0 {
		return workforce.Decimal{}, ScoreUndefined
	}
	q := decimal.NewFromInt(int64(points)*100).DivRound(decimal.NewFromInt(int64(max)), ScorePlaces)
	return workforce.DecimalOf(q), ScoreDefined
}

// Scorecard is a member state's score on the Ha Noi Declaration for a
// reporting period, in status points per commitment (made by
// [ScoreAssessment] with the method documented on [ScoreMethod]). It is an exchange document: other systems may read it
// and check it with [Scorecard.Validate], which recomputes every score.
type Scorecard struct {
	// Country is the member state.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// PeriodStart is the first day of the assessment's reporting period.
	PeriodStart workforce.CivilDate `json:"period_start" validate:"required"`
	// PeriodEnd is the last day of the reporting period.
	PeriodEnd workforce.CivilDate `json:"period_end" validate:"required"`
	// Method names the scoring method: "status_points_v1" ([ScoreMethod]).
	Method string `json:"method" validate:"required,max=50"`
	// Basis says why the Declaration applies to the country on
	// PeriodEnd ([DeclarationApplies]).
	Basis ApplicabilityBasis `json:"basis" validate:"required,valid"`
	// BasisConfidence says how sure that is: unconfirmed for a member
	// that joined after the adoption.
	BasisConfidence Confidence `json:"basis_confidence" validate:"required,valid"`
	// Commitments are the scores of the assessed commitments, in the
	// Declaration's order.
	Commitments []CommitmentScore `json:"commitments,omitempty"`
	// Missing lists the commitments not assessed, in the Declaration's
	// order.
	Missing []CommitmentID `json:"missing,omitempty" validate:"omitempty,dive,valid"`
	// Assessed is the number of assessed commitments.
	Assessed int `json:"assessed" validate:"gte=0,lte=11"`
	// Points is the sum of the commitments' points.
	Points int `json:"points" validate:"gte=0,lte=33"`
	// MaxPoints is 3 × Assessed.
	MaxPoints int `json:"max_points" validate:"gte=0,lte=33"`
	// Status is undefined when nothing was assessed.
	Status ScoreStatus `json:"status" validate:"required,valid"`
	// Overall is Points × 100 ÷ MaxPoints, rounded half away from zero to
	// 2 fraction digits ([ScorePlaces]); omitted when undefined.
	Overall workforce.Decimal `json:"overall,omitzero"`
}

// CommitmentScore is the score of one assessed commitment.
type CommitmentScore struct {
	// Commitment is the commitment's ID.
	Commitment CommitmentID `json:"commitment" validate:"required,valid"`
	// Status is the assessed status.
	Status ImplementationStatus `json:"status" validate:"required,valid"`
	// Points are the status points, 0 to 3.
	Points int `json:"points" validate:"gte=0,lte=3"`
	// MaxPoints is 3, the points of an achieved commitment
	// ([MaxStatusPoints]).
	MaxPoints int `json:"max_points" validate:"gte=1,lte=3"`
	// Score is Points × 100 ÷ MaxPoints, rounded half away from zero to 2
	// fraction digits ([ScorePlaces]).
	Score workforce.Decimal `json:"score" validate:"required"`
	// Evidence is the number of evidence references and observations
	// given for the commitment.
	Evidence int `json:"evidence" validate:"gte=0"`
}

// ScoreAssessment validates the assessment and scores it with the method
// of [ScoreMethod]. A bad assessment gives a [*DocumentError].
func ScoreAssessment(a Assessment) (Scorecard, error) {
	if err := a.Validate(); err != nil {
		return Scorecard{}, documentError("assessment", err)
	}
	ap := DeclarationApplies(a.Country, a.PeriodEnd)
	sc := Scorecard{
		Country: a.Country, PeriodStart: a.PeriodStart, PeriodEnd: a.PeriodEnd,
		Method: ScoreMethod, Basis: ap.Basis, BasisConfidence: ap.Confidence,
	}
	byID := make(map[CommitmentID]*CommitmentAssessment, len(a.Commitments))
	for i := range a.Commitments {
		byID[a.Commitments[i].Commitment] = &a.Commitments[i]
	}
	for _, id := range CommitmentIDs() {
		ca, ok := byID[id]
		if !ok {
			sc.Missing = append(sc.Missing, id)
			continue
		}
		pts := ca.Status.Points()
		score, _ := percentOf(pts, MaxStatusPoints)
		sc.Commitments = append(sc.Commitments, CommitmentScore{
			Commitment: id, Status: ca.Status, Points: pts, MaxPoints: MaxStatusPoints, Score: score,
			Evidence: len(ca.Evidence) + len(ca.Observations),
		})
		sc.Assessed++
		sc.Points += pts
		sc.MaxPoints += MaxStatusPoints
	}
	sc.Overall, sc.Status = percentOf(sc.Points, sc.MaxPoints)
	return sc, nil
}

// Score returns the score of the commitment and true, or false when it
// was not assessed.
func (sc Scorecard) Score(id CommitmentID) (CommitmentScore, bool) {
	for _, c := range sc.Commitments {
		if c.Commitment == id {
			return c, true
		}
	}
	return CommitmentScore{}, false
}

// Validate checks a scorecard, typically one made by another system, and
// returns all problems at once, or nil:
//
//  1. the field rules; period_end not before period_start (date_order);
//     the method is [ScoreMethod] (unknown_method);
//  2. the Declaration applies to the country on period_end (not_member,
//     not_applicable), and basis and basis_confidence are those
//     [DeclarationApplies] gives (inconsistent);
//  3. each commitment is scored at most once (duplicate), its points are
//     its status's points, its maximum is 3 and its score is recomputed
//     exactly (score_mismatch);
//  4. missing lists each unscored commitment exactly once and no scored
//     one (duplicate, inconsistent);
//  5. assessed, points, max_points, status and overall agree with the
//     commitments (score_mismatch).
func (sc Scorecard) Validate() error { return finish(sc.appendProblems(nil, "")) }

func (sc *Scorecard) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, sc)
	if !sc.PeriodEnd.IsZero() && sc.PeriodEnd.Before(sc.PeriodStart) {
		ps = report.Add(ps, CodeDateOrder, base+"/period_end", sc.PeriodEnd.String(), sc.PeriodStart.String(), "must not be before period_start "+sc.PeriodStart.String())
	}
	if sc.Method != "" && sc.Method != ScoreMethod {
		ps = report.Add(ps, CodeUnknownMethod, base+"/method", sc.Method, ScoreMethod, "must be "+ScoreMethod)
	}
	ps = rebase(checkApplies(nil, sc.Country, sc.PeriodEnd), base, ps)
	if sc.Country.IsValid() && !sc.PeriodEnd.IsZero() {
		ap := DeclarationApplies(sc.Country, sc.PeriodEnd)
		if ap.Applies && (sc.Basis != ap.Basis || sc.BasisConfidence != ap.Confidence) {
			ps = report.Add(ps, CodeInconsistent, base+"/basis", string(sc.Basis), string(ap.Basis)+"|"+string(ap.Confidence),
				"must be "+string(ap.Basis)+" with confidence "+string(ap.Confidence))
		}
	}
	scored := map[CommitmentID]bool{}
	points, maxPoints := 0, 0
	for i := range sc.Commitments {
		c := &sc.Commitments[i]
		cb := jsonptr.Index(base+"/commitments", i)
		ps = report.Fields(ps, cb, c)
		if scored[c.Commitment] && c.Commitment != "" {
			ps = report.Add(ps, CodeDuplicate, cb+"/commitment", string(c.Commitment), "", "commitment scored twice")
		}
		scored[c.Commitment] = true
		if want := c.Status.Points(); want >= 0 && c.Points != want {
			ps = mismatch(ps, cb+"/points", strconv.Itoa(c.Points), strconv.Itoa(want))
		}
		if c.MaxPoints != MaxStatusPoints {
			ps = mismatch(ps, cb+"/max_points", strconv.Itoa(c.MaxPoints), strconv.Itoa(MaxStatusPoints))
		}
		ps = checkPercent(ps, cb+"/score", c.Score, c.Points, c.MaxPoints)
		points += c.Points
		maxPoints += c.MaxPoints
	}
	listed := map[CommitmentID]bool{}
	for i, id := range sc.Missing {
		mp := jsonptr.Index(base+"/missing", i)
		switch {
		case listed[id]:
			ps = report.Add(ps, CodeDuplicate, mp, string(id), "", "commitment listed twice")
		case scored[id]:
			ps = report.Add(ps, CodeInconsistent, mp, string(id), "", "commitment is scored, so it is not missing")
		}
		listed[id] = true
	}
	for _, id := range CommitmentIDs() {
		if !scored[id] && !listed[id] {
			ps = report.Add(ps, CodeInconsistent, base+"/missing", string(id), "", "commitment "+string(id)+" is neither scored nor listed as missing")
		}
	}
	if sc.Assessed != len(sc.Commitments) {
		ps = mismatch(ps, base+"/assessed", strconv.Itoa(sc.Assessed), strconv.Itoa(len(sc.Commitments)))
	}
	ps = checkTotals(ps, base, sc.Points, sc.MaxPoints, points, maxPoints, sc.Status, sc.Overall)
	return ps
}

// rebase appends items (with paths relative to a document root) to dst
// under base.
func rebase(items workforce.Problems, base string, dst workforce.Problems) workforce.Problems {
	for _, p := range items {
		p.Path = base + p.Path
		dst = append(dst, p)
	}
	return dst
}

func mismatch(ps workforce.Problems, path, got, want string) workforce.Problems {
	return report.Add(ps, CodeScoreMismatch, path, got, want, "must be "+want+", as recomputed")
}

// checkPercent checks a stated score against points × 100 ÷ max.
func checkPercent(ps workforce.Problems, path string, stated workforce.Decimal, points, max int) workforce.Problems {
	want, st := percentOf(points, max)
	if st == ScoreUndefined || stated.IsZero() {
		return ps
	}
	if stated.Cmp(want) != 0 {
		ps = mismatch(ps, path, stated.String(), want.String())
	}
	return ps
}

// checkTotals checks stated totals against recomputed sums, and the
// overall score and status against them.
func checkTotals(ps workforce.Problems, base string, statedPoints, statedMax, points, maxPoints int, status ScoreStatus, overall workforce.Decimal) workforce.Problems {
	if statedPoints != points {
		ps = mismatch(ps, base+"/points", strconv.Itoa(statedPoints), strconv.Itoa(points))
	}
	if statedMax != maxPoints {
		ps = mismatch(ps, base+"/max_points", strconv.Itoa(statedMax), strconv.Itoa(maxPoints))
	}
	want, wantStatus := percentOf(points, maxPoints)
	if status != "" && status != wantStatus {
		ps = mismatch(ps, base+"/status", string(status), string(wantStatus))
	}
	switch {
	case wantStatus == ScoreUndefined && !overall.IsZero():
		ps = report.Add(ps, CodeScoreMismatch, base+"/overall", overall.String(), "", "must be omitted when nothing was assessed")
	case wantStatus == ScoreDefined && overall.IsZero():
		ps = report.Add(ps, CodeRequired, base+"/overall", "", want.String(), "is required when something was assessed")
	case wantStatus == ScoreDefined && overall.Cmp(want) != 0:
		ps = mismatch(ps, base+"/overall", overall.String(), want.String())
	}
	return ps
}
