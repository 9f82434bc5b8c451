package jsonschema

import (
	"reflect"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// BaseID is the base of every published schema's $id. The major version
// of the schemas is part of it: see "Compatibility" in the package
// documentation for what changes need a new one.
const BaseID = "https://sswkit.github.io/ssw/schemas/v1"

// Document describes one root document type and its published schema.
type Document struct {
	// Name is the schema's short name, such as "registry"; the file is
	// <Name>.schema.json.
	Name string
	// Title is the schema's root title, the document's name in words
	// ("Indicator report"). Code generators name the root type after it
	// (json-schema-to-typescript: IndicatorReport).
	Title string
	// Description says what the document is, for the schema's root
	// description.
	Description string
	// ID is the schema's $id: [BaseID]/<Name>.schema.json.
	ID string
	// Type is the Go type the schema describes.
	Type reflect.Type
}

// document is one entry of the list of root documents.
type document struct {
	name        string
	typ         reflect.Type
	description string
}

// title is the document's schema title: see titleOf.
func (d document) title() string { return titleOf(d.typ) }

// documents lists the root documents, one line each, in the order of the
// published list. Adding a document is one line here plus its testdata
// under testdata/documents/<name>/.
func documents() []document {
	return []document{
		{"registry", reflect.TypeFor[workforce.Registry](), "One country's social service workforce dataset as of a date: administrative areas with population figures, employers, posts and workers."},
		{"worker", reflect.TypeFor[workforce.Worker](), "One member of the social service workforce, identified pseudonymously, with qualifications, credentials, employments and CPD."},
		{"post", reflect.TypeFor[workforce.Post](), "An established position: cadre, level of government, area served, employer, status and FTE."},
		{"employer", reflect.TypeFor[workforce.Employer](), "An organisation that employs social service workers."},
		{"admin-area", reflect.TypeFor[workforce.AdminArea](), "An administrative area with its dated population figures."},
		{"scheme", reflect.TypeFor[accreditation.Scheme](), "One credential of one jurisdiction as data: issuing body, kind, basis, prerequisites, validity rules, examinations and effective-dated rule versions with their requirement trees."},
		{"scheme-catalogue", reflect.TypeFor[accreditation.SchemeCatalogue](), "A set of credential schemes and recognition rules published together."},
		{"recognition-rule", reflect.TypeFor[accreditation.RecognitionRule](), "An arrangement that recognises credentials of origin schemes in a host scheme: conditions, waived host requirements and the outcome it grants."},
		{"facts", reflect.TypeFor[accreditation.Facts](), "What is known about one applicant or holder, read by the accreditation rules; an absent member means not known."},
		{"decision", reflect.TypeFor[accreditation.Decision](), "The outcome of evaluating one person against one scheme for one purpose on one date, with the findings tree that explains it and the obligations it creates."},
		{"recognition-decision", reflect.TypeFor[accreditation.RecognitionDecision](), "The outcome of recognising a credential of one scheme in another, with the host requirements already met, missing or undetermined."},
		{"decision-summary", reflect.TypeFor[accreditation.DecisionSummary](), "The sum of many decisions of one scheme, purpose and date: the count of each outcome and the requirements most often not met or undecided for lack of a fact."},
		{"holding", reflect.TypeFor[accreditation.Holding](), "The history of one credential held by one person: its events in date order, the holder's birth date and the fee years paid."},
		{"indicator-report", reflect.TypeFor[indicators.Report](), "Social service workforce indicators for one country as of a date: parameters, areas with their population figures, and one result per indicator, area and breakdown."},
		{"aggregate-figures", reflect.TypeFor[indicators.AggregateFigures](), "Workforce counts and population figures supplied directly, as published national figures arrive, for the indicator formulas."},
		{"indicator-definition", reflect.TypeFor[indicators.Definition](), "One indicator definition of the catalogue: what it counts, how, and how it is presented."},
		{"count-table", reflect.TypeFor[indicators.CountTable](), "A two-way table of person counts to publish with its margins, before disclosure control."},
		{"protected-table", reflect.TypeFor[indicators.ProtectedTable](), "A two-way table of person counts after disclosure control: every cell and margin with its status, values only where published."},
		{"projection-input", reflect.TypeFor[indicators.ProjectionInput](), "A target ratio of workers to population to reach by a target year, with the current workforce and attrition."},
		{"projection", reflect.TypeFor[indicators.Projection](), "The workers a target ratio needs and the yearly hiring that reaches it, with the expected stock year by year."},
		{"plan", reflect.TypeFor[declaration.Plan](), "A national plan for the social service workforce: instrument, period, phases, commitments served, measures and targets."},
		{"progress-data", reflect.TypeFor[declaration.ProgressData](), "Indicator observations and administrative area changes as of a date, against which plan targets are evaluated."},
		{"plan-progress", reflect.TypeFor[declaration.PlanProgress](), "The evaluation of every target of a plan as of a date, with the count of each outcome."},
		{"assessment", reflect.TypeFor[declaration.Assessment](), "A country's assessment against the Ha Noi Declaration commitments for a reporting period: an implementation status per commitment with evidence."},
		{"scorecard", reflect.TypeFor[declaration.Scorecard](), "The score of one assessment: status points and a percentage per commitment and overall, with unassessed commitments reported as missing."},
		{"regional-scorecard", reflect.TypeFor[declaration.RegionalScorecard](), "The regional roll-up of country scorecards, with exact sums per commitment and overall."},
		{"country-report", reflect.TypeFor[declaration.CountryReport](), "A member state's monitoring report on the Ha Noi Declaration as of a date: indicator results, the progress of its national plans, credentialing summaries and the scorecard of its assessment."},
	}
}

// Documents returns the root documents with published schemas, in a fresh
// slice.
func Documents() []Document {
	ds := documents()
	out := make([]Document, len(ds))
	for i, d := range ds {
		out[i] = Document{Name: d.name, Title: d.title(), Description: d.description, ID: ID(d.name), Type: d.typ}
	}
	return out
}

// Names returns the schema names ("registry", "worker", …) in the order
// of [Documents].
func Names() []string {
	ds := documents()
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.name
	}
	return out
}

// ID returns the $id of the schema with the given name:
// [BaseID]/<name>.schema.json. It does not check that the name exists.
func ID(name string) string { return BaseID + "/" + FileName(name) }

// FileName returns the file name of the schema with the given name,
// "<name>.schema.json".
func FileName(name string) string { return name + ".schema.json" }
