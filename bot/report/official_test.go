package report

import (
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

func TestTheIssuerIsTheCultureOfficeOfTheSupervisingLevel(t *testing.T) {
	// A tree without any office configured: the defaults of each level.
	prov := &flows.Unit{Code: "82", Name: "Tỉnh Tiền Giang", Level: "tỉnh"}
	dist := &flows.Unit{Code: "823", Name: "Huyện Gò Công Tây", Level: "huyện", Parent: prov}
	comm := &flows.Unit{Code: "28600", Name: "Xã Bình Nhì", Level: "xã", Parent: dist}
	prov.Children, dist.Children = []*flows.Unit{dist}, []*flows.Unit{comm}
	for _, c := range []struct {
		lang                     locales.Lang
		scope                    *flows.Unit
		unit, office, sign, head string
	}{
		{locales.VI, prov, "82", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "doc.head_department"},
		{locales.VI, dist, "823", "Phòng Văn hóa và Thông tin", "PVHTT", "doc.head_office"},
		{locales.VI, comm, "823", "Phòng Văn hóa và Thông tin", "PVHTT", "doc.head_office"}, // a commune's sheet: its district issues it
		{locales.EN, prov, "82", "Department of Culture, Sports and Tourism", "DCST", "doc.head_department"},
	} {
		tr := func(key string, kv ...any) string { return locales.Render(c.lang, locales.M(key, kv...)) }
		got := issuerOf(c.scope, tr)
		if got.unit.Code != c.unit || got.office != c.office || got.sign != c.sign || got.headKey != c.head {
			t.Errorf("%s (%s): issued by %s %q %q %q, want %s %q %q %q", c.scope.Name, c.lang, got.unit.Code, got.office, got.sign, got.headKey, c.unit, c.office, c.sign, c.head)
		}
	}
	// A configured office drops the locality the line above names.
	dist.Office = "Phòng Văn hóa và Thông tin huyện Gò Công Tây"
	if got := issuerOf(comm, func(key string, kv ...any) string { return locales.Render(locales.VI, locales.M(key, kv...)) }); got.office != "Phòng Văn hóa và Thông tin" {
		t.Errorf("office %q", got.office)
	}
	if got := placeName(prov); got != "Tiền Giang" {
		t.Errorf("place %q", got)
	}
}

func TestTheGoverningBodyIsNamedAsEachLanguageNamesIt(t *testing.T) {
	prov := &flows.Unit{Code: "82", Name: "Tỉnh Tiền Giang", Level: "tỉnh"}
	comm := &flows.Unit{Code: "28600", Name: "Xã Bình Nhì", Level: "xã", Parent: prov}
	prov.Children = []*flows.Unit{comm}
	f := &flows.Form{ID: "thang", Questions: []*flows.Question{{ID: "ho", Type: flows.TypeInt}}}
	table := flows.NewTable(f, flows.Period{}, nil)
	for _, c := range []struct {
		lang locales.Lang
		want string
	}{
		{locales.VI, "UBND TỈNH TIỀN GIANG"},
		{locales.EN, "PEOPLE'S COMMITTEE OF TIỀN GIANG PROVINCE"},
	} {
		d := OfficialDocument(ExportInput{Unit: prov, Table: table, Lang: c.lang})
		if d.Agency[0] != c.want {
			t.Errorf("%s: the agency line reads %q, want %q", c.lang, d.Agency[0], c.want)
		}
	}
}
