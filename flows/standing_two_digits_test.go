package flows

import (
	"math/rand/v2"
	"testing"
)

// One /xuhuong line prints the latest share, the same period a year
// before and the period before, with one number of decimals for all
// three. Over many triples of shares both printed changes are the
// differences of the printed figures far more often with the decimals
// chosen for both together than with the most either needs alone (the
// rule before), and never less often.
func TestTwoChangesOnOneLineAgreeTogether(t *testing.T) {
	pct := &Question{ID: "p", Type: TypePercent}
	share := func(rng *rand.Rand) float64 {
		a, b := float64(rng.IntN(6000)), float64(1+rng.IntN(6000))
		return min(a, b) / b * 100
	}
	both := func(now, year, prev float64, d int) bool {
		return agreesAt(year, now, d) && agreesAt(prev, now, d)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	together, alone := 0, 0
	for range 5000 {
		now, year, prev := share(rng), share(rng), share(rng)
		if both(now, year, prev, CompareDigits(pct, now, year, prev)) {
			together++
		}
		d := DigitsApart(pct, now, []float64{year, prev}) // the rule before
		d = max(d, agreeingDigits(year, now, d), agreeingDigits(prev, now, d))
		if both(now, year, prev, d) {
			alone++
		}
	}
	t.Logf("both changes agree: %d of 5000 chosen together, %d chosen one by one", together, alone)
	if together < alone || together < 4500 {
		t.Errorf("both changes agree in %d of 5000 lines (one by one: %d)", together, alone)
	}
}
