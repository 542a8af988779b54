package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/baocao/baocao/flows"
)

func TestFormsExportThenImportGivesAWorkingConfiguration(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "thang.xlsx")
	if code := run([]string{"forms", "export", "thang", "--out", book}); code != 0 {
		t.Fatalf("export: exit %d", code)
	}
	out := filepath.Join(dir, "config.yaml")
	if code := run([]string{"forms", "import", book, "--out", out}); code != 0 {
		t.Fatalf("import: exit %d", code)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := flows.ParseConfig(out, data)
	if err != nil {
		t.Fatal(err)
	}
	if f := cfg.Form("thang"); f == nil || len(f.Questions) != 7 {
		t.Fatalf("form thang: %+v", f)
	}
	// The written configuration takes a second import, with --config.
	if code := run([]string{"forms", "import", book, "--config", out, "--out", out}); code != 0 {
		t.Fatalf("second import: exit %d", code)
	}
	bad := filepath.Join(dir, "bad.xlsx")
	os.WriteFile(bad, []byte("not a workbook"), 0o644)
	for _, args := range [][]string{
		{"forms", "import", bad, "--out", out}, {"forms", "export", "tuan"}, {"forms"}, {"forms", "import"},
		{"forms", "import", filepath.Join(dir, "missing.xlsx")},
	} {
		if code := run(args); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
	if again, _ := os.ReadFile(out); len(again) == 0 {
		t.Error("a failed import damaged the configuration it was to write")
	}
}
