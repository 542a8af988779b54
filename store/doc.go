// Package store keeps baocao's state in one bbolt file: people and their
// chat identities, invites, conversation drafts, submissions with their
// history, the durable outbox, reminder marks and channel offsets.
//
// Everything a person's message changes is written in one transaction
// (Update), together with the replies it causes, so a crash loses nothing
// and repeats nothing (the mailroom rule: commit, then send). Values are
// JSON; keys are built so that the listings a summary needs are range scans.
package store
