// Package units reads the official lists of administrative units published
// by the General Statistics Office (NSO, "Danh mục hành chính") and writes
// them as the units: tree of a baocao configuration, so a real province is
// set up in one command. Both formats are read, told apart by their header:
//
//   - until 30/06/2025, three tiers: "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,
//     Phường Xã,Mã PX,Cấp,Tên Tiếng Anh" (province → district → commune);
//   - from 01/07/2025, two tiers: "province_code,province_name,commune_code,
//     commune_name" (province → commune).
//
// It reads from an io.Reader and writes to an io.Writer: the caller opens files.
package units

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/baocao/baocao/flows"
)

// Format is which NSO list a file is.
type Format int

const (
	ThreeTier Format = iota + 1 // until 30/06/2025
	TwoTier                     // from 01/07/2025
)

var headers = map[Format][]string{
	ThreeTier: {"Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH", "Phường Xã", "Mã PX", "Cấp"},
	TwoTier:   {"province_code", "province_name", "commune_code", "commune_name"},
}

// ErrUnknownFormat: the header is neither NSO format.
var ErrUnknownFormat = errors.New("the header is not an NSO list (expected \"Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,…\" or \"province_code,province_name,commune_code,commune_name\")")

func detect(head []string) Format {
	for f, want := range headers {
		if len(head) < len(want) {
			continue
		}
		ok := true
		for i, w := range want {
			if strings.TrimSpace(strings.TrimPrefix(head[i], "\uFEFF")) != w {
				ok = false
				break
			}
		}
		if ok {
			return f
		}
	}
	return 0
}

// Parse reads an NSO list into a tree of provinces; with province set
// (its code, e.g. 38), only that province. It reports the format found.
func Parse(r io.Reader, province string) ([]*flows.Unit, Format, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, 0, fmt.Errorf("units.Parse: %w", err)
	}
	format := detect(head)
	if format == 0 {
		return nil, 0, fmt.Errorf("units.Parse: %w", ErrUnknownFormat)
	}
	var roots []*flows.Unit
	byCode := map[string]*flows.Unit{}
	node := func(parent *flows.Unit, code, name, level string) *flows.Unit {
		if u := byCode[code]; u != nil {
			return u
		}
		u := &flows.Unit{Code: code, Name: name, Level: level}
		byCode[code] = u
		if parent == nil {
			roots = append(roots, u)
		} else {
			parent.Children = append(parent.Children, u)
		}
		return u
	}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("units.Parse: %w", err)
		}
		for i := range rec {
			rec[i] = strings.Join(strings.Fields(rec[i]), " ")
		}
		if len(rec) < len(headers[format]) {
			return nil, 0, fmt.Errorf("units.Parse: line %d: %d fields, expected %d", line, len(rec), len(headers[format]))
		}
		switch format {
		case ThreeTier:
			if province != "" && rec[1] != province {
				continue
			}
			p := node(nil, rec[1], rec[0], levelOf(rec[0], "tỉnh"))
			if rec[3] == "" {
				continue
			}
			d := node(p, rec[3], rec[2], levelOf(rec[2], "huyện"))
			if rec[5] != "" {
				node(d, rec[5], rec[4], levelOf(rec[6], "xã"))
			}
		case TwoTier:
			if province != "" && rec[0] != province {
				continue
			}
			p := node(nil, rec[0], rec[1], levelOf(rec[1], "tỉnh"))
			node(p, rec[2], rec[3], levelOf(rec[3], "xã"))
		}
	}
	if province != "" && len(roots) == 0 {
		return nil, format, fmt.Errorf("units.Parse: %w", &NotFound{What: "province", Query: province})
	}
	return roots, format, nil
}

// levelOf reads the level from a name's or a "Cấp" field's first words:
// "Thành phố Hà Nội" → "thành phố", "Xã Thành Tâm" → "xã".
func levelOf(name, fallback string) string {
	low := strings.ToLower(name)
	for _, l := range []string{"thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "quận", "huyện", "phường", "xã"} {
		if low == l || strings.HasPrefix(low, l+" ") {
			return l
		}
	}
	return fallback
}

// WriteYAML writes the units: section of a configuration for the tree:
// provinces and districts as blocks, reporting units one per line.
func WriteYAML(w io.Writer, roots []*flows.Unit, source string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Đơn vị hành chính theo Danh mục hành chính của Tổng cục Thống kê (%s).\n", source)
	fmt.Fprintf(&b, "# Administrative units from the NSO list %s, written by baocao units import.\n", source)
	b.WriteString("units:\n")
	var walk func(list []*flows.Unit, indent string)
	walk = func(list []*flows.Unit, indent string) {
		for _, u := range list {
			if u.IsLeaf() {
				fmt.Fprintf(&b, "%s- {code: %s, name: %s, level: %s}\n", indent, quote(u.Code), quote(u.Name), quote(u.Level))
				continue
			}
			fmt.Fprintf(&b, "%s- code: %s\n%s  name: %s\n%s  level: %s\n%s  children:\n", indent, quote(u.Code), indent, quote(u.Name), indent, quote(u.Level), indent)
			walk(u.Children, indent+"    ")
		}
	}
	walk(roots, "  ")
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("units.WriteYAML: %w", err)
	}
	return nil
}

// quote writes a YAML double-quoted string; Vietnamese letters stay as they are.
func quote(s string) string { return strconv.Quote(s) }

// Count returns the numbers of roots and of reporting units in a tree.
func Count(roots []*flows.Unit) (provinces, leaves int) {
	for _, r := range roots {
		leaves += len(r.Leaves())
	}
	return len(roots), leaves
}
