package web

import (
	"mime"
	"net/http"
	"strconv"

	"github.com/baocao/baocao/store"
)

// The download formats, as /xuat names them.
const (
	formatXLSX = "xlsx"
	formatCSV  = "csv"
)

// download: the report sheet (.xlsx) or the figures (.csv), the very
// files /xuat sends in the chat.
func (h *Handler) download(w http.ResponseWriter, r *http.Request, v *visit) {
	format := r.PathValue("format")
	if format != formatXLSX && format != formatCSV {
		h.notFound(w, r)
		return
	}
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var name string
	var data []byte
	err := h.Store.Update(func(tx *store.Tx) error {
		var err error
		name, data, err = h.Bot.Export(tx, v.person, n.Unit, n.Form, n.Period, format, v.lang, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	ctype := "text/csv; charset=utf-8"
	if format == formatXLSX {
		ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Write(data)
}

type chartsBody struct {
	Count int
}

// charts: the /bieudo charts of the chosen unit and period.
func (h *Handler) charts(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var files [][]byte
	err := h.Store.View(func(tx *store.Tx) error {
		var err error
		files, err = h.Bot.Charts(tx, n.Unit, n.Form, n.Period, v.lang)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	h.render(w, r, http.StatusOK, "charts", h.page(r, v, n, tr(v.lang, "web.charts_title"), chartsBody{Count: len(files)}))
}

// chartPNG is the n-th chart of the charts page.
func (h *Handler) chartPNG(w http.ResponseWriter, r *http.Request, v *visit) {
	i, err := strconv.Atoi(r.PathValue("n"))
	n, ok := h.choose(r, v)
	if !ok || err != nil {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var files [][]byte
	err = h.Store.View(func(tx *store.Tx) error {
		var err error
		files, err = h.Bot.Charts(tx, n.Unit, n.Form, n.Period, v.lang)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	if i < 0 || i >= len(files) {
		h.notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(files[i])
}
