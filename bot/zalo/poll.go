package zalo

import (
	"context"
	"errors"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// Poll reads updates with getUpdates until ctx ends (development: no
// public address needed). The platform hands out each update once, with
// no offset to confirm, so an update read just before a crash, and not yet
// committed, is lost: docs/ARCHITECTURE.md explains why the webhook is the
// production mode. A handler failure is retried from memory a few times.
func (c *Channel) Poll(ctx context.Context, handle channel.Handler) error {
	// getUpdates fails while a webhook is set.
	if err := c.api.DeleteWebhook(ctx); err != nil && ctx.Err() == nil {
		c.log.Warn("zalo: deleteWebhook failed", "err", err)
	}
	backoff := time.Second
	for ctx.Err() == nil {
		u, err := c.api.GetUpdates(ctx, pollTimeout)
		if ctx.Err() != nil {
			return nil
		}
		if err == nil {
			c.polled.Store(time.Now().UnixNano())
			c.outage.OK(time.Now())
		}
		if err != nil {
			if errors.Is(err, ErrUnauthorized) {
				return err
			}
			c.log.Debug("zalo: getUpdates failed, retrying", "err", err, "in", backoff)
			c.outage.Fail(time.Now(), err) // a spell of failures: a warning after a minute
			sleep(ctx, backoff)
			backoff = min(backoff*2, 30*time.Second)
			continue
		}
		backoff = time.Second
		if u == nil {
			continue
		}
		in, ok := incoming(u, c, c.log)
		if !ok {
			continue
		}
		for try := 1; ; try++ {
			err := handle(ctx, channel.Update{In: &in})
			if err == nil || ctx.Err() != nil {
				break
			}
			if errors.Is(err, channel.ErrCannotStore) {
				// A full disk or a damaged file: the message waits, however
				// long (its sender has been told), and is never dropped.
				sleep(ctx, min(time.Duration(try)*time.Second, time.Minute))
				continue
			}
			if try == 5 {
				c.log.Error("zalo: update dropped after 5 tries", "err", err)
				break
			}
			c.log.Error("zalo: update not handled, retrying", "err", err)
			sleep(ctx, time.Duration(try)*time.Second)
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
