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
// 1 for a facts document that cannot be read or is invalid, and 2 for bad
// flags: a missing or unknown scheme, an unknown purpose, a date not
// written YYYY-MM-DD.
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

// summary is the first line of -h: what the program does.
const summary = "eligibility: evaluate an applicant's facts against a credential scheme and explain the decision"

// request is what the command line asks for, checked.
type request struct {
	scheme  accreditation.Scheme
	purpose accreditation.RulePurpose
	asOf    workforce.CivilDate
	asJSON  bool
	file    string // the facts document; "" reads standard input
}

// usageError is a bad command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	fs := flag.NewFlagSet("eligibility", flag.ContinueOnError)
	list := fs.Bool("list", false, "list the shipped schemes and exit")
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintln(out, summary)
		fmt.Fprintln(out)
		fmt.Fprintln(out, "usage: eligibility -scheme ID -as-of YYYY-MM-DD [-purpose P] [-json] [facts.json]")
		fmt.Fprintln(out, "       eligibility -list")
		fmt.Fprintln(out)
		fmt.Fprintln(out, "Reads the facts (a JSON document) from the file named, or from standard input.")
		fmt.Fprintln(out)
		fs.PrintDefaults()
	}
	req, err := parseArgs(fs, list, os.Args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		return
	case err != nil:
		// The flag package has already reported its own errors with the
		// usage; report ours in one line.
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "eligibility:", ue.msg)
			fmt.Fprintln(os.Stderr, "run eligibility -h for help")
		}
		os.Exit(2)
	case *list:
		listSchemes(os.Stdout)
		return
	}
	in := io.Reader(os.Stdin)
	if req.file != "" {
		f, err := os.Open(req.file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eligibility:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	if err := run(os.Stdout, in, req); err != nil {
		report(os.Stderr, err)
		os.Exit(1)
	}
}

// parseArgs reads the command line into a checked request. A bad flag
// value is a usageError with a plain message.
func parseArgs(fs *flag.FlagSet, list *bool, args []string) (request, error) {
	scheme := fs.String("scheme", "", "`ID` of the scheme to evaluate against (see -list)")
	purpose := fs.String("purpose", string(accreditation.PurposeGrant), "what to decide: "+strings.Join(purposes(), ", "))
	asOf := fs.String("as-of", "", "the `date` the rule is about (the filing date), written YYYY-MM-DD")
	asJSON := fs.Bool("json", false, "print the decision as a JSON document instead of the tree")
	if err := fs.Parse(args); err != nil {
		return request{}, err
	}
	if *list {
		return request{}, nil
	}
	var req request
	switch {
	case *scheme == "":
		return req, usageError{"-scheme is required: the ID of a shipped scheme (see -list)"}
	case *asOf == "":
		return req, usageError{"-as-of is required: the date the rule is about, written YYYY-MM-DD"}
	case fs.NArg() > 1:
		return req, usageError{fmt.Sprintf("one facts file at most, got %d", fs.NArg())}
	}
	s, ok := accreditation.SchemeByID(workforce.ID(*scheme))
	if !ok {
		return req, usageError{fmt.Sprintf("no shipped scheme has the ID %q (see -list)", *scheme)}
	}
	p := accreditation.RulePurpose(*purpose)
	if !p.IsValid() {
		return req, usageError{fmt.Sprintf("-purpose %q is not one of %s", *purpose, strings.Join(purposes(), ", "))}
	}
	d, err := workforce.ParseDate(*asOf)
	if err != nil {
		return req, usageError{fmt.Sprintf("-as-of %q is not a date written YYYY-MM-DD, such as 2025-06-30", *asOf)}
	}
	return request{scheme: s, purpose: p, asOf: d, asJSON: *asJSON, file: fs.Arg(0)}, nil
}

// report writes an error once: a facts document's problems as one line
// each under a heading, anything else on one line.
func report(w io.Writer, err error) {
	var ps workforce.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		noun := "problems"
		if len(ps) == 1 {
			noun = "problem"
		}
		fmt.Fprintf(w, "eligibility: the facts document has %d %s:\n", len(ps), noun)
		for _, p := range ps {
			fmt.Fprintln(w, "  ", p)
		}
		return
	}
	fmt.Fprintln(w, "eligibility:", err)
}

func purposes() []string {
	var out []string
	for _, p := range accreditation.RulePurposeValues() {
		out = append(out, string(p))
	}
	return out
}

// listSchemes prints one scheme a line, in columns as wide as their
// longest entry.
func listSchemes(w io.Writer) {
	schemes := accreditation.Schemes()
	idW, jurW, basisW := len("ID"), len("Country"), len("Basis")
	for _, s := range schemes {
		idW, jurW, basisW = max(idW, len(s.ID)), max(jurW, len(s.Jurisdiction)), max(basisW, len(s.Basis))
	}
	fmt.Fprintf(w, "%-*s  %-*s  %-*s  %s\n", idW, "ID", jurW, "Country", basisW, "Basis", "Title")
	for _, s := range schemes {
		fmt.Fprintf(w, "%-*s  %-*s  %-*s  %s\n", idW, s.ID, jurW, s.Jurisdiction, basisW, strings.ReplaceAll(string(s.Basis), "_", " "), s.Title)
	}
}

// run reads the facts, evaluates them and prints the decision.
func run(w io.Writer, in io.Reader, req request) error {
	s, purpose, asOf := req.scheme, req.purpose, req.asOf
	var facts accreditation.Facts
	if err := workforce.ReadDocument(in, &facts, 0); err != nil {
		return err
	}
	d, err := accreditation.EvaluatePurpose(s, purpose, facts, asOf)
	if err != nil {
		return err
	}
	if req.asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	fmt.Fprintf(w, "%s — %s (%s), as of %s\n", s.Title, words(string(purpose)), s.ID, asOf)
	fmt.Fprintf(w, "Outcome: %s", words(string(d.Outcome)))
	if d.VersionID != "" {
		fmt.Fprintf(w, " under rule version %s (confidence: %s)", d.VersionID, words(string(d.Confidence)))
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
		fmt.Fprintf(w, "\nObligation: %s %s %s owed by %s (%s)\n", words(string(o.Kind)), o.Amount, words(string(o.Unit)), o.DueBy, o.Requirement)
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

// words writes an enumeration's wire value as words: "not_met" → "not met".
func words(v string) string { return strings.ReplaceAll(v, "_", " ") }
