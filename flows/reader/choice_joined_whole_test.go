package reader

import "testing"

// Labels run together, each whole, are stored; boxes, figures or a label
// cut short leave them to the other rules (choice_joined_whole.go).
func TestWholeLabelsRunTogetherAreStored(t *testing.T) {
	checkChoice(t, r9Activities, true, []choiceCase{
		{"van nghe the thao doc sach", "= van_nghe,the_thao,doc_sach"}, {"văn nghệ thể thao", "= van_nghe,the_thao"},
		{"the thao doc sach le hoi truyen thong", "= the_thao,doc_sach,le_hoi"},
		{"Văn nghệ Văn hóa và du lịch", "= van_nghe,vh_dl"},
		{"☑ Văn nghệ ☐ Thể thao", "= van_nghe"}, {"nghệ thao", "!"}, {"văn nghệ văn nghệ", "!"},
	})
}
