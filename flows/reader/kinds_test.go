package reader

import "testing"

func toks(s string) []Token { return Tokenize(s).Tokens }

// Rule: identifiers, money, times and dates are never a count.
func TestNeverACount(t *testing.T) {
	for _, c := range []struct {
		name, typed, want string
	}{
		{"a mobile number", "0912345678", KeyCode},
		{"a mobile number in groups", "0912 345 678", KeyCode},
		{"a mobile number with dots", "0912.345.678", KeyCode},
		{"an international number", "+84912345678", KeyCode},
		{"a citizen ID", "001234567890", KeyCode},
		{"nine digits without grouping", "912345678", KeyCode},
		{"a code with a leading zero", "00123", KeyCode},
		{"money in đồng", "32.657.000 đ", KeyMoney},
		{"money glued", "32657đ", KeyMoney},
		{"money in VNĐ", "32657 VNĐ", KeyMoney},
		{"money written out", "32.657 đồng", KeyMoney},
		{"an hour", "8h", KeyTime},
		{"an hour and minutes", "8h30", KeyTime},
		{"a clock time", "08:30", KeyTime},
		{"hours in words", "8 giờ", KeyTime},
		{"a day and month", "15/12", KeyDate},
		{"a full date", "15/12/2026", KeyDate},
		{"a dashed date", "15-12-2026", KeyDate},
		{"a date in words", "15 tháng 12", KeyDate},
		{"a count", "2.345", ""},
		{"a count with its unit", "32.657 hộ", ""},
		{"a count grouped by spaces", "2 345", ""},
		{"zero", "0", ""},
		{"a small count with a leading zero", "007", ""},
		{"a decimal below one", "0,5", ""},
		{"a fraction is no date", "93/100", ""},
		{"a range is no date", "300-400", ""},
		{"a count of fifteen digits is too large, not a code", "123456789012345678", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := NotACount(toks(c.typed), false); got != c.want {
				t.Errorf("NotACount(%q) = %q, want %q", c.typed, got, c.want)
			}
		})
	}
	if got := NotACount(toks("32.657.000 đồng"), true); got != "" {
		t.Errorf("money at a question that counts money: %q, want none", got)
	}
}

// Rule: money written the way chats write it is never a count.
func TestMoneyShorthandIsNoCount(t *testing.T) {
	for typed, want := range map[string]bool{
		"500k": true, "2,5 triệu": true, "3tr": true, "1 tỷ": true, "4 củ": true, "1,5 triệu đồng": true,
		"200 K": true, "3 triệu": true, "2 triệu rưỡi": true, "2 triệu 5": true, "1 tỷ 2 đồng": true,
		"2k hộ": false, "500": false, "3 trăm": false, "12 thôn": false, "2,5": false,
		"500 nghìn": true, "200 ngàn": true, "500nghìn": true, "150 nghin dong": true, "300 ngàn đồng": true,
		"2 nghìn": false, "15 ngàn": false, "120 nghìn người": false, "1.500 nghìn": false, "500 nghìn hộ": false,
	} {
		if got := MoneyShorthand(toks(typed)); got != want {
			t.Errorf("MoneyShorthand(%q) = %v, want %v", typed, got, want)
		}
	}
}

// Rule: approximations are never stored without confirmation.
func TestApproximationsAreNotFigures(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  bool
	}{
		{"khoảng 300", true}, {"tầm 300", true}, {"tam 300", true}, {"cỡ 300", true}, {"độ 300", true},
		{"chừng 300", true}, {"gần 300", true}, {"hơn 300", true}, {"trên 300", true}, {"dưới 300", true},
		{"ngót 300", true}, {"tầm khoảng 300", true}, {"300 hơn", true}, {"300 trở lên", true},
		{"300 lẻ", true}, {"300 mấy", true}, {"có lẽ 300", true}, {"300 thì phải", true},
		{"dự kiến 300", true}, {"tối đa 300", true}, {"ít nhất 300", true}, {">300", true},
		{"300 (tạm tính)", true}, {"chắc 300", true}, {"300 (ước)", true},
		{"300", false}, {"có 300", false}, {"co 300", false}, {"tám trăm", false},
		{"một trăm lẻ năm", false}, {"3 lễ hội", false}, {"Tổng số hộ trên địa bàn xã: 300", false},
		{"chắc chắn 300", false}, {"300 hộ", false}, {"12,5 độ", false}, {"37 độ C", false}, {"độ 12,5", true},
	} {
		if got := Approximate(toks(c.typed)); got != c.want {
			t.Errorf("Approximate(%q) = %v, want %v", c.typed, got, c.want)
		}
	}
}

// Rule: "co" typed without marks before a figure is "có" or "cỡ": the
// figure is asked back, never stored as it stands.
func TestABareCoBeforeAFigureIsAskedBack(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  bool
	}{
		{"co 4500", true}, {"co 300 ho", true}, {"Co 12", true},
		{"có 4500", false}, {"cỡ 4500", false}, {"hien co 4500", false}, {"4500", false}, {"co", false},
	} {
		if got := BareCoLead(toks(c.typed)); got != c.want {
			t.Errorf("BareCoLead(%q) = %v, want %v", c.typed, got, c.want)
		}
	}
}
