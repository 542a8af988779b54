package api

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"time"
)

// table is a resource's CSV: a header and rows of text.
type table struct {
	head []string
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// csv writes the table as UTF-8 with a byte-order mark, which is what makes
// Excel open "Xã Thành Tâm" as written rather than as mojibake; numbers are
// written the way programs read them (32657, 93.125), not the Vietnamese
// way, since the file is for software first.
func (t *table) csv() []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.Write(t.head)
	w.WriteAll(t.rows)
	return b.Bytes()
}

// num is a figure as a CSV cell; "" when there is none (never 0).
func num(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func itoa(i int) string { return strconv.Itoa(i) }

func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func yes(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
