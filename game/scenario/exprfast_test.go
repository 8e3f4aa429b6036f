package scenario

import (
	"math"
	"reflect"
	"testing"

	"backchannel/game"
)

// edgeFacts is facts{} with zeros and negatives, where division, negative
// zero and NaN show any difference between the VM and a fast function.
type edgeFacts struct{ facts }

func (edgeFacts) Var(id string) float64 { return map[string]float64{"stock": 0, "flow": -2.5}[id] }
func (edgeFacts) Turn() int             { return 0 }
func (edgeFacts) Date() game.Date       { return game.Date{Year: 2024, Month: 12, Day: 31} }
func (edgeFacts) Fired(string) bool     { return false }

// TestFastExpressions checks that a Go function, where an expression has
// one, gives exactly what the VM gives, and that the usual shapes get one.
func TestFastExpressions(t *testing.T) {
	conds := []string{
		`stock > 1000`, `stock > 1000 && flow < 2`, `base == "open"`, `base != "open" || flow >= 3`,
		`option("base") in ["closed"]`, `base not in ["closed"]`, `base in ["open", "closed"]`,
		`support("A") - support("B") >= 25`, `face("A") < 50 and trust("A", "B") > 50`,
		`date >= "2025-02-01" && date < "2025-03-01"`, `fired("e0") && !fired("e1")`,
		`max(stock, 2000) == 2000`, `min(flow, 2, stock) < 0`, `turn > 2 ? base == "open" : false`,
		`type("A") == "t" && type("B") != "t"`, `leaked("letter")`, `agreed("base", "closed")`,
		`reneged("B") && !reneged("A")`, `stated("A", "base", "open")`, `stock / 0 > 1`, `-turn == 0`,
		`(base == "open") == fired("e0")`, `turn == 4.0`, `(turn > 1 ? "a" : "b") == "a"`,
	}
	nums := []string{
		`stock * 0.5`, `turn`, `-turn`, `abs(flow - 10)`, `abs(-stock)`, `base == "open" ? 10 : -10`,
		`stock / 0`, `stock / (turn - 4)`, `flow * (base == "open" ? 0.010 : 0.011)`,
		`max(3, 30 - stock / 200 - (base == "open" ? 6 : 0)) - flow`, `min(stock, flow) + turn`,
		`-(stock - stock)`, `turn + 1 - 2`, `1 / -turn`, `1 / -(stock * 1)`,
	}
	// Left to the VM: each may fail or overflow, or rounds.
	slow := []string{`turn % 2 == 0`, `turn * 2 > 1`, `flow ** 2 > 1`, `floor(flow) > 1`}
	s, diags, err := Parse("x.toml", []byte(exprScenario(append(conds, slow...), nums)))
	if err != nil {
		t.Fatalf("%v\n%s", err, diags)
	}
	for _, f := range []game.Facts{facts{}, edgeFacts{}} {
		for i, src := range append(conds, slow...) {
			c := s.Events[i].When.(*condition)
			if (c.fast != nil) != (i < len(conds)) {
				t.Errorf("%s: fast function %v, want %v", src, c.fast != nil, i < len(conds))
			}
			vm := condition{prog: c.prog}
			if got, want := c.Holds(f), vm.Holds(f); got != want {
				t.Errorf("%s on %T: %v, the VM says %v", src, f, got, want)
			}
		}
		for i, src := range nums {
			q := s.Variables[1].Rules[i].Delta.(*quantity)
			if q.fast == nil {
				t.Errorf("%s: no fast function", src)
				continue
			}
			vm := quantity{prog: q.prog}
			got, want := q.Value(f), vm.Value(f)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Errorf("%s on %T: %v, the VM says %v", src, f, got, want)
			}
			// Before the check for a finite number, too.
			raw, _ := run(q.prog, f)
			if w, ok := raw.(float64); ok && math.Float64bits(q.fast(f)) != math.Float64bits(w) && !(math.IsNaN(w) && math.IsNaN(q.fast(f))) {
				t.Errorf("%s on %T: raw %v, the VM gives %v", src, f, q.fast(f), w)
			}
		}
	}
}

// TestShippedExpressionsFast checks that every expression of the built-in
// scenarios runs as a Go function and agrees with the VM.
func TestShippedExpressionsFast(t *testing.T) {
	for _, name := range BuiltinNames() {
		sc, err := Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		eachExpr(reflect.ValueOf(sc), func(x any) {
			n++
			switch e := x.(type) {
			case *condition:
				if e.fast == nil {
					t.Errorf("%s: %s runs on the VM", name, e.src)
				} else if e.Holds(facts{}) != (&condition{prog: e.prog}).Holds(facts{}) {
					t.Errorf("%s: %s differs from the VM", name, e.src)
				}
			case *quantity:
				if e.fast == nil {
					t.Errorf("%s: %s runs on the VM", name, e.src)
				} else if e.Value(facts{}) != (&quantity{prog: e.prog}).Value(facts{}) {
					t.Errorf("%s: %s differs from the VM", name, e.src)
				}
			}
		})
		if n == 0 {
			t.Errorf("%s: no expressions found", name)
		}
	}
}

// eachExpr calls fn with every compiled expression reachable from v.
func eachExpr(v reflect.Value, fn func(any)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.CanInterface() {
			switch x := v.Interface().(type) {
			case *condition, *quantity:
				fn(x)
				return
			}
		}
		eachExpr(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				eachExpr(v.Field(i), fn)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			eachExpr(v.Index(i), fn)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			eachExpr(v.MapIndex(k), fn)
		}
	}
}
