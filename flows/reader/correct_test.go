package reader

import "testing"

// Rule: a correction inside the message: the corrected figure is
// confirmed, never the first, never stored.
func TestACorrectedFigureIsConfirmed(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "Không phải 2.345 mà là 2.354", "? 2354"},
		{qHouseholds, "ko phai 2345 ma 2354", "? 2354"},
		{qHouseholds, "Dạ không phải 2.345 mà là 2.354 hộ ạ", "? 2354"},
		{qFiles, "sửa 120 thành 210", "? 210"},
		{qFiles, "Sua 120 thanh 210 ho so", "? 210"},
		{qHouseholds, "xin sửa số liệu: 2.345 hộ thành 2.354 hộ", "? 2354"},
		{qHouseholds, "2.345 thành 2.354", "? 2354"},
		{qPeople, "9876 xin sửa 9.867", "? 9867"},
		{qPeople, "9876 sửa 9867 người", "? 9867"},
		{qHouseholds, "2345, e nhầm, 2354 mới đúng", "? 2354"},
		{qHouseholds, "2345 à nhầm 2354 là chính xác", "? 2354"},
		{qVillages, "nhầm, 9 thôn", "? 9"},
		{qVillages, "Em gõ nhầm, 9 thôn ạ", "? 9"},
		{qItems, "5 (sửa: 6)", "? 6"},
		{qItems, "5 tin (sửa lại 6 tin)", "? 6"},
		// The South's lộn and hông; the figure sent before named as such.
		{qVillages, "8 ấp, em ghi lộn, 9 ấp", "? 9"},
		{qHouseholds, "2345 à lộn 2354", "? 2354"},
		{qHouseholds, "2.301 chứ hông phải 2.310", "? 2301"},
		{qHouseholds, "2345 ko phải, 2354", "? 2354"},
		{qProgs, "24, lúc nãy gửi 42 là sai", "? 24"},
		{qContests, "Em báo lại giải là 4 nha, hôm qua báo 3", "? 4"},
		{qHouseholds, "2345, hôm qua em báo 2354 hộ", "? 2345"},
		{qHouseholds, "2345, 2354 là sai", "? 2345"},
		{qProgs, "24 (em gõ lộn 42)", "? 24"}, // the note names the mistaken one
		{qPeople, "1.130 người (em gõ nhầm 1.310 lúc nãy)", "? 1130"},
		{qHouseholds, "4518 (không phải 4581)", "? 4518"},
		// Not a correction of this kind.
		{qHouseholds, "2.345 hộ (đúng ra 2.354)", "!"}, // may tell of another figure
		{qHouseholds, "2345, hôm qua 2354", "!"},       // no verb, no verdict: two figures
		{qHouseholds, "2345, gửi 2354", "!"},
		{qHouseholds, "2345, 2354 là đúng", "!"},
		{qHouseholds, "2.345 thành viên", "!"}, // members, another unit: refused (policy, round seven)
		{qHouseholds, "không phải 2.345", "!"}, // nothing meant instead
		{qHouseholds, "2345 nhầm", "!"},
	})
}

// Rule: the same answer typed twice, with a break between, is that answer,
// stored (round ten, said_twice.go: saying it again only insists).
func TestAnAnswerSentTwice(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "2345\n2345", "= 2345"},
		{qHouseholds, "2.345 hộ\n2.345 hộ", "= 2345"},
		{qHouseholds, "2.345 hộ, 2.345 hộ", "= 2345"},
		{qHouseholds, "2345 ho 2345 ho 2345 ho", "= 2345"},
		{qHouseholds, "Dạ 2345\nDạ 2345", "= 2345"},
		{qHouseholds, "2345\n2354", "!"},
		{qHouseholds, "Dạ\nDạ", "!"},
		{qHouseholds, "2.345 hộ, 2.354 hộ", "!"},
		{qHouseholds, "hộ 2345 hộ 2345", "= 2345"}, // read as a sentence with the figure twice
	})
}
