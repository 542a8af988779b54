package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// An entry about a report names the unit of its period's era, not of the
// day it was written: 2024's 15250 was old Xã Thành An and 15187 old Thị
// trấn Kim Tân, though imported in 12/2026 (audit of 05/12/2026, item 7).
func TestTheAuditLogNamesAReportsUnitByItsPeriodsEra(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	db := mustOpen(t)
	at := time.Date(2026, 12, 6, 2, 1, 0, 0, locales.Zone)
	entries := []store.AuditEntry{
		{At: at, By: "cli", ByName: "root", Action: store.AuditImport, Unit: "15250", Detail: "nam 2024 v1 y2024n.csv"},
		{At: at, By: "cli", ByName: "root", Action: store.AuditImport, Unit: "15187", Detail: "nam 2024 v1 y2024n.csv"},
		{At: at, By: "cli", ByName: "root", Action: store.AuditImport, Unit: "15214", Detail: "nam 2024 v1 y2024n.csv"},
		{At: at, By: "cli", ByName: "root", Action: store.AuditImport, Unit: "15250", Detail: "nam 2025 v1 y2025.csv"},
	}
	if err := db.Update(func(tx *store.Tx) error {
		for _, e := range entries {
			if err := tx.Audit(e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var got string
	if err := db.View(func(tx *store.Tx) error {
		m, err := ReadAudit(tx, cfg, AuditQuery{Since: at.AddDate(0, 0, -1), Limit: 10})
		got = locales.Render(locales.VI, m)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"xã Thành An cũ thuộc huyện Thạch Thành (nam 2024 v1 y2024n.csv)",
		"thị trấn Kim Tân cũ thuộc huyện Thạch Thành (nam 2024 v1 y2024n.csv)",
		"xã Thạch Định cũ thuộc huyện Thạch Thành (nam 2024 v1 y2024n.csv)",
		"Xã Ngọc Trạo (nam 2025 v1 y2025.csv)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in\n%s", want, got)
		}
	}
}
