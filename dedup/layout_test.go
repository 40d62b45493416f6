package dedup_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/songdedup/songdedup/"

// TestDependenciesPointInward keeps the package map honest. Each package of
// the domain may depend (directly or not) on the project packages listed
// for it and, outside the project, on the standard library and
// golang.org/x/text and domainLibraries alone; the HTTP layer never reaches the store, nor the
// store the HTTP layer. A new package under dedup needs a row here.
func TestDependenciesPointInward(t *testing.T) {
	domain := map[string][]string{
		"dedup/reading":   nil,
		"dedup/title":     {"dedup/reading"},
		"dedup/searchkey": {"dedup/title", "dedup/reading"},
		"dedup/score":     {"dedup/title", "dedup/searchkey", "dedup/reading"},
		"dedup":           {"dedup/title", "dedup/searchkey", "dedup/score", "dedup/reading"},
		"dedup/dryrun":    {"dedup", "dedup/title", "dedup/searchkey", "dedup/score", "dedup/reading"},
		"dedup/backfill":  {"dedup", "dedup/title", "dedup/searchkey", "dedup/score", "dedup/dryrun", "dedup/reading"},
	}
	for _, pkg := range goList(t, "-f", "{{.ImportPath}}", "./...") {
		if _, ok := domain[strings.TrimPrefix(pkg, module)]; !ok {
			t.Errorf("%s has no row in TestDependenciesPointInward", pkg)
		}
	}
	for pkg, allowed := range domain {
		for _, dep := range deps(t, pkg) {
			own := strings.TrimPrefix(dep, module)
			switch {
			case own == pkg, strings.HasPrefix(dep, "golang.org/x/text/"), slices.Contains(domainLibraries, dep):
			case own != dep && slices.Contains(allowed, own):
			default:
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
	for pkg, forbidden := range map[string][]string{
		"api":   {"store", "cmd"},
		"store": {"api", "cmd"},
	} {
		for _, dep := range deps(t, pkg) {
			for _, f := range forbidden {
				if dep == module+f || strings.HasPrefix(dep, module+f+"/") {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}

// domainLibraries are the libraries outside golang.org/x/text that the
// domain may use: pure data, no I/O. go-pinyin is the pinyin dictionary of
// package reading; opencc (with its trie packages, liuzl/da and
// liuzl/cedar-go) its traditional-to-simplified Han tables, embedded.
var domainLibraries = []string{"github.com/mozillazg/go-pinyin", "github.com/longbridgeapp/opencc",
	"github.com/liuzl/da", "github.com/liuzl/cedar-go"}

// deps lists the packages outside the standard library that the project
// package pkg depends on, directly or not.
func deps(t *testing.T, pkg string) []string {
	return goList(t, "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", module+pkg)
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.Fields(string(out))
}
