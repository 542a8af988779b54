package bot

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// photoBytes reads kept photos from the store.
func photoBytes(tx *store.Tx) func(s *flows.Submission, q *flows.Question) []byte {
	return func(s *flows.Submission, q *flows.Question) []byte {
		v := s.Answers[q.ID]
		b, err := tx.Photo(v.Text)
		if err != nil {
			return nil
		}
		return b
	}
}
