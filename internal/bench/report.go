package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"
)

// Report is everything Run measured, with what it ran on.
type Report struct {
	Date             string       `json:"date"`
	Machine          Machine      `json:"machine"`
	Params           Params       `json:"params"`
	Extraction       *Extraction  `json:"extraction,omitempty"`
	FactLoad         *FactLoad    `json:"fact_load,omitempty"`
	TextLoad         *TextLoad    `json:"text_load,omitempty"`
	DiskBytes        int64        `json:"disk_bytes"`
	PeakRSSLoadBytes int64        `json:"peak_rss_load_bytes"` // peak resident set once both loads are done
	PeakRSSBytes     int64        `json:"peak_rss_bytes"`      // at the end, the questions included
	Queries          []LoadResult `json:"queries,omitempty"`
}

// Machine says where the figures come from.
type Machine struct {
	CPU       string `json:"cpu"`
	CPUs      int    `json:"cpus"`
	OS        string `json:"os"`
	GoVersion string `json:"go"`
}

// Params are the sizes and settings of the run.
type Params struct {
	Seed        int64   `json:"seed"`
	Articles    int     `json:"articles"`
	Actors      int     `json:"actors"`
	Agreements  int     `json:"agreements"`
	Edges       int     `json:"edges"`
	FactsFile   string  `json:"facts_file,omitempty"`
	URL         string  `json:"url,omitempty"`
	Concurrency int     `json:"concurrency"`
	Workers     int     `json:"workers"`
	Seconds     float64 `json:"seconds_per_question"`
}

// Extraction is the text pipeline alone, without a store.
type Extraction struct {
	Articles        int     `json:"articles"`
	Words           int     `json:"words"`
	Facts           int     `json:"facts"`
	Workers         int     `json:"workers"`
	Seconds         float64 `json:"seconds"`
	WordsPerSec     float64 `json:"words_per_s"`
	WordsPerSecCore float64 `json:"words_per_s_per_core"`
}

// FactLoad is the curated-fact bulk load into the empty store.
type FactLoad struct {
	Facts       int     `json:"facts"`
	EdgesNew    int     `json:"edges_new"`
	NodesNew    int     `json:"nodes_new"`
	Seconds     float64 `json:"seconds"`
	EdgesPerSec float64 `json:"edges_per_s"`
}

// TextLoad is the article load, extraction included, end to end.
type TextLoad struct {
	Articles       int     `json:"articles"`
	Facts          int     `json:"facts"`
	EdgesNew       int     `json:"edges_new"`
	Seconds        float64 `json:"seconds"`
	ArticlesPerSec float64 `json:"articles_per_s"`
	WordsPerSec    float64 `json:"words_per_s"`
	// WordsPerSecCore divides by the machine's cores (runtime.NumCPU), not by the workers:
	// the load keeps them all busy, extracting, merging and in Badger's writer.
	WordsPerSecCore float64 `json:"words_per_s_per_core"`
	Cores           int     `json:"cores"`
}

func newReport(o Options) *Report {
	return &Report{
		Date:    time.Now().UTC().Format(time.RFC3339),
		Machine: Machine{CPU: cpuModel(), CPUs: runtime.NumCPU(), OS: runtime.GOOS + "/" + runtime.GOARCH, GoVersion: runtime.Version()},
		Params: Params{Seed: o.Seed, Articles: o.Articles, Actors: o.Actors, Agreements: o.Agreements, Edges: o.Edges, FactsFile: o.FactsFile, URL: o.URL,
			Concurrency: o.Concurrency, Workers: o.Workers, Seconds: o.Duration.Seconds()},
	}
}

// cpuModel reads the processor's name from /proc/cpuinfo; "" where there is none.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable writes the report for a person.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	p := r.Params
	fmt.Fprintf(tw, "date\t%s\n", r.Date)
	fmt.Fprintf(tw, "machine\t%s, %d CPUs, %s, %s\n", r.Machine.CPU, r.Machine.CPUs, r.Machine.OS, r.Machine.GoVersion)
	if p.URL != "" {
		fmt.Fprintf(tw, "server\t%s (running elsewhere: no load here)\n", p.URL)
	}
	if p.FactsFile != "" {
		fmt.Fprintf(tw, "graph\t%s (instead of the synthetic graph)\n", p.FactsFile)
	}
	fmt.Fprintf(tw, "sizes\tseed %d, %d articles, graph of %d actors + %d agreements, %d edges; %d workers, %d clients\n",
		p.Seed, p.Articles, p.Actors, p.Agreements, p.Edges, p.Workers, p.Concurrency)
	if e := r.Extraction; e != nil {
		fmt.Fprintf(tw, "extraction\t%.0f words/s (%.0f words/s/core), %d articles, %d words, %d facts in %.2fs\n",
			e.WordsPerSec, e.WordsPerSecCore, e.Articles, e.Words, e.Facts, e.Seconds)
	}
	if f := r.FactLoad; f != nil {
		fmt.Fprintf(tw, "fact load\t%.0f edges/s, %d facts → %d edges, %d nodes in %.2fs\n", f.EdgesPerSec, f.Facts, f.EdgesNew, f.NodesNew, f.Seconds)
	}
	if t := r.TextLoad; t != nil {
		fmt.Fprintf(tw, "text load\t%.0f articles/s, %.0f words/s (%.0f words/s/core over %d cores), %d articles, %d facts, %d edges in %.2fs\n",
			t.ArticlesPerSec, t.WordsPerSec, t.WordsPerSecCore, t.Cores, t.Articles, t.Facts, t.EdgesNew, t.Seconds)
	}
	fmt.Fprintf(tw, "disk\t%.1f MiB\n", float64(r.DiskBytes)/(1<<20))
	fmt.Fprintf(tw, "peak RSS\t%.0f MiB after the loads, %.0f MiB at the end\n", float64(r.PeakRSSLoadBytes)/(1<<20), float64(r.PeakRSSBytes)/(1<<20))
	if len(r.Queries) > 0 {
		fmt.Fprintf(tw, "\nquestion\tQPS\tp50 ms\tp99 ms\trequests\terrors\tnames/answer\n")
		for _, q := range r.Queries {
			fmt.Fprintf(tw, "%s\t%.0f\t%.3f\t%.3f\t%d\t%d\t%.1f\n", q.Question, q.QPS, q.P50ms, q.P99ms, q.Requests, q.Errors, q.NamesPerQ)
		}
	}
	return tw.Flush()
}
