// Package testbin builds the real entente binary for the tests that drive it as a user would.
// It exists so that every such test suite builds the binary one way.
package testbin

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Build compiles github.com/entente-kg/entente/cmd/entente into dir under name, with the race
// detector when race is set, and returns the binary's path.
func Build(dir, name string, race bool) (string, error) {
	bin := filepath.Join(dir, name)
	args := []string{"build"}
	if race {
		args = append(args, "-race")
	}
	args = append(args, "-o", bin, "github.com/entente-kg/entente/cmd/entente")
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building entente (race=%v): %w", race, err)
	}
	return bin, nil
}

// Main gives setup a temporary directory to build into, runs the package's tests, removes
// the directory and exits with the tests' status: the TestMain of every suite that drives
// the binary.
func Main(m interface{ Run() int }, setup func(dir string) error) {
	dir, err := os.MkdirTemp("", "entente-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := setup(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
