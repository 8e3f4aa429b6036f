package scenario

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	exprchecker "github.com/expr-lang/expr/checker"
	"github.com/expr-lang/expr/compiler"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/optimizer"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"

	"backchannel/game"
)

// exprFunc is a function scenario expressions may call: the method of
// exprEnv it becomes, and what each (quoted) argument must name.
type exprFunc struct {
	method string
	args   []string
}

var exprFuncs = map[string]exprFunc{
	"option":  {"Option", []string{"issue"}},
	"support": {"Support", []string{"actor"}},
	"face":    {"Face", []string{"actor"}},
	"trust":   {"Trust", []string{"actor", "actor"}},
	"fired":   {"Fired", []string{"event"}},
	// type is read by the engine only: a seat's view answers "".
	"type":    {"Type", []string{"actor"}},
	"leaked":  {"Leaked", []string{"tag"}},
	"agreed":  {"Agreed", []string{"issue", "option"}},
	"reneged": {"Reneged", []string{"actor"}},
	"stated":  {"Stated", []string{"actor", "issue", "option"}},
}

// usage shows how the function is called: stated("ACTOR", "ISSUE", "OPTION").
func (f exprFunc) usage(name string) string {
	var args []string
	for _, a := range f.args {
		args = append(args, `"`+strings.ToUpper(a)+`"`)
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

// exprBuiltins are the library functions left enabled: pure arithmetic.
// Everything else (now(), date(), string and collection helpers) is
// disabled, so expressions are deterministic and cheap.
var exprBuiltins = []string{"abs", "ceil", "floor", "round", "min", "max"}

// exprReserved are names an issue or variable id may not take.
var exprReserved = []string{"turn", "date", "option", "support", "face", "trust", "fired",
	"type", "leaked", "agreed", "reneged", "stated",
	"abs", "ceil", "floor", "round", "min", "max", "true", "false", "nil", "and", "or", "not", "in",
	"matches", "contains", "startsWith", "endsWith", "let", "if", "else"}

var exprBinary = map[string]bool{"+": true, "-": true, "*": true, "/": true, "%": true, "**": true, "^": true,
	"==": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true,
	"and": true, "or": true, "&&": true, "||": true, "in": true}

// exprKind is what an expression must give.
type exprKind int

const (
	exprCond exprKind = iota // true or false
	exprNum                  // a number
)

// exprScope holds the ids expressions may name in one scenario.
type exprScope struct {
	vars   map[string]bool
	issues map[string][]string // issue id → its option ids
	ids    map[string][]string // "actor", "issue", "event", "tag" → ids
	types  map[string][]string // actor id → its type ids
	names  []string            // every name, for hints
	cfg    [2]*conf.Config     // per exprKind, taken from exprConfigs
	// done remembers compiled expressions: scenarios repeat short ones
	// ("turn >= 3") many times, and a program is immutable, so shareable.
	done map[exprKey]compiled
}

type exprKey struct {
	src  string
	kind exprKind
}

// compiled is a checked expression: its program, its value when constant,
// and (when every part of it has one, see exprfast.go) a Go function that
// gives what the program gives.
type compiled struct {
	prog     *vm.Program
	constant any
	fast     any // boolFn or numFn, or nil
}

func newExprScope(vars []string, issues map[string][]string, actors, events, tags []string, types map[string][]string) *exprScope {
	sc := &exprScope{vars: map[string]bool{}, issues: issues, types: types,
		ids: map[string][]string{"actor": actors, "event": events, "tag": tags}, done: map[exprKey]compiled{}}
	for _, v := range vars {
		sc.vars[v] = true
	}
	sc.names = append(sc.names, vars...)
	for _, id := range sortedKeys(issues) {
		sc.ids["issue"] = append(sc.ids["issue"], id)
	}
	sc.names = append(sc.names, sc.ids["issue"]...)
	sc.names = append(sc.names, "turn", "date")
	sc.names = append(sc.names, sortedKeys(exprFuncs)...)
	sc.names = append(sc.names, exprBuiltins...)
	return sc
}

// exprConfigs recycles compiler configurations: building one costs as much
// as compiling a few expressions, and one may not be shared by two loads at
// once (its type cache is a plain map).
var exprConfigs = [2]sync.Pool{
	{New: func() any { return newExprConfig(expr.AsBool()) }},
	{New: func() any { return newExprConfig(expr.AsFloat64()) }},
}

// config returns the scope's configuration for a kind of expression.
func (sc *exprScope) config(kind exprKind) *conf.Config {
	if sc.cfg[kind] == nil {
		sc.cfg[kind] = exprConfigs[kind].Get().(*conf.Config)
	}
	return sc.cfg[kind]
}

// release returns the configurations for another load to use.
func (sc *exprScope) release() {
	for k, cfg := range sc.cfg {
		if cfg != nil {
			exprConfigs[k].Put(cfg)
			sc.cfg[k] = nil
		}
	}
}

func newExprConfig(want expr.Option) *conf.Config {
	cfg := conf.CreateNew()
	opts := append([]expr.Option{expr.Env(exprEnv{}), expr.DisableAllBuiltins(), want, expr.MaxNodes(10 * MaxExprNodes)},
		exprFuncOptions()...)
	for _, b := range exprBuiltins {
		opts = append(opts, expr.EnableBuiltin(b))
	}
	for _, o := range opts {
		o(cfg)
	}
	for name := range cfg.Disabled {
		delete(cfg.Builtins, name)
	}
	cfg.Check()
	return cfg
}

// exprError is a problem at a rune offset of an expression.
type exprError struct {
	from      int
	msg, hint string
}

// compile checks and compiles an expression. A fully constant expression
// also returns its value, for lints and to skip the VM.
func (sc *exprScope) compile(src string, kind exprKind) (compiled, []exprError) {
	if c, ok := sc.done[exprKey{src, kind}]; ok {
		return c, nil
	}
	c, errs := sc.compileNew(src, kind)
	if errs == nil {
		sc.done[exprKey{src, kind}] = c
	}
	return c, errs
}

func (sc *exprScope) compileNew(src string, kind exprKind) (compiled, []exprError) {
	fail := func(errs ...exprError) (compiled, []exprError) { return compiled{}, errs }
	if strings.TrimSpace(src) == "" {
		return fail(exprError{msg: "empty expression"})
	}
	cfg := sc.config(kind)
	tree, err := parser.ParseWithConfig(src, cfg)
	if err != nil {
		return fail(fromExprErr(err, kind))
	}
	w := &exprWalk{sc: sc}
	w.walk(&tree.Node)
	if w.nodes > MaxExprNodes {
		w.errs = append(w.errs, exprError{msg: fmt.Sprintf("expression too complex: %d parts (the limit is %d)", w.nodes, MaxExprNodes),
			hint: "split it, or keep a running total in a variable"})
	}
	if len(w.errs) > 0 {
		return fail(w.errs...)
	}
	if _, err := exprchecker.Check(tree, cfg); err != nil {
		return fail(fromExprErr(err, kind))
	}
	if err := optimizer.Optimize(&tree.Node, cfg); err != nil {
		return fail(fromExprErr(err, kind))
	}
	prog, err := compiler.Compile(tree, cfg)
	if err != nil {
		return fail(fromExprErr(err, kind))
	}
	c := compiled{prog: prog, constant: constantOf(tree.Node)}
	if kind == exprCond {
		if fn := fastBool(tree.Node); fn != nil {
			c.fast = fn
		}
	} else if fn, _ := fastNum(tree.Node); fn != nil {
		c.fast = fn
	}
	return c, nil
}

// constantOf returns the value of a literal node, or nil.
func constantOf(n ast.Node) any {
	switch x := n.(type) {
	case *ast.BoolNode:
		return x.Value
	case *ast.IntegerNode:
		return float64(x.Value)
	case *ast.FloatNode:
		return x.Value
	case *ast.ConstantNode:
		switch v := x.Value.(type) {
		case bool, float64:
			return v
		case int:
			return float64(v)
		}
	}
	return nil
}

// fromExprErr turns an expr-lang error into an exprError in our words.
func fromExprErr(err error, kind exprKind) exprError {
	var fe *file.Error
	if errors.As(err, &fe) {
		return exprError{from: fe.From, msg: "bad expression: " + fe.Message}
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "expected ") {
		got := "something else"
		switch {
		case strings.HasSuffix(msg, "bool"):
			got = "true or false"
		case strings.HasSuffix(msg, "string"):
			got = "text"
		case strings.Contains(msg, "got int") || strings.Contains(msg, "got float"):
			got = "a number"
		}
		if kind == exprCond {
			return exprError{msg: "want a condition (true or false), but this gives " + got, hint: "compare it: x > 3, issue == \"option\""}
		}
		return exprError{msg: "want a number, but this gives " + got}
	}
	return exprError{msg: "bad expression: " + msg}
}

// makeCondition and makeQuantity wrap compiled programs for the engine.
func makeCondition(c compiled, src string) game.Condition {
	if b, ok := c.constant.(bool); ok {
		return game.CondFunc(func(game.Facts) bool { return b })
	}
	fast, _ := c.fast.(boolFn)
	return &condition{prog: c.prog, fast: fast, src: src}
}

func makeQuantity(c compiled, src string) game.Quantity {
	if v, ok := c.constant.(float64); ok {
		return game.Const(v)
	}
	fast, _ := c.fast.(numFn)
	return &quantity{prog: c.prog, fast: fast, src: src}
}
