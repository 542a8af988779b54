package units

// A starter configuration: everything `baocao config init` writes for a
// province (the list of 01/07/2025, its communes grouped in clusters by
// former district, each with the old units it was made of) or for one
// district of the list before 07/2025. It is complete as written (the
// standard forms, example targets to adjust, reminders), so it passes
// `baocao config check` before the operator changes a line.

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/flows"
)

// formsYAML is the standard forms and reminders: the year report (nam),
// the six-month review (so_ket) and the monthly report (thang).
//
//go:embed forms.yaml
var formsYAML string

// StarterOptions says what to write: a province by code or name, and
// optionally one of its districts of the list before 07/2025.
type StarterOptions struct {
	Province, District string
}

// Starter is a written configuration and what it holds.
type Starter struct {
	YAML     []byte
	Top      *flows.Unit // the province, or the district
	Leaves   int
	Clusters int
}

// NewStarter writes the starter configuration; an unknown province or
// district is a *NotFound.
func NewStarter(opt StarterOptions) (*Starter, error) {
	o, err := Lists()
	if err != nil {
		return nil, err
	}
	if opt.District != "" {
		p, err := o.Province(opt.Province, true)
		if err != nil {
			return nil, err
		}
		d, err := o.District(p, opt.District)
		if err != nil {
			return nil, err
		}
		return districtStarter(p, d), nil
	}
	p, err := o.Province(opt.Province, false)
	if err != nil {
		return nil, err
	}
	return provinceStarter(o, p), nil
}

// cluster is the communes that were mostly in one former district.
type cluster struct {
	district, name string
	units          []string
}

func provinceStarter(o *Official, p *flows.Unit) *Starter {
	var b strings.Builder
	fmt.Fprintf(&b, `# baocao — cấu hình %s (từ 01/07/2025).
#
# Viết bởi "baocao config init". Đơn vị hành chính theo Danh mục hành chính
# của Tổng cục Thống kê (danh sách từ 01/07/2025) và bảng chuyển đổi đơn vị
# cũ → mới ngày 01/07/2025, qua thư mục dữ liệu gốc của dự án công khai
# VietnamProvinces. Kiểm tra: baocao config check TỆP.
#
# Written by "baocao config init": units from the NSO list of 01/07/2025,
# the former units of each from the official conversion table.

`, p.Name)
	b.WriteString(`# formerly: các đơn vị cũ (mã trước 07/2025) nhập toàn bộ vào đơn vị này;
# kỳ trước 07/2025 được so sánh với tổng số liệu của các đơn vị đó.
# partly: đơn vị cũ chỉ nhập một phần: khi đó không so sánh với kỳ cũ.
# formerly: old units merged whole (past periods compare with their sum);
# partly: old units merged in part (past periods are then not compared).
units:
`)
	fmt.Fprintf(&b, "  - code: %s\n    name: %s\n    level: %s\n    office: %s\n    children:\n",
		quote(p.Code), quote(p.Name), quote(p.Level), quote("Sở Văn hóa, Thể thao và Du lịch "+lowerFirst(p.Name)))
	districtName := map[string]string{}
	for _, op := range o.Before {
		for _, d := range op.Children {
			districtName[d.Code] = d.Name
		}
	}
	byDistrict := map[string]*cluster{}
	for _, c := range p.Children {
		var whole, part []string
		count := map[string]int{}
		names := map[string]string{}
		for _, pre := range o.Merged[c.Code] {
			if pre.Whole {
				whole = append(whole, pre.Code)
			} else {
				part = append(part, pre.Code)
			}
			if pre.District != "" {
				count[pre.District]++
				names[pre.District] = pre.DistrictName
				if n, ok := districtName[pre.District]; ok {
					names[pre.District] = n // the list's spelling, not the table's ("Thị Xã")
				}
			}
		}
		fmt.Fprintf(&b, "      - {code: %s, name: %s, level: %s", quote(c.Code), quote(c.Name), quote(c.Level))
		if len(whole) > 0 {
			fmt.Fprintf(&b, ", formerly: [%s]", quoteAll(whole))
		}
		if len(part) > 0 {
			fmt.Fprintf(&b, ", partly: [%s]", quoteAll(part))
		}
		b.WriteString("}\n")
		// The cluster is the former district most of its old units were in
		// (the first listed on a tie), as the department's emulation
		// clusters usually are.
		best := ""
		for _, pre := range o.Merged[c.Code] {
			if d := pre.District; d != "" && (best == "" || count[d] > count[best]) {
				best = d
			}
		}
		if best == "" {
			continue
		}
		cl := byDistrict[best]
		if cl == nil {
			cl = &cluster{district: best, name: names[best]}
			byDistrict[best] = cl
		}
		cl.units = append(cl.units, c.Code)
	}
	var clusters []*cluster
	for _, c := range byDistrict {
		clusters = append(clusters, c)
	}
	sort.Slice(clusters, func(i, j int) bool { return clusters[i].district < clusters[j].district })
	b.WriteString(`
# Cụm thi đua: các xã, phường của cùng một huyện cũ. Mỗi cụm được xếp hạng,
# tổng hợp và xuất riêng; cán bộ theo dõi cụm được mời bằng
# baocao invite --unit MÃ_CỤM --role supervisor. head: đơn vị trưởng cụm
# (nếu có), ví dụ head: "15187".
# Clusters: the communes of one former district each; head is optional.
clusters:
`)
	for i, c := range clusters {
		fmt.Fprintf(&b, "  - id: cum_%s\n    name: %s\n    units: [%s]\n", c.district,
			quote(fmt.Sprintf("Cụm thi đua số %d (địa bàn %s cũ)", i+1, lowerFirst(c.name))), quoteAll(c.units))
	}
	writeTargets(&b, p.Code)
	b.WriteString("\n")
	b.WriteString(formsYAML)
	return &Starter{YAML: []byte(b.String()), Top: p, Leaves: len(p.Children), Clusters: len(clusters)}
}

func districtStarter(p, d *flows.Unit) *Starter {
	var b strings.Builder
	fmt.Fprintf(&b, `# baocao — cấu hình %s, %s (trước 07/2025).
#
# Viết bởi "baocao config init". Đơn vị hành chính theo Danh mục hành chính
# của Tổng cục Thống kê (danh sách trước sắp xếp 07/2025), qua thư mục dữ
# liệu gốc của dự án công khai VietnamProvinces.
#
# Written by "baocao config init": one district of the NSO list in force
# until 30/06/2025, with its communes.

units:
`, d.Name, p.Name)
	fmt.Fprintf(&b, "  - code: %s\n    name: %s\n    level: %s\n    office: %s\n    children:\n",
		quote(p.Code), quote(p.Name), quote(p.Level), quote("Sở Văn hóa, Thể thao và Du lịch "+lowerFirst(p.Name)))
	fmt.Fprintf(&b, "      - code: %s\n        name: %s\n        level: %s\n        office: %s\n        children:\n",
		quote(d.Code), quote(d.Name), quote(d.Level), quote("Phòng Văn hóa và Thông tin "+lowerFirst(d.Name)))
	for _, c := range d.Children {
		fmt.Fprintf(&b, "          - {code: %s, name: %s, level: %s}\n", quote(c.Code), quote(c.Name), quote(c.Level))
	}
	b.WriteString(`
# Cụm thi đua (nếu có): các đơn vị cùng cụm được xếp hạng với nhau, ví dụ
# Clusters of units ranked together, for example:
#   clusters:
#     - {id: cum_1, name: "Cụm thi đua số 1", units: ["…", "…"], head: "…"}
clusters: []
`)
	writeTargets(&b, d.Code)
	b.WriteString("\n")
	b.WriteString(formsYAML)
	return &Starter{YAML: []byte(b.String()), Top: d, Leaves: len(d.Children)}
}

// writeTargets writes example targets for the top unit: the figures a
// district of Thanh Hóa set for 2024, to be replaced by the unit's own.
func writeTargets(b *strings.Builder, unit string) {
	fmt.Fprintf(b, `
# Chỉ tiêu: CẦN ĐIỀN theo kế hoạch, nghị quyết của đơn vị. Các mức dưới đây
# chỉ là ví dụ (chỉ tiêu một huyện của Thanh Hóa năm 2024). Chỉ tiêu áp dụng
# cho đơn vị và mọi đơn vị trực thuộc; own: true là chỉ tiêu của riêng đơn vị.
# Targets: EXAMPLES to replace with the unit's own plan.
targets:
  - {unit: %[1]s, indicator: ty_le_gdvh, years: [2026, 2027], min: 86}
  - {unit: %[1]s, indicator: ty_le_kdcvh, years: [2026, 2027], min: 80}
  - {unit: %[1]s, indicator: ty_le_tap_luyen, years: [2026, 2027], min: 42}
  - {unit: %[1]s, indicator: ty_le_truc_tuyen, form: thang, years: [2026, 2027], min: 50}
`, quote(unit))
}

func quoteAll(codes []string) string {
	q := make([]string, len(codes))
	for i, c := range codes {
		q[i] = quote(c)
	}
	return strings.Join(q, ", ")
}

// lowerFirst writes a unit's level in lower case inside a sentence:
// "Tỉnh Thanh Hóa" → "tỉnh Thanh Hóa".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
