package bot

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// seedShares stores the 2026 year report of Thạch Thành's first twelve
// units (half of 24) as the chat stores it: the parts typed and the form's
// share rounded to one decimal. Kim Tân (2.131/2.500 = 85,24%) and Thạch
// Định (2.011/2.361 = 85,18%) are both stored as 85,2.
func (h *harness) seedShares() {
	h.t.Helper()
	f := h.app.Config.Form("nam")
	parts := map[string][2]float64{"15187": {2500, 2131}, "15214": {2361, 2011}}
	leaves := h.app.Config.Units.Get("391").Leaves()
	for i, u := range leaves {
		if len(parts) == 12 {
			break
		}
		if _, ok := parts[u.Code]; !ok {
			parts[u.Code] = [2]float64{1000, float64(700 + 5*i)}
		}
	}
	err := h.db.Update(func(tx *store.Tx) error {
		for code, p := range parts {
			hh, g := p[0], p[1]
			share := math.Round(g/hh*1000) / 10
			s := &flows.Submission{Form: f.ID, Period: "2026", Unit: code, By: "x", ByName: "Cán bộ", Version: 1,
				At:      time.Date(2027, 1, 5, 8, 0, 0, 0, locales.Zone),
				Answers: map[string]flows.Value{"tong_ho": {Num: &hh}, "gdvh": {Num: &g}, "ty_le_gdvh": {Num: &share}}}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		h.t.Fatal(err)
	}
}

func TestTheDigestAndTheStandingShowTheSameExactShare(t *testing.T) {
	h := newHarness(t)
	h.seedShares()
	h.person("sup", "Giám sát", "391", flows.Supervisor)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"the digest ranks the two communes apart, with two decimals", "/tonghop nam 2026",
			[]string{"1. Thị trấn Kim Tân: 85,24%", "2. Xã Thạch Định: 85,18%"}},
		{"Thạch Định's standing shows the same figure and rank", "/ketqua nam 2026 15214",
			[]string{"Tỷ lệ hộ gia đình văn hóa: 85,18%", "hạng 2/12"}},
		{"Kim Tân's standing shows the same figure and rank", "/ketqua nam 2026 15187",
			[]string{"Tỷ lệ hộ gia đình văn hóa: 85,24%", "hạng 1/12"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := texts(h.send("sup", c.text))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply lacks %q:\n%s", w, got)
				}
			}
			if strings.Contains(got, "đồng hạng") {
				t.Errorf("a false tie:\n%s", got)
			}
		})
	}
}
