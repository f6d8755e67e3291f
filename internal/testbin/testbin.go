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
