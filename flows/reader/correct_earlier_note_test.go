package reader

import "testing"

// Rule: a note that corrects an earlier message's figure ("sửa 5 đã gửi
// lúc nãy", "không phải 5 như lúc nãy") names the wrong figure: the
// figure outside the note is meant, and asked. A note that corrects this
// message's figure ("3 (sửa: 4)") keeps its reading; a note that also
// says which was wrong is not read by this rule.
func TestANoteCorrectingAnEarlierMessage(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "6 (sửa 5 đã gửi lúc nãy)", "? 6"},
		{qContests, "6, không phải 5 như lúc nãy", "? 6"},
		{qClubs, "14 (sửa lại số 12 hôm qua)", "? 14"},
		{qFiles, "412 hồ sơ (thay cho 421 em gửi trước đó)", "? 412"},
		{qItems, "48 tin, hông phải 45 như hồi nãy nha", "? 48"},
		{qVillages, "18 thôn (đính chính 17 ở trên)", "? 18"},
		{qUnits, "36, chứ không phải 38 như tin trước", "? 36"},
		// this message's own correction stays
		{qItems, "5 (sửa: 6)", "? 6"},
		{qItems, "5 tin (sửa lại 6 tin)", "? 6"},
	})
}
