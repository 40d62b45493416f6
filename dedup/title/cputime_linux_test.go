package title

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is RUSAGE_THREAD: the calling thread's own usage.
const rusageThread = 1

// cpuClock measures the CPU time of the calling goroutine's thread, which
// waiting for a core on a busy machine does not add to. start locks the
// goroutine to its thread until the returned stop is called.
func cpuClock() (stop func() time.Duration) {
	runtime.LockOSThread()
	before := threadCPU()
	return func() time.Duration {
		d := threadCPU() - before
		runtime.UnlockOSThread()
		return d
	}
}

func threadCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
