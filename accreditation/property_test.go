package accreditation_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// Generators. Dates fall between 2015 and 2026 so that they meet the
// rule versions; identifiers come from small pools so that facts and
// rules refer to each other often.

var (
	genExamIDs    = []workforce.ID{"EX-A", "EX-B"}
	genSchemeIDs  = []workforce.ID{"XX-GEN", "OTHER-1", "OTHER-2"}
	genSubjectIDs = []workforce.ID{"s1", "s2"}
)

func genDate(t *rapid.T, label string) workforce.CivilDate {
	return d("2015-01-01").AddDays(rapid.IntRange(0, 12*365).Draw(t, label))
}

func genPercent(t *rapid.T, label string) workforce.Decimal {
	return workforce.MustParseDecimal(strconv.Itoa(rapid.IntRange(0, 100).Draw(t, label)))
}

func genHours(t *rapid.T, label string) workforce.Hours {
	return workforce.MustParseHours(strconv.Itoa(rapid.IntRange(0, 1500).Draw(t, label)))
}

// genLeafKinds are the leaf kinds genLeaf draws without conditions; it
// draws exam and exam_admission when the scheme has exams, and cpd when
// the version has a CPD rule. TestGeneratorCoversEveryKind checks that
// every kind of the table is drawn.
var genLeafKinds = []accreditation.RequirementKind{accreditation.ReqQualification, accreditation.ReqSupervisedPractice, accreditation.ReqExperience,
	accreditation.ReqTraining, accreditation.ReqQuiz, accreditation.ReqAge, accreditation.ReqReferences, accreditation.ReqHealthCertificate,
	accreditation.ReqDocument, accreditation.ReqCredential, accreditation.ReqEmployment, accreditation.ReqFee, accreditation.ReqCitizenship,
	accreditation.ReqProceeding, accreditation.ReqCircumstance}

// genCombinators are the combinators genTree draws.
var genCombinators = []accreditation.RequirementKind{accreditation.ReqAllOf, accreditation.ReqAnyOf, accreditation.ReqAtLeastN,
	accreditation.ReqWhen, accreditation.ReqNot}

// genLeaf draws a leaf requirement with valid parameters.
func genLeaf(t *rapid.T, id workforce.ID, withExam, withCPD bool) accreditation.Requirement {
	kinds := slices.Clone(genLeafKinds)
	if withExam {
		kinds = append(kinds, accreditation.ReqExam, accreditation.ReqExamAdmission)
	}
	if withCPD {
		kinds = append(kinds, accreditation.ReqCPD)
	}
	r := accreditation.Requirement{ID: id, Kind: rapid.SampledFrom(kinds).Draw(t, "kind")}
	settings := accreditation.ServiceSettingValues()
	switch r.Kind {
	case accreditation.ReqQualification:
		if rapid.Bool().Draw(t, "min_level") {
			r.MinLevel = rapid.SampledFrom(workforce.EducationLevelValues()).Draw(t, "level")
		}
		if rapid.Bool().Draw(t, "fields") {
			r.Fields = []workforce.FieldOfStudy{rapid.SampledFrom(workforce.FieldOfStudyValues()).Draw(t, "field")}
		}
		if rapid.Bool().Draw(t, "countries") {
			r.Countries = []workforce.CountryCode{"PH", "SG"}
		}
		if rapid.Bool().Draw(t, "completed_from") {
			r.CompletedFrom = genDate(t, "completed_from")
		}
	case accreditation.ReqSupervisedPractice:
		if rapid.Bool().Draw(t, "hours") {
			r.MinHours = genHours(t, "min_hours")
		} else {
			r.MinMonths = rapid.IntRange(1, 24).Draw(t, "min_months")
		}
		if rapid.Bool().Draw(t, "settings") {
			r.Settings = []accreditation.ServiceSetting{rapid.SampledFrom(settings).Draw(t, "setting")}
		}
		if rapid.Bool().Draw(t, "supervisor") {
			r.Supervisor = &accreditation.SupervisorRule{Qualified: rapid.Bool().Draw(t, "qualified"), MinYearsExperience: rapid.IntRange(0, 5).Draw(t, "years")}
		}
	case accreditation.ReqExperience:
		if rapid.Bool().Draw(t, "min") {
			r.MinMonths = rapid.IntRange(1, 36).Draw(t, "min_months")
		} else {
			r.MaxMonths = rapid.IntRange(1, 36).Draw(t, "max_months")
		}
		r.FullTime = rapid.Bool().Draw(t, "full_time")
		r.Continuous = rapid.Bool().Draw(t, "continuous")
		r.AfterQualification = rapid.Bool().Draw(t, "after_qualification")
		if rapid.Bool().Draw(t, "share") {
			r.MinShare = genPercent(t, "min_share")
		}
		if rapid.Bool().Draw(t, "countries") {
			r.Countries = []workforce.CountryCode{"SG"}
		}
	case accreditation.ReqTraining:
		r.MinHours = genHours(t, "min_hours")
		r.InEmployment = rapid.Bool().Draw(t, "in_employment")
	case accreditation.ReqQuiz:
		r.Quiz, r.MinScore = "Q", genPercent(t, "min_score")
	case accreditation.ReqAge:
		r.MinAge = rapid.IntRange(1, 70).Draw(t, "min_age")
	case accreditation.ReqReferences:
		r.MinCount, r.MinYearsKnown = rapid.IntRange(1, 3).Draw(t, "count"), rapid.IntRange(0, 5).Draw(t, "years")
	case accreditation.ReqHealthCertificate:
		r.MaxAgeMonths = rapid.IntRange(0, 24).Draw(t, "max_age")
	case accreditation.ReqDocument:
		r.Document = rapid.SampledFrom(accreditation.DocumentKindValues()).Draw(t, "document")
	case accreditation.ReqCredential:
		r.Schemes = []workforce.ID{rapid.SampledFrom(genSchemeIDs).Draw(t, "scheme")}
		r.EverHeld = rapid.Bool().Draw(t, "ever_held")
	case accreditation.ReqEmployment:
		r.SocialWorkPost = rapid.Bool().Draw(t, "sw_post")
		r.AcceptOffer = rapid.Bool().Draw(t, "offer")
	case accreditation.ReqCitizenship:
		r.Countries = []workforce.CountryCode{"PH"}
	case accreditation.ReqProceeding:
		r.OpenOnly = rapid.Bool().Draw(t, "open")
	case accreditation.ReqCircumstance:
		r.Circumstances = []accreditation.Circumstance{rapid.SampledFrom(accreditation.CircumstanceValues()).Draw(t, "circumstance")}
	case accreditation.ReqExam:
		r.Exam = rapid.SampledFrom(genExamIDs).Draw(t, "exam")
	case accreditation.ReqExamAdmission:
		r.Exam = rapid.SampledFrom(genExamIDs).Draw(t, "exam")
		r.MaxAttempts = rapid.IntRange(0, 4).Draw(t, "attempts")
	}
	if rapid.IntRange(0, 9).Draw(t, "window") == 0 {
		r.AvailableUntil = genDate(t, "until")
	}
	return r
}

func genTree(t *rapid.T, next *int, depth int, withExam, withCPD bool) accreditation.Requirement {
	*next++
	id := workforce.ID("r" + strconv.Itoa(*next))
	if depth == 0 || rapid.IntRange(0, 2).Draw(t, "leaf") > 0 {
		r := genLeaf(t, id, withExam, withCPD)
		if rapid.IntRange(0, 7).Draw(t, "exempt") == 0 {
			*next++
			r.Exemptions = []accreditation.Exemption{{ID: workforce.ID("x" + strconv.Itoa(*next)), If: []accreditation.Requirement{genTree(t, next, 0, withExam, withCPD)}}}
		}
		return r
	}
	kind := rapid.SampledFrom(genCombinators).Draw(t, "combinator")
	r := accreditation.Requirement{ID: id, Kind: kind}
	n := rapid.IntRange(1, 3).Draw(t, "children")
	if kind == accreditation.ReqNot {
		n = 1
	}
	for range n {
		r.Of = append(r.Of, genTree(t, next, depth-1, withExam, withCPD))
	}
	switch kind {
	case accreditation.ReqAtLeastN:
		r.N = rapid.IntRange(1, n).Draw(t, "n")
	case accreditation.ReqWhen:
		r.If = []accreditation.Requirement{genTree(t, next, depth-1, withExam, withCPD)}
	}
	return r
}

var genScheme = rapid.Custom(func(t *rapid.T) accreditation.Scheme {
	s := minimalScheme()
	s.ID = "XX-GEN"
	withExam := rapid.Bool().Draw(t, "with_exam")
	withCPD := rapid.Bool().Draw(t, "with_cpd")
	if withExam {
		for _, id := range genExamIDs {
			e := accreditation.ExamRule{ID: id, Title: "Generated", From: d("2015-01-01"), Source: s.Source, Confidence: accreditation.ConfidencePartial,
				Scoring: rapid.SampledFrom(accreditation.ExamScoringValues()).Draw(t, "scoring"), RetestWaitDays: rapid.IntRange(0, 120).Draw(t, "wait")}
			switch e.Scoring {
			case accreditation.ScoringWeightedAverage:
				e.PassAverage = genPercent(t, "pass_average")
				e.Subjects = []accreditation.ExamSubject{{ID: "s1", Weight: dec("40")}, {ID: "s2", Weight: dec("60")}}
				e.Rounding = rapid.SampledFrom(accreditation.ScoreRoundingValues()).Draw(t, "rounding")
			case accreditation.ScoringSubjectMarks:
				e.Subjects = []accreditation.ExamSubject{{ID: "s1", PassMark: genPercent(t, "pass_mark")}, {ID: "s2", SittingMean: genPercent(t, "mean"), SittingFloor: genPercent(t, "floor")}}
				e.BankingMonths = rapid.IntRange(0, 36).Draw(t, "banking")
			}
			if rapid.Bool().Draw(t, "waiver") {
				e.Waiver = &accreditation.RetestWaiver{MaxShort: 10, MaxWaivers: 2, PerMonths: 12}
			}
			s.Exams = append(s.Exams, e)
		}
	}
	v := &s.Versions[0]
	v.Purpose = rapid.SampledFrom(accreditation.RulePurposeValues()).Draw(t, "purpose")
	v.From = d("2015-01-01")
	v.Requirements = nil
	next := 0
	for range rapid.IntRange(1, 4).Draw(t, "requirements") {
		v.Requirements = append(v.Requirements, genTree(t, &next, 3, withExam, withCPD))
	}
	if withCPD {
		r := &accreditation.CPDRule{Unit: rapid.SampledFrom(accreditation.CPDUnitValues()).Draw(t, "unit"),
			Window: rapid.SampledFrom(accreditation.CPDWindowKindValues()).Draw(t, "window"), MinActivityTypes: rapid.IntRange(0, 3).Draw(t, "types")}
		if rapid.Bool().Draw(t, "total") {
			r.Total = workforce.MustParseCredits(strconv.Itoa(rapid.IntRange(0, 60).Draw(t, "total_value")))
		}
		if r.Window != accreditation.WindowLicenceTerm {
			r.WindowMonths = rapid.IntRange(1, 36).Draw(t, "window_months")
		}
		if r.Window == accreditation.WindowFixedCycle {
			r.CycleStartMonth, r.CycleStartDay = rapid.IntRange(1, 12).Draw(t, "cycle_month"), rapid.IntRange(1, 28).Draw(t, "cycle_day")
		}
		if rapid.Bool().Draw(t, "limits") {
			r.Limits = []accreditation.CPDLimit{
				{ID: "cap", Categories: []workforce.CPDCategory{workforce.CPDUnstructured}, Max: cr(strconv.Itoa(rapid.IntRange(1, 20).Draw(t, "cap")))},
				{ID: "min", Topics: []workforce.CPDTopic{workforce.TopicEthics}, Min: cr(strconv.Itoa(rapid.IntRange(1, 10).Draw(t, "min"))),
					Circumstance: rapid.SampledFrom(append([]accreditation.Circumstance{""}, accreditation.CircumstanceValues()...)).Draw(t, "limit_circumstance")},
			}
		}
		if rapid.Bool().Draw(t, "conversion") {
			r.Conversions = []accreditation.CPDConversion{{Activity: workforce.ActivitySupervisionReceived, PerHour: dec("0.5"), AccreditedOnly: rapid.Bool().Draw(t, "accredited_only")}}
		}
		switch rapid.IntRange(0, 2).Draw(t, "carry") {
		case 1:
			r.CarryOver, r.CarryOverMax = accreditation.CarryCapped, cr("10")
		case 2:
			r.CarryOver, r.CarryOverActivities = accreditation.CarryByActivity, []workforce.CPDActivity{workforce.ActivityPostgraduate}
		}
		if rapid.Bool().Draw(t, "deferral") {
			r.Deferral = &accreditation.CPDDeferral{ID: "deferral", Document: accreditation.DocCPDUndertaking, Until: genDate(t, "deferral_until")}
		}
		if rapid.Bool().Draw(t, "phase") {
			r.PhaseIn = []accreditation.CPDPhase{{From: d("2015-01-01"), To: d("2019-12-31"), Percent: genPercent(t, "percent")}}
		}
		v.CPD = r
	}
	if rapid.Bool().Draw(t, "prerequisite") {
		s.Prerequisites = []workforce.ID{"OTHER-1"}
	}
	if rapid.IntRange(0, 9).Draw(t, "no_regime") == 0 {
		s = accreditation.Scheme{ID: "XX-NONE", Title: "None", Jurisdiction: "MY", Basis: accreditation.BasisNoRegime, Source: s.Source, Confidence: accreditation.ConfidenceUnconfirmed}
	}
	return s
})

var genFacts = rapid.Custom(func(t *rapid.T) accreditation.Facts {
	var f accreditation.Facts
	if rapid.Bool().Draw(t, "birth") {
		f.BirthDate = d("1950-01-01").AddDays(rapid.IntRange(0, 20000).Draw(t, "birth_days"))
	}
	if rapid.Bool().Draw(t, "citizenship") {
		f.Citizenship = []workforce.CountryCode{rapid.SampledFrom([]workforce.CountryCode{"PH", "SG", "TH"}).Draw(t, "country")}
	}
	for range rapid.IntRange(0, 2).Draw(t, "qualifications") {
		q := workforce.Qualification{Level: rapid.SampledFrom(workforce.EducationLevelValues()).Draw(t, "level"),
			Field: rapid.SampledFrom(workforce.FieldOfStudyValues()).Draw(t, "field")}
		if rapid.Bool().Draw(t, "completed") {
			q.Completed = genDate(t, "completed")
		}
		if rapid.Bool().Draw(t, "country") {
			q.Country = "PH"
		}
		f.Qualifications = append(f.Qualifications, q)
	}
	for range rapid.IntRange(0, 2).Draw(t, "practice") {
		start := genDate(t, "start")
		b := accreditation.PracticeBlock{Hours: genHours(t, "hours"), Start: start, End: start.AddDays(rapid.IntRange(0, 500).Draw(t, "length"))}
		if rapid.Bool().Draw(t, "setting") {
			b.Setting = rapid.SampledFrom(accreditation.ServiceSettingValues()).Draw(t, "setting")
		}
		if rapid.Bool().Draw(t, "supervisor") {
			b.Supervisor = accreditation.SupervisorFacts{Qualified: rapid.SampledFrom(accreditation.YesNoValues()).Draw(t, "qualified"),
				YearsExperience: workforce.MustParseDecimal(strconv.Itoa(rapid.IntRange(0, 10).Draw(t, "years")))}
		}
		f.Practice = append(f.Practice, b)
	}
	for range rapid.IntRange(0, 3).Draw(t, "work") {
		start := genDate(t, "start")
		w := accreditation.WorkPeriod{Start: start, Offer: rapid.IntRange(0, 5).Draw(t, "offer") == 0}
		if rapid.Bool().Draw(t, "ended") {
			w.End = start.AddDays(rapid.IntRange(0, 1500).Draw(t, "length"))
		}
		if rapid.Bool().Draw(t, "fte") {
			w.FTE = rapid.SampledFrom([]workforce.FTE{workforce.FullTime(), workforce.MustParseFTE("0.5")}).Draw(t, "fte_value")
		}
		if rapid.Bool().Draw(t, "setting") {
			w.Setting = rapid.SampledFrom(accreditation.ServiceSettingValues()).Draw(t, "setting")
		}
		if rapid.Bool().Draw(t, "country") {
			w.Country = rapid.SampledFrom([]workforce.CountryCode{"SG", "PH"}).Draw(t, "country_value")
		}
		if rapid.Bool().Draw(t, "share") {
			w.SocialWorkShare = genPercent(t, "share_value")
		}
		if rapid.Bool().Draw(t, "sw_post") {
			w.SocialWorkPost = rapid.SampledFrom(accreditation.YesNoValues()).Draw(t, "sw_post_value")
		}
		f.Work = append(f.Work, w)
	}
	for range rapid.IntRange(0, 2).Draw(t, "training") {
		f.Training = append(f.Training, accreditation.TrainingRecord{Hours: genHours(t, "hours"), Date: genDate(t, "date"),
			InEmployment: rapid.SampledFrom(append([]accreditation.YesNo{""}, accreditation.YesNoValues()...)).Draw(t, "in_employment")})
	}
	for range rapid.IntRange(0, 3).Draw(t, "sittings") {
		s := accreditation.ExamSitting{Exam: rapid.SampledFrom(genExamIDs).Draw(t, "exam"), Date: genDate(t, "date"),
			Result:  rapid.SampledFrom([]accreditation.SittingResult{"", accreditation.ResultPassed, accreditation.ResultFailed}).Draw(t, "result"),
			ShortBy: rapid.IntRange(0, 20).Draw(t, "short_by"), Waiver: rapid.Bool().Draw(t, "waiver")}
		for _, sub := range genSubjectIDs {
			switch rapid.IntRange(0, 5).Draw(t, "subject") {
			case 0, 1, 2:
				s.Subjects = append(s.Subjects, accreditation.SubjectScore{Subject: sub, Score: genPercent(t, "score")})
			case 3:
				s.Subjects = append(s.Subjects, accreditation.SubjectScore{Subject: sub, Result: accreditation.ResultNotTaken})
			}
		}
		f.ExamSittings = append(f.ExamSittings, s)
	}
	for range rapid.IntRange(0, 2).Draw(t, "quizzes") {
		f.Quizzes = append(f.Quizzes, accreditation.QuizAttempt{Quiz: "Q", Date: genDate(t, "date"), Score: genPercent(t, "score")})
	}
	for range rapid.IntRange(0, 3).Draw(t, "references") {
		f.References = append(f.References, accreditation.CharacterReference{KnownSince: genDate(t, "known_since")})
	}
	for range rapid.IntRange(0, 3).Draw(t, "documents") {
		doc := accreditation.SupportingDocument{Kind: rapid.SampledFrom(accreditation.DocumentKindValues()).Draw(t, "kind")}
		if rapid.Bool().Draw(t, "dated") {
			doc.Date = genDate(t, "date")
		}
		f.Documents = append(f.Documents, doc)
	}
	for range rapid.IntRange(0, 2).Draw(t, "credentials") {
		issued := genDate(t, "issued")
		c := workforce.Credential{SchemeID: rapid.SampledFrom(genSchemeIDs).Draw(t, "scheme"), Issued: issued,
			Status: rapid.SampledFrom(workforce.CredentialStatusValues()).Draw(t, "status")}
		if rapid.Bool().Draw(t, "expires") {
			c.Expires = issued.AddDays(rapid.IntRange(1, 1500).Draw(t, "term"))
		}
		f.Credentials = append(f.Credentials, c)
	}
	years := rapid.SliceOfNDistinct(rapid.IntRange(2015, 2026), 0, 3, func(y int) int { return y }).Draw(t, "fee_years")
	for _, y := range years {
		fr := accreditation.FeeRecord{Year: y}
		if rapid.Bool().Draw(t, "paid") {
			fr.Paid = genDate(t, "paid")
		}
		f.Fees = append(f.Fees, fr)
	}
	for range rapid.IntRange(0, 5).Draw(t, "cpd") {
		r := workforce.CPDRecord{Date: genDate(t, "date"), Hours: genHours(t, "hours"),
			Category: rapid.SampledFrom(workforce.CPDCategoryValues()).Draw(t, "category"),
			Activity: rapid.SampledFrom(workforce.CPDActivityValues()).Draw(t, "activity"), Accredited: rapid.Bool().Draw(t, "accredited")}
		if rapid.Bool().Draw(t, "ethics") {
			r.Topics = []workforce.CPDTopic{workforce.TopicEthics}
		}
		f.CPD = append(f.CPD, r)
	}
	for range rapid.IntRange(0, 1).Draw(t, "proceedings") {
		f.Proceedings = append(f.Proceedings, accreditation.Proceeding{Kind: rapid.SampledFrom(accreditation.ProceedingKindValues()).Draw(t, "kind"), Start: genDate(t, "start")})
	}
	f.Circumstances = rapid.SliceOfNDistinct(rapid.SampledFrom(accreditation.CircumstanceValues()), 0, 2, func(c accreditation.Circumstance) accreditation.Circumstance { return c }).Draw(t, "circumstances")
	for _, l := range accreditation.FactListValues() {
		if l != accreditation.ListObligations && rapid.IntRange(0, 3).Draw(t, "known_empty") == 0 {
			f.KnownEmpty = append(f.KnownEmpty, l)
		}
	}
	// Keep the declaration consistent: only empty lists can be known empty.
	f.KnownEmpty = slices.DeleteFunc(f.KnownEmpty, func(l accreditation.FactList) bool { return listLen(&f, l) > 0 })
	return f
})

func listLen(f *accreditation.Facts, l accreditation.FactList) int {
	data, _ := json.Marshal(f)
	var m map[string]json.RawMessage
	_ = json.Unmarshal(data, &m)
	var items []json.RawMessage
	_ = json.Unmarshal(m[string(l)], &items)
	return len(items)
}

// purposeOf mostly picks the purpose of the scheme's version, sometimes
// another one (which no version covers).
func purposeOf(t *rapid.T, s accreditation.Scheme) accreditation.RulePurpose {
	if len(s.Versions) > 0 && rapid.IntRange(0, 4).Draw(t, "other_purpose") > 0 {
		return s.Versions[0].Purpose
	}
	return rapid.SampledFrom(accreditation.RulePurposeValues()).Draw(t, "purpose")
}

func decisionJSON(t *rapid.T, dec accreditation.Decision) string {
	data, err := json.Marshal(dec)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestEvaluateProperties: evaluation never panics on generated schemes and
// facts, is deterministic, returns decisions that validate, agrees with
// the outcome-only path, and Unmet lists something exactly when the
// outcome is not met.
func TestEvaluateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genScheme.Draw(t, "scheme")
		f := genFacts.Draw(t, "facts")
		asOf := genDate(t, "as_of")
		ev, err := accreditation.NewEvaluator(s, purposeOf(t, s))
		if err != nil {
			t.Fatalf("generated scheme rejected: %v", err)
		}
		a, err := ev.Evaluate(f, asOf)
		if err != nil {
			t.Fatalf("generated facts rejected: %v", err)
		}
		b, _ := ev.Evaluate(f, asOf)
		if decisionJSON(t, a) != decisionJSON(t, b) {
			t.Fatal("evaluation is not deterministic")
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("decision does not validate: %v", err)
		}
		outs, err := ev.Outcomes(nil, []accreditation.Facts{f}, asOf)
		if err != nil || outs[0] != a.Outcome {
			t.Fatalf("Outcomes = %v %v, Evaluate = %s", outs, err, a.Outcome)
		}
		if (len(a.Unmet()) > 0) != (a.Outcome == accreditation.OutcomeNotMet) {
			t.Fatalf("outcome %s with unmet %v", a.Outcome, codes(a.Unmet()))
		}
		if (len(a.Missing()) > 0) != (a.Outcome == accreditation.OutcomeUnknown) {
			t.Fatalf("outcome %s with missing %v", a.Outcome, codes(a.Missing()))
		}
	})
}

// withhold removes evidence from the facts: whole members (which become
// unknown) and optional attributes of list items.
func withhold(t *rapid.T, f accreditation.Facts) accreditation.Facts {
	g := f
	drop := func(l accreditation.FactList) bool {
		if !rapid.Bool().Draw(t, "drop "+string(l)) {
			return false
		}
		g.KnownEmpty = slices.DeleteFunc(slices.Clone(g.KnownEmpty), func(x accreditation.FactList) bool { return x == l })
		return true
	}
	if rapid.Bool().Draw(t, "drop birth_date") {
		g.BirthDate = workforce.CivilDate{}
	}
	for _, l := range accreditation.FactListValues() {
		if l == accreditation.ListObligations || !drop(l) {
			continue
		}
		switch l {
		case accreditation.ListCitizenship:
			g.Citizenship = nil
		case accreditation.ListQualifications:
			g.Qualifications = nil
		case accreditation.ListPractice:
			g.Practice = nil
		case accreditation.ListWork:
			g.Work = nil
		case accreditation.ListTraining:
			g.Training = nil
		case accreditation.ListExamSittings:
			g.ExamSittings = nil
		case accreditation.ListQuizzes:
			g.Quizzes = nil
		case accreditation.ListReferences:
			g.References = nil
		case accreditation.ListDocuments:
			g.Documents = nil
		case accreditation.ListCredentials:
			g.Credentials = nil
		case accreditation.ListFees:
			g.Fees = nil
		case accreditation.ListCPD:
			g.CPD = nil
		case accreditation.ListProceedings:
			g.Proceedings = nil
		case accreditation.ListCircumstances:
			g.Circumstances = nil
		}
	}
	if len(g.Work) > 0 {
		g.Work = slices.Clone(g.Work)
		for i := range g.Work {
			if rapid.Bool().Draw(t, "drop work attributes") {
				g.Work[i].Setting, g.Work[i].Country, g.Work[i].FTE, g.Work[i].SocialWorkShare, g.Work[i].SocialWorkPost = "", "", workforce.FTE{}, workforce.Decimal{}, ""
			}
		}
	}
	if len(g.Practice) > 0 {
		g.Practice = slices.Clone(g.Practice)
		for i := range g.Practice {
			if rapid.Bool().Draw(t, "drop practice attributes") {
				g.Practice[i].Setting, g.Practice[i].Supervisor, g.Practice[i].Timing = "", accreditation.SupervisorFacts{}, ""
			}
		}
	}
	if len(g.Qualifications) > 0 {
		g.Qualifications = slices.Clone(g.Qualifications)
		for i := range g.Qualifications {
			if rapid.Bool().Draw(t, "drop qualification country") {
				g.Qualifications[i].Country = ""
			}
		}
	}
	return g
}

// TestSupplyingFactsIsMonotone: with some evidence withheld, a decision
// that is already met, not met or not applicable does not change when the
// evidence is supplied. In particular, adding evidence never turns met
// into not met. (Obligations are the one list whose absence means "none
// owed", so they are never withheld.)
func TestSupplyingFactsIsMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genScheme.Draw(t, "scheme")
		full := genFacts.Draw(t, "facts")
		partial := withhold(t, full)
		asOf := genDate(t, "as_of")
		ev, err := accreditation.NewEvaluator(s, purposeOf(t, s))
		if err != nil {
			t.Fatal(err)
		}
		p, err := ev.Evaluate(partial, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if p.Outcome == accreditation.OutcomeUnknown {
			return
		}
		q, err := ev.Evaluate(full, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if q.Outcome != p.Outcome {
			t.Fatalf("with less evidence %s, with more %s\nmissing in partial: %v\nunmet in full: %v", p.Outcome, q.Outcome, codesPaths(p.Missing()), codesPaths(q.Unmet()))
		}
	})
}

// TestExpiryIsFinal: moving the date past expiry never turns a lapsed
// credential active again; only a new event can.
func TestExpiryIsFinal(t *testing.T) {
	schemes := []accreditation.Scheme{lifecycleScheme(), scheme(t, accreditation.SchemeSGRSW), scheme(t, accreditation.SchemeTHLicence), scheme(t, accreditation.SchemeSWE)}
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.SampledFrom(schemes).Draw(t, "scheme")
		issued := genDate(t, "issued")
		h := accreditation.Holding{SchemeID: s.ID, Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: issued}}}
		if rapid.Bool().Draw(t, "renewed") {
			st, _ := accreditation.Standing(s, h, issued, accreditation.Calendar{})
			if opens := st.RenewalOpens; !opens.IsZero() {
				if opens.Before(issued) {
					opens = issued
				}
				on := opens.AddDays(rapid.IntRange(0, 20).Draw(t, "into_window"))
				if on.After(st.Expires) {
					on = st.Expires
				}
				h.Events = append(h.Events, accreditation.LifecycleEvent{Kind: accreditation.EventRenewed, Date: on})
			}
		}
		a := issued.AddDays(rapid.IntRange(0, 4000).Draw(t, "a"))
		b := a.AddDays(rapid.IntRange(0, 4000).Draw(t, "b"))
		sa, err := accreditation.Standing(s, h, a, accreditation.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		sb, err := accreditation.Standing(s, h, b, accreditation.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		if !h.Events[len(h.Events)-1].Date.After(a) && sa.State == accreditation.StateLapsed && sb.State != accreditation.StateLapsed {
			t.Fatalf("lapsed on %s, %s on %s", a, sb.State, b)
		}
		if !sa.Authorised && !sa.Expires.IsZero() && a.After(sa.Expires) && sb.Authorised {
			t.Fatalf("expired on %s (%s), authorised again on %s", a, sa.State, b)
		}
	})
}
