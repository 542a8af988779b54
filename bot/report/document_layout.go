package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Where the parts of a Document go. Columns: A is STT, B the unit, C its
// code, then the figures, then the note. Rows: the heading blocks, the
// title, then the table's three guide rows (headers, units of measure,
// column numbers) which repeat on every printed page.
const (
	fixedCols  = 3 // STT, unit, code
	rowFormNo  = 1
	rowAgency  = 2 // and 3, with the rule under them on 4
	rowNumber  = 5 // "Số: …/BC-…" on the left, place and date on the right
	rowTitle   = 7
	rowSubject = 8
	rowPeriod  = 9
	rowHeader  = 11
	rowMeasure = 12
	rowNumbers = 13
	rowFirst   = 14 // the total, then the groups and their units
)

// rowKind is what a table row is.
type rowKind int

const (
	kindTotal rowKind = iota
	kindGroup
	kindUnit
)

// laidRow is one table row as it is printed: its computed values (what the
// CSV shows, and what the formulas come to) and, for derived cells, the
// formula.
type laidRow struct {
	kind       rowKind
	no         string // STT: 1, 2… for units; I, II… for groups
	name, code string
	note       string
	missing    bool       // a unit that has not reported
	vals       []any      // float64, bool, string or nil, by column
	formulas   []string   // "" where the cell is a value
	targets    []*float64 // by column, nil where none
	excelRow   int
}

// colName is the letter of the i-th figure column.
func colName(i int) string {
	n, _ := excelize.ColumnNumberToName(fixedCols + 1 + i)
	return n
}

// lastCol is the letter of the note column.
func (d *Document) lastCol() string {
	n, _ := excelize.ColumnNumberToName(fixedCols + len(d.Columns) + 1)
	return n
}

// layout numbers the rows, computes every derived figure and writes its
// formula. Named groups get a subtotal row above their units; the total
// comes first, as in the sector's statistical forms.
func (d *Document) layout() []laidRow {
	// The total adds the subtotals only when every unit is in a named
	// group; otherwise it covers the units themselves.
	named := len(d.Groups) > 0
	for _, g := range d.Groups {
		if g.Name == "" {
			named = false
		}
	}
	rows := []laidRow{{kind: kindTotal, name: d.TotalLabel, note: d.TotalNote, targets: d.Targets}}
	var unitRanges [][2]int // first and last unit row of each group
	var groupRows []int     // indexes into rows of the subtotals
	r := rowFirst + 1
	for gi, g := range d.Groups {
		if g.Name != "" {
			groupRows = append(groupRows, len(rows))
			rows = append(rows, laidRow{kind: kindGroup, no: roman(gi + 1), name: g.Name, note: g.Note, targets: g.Targets, excelRow: r})
			r++
		}
		first := r
		for i, u := range g.Rows {
			lr := laidRow{kind: kindUnit, no: strconv.Itoa(i + 1), name: u.Name, code: u.Code, note: u.Note, missing: u.Missing, targets: u.Targets, excelRow: r,
				vals: make([]any, len(d.Columns)), formulas: make([]string, len(d.Columns))}
			for c := range d.Columns {
				if c < len(u.Cells) && !u.Missing {
					lr.vals[c] = u.Cells[c]
				}
			}
			rows = append(rows, lr)
			r++
		}
		unitRanges = append(unitRanges, [2]int{first, r - 1})
	}
	rows[0].excelRow = rowFirst
	// Subtotals cover their group's units; the total covers the subtotals
	// when there are groups, else the units.
	start := 1
	for gi, g := range d.Groups {
		if g.Name == "" {
			start += len(g.Rows)
			continue
		}
		sub := &rows[start]
		members := rows[start+1 : start+1+len(g.Rows)]
		d.aggregate(sub, members, [][2]int{unitRanges[gi]}, nil)
		start += 1 + len(g.Rows)
	}
	var units []laidRow
	for _, x := range rows[1:] {
		if x.kind == kindUnit {
			units = append(units, x)
		}
	}
	var subs []int
	if named {
		for _, i := range groupRows {
			subs = append(subs, rows[i].excelRow)
		}
	}
	d.aggregate(&rows[0], units, unitRanges, subs)
	for i := range rows {
		if rows[i].kind == kindUnit {
			d.ratios(&rows[i])
		}
	}
	return rows
}

// aggregate fills a subtotal or total row from the units it covers: counts
// and yes/no answers add up, shares are recomputed from the row's own
// counts, other figures are averaged over the units that gave one (the
// same rules as flows.Table.Aggregate). A figure no unit gave is Missing,
// never 0: a cluster none of whose communes has reported reads "–". ranges
// are the units' rows in the sheet; subs, when set, are the subtotal rows
// to add instead.
func (d *Document) aggregate(row *laidRow, units []laidRow, ranges [][2]int, subs []int) {
	row.vals = make([]any, len(d.Columns))
	row.formulas = make([]string, len(d.Columns))
	missing := xlString(d.Missing)
	for c, col := range d.Columns {
		name := colName(c)
		refs := make([]string, 0, len(ranges))
		for _, rg := range ranges {
			if rg[1] >= rg[0] {
				refs = append(refs, fmt.Sprintf("%s%d:%s%d", name, rg[0], name, rg[1]))
			}
		}
		if len(refs) == 0 && subs == nil {
			continue // a group without units: Missing
		}
		cells := make([]string, len(subs))
		for i, s := range subs {
			cells[i] = name + strconv.Itoa(s)
		}
		// The subtotals are numbers or Missing: the total adds those that
		// are numbers, and is Missing when none is.
		ofSubs := "IF(COUNT(" + strings.Join(cells, ",") + ")=0," + missing + ",SUM(" + strings.Join(cells, ",") + "))"
		switch {
		case col.Kind == Count:
			sum, n := 0.0, 0
			for _, u := range units {
				if v, ok := u.vals[c].(float64); ok {
					sum += v
					n++
				}
			}
			if n > 0 {
				row.vals[c] = sum
			}
			all := strings.Join(refs, ",")
			row.formulas[c] = "IF(COUNT(" + all + ")=0," + missing + ",SUM(" + all + "))"
			if subs != nil {
				row.formulas[c] = ofSubs
			}
		case col.Kind == YesNo:
			yes, n := 0.0, 0
			for _, u := range units {
				if v, ok := u.vals[c].(bool); ok {
					n++
					if v {
						yes++
					}
				}
			}
			if n > 0 {
				row.vals[c] = yes
			}
			counts := make([]string, len(refs))
			answers := make([]string, 0, 2*len(refs))
			for i, ref := range refs {
				counts[i] = fmt.Sprintf("COUNTIF(%s,%s)", ref, xlString(d.Yes))
				answers = append(answers, counts[i], fmt.Sprintf("COUNTIF(%s,%s)", ref, xlString(d.No)))
			}
			row.formulas[c] = "IF(" + strings.Join(answers, "+") + "=0," + missing + "," + strings.Join(counts, "+") + ")"
			if subs != nil {
				row.formulas[c] = ofSubs
			}
		case col.Kind == Share && col.Ratio != nil:
			// filled by ratios below, from this row's own counts
		case col.Kind == Share || col.Kind == Decimal:
			sum, n := 0.0, 0
			for _, u := range units {
				if v, ok := u.vals[c].(float64); ok {
					sum += v
					n++
				}
			}
			if n > 0 {
				row.vals[c] = sum / float64(n)
			}
			row.formulas[c] = `IFERROR(AVERAGE(` + strings.Join(refs, ",") + `),` + missing + `)`
		}
	}
	d.pairedRatios(row, units, ranges)
}

// pairedRatios fills an aggregate row's shares from the units that gave
// both parts, as flows.Table.Aggregate does: a commune that reported its
// households but not how many are "Gia đình văn hóa" would otherwise add
// to the denominator only, and the cluster's share would read lower than
// the digest's. The formula does the same with SUMIFS over the unit
// rows, so the sheet recomputes what the digest says.
func (d *Document) pairedRatios(row *laidRow, units []laidRow, ranges [][2]int) {
	for c, col := range d.Columns {
		if col.Kind != Share || col.Ratio == nil {
			continue
		}
		r := col.Ratio
		var num, den float64
		pairs := 0
		for _, u := range units {
			n, ok1 := u.vals[r.Num].(float64)
			dv, ok2 := u.vals[r.Den].(float64)
			if ok1 && ok2 {
				num, den, pairs = num+n, den+dv, pairs+1
			}
		}
		row.vals[c] = nil
		if pairs > 0 && den > 0 {
			row.vals[c] = num / den * r.Scale
		}
		nc, dc := colName(r.Num), colName(r.Den)
		var nums, dens []string
		for _, rg := range ranges {
			if rg[1] < rg[0] {
				continue
			}
			nr := fmt.Sprintf("%s%d:%s%d", nc, rg[0], nc, rg[1])
			dr := fmt.Sprintf("%s%d:%s%d", dc, rg[0], dc, rg[1])
			// A unit row's cell is a number, empty, or Missing text; the
			// criteria keep the rows where both parts are numbers.
			both := nr + `,">-1E+300",` + dr + `,">-1E+300"`
			nums = append(nums, "SUMIFS("+nr+","+both+")")
			dens = append(dens, "SUMIFS("+dr+","+both+")")
		}
		if len(nums) == 0 {
			row.formulas[c] = ""
			continue
		}
		// No units with both parts divides by zero: IFERROR makes it Missing.
		row.formulas[c] = fmt.Sprintf(`IFERROR(SUM(%s)/SUM(%s)*%s,%s)`, strings.Join(nums, ","), strings.Join(dens, ","), strconv.FormatFloat(r.Scale, 'f', -1, 64), xlString(d.Missing))
	}
}

// xlString is s as a string in a formula.
func xlString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// ratios computes a unit row's shares from its counts, and writes the
// formula: a share whose numerator was not reported is Missing, never 0%.
func (d *Document) ratios(row *laidRow) {
	for c, col := range d.Columns {
		if col.Kind != Share || col.Ratio == nil {
			continue
		}
		r := col.Ratio
		num, den := colName(r.Num)+strconv.Itoa(row.excelRow), colName(r.Den)+strconv.Itoa(row.excelRow)
		row.formulas[c] = fmt.Sprintf(`IF(AND(ISNUMBER(%s),N(%s)>0),%s/%s*%s,%s)`, num, den, num, den, strconv.FormatFloat(r.Scale, 'f', -1, 64), xlString(d.Missing))
		n, ok1 := row.vals[r.Num].(float64)
		dv, ok2 := row.vals[r.Den].(float64)
		row.vals[c] = nil
		if ok1 && ok2 && dv > 0 {
			row.vals[c] = n / dv * r.Scale
		}
	}
}

// roman writes 1…39 as I…XXXIX, the numbering of a table's sections.
func roman(n int) string {
	if n <= 0 || n >= 40 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// exact writes a figure for a CSV: the exact value, every digit a
// float64 holds (the shortest decimal that reads back as the same number,
// strconv's 'f' with precision -1: the digits of 'g' -1 without an
// exponent, which a spreadsheet may take for text), a dot as the decimal
// mark and no grouping, as the CSV has always written figures so that any
// program reads them back. A fraction of exactly three digits gets a
// fourth, a 0: "1.234" is a thousands group to a Vietnamese reader, to
// Excel set to Vietnamese and to the chat's reader, which
// `baocao figures import` reads a file with (it refuses "1.234" at a
// decimal question); "1.2340" can only be a decimal.
func exact(v float64) string {
	if v == 0 {
		return "0" // not "-0"
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok && len(frac) == 3 {
		s += "0"
	}
	return s
}

// CSV writes the document's table (no heading blocks, no signatures) with
// the same columns as the sheet and its exact figures, never a copy
// rounded as the sheet shows them: a share is 93.14673730802762, not 93.1
// (which would tie it with 93.08…), written by exact.
func (d Document) CSV() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	head := []string{d.Head.No, d.Head.Unit, d.Head.Code}
	for _, c := range d.Columns {
		h := c.Header
		if c.Measure != "" {
			h += " (" + c.Measure + ")"
		}
		head = append(head, h)
	}
	w.Write(append(head, d.Head.Note))
	for _, r := range d.layout() {
		rec := []string{r.no, r.name, r.code}
		for c := range d.Columns {
			switch x := r.vals[c].(type) {
			case nil:
				rec = append(rec, "")
			case float64:
				rec = append(rec, exact(x))
			case bool:
				if x {
					rec = append(rec, d.Yes)
				} else {
					rec = append(rec, d.No)
				}
			default:
				rec = append(rec, fmt.Sprint(x))
			}
		}
		w.Write(append(rec, r.note))
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("report.Document.CSV: %w", err)
	}
	return buf.Bytes(), nil
}
