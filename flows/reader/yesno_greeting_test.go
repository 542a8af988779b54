package reader

import "testing"

// A greeting clause and the committee speaking for its commune are read
// through; the thing asked said as offices say it is no remark that
// changes the answer (yesno_greeting.go, yesno_remark.go).
func TestAGreetingOrTheCommitteeBeforeAYesOrANo(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Kính gửi Sở VHTTDL, UBND xã đã có điểm cầu truyền hình trực tuyến ạ", "= có"},
		{"Kính gửi phòng Văn hóa, xã chưa có ạ", "= không"}, {"Dạ thưa anh, có rồi ạ", "= có"},
		{"Báo cáo phòng, chưa có", "= không"}, {"Chào chị, đã có", "= có"},
		{"UBND xã đã có điểm cầu trực tuyến", "= có"}, {"Ủy ban nhân dân xã đã có điểm cầu trực tuyến", "= có"},
		{"UBND xã đã có điểm cầu trực tuyến kết nối 3 cấp", "= có"}, {"UBND phường chưa có", "= không"},
		// unchanged: a yes in the first clause, an ack after a greeting, another level
		{"Đã có, dùng chung phòng họp UBND xã", "= có"}, {"Dạ có ạ, ở hội trường xã", "= có"},
		{"Kính gửi anh, vâng", "!"}, {"UBND huyện đã có", "?!"},
	})
}
