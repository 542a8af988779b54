package reader

import "testing"

// A label that names another question's subject is refused, naming what
// is asked; a label of the question's own kind is read (label_other.go).
func TestALabelNamingAnotherQuestionsSubject(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"ho", "Dân số: 24.310", "!", "answer.label_other"},
		{"ho", "dan so 24310", "!", "answer.label_other"},
		{"ho", "Số người: 24310", "!", "answer.label_other"},
		{"clb", "Số giải: 12", "!", "answer.label_other"},
		{"hs", "Số thủ tục: 186", "!", "answer.label_other"},
		{"ho", "Dạ số thôn của xã em là 12 ạ", "!", "answer.label_other"},
		{"clb", "Tổng số giải năm nay là 12", "!", "answer.label_other"},
		// the question's own kind, or no count named
		{"ho", "Tổng số hộ: 6.105", "= 6105", ""},
		{"ho", "TS hộ: 6.105", "= 6105", ""},
		{"clb", "Số CLB TDTT: 14", "= 14", ""},
		{"ho", "Xã Thành Tâm: 2.345", "= 2345", ""},
		{"ho", "Tổng: 2.345", "= 2345", ""},
		{"ho", "Số hộ GĐVH: 2.100", "? 2100", "reading.unit_other"}, // own kind, qualified otherwise: a slip, offered
		{"ho", "Số xã: 12", "? 12", ""},
		{"hs", "Hồ sơ TTHC tiếp nhận trong tháng: 1.284", "= 1284", ""},
		{"hs", "ho so tiep nhan: 1284", "= 1284", ""},
		{"ho", "Hộ: 2.345", "= 2345", ""},
		{"hs", "Hộ: 2.345", "!", "answer.label_other"},
	})
	// Where those recognised are counted, the total is another figure.
	checkReads(t, []readCase{
		{qCultured, "Tổng số hộ: 6.105", "!"},
		{qCultured, "tong so ho 6105", "!"},
		{qCultured, "Tổng số hộ gia đình trên địa bàn: 6.105", "!"},
		{qCultured, "Tổng số hộ GĐVH: 5820", "= 5820"},
		{qCultured, "Tổng số hộ đạt: 5820", "= 5820"},
		{qCultured, "Tổng số hộ 5820 hộ được công nhận", "= 5820"},
		{qCultured, "Dân số toàn xã là 24.310", "!"},
		{qPeople, "Tổng số hộ của xã là 6.105", "!"},
		{qPeople, "Dân số: 24.310", "= 24310"},
		{qPeople, "Số dân: 24.310", "= 24310"},
		{qVillages, "Số TDP: 18", "= 18"},
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "Thư viện: 3.256 lượt", "? 3256"}, // one of the two places the question sums (figure_one_listed.go)
		{qItems, "Đơn vị: 32 tin bài", "? 32"},                                                   // the office, or units: offered as before
		// the figure's own clause only: another clause may name another count
		{qHouseholds, "Xã có 14 thôn, tổng số hộ là 1.245 hộ", "? 1245"},
	})
}
