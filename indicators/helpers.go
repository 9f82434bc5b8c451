package indicators

import (
	"errors"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/workforce"
)

// RatioParts names the parts of a ratio, numerator × multiplier ÷
// denominator, so that they cannot be swapped unseen: the formula of
// every ratio indicator, for callers' own counts.
type RatioParts struct {
	// Numerator is the count divided.
	Numerator int64
	// Denominator is the count divided by; zero makes the ratio undefined.
	Denominator int64
	// Multiplier is the exact scale: 100000 for "per 100,000", 100 for
	// a percentage; 0 means 1, a plain ratio.
	Multiplier int64
	// Precision is the number of fraction digits kept, 0 to 18.
	Precision int
}

// Value returns the ratio cut at Precision fraction digits toward
// negative infinity (truncated, for non-negative values) and whether
// nothing was cut off; trailing fraction zeros are dropped when nothing
// was. A zero denominator returns [ErrUndefined]; a negative multiplier
// or a precision out of range returns an error. Round the value for
// publication with [Round] (the exactness flag is its second argument).
func (p RatioParts) Value() (workforce.Decimal, bool, error) {
	m := p.Multiplier
	if m == 0 {
		m = 1
	}
	if m < 1 || p.Precision < 0 || p.Precision > 18 {
		return workforce.Decimal{}, false, errors.New("indicators: ratio needs multiplier ≥ 1 and precision 0-18")
	}
	q, ok := divide(count(p.Numerator), m, count(p.Denominator), p.Precision)
	if !ok {
		return workforce.Decimal{}, false, ErrUndefined
	}
	return workforce.DecimalOf(q.value), q.exact, nil
}

// floorRat cuts x at precision fraction digits toward negative infinity
// and reports whether nothing was cut off (then trailing fraction zeros
// are dropped).
func floorRat(x *big.Rat, precision int) (decimal.Decimal, bool) {
	n := new(big.Int).Mul(x.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(precision)), nil))
	q, r := new(big.Int).DivMod(n, x.Denom(), new(big.Int)) // Euclidean: r ≥ 0, so q is the floor
	v := decimal.NewFromBigInt(q, -int32(precision))
	if r.Sign() == 0 {
		return trimZeros(v), true
	}
	return v, false
}

func checkConversion(multiplier int64, precision int) error {
	if multiplier < 1 || precision < 0 || precision > 18 {
		return errors.New("indicators: conversion needs multiplier ≥ 1 and precision 0-18")
	}
	return nil
}

// PerFromOneIn converts a "1 : N" figure (one worker per N people) to a
// rate per multiplier people (100000 for per 100,000; 10000 for per
// 10,000): multiplier ÷ N, cut at precision fraction digits toward
// negative infinity, with whether nothing was cut off. The rate is exact
// for the N given; a published N is itself often truncated (28,907 for
// 28,907.63), and the rate of the raw counts is then [Ratio]'s, not
// this. N must be positive: zero returns [ErrUndefined], a negative N an
// error.
func PerFromOneIn(n workforce.Decimal, multiplier int64, precision int) (workforce.Decimal, bool, error) {
	if err := checkConversion(multiplier, precision); err != nil {
		return workforce.Decimal{}, false, err
	}
	x := n.Decimal()
	switch x.Sign() {
	case 0:
		return workforce.Decimal{}, false, ErrUndefined
	case -1:
		return workforce.Decimal{}, false, errors.New("indicators: a 1 : N figure needs a positive N")
	}
	r := new(big.Rat).SetInt64(multiplier)
	r.Quo(r, x.Rat())
	v, exact := floorRat(r, precision)
	return workforce.DecimalOf(v), exact, nil
}

// OneInFromPer converts a rate per multiplier people to the "1 : N"
// form: N = multiplier ÷ rate, cut at precision fraction digits toward
// negative infinity (truncated, as "1 : N" figures are usually
// published: [RoundDown] to 0 places presents it), with whether nothing
// was cut off. A published rate is itself rounded (64.4 for
// 64.40000547…), so N is exact for the rate given only. The rate must be
// positive: zero returns [ErrUndefined].
func OneInFromPer(rate workforce.Decimal, multiplier int64, precision int) (workforce.Decimal, bool, error) {
	if err := checkConversion(multiplier, precision); err != nil {
		return workforce.Decimal{}, false, err
	}
	x := rate.Decimal()
	switch x.Sign() {
	case 0:
		return workforce.Decimal{}, false, ErrUndefined
	case -1:
		return workforce.Decimal{}, false, errors.New("indicators: a rate needs to be positive to give 1 : N")
	}
	r := new(big.Rat).SetInt64(multiplier)
	r.Quo(r, x.Rat())
	v, exact := floorRat(r, precision)
	return workforce.DecimalOf(v), exact, nil
}

// PercentChange returns (to − from) × 100 ÷ from, the change between two
// figures as a percentage of the first, cut at precision fraction digits
// toward negative infinity (so a fall keeps its sign, as SSW-GROWTH
// does), with whether nothing was cut off. A zero first figure returns
// [ErrUndefined]. It compares the figures as given: counts of different
// coverage need the caller's judgement first.
func PercentChange(from, to workforce.Decimal, precision int) (workforce.Decimal, bool, error) {
	if err := checkConversion(100, precision); err != nil {
		return workforce.Decimal{}, false, err
	}
	f := from.Decimal()
	if f.Sign() == 0 {
		return workforce.Decimal{}, false, ErrUndefined
	}
	r := to.Decimal().Sub(f).Rat()
	r.Mul(r, big.NewRat(100, 1))
	r.Quo(r, f.Rat())
	v, exact := floorRat(r, precision)
	return workforce.DecimalOf(v), exact, nil
}
