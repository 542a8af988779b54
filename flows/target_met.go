package flows

// TargetMet reports whether v reaches the target t of q, judged at the
// precision figures are shown with (a share of 85,96% shows as 86% and
// meets "≥ 86%"), as the digest and the standing judge it.
func TargetMet(q *Question, t *Target, v float64) bool { return t.Met(q.round(v)) }
