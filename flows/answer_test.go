package flows

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// testNow is a Sunday afternoon in Vietnam, mid-March 2026.
var testNow = time.Date(2026, 3, 15, 14, 30, 0, 0, locales.Zone)

// communes are the options of a single-choice question.
var communes = []Option{
	{ID: "thanh_tam", Label: locales.T("Xã Thành Tâm", "Thanh Tam commune")},
	{ID: "thanh_cong", Label: locales.T("Xã Thành Công", "Thanh Cong commune")},
	{ID: "an_binh", Label: locales.T("Phường An Bình", "An Binh ward")},
	{ID: "dak_mil", Label: locales.T("Thị trấn Đắk Mil", "Dak Mil town")},
}

// activities are the options of a several-choice question; one label
// contains "và", which must not split it.
var activities = []Option{
	{ID: "van_nghe", Label: locales.T("Văn nghệ", "Performing arts")},
	{ID: "the_thao", Label: locales.T("Thể thao", "Sports")},
	{ID: "doc_sach", Label: locales.T("Đọc sách", "Reading")},
	{ID: "le_hoi", Label: locales.T("Lễ hội truyền thống", "Traditional festival")},
	{ID: "vh_dl", Label: locales.T("Văn hóa và du lịch", "Culture and tourism")},
}

// years are options whose labels are numbers.
var years = []Option{
	{ID: "y2025", Label: locales.T("2025", "2025")},
	{ID: "y2026", Label: locales.T("2026", "2026")},
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, locales.Zone) }

// readCase is one line of the big table: the reader to use, what the
// officer typed, and either the value read or the key of the problem.
type readCase struct {
	name    string
	reader  string // int, decimal, percent, yesno, date, choice, multi, text, year
	in      string
	want    any    // int64, float64, bool, time.Time, string (choice id or text), []string
	problem string // the problem key; "" when the answer must be read
}

var readCases = []readCase{
	// ---- counts ----
	{"a count with a dot for thousands", "int", "32.657", int64(32657), ""},
	{"a count with a space for thousands", "int", "32 657", int64(32657), ""},
	{"a count with a no-break space for thousands", "int", "32\u00a0657", int64(32657), ""},
	{"a count with no grouping", "int", "32657", int64(32657), ""},
	{"a count followed by its unit", "int", "32.657 hộ", int64(32657), ""},
	{"a count followed by its unit without diacritics", "int", "2345 ho", int64(2345), ""},
	{"a count followed by an abbreviation in capitals", "int", "12 CLB", int64(12), ""},
	{"a count of people", "int", "450 người", int64(450), ""},
	{"a count of visits", "int", "1.200 lượt", int64(1200), ""},
	{"a count of villages", "int", "9 thôn", int64(9), ""},
	{"a count with a two-word unit", "int", "2.345 hộ dân", int64(2345), ""},
	{"a count with a three-word unit", "int", "2.345 hộ gia đình", int64(2345), ""},
	{"a count stuck to its unit", "int", "12clb", int64(12), ""},
	{"a count with a plus sign", "int", "+300", int64(300), ""},
	{"a count with spaces around it", "int", "   300  ", int64(300), ""},
	{"a count ending a sentence", "int", "300.", int64(300), ""},
	{"a count of zero", "int", "0", int64(0), ""},
	{"a count of zero households", "int", "0 hộ", int64(0), ""},
	{"a count with leading zeros", "int", "007", int64(7), ""},
	{"a count of a million with two dots", "int", "1.234.567", int64(1234567), ""},
	{"a count of a million with spaces", "int", "1 234 567", int64(1234567), ""},
	{"a count of a million grouped English-style with two commas", "int", "1,234,567", int64(1234567), ""},
	{"a count in full-width digits", "int", "３２６", int64(326), ""},
	{"a count said politely", "int", "dạ 300", int64(300), ""},
	{"a count after có", "int", "có 300 hộ", int64(300), ""},
	{"a count after tổng cộng", "int", "tổng cộng 1.500", int64(1500), ""},
	{"a count with a whole decimal part", "int", "300,0", int64(300), ""},
	{"a count of fifteen digits is the largest", "int", "999.999.999.999.999", int64(999999999999999), ""},
	{"a count with zero-width spaces pasted in", "int", "3\u200b00", int64(300), ""},
	{"a count with a comma and three digits is asked about", "int", "32,657", nil, "reading.comma_thousands"},
	{"a small count with a comma and three digits is asked about", "int", "1,500", nil, "reading.comma_thousands"},
	{"a count with a decimal dot is not whole", "int", "1.5", nil, "answer.not_whole"},
	{"a count with a decimal comma is not whole", "int", "1,5", nil, "answer.not_whole"},
	{"a count with two decimals is not whole", "int", "12,25", nil, "answer.not_whole"},
	{"a count with both marks is not whole", "int", "1.234,5", nil, "answer.not_whole"},
	{"a count with a broken grouping is malformed", "int", "1.23.4", nil, "answer.malformed_number"},
	{"a count with a short middle group is malformed", "int", "1.23.456", nil, "answer.malformed_number"},
	{"a count with a long first group and two dots is malformed", "int", "1234.567.890", nil, "answer.malformed_number"},
	{"a count with two decimal commas is malformed", "int", "1,2,3", nil, "answer.malformed_number"},
	{"a count with two numbers separated by a space is malformed", "int", "1 3", nil, "answer.malformed_number"},
	{"a count that is an estimate with khoảng", "int", "khoảng 300", nil, "reading.estimate"},
	{"a count that is an estimate without diacritics", "int", "khoang 300", nil, "reading.estimate"},
	{"a count that is an estimate with a tilde", "int", "~300", nil, "reading.estimate"},
	{"a count with a question mark", "int", "300?", nil, "answer.not_exact"},
	{"a count with a plus after it", "int", "300+", nil, "answer.not_exact"},
	{"a count that is more than some figure", "int", "hơn 200 hộ", nil, "answer.not_exact"},
	{"a count that is nearly some figure", "int", "gần 50", nil, "answer.not_exact"},
	{"a count given as a range with a dash", "int", "300-400", nil, "answer.not_exact"},
	{"a count given as a range in words", "int", "300 đến 400", nil, "answer.not_exact"},
	{"a negative count", "int", "-5", nil, "answer.negative"},
	{"a negative count with a typographic minus", "int", "−5", nil, "answer.negative"},
	{"a negative count in words", "int", "âm 5", nil, "answer.negative"},
	{"a count in words said in full is read", "int", "ba trăm", int64(300), ""},
	{"a count in words said short is offered to confirm", "int", "ba trăm hai", nil, "reading.number_words"},
	{"a count in words without diacritics is offered to confirm", "int", "ba tram", nil, "reading.number_words"},
	{"a figure with k and nothing else is money, not a count", "int", "2k", nil, "answer.money_not_count"},
	{"a count shortened with k before its unit is offered to confirm", "int", "2k hộ", nil, "reading.number_words"},
	{"a count of thousands said with nghìn is read", "int", "2 nghìn", int64(2000), ""},
	{"a count shortened with nghìn is offered to confirm", "int", "2 nghìn 3", nil, "reading.number_words"},
	{"a figure in millions and nothing else is money, not a count", "int", "3 triệu", nil, "answer.money_not_count"},
	{"a count with sixteen digits is too large", "int", "1234567890123456", nil, "answer.too_large"},
	{"a count that is a percentage", "int", "50%", nil, "answer.share_at_count_plain"},
	{"a count followed by a long sentence", "int", "300 hộ trên địa bàn toàn xã", nil, "answer.not_a_count"},
	{"a count that is a lower bound", "int", "300 hộ trở lên", nil, "answer.not_exact"},
	{"a count that is at least some figure", "int", "ít nhất 10", nil, "answer.not_exact"},
	{"a count that is some figure or so", "int", "300 gì đó", nil, "answer.not_exact"},
	{"a count of festivals is not mistaken for an estimate", "int", "3 lễ hội", int64(3), ""},
	{"a count said politely at both ends", "int", "dạ 300 ạ", int64(300), ""},
	{"a count followed by a second figure", "int", "300 hộ 5 thôn", nil, "answer.not_a_count"},
	{"an empty count", "int", "   ", nil, "answer.empty"},
	{"a count that is only punctuation", "int", "...", nil, "answer.empty"},
	{"a count that is a symbol", "int", "#", nil, "answer.not_a_count"},
	{"a count of hundreds said with trăm is offered to confirm", "int", "3 trăm", nil, "reading.number_words"},
	{"a count of hundreds with tram without diacritics is offered to confirm", "int", "3 tram", nil, "reading.number_words"},
	{"a count of tens said with chục is offered to confirm", "int", "5 chục", nil, "reading.number_words"},
	{"a count of tens with chuc without diacritics is offered to confirm", "int", "5 chuc", nil, "reading.number_words"},
	{"a count of tens said with mươi is offered to confirm", "int", "5 mươi", nil, "reading.number_words"},
	{"a count of tens with muoi without diacritics is offered to confirm", "int", "5 muoi", nil, "reading.number_words"},
	{"a count of ten thousands said with vạn is offered to confirm", "int", "2 vạn", nil, "reading.number_words"},
	{"a count of ten thousands with van as its own word asks for every digit", "int", "2 van", nil, "answer.spelled_multiplier"},
	{"a count with a multiplier before its unit is offered to confirm", "int", "3 chục hộ", nil, "reading.number_words"},
	{"a count with trăm stuck to the digits is offered to confirm", "int", "3trăm", nil, "reading.number_words"},
	{"a count followed by văn, which is not vạn, is an unknown word", "int", "5 văn nghệ", nil, "answer.unknown_unit"},
	{"a count with the letter o for zero is asked about", "int", "1o", nil, "reading.letter_o"},
	{"a count with a capital O for zero is asked about", "int", "1O", nil, "reading.letter_o"},
	{"a count with the letter o in every place of a group is asked about", "int", "1o.ooo", nil, "reading.letter_o"},
	{"a count with the letter o before its unit is asked about", "int", "1o hộ", nil, "reading.letter_o"},
	{"a count with letters stuck to the digits is refused", "int", "12abc", nil, "answer.letters_in_number"},
	{"a count in scientific notation is refused", "int", "1e3", nil, "answer.letters_in_number"},
	{"a count with van stuck to the digits is refused as letters", "int", "2van", nil, "answer.letters_in_number"},
	{"a count stuck to its unit in capitals", "int", "12CLB", int64(12), ""},
	{"a count stuck to hộ", "int", "12hộ", int64(12), ""},
	{"a count followed by a word that is no unit is refused", "int", "300 abc", nil, "answer.unknown_unit"},
	{"a count followed by an unknown two-word phrase is refused", "int", "300 con gà", nil, "answer.unknown_unit"},
	{"a count followed by its unit and nhé", "int", "300 hộ nhé", int64(300), ""},
	{"a count of clubs written in full", "int", "12 câu lạc bộ", int64(12), ""},
	{"a count of news items and articles", "int", "4 tin bài", int64(4), ""},
	{"a count of units", "int", "3 đơn vị", int64(3), ""},
	{"a count of procedures without diacritics", "int", "15 thu tuc", int64(15), ""},
	{"a count of agencies", "int", "10 cơ quan", int64(10), ""},
	{"a count of sessions", "int", "6 buổi", int64(6), ""},

	// ---- decimals ----
	{"a decimal with a comma", "decimal", "93,1", 93.1, ""},
	{"a decimal with a dot from an English phone", "decimal", "93.1", 93.1, ""},
	{"a decimal that is whole", "decimal", "93", 93.0, ""},
	{"a decimal with two places", "decimal", "93,15", 93.15, ""},
	{"a decimal with dots for thousands and a comma", "decimal", "1.234,5", 1234.5, ""},
	{"a decimal with commas for thousands and a dot is asked about", "decimal", "1,234.5", nil, "reading.english_marks"},
	{"a decimal with a space for thousands and a comma", "decimal", "1 234,5", 1234.5, ""},
	{"a decimal with a dot and three digits may be either, and is refused naming both", "decimal", "1.234", nil, "answer.dot_two_readings"},
	{"a decimal with a dot and three digits and a unit is refused too", "decimal", "1.250 ha", nil, "answer.dot_two_readings"},
	{"a decimal with two thousands dots is one figure", "decimal", "1.234.567", 1234567.0, ""},
	{"a decimal with a dot and two digits is a decimal", "decimal", "1.25", 1.25, ""},
	{"a decimal with a dot and four digits is a decimal", "decimal", "1.2345", 1.2345, ""},
	{"a whole decimal echoed without the thousands dot reads back", "decimal", "1250", 1250.0, ""},
	{"a decimal with a comma and three digits is asked about, the Vietnamese way", "decimal", "32,657", nil, "reading.comma_three_decimal"},
	{"a decimal below one", "decimal", "0,5", 0.5, ""},
	{"a decimal below one with three places", "decimal", "0,125", 0.125, ""},
	{"a decimal below one with a dot and three places", "decimal", "0.125", 0.125, ""},
	{"a decimal with a unit", "decimal", "12,5 ha", 12.5, ""},
	{"a decimal with a unit containing a digit", "decimal", "120,5 m2", 120.5, ""},
	{"a decimal in metres is not a shorthand for millions", "decimal", "120 m", 120.0, ""},
	{"a decimal with a percent sign is allowed", "decimal", "45,5%", 45.5, ""},
	{"a negative decimal", "decimal", "-2,5", -2.5, ""},
	{"a decimal with a leading decimal mark is not read", "decimal", ",5", nil, "answer.not_a_number"},
	{"a decimal with both marks twice is malformed", "decimal", "1.234,5,6", nil, "answer.malformed_number"},
	{"a decimal with the comma before the dots is malformed", "decimal", "1,234.567.8", nil, "answer.malformed_number"},
	{"a decimal in words is offered to confirm", "decimal", "mười hai rưỡi", nil, "reading.number_words"},
	{"a decimal that is an estimate", "decimal", "khoảng 12,5", nil, "reading.estimate"},
	{"a decimal shortened with tr is offered to confirm", "decimal", "1,5tr", nil, "reading.number_words"},
	{"a decimal that is too large", "decimal", "9999999999999999,5", nil, "answer.too_large"},
	{"a decimal that rounds up past fifteen digits is too large", "decimal", "999999999999999,99", nil, "answer.too_large"},
	{"a decimal stuck to its unit", "decimal", "12,5ha", 12.5, ""},
	{"a decimal with hundreds said with trăm is offered to confirm", "decimal", "3,5 trăm", nil, "reading.number_words"},
	{"a decimal followed by a word that is no unit is refused", "decimal", "12,5 abc", nil, "answer.unknown_unit"},
	{"a decimal with letters stuck to it is refused", "decimal", "1,5e3", nil, "answer.letters_in_number"},

	// ---- percentages ----
	{"a percentage with a comma and a sign", "percent", "93,1%", 93.1, ""},
	{"a percentage with a dot and a spaced sign", "percent", "93.1 %", 93.1, ""},
	{"a percentage without the sign", "percent", "93,1", 93.1, ""},
	{"a whole percentage", "percent", "93", 93.0, ""},
	{"a percentage in words", "percent", "93,1 phần trăm", 93.1, ""},
	{"a percentage in words without diacritics", "percent", "93,1 phan tram", 93.1, ""},
	{"a percentage of zero", "percent", "0%", 0.0, ""},
	{"a percentage of one hundred", "percent", "100%", 100.0, ""},
	{"a percentage with a full-width sign", "percent", "８０％", 80.0, ""},
	{"a percentage above one hundred", "percent", "101%", nil, "answer.percent_range"},
	{"a percentage of a thousand", "percent", "1.000%", nil, "answer.percent_range"},
	{"a negative percentage", "percent", "-3%", nil, "answer.percent_range"},
	{"a percentage that is an estimate", "percent", "gần 90%", nil, "answer.not_exact"},
	{"a percentage with garbage after it", "percent", "90% 5", nil, "answer.not_a_percent"},
	{"a percentage in words said in full is read", "percent", "chín mươi phần trăm", 90.0, ""},
	{"a percentage in words said short is offered to confirm", "percent", "chín lăm phần trăm", nil, "reading.number_words"},
	{"a percentage followed by a count unit is not a percentage", "percent", "10 thôn", nil, "answer.not_a_percent"},
	{"a percentage followed by households is not a percentage", "percent", "10 hộ", nil, "answer.not_a_percent"},
	{"a percentage said politely", "percent", "93,1% ạ", 93.1, ""},
	{"a percentage with the letter o for zero is asked about", "percent", "9o%", nil, "reading.letter_o"},
	{"a percentage said with trăm alone asks for every digit", "percent", "50 trăm", nil, "answer.spelled_multiplier"},
	{"a percentage with letters stuck to it is refused", "percent", "93abc", nil, "answer.letters_in_number"},

	// ---- yes / no ----
	{"yes with diacritics", "yesno", "có", true, ""},
	{"yes in capitals", "yesno", "CÓ", true, ""},
	{"yes without diacritics", "yesno", "co", true, ""},
	{"yes as one letter", "yesno", "c", true, ""},
	{"yes as ok", "yesno", "ok", true, ""},
	{"yes as oke", "yesno", "Oke", true, ""},
	{"yes as okay", "yesno", "okay", true, ""},
	{"yes as đồng ý", "yesno", "đồng ý", true, ""},
	{"yes as dong y", "yesno", "dong y", true, ""},
	{"yes as đúng", "yesno", "đúng", true, ""},
	{"yes as dung", "yesno", "dung", true, ""},
	{"yes as rồi", "yesno", "rồi", true, ""},
	{"yes as roi", "yesno", "roi", true, ""},
	{"yes in English", "yesno", "Yes", true, ""},
	{"yes as y", "yesno", "y", true, ""},
	{"yes as the digit one", "yesno", "1", true, ""},
	{"yes said politely with ạ", "yesno", "có ạ", true, ""},
	{"yes said politely with dạ", "yesno", "dạ có", true, ""},
	{"yes as dạ alone", "yesno", "dạ", true, ""},
	{"yes as vâng", "yesno", "vâng", true, ""},
	{"yes as vang", "yesno", "vang", true, ""},
	{"yes as uh", "yesno", "uh", true, ""},
	{"yes as ừ", "yesno", "ừ", true, ""},
	{"yes as đúng rồi", "yesno", "đúng rồi", true, ""},
	{"yes with an exclamation mark", "yesno", "có!", true, ""},
	{"a thumbs up alone is asked back", "yesno", "👍", nil, "reading.emoji_only"},
	{"yes typed in Telex with a trailing tone key", "yesno", "cos", true, ""},
	{"yes typed in VNI", "yesno", "co1", true, ""},
	{"yes typed as đồng ý in Telex", "yesno", "ddoongf y", true, ""},
	{"yes typed as được in Telex", "yesno", "dduwowcj", true, ""},
	{"yes typed as rồi in Telex", "yesno", "roofi", true, ""},
	{"yes typed twice", "yesno", "có có", true, ""},
	{"yes decomposed by an iPhone", "yesno", "co\u0301", true, ""},
	{"no with diacritics", "yesno", "không", false, ""},
	{"no without diacritics", "yesno", "khong", false, ""},
	{"no as ko", "yesno", "ko", false, ""},
	{"no as k", "yesno", "k", false, ""},
	{"no as kh", "yesno", "kh", false, ""},
	{"no as hông", "yesno", "hông", false, ""},
	{"no as the digit zero", "yesno", "0", false, ""},
	{"no in English", "yesno", "No", false, ""},
	{"no as n", "yesno", "n", false, ""},
	{"no as chưa", "yesno", "chưa", false, ""},
	{"no as chua", "yesno", "chua", false, ""},
	{"no as không có", "yesno", "không có", false, ""},
	{"no said politely with dạ", "yesno", "dạ không", false, ""},
	{"no said politely with ạ", "yesno", "không ạ", false, ""},
	{"no as chưa có", "yesno", "chưa có", false, ""},
	{"no as không đồng ý", "yesno", "không đồng ý", false, ""},
	{"no typed in Telex", "yesno", "khoong", false, ""},
	{"no typed in Telex with a tone key", "yesno", "khoongf", false, ""},
	{"no typed in VNI", "yesno", "kho6ng", false, ""},
	{"no typed as chưa in Telex", "yesno", "chuwa", false, ""},
	{"yes then no is ambiguous", "yesno", "có không", nil, "answer.yes_no_ambiguous"},
	{"yes then k is ambiguous", "yesno", "co k", nil, "answer.yes_no_ambiguous"},
	{"no, yes with a comma is ambiguous", "yesno", "không, có", nil, "answer.yes_no_ambiguous"},
	{"ok no is ambiguous", "yesno", "ok no", nil, "answer.yes_no_ambiguous"},
	{"not knowing is not yes or no", "yesno", "không biết", nil, "answer.not_yes_no"},
	{"a figure is not yes or no", "yesno", "300", nil, "answer.not_yes_no"},
	{"a question mark is not yes or no", "yesno", "?", nil, "answer.not_yes_no"},
	{"maybe is not yes or no", "yesno", "có thể", nil, "answer.yes_no_hedged"},
	{"an empty yes or no", "yesno", "", nil, "answer.empty"},

	// ---- dates ----
	{"a date with slashes", "date", "20/12/2025", date(2025, 12, 20), ""},
	{"a date with one-digit day and month", "date", "5/3/2026", date(2026, 3, 5), ""},
	{"a date with dashes", "date", "05-03-2026", date(2026, 3, 5), ""},
	{"a date with dots", "date", "05.03.2026", date(2026, 3, 5), ""},
	{"a date without a year is this year", "date", "5/3", date(2026, 3, 5), ""},
	{"a date with a two-digit year", "date", "5/3/26", date(2026, 3, 5), ""},
	{"a date with spaces around the slashes", "date", "5 / 3 / 2026", date(2026, 3, 5), ""},
	{"a date after the word ngày", "date", "ngày 5/3/2026", date(2026, 3, 5), ""},
	{"today in Vietnamese", "date", "hôm nay", date(2026, 3, 15), ""},
	{"today without diacritics", "date", "hom nay", date(2026, 3, 15), ""},
	{"today as nay", "date", "nay", date(2026, 3, 15), ""},
	{"yesterday in Vietnamese", "date", "hôm qua", date(2026, 3, 14), ""},
	{"yesterday without diacritics", "date", "Hom qua", date(2026, 3, 14), ""},
	{"the day before yesterday", "date", "hôm kia", date(2026, 3, 13), ""},
	{"a date written out in words", "date", "ngày 5 tháng 3 năm 2026", date(2026, 3, 5), ""},
	{"a date written out without a year", "date", "ngày 5 tháng 3", date(2026, 3, 5), ""},
	{"a date written out with mùng", "date", "mùng 5 tháng 3", date(2026, 3, 5), ""},
	{"a date with slashes after mùng", "date", "mùng 5/3", date(2026, 3, 5), ""},
	{"a date written out without diacritics", "date", "ngay 5 thang 3 nam 2026", date(2026, 3, 5), ""},
	{"a date in ISO order", "date", "2026-03-05", date(2026, 3, 5), ""},
	{"a leap day in a leap year", "date", "29/02/2024", date(2024, 2, 29), ""},
	{"the 31st of February does not exist", "date", "31/02/2026", nil, "answer.invalid_date"},
	{"a leap day in a common year does not exist", "date", "29/2/2026", nil, "answer.invalid_date"},
	{"a month first date is not read month first", "date", "12/20/2026", nil, "answer.invalid_date"},
	{"day zero does not exist", "date", "0/3/2026", nil, "answer.invalid_date"},
	{"month thirteen does not exist", "date", "5/13/2026", nil, "answer.invalid_date"},
	{"a three-digit year is not a date", "date", "5/3/202", nil, "answer.not_a_date"},
	{"a date in words without digits", "date", "mùng năm tháng ba", nil, "answer.not_a_date"},
	{"tomorrow is not a report date", "date", "ngày mai", nil, "answer.not_a_date"},
	{"a figure alone is not a date", "date", "2026", nil, "answer.not_a_date"},
	{"an empty date", "date", " ", nil, "answer.empty"},

	// ---- one choice ----
	{"a choice by its number", "choice", "2", "thanh_cong", ""},
	{"a choice by its number with a dot", "choice", "2.", "thanh_cong", ""},
	{"a choice by its number in parentheses", "choice", "(3)", "an_binh", ""},
	{"a choice by số and its number", "choice", "số 2", "thanh_cong", ""},
	{"a choice by so and its number", "choice", "so 4", "dak_mil", ""},
	{"a choice by its exact label", "choice", "Xã Thành Tâm", "thanh_tam", ""},
	{"a choice by its label without diacritics", "choice", "xa thanh tam", "thanh_tam", ""},
	{"a choice by its label in capitals", "choice", "XÃ THÀNH CÔNG", "thanh_cong", ""},
	{"a choice by its label decomposed by an iPhone", "choice", "Xa\u0303 Tha\u0300nh Ta\u0302m", "thanh_tam", ""},
	{"a choice by its label with đ typed as d", "choice", "thi tran dak mil", "dak_mil", ""},
	{"a choice by a unique beginning of the label", "choice", "Phường An", "an_binh", ""},
	{"a kind of unit alone names no unit", "choice", "phường", "", "answer.choice_unknown"},
	{"a choice by the name without its kind", "choice", "Thành Tâm", "thanh_tam", ""},
	{"a choice by the English label", "choice", "An Binh ward", "an_binh", ""},
	{"a choice by its id", "choice", "dak_mil", "dak_mil", ""},
	{"a choice by a beginning that fits two is ambiguous", "choice", "thành", nil, "answer.choice_ambiguous"},
	{"a choice by the kind and a word shared by two is ambiguous", "choice", "xã thành", nil, "answer.choice_ambiguous"},
	{"a choice number above the range", "choice", "5", nil, "answer.choice_out_of_range"},
	{"a choice number zero", "choice", "0", nil, "answer.choice_out_of_range"},
	{"a choice that is not an option", "choice", "Xã Hòa Bình", nil, "answer.choice_unknown"},
	{"a choice with too short a beginning", "choice", "xa", nil, "answer.choice_unknown"},
	{"two choices for a one-choice question", "choice", "1, 3", nil, "answer.one_choice_only"},
	{"an empty choice", "choice", "", nil, "answer.empty"},
	{"a choice whose label is a number is read by its label", "year", "2026", "y2026", ""},
	{"a choice by its position among numbered labels", "year", "1", "y2025", ""},

	// ---- several choices ----
	{"several choices by numbers and commas", "multi", "1, 3", []string{"van_nghe", "doc_sach"}, ""},
	{"several choices by numbers and spaces", "multi", "1 3", []string{"van_nghe", "doc_sach"}, ""},
	{"several choices by numbers and semicolons", "multi", "3;1", []string{"van_nghe", "doc_sach"}, ""},
	{"several choices come back in the options' order", "multi", "4, 2, 1", []string{"van_nghe", "the_thao", "le_hoi"}, ""},
	{"several choices repeated count once", "multi", "1, 1, 3", []string{"van_nghe", "doc_sach"}, ""},
	{"several choices by labels and commas", "multi", "Thể thao, Đọc sách", []string{"the_thao", "doc_sach"}, ""},
	{"several choices by labels joined with và", "multi", "văn nghệ và thể thao", []string{"van_nghe", "the_thao"}, ""},
	{"several choices by labels joined with va", "multi", "van nghe va doc sach", []string{"van_nghe", "doc_sach"}, ""},
	{"a label containing và stays whole", "multi", "Văn hóa và du lịch", []string{"vh_dl"}, ""},
	{"several choices on separate lines", "multi", "Văn nghệ\nLễ hội", []string{"van_nghe", "le_hoi"}, ""},
	{"several choices mixing a number and a label", "multi", "1, đọc sách", []string{"van_nghe", "doc_sach"}, ""},
	{"one choice on a several-choice question", "multi", "2", []string{"the_thao"}, ""},
	{"every choice with tất cả", "multi", "tất cả", []string{"van_nghe", "the_thao", "doc_sach", "le_hoi", "vh_dl"}, ""},
	{"several choices with one out of range", "multi", "1, 9", nil, "answer.choice_out_of_range"},
	{"several choices with one unknown", "multi", "1, bóng đá", nil, "answer.choice_unknown"},
	{"several choices with one ambiguous", "multi", "văn, 3", nil, "answer.choice_ambiguous"},
	{"several choices that are only commas", "multi", ", ,", nil, "answer.empty"},

	// ---- text ----
	{"a text as typed", "text", "Tổ chức 3 buổi văn nghệ", "Tổ chức 3 buổi văn nghệ", ""},
	{"a text with extra spaces is tidied", "text", "  Tổ chức   3 buổi\n\nvăn nghệ ", "Tổ chức 3 buổi văn nghệ", ""},
	{"a text from an iPhone is composed", "text", "Ve\u0302\u0301 sinh", "Vế sinh", ""},
	{"a text of two thousand characters", "text", strings.Repeat("a", 2000), strings.Repeat("a", 2000), ""},
	{"a text that is too long", "text", strings.Repeat("á", 2001), nil, "answer.too_long"},
	{"a text of only spaces", "text", " \u00a0\t", nil, "answer.empty"},
	{"a text of only zero-width spaces", "text", "\u200b\u200b", nil, "answer.empty"},
}

// read runs the reader a case names.
func (c readCase) read() (any, *locales.Msg) {
	switch c.reader {
	case "int":
		return ReadInt(c.in)
	case "decimal":
		return ReadDecimal(c.in)
	case "percent":
		return ReadPercent(c.in)
	case "yesno":
		return ReadYesNo(c.in)
	case "date":
		return ReadDate(c.in, testNow)
	case "choice":
		return ReadChoice(c.in, communes, locales.VI)
	case "multi":
		return ReadChoices(c.in, activities, locales.VI)
	case "year":
		return ReadChoice(c.in, years, locales.VI)
	case "text":
		return ReadText(c.in)
	}
	panic("unknown reader " + c.reader)
}

func TestReadingAnswersTypedOnAPhone(t *testing.T) {
	if len(readCases) < 180 {
		t.Fatalf("the table has %d cases; keep at least 180", len(readCases))
	}
	for _, c := range readCases {
		t.Run(c.name, func(t *testing.T) {
			got, p := c.read()
			if c.problem != "" {
				if p == nil {
					t.Fatalf("%s %q: read %v, want problem %s", c.reader, c.in, got, c.problem)
				}
				if p.Key != c.problem {
					t.Fatalf("%s %q: problem %s (%s), want %s", c.reader, c.in, p.Key, locales.Render(locales.VI, *p), c.problem)
				}
				if !locales.Has(p.Key) {
					t.Errorf("problem key %s is missing from the catalog", p.Key)
				}
				return
			}
			if p != nil {
				t.Fatalf("%s %q: problem %s: %s", c.reader, c.in, p.Key, locales.Render(locales.VI, *p))
			}
			if !sameValue(got, c.want) {
				t.Errorf("%s %q: read %#v, want %#v", c.reader, c.in, got, c.want)
			}
		})
	}
}

// sameValue compares read values; dates compare as instants.
func sameValue(got, want any) bool {
	if g, ok := got.(time.Time); ok {
		w, ok := want.(time.Time)
		return ok && g.Equal(w) && g.Hour() == 0 && g.Minute() == 0
	}
	return reflect.DeepEqual(got, want)
}

func TestProblemsRenderWithoutLeftoverPlaceholders(t *testing.T) {
	for _, c := range readCases {
		if c.problem == "" {
			continue
		}
		_, p := c.read()
		if p == nil {
			continue
		}
		for _, lang := range locales.Langs {
			out := locales.Render(lang, *p)
			if strings.Contains(out, "{") || out == p.Key {
				t.Errorf("%s in %s renders badly: %q", c.name, lang, out)
			}
		}
	}
}

func TestAmbiguousCountIsAskedWithTheThousandsReading(t *testing.T) {
	q := &Question{Type: TypeInt, Unit: locales.T("hộ", "households")}
	r := Read(q, "32,657", testNow, locales.VI)
	if r.Problem != nil || r.Unsure == nil || r.Value.Num == nil || *r.Value.Num != 32657 {
		t.Fatalf("32,657 at a count: %+v", r)
	}
	_, p := ReadAnswer(q, "32,657", testNow, locales.VI)
	if p == nil {
		t.Fatal("the fast path stored 32,657 without asking")
	}
	if vi := locales.Render(locales.VI, *p); !strings.Contains(vi, "32.657 hộ") || !strings.Contains(vi, "32,657") {
		t.Errorf("the Vietnamese message %q does not show what was typed and what it may mean", vi)
	}
}

func TestProblemsQuoteAtMostFortyCharactersOfInput(t *testing.T) {
	long := "khoảng " + strings.Repeat("3", 10) + " hộ " + strings.Repeat("rất nhiều ", 20)
	_, p := ReadInt(long)
	if p == nil {
		t.Fatal("read a long estimate")
	}
	in := string(p.Args["input"].(locales.Plain))
	if n := len([]rune(in)); n > 40 || !strings.HasSuffix(in, "…") {
		t.Errorf("quoted input %q has %d runes", in, n)
	}
}

func TestNormalizeMakesEqualLookingTextEqual(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"decomposed text from an iPhone becomes composed", "Thi\u0323 tra\u0302\u0301n", "Thị trấn"},
		{"composed text stays as it is", "Thị trấn", "Thị trấn"},
		{"spaces at both ends go", "  Có  ", "Có"},
		{"runs of spaces, tabs and new lines become one space", "a \t\n  b", "a b"},
		{"no-break and narrow no-break spaces are spaces", "32\u00a0657\u202fhộ", "32 657 hộ"},
		{"zero-width characters go", "Th\u200bành\u200d T\ufeffâm\u2060", "Thành Tâm"},
		{"a zero-width space between a letter and its mark does not block composing", "a\u200b\u0301", "á"},
		{"control characters separate, so they never join digits", "1\x002\x1b", "1 2"},
		{"direction marks and embeddings pasted from Excel go", "\u202a32.657\u202c \u2066hộ\u2069\u200e", "32.657 hộ"},
		{"the Arabic letter mark goes", "\u061c12", "12"},
		{"a right-to-left override goes", "\u202e12\u202c", "12"},
		{"invalid bytes become a replacement character", "a\xffb", "a\uFFFDb"},
		{"empty stays empty", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestFoldMatchesWordsWithoutDiacritics(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"diacritics and capitals go", "Xã Thành Tâm", "xa thanh tam"},
		{"đ becomes d", "Đồng Ý", "dong y"},
		{"decomposed and composed fold the same", "Đo\u0302\u0300ng y\u0301", "dong y"},
		{"every tone on a goes", "àáảãạăằắẳẵặâầấẩẫậ", strings.Repeat("a", 17)},
		{"ư and ơ become u and o", "ƯỚC LƯỢNG", "uoc luong"},
		{"spaces are normalised too", " Hôm\u00a0 nay ", "hom nay"},
		{"digits and signs stay", "93,1%", "93,1%"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Fold(c.in); got != c.want {
				t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func ptr(f float64) *float64 { return &f }

func TestReadAnswerChecksTheQuestionsBounds(t *testing.T) {
	households := &Question{ID: "tong_ho", Type: TypeInt, Min: ptr(1), Max: ptr(50000), Unit: locales.T("hộ", "households")}
	clubs := &Question{ID: "clb", Type: TypeInt, Min: ptr(0)}
	area := &Question{ID: "dien_tich", Type: TypeDecimal, Max: ptr(100)}
	share := &Question{ID: "ty_le", Type: TypePercent, Min: ptr(50)}
	cases := []struct {
		name    string
		q       *Question
		in      string
		want    float64
		problem string
	}{
		{"a count inside the range is read", households, "32.657 hộ", 32657, ""},
		{"a count at the minimum is read", households, "1", 1, ""},
		{"a count at the maximum is read", households, "50.000", 50000, ""},
		{"a count below the range names the range", households, "0", 0, "answer.out_of_range"},
		{"a count above the range names the range", households, "50.001", 0, "answer.out_of_range"},
		{"a count with only a minimum accepts zero", clubs, "0", 0, ""},
		{"a negative count is refused before the bounds", clubs, "-1", 0, "answer.negative"},
		{"a decimal above its maximum", area, "100,5", 0, "answer.above_max"},
		{"a decimal at its maximum", area, "100", 100, ""},
		{"a percentage below its minimum", share, "49,9%", 0, "answer.below_min"},
		{"a percentage at its minimum", share, "50%", 50, ""},
		{"a percentage above 100 is out of any range", share, "150", 0, "answer.percent_range"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, p := ReadAnswer(c.q, c.in, testNow, locales.VI)
			if c.problem != "" {
				if p == nil || p.Key != c.problem {
					t.Fatalf("got %v, problem %v; want problem %s", v.Any(), p, c.problem)
				}
				for _, lang := range locales.Langs {
					if out := locales.Render(lang, *p); strings.Contains(out, "{") {
						t.Errorf("renders with a leftover: %q", out)
					}
				}
				return
			}
			if p != nil {
				t.Fatalf("problem %s: %s", p.Key, locales.Render(locales.VI, *p))
			}
			if v.Num == nil || *v.Num != c.want {
				t.Fatalf("got %v, want %v", v.Any(), c.want)
			}
		})
	}
}

func TestReadAnswerAcceptsTheQuestionsOwnUnit(t *testing.T) {
	stations := &Question{Type: TypeInt, Unit: locales.T("trạm", "stations")}
	shows := &Question{Type: TypeInt, Unit: locales.T("buổi văn nghệ", "performances")}
	items := &Question{Type: TypeInt, Unit: locales.T("tin, bài", "items")}
	costumes := &Question{Type: TypeInt, Unit: locales.T("bộ trang phục", "costume sets")}
	area := &Question{Type: TypeDecimal, Unit: locales.T("sào", "sao")}
	share := &Question{Type: TypePercent, Unit: locales.T("% số hộ", "% of households")}
	cases := []struct {
		name    string
		q       *Question
		in      string
		want    float64
		problem string
	}{
		{"a count of stations typed with trạm is not a multiplier", stations, "5 trạm", 5, ""},
		{"a count of stations typed without diacritics is read as the unit", stations, "5 tram", 5, ""},
		{"a count typed with trăm is a multiplier even for stations", stations, "5 trăm", 0, "answer.spelled_multiplier"},
		{"a count of performances with part of its unit", shows, "5 văn nghệ", 5, ""},
		{"a count of performances with its whole unit", shows, "5 buổi văn nghệ", 5, ""},
		{"a count of performances in English", shows, "5 performances", 5, ""},
		{"a count typed with vạn is a multiplier even for performances", shows, "5 vạn", 0, "answer.spelled_multiplier"},
		{"a count with a unit written with a comma", items, "7 tin", 7, ""},
		{"a count of costume sets with a word of its unit", costumes, "4 bộ", 4, ""},
		{"a count still takes a common unit", costumes, "4 cái", 4, ""},
		{"a count with another word is refused", costumes, "4 con", 0, "answer.unknown_unit"},
		{"a decimal with its own unit", area, "3,5 sào", 3.5, ""},
		{"a percentage with its own unit", share, "93,1 % số hộ", 93.1, ""},
		{"a percentage with a count unit that is not its own is refused", share, "93 thôn", 0, "answer.not_a_percent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, p := ReadAnswer(c.q, c.in, testNow, locales.VI)
			if c.problem != "" {
				if p == nil || p.Key != c.problem {
					t.Fatalf("got %v, problem %v; want problem %s", v.Any(), p, c.problem)
				}
				return
			}
			if p != nil {
				t.Fatalf("problem %s: %s", p.Key, locales.Render(locales.VI, *p))
			}
			if v.Num == nil || *v.Num != c.want {
				t.Fatalf("got %v, want %v", v.Any(), c.want)
			}
		})
	}
}

func TestMultiplierMessagesShowTheFigure(t *testing.T) {
	cases := []struct{ in, vi, en string }{
		{"2 van", "“2 van” có chữ “vạn”. Vui lòng ghi đủ số bằng chữ số, ví dụ 20.000.",
			"“2 van” contains the word “vạn”. Please write the whole figure in digits, for example 20,000."},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			_, p := ReadInt(c.in)
			if p == nil {
				t.Fatalf("read %q", c.in)
			}
			if got := locales.Render(locales.VI, *p); got != c.vi {
				t.Errorf("vi: got %q\nwant %q", got, c.vi)
			}
			if got := locales.Render(locales.EN, *p); got != c.en {
				t.Errorf("en: got %q\nwant %q", got, c.en)
			}
		})
	}
}

func TestOutOfRangeMessageShowsNumbersTheVietnameseWay(t *testing.T) {
	q := &Question{Type: TypeInt, Min: ptr(1), Max: ptr(50000)}
	_, p := ReadAnswer(q, "60000", testNow, locales.VI)
	if p == nil {
		t.Fatal("read 60000")
	}
	got := locales.Render(locales.VI, *p)
	want := "Số 60.000 nằm ngoài khoảng cho phép (từ 1 đến 50.000). Vui lòng kiểm tra lại."
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestReadAnswerDispatchesOnTheQuestionType(t *testing.T) {
	yes, no := true, false
	cases := []struct {
		name    string
		q       *Question
		in      string
		want    Value
		problem string
	}{
		{"a yes/no question stores a bool", &Question{Type: TypeYesNo}, "dạ có", Value{Bool: &yes}, ""},
		{"a yes/no question stores false", &Question{Type: TypeYesNo}, "ko", Value{Bool: &no}, ""},
		{"a choice question stores one id", &Question{Type: TypeChoice, Options: communes}, "3", Value{Picks: []string{"an_binh"}}, ""},
		{"a several-choice question stores ids", &Question{Type: TypeMulti, Options: activities}, "2 1", Value{Picks: []string{"van_nghe", "the_thao"}}, ""},
		{"a date question stores the day", &Question{Type: TypeDate}, "hôm qua", Value{Date: "2026-03-14"}, ""},
		{"a text question stores the text", &Question{Type: TypeText}, " Tốt ", Value{Text: "Tốt"}, ""},
		{"a decimal question stores the number", &Question{Type: TypeDecimal}, "1.234,5", Value{Num: ptr(1234.5)}, ""},
		{"a photo cannot be typed", &Question{Type: TypePhoto}, "ảnh đây", Value{}, "answer.photo_expected"},
		{"an unknown type is not read", &Question{Type: "sketch"}, "x", Value{}, "answer.cannot_read"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, p := ReadAnswer(c.q, c.in, testNow, locales.VI)
			if c.problem != "" {
				if p == nil || p.Key != c.problem {
					t.Fatalf("got %+v, %v; want problem %s", v, p, c.problem)
				}
				return
			}
			if p != nil {
				t.Fatalf("problem %s", p.Key)
			}
			if !reflect.DeepEqual(v, c.want) {
				t.Errorf("got %+v, want %+v", v, c.want)
			}
		})
	}
}

func TestValueSurvivesJSON(t *testing.T) {
	yes := true
	values := []Value{
		{Num: ptr(32657)},
		{Num: ptr(93.1)},
		{Num: ptr(0)},
		{Bool: &yes},
		{Text: "Tổ chức 3 buổi văn nghệ"},
		{Date: "2026-12-20"},
		{Picks: []string{"van_nghe", "doc_sach"}},
		{Skipped: true},
		{},
	}
	for _, v := range values {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var back Value
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(v, back) {
			t.Errorf("%s came back as %+v, want %+v", data, back, v)
		}
	}
	data, _ := json.Marshal(Value{Num: ptr(5), Skipped: true})
	if string(data) != `{"n":5,"x":true}` {
		t.Errorf("short tags: got %s", data)
	}
}

func TestValueAnyIsWhatExpressionsSee(t *testing.T) {
	yes := true
	cases := []struct {
		name string
		v    Value
		want any
	}{
		{"a number is a float64", Value{Num: ptr(12)}, 12.0},
		{"a bool is a bool", Value{Bool: &yes}, true},
		{"a date is its ISO string", Value{Date: "2026-03-05"}, "2026-03-05"},
		{"picks are ids", Value{Picks: []string{"a"}}, []string{"a"}},
		{"a text is a string", Value{Text: "x"}, "x"},
		{"a skipped answer is nil", Value{Num: ptr(3), Skipped: true}, nil},
		{"an empty answer is nil", Value{}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.v.Any(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %#v, want %#v", got, c.want)
			}
		})
	}
}

func TestValueFormatEchoesTheAnswer(t *testing.T) {
	yes, no := true, false
	households := &Question{Type: TypeInt, Unit: locales.T("hộ", "households")}
	area := &Question{Type: TypeDecimal, Unit: locales.T("ha", "ha")}
	share := &Question{Type: TypePercent}
	held := &Question{Type: TypeYesNo}
	day := &Question{Type: TypeDate}
	commune := &Question{Type: TypeChoice, Options: communes}
	kinds := &Question{Type: TypeMulti, Options: activities}
	note := &Question{Type: TypeText}
	photo := &Question{Type: TypePhoto}
	long := strings.Repeat("Văn nghệ ", 20)
	cases := []struct {
		name   string
		q      *Question
		v      Value
		vi, en string
	}{
		{"a count with its unit", households, Value{Num: ptr(32657)}, "32.657 hộ", "32,657 households"},
		{"a count without a unit", &Question{Type: TypeInt}, Value{Num: ptr(1234567)}, "1.234.567", "1,234,567"},
		{"a decimal with its unit", area, Value{Num: ptr(1234.5)}, "1.234,5 ha", "1,234.5 ha"},
		{"a decimal keeps every typed digit", area, Value{Num: ptr(1.125)}, "1,125 ha", "1.125 ha"},
		{"a percentage", share, Value{Num: ptr(93.1)}, "93,1%", "93.1%"},
		{"a whole percentage", share, Value{Num: ptr(80)}, "80%", "80%"},
		{"a percentage with two places", share, Value{Num: ptr(93.15)}, "93,15%", "93.15%"},
		{"yes", held, Value{Bool: &yes}, "Có", "Yes"},
		{"no", held, Value{Bool: &no}, "Không", "No"},
		{"a date", day, Value{Date: "2026-12-20"}, "20/12/2026", "20/12/2026"},
		{"one choice", commune, Value{Picks: []string{"thanh_tam"}}, "Xã Thành Tâm", "Thanh Tam commune"},
		{"several choices", kinds, Value{Picks: []string{"van_nghe", "doc_sach"}}, "Văn nghệ, Đọc sách", "Performing arts, Reading"},
		{"a choice no longer in the form shows its id", commune, Value{Picks: []string{"cu"}}, "cu", "cu"},
		{"a long text in full", note, Value{Text: long}, long, long},
		{"a photo", photo, Value{Text: "AgACAgIAAxkB"}, "đã có ảnh", "photo attached"},
		{"a skipped answer", households, Value{Skipped: true}, "(không có)", "(none)"},
		{"a value without its question", nil, Value{Num: ptr(2.5)}, "2,5", "2.5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.v.Format(c.q, locales.VI); got != c.vi {
				t.Errorf("vi: got %q, want %q", got, c.vi)
			}
			if got := c.v.Format(c.q, locales.EN); got != c.en {
				t.Errorf("en: got %q, want %q", got, c.en)
			}
		})
	}
}

func TestTelexLeftoversReduceToTheSameSkeleton(t *testing.T) {
	cases := []struct{ typed, plain string }{
		{"khoongf", "khong"},
		{"kho6ng", "khong"},
		{"ddoongf", "dong"},
		{"dduwowcj", "duoc"},
		{"roofi", "roi"},
		{"chuwa", "chua"},
		{"vaang", "vang"},
	}
	for _, c := range cases {
		t.Run(c.typed+" is "+c.plain, func(t *testing.T) {
			if a, b := untelex(c.typed), untelex(c.plain); a != b {
				t.Errorf("untelex(%q) = %q, untelex(%q) = %q", c.typed, a, c.plain, b)
			}
		})
	}
}
