// Command eligibility evaluates an applicant's facts (a JSON document, see
// accreditation.Facts and its JSON Schema facts.schema.json) against a
// shipped credential scheme and prints the explanation tree: every
// requirement met, not met or unknown, with the fact examined, the value
// found and the value required.
//
//	go run ./examples/eligibility -list
//	go run ./examples/eligibility -scheme PH-RSW-COR -purpose exam_admission -as-of 2024-06-01 examples/eligibility/testdata/applicant.json
//	go run ./examples/eligibility -scheme PH-RSW-COR -purpose exam_admission -as-of 2024-06-01 -json < applicant.json
//
// The exit status is 0 when the decision was made (whatever its outcome),
// 1 for a bad document or scheme and 2 for bad flags.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

func main() {
	list := flag.Bool("list", false, "list the shipped schemes and exit")
	scheme := flag.String("scheme", "", "ID of the scheme to evaluate against (see -list)")
	purpose := flag.String("purpose", string(accreditation.PurposeGrant), "what to decide: "+strings.Join(purposes(), ", "))
	asOf := flag.String("as-of", "", "the date the rule is about (the filing date), YYYY-MM-DD")
	asJSON := flag.Bool("json", false, "print the decision as a JSON document instead of the tree")
	flag.Parse()
	if *list {
		listSchemes(os.Stdout)
		return
	}
	if *scheme == "" || *asOf == "" || flag.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "usage: eligibility -scheme ID [-purpose P] -as-of YYYY-MM-DD [-json] [facts.json]")
		os.Exit(2)
	}
	in := io.Reader(os.Stdin)
	if flag.NArg() == 1 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "eligibility:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	if err := run(os.Stdout, in, *scheme, accreditation.RulePurpose(*purpose), *asOf, *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, "eligibility:", err)
		var ps workforce.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				fmt.Fprintln(os.Stderr, "  ", p)
			}
		}
		os.Exit(1)
	}
}

func purposes() []string {
	var out []string
	for _, p := range accreditation.RulePurposeValues() {
		out = append(out, string(p))
	}
	return out
}

func listSchemes(w io.Writer) {
	for _, s := range accreditation.Schemes() {
		fmt.Fprintf(w, "%-22s %-3s %-10s %s\n", s.ID, s.Jurisdiction, s.Basis, s.Title)
	}
}

// run reads the facts, evaluates them and prints the decision.
func run(w io.Writer, in io.Reader, schemeID string, purpose accreditation.RulePurpose, asOfText string, asJSON bool) error {
	s, ok := accreditation.SchemeByID(workforce.ID(schemeID))
	if !ok {
		return fmt.Errorf("no shipped scheme %q (see -list)", schemeID)
	}
	if !purpose.IsValid() {
		return fmt.Errorf("unknown purpose %q: use one of %s", purpose, strings.Join(purposes(), ", "))
	}
	asOf, err := workforce.ParseDate(asOfText)
	if err != nil {
		return err
	}
	var facts accreditation.Facts
	if err := workforce.ReadDocument(in, &facts, 0); err != nil {
		return fmt.Errorf("reading the facts: %w", err)
	}
	d, err := accreditation.EvaluatePurpose(s, purpose, facts, asOf)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	fmt.Fprintf(w, "%s — %s (%s), as of %s\n", s.Title, purpose, s.ID, asOf)
	fmt.Fprintf(w, "Outcome: %s", d.Outcome)
	if d.VersionID != "" {
		fmt.Fprintf(w, " under rule version %s (confidence %s)", d.VersionID, d.Confidence)
	}
	fmt.Fprintln(w)
	if d.Outcome == accreditation.OutcomeNotApplicable {
		fmt.Fprintln(w, "Not applicable: there is no regime or no rule in force for this date — this never means \"not eligible\".")
	}
	for _, c := range d.Conflicts {
		fmt.Fprintf(w, "Another reading of the rule is in force: %s (version %s) gives %s.\n", c.Reading, c.VersionID, c.Outcome)
	}
	if missing := d.MissingFacts(); len(missing) > 0 {
		fmt.Fprintf(w, "Facts that would decide it: %s (an absent list is unknown: name it in known_empty if there is none).\n", strings.Join(missing, ", "))
	}
	fmt.Fprintln(w)
	printFinding(w, d.Finding, "")
	for _, o := range d.Obligations {
		fmt.Fprintf(w, "\nObligation: %s %s %s owed by %s (%s)\n", o.Kind, o.Amount, o.Unit, o.DueBy, o.Requirement)
	}
	if src := d.Finding.Source; src.Title != "" {
		fmt.Fprintf(w, "\nRule source: %s %s\n", src.Title, src.URL)
	}
	return nil
}

var marks = map[accreditation.Outcome]string{
	accreditation.OutcomeMet: "✓", accreditation.OutcomeNotMet: "✗",
	accreditation.OutcomeUnknown: "?", accreditation.OutcomeNotApplicable: "–",
}

func printFinding(w io.Writer, f accreditation.Finding, indent string) {
	fmt.Fprintf(w, "%s%s %s: %s\n", indent, marks[f.Outcome], f.Code, f.Message)
	if f.Outcome != accreditation.OutcomeMet && (f.Found != "" || f.Required != "" || f.Path != "") {
		fmt.Fprintf(w, "%s    fact %s — found %s; required %s\n", indent, orDash(f.Path), orDash(f.Found), orDash(f.Required))
	}
	for _, c := range f.Conditions {
		printFinding(w, c, indent+"  (if) ")
	}
	for _, c := range f.Children {
		printFinding(w, c, indent+"  ")
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
