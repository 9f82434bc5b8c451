package declaration

import (
	"slices"
	"strconv"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// ReportObservations selects the results of an indicators report that
// [ObservationsFromReport] turns into observations, and what it adds to
// each.
type ReportObservations struct {
	// Source cites the report: the observations' source.
	Source Citation
	// Indicators, when given, are the only indicators taken.
	Indicators []indicators.IndicatorID
	// Levels, when given, are the only area levels taken (the national
	// level gives the national observation).
	Levels []workforce.AdminLevel
	// Confidence is the confidence of every observation; unset ranks
	// below unconfirmed.
	Confidence Confidence
}

// ObservationsFromReport returns the observations a plan evaluates
// ([EvaluatePlan], in [ProgressData].Observations) or an assessment
// carries, from an indicators report:
//
//  1. it takes the results of whole areas: a result of a breakdown (by
//     sex, cadre, sector, age band, qualification, setting, and the
//     per-category results of SSW-SHARE-CADRE and SSW-SHARE-CONTRACT) has
//     no observation, since an observation has no breakdown;
//  2. of those, the results with a value (status ok or unreliable) and
//     the policy-status results whose status is yes, partial or no:
//     undefined, suppressed and missing results have no value to observe,
//     so disclosure control carries over;
//  3. of the indicators and levels sel lists (all when it lists none);
//  4. each becomes an observation of the report's country and as-of
//     date, with no area for a result of the national level and the
//     result's area otherwise, its value, the indicator's unit, the
//     numerator of a ratio when it is a whole count (so [Reconcile] can
//     derive the denominator it implies), sel's source and confidence,
//     and for an unreliable result the note that its count is small.
//
// Observations come in the report's order (catalogue, then the area tree
// from the top down). The report is not validated here: validate it, and
// the progress data built from the observations, as documents.
func ObservationsFromReport(rep indicators.Report, sel ReportObservations) []Observation {
	var out []Observation
	for i := range rep.Results {
		r := &rep.Results[i]
		if len(sel.Indicators) > 0 && !slices.Contains(sel.Indicators, r.Indicator) {
			continue
		}
		if (r.Cell != indicators.ResultCell{Area: r.Cell.Area, Level: r.Cell.Level}) {
			continue // a breakdown
		}
		level := r.Cell.Level
		if level == "" {
			level = areaLevel(rep.Areas, r.Cell.Area)
		}
		if len(sel.Levels) > 0 && !slices.Contains(sel.Levels, level) {
			continue
		}
		o := Observation{Country: rep.Country, Area: r.Cell.Area, Indicator: r.Indicator, Date: rep.AsOf,
			Source: sel.Source, Confidence: sel.Confidence}
		if level == workforce.LevelNational {
			o.Area = ""
		}
		def, _ := indicators.Lookup(r.Indicator)
		switch {
		case def.Kind == indicators.KindPolicy:
			p, ok := policyValueOf(r.Policy)
			if !ok || r.Status != indicators.StatusOK {
				continue
			}
			o.Policy = p
		case r.Status == indicators.StatusOK || r.Status == indicators.StatusUnreliable:
			if r.Value.IsZero() {
				continue
			}
			o.Value, o.Unit = r.Value, r.Unit
			if def.Kind == indicators.KindRatio && !r.Numerator.IsZero() && r.Numerator.Decimal().IsInteger() {
				if n, err := strconv.ParseInt(r.Numerator.Decimal().String(), 10, 64); err == nil && n > 0 {
					o.Numerator = n
				}
			}
			if r.Status == indicators.StatusUnreliable {
				o.Notes = "The report marks this value unreliable: it rests on a small count."
			}
		default:
			continue
		}
		out = append(out, o)
	}
	return out
}

// areaLevel returns the level of an area of the report, or "".
func areaLevel(areas []indicators.ReportArea, code workforce.AreaCode) workforce.AdminLevel {
	for _, a := range areas {
		if a.Code == code {
			return a.Level
		}
	}
	return ""
}

// policyValueOf maps a policy status of a report to a policy value; unknown
// has none.
func policyValueOf(s indicators.PolicyStatus) (PolicyValue, bool) {
	switch s {
	case indicators.PolicyYes:
		return PolicyYes, true
	case indicators.PolicyPartial:
		return PolicyPartial, true
	case indicators.PolicyNo:
		return PolicyNo, true
	}
	return "", false
}
