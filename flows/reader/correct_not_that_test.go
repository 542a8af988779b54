package reader

import "testing"

// Rule: "không phải" naming the lead figure itself takes it back: the
// rest is read as a correction and confirmed. Naming another figure
// ("7 ko phải 6") stays as before: the batches read it both ways.
func TestTheLeadFigureTakenBack(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "35, không phải 35 mà 36", "? 36"},
		{qClubs, "12 ko phải 12 mà 13", "? 13"},
		{qFiles, "356, hông phải 356 mà 365 hồ sơ", "? 365"},
		{qClubs, "7 ko phải 6", "!"},
	})
}
