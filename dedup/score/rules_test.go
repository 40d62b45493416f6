package score

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"slices"
	"strconv"
	"testing"
)

// TestRulesListsEveryRule checks that Rules names each Rule constant
// declared in rules.go once, so that what lists the rules (the API's
// documentation among them) sees a rule as soon as it is declared.
func TestRulesListsEveryRule(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []Rule
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST {
			continue
		}
		for _, spec := range g.Specs {
			v := spec.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "Rule" {
				continue
			}
			for _, val := range v.Values {
				name, err := strconv.Unquote(val.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				declared = append(declared, Rule(name))
			}
		}
	}
	if len(declared) < 10 {
		t.Fatalf("found %d Rule constants in rules.go; the parse is wrong", len(declared))
	}
	listed := Rules()
	for _, r := range declared {
		if n := countOf(listed, r); n != 1 {
			t.Errorf("Rules lists %q %d times, want once", r, n)
		}
	}
	for _, r := range listed {
		if !slices.Contains(declared, r) {
			t.Errorf("Rules lists %q, which rules.go declares no constant for", r)
		}
	}
}

func countOf(rules []Rule, r Rule) int {
	n := 0
	for _, x := range rules {
		if x == r {
			n++
		}
	}
	return n
}
