package reader

import "testing"

// The new unit with its former name in brackets is offered; without
// "mới" the note may make the unit the old one, refused as before
// (choice_old_name.go).
func TestTheNewUnitWithItsFormerName(t *testing.T) {
	checkChoice(t, r9Communes, false, []choiceCase{
		{"Xã Thành Công (mới, sáp nhập từ xã Thành Tâm cũ)", "? thanh_cong"},
		{"Phường An Bình (mới, trước là xã Thành Tâm)", "? an_binh"},
		{"Thị trấn Đắk Mil (mới, hợp nhất từ xã Thành Công)", "? dak_mil"},
		{"phường An Bình (xã Thành Tâm cũ)", "!"}, {"Thành Tâm (cũ)", "!"}, {"Xã Thành Công (mới)", "= thanh_cong"},
	})
}
