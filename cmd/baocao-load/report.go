package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"
)

// report prints every run, then each variant's medians over the rounds
// with their ratios to the echo bot of the same round.
func report(w io.Writer, rs []result, o options) {
	echo := map[string]result{} // round/scenario → the echo bot's
	for _, r := range rs {
		if r.variant == "echo" {
			echo[fmt.Sprint(r.round, r.scenario)] = r
		}
	}
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\tvariant\tscenario\tmsgs\tmsg/s\t×echo\tp50\tp99\tp99 ×echo\tCPU/msg\tfdatasync/msg\tRSS warm\tRSS load\t")
	type agg struct{ tput, tr, p50, p99, pr, cpu, sync, warm, peak []float64 }
	sum := map[string]*agg{}
	var order []string
	for _, r := range rs {
		e := echo[fmt.Sprint(r.round, r.scenario)]
		tr := r.throughput() / e.throughput()
		pr := float64(r.pct(0.99)) / float64(e.pct(0.99))
		cpu := float64(r.cpu) / float64(r.msgs)
		syncs := "n/a"
		sy := -1.0
		if r.syncs >= 0 {
			sy = float64(r.syncs) / float64(r.msgs)
			syncs = fmt.Sprintf("%.2f", sy)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%.0f\t%.2f\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t\n", r.round, r.variant, r.scenario, r.msgs, r.throughput(), tr,
			ms(r.pct(0.5)), ms(r.pct(0.99)), pr, ms(time.Duration(cpu)), syncs, mb(r.rssWarm), mb(r.rssPeak))
		k := r.variant + "\t" + r.scenario
		a := sum[k]
		if a == nil {
			a = &agg{}
			sum[k] = a
			order = append(order, k)
		}
		a.tput, a.tr = append(a.tput, r.throughput()), append(a.tr, tr)
		a.p50, a.p99, a.pr = append(a.p50, float64(r.pct(0.5))), append(a.p99, float64(r.pct(0.99))), append(a.pr, pr)
		a.cpu, a.sync = append(a.cpu, cpu), append(a.sync, sy)
		a.warm, a.peak = append(a.warm, float64(r.rssWarm)), append(a.peak, float64(r.rssPeak))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nmedians over %d rounds (ratios against the echo bot of the same round):\n", o.rounds)
	tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "variant\tscenario\tmsg/s\t×echo\tp50\tp99\tp99 ×echo\tCPU/msg\tfdatasync/msg\tRSS warm\tRSS load\t")
	for _, k := range order {
		a := sum[k]
		syncs := "n/a"
		if s := med(a.sync); s >= 0 {
			syncs = fmt.Sprintf("%.2f", s)
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.2f\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t\n", k, med(a.tput), med(a.tr), ms(time.Duration(med(a.p50))), ms(time.Duration(med(a.p99))),
			med(a.pr), ms(time.Duration(med(a.cpu))), syncs, mb(int64(med(a.warm))), mb(int64(med(a.peak))))
	}
	tw.Flush()
}

func med(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond)) }

func mb(b int64) string {
	if b <= 0 {
		return "–"
	}
	return fmt.Sprintf("%.0fMB", float64(b)/(1<<20))
}
