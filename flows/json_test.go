package flows

import "encoding/json"

func jsonRoundTrip(s *Session) (*Session, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var out Session
	return &out, json.Unmarshal(b, &out)
}
