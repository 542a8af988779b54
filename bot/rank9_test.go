package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The audit's item 5: one rule for ranks (flows.EnoughReported), counted
// over the units that have the indicator's figure. In 06/2026 three of six
// communes of cluster 11 reported, but Vân Du's share cannot be computed
// (no applications): two have it, fewer than half, so neither the digest
// nor /ketqua ranks it ("hạng 2/2" was shown), and both say what is counted.
func TestRanksWaitForHalfThePeersToHaveTheFigureInTheDigestAndTheStanding(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	csv := "Mã,tin_cds,ho_so_dvc,ho_so_truc_tuyen\n15187,12,400,300\n15190,5,0,0\n15199,0,250,200\n"
	if resp := a.AdminImport(adminImport("m.csv", []byte(csv), "thang", "2026-06", false, false)); resp.Error != "" {
		t.Fatalf("import refused:\n%s", resp.Error)
	}
	f := cfg.Form("thang")
	p, err := f.Period("2026-06")
	if err != nil {
		t.Fatal(err)
	}
	err = a.Store.View(func(tx *store.Tx) error {
		rep, err := StandingFor(tx, cfg, cfg.Units.Get("15187"), f, p)
		if err != nil {
			return err
		}
		s := locales.Render(locales.VI, rep.Msg)
		if strings.Contains(s, "hạng 2/2") || !strings.Contains(s, "chưa xếp hạng: cần ít nhất 3/6 đơn vị có đủ số liệu để tính (hiện có 2)") {
			t.Errorf("Kim Tân's standing:\n%s", s)
		}
		d, err := buildDigest(tx, cfg, cfg.Units.Get("cum_391"), f, p, now)
		if err != nil {
			return err
		}
		s = locales.Render(locales.VI, d.Reply().Msg)
		if !strings.Contains(s, "xếp hạng sẽ có khi ít nhất 3/6 đơn vị có đủ số liệu để tính (hiện có 2)") {
			t.Errorf("the digest:\n%s", s)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The audit's item 8: Thạch Bình's four old units all reported 2024
// (2.200/2.600); its 2025 share is missing because its own 2025 report has
// no households. /ketqua says so, and never that the old units' figures
// are missing.
func TestAMissingComparisonGivesItsTrueReason(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	for year, csv := range map[string]string{
		"2024": "Mã,tong_ho,gdvh\n15205,500,400\n15208,600,500\n15211,700,600\n15220,800,700\n",
		"2025": "Mã,tong_ho,gdvh,tong_thon,kdcvh\n15211,,1800,25,20\n",
	} {
		if resp := a.AdminImport(adminImport("y"+year+".csv", []byte(csv), "nam", year, false, false)); resp.Error != "" {
			t.Fatalf("import %s refused:\n%s", year, resp.Error)
		}
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2025")
	err := a.Store.View(func(tx *store.Tx) error {
		rep, err := StandingFor(tx, cfg, cfg.Units.Get("15211"), f, p)
		if err != nil {
			return err
		}
		s := locales.Render(locales.VI, rep.Msg)
		if strings.Contains(s, "chưa đủ số liệu của 4 đơn vị cũ") ||
			!strings.Contains(s, "Tỷ lệ hộ gia đình văn hóa: chưa tính được (báo cáo chưa có số liệu “Tổng số hộ”)") ||
			!strings.Contains(s, "4 đơn vị cũ đã nhập vào Xã Thạch Bình đều đã nộp") {
			t.Errorf("Thạch Bình's standing:\n%s", s)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The audit's item 9c: /ketqua nam 2024 tells Kim Tân and Ngọc Trạo, both
// today's communes made of old units, the same thing: their result is
// their old units' sum, shown for Kim Tân (all six reported), and for
// Ngọc Trạo not computed because old 15259 did not report.
func TestEveryMergedCommunesPastResultSaysWhatItIs(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	csv := "Mã,tong_ho,gdvh\n15187,800,700\n15214,500,420\n15241,400,350\n15253,300,240\n15256,250,200\n15265,200,170\n15247,900,800\n15250,700,600\n15268,650,550\n"
	if resp := a.AdminImport(adminImport("y.csv", []byte(csv), "nam", "2024", false, false)); resp.Error != "" {
		t.Fatalf("import refused:\n%s", resp.Error)
	}
	f := cfg.Form("nam")
	p, _ := f.Period("2024")
	say := func(code string) string {
		var out string
		err := a.Store.View(func(tx *store.Tx) error {
			u := cfg.Units.Get(code)
			old, err := tx.SubmissionsFor(f.ID, p.Key, cfg.OldUnitsOf(u, p))
			if err != nil {
				return err
			}
			m, gap, ok := cfg.EraResults(u, f, p, old)
			if !ok {
				t.Errorf("%s: no word of the era", code)
			}
			out = locales.Render(locales.VI, m)
			if !gap {
				rep, err := StandingFor(tx, cfg, u, f, p)
				if err != nil {
					return err
				}
				out = locales.Render(locales.VI, rep.Msg) + "\n" + out
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	kim := say("15187")
	if !strings.Contains(kim, "84,9%") || !strings.Contains(kim, "khi xã Kim Tân chưa được thành lập: kết quả trên là tổng số liệu của 6 đơn vị cũ") {
		t.Errorf("Kim Tân:\n%s", kim)
	}
	ngoc := say("15250")
	if !strings.Contains(ngoc, "khi xã Ngọc Trạo chưa được thành lập. Kết quả của xã Ngọc Trạo kỳ này là tổng số liệu của 4 đơn vị cũ") ||
		!strings.Contains(ngoc, "chưa tính được vì đơn vị cũ mã 15259 chưa nộp") {
		t.Errorf("Ngọc Trạo:\n%s", ngoc)
	}
}
