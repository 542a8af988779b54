package console

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"os"

	"github.com/baocao/baocao/bot/channel"
)

// playgroundPhoto is how the playground "sends" a photo: "!anh FILE" reads
// an image from disk, "!anh" alone draws a small picture, so that /anh and
// the export have something to show.
func playgroundPhoto(path string, n int) func(context.Context, int) ([]byte, error) {
	return func(_ context.Context, max int) ([]byte, error) {
		if path != "" {
			f, err := os.Open(path)
			if err != nil {
				return nil, fmt.Errorf("console photo: %w", err)
			}
			defer f.Close()
			data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
			if err != nil {
				return nil, fmt.Errorf("console photo: %w", err)
			}
			if len(data) > max {
				return nil, channel.ErrPhotoTooBig
			}
			return data, nil
		}
		img := image.NewRGBA(image.Rect(0, 0, 480, 360))
		for y := 0; y < 360; y++ {
			for x := 0; x < 480; x++ {
				img.Set(x, y, color.RGBA{uint8(30 + 40*(n%4)), uint8(80 + x/4), uint8(120 + y/3), 255})
			}
		}
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
			return nil, fmt.Errorf("console photo: %w", err)
		}
		return buf.Bytes(), nil
	}
}
