package ui

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestNoNewPixelLiterals keeps bare numbers out of layout: a Px or Pxi call
// whose argument is only numbers (th.Pxi(8), th.Px(22+8)) is a distance the
// theme does not know, so screens drift apart and a change of rhythm misses
// them. Layouts say ui.SpaceLine, ui.MetricPad, a font's line height, or a
// named constant of their package that says what the size is for.
// pixelAllowance holds the files that still have such numbers, and how many;
// a file may only go down. Lower its count when you convert some.
func TestNoNewPixelLiterals(t *testing.T) {
	found := pixelLiterals(t, ".")
	if os.Getenv("UPDATE_PIXELS") != "" {
		writeAllowance(t, found)
		return
	}
	var over []string
	for file, n := range found {
		if n > pixelAllowance[file] {
			over = append(over, fmt.Sprintf("%s: %d numbers in Px/Pxi (allowed %d)", file, n, pixelAllowance[file]))
		}
	}
	sort.Strings(over)
	for _, o := range over {
		t.Error(o + ": use the theme's spacings (ui.Space*, ui.Metric*) or a named constant")
	}
	total, allowed := 0, 0
	for _, n := range found {
		total += n
	}
	for _, n := range pixelAllowance {
		allowed += n
	}
	t.Logf("%d bare numbers in Px/Pxi calls under game/ui (allowance %d)", total, allowed)
}

// pixelLiterals counts, per file under root (slash paths), the Px and Pxi
// calls outside tests whose argument is made only of numeric literals.
func pixelLiterals(t *testing.T, root string) map[string]int {
	t.Helper()
	out := map[string]int{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Px" && sel.Sel.Name != "Pxi") {
				return true
			}
			if onlyNumbers(call.Args[0]) {
				out[filepath.ToSlash(path)]++
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// onlyNumbers reports whether e is built of numeric literals alone.
func onlyNumbers(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT || e.Kind == token.FLOAT
	case *ast.ParenExpr:
		return onlyNumbers(e.X)
	case *ast.UnaryExpr:
		return onlyNumbers(e.X)
	case *ast.BinaryExpr:
		return onlyNumbers(e.X) && onlyNumbers(e.Y)
	}
	return false
}

// writeAllowance rewrites pixels_allowance_test.go from found
// (UPDATE_PIXELS=1), after numbers were converted.
func writeAllowance(t *testing.T, found map[string]int) {
	t.Helper()
	files := make([]string, 0, len(found))
	for f := range found {
		files = append(files, f)
	}
	sort.Strings(files)
	var b strings.Builder
	b.WriteString("package ui\n\n// pixelAllowance is how many bare numbers each file still passes to Px or\n" +
		"// Pxi (see TestNoNewPixelLiterals). Rewritten by UPDATE_PIXELS=1; counts only go down.\n" +
		"var pixelAllowance = map[string]int{\n")
	for _, f := range files {
		fmt.Fprintf(&b, "\t%q: %d,\n", f, found[f])
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("pixels_allowance_test.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}
