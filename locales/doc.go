// Package locales holds every sentence a person reads, in Vietnamese (the
// default) and English, and the rules for printing numbers, percentages and
// dates the way each language writes them (32.657 hộ; 93,1%; 20/12/2026).
//
// Catalogs are YAML files under vi/ and en/, embedded in the binary. A file
// maps message keys to templates; {name} in a template is replaced by the
// argument of that name, formatted for the language. Several files per
// language keep each feature's words beside each other; a key defined twice
// is an error caught by the tests.
package locales
