package bot

import (
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// command is one slash command: its Vietnamese name (shown in the menu to
// everyone), its English name (shown to readers in English), other
// spellings people type, the locale key of its menu line (empty keeps it
// out of the menu and /trogiup), who may run it, and what it does.
type command struct {
	vi, en  string
	aliases []string
	menu    string
	may     flows.Action // checked with flows.May before run
	run     func(r *request, args string) error
}

// commandTable is every command the bot understands, in menu order: what
// an officer does most comes first, then what supervisors do, then the
// account; the commands that are not in the menu last. It is a function
// rather than a variable because /trogiup lists it.
func commandTable() []command {
	return []command{
		{vi: "baocao", en: "report", menu: "menu.report", may: flows.Report, run: (*request).report},
		{vi: "mau", en: "template", aliases: []string{"maubaocao"}, menu: "menu.template", may: flows.Report, run: (*request).template},
		{vi: "hanchot", en: "deadlines", aliases: []string{"hannop"}, menu: "menu.deadlines", may: flows.Anyone, run: (*request).deadlines},
		{vi: "ketqua", en: "results", aliases: []string{"xephang"}, menu: "menu.results", may: flows.Anyone, run: (*request).results},
		{vi: "sua", en: "edit", menu: "menu.edit", may: flows.Report, run: (*request).revise},
		{vi: "lichsu", en: "history", menu: "menu.history", may: flows.Anyone, run: (*request).history},
		{vi: "xuhuong", en: "trend", aliases: []string{"xu_huong"}, menu: "menu.trend", may: flows.Anyone, run: (*request).trend},
		{vi: "quaylai", en: "back", menu: "menu.back", may: flows.Report, run: sessionCommand(flows.CmdBack)},
		{vi: "boqua", en: "skip", menu: "menu.skip", may: flows.Report, run: sessionCommand(flows.CmdSkip)},
		{vi: "huy", en: "cancel", menu: "menu.cancel", may: flows.Report, run: sessionCommand(flows.CmdCancel)},
		{vi: "tonghop", en: "summary", aliases: []string{"digest"}, menu: "menu.summary", may: flows.Supervise, run: (*request).summary},
		{vi: "nhac", en: "remind", aliases: []string{"nhacnho"}, menu: "menu.remind", may: flows.Supervise, run: (*request).remind},
		{vi: "bieudo", en: "chart", aliases: []string{"charts"}, menu: "menu.chart", may: flows.Supervise, run: (*request).chart},
		{vi: "anh", en: "photos", aliases: []string{"photo"}, menu: "menu.photos", may: flows.Supervise, run: (*request).photos},
		{vi: "xuat", en: "export", aliases: []string{"excel"}, menu: "menu.export", may: flows.Supervise, run: (*request).export},
		{vi: "web", en: "web", aliases: []string{"trangweb"}, menu: "menu.web", may: flows.Supervise, run: (*request).web},
		{vi: "thongbao", en: "announce", menu: "menu.announce", may: flows.Supervise, run: (*request).announce},
		{vi: "moi", en: "invite", menu: "menu.invite", may: flows.Supervise, run: (*request).invite},
		{vi: "danhsach", en: "people", menu: "menu.people", may: flows.Supervise, run: (*request).people},
		{vi: "mokhoa", en: "unlock", menu: "menu.unlock", may: flows.Supervise, run: (*request).unlock},
		{vi: "moky", en: "openperiod", menu: "menu.open_period", may: flows.Supervise, run: (*request).openPeriod},
		{vi: "kiennghi", en: "proposals", aliases: []string{"ykien"}, menu: "menu.opinions", may: flows.Supervise, run: (*request).opinions},
		{vi: "nhatky", en: "audit", menu: "menu.audit", may: flows.Administer, run: (*request).auditLog},
		{vi: "toila", en: "whoami", menu: "menu.whoami", may: flows.Anyone, run: (*request).whoami},
		{vi: "trogiup", en: "help", aliases: []string{"huongdan"}, menu: "menu.help", may: flows.Anyone, run: (*request).help},

		{vi: "start", en: "start", aliases: []string{"batdau"}, may: flows.Anyone, run: (*request).start},
		{vi: "nhanh", en: "quick", may: flows.Report, run: (*request).quick},
		{vi: "ngonngu", en: "lang", aliases: []string{"language"}, may: flows.Anyone, run: (*request).setLanguage},
		{vi: "thuhoi", en: "revoke", may: flows.Supervise, run: (*request).revoke},
	}
}

// commandsByName finds a command by any of its names.
var commandsByName = indexCommands(commandTable())

func indexCommands(table []command) map[string]*command {
	byName := map[string]*command{}
	for i := range table {
		c := &table[i]
		for _, n := range c.names() {
			if other, dup := byName[n]; dup && other != c {
				panic("bot: command /" + n + " is in the table twice")
			}
			byName[n] = c
		}
	}
	return byName
}

// names lists every name the command answers to.
func (c *command) names() []string {
	return append([]string{c.vi, c.en}, c.aliases...)
}

// allows reports whether the request's person may run the command.
func (c *command) allows(r *request) bool {
	return flows.May(r.person, r.cfg().Units, c.may, nil)
}

// Menu lists the commands for the channel's menu (Telegram setMyCommands).
func Menu(lang locales.Lang) []channel.MenuEntry {
	var out []channel.MenuEntry
	for _, c := range commandTable() {
		if c.menu != "" {
			out = append(out, channel.MenuEntry{Command: c.nameIn(lang), Description: locales.Render(lang, locales.M(c.menu))})
		}
	}
	return out
}

// nameIn is the command's name for a reader of lang.
func (c *command) nameIn(lang locales.Lang) string {
	if lang == locales.EN {
		return c.en
	}
	return c.vi
}

// parseCommand splits "/baocao@baocao_bot nam 2026" into "baocao" and "nam 2026".
func parseCommand(text string) (name, args string, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text[1:], " ")
	head, _, _ = strings.Cut(head, "@")
	return flows.Fold(head), strings.TrimSpace(rest), true
}

func (r *request) help(string) error {
	var lines []locales.Msg
	for _, c := range commandTable() {
		if c.menu != "" && c.allows(r) {
			lines = append(lines, locales.M("help.line", "command", locales.Plain("/"+c.nameIn(r.lang)), "text", locales.M(c.menu)))
		}
	}
	r.say(locales.M("help.text", "lines", lines))
	return nil
}

func (r *request) whoami(string) error {
	var lines []locales.Msg
	for _, l := range r.person.Links {
		var name any = l.Unit
		if code, until := flows.SplitRef(l.Unit); !until.IsZero() {
			// The unit they were invited for, of before the reform: kept
			// until someone re-links them (bot/relink.go).
			name = locales.M("era.whoami_old", "unit", r.cfg().OldName(code, until))
		} else if u := r.cfg().Units.Get(l.Unit); u != nil {
			name = u.FullName()
		}
		role := locales.M("role." + string(l.Role))
		if !l.Until.IsZero() {
			role = locales.M("people.substitute_until", "role", role, "date", locales.Date(l.Until.Add(-time.Second)))
		}
		lines = append(lines, locales.M("whoami.link", "unit", name, "role", role))
	}
	r.say(locales.M("whoami.text", "name", r.person.Name, "links", lines))
	return nil
}

func (r *request) setLanguage(args string) error {
	switch flows.Fold(args) {
	case "en", "english", "tieng anh":
		r.person.Lang = string(locales.EN)
	case "vi", "tieng viet", "vietnamese":
		r.person.Lang = string(locales.VI)
	default:
		r.say(locales.M("lang.usage"))
		return nil
	}
	r.lang = locales.Lang(r.person.Lang)
	if err := r.tx.PutPerson(r.person); err != nil {
		return err
	}
	r.say(locales.M("lang.changed"))
	return nil
}
