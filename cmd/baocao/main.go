// Command baocao runs the report bot: the terminal playground when no
// TELEGRAM_BOT_TOKEN is set, the Telegram bot when it is, and the operator's
// subcommands (invite, config check, …).
package main

import (
	"fmt"
	"os"
	_ "time/tzdata" // Asia/Ho_Chi_Minh without the host's zoneinfo
)

const usage = `baocao — chat bot for commune culture & information reports

Usage:
  baocao                      the playground, or the Telegram bot if TELEGRAM_BOT_TOKEN is set
  baocao serve  [flags]       run the Telegram bot (TELEGRAM_BOT_TOKEN, TELEGRAM_API_ENDPOINT)
  baocao play   [flags]       chat with the bot in this terminal
  baocao invite --unit CODE [--role officer|supervisor|admin] [--ttl 14d]
                              print a single-use invite code and its t.me link
  baocao config check [FILE]  check a configuration file and list every mistake
  baocao backup [--out FILE]  a consistent copy of the data file, also while the bot runs
  baocao export --form ID --period 2026-H1 [--unit 391] [--out file.xlsx|file.csv]
                              write a period's figures and reporting status to a spreadsheet
  baocao forms import FILE.xlsx [--config FILE] [--out FILE]
                              put a form designed in Excel (XLSForm) into the configuration, checked
  baocao forms export ID [--config FILE] [--out ID.xlsx]
                              write a form to an XLSForm workbook, to edit in Excel and import again
  baocao units import FILE [--province CODE] [--out config-units.yaml]
                              the units: tree of a configuration from an NSO list (old or 07/2025 format)
  baocao reminders [--at "2026-12-17 08:00"] [--text]
                              print who would be reminded of what at that moment, without sending

Common flags:
  --config FILE       configuration (default: the embedded Thạch Thành sample)
  --data DIR          data directory (default ./data; the playground uses ./data/playground)
  --log-format F      text (default) or json
Run "baocao COMMAND -h" for the flags of a command.
`

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
		if os.Getenv("TELEGRAM_BOT_TOKEN") != "" {
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
	case "reminders":
		return reminders(args)
	case "help", "-h", "--help":
		fmt.Print(usage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "baocao: unknown command %q\n\n%s", cmd, usage)
	return 2
}
