package fhir_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// The required elements of the IHE mCSD 4.0 profiles
// (https://profiles.ihe.net/ITI/mCSD/artifacts.html), from their FSH
// sources in github.com/IHE/ITI.mCSD (input/fsh):
//
//   - every profile: implicitRules 0..0, modifierExtension 0..0;
//   - IHE.mCSD.Practitioner (practitioner.fsh): name 1..*;
//   - IHE.mCSD.PractitionerRole (practitioner.fsh): code 1..*;
//   - IHE.mCSD.Organization (organization.fsh): type 1..*, name 1..1;
//   - IHE.mCSD.JurisdictionOrganization (jurisdiction.fsh): a type
//     IHE.mCSD.Organization.Location.Types#jurisdiction;
//   - IHE.mCSD.Location (location.fsh): type 1..*, name 1..1, status 1..1;
//   - IHE.mCSD.JurisdictionLocation (jurisdiction.fsh): a type
//     #jurisdiction, managingOrganization 1..1 referring to the
//     jurisdiction's Organization.
//
// The Node validator checks the same in CI; this test keeps the rules
// in the Go suite too.
func mcsdProblems(r map[string]any) []string {
	var out []string
	need := func(ok bool, msg string) {
		if !ok {
			out = append(out, msg)
		}
	}
	list := func(k string) []any { v, _ := r[k].([]any); return v }
	str := func(k string) string { v, _ := r[k].(string); return v }
	jurisdiction := func() bool {
		for _, t := range list("type") {
			cc, _ := t.(map[string]any)
			codings, _ := cc["coding"].([]any)
			for _, c := range codings {
				m, _ := c.(map[string]any)
				if m["system"] == fhir.SystemMCSDTypes && m["code"] == "jurisdiction" {
					return true
				}
			}
		}
		return false
	}
	meta, _ := r["meta"].(map[string]any)
	profiles, _ := meta["profile"].([]any)
	claims := func(p string) bool { return slices.Contains(profiles, any(p)) }
	need(len(profiles) == 1, "one mCSD profile claimed")
	need(r["implicitRules"] == nil && r["modifierExtension"] == nil, "implicitRules and modifierExtension 0..0")
	switch str("resourceType") {
	case "Practitioner":
		need(claims(fhir.ProfilePractitioner), "Practitioner claims IHE.mCSD.Practitioner")
		need(len(list("name")) >= 1, "Practitioner.name 1..*")
	case "PractitionerRole":
		need(claims(fhir.ProfilePractitionerRole), "PractitionerRole claims IHE.mCSD.PractitionerRole")
		need(len(list("code")) >= 1, "PractitionerRole.code 1..*")
	case "Organization":
		need(len(list("type")) >= 1 && str("name") != "", "Organization.type 1..*, name 1..1")
		need(claims(fhir.ProfileOrganization) || claims(fhir.ProfileJurisdictionOrganization) && jurisdiction(), "Organization profile and jurisdiction type")
	case "Location":
		need(claims(fhir.ProfileJurisdictionLocation), "Location claims IHE.mCSD.JurisdictionLocation")
		need(len(list("type")) >= 1 && str("name") != "" && str("status") != "", "Location.type 1..*, name 1..1, status 1..1")
		mo, _ := r["managingOrganization"].(map[string]any)
		need(jurisdiction() && mo["reference"] == "Organization/"+str("id"), "jurisdiction type; managingOrganization the paired Organization")
	default:
		out = append(out, "unexpected resource type")
	}
	return out
}

func TestMCSDRequired(t *testing.T) {
	for name, r := range map[string]workforce.Registry{
		"every value": everyValue(),
		"synthetic":   examples.NewSynthetic(examples.SyntheticConfig{Workers: 200, CredentialScheme: "PH-RSW-PIC"}).Registry(),
	} {
		n := 0
		for typ, b := range writeNDJSON(t, &r, fhir.Options{AsOf: r.AsOf}) {
			for line := range bytes.Lines(b.Bytes()) {
				dec := json.NewDecoder(bytes.NewReader(line))
				dec.UseNumber()
				var res map[string]any
				if err := dec.Decode(&res); err != nil {
					t.Fatal(err)
				}
				if res["resourceType"] != string(typ) {
					t.Fatalf("%s in %s", res["resourceType"], typ.FileName())
				}
				for _, p := range mcsdProblems(res) {
					t.Errorf("%s: %s/%s: %s", name, typ, res["id"], p)
				}
				n++
			}
		}
		if n == 0 {
			t.Fatalf("%s: nothing written", name)
		}
	}
}
