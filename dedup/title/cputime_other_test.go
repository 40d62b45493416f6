//go:build !linux

package title

import "time"

// cpuClock measures wall time where a thread's CPU time is not at hand.
func cpuClock() (stop func() time.Duration) {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}
