package reader

import "testing"

// Options chosen by their numbers with politeness around them ("2 4 5 ạ",
// "dạ 1 3 nhé") and joined by "vs", as chats write "với" ("1 vs 3 a").
func TestNumbersWithPolitenessAndVs(t *testing.T) {
	checkChoice(t, ruleActivities, true, []choiceCase{
		{"2 4 5 ạ", "= the_thao,le_hoi,vh_dl"},
		{"dạ 1 3 nhé", "= van_nghe,doc_sach"},
		{"1 3 ạ", "= van_nghe,doc_sach"},
		{"1 vs 3 a", "= van_nghe,doc_sach"},
		{"1 vs 3", "= van_nghe,doc_sach"},
		{"văn nghệ vs thể thao", "= van_nghe,the_thao"},
		{"1 9 ạ", "!"},
		{"2 4 5", "= the_thao,le_hoi,vh_dl"},
	})
}
