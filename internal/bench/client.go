package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Question is one GraphQL query asked with a variable drawn from Values in turn.
type Question struct {
	Name     string   // short name in the report: "1-hop", "2-hop", ...
	Query    string   // GraphQL with one String! variable $n
	Values   []string // values of $n, used round-robin by the clients
	Variable string   // the variable's name; "n" when empty
}

// LoadResult is what Drive measured for one question.
type LoadResult struct {
	Question   string  `json:"question"`
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	QPS        float64 `json:"qps"`
	P50ms      float64 `json:"p50_ms"`
	P99ms      float64 `json:"p99_ms"`
	NamesPerQ  float64 `json:"names_per_query"` // "name" fields per answer: a check that answers are not empty
	Seconds    float64 `json:"seconds"`
	FirstError string  `json:"first_error,omitempty"`
}

// Drive asks q at url from concurrency clients for d (or until ctx ends) and measures each
// request's latency from sending to the last byte read. A request is an error when the
// status is not 200 or the answer has "errors". Clients stop starting requests after d but
// finish the ones in flight, so every run measures at least one request per client even
// when one answer takes longer than d (a cold cache under the race detector).
func Drive(ctx context.Context, client *http.Client, url string, q Question, concurrency int, d time.Duration) (LoadResult, error) {
	if len(q.Values) == 0 {
		return LoadResult{}, fmt.Errorf("bench: question %s has no values to ask", q.Name)
	}
	concurrency = max(concurrency, 1)
	variable := q.Variable
	if variable == "" {
		variable = "n"
	}
	bodies := make([][]byte, len(q.Values))
	for i, v := range q.Values {
		b, err := json.Marshal(map[string]any{"query": q.Query, "variables": map[string]string{variable: v}})
		if err != nil {
			return LoadResult{}, fmt.Errorf("bench: question %s: %w", q.Name, err)
		}
		bodies[i] = b
	}
	type worker struct {
		lat      []time.Duration
		errs     int
		names    int
		firstErr error
	}
	ws := make([]worker, concurrency)
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for w := range ws {
		wg.Add(1)
		go func(w *worker, first int) {
			defer wg.Done()
			for i := first; i == first || time.Now().Before(deadline); i += concurrency {
				t0 := time.Now()
				names, err := ask(ctx, client, url, bodies[i%len(bodies)])
				if ctx.Err() != nil {
					return // the caller gave up: not a measurement
				}
				w.lat = append(w.lat, time.Since(t0))
				if err != nil {
					w.errs++
					if w.firstErr == nil {
						w.firstErr = err
					}
				}
				w.names += names
			}
		}(&ws[w], w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	res := LoadResult{Question: q.Name, Seconds: elapsed.Seconds()}
	var lat []time.Duration
	names := 0
	for _, w := range ws {
		lat = append(lat, w.lat...)
		res.Errors += w.errs
		names += w.names
		if w.firstErr != nil && res.FirstError == "" {
			res.FirstError = w.firstErr.Error()
		}
	}
	res.Requests = len(lat)
	res.QPS = float64(len(lat)) / elapsed.Seconds()
	slices.Sort(lat)
	res.P50ms = ms(Percentile(lat, 50))
	res.P99ms = ms(Percentile(lat, 99))
	if len(lat) > 0 {
		res.NamesPerQ = float64(names) / float64(len(lat))
	}
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// Percentile returns the p-th percentile (0 < p <= 100) of sorted by the nearest-rank method:
// the smallest value that at least p % of the values do not exceed. Zero for no values.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// ask posts one request and counts the "name" fields of the answer.
func ask(ctx context.Context, client *http.Client, url string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return 0, fmt.Errorf("reading the answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(b, []byte(`"errors"`)) {
		return 0, fmt.Errorf("status %d: %.200s", resp.StatusCode, b)
	}
	return bytes.Count(b, []byte(`"name"`)), nil
}
