package reader

import "testing"

// Rule: a mention with a display name of several words, at the start of
// the line, runs up to the figure unless a word of it may tell of the
// figure; a username is one word.
func TestAMentionWithADisplayName(t *testing.T) {
	clubs := countQ("Số câu lạc bộ thể dục thể thao?", "CLB")
	checkReads(t, []readCase{
		{qItems, "@Báo cáo VH-TT 18 tin", "= 18"},
		{qProgs, "@Chị Hạnh Phòng VH 24 chương trình", "= 24"},
		{clubs, "@Phòng Văn hóa - Thông tin huyện 5", "= 5"},
		{qHouseholds, "@Anh Minh VP UBND 2.345 hộ", "= 2345"},
		{qHouseholds, "@Văn hóa xã Quảng Tân 2345", "= 2345"}, // a commune named, no reason to ask: stored (round twelve)
		{qHouseholds, "@baocao_bot 2.345", "= 2345"},
		{qHouseholds, "@Hạnh 2.345", "= 2345"},
		// A word that tells of the figure: not a name dropped unread.
		{qProgs, "@Chị Hạnh khoảng 24", "!"},
		{qProgs, "@Chị Hạnh không có 24", "!"},
		{qProgs, "@Chị Hạnh tháng trước 24", "!"},
		{qProgs, "@Chị Hạnh số cũ 24", "!"},
		{qHouseholds, "@Chị Hạnh thôn 5 320 hộ", "!"},
		{qHouseholds, "@Chị Hạnh hai nghìn 2.345", "!"},
	})
}
