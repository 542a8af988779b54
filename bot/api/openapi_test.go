package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"golang.org/x/time/rate"

	"github.com/baocao/baocao/flows"
)

// contract loads the served OpenAPI document and checks it is valid.
func contract(t *testing.T, f *fixture) (*openapi3.T, routers.Router) {
	t.Helper()
	code, _, body := f.get("", "/api/v1/openapi.json")
	if code != 200 {
		t.Fatalf("openapi.json: %d", code)
	}
	if !bytes.Equal(body, openAPI) {
		t.Error("the document served is not the embedded one")
	}
	doc, err := openapi3.NewLoader().LoadFromData(body)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the document is not valid OpenAPI 3: %v", err)
	}
	r, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return doc, r
}

// check calls path with unit's token and validates the request and the
// answer against the document; it returns the status.
func check(t *testing.T, f *fixture, router routers.Router, unit, path string, header ...string) int {
	t.Helper()
	req, err := http.NewRequest("GET", f.srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if unit != "" {
		req.Header.Set("Authorization", "Bearer "+f.tokens[unit])
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Errorf("%s: not in the document: %v", path, err)
		return resp.StatusCode
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true}}
	// Requests the API refuses (a missing parameter) are refused by the
	// document too; only the answers must always match.
	reqErr := openapi3filter.ValidateRequest(context.Background(), in)
	if resp.StatusCode < 400 && reqErr != nil {
		t.Errorf("%s: the document refuses a request the API answers: %v", path, reqErr)
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("%s → %d: the answer does not match the document: %v\n%s", path, resp.StatusCode, err, body[:min(len(body), 600)])
	}
	return resp.StatusCode
}

func TestEveryRouteAnswersAsTheOpenAPIDocumentSays(t *testing.T) {
	f := newFixture(t, someReported)
	doc, router := contract(t, f)
	called := map[string]bool{}
	cases := []struct {
		unit, path string
		header     []string
		status     int
	}{
		{"38", "/api/v1/units", nil, 200},
		{"cum_391", "/api/v1/units?unit=15187", nil, 200},
		{"38", "/api/v1/units.csv", nil, 200},
		{"15187", "/api/v1/forms", nil, 200},
		{"15187", "/api/v1/periods?form=thang", nil, 200},
		{"15187", "/api/v1/periods?form=nam&n=3", nil, 200},
		{"15187", "/api/v1/periods.csv?form=so_ket", nil, 200},
		{"38", "/api/v1/figures?form=thang&period=2026-11", nil, 200},
		{"38", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", nil, 200},
		{"15187", "/api/v1/figures?form=thang&period=2026-11", nil, 200},
		{"38", "/api/v1/figures?form=nam&period=2024", nil, 200}, // an earlier era
		{"38", "/api/v1/figures.csv?form=thang&period=2026-11", nil, 200},
		{"cum_391", "/api/v1/figures?form=thang&period=2026-11&unit=cum_391", []string{"Accept", "text/csv"}, 200},
		{"cum_391", "/api/v1/submissions?form=thang&period=2026-11", nil, 200},
		{"38", "/api/v1/submissions?form=nam&period=2024&unit=15250", nil, 200},
		{"cum_391", "/api/v1/submissions.csv?form=thang&period=2026-11", nil, 200},
		{"cum_391", "/api/v1/status?form=thang&period=2026-11", nil, 200},
		{"38", "/api/v1/status.csv?form=thang&period=2026-11", nil, 200},
		{"", "/api/v1/status?form=thang&period=2026-11", nil, 401},
		{"cum_392", "/api/v1/status?form=thang&period=2026-11&unit=cum_391", nil, 403},
		{"38", "/api/v1/status?form=thang&period=2026-11&unit=00000", nil, 404},
		{"38", "/api/v1/submissions?form=thang", nil, 400},
		{"38", "/api/v1/figures?form=thang&period=2026-13", nil, 404},
		{"38", "/api/v1/forms", []string{"Accept", "text/csv"}, 406},
		{"", "/api/v1/openapi.json", nil, 200},
	}
	for _, c := range cases {
		if got := check(t, f, router, c.unit, c.path, c.header...); got != c.status {
			t.Errorf("%s: %d, want %d", c.path, got, c.status)
		}
		path, _, _ := strings.Cut(c.path, "?")
		called[path] = true
	}
	f.h.Rate, f.h.Burst = rate.Every(time.Hour), 1
	f.token("cum_393") // a token whose budget starts now
	check(t, f, router, "cum_393", "/api/v1/forms")
	if got := check(t, f, router, "cum_393", "/api/v1/forms"); got != 429 {
		t.Errorf("over the rate: %d", got)
	}
	for path := range doc.Paths.Map() {
		if !called[path] {
			t.Errorf("the document has %s, which no case calls", path)
		}
	}
}

// An earlier era's figures come with the era they were summed from.
func TestAPeriodBeforeTheReformIsSummedFromTheOldUnits(t *testing.T) {
	f := newFixture(t, func(int, *flows.Unit) bool { return false })
	var got Figures
	f.getJSON("38", "/api/v1/figures?form=nam&period=2024", &got)
	if got.Era == nil || got.Era.Until != "2025-07-01" || got.Era.OldUnits == 0 {
		t.Errorf("era %+v", got.Era)
	}
}
