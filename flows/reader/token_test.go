package reader

import "testing"

func TestMarkedReadsAWordWhateverKeyboardTypedIt(t *testing.T) {
	for in, want := range map[string]string{
		"cỡ": "cơ~", "cowx": "cơ~", "co74": "cơ~", "có": "co/", "cos": "co/", "co1": "co/", "co": "co ",
		"trên": "trên ", "treen": "trên ", "tre6n": "trên ", "người": "ngươi\\", "nguwowif": "ngươi\\", "ngu7o7i2": "ngươi\\",
		"đã": "đa~", "ddax": "đa~", "d9a4": "đa~", "hộ": "hô.", "hooj": "hô.", "ho65": "hô.", "khoong": "không ",
	} {
		if got, ok := Marked(in); !ok || got != want {
			t.Errorf("Marked(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"hooj3", "hộ3", "ho35", "12"} {
		if got, ok := Marked(in); ok {
			t.Errorf("Marked(%q) = %q, want no word", in, got)
		}
	}
}
