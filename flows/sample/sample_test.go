package sample

import (
	"testing"
)

func TestTheDefaultSampleIsThanhHoaSince2025(t *testing.T) {
	cfg := Config()
	p := cfg.Units.Get("38")
	if p == nil || p.Name != "Tỉnh Thanh Hóa" || len(p.Leaves()) != 166 || len(p.Children) != 166 {
		t.Fatalf("province 38: %+v", p)
	}
	if cfg.Units.Get("391") != nil {
		t.Error("the district 391 is in the post-2025 sample")
	}
	if len(cfg.Clusters) != 26 {
		t.Errorf("%d clusters, want one per former district (26)", len(cfg.Clusters))
	}
	if f := cfg.Form("so_ket"); f == nil || f.Every != "first_half" {
		t.Errorf("so_ket: %+v", f)
	}
}

func TestTheSampleDistrictHasItsOfficialUnits(t *testing.T) {
	cfg := MustNamed("thach-thanh")
	d := cfg.Units.Get("391")
	if d == nil || d.Name != "Huyện Thạch Thành" {
		t.Fatalf("district 391 missing: %+v", d)
	}
	// The official list of 04/01/2025 has 24 units (2 thị trấn, 22 xã),
	// not the 25 of older review documents.
	if n := len(d.Leaves()); n != 24 {
		t.Errorf("Thạch Thành has %d units, want 24", n)
	}
	for code, name := range map[string]string{"15187": "Thị trấn Kim Tân", "15247": "Xã Thành Tâm", "15268": "Xã Ngọc Trạo"} {
		if u := cfg.Units.Get(code); u == nil || u.Name != name || u.Parent != d {
			t.Errorf("unit %s: got %+v, want %s under the district", code, u, name)
		}
	}
}

func TestTheSampleFormsComputePercentagesFromCounts(t *testing.T) {
	cfg := MustNamed("thach-thanh")
	for _, id := range []string{"nam", "so_ket", "thang"} {
		f := cfg.Form(id)
		if f == nil {
			t.Fatalf("form %s missing", id)
		}
		for _, q := range f.Questions {
			if q.Type == "percent" && q.Asked() {
				t.Errorf("form %s asks for percentage %s: percentages are computed, never typed", id, q.ID)
			}
		}
	}
}
