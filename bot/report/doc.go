// Package report renders figures into files a person opens: charts as PNG
// and spreadsheets as XLSX or CSV. It does no I/O of its own: it lays out
// flows tables (Sheets, Progress) in the reader's language and renders
// them to bytes, so the bot can queue them in the outbox and the command
// line can write them to a file.
package report
