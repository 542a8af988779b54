package store

// Writes store/testdata/schema2-reform.db, the data file the migration to
// schema 3 is tested on, with the store of commit daae49f (schema 2):
//
//	BAOCAO_MAKE_FIXTURE=1 go test ./store -run TestMakeSchema2Fixture
//
// Kept only at the commit that made the file; later code writes schema 3.

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

func TestMakeSchema2Fixture(t *testing.T) {
	if os.Getenv("BAOCAO_MAKE_FIXTURE") == "" {
		t.Skip("set BAOCAO_MAKE_FIXTURE=1 to write the fixture")
	}
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04", s, locales.Zone)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	n := func(f float64) flows.Value { return flows.Value{Num: &f} }
	type person struct {
		id, name, chat string
		unit           string
		role           flows.Role
		linked         string
	}
	people := []person{
		// Before the reform: old Xã Thành An (15250), old Xã Thành Tâm
		// (15247), old Xã Thạch Định (15214), the district office (391).
		{"p-thanhan", "Lê Văn An", "1001", "15250", flows.Officer, "2024-03-01 08:00"},
		{"p-thanhtam", "Trần Thị Tâm", "1002", "15247", flows.Officer, "2024-03-02 08:00"},
		{"p-thachdinh", "Phạm Văn Định", "1003", "15214", flows.Officer, "2024-03-03 08:00"},
		{"p-huyen", "Nguyễn Văn Huyện", "1004", "391", flows.Supervisor, "2024-02-20 08:00"},
		// After it: new Xã Ngọc Trạo (15250, the same code), new Xã Kim
		// Tân (15187, old Thị trấn Kim Tân's code), the department (38).
		{"p-ngoctrao", "Hoàng Thị Trạo", "2001", "15250", flows.Officer, "2025-09-10 08:00"},
		{"p-kimtan", "Đỗ Văn Tân", "2002", "15187", flows.Officer, "2025-09-11 08:00"},
		{"p-so", "Vũ Thị Sở", "2003", "38", flows.Supervisor, "2025-08-01 08:00"},
	}
	err = db.Update(func(tx *Tx) error {
		for i, p := range people {
			when := at(p.linked)
			code := "INV" + p.chat
			inv := &flows.Invite{Code: code, Unit: p.unit, Role: p.role, CreatedBy: "cli",
				CreatedAt: when.Add(-time.Hour), ExpiresAt: when.Add(7 * 24 * time.Hour), UsedAt: when, UsedBy: p.id}
			if err := tx.PutInvite(inv); err != nil {
				return err
			}
			if err := tx.PutPerson(&flows.Person{ID: p.id, Name: p.name, CreatedAt: when,
				Links: []flows.Link{{Unit: p.unit, Role: p.role}}}); err != nil {
				return err
			}
			if err := tx.Link(Identity{Channel: "telegram", ChatID: p.chat}, p.id); err != nil {
				return err
			}
			if err := tx.Audit(AuditEntry{At: when, By: p.id, ByName: p.name, Action: AuditLink, Unit: p.unit,
				Detail: string(p.role) + " " + code}); err != nil {
				return err
			}
			_ = i
		}
		sub := func(form, period, unit, by, name, when string, late bool, a map[string]float64) error {
			s := &flows.Submission{Form: form, Period: period, Unit: unit, By: by, ByName: name, At: at(when),
				Channel: "telegram", LateEntry: late, Answers: map[string]flows.Value{}}
			for k, v := range a {
				s.Answers[k] = n(v)
			}
			return tx.PutSubmission(s)
		}
		y := func(ho, gd, thon, kd float64) map[string]float64 {
			return map[string]float64{"tong_ho": ho, "gdvh": gd, "tong_thon": thon, "kdcvh": kd}
		}
		for _, err := range []error{
			// 2024, the old units, by their own officers.
			sub("nam", "2024", "15250", "p-thanhan", "Lê Văn An", "2025-01-06 09:00", false, y(1500, 1200, 8, 6)),
			sub("nam", "2024", "15250", "p-thanhan", "Lê Văn An", "2025-01-08 10:00", false, y(1500, 1210, 8, 6)),
			sub("nam", "2024", "15247", "p-thanhtam", "Trần Thị Tâm", "2025-01-07 09:00", false, y(1300, 1000, 7, 5)),
			sub("nam", "2024", "15214", "p-thachdinh", "Phạm Văn Định", "2025-01-07 10:00", false, y(1200, 1000, 8, 6)),
			// 2024 under 15187 by the officer of the NEW Xã Kim Tân, entered
			// late in 10/2025: today's main put it in old Thị trấn Kim Tân's slot.
			sub("nam", "2024", "15187", "p-kimtan", "Đỗ Văn Tân", "2025-10-02 09:00", true, y(9000, 7600, 50, 40)),
			// 2026, the new units.
			sub("nam", "2026", "15250", "p-ngoctrao", "Hoàng Thị Trạo", "2027-01-05 09:00", false, y(5400, 4300, 30, 24)),
			sub("nam", "2026", "15187", "p-kimtan", "Đỗ Văn Tân", "2027-01-06 09:00", false, y(9100, 8000, 54, 44)),
		} {
			if err != nil {
				return err
			}
		}
		for _, m := range []struct{ key, when string }{
			{"unlock/nam/2024/15250", "2025-01-08 08:00"}, // old Thành An's 2024 unlocked by the district
			{"open/nam/2024/15247", "2025-02-10 08:00"},   // an opening not yet used
			{"open/nam/2026/15250", "2026-11-01 08:00"},   // new Ngọc Trạo's 2026 opened early
			{"remind/nam/2024/15250/-3", "2025-01-07 08:00"},
			{"remind/nam/2026/15250/-3", "2027-01-07 08:00"},
			{"stale/p-thachdinh/15214", "2025-07-02 08:00"},
			{"seen/telegram/1001-77", "2025-01-08 10:00"},
		} {
			if _, err := tx.Mark(m.key, at(m.when)); err != nil {
				return err
			}
		}
		return tx.Audit(AuditEntry{At: at("2025-01-08 08:00"), By: "p-huyen", ByName: "Nguyễn Văn Huyện",
			Action: AuditUnlock, Unit: "15250", Detail: "nam 2024"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/schema2-reform.db", raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
