package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// The request headers.
const (
	HeaderSignature = "X-Baocao-Signature" // sha256=<hex of HMAC-SHA256(secret, timestamp "." body)>
	HeaderTimestamp = "X-Baocao-Timestamp" // unix seconds, signed with the body
	HeaderDelivery  = "X-Baocao-Delivery"  // the delivery's id: the same on every retry
	HeaderEvent     = "X-Baocao-Event"     // submission, revision or import
)

// Sign is the X-Baocao-Signature value of body sent at ts (unix seconds)
// under secret. The timestamp is signed with the body so that a captured
// request cannot be replayed later under a new time.
func Sign(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(ts, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify is what a receiver does (and the tests' strict receiver): the
// signature must match, in constant time, and the timestamp be within
// tolerance of now.
func Verify(secret, signature, timestamp string, body []byte, now time.Time, tolerance time.Duration) bool {
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || !strings.HasPrefix(signature, "sha256=") {
		return false
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return false
	}
	return hmac.Equal([]byte(Sign(secret, ts, body)), []byte(signature))
}
