package indicators_test

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// TestCounterRefusesDuplicateWorker: a worker ID given twice is counted
// once; the second is a located problem (code duplicate, path /id).
func TestCounterRefusesDuplicateWorker(t *testing.T) {
	reg := handRegistry()
	c, err := indicators.NewCounter(&reg, reg.AsOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	w := reg.Workers[0]
	if err := c.AddWorker(&w); err != nil {
		t.Fatal(err)
	}
	before := c.Tally().Clone()
	again := w
	again.Employments = append([]workforce.Employment(nil), w.Employments...) // another record, same person
	ps := workforce.AsProblems(c.AddWorker(&again))
	if len(ps) != 1 || ps[0].Code != workforce.CodeDuplicate || ps[0].Path != "/id" || ps[0].Value != string(w.ID) {
		t.Fatalf("problems %v", ps)
	}
	if !c.Tally().Equal(before) {
		t.Fatal("a duplicate changed the tally")
	}
	// TallyRegistry refuses a registry that lists a worker twice.
	reg.Workers = append(reg.Workers, reg.Workers[0])
	_, err = indicators.TallyRegistry(&reg, reg.AsOf, indicators.RecordRules{})
	ps = workforce.AsProblems(err)
	if len(ps) != 1 || ps[0].Code != workforce.CodeDuplicate || !strings.HasSuffix(ps[0].Path, "/id") {
		t.Fatalf("problems %v", ps)
	}
}

// TestDuplicatesNeverChangeATally: adding copies of counted workers (same
// ID, any content) anywhere after them leaves the tally as it was.
func TestDuplicatesNeverChangeATally(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 2, districts: 4, communes: 12, posts: 60, seed: 7})
	want, err := indicators.TallyRegistry(&reg, fixtureAsOf, fixtureRules())
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		ws := append([]workforce.Worker(nil), reg.Workers...)
		for range rapid.IntRange(1, 10).Draw(t, "copies") {
			src := ws[rapid.IntRange(0, len(reg.Workers)-1).Draw(t, "copy of")]
			dup := src
			dup.Sex = rapid.SampledFrom(workforce.SexValues()).Draw(t, "sex")
			dup.Employments = nil
			if rapid.Bool().Draw(t, "employed") {
				dup.Employments = src.Employments
			}
			// Insert after the original.
			at := len(ws)
			for i := range ws {
				if ws[i].ID == src.ID {
					at = rapid.IntRange(i+1, len(ws)).Draw(t, "at")
					break
				}
			}
			ws = append(ws[:at], append([]workforce.Worker{dup}, ws[at:]...)...)
		}
		c, err := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddPosts(); err != nil {
			t.Fatal(err)
		}
		refused := 0
		for i := range ws {
			if err := c.AddWorker(&ws[i]); err != nil {
				if ps := workforce.AsProblems(err); ps[0].Code != workforce.CodeDuplicate {
					t.Fatalf("unexpected problem %v", ps)
				}
				refused++
			}
		}
		if refused != len(ws)-len(reg.Workers) || !c.Tally().Equal(want) {
			t.Fatalf("%d refused of %d copies; tally equal: %v", refused, len(ws)-len(reg.Workers), c.Tally().Equal(want))
		}
	})
}

// TestPostInAbolishedArea: a post in an area that no longer exists on the
// as-of date is refused, and a worker employed in it is told why.
func TestPostInAbolishedArea(t *testing.T) {
	reg := handRegistry()
	reg.Areas = append(reg.Areas, workforce.AdminArea{Code: "KH-OLD", Name: "Abolished district", Level: workforce.LevelDistrict,
		Parent: "P1", ValidTo: workforce.MustParseDate("2020-12-31")})
	post := reg.Posts[0]
	post.ID, post.Area, post.Level = "P-OLD", "KH-OLD", workforce.LevelDistrict
	ix, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, reg.AsOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	ps := workforce.AsProblems(ix.AddPost(&post))
	if len(ps) != 1 || ps[0].Code != workforce.CodeNotCurrent || ps[0].Path != "/area" {
		t.Fatalf("problems %v", ps)
	}
	w := reg.Workers[0]
	w.Employments = []workforce.Employment{{PostID: "P-OLD", Start: workforce.MustParseDate("2019-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}}
	ps = workforce.AsProblems(ix.NewCounter().AddWorker(&w))
	if len(ps) != 1 || ps[0].Path != "/employments/0/post_id" || !strings.Contains(ps[0].Message, "P-OLD was refused") || !strings.Contains(ps[0].Message, "does not exist") {
		t.Fatalf("problems %v", ps)
	}
}

// TestReadInParallel: reading posts and workers from JSON Lines on any
// number of goroutines gives the tally of the registry, and every bad
// line with its number.
func TestReadInParallel(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 3, districts: 9, communes: 40, posts: 400, seed: 11})
	want, err := indicators.TallyRegistry(&reg, fixtureAsOf, fixtureRules())
	if err != nil {
		t.Fatal(err)
	}
	var posts, workers bytes.Buffer
	pw := workforce.NewJSONLWriter[workforce.Post](&posts)
	for _, p := range reg.Posts {
		if err := pw.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	posts.WriteString(`{"id":"P-BAD","cadre":"para_professional","level":"commune","area":"XX-1","employer_id":"MOSVY","status":"filled","fte":"1"}` + "\n")
	ww := workforce.NewJSONLWriter[workforce.Worker](&workers)
	for i, w := range reg.Workers {
		if err := ww.Write(w); err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			if err := ww.Write(w); err != nil { // the same worker again
				t.Fatal(err)
			}
			workers.WriteString("{not json\n")
		}
	}
	for _, par := range []int{1, 2, 3, 8} {
		ix, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		opts := workforce.StreamOptions{ContinueOnError: true}
		res, err := ix.ReadPosts(bytes.NewReader(posts.Bytes()), opts, par)
		if err != nil || res.Accepted != len(reg.Posts) || res.Skipped != 1 || res.Problems[0].Line != len(reg.Posts)+1 || res.Problems[0].Code != indicators.CodeUnknownArea {
			t.Fatalf("par %d: posts %+v, %v", par, res, err)
		}
		c := ix.NewCounter()
		if err := c.AddPosts(); err != nil {
			t.Fatal(err)
		}
		res, err = c.ReadWorkers(bytes.NewReader(workers.Bytes()), opts, par)
		if err != nil || res.Accepted != len(reg.Workers) || res.Skipped != 2 {
			t.Fatalf("par %d: workers %+v, %v", par, res, err)
		}
		if p := res.Problems; p[0].Line != 5 || p[0].Code != workforce.CodeDuplicate || !strings.Contains(p[0].Message, "line 4") || p[1].Line != 6 || p[1].Code != workforce.CodeSyntax {
			t.Fatalf("par %d: problems %v", par, p)
		}
		if !c.Tally().Equal(want) {
			t.Fatalf("par %d: the tally differs from the registry's", par)
		}
	}
}

// damagedWorkers returns a copy of ws with up to 8 workers repeated
// (counted twice otherwise), some of the repeats employed at a post no
// index holds.
func damagedWorkers(t *rapid.T, ws []workforce.Worker) []workforce.Worker {
	ws = append([]workforce.Worker(nil), ws...)
	for range rapid.IntRange(0, 8).Draw(t, "damage") {
		i := rapid.IntRange(0, len(ws)-1).Draw(t, "worker")
		w := ws[rapid.IntRange(0, len(ws)-1).Draw(t, "source")]
		if rapid.Bool().Draw(t, "unknown post") && len(w.Employments) > 0 {
			w.Employments = append([]workforce.Employment(nil), w.Employments...)
			w.Employments[0].PostID = "P-NOWHERE"
		}
		ws = append(ws[:i], append([]workforce.Worker{w}, ws[i:]...)...)
	}
	return ws
}

// TestAddWorkersMatchesAddWorker: counting workers in memory on several
// goroutines gives the tally and the refusals of counting them one by one.
func TestAddWorkersMatchesAddWorker(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 2, districts: 6, communes: 20, posts: 200, seed: 3})
	rapid.Check(t, func(t *rapid.T) {
		ws := damagedWorkers(t, reg.Workers)
		one, err := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		var want workforce.Problems
		for i := range ws {
			for _, p := range workforce.AsProblems(one.AddWorker(&ws[i])) {
				p.Path = "/" + strconv.Itoa(i) + p.Path
				p.Message = "" // the sequential counter may name a line
				want = append(want, p)
			}
		}
		many := one.Index().NewCounter()
		got := workforce.AsProblems(many.AddWorkers(ws, rapid.IntRange(1, 5).Draw(t, "par")))
		for i := range got {
			got[i].Message = ""
		}
		want.Sort()
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("problems differ:\n%v\n%v", want, got)
		}
		if !many.Tally().Equal(one.Tally()) {
			t.Fatal("tallies differ")
		}
	})
}

// TestRosterMatchesAddWorker: a roster refuses the workers AddWorker
// refuses, and counting it on any number of goroutines gives the tally of
// counting the workers one by one; a counter that counted a roster counts
// nothing more.
func TestRosterMatchesAddWorker(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 2, districts: 6, communes: 20, posts: 200, seed: 5})
	rapid.Check(t, func(t *rapid.T) {
		ws := damagedWorkers(t, reg.Workers)
		one, err := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		roster := one.Index().NewRoster()
		for i := range ws {
			errOne, errRoster := one.AddWorker(&ws[i]), roster.Add(&ws[i])
			a, b := workforce.AsProblems(errOne), workforce.AsProblems(errRoster)
			if len(a) != len(b) || (len(a) > 0 && (a[0].Code != b[0].Code || a[0].Path != b[0].Path)) {
				t.Fatalf("worker %d: counter says %v, roster %v", i, a, b)
			}
		}
		many := one.Index().NewCounter()
		if err := many.AddRoster(roster, rapid.IntRange(1, 5).Draw(t, "par")); err != nil {
			t.Fatal(err)
		}
		if !many.Tally().Equal(one.Tally()) {
			t.Fatal("tallies differ")
		}
		if err := many.AddWorker(&ws[0]); err == nil {
			t.Fatal("a counter that counted a roster must refuse more workers")
		}
		if err := one.AddRoster(roster, 1); err == nil {
			t.Fatal("a counter that counted workers must refuse a roster")
		}
	})
}

// TestReadPostsRemembersRefusals: a post refused while reading posts from
// JSON Lines is remembered, so a worker employed in it is told why.
func TestReadPostsRemembersRefusals(t *testing.T) {
	reg := handRegistry()
	ix, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, reg.AsOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	posts := `{"id":"p1","cadre":"professional_social_worker","level":"commune","area":"C1","employer_id":"G","status":"filled","fte":"1"}` + "\n" +
		`{"id":"p-bad","cadre":"professional_social_worker","level":"commune","area":"XX-9","employer_id":"G","status":"filled","fte":"1"}` + "\n"
	res, err := ix.ReadPosts(strings.NewReader(posts), workforce.StreamOptions{ContinueOnError: true}, 2)
	if err != nil || res.Accepted != 1 || len(res.Problems) != 1 || res.Problems[0].Line != 2 || res.Problems[0].Value != "XX-9" {
		t.Fatalf("%+v %v", res, err)
	}
	w := reg.Workers[0]
	w.Employments = []workforce.Employment{{PostID: "p-bad", Start: workforce.MustParseDate("2020-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}}
	ps := workforce.AsProblems(ix.NewCounter().AddWorker(&w))
	if len(ps) != 1 || !strings.Contains(ps[0].Message, "p-bad was refused") || !strings.Contains(ps[0].Message, "no area has this code") {
		t.Fatalf("problems %v", ps)
	}
}
