package bot

import (
	"strings"
	"testing"
)

func TestAReminderToAnEnglishReaderIsInEnglish(t *testing.T) {
	// Right after /ngonngu en, the next scheduled reminder must be in
	// English, and the Vietnamese officer beside them still in Vietnamese.
	out := runTranscript(t, `@as officer:15250
@as officer:15247
> /ngonngu en
@now 2026-12-17 08:00
@tick
`)
	var en, vi string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "< [officer:15247] "):
			en += line + "\n"
		case strings.HasPrefix(line, "< [officer:15250] "):
			vi += line + "\n"
		}
	}
	if !strings.Contains(en, "🔔 Reminder: Xã Thành Tâm has not yet submitted") || !strings.Contains(en, "Fill in the report") {
		t.Errorf("the English reader's reminder:\n%s", en)
	}
	if strings.Contains(en, "Nhắc hạn") || strings.Contains(en, "Vui lòng") {
		t.Errorf("Vietnamese in the English reader's reminder:\n%s", en)
	}
	if !strings.Contains(vi, "🔔 Nhắc hạn nộp báo cáo: xã Thành An chưa nộp Báo cáo hoạt động tháng 11/2026.") {
		t.Errorf("the Vietnamese reader's reminder:\n%s", vi)
	}
}
