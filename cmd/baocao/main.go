// Command baocao runs the report bot: the terminal playground when neither
// TELEGRAM_BOT_TOKEN nor ZALO_BOT_TOKEN is set, the bot on the channels whose
// tokens are set otherwise, and the operator's subcommands (invite, config
// check, …).
package main

import (
	"fmt"
	"os"
	_ "time/tzdata" // Asia/Ho_Chi_Minh without the host's zoneinfo

	"github.com/baocao/baocao/locales"
)

// usage is the overview of the commands, in the operator's language.
func usage() string { return locales.Render(operatorLang(), locales.M("op.usage")) + "\n" }

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	cmd := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		if os.Getenv("TELEGRAM_BOT_TOKEN") != "" || os.Getenv("ZALO_BOT_TOKEN") != "" {
			return serve(args)
		}
		return play(args)
	case "serve":
		return serve(args)
	case "play":
		return play(args)
	case "invite":
		return invite(args)
	case "config":
		return configCmd(args)
	case "export":
		return export(args)
	case "forms":
		return formsCmd(args)
	case "units":
		return unitsCmd(args)
	case "backup":
		return backup(args)
	case "restore":
		return restore(args)
	case "reminders":
		return reminders(args)
	case "periods":
		return periodsCmd(args)
	case "people":
		return people(args)
	case "revoke":
		return revoke(args)
	case "relink":
		return relink(args)
	case "audit":
		return audit(args)
	case "figures":
		return figuresCmd(args)
	case "webhooks":
		return webhooksCmd(args)
	case "api":
		return apiCmd(args)
	case "help", "-h", "--help":
		fmt.Print(usage())
		return 0
	}
	fmt.Fprintf(os.Stderr, "baocao: %s\n\n%s", locales.Render(operatorLang(), locales.M("op.unknown_command", "cmd", cmd)), usage())
	return 2
}
