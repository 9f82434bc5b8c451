//go:build !race

package examples_test

// raceDetector is true when the tests run under the race detector, which
// makes the largest registries too slow to count in CI.
const raceDetector = false
