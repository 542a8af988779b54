package reader

import "testing"

// A unit named with a district, a province or a city beside it is asked,
// never stored; a level word with no name after it changes nothing
// (choice_level_beside.go).
func TestAUnitWithALevelBesideIsAsked(t *testing.T) {
	checkChoice(t, r9Communes, false, []choiceCase{
		{"Thị trấn Đắk Mil, tỉnh Lạng Sơn", "? dak_mil"}, {"Thị trấn Đắk Mil, tỉnh Nghệ An", "? dak_mil"},
		{"Xã Thành Công (tỉnh Thái Nguyên)", "? thanh_cong"}, {"Xa Thanh Cong tinh Tuyen Quang", "? thanh_cong"},
		{"Xã Thành Công huyện Đắk Mil", "? thanh_cong"}, {"Xã Thành Tâm - huyện Yên Thành - tỉnh Nghệ An", "? thanh_tam"},
		{"Xã Thành Tâm, thành phố Vinh", "? thanh_tam"}, {"Xã Thành Tâm, thị xã Cửa Lò", "? thanh_tam"},
		{"xã Thành Tâm, H. Yên Thành", "? thanh_tam"}, {"Phường An Bình, quận Hải An", "? an_binh"},
		{"Thị trấn Đắk Mil huyện Đắk Mil", "? dak_mil"},
		// no level named: as before
		{"Phường An Bình, TP", "= an_binh"}, {"Xã Thành Tâm", "= thanh_tam"}, {"thanh tam", "= thanh_tam"},
	})
}
