package scenario

import (
	"github.com/expr-lang/expr/ast"

	"backchannel/game"
)

// The shapes scenario expressions take almost always (issue == "option",
// leu_kg >= 1200, fired("x"), &&, ||, !, in [...], arithmetic, ? :, min and
// max) are turned into plain Go functions once the checker has passed the
// tree; the VM runs the rest. The VM boxes every value and builds an
// argument list for every call, which made expressions a large share of a
// simulated game's garbage. A fast function gives exactly what the VM gives:
// numbers are worked in float64, which holds every integer an expression
// can reach here exactly (integer literals are small, and a product of
// two integers, which could overflow, is left to the VM, as are %, ** and
// any operation that can fail at run time).

type (
	boolFn func(game.Facts) bool
	numFn  func(game.Facts) float64
	strFn  func(game.Facts) string
)

// maxFastInt bounds the integer literals a fast function takes: sums of
// them stay far inside float64's exact integers.
const maxFastInt = 1 << 31

// fastBool turns a checked, optimized condition into a Go function, or
// returns nil when some part of it is left to the VM.
func fastBool(n ast.Node) boolFn {
	switch x := n.(type) {
	case *ast.BoolNode:
		v := x.Value
		return func(game.Facts) bool { return v }
	case *ast.ConstantNode:
		if v, ok := x.Value.(bool); ok {
			return func(game.Facts) bool { return v }
		}
	case *ast.CallNode:
		args, ok := callArgs(x)
		if !ok {
			return nil
		}
		switch name(x) {
		case "Fired":
			if len(args) == 1 {
				a := args[0]
				return func(f game.Facts) bool { return f.Fired(a) }
			}
		case "Leaked":
			if len(args) == 1 {
				a := args[0]
				return func(f game.Facts) bool { return f.Leaked(a) }
			}
		case "Reneged":
			if len(args) == 1 {
				a := args[0]
				return func(f game.Facts) bool { return f.Reneged(a) }
			}
		case "Agreed":
			if len(args) == 2 {
				a, b := args[0], args[1]
				return func(f game.Facts) bool { return f.Agreed(a, b) }
			}
		case "Stated":
			if len(args) == 3 {
				a, b, c := args[0], args[1], args[2]
				return func(f game.Facts) bool { return f.Stated(a, b, c) }
			}
		}
	case *ast.UnaryNode:
		if x.Operator == "!" || x.Operator == "not" {
			if in := fastBool(x.Node); in != nil {
				return func(f game.Facts) bool { return !in(f) }
			}
		}
	case *ast.ConditionalNode:
		c, a, b := fastBool(x.Cond), fastBool(x.Exp1), fastBool(x.Exp2)
		if c != nil && a != nil && b != nil {
			return func(f game.Facts) bool {
				if c(f) {
					return a(f)
				}
				return b(f)
			}
		}
	case *ast.BinaryNode:
		return fastBinaryBool(x)
	}
	return nil
}

func fastBinaryBool(x *ast.BinaryNode) boolFn {
	switch x.Operator {
	case "&&", "and":
		l, r := fastBool(x.Left), fastBool(x.Right)
		if l != nil && r != nil {
			return func(f game.Facts) bool { return l(f) && r(f) }
		}
		return nil
	case "||", "or":
		l, r := fastBool(x.Left), fastBool(x.Right)
		if l != nil && r != nil {
			return func(f game.Facts) bool { return l(f) || r(f) }
		}
		return nil
	case "in":
		l := fastStr(x.Left)
		set, ok := stringSet(x.Right)
		if l == nil || !ok {
			return nil
		}
		return func(f game.Facts) bool { _, in := set[l(f)]; return in }
	}
	if l, r := fastStr(x.Left), fastStr(x.Right); l != nil && r != nil {
		switch x.Operator {
		case "==":
			return func(f game.Facts) bool { return l(f) == r(f) }
		case "!=":
			return func(f game.Facts) bool { return l(f) != r(f) }
		case "<":
			return func(f game.Facts) bool { return l(f) < r(f) }
		case ">":
			return func(f game.Facts) bool { return l(f) > r(f) }
		case "<=":
			return func(f game.Facts) bool { return l(f) <= r(f) }
		case ">=":
			return func(f game.Facts) bool { return l(f) >= r(f) }
		}
		return nil
	}
	if l, r := fastBool(x.Left), fastBool(x.Right); l != nil && r != nil {
		switch x.Operator {
		case "==":
			return func(f game.Facts) bool { return l(f) == r(f) }
		case "!=":
			return func(f game.Facts) bool { return l(f) != r(f) }
		}
		return nil
	}
	l, _ := fastNum(x.Left)
	r, _ := fastNum(x.Right)
	if l == nil || r == nil {
		return nil
	}
	switch x.Operator {
	case "==":
		return func(f game.Facts) bool { return l(f) == r(f) }
	case "!=":
		return func(f game.Facts) bool { return l(f) != r(f) }
	case "<":
		return func(f game.Facts) bool { return l(f) < r(f) }
	case ">":
		return func(f game.Facts) bool { return l(f) > r(f) }
	case "<=":
		return func(f game.Facts) bool { return l(f) <= r(f) }
	case ">=":
		return func(f game.Facts) bool { return l(f) >= r(f) }
	}
	return nil
}

// fastNum turns a numeric expression into a Go function, and says whether
// the VM would work it as an integer; nil when it is left to the VM.
func fastNum(n ast.Node) (numFn, bool) {
	switch x := n.(type) {
	case *ast.IntegerNode:
		if x.Value > -maxFastInt && x.Value < maxFastInt {
			v := float64(x.Value)
			return func(game.Facts) float64 { return v }, true
		}
	case *ast.FloatNode:
		v := x.Value
		return func(game.Facts) float64 { return v }, false
	case *ast.ConstantNode:
		switch v := x.Value.(type) {
		case float64:
			return func(game.Facts) float64 { return v }, false
		case int:
			if v > -maxFastInt && v < maxFastInt {
				fv := float64(v)
				return func(game.Facts) float64 { return fv }, true
			}
		}
	case *ast.CallNode:
		return fastNumCall(x)
	case *ast.UnaryNode:
		in, isInt := fastNum(x.Node)
		if in == nil {
			return nil, false
		}
		switch x.Operator {
		case "-":
			if isInt {
				// The VM negates an integer: no negative zero.
				return func(f game.Facts) float64 { return 0 - in(f) }, true
			}
			return func(f game.Facts) float64 { return -in(f) }, false
		case "+":
			return in, isInt
		}
	case *ast.ConditionalNode:
		c := fastBool(x.Cond)
		a, ai := fastNum(x.Exp1)
		b, bi := fastNum(x.Exp2)
		if c != nil && a != nil && b != nil {
			return func(f game.Facts) float64 {
				if c(f) {
					return a(f)
				}
				return b(f)
			}, ai && bi
		}
	case *ast.BinaryNode:
		return fastArith(x)
	case *ast.BuiltinNode:
		return fastBuiltin(x)
	}
	return nil, false
}

func fastNumCall(x *ast.CallNode) (numFn, bool) {
	args, ok := callArgs(x)
	if !ok {
		return nil, false
	}
	switch name(x) {
	case "Var":
		if len(args) == 1 {
			a := args[0]
			return func(f game.Facts) float64 { return f.Var(a) }, false
		}
	case "Support":
		if len(args) == 1 {
			a := args[0]
			return func(f game.Facts) float64 { return f.Support(a) }, false
		}
	case "Face":
		if len(args) == 1 {
			a := args[0]
			return func(f game.Facts) float64 { return f.Face(a) }, false
		}
	case "Trust":
		if len(args) == 2 {
			a, b := args[0], args[1]
			return func(f game.Facts) float64 { return f.Trust(a, b) }, false
		}
	case "Turn":
		if len(args) == 0 {
			return func(f game.Facts) float64 { return float64(f.Turn()) }, true
		}
	}
	return nil, false
}

func fastArith(x *ast.BinaryNode) (numFn, bool) {
	l, li := fastNum(x.Left)
	r, ri := fastNum(x.Right)
	if l == nil || r == nil {
		return nil, false
	}
	switch x.Operator {
	case "+":
		return func(f game.Facts) float64 { return l(f) + r(f) }, li && ri
	case "-":
		return func(f game.Facts) float64 { return l(f) - r(f) }, li && ri
	case "*":
		if li && ri {
			return nil, false // an integer product may overflow in the VM
		}
		return func(f game.Facts) float64 { return l(f) * r(f) }, false
	case "/":
		return func(f game.Facts) float64 { return l(f) / r(f) }, false
	}
	return nil, false
}

// fastBuiltin covers min and max (which keep the first of equal values and
// step over nothing, as the VM's do) and abs; rounding is left to the VM.
func fastBuiltin(x *ast.BuiltinNode) (numFn, bool) {
	args := make([]numFn, len(x.Arguments))
	allInt := true
	for i, a := range x.Arguments {
		fn, isInt := fastNum(a)
		if fn == nil {
			return nil, false
		}
		args[i], allInt = fn, allInt && isInt
	}
	switch {
	case (x.Name == "max" || x.Name == "min") && len(args) > 0:
		more := x.Name == "max"
		return func(f game.Facts) float64 {
			v := args[0](f)
			for _, a := range args[1:] {
				w := a(f)
				if (more && v < w) || (!more && v > w) {
					v = w
				}
			}
			return v
		}, allInt
	case x.Name == "abs" && len(args) == 1:
		a := args[0]
		return func(f game.Facts) float64 {
			if v := a(f); v < 0 {
				return -v
			} else {
				return v // as the VM's abs: a negative zero stays
			}
		}, allInt
	}
	return nil, false
}

// fastStr turns a text expression (an option, a type, the date or a quoted
// string) into a Go function, or returns nil.
func fastStr(n ast.Node) strFn {
	switch x := n.(type) {
	case *ast.StringNode:
		v := x.Value
		return func(game.Facts) string { return v }
	case *ast.ConstantNode:
		if v, ok := x.Value.(string); ok {
			return func(game.Facts) string { return v }
		}
	case *ast.CallNode:
		args, ok := callArgs(x)
		if !ok {
			return nil
		}
		switch name(x) {
		case "Option":
			if len(args) == 1 {
				a := args[0]
				return func(f game.Facts) string { return f.Option(a) }
			}
		case "Type":
			if len(args) == 1 {
				a := args[0]
				return func(f game.Facts) string { return f.Type(a) }
			}
		case "Date":
			if len(args) == 0 {
				return func(f game.Facts) string { return f.Date().String() }
			}
		}
	case *ast.ConditionalNode:
		c, a, b := fastBool(x.Cond), fastStr(x.Exp1), fastStr(x.Exp2)
		if c != nil && a != nil && b != nil {
			return func(f game.Facts) string {
				if c(f) {
					return a(f)
				}
				return b(f)
			}
		}
	}
	return nil
}

// name is the function a call names.
func name(x *ast.CallNode) string {
	if id, ok := x.Callee.(*ast.IdentifierNode); ok {
		return id.Value
	}
	return ""
}

// callArgs are the quoted arguments of a call the checker wrote (its first
// argument is the environment); ok is false for any other shape.
func callArgs(x *ast.CallNode) ([]string, bool) {
	if len(x.Arguments) == 0 {
		return nil, false
	}
	if env, ok := x.Arguments[0].(*ast.IdentifierNode); !ok || env.Value != "$env" {
		return nil, false
	}
	var out []string
	for _, a := range x.Arguments[1:] {
		s, ok := a.(*ast.StringNode)
		if !ok {
			return nil, false
		}
		out = append(out, s.Value)
	}
	return out, true
}

// stringSet reads the right side of `x in [...]` when every element is a
// quoted string (the optimizer turns such a list into a set).
func stringSet(n ast.Node) (map[string]struct{}, bool) {
	switch x := n.(type) {
	case *ast.ConstantNode:
		m, ok := x.Value.(map[string]struct{})
		return m, ok
	case *ast.ArrayNode:
		m := map[string]struct{}{}
		for _, e := range x.Nodes {
			s, ok := e.(*ast.StringNode)
			if !ok {
				return nil, false
			}
			m[s.Value] = struct{}{}
		}
		return m, true
	}
	return nil, false
}
