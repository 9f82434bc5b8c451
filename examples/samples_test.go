package examples_test

import (
	"testing"

	"github.com/sswkit/ssw/examples"
)

func TestSamplesAreValid(t *testing.T) {
	for name, v := range map[string]interface{ Validate() error }{
		"worker": examples.SampleWorker(), "employer": examples.SampleEmployer(), "post": examples.SamplePost(),
		"admin-area": examples.SampleAdminArea(), "registry": examples.SampleRegistry(),
	} {
		if err := v.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
