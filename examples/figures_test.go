package examples_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// figureDigests are SHA-256 digests of the JSON of the whole indicator
// catalogue (every area, every breakdown, the commune norm, flows over
// the year to the as-of date, no disclosure control) computed on the
// synthetic registry by the library before the counting path was rebuilt
// for speed (the generated decoders, the post index, parallel counting).
// Every figure must keep its value: the reports of today's library must
// be byte-identical, whichever path counts the records.
var figureDigests = []struct {
	seed    uint64
	workers int
	results int
	digest  string
}{
	{1, 500, 51201, "7570d60387678a858b91cdd28176e7692cb9a22e9d4190c175db6326ac62bb27"},
	{1, 4000, 51201, "2be99c3b9b7e8bcb05ac7b83359bf5382b25d7bdfe8649022cdfa85e96247edd"},
	{1, 20000, 51201, "c9b3d4ad30b1d50ac77005bf522135c3629172f2d6b3d58f5d4671178bc38bb8"},
	{2, 500, 51201, "4e33f39c4a4aa33cb8ce9c0e7865c9511b32576c2f2c5d79beb5a10ef1292376"},
	{2, 4000, 51201, "b3e8f692c794c3706ee13964b997cf887bb6a298c139f3b32ec7f42978fdb91f"},
	{2, 20000, 51201, "0bf497eb7dbffbd4d28c33317e72bd3037d0f57d9564a5b9e08c623ad015f3f7"},
	{3, 500, 51201, "2f94d69be5a8b45caabdc6a14060c5d88059860d8ebc70040a30fc5d18e5b9a1"},
	{3, 4000, 51201, "e0e01e0d7047fdc3bedd3fc0dc197c88bcccda05879b6accd52e62ea399cff89"},
	{3, 20000, 51201, "2e7cff034b5ffcf5befb4d2a7edea14959b8990fe53ac70aea2be440134bf30c"},
}

func reportDigest(t *testing.T, tally *indicators.Tally) (int, string) {
	t.Helper()
	rep, err := tally.Evaluate(indicators.Options{Norm: &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	return len(rep.Results), fmt.Sprintf("%x", sha256.Sum256(b))
}

func TestFiguresKeepTheirValues(t *testing.T) {
	for i, tc := range figureDigests {
		// The race detector makes each report take seconds: one case
		// checks the parallel paths under it; the rest run without.
		if (testing.Short() && tc.workers > 500) || (raceDetector && i > 0) {
			continue
		}
		t.Run(fmt.Sprintf("seed %d, %d workers", tc.seed, tc.workers), func(t *testing.T) {
			s := examples.NewSynthetic(examples.SyntheticConfig{Seed: tc.seed, Workers: tc.workers})
			reg := s.Registry()
			asOf := s.Config().AsOf
			rules := indicators.RecordRules{PeriodStart: asOf.AddYears(-1)}

			// In memory, one worker at a time.
			tally, err := indicators.TallyRegistry(&reg, asOf, rules)
			if err != nil {
				t.Fatal(err)
			}
			if n, d := reportDigest(t, tally); n != tc.results || d != tc.digest {
				t.Fatalf("TallyRegistry: %d results, digest %s; want %d, %s", n, d, tc.results, tc.digest)
			}

			// From JSON Lines, decoded and counted on three goroutines.
			var posts, workers bytes.Buffer
			pw := workforce.NewJSONLWriter[workforce.Post](&posts)
			for _, p := range reg.Posts {
				if err := pw.Write(p); err != nil {
					t.Fatal(err)
				}
			}
			ww := workforce.NewJSONLWriter[workforce.Worker](&workers)
			for _, w := range reg.Workers {
				if err := ww.Write(w); err != nil {
					t.Fatal(err)
				}
			}
			ix, err := indicators.NewIndex(reg.Country, reg.Areas, reg.Employers, asOf, rules)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ix.ReadPosts(&posts, workforce.StreamOptions{}, 3); err != nil {
				t.Fatal(err)
			}
			c := ix.NewCounter()
			if err := c.AddPosts(); err != nil {
				t.Fatal(err)
			}
			workerLines := bytes.Clone(workers.Bytes())
			if _, err := c.ReadWorkers(&workers, workforce.StreamOptions{}, 3); err != nil {
				t.Fatal(err)
			}
			if n, d := reportDigest(t, c.Tally()); n != tc.results || d != tc.digest {
				t.Fatalf("ReadWorkers: %d results, digest %s; want %d, %s", n, d, tc.results, tc.digest)
			}

			// A roster read from JSON Lines, counted on three goroutines.
			roster := ix.NewRoster()
			if _, err := roster.ReadWorkers(bytes.NewReader(workerLines), workforce.StreamOptions{}, 3); err != nil {
				t.Fatal(err)
			}
			c = ix.NewCounter()
			if err := c.AddPosts(); err != nil {
				t.Fatal(err)
			}
			if err := c.AddRoster(roster, 3); err != nil {
				t.Fatal(err)
			}
			if n, d := reportDigest(t, c.Tally()); n != tc.results || d != tc.digest {
				t.Fatalf("AddRoster: %d results, digest %s; want %d, %s", n, d, tc.results, tc.digest)
			}

			// In memory, on three goroutines.
			c = ix.NewCounter()
			if err := c.AddPosts(); err != nil {
				t.Fatal(err)
			}
			if err := c.AddWorkers(reg.Workers, 3); err != nil {
				t.Fatal(err)
			}
			if n, d := reportDigest(t, c.Tally()); n != tc.results || d != tc.digest {
				t.Fatalf("AddWorkers: %d results, digest %s; want %d, %s", n, d, tc.results, tc.digest)
			}
		})
	}
}
