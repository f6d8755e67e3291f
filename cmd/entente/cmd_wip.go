package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// Temporary while the loaders and server land; replaced by cmd_serve/load/extract/eval.go.
func wip(name string) *cobra.Command {
	return &cobra.Command{Use: name, RunE: func(*cobra.Command, []string) error { return errors.New(name + ": not wired yet") }}
}
func newServeCommand() *cobra.Command   { return wip("serve") }
func newLoadCommand() *cobra.Command    { return wip("load") }
func newExtractCommand() *cobra.Command { return wip("extract") }
func newEvalCommand() *cobra.Command    { return wip("eval") }
