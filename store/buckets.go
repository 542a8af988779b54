package store

// Every bucket of the data file, in one place: its name, and since which
// schema a file must have it. A bucket added without a layout change
// (since: 0) is created by Open in any file that lacks it; one a schema
// brought is created by that schema's migration, and a file of that
// schema without it is damaged (checkBuckets). web is the exception that
// proves the rule: created on first use, so a read-only tool never needs it.

var (
	bPeople        = []byte("people")
	bIdentities    = []byte("identities")
	bInvites       = []byte("invites")
	bSessions      = []byte("sessions")
	bSubmissions   = []byte("submissions")
	bVersions      = []byte("versions")
	bOutbox        = []byte("outbox")
	bMarks         = []byte("marks")
	bMeta          = []byte("meta")
	bByUnit        = []byte("people_by_unit") // schema 2: people by the unit they are linked to
	bSetAside      = []byte("set_aside")      // schema 3: reports no unit of their period's era sent
	bPhotos        = []byte("photos")
	bVoices        = []byte("voices")
	bAudit         = []byte("audit")
	bAnnouncements = []byte("announcements")
	bWeb           = []byte("web")
	bWebhooks      = []byte("webhooks")           // receivers of signed webhooks (store/webhooks.go)
	bDeliveries    = []byte("webhook_deliveries") // every delivery to them: the delivery log
	bDeliveryQueue = []byte("webhook_queue")      // the deliveries still to be tried
	bAPITokens     = []byte("api_tokens")         // the read-only API's tokens, by SHA-256 (apitoken.go)
)

// bucket is one bucket and the schema that brought it (0: created at open
// in any file).
type bucket struct {
	name  []byte
	since int
}

var allBuckets = []bucket{
	{bPeople, 1}, {bIdentities, 1}, {bInvites, 1}, {bSessions, 1}, {bSubmissions, 1},
	{bVersions, 1}, {bOutbox, 1}, {bMarks, 1}, {bMeta, 1},
	{bByUnit, 2},
	{bSetAside, 3},
	{bPhotos, 0}, {bVoices, 0}, {bAudit, 0}, {bAnnouncements, 0},
	{bWebhooks, 0}, {bDeliveries, 0}, {bDeliveryQueue, 0},
	{bAPITokens, 0},
}

// bucketsOf lists the buckets a file of schema v must have.
func bucketsOf(v int) [][]byte {
	var out [][]byte
	for _, b := range allBuckets {
		if b.since > 0 && b.since <= v {
			out = append(out, b.name)
		}
	}
	return out
}

// addedBuckets are created at open in any file that lacks them.
func addedBuckets() [][]byte {
	var out [][]byte
	for _, b := range allBuckets {
		if b.since == 0 {
			out = append(out, b.name)
		}
	}
	return out
}
