// Package webhook tells other software of every submission, revision and
// import: each receiver the operator added (`baocao webhooks add URL`)
// gets a POST whose body is the submission in its wire shape (bot/wire,
// the API's bytes), signed with HMAC-SHA256 under the receiver's secret.
//
// Commit, then send: Enqueue writes the deliveries in the transaction
// that stores the submission, so a crash loses none; the Driver sends
// them afterwards, retrying with backoff (30 s doubling to 6 h) for three
// days before it marks one failed. A delivery may then arrive twice (sent,
// then a crash before it was recorded): receivers drop a repeated
// X-Baocao-Delivery.
//
// The decisions (what a try's result means, when to try again) are pure
// functions of the time (plan.go); the Driver only does the I/O.
package webhook
