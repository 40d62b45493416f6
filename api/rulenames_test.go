package api_test

import (
	"os"
	"strings"
	"testing"

	"github.com/songdedup/songdedup/dedup/score"
)

// TestOpenAPINamesEveryRule checks that the API's documentation of a rule
// hit names and explains every rule a decision can report.
func TestOpenAPINamesEveryRule(t *testing.T) {
	spec, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	_, desc, ok := strings.Cut(string(spec), "RuleHit:")
	if !ok {
		t.Fatalf("%s has no RuleHit schema", specFile)
	}
	desc, _, _ = strings.Cut(desc, "example:")
	for _, r := range score.Rules() {
		if !strings.Contains(desc, "`"+string(r)+"`") {
			t.Errorf("%s: RuleHit's rule does not name %q", specFile, r)
		}
	}
}
