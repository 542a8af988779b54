package reader

import "testing"

// Rule: a round figure said short ("chục rưỡi", "hai trăm rưỡi", "một
// phẩy hai nghìn") is worked out and offered, never stored; "dăm" (a
// few) before it leaves it refused.
func TestARoundFigureSaidShort(t *testing.T) {
	checkReads(t, []readCase{
		{qActs, "chục rưỡi", "? 15"},
		{qContests, "ba chục rưỡi giải", "? 35"},
		{qFiles, "trăm rưỡi hồ sơ", "? 150"},
		{qCultured, "hai nghìn rưỡi", "? 2500"},
		{qCultured, "hai phẩy năm nghìn hộ", "? 2500"},
		{qActs, "dăm chục rưỡi", "!"},
	})
}
