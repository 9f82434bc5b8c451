package jsonschema_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"

	"github.com/sswkit/ssw/jsonschema"
)

// Look up a published schema by name.
func ExampleSchema() {
	b, ok := jsonschema.Schema("worker")
	var head struct {
		ID    string `json:"$id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		panic(err)
	}
	fmt.Println(ok, head.Title)
	fmt.Println(head.ID)
	// Output:
	// true Worker
	// https://sswkit.github.io/ssw/schemas/v1/worker.schema.json
}

func ExampleNames() {
	fmt.Println(jsonschema.Names())
	// Output:
	// [registry worker post employer admin-area scheme scheme-catalogue recognition-rule facts decision recognition-decision decision-summary holding indicator-report aggregate-figures indicator-definition count-table protected-table projection-input projection plan progress-data plan-progress assessment scorecard regional-scorecard country-report]
}

func ExampleID() {
	fmt.Println(jsonschema.ID("admin-area"))
	// Output: https://sswkit.github.io/ssw/schemas/v1/admin-area.schema.json
}

// Serve or copy the schemas from the embedded file system.
func ExampleFS() {
	names, err := fs.Glob(jsonschema.FS(), "*.schema.json")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// admin-area.schema.json
	// aggregate-figures.schema.json
	// assessment.schema.json
	// count-table.schema.json
	// country-report.schema.json
	// decision-summary.schema.json
	// decision.schema.json
	// employer.schema.json
	// facts.schema.json
	// holding.schema.json
	// indicator-definition.schema.json
	// indicator-report.schema.json
	// plan-progress.schema.json
	// plan.schema.json
	// post.schema.json
	// progress-data.schema.json
	// projection-input.schema.json
	// projection.schema.json
	// protected-table.schema.json
	// recognition-decision.schema.json
	// recognition-rule.schema.json
	// regional-scorecard.schema.json
	// registry.schema.json
	// scheme-catalogue.schema.json
	// scheme.schema.json
	// scorecard.schema.json
	// worker.schema.json
}

func ExampleDocuments() {
	for _, d := range jsonschema.Documents() {
		fmt.Printf("%-20s %-27s %s\n", d.Name, d.Title, d.Type)
	}
	// Output:
	// registry             Registry                    workforce.Registry
	// worker               Worker                      workforce.Worker
	// post                 Post                        workforce.Post
	// employer             Employer                    workforce.Employer
	// admin-area           Administrative area         workforce.AdminArea
	// scheme               Credential scheme           accreditation.Scheme
	// scheme-catalogue     Credential scheme catalogue accreditation.SchemeCatalogue
	// recognition-rule     Recognition rule            accreditation.RecognitionRule
	// facts                Facts                       accreditation.Facts
	// decision             Decision                    accreditation.Decision
	// recognition-decision Recognition decision        accreditation.RecognitionDecision
	// decision-summary     Decision summary            accreditation.DecisionSummary
	// holding              Holding                     accreditation.Holding
	// indicator-report     Indicator report            indicators.Report
	// aggregate-figures    Aggregate figures           indicators.AggregateFigures
	// indicator-definition Indicator definition        indicators.Definition
	// count-table          Count table                 indicators.CountTable
	// protected-table      Protected table             indicators.ProtectedTable
	// projection-input     Projection input            indicators.ProjectionInput
	// projection           Projection                  indicators.Projection
	// plan                 Plan                        declaration.Plan
	// progress-data        Progress data               declaration.ProgressData
	// plan-progress        Plan progress               declaration.PlanProgress
	// assessment           Assessment                  declaration.Assessment
	// scorecard            Scorecard                   declaration.Scorecard
	// regional-scorecard   Regional scorecard          declaration.RegionalScorecard
	// country-report       Country report              declaration.CountryReport
}

// Regenerate the schemas from the Go source; ".." is the module directory
// seen from this package's directory (a program run from the module root
// passes ".").
func ExampleGenerate() {
	files, err := jsonschema.Generate("..")
	if err != nil {
		panic(err)
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	committed, _ := jsonschema.Schema("registry")
	fmt.Println(names)
	fmt.Println(string(files["registry.schema.json"]) == string(committed))
	// Output:
	// [admin-area.schema.json aggregate-figures.schema.json assessment.schema.json count-table.schema.json country-report.schema.json decision-summary.schema.json decision.schema.json employer.schema.json facts.schema.json holding.schema.json indicator-definition.schema.json indicator-report.schema.json plan-progress.schema.json plan.schema.json post.schema.json progress-data.schema.json projection-input.schema.json projection.schema.json protected-table.schema.json recognition-decision.schema.json recognition-rule.schema.json regional-scorecard.schema.json registry.schema.json scheme-catalogue.schema.json scheme.schema.json scorecard.schema.json worker.schema.json]
	// true
}
