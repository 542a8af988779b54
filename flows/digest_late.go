package flows

// What a supervisor can act on comes first in the digest: the late units
// someone can be reminded in, by name and with their officers; then the
// units nobody reports for yet, as one counted line that says where their
// list is (a province has a hundred of them before the officers are
// invited, and ten of their names pushed the units to chase off the
// screen); and the clusters where nothing came in yet, as one line.

import "github.com/baocao/baocao/locales"

// missingSection is the digest's "not reported" block.
func (d Digest) missingSection() locales.Msg {
	if len(d.Missing) == 0 {
		return locales.M("digest.missing_none")
	}
	var lines []locales.Msg
	withOfficer, noOfficer := 0, 0
	for _, m := range d.Missing {
		names := d.Officers[m.Code]
		if len(names) == 0 {
			noOfficer++
			continue
		}
		if withOfficer == MaxMissingShown {
			withOfficer++
			continue
		}
		withOfficer++
		lines = append(lines, locales.M("digest.missing_line", "unit", m.Named(), "who", joinNames(names)))
	}
	if withOfficer > MaxMissingShown {
		lines = append(lines, locales.M("digest.missing_more", "count", withOfficer-MaxMissingShown))
	}
	if noOfficer > 0 {
		key := "digest.missing_no_officer"
		if withOfficer == 0 {
			key = "digest.missing_no_officer_all"
		}
		lines = append(lines, locales.M(key, "count", noOfficer))
	}
	key := "digest.missing_head"
	if d.Now.Before(d.Period.Deadline) {
		key = "digest.missing_head_due"
	}
	return locales.M(key, "count", len(d.Missing), "lines", lines)
}

// clusterLines is the digest's block of clusters: one line each for those
// where a unit reported, and one line counting those where none did yet
// when there are two or more (26 lines of "0/8 đã nộp (0%)" read as
// nothing).
func (d Digest) clusterLines() []locales.Msg {
	var lines []locales.Msg
	empty := 0
	for _, l := range d.Clusters {
		if l.Done == 0 {
			empty++
		}
	}
	if empty < 2 {
		empty = 0 // one such cluster is one line either way: named, it says more
	}
	for _, l := range d.Clusters {
		if l.Done == 0 && empty > 0 {
			continue
		}
		pct := 0.0
		if l.Expected > 0 {
			pct = float64(l.Done) / float64(l.Expected) * 100
		}
		name := locales.M("standing.value", "value", l.Cluster.Name)
		if h := l.Cluster.head; h != nil {
			name = locales.M(headKey(l.Cluster), "name", l.Cluster.Name, "head", h.Name)
		}
		lines = append(lines, d.clusterLine(l, pct, name))
	}
	switch {
	case empty > 0 && empty == len(d.Clusters):
		lines = append(lines, locales.M("digest.clusters_none", "count", empty))
	case empty > 0:
		lines = append(lines, locales.M("digest.clusters_empty", "count", empty))
	}
	return lines
}
