// Package flows is baocao's domain: units, forms, periods, the conversation
// that fills a report, and the rules that decide standings and reminders.
//
// It is pure in the way nyaruka/goflow's engine is: no I/O, no goroutines,
// no clock reads. Every function that depends on time takes `now` as an
// argument, and the conversation returns what to say as locale messages
// (locales.Msg) rather than sending anything. Storage and channels live in
// store/ and bot/, which call in here.
package flows
