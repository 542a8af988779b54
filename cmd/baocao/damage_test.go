package main

// The operator's side of a damaged data file, a backup and a restore, with
// the real binary.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// seeded is a data directory with one person in it, closed.
func seeded(t *testing.T) string {
	t.Helper()
	data := t.TempDir()
	db, err := store.Open(data, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *store.Tx) error {
		return tx.PutPerson(&flows.Person{ID: "p1", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
	})
	db.Close()
	return data
}

func runBin(bin string, env []string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestADamagedDataFileStopsEveryCommandWithAMessageNamingRestore(t *testing.T) {
	bin := buildBinary(t)
	for _, damage := range []string{"empty", "truncated"} {
		data := seeded(t)
		path := filepath.Join(data, store.FileName)
		backup := filepath.Join(t.TempDir(), "backup.db")
		raw, _ := os.ReadFile(path)
		os.WriteFile(backup, raw, 0o600)
		switch damage {
		case "empty":
			os.Truncate(path, 0)
		case "truncated":
			os.Truncate(path, int64(len(raw)/3))
		}
		for _, args := range [][]string{
			{"serve"},
			{"export", "--form", "thang", "--period", "2026-11", "--unit", "391", "--config", "../../flows/sample/thach-thanh.yaml"},
			{"invite", "--unit", "15247"},
			{"reminders"},
			{"backup", "--out", filepath.Join(t.TempDir(), "b.db")},
			{"play"},
		} {
			out, err := runBin(bin, []string{"TELEGRAM_BOT_TOKEN=1:x", "TELEGRAM_API_ENDPOINT=http://127.0.0.1:1/bot%s/%s"}, append(args, "--data", data)...)
			if err == nil {
				t.Errorf("%s on a %s file succeeded:\n%s", args[0], damage, out)
			}
			if !strings.Contains(out, "baocao restore") || !strings.Contains(out, "bị hỏng") {
				t.Errorf("%s on a %s file: no message naming baocao restore:\n%s", args[0], damage, out)
			}
			if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
				t.Errorf("%s on a %s file panicked:\n%s", args[0], damage, out)
			}
		}
		if fi, _ := os.Stat(path); damage == "empty" && fi.Size() != 0 {
			t.Errorf("the empty file was written to (now %d bytes): it was taken as a new install", fi.Size())
		}
		out, err := runBin(bin, nil, "restore", backup, "--data", data)
		if err != nil || !strings.Contains(out, "Đã khôi phục") {
			t.Fatalf("restore: %v\n%s", err, out)
		}
		db, err := store.Open(data, time.Second)
		if err != nil {
			t.Fatalf("after restore: %v", err)
		}
		if _, err := func() (*flows.Person, error) {
			var p *flows.Person
			err := db.View(func(tx *store.Tx) error { var err error; p, err = tx.Person("p1"); return err })
			return p, err
		}(); err != nil {
			t.Errorf("the restored data lacks its person: %v", err)
		}
		db.Close()
		kept, _ := filepath.Glob(filepath.Join(data, "baocao-before-restore-*.db"))
		if len(kept) != 1 {
			t.Errorf("the damaged file was not kept: %v", kept)
		}
	}
}

func TestBackupAndRestoreWhileTheBotServes(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(telegramtest.Options{})
	defer srv.Close()
	data := t.TempDir()
	startBot(t, bin, data, srv)
	waitFor(t, "the bot polls", func() bool { return srv.Requests("getUpdates") > 0 })
	live := filepath.Join(data, store.FileName)
	os.Symlink(live, filepath.Join(t.TempDir(), "alias.db"))
	os.Link(live, filepath.Join(data, "hard.db"))
	rel, _ := filepath.Rel(mustWd(t), live)
	for _, out := range []string{live, rel, data + "/./" + store.FileName, filepath.Join(data, "hard.db")} {
		got, err := runBin(bin, nil, "backup", "--data", data, "--out", out)
		if err == nil || !strings.Contains(got, "đè lên chính tệp dữ liệu") {
			t.Errorf("backup --out %s while serving: %v\n%s", out, err, got)
		}
	}
	backup := filepath.Join(t.TempDir(), "b.db")
	if got, err := runBin(bin, nil, "backup", "--data", data, "--out", backup); err != nil {
		t.Fatalf("backup: %v\n%s", err, got)
	}
	got, err := runBin(bin, nil, "restore", backup, "--data", data)
	if err == nil || !strings.Contains(got, "Bot đang chạy") {
		t.Errorf("restore while serving: %v\n%s", err, got)
	}
	// The bot still serves on the file it opened (and a restart opens it).
	if !store.SameFile(live, live) {
		t.Fatal("the live file is gone")
	}
}

func TestRestoreHelpSpeaksTheOperatorsLanguage(t *testing.T) {
	bin := buildBinary(t)
	for lang, want := range map[string][]string{
		"":   {"Cách dùng: baocao restore TỆP_SAO_LƯU", "thư mục dữ liệu"},
		"en": {"Usage: baocao restore BACKUP_FILE", "data directory"},
	} {
		out, err := runBin(bin, []string{"BAOCAO_LANG=" + lang}, "restore", "--help")
		if err != nil {
			t.Errorf("restore --help (BAOCAO_LANG=%s): %v\n%s", lang, err, out)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("restore --help (BAOCAO_LANG=%s) lacks %q:\n%s", lang, w, out)
			}
		}
		if lang == "" && strings.Contains(out, "Usage") {
			t.Errorf("restore --help speaks English by default:\n%s", out)
		}
	}
	out, err := runBin(bin, nil, "restore", "--bogus")
	if err == nil || !strings.Contains(out, "Không có tùy chọn -bogus") {
		t.Errorf("restore --bogus: %v\n%s", err, out)
	}
}

func mustWd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
