package main

import (
	"os"
	"testing"
)

// FuzzReconciliation imports random clerk-style CSV files — areas,
// employers, posts, and workers with their employments — and checks the
// reconciliation: every file adds up (read = accepted + rejected, each
// rejected record under at least one code), every rejected record is
// reported at its own file and line, no record is both counted and
// reported, and the tally holds each counted worker and post once.
func FuzzReconciliation(f *testing.F) {
	read := func(name string) string {
		b, err := os.ReadFile("testdata/clerk/" + name)
		if err != nil {
			f.Fatal(err)
		}
		return string(b)
	}
	f.Add(read("areas.csv"), read("employers.csv"), read("posts.csv"), read("workers.csv"), read("employments.csv"))
	f.Add(areasCSV, employersCSV, postsCSV,
		"id,sex,cadre\nW-1,female,para_professional\nW-2,male,para_professional\nW-1,male,para_professional\n",
		"worker_id,post_id,start,fte,type\nW-1,P-1,2020-01-01,1.00,permanent\nW-2,P-9,2020-01-01,1.00,permanent\nW-3,P-2,2020-01-01,1.00,permanent\n")
	f.Add(areaHeader+"KH,Cambodia,national,,,,,,,\n"+
		"KH-1,P,province,KH,,2008-03-03,1000,400,NIS,c2008\nKH-1,P,province,KH,,2019-03-03,1200,420,NIS,c2019\n"+
		"KH-2,Q,province,KH-3,,,,,,\nKH-3,R,province,KH-2,,,,,,\nKH-4,S,district,KH-2,2024-01-01,,,,,\n",
		employersCSV+"GOV,\"Ministry\nof two lines\",government\n",
		postHeader+"P-1,para_professional,province,KH-1,GOV,filled,1.00\nP-2,para_professional,district,KH-4,GOV,filled,1.00\n"+
			"P-3,para_\"professional,province,KH-1,GOV,filled,1.00\nP-1,para_professional,province,KH-1,NGO,filled,0.50\n",
		"id,sex,cadre\r\nW-1,female,para_professional\r\nW-2,male,para_professional\r\nW-3,female,\"para_professional\r\nW-4,female,para_professional\r\n",
		"worker_id,post_id,start,fte,type,exit_reason\nW-1,P-1,2020-01-01,1.00,permanent,\nW-2,P-2,2020-01-01,1.00,permanent,\"a\nb\"\nW-4,P-3,2020-01-01,1.00,permanent,\n")
	f.Fuzz(func(t *testing.T, areas, employers, posts, workers, employments string) {
		files := memFiles{"areas.csv": areas, "employers.csv": employers, "posts.csv": posts,
			"w/workers.csv": workers, "w/employments.csv": employments}
		im := importWith(t, files.open, "-country", "KH", "-as-of", "2025-06-30", "-no-disclosure-control",
			"-areas", "areas.csv", "-employers", "employers.csv", "-posts", "posts.csv", "-workers", "w/workers.csv")
		if im.exit != 0 && im.exit != 1 {
			t.Fatalf("exit %d:\n%s", im.exit, im.stderr)
		}
		checkReconciliation(t, im)
		checkCountedOnce(t, im)
	})
}
