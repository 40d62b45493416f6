package dedup_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDependenciesPointInward keeps the package map honest: dedup depends
// only on the standard library and golang.org/x/text, api never reaches the
// store, and the store never reaches the HTTP layer.
func TestDependenciesPointInward(t *testing.T) {
	const module = "github.com/songdedup/songdedup/"
	tests := []struct {
		pkg       string
		forbidden func(dep string) bool
	}{
		{"./", func(dep string) bool {
			return strings.Contains(dep, ".") && !strings.HasPrefix(dep, "golang.org/x/text") &&
				!strings.HasPrefix(dep, module+"dedup") && !strings.HasPrefix(dep, "vendor/")
		}},
		{"../api", func(dep string) bool {
			return strings.HasPrefix(dep, module+"store") || strings.HasPrefix(dep, module+"cmd")
		}},
		{"../store", func(dep string) bool {
			return strings.HasPrefix(dep, module+"api") || strings.HasPrefix(dep, module+"cmd")
		}},
	}
	for _, tt := range tests {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", tt.pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", tt.pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if tt.forbidden(dep) {
				t.Errorf("%s depends on %s", tt.pkg, dep)
			}
		}
	}
}
