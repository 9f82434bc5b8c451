package fhir

import (
	"slices"

	"github.com/sswkit/ssw/workforce"
)

// Registry resolves the references among everything read so far and
// returns the registry with the header from [ReadOptions] and every
// problem, sorted (nil when there was none). It can be called again after
// more reads. The steps, in order:
//
//  1. areas: a repeated area code keeps the first area; partOf must name
//     an area that was read and kept (else the area is skipped), which
//     gives the parent code; an area on a cycle of parents is skipped;
//  2. employers: a repeated employer ID keeps the first; a partOf
//     reference without display names the ministry by the referenced
//     Organization's name;
//  3. posts: a repeated post ID keeps the first; the organization must be
//     a kept employer and the location a kept area, whose level becomes
//     the post's level;
//  4. workers: a repeated worker ID keeps the first;
//  5. employments, in the order read: the practitioner must be a kept
//     worker and the post extension a kept post; the employment is
//     appended to the worker's list.
//
// A record whose reference leads to a resource that was skipped gets the
// problem depends_on_skipped; one whose reference leads nowhere gets
// dangling_reference. Either way it is skipped, never half-read.
func (r *Reader) Registry() (workforce.Registry, workforce.Problems) {
	// Work on copies: resolving marks skipped records, and a later call
	// after more reads must start from what was read.
	v := *r
	v.areas, v.employers, v.posts, v.workers = slices.Clone(r.areas), slices.Clone(r.employers), slices.Clone(r.posts), slices.Clone(r.workers)
	r = &v
	ps := append(workforce.Problems(nil), r.problems...)
	reg := workforce.Registry{Country: r.opts.Country, AsOf: r.opts.AsOf, Source: r.opts.Source}
	report := func(at loc, code, path, value, msg string) {
		ps = append(ps, workforce.Problem{Code: code, Path: at.root + path, Value: clip(value), Message: msg, File: at.file, Line: at.line})
	}
	// resolve finds what a reference names: ok, or a problem reported.
	resolve := func(at loc, path, ref string, want recKind, what string) (rec, bool) {
		got, found := r.keys[refKey(ref)]
		switch {
		case !found:
			report(at, workforce.CodeDangling, path, ref, "no "+what+" was read under this reference")
		case got.kind == recBad:
			where := got.at.root
			if got.at.file != "" {
				where = got.at.file + ":" + itoa(got.at.line) + " " + where
			}
			report(at, CodeDependsOnSkipped, path, ref, "refers to "+where+", which was skipped")
		case got.kind != want:
			report(at, workforce.CodeDangling, path, ref, "refers to a resource that is not the expected "+what)
		default:
			return got, true
		}
		return rec{}, false
	}

	// 1. Areas. keep[i]: 0 unknown, 1 resolving, 2 kept, 3 skipped.
	keep := make([]uint8, len(r.areas))
	codes := map[workforce.AreaCode]int{}
	for i := range r.areas {
		a := &r.areas[i]
		if a.area.Code == "" {
			keep[i] = 3
			continue
		}
		if j, dup := codes[a.area.Code]; dup {
			report(a.loc, workforce.CodeDuplicate, ".identifier", string(a.area.Code), "another area has this code ("+r.areas[j].root+"); this one is skipped")
			keep[i] = 3
			continue
		}
		codes[a.area.Code] = i
	}
	var walk func(i int) bool
	walk = func(i int) bool {
		switch keep[i] {
		case 1:
			report(r.areas[i].loc, workforce.CodeCycle, ".partOf", r.areas[i].parentRef, "the chain of partOf leads back to this area")
			keep[i] = 3
			return false
		case 2:
			return true
		case 3:
			return false
		}
		a := &r.areas[i]
		if a.parentRef == "" {
			keep[i] = 2
			return true
		}
		keep[i] = 1
		p, ok := resolve(a.loc, ".partOf", a.parentRef, recArea, "jurisdiction Location")
		if ok && !walk(p.i) {
			if keep[i] == 3 {
				return false
			}
			report(a.loc, CodeDependsOnSkipped, ".partOf", a.parentRef, "its parent area was skipped")
			ok = false
		}
		if !ok || keep[i] == 3 {
			keep[i] = 3
			return false
		}
		a.area.Parent = r.areas[p.i].area.Code
		keep[i] = 2
		return true
	}
	for i := range r.areas {
		if walk(i) {
			reg.Areas = append(reg.Areas, r.areas[i].area)
		}
	}

	// 2. Employers.
	ids := map[workforce.ID]string{}
	for i := range r.employers {
		e := &r.employers[i]
		if e.employer.ID == "" {
			continue
		}
		if prev, dup := ids[e.employer.ID]; dup {
			report(e.loc, workforce.CodeDuplicate, ".identifier", string(e.employer.ID), "another employer has this ID ("+prev+"); this one is skipped")
			e.employer.ID = ""
			continue
		}
		ids[e.employer.ID] = e.root
		if e.employer.Ministry == "" && e.partOfRef != "" {
			if k, ok := r.keys[refKey(e.partOfRef)]; ok && k.kind == recEmployer {
				e.employer.Ministry = r.employers[k.i].employer.Name
			} else {
				report(e.loc, workforce.CodeDangling, ".partOf", e.partOfRef, "the parent organization was not read: give partOf.display")
				e.employer.ID = ""
				continue
			}
		}
		reg.Employers = append(reg.Employers, e.employer)
	}

	// 3. Posts.
	clear(ids)
	for i := range r.posts {
		p := &r.posts[i]
		if p.post.ID == "" {
			continue
		}
		if prev, dup := ids[p.post.ID]; dup {
			report(p.loc, workforce.CodeDuplicate, ".identifier", string(p.post.ID), "another post has this ID ("+prev+"); this one is skipped")
			p.post.ID = ""
			continue
		}
		ids[p.post.ID] = p.root
		org, okOrg := resolve(p.loc, p.orgPath, p.orgRef, recEmployer, "employer Organization")
		if okOrg && r.employers[org.i].employer.ID == "" {
			report(p.loc, CodeDependsOnSkipped, p.orgPath, p.orgRef, "its employer was skipped")
			okOrg = false
		}
		area, okArea := resolve(p.loc, p.areaPath, p.areaRef, recArea, "jurisdiction Location")
		if okArea && keep[area.i] != 2 {
			report(p.loc, CodeDependsOnSkipped, p.areaPath, p.areaRef, "its area was skipped")
			okArea = false
		}
		if !okOrg || !okArea {
			p.post.ID = ""
			continue
		}
		p.post.EmployerID = r.employers[org.i].employer.ID
		p.post.Area = r.areas[area.i].area.Code
		p.post.Level = r.areas[area.i].area.Level
		reg.Posts = append(reg.Posts, p.post)
	}

	// 4. Workers.
	clear(ids)
	at := map[int]int{} // index in r.workers -> index in reg.Workers
	for i := range r.workers {
		w := &r.workers[i]
		if w.worker.ID == "" {
			continue
		}
		if prev, dup := ids[w.worker.ID]; dup {
			report(w.loc, workforce.CodeDuplicate, ".identifier", string(w.worker.ID), "another worker has this ID ("+prev+"); this one is skipped")
			w.worker.ID = ""
			continue
		}
		ids[w.worker.ID] = w.root
		at[i] = len(reg.Workers)
		w2 := w.worker
		w2.Employments = nil
		reg.Workers = append(reg.Workers, w2)
	}

	// 5. Employments.
	for i := range r.jobs {
		j := &r.jobs[i]
		if j.postRef == "" {
			continue
		}
		wk, okW := resolve(j.loc, ".practitioner", j.practitionerRef, recWorker, "Practitioner")
		if okW && r.workers[wk.i].worker.ID == "" {
			report(j.loc, CodeDependsOnSkipped, ".practitioner", j.practitionerRef, "its worker was skipped")
			okW = false
		}
		post, okP := resolve(j.loc, ".extension", j.postRef, recPost, "post PractitionerRole")
		if okP && r.posts[post.i].post.ID == "" {
			report(j.loc, CodeDependsOnSkipped, ".extension", j.postRef, "its post was skipped")
			okP = false
		}
		if !okW || !okP {
			continue
		}
		job := j.job
		job.PostID = r.posts[post.i].post.ID
		w := &reg.Workers[at[wk.i]]
		w.Employments = append(w.Employments, job)
	}
	if len(ps) == 0 {
		return reg, nil
	}
	ps.Sort()
	return reg, ps
}
