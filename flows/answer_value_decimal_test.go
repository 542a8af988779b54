package flows

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// A whole measure of four to six digits is echoed without the thousands
// dot, so that what the bot shows reads back as itself: "1.250 ha" would
// be asked about (it may be 1,25 ha), "1250 ha" is not.
func TestAWholeMeasureIsEchoedSoThatItReadsBackAsItself(t *testing.T) {
	q := &Question{ID: "ha", Type: TypeDecimal, Unit: locales.T("ha", "ha")}
	for _, c := range []struct {
		v    float64
		want string
	}{
		{1250, "1250 ha"}, {25000, "25000 ha"}, {999, "999 ha"}, {1250.5, "1.250,5 ha"}, {1234567, "1.234.567 ha"}, {1.25, "1,25 ha"},
	} {
		v := c.v
		val := Value{Num: &v}
		got := val.Format(q, locales.VI)
		if got != c.want {
			t.Errorf("%v: echoed %q, want %q", c.v, got, c.want)
		}
		back := Read(q, got, tableNow, locales.VI)
		if back.Problem != nil || back.Unsure != nil || back.Value.Num == nil || *back.Value.Num != c.v {
			t.Errorf("%q reads back as %+v", got, back)
		}
	}
}
