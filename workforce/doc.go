// Package workforce is the domain model of a social service workforce
// registry: workers, the posts they hold, their employers, the
// administrative areas they serve with those areas' population figures,
// and the qualifications, credentials and CPD records that make a worker
// qualified and licensed. It validates them with explanations and reads and
// writes them as JSON documents, JSON Lines streams and CSV tables.
//
// # Start here
//
//   - [Registry]: one country's dataset as of a date, the document other
//     systems exchange; [Registry.Validate] reports every problem.
//   - [Worker], [Post], [Employer], [AdminArea]: the records it holds.
//   - [Decode] and [ReadDocument]: strict JSON decoding of a document.
//   - [NewJSONLReader] and [NewJSONLWriter]: JSON Lines streams, record
//     by record; [NewAreaCSVReader] and [NewPostCSVReader] for CSV.
//   - [Problems] and [AsProblems]: located problems with stable codes and
//     JSON Pointers.
//   - [CivilDate] and [ParseDate]: dates without time zones.
//   - [Decimal], [Hours], [FTE], [Money]: exact quantities that keep
//     their scale.
//
// The other ssw packages build on it: accreditation evaluates workers'
// facts against licensing schemes, indicators counts registries, and
// declaration tracks national plans.
//
// # Documents and entities
//
// A [Registry] is one country's dataset as of a date, and the unit other
// systems exchange. It holds [AdminArea] values (code, name, level,
// parent, dated [PopulationFigure] values with source and vintage),
// [Employer] values, [Post] values (established positions with a cadre, a
// level of government, an area, an employer and a [PostStatus]) and
// [Worker] values. A worker carries [Qualification], [Credential],
// [Employment] and [CPDRecord] lists.
//
// The entities are plain structs: build them with literals. JSON member
// names are snake_case; optional members are omitted when unset and
// slices when empty, so encoding/json output never contains null.
//
// # Value types
//
// Values whose text form matters own it, with Parse, Must, String,
// MarshalText and UnmarshalText that agree:
//
//   - [CivilDate]: a calendar date "YYYY-MM-DD" with documented month-end
//     and 29 February arithmetic ([CivilDate.AddMonths],
//     [CivilDate.AddYears]) and [DaysBetween], [YearsBetween];
//   - decimal quantities [Hours], [Credits], [FTE] and [Amount] (in
//     [Money]), and the general [Decimal]: exact, exchanged as JSON strings
//     with their scale kept ("12.50" stays "12.50"), independent of
//     shopspring/decimal's process-wide settings;
//   - codes [CountryCode] (ISO 3166-1 alpha-2), [CurrencyCode] (ISO
//     4217), [AreaCode] (ISO 3166-2 or national), [ISCO08] and [ID].
//
// Each value type's rule is one pattern constant ([HoursPattern],
// [DatePattern], …) that the parser implements and the JSON Schemas
// publish.
//
// # Enumerations
//
// [Sex], [Cadre] (with its ISCO-08 mapping), [Sector], [AdminLevel],
// [PostStatus], [EmploymentType], [ExitReason], [EducationLevel] (ISCED
// 2011), [FieldOfStudy] (ISCED-F 2013), [CredentialStatus],
// [CPDCategory], [CPDActivity], [CPDTopic] and [Setting] are named strings
// with snake_case values. Each comes from one ordered table: its Values
// function ([SexValues], …), IsValid, Title, its validation rule and its
// schema enum are derived from it. The empty string means unset.
//
// # Validation
//
// Every entity has a Validate method that returns nil or [Problems]: all
// problems at once, each a [Problem] with a stable code, a JSON Pointer
// (RFC 6901) built from JSON member names, the offending value, the rule's
// parameter and a message, sorted by path (array indexes numerically) and
// code. errors.Is(err, [ErrInvalid]) matches any such list; errors.As
// recovers it. Field rules live in validate struct tags, checked by one
// internal go-playground validator instance; rules that relate fields or
// records (dates in order, concurrent FTE, references, the area tree) are
// documented on [Worker.Validate] and [Registry.Validate].
//
// # Reading documents and streams
//
// [Decode] reads one JSON document strictly, the way the published JSON
// Schemas read it: exact member names, no unknown members, no null, valid
// values, a member given twice refused ([CodeDuplicateMember]: never
// last-wins), and every problem reported with its JSON Pointer.
// [JSONLReader] and [JSONLWriter] stream workers, posts, areas and
// employers as JSON Lines record by record, with line numbers in errors,
// a bound on line size (validated: [StreamOptions.Check]; a buffer grows
// to the longest line met, never to the bound) and the option to skip bad
// lines and go on. A UTF-8 byte order mark at the start is accepted.
//
// # Speed at national scale
//
// The record types are decoded and their field rules checked by code
// generated from their single definition — the struct fields with their
// json and validate tags — by internal/cmd/gencodec (go generate; CI fails
// when the generated code is stale). The reflective decoder and the
// go-playground validator remain the reference: differential rapid and
// fuzz tests prove the generated code reads every document they draw with
// the same values and the same problems. [JSONLReader.Borrow] hands out
// the reader's own record, whose memory is reused for the next one, so a
// stream of a million workers is read without allocating;
// [JSONLReader.Record] returns a copy the caller owns.
// [ReadJSONLParallel] decodes and validates on several goroutines and
// hands the records back in line order, with every bad line in order as a
// sequential reader reports it: the indicators package counts a national
// register with it ([indicators.Counter.ReadWorkers]).
//
// Flat files (CSV, RFC 4180 with a header row, UTF-8) exist for every
// entity, in layouts a clerk can fill in with a spreadsheet. Column names
// are the JSON member names, so a problem's path names the column:
//
//   - areas: one row per area and population figure ([AreaCSVColumns]);
//     an area with several figures repeats its columns on consecutive
//     rows;
//   - posts and employers: one row each ([PostCSVColumns],
//     [EmployerCSVColumns]);
//   - workers: workers.csv with one row per worker ([WorkerCSVColumns]),
//     and one child file per list — employments.csv, qualifications.csv,
//     credentials.csv, cpd.csv — with one row per item and a worker_id
//     column ([EmploymentCSVColumns], [QualificationCSVColumns],
//     [CredentialCSVColumns], [CPDCSVColumns]).
//
// [NewAreaCSVReader], [NewPostCSVReader] and [NewEmployerCSVReader] return
// a [CSVReader]; [NewWorkerCSVReader] reads the five files of the worker
// layout, holding the child rows grouped by worker id while workers.csv
// streams, and sets the File of every [Problem] it reports. The
// writers ([NewAreaCSVWriter], [NewPostCSVWriter], [NewEmployerCSVWriter],
// [NewWorkerCSVWriter]) write exactly what the readers read, and write the
// header rows alone as empty templates. A quote problem makes only its
// own line bad and reading stays linear whatever the quoting; a cell that
// is not UTF-8 is a located problem; a header separated by ";" or tabs,
// or not in UTF-8, is refused with the file's likely form. A bad row is
// skipped with the rows it belongs with (the other rows of its area; a
// worker and its child rows), each reported at its own file and line, and
// [FileCount] reconciles every file: rows read, accepted and rejected per
// problem code.
//
// # Purity
//
// The package does no I/O except through the readers and writers handed
// to it, never reads the clock (dates are explicit), keeps no mutable
// package state and is safe for concurrent use; a JSONLReader or
// CSVReader belongs to one goroutine.
package workforce
