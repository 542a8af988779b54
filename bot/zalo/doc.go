// Package zalo is the Zalo Bot Platform channel: a thin adapter between
// the platform's HTTP API (https://bot.zaloplatforms.com/docs) and the
// bot's channel contract.
//
// Zalo has no buttons, no documents and no message ids to confirm: choices
// go out as numbered lists that the person answers by typing the number,
// charts as URLs the platform fetches from baocao's own web server, Excel
// exports as expiring links, and updates arrive by webhook (production:
// exactly once, since the bot answers 200 only after committing and
// ignores a message_id it has handled) or by getUpdates (development: an
// update handed out is gone, so a crash between receiving and committing
// loses it).
package zalo
