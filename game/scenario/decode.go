package scenario

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"time"
)

// decoder fills the format structs from the maps BurntSushi/toml parsed,
// reporting every wrong type, unknown or missing key and out-of-range value
// (the library's own decoder stops at the first).
type decoder struct {
	r      *reporter
	failed map[string]bool // paths whose value was rejected, or missing
	// limited is set when a count limit is exceeded: the file is likely
	// hostile, so the loader stops after decoding.
	limited bool
}

func (d *decoder) fail(path string) { d.failed[path] = true }

// typeErr reports a value of the wrong TOML type.
func (d *decoder) typeErr(path, want string, v any) {
	d.r.errVal(path, "", "%s: want %s, got %s", keyName(path), want, describe(v))
	d.fail(path)
}

// describe names a TOML value for an error message.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		if len(x) > 30 {
			x = x[:27] + "..."
		}
		return fmt.Sprintf("string %q", x)
	case int64:
		return fmt.Sprintf("integer %d", x)
	case float64:
		return fmt.Sprintf("number %v", x)
	case bool:
		return fmt.Sprintf("%v", x)
	case time.Time:
		return "a date"
	case map[string]any:
		return "a table"
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	}
	return fmt.Sprintf("%T", v)
}

// value decodes v into rv.
func (d *decoder) value(v any, rv reflect.Value, path string, f *fieldInfo) {
	if l, ok := rv.Addr().Interface().(leaf); ok {
		l.decodeTOML(d, v, path, f)
		return
	}
	switch rv.Kind() {
	case reflect.Pointer:
		nv := reflect.New(rv.Type().Elem())
		d.value(v, nv.Elem(), path, f)
		rv.Set(nv)
	case reflect.Struct:
		d.table(v, rv, path)
	case reflect.Slice:
		d.slice(v, rv, path, f)
	case reflect.Map:
		d.mapping(v, rv, path, f)
	case reflect.String:
		d.str(v, rv, path, f)
	case reflect.Float64:
		var n float64
		switch x := v.(type) {
		case int64:
			n = float64(x)
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				d.r.errVal(path, "", "%s: want a finite number", keyName(path))
				d.fail(path)
				return
			}
			n = x
		default:
			d.typeErr(path, "a number", v)
			return
		}
		if d.inRange(n, path, f) {
			rv.SetFloat(n)
		}
	case reflect.Int:
		x, ok := v.(int64)
		if !ok {
			d.typeErr(path, "a whole number", v)
			return
		}
		if d.inRange(float64(x), path, f) {
			rv.SetInt(x)
		}
	case reflect.Bool:
		x, ok := v.(bool)
		if !ok {
			d.typeErr(path, "true or false", v)
			return
		}
		rv.SetBool(x)
	default:
		panic("scenario: cannot decode into " + rv.Type().String())
	}
}

func (d *decoder) inRange(n float64, path string, f *fieldInfo) bool {
	if f == nil || (f.min == nil || n >= *f.min) && (f.max == nil || n <= *f.max) {
		return true
	}
	want := ""
	switch {
	case f.min != nil && f.max != nil:
		want = fmt.Sprintf("%v to %v", *f.min, *f.max)
	case f.min != nil:
		want = fmt.Sprintf("at least %v", *f.min)
	default:
		want = fmt.Sprintf("at most %v", *f.max)
	}
	d.r.errVal(path, "", "%s = %v is out of range: want %s", keyName(path), n, want)
	d.fail(path)
	return false
}

func (d *decoder) str(v any, rv reflect.Value, path string, f *fieldInfo) {
	s, ok := v.(string)
	if !ok {
		d.typeErr(path, "a string", v)
		return
	}
	if f != nil {
		if f.req && strings.TrimSpace(s) == "" {
			d.r.errVal(path, "", "%s must not be empty", keyName(path))
			d.fail(path)
			return
		}
		if len(s) > f.maxLen {
			d.r.errVal(path, "", "%s is too long: %d bytes (the limit is %d)", keyName(path), len(s), f.maxLen)
			d.fail(path)
			return
		}
		if len(f.enum) > 0 && !contains(f.enum, s) {
			hint := didYouMean(s, f.enum)
			if hint == "" {
				hint = "want one of " + strings.Join(f.enum, ", ")
			}
			d.r.errVal(path, hint, "unknown %s %q", f.name, s)
			d.fail(path)
			return
		}
		if p, ok := patterns[f.pattern]; ok && !p.re.MatchString(s) {
			d.r.errVal(path, p.what, "%s: %q is not valid", keyName(path), s)
			d.fail(path)
			// Keep it: references to a badly shaped id should not also
			// be reported as dangling.
		}
	}
	rv.SetString(s)
}

// table decodes a TOML table into a format struct.
func (d *decoder) table(v any, rv reflect.Value, path string) {
	m, ok := v.(map[string]any)
	if !ok {
		d.typeErr(path, "a table", v)
		return
	}
	si := infoOf(rv.Type())
	var unknown []string
	// Map order is fine: diagnostics are sorted by position at the end.
	for k, v := range m {
		i, ok := si.byName[k]
		if !ok {
			unknown = append(unknown, k)
			continue
		}
		f := &si.fields[i]
		d.value(v, rv.Field(f.index), joinKey(path, k), f)
	}
	d.unknownKeys(path, unknown, si.names)
	for i := range si.fields {
		f := &si.fields[i]
		if _, ok := m[f.name]; !ok && f.req {
			d.r.errKey(path, strings.TrimSuffix(f.doc, "."), "missing key %q in %s", f.name, tableName(path))
			d.fail(joinKey(path, f.name))
		}
	}
}

// unknownKeys reports the keys of a table that the format does not have,
// at most maxUnknownKeys of them (in order), so that a file of a million
// junk keys costs little.
func (d *decoder) unknownKeys(path string, unknown, names []string) {
	if len(unknown) > maxUnknownKeys {
		sort.Strings(unknown)
		d.r.errKey(path, "", "%d more unknown keys in %s", len(unknown)-maxUnknownKeys, tableName(path))
		unknown = unknown[:maxUnknownKeys]
	}
	for _, k := range unknown {
		d.r.errKey(joinKey(path, k), didYouMean(k, names), "unknown key %q in %s", k, tableName(path))
	}
}

// slice decodes a TOML array (of values or of tables).
func (d *decoder) slice(v any, rv reflect.Value, path string, f *fieldInfo) {
	var elems []any
	switch x := v.(type) {
	case []any:
		elems = x
	case []map[string]any:
		elems = make([]any, len(x))
		for i, m := range x {
			elems[i] = m
		}
	default:
		d.typeErr(path, "an array", v)
		return
	}
	if f != nil && f.items > 0 && len(elems) > f.items {
		d.r.errKey(path, "", "too many %s: %d (the limit is %d)", keyName(path), len(elems), f.items)
		d.fail(path)
		d.limited = true
		return
	}
	if f != nil && len(elems) < f.minItems {
		d.r.errKey(path, "", "%s: want at least %d, got %d", keyName(path), f.minItems, len(elems))
		d.fail(path)
	}
	out := reflect.MakeSlice(rv.Type(), len(elems), len(elems))
	var ef *fieldInfo
	if f != nil {
		// Elements inherit the field's string checks (length, enum), not
		// its count limits.
		e := *f
		e.items, e.minItems = 0, 0
		ef = &e
	}
	for i, e := range elems {
		d.value(e, out.Index(i), joinIndex(path, i), ef)
	}
	rv.Set(out)
}

// mapping decodes a TOML table whose keys are ids (weights, values).
func (d *decoder) mapping(v any, rv reflect.Value, path string, f *fieldInfo) {
	m, ok := v.(map[string]any)
	if !ok {
		d.typeErr(path, "a table", v)
		return
	}
	if f != nil && f.items > 0 && len(m) > f.items {
		d.r.errKey(path, "", "too many %s: %d (the limit is %d)", keyName(path), len(m), f.items)
		d.fail(path)
		d.limited = true
		return
	}
	out := reflect.MakeMapWithSize(rv.Type(), len(m))
	for k, v := range m {
		ev := reflect.New(rv.Type().Elem()).Elem()
		kp := joinKey(path, k)
		before := len(d.r.diags)
		d.value(v, ev, kp, f)
		if len(d.r.diags) == before {
			out.SetMapIndex(reflect.ValueOf(k), ev)
		} else {
			d.fail(kp)
		}
	}
	rv.Set(out)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
