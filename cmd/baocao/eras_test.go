package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/baocao/baocao/store"
)

// A data file of the release before eras opens in this one: the first
// command migrates it (backup first, logged), settles the reform's era, and
// the old officer of Thành An is no longer listed as new Ngọc Trạo's.
func TestADataFileOfTheLastReleaseMovesOnItsOwnAtTheFirstCommand(t *testing.T) {
	bin := buildBinary(t)
	data := t.TempDir()
	raw, err := os.ReadFile("../../store/testdata/schema2-reform.db")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, store.FileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := runBin(bin, nil, "people", "--unit", "15250", "--data", data, "--sample", "thanh-hoa")
	if err != nil {
		t.Fatalf("people: %v\n%s", err, out)
	}
	for _, want := range []string{"store migrated", "schema2.bak", "7 links of 7 people", "units' era", "15250@2025-07-01", "set aside", "Hoàng Thị Trạo"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "1. Lê Văn An") || strings.Count(out, "Lê Văn An") > 1 {
		t.Errorf("old Thành An's officer listed for Ngọc Trạo:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(data, store.FileName+".schema2.bak")); err != nil {
		t.Errorf("no backup: %v", err)
	}
	again, err := runBin(bin, nil, "people", "--unit", "15250", "--data", data, "--sample", "thanh-hoa")
	if err != nil || strings.Contains(again, "store migrated") || strings.Contains(again, "units' era") {
		t.Errorf("the second command migrated again: %v\n%s", err, again)
	}
}
