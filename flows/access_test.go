package flows

import "testing"

func TestWhoMayDoWhatFollowsRolesAndTheUnitTree(t *testing.T) {
	commune := &Unit{Code: "15247", Name: "Xã Thành Tâm"}
	other := &Unit{Code: "15250", Name: "Xã Thành Vân"}
	district := &Unit{Code: "391", Name: "Huyện Thạch Thành", Children: []*Unit{commune, other}}
	elsewhere := &Unit{Code: "400", Name: "Huyện khác"}
	province := &Unit{Code: "38", Name: "Tỉnh Thanh Hóa", Children: []*Unit{district, elsewhere}}
	units := newUnits([]*Unit{province})

	officer := &Person{ID: "o", Links: []Link{{Unit: "15247", Role: Officer}}}
	supervisor := &Person{ID: "s", Links: []Link{{Unit: "391", Role: Supervisor}}}
	admin := &Person{ID: "a", Links: []Link{{Unit: "38", Role: Admin}}}
	nobody := &Person{ID: "n"}

	for _, tc := range []struct {
		name string
		p    *Person
		a    Action
		u    *Unit
		want bool
	}{
		{"anyone linked may ask for help", nobody, Anyone, nil, true},
		{"a chat linked to no one may do nothing", nil, Anyone, nil, false},
		{"an officer may report", officer, Report, nil, true},
		{"an officer reports for their own commune", officer, Report, commune, true},
		{"an officer does not report for a neighbour", officer, Report, other, false},
		{"a supervisor does not report", supervisor, Report, nil, false},
		{"an officer has no supervisor commands", officer, Supervise, nil, false},
		{"a supervisor has supervisor commands", supervisor, Supervise, nil, true},
		{"a supervisor supervises the communes under them", supervisor, Supervise, other, true},
		{"a supervisor supervises their own unit", supervisor, Supervise, district, true},
		{"a supervisor does not supervise above them", supervisor, Supervise, province, false},
		{"a supervisor does not supervise another district", supervisor, Supervise, elsewhere, false},
		{"an administrator supervises everything under them", admin, Supervise, commune, true},
		{"an officer sees their own commune", officer, See, commune, true},
		{"an officer does not see a neighbour", officer, See, other, false},
		{"a supervisor sees a commune under them", supervisor, See, commune, true},
		{"seeing needs a unit", supervisor, See, nil, false},
		{"a supervisor may not invite an administrator", supervisor, InviteAdmin, commune, false},
		{"an administrator may invite an administrator below", admin, InviteAdmin, district, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := May(tc.p, units, tc.a, tc.u); got != tc.want {
				t.Errorf("May = %v, want %v", got, tc.want)
			}
		})
	}
}
