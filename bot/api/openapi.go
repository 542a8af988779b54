package api

import _ "embed"

// openAPI is the API's contract (OpenAPI 3.0), served at
// /api/v1/openapi.json; openapi_test.go checks every route's answers
// against it.
//
//go:embed openapi.json
var openAPI []byte
