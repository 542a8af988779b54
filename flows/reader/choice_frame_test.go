package reader

import "testing"

// The frame a chat puts around a choice is read through; numbers with the
// names in brackets are stored when both agree (choice_frame.go).
func TestTheFrameAroundAChoice(t *testing.T) {
	checkChoice(t, r9Communes, false, []choiceCase{
		{"Kính gửi anh, đơn vị em là xã Thành Tâm ạ", "= thanh_tam"}, {"Dạ thưa chị, xã Thành Công ạ", "= thanh_cong"},
		{"Dạ đơn vị em là phường An Bình ạ", "= an_binh"}, {"Xã Thành Tâm, em là Lâm Thị Sa Rết", "= thanh_tam"},
		{"Thị trấn Đắk Mil. Người báo cáo: Nguyễn Văn A", "= dak_mil"}, {"Dạ Thành Tâm eng nờ", "= thanh_tam"},
		// the frame names another option, or a level: as before
		{"Xã Thành Tâm, em là cán bộ xã Thành Công", "!"}, {"Kính gửi anh, xã Thành Tâm, huyện Yên Thành ạ", "? thanh_tam"},
		{"Thành ạ", "!"},
	})
	checkChoice(t, r9Activities, true, []choiceCase{
		{"Dạ xã em tổ chức văn nghệ, thể thao và lễ hội truyền thống ạ", "= van_nghe,the_thao,le_hoi"},
		{"đã tổ chức văn nghệ và đọc sách", "= van_nghe,doc_sach"},
		{"1 3 (văn nghệ với đọc sách)", "= van_nghe,doc_sach"}, {"1, 3 (văn nghệ, đọc sách)", "= van_nghe,doc_sach"},
		{"1 3 (văn nghệ, thể thao)", "!"}, {"1 3 (vawn ngheej, theer thao)", "!"}, {"1 3 (hát múa)", "= van_nghe,doc_sach"},
	})
}
