package units

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/baocao/baocao/flows"
)

func TestParse(t *testing.T) {
	pre := "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n" +
		"Tỉnh Thanh Hóa,38,Huyện Thạch Thành,391,Thị trấn Kim Tân,15187,Thị trấn,\n" +
		"Tỉnh Thanh Hóa,38,Huyện Thạch Thành,391,Xã Thành Tâm,15247,Xã,\n" +
		"Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,Huyện,\n"
	post := "province_code,province_name,commune_code,commune_name\n" +
		"38,Tỉnh Thanh Hóa,15187,Xã Thạch Thành\n" +
		"38,Tỉnh Thanh Hóa,15247,Xã Thành Vinh\n" +
		"01,Thành phố Hà Nội,00004,Phường Ba Đình\n"
	cases := []struct {
		name, csv, province string
		format              Format
		provinces, leaves   int
	}{
		{"the three-tier list before 07/2025 is read with its districts", pre, "", ThreeTier, 2, 3},
		{"a district without communes is a reporting unit itself", pre, "31", ThreeTier, 1, 1},
		{"the two-tier list after 07/2025 puts communes under provinces", post, "", TwoTier, 2, 3},
		{"one province can be picked by code", post, "38", TwoTier, 1, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			roots, format, err := Parse(strings.NewReader(c.csv), c.province)
			if err != nil {
				t.Fatal(err)
			}
			p, l := Count(roots)
			if format != c.format || p != c.provinces || l != c.leaves {
				t.Errorf("format %d, %d provinces, %d leaves; want %d, %d, %d", format, p, l, c.format, c.provinces, c.leaves)
			}
		})
	}
	t.Run("a file of another kind is refused with what is expected", func(t *testing.T) {
		if _, _, err := Parse(strings.NewReader("a,b,c\n1,2,3\n"), ""); err == nil || !strings.Contains(err.Error(), "province_code") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestTheOfficialListLoadsAsAConfiguration(t *testing.T) {
	f, err := os.Open("testdata/communes-2025-07.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	roots, format, err := Parse(f, "")
	if err != nil {
		t.Fatal(err)
	}
	if p, l := Count(roots); format != TwoTier || p != 34 || l != 3321 {
		t.Fatalf("got %d provinces and %d communes, want 34 and 3,321", p, l)
	}
	var buf bytes.Buffer
	if err := WriteYAML(&buf, roots, "01/07/2025"); err != nil {
		t.Fatal(err)
	}
	buf.WriteString(minimalForm)
	cfg, err := flows.ParseConfig("import.yaml", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if u := cfg.Units.Get("15187"); u == nil || u.Parent.Code != "38" || u.Level != "xã" {
		t.Errorf("15187 = %+v", u)
	}
}

const minimalForm = `forms:
  - id: thang
    title: Báo cáo tháng
    period: month
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: tin_cds, type: integer, label: "Số tin, bài?"}
`

func TestAReusedCodeIsNamedByItsEra(t *testing.T) {
	cfg, err := flows.ParseConfig("thanh-hoa.yaml", sampleYAML(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := AttachBefore(cfg); err != nil {
		t.Fatal(err)
	}
	if u := cfg.Units.Get("15250"); u == nil || u.Name != "Xã Ngọc Trạo" {
		t.Fatalf("today's 15250: %+v", u)
	}
	old := cfg.OldUnit("15250", flows.MergedOn)
	if old.Name != "Xã Thành An" || old.Parent == nil || old.Parent.Name != "Huyện Thạch Thành" {
		t.Errorf("15250 before 01/07/2025: %+v", old)
	}
}
