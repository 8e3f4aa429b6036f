package scenario

import (
	"math"
	"sync"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"

	"backchannel/game"
)

// exprEnv is what a compiled expression sees while the game runs: the
// game's facts. Authors write lower-case names (support("RUS"), leu_kg,
// third_site); the checker rewrites them into calls of the functions below
// with $env as the first argument (Support($env, "RUS"), Var($env,
// "leu_kg")). Typed functions compile and run several times faster than
// methods of the environment, and the environment stays one small struct.
type exprEnv struct{ f game.Facts }

// exprFuncOptions declares the functions, typed so that the checker knows
// what each returns.
func exprFuncOptions() []expr.Option {
	facts := func(p []any) game.Facts { return p[0].(exprEnv).f }
	str := func(p []any, i int) string { return p[i].(string) }
	return []expr.Option{
		expr.Function("Var", func(p ...any) (any, error) { return facts(p).Var(str(p, 1)), nil },
			new(func(exprEnv, string) float64)),
		expr.Function("Option", func(p ...any) (any, error) { return facts(p).Option(str(p, 1)), nil },
			new(func(exprEnv, string) string)),
		expr.Function("Support", func(p ...any) (any, error) { return facts(p).Support(str(p, 1)), nil },
			new(func(exprEnv, string) float64)),
		expr.Function("Face", func(p ...any) (any, error) { return facts(p).Face(str(p, 1)), nil },
			new(func(exprEnv, string) float64)),
		expr.Function("Trust", func(p ...any) (any, error) { return facts(p).Trust(str(p, 1), str(p, 2)), nil },
			new(func(exprEnv, string, string) float64)),
		expr.Function("Fired", func(p ...any) (any, error) { return facts(p).Fired(str(p, 1)), nil },
			new(func(exprEnv, string) bool)),
		expr.Function("Type", func(p ...any) (any, error) { return facts(p).Type(str(p, 1)), nil },
			new(func(exprEnv, string) string)),
		expr.Function("Leaked", func(p ...any) (any, error) { return facts(p).Leaked(str(p, 1)), nil },
			new(func(exprEnv, string) bool)),
		expr.Function("Agreed", func(p ...any) (any, error) { return facts(p).Agreed(str(p, 1), str(p, 2)), nil },
			new(func(exprEnv, string, string) bool)),
		expr.Function("Reneged", func(p ...any) (any, error) { return facts(p).Reneged(str(p, 1)), nil },
			new(func(exprEnv, string) bool)),
		expr.Function("Stated", func(p ...any) (any, error) { return facts(p).Stated(str(p, 1), str(p, 2), str(p, 3)), nil },
			new(func(exprEnv, string, string, string) bool)),
		expr.Function("Turn", func(p ...any) (any, error) { return facts(p).Turn(), nil },
			new(func(exprEnv) int)),
		// Date is the first day of the turn as YYYY-MM-DD, so that ISO dates
		// compare as strings.
		expr.Function("Date", func(p ...any) (any, error) { return facts(p).Date().String(), nil },
			new(func(exprEnv) string)),
	}
}

// machines recycles expression machines, like exprConfigs the compiler's
// configurations: a game runs thousands of expressions, and a machine made
// for each run was much of a simulation's garbage. A machine keeps nothing
// of one run that the next could see (Run resets it), so which one a run
// gets cannot change a result.
var machines = sync.Pool{New: func() any { return new(vm.VM) }}

// run runs a compiled expression on the game's facts.
func run(prog *vm.Program, f game.Facts) (any, error) {
	m := machines.Get().(*vm.VM)
	out, err := m.Run(prog, exprEnv{f})
	machines.Put(m)
	return out, err
}

// condition is a compiled scenario condition.
type condition struct {
	prog *vm.Program
	fast boolFn // the same as a Go function, when it has one
	src  string
}

// Holds runs the condition; a run-time error (such as turn % 0) counts as
// false, so that a scenario can never stop a game.
func (c *condition) Holds(f game.Facts) bool {
	if c.fast != nil {
		return c.fast(f)
	}
	out, err := run(c.prog, f)
	b, ok := out.(bool)
	return err == nil && ok && b
}

// String is the source of the condition.
func (c *condition) String() string { return c.src }

// quantity is a compiled scenario number.
type quantity struct {
	prog *vm.Program
	fast numFn // the same as a Go function, when it has one
	src  string
}

// Value runs the expression; a run-time error or a result that is not a
// finite number gives 0.
func (q *quantity) Value(f game.Facts) float64 {
	v, ok := 0.0, true
	if q.fast != nil {
		v = q.fast(f)
	} else {
		out, err := run(q.prog, f)
		v, ok = out.(float64)
		ok = ok && err == nil
	}
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// String is the source of the expression.
func (q *quantity) String() string { return q.src }
