//go:build !unix

package indicators_test

// cpuTime is not measured on this system: benchmarks report 0 cpu-ns/op.
func cpuTime() int64 { return 0 }
