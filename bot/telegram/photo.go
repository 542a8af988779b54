package telegram

// Photos' bytes: getFile gives a path, and the file is downloaded from
// the file endpoint (https://api.telegram.org/file/bot<token>/<path>, or
// beside a self-hosted server's API). The app calls this through
// Incoming.Fetch, before its transaction.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/baocao/baocao/bot/channel"
)

// downloadTimeout bounds one download even when the caller gives none.
const downloadTimeout = 30 * time.Second

// fileEndpointFor is the file endpoint beside an API endpoint format.
func fileEndpointFor(endpoint string) string {
	if strings.Contains(endpoint, "/bot%s/%s") {
		return strings.Replace(endpoint, "/bot%s/%s", "/file/bot%s/%s", 1)
	}
	return tgbotapi.FileEndpoint
}

// photoFetch downloads the largest size of a photo that fits in max
// bytes (Telegram says each size's file_size), when the app asks.
func (c *Channel) photoFetch(sizes []tgbotapi.PhotoSize) func(context.Context, int) ([]byte, error) {
	return func(ctx context.Context, max int) ([]byte, error) {
		pick := -1
		for i, s := range sizes {
			if s.FileSize == 0 || s.FileSize <= max {
				pick = i // sizes come smallest first
			}
		}
		if pick < 0 {
			return nil, channel.ErrPhotoTooBig
		}
		return c.download(ctx, sizes[pick].FileID, max)
	}
}

// fileFetch downloads a file of the size Telegram said (0: not said),
// a voice note, when the app asks.
func (c *Channel) fileFetch(fileID string, size int) func(context.Context, int) ([]byte, error) {
	return func(ctx context.Context, max int) ([]byte, error) {
		if size > max {
			return nil, channel.ErrPhotoTooBig
		}
		return c.download(ctx, fileID, max)
	}
}

// download fetches a file by its id: getFile gives its path, and its
// bytes come from the file endpoint, at most max of them.
func (c *Channel) download(ctx context.Context, fileID string, max int) ([]byte, error) {
	f, err := c.api.GetFile(tgbotapi.FileConfig{FileID: fileID})
	if err != nil {
		return nil, fmt.Errorf("telegram getFile: %w", c.Redact(err))
	}
	if f.FileSize > max {
		return nil, channel.ErrPhotoTooBig
	}
	ctx, cancel := context.WithTimeout(ctx, downloadTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf(c.fileEndpoint, c.token, f.FilePath), nil)
	if err != nil {
		return nil, fmt.Errorf("telegram download: %w", c.Redact(err))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("telegram download: %w", c.Redact(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("telegram download: HTTP %d", resp.StatusCode)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return nil, fmt.Errorf("telegram download: %w", c.Redact(err))
	}
	if len(data) > max {
		return nil, channel.ErrPhotoTooBig
	}
	return data, nil
}
