package reader

import "testing"

// The words around an option (choice_aside.go).
func TestAnOptionWithItsAsideIsStored(t *testing.T) {
	checkChoice(t, ruleCommunes, false, []choiceCase{
		// rule 1: an aside that names no option and puts nothing in doubt
		{"Phường An Bình (sáp nhập từ phường An Phú và xã Bình Chánh)", "= an_binh"},
		{"Thành Tâm (xã vùng III)", "= thanh_tam"}, {"Thành Tâm (cũ)", "!"}, {"Thành Công (xã)", "= thanh_cong"},
		// rule 2: who answers, then the option
		{"Dạ đơn vị mình là phường An Bình", "= an_binh"}, {"em thuộc xã Thành Tâm ạ", "= thanh_tam"},
		// rule 3: another option's name in the address
		{"Thanhf Coong", "? thanh_cong"}, {"phuwowngf An Binhf", "? an_binh"},
		{"Xã Thành Công, thị trấn Đắk Mil", "!"}, {"Xã Thành Công, huyện Đắk Mil", "? thanh_cong"}, {"Phường An Bình, TP Buôn Ma Thuột", "? an_binh"}, // a city beside: asked since round thirteen (choice_level_beside.go)
	})
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"Thể thao (giải bóng chuyền hơi)", "= the_thao"}, {"Đọc sách (tủ sách thôn 3), văn nghệ (2 đêm)", "= van_nghe,doc_sach"},
		{"dạ xã em có thể thao với đọc sách", "= the_thao,doc_sach"},
		// rule 4: a festival by its name, an option's name inside another
		{"Lễ hội đua thuyền", "? le_hoi"}, {"Liên hoan văn nghệ quần chúng", "? van_nghe"},
		{"Lễ hội đua thuyền chưa tổ chức", "!"}, {"văn nghệ và múa lân", "!"},
		// rule 5: a form's ticks
		{"[x] Thể thao [ ] Đọc sách [x] Lễ hội truyền thống", "= the_thao,le_hoi"},
		{"☑ Văn nghệ ☐ Thể thao", "= van_nghe"},
		// rule 6: a closing particle
		{"1, 3 nha", "= van_nghe,doc_sach"}, {"2 và 5 nghen", "= the_thao,vh_dl"},
		// rule 7: Telex keys left in
		{"ddocj sachs", "? doc_sach"}, {"theer thao, vawn ngheej", "? van_nghe,the_thao"},
	})
}
