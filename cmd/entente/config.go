package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/entente-kg/entente/graph"
)

// Config is every setting Entente reads, after precedence is applied:
// flags > ENTENTE_* environment > entente.yaml (cwd, or --config) > defaults.
type Config struct {
	DataDir         string   `mapstructure:"data-dir"`
	Addr            string   `mapstructure:"addr"`
	Token           string   `mapstructure:"token"`
	CORSOrigins     []string `mapstructure:"cors-origins"`
	PlaygroundDir   string   `mapstructure:"playground-dir"`
	Gazetteers      []string `mapstructure:"gazetteers"`
	Workers         int      `mapstructure:"workers"`
	MemTableMB      int64    `mapstructure:"memtable-mb"`
	BlockCacheMB    int64    `mapstructure:"block-cache-mb"`
	IndexCacheMB    int64    `mapstructure:"index-cache-mb"`
	EdgeCacheMB     int64    `mapstructure:"edge-cache-mb"`
	Compression     string   `mapstructure:"compression"`
	LogFormat       string   `mapstructure:"log-format"`
	LogLevel        string   `mapstructure:"log-level"`
	ResponseCacheMB int64    `mapstructure:"response-cache-mb"`
	MemoryLimitMB   int64    `mapstructure:"memory-limit-mb"`
}

// setting is one configuration key: its default, its help, and whether it is a flag of every
// command (global) or only of the commands that ask for it.
type setting struct {
	key   string
	def   any
	usage string
}

// settings is the one table of configuration keys; the README's config table mirrors it.
func settings() []setting {
	return []setting{
		{"data-dir", "./entente-data", "database directory"},
		{"addr", "127.0.0.1:8080", "HTTP listen address for serve"},
		{"token", "", "bearer token that allows GraphQL writes (empty: writes off)"},
		{"cors-origins", []string{}, "origins allowed to call /graphql from a browser"},
		{"playground-dir", "web/node_modules", "directory holding the GraphiQL npm packages"},
		{"gazetteers", []string{}, "extra knowledge tables (TSV files) for the loaders"},
		{"workers", 2, "extraction workers for load"},
		{"memtable-mb", 64, "Badger memtable size in MiB"},
		{"block-cache-mb", 128, "Badger block cache in MiB"},
		{"index-cache-mb", 64, "Badger index cache in MiB"},
		{"edge-cache-mb", 256, "decoded edge lists kept for questions until the next write, in MiB (0 or less: off)"},
		{"compression", "snappy", "compression of the tables written: snappy, or none (~3x the disk, faster reads of a store larger than the block cache), or zstd"},
		{"log-format", "text", "log format: text or json"},
		{"log-level", "info", "log level: debug (every request), info, warn or error"},
		{"memory-limit-mb", 1536, "soft limit of the Go heap for load, in MiB (GOMEMLIMIT wins; 0: none)"},
		{"response-cache-mb", 64, "GraphQL answers kept until the next write, in MiB (0 or less: off)"},
	}
}

// addConfigFlags registers the settings named by keys as flags (all of them when keys is empty).
func addConfigFlags(fl *pflag.FlagSet, keys ...string) {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	for _, s := range settings() {
		if len(keys) > 0 && !want[s.key] {
			continue
		}
		switch d := s.def.(type) {
		case string:
			fl.String(s.key, d, s.usage)
		case int:
			fl.Int(s.key, d, s.usage)
		case []string:
			fl.StringSlice(s.key, d, s.usage)
		}
	}
}

// loadConfig applies precedence and returns the typed Config. fl holds the command's flags
// (the persistent --config flag among them).
func loadConfig(fl *pflag.FlagSet) (Config, error) {
	v := viper.New()
	for _, s := range settings() {
		v.SetDefault(s.key, s.def)
	}
	v.SetEnvPrefix("ENTENTE")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	// Only settings are bound: a command's own flags (--json, --quiet) are not configuration.
	for _, s := range settings() {
		if f := fl.Lookup(s.key); f != nil {
			if err := v.BindPFlag(s.key, f); err != nil {
				return Config{}, fmt.Errorf("config: %w", err)
			}
		}
	}
	path, _ := fl.GetString("config")
	if path == "" {
		// Only entente.yaml or entente.yml: viper's own search by name would also take a file
		// named just "entente" — the binary itself, when it sits in the working directory.
		for _, name := range []string{"entente.yaml", "entente.yml"} {
			if _, err := os.Stat(name); err == nil {
				path = name
				break
			}
		}
	}
	if path != "" {
		v.SetConfigFile(path)
	}
	if err := readConfig(v, path); err != nil {
		return Config{}, err
	}
	var cfg Config
	if err := v.UnmarshalExact(&cfg); err != nil {
		return Config{}, fmt.Errorf("config %s: %w", describeConfigSource(v), err)
	}
	if cfg.Workers < 1 {
		return Config{}, fmt.Errorf("config: workers must be at least 1, got %d", cfg.Workers)
	}
	if cfg.LogFormat != "text" && cfg.LogFormat != "json" {
		return Config{}, fmt.Errorf("config: log-format must be text or json, got %q", cfg.LogFormat)
	}
	if _, err := parseLogLevel(cfg.LogLevel); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if _, err := graph.ParseCompression(cfg.Compression); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return cfg, nil
}

// parseLogLevel reads a slog level name.
func parseLogLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log-level must be debug, info, warn or error, got %q", s)
	}
	return l, nil
}

func describeConfigSource(v *viper.Viper) string {
	if f := v.ConfigFileUsed(); f != "" {
		return f
	}
	return "(flags and environment)"
}

// storeOptions turns the config into graph store options.
func (c Config) storeOptions() graph.Options {
	o := graph.DefaultOptions(c.DataDir)
	if c.MemTableMB > 0 {
		o.MemTableSize = c.MemTableMB << 20
	}
	if c.BlockCacheMB > 0 {
		o.BlockCacheSize = c.BlockCacheMB << 20
	}
	if c.IndexCacheMB > 0 {
		o.IndexCacheSize = c.IndexCacheMB << 20
	}
	o.PageCacheSize = c.EdgeCacheMB << 20
	if c.EdgeCacheMB <= 0 {
		o.PageCacheSize = -1
	}
	o.Compression = graph.Compression(c.Compression)
	return o
}

// stderrIsTerminal tells whether progress should be a bar (terminal) or log lines.
func stderrIsTerminal() bool {
	fi, err := os.Stderr.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// readConfig reads the config file at path, if one was given or found; no file is no error.
func readConfig(v *viper.Viper, path string) error {
	if path == "" {
		return nil // no entente.yaml in the working directory: defaults, env and flags only.
	}
	if err := v.ReadInConfig(); err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	return nil
}
