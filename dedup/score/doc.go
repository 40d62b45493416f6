// Package score answers whether two titles name one recording: Compare
// scores a pair with token weights (Weigher; the built-in vocabulary is
// DefaultWeights), Decide applies the thresholds and the decision rules to
// the candidates of a submission, and every score and decision carries its
// Explanation as data. Evaluate measures the merge decision on labeled
// pairs (dedup/EVAL.md holds the tables).
//
// The package is pure: it imports only the standard library and package
// title.
package score
