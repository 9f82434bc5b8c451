package fhir_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// Write a registry as bulk-data NDJSON, one file per resource type, then
// read the files back into a registry.
func Example() {
	r := examples.SampleRegistry()
	files := map[fhir.ResourceType]*bytes.Buffer{}
	w, err := fhir.NewNDJSONWriter(func(t fhir.ResourceType) io.Writer {
		if files[t] == nil {
			files[t] = &bytes.Buffer{}
		}
		return files[t]
	}, fhir.Options{AsOf: r.AsOf})
	if err != nil {
		panic(err)
	}
	if err := fhir.WriteRegistry(w, &r); err != nil {
		panic(err)
	}
	for _, t := range fhir.ResourceTypes() {
		fmt.Printf("%s: %d resources\n", t.FileName(), strings.Count(files[t].String(), "\n"))
	}

	rd := fhir.NewReader(fhir.ReadOptions{Country: r.Country, AsOf: r.AsOf})
	for _, t := range fhir.ResourceTypes() {
		if err := rd.ReadNDJSON(files[t], t.FileName()); err != nil {
			panic(err)
		}
	}
	back, problems := rd.Registry()
	fmt.Printf("read back: %d areas, %d employers, %d posts, %d workers, %d problems\n",
		len(back.Areas), len(back.Employers), len(back.Posts), len(back.Workers), len(problems))
	fmt.Println("CPD records (FHIR holds none):", len(back.Workers[0].CPD))
	// Output:
	// Location.ndjson: 3 resources
	// Organization.ndjson: 4 resources
	// PractitionerRole.ndjson: 4 resources
	// Practitioner.ndjson: 1 resources
	// read back: 3 areas, 1 employers, 3 posts, 1 workers, 0 problems
	// CPD records (FHIR holds none): 0
}

// A problem names the file, the line and a FHIRPath-like path with the
// resource type and id.
func ExampleReader_Registry() {
	in := `{"resourceType":"Practitioner","id":"w-W-1","identifier":[{"system":"` + fhir.DefaultWorkerSystem + `","value":"W-1"}],` +
		`"extension":[{"url":"` + fhir.ExtCadre + `","valueCoding":{"system":"` + fhir.SystemCadre + `","code":"para_professional"}}],` +
		`"name":[{"use":"anonymous","text":"W-1"}],"gender":"female","birthDate":"1990-02-30"}
{"resourceType":"Practitioner","id":"w-W-2","gender":"male","gender":"female"}
`
	rd := fhir.NewReader(fhir.ReadOptions{Country: "KH", AsOf: workforce.MustParseDate("2025-06-30")})
	if err := rd.ReadNDJSON(strings.NewReader(in), "Practitioner.ndjson"); err != nil {
		panic(err)
	}
	reg, problems := rd.Registry()
	for _, p := range problems {
		fmt.Println(p)
	}
	fmt.Println("workers read:", len(reg.Workers))
	// Output:
	// Practitioner.ndjson:1: Practitioner.where(id='w-W-1').birthDate: February 1990 has 28 days (value "1990-02-30")
	// Practitioner.ndjson:2: Resource.gender: member "gender" is repeated (column 69)
	// workers read: 0
}

// A post is a PractitionerRole with no practitioner; its status, vacant
// or frozen included, is an extension coded in the ssw post-status code
// system.
func ExampleWriter_WritePost() {
	var out bytes.Buffer
	w, err := fhir.NewNDJSONWriter(func(fhir.ResourceType) io.Writer { return &out }, fhir.Options{AsOf: workforce.MustParseDate("2025-06-30")})
	if err != nil {
		panic(err)
	}
	err = w.WritePost(workforce.Post{ID: "P-7", Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune, Area: "KH-12-01-03",
		EmployerID: "MOSVY", Status: workforce.PostFundedVacant, FTE: workforce.MustParseFTE("1.00")})
	if err != nil {
		panic(err)
	}
	fmt.Print(out.String())
	// Output:
	// {"resourceType":"PractitionerRole","id":"p-P-7","meta":{"profile":["https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.PractitionerRole"]},"extension":[{"url":"https://sswkit.github.io/ssw/fhir/StructureDefinition/post-status","valueCoding":{"system":"https://sswkit.github.io/ssw/fhir/CodeSystem/post-status","code":"funded_vacant","display":"Funded and vacant"}},{"url":"https://sswkit.github.io/ssw/fhir/StructureDefinition/fte","valueDecimal":1.00}],"identifier":[{"system":"https://sswkit.github.io/ssw/fhir/sid/post","value":"P-7"}],"active":true,"organization":{"reference":"Organization/e-MOSVY"},"code":[{"coding":[{"system":"https://sswkit.github.io/ssw/fhir/CodeSystem/cadre","code":"professional_social_worker","display":"Professional social worker"},{"system":"http://www.ilo.org/public/english/bureau/stat/isco/isco08/","code":"2635"}]}],"location":[{"reference":"Location/a-KH-12-01-03"}]}
}

// The ssw code systems, built from the workforce enumerations.
func ExampleCodeSystems() {
	for _, cs := range fhir.CodeSystems()[:4] {
		fmt.Printf("%s %s (%d codes)\n", cs.URL, cs.Content, cs.Count)
	}
	// Output:
	// https://sswkit.github.io/ssw/fhir/CodeSystem/isced-2011 complete (9 codes)
	// https://sswkit.github.io/ssw/fhir/CodeSystem/isced-f-2013 fragment (10 codes)
	// https://sswkit.github.io/ssw/fhir/CodeSystem/cadre complete (6 codes)
	// https://sswkit.github.io/ssw/fhir/CodeSystem/sector complete (6 codes)
}

// Resource ids are the record's key with a prefix; keys that are not
// FHIR ids become a hash.
func ExampleResourceID() {
	fmt.Println(fhir.ResourceID(fhir.KindWorker, "W-0000001"))
	fmt.Println(fhir.ResourceID(fhir.KindArea, "KH-12"))
	fmt.Println(fhir.ResourceID(fhir.KindEmployer, "org:ngo_1"))
	fmt.Println(fhir.EmploymentID("W-0000001", 0))
	// Output:
	// w-W-0000001
	// a-KH-12
	// e--d43b86773b1b06b3f88e3a75ae06bd2a
	// emp0-W-0000001
}
