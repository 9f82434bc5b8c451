// Package indicators computes the social service workforce indicators that
// planners and the Ha Noi Declaration monitoring rely on, exactly and with
// provenance.
//
// # Catalogue
//
// [Catalogue] returns the indicator definitions as data: a stable
// [IndicatorID], name, numerator, denominator, exact integer multiplier,
// unit, population universe with age bounds, count scope (head-count,
// positions, FTE), workforce subset, default disaggregations and a
// presentation rounding spec. [Lookup] finds one definition by ID. IDs
// never change meaning; other packages and systems store them.
package indicators
