package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
)

// openFixture opens a copy of the committed schema-2 file.
func openFixture(t *testing.T) (*DB, []byte) {
	t.Helper()
	raw, err := os.ReadFile("testdata/schema2-reform.db")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, raw
}

// counts is how many records each bucket holds.
func counts(t *testing.T, db *DB) map[string]int {
	t.Helper()
	out := map[string]int{}
	db.View(func(tx *Tx) error {
		for _, b := range allBuckets {
			if bk := tx.tx.Bucket(b.name); bk != nil {
				out[string(b.name)] = bk.Stats().KeyN
			}
		}
		return nil
	})
	return out
}

func TestMigratingTheSchema2FixtureBacksItUpFirstAndDatesEveryLink(t *testing.T) {
	db, raw := openFixture(t)
	if v, _ := db.Schema(); v != SchemaVersion {
		t.Fatalf("schema %d after open, want %d", v, SchemaVersion)
	}
	if err := CheckBackup(db.Path + ".schema2.bak"); err != nil {
		t.Fatalf("no sound backup beside the file: %v", err)
	}
	// The backup is the schema-2 file as it was: the same records.
	old, err := bolt.Open(db.Path+".schema2.bak", 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	old.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bMeta).Get([]byte("schema"))); v != "2" {
			t.Errorf("the backup has schema %s", v)
		}
		if !bytes.Contains(raw, tx.Bucket(bPeople).Get([]byte("p-thanhan"))) {
			t.Error("the backup's person differs from the fixture's")
		}
		return nil
	})
	if len(db.Migrated) != 2 || !strings.Contains(db.Migrated[0], "schema2.bak") || !strings.Contains(db.Migrated[1], "7 links of 7 people") {
		t.Errorf("log lines: %q", db.Migrated)
	}
	want := map[string]string{
		"p-thanhan": "2024-03-01", "p-ngoctrao": "2025-09-10", "p-kimtan": "2025-09-11", "p-so": "2025-08-01",
	}
	db.View(func(tx *Tx) error {
		for id, day := range want {
			p, err := tx.Person(id)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.Links[0].Since.In(locales.Zone).Format("2006-01-02"); got != day {
				t.Errorf("%s linked since %s, want %s (the invite's use)", id, got, day)
			}
		}
		return nil
	})
}

func TestSettlingTheReformOnTheFixtureAttributesEachLinkAndReportToItsEra(t *testing.T) {
	db, _ := openFixture(t)
	before := counts(t, db)
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, locales.Zone)
	notes, err := db.SettleEras(cfg, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 5 { // four old links, one report set aside
		t.Errorf("%d notes, want 5:\n%s", len(notes), strings.Join(notes, "\n"))
	}
	links := map[string]string{
		"p-thanhan": "15250@2025-07-01", "p-thanhtam": "15247@2025-07-01", "p-thachdinh": "15214@2025-07-01",
		"p-huyen": "391@2025-07-01", "p-ngoctrao": "15250", "p-kimtan": "15187", "p-so": "38",
	}
	db.View(func(tx *Tx) error {
		for id, unit := range links {
			p, _ := tx.Person(id)
			if p.Links[0].Unit != unit {
				t.Errorf("%s is linked to %s, want %s", id, p.Links[0].Unit, unit)
			}
		}
		officers, _ := tx.LinkedTo("15250")
		if len(officers) != 1 || officers[0].ID != "p-ngoctrao" {
			t.Errorf("linked to today's 15250: %v, want only the new Ngọc Trạo officer", officers)
		}
		old, _ := tx.LinkedTo("15250@2025-07-01")
		if len(old) != 1 || old[0].ID != "p-thanhan" {
			t.Errorf("linked to old Thành An: %v", old)
		}
		subs, _ := tx.Submissions("nam", "2024")
		if len(subs) != 3 || subs["15250"] == nil || subs["15250"].By != "p-thanhan" || subs["15187"] != nil {
			t.Errorf("2024 reports after settling: %v; want Thành An's, Thành Tâm's and Thạch Định's, not the new Kim Tân's", keys(subs))
		}
		if h, _ := tx.History("nam", "2024", "15250"); len(h) != 2 {
			t.Errorf("old Thành An's 2024 has %d versions, want 2", len(h))
		}
		if subs, _ := tx.Submissions("nam", "2026"); len(subs) != 2 {
			t.Errorf("2026 reports: %v", keys(subs))
		}
		aside, _ := tx.SetAside()
		if s := aside["nam/2024/15187"]; s == nil || s.By != "p-kimtan" || !s.LateEntry {
			t.Errorf("set aside: %v", aside)
		}
		if !tx.Marked("stale/p-thachdinh/15214@2025-07-01") || tx.Marked("stale/p-thachdinh/15214") {
			t.Error("the told-once mark did not follow the link")
		}
		for _, k := range []string{"unlock/nam/2024/15250", "open/nam/2024/15247", "open/nam/2026/15250", "remind/nam/2026/15250/-3"} {
			if !tx.Marked(k) {
				t.Errorf("mark %s lost", k)
			}
		}
		entries, _, _ := tx.AuditLog(now.Add(-time.Minute), nil, 100)
		n := 0
		for _, e := range entries {
			if e.Action == AuditEra {
				n++
			}
		}
		if n != 5 {
			t.Errorf("%d audit entries of the move, want 5", n)
		}
		return nil
	})
	after := counts(t, db)
	// Nothing lost: what left submissions and versions is in set_aside.
	if before["submissions"]+before["versions"] != after["submissions"]+after["versions"]+after["set_aside"] {
		t.Errorf("reports before %v, after %v", before, after)
	}
	if before["people"] != after["people"] || before["marks"] != after["marks"] || before["identities"] != after["identities"] {
		t.Errorf("records before %v, after %v", before, after)
	}
	again, err := db.SettleEras(cfg, now.Add(time.Hour))
	if err != nil || len(again) != 0 {
		t.Errorf("settled twice: %v %v", again, err)
	}
}

func TestAConfigurationOfOneEraSettlesNothing(t *testing.T) {
	db, _ := openFixture(t)
	notes, err := db.SettleEras(sample.MustNamed("thach-thanh"), time.Now())
	if err != nil || len(notes) != 0 {
		t.Errorf("a district-era configuration moved links: %v %v", notes, err)
	}
	db.View(func(tx *Tx) error {
		if p, _ := tx.Person("p-thanhan"); p.Links[0].Unit != "15250" {
			t.Errorf("link %s", p.Links[0].Unit)
		}
		return nil
	})
}

func keys(m map[string]*flows.Submission) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
