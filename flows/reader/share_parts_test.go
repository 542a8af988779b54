package reader

import "testing"

// Rule: a share with its parts in brackets is stored when the parts give
// it to the decimals shown, asked when they do not.
func TestShareWithItsParts(t *testing.T) {
	checkReads(t, []readCase{
		{qShare, "88,6% (1.240/1.400 hộ)", "= 88.6"},
		{qShare, "Tỷ lệ: 88,6 % (1240/1400)", "= 88.6"},
		{qShare, "89% (1.240/1.400 hộ)", "= 89"},
		{qShare, "88,5% (1.240/1.400 hộ)", "? 88.5"},
		{qShare, "88,6% (1.400/1.240 hộ)", "? 88.6"},
		{qShare, "88,6% (1.240 hộ)", "? 88.6"},
	})
}
