package xlsform

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Result is a workbook imported into a configuration.
type Result struct {
	Config   *flows.Config // the configuration with the form, checked
	Form     *flows.Form
	YAML     []byte // the whole configuration, to write back to its file
	Replaced bool   // a form with the same id was there and is replaced
	// Warnings are what the workbook should say better but can be served
	// as it is (a share that may divide by 0), placed at their cells; nil
	// when there are none.
	Warnings *Error
}

// Import reads the workbook in r (named name in messages) and puts its
// form into the configuration cfgYAML (named cfgName), replacing a form of
// the same id. A configuration that does not check on its own comes back
// as its *flows.ConfigError; a workbook with mistakes as an *Error listing
// every one with its sheet, row and column.
func Import(name string, r io.Reader, cfgName string, cfgYAML []byte) (*Result, error) {
	if _, err := flows.ParseConfig(cfgName, cfgYAML); err != nil {
		return nil, err
	}
	ps := &problems{}
	f, err := excelize.OpenReader(r)
	if err != nil {
		ps.add(Problem{Msg: locales.M("xlsform.not_a_workbook", "detail", err.Error())})
		return nil, &Error{File: name, Problems: ps.list}
	}
	defer f.Close()
	w, ok := read(f, ps)
	if !ok {
		return nil, &Error{File: name, Problems: ps.sorted()}
	}
	out, replaced, err := insert(cfgYAML, w.formID, w.form)
	if err != nil {
		return nil, fmt.Errorf("xlsform.Import: %w", err)
	}
	cfg, cerr := flows.ParseConfig(cfgName, out)
	if cerr != nil {
		var ce *flows.ConfigError
		if !errors.As(cerr, &ce) {
			return nil, fmt.Errorf("xlsform.Import: %w", cerr)
		}
		w.locate(out, ce, ps)
	}
	if len(ps.list) > 0 {
		return nil, &Error{File: name, Problems: ps.sorted()}
	}
	res := &Result{Config: cfg, Form: cfg.Form(w.formID), YAML: out, Replaced: replaced}
	if cfg.Warnings != nil {
		wp := &problems{}
		w.locate(out, cfg.Warnings, wp)
		res.Warnings = &Error{File: name, Problems: wp.sorted()}
	}
	return res, nil
}

// insert puts the form into the configuration's forms: list, in place of
// the one with the same id or at its end, and writes the file again.
func insert(cfgYAML []byte, id string, form *yaml.Node) ([]byte, bool, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(cfgYAML, &doc); err != nil {
		return nil, false, err
	}
	top := doc.Content[0]
	forms := lookup(top, "forms")
	if forms == nil { // ParseConfig has already refused a file without forms
		return nil, false, errors.New("no forms: list")
	}
	replaced := false
	for i, n := range forms.Content {
		if v := lookup(n, "id"); v != nil && v.Value == id {
			// Another form may share this one's questions through a YAML
			// anchor (so_ket: *phong_trao): give it its own copy first.
			unalias(&doc, n)
			forms.Content[i] = form
			replaced = true
		}
	}
	if !replaced {
		forms.Content = append(forms.Content, form)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, false, err
	}
	if err := enc.Close(); err != nil {
		return nil, false, err
	}
	return b.Bytes(), replaced, nil
}

// lookup returns the value of key in a mapping node, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// unalias replaces every alias, anywhere in doc, of a node inside old by
// a copy of what it points to, so old can go.
func unalias(doc, old *yaml.Node) {
	inside := map[*yaml.Node]bool{}
	var mark func(n *yaml.Node)
	mark = func(n *yaml.Node) {
		inside[n] = true
		for _, c := range n.Content {
			mark(c)
		}
	}
	mark(old)
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if inside[n] {
			return
		}
		for i, c := range n.Content {
			if c.Kind == yaml.AliasNode && inside[c.Alias] {
				cp := deepCopy(c.Alias)
				cp.Anchor = ""
				n.Content[i] = cp
				continue
			}
			walk(c)
		}
	}
	walk(doc)
}

func deepCopy(n *yaml.Node) *yaml.Node {
	cp := *n
	cp.Content = nil
	for _, c := range n.Content {
		cp.Content = append(cp.Content, deepCopy(c))
	}
	return &cp
}
