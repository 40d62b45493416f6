// Package title answers how a raw YouTube title reads: which artists, which
// track, which featured artists, which version of the recording, and what
// is noise. Normalize does the reading (see its doc for the steps), Fold
// the Unicode folding every step works on; the knowledge of titles lives as
// data in the tables of patterns.go, each row with its own test.
//
// The package is pure: no I/O, the standard library and golang.org/x/text
// only, and of songdedup's packages only package reading, which reads
// other scripts in Latin letters.
package title
