package indicators

import (
	"slices"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// checkIndex: the tally's dense index of an enumeration follows the
// workforce table (1-based, 0 for unset or unknown), and its size constant
// is the table's length.
func checkIndex[T ~string](t *testing.T, name string, values []T, index func(T) int, byIndex func(int) T, count int) {
	t.Helper()
	if count != len(values) {
		t.Errorf("%s: the tally's count %d is not the length of the workforce table %v", name, count, values)
	}
	for i, v := range values {
		if index(v) != i+1 || byIndex(i+1) != v {
			t.Errorf("%s: %q has index %d, want %d", name, v, index(v), i+1)
		}
	}
	if index("") != 0 || index("no such value") != 0 || byIndex(0) != "" || byIndex(len(values)+1) != "" {
		t.Errorf("%s: unset and unknown values must have index 0", name)
	}
}

func TestDenseIndexesFollowTheTables(t *testing.T) {
	checkIndex(t, "sex", workforce.SexValues(), sexIndex, sexByIndex, numSex)
	checkIndex(t, "cadre", workforce.CadreValues(), cadreIndex, cadreByIndex, numCadre)
	checkIndex(t, "sector", workforce.SectorValues(), sectorIndex, sectorByIndex, numSector)
	checkIndex(t, "post status", workforce.PostStatusValues(), postStatusIndex, postStatusByIndex, statusDense.Len())
	for _, c := range []struct {
		name string
		got  int
		want int
	}{
		{"idxGov", idxGov, 1 + slices.Index(workforce.SectorValues(), workforce.SectorGovernment)},
		{"idxFemale", idxFemale, 1 + slices.Index(workforce.SexValues(), workforce.SexFemale)},
		{"idxSup", idxSup, 1 + slices.Index(workforce.CadreValues(), workforce.CadreSupervisor)},
		{"idxEdu", idxEdu, 1 + slices.Index(workforce.CadreValues(), workforce.CadreEducator)},
		{"idxVacant", idxVacant, 1 + slices.Index(workforce.PostStatusValues(), workforce.PostFundedVacant)},
		{"idxFilled", idxFilled, 1 + slices.Index(workforce.PostStatusValues(), workforce.PostFilled)},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	// Post keys pack cadre, sector and status in three bits each.
	if numCadre > 7 || numSector > 7 || statusDense.Len() > 7 {
		t.Error("a post key field no longer fits in three bits")
	}
	if len(ageBandTable) != numAgeBand {
		t.Errorf("numAgeBand = %d, the age band table has %d", numAgeBand, len(ageBandTable))
	}
	checkIndex(t, "employment type", workforce.EmploymentTypeValues(), employmentTypeIndex, empTypeByIndex, numEmpType)
	if numEmpType > 7 || len(tallyFlowTable) > 3 || len(originTable) > 3 || len(tallyObservationTable) > 4 {
		t.Error("a worker key field no longer fits its bits")
	}
	// The largest worker key packs into a small addition (below 2^56)
	// and every field reads back.
	k := uint64(areaMask) | 7<<keySexShift | 7<<keyCadreShift | 7<<keySectShift | ageUnknown<<keyAgeShift |
		1<<keyQualBit | 1<<keyLicBit | 1<<keyCPDBit | 3<<keyObsShift | 3<<keyNatShift | 3<<keyTrainShift |
		7<<keyEmpShift | 1<<keyPartTimeBit | 3<<keyFlowShift
	if k > smallKeyMask {
		t.Errorf("the largest worker key %#x is beyond 2^%d", k, smallKeyBits)
	}
	if keyObs(k) != 3 || keyNat(k) != 3 || keyTrain(k) != 3 || keyEmp(k) != 7 || keyFlow(k) != 3 || !keyFlag(k, keyPartTimeBit) || keyAge(k) != ageUnknown {
		t.Error("a worker key field overlaps another")
	}
	for _, r := range workforce.ExitReasonValues() {
		if (exitFlow(r) != flowNone) && !r.LeavesWorkforce() {
			t.Errorf("exit reason %s is voluntary or involuntary but does not leave the workforce", r)
		}
	}
}
