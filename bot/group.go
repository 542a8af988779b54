package bot

import (
	"github.com/baocao/baocao/locales"
)

// group answers a message in a group chat: nothing in a group is taken as
// a report (a group's members are not the person a report is from), and
// the group is told once, not at every message, how to reach the bot
// privately. The mark that it was told is kept like a reminder's.
func (r *request) group() error {
	key := "group/" + r.in.Channel + ":" + r.in.ChatID
	if r.tx.Marked(key) {
		return nil
	}
	if _, err := r.tx.Mark(key, r.now); err != nil {
		return err
	}
	if r.in.BotName != "" {
		r.say(locales.M("group.private", "bot", locales.Plain(r.in.BotName)))
	} else {
		r.say(locales.M("group.private_unnamed"))
	}
	r.app.log().Info("a message in a group chat answered with the way to write privately", "channel", r.in.Channel, "chat", r.in.ChatID)
	return r.flush()
}
