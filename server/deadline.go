package server

import (
	"context"
	"sync"
	"time"
)

// withDeadline is context.WithDeadline for one request, with the timer set only once
// something waits on Done: most questions are answered from the caches in microseconds and
// only ever ask Err, while a timer armed and stopped per request (and the context and
// closures around it) cost as much CPU as the answer. Err checks the clock itself. It falls
// back on context.WithDeadline when parent can be cancelled (net/http cancels a request's
// context when its client goes away), so that nothing of the parent's is lost.
func withDeadline(parent context.Context, d time.Time) (context.Context, context.CancelFunc) {
	if parent.Done() != nil {
		return context.WithDeadline(parent, d)
	}
	c := &deadlineCtx{Context: parent, deadline: d}
	return c, func() { c.finish(context.Canceled) }
}

// deadlineCtx is withDeadline's context. Its parent is never cancelled.
type deadlineCtx struct {
	context.Context // the parent, for Value
	deadline        time.Time

	mu    sync.Mutex
	err   error         // set once: DeadlineExceeded or Canceled
	done  chan struct{} // made by the first Done; closed when err is set
	timer *time.Timer   // armed by the first Done before the deadline
}

func (c *deadlineCtx) Deadline() (time.Time, bool) { return c.deadline, true }

func (c *deadlineCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.expireLocked()
		c.done = make(chan struct{})
		if c.err != nil {
			close(c.done)
		} else {
			c.timer = time.AfterFunc(time.Until(c.deadline), func() { c.finish(context.DeadlineExceeded) })
		}
	}
	return c.done
}

func (c *deadlineCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.expireLocked()
	return c.err
}

// expireLocked sets DeadlineExceeded once the deadline has passed.
func (c *deadlineCtx) expireLocked() {
	if c.err == nil && !time.Now().Before(c.deadline) {
		c.setLocked(context.DeadlineExceeded)
	}
}

func (c *deadlineCtx) finish(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.setLocked(err)
	}
}

func (c *deadlineCtx) setLocked(err error) {
	c.err = err
	if c.done != nil {
		close(c.done)
	}
	if c.timer != nil {
		c.timer.Stop()
	}
}

func (c *deadlineCtx) String() string { return "server.withDeadline" }
