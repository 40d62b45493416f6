package title

import (
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// clockThreadCPUTime is Linux's CLOCK_THREAD_CPUTIME_ID.
const clockThreadCPUTime = 3

// cpuClock measures the CPU time of the calling goroutine's thread, which
// waiting for a core on a busy machine does not add to. It locks the
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
	var ts syscall.Timespec
	if _, _, errno := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		panic(errno)
	}
	return time.Duration(ts.Nano())
}
