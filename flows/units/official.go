package units

// The official lists, embedded in the binary so that setting up a province
// needs no file found first. They are the NSO's "Danh mục hành chính" as
// kept in the seed-data folder of the public VietnamProvinces project
// (see data/README.md), gzip-compressed as they are: 250 kB in all.

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/baocao/baocao/flows"
)

//go:embed data/*.csv.gz
var dataFS embed.FS

func open(name string) (io.Reader, error) {
	raw, err := dataFS.ReadFile("data/" + name + ".csv.gz")
	if err != nil {
		return nil, fmt.Errorf("units.open: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("units.open %s: %w", name, err)
	}
	return zr, nil
}

// Official is the embedded lists, read once.
type Official struct {
	// Before is the three-tier list valid until 30/06/2025; After the
	// two-tier one from 01/07/2025.
	Before, After []*flows.Unit
	// Merged maps a commune of After to its predecessors.
	Merged map[string][]Predecessor
}

// Predecessor is one old unit that went, wholly or in part, into a new one.
type Predecessor struct {
	Code, Name   string
	Whole        bool
	District     string // the former district's code, e.g. 391
	DistrictName string // "Huyện Thạch Thành"
	Province     string // the former province's code
	ProvinceName string // "Tỉnh Thanh Hóa"
}

var (
	officialOnce sync.Once
	official     *Official
	officialErr  error
)

// Lists returns the embedded official lists.
func Lists() (*Official, error) {
	officialOnce.Do(func() { official, officialErr = readOfficial() })
	return official, officialErr
}

func readOfficial() (*Official, error) {
	o := &Official{}
	for _, l := range []struct {
		name string
		into *[]*flows.Unit
	}{{"communes-pre-2025-07", &o.Before}, {"communes-2025-07", &o.After}} {
		r, err := open(l.name)
		if err != nil {
			return nil, err
		}
		if *l.into, _, err = Parse(r, ""); err != nil {
			return nil, fmt.Errorf("units.Lists %s: %w", l.name, err)
		}
	}
	r, err := open("conversion-2025-07")
	if err != nil {
		return nil, err
	}
	if o.Merged, err = parseConversion(r); err != nil {
		return nil, err
	}
	return o, nil
}

// codeIn reads "Huyện Thạch Thành (391)" as its name and code.
var codeIn = regexp.MustCompile(`^(.*?)\s*\((\d+)\)\s*$`)

// parseConversion reads the official old-to-new table of 01/07/2025:
// "Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú,
// Quận/huyện, Tỉnh cũ"; the rows naming a province alone are headings.
func parseConversion(r io.Reader) (map[string][]Predecessor, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	out := map[string][]Predecessor{}
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("units.parseConversion: %w", err)
		}
		if len(rec) < 8 || !digits(rec[2]) || !digits(rec[4]) {
			continue // the two header lines, and the province headings
		}
		p := Predecessor{Code: rec[4], Name: clean(rec[3]), Whole: wholeNote(rec[5])}
		if m := codeIn.FindStringSubmatch(clean(rec[6])); m != nil {
			p.DistrictName, p.District = m[1], m[2]
		}
		if m := codeIn.FindStringSubmatch(clean(rec[7])); m != nil {
			p.ProvinceName, p.Province = m[1], m[2]
		}
		out[rec[2]] = append(out[rec[2]], p)
	}
	if len(out) == 0 {
		return nil, errors.New("units.parseConversion: no rows")
	}
	return out, nil
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// wholeNote reads the table's "Ghi chú": a unit that came whole ("Nhập
// toàn bộ", "Giữ nguyên", "Đổi tên", "Đổi loại hình", a district made a
// special zone, or all of its population) rather than a part of it.
func wholeNote(note string) bool {
	n := flows.Fold(note)
	if strings.Contains(n, "toan bo dan so") {
		return true // a part of the land but all of the people: the figures are whole
	}
	for _, w := range []string{"nhap toan bo", "giu nguyen", "doi loai hinh", "sap xep toan bo"} {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	return n == "doi ten"
}

// Province finds a province by its code ("38") or its name, with or
// without diacritics and its level ("Thanh Hoa", "tỉnh thanh hóa"), in the
// list of the era: after 01/07/2025 unless before is set.
func (o *Official) Province(query string, before bool) (*flows.Unit, error) {
	list := o.After
	if before {
		list = o.Before
	}
	q := flows.Fold(query)
	if q == "" {
		return nil, &NotFound{What: "province", Query: query, Choices: provinceChoices(list), Before: before}
	}
	for _, p := range list {
		if p.Code == q || strings.TrimLeft(p.Code, "0") == strings.TrimLeft(q, "0") && digits(q) {
			return p, nil
		}
	}
	for _, p := range list {
		n := flows.Fold(p.Name)
		if n == q || withoutLevel(n) == q {
			return p, nil
		}
	}
	return nil, &NotFound{What: "province", Query: query, Choices: provinceChoices(list), Before: before}
}

// District finds a district of a province of the list before 01/07/2025,
// by code or name.
func (o *Official) District(province *flows.Unit, query string) (*flows.Unit, error) {
	q := flows.Fold(query)
	for _, d := range province.Children {
		n := flows.Fold(d.Name)
		if d.Code == q || digits(q) && strings.TrimLeft(d.Code, "0") == strings.TrimLeft(q, "0") || n == q || withoutLevel(n) == q {
			return d, nil
		}
	}
	var choices []string
	for _, d := range province.Children {
		choices = append(choices, d.Code+" "+d.Name)
	}
	return nil, &NotFound{What: "district", Query: query, In: province.Name, Choices: choices}
}

func provinceChoices(list []*flows.Unit) []string {
	var out []string
	for _, p := range list {
		out = append(out, p.Code+" "+p.Name)
	}
	sort.Strings(out)
	return out
}

// NotFound is a province or district the lists do not have; Choices are
// what the lists do have, "38 Tỉnh Thanh Hóa".
type NotFound struct {
	What, Query, In string
	Choices         []string
	Before          bool // looked up in the list before 07/2025
}

func (e *NotFound) Error() string {
	return fmt.Sprintf("units: no %s %q in the official list", e.What, e.Query)
}

// withoutLevel drops a folded name's level: "huyen thach thanh" → "thach thanh".
func withoutLevel(folded string) string {
	for _, l := range []string{"thanh pho ", "thi xa ", "huyen ", "quan ", "tinh "} {
		if rest, ok := strings.CutPrefix(folded, l); ok {
			return rest
		}
	}
	return folded
}
