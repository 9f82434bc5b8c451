// Package indicators computes the social service workforce indicators that
// planners and the Ha Noi Declaration monitoring rely on, exactly and with
// provenance: a ratio published by one country is computed the way
// another computes it, and every number says what it counted.
//
// # Start here
//
//   - [Catalogue] and [Lookup]: the indicator definitions.
//   - [TallyRegistry]: count a registry in one pass; [NewCounter] streams
//     workers one by one.
//   - [NewIndex], [Index.ReadPosts] and [Counter.ReadWorkers]: count a
//     national register from files on every core; [Roster] keeps workers
//     compactly to count them again and again.
//   - [Tally.Evaluate]: the [Report] of the catalogue on a tally, with
//     [Options] for breakdowns, a [StaffingNorm] and disclosure control.
//   - [EvaluateAggregates]: the same from published [AggregateFigures].
//   - [NHWAIndicators]: the NHWA-aligned indicators (registered persons
//     and the activity ratio, foreign-national and foreign-trained
//     shares, part-time and contract mix, entry and exit rates),
//     evaluated when listed in [Options.Indicators].
//   - [Report.Result] (a cell by its area alone: ResultCell{Area: "KH"})
//     and [IndicatorResult.Present]: one value, rounded for presentation
//     with its definition's rounding — the one way to present a result;
//     [IndicatorResult.Rounded] for another rounding.
//   - [RatioParts], [Round] (places, negative places, significant
//     figures), [PerFromOneIn], [OneInFromPer] and [PercentChange]: the
//     arithmetic of published figures, for one's own numbers.
//   - [Tally.Merge]: combine tallies counted apart.
//   - [Project]: the hiring that reaches a target ratio.
//   - [DefaultDisclosure] and [DisclosurePolicy.Protect]: disclosure
//     control of a published table.
//
// # Catalogue
//
// [Catalogue] returns the indicator definitions as data: a stable
// [IndicatorID] (pattern [IndicatorIDPattern]), name, numerator,
// denominator, exact integer multiplier, unit, population universe with
// age bounds (total population; children 0–17), count scope
// ([ScopeHeadCount], [ScopePositions], [ScopeFTE]), workforce subset (the
// whole workforce, qualified social workers, licensed workers), default
// disaggregations, the person counts that are sensitive, the precision of
// the exact value and a [PresentationRounding]. [Lookup] finds one
// definition; [IDs] lists them. IDs never change meaning: the declaration
// package links the Ha Noi Declaration commitments to them. The formulas
// are listed on [Catalogue].
//
// The quantitative indicators are the densities (SSW-DEN-POP,
// SSW-DEN-CHILD, SW-DEN-POP, SW-DEN-CHILD), population per worker
// (SSW-POP-PER-WORKER, SSW-CHILD-PER-WORKER), the norm family
// (SSW-PER-UNIT, SSW-UNIT-COVERAGE, SSW-NORM-REQ, SSW-NORM-GAP,
// SSW-NORM-ATTAIN), posts (SSW-POST-VAC, SSW-POST-FILL), composition
// (SSW-SHARE-GOV, SSW-SHARE-CADRE, SSW-SHARE-FEMALE, SSW-AGE-MEDIAN),
// qualification and regulation (SSW-QUAL-SW, SW-LIC-SHARE, CPD-COMPL),
// supervision (SUP-RATIO) and flows (RET-ATTRITION, SSW-GROWTH). The
// GOV-* indicators are policy statuses (yes, partial, no, unknown) with
// evidence, supplied as facts.
//
// # NHWA-aligned indicators
//
// From what a registry already records about each worker, aligned with
// the WHO National Health Workforce Accounts handbook (2017,
// http://www.who.int/hrh/documents/brief_nhwa_handbook/en/), and
// evaluated on request ([Definition.OnRequest]; list them in
// [Options.Indicators], [NHWAIndicators] gives them all), so that reports
// of the default catalogue keep every row:
//
//   - SSW-COUNT and SSW-COUNT-LICENSED: plain counts of workers and of
//     practising licensed workers (NHWA 1-01, 1-02 count a head-count).
//   - SSW-COUNT-REGISTERED and SSW-ACTIVITY-RATIO (NHWA 1-05): persons
//     holding a credential in good standing, employed or not, and the
//     share of them practising; for the top area only. For one
//     credential scheme, set [RecordRules.LicenceSchemes] to it.
//   - SSW-SHARE-FOREIGN-NAT and SSW-SHARE-FOREIGN-TRAINED (NHWA 1-09):
//     by [workforce.Worker] Nationality, and by the country of the first
//     qualification (the earliest completed of those that record one);
//     workers with none recorded are outside both counts.
//   - SSW-SHARE-PART-TIME and SSW-SHARE-CONTRACT (module 6): below 1.00
//     FTE over the active employments; the main employment's type.
//   - RET-ENTRY, RET-EXIT-VOLUNTARY and RET-EXIT-INVOLUNTARY (module 5):
//     entrants (active, not active on the period start), and leavers by
//     resignation or retirement, or by dismissal, end of contract or
//     death ([ExitKind]), over the mean stock, as RET-ATTRITION.
//
// Each has both input paths (the aggregate measures such as
// foreign_national_workers, registered_persons, entrants) and disclosure
// control over its counts.
//
// # Two input paths
//
// From records: a [Counter] (or [TallyRegistry]) counts a
// [workforce.Registry] as of a date into a [Tally]; [Tally.Evaluate]
// returns a [Report]. From aggregates: [AggregateFigures] carries counts
// and population figures supplied directly, as most published national
// figures arrive; [EvaluateAggregates] applies the same formulas, through
// the same code, and returns a Report.
//
// # Counting records
//
// Counting resolves records against an [Index]: the areas as of the date,
// the employers' sectors, and every post interned to an eight-byte record
// in a hash table whose slots hold the post's ID (about 40 bytes a post).
// Build it with [NewIndex] and [Index.AddPost] or [Index.ReadPosts] —
// posts are streamed into it, never held whole — and share it read-only
// among any number of counters and goroutines. A post whose area does not
// exist on the as-of date, or whose area or employer is unknown, is
// refused with a located problem, and a worker employed in it is told
// why. A [Counter] counts one worker at a time ([Counter.AddWorker]), a
// JSON Lines stream decoded and validated on every core
// ([Counter.ReadWorkers], records committed in line order), or workers in
// memory ([Counter.AddWorkers]); whichever way, the tally is the same.
// A Counter refuses a worker ID it was given before (code duplicate), at
// the later record: a register that lists a person twice never counts
// them twice. It keeps each ID it has seen, about 30 bytes a worker. A
// [Roster] holds the counting facts of many workers resolved against an
// index, about 40 bytes a worker and 16 per employment, and
// [Counter.AddRoster] counts it on every core: for a service that
// re-evaluates a national register, or for comparing aggregation speed
// with a database over loaded tables.
//
// [RecordRules] fix how records become counts; they are echoed in every
// report and must be equal for tallies to merge.
//
//   - A worker counts on a date when at least one employment is active
//     on it ([workforce.Employment.ActiveOn]: started on or before it,
//     not ended before it).
//   - The worker's area, and the employer sector, are those of the post
//     of the main active employment: the one with the largest FTE, ties
//     broken by the smallest post ID. The head-count counts the worker
//     once, there.
//   - FTE sums each active employment's [workforce.Employment] FTE, in
//     hundredths ([workforce.FTE.Hundredths]), each at its own post's
//     area, so FTE totals are exact integers.
//   - Positions count posts by status: funded posts are filled plus
//     funded and vacant; frozen and abolished posts are outside every
//     count. A post counts at its own area with its own cadre and its
//     employer's sector.
//   - A qualified social worker holds a qualification in field
//     social_work_counselling (ISCED-F 0923) at
//     [RecordRules.QualificationMinLevel] or above (bachelor by default),
//     completed on or before the date (or with no completion date).
//   - Licensed or registered means holding a credential in good standing
//     on the date: status active or provisional, issued on or before it,
//     not expired before it, and of one of [RecordRules.LicenceSchemes]
//     when that list is given.
//   - Age is in completed years on the date, from the birth date; when
//     only the birth year is known the worker is taken as born on 1 July
//     of that year (the middle of the year, which halves the largest
//     error). A 29 February birthday falls on 28 February in common
//     years. Ages unknown, or births after the date, count as unknown.
//   - CPD compliance ([CPDComplianceRule]) is judged on the as-of date for licensed
//     workers: the hours (and credits, when the rule has a minimum) of
//     CPD records dated after the as-of date minus WindowMonths months
//     and up to the as-of date reach the minimums. Full scheme rules
//     live in the accreditation package, which indicators does not
//     import.
//   - Nationality and training are national, foreign or not recorded:
//     the worker's Nationality, and the Country of the first
//     qualification (the earliest completed of those recording a
//     country; undated ones after dated ones, then in record order),
//     against the registry's country. The employment type is the main
//     employment's; a worker is part-time when the FTE of the active
//     employments adds up to less than 1.00.
//   - A worker holding a credential in good standing on the as-of date
//     but no active employment counts as registered and not practising,
//     at the top area (a person without an employment has no area).
//   - With [RecordRules.PeriodStart], an active worker not active on the
//     period start is an entrant; a leaver's exit is voluntary
//     (resignation, retirement), involuntary (dismissal, end of
//     contract, death) or neither.
//   - With [RecordRules.PeriodStart], a worker also counts in the stock
//     of the period start (same rules on that date), and as a leaver
//     when not active on the as-of date but an employment ended on or
//     after the period start and before the as-of date with an exit
//     reason that leaves the workforce ([workforce.ExitReason.LeavesWorkforce],
//     everything but a transfer). The latest such exit (ties: smallest
//     post ID) gives the leaver's area; attributes are taken on the exit
//     date. RET-ATTRITION divides leavers by the mean of the stocks at
//     the period start and at the as-of date; SSW-GROWTH compares the
//     two stocks.
//
// # Areas and population
//
// Counts roll up the area tree: an area counts the workers at its own
// posts and at every area below it. When the areas have several tops, a
// national root named by the country code is added. An area's
// population is its own figure applicable on the as-of date
// ([workforce.AdminArea.PopulationOn]), otherwise the sum of its
// children's figures when every child has one; summed figures are marked
// derived, and mixed when they differ in source, vintage or date. Every
// result that uses a population records the figure, universe, source,
// vintage and date in [ResultPopulation].
//
// Unknown is not zero. A figure may mark its total or its children 0–17
// as not published ([workforce.PopulationFigure.Universes]); an indicator
// that needs that universe is missing, with the reason in its notes, never
// undefined and never a "1 : 0", and so is the sum of an area above it.
// The other universe of the same figure is still used, so a figure of
// children alone gives the densities per 100,000 children.
//
// Several figures may share a date when their vintages differ
// (provisional and final results, a projection). By default the last
// listed of them applies; [Options].PopulationVintage names the vintage
// to use instead, and an area without a figure of it (own or summed from
// the areas below) has its densities missing, never taken from another
// vintage (see ExampleOptions_populationVintage).
//
// # Exact values and presentation
//
// Every ratio is numerator × multiplier ÷ denominator over integer counts
// (FTE in hundredths), computed exactly and cut at the definition's
// Precision toward negative infinity, which for the non-negative values of
// every indicator but a shrinking SSW-GROWTH is plain truncation;
// [IndicatorResult.Exact] says whether anything was cut off. "1 : N" figures are derived from the raw pair, never by
// inverting a rounded density. Presentation is a separate, explicit step:
// [Round] (or [IndicatorResult.Present] with the definition's spec)
// rounds half up, half even, down (truncate) or to the ceiling, and
// because the value is cut toward negative infinity with a sticky
// exactness flag it rounds as if from the infinitely precise value (28,907.63 presents as 28,907
// truncated). Places may be negative (tens, hundreds, thousands: the
// 139,478 shortfall headlined as "139 thousand") and
// [PresentationRounding.Significant] rounds to significant figures; both
// agree with rounding the exact rational. A zero denominator gives
// [StatusUndefined]; no operation ever produces NaN, infinity or a panic.
// [RatioParts] (the parts named, so they cannot be swapped; [Ratio] is
// deprecated), [ImpliedDenominator], [PerFromOneIn] and [OneInFromPer]
// ("1 : N" and per 100,000 or 10,000) and [PercentChange] expose the
// arithmetic for callers' own figures, each cut toward negative infinity
// with a flag saying whether anything was cut off.
//
// # Disaggregation
//
// Area results are given for every area at every level
// ([Options.AreaLevels] restricts them). The breakdowns by sex, cadre,
// sector, age band ([AgeBand]) and qualification ([QualificationGroup])
// are given, for each indicator where they are meaningful (its
// Disaggregations), at the areas of [Options.CrossLevels] (the top area
// by default). Posts have no sex, age or qualification, so
// positions-scope results break down by cadre and sector only (and by
// setting). For SSW-SHARE-CADRE the result's cadre names the cadre whose
// share is given; for SSW-SHARE-CONTRACT its employment_type names the
// type.
//
// The urban/rural breakdown ([BySetting]) is given when
// [Options.Disaggregations] lists it: the setting of the area of the
// worker's main employment (of the post, for positions). An area without
// a setting takes that of its nearest ancestor with one on the as-of
// date; when none has one, its workers are in "not recorded". Densities
// do not break down by setting: the population of each setting is not
// known.
//
// # Tallies and merging
//
// A [Tally] holds integer counts per group: a packed key of observation,
// area (a dense index), sex, cadre, sector, age in years and the
// qualified, licensed and CPD flags, and per group a head-count and an
// FTE sum; posts likewise by area, cadre, sector and status. Memory grows
// with groups, not records, and counting allocates nothing per record.
// [Tally.Merge] adds counts: associative and commutative, so shards
// counted by any engine (see [Tally.Groups] and [Tally.AddGroup] to move
// counts between processes) combine into exactly the tally of the whole.
//
// # Norms and projections
//
// A [StaffingNorm] sets the workers each unit of a level needs: k per
// unit (Cambodia: 2 per commune/sangkat), or k per so many people,
// children or supplied driver units (Indonesia: 1 per 100 PMKS families;
// [Requirement]), or a requirement stated as a number per unit
// ([NormStated]: "155,000 needed"; without requirements it gives the
// workers per unit only). A norm may count only some cadres, or only
// government workers. A published "N of D units meet the norm"
// ([UnitCoverageFigure]) gives SSW-UNIT-COVERAGE without listing the
// units. Coverage is computed unit by unit, never from an
// average: a unit u with w(u) workers (inclusive of the areas below it)
// meets a requirement r(u); SSW-NORM-GAP is Σ max(0, r(u) − w(u)), so a
// surplus in one commune never offsets a shortfall in another, and
// SSW-NORM-ATTAIN is (requirement − gap) ÷ requirement. [Project] gives
// the workers needed to reach a target ratio for a projected population
// and the yearly hiring that reaches it by a target year, with attrition.
//
// # Disclosure control
//
// [DisclosurePolicy] suppresses person counts below a threshold (default
// 10, [DefaultDisclosure]; presets [ThresholdStrict] 10,
// [ThresholdStandard] 5, [ThresholdMinimal] 3). The default is 10, as
// Eurostat's ACRO and the ONS Longitudinal Study use, because a workforce
// register names professionals whom a commune knows one by one, and its
// breakdowns (age band, qualification, licence) would disclose their
// attributes; national tables may choose 5 or 3 explicitly. True zeros
// are published unless [DisclosurePolicy.SuppressZeros] is set. A report
// names the policy applied ([Report.Disclosure]). Rates based on
// fewer than [Options.ReliabilityMinimum] persons (20 by default) are
// [StatusUnreliable].
//
// For a two-way table published with its margins, [DisclosurePolicy.Protect]
// guarantees that no suppressed entry can be recovered from the published
// ones by any combination of row and column relations (not only by
// subtraction within one line).
//
// In a [Report] ([Options.Disclosure]) the guarantee covers every
// relation the report publishes, all at once. Each person count a result
// publishes (head-counts and FTE sums; counts of posts, in the positions
// scope, are not person counts and are published as they are) is a box:
// the workers of an area and of the areas below it, in one observation
// (active, at the period start, leavers), whose sex, cadre, sector (with
// "not recorded" when some counted group has none), age band,
// qualification and licence (not licensed; licensed and not meeting
// the CPD rule; licensed and meeting it), and for the NHWA-aligned
// counts and the urban/rural breakdown nationality, training, employment
// type, part-time, entry, exit and setting, lie in a set of values per
// dimension (registered persons not practising are a fourth
// observation). A breakdown cell fixes one value; a measure (female,
// government, qualified, front-line, …) keeps its values. The value sets
// in play, the terms, are every value, each single value, the sets of the
// measures the report uses with their complements, and the complement of
// each share (denominator − numerator). The relations are:
//
//   - along a dimension, a box equals the sum of the boxes that split its
//     term into other terms, in every way (a total and its breakdown; a
//     count, a subset of it and the rest; workers = front-line +
//     supervisors + educators; and these for every combination of the
//     other dimensions: government workers of each sex, female workers of
//     each sector, …);
//   - along the areas, a box of an area equals the same box of each of its
//     children plus the area's own-level remainder (the workers at posts
//     of the area itself).
//
// The attacker knows every published count that is not withheld and,
// conservatively, every own-level remainder that is not itself below the
// threshold (from aggregate figures, where the figures give it). It applies the relations repeatedly, each result feeding the
// others, until nothing new follows: in a relation whose terms are all
// known but one, it recovers that one by subtraction (or addition). The
// guarantee: no count that a result publishes or withholds, no complement
// of a share and no own-level remainder of such a count is recovered with
// a value from 1 to Threshold − 1 (for FTE, below Threshold full-time
// equivalents), nor 0 when SuppressZeros is set. Counts of Threshold and
// more that complementary suppression withheld may be recoverable; they
// disclose nobody. Values outside this model (a median age, a staffing
// norm's gap, which depends on the counts through a maximum) are not
// covered. Two-way tables published apart from a report go through
// Protect.
//
// # Published figures
//
// On the aggregate path a count that follows from the others of its area
// is derived and its results say so: funded posts = vacant + filled (any
// one of the three), workers = the workers of each cadre, = those of each
// employment type; registered persons less the practising are the
// registered not practising. A total its parts do not add up to is a
// located problem. A count may say what it covers
// ([AggregateCount].Coverage), that it is approximate, or give a range or
// a bound (Low, High); every result using it repeats that, growth between
// counts of different coverage is flagged, and a total above the sum of
// its units is kept as published with the difference in the report's
// notes.
//
// # Reports and bad input
//
// A [Report] is a JSON document (country, as-of date, input path,
// parameters, areas, results, notes); [Report.Validate] checks one, and
// workforce.Decode reads one strictly. Bad input never panics and never
// yields a silently wrong number: negative or inconsistent population
// figures, unknown area codes and posts, indicator IDs outside the
// catalogue, a parameter an indicator needs, counts of the wrong scope
// (positions where a head-count density is asked for) are
// [workforce.Problems] with JSON Pointers; a missing population figure
// or count gives [StatusMissing]; a zero denominator [StatusUndefined].
//
// # Performance
//
// Measured on one core with go test ./indicators -run '^$' -bench .
// -cpu 1 (bench_test.go, on the Cambodia-shaped fixture: 1,652 communes,
// 3,764 posts), on a shared 2-core virtual machine on 2026-12-02:
// counting runs at about 6 million worker records per second (160 to 170
// ns a record), with no allocation per record. Evaluating the whole
// catalogue with every default disaggregation (53,000 results) takes 13
// to 21 ms; with disclosure control 42 to 51 ms; with the urban/rural
// breakdown as well 73 to 76 ms; and every indicator, the NHWA ones
// included, with every breakdown under disclosure control 160 to 165 ms.
// The range of each figure is the machine's noise over the day.
package indicators
