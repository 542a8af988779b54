package bot

import (
	"slices"
	"testing"

	"github.com/baocao/baocao/locales"
)

func TestTheMenuListsCommandsInTheTablesOrderInEachLanguage(t *testing.T) {
	var vi, en []string
	for _, e := range Menu(locales.VI) {
		vi = append(vi, e.Command)
	}
	for _, e := range Menu(locales.EN) {
		en = append(en, e.Command)
	}
	wantVI := []string{"baocao", "mau", "hanchot", "ketqua", "sua", "lichsu", "xuhuong", "quaylai", "boqua", "huy",
		"tonghop", "nhac", "bieudo", "anh", "xuat", "web", "thongbao", "moi", "danhsach", "mokhoa", "moky", "kiennghi", "nhatky", "toila", "trogiup"}
	wantEN := []string{"report", "template", "deadlines", "results", "edit", "history", "trend", "back", "skip", "cancel",
		"summary", "remind", "chart", "photos", "export", "web", "announce", "invite", "people", "unlock", "openperiod", "proposals", "audit", "whoami", "help"}
	if !slices.Equal(vi, wantVI) {
		t.Errorf("Vietnamese menu %v\nwant %v", vi, wantVI)
	}
	if !slices.Equal(en, wantEN) {
		t.Errorf("English menu %v\nwant %v", en, wantEN)
	}
}

func TestEveryNameOfEveryCommandFindsThatCommand(t *testing.T) {
	for _, c := range commandTable() {
		for _, n := range c.names() {
			if got := commandsByName[n]; got == nil || got.vi != c.vi {
				t.Errorf("/%s finds %v, want /%s", n, got, c.vi)
			}
		}
	}
	if _, ok := commandsByName["khongco"]; ok {
		t.Error("an unknown name finds a command")
	}
}
