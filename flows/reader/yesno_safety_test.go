package reader

import "testing"

// Round thirteen's safety rules (yesno_safety.go, yesno_boxes_after.go):
// none of these may be stored as a value the person did not mean.
func TestYesNoSafetyRules(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		// a lone letter is asked; "k" stays no, as every batch writes it
		{"y", "? có reading.lone_key"}, {"Y", "? có reading.lone_key"}, {"y.", "? có reading.lone_key"},
		{"n", "? không reading.lone_key"}, {"N!", "? không reading.lone_key"},
		{"c", "? có reading.one_letter"}, {"k", "= không"}, {"K", "= không"},
		{"ừ", "? có reading.yes_ack"}, // a word, not a key: as before
		{"Dạ Y ạ", "? có reading.lone_key"}, {"da N a", "? không reading.lone_key"},
		{"em gửi anh chị: N nhé", "? không reading.lone_key"}, {"da k a", "= không"},
		// boxes after their labels: the ticked box's label is the one before it
		{"Có [x] Không [ ]", "? có reading.yes_no_box_after"}, {"Có ☐ Không ☑", "? không reading.yes_no_box_after"},
		{"Có ✓ Không ☐", "? có reading.yes_no_box_after"}, {"Có [ ] Chưa [v]", "? không reading.yes_no_box_after"},
		{"Có [] Không [X]", "? không reading.yes_no_box_after"}, {"Có ☒ Chưa □", "? có reading.yes_no_box_after"},
		{"Có ☑️", "= có"}, {"Không [x]", "= không"},
		{"Dạ Có ✓ Không ☐ ạ", "? có reading.yes_no_box_after"}, {"  Có  ✓  Không  ☐ 🙏 ", "? có reading.yes_no_box_after"},
		{"Dạ Cos ✓ Khoong ☐ ạ", "? có reading.yes_no_box_after"}, {"Dạ [x] Có [ ] Không ạ", "= có"},
		// boxes before their labels, as before
		{"[x] Có  [ ] Không", "= có"}, {"[v] Có [ ] Không", "= có"}, {"[ ] Có [✓] Không", "= không"}, {"☐ Có ☑ Không", "= không"},
		// shared with another body: asked; with the commune's own committee or hall: stored
		{"Có, sử dụng chung với Đảng ủy xã", "? có reading.yes_no_shared"},
		{"Đã có, dùng chung với Trung tâm chính trị huyện", "?!"}, {"có, xài chung với UBND xã cũ", "?!"},
		{"Có, mượn của huyện", "?!"}, {"Có, dùng chung với trường THCS", "?!"}, {"co, dung chung voi cong an xa", "?!"},
		{"Có (dùng chung với UBND xã)", "= có"}, {"Có, dùng chung với hội trường UBND xã", "= có"},
		{"Đã có, dùng chung phòng họp UBND xã", "= có"}, {"Đã có, tại hội trường UBND xã", "= có"},
		// the rhetorical no "where would we get it from" is never a yes
		{"lấy chi mà có", "= không"}, {"lấy gì mà có", "= không"}, {"lấy đâu ra", "= không"}, {"lay dau ra", "= không"},
		{"đào đâu ra", "= không"}, {"đào mô ra", "= không"}, {"làm gì mà có", "= không"}, {"lấy đâu ra anh ơi", "= không"},
		{"kiếm đâu ra", "= không"}, {"Lấy chi mà có eng", "= không"},
		{"lấy đâu ra kinh phí mà có", "?!"}, {"có gì đâu", "? không"}, {"có chi mô", "? không"},
	})
}
