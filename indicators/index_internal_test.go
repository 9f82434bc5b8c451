package indicators

import (
	"slices"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// checkIndex: the tally's dense index of an enumeration follows the
// workforce table (1-based, 0 for unset or unknown), its reverse table is
// that table, and the named index constants point at the right values.
func checkIndex[T ~string](t *testing.T, name string, values []T, order []T, index func(T) int, byIndex func(int) T, count int) {
	t.Helper()
	if !slices.Equal(order, values) || count != len(values) {
		t.Errorf("%s: the tally's order %v (count %d) is not the workforce table %v", name, order, count, values)
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
	checkIndex(t, "sex", workforce.SexValues(), sexOrder[:], sexIndex, sexByIndex, numSex)
	checkIndex(t, "cadre", workforce.CadreValues(), cadreOrder[:], cadreIndex, cadreByIndex, numCadre)
	checkIndex(t, "sector", workforce.SectorValues(), sectorOrder[:], sectorIndex, sectorByIndex, numSector)
	checkIndex(t, "post status", workforce.PostStatusValues(), statusOrder[:], postStatusIndex, postStatusByIndex, len(statusOrder))
	for _, c := range []struct {
		name string
		got  int
		want int
	}{
		{"idxGov", idxGov, sectorIndex(workforce.SectorGovernment)},
		{"idxFemale", idxFemale, sexIndex(workforce.SexFemale)},
		{"idxSup", idxSup, cadreIndex(workforce.CadreSupervisor)},
		{"idxEdu", idxEdu, cadreIndex(workforce.CadreEducator)},
		{"idxVacant", idxVacant, postStatusIndex(workforce.PostFundedVacant)},
		{"idxFilled", idxFilled, postStatusIndex(workforce.PostFilled)},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	// Post keys pack cadre, sector and status in three bits each.
	if numCadre > 7 || numSector > 7 || len(statusOrder) > 7 {
		t.Error("a post key field no longer fits in three bits")
	}
	if len(ageBandTable) != numAgeBand {
		t.Errorf("numAgeBand = %d, the age band table has %d", numAgeBand, len(ageBandTable))
	}
	checkIndex(t, "employment type", workforce.EmploymentTypeValues(), empOrder[:], employmentTypeIndex, empTypeByIndex, numEmpType)
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
