package flows

import (
	"strings"
	"testing"
)

func TestPeopleOfDissolvedUnitsAreFoundWithTheirNewUnit(t *testing.T) {
	cfg, err := ParseConfig("t.yaml", []byte(`units:
  - code: "38"
    name: Tỉnh Thanh Hóa
    children:
      - {code: "15187", name: Xã Kim Tân, formerly: ["15187", "15214"]}
      - {code: "15190", name: Xã Vân Du, partly: ["15235"]}
clusters:
  - {id: cum_391, name: "Cụm số 11", units: ["15187", "15190"]}
forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: tin, type: integer, label: "Số tin?"}
`))
	if err != nil {
		t.Fatal(err)
	}
	people := []*Person{
		{ID: "a", Name: "An", Links: []Link{{Unit: "15214", Role: Officer}}},
		{ID: "b", Name: "Bình", Links: []Link{{Unit: "15187", Role: Officer}}},
		{ID: "c", Name: "Chi", Links: []Link{{Unit: "15235", Role: Officer}, {Unit: "99999", Role: Officer}}},
		{ID: "s", Name: "Sở", Links: []Link{{Unit: "cum_391", Role: Supervisor}}},
	}
	got := cfg.StaleLinks(people)
	if len(got) != 3 {
		t.Fatalf("%d stale links, want 3: %+v", len(got), got)
	}
	if got[0].Person.ID != "a" || got[0].Successor.Code != "15187" || len(got[0].Relinkers) != 1 || got[0].Relinkers[0].ID != "s" {
		t.Errorf("An: %+v", got[0])
	}
	if got[1].Link.Unit != "15235" || got[1].Successor.Code != "15190" {
		t.Errorf("Chi 15235: %+v", got[1])
	}
	if got[2].Link.Unit != "99999" || got[2].Successor != nil {
		t.Errorf("Chi 99999: %+v", got[2])
	}
}

func TestRelinkingToTheNewCommuneDropsTheOldLink(t *testing.T) {
	cfg, err := ParseConfig("t.yaml", []byte(`units:
  - code: "38"
    name: Tỉnh Thanh Hóa
    children:
      - {code: "15187", name: Xã Kim Tân, formerly: ["15187", "15214"]}
      - {code: "15190", name: Xã Vân Du}
forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: tin, type: integer, label: "Số tin?"}
`))
	if err != nil {
		t.Fatal(err)
	}
	p := &Person{ID: "a", Links: []Link{{Unit: "15214", Role: Officer}, {Unit: "15190", Role: Officer}, {Unit: "99999", Role: Officer}}}
	dropped := cfg.Relink(p, cfg.Units.Get("15187"))
	if len(dropped) != 1 || dropped[0].Unit != "15214" || len(p.Links) != 2 {
		t.Errorf("dropped %v, kept %v", dropped, p.Links)
	}
}

func TestABadFormerCodeIsReportedWithItsLine(t *testing.T) {
	_, err := ParseConfig("t.yaml", []byte(`units:
  - code: "38"
    name: Tỉnh Thanh Hóa
    children:
      - {code: "15187", name: Xã Kim Tân, formerly: ["15187", "Thạch Định"]}
forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: tin, type: integer, label: "Số tin?"}
`))
	if err == nil || !strings.Contains(err.Error(), "t.yaml:5:") || !strings.Contains(err.Error(), "Thạch Định") {
		t.Errorf("got %v", err)
	}
}
