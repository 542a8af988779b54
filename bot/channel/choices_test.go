package channel

import "testing"

func TestATypedNumberPressesTheButtonLastShownInThatChat(t *testing.T) {
	var c Choices
	shown := c.Show("a", [][]OutButton{{{Text: "Có", Data: "3:yes"}, {Text: "Không", Data: "3:no"}}, {{Text: "Huỷ", Data: "/huy"}}})
	if len(shown) != 3 || shown[2].Text != "Huỷ" {
		t.Fatalf("numbered list %+v, want the three buttons row by row", shown)
	}
	c.Show("b", [][]OutButton{{{Text: "Gửi", Data: "9:send"}}})
	if c.Show("a", nil) != nil {
		t.Error("a message without buttons numbers nothing")
	}
	for _, tc := range []struct {
		name, chat string
		n          int
		data       string
		ok         bool
	}{
		{"the first button", "a", 1, "3:yes", true},
		{"a button of the second row", "a", 3, "/huy", true},
		{"another chat has its own list", "b", 1, "9:send", true},
		{"a number past the list is text", "a", 4, "", false},
		{"zero is text", "a", 0, "", false},
		{"a chat never shown buttons", "c", 1, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, ok := c.Press(tc.chat, tc.n)
			if data != tc.data || ok != tc.ok {
				t.Errorf("Press(%q, %d) = %q, %v; want %q, %v", tc.chat, tc.n, data, ok, tc.data, tc.ok)
			}
		})
	}
}
