package report

// The official report sheet: the table a commune, district or province
// office hands in, laid out the way Vietnamese administrative documents are
// (Nghị định 30/2020/NĐ-CP on the presentation of official documents, and
// the statistical report forms of the culture sector): the agency block and
// the national heading side by side at the top, the form number, the title
// in capitals and the period, a table with STT, a unit-of-measure row and a
// column-number row, units grouped with subtotals and a total, then the
// place-and-date line and the signature blocks. Everything is set in Times
// New Roman, printed on A4 landscape fitted to the width, with the table's
// heading rows repeated on every page.
//
// The figures a person may correct by hand are values; everything derived
// from them (shares, subtotals, totals) is an Excel formula, so an edited
// count recomputes the shares and totals that depend on it.

// Document is one official report sheet. It holds rendered words and
// numbers only: the caller has chosen the language and the layout's
// content; this package decides where it goes on the page.
type Document struct {
	Sheet string // the worksheet's name
	// Agency is the issuing agency block, top left: the governing body
	// ("UBND HUYỆN THẠCH THÀNH") and the agency itself ("PHÒNG VĂN HÓA VÀ
	// THÔNG TIN"), printed bold.
	Agency [2]string
	// Nation is the national heading, top right: the state's name and the
	// motto ("Độc lập - Tự do - Hạnh phúc").
	Nation [2]string
	FormNo string // "Biểu số: NAM" — above the national heading
	// Number is the document's number line under the agency ("Số: …/BC-
	// SVHTTDL"), the number left for the registry to write in.
	Number string
	Title  string // the kind of report, printed in capitals
	// Subject says what the report is about under the title: the
	// movement, the period and, for a cluster, the cluster.
	Subject string
	Period  string // "(Kỳ báo cáo: năm 2026; 130/166 đơn vị đã nộp)"
	// Head names the fixed columns: STT, the unit, its code, the note.
	Head DocHead
	// Columns are the figures, one per question, after the fixed columns.
	Columns []DocColumn
	Groups  []Group
	// TotalLabel names the grand total row ("Tổng cộng"); Yes and No are
	// how a yes/no answer reads ("Có", "Không").
	TotalLabel string
	Yes, No    string
	// Missing marks a figure nobody reported ("–"): a unit that has not
	// reported, or a group none of whose units has. It is never 0.
	Missing string
	// TotalNote is the total's note ("Đã nộp 130/166").
	TotalNote string
	// Targets are the total's targets, by column (see Row.Targets).
	Targets []*float64
	// PlaceDate is the place and date of issue, under the national
	// heading ("Thanh Hóa, ngày …… tháng …… năm 2027").
	PlaceDate string
	// Notes are printed under the table ("Ghi chú: “–” là chưa có số liệu…").
	Notes []string
	// Signers are the signature blocks, left to right ("Người lập biểu",
	// "Thủ trưởng đơn vị").
	Signers []Signer
	// PageNumber is printed at the head of every page but the first, in
	// the middle, as Nghị định 30/2020 numbers a document's pages ("&P",
	// the page's number).
	PageNumber string
}

// DocHead names the fixed columns and the table's guide rows.
type DocHead struct {
	No, Unit, Code, Note string
	Measure              string // the label of the unit-of-measure row's first cell ("Đơn vị tính")
}

// DocColumn is one figure's column.
type DocColumn struct {
	Header  string
	Measure string // its unit of measure: "hộ", "%", "Có/Không"
	Kind    Kind
	// Ratio makes a Share column a formula of two Count columns of the
	// document: Columns[Num] / Columns[Den] × Scale. Without it, a Share
	// is a typed figure, averaged like a Decimal.
	Ratio *ColumnRatio
}

// ColumnRatio is a share computed from two other columns (indexes into
// Document.Columns).
type ColumnRatio struct {
	Num, Den int
	Scale    float64
}

// Group is a run of units shown together, with a subtotal row when it has
// a name (a cluster, a district of a province).
type Group struct {
	Name string
	Rows []Row
	Note string // on its subtotal row: "Đã nộp 3/8"
	// Targets are its subtotal's targets, by column (see Row.Targets).
	Targets []*float64
}

// Row is one reporting unit. Cells follow Document.Columns: a float64 for
// a number, a bool for yes/no, a string for anything else, nil when the
// unit gave nothing. Cells of a Ratio column are ignored: the formula
// computes them.
type Row struct {
	Name, Code string
	Cells      []any
	Note       string // "Chưa nộp"
	// Missing is a unit that has not reported: every figure reads
	// Document.Missing.
	Missing bool
	// Targets follow Document.Columns: the target a share or decimal
	// figure must not read equal to when it misses it (nil: none). The
	// figure is shown with the decimals that tell it apart from its
	// target and from the figures of the other units (see cellDigits).
	Targets []*float64
}

// Signer is one signature block.
type Signer struct {
	Title string // "NGƯỜI LẬP BIỂU", printed bold
	Hint  string // "(Ký, ghi rõ họ tên)", italic
	Name  string // printed below the space for the signature, bold
}
