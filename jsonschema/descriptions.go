package jsonschema

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/sswkit/ssw/accreditation"
)

// Descriptions come from the Go doc comments. Two gaps are filled here so
// that every published property is described:
//
//   - a comment that names several fields at its start ("From and To
//     bound …", "Met, Missing and Undetermined sort …") describes each
//     field it names, though Go attaches it to the first only;
//   - fields with no comment at all take their description from
//     fieldDescriptions below. Each entry is a missing doc comment in a
//     domain package, worded from the type's own documentation; when the
//     field gets its comment, generation fails until the entry is
//     removed, so the two never both exist.

// fieldDescription describes one undocumented field of a domain type.
type fieldDescription struct {
	typ   reflect.Type
	field string // the Go field name
	text  string
}

// fieldDescriptions lists the descriptions of undocumented fields.
func fieldDescriptions() []fieldDescription {
	catalogue := reflect.TypeFor[accreditation.SchemeCatalogue]()
	recognition := reflect.TypeFor[accreditation.RecognitionDecision]()
	holding := reflect.TypeFor[accreditation.Holding]()
	event := reflect.TypeFor[accreditation.LifecycleEvent]()
	conversion := reflect.TypeFor[accreditation.CPDConversion]()
	deferral := reflect.TypeFor[accreditation.CPDDeferral]()
	limit := reflect.TypeFor[accreditation.CPDLimit]()
	phase := reflect.TypeFor[accreditation.CPDPhase]()
	waiver := reflect.TypeFor[accreditation.RetestWaiver]()
	subject := reflect.TypeFor[accreditation.SubjectScore]()
	quiz := reflect.TypeFor[accreditation.QuizAttempt]()
	reference := reflect.TypeFor[accreditation.CharacterReference]()
	document := reflect.TypeFor[accreditation.SupportingDocument]()
	fee := reflect.TypeFor[accreditation.FeeRecord]()
	proceeding := reflect.TypeFor[accreditation.Proceeding]()
	return []fieldDescription{
		{catalogue, "Schemes", "Schemes are the credential schemes of the catalogue; their IDs are unique and their prerequisites name schemes of the catalogue."},
		{catalogue, "Recognition", "Recognition lists the recognition rules published with the schemes; their IDs are unique."},

		{recognition, "RuleID", "RuleID is the recognition rule applied."},
		{recognition, "OriginSchemeID", "OriginSchemeID is the scheme of the credential held."},
		{recognition, "HostSchemeID", "HostSchemeID is the scheme the credential is recognised in."},
		{recognition, "AsOf", "AsOf is the evaluation date (the date the host rule is about)."},
		{recognition, "Outcome", "Outcome is recognised, recognised with restrictions, adaptation required, refused, undetermined or not applicable."},

		{holding, "SchemeID", "SchemeID is the scheme of the credential held."},
		{holding, "BirthDate", "BirthDate is the holder's date of birth, for birthday-anchored terms."},
		{holding, "Events", "Events are the credential's lifecycle events in date order; events on the same day apply in list order."},
		{holding, "Fees", "Fees are the fee years and their payment, for suspension after unpaid fees; each year at most once."},

		{event, "Kind", "Kind is what happened: issued, renewed, extended, suspended, reinstated, revoked, restoration refused, restored or surrendered."},
		{event, "Date", "Date is the day the event took effect."},
		{event, "Expires", "Expires is the end of term the register states, after the event date; it overrides the computed expiry."},
		{event, "Months", "Months is the length an extended event adds."},
		{event, "Until", "Until ends a suspension; on or after the event date."},
		{event, "Note", "Note records details of the event."},

		{conversion, "Activity", "Activity is the CPD activity type converted."},
		{conversion, "PerHour", "PerHour is the number of units per hour of the activity; give it or per_activity."},
		{conversion, "PerActivity", "PerActivity is the number of units per record of the activity; give it or per_hour."},
		{conversion, "AccreditedOnly", "AccreditedOnly counts only records marked accredited."},

		{deferral, "ID", "ID is the stable code of the deferral, unique among the version's requirement codes."},
		{deferral, "Document", "Document is the kind of document (an undertaking) the holder signs to defer the shortfall."},
		{deferral, "From", "From is the first renewal date the deferral is accepted on."},
		{deferral, "Until", "Until is the last renewal date the deferral is accepted on."},
		{deferral, "Source", "Source cites the deferral."},
		{deferral, "Confidence", "Confidence grades the deferral."},

		{limit, "ID", "ID is the stable code of the limit."},
		{limit, "Title", "Title describes the limit."},
		{limit, "Categories", "Categories selects records of these CPD categories."},
		{limit, "Activities", "Activities selects records of these activity types."},
		{limit, "Topics", "Topics selects records with one of these topics."},
		{limit, "Min", "Min is the minimum the selected records must reach, in the rule's unit."},
		{limit, "Max", "Max caps what the selected records count, in the rule's unit."},
		{limit, "MinCount", "MinCount is the minimum number of selected records."},
		{limit, "Circumstance", "Circumstance restricts the limit to holders in this circumstance."},
		{limit, "Source", "Source cites the limit."},

		{phase, "From", "From is the first renewal date of the phase."},
		{phase, "To", "To is the last renewal date of the phase; unset while in force."},
		{phase, "Percent", "Percent is the share of the total required in the phase, 0 to 100."},

		{waiver, "MaxShort", "MaxShort is the largest number of correct answers a candidate may have been short of the pass point."},
		{waiver, "MaxWaivers", "MaxWaivers is the number of waivers allowed in PerMonths months."},
		{waiver, "PerMonths", "PerMonths is the period, in months, that MaxWaivers counts over."},

		{subject, "Subject", "Subject names the examination subject."},
		{subject, "Score", "Score is the subject's mark in percent, 0 to 100."},
		{subject, "Result", "Result is the exam owner's result for the subject."},

		{quiz, "Quiz", "Quiz names the quiz."},
		{quiz, "Date", "Date is the day of the attempt."},
		{quiz, "Score", "Score is the score in percent, 0 to 100."},

		{reference, "KnownSince", "KnownSince is when the referee came to know the person; not before the birth date."},
		{reference, "Relationship", "Relationship says how the referee knows the person."},

		{document, "Kind", "Kind is the kind of document or declaration."},
		{document, "Date", "Date is the date of issue or signature."},
		{document, "Country", "Country is the country that issued the document."},

		{fee, "Year", "Year is the fee year, unique in the list."},
		{fee, "Paid", "Paid is the date the fee was paid; absent when unpaid or waived."},
		{fee, "Waived", "Waived says the fee was waived; a waived fee has no payment date."},

		{proceeding, "Kind", "Kind is the kind of proceeding."},
		{proceeding, "Start", "Start is the day the proceeding started."},
		{proceeding, "End", "End is the day it ended; absent while open."},
	}
}

// groupNames matches a comment that begins with a list of field names:
// "From and To", "Met, Missing and Undetermined".
var groupNames = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*(?:, [A-Z][A-Za-z0-9]*)*(?:,? and [A-Z][A-Za-z0-9]*)?)\b`)

// namesOf returns the field names a comment begins with; one name when
// the comment is about its own field only.
func namesOf(comment string) []string {
	m := groupNames.FindStringSubmatch(comment)
	if m == nil {
		return nil
	}
	list := strings.ReplaceAll(m[1], " and ", ", ")
	var out []string
	for n := range strings.SplitSeq(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// completeComments adds to comments (keyed "<import path>.<Type>.<Field>")
// a description for every exported field of the given module struct
// types that has no doc comment: the comment of an earlier field of the
// same struct that names it at its start, or its fieldDescriptions entry.
// It fails when an entry describes a field that has its own comment or
// does not exist.
func (g *generator) completeComments(comments map[string]string, types []reflect.Type) error {
	fallback := make(map[reflect.Type]map[string]string)
	for _, fd := range fieldDescriptions() {
		if _, ok := fd.typ.FieldByName(fd.field); !ok {
			return g.errorf(fd.typ, fd.field, "fieldDescriptions names a field the type does not have")
		}
		if fallback[fd.typ] == nil {
			fallback[fd.typ] = make(map[string]string)
		}
		fallback[fd.typ][fd.field] = fd.text
	}
	for _, t := range structsOf(types) {
		prefix := t.PkgPath() + "." + t.Name() + "."
		var group []string
		var groupText string
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Anonymous || f.Tag.Get("json") == "-" {
				continue
			}
			key := prefix + f.Name
			fb, hasFallback := fallback[t][f.Name]
			if c, ok := comments[key]; ok && c != "" {
				if hasFallback {
					return g.errorf(t, f.Name, "the field has a doc comment now; remove its fieldDescriptions entry")
				}
				if names := namesOf(c); len(names) > 1 && names[0] == f.Name {
					group, groupText = names[1:], c
				} else {
					group = nil
				}
				continue
			}
			switch {
			case contains(group, f.Name):
				if hasFallback {
					return g.errorf(t, f.Name, "the field is described by the comment of an earlier field; remove its fieldDescriptions entry")
				}
				comments[key] = groupText
			case hasFallback:
				comments[key] = fb
			}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// structsOf returns the named struct types of the ssw module that the
// given types reach through fields and elements, each once, in the order
// first reached.
func structsOf(types []reflect.Type) []reflect.Type {
	seen := make(map[reflect.Type]bool)
	var out []reflect.Type
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t.Elem())
		case reflect.Map:
			visit(t.Elem())
		case reflect.Struct:
			if p := t.PkgPath(); t.Name() != "" && (p == modulePath || strings.HasPrefix(p, modulePath+"/")) {
				out = append(out, t)
			}
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, t := range types {
		visit(t)
	}
	return out
}
