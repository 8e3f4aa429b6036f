package scenario

import (
	"encoding/json"
	"reflect"
	"strings"
)

// Schema returns the JSON Schema (draft 2020-12) of the scenario format,
// generated from the same struct tags the loader decodes with. TOML editors
// (Taplo, Even Better TOML) use it for completion and checking when a file
// starts with a `#:schema ./scenario.schema.json` comment.
func Schema() []byte {
	defs := map[string]any{}
	root := schemaStruct(reflect.TypeFor[fileDef](), defs)
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["title"] = "Backchannel scenario"
	root["description"] = "A Backchannel scenario file. See docs/authoring.md."
	root["$defs"] = defs
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic("scenario: schema: " + err.Error())
	}
	return append(b, '\n')
}

var leafType = reflect.TypeFor[leaf]()

// schemaOf describes a value of type t under field f.
func schemaOf(t reflect.Type, f *fieldInfo, defs map[string]any) map[string]any {
	if reflect.PointerTo(t).Implements(leafType) {
		return reflect.New(t).Interface().(leaf).jsonSchema(f)
	}
	s := map[string]any{}
	switch t.Kind() {
	case reflect.Pointer:
		return schemaOf(t.Elem(), f, defs)
	case reflect.Struct:
		name := strings.TrimSuffix(t.Name(), "Def")
		if _, ok := defs[name]; !ok {
			defs[name] = nil // reserve against recursion
			defs[name] = schemaStruct(t, defs)
		}
		s["$ref"] = "#/$defs/" + name
	case reflect.Slice:
		var ef *fieldInfo
		if f != nil {
			e := *f
			e.items, e.minItems, e.doc = 0, 0, ""
			ef = &e
			if f.items > 0 {
				s["maxItems"] = f.items
			}
			if f.minItems > 0 {
				s["minItems"] = f.minItems
			}
		}
		s["type"] = "array"
		s["items"] = schemaOf(t.Elem(), ef, defs)
	case reflect.Map:
		var ef *fieldInfo
		if f != nil {
			e := *f
			e.items, e.doc = 0, ""
			ef = &e
			if f.items > 0 {
				s["maxProperties"] = f.items
			}
		}
		s["type"] = "object"
		s["additionalProperties"] = schemaOf(t.Elem(), ef, defs)
	case reflect.String:
		s["type"] = "string"
		if f != nil {
			switch p, ok := patterns[f.pattern]; {
			case ok:
				s["pattern"] = p.re.String() // bounds the length too
			case len(f.enum) > 0:
				s["enum"] = f.enum
			default:
				s["maxLength"] = f.maxLen
				if f.req {
					s["minLength"] = 1
				}
			}
		}
	case reflect.Float64, reflect.Int:
		s["type"] = "number"
		if t.Kind() == reflect.Int {
			s["type"] = "integer"
		}
		if f != nil && f.min != nil {
			s["minimum"] = *f.min
		}
		if f != nil && f.max != nil {
			s["maximum"] = *f.max
		}
	case reflect.Bool:
		s["type"] = "boolean"
	}
	return s
}

// schemaStruct describes a table: its keys, which are required, and no
// others.
func schemaStruct(t reflect.Type, defs map[string]any) map[string]any {
	si := infoOf(t)
	props := map[string]any{}
	var req []string
	for i := range si.fields {
		f := &si.fields[i]
		p := schemaOf(t.Field(f.index).Type, f, defs)
		if f.doc != "" {
			p["description"] = f.doc
		}
		props[f.name] = p
		if f.req {
			req = append(req, f.name)
		}
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(req) > 0 {
		s["required"] = req
	}
	return s
}
