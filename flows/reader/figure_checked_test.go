package reader

import "testing"

// Rule: a check already done, and the page a figure was read on, give no
// reason to ask; a check still to come does.
func TestACheckAlreadyDoneIsNoReasonToAsk(t *testing.T) {
	checkReads(t, []readCase{
		{qItems, "em check lại trên trang rồi: 45 tin bài", "= 45"},
		{qClubs, "12 CLB (đã kiểm tra lại)", "= 12"},
		{qVillages, "Dạ 12 thôn, em hỏi lại anh Phó Chủ tịch rồi", "= 12"},
		{qFiles, "em đã rà soát lại sổ: 412 hồ sơ", "= 412"},
		{qItems, "45 tin bài, em xem lại trên cổng rồi", "= 45"},
		// still to come, or doubted: asked or refused
		{qClubs, "12 CLB, em sẽ kiểm tra lại", "? 12"},
		{qClubs, "12 CLB, để em kiểm tra lại", "!"},
		{qItems, "trên 45 tin bài", "!"},
		{qClubs, "12 CLB, em hỏi lại", "? 12"},
	})
}
