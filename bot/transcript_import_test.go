package bot

// "@import FORM PERIOD FILE [--dry-run] [--replace]" in a transcript: the
// operator's `baocao figures import` of the table in the "| a | b |" lines
// below it (written as a .csv file), answered as the command prints it.

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
)

type tableSpec struct {
	form, period, file string
	dry, replace       bool
	rows               [][]string
}

func (tr *transcript) startImport(args []string) {
	if len(args) < 3 {
		tr.t.Fatalf("@import %v: want FORM PERIOD FILE [--dry-run] [--replace]", args)
	}
	tr.table = &tableSpec{form: args[0], period: args[1], file: args[2]}
	for _, a := range args[3:] {
		switch a {
		case "--dry-run":
			tr.table.dry = true
		case "--replace":
			tr.table.replace = true
		default:
			tr.t.Fatalf("@import: unknown switch %q", a)
		}
	}
}

// tableRow reads "| a | b | c |" into the pending table.
func (tr *transcript) tableRow(line string) {
	cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	tr.table.rows = append(tr.table.rows, cells)
}

func (tr *transcript) importTable() {
	spec := tr.table
	tr.table = nil
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.WriteAll(spec.rows)
	resp := tr.app.Admin(admin.Request{Op: "import", Form: spec.form, Period: spec.period, Lang: "vi",
		File: &channel.File{Name: spec.file, Data: buf.Bytes()}, DryRun: spec.dry, Replace: spec.replace, Operator: "vanthu"})
	for i, l := range strings.Split(strings.TrimSpace(resp.Text+resp.Error), "\n") {
		if i == 0 {
			l = "(người vận hành) " + l
		}
		tr.out.WriteString("< " + l + "\n")
	}
}
