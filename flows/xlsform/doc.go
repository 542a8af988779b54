// Package xlsform reads and writes report forms as XLSForm-style Excel
// workbooks, the format that ODK, KoboToolbox and the province offices'
// own form designers already use: a "survey" sheet (one row per question:
// type, name, label::Tiếng Việt, label::English, hint, required,
// constraint, constraint_message, relevant, calculation), a "choices"
// sheet (the options of select_one / select_multiple lists) and a
// "settings" sheet (form_id, form_title and baocao's period and days).
//
// Import turns a workbook into a form inside a configuration and checks
// it with the configuration's own checker (flows.ParseConfig), so a form
// from Excel obeys exactly the rules of one written in YAML. Every mistake
// is reported with its sheet, row and column. Export writes a configured
// form back, so that a form can be round-tripped through Excel.
//
// XLSForm expressions (${field}, ".", "=", "div", "mod", selected(),
// count-selected(), 'yes'/'no' of a yes/no question) are translated to the
// configuration's expression language (expr) and back; see expr.go.
package xlsform
