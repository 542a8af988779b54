package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule 16: a figure that numbers a place ("thôn 3", "tổ dân phố 5", "khu
// 2", "xóm 4") is part of the place's name, not a second date or a time:
// a date with such a place after it, after a comma or in brackets, reads
// as it does with a place named without a figure. "Tổ chức tại" (held
// at) names the place as "tại" does. A figure that numbers anything else
// ("hoặc 29", "lúc 8") stays no aside.
func TestAPlaceNumberedBesideADate(t *testing.T) {
	checkDates(t, []dateCase{
		{"28/12/2026 tại nhà văn hóa thôn 3", "= 2026-12-28"},
		{"20/12/2026, ở sân vận động khu 2", "= 2026-12-20"},
		{"28/12/2026 (tại hội trường tổ dân phố số 4)", "= 2026-12-28"},
		{"28/12/2026 (tổ chức tại nhà văn hóa xóm 4)", "= 2026-12-28"},
		{"28/12, tổ chức tại hội trường", "= 2026-12-28"},
		{"ngay 28/12/2026, tai nha van hoa thon 3", "= 2026-12-28"},
		{"28/12 (tổ chức văn nghệ ở thôn 5)", "? 2026-12-28"},
		{"28/12 hoặc 29", "!"}, {"28/12, lúc 8", "!"}, {"28/12 (hoãn sang thôn 3)", "!"},
		{"28/12 tại thôn 3 và 29/12 tại thôn 4", "!"},
	})
}

// Rule 17: a month written in English between figures by a phone or a
// spreadsheet set to English ("28-Dec-2026", "28/Dec/26", "28.dec.2026")
// is that month: the name leaves no doubt of the order.
func TestAnEnglishMonthBetweenFigures(t *testing.T) {
	checkDates(t, []dateCase{
		{"28-Dec-2026", "= 2026-12-28"}, {"28/Dec/2026", "= 2026-12-28"}, {"28.dec.2026", "= 2026-12-28"},
		{"02-Jan-2027", "= 2027-01-02"}, {"28-Dec-26", "= 2026-12-28"}, {"2-January-2027", "= 2027-01-02"},
		{"28-Dex-2026", "!"}, {"31-Feb-2026", "!"},
	})
}

// Rule 18: a day of the month alone after "hôm", "bữa" or "vào" ("hôm
// 28") is the last 28th, offered, as "ngày 28" is; the figure alone is
// no date.
func TestADayAloneAfterHom(t *testing.T) {
	checkDates(t, []dateCase{
		{"hôm 28", "? 2026-12-28"}, {"hom 2", "? 2027-01-02"}, {"bữa 30", "? 2026-12-30"}, {"vào hôm 31", "? 2026-12-31"},
		{"hôm 28 ạ", "? 2026-12-28"},
		{"hôm 45", "!"}, {"28", "!"},
	})
}

// Rule 19: the week said before its day ("tuần trước, thứ tư", "tuần
// rồi thứ 7") is that day, as "thứ tư tuần trước" is: offered.
func TestTheWeekBeforeItsDay(t *testing.T) {
	checkDates(t, []dateCase{
		{"tuần trước, thứ tư", "? 2026-12-30"}, {"tuần rồi thứ 7", "? 2027-01-02"}, {"tuan truoc thu 6", "? 2027-01-01"},
		{"tuần trước, chủ nhật", "? 2027-01-03"}, {"tuần này, thứ hai", "? 2027-01-04"},
		{"tuần trước, thứ tám", "!"},
	})
}

// Rule 20: a date said fully in words, the year as a whole number ("hai
// nghìn không trăm hai mươi sáu"), is stored: a word misheard there breaks
// the number rather than changing it. The year said digit by digit, or
// left out, stays offered (rule 11).
func TestADateFullyInWords(t *testing.T) {
	checkDates(t, []dateCase{
		{"hai mươi tháng mười hai năm hai nghìn không trăm hai mươi sáu", "= 2026-12-20"},
		{"ngày ba mươi tháng mười hai năm hai ngàn không trăm hai mươi sáu", "= 2026-12-30"},
		{"ngay hai muoi lam thang muoi hai nam hai nghin khong tram hai muoi sau", "= 2026-12-25"},
		{"hai mươi tháng mười hai năm hai không hai sáu", "? 2026-12-20"},
		{"hai mươi tháng mười hai", "= 2026-12-20"},
		{"hai mươi tháng mười hai năm hai nghìn không trăm hai mươi bảy", "!"},
	})
}

// Rule 21: a date still to come with the year written, whose day and
// month came within the last four months ("28/12/2027" typed on
// 05/01/2027), is most likely last year's with the new year typed by
// habit: refused, naming last year's date. A day a few days or weeks
// ahead ("20/01/2027") stays offered as typed.
func TestANewYearTypedByHabit(t *testing.T) {
	checkDates(t, []dateCase{
		{"28/12/2027", "!"}, {"15/12/2027", "!"}, {"1/10/2027", "!"}, {"ngày 20 tháng 12 năm 2027", "!"},
		{"20/01/2027", "? 2027-01-20"}, {"15/2/2027", "? 2027-02-15"}, {"20/8/2027", "? 2027-08-20"},
	})
	r := Read(&Question{Type: TypeDate}, "28/12/2027", tuesday, locales.VI)
	if r.Problem == nil || r.Problem.Key != "answer.date_year_ahead" || r.Problem.Args["date"] != locales.Plain("28/12/2026") {
		t.Errorf("28/12/2027: got %+v, want answer.date_year_ahead naming 28/12/2026", r.Problem)
	}
}
