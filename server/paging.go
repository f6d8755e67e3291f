package server

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/entente-kg/entente/graph"
)

// lister returns up to limit items of an ordered listing that start after the store cursor
// after ("" = the start), and the cursor after the last item returned ("" = no more).
type lister[T any] func(ctx context.Context, after string, limit int) ([]T, string, error)

// keeper filters a listing; nil keeps everything.
type keeper[T any] func(ctx context.Context, item T) (bool, error)

// position is a point in a listing: skip items after the store cursor anchor. Store cursors
// only exist at page ends, so a position inside a page is (page start, offset); positions
// at page ends are re-anchored on the store's next cursor so that deep paging does not
// re-read earlier items.
type position struct {
	anchor string
	skip   int
	done   bool // the listing is exhausted here
}

const cursorPrefix = "c1:"

func (p position) encode() string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(p.skip) + ":" + p.anchor))
}

// decodeCursor reverses position.encode; "" is the start of the listing.
func decodeCursor(c string) (position, error) {
	if c == "" {
		return position{}, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || !strings.HasPrefix(string(raw), cursorPrefix) {
		return position{}, &codedError{CodeBadCursor, fmt.Errorf("cursor %.40q was not made by this server: %w", c, graph.ErrBadCursor)}
	}
	rest := string(raw[len(cursorPrefix):])
	n, anchor, ok := strings.Cut(rest, ":")
	skip, err := strconv.Atoi(n)
	if !ok || err != nil || skip < 0 {
		return position{}, &codedError{CodeBadCursor, fmt.Errorf("cursor %.40q is malformed: %w", c, graph.ErrBadCursor)}
	}
	return position{anchor: anchor, skip: skip}, nil
}

// page is one page of a listing, with what is needed to answer pageInfo and totalCount
// lazily: graphql-go calls those resolvers only when the query selects them.
type page[T any] struct {
	items   []T
	cursors []string
	start   position // where the page began (after)
	end     position // just after the last item
	list    lister[T]
	keep    keeper[T]
	count   func(ctx context.Context) (int, error) // nil: count by scanning
}

// filteredChunk is how many raw items a filtered listing reads per store call.
const filteredChunk = 256

// paginate reads the first items kept by keep after the cursor after.
func paginate[T any](ctx context.Context, list lister[T], keep keeper[T], first int, after string) (*page[T], error) {
	pos, err := decodeCursor(after)
	if err != nil {
		return nil, err
	}
	p := &page[T]{start: pos, end: pos, list: list, keep: keep}
	for len(p.items) < first {
		want := first - len(p.items)
		if keep != nil && want < filteredChunk {
			want = filteredChunk
		}
		got, next, err := list(ctx, pos.anchor, pos.skip+want)
		if err != nil {
			return nil, err
		}
		for i := pos.skip; i < len(got); i++ {
			c := position{anchor: pos.anchor, skip: i + 1}
			if i == len(got)-1 && next != "" {
				c = position{anchor: next}
			}
			if keep != nil {
				ok, err := keep(ctx, got[i])
				if err != nil {
					return nil, err
				}
				if !ok {
					p.end = c
					continue
				}
			}
			p.items = append(p.items, got[i])
			p.cursors = append(p.cursors, c.encode())
			p.end = c
			if len(p.items) == first {
				if i == len(got)-1 && next == "" {
					p.end.done = true
				}
				return p, nil
			}
		}
		if next == "" {
			p.end = position{done: true}
			return p, nil
		}
		pos = position{anchor: next}
		p.end = pos
	}
	return p, nil
}

// hasNext reports whether a kept item follows the page.
func (p *page[T]) hasNext(ctx context.Context) (bool, error) {
	if p.end.done {
		return false, nil
	}
	pos := p.end
	for {
		want := 1
		if p.keep != nil {
			want = filteredChunk
		}
		got, next, err := p.list(ctx, pos.anchor, pos.skip+want)
		if err != nil {
			return false, err
		}
		for i := pos.skip; i < len(got); i++ {
			if p.keep == nil {
				return true, nil
			}
			ok, err := p.keep(ctx, got[i])
			if err != nil {
				return false, err
			}
			if ok {
				return true, nil
			}
		}
		if next == "" {
			return false, nil
		}
		pos = position{anchor: next}
	}
}

// total counts every kept item of the listing.
func (p *page[T]) total(ctx context.Context) (int, error) {
	if p.count != nil {
		return p.count(ctx)
	}
	n, after := 0, ""
	for {
		got, next, err := p.list(ctx, after, 1024)
		if err != nil {
			return 0, err
		}
		for _, it := range got {
			if p.keep != nil {
				ok, err := p.keep(ctx, it)
				if err != nil {
					return 0, err
				}
				if !ok {
					continue
				}
			}
			n++
		}
		if next == "" {
			return n, nil
		}
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		after = next
	}
}

// sliceLister lists an in-memory slice; its store cursors are decimal offsets.
func sliceLister[T any](items []T) lister[T] {
	return func(_ context.Context, after string, limit int) ([]T, string, error) {
		off := 0
		if after != "" {
			n, err := strconv.Atoi(after)
			if err != nil || n < 0 || n > len(items) {
				return nil, "", fmt.Errorf("offset %q: %w", after, graph.ErrBadCursor)
			}
			off = n
		}
		end := len(items)
		if limit > 0 && off+limit < end {
			end = off + limit
		}
		next := ""
		if end < len(items) {
			next = strconv.Itoa(end)
		}
		return items[off:end], next, nil
	}
}

// pageInfo answers PageInfo, probing for a next page only when asked.
type pageInfo struct {
	hasNext     func(context.Context) (bool, error)
	hasPrev     bool
	startCursor *string
	endCursor   *string
}

func (p *pageInfo) HasNextPage(ctx context.Context) (bool, error) {
	ok, err := p.hasNext(ctx)
	return ok, coded(err)
}
func (p *pageInfo) HasPreviousPage() bool { return p.hasPrev }
func (p *pageInfo) StartCursor() *string  { return p.startCursor }
func (p *pageInfo) EndCursor() *string    { return p.endCursor }

// connection is the Relay connection over a page, with nodes wrapped by wrap.
type connection[T any, R any] struct {
	p    *page[T]
	wrap func(T) R
}

// connEdge is one Relay edge.
type connEdge[R any] struct {
	cursor string
	node   R
}

func (e *connEdge[R]) Cursor() string { return e.cursor }
func (e *connEdge[R]) Node() R        { return e.node }

func (c *connection[T, R]) TotalCount(ctx context.Context) (int32, error) {
	n, err := c.p.total(ctx)
	return int32(n), coded(err)
}

func (c *connection[T, R]) Edges() []*connEdge[R] {
	out := make([]*connEdge[R], len(c.p.items))
	for i, it := range c.p.items {
		out[i] = &connEdge[R]{cursor: c.p.cursors[i], node: c.wrap(it)}
	}
	return out
}

func (c *connection[T, R]) Nodes() []R {
	out := make([]R, len(c.p.items))
	for i, it := range c.p.items {
		out[i] = c.wrap(it)
	}
	return out
}

func (c *connection[T, R]) PageInfo() *pageInfo {
	pi := &pageInfo{hasNext: c.p.hasNext, hasPrev: c.p.start != (position{})}
	if n := len(c.p.cursors); n > 0 {
		s, e := c.p.cursors[0], c.p.cursors[n-1]
		pi.startCursor, pi.endCursor = &s, &e
	}
	return pi
}
