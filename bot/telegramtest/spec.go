package telegramtest

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The Bot API description (MIT, see spec/LICENSE) is embedded so the fake
// never reads anything outside the repository at run time.
//
//go:embed spec/botapi-10.1.json
var specJSON []byte

type specField struct {
	Name        string   `json:"name"`
	Types       []string `json:"types"`
	Required    bool     `json:"required"`
	Description string   `json:"description"`
}

type specEntry struct {
	Name     string      `json:"name"`
	Returns  []string    `json:"returns"`
	Fields   []specField `json:"fields"`
	Subtypes []string    `json:"subtypes"`

	byName map[string]*specField
	// discriminator: field name -> the only allowed value (e.g. "type":"default")
	fixed map[string]string
}

type apiSpec struct {
	methods map[string]*specEntry // keyed by lower-case name
	types   map[string]*specEntry
}

var (
	specOnce   sync.Once
	loadedSpec *apiSpec
)

var fixedRe = regexp.MustCompile(`(?:must be|always) ["“]?([a-z0-9_]+)["”]?\s*\.?$`)

// legacyParams are parameters removed from the documentation that the real
// server still honours and that tgbotapi v5.5.1 still sends. Rejecting them
// would fail bots that work against Telegram.
var legacyParams = map[string]specField{
	"reply_to_message_id":         {Name: "reply_to_message_id", Types: []string{"Integer"}},
	"allow_sending_without_reply": {Name: "allow_sending_without_reply", Types: []string{"Boolean"}},
	"disable_web_page_preview":    {Name: "disable_web_page_preview", Types: []string{"Boolean"}},
	"thumb":                       {Name: "thumb", Types: []string{"InputFile", "String"}},
}

func getSpec() *apiSpec {
	specOnce.Do(func() {
		var raw struct {
			Methods map[string]*specEntry `json:"methods"`
			Types   map[string]*specEntry `json:"types"`
		}
		if err := json.Unmarshal(specJSON, &raw); err != nil {
			panic("telegramtest: embedded Bot API spec is broken: " + err.Error())
		}
		s := &apiSpec{methods: map[string]*specEntry{}, types: raw.Types}
		for _, m := range raw.Methods {
			m.index()
			s.methods[strings.ToLower(m.Name)] = m
		}
		inUnion := map[string]bool{}
		for _, t := range raw.Types {
			for _, st := range t.Subtypes {
				inUnion[st] = true
			}
		}
		for name, t := range raw.Types {
			t.index()
			if !inUnion[name] {
				continue
			}
			for _, f := range t.Fields {
				if f.Name != "type" && f.Name != "source" && f.Name != "status" {
					continue
				}
				if m := fixedRe.FindStringSubmatch(f.Description); m != nil {
					if t.fixed == nil {
						t.fixed = map[string]string{}
					}
					t.fixed[f.Name] = m[1]
				}
			}
		}
		loadedSpec = s
	})
	return loadedSpec
}

func (e *specEntry) index() {
	e.byName = make(map[string]*specField, len(e.Fields))
	for i := range e.Fields {
		e.byName[e.Fields[i].Name] = &e.Fields[i]
	}
}

// param is one request parameter as received: a text value (form value,
// query value or JSON member; objects stay JSON text) or an uploaded file.
type param struct {
	value string
	file  *upload
}

type upload struct {
	name string
	size int64
}

// badRequest builds a Telegram-style 400 description.
func badRequest(format string, args ...any) error {
	return apiError{code: 400, desc: "Bad Request: " + fmt.Sprintf(format, args...)}
}

// validateParams checks every parameter of a call against the spec: no
// unknown names, all required present, and every value of a declared type.
func (s *apiSpec) validateParams(m *specEntry, params map[string]param) error {
	names := make([]string, 0, len(params))
	for n, p := range params {
		// tgbotapi sends nil slices as "null"; Telegram treats that as absent.
		if p.file == nil && p.value == "null" {
			if f, ok := m.byName[n]; ok && !slicesContain(f.Types, "String") {
				delete(params, n)
				continue
			}
		}
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		f, ok := m.byName[n]
		if !ok {
			lf, legacy := legacyParams[n]
			if !legacy || !legacyAllowed(m, n) {
				return badRequest("unknown parameter %q for method %s", n, m.Name)
			}
			f = &lf
		}
		if err := s.checkParam(f, params[n], params); err != nil {
			return err
		}
	}
	for _, f := range m.Fields {
		if _, ok := params[f.Name]; f.Required && !ok {
			return badRequest("parameter %q is required", f.Name)
		}
	}
	return nil
}

func legacyAllowed(m *specEntry, name string) bool {
	switch name {
	case "thumb":
		_, ok := m.byName["thumbnail"]
		return ok
	case "disable_web_page_preview":
		_, ok := m.byName["link_preview_options"]
		return ok
	default:
		_, ok := m.byName["reply_parameters"]
		return ok
	}
}

// checkParam accepts the value if it matches any of the field's types.
func (s *apiSpec) checkParam(f *specField, p param, all map[string]param) error {
	var firstErr error
	for _, t := range f.Types {
		err := s.checkTopValue(f.Name, t, p, all)
		if err == nil {
			return nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if len(f.Types) > 1 {
		var doc any
		dec := json.NewDecoder(strings.NewReader(p.value))
		dec.UseNumber()
		if p.file == nil && dec.Decode(&doc) == nil {
			if t := s.bestAlternative(doc, f.Types); t != "" {
				return s.checkJSON(doc, t, f.Name)
			}
		}
		return badRequest("parameter %q must be %s", f.Name, strings.Join(f.Types, " or "))
	}
	return firstErr
}

// bestAlternative picks, among object types, the one the value was meant to
// be: all its required fields present and its discriminator matching. It
// lets errors point into the right type of a union.
func (s *apiSpec) bestAlternative(v any, types []string) string {
	obj, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	for _, name := range types {
		t := s.types[name]
		if t == nil || len(t.Fields) == 0 {
			continue
		}
		match := true
		for _, f := range t.Fields {
			if _, ok := obj[f.Name]; f.Required && !ok {
				match = false
			}
		}
		for k, want := range t.fixed {
			if obj[k] != want {
				match = false
			}
		}
		if match {
			return name
		}
	}
	return ""
}

func slicesContain(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (s *apiSpec) checkTopValue(name, typ string, p param, all map[string]param) error {
	if typ == "InputFile" {
		if p.file != nil {
			return nil
		}
		if ref, ok := strings.CutPrefix(p.value, "attach://"); ok {
			if a, ok := all[ref]; ok && a.file != nil {
				return nil
			}
		}
		return badRequest("parameter %q must be an uploaded file", name)
	}
	if p.file != nil {
		return badRequest("parameter %q must be %s, not a file", name, typ)
	}
	v := p.value
	switch typ {
	case "String":
		return nil
	case "Integer":
		if _, err := strconv.ParseInt(v, 10, 64); err != nil {
			return badRequest("parameter %q must be Integer, got %q", name, clip(v))
		}
		return nil
	case "Float":
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return badRequest("parameter %q must be Float, got %q", name, clip(v))
		}
		return nil
	case "Boolean":
		if _, ok := parseBool(v); !ok {
			return badRequest("parameter %q must be Boolean, got %q", name, clip(v))
		}
		return nil
	}
	// Arrays and objects arrive JSON-serialized.
	dec := json.NewDecoder(strings.NewReader(v))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil || dec.More() {
		return badRequest("can't parse %s JSON object in parameter %q", typ, name)
	}
	return s.checkJSON(doc, typ, name)
}

// checkJSON validates a decoded JSON value against a spec type string.
func (s *apiSpec) checkJSON(v any, typ, path string) error {
	if elem, ok := strings.CutPrefix(typ, "Array of "); ok {
		arr, ok := v.([]any)
		if !ok {
			return badRequest("field %q must be an Array", path)
		}
		for i, e := range arr {
			if err := s.checkJSON(e, elem, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	}
	switch typ {
	case "String", "InputFile":
		if _, ok := v.(string); !ok {
			return badRequest("field %q must be String", path)
		}
		return nil
	case "Integer":
		n, ok := v.(json.Number)
		if !ok {
			return badRequest("field %q must be Integer", path)
		}
		if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
			return badRequest("field %q must be Integer", path)
		}
		return nil
	case "Float":
		if _, ok := v.(json.Number); !ok {
			return badRequest("field %q must be Float", path)
		}
		return nil
	case "Boolean":
		if _, ok := v.(bool); !ok {
			return badRequest("field %q must be Boolean", path)
		}
		return nil
	}
	t, ok := s.types[typ]
	if !ok {
		return badRequest("field %q has unknown type %s", path, typ)
	}
	if len(t.Subtypes) > 0 {
		var firstErr error
		for _, st := range t.Subtypes {
			err := s.checkJSON(v, st, path)
			if err == nil {
				return nil
			}
			if firstErr == nil {
				firstErr = err
			}
		}
		if best := s.bestAlternative(v, t.Subtypes); best != "" {
			return s.checkJSON(v, best, path)
		}
		return badRequest("field %q does not match any kind of %s (%s)", path, typ, strings.TrimPrefix(firstErr.Error(), "Bad Request: "))
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return badRequest("field %q must be a %s object", path, typ)
	}
	if len(t.Fields) == 0 { // placeholder types such as CallbackGame
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, ok := t.byName[k]
		if !ok {
			return badRequest("unknown field %q in %s", path+"."+k, typ)
		}
		if want, ok := t.fixed[k]; ok && obj[k] != want {
			return badRequest("field %q must be %q", path+"."+k, want)
		}
		if err := s.checkField(f, obj[k], path+"."+k); err != nil {
			return err
		}
	}
	for _, f := range t.Fields {
		if _, ok := obj[f.Name]; f.Required && !ok {
			return badRequest("field %q is required in %s", path+"."+f.Name, typ)
		}
	}
	if rule := typeRules[typ]; rule != nil {
		return rule(obj, path)
	}
	return nil
}

func (s *apiSpec) checkField(f *specField, v any, path string) error {
	var firstErr error
	for _, t := range f.Types {
		err := s.checkJSON(v, t, path)
		if err == nil {
			return nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if len(f.Types) > 1 {
		if t := s.bestAlternative(v, f.Types); t != "" {
			return s.checkJSON(v, t, path)
		}
		return badRequest("field %q must be %s", path, strings.Join(f.Types, " or "))
	}
	return firstErr
}

func parseBool(v string) (bool, bool) {
	switch strings.ToLower(v) {
	case "true", "1":
		return true, true
	case "false", "0":
		return false, true
	}
	return false, false
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
