package workforce

import (
	"fmt"
	"strconv"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/vcheck"
)

// Additional problem codes used by validation.
const (
	CodeInconsistent = "inconsistent" // fields that contradict each other
	CodeNotCurrent   = "not_current"  // a reference to an area that no longer exists on the as-of date
)

// prefix rewrites relative paths of items appended after index from to
// sit under base.
func prefix(items []problem.Problem, from int, base string) {
	for i := from; i < len(items); i++ {
		items[i].Path = base + items[i].Path
	}
}

// structItems validates the struct tags of ptr and appends the problems
// under base, building base only when something failed. Generated code
// checks the record types (codec_gen.go); the validator runs only to
// report what failed.
func structItems(dst []problem.Problem, ptr any, base func() string) []problem.Problem {
	if valid, known := fieldsValidGenerated(ptr); known && valid {
		return dst
	}
	n := len(dst)
	dst = vcheck.Struct(dst, "", ptr)
	if len(dst) > n {
		prefix(dst, n, base())
	}
	return dst
}

func finish(items []problem.Problem) error {
	if len(items) == 0 {
		return nil
	}
	return fromItems(make(Problems, 0, len(items)), items).Err()
}

// Validate checks the worker and returns all problems at once as
// [Problems], or nil. Beyond the field rules in the struct tags it checks:
//
//  1. birth_year agrees with birth_date when both are given;
//  2. each employment ends on or after the day it starts, and only an
//     ended employment has an exit reason;
//  3. on no day do the worker's concurrent employments add up to more than
//     1.00 FTE;
//  4. each credential expires after it was issued;
//  5. each CPD record gives hours, credits or both.
//
// Paths are JSON Pointers into the worker document.
func (w Worker) Validate() error { return finish(w.appendProblems(nil, "")) }

func (w *Worker) appendProblems(dst []problem.Problem, base string) []problem.Problem {
	dst = structItems(dst, w, func() string { return base })
	if !w.BirthDate.IsZero() && w.BirthYear != 0 && w.BirthDate.Year() != w.BirthYear {
		dst = append(dst, Problem{Code: CodeBirthMismatch, Path: base + "/birth_year", Value: strconv.Itoa(w.BirthYear), Param: w.BirthDate.String(),
			Message: "must equal the year of birth_date " + w.BirthDate.String()})
	}
	for i := range w.Qualifications {
		dst = structItems(dst, &w.Qualifications[i], func() string { return jsonptr.Index(base+"/qualifications", i) })
	}
	for i := range w.Credentials {
		dst = w.Credentials[i].appendProblems(dst, func() string { return jsonptr.Index(base+"/credentials", i) })
	}
	for i := range w.Employments {
		e := &w.Employments[i]
		dst = e.appendProblems(dst, func() string { return jsonptr.Index(base+"/employments", i) })
	}
	dst = w.checkConcurrentFTE(dst, base)
	for i := range w.CPD {
		dst = w.CPD[i].appendProblems(dst, func() string { return jsonptr.Index(base+"/cpd", i) })
	}
	return dst
}

func (e *Employment) appendProblems(dst []problem.Problem, base func() string) []problem.Problem {
	dst = structItems(dst, e, base)
	if !e.End.IsZero() && !e.Start.IsZero() && e.End.Before(e.Start) {
		dst = append(dst, Problem{Code: CodeDateOrder, Path: base() + "/end", Value: e.End.String(), Param: e.Start.String(),
			Message: "must be on or after the start date " + e.Start.String()})
	}
	if e.ExitReason != "" && e.End.IsZero() {
		dst = append(dst, Problem{Code: CodeInconsistent, Path: base() + "/exit_reason", Value: string(e.ExitReason), Param: "end",
			Message: "an exit reason needs an end date"})
	}
	return dst
}

// checkConcurrentFTE finds the largest total FTE on any day. The load only
// rises when an employment starts, so checking every start date is enough;
// the quadratic scan allocates nothing and workers hold few employments.
func (w *Worker) checkConcurrentFTE(dst []problem.Problem, base string) []problem.Problem {
	if len(w.Employments) < 2 {
		return dst
	}
	var worst int64
	var worstDay CivilDate
	for i := range w.Employments {
		day := w.Employments[i].Start
		if day.IsZero() {
			continue
		}
		var sum int64
		for j := range w.Employments {
			e := &w.Employments[j]
			if !e.Start.IsZero() && e.ActiveOn(day) {
				sum += e.FTE.Hundredths()
			}
		}
		if sum > worst || (sum == worst && day.Before(worstDay)) {
			worst, worstDay = sum, day
		}
	}
	if worst > 100 {
		total := fmt.Sprintf("%d.%02d", worst/100, worst%100)
		dst = append(dst, Problem{Code: CodeFTEOverCapacity, Path: base + "/employments", Value: total, Param: "1.00",
			Message: fmt.Sprintf("concurrent employments add up to %s FTE on %s; at most 1.00 is possible", total, worstDay)})
	}
	return dst
}

// Validate checks the qualification's field rules.
func (q Qualification) Validate() error { return finish(structItems(nil, &q, root)) }

// Validate checks the credential's field rules and that it expires after
// it was issued.
func (c Credential) Validate() error { return finish(c.appendProblems(nil, root)) }

func (c *Credential) appendProblems(dst []problem.Problem, base func() string) []problem.Problem {
	dst = structItems(dst, c, base)
	if !c.Expires.IsZero() && !c.Issued.IsZero() && !c.Expires.After(c.Issued) {
		dst = append(dst, Problem{Code: CodeDateOrder, Path: base() + "/expires", Value: c.Expires.String(), Param: c.Issued.String(),
			Message: "must be after the issue date " + c.Issued.String()})
	}
	return dst
}

// Validate checks the CPD record's field rules and that it gives hours,
// credits or both.
func (r CPDRecord) Validate() error { return finish(r.appendProblems(nil, root)) }

func (r *CPDRecord) appendProblems(dst []problem.Problem, base func() string) []problem.Problem {
	dst = structItems(dst, r, base)
	if r.Hours.IsZero() && r.Credits.IsZero() {
		dst = append(dst, Problem{Code: CodeMissingQuantity, Path: base(), Param: "hours|credits",
			Message: "must give hours, credits or both"})
	}
	return dst
}

// Validate checks the employment's field rules, that it ends on or after
// its start, and that only an ended employment has an exit reason.
func (e Employment) Validate() error { return finish(e.appendProblems(nil, root)) }

func root() string { return "" }

// Validate checks the post's field rules. That its area and employer exist
// and that its level matches its area's level are checked by
// [Registry.Validate].
func (p Post) Validate() error { return finish(structItems(nil, &p, root)) }

// Validate checks the employer's field rules.
func (e Employer) Validate() error { return finish(structItems(nil, &e, root)) }

// Validate checks the area and its population figures:
//
//  1. the field rules of the area and of each figure;
//  2. the area is not its own parent;
//  3. valid_to is on or after valid_from;
//  4. in each figure, children (0–17) do not exceed the total, and each
//     universe is consistent ([PopulationFigure.Validate]);
//  5. no two figures share a reference date and a vintage.
func (a AdminArea) Validate() error { return finish(a.appendProblems(nil, "")) }

func (a *AdminArea) appendProblems(dst []problem.Problem, base string) []problem.Problem {
	dst = structItems(dst, a, func() string { return base })
	if a.Parent != "" && a.Parent == a.Code {
		dst = append(dst, Problem{Code: CodeCycle, Path: base + "/parent", Value: string(a.Parent),
			Message: "an area cannot be its own parent"})
	}
	if !a.ValidFrom.IsZero() && !a.ValidTo.IsZero() && a.ValidTo.Before(a.ValidFrom) {
		dst = append(dst, Problem{Code: CodeDateOrder, Path: base + "/valid_to", Value: a.ValidTo.String(), Param: a.ValidFrom.String(),
			Message: "must be on or after valid_from " + a.ValidFrom.String()})
	}
	for i := range a.Population {
		p := &a.Population[i]
		path := func() string { return jsonptr.Index(base+"/population", i) }
		dst = p.appendProblems(dst, path)
		for j := range a.Population {
			if q := &a.Population[j]; j != i && !p.Date.IsZero() && q.Date == p.Date && q.Vintage == p.Vintage {
				dst = append(dst, Problem{Code: CodeDuplicate, Path: path() + "/date", Value: p.Date.String(),
					Message: "another population figure has the same reference date and vintage"})
				break
			}
		}
	}
	return dst
}

// Validate checks the figure:
//
//  1. the field rules of the figure and of each universe entry;
//  2. each universe is listed at most once in Universes;
//  3. an entry for total_population or children_0_17 only marks it
//     unknown (their values are Total and Children);
//  4. a universe marked unknown has no value: its entry's value, or Total
//     or Children, is 0 (inconsistent otherwise);
//  5. a part does not exceed a universe it lies within, both known:
//     children 0–17 the total (children_exceed_total), any age group the
//     total, 0–14 the children 0–17, 65 and over the 60 and over
//     (inconsistent).
func (p PopulationFigure) Validate() error { return finish(p.appendProblems(nil, root)) }

func (p *PopulationFigure) appendProblems(dst []problem.Problem, base func() string) []problem.Problem {
	dst = structItems(dst, p, base)
	for j := range p.Universes {
		c := &p.Universes[j]
		path := func() string { return jsonptr.Index(base()+"/universes", j) }
		dst = structItems(dst, c, path)
		for k := range j {
			if p.Universes[k].Universe == c.Universe && c.Universe != "" {
				dst = append(dst, Problem{Code: CodeDuplicate, Path: path() + "/universe", Value: string(c.Universe),
					Message: "the universe is listed twice"})
				break
			}
		}
		switch {
		case c.Unknown && c.Value != 0:
			dst = append(dst, Problem{Code: CodeInconsistent, Path: path() + "/value", Value: strconv.FormatInt(c.Value, 10), Param: "0",
				Message: "a universe marked unknown has no value"})
		case !c.Unknown && (c.Universe == UniverseTotal || c.Universe == UniverseChildren):
			field := map[Universe]string{UniverseTotal: "total", UniverseChildren: "children"}[c.Universe]
			dst = append(dst, Problem{Code: CodeInconsistent, Path: path() + "/unknown", Value: "false", Param: "true",
				Message: "an entry for " + string(c.Universe) + " only marks it unknown; its value is the figure's " + field})
		}
	}
	total, totalKnown := p.Count(UniverseTotal)
	children, childrenKnown := p.Count(UniverseChildren)
	if !totalKnown && p.Total != 0 {
		dst = append(dst, Problem{Code: CodeInconsistent, Path: base() + "/total", Value: strconv.FormatInt(p.Total, 10), Param: "0",
			Message: "the total population is marked unknown in universes and also given a value"})
	}
	if !childrenKnown && p.Children != 0 {
		dst = append(dst, Problem{Code: CodeInconsistent, Path: base() + "/children", Value: strconv.FormatInt(p.Children, 10), Param: "0",
			Message: "the child population is marked unknown in universes and also given a value"})
	}
	if totalKnown && childrenKnown && children > total && total >= 0 && children >= 0 {
		dst = append(dst, Problem{Code: CodeChildrenExceedTotal, Path: base() + "/children", Value: strconv.FormatInt(children, 10), Param: strconv.FormatInt(total, 10),
			Message: "the child population cannot exceed the total population " + strconv.FormatInt(total, 10)})
	}
	for j := range p.Universes {
		c := &p.Universes[j]
		n, ok := p.Count(c.Universe)
		if !ok || c.Universe == UniverseTotal || c.Universe == UniverseChildren || n < 0 {
			continue
		}
		for _, of := range [...]Universe{UniverseTotal, UniverseChildren, UniverseAged60Plus} {
			if m, known := p.Count(of); known && m >= 0 && c.Universe.within(of) && n > m {
				dst = append(dst, Problem{Code: CodeInconsistent, Path: jsonptr.Index(base()+"/universes", j) + "/value", Value: strconv.FormatInt(n, 10), Param: strconv.FormatInt(m, 10),
					Message: "the " + c.Universe.Title() + " cannot exceed the " + of.Title() + " " + strconv.FormatInt(m, 10)})
			}
		}
	}
	return dst
}
