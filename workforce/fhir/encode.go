package fhir

import (
	"strconv"

	"github.com/sswkit/ssw/workforce"
)

const (
	metaPractitioner     = `{"profile":["` + ProfilePractitioner + `"]}`
	metaPractitionerRole = `{"profile":["` + ProfilePractitionerRole + `"]}`
	metaOrganization     = `{"profile":["` + ProfileOrganization + `"]}`
	metaJurisdictionOrg  = `{"profile":["` + ProfileJurisdictionOrganization + `"]}`
	metaJurisdictionLoc  = `{"profile":["` + ProfileJurisdictionLocation + `"]}`
	typeJurisdiction     = `{"coding":[{"system":"` + SystemMCSDTypes + `","code":"jurisdiction","display":"Jurisdiction"}]}`
	physicalJurisdiction = `{"coding":[{"system":"` + SystemLocationPhysicalType + `","code":"jdn","display":"Jurisdiction"}]}`
)

// identifier writes identifier: [{system, value}].
func (o *obj) identifier(system, value string) {
	o.arrStart("identifier")
	o.elem()
	o.str("system", system)
	o.str("value", value)
	o.close()
	o.arrEnd()
}

// extStart opens one extension element with its url.
func (o *obj) extStart(url string) {
	o.elem()
	o.key("url")
	o.b = append(o.b, '"')
	o.b = append(o.b, url...)
	o.b = append(o.b, '"')
}

// extCoding writes an extension element whose value is a Coding.
func (o *obj) extCoding(url, system, code, display string) {
	o.extStart(url)
	o.coding("valueCoding", system, code, display)
	o.close()
}

// period writes a Period member; nothing when both ends are unset.
func (o *obj) period(k string, start, end workforce.CivilDate) {
	if start.IsZero() && end.IsZero() {
		return
	}
	o.objStart(k)
	if !start.IsZero() {
		o.key("start")
		o.date(start)
	}
	if !end.IsZero() {
		o.key("end")
		o.date(end)
	}
	o.close()
}

func (o *obj) date(d workforce.CivilDate) {
	o.b = append(o.b, '"')
	o.b = d.AppendText(o.b)
	o.b = append(o.b, '"')
}

// WriteArea writes an area as an mCSD Jurisdiction Location and its
// paired mCSD Jurisdiction Organization, both with the id a-<code> and
// partOf the parent's: "Each Jurisdiction is defined by a pairing of
// Location and Organization" (IHE mCSD Volume 1, introduction, item 4
// "Jurisdiction", https://profiles.ihe.net/ITI/mCSD/volume-1.html; profiles
// IHE.mCSD.JurisdictionLocation and IHE.mCSD.JurisdictionOrganization).
func (w *Writer) WriteArea(a workforce.AdminArea) error {
	if err := w.usable(); err != nil {
		return err
	}
	var p problems
	if !a.Code.IsValid() {
		p.add(workforce.CodePattern, at{field: "/code"}, string(a.Code), workforce.AreaCodePattern, "must be a valid area code")
	}
	if a.Name == "" {
		p.add(workforce.CodeRequired, at{field: "/name"}, "", "", "is required")
	}
	p.text(at{field: "/name"}, a.Name)
	check(&p, at{field: "/level"}, a.Level, true)
	check(&p, at{field: "/setting"}, a.Setting, false)
	if a.Parent != "" && !a.Parent.IsValid() {
		p.add(workforce.CodePattern, at{field: "/parent"}, string(a.Parent), workforce.AreaCodePattern, "must be a valid area code")
	}
	p.order(at{field: "/valid_to"}, a.ValidFrom, a.ValidTo)
	if err := p.err(); err != nil {
		return err
	}
	active := w.opts.AsOf.Within(a.ValidFrom, a.ValidTo)
	code := string(a.Code)

	o := w.begin(TypeLocation, string(KindArea), code)
	o.raw("meta", metaJurisdictionLoc)
	if !a.ValidFrom.IsZero() || !a.ValidTo.IsZero() || a.Setting != "" {
		o.arrStart("extension")
		if !a.ValidFrom.IsZero() || !a.ValidTo.IsZero() {
			o.extStart(ExtValidPeriod)
			o.period("valuePeriod", a.ValidFrom, a.ValidTo)
			o.close()
		}
		if a.Setting != "" {
			o.extCoding(ExtSetting, SystemSetting, string(a.Setting), a.Setting.Title())
		}
		o.arrEnd()
	}
	o.identifier(w.opts.AreaSystem, code)
	if active {
		o.raw("status", `"active"`)
	} else {
		o.raw("status", `"inactive"`)
	}
	o.str("name", a.Name)
	o.arrStart("type")
	o.b = append(o.b, typeJurisdiction...)
	o.b = append(o.b, ',')
	o.open()
	o.arrStart("coding")
	o.coding("", SystemAdminLevel, string(a.Level), a.Level.Title())
	o.arrEnd()
	o.close()
	o.arrEnd()
	o.raw("physicalType", physicalJurisdiction)
	o.reference("managingOrganization", TypeOrganization, string(KindArea), code)
	if a.Parent != "" {
		o.reference("partOf", TypeLocation, string(KindArea), string(a.Parent))
	}
	if err := w.emit(TypeLocation); err != nil {
		return err
	}

	o = w.begin(TypeOrganization, string(KindArea), code)
	o.raw("meta", metaJurisdictionOrg)
	o.identifier(w.opts.AreaSystem, code)
	o.boolean("active", active)
	o.arrStart("type")
	o.b = append(o.b, typeJurisdiction...)
	o.b = append(o.b, ',')
	o.open()
	o.arrStart("coding")
	o.coding("", SystemAdminLevel, string(a.Level), a.Level.Title())
	o.arrEnd()
	o.close()
	o.arrEnd()
	o.str("name", a.Name)
	if a.Parent != "" {
		o.reference("partOf", TypeOrganization, string(KindArea), string(a.Parent))
	}
	return w.emit(TypeOrganization)
}

// WriteEmployer writes an employer as an mCSD Organization with the id
// e-<ID>: type from the sector, the parent ministry as partOf.display.
func (w *Writer) WriteEmployer(e workforce.Employer) error {
	if err := w.usable(); err != nil {
		return err
	}
	var p problems
	if !e.ID.IsValid() {
		p.add(workforce.CodePattern, at{field: "/id"}, string(e.ID), workforce.IDPattern, "must be a valid ID")
	}
	if e.Name == "" {
		p.add(workforce.CodeRequired, at{field: "/name"}, "", "", "is required")
	}
	p.text(at{field: "/name"}, e.Name)
	p.text(at{field: "/ministry"}, e.Ministry)
	check(&p, at{field: "/sector"}, e.Sector, true)
	if err := p.err(); err != nil {
		return err
	}
	o := w.begin(TypeOrganization, string(KindEmployer), string(e.ID))
	o.raw("meta", metaOrganization)
	o.identifier(w.opts.EmployerSystem, string(e.ID))
	o.arrStart("type")
	o.elem()
	o.arrStart("coding")
	o.coding("", SystemSector, string(e.Sector), e.Sector.Title())
	o.arrEnd()
	o.close()
	o.arrEnd()
	o.str("name", e.Name)
	if e.Ministry != "" {
		o.objStart("partOf")
		o.str("display", e.Ministry)
		o.close()
	}
	return w.emit(TypeOrganization)
}

// roleCode writes the code of a post's or an employment's role: the
// cadre and, when known, its ISCO-08 unit group, with the job title as
// text.
func (o *obj) roleCode(cadre workforce.Cadre, isco workforce.ISCO08, title string) {
	o.arrStart("code")
	o.elem()
	o.arrStart("coding")
	o.coding("", SystemCadre, string(cadre), cadre.Title())
	if isco != "" {
		o.coding("", SystemISCO08, string(isco), "")
	}
	o.arrEnd()
	o.str("text", title)
	o.close()
	o.arrEnd()
}

// WritePost writes a post as an mCSD PractitionerRole with no
// practitioner and the id p-<ID>: the established position itself,
// filled or not (see the package documentation on vacancy). The writer
// remembers the post for the employments written after it.
func (w *Writer) WritePost(x workforce.Post) error {
	if err := w.usable(); err != nil {
		return err
	}
	var p problems
	if !x.ID.IsValid() {
		p.add(workforce.CodePattern, at{field: "/id"}, string(x.ID), workforce.IDPattern, "must be a valid ID")
	}
	p.text(at{field: "/title"}, x.Title)
	check(&p, at{field: "/cadre"}, x.Cadre, true)
	check(&p, at{field: "/level"}, x.Level, true)
	check(&p, at{field: "/status"}, x.Status, true)
	if !x.Area.IsValid() {
		p.add(workforce.CodePattern, at{field: "/area"}, string(x.Area), workforce.AreaCodePattern, "must be a valid area code")
	}
	if !x.EmployerID.IsValid() {
		p.add(workforce.CodePattern, at{field: "/employer_id"}, string(x.EmployerID), workforce.IDPattern, "must be a valid ID")
	}
	if x.FTE.IsZero() {
		p.add(workforce.CodeRequired, at{field: "/fte"}, "", "", "is required")
	}
	if err := p.err(); err != nil {
		return err
	}
	o := w.begin(TypePractitionerRole, string(KindPost), string(x.ID))
	o.raw("meta", metaPractitionerRole)
	o.arrStart("extension")
	o.extCoding(ExtPostStatus, SystemPostStatus, string(x.Status), x.Status.Title())
	o.extStart(ExtFTE)
	o.key("valueDecimal")
	o.b = append(o.b, x.FTE.String()...)
	o.close()
	o.arrEnd()
	o.identifier(w.opts.PostSystem, string(x.ID))
	o.boolean("active", x.Status.Funded())
	o.reference("organization", TypeOrganization, string(KindEmployer), string(x.EmployerID))
	o.roleCode(x.Cadre, x.Cadre.ISCO(), x.Title)
	o.arrStart("location")
	o.reference("", TypeLocation, string(KindArea), string(x.Area))
	o.arrEnd()
	if err := w.emit(TypePractitionerRole); err != nil {
		return err
	}
	w.posts[x.ID] = postInfo{employer: x.EmployerID, area: x.Area, cadre: x.Cadre, title: x.Title}
	return nil
}

func (w *Writer) checkWorker(x *workforce.Worker) error {
	var p problems
	if !x.ID.IsValid() {
		p.add(workforce.CodePattern, at{field: "/id"}, string(x.ID), workforce.IDPattern, "must be a valid ID")
	}
	check(&p, at{field: "/sex"}, x.Sex, true)
	check(&p, at{field: "/cadre"}, x.Cadre, true)
	if x.ISCO != "" && !x.ISCO.IsValid() {
		p.add(workforce.CodePattern, at{field: "/isco"}, string(x.ISCO), workforce.ISCO08Pattern, "must be a four-digit ISCO-08 code")
	}
	check(&p, at{field: "/nationality"}, x.Nationality, false)
	if x.BirthYear != 0 && (x.BirthYear < 1900 || x.BirthYear > 2100) {
		p.add(workforce.CodeOutOfRange, at{field: "/birth_year"}, strconv.Itoa(x.BirthYear), "1900-2100", "must be between 1900 and 2100")
	}
	if x.BirthYear != 0 && !x.BirthDate.IsZero() && x.BirthDate.Year() != x.BirthYear {
		p.add(workforce.CodeBirthMismatch, at{field: "/birth_year"}, strconv.Itoa(x.BirthYear), x.BirthDate.String(), "must be the year of the birth date")
	}
	for i := range x.Qualifications {
		q := &x.Qualifications[i]
		base := at{list: "/qualifications", i: i}
		check(&p, base.with("/level"), q.Level, true)
		check(&p, base.with("/field"), q.Field, true)
		check(&p, base.with("/country"), q.Country, false)
		p.text(base.with("/title"), q.Title)
		p.text(base.with("/institution"), q.Institution)
	}
	for i := range x.Credentials {
		c := &x.Credentials[i]
		base := at{list: "/credentials", i: i}
		if !c.SchemeID.IsValid() {
			p.add(workforce.CodePattern, base.with("/scheme_id"), string(c.SchemeID), workforce.IDPattern, "must be a valid ID")
		}
		p.date(base.with("/issued"), c.Issued)
		p.order(base.with("/expires"), c.Issued, c.Expires)
		check(&p, base.with("/status"), c.Status, true)
		p.text(base.with("/number"), c.Number)
	}
	for i := range x.Employments {
		e := &x.Employments[i]
		base := at{list: "/employments", i: i}
		if _, ok := w.posts[e.PostID]; !ok {
			p.add(workforce.CodeDangling, base.with("/post_id"), string(e.PostID), "", "no post with this id was written before the worker")
		}
		p.date(base.with("/start"), e.Start)
		p.order(base.with("/end"), e.Start, e.End)
		if e.FTE.IsZero() {
			p.add(workforce.CodeRequired, base.with("/fte"), "", "", "is required")
		}
		check(&p, base.with("/type"), e.Type, true)
		check(&p, base.with("/exit_reason"), e.ExitReason, false)
	}
	return p.err()
}

// WriteWorker writes a worker as an mCSD Practitioner with the id w-<ID>,
// then one PractitionerRole per employment (id emp<i>-<ID>). The posts
// of the employments must have been written before.
func (w *Writer) WriteWorker(x workforce.Worker) error {
	if err := w.usable(); err != nil {
		return err
	}
	if err := w.checkWorker(&x); err != nil {
		return err
	}
	asOf := w.opts.AsOf
	id := string(x.ID)
	o := w.begin(TypePractitioner, string(KindWorker), id)
	o.raw("meta", metaPractitioner)
	o.arrStart("extension")
	o.extCoding(ExtCadre, SystemCadre, string(x.Cadre), x.Cadre.Title())
	if x.ISCO != "" {
		o.extCoding(ExtISCO08, SystemISCO08, string(x.ISCO), "")
	}
	if x.Nationality != "" {
		o.extCoding(ExtNationality, SystemISO3166, string(x.Nationality), "")
	}
	o.arrEnd()
	o.identifier(w.opts.WorkerSystem, id)
	active := false
	for i := range x.Employments {
		active = active || x.Employments[i].ActiveOn(asOf)
	}
	o.boolean("active", active)
	o.arrStart("name")
	o.elem()
	o.raw("use", `"anonymous"`)
	o.str("text", id)
	o.close()
	o.arrEnd()
	o.key("gender")
	o.b = append(o.b, '"')
	o.b = append(o.b, sexToGender(x.Sex)...)
	o.b = append(o.b, '"')
	switch {
	case !x.BirthDate.IsZero():
		o.key("birthDate")
		o.date(x.BirthDate)
	case x.BirthYear != 0:
		o.key("birthDate")
		o.b = append(o.b, '"')
		o.b = strconv.AppendInt(o.b, int64(x.BirthYear), 10)
		o.b = append(o.b, '"')
	}
	if len(x.Qualifications)+len(x.Credentials) > 0 {
		o.arrStart("qualification")
		for i := range x.Qualifications {
			o.qualification(&x.Qualifications[i])
		}
		for i := range x.Credentials {
			o.credential(&x.Credentials[i])
		}
		o.arrEnd()
	}
	if err := w.emit(TypePractitioner); err != nil {
		return err
	}
	for i := range x.Employments {
		if err := w.writeEmployment(&x, i); err != nil {
			return err
		}
	}
	return nil
}

func (o *obj) qualification(q *workforce.Qualification) {
	o.elem()
	o.arrStart("extension")
	o.extStart(ExtFieldOfStudy)
	o.objStart("valueCodeableConcept")
	o.arrStart("coding")
	o.coding("", SystemFieldOfStudy, string(q.Field), q.Field.Title())
	if c := q.Field.ISCEDF(); c != "" {
		o.coding("", SystemISCEDF2013, c, q.Field.Title())
	}
	o.arrEnd()
	o.close()
	o.close()
	if q.Country != "" {
		o.extCoding(ExtCountry, SystemISO3166, string(q.Country), "")
	}
	if q.Accredited {
		o.extStart(ExtAccredited)
		o.raw("valueBoolean", "true")
		o.close()
	}
	o.arrEnd()
	o.objStart("code")
	o.arrStart("coding")
	o.coding("", SystemISCED2011, strconv.Itoa(q.Level.ISCED()), q.Level.Title())
	o.arrEnd()
	o.str("text", q.Title)
	o.close()
	o.period("period", workforce.CivilDate{}, q.Completed)
	if q.Institution != "" {
		o.objStart("issuer")
		o.str("display", q.Institution)
		o.close()
	}
	o.close()
}

func (o *obj) credential(c *workforce.Credential) {
	o.elem()
	o.arrStart("extension")
	o.extCoding(ExtCredentialStatus, SystemCredentialStatus, string(c.Status), c.Status.Title())
	o.arrEnd()
	if c.Number != "" {
		o.arrStart("identifier")
		o.elem()
		o.str("value", c.Number)
		o.close()
		o.arrEnd()
	}
	o.objStart("code")
	o.arrStart("coding")
	o.coding("", SystemCredentialScheme, string(c.SchemeID), "")
	o.arrEnd()
	o.close()
	o.period("period", c.Issued, c.Expires)
	o.close()
}

func (w *Writer) writeEmployment(x *workforce.Worker, i int) error {
	e := &x.Employments[i]
	post := w.posts[e.PostID]
	o := w.begin(TypePractitionerRole, employmentPrefix(i), string(x.ID))
	o.raw("meta", metaPractitionerRole)
	o.arrStart("extension")
	o.extStart(ExtPost)
	o.reference("valueReference", TypePractitionerRole, string(KindPost), string(e.PostID))
	o.close()
	o.extStart(ExtFTE)
	o.key("valueDecimal")
	o.b = append(o.b, e.FTE.String()...)
	o.close()
	o.extCoding(ExtEmploymentType, SystemEmploymentType, string(e.Type), e.Type.Title())
	if e.ExitReason != "" {
		o.extCoding(ExtExitReason, SystemExitReason, string(e.ExitReason), e.ExitReason.Title())
	}
	o.arrEnd()
	o.boolean("active", e.ActiveOn(w.opts.AsOf))
	o.period("period", e.Start, e.End)
	o.reference("practitioner", TypePractitioner, string(KindWorker), string(x.ID))
	o.reference("organization", TypeOrganization, string(KindEmployer), string(post.employer))
	isco := x.ISCO
	if isco == "" {
		isco = post.cadre.ISCO()
	}
	o.roleCode(post.cadre, isco, post.title)
	o.arrStart("location")
	o.reference("", TypeLocation, string(KindArea), string(post.area))
	o.arrEnd()
	return w.emit(TypePractitionerRole)
}
