//go:build race

package score

// raceDetector: the tests run under the race detector, which makes each
// decision several times slower.
const raceDetector = true
