package scenario

import (
	"fmt"
	"strings"
	"testing"

	"backchannel/game"
)

// facts is a fixed world for evaluating expressions.
type facts struct{}

func (facts) Var(id string) float64 {
	return map[string]float64{"stock": 1200, "flow": 3}[id]
}
func (facts) Option(issue string) string    { return map[string]string{"base": "open"}[issue] }
func (facts) Support(actor string) float64  { return map[string]float64{"A": 60, "B": 35}[actor] }
func (facts) Face(actor string) float64     { return 40 }
func (facts) Trust(from, to string) float64 { return 55 }
func (facts) Turn() int                     { return 4 }
func (facts) Date() game.Date               { return game.Date{Year: 2025, Month: 2, Day: 3} }
func (facts) Fired(event string) bool       { return event == "e0" }
func (facts) Type(actor string) string      { return map[string]string{"A": "t"}[actor] }
func (facts) Leaked(tag string) bool        { return tag == "letter" }
func (facts) Agreed(issue, option string) bool {
	return issue == "base" && option == "closed"
}
func (facts) Reneged(actor string) bool { return actor == "B" }
func (facts) Stated(actor, issue, option string) bool {
	return actor == "A" && issue == "base" && option == "open"
}

// exprScenario is a small valid file with one event per condition and one
// variable rule per quantity.
func exprScenario(conds, nums []string) string {
	var b strings.Builder
	b.WriteString(`[scenario]
id = "x"
title = "X"
[calendar]
start = 2025-01-06
end = 2025-03-30
days_per_turn = 14
[[actors]]
id = "A"
name = "A"
types = [{ id = "t", name = "T", prior = 1, weights = { base = 1 }, values = { base = [1, 0] } }]
[[actors]]
id = "B"
name = "B"
types = [{ id = "t", name = "T", prior = 1, weights = { base = 1 }, values = { base = [0, 1] } }]
[[issues]]
id = "base"
name = "Base"
start = "open"
controller = "A"
options = [{ id = "open" }, { id = "closed" }]
[[opening]]
tag = "letter"
from = "A"
to = ["B"]
terms = [{ actor = "A", issue = "base", option = "closed" }]
[[variables]]
id = "stock"
name = "Stock"
max = 5000
[[variables]]
id = "flow"
name = "Flow"
max = 10
`)
	for _, q := range nums {
		fmt.Fprintf(&b, "[[variables.rules]]\ndelta = %q\n", q)
	}
	for i, c := range conds {
		fmt.Fprintf(&b, "[[events]]\nid = \"e%d\"\nheadline = \"E\"\nwhen = %q\n", i, c)
	}
	return b.String()
}

func TestExpressions(t *testing.T) {
	conds := map[string]bool{
		`stock > 1000`:                                true,
		`stock > 1000 && flow < 2`:                    false,
		`base == "open"`:                              true,
		`option("base") in ["closed"]`:                false,
		`base not in ["closed"]`:                      true,
		`support("A") - support("B") >= 25`:           true,
		`face("A") < 50 and trust("A", "B") > 50`:     true,
		`turn % 2 == 0`:                               true,
		`date >= "2025-02-01" && date < "2025-03-01"`: true,
		`fired("e0") && !fired("e1")`:                 true,
		`max(stock, 2000) == 2000`:                    true,
		`turn % 0 == 1`:                               false, // a run-time error counts as false
		`turn > 2 ? base == "open" : false`:           true,
		`type("A") == "t" && type("B") != "t"`:        true,
		`leaked("letter")`:                            true,
		`agreed("base", "closed")`:                    true,
		`agreed("base", "open")`:                      false,
		`reneged("B") && !reneged("A")`:               true,
		`stated("A", "base", "open")`:                 true,
		`stated("B", "base", "open")`:                 false,
	}
	nums := map[string]float64{
		`stock * 0.5`:                 600,
		`turn`:                        4,
		`abs(flow - 10) + floor(2.7)`: 9,
		`base == "open" ? 10 : -10`:   10,
		`2 ** 3`:                      8,
		`support("A") / 0`:            0, // infinity is no number
	}
	var cs, ns []string
	for c := range conds {
		cs = append(cs, c)
	}
	for n := range nums {
		ns = append(ns, n)
	}
	s, diags, err := Parse("x.toml", []byte(exprScenario(cs, ns)))
	if err != nil {
		t.Fatalf("%v\n%s", err, diags)
	}
	for i, c := range cs {
		if got := s.Events[i].When.Holds(facts{}); got != conds[c] {
			t.Errorf("%s = %v, want %v", c, got, conds[c])
		}
	}
	for i, n := range ns {
		if got := s.Variables[1].Rules[i].Delta.Value(facts{}); got != nums[n] {
			t.Errorf("%s = %v, want %v", n, got, nums[n])
		}
	}
}

// TestExpressionErrorColumns checks that errors inside strings with
// escapes and in multi-line strings land on the right column.
func TestExpressionErrorColumns(t *testing.T) {
	src := exprScenario(nil, nil) + "[[events]]\nid = \"z\"\nheadline = \"Z\"\nwhen = \"base == \\\"open\\\" && suport(\\\"A\\\") > 1\"\n"
	_, diags, _ := Parse("x.toml", []byte(src))
	last := strings.Count(src, "\n")
	want := fmt.Sprintf("x.toml:%d:29: unknown function \"suport\" (did you mean \"support\"?)", last)
	if len(diags) != 1 || diags[0].String() != want {
		t.Errorf("got %s\nwant %s", diags, want)
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"build", "biuld", 1}, {"RUS", "RUS2", 1}, {"kitten", "sitting", 3}, {"abc", "", 3}} {
		if got := editDistance(c.a, c.b); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
	if h := didYouMean("rus", []string{"USA", "RUS"}); h != `did you mean "RUS"?` {
		t.Errorf("case slip: %q", h)
	}
	if h := didYouMean("zzz", []string{"USA", "RUS"}); h != "" {
		t.Errorf("far name: %q", h)
	}
}

// TestHistoryExpressionErrors checks the hints for the expressions about
// what happened between the actors.
func TestHistoryExpressionErrors(t *testing.T) {
	for src, want := range map[string]string{
		`type("A") == "hawk"`:         `actor A has no type "hawk"`,
		`type("C") == "t"`:            `unknown actor "C"`,
		`leaked("leter")`:             `unknown tag "leter" (did you mean "letter"?)`,
		`leaked("other")`:             `unknown tag "other" (give an offer a name with tag = "..." in [[opening]])`,
		`agreed("base", "shut")`:      `unknown option "shut" of issue base`,
		`agreed("base")`:              `agreed takes 2 argument(s), got 1`,
		`stated("A", "base", closed)`: `the argument of stated must be an option id in quotes`,
	} {
		_, diags, _ := Parse("x.toml", []byte(exprScenario([]string{src}, nil)))
		if len(diags) != 1 || !strings.Contains(diags[0].String(), want) {
			t.Errorf("%s: got %s\nwant %s", src, diags, want)
		}
	}
}
