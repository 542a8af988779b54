package flows

// TargetMet reports whether v reaches the target t of q, judged on the
// exact figure: 85,96% does not meet "≥ 86%", though one decimal would
// print it as 86% (so a figure shown beside a target is printed with the
// decimals that tell it from the target: see Digits). Only the last bits
// a division leaves are forgiven (43/50×100 meets "≥ 86%").
func TargetMet(q *Question, t *Target, v float64) bool {
	if t.Min != nil && sameFigure(v, *t.Min) {
		v = *t.Min
	}
	if t.Max != nil && sameFigure(v, *t.Max) {
		v = *t.Max
	}
	return t.Met(v)
}
