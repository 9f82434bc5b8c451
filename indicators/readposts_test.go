package indicators_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
	"pgregory.net/rapid"
)

// TestReadPostsMatchesAddPost: reading posts from JSON Lines, on any
// number of goroutines, with or without ContinueOnError, indexes the
// posts and reports the problems, each with its line, that adding the
// good lines one by one in line order gives: duplicate IDs (found when
// the posts read are put into the index's table at the end) included,
// wherever they are.
func TestReadPostsMatchesAddPost(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 2, districts: 6, communes: 20, posts: 300, seed: 5})
	rapid.Check(t, func(t *rapid.T) {
		var lines []string
		for _, p := range reg.Posts {
			b, _ := json.Marshal(p)
			lines = append(lines, string(b))
		}
		for range rapid.IntRange(0, 12).Draw(t, "damage") {
			at := rapid.IntRange(0, len(lines)).Draw(t, "at")
			var line string
			switch rapid.IntRange(0, 3).Draw(t, "kind") {
			case 0, 1: // another post with an ID already used
				p := reg.Posts[rapid.IntRange(0, len(reg.Posts)-1).Draw(t, "copy")]
				p.Status = rapid.SampledFrom(workforce.PostStatusValues()).Draw(t, "status")
				b, _ := json.Marshal(p)
				line = string(b)
			case 2:
				line = `{"id":"P-BAD` + fmt.Sprint(at) + `","cadre":"para_professional","level":"commune","area":"XX-1","employer_id":"MOSVY","status":"filled","fte":"1"}`
			default:
				line = "{not json"
			}
			lines = append(lines[:at], append([]string{line}, lines[at:]...)...)
		}
		cont := rapid.Bool().Draw(t, "continue on error")
		par := rapid.IntRange(1, 4).Draw(t, "par")

		// The model: each line decoded alone, then added one by one.
		ref, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		var want workforce.Problems
		firstLine := map[workforce.ID]int{}
		accepted := 0
		for i, line := range lines {
			n := i + 1
			r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(line), workforce.StreamOptions{Validate: true, ContinueOnError: true})
			var ps workforce.Problems
			if r.Next() {
				p := r.Record()
				ps = workforce.AsProblems(ref.AddPost(&p))
				if l, seen := firstLine[p.ID]; seen && len(ps) > 0 && ps[0].Code == workforce.CodeDuplicate {
					ps[0].Message = fmt.Sprintf("another post has the same id (line %d)", l)
				} else if len(ps) == 0 {
					firstLine[p.ID] = n
				}
			} else {
				ps = r.Problems()
			}
			if len(ps) == 0 {
				accepted++
				continue
			}
			for j := range ps {
				ps[j].Line = n
			}
			want = append(want, ps...)
			if !cont {
				break
			}
		}

		ix, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, fixtureAsOf, fixtureRules())
		if err != nil {
			t.Fatal(err)
		}
		res, err := ix.ReadPosts(strings.NewReader(strings.Join(lines, "\n")+"\n"), workforce.StreamOptions{ContinueOnError: cont}, par)
		got := res.Problems
		if !cont {
			got = workforce.AsProblems(err)
		} else if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("problems\n%v\nwant\n%v", got, want)
		}
		if res.Accepted != accepted || ix.Posts() != ref.Posts() || (cont && res.Skipped != len(lines)-accepted) {
			t.Fatalf("accepted %d, %d posts, skipped %d; want %d, %d posts", res.Accepted, ix.Posts(), res.Skipped, accepted, ref.Posts())
		}
		// The same posts, with the same records: counted alike.
		a, b := ix.NewCounter(), ref.NewCounter()
		if err := a.AddPosts(); err != nil {
			t.Fatal(err)
		}
		if err := b.AddPosts(); err != nil {
			t.Fatal(err)
		}
		for _, p := range reg.Posts {
			if (a.AddPost(p.ID) == nil) != (b.AddPost(p.ID) == nil) {
				t.Fatalf("post %s indexed in one index only", p.ID)
			}
		}
		if !a.Tally().Equal(b.Tally()) {
			t.Fatal("the indexes count their posts differently")
		}
	})
}
