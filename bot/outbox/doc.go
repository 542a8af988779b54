// Package outbox is the durable send queue: what the app committed to the
// store's outbox bucket goes out through the channels, within their rate
// limits, and is struck only once a channel accepted it (commit, then
// send).
//
// It is in two parts. Plan makes every decision (which message may go now,
// how long to wait, what a failure means) without I/O and with the time as
// an argument, so its tests run on a fake clock without sleeping. Sender
// is the driver: it loads the bucket, runs the sends on a few workers,
// feeds their results back to the Plan and records the outcome in the
// store in group commits.
package outbox
