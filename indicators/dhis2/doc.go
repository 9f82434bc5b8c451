// Package dhis2 exports an indicators report to DHIS2, the health
// information system many ministries publish aggregate figures in, as a
// data value set (the JSON that DHIS2's Web API imports at
// /api/dataValueSets), through a mapping table the caller supplies as
// data, with disclosure control kept.
//
// # Start here
//
//   - [ReadMapping]: read the mapping table (JSON): the period type, the
//     organisation unit of each area, and the data element and category
//     option combo of each indicator and breakdown;
//   - [Export]: turn an [indicators.Report] into a [DataValueSet] and a
//     [Summary] of what was sent and skipped;
//   - [PeriodType.Period]: the DHIS2 period containing a date.
//
// # Disclosure control
//
// The report carries the disclosure control: evaluate it with
// indicators.Options.Disclosure, which suppresses small counts and what
// would reveal them by differencing over every relation the report
// publishes. [Export] keeps it:
//
//   - a report evaluated without a disclosure policy is refused
//     ([ErrUnprotected]) unless [Options].AllowUnprotected says the data
//     stays internal;
//   - a suppressed result is never sent, neither as a number nor as an
//     empty value: it is listed in [Summary].Skipped with the reason
//     suppressed;
//   - sending a subset of the published results (the mapping need not map
//     everything) publishes nothing the report does not.
//
// DHIS2 adds up data values along its organisation unit hierarchy in its
// analytics: map each data element at one level, or configure its
// aggregation, so that provincial and national values are not summed
// twice.
//
// # Exact values
//
// Values are strings in DHIS2's JSON, and the exporter writes each as the
// exact decimal text of the report's number: the value as computed at the
// definition's precision, the value rounded for presentation, or the
// numerator or denominator count, as the mapping asks. No float64 is
// involved.
//
// # Not done
//
// ADX (the IHE QRPH XML format for aggregate data) is not written: its
// disaggregation by category attributes rather than category option combo
// UIDs needs a richer mapping table. DHIS2 imports the JSON data value set
// this package writes.
//
// # Purity
//
// The package does no I/O (encode the [DataValueSet] with encoding/json),
// reads no clock and keeps no mutable state; it is safe for concurrent
// use.
package dhis2
