package zalo

import (
	"errors"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// throttlePause is how long to hold off after a 429: the platform
// publishes no limits and sends no retry_after, so the outbox waits this
// long and then backs off as for any retry.
const throttlePause = 5 * time.Second

// classify maps a failed call onto the one SendError contract:
//
//   - 429 quota exceeded: Throttled, pause and retry;
//   - 5xx, a transport error, an answer that is not JSON: Retryable;
//   - 403 (the person cannot be reached: blocked, not a follower, a
//     protected sender): Stopped, so the person is marked unreachable;
//   - 400 "chat not found": Stopped, the chat is gone;
//   - 401 (the token is wrong or revoked) and any other 4xx: Permanent,
//     because resending the same request cannot succeed; the operator sees
//     ErrUnauthorized at the next start.
func classify(err error) *channel.SendError {
	var ae *APIError
	if !errors.As(err, &ae) {
		return &channel.SendError{Kind: channel.Retryable, Err: err}
	}
	switch {
	case ae.Code == 429:
		return &channel.SendError{Kind: channel.Throttled, RetryAfter: throttlePause, Err: err}
	case ae.Code >= 500 || ae.Code == 408:
		return &channel.SendError{Kind: channel.Retryable, Err: err}
	case ae.Code == 403:
		return &channel.SendError{Kind: channel.Stopped, Err: err}
	case ae.Code == 400 && containsFold(ae.Description, "chat not found"):
		return &channel.SendError{Kind: channel.Stopped, Err: err}
	default:
		return &channel.SendError{Kind: channel.Permanent, Err: err}
	}
}
