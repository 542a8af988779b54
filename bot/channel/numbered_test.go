package channel

import "testing"

func TestNumberedListsButtonsInReadingOrder(t *testing.T) {
	rows := [][]OutButton{{{Text: "Có", Data: "y"}, {Text: "Không", Data: "n"}}, {{Text: "Bỏ qua", Data: "s"}}}
	if got, want := Numbered("Có tổ chức không?\n", rows), "Có tổ chức không?\n\n1. Có\n2. Không\n3. Bỏ qua"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := Numbered("Chào anh/chị", nil); got != "Chào anh/chị" {
		t.Errorf("no buttons: %q", got)
	}
	if f := Flatten(rows); len(f) != 3 || f[2].Data != "s" {
		t.Errorf("flatten %+v", f)
	}
}
