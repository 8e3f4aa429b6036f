package scenario

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/expr-lang/expr/ast"

	"backchannel/game"
)

// exprWalk checks an expression's syntax tree against the scenario's ids
// and the allowed subset of the language, and rewrites author names into
// calls of exprEnv's methods (leu_kg → Var("leu_kg")).
type exprWalk struct {
	sc    *exprScope
	nodes int
	errs  []exprError
}

func (w *exprWalk) fail(n ast.Node, hint, format string, args ...any) {
	w.errs = append(w.errs, exprError{from: n.Location().From, msg: fmt.Sprintf(format, args...), hint: hint})
}

// call builds a call of one of exprEnv's functions that replaces n,
// keeping its position.
func call(n ast.Node, method string, args ...string) ast.Node {
	c := &ast.CallNode{Callee: &ast.IdentifierNode{Value: method}}
	env := &ast.IdentifierNode{Value: "$env"}
	env.SetLocation(n.Location())
	c.Arguments = append(c.Arguments, env)
	for _, a := range args {
		s := &ast.StringNode{Value: a}
		s.SetLocation(n.Location())
		c.Arguments = append(c.Arguments, s)
	}
	c.Callee.SetLocation(n.Location())
	c.SetLocation(n.Location())
	return c
}

func (w *exprWalk) walk(np *ast.Node) {
	w.nodes++
	switch n := (*np).(type) {
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.StringNode:
	case *ast.IdentifierNode:
		w.ident(np, n)
	case *ast.UnaryNode:
		switch n.Operator {
		case "!", "not", "-", "+":
		default:
			w.fail(n, "", "operator %q is not allowed in scenario expressions", n.Operator)
		}
		w.walk(&n.Node)
	case *ast.BinaryNode:
		if !exprBinary[n.Operator] {
			w.fail(n, "use + - * / % ** comparisons and/or/not, in [...]", "operator %q is not allowed in scenario expressions", n.Operator)
		}
		w.literals(n)
		w.walk(&n.Left)
		w.walk(&n.Right)
	case *ast.ConditionalNode:
		w.walk(&n.Cond)
		w.walk(&n.Exp1)
		w.walk(&n.Exp2)
	case *ast.ArrayNode:
		for i := range n.Nodes {
			w.walk(&n.Nodes[i])
		}
	case *ast.CallNode:
		w.call(np, n)
	case *ast.BuiltinNode:
		if !contains(exprBuiltins, n.Name) {
			w.fail(n, "", "%s() is not allowed in scenario expressions", n.Name)
			return
		}
		for i := range n.Arguments {
			w.walk(&n.Arguments[i])
		}
	default:
		w.fail(n, "expressions use numbers, strings, ids, comparisons, and/or/not and a few functions", "%s not allowed in scenario expressions", nodeWords(n))
	}
}

// ident resolves a bare name: a variable, an issue, turn or date.
func (w *exprWalk) ident(np *ast.Node, n *ast.IdentifierNode) {
	switch id := n.Value; {
	case w.sc.vars[id]:
		*np = call(n, "Var", id)
	case w.sc.issues[id] != nil:
		*np = call(n, "Option", id)
	case id == "turn":
		*np = call(n, "Turn")
	case id == "date":
		*np = call(n, "Date")
	case exprFuncs[id].method != "":
		w.fail(n, fmt.Sprintf("call it: %s(...)", id), "%s is a function", id)
	default:
		w.fail(n, didYouMean(id, w.sc.names), "unknown name %q", id)
	}
}

// call checks a call of one of exprFuncs and its quoted arguments.
func (w *exprWalk) call(np *ast.Node, n *ast.CallNode) {
	id, ok := n.Callee.(*ast.IdentifierNode)
	fn, known := exprFuncs[""], false
	if ok {
		fn, known = exprFuncs[id.Value]
	}
	if !known {
		if !ok {
			w.fail(n, "call one of the functions by its name: "+strings.Join(sortedKeys(exprFuncs), ", "),
				"only a function named directly can be called, not %s", nodeWords(n.Callee)[:len(nodeWords(n.Callee))-3])
			return
		}
		name := id.Value
		hint := didYouMean(name, sortedKeys(exprFuncs))
		if hint == "" {
			hint = "functions: " + strings.Join(append(sortedKeys(exprFuncs), exprBuiltins...), ", ")
		}
		w.fail(n, hint, "unknown function %q", name)
		return
	}
	w.nodes += len(n.Arguments)
	if len(n.Arguments) != len(fn.args) {
		w.fail(n, "", "%s takes %d argument(s), got %d", id.Value, len(fn.args), len(n.Arguments))
		return
	}
	args := make([]string, len(n.Arguments))
	for i, a := range n.Arguments {
		s, ok := a.(*ast.StringNode)
		if !ok {
			w.fail(a, "write "+fn.usage(id.Value), "the argument of %s must be an %s id in quotes", id.Value, fn.args[i])
			return
		}
		ids, of := w.sc.ids[fn.args[i]], ""
		if fn.args[i] == "option" {
			// An option belongs to the issue named just before it.
			ids, of = w.sc.issues[args[i-1]], " of issue "+args[i-1]
		}
		if !contains(ids, s.Value) {
			hint := didYouMean(s.Value, ids)
			if hint == "" && fn.args[i] == "tag" {
				hint = "give an offer a name with tag = \"...\" in [[opening]]"
			}
			w.fail(a, hint, "unknown %s %q%s", fn.args[i], s.Value, of)
			return
		}
		args[i] = s.Value
	}
	*np = call(n, fn.method, args...)
}

// literals checks quoted option ids and dates compared with an issue or
// with date: third_site == "cancle" is a typo the type checker cannot see.
func (w *exprWalk) literals(n *ast.BinaryNode) {
	switch n.Operator {
	case "==", "!=", "in", "<", ">", "<=", ">=":
	default:
		return
	}
	for _, pair := range [][2]ast.Node{{n.Left, n.Right}, {n.Right, n.Left}} {
		subject, lit := pair[0], pair[1]
		var strs []*ast.StringNode
		switch x := lit.(type) {
		case *ast.StringNode:
			strs = []*ast.StringNode{x}
		case *ast.ArrayNode:
			for _, e := range x.Nodes {
				if s, ok := e.(*ast.StringNode); ok {
					strs = append(strs, s)
				}
			}
		}
		if actor := w.typeOf(subject); actor != "" {
			types := w.sc.types[actor]
			for _, s := range strs {
				if !contains(types, s.Value) {
					w.fail(s, didYouMean(s.Value, types), "actor %s has no type %q", actor, s.Value)
				}
			}
		}
		if issue := w.issueOf(subject); issue != "" {
			opts := w.sc.issues[issue]
			for _, s := range strs {
				if !contains(opts, s.Value) {
					w.fail(s, didYouMean(s.Value, opts), "issue %s has no option %q", issue, s.Value)
				}
			}
		}
		if id, ok := subject.(*ast.IdentifierNode); ok && id.Value == "date" {
			for _, s := range strs {
				if _, err := game.ParseDate(s.Value); err != nil {
					w.fail(s, "write a day as YYYY-MM-DD", "bad date %q", s.Value)
				}
			}
		}
	}
}

// issueOf names the issue whose option a node reads, or "".
func (w *exprWalk) issueOf(n ast.Node) string {
	switch x := n.(type) {
	case *ast.IdentifierNode:
		if w.sc.issues[x.Value] != nil {
			return x.Value
		}
	case *ast.CallNode:
		if id, ok := x.Callee.(*ast.IdentifierNode); ok && id.Value == "option" && len(x.Arguments) == 1 {
			if s, ok := x.Arguments[0].(*ast.StringNode); ok && w.sc.issues[s.Value] != nil {
				return s.Value
			}
		}
	}
	return ""
}

// typeOf names the actor whose type a node reads (type("RUS")), or "".
func (w *exprWalk) typeOf(n ast.Node) string {
	if x, ok := n.(*ast.CallNode); ok {
		if id, ok := x.Callee.(*ast.IdentifierNode); ok && id.Value == "type" && len(x.Arguments) == 1 {
			if s, ok := x.Arguments[0].(*ast.StringNode); ok && w.sc.types[s.Value] != nil {
				return s.Value
			}
		}
	}
	return ""
}

// isEnv reports whether n is $env or reads from it.
func isEnv(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.IdentifierNode:
		return x.Value == "$env"
	case *ast.MemberNode:
		return isEnv(x.Node)
	case *ast.ChainNode:
		return isEnv(x.Node)
	}
	return false
}

func isString(n ast.Node) bool {
	_, ok := n.(*ast.StringNode)
	return ok
}

// nodeWords names a construct the scenario language leaves out.
func nodeWords(n ast.Node) string {
	switch x := n.(type) {
	case *ast.MemberNode:
		switch {
		case isEnv(x.Node):
			return "$env (the engine's own data) is"
		case !isString(x.Property):
			return "indexing (a[i]) is"
		}
		return "field access (a.b) is"
	case *ast.ChainNode:
		return nodeWords(x.Node)
	case *ast.SliceNode:
		return "slices are"
	case *ast.PredicateNode, *ast.PointerNode:
		return "closures are"
	case *ast.VariableDeclaratorNode:
		return "let is"
	case *ast.SequenceNode:
		return "; is"
	case *ast.MapNode, *ast.PairNode:
		return "maps are"
	case *ast.NilNode:
		return "nil is"
	}
	return strings.TrimSuffix(strings.TrimPrefix(reflect.TypeOf(n).String(), "*ast."), "Node") + " is"
}
