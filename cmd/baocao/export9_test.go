package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A cluster or the province exports a period before 07/2025 as the chat's
// /xuat does (today's units as their old units' sums); it was refused as
// "not in the configuration" (audit of 05/12/2026, item 4).
func TestExportOfAGroupBeforeTheReformIsTheChatsXuat(t *testing.T) {
	data := t.TempDir()
	for _, unit := range []string{"cum_391", "38", "15250"} {
		out := filepath.Join(t.TempDir(), "x.csv")
		if code := run([]string{"export", "--form", "nam", "--period", "2024", "--unit", unit, "--out", out, "--data", data}); code != 0 {
			t.Fatalf("--unit %s: exit %d", unit, code)
		}
		b, _ := os.ReadFile(out)
		if unit == "cum_391" && !strings.Contains(string(b), "Xã Ngọc Trạo,15250") {
			t.Errorf("--unit %s: %s", unit, b)
		}
	}
	// An old unit's code is no unit of today's sheet: refused, not exported
	// as today's unit of that code.
	if code := run([]string{"export", "--form", "nam", "--period", "2024", "--unit", "15214", "--out", filepath.Join(t.TempDir(), "y.csv"), "--data", data}); code == 0 {
		t.Error("--unit 15214 (old Xã Thạch Định) exported")
	}
}
