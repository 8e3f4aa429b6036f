package game_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestCases runs the rule case files in testdata/cases. Each file sets up a
// game, then for each turn gives orders and lists what must (or must not)
// follow. See testdata/cases/README for the format.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.case")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".case"), func(t *testing.T) { runCase(t, f) })
	}
}

type caseTurn struct {
	orders map[string][]game.Order
	expect []string
	line   int
}

func runCase(t *testing.T, path string) {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	setup := game.Setup{Seed: 1}
	scen := gametest.Small()
	var turns []*caseTurn
	var cur *caseTurn
	inExpect := false
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		switch {
		case word == "seed":
			v, _ := strconv.ParseUint(rest, 10, 64)
			setup.Seed = v
		case word == "mode":
			setup.Historical = rest == "historical"
		case word == "irreversible" || word == "near":
			if err := tweakOption(scen, word, strings.Fields(rest)); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
		case word == "turn":
			cur = &caseTurn{orders: map[string][]game.Order{}, line: n}
			turns = append(turns, cur)
			inExpect = false
		case word == "expect":
			inExpect = true
		case inExpect:
			cur.expect = append(cur.expect, line)
		case strings.HasSuffix(word, ":"):
			o, err := game.ParseOrder(rest)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			actor := strings.TrimSuffix(word, ":")
			cur.orders[actor] = append(cur.orders[actor], o)
		default:
			t.Fatalf("%s:%d: cannot read %q", path, n, line)
		}
	}
	g, err := game.New(scen, setup)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range turns {
		from := len(g.Log)
		rerr := g.Resolve(tc.orders)
		checkExpect(t, fmt.Sprintf("%s:%d", path, tc.line), g, g.Log[from:], rerr, tc.expect)
	}
}

// checkExpect checks the expectations of one turn:
//
//	log KIND [ACTOR] [TEXT...]  an entry of that kind (by that actor, containing TEXT), in order
//	nolog KIND [ACTOR]          no such entry this turn
//	option ISSUE OPTION         the issue's option after the turn
//	error TEXT                  Resolve refused the turn with an error containing TEXT
//	ok                          Resolve accepted the turn
//	support ACTOR < N | > N     domestic support bounds
//	trust A B < N | > N         trust bounds
//	belief A B TYPE > P         A's belief that B is TYPE
//	term AGREEMENT K STATUS     the status of an agreement's term
//	breach ACTOR KIND           the record holds such a breach
func checkExpect(t *testing.T, where string, g *game.Game, log []game.Entry, rerr error, expect []string) {
	t.Helper()
	next := 0
	for _, e := range expect {
		f := strings.Fields(e)
		switch f[0] {
		case "log":
			found := false
			for ; next < len(log); next++ {
				if matchEntry(log[next], f[1:]) {
					found, next = true, next+1
					break
				}
			}
			if !found {
				t.Errorf("%s: no log entry after the previous match: %s\nlog this turn:\n%s", where, e, dump(log))
			}
		case "nolog":
			for _, en := range log {
				if matchEntry(en, f[1:]) {
					t.Errorf("%s: unexpected entry for %q: %s %s: %s", where, e, en.Kind, en.Actor, en.Text)
				}
			}
		case "option":
			if got := g.Option(f[1]); got != f[2] {
				t.Errorf("%s: %s is %q, want %q", where, f[1], got, f[2])
			}
		case "error":
			want := strings.Join(f[1:], " ")
			if rerr == nil || !strings.Contains(rerr.Error(), want) {
				t.Errorf("%s: error %v, want one containing %q", where, rerr, want)
			}
		case "ok":
			if rerr != nil {
				t.Errorf("%s: unexpected error %v", where, rerr)
			}
		case "support", "trust", "belief":
			checkBound(t, where, g, f)
		case "term":
			checkTerm(t, where, g, f)
		case "breach":
			found := false
			for _, b := range g.Breaches {
				found = found || (b.Actor == f[1] && string(b.Kind) == f[2])
			}
			if !found {
				t.Errorf("%s: no %s breach by %s on the record", where, f[2], f[1])
			}
		default:
			t.Fatalf("%s: unknown expectation %q", where, e)
		}
	}
}

func checkBound(t *testing.T, where string, g *game.Game, f []string) {
	t.Helper()
	var v float64
	var op, num string
	switch f[0] {
	case "support":
		v, op, num = g.SupportOf(f[1]), f[2], f[3]
	case "trust":
		v, op, num = g.TrustOf(f[1], f[2]), f[3], f[4]
	case "belief":
		a, b := g.ActorIndex(f[1]), g.ActorIndex(f[2])
		for k, ty := range g.Scen.Actors[b].Types {
			if ty.ID == f[3] {
				v = g.Beliefs[a][b][k]
			}
		}
		op, num = f[4], f[5]
	}
	want, _ := strconv.ParseFloat(num, 64)
	if (op == "<" && !(v < want)) || (op == ">" && !(v > want)) {
		t.Errorf("%s: %s is %v, want %s %v", where, strings.Join(f, " "), v, op, want)
	}
}

func matchEntry(e game.Entry, f []string) bool {
	if len(f) == 0 || string(e.Kind) != f[0] {
		return false
	}
	if len(f) > 1 && f[1] != "-" && e.Actor != f[1] {
		return false
	}
	if len(f) > 2 {
		return strings.Contains(e.Text+" "+e.Headline+" "+e.Cause, strings.Join(f[2:], " "))
	}
	return true
}

func dump(log []game.Entry) string {
	var b strings.Builder
	for _, e := range log {
		fmt.Fprintf(&b, "  %s %s: %s [%s]\n", e.Kind, e.Actor, e.Text, e.Cause)
	}
	return b.String()
}

// tweakOption changes the scenario before the game starts:
//
//	irreversible ISSUE OPTION   the option cannot be left once reached
//	near ISSUE OPTION A,B       a loose promise of OPTION is kept by A or B
func tweakOption(s *game.Scenario, word string, f []string) error {
	for i := range s.Issues {
		for j := range s.Issues[i].Options {
			od := &s.Issues[i].Options[j]
			if s.Issues[i].ID != f[0] || od.ID != f[1] {
				continue
			}
			if word == "irreversible" {
				od.Irreversible = true
			} else {
				od.Near = strings.Split(f[2], ",")
			}
			return nil
		}
	}
	return fmt.Errorf("no option %s of issue %s", f[1], f[0])
}

func checkTerm(t *testing.T, where string, g *game.Game, f []string) {
	t.Helper()
	k, _ := strconv.Atoi(f[2])
	for _, ag := range g.Agreements {
		if ag.ID == f[1] && k < len(ag.Terms) {
			if got := string(ag.Terms[k].Status); got != f[3] {
				t.Errorf("%s: term %d of %s is %s, want %s", where, k, ag.ID, got, f[3])
			}
			return
		}
	}
	t.Errorf("%s: no term %d of agreement %s", where, k, f[1])
}
