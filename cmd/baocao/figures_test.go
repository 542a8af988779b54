package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/store"
)

// The old Thạch Thành units' 2024 figures go in while the bot serves
// (through its admin socket), and again, corrected, when it does not.
func TestFiguresImportWorksWhileTheBotRunsAndWhenItDoesNot(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "thach-thanh-2024.csv")
	os.WriteFile(file, []byte("STT,Tên đơn vị,Tổng số hộ,Hộ gia đình văn hóa\n,HUYỆN THẠCH THÀNH,,\n1,Thành An,1.500,1.180\n2,Thanh Tam,1.300,1.020\n"), 0o644)

	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	bot := startBot(t, bin, data, srv)
	waitFor(t, "the bot polls", func() bool { return srv.Requests("getUpdates") > 0 })
	out, err := exec.Command(bin, "figures", "import", file, "--form", "nam", "--period", "2024", "--dry-run", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "dòng 3: xã Thành An cũ thuộc huyện Thạch Thành: Tổng số hộ: 1.500 hộ; Hộ gia đình văn hóa: 1.180 hộ") ||
		!strings.Contains(string(out), "Chạy thử") {
		t.Fatalf("dry run while serving: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "figures", "import", file, "--form", "nam", "--period", "2024", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "của 2 đơn vị") {
		t.Fatalf("import while serving: %v\n%s", err, out)
	}
	bot.cmd.Process.Signal(os.Interrupt)
	bot.cmd.Wait()

	os.WriteFile(file, []byte("Mã,tong_ho,gdvh\n15250,1.500,1.190\n15247,1.300,1.500\n"), 0o644)
	out, err = exec.Command(bin, "figures", "import", file, "--form", "nam", "--period", "2024", "--data", data).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "dòng 3, cột C: ") || !strings.Contains(string(out), "chưa ghi số liệu nào") {
		t.Fatalf("a bad cell, the bot stopped: %v\n%s", err, out)
	}
	os.WriteFile(file, []byte("Mã,tong_ho,gdvh\n15250,1.500,1.190\n15247,1.300,1.020\n"), 0o644)
	out, err = exec.Command(bin, "figures", "import", file, "--form", "nam", "--period", "2024", "--data", data).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "thay số liệu đã nhập trước đó") {
		t.Fatalf("re-import, the bot stopped: %v\n%s", err, out)
	}
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *store.Tx) error {
		h, err := tx.History("nam", "2024", "15250")
		if err != nil || len(h) != 2 || h[1].Imported == nil || h[1].Imported.File != "thach-thanh-2024.csv" {
			t.Errorf("history of old Thành An: %v %+v", err, h)
		}
		if v, _ := h[1].Num("gdvh"); v != 1190 {
			t.Errorf("gdvh %v, want 1190", v)
		}
		return nil
	})
}
