package workforce

import (
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
)

// Validate checks the whole registry and returns all problems at once as
// [Problems], or nil. It applies, in this order:
//
//  1. the registry's own field rules (country, as_of);
//  2. every area, employer, post and worker's own rules (see their
//     Validate methods), with paths under /areas/i, /employers/i, …;
//  3. uniqueness: area codes, employer IDs, post IDs and worker IDs are
//     each unique; every occurrence of a repeated key is reported, so the
//     result does not depend on record order;
//  4. references resolve: area → parent area, post → area, post →
//     employer, employment → post;
//  5. the area tree has no cycles (every area on a cycle is reported) and
//     levels descend: a child is at a deeper [AdminLevel] than its parent;
//  6. a post's level equals its area's level, and its area exists on the
//     as-of date (valid_from/valid_to);
//  7. nothing is dated after as_of: birth dates, qualification completion,
//     credential issue, CPD dates and employment starts (population
//     figures may be projections and are exempt).
//
// Validation is permutation-invariant: reordering any list changes only
// the indexes in the paths, never which problems are found.
func (r Registry) Validate() error { return finish(r.appendProblems(nil)) }

func (r *Registry) appendProblems(dst []problem.Problem) []problem.Problem {
	dst = structItems(dst, r, root)

	areas := make(map[AreaCode]int, len(r.Areas))
	areaCount := make(map[AreaCode]int, len(r.Areas))
	for i := range r.Areas {
		a := &r.Areas[i]
		dst = a.appendProblems(dst, jsonptr.Index("/areas", i))
		areaCount[a.Code]++
		if _, seen := areas[a.Code]; !seen {
			areas[a.Code] = i
		}
	}
	for i := range r.Areas {
		if a := &r.Areas[i]; a.Code != "" && areaCount[a.Code] > 1 {
			dst = append(dst, Problem{Code: CodeDuplicate, Path: jsonptr.Index("/areas", i) + "/code", Value: string(a.Code),
				Message: "another area has the same code"})
		}
	}

	employers := make(map[ID]int, len(r.Employers))
	for i := range r.Employers {
		e := &r.Employers[i]
		dst = structItems(dst, e, func() string { return jsonptr.Index("/employers", i) })
		employers[e.ID]++
	}
	for i := range r.Employers {
		if e := &r.Employers[i]; e.ID != "" && employers[e.ID] > 1 {
			dst = append(dst, Problem{Code: CodeDuplicate, Path: jsonptr.Index("/employers", i) + "/id", Value: string(e.ID),
				Message: "another employer has the same id"})
		}
	}

	posts := make(map[ID]int, len(r.Posts))
	for i := range r.Posts {
		posts[r.Posts[i].ID]++
	}
	for i := range r.Posts {
		p := &r.Posts[i]
		path := jsonptr.Index("/posts", i)
		dst = structItems(dst, p, func() string { return path })
		if p.ID != "" && posts[p.ID] > 1 {
			dst = append(dst, Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(p.ID),
				Message: "another post has the same id"})
		}
		if p.EmployerID != "" && employers[p.EmployerID] == 0 {
			dst = append(dst, Problem{Code: CodeDanglingReference, Path: path + "/employer_id", Value: string(p.EmployerID),
				Message: "no employer has this id"})
		}
		if p.Area == "" {
			continue
		}
		ai, ok := areas[p.Area]
		if !ok {
			dst = append(dst, Problem{Code: CodeDanglingReference, Path: path + "/area", Value: string(p.Area),
				Message: "no area has this code"})
			continue
		}
		a := &r.Areas[ai]
		if p.Level != "" && a.Level != "" && p.Level != a.Level {
			dst = append(dst, Problem{Code: CodeLevelMismatch, Path: path + "/level", Value: string(p.Level), Param: string(a.Level),
				Message: "must equal the level of area " + string(a.Code) + " (" + string(a.Level) + ")"})
		}
		if !r.AsOf.IsZero() && !r.AsOf.Within(a.ValidFrom, a.ValidTo) {
			dst = append(dst, Problem{Code: CodeNotCurrent, Path: path + "/area", Value: string(p.Area), Param: r.AsOf.String(),
				Message: "area " + string(a.Code) + " does not exist on the registry date " + r.AsOf.String()})
		}
	}

	dst = r.checkAreaTree(dst, areas)

	workers := make(map[ID]int, len(r.Workers))
	for i := range r.Workers {
		workers[r.Workers[i].ID]++
	}
	for i := range r.Workers {
		w := &r.Workers[i]
		base := jsonptr.Index("/workers", i)
		dst = w.appendProblems(dst, base)
		if w.ID != "" && workers[w.ID] > 1 {
			dst = append(dst, Problem{Code: CodeDuplicate, Path: base + "/id", Value: string(w.ID),
				Message: "another worker has the same id"})
		}
		for j := range w.Employments {
			if id := w.Employments[j].PostID; id != "" && posts[id] == 0 {
				dst = append(dst, Problem{Code: CodeDanglingReference, Path: jsonptr.Index(base+"/employments", j) + "/post_id", Value: string(id),
					Message: "no post has this id"})
			}
		}
		dst = r.checkDates(dst, w, base)
	}
	return dst
}

// checkAreaTree reports dangling parents, cycles and levels that do not
// descend.
func (r *Registry) checkAreaTree(dst []problem.Problem, areas map[AreaCode]int) []problem.Problem {
	// state: 0 unvisited, 1 on the current walk, 2 done (acyclic), 3 on a cycle.
	state := make([]uint8, len(r.Areas))
	var walk []int
	for start := range r.Areas {
		if state[start] != 0 {
			continue
		}
		walk = walk[:0]
		i := start
		for {
			if state[i] == 1 { // found a cycle: mark its members
				for k := len(walk) - 1; k >= 0; k-- {
					state[walk[k]] = 3
					if walk[k] == i {
						walk = walk[:k]
						break
					}
				}
				break
			}
			if state[i] != 0 {
				break
			}
			state[i] = 1
			walk = append(walk, i)
			p := r.Areas[i].Parent
			if p == "" || p == r.Areas[i].Code {
				break // self-parent is reported by the area itself
			}
			j, ok := areas[p]
			if !ok {
				break
			}
			i = j
		}
		for _, k := range walk {
			if state[k] == 1 {
				state[k] = 2
			}
		}
	}
	for i := range r.Areas {
		a := &r.Areas[i]
		path := jsonptr.Index("/areas", i)
		if a.Parent == "" || a.Parent == a.Code {
			continue
		}
		j, ok := areas[a.Parent]
		if !ok {
			dst = append(dst, Problem{Code: CodeDanglingReference, Path: path + "/parent", Value: string(a.Parent),
				Message: "no area has this code"})
			continue
		}
		if state[i] == 3 {
			dst = append(dst, Problem{Code: CodeCycle, Path: path + "/parent", Value: string(a.Parent),
				Message: "the chain of parents leads back to this area"})
			continue
		}
		parent := &r.Areas[j]
		if a.Level.Depth() >= 0 && parent.Level.Depth() >= 0 && a.Level.Depth() <= parent.Level.Depth() {
			dst = append(dst, Problem{Code: CodeLevelOrder, Path: path + "/level", Value: string(a.Level), Param: string(parent.Level),
				Message: "must be below the level of its parent " + string(parent.Code) + " (" + string(parent.Level) + ")"})
		}
	}
	return dst
}

// checkDates reports facts dated after the registry's as-of date.
func (r *Registry) checkDates(dst []problem.Problem, w *Worker, base string) []problem.Problem {
	if r.AsOf.IsZero() {
		return dst
	}
	// late reports the date d when it is after the as-of date, at the
	// member of the j-th item of the list under base (at the member of
	// base itself when list is empty).
	late := func(d CivilDate, list string, j int, member string) {
		if d.IsZero() || !d.After(r.AsOf) {
			return
		}
		path := base
		if list != "" {
			path = jsonptr.Index(base+list, j)
		}
		dst = append(dst, Problem{Code: CodeAfterAsOf, Path: path + member, Value: d.String(), Param: r.AsOf.String(),
			Message: "is after the registry date " + r.AsOf.String()})
	}
	late(w.BirthDate, "", 0, "/birth_date")
	for j := range w.Qualifications {
		late(w.Qualifications[j].Completed, "/qualifications", j, "/completed")
	}
	for j := range w.Credentials {
		late(w.Credentials[j].Issued, "/credentials", j, "/issued")
	}
	for j := range w.Employments {
		late(w.Employments[j].Start, "/employments", j, "/start")
	}
	for j := range w.CPD {
		late(w.CPD[j].Date, "/cpd", j, "/date")
	}
	return dst
}

// Area returns the area with the code and true, or false when there is
// none. It scans the list; build a map for repeated lookups.
func (r Registry) Area(code AreaCode) (AdminArea, bool) {
	for _, a := range r.Areas {
		if a.Code == code {
			return a, true
		}
	}
	return AdminArea{}, false
}

// PopulationOn returns the figure of the area that applies on date d: the
// latest figure dated on or before d and, among several figures of that
// date (provisional and final results, a projection), the one listed
// last — list a release after the one it revises. ok is false when there
// is none (a figure dated after d, such as a projection, never applies
// earlier).
func (a AdminArea) PopulationOn(d CivilDate) (fig PopulationFigure, ok bool) {
	return a.population(d, "", false)
}

// PopulationOfVintage returns the figure of the named vintage that
// applies on date d: the latest figure dated on or before d whose Vintage
// is exactly vintage. ok is false when the area has none; no other
// vintage stands in for it.
func (a AdminArea) PopulationOfVintage(d CivilDate, vintage string) (fig PopulationFigure, ok bool) {
	return a.population(d, vintage, true)
}

func (a AdminArea) population(d CivilDate, vintage string, named bool) (fig PopulationFigure, ok bool) {
	for _, p := range a.Population {
		if (!named || p.Vintage == vintage) && !p.Date.After(d) && (!ok || !p.Date.Before(fig.Date)) {
			fig, ok = p, true
		}
	}
	return fig, ok
}
