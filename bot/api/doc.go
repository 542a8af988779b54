// Package api is the read-only JSON API for the province's own systems,
// under /api/v1/ on the public server of `baocao serve --listen`: the
// units (with their eras and clusters), the forms, a form's periods, the
// figures of a unit, a cluster or the province, the submissions with their
// versions, and who has reported. The tabular ones also come as CSV.
//
// It computes nothing of its own: figures are the digest's and the
// standing's (the same flows code /tonghop, /ketqua, /xuat and the web
// view use, asked for through Bot, which package bot's WebSide provides),
// and a submission leaves in bot/wire's shape, the bytes the webhooks send.
//
// A caller shows a token (Authorization: Bearer …) made with `baocao api
// token create --unit CODE`; the token sees what a supervisor of that unit
// may see (flows.May), is rate-limited on its own, and every call it makes
// is written to the audit log. Only the token's SHA-256 is stored, and the
// token itself is never logged.
//
// The contract is openapi.json, served at /api/v1/openapi.json and checked
// against every route's answers by the tests.
package api
