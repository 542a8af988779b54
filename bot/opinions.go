package bot

// /kiennghi: the text answers (difficulties, proposals, events held) of
// the units a supervisor follows, so no answer stops at the bot.

import "github.com/baocao/baocao/flows"

// opinions: /kiennghi [FORM PERIOD [UNIT]].
func (r *request) opinions(args string) error {
	return r.eachSupervised("kiennghi", "pick.opinions", args, func(u *flows.Unit, f *flows.Form, p flows.Period) error {
		view := u
		if r.cfg().Earlier(p) {
			// The old units wrote them: shown under their names.
			view = r.cfg().OldUnitsView(u, p)
		}
		subs, err := r.tx.SubmissionsFor(f.ID, p.Key, view.Leaves())
		if err != nil {
			return err
		}
		rep := flows.OpinionsReply(flows.NewTable(f, p, subs), view)
		r.say(rep.Msg, rep.Buttons...)
		return nil
	})
}
