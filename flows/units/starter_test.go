package units

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"testing"

	"github.com/baocao/baocao/flows"
)

var update = flag.Bool("update", false, "rewrite flows/sample/thanh-hoa.yaml from the starter of province 38")

func TestTheStarterOfEveryProvinceLoads(t *testing.T) {
	o, err := Lists()
	if err != nil {
		t.Fatal(err)
	}
	if len(o.After) != 34 || len(o.Before) != 63 {
		t.Fatalf("%d provinces after 07/2025, %d before; want 34 and 63", len(o.After), len(o.Before))
	}
	for _, p := range o.After {
		s, err := NewStarter(StarterOptions{Province: p.Code})
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := flows.ParseConfig(p.Code+".yaml", s.YAML)
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		if got := len(cfg.Units.Get(p.Code).Leaves()); got != len(p.Children) {
			t.Errorf("%s: %d reporting units, want %d", p.Name, got, len(p.Children))
		}
		for _, f := range []string{"nam", "so_ket", "thang"} {
			if cfg.Form(f) == nil {
				t.Errorf("%s: no form %s", p.Name, f)
			}
		}
	}
}

func TestProvincesAreFoundByCodeOrNameWithOrWithoutDiacritics(t *testing.T) {
	o, _ := Lists()
	for _, q := range []string{"38", "Thanh Hoa", "thanh hóa", "Tỉnh Thanh Hóa", "TINH THANH HOA"} {
		p, err := o.Province(q, false)
		if err != nil || p.Code != "38" {
			t.Errorf("%q: %v, %v", q, p, err)
		}
	}
	if p, err := o.Province("ha noi", false); err != nil || p.Code != "01" {
		t.Errorf("ha noi: %v %v", p, err)
	}
	var nf *NotFound
	if _, err := o.Province("99", false); !errors.As(err, &nf) || len(nf.Choices) != 34 {
		t.Errorf("99: %v", err)
	}
	// Hà Giang (02) is a province only before 07/2025.
	if _, err := o.Province("02", false); err == nil {
		t.Error("Hà Giang found after 07/2025")
	}
	if _, err := o.Province("Ha Giang", true); err != nil {
		t.Error(err)
	}
}

func TestADistrictStarterHasTheOfficialUnits(t *testing.T) {
	s, err := NewStarter(StarterOptions{Province: "38", District: "391"})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := flows.ParseConfig("391.yaml", s.YAML)
	if err != nil {
		t.Fatal(err)
	}
	if d := cfg.Units.Get("391"); d == nil || len(d.Leaves()) != 24 || d.Parent.Code != "38" {
		t.Fatalf("391: %+v", d)
	}
	for _, q := range []string{"Thach Thanh", "huyện Thạch Thành", "Sam Son", "Thành phố Thanh Hóa"} {
		if _, err := NewStarter(StarterOptions{Province: "38", District: q}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	var nf *NotFound
	if _, err := NewStarter(StarterOptions{Province: "38", District: "999"}); !errors.As(err, &nf) || nf.What != "district" || nf.In != "Tỉnh Thanh Hóa" {
		t.Errorf("999: %v", err)
	}
}

func TestAMergedCommuneKnowsWhatItWasMadeOf(t *testing.T) {
	cfg, err := flows.ParseConfig("thanh-hoa.yaml", sampleYAML(t))
	if err != nil {
		t.Fatal(err)
	}
	u := cfg.Units.Get("15187") // Xã Kim Tân: kept Thị trấn Kim Tân's code, absorbed five others
	if u == nil || u.Name != "Xã Kim Tân" || len(u.Formerly) != 6 || len(u.Partly) != 0 {
		t.Fatalf("15187: %+v", u)
	}
	if u.Cluster != "cum_391" {
		t.Errorf("15187 in cluster %q, want cum_391 (former Thạch Thành)", u.Cluster)
	}
	h := cfg.Units.Get("14758") // Phường Hàm Rồng took part of Phường Đông Thọ
	if h == nil || len(h.Partly) != 1 || h.Partly[0] != "14758" {
		t.Errorf("14758: %+v", h)
	}
}

// The default sample is the starter of Thanh Hóa as written.
func TestTheSampleIsTheStarterOfThanhHoa(t *testing.T) {
	s, err := NewStarter(StarterOptions{Province: "Thanh Hóa"})
	if err != nil {
		t.Fatal(err)
	}
	want := sampleYAML(t)
	if *update {
		if err := os.WriteFile("../sample/thanh-hoa.yaml", s.YAML, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(s.YAML, want) {
		t.Error("flows/sample/thanh-hoa.yaml is not the starter of province 38; go test ./flows/units -run Sample -update")
	}
}

// sampleYAML is the default sample as embedded (flows/sample imports this
// package, for the units before 07/2025, so its file is read here).
func sampleYAML(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile("../sample/thanh-hoa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
