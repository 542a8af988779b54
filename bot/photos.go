package bot

// Photo evidence. A photo answer arrives as the channel's file id; its
// bytes are fetched through the channel's own way (Incoming.Fetch: the
// Telegram adapter calls getFile and downloads, the playground draws one)
// before the transaction, bounded in size and time, and kept with the
// answer in the same commit. Supervisors see them with /anh, and the
// export embeds them.

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/report"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// photoFetchTime bounds a download, so a slow network cannot hold a chat.
const photoFetchTime = 20 * time.Second

// ErrPhotoTooBig is what a Fetch returns for a photo over its bound.
var ErrPhotoTooBig = channel.ErrPhotoTooBig

// fetchPhoto downloads the bytes of a photo that answers the question the
// person is being asked (nothing is fetched for strangers or stray
// photos). A failed download leaves PhotoData empty: the answer is still
// taken, with its file id, and the officer is not bothered.
func (a *App) fetchPhoto(ctx context.Context, in *channel.Incoming) {
	if in.Kind != channel.KindPhoto || in.Fetch == nil || in.FileID == "" {
		return
	}
	q := a.askedOf(in)
	wanted := q != nil && q.Type == flows.TypePhoto
	if !wanted {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, photoFetchTime)
	defer cancel()
	data, err := in.Fetch(ctx, store.MaxPhotoBytes)
	switch {
	case errors.Is(err, ErrPhotoTooBig):
		a.log().Warn("photo over the bound, kept as a file id only", "channel", in.Channel, "chat", in.ChatID)
	case err != nil:
		a.log().Warn("photo download failed, kept as a file id only", "channel", in.Channel, "chat", in.ChatID, "err", err)
	case len(data) > store.MaxPhotoBytes:
		a.log().Warn("photo over the bound, kept as a file id only", "channel", in.Channel, "chat", in.ChatID)
	default:
		in.PhotoData = data
	}
}

// askedOf is the question the sender of in is being asked: nil for a
// stranger, a paused draft, a review or a menu. Media are fetched only for
// the question that takes them.
func (a *App) askedOf(in *channel.Incoming) (q *flows.Question) {
	a.Store.View(func(tx *store.Tx) error {
		p, err := tx.PersonByIdentity(store.Identity{Channel: in.Channel, ChatID: in.ChatID})
		if err != nil {
			return nil
		}
		s, err := tx.Session(p.ID)
		if err != nil || s.Paused || s.State != flows.Asking {
			return nil
		}
		if f := a.Config.Form(s.Form); f != nil {
			q = f.Question(s.Current)
		}
		return nil
	})
	return q
}

// keepPhoto stores fetched photo bytes in the message's transaction.
func (r *request) keepPhoto() error {
	if len(r.in.PhotoData) == 0 || r.person == nil {
		return nil
	}
	return r.tx.PutPhoto(r.in.FileID, r.in.PhotoData)
}

// maxPhotosSent bounds one /anh: a district's photos are picked by unit.
const maxPhotosSent = 10

// photos: /anh UNIT [FORM PERIOD].
func (r *request) photos(args string) error {
	fields := strings.Fields(args)
	if len(fields) == 0 {
		r.say(locales.M("photos.usage"))
		return nil
	}
	u := r.cfg().Units.Get(fields[0])
	if u == nil || !flows.May(r.person, r.cfg().Units, flows.Supervise, u) {
		r.say(locales.M("access.denied", "unit", locales.Plain(shorten(fields[0], 20))))
		return nil
	}
	var f *flows.Form
	var p flows.Period
	if len(fields) >= 3 {
		f = r.cfg().Form(fields[1])
		var err error
		if f != nil {
			p, err = f.Period(fields[2])
		}
		if f == nil || err != nil {
			r.say(locales.M("pick.not_found", "input", locales.Plain(shorten(fields[1]+" "+fields[2], 40)), "command", locales.Plain("/anh")))
			return nil
		}
	}
	if !u.IsLeaf() {
		return r.photoUnits(u, f, p)
	}
	type shot struct {
		form   *flows.Form
		period flows.Period
		sub    *flows.Submission
		q      *flows.Question
	}
	var shots []shot
	add := func(f *flows.Form, p flows.Period, s *flows.Submission) {
		for _, q := range f.Questions {
			if v, ok := s.Answers[q.ID]; ok && q.Type == flows.TypePhoto && !v.Skipped && v.Text != "" {
				shots = append(shots, shot{f, p, s, q})
			}
		}
	}
	if f != nil && r.cfg().Earlier(p) {
		r.say(r.cfg().NotYetUnit(u, f, p)) // that period's photos under this code are another unit's
		return nil
	}
	if f != nil {
		s, err := r.tx.Submission(f.ID, p.Key, u.Code)
		if err != nil && !isNotFound(err) {
			return err
		}
		if err == nil {
			add(f, p, s)
		}
	} else {
		recent, err := r.recentSubmissions(u, nil)
		if err != nil {
			return err
		}
		for _, s := range recent {
			add(s.form, s.period, s.sub)
		}
	}
	if len(shots) == 0 {
		r.say(locales.M("photos.none", "unit", u.Named()))
		return nil
	}
	missing := 0
	for i, s := range shots {
		if i == maxPhotosSent {
			r.say(locales.M("photos.more", "count", len(shots)-i))
			break
		}
		data, err := r.tx.Photo(s.sub.Answers[s.q.ID].Text)
		if isNotFound(err) {
			missing++
			continue
		}
		if err != nil {
			return err
		}
		r.sendFile(Attachment{
			File: channel.File{Name: s.form.ID + "-" + s.period.Key + "-" + u.Code + "-" + s.q.ID + report.ImageExt(data), Photo: true, Data: data},
			Caption: locales.M("photos.caption", "unit", u.Named(), "title", s.form.Title, "period", s.period.Label(),
				"label", flows.Label(s.q), "by", locales.Plain(s.sub.ByName), "at", locales.DateTime(s.sub.At)),
		})
	}
	if missing > 0 {
		r.say(locales.M("photos.not_kept", "count", missing))
	}
	return nil
}

// photoUnits lists, for a unit above the reporting ones, which of them
// sent photos in the period, with a button each.
func (r *request) photoUnits(u *flows.Unit, f *flows.Form, p flows.Period) error {
	if f == nil {
		var ok bool
		if f, p, _, ok = r.pick("anh "+u.Code, "pick.photos", ""); !ok {
			return nil
		}
	}
	if r.cfg().Earlier(p) {
		// Photos of a period before today's units are the old units'; a
		// reused code's would be shown as the new unit's.
		r.say(r.cfg().NotYetUnit(u, f, p))
		return nil
	}
	subs, err := r.tx.SubmissionsFor(f.ID, p.Key, u.Leaves())
	if err != nil {
		return err
	}
	var rows [][]flows.Button
	for _, l := range u.Leaves() {
		s := subs[l.Code]
		if s == nil {
			continue
		}
		n := 0
		for _, q := range f.Questions {
			if v, ok := s.Answers[q.ID]; ok && q.Type == flows.TypePhoto && !v.Skipped && v.Text != "" {
				n++
			}
		}
		if n > 0 && len(rows) < 30 {
			rows = append(rows, []flows.Button{{Label: locales.M("photos.unit_button", "unit", l.Name, "count", n),
				Data: "/anh " + l.Code + " " + f.ID + " " + p.Key}})
		}
	}
	if len(rows) == 0 {
		r.say(locales.M("photos.none_under", "unit", u.Named(), "title", f.Title, "period", p.Label()))
		return nil
	}
	r.say(locales.M("photos.units", "unit", u.Named(), "title", f.Title, "period", p.Label(), "count", len(rows)), rows...)
	return nil
}
