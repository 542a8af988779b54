package channel

import (
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"net/http"
)

// ReadDelivery reads a webhook delivery the way both platforms' contracts
// ask: POST only; the secret header checked in constant time before the
// body is read (401 when missing, 403 when wrong); the body bounded by
// limit (413 above it). ok is false when the answer has been written and
// nothing is to be handled. name prefixes the log lines ("zalo").
func ReadDelivery(w http.ResponseWriter, r *http.Request, header, secret string, limit int64, log *slog.Logger, name string) (body []byte, ok bool) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return nil, false
	}
	got := r.Header.Get(header)
	if got == "" {
		http.Error(w, "missing secret", http.StatusUnauthorized)
		return nil, false
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
		log.Warn(name+": webhook delivery with a wrong secret refused", "remote", r.RemoteAddr)
		http.Error(w, "wrong secret", http.StatusForbidden)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			log.Warn(name+": webhook delivery over the size limit refused", "limit", limit)
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return nil, false
	}
	return body, true
}
