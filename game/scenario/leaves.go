package scenario

import (
	"math"
	"sort"
	"time"

	"backchannel/game"
)

// leaf is a format type that decodes itself from one TOML value and
// describes itself in the JSON Schema.
type leaf interface {
	decodeTOML(d *decoder, v any, path string, f *fieldInfo)
	jsonSchema(f *fieldInfo) map[string]any
}

// dateValue is a calendar day, written as a TOML local date (2009-03-02)
// or a string ("2009-03-02").
type dateValue struct {
	D   game.Date
	Set bool
}

func (dv *dateValue) decodeTOML(d *decoder, v any, path string, f *fieldInfo) {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() != 0 || x.Minute() != 0 || x.Second() != 0 || x.Nanosecond() != 0 {
			d.r.errVal(path, "write a day as YYYY-MM-DD", "%s: want a date without a time of day", keyName(path))
			d.fail(path)
			return
		}
		dv.D, dv.Set = game.Date{Year: x.Year(), Month: x.Month(), Day: x.Day()}, true
	case string:
		t, err := time.Parse("2006-01-02", x)
		if err != nil {
			d.r.errVal(path, "write a day as YYYY-MM-DD, such as 2009-03-02", "%s: bad date %q", keyName(path), x)
			d.fail(path)
			return
		}
		dv.D, dv.Set = game.DateOf(t), true
	default:
		d.typeErr(path, "a date", v)
	}
}

// jsonSchema says "a string in date format", which is also how Taplo lets
// a TOML date through: JSON has no date type.
func (dateValue) jsonSchema(*fieldInfo) map[string]any {
	return map[string]any{"type": "string", "format": "date"}
}

// looseDate is a date for prose (a debrief note): a TOML date, or any
// string such as "September 2009".
type looseDate string

func (ld *looseDate) decodeTOML(d *decoder, v any, path string, f *fieldInfo) {
	switch x := v.(type) {
	case time.Time:
		*ld = looseDate(x.Format("2006-01-02"))
	case string:
		if len(x) > MaxName {
			d.r.errVal(path, "", "%s is too long: %d bytes (the limit is %d)", keyName(path), len(x), MaxName)
			d.fail(path)
			return
		}
		*ld = looseDate(x)
	default:
		d.typeErr(path, "a date or a string", v)
	}
}

func (looseDate) jsonSchema(*fieldInfo) map[string]any {
	return map[string]any{"anyOf": []any{
		map[string]any{"type": "string", "format": "date"},
		map[string]any{"type": "string", "maxLength": MaxName},
	}}
}

// exprValue is the source of an expression, compiled once every id is
// known.
type exprValue struct {
	Src string
	Set bool
}

func (ev *exprValue) decodeTOML(d *decoder, v any, path string, f *fieldInfo) {
	s, ok := v.(string)
	if !ok {
		d.typeErr(path, "an expression in a string", v)
		return
	}
	if len(s) > MaxExprLen {
		d.r.errVal(path, "split the condition, or use a variable", "expression too long: %d bytes (the limit is %d)", len(s), MaxExprLen)
		d.fail(path)
		return
	}
	ev.Src, ev.Set = s, true
}

func (exprValue) jsonSchema(*fieldInfo) map[string]any {
	return map[string]any{"type": "string", "maxLength": MaxExprLen}
}

// quantityValue is a number, or an expression that computes one.
type quantityValue struct {
	Num    float64
	Src    string
	IsExpr bool
	Set    bool
}

func (qv *quantityValue) decodeTOML(d *decoder, v any, path string, f *fieldInfo) {
	switch x := v.(type) {
	case int64:
		qv.Num, qv.Set = float64(x), true
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			d.r.errVal(path, "", "%s: want a finite number", keyName(path))
			d.fail(path)
			return
		}
		qv.Num, qv.Set = x, true
	case string:
		var ev exprValue
		ev.decodeTOML(d, v, path, f)
		qv.Src, qv.IsExpr, qv.Set = ev.Src, true, ev.Set
	default:
		d.typeErr(path, "a number or an expression in a string", v)
	}
}

func (quantityValue) jsonSchema(*fieldInfo) map[string]any {
	return map[string]any{"type": []any{"number", "string"}, "maxLength": MaxExprLen}
}

// valuesValue is what a type thinks of each option of an issue: an array
// in option order, or a table keyed by option id. Which options exist is
// only known after decoding, so the checker aligns the table form.
type valuesValue struct {
	List     []float64
	ByOption map[string]float64
	IsTable  bool
}

func (vv *valuesValue) decodeTOML(d *decoder, v any, path string, f *fieldInfo) {
	num := func(x any, p string) (float64, bool) {
		var n float64
		switch y := x.(type) {
		case int64:
			n = float64(y)
		case float64:
			n = y
		default:
			d.typeErr(p, "a number", x)
			return 0, false
		}
		if !(n >= 0 && n <= 100) {
			d.r.errVal(p, "values run from 0 (worst) to 100 (best)", "%s = %v is out of range: want 0 to 100", keyName(p), n)
			d.fail(p)
			return 0, false
		}
		return n, true
	}
	switch x := v.(type) {
	case []any:
		if len(x) > maxOptions {
			d.r.errVal(path, "", "too many values: %d (the limit is %d)", len(x), maxOptions)
			d.fail(path)
			return
		}
		for i, e := range x {
			n, _ := num(e, joinIndex(path, i))
			vv.List = append(vv.List, n)
		}
	case map[string]any:
		if len(x) > maxOptions {
			d.r.errVal(path, "", "too many values: %d (the limit is %d)", len(x), maxOptions)
			d.fail(path)
			return
		}
		vv.IsTable, vv.ByOption = true, map[string]float64{}
		for _, k := range sortedKeys(x) {
			if n, ok := num(x[k], joinKey(path, k)); ok {
				vv.ByOption[k] = n
			}
		}
	default:
		d.typeErr(path, "an array of numbers or a table of option = number", v)
	}
}

func (valuesValue) jsonSchema(*fieldInfo) map[string]any {
	n := map[string]any{"type": "number", "minimum": 0, "maximum": 100}
	return map[string]any{"anyOf": []any{
		map[string]any{"type": "array", "items": n, "maxItems": maxOptions},
		map[string]any{"type": "object", "additionalProperties": n, "maxProperties": maxOptions},
	}}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
