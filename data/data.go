// Package data holds Entente's embedded default corpus and the knowledge tables the loaders
// read. Go code elsewhere reads them through FS, so tests can pass their own fs.FS instead.
package data

import (
	"embed"
	"io/fs"
)

//go:embed corpus knowledge
var files embed.FS

// FS returns the embedded files: corpus/ (the default corpus) and knowledge/ (tables).
func FS() fs.FS { return files }

// Corpus returns the default corpus directory.
func Corpus() fs.FS {
	sub, err := fs.Sub(files, "corpus")
	if err != nil {
		panic(err) // cannot happen: corpus is embedded above
	}
	return sub
}

// Knowledge returns the knowledge tables directory.
func Knowledge() fs.FS {
	sub, err := fs.Sub(files, "knowledge")
	if err != nil {
		panic(err) // cannot happen: knowledge is embedded above
	}
	return sub
}
