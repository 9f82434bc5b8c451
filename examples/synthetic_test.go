package examples_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
)

func TestSyntheticShape(t *testing.T) {
	s := examples.NewSynthetic(examples.SyntheticConfig{})
	r := s.Registry()
	if err := r.Validate(); err != nil {
		t.Fatalf("the synthetic registry is invalid: %v", err)
	}
	count := map[workforce.AdminLevel]int{}
	for _, a := range r.Areas {
		count[a.Level]++
		if !strings.Contains(a.Name, examples.SyntheticLabel) {
			t.Fatalf("area %s is not labelled synthetic", a.Code)
		}
	}
	if count[workforce.LevelProvince] != 25 || count[workforce.LevelCommune] != 1652 || count[workforce.LevelDistrict] != 204 {
		t.Fatalf("areas by level: %v", count)
	}
	if len(r.Workers) != s.Len() || s.Len() <= 4000 || !strings.Contains(r.Source, examples.SyntheticLabel) {
		t.Fatalf("%d worker records (Len %d), source %q", len(r.Workers), s.Len(), r.Source)
	}
	active, leavers := 0, 0
	for _, w := range r.Workers {
		e := w.Employments[len(w.Employments)-1]
		switch {
		case e.ActiveOn(r.AsOf):
			active++
		case e.ExitReason.LeavesWorkforce() && !e.End.Before(r.AsOf.AddYears(-2)):
			leavers++
		}
	}
	if active != 4000 || leavers != s.Len()-4000 {
		t.Fatalf("%d in post, %d leavers", active, leavers)
	}
	nat := r.Areas[0].Population[0]
	if nat.Total < 15_000_000 || nat.Total > 16_500_000 || nat.Children*100/nat.Total < 30 {
		t.Fatalf("national population %+v is not Cambodia-shaped", nat)
	}
	vacant, empty := 0, 0
	for _, p := range r.Posts {
		if p.Status == workforce.PostFundedVacant {
			vacant++
		}
	}
	staffed := map[workforce.AreaCode]bool{}
	for _, p := range r.Posts {
		if p.Status == workforce.PostFilled && p.Level == workforce.LevelCommune {
			staffed[p.Area] = true
		}
	}
	for _, a := range r.Areas {
		if a.Level == workforce.LevelCommune && !staffed[a.Code] {
			empty++
		}
	}
	if vacant < 300 || empty < 200 {
		t.Fatalf("the registry should show gaps: %d vacant posts, %d communes without a worker", vacant, empty)
	}
}

func TestSyntheticDeterministic(t *testing.T) {
	a, _ := json.Marshal(examples.NewSynthetic(examples.SyntheticConfig{Seed: 7, Workers: 300}).Registry())
	b, _ := json.Marshal(examples.NewSynthetic(examples.SyntheticConfig{Seed: 7, Workers: 300}).Registry())
	c, _ := json.Marshal(examples.NewSynthetic(examples.SyntheticConfig{Seed: 8, Workers: 300}).Registry())
	if string(a) != string(b) {
		t.Fatal("the same seed must give the same registry")
	}
	if string(a) == string(c) {
		t.Fatal("different seeds should differ")
	}
	s := examples.NewSynthetic(examples.SyntheticConfig{Seed: 7, Workers: 300})
	w, _ := json.Marshal(s.Worker(123))
	all := s.Registry().Workers
	w2, _ := json.Marshal(all[123])
	if string(w) != string(w2) {
		t.Fatal("a worker regenerated alone must equal the streamed one")
	}
}

func TestSyntheticCredentials(t *testing.T) {
	s := examples.NewSynthetic(examples.SyntheticConfig{Workers: 500, CredentialScheme: "PH-RSW-PIC"})
	r := s.Registry()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, w := range r.Workers {
		n += len(w.Credentials)
	}
	if n == 0 {
		t.Fatal("no credentials")
	}
}
