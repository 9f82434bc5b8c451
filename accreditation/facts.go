package accreditation

import (
	"slices"

	"github.com/sswkit/ssw/workforce"
)

// Facts is what is known about one applicant or holder: a JSON document
// that [Evaluate] reads. Every member is optional, and an absent member
// means "not known": requirements that need it evaluate to
// [OutcomeUnknown] with the JSON Pointer of the missing member, never to
// [OutcomeNotMet]. Because JSON cannot tell an absent list from an empty
// one, KnownEmpty names the lists that are known to be empty (no
// qualifications, no exam sittings yet). Obligations are the exception:
// an absent list means none are owed.
//
// Facts dated after the evaluation date are ignored by evaluation.
type Facts struct {
	// SubjectID identifies the person (pseudonymous).
	SubjectID workforce.ID `json:"subject_id,omitempty" validate:"omitempty,valid"`
	// BirthDate is the date of birth.
	BirthDate workforce.CivilDate `json:"birth_date,omitzero"`
	// Citizenship lists the person's citizenships.
	Citizenship []workforce.CountryCode `json:"citizenship,omitempty" validate:"omitempty,dive,valid"`
	// Qualifications are completed qualifications.
	Qualifications []workforce.Qualification `json:"qualifications,omitempty"`
	// Practice lists blocks of supervised practice or internship.
	Practice []PracticeBlock `json:"practice,omitempty"`
	// Work lists work periods, past, current and offered.
	Work []WorkPeriod `json:"work,omitempty"`
	// Training lists training received.
	Training []TrainingRecord `json:"training,omitempty"`
	// ExamSittings lists examination sittings.
	ExamSittings []ExamSitting `json:"exam_sittings,omitempty"`
	// Quizzes lists quiz attempts.
	Quizzes []QuizAttempt `json:"quizzes,omitempty"`
	// References lists character references.
	References []CharacterReference `json:"references,omitempty"`
	// Documents lists supporting documents and declarations.
	Documents []SupportingDocument `json:"documents,omitempty"`
	// Credentials lists credentials and memberships held.
	Credentials []workforce.Credential `json:"credentials,omitempty"`
	// Fees lists fee years and their payment.
	Fees []FeeRecord `json:"fees,omitempty"`
	// CPD lists continuing professional development activities.
	CPD []workforce.CPDRecord `json:"cpd,omitempty"`
	// Proceedings lists disciplinary and legal proceedings.
	Proceedings []Proceeding `json:"proceedings,omitempty"`
	// Circumstances lists the circumstances that apply to the person.
	Circumstances []Circumstance `json:"circumstances,omitempty" validate:"omitempty,dive,valid"`
	// Obligations lists obligations carried from earlier cycles; absent
	// means none are owed.
	Obligations []Obligation `json:"obligations,omitempty"`
	// KnownEmpty names lists known to be empty.
	KnownEmpty []FactList `json:"known_empty,omitempty" validate:"omitempty,dive,valid"`
}

// PracticeBlock is a block of supervised practice, field education or
// internship. Supervisor constraints are checked per block.
type PracticeBlock struct {
	// Hours is the number of hours in the block.
	Hours workforce.Hours `json:"hours,omitzero"`
	// Start and End bound the block.
	Start workforce.CivilDate `json:"start,omitzero"`
	End   workforce.CivilDate `json:"end,omitzero"`
	// Setting is where the block took place.
	Setting ServiceSetting `json:"setting,omitempty" validate:"omitempty,valid"`
	// Timing is during or after study.
	Timing PracticeTiming `json:"timing,omitempty" validate:"omitempty,valid"`
	// Country is where the block took place.
	Country workforce.CountryCode `json:"country,omitempty" validate:"omitempty,valid"`
	// Supervisor describes the supervisor during the block.
	Supervisor SupervisorFacts `json:"supervisor,omitzero"`
}

// SupervisorFacts describes the supervisor of a practice block as they
// were during the block.
type SupervisorFacts struct {
	// Supervised says whether the block had a supervisor.
	Supervised YesNo `json:"supervised,omitempty" validate:"omitempty,valid"`
	// Qualified says whether the supervisor was fully trained and qualified.
	Qualified YesNo `json:"qualified,omitempty" validate:"omitempty,valid"`
	// RecognisedQualification says whether the supervisor held a
	// recognised social work qualification.
	RecognisedQualification YesNo `json:"recognised_qualification,omitempty" validate:"omitempty,valid"`
	// YearsExperience is the supervisor's post-qualification experience.
	YearsExperience workforce.Decimal `json:"years_experience,omitzero"`
	// YearsLocal is the local part of it.
	YearsLocal workforce.Decimal `json:"years_local,omitzero"`
	// Credentials lists the schemes whose credentials the supervisor held.
	Credentials []workforce.ID `json:"credentials,omitempty" validate:"omitempty,dive,valid"`
}

// IsZero reports whether nothing is known about the supervisor.
func (s SupervisorFacts) IsZero() bool {
	return s.Supervised == "" && s.Qualified == "" && s.RecognisedQualification == "" &&
		s.YearsExperience.IsZero() && s.YearsLocal.IsZero() && len(s.Credentials) == 0
}

// WorkPeriod is a period of work: an employment, a past post or an
// accepted offer.
type WorkPeriod struct {
	// Start is the first day; for an offer, the expected first day.
	Start workforce.CivilDate `json:"start" validate:"required"`
	// End is the last day; unset while current.
	End workforce.CivilDate `json:"end,omitzero"`
	// FTE is the share of full time.
	FTE workforce.FTE `json:"fte,omitzero"`
	// Setting is where the work happens.
	Setting ServiceSetting `json:"setting,omitempty" validate:"omitempty,valid"`
	// Country is where the work happens.
	Country workforce.CountryCode `json:"country,omitempty" validate:"omitempty,valid"`
	// SocialWorkPost says whether the post is a social work post.
	SocialWorkPost YesNo `json:"social_work_post,omitempty" validate:"omitempty,valid"`
	// SocialWorkShare is the percentage of working time on social work
	// duties.
	SocialWorkShare workforce.Decimal `json:"social_work_share,omitzero"`
	// Offer marks an accepted offer that has not started: it counts as
	// employment where a rule accepts offers, never as experience.
	Offer bool `json:"offer,omitempty"`
}

// TrainingRecord is one training activity (not CPD): an in-employment
// course, a council course for non-social-work graduates.
type TrainingRecord struct {
	// Course identifies a named course.
	Course workforce.ID `json:"course,omitempty" validate:"omitempty,valid"`
	// Title describes it.
	Title string `json:"title,omitempty" validate:"max=200"`
	// Hours is its length.
	Hours workforce.Hours `json:"hours,omitzero"`
	// Date is the completion date.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// InEmployment says whether it was received in employment.
	InEmployment YesNo `json:"in_employment,omitempty" validate:"omitempty,valid"`
}

// ExamSitting is one sitting of an examination with the owner's overall
// result, the subject marks, or both.
type ExamSitting struct {
	// Exam names the examination (an [ExamRule] ID).
	Exam workforce.ID `json:"exam" validate:"required,valid"`
	// Date is the sitting date.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// Result is the owner's overall result.
	Result SittingResult `json:"result,omitempty" validate:"omitempty,valid"`
	// Subjects are the subject marks or results.
	Subjects []SubjectScore `json:"subjects,omitempty"`
	// ShortBy is how many correct answers the candidate was short of the
	// pass point (owner-reported, for waivers).
	ShortBy int `json:"short_by,omitempty" validate:"omitempty,gte=1,lte=100000"`
	// Waiver says the sitting was taken under a waiver of the retest wait.
	Waiver bool `json:"waiver,omitempty"`
}

// SubjectScore is a subject's mark in percent (0–100), the owner's
// subject result, or both.
type SubjectScore struct {
	// Subject names the examination subject.
	Subject workforce.ID `json:"subject" validate:"required,valid"`
	// Score is the subject's mark in percent, 0 to 100.
	Score workforce.Decimal `json:"score,omitzero"`
	// Result is the exam owner's result for the subject.
	Result SittingResult `json:"result,omitempty" validate:"omitempty,valid"`
}

// QuizAttempt is one attempt at a quiz, with its score in percent.
type QuizAttempt struct {
	// Quiz names the quiz.
	Quiz workforce.ID `json:"quiz" validate:"required,valid"`
	// Date is the day of the attempt.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// Score is the score in percent, 0 to 100.
	Score workforce.Decimal `json:"score"`
}

// CharacterReference is a character reference; KnownSince is when the
// referee came to know the person.
type CharacterReference struct {
	// KnownSince is when the referee came to know the person; not before the
	// birth date.
	KnownSince workforce.CivilDate `json:"known_since" validate:"required"`
	// Relationship says how the referee knows the person.
	Relationship string `json:"relationship,omitempty" validate:"max=200"`
}

// SupportingDocument is a document or signed declaration with its date of
// issue or signature.
type SupportingDocument struct {
	// Kind is the kind of document or declaration.
	Kind DocumentKind `json:"kind" validate:"required,valid"`
	// Date is the date of issue or signature.
	Date workforce.CivilDate `json:"date,omitzero"`
	// Country is the country that issued the document.
	Country workforce.CountryCode `json:"country,omitempty" validate:"omitempty,valid"`
}

// FeeRecord is the fee for one fee year: paid on a date, waived, or
// unpaid (neither).
type FeeRecord struct {
	// Year is the fee year, unique in the list.
	Year int `json:"year" validate:"gte=1900,lte=2200"`
	// Paid is the date the fee was paid; absent when unpaid or waived.
	Paid workforce.CivilDate `json:"paid,omitzero"`
	// Waived says the fee was waived; a waived fee has no payment date.
	Waived bool `json:"waived,omitempty"`
}

// Proceeding is a disciplinary or legal proceeding; without an end date
// it is open.
type Proceeding struct {
	// Kind is the kind of proceeding.
	Kind ProceedingKind `json:"kind" validate:"required,valid"`
	// Start is the day the proceeding started.
	Start workforce.CivilDate `json:"start" validate:"required"`
	// End is the day it ended; absent while open.
	End workforce.CivilDate `json:"end,omitzero"`
}

// known reports whether a list is known: present, or declared empty.
func (f *Facts) known(l FactList, n int) bool {
	return n > 0 || slices.Contains(f.KnownEmpty, l)
}

// FactsFromWorker builds the facts a registry holds about a worker: birth
// date, nationality, qualifications, credentials, CPD records and work
// periods from employments (start, end, FTE). Everything else (exam
// sittings, documents, references, …) is absent and therefore unknown. The
// result shares nothing with w.
func FactsFromWorker(w workforce.Worker) Facts {
	f := Facts{
		SubjectID:      w.ID,
		BirthDate:      w.BirthDate,
		Qualifications: slices.Clone(w.Qualifications),
		Credentials:    slices.Clone(w.Credentials),
	}
	if w.Nationality != "" {
		f.Citizenship = []workforce.CountryCode{w.Nationality}
	}
	if len(w.CPD) > 0 {
		f.CPD = make([]workforce.CPDRecord, len(w.CPD))
		for i, r := range w.CPD {
			r.Topics = slices.Clone(r.Topics)
			f.CPD[i] = r
		}
	}
	for _, e := range w.Employments {
		f.Work = append(f.Work, WorkPeriod{Start: e.Start, End: e.End, FTE: e.FTE})
	}
	return f
}
