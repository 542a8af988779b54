package bot

import (
	"sort"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// command is one slash command. The first name is the Vietnamese one shown
// in the menu; the others are aliases (English, and spellings people use).
type command struct {
	names []string
	// menu is the locale key of the menu description; empty keeps the
	// command out of the menu.
	menu string
	// allowed says who may run it; nil means any linked person.
	allowed func(*flows.Person) bool
	run     func(r *request, args string) error
}

var commands = map[string]*command{}
var menuOrder []*command

// menuRank is the order of the menu and of /trogiup: what an officer does
// most comes first, then what supervisors do, then the account.
var menuRank = []string{
	"baocao", "hanchot", "ketqua", "sua", "quaylai", "boqua", "huy",
	"tonghop", "nhac", "bieudo", "xuat", "web", "moi", "mokhoa",
	"toila", "trogiup",
}

func rankOf(c *command) int {
	for i, n := range menuRank {
		if c.names[0] == n {
			return i
		}
	}
	return len(menuRank)
}

func register(c *command) {
	for _, n := range c.names {
		if _, dup := commands[n]; dup {
			panic("bot: command /" + n + " registered twice")
		}
		commands[n] = c
	}
	if c.menu != "" {
		menuOrder = append(menuOrder, c)
		sort.SliceStable(menuOrder, func(i, j int) bool { return rankOf(menuOrder[i]) < rankOf(menuOrder[j]) })
	}
}

func isSupervisor(p *flows.Person) bool { return len(p.Supervised()) > 0 }
func isOfficer(p *flows.Person) bool    { return len(p.ReportsFor()) > 0 }

// MenuEntry is one line of the channel's command menu.
type MenuEntry struct{ Command, Description string }

// Menu lists the commands for the channel's menu (Telegram setMyCommands).
func Menu(lang locales.Lang) []MenuEntry {
	var out []MenuEntry
	for _, c := range menuOrder {
		out = append(out, MenuEntry{Command: c.nameIn(lang), Description: locales.Render(lang, locales.M(c.menu))})
	}
	return out
}

// nameIn is the command's name for a reader of lang: the Vietnamese name,
// or its English alias (the second name) for English readers.
func (c *command) nameIn(lang locales.Lang) string {
	if lang == locales.EN && len(c.names) > 1 {
		return c.names[1]
	}
	return c.names[0]
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

func init() {
	register(&command{names: []string{"trogiup", "help", "huongdan"}, menu: "menu.help", run: (*request).help})
	register(&command{names: []string{"toila", "whoami"}, menu: "menu.whoami", run: (*request).whoami})
	register(&command{names: []string{"ngonngu", "lang", "language"}, run: (*request).setLanguage})
}

func (r *request) help(string) error {
	var lines []locales.Msg
	for _, c := range menuOrder {
		if c.allowed == nil || c.allowed(r.person) {
			lines = append(lines, locales.M("help.line", "command", locales.Plain("/"+c.nameIn(r.lang)), "text", locales.M(c.menu)))
		}
	}
	r.say(locales.M("help.text", "lines", lines))
	return nil
}

func (r *request) whoami(string) error {
	var lines []locales.Msg
	for _, l := range r.person.Links {
		u := r.cfg().Units.Get(l.Unit)
		name := l.Unit
		if u != nil {
			name = u.FullName()
		}
		lines = append(lines, locales.M("whoami.link", "unit", name, "role", locales.M("role."+string(l.Role))))
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
