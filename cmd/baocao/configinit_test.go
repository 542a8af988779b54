package main

import (
	"os"
	"path/filepath"
	"testing"
)

// quiet sends what the commands print to /dev/null for the test.
func quiet(t *testing.T) {
	t.Helper()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	out, errOut := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = null, null
	t.Cleanup(func() { os.Stdout, os.Stderr = out, errOut; null.Close() })
}

func TestConfigInitWritesAConfigurationThatChecks(t *testing.T) {
	quiet(t)
	dir := t.TempDir()
	p, d := filepath.Join(dir, "p.yaml"), filepath.Join(dir, "d.yaml")
	if code := run([]string{"config", "init", "--province", "Thanh Hoa", "--out", p}); code != 0 {
		t.Fatalf("init province: exit %d", code)
	}
	if code := run([]string{"config", "check", p}); code != 0 {
		t.Fatalf("check province: exit %d", code)
	}
	if code := run([]string{"config", "init", "--province", "38", "--district", "391", "--out", d}); code != 0 {
		t.Fatalf("init district: exit %d", code)
	}
	if code := run([]string{"config", "check", d}); code != 0 {
		t.Fatalf("check district: exit %d", code)
	}
	if code := run([]string{"config", "init", "--province", "99", "--out", filepath.Join(dir, "x.yaml")}); code != 1 {
		t.Errorf("an unknown province: exit %d, want 1", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.yaml")); err == nil {
		t.Error("an unknown province left a file")
	}
}

func TestEveryCommandFindsTheConfigurationTheSameWay(t *testing.T) {
	quiet(t)
	data := t.TempDir()
	t.Setenv("BAOCAO_CONFIG", "")
	load := func(c common) string {
		t.Helper()
		cfg, err := c.loadConfig()
		if err != nil {
			t.Fatal(err)
		}
		return cfg.Source
	}
	if got := load(common{data: data}); got != "sample/thanh-hoa.yaml" {
		t.Errorf("nothing chosen: %s, want the default sample", got)
	}
	if got := load(common{data: data, sample: "thach-thanh"}); got != "sample/thach-thanh.yaml" {
		t.Errorf("--sample: %s", got)
	}
	if code := run([]string{"config", "init", "--province", "38", "--district", "391", "--data", data}); code != 0 {
		t.Fatalf("init into the data directory: exit %d", code)
	}
	kept := filepath.Join(data, dataConfigName)
	if got := load(common{data: data}); got != kept {
		t.Errorf("after init: %s, want %s", got, kept)
	}
	if code := run([]string{"config", "init", "--province", "38", "--data", data}); code != 1 {
		t.Errorf("a second init without --force: exit %d, want 1", code)
	}
	other := filepath.Join(t.TempDir(), "o.yaml")
	if code := run([]string{"config", "init", "--province", "38", "--out", other}); code != 0 {
		t.Fatal(code)
	}
	t.Setenv("BAOCAO_CONFIG", other)
	if got := load(common{data: data}); got != other {
		t.Errorf("BAOCAO_CONFIG: %s, want %s", got, other)
	}
	if got := load(common{data: data, config: kept}); got != kept {
		t.Errorf("--config: %s, want %s", got, kept)
	}
}
