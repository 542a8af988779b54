package main

import (
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
)

func TestThePlaygroundNamesASupervisorByTheOffice(t *testing.T) {
	for _, c := range []struct {
		sample, unit string
		role         flows.Role
		want         string
	}{
		{"thanh-hoa", "38", flows.Supervisor, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"},
		{"thanh-hoa", "cum_391", flows.Supervisor, "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"},
		{"thach-thanh", "391", flows.Supervisor, "Phòng Văn hóa và Thông tin huyện Thạch Thành"},
		{"thanh-hoa", "15187", flows.Officer, "Cán bộ Xã Kim Tân"},
	} {
		u := sample.MustNamed(c.sample).Units.Get(c.unit)
		if got := playName(u, c.role); got != c.want {
			t.Errorf("%s %s %s: %q, want %q", c.sample, c.role, c.unit, got, c.want)
		}
	}
}
