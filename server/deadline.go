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
	c := new(deadlineCtx)
	return c.begin(parent, d, nil), c.end
}

// deadlineCtx is withDeadline's context. Its parent is never cancelled.
type deadlineCtx struct {
	context.Context // the parent, for Value
	deadline        time.Time
	rq              *request           // set by begin: what requestFrom finds
	cancel          context.CancelFunc // set by begin when it fell back on context.WithDeadline

	mu    sync.Mutex
	err   error         // set once: DeadlineExceeded or Canceled
	done  chan struct{} // made by the first Done; closed when err is set
	timer *time.Timer   // armed by the first Done before the deadline
}

// begin makes c, in place, the context of one request: parent bounded by d and carrying rq
// for requestFrom, as withRequest(withDeadline(parent, d)) would, but without their three
// allocations (two contexts and a closure), since c lives in the request's state. It returns
// the context to use; end ends it. A parent that can be cancelled gets context.WithDeadline.
func (c *deadlineCtx) begin(parent context.Context, d time.Time, rq *request) context.Context {
	if parent.Done() != nil {
		ctx, cancel := context.WithDeadline(parent, d)
		c.cancel = cancel
		if rq == nil {
			return ctx
		}
		return withRequest(ctx, rq)
	}
	c.Context, c.deadline, c.rq = parent, d, rq
	return c
}

// end cancels the context begin returned.
func (c *deadlineCtx) end() {
	if c.cancel != nil {
		c.cancel()
		return
	}
	c.finish(context.Canceled)
}

func (c *deadlineCtx) Value(key any) any {
	if _, ok := key.(requestKey); ok && c.rq != nil {
		return c.rq
	}
	return c.Context.Value(key)
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
