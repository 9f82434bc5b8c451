// Package fhir maps a [workforce.Registry] to FHIR R4 resources profiled
// by IHE mCSD (Mobile Care Services Discovery) and back, so that a
// registry built on ssw exchanges with health workforce systems such as
// iHRIS 5 and with OpenHIE health worker registries without hand-written
// glue.
//
// # Start here
//
//   - [NewNDJSONWriter] and [WriteRegistry]: write a registry as bulk-data
//     NDJSON, one file per resource type ([ResourceType.FileName]);
//   - [NewBundleWriter]: the same as one collection or transaction Bundle;
//   - [Writer.WriteArea], [Writer.WriteEmployer], [Writer.WritePost],
//     [Writer.WriteWorker]: stream a national registry record by record,
//     in flat memory, for example from a [workforce.JSONLReader];
//   - [NewReader], [Reader.ReadNDJSON], [Reader.ReadBundle],
//     [Reader.Registry]: read resources back, with every problem located;
//   - [CodeSystems] and [WriteCodeSystems]: the ssw code systems to
//     publish beside the data.
//
// # The mapping
//
// Each record becomes resources that claim the IHE mCSD profiles in
// meta.profile (IHE ITI mCSD 4.0, https://profiles.ihe.net/ITI/mCSD/:
// Volume 1 introduction and 1:46.4.1 "Concepts"; the profiles listed at
// https://profiles.ihe.net/ITI/mCSD/artifacts.html) and carry the
// elements those profiles require:
//
//   - [workforce.AdminArea] → an mCSD Jurisdiction Location (id a-<code>:
//     identifier, name, status active when the area is in force on the
//     as-of date, type mCSD "jurisdiction" and the ssw admin-level code,
//     physicalType jdn, managingOrganization, partOf the parent's
//     Location; extensions valid-period and setting) and its paired mCSD
//     Jurisdiction Organization (same id and identifier, type, name,
//     partOf the parent's Organization), as mCSD pairs jurisdictions;
//   - [workforce.Employer] → an mCSD Organization (id e-<ID>: identifier,
//     type coded by sector, name, the parent ministry as partOf.display);
//   - [workforce.Post] → an mCSD PractitionerRole with no practitioner
//     (id p-<ID>: identifier, active for funded posts, organization,
//     location, code = cadre and its ISCO-08 unit group with the job title
//     as text; extensions post-status and fte);
//   - [workforce.Worker] → an mCSD Practitioner (id w-<ID>: identifier in
//     the caller's system, gender from sex with not_stated as unknown,
//     birthDate, the full date or the year alone, active when an
//     employment is current; extensions cadre, isco-08 when the worker
//     overrides the cadre's code, nationality). mCSD requires a name; ssw
//     workers are pseudonymous, so the name is {"use":"anonymous","text":
//     <ID>}: a pseudonym, which is what HL7's name use "anonymous" means;
//   - [workforce.Qualification] → Practitioner.qualification: code = the
//     ISCED 2011 level (text: the title), period.end = completion,
//     issuer.display = institution; extensions field-of-study (ssw code
//     and ISCED-F 2013 code), country, accredited;
//   - [workforce.Credential] → Practitioner.qualification: code = the
//     scheme in the credential-scheme code system, identifier = the
//     register number, period = issued to expires; extension
//     credential-status;
//   - [workforce.Employment] → a PractitionerRole (id emp<i>-<worker ID>:
//     practitioner, the post's organization, location and code, period,
//     active when current on the as-of date; extensions post naming the
//     post's PractitionerRole, fte, employment-type, exit-reason).
//
// Resource ids are the record's key with a prefix; a key that is not a
// FHIR id (ssw IDs may hold "_" and ":") or is too long becomes a hash
// ([ResourceID]). Readers never parse ids: they read identifiers, in the
// systems the caller names ([Options], [ReadOptions]; defaults under
// [Base]/sid/).
//
// # Vacant and frozen posts
//
// mCSD has no vacancy: its PractitionerRole is a practitioner in a role.
// ssw writes each established post as a PractitionerRole of its own with
// no practitioner (practitioner is optional in R4), which is how iHRIS 5
// models positions, and each employment as a second PractitionerRole with
// the practitioner, pointing at its post through the post extension. A
// vacant post is therefore a post role that no current employment role
// points at, and its post-status extension says which of funded_vacant,
// filled, frozen and abolished the register records; active is true for
// funded posts (filled, funded_vacant) and false for frozen and abolished
// ones. The alternative, one role per filled post, cannot hold a vacant
// post, a frozen one, or a post's history of holders, all of which the
// vacancy and attrition indicators need.
//
// # What FHIR does not hold
//
// Registry → FHIR → Registry gives back everything but:
//
//   - CPD records ([workforce.CPDRecord]): mCSD and FHIR R4 have no
//     resource for them (iHRIS keeps them in Basic resources of its own);
//   - population figures ([workforce.PopulationFigure]): they are
//     statistics, not directory data; exchange them with DHIS2 or as ssw
//     JSON;
//   - the registry's header (country, as-of date, source): no mCSD
//     resource holds it, so the reader takes it from [ReadOptions];
//   - a birth year given beside a birth date: the date implies it, and
//     the worker comes back with the date alone.
//
// A property test draws valid registries, with awkward keys and text,
// and checks that exactly these differ after a round trip through NDJSON
// and through Bundles.
//
// # Code systems
//
// Standard codes use their registered URIs: ISO 3166-1 [SystemISO3166]
// and 3166-2 [SystemISO3166Part2] (HL7 Terminology), ISCO-08
// [SystemISCO08], the mCSD type codes [SystemMCSDTypes]. ISCED 2011 and
// ISCED-F 2013 have no URI in HL7 Terminology, so ssw publishes them
// ([SystemISCED2011], [SystemISCEDF2013]) with UNESCO's codes. ssw's own
// enumerations are CodeSystems under [Base]/CodeSystem/, built by
// [CodeSystems] from the workforce enumeration tables, so a published
// code list can never disagree with the codes the writer uses.
//
// # Exact values
//
// No float64 is involved. FTE is written as a FHIR decimal with its
// scale ("valueDecimal":0.50) straight from its text, and read from the
// JSON number's text by [workforce.ParseFTE]: 0.50 comes back as 0.50,
// and 1e0 or 1.5 is a problem, not a number rounded into range.
//
// # Reading
//
// The reader parses JSON strictly (a repeated member, invalid UTF-8, a
// lone surrogate escape, a null, an empty array or object, or an element
// that is not in the FHIR R4 structure is a problem) and maps what it
// knows. Every problem is a [workforce.Problem] with the file, the line
// (of the NDJSON line, or of the line a Bundle entry starts on) and a
// FHIRPath-like path naming the resource type and id:
//
//	Practitioner.where(id='w-W-1').qualification[0].period.end
//	Bundle.entry[12].resource.ofType(Practitioner).where(id='w-W-1').gender
//
// A resource with a problem is skipped, and so is every record that
// refers to it (depends_on_skipped), each located; a resource read twice
// keeps the first. Extensions other than ssw's are ignored, as FHIR
// allows; modifierExtension and implicitRules are problems, since a reader
// must understand them. Elements the model has no place for (text, name,
// telecom, address, active, …) are checked for their JSON form ("active"
// must be a boolean, Location.address an object) and otherwise ignored:
// ssw registries are pseudonymous, and active is derived from the dates. Inside the elements it maps, a value the model cannot hold
// (a partial date, a qualification's start date, a second location of a
// post) is a problem, never dropped or rounded. Resources of other types, and Locations and Organizations
// that are neither jurisdictions nor employers (a facility, say), are
// counted in [Reader.Ignored].
//
// # Proof by an independent implementation
//
// The directory validator/ holds a Node check run by the project's CI: it
// validates every resource the package writes (100 random registries,
// one with every enumeration value, the CodeSystems and the output of
// examples/interop) with the HL7 FHIR R4 JSON Schema and with Medplum's
// validator driven by the official R4 StructureDefinitions, checks the
// mCSD profiles' required elements, references and ssw terminology, and
// shows that it rejects a set of invalid resources.
//
// # Performance
//
// BenchmarkExportMillion streams the synthetic registry with 1,000,000
// workers in post (1,053,888 with former workers; 1,160,000 posts) to
// NDJSON: 3,355,416 resources, 3.5 GB. Measured on one core of a 2-vCPU
// virtual machine (AMD EPYC, Go 1.26) on 2026-12-02:
//
//	go test ./workforce/fhir -run '^$' -bench 'ExportMillion|GenerateMillion' -benchtime 1x -cpu 1
//
// takes 5.6–6.0 s for the whole export, of which 1.4 s generates the
// workers (BenchmarkGenerateMillion): about 4 µs of writing per worker,
// some 240,000 workers a second. Memory stays flat while workers stream:
// the live heap, measured after a forced collection every 250,000
// workers, grows by 0.02 MB over the million. What the writer keeps is
// its index of posts (about 30 bytes a post: 34 MB for 1,160,000 posts),
// so that an employment names its post's organization and location; the
// process's peak resident size, 640–760 MB, is mostly the synthetic
// registry's 1,160,000 posts held by the generator (a live heap of 306 MB).
//
// # Purity
//
// The package does no I/O except through the readers and writers handed
// to it, reads no clock (the as-of date is explicit) and keeps no mutable
// package state. A Writer or Reader belongs to one goroutine.
package fhir
